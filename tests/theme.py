"""What the browser tests know about the docs theme, in one place to change with the theme.

The reading checks (reading.py) look only inside the page's main content, found by the first of
``MAIN_CONTENT`` that exists: the theme's chrome (navigation drawers slid off-screen on phones,
sidebars) is the theme's business, the content is ours. Searching is the theme's own widget.
"""

from __future__ import annotations

import json

from browser import Tab

# The page's main content: MkDocs' default theme, then Material for MkDocs.
MAIN_CONTENT = ('div[role="main"]', "article.md-content__inner")


def search(tab: Tab, query: str) -> list[str]:
    """The result links the theme's search shows for ``query`` (MkDocs' default theme)."""
    if not tab.evaluate("document.getElementById('mkdocs-search-query') !== null"):
        raise AssertionError(
            "no #mkdocs-search-query on the page: the theme changed; teach theme.search the "
            "new theme's search box and results"
        )
    tab.evaluate("document.querySelector('[data-bs-target=\"#mkdocs_search_modal\"]').click()")
    # The index loads in a web worker; typing before it is ready finds nothing, so retry.
    found = tab.wait_for(
        f"""(() => {{
          const box = document.getElementById('mkdocs-search-query');
          box.value = {json.dumps(query)};
          box.dispatchEvent(new KeyboardEvent('keyup'));
          return [...document.querySelectorAll('#mkdocs-search-results a')].map(a => a.href);
        }})()"""
    )
    return list(found or [])
