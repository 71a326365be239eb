"""Filters: small named predicates that drop findings a human should not see.

| name | drops a finding when |
| --- | --- |
| `masked_span` | it lies inside code, a log, a stack trace, a quote, a URL, a trailer, bot text, an entity |
| `code_identifier` | its model evidence is part of a code identifier in prose (`os.kill`, `cmd.Kill()`) |
| `technical_term` | its model evidence is part of a term of the trade ("naked pointer", "dumb terminal") |
| `allowlist` | its evidence text fully matches a configured allow-list pattern |
| `inline_ignore` | the message's moderator note says `civility: ignore` (optionally for given categories) |
| `condemned_mention` | its evidence is condemned or reported name-calling, or a word quoted as an example |
| `reported_quote` | its evidence is in a quotation reported with disapproval, or quoted as data to filter |
| `reported_speech` | it is name-calling the writer reports was said about them, with a report cue |
| `denied_insult` | it is part of "nobody here is <word>" |
| `self_directed` | its evidence is an insult the writer aims at themself ("stupid mistake on my part") |
| `technical_target` | it is the verb phrase of a violent verb that takes a machine ("kill the job") |
| `errand_idiom` | it is a violent verb in an idiom of sending or kindness ("I'll shoot you an email") |
| `moderation_action` | it is harassment evidence where a ban, lock or close is announced ("Closing.") |
| `oath_idiom` | it is a violent verb in an oath, an idiom of waiting or racing ("Shoot!", "beat me to it") |
| `swear_exclamation` | it is insult evidence in an exclamation at no one ("Holy crap!", "hell yes") |
| `swear_without_group` | it is identity_attack evidence that is a swear, no group named ("wtf is this") |
| `thing_evaluation` | it praises or judges a thing in words that insult people ("clever fix", "weird bug") |
| `reader_praise` | it is part of short praise of the reader with no cue of sarcasm ("you are fun") |
| `greeting` | its model evidence is a greeting in salutation position ("Hey,", "hi all") |
| `laughter` | its model evidence is laughter ("lol", "haha", "lmao") |
| `groan` | its model evidence is a groan or an exclamation ("Ugh.", "OMG", "oh god") |

Each filter is a function `(finding, document) -> reason | None`; the reason is kept on the assessment.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from civility.detectors.base import Document
from civility.types import Finding

FindingFilter = Callable[[Finding, Document], str | None]

_REASON = re.compile(r"^\S+ (?:at \d+\.\.\d+ )?(?:is )?(?P<kind>.*?)(?: \(.*)?$", re.S)


def reason_kind(reason: str) -> str:
    """The frame a filter's reason names, without category, offsets or detail: "insult at 3..9 is
    aimed at the writer (my bad)" -> "aimed at the writer" (for counts in report summaries)."""
    match = _REASON.match(reason)
    return match.group("kind") if match else reason
