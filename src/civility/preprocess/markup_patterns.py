"""The compiled patterns behind `markup.find_masked_spans`, one per kind of SE markup.

Every pattern is linear: no nested unbounded quantifiers that can overlap, lazy scans that stop at
the end of the input (`\\Z`) so an unterminated opener consumes the rest instead of being retried,
and bounded scans where a closer may never come. `GATES` are cheap substring tests that skip a
pattern when its text cannot occur.
"""

from __future__ import annotations

import re

from civility.preprocess.lexicon import WORDS

_M, _S, _I = re.M, re.S, re.I

FENCE = re.compile(r"^[ \t]{0,3}(?P<f>`{3,}|~{3,})[^\n]*\n?.*?(?:^[ \t]{0,3}(?P=f)[`~]*[ \t]*$|\Z)", _M | _S)
INLINE_CODE = re.compile(r"(`(?<!``)`{0,2})(?!`)(?:(?!\1|\n[ \t]*\n).){1,2000}?(?<!`)\1(?!`)", _S)
"""`(?<!`)(`{1,3})` written to start with a literal backtick, so the scan jumps from backtick to backtick."""
_INDENTED_LINE = r"(?: {4}|\t)[ \t]*+\S[^\n]*"
INDENTED = re.compile(rf"(?:\A|\n[ \t]*\n)({_INDENTED_LINE}(?:\n(?:[ \t]*\n)*+{_INDENTED_LINE})*)")
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]")
HTML_CODE = re.compile(r"<(pre|code)\b[^>\n]{0,500}>.*?(?:</\1[ \t]*>|\Z)", _S | _I)
HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", _S)

_EXC_LINE = (
    r"[ \t]*(?:Caused by: |Exception in thread \"[^\"\n]{0,200}\" )?"
    r"[\w$.]{0,300}(?:Exception|Error|Throwable)\b[^\n]*\n"
)
_FRAME = (
    r"[ \t]*at (?:async )?(?:[^\s()]{1,500}(?: \[as [^\]\n]{1,200}\])? ?\((?:[^()\n]{0,500}:\d+(?::\d+)?|"
    r"Native Method|Unknown Source|native|<anonymous>)\)|[^\s()]{1,500}:\d+:\d+)[ \t]*(?:\n|\Z)"
    r"|[ \t]*\.\.\. \d+ (?:more|common frames omitted)[ \t]*(?:\n|\Z)"
)
STACK_TRACE = re.compile(
    r"^(?:[ \t]*Traceback \(most recent call last\):[^\n]*\n(?:[ \t][^\n]*\n)*"
    r"(?:[A-Za-z_][\w.]*(?::[^\n]*)?)?"
    rf"|(?:{_EXC_LINE})?(?:{_FRAME})+(?:(?:{_EXC_LINE})(?:{_FRAME})+)*"
    r"|[ \t]*File \"[^\"\n]{1,500}\", line \d+[^\n]*(?:\n[ \t]+[^\n]*)*"
    r"|(?:panic|fatal error): [^\n]*(?:\n[^\n]+){0,3}(?=\n\ngoroutine \d+ \[)"
    r"|goroutine \d+ \[[^\]\n]{0,100}\]:[^\n]*(?:\n(?!\n)[^\n]*)*"
    r"|thread '[^'\n]{0,200}' panicked at[^\n]*(?:\n(?!\n)[^\n]*)*"
    r"|stack backtrace:[ \t]*(?:\n[ \t]+[^\n]*)*)",
    _M,
)

_LEVELS = r"TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|SEVERE|PANIC"
_MONTHS = r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_LOG_LINE = (
    r"[ \t]*\[?\d{4}[-/]\d{2}[-/]\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
    rf"|[ \t]*\[?\d{{2}}:\d{{2}}:\d{{2}}(?:[.,]\d+)?\]?[ \t]+\[?(?:{_LEVELS})\b"
    rf"|[ \t]*(?:\[(?:{_LEVELS})\]|(?:{_LEVELS}):[ \t])"
    r"|[VDIWEF]/[\w.$-]{1,100}(?:\([ \t]*\d+\))?:"
    r"|\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3}[ \t]+\d+[ \t]+\d+ [VDIWEF] "
    r"|[ \t]*\[[ \t]*\d+\.\d{3,}\]"
    rf"|(?:{_MONTHS}) [ \d]\d \d{{2}}:\d{{2}}:\d{{2}} "
)
LOGFMT = re.compile(r"^[^\n]{0,300}\blevel=(?:trace|debug|info|warn|warning|error|fatal|panic)\b[^\n]*", _M)
LOG = re.compile(rf"^(?:{_LOG_LINE})[^\n]*(?:\n(?:{_LOG_LINE})[^\n]*)*", _M)
_PROMPT = r"(?:[\w.-]{1,64}@[\w.-]{1,64}:[^\n$#]{0,200}[$#]|[ \t]*\$)[ \t]+[a-z./~][^\n]*"
_YES_NO = r"[^\n]{0,300}[\[(](?:Y/n|y/N|y/n|Y/N)[\])][^\n]{0,20}"
TERMINAL = re.compile(rf"^(?:{_PROMPT}|{_YES_NO})$(?:\n(?:{_PROMPT}|{_YES_NO})$)*", _M)
"""A line of a pasted terminal session, outside a code fence: a shell command after its prompt ("$ kill
-9 1234", "root@box:~# rm -rf build") or a yes/no question of a command ("Do you want to continue?
[Y/n]", which read as insult evidence). The command's output lines are left to `LOG`."""

