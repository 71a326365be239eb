"""Email addresses: a pattern, then a domain check (labels, an alphabetic TLD that is not a file type)."""

from __future__ import annotations

import re

from civility.detectors.context import Candidate, boost

ENTITY = "email"
PATTERN = re.compile(
    r"(?<![\w.%+'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,24}(?![\w-])"
)
CONTEXT = re.compile(r"\be-?mail\b|\bmail(?:to)?\b|\bcontact\b|\breach\b|\bwrite\b|\bcc\b", re.I)
#: Endings that look like a TLD but are file types or package versions (`logo@2x.png`, `lib@1.js`).
NOT_TLD = frozenset(
    [
        "png",
        "jpg",
        "jpeg",
        "gif",
        "svg",
        "webp",
        "ico",
        "js",
        "mjs",
        "ts",
        "tsx",
        "jsx",
        "py",
        "rb",
        "go",
        "rs",
        "java",
        "kt",
        "css",
        "scss",
        "html",
        "htm",
        "json",
        "yaml",
        "yml",
        "toml",
        "md",
        "txt",
        "lock",
        "map",
        "wasm",
        "so",
        "dll",
        "exe",
        "zip",
        "gz",
        "tgz",
        "tar",
        "whl",
        "egg",
        "vue",
        "php",
        "sh",
        "cfg",
        "ini",
        "xml",
        "csv",
        "log",
        "pdf",
    ]
)


def valid_domain(domain: str) -> bool:
    """A syntactically valid host name whose last label is an alphabetic TLD and not a file type."""
    labels = domain.lower().split(".")
    if len(labels) < 2 or any(not label or len(label) > 63 for label in labels):
        return False
    tld = labels[-1]
    return tld.isalpha() and tld not in NOT_TLD and not labels[0].isdigit()


def find(text: str) -> list[Candidate]:
    """Every email address in `text` with its recognition score."""
    found = []
    for m in PATTERN.finditer(text):
        value = m.group(0).rstrip(".")
        local, _, domain = value.rpartition("@")
        if ".." in local or not valid_domain(domain):
            continue
        cand = Candidate(
            ENTITY, m.start(), m.start() + len(value), 0.9, True, "address pattern and valid domain"
        )
        found.append(boost(text, cand, CONTEXT, amount=0.1))
    return found
