"""Drop model evidence that is part of a code identifier written as plain text (`os.kill`, `cmd.Kill()`).

Code blocks and inline code are masked by preprocessing, but review comments often name code without
markup: "why not os.kill?", "self._heartbeat_thread.kill()", "hit._id here is ...". The words glued
into such an identifier ("kill", "hit") carry the harassment head's weight, and a threat written in
prose never has a dot, underscore or call parenthesis stuck to its verb. A model finding is dropped
when its word is joined to code punctuation: preceded by `$`, or by `.`, `_`, `->` or `::` that
follows a name character, or followed by `(`, by `::` (a namespace: Chromium's `WTF::String`, "drop
WTF::"), or by `.`/`_` and a name character that is not a capital (a missing space after a full
stop, "idiot.Stop", is prose), or when it is a directory of a path that ends in a file name
(`platform/wtf/Assertions.h`; "and/or" prose, sed's "s/old/new/" and a made-up route name no file),
or when it is hyphened into a package or file name that carries a version or a file extension
(`uglify-js-2.2.5.tgz`, `kill-port@1.6.1`, `dirty-json.js`; "ugly-ass code" and "f-ing" are prose).
Sentence punctuation ("kill.", "...kill", "kill (now)") does not count. Rule detectors' findings
(emails, addresses) are never dropped here: their evidence contains dots by nature.
"""

from __future__ import annotations

import re

from civility.detectors.base import Document
from civility.types import Finding

_JOINERS_BEFORE = (".", "_", "->", "::")
_JOINERS_AFTER = (".", "_")
_PATH_END = re.compile(r"(?:/[\w.+-]+)*?/[\w+-]+\.[A-Za-z0-9]{1,5}(?![\w/])")
"""The rest of a file path after a directory: more directories, then a name with an extension."""
_NAME_RUN = re.compile(r"[\w.+@-]+")
_EXTENSIONS = (
    "tgz|tar|gz|bz2|xz|zip|whl|egg|jar|war|gem|nupkg|deb|rpm|apk|dmg|msi|exe|dll|so|dylib|js|mjs|cjs|ts|"
    "jsx|tsx|vue|py|rb|go|rs|java|kt|swift|php|c|cc|cpp|h|hpp|cs|sh|bat|ps1|json|ya?ml|toml|lock|ini|cfg|"
    "xml|html?|css|scss|md|rst|txt|csv|log|svg|png|jpe?g|gif"
)
_PACKAGE = re.compile(
    rf"[\w.+@-]*?(?:\d+\.\d+|@\d|\.(?:{_EXTENSIONS})(?!\w))[\w.+@-]*",
    re.IGNORECASE,
)
"""A package or file name: a version (`2.2.5`, `@1`) or a file extension somewhere in the token."""
CODE_IDENTIFIER = "is part of a code identifier"
"""The phrase every reason of this filter carries (what `benchmarks/mention_filter.py` counts)."""


def code_identifier(finding: Finding, doc: Document) -> str | None:
    """A reason when the model finding's word is glued into a code identifier."""
    if finding.explanation.detector != "model":
        return None
    text = doc.raw
    if not (_joined_before(text, finding.start) or _joined_after(text, finding.end)):
        return None
    return f"{finding.category} at {finding.start}..{finding.end} {CODE_IDENTIFIER}"


def _name_char(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_)]")


def _joined_before(text: str, start: int) -> bool:
    """`os.kill`, `self._kill`, `p->kill`, `Process::kill`, `$kill` (a variable needs no prefix; a price,
    `$114514`, is not one)."""
    if text[start - 1 : start] == "$" and not text[start : start + 1].isdigit():
        return True
    for joiner in _JOINERS_BEFORE:
        at = start - len(joiner)
        if at >= 0 and text[at:start] == joiner and _name_char(text, at - 1):
            return True
    return False


def _joined_after(text: str, end: int) -> bool:
    """`kill(`, `kill_all`, `kill.now`, `WTF::`, `wtf/` in a file path; not `idiot.Stop`, a missing space
    after a full stop."""
    after = text[end : end + 1]
    if after == "(" or text[end : end + 2] == "::" or _path_segment(text, end) or _package_part(text, end):
        return True
    follower = text[end + 1 : end + 2]
    return after in _JOINERS_AFTER and (follower.isalnum() or follower == "_") and not follower.isupper()


def _path_segment(text: str, end: int) -> bool:
    """`platform/wtf/Assertions.h`, `WTF/Forward.h`: a directory of a file path, the word followed by "/"
    and a path ending in a file name with an extension. Not a sed substitution
    ("s/suck/are unreliable/": a word quoted to be replaced, or the writer's replacement) nor a made-up
    route ("api/<word>/login"): neither names a file."""
    return text[end : end + 1] == "/" and _PATH_END.match(text, end) is not None


def _package_part(text: str, end: int) -> bool:
    """`uglify-js-2.2.5.tgz`, `kill-port@1.6.1`: the word hyphened into a token that names a package or a
    file (a version or an extension in it). A hyphened compound without one is prose ("ugly-ass")."""
    if text[end : end + 1] != "-":
        return False
    token = _NAME_RUN.match(text, end)
    return token is not None and _PACKAGE.fullmatch(token.group()) is not None
