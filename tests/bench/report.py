"""The results: one Markdown table (printed, and written to bench/results.md) and JSON."""

from __future__ import annotations

import json
import os
import platform
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from measure import OURS, ROOT, Series

OUT = Path(os.environ.get("SDKGEN_BENCH_OUT", ROOT / "bench"))  # git-ignored


@dataclass
class Row:
    section: str
    measure: str
    ours: Series
    peer: Series | None  # None: a measure with an absolute target
    unit: str  # "ms", "µs", "s"
    peer_name: str = ""
    target: float | None = None  # the ratio must be at most this
    rss_limit_mb: float | None = None  # peak RSS of ours must be at most this
    ratio_override: float | None = None  # a ratio not of ours/peer medians (e.g. scaling)
    note: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if self.ratio_override is not None:
            return self.ratio_override
        if self.peer is None:
            return None
        return self.ours.median / self.peer.median

    @property
    def per_round(self) -> list[float]:
        """Ours / peer within each round, sorted: both ran back to back (or alternating), so
        these pairs share the machine's speed of the moment; empty when not paired."""
        if self.peer is None or self.ratio_override is not None:
            return []
        if len(self.ours.values) != len(self.peer.values):
            return []
        return sorted(o / p for o, p in zip(self.ours.values, self.peer.values, strict=True))

    @property
    def verdict(self) -> str:
        if self.target is None and self.rss_limit_mb is None:
            return ""
        ok = True
        if self.target is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.target
        if self.rss_limit_mb is not None:
            ok = ok and max(self.ours.rss_mb) <= self.rss_limit_mb
        return "pass" if ok else "**miss**"


DASH = "\u2013"  # en dash, for ranges
SCALE = {"s": 1.0, "ms": 1e3, "µs": 1e6, "bytes": 1.0}


def _figure(series: Series | None, unit: str, rss: bool) -> str:
    if series is None or not series.values:
        return ""
    k = SCALE[unit]
    digits = 0 if series.median * k >= 100 else 1 if series.median * k >= 10 else 2
    low, high = f"{series.low * k:.{digits}f}", f"{series.high * k:.{digits}f}"
    text = f"{series.median * k:.{digits}f} ({low}{DASH}{high})"
    if rss and any(series.rss_mb):
        text += f", {series.rss_median:.0f} MB"
    return text


def table(rows: list[Row], rounds: dict[str, int]) -> str:
    lines = [
        f"| section | measure | ours: median (min{DASH}max) | peer: median (min{DASH}max) "
        "| ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        rss = row.unit not in ("µs", "bytes")
        peer = _figure(row.peer, row.unit, rss)
        if peer and row.peer_name:
            peer = f"{row.peer_name}: {peer}"
        ratio = f"{row.ratio:.2f}" if row.ratio is not None else ""
        if paired := row.per_round:
            spread = f"{paired[0]:.2f}{DASH}{paired[-1]:.2f}"
            ratio += f"; per round {statistics.median(paired):.2f} ({spread})"
        target = f"≤ {row.target:.2f}" if row.target is not None else ""
        if row.rss_limit_mb is not None:
            target += f"{', ' if target else ''}≤ {row.rss_limit_mb:.0f} MB"
        measure = f"{row.measure} ({row.unit})" + (f"; {row.note}" if row.note else "")
        ours = _figure(row.ours, row.unit, rss)
        lines.append(
            f"| {row.section} | {measure} | {ours} | {peer} | {ratio} | {target} | {row.verdict} |"
        )
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    runs = ", ".join(f"{k} {v}" for k, v in rounds.items())
    lines += [
        "",
        f"Interleaved rounds: {runs}. {platform.python_implementation()} "
        f"{platform.python_version()}, {os.cpu_count()} CPUs, load average at the end {load}; "
        f"{time.strftime('%Y-%m-%d %H:%M')}; generator from {OURS}. RSS is the median peak "
        "resident set of the process tree's largest process.",
    ]
    return "\n".join(lines) + "\n"


def write(rows: list[Row], rounds: dict[str, int]) -> str:
    text = table(rows, rounds)
    OUT.mkdir(exist_ok=True)
    (OUT / "results.md").write_text(text, encoding="utf-8")
    data = [
        {
            "section": row.section,
            "measure": row.measure,
            "unit": row.unit,
            "ours": row.ours.as_dict(),
            "peer": row.peer.as_dict() if row.peer else None,
            "peer_name": row.peer_name,
            "ratio": row.ratio,
            "per_round_ratios": row.per_round,
            "target": row.target,
            "rss_limit_mb": row.rss_limit_mb,
            "result": row.verdict.strip("*"),
            **row.extra,
        }
        for row in rows
    ]
    payload = {
        "generator": str(OURS),
        "rounds": rounds,
        "load_average": os.getloadavg(),
        "rows": data,
    }
    (OUT / "results.json").write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return text
