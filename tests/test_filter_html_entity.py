"""An HTML entity is markup, never evidence (`civility.filters.markup.masked_span`)."""

from __future__ import annotations

import pytest

from civility.analyzer import Analyzer
from civility.types import Category


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


def test_the_reason_says_entity(analyzer: Analyzer) -> None:
    (assessment,) = analyzer.analyze(["it's uid. (&amp;(objectClass=posixGroup)(memberUid=%userid%))"])
    assert assessment.suppressed == ("identity_attack at 12..15 is inside an HTML entity",)


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
