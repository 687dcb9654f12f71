"""Inline code in HTML as sent: what ``script-src 'self'`` would have to block."""

import re
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
SCRIPT_URL = re.compile(r"^(javascript|vbscript):", re.IGNORECASE)
IGNORED_IN_URLS = re.compile(r"[\x00-\x20]")  # browsers skip these before the scheme


class InlineCodeFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = {name for name, _value in attrs}
        if tag == "script" and "src" not in names:
            self.found.append(f"inline <script> at line {self.getpos()[0]}")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…> at line {self.getpos()[0]}")
            if name in URL_ATTRIBUTES and SCRIPT_URL.match(IGNORED_IN_URLS.sub("", value or "")):
                self.found.append(f"<{tag} {name}={value!r}> at line {self.getpos()[0]}")

    handle_startendtag = handle_starttag


def inline_code(html: str) -> list[str]:
    finder = InlineCodeFinder()
    finder.feed(html)
    finder.close()
    return finder.found
