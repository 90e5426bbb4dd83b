"""Lesson Markdown to safe HTML: markdown-it-py renders, nh3 keeps only an allow-list."""

from functools import lru_cache

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "strong", "em", "code", "pre", "blockquote",
    "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}
URL_SCHEMES = {"http", "https", "mailto"}

_markdown = MarkdownIt("commonmark", {"html": True}).enable("table")


def _headings_from_h2(tokens) -> None:
    """The lesson title is the page's h1: the body's top heading level becomes h2."""
    levels = [int(t.tag[1]) for t in tokens if t.type in ("heading_open", "heading_close")]
    if not levels:
        return
    shift = 2 - min(levels)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + shift, 4)}"


@lru_cache(maxsize=512)
def render_markdown(source: str) -> Markup:
    """Sanitized HTML: no script, no event handlers, links only to http, https and mailto."""
    tokens = _markdown.parse(source or "")
    _headings_from_h2(tokens)
    html = _markdown.renderer.render(tokens, _markdown.options, {})
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(clean)  # noqa: S704 - sanitized by nh3 just above


def removed_markup(source: str) -> list[str]:
    """What of ``source`` the page will not show as written: raw HTML (escaped or dropped by
    the allow-list) and images, so the editor can say so."""
    found = []
    for token in _markdown.parse(source or ""):
        for item in [token, *(token.children or [])]:
            if item.type in ("html_block", "html_inline"):
                found.append(item.content.strip()[:80])
            elif item.type == "image":
                found.append(f"![{item.content}]({item.attrGet('src')})"[:80])
    return found
