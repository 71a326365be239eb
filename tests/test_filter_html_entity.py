"""An HTML entity is markup, never evidence (`civility.filters.markup.masked_span`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.filters.markup import masked_span
from civility.types import Category
from conftest import FindingAt


@pytest.mark.parametrize(
    "text",
    [
        # flagged identity_attack on "amp" before (STRUDEL, labelled not toxic)
        "We do not use 'CN' here in rfc2307 groups, it's uid. "
        "(&amp;(objectClass=posixGroup)(memberUid=%userid%)) ",
        "build &amp; test pass on ARM now",
        "run `make` &amp;&amp; `make install`, then restart",
    ],
)
def test_entities_are_not_evidence(analyzer: Analyzer, text: str) -> None:
    (assessment,) = analyzer.analyze([text])
    assert Category.IDENTITY_ATTACK not in assessment.flagged, (assessment.scores, assessment.findings)


def test_the_reason_says_entity(finding_at: FindingAt) -> None:
    """The filter itself, whatever today's model scores (the shipped model flagged "amp" here until
    negative pieces, 7 Dec)."""
    text = "it's uid. (&amp;(objectClass=posixGroup)(memberUid=%userid%))"
    reason = masked_span(*finding_at(text, "amp", Category.IDENTITY_ATTACK))
    assert reason == "identity_attack at 12..15 is inside an HTML entity"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("you &amp; your stupid ideas", Category.INSULT),  # other evidence next to an entity stays
        ("amp; is not an entity here, idiot", Category.INSULT),
    ],
)
def test_evidence_beside_an_entity_stays(analyzer: Analyzer, text: str, category: Category) -> None:
    (assessment,) = analyzer.analyze([text])
    assert category in assessment.flagged, (assessment.scores, assessment.suppressed)
