"""The call script of tests/specs/multifile/multifile.yaml (see constructs_calls.py), a spec
kept in eight files: path items, a parameter, a response and an operation from other files
reach the client; schemas of other files are classes named as the spec names them
(``Droplet`` from the root's components, ``DropletCreate``, ``Size``, ``Region`` and
``Snapshot`` from their fragments and file stems); Droplet <-> Snapshot, a cycle across two
files, decodes both ways."""

from __future__ import annotations

from constructs_calls import Case, Out, Sent, assert_has, calls

MULTIFILE = """
from c_multifile import Droplets
from c_multifile.models import Droplet, DropletCreate, Region, Size, Snapshot

with Droplets(base_url=URL) as client:
    created = client.create_droplet(
        DropletCreate(name="web-1", region="ams3", size=Size.S_1VCPU_1GB)
    )
    listed = client.list_droplets(per_page=2)
    fetched = client.get_droplet(created.id)  # the mock remembers what it created
    regions = client.list_regions()
    try:
        client.list_droplets(per_page=0)  # minimum 1, from parameters.json
    except Exception as exc:
        out["per_page_0"] = type(exc).__name__
    try:
        DropletCreate.from_dict({"name": "", "region": "ams3"})  # minLength 1 (models.yml)
        out["empty_name"] = "accepted"
    except Exception as exc:
        out["empty_name"] = type(exc).__name__
out["created"] = show(created)
out["listed"] = show(listed)
out["fetched"] = show(fetched)
out["regions"] = show(regions)
cyclic = Droplet.from_dict(
    {
        "id": 1,
        "name": "a",
        "region": {"slug": "ams3"},
        "snapshots": [{"id": "s-1", "droplet": {"id": 2, "name": "b", "region": {"slug": "x"}}}],
    }
)
out["cyclic"] = show(cyclic)
out["types"] = [
    type(cyclic.snapshots[0]).__name__,
    type(cyclic.snapshots[0].droplet).__name__,
    type(cyclic.region).__name__,
]
out["classes"] = [c.__name__ for c in (Droplet, DropletCreate, Region, Size, Snapshot)]
"""


def check_multifile(out: Out, sent: Sent) -> None:
    assert calls(sent) == [
        ("POST", "/droplets"),
        ("GET", "/droplets"),
        ("GET", f"/droplets/{out['created']['id']}"),
        ("GET", "/regions"),
    ]
    assert sent[0]["body"] == {"name": "web-1", "region": "ams3", "size": "s-1vcpu-1gb"}
    assert sent[1]["query"] == {"per_page": ["2"]}
    assert out["per_page_0"] == "ValidationError"
    assert out["empty_name"] == "ValidationError"
    assert_has(out["created"], {"__type__": "Droplet", "name": "web-1"})
    assert out["created"]["region"]["__type__"] == "Region"
    assert all(item["__type__"] == "Droplet" for item in out["listed"])
    assert_has(out["fetched"], {"__type__": "Droplet", "id": out["created"]["id"]})
    assert all(item["__type__"] == "Region" for item in out["regions"])
    assert out["types"] == ["Snapshot", "Droplet", "Region"]
    assert_has(out["cyclic"]["snapshots"][0]["droplet"], {"__type__": "Droplet", "name": "b"})


CASES = {"multifile": Case(MULTIFILE, check_multifile)}
