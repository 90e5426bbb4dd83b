"""Links stay on the site (issue 19, point 6): the language switcher of any page, whatever
its address, leads to the same page in another language, never to another host."""

from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest


class LanguageLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("hreflang"):
            self.hrefs.append(attributes["href"])


def language_links(html: str) -> list[str]:
    parser = LanguageLinks()
    parser.feed(html)
    return parser.hrefs


def resolved(page: str, href: str) -> str:
    """Where a browser goes: it reads a backslash in a web address as a slash."""
    return urljoin(page, href.replace("\\", "/"))


@pytest.mark.parametrize(
    "path",
    ["/%5Cevil.example", "/%5C%5Cevil.example/x", "/%2F%2Fevil.example", "/s/%5Cevil.example"],
)
def test_language_links_of_any_address_stay_on_the_site(client, path):
    page_url = "http://localhost" + path
    response = client.get(path)
    links = language_links(response.get_data(as_text=True))
    assert len(links) == 3
    for href in links:
        target = urlsplit(resolved(page_url, href))
        assert target.netloc == "localhost", (path, href)
        assert target.path == urlsplit(page_url).path, (path, href)