QUOTE_HEADER = re.compile(
    r"^(?:On [^\n]{0,300}+\n[^\n>]{0,300}\bwrote:|[^\n]{0,300}\bwrote:)[ \t]*\n(?=[ \t]{0,3}>)", _M
)
QUOTE = re.compile(r"^[ \t]{0,3}>[^\n]*(?:\n[ \t]{0,3}>[^\n]*)*", _M)
_AT_FOR_A = "|".join(sorted((w[1:] for w in WORDS if w.startswith("a")), key=len, reverse=True))
MENTION = re.compile(
    rf"(?<![\w.@/+-])@(?!(?i:{_AT_FOR_A})(?![\w-]))"
    r"[A-Za-z0-9][A-Za-z0-9_-]{0,38}(?:/[A-Za-z0-9_.-]+)?(?![\w@]|\.\w)"
)
"""An @mention of a user or team ("@alice", "@org/team", a Twitter or GitLab "@some_one"): a handle is
a name, not a word its writer chose about someone. Not an email ("a@b.org": the "@" follows a name
character) and not a domain ("@example.com"); a sentence may end right after it ("Thanks @alice.").
Not a disguised swear word either: "@ss" and "@sshole" are "ass" and "asshole" with "@" for "a"
(de-obfuscation decodes them), so a lexicon word spelled that way stays prose."""
URL = re.compile(r"(?:https?://|ftp://|www\.)(?:[^\s<>\"'`()\[\]{}]|\([^\s()<>]{0,500}\))+")
URL_TAIL = ".,;:!?*'\""
TRAILER = re.compile(
    r"^[ \t]*(?:(?:Signed-off|Co-authored|Reviewed|Acked|Tested|Reported|Suggested|Helped|Requested)-by"
    r"|Cc|Fixes(?=:[ \t]*[0-9a-f]{7,})|Link(?=:[ \t]*https?://)|Change-Id|Reviewed-on):[^\n]*",
    _M | _I,
)
BOT_MESSAGE = re.compile(
    r"\A\s*(?:Bumps \[|Bumps [\w@/.-]+ from |Updates the requirements on "
    r"|This PR contains the following updates"
    r"|\[!\[Coverage Status\]|## \[?Codecov\]?|# \[Codecov\]|\[!\[CLA assistant check\]"
    r"|\[!\[renovate|:warning: \*\*Renovate|\[!\[Mend Renovate)",
    _I,
)
BOT_GATE = (
    "stale",
    "activity",
    "License Agreement",
    "CLA",
    "Dependabot",
    "generated by",
    "Coverage",
    "Codecov",
)
BOT_SENTENCE = re.compile(
    r"has been automatically marked as stale|will be closed if no further activity occurs"
    r"|has been automatically closed because|marked as stale because it has not had recent activity"
    r"|sign (?:our|the) \[?Contributor License Agreement|All committers have signed the CLA"
    r"|Dependabot will resolve any conflicts|This PR (?:has been|was) generated by \[?(?:Renovate|Mend)"
    r"|Coverage (?:increased|decreased|remained the same) \([^)\n]{0,40}\) to|Codecov Report"
)

#: (pattern, kind, gate): the pattern runs only when one of the gate substrings occurs (always if empty).
PATTERNS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (FENCE, "code_block", ("```", "~~~")),
    (HTML_CODE, "code_block", ("<pre", "<code", "<PRE", "<CODE")),
    (INLINE_CODE, "inline_code", ("`",)),
    (
        STACK_TRACE,
        "stack_trace",
        ("Traceback", "\tat ", "  at ", "\nat ", 'File "', "panic", "goroutine", "backtrace"),
    ),
    (LOG, "log", (":", "]")),  # every log-line start holds a colon (times, `LEVEL:`) or `]` (`[INFO]`)
    (LOGFMT, "log", ("level=",)),
    (TERMINAL, "log", ("$ ", "$\t", "# ", "/n]", "/N]", "/n)", "/N)")),
    (QUOTE_HEADER, "quote", ("wrote:",)),
    (QUOTE, "quote", (">",)),
    (URL, "url", ("://", "www.")),
    (MENTION, "mention", ("@",)),
    (TRAILER, "trailer", (":",)),
    (HTML_COMMENT, "bot", ("<!--",)),
)
