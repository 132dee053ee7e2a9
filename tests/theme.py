"""What the browser tests know about the docs theme, in one place to change with the theme.

The reading checks (reading.py) look only inside the page's main content, found by the first of
``MAIN_CONTENT`` that exists: the theme's chrome (navigation drawers slid off-screen on phones,
sidebars) is the theme's business, the content is ours. Searching is the theme's own widget.
"""

from __future__ import annotations

import json

from browser import Tab

# The page's main content: Material for MkDocs (the theme the docs use), then MkDocs' default.
MAIN_CONTENT = ("article.md-content__inner", 'div[role="main"]')

_SEARCH_BOX = "input.md-search__input"


def search(tab: Tab, query: str, timeout: float = 10.0) -> list[str]:
    """The result links Material's search shows for ``query``."""
    if not tab.evaluate(f"document.querySelector({json.dumps(_SEARCH_BOX)}) !== null"):
        raise AssertionError(
            f"no {_SEARCH_BOX} on the page: the theme changed; teach theme.search the new "
            "theme's search box and results"
        )
    tab.evaluate("document.getElementById('__search').click()")  # opens the search overlay
    # The index loads in a web worker; typing before it is ready finds nothing, so retry.
    found = tab.wait_for(
        f"""(() => {{
          const box = document.querySelector({json.dumps(_SEARCH_BOX)});
          box.focus();
          box.value = {json.dumps(query)};
          box.dispatchEvent(new Event('input', {{bubbles: true}}));
          box.dispatchEvent(new KeyboardEvent('keyup', {{bubbles: true}}));
          return [...document.querySelectorAll('a.md-search-result__link')].map(a => a.href);
        }})()""",
        timeout,
    )
    return list(found or [])
