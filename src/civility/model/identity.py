"""Identity-term balancing: training weights that stop a head from learning "mentions a group" as toxic.

Hate and abuse corpora mention identity groups mostly when attacking them, so a bag of words learns
the group's name itself ("gay", "muslim", "old") as evidence, and then flags "I am a gay developer".
Following the balancing idea of Dixon et al. (2018, "Measuring and Mitigating Unintended Bias in Text
Classification") in its reweighing form (Kamiran and Calders, 2012): for each head and each term, when
the weighted positive rate of training rows that mention the term is above the head's overall rate,
the *negative* rows that mention it are weighted up until the two rates match (capped). Context words
("hate", "should die", slurs) keep their weight; only the term's spurious share goes.

The list is civility's own: common English words for groups named in the Contributor Covenant
(gender and sex, orientation, race and ethnicity, nationality, religion, disability, age).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GROUPS: dict[str, tuple[str, ...]] = {
    "gender and sex": _words(
        "woman women man men female females male males girl girls lady ladies boy boys nonbinary trans "
        "transgender cis cisgender"
    ),
    "sexual orientation": _words(
        "gay gays lesbian lesbians bisexual queer lgbt lgbtq homosexual homosexuals heterosexual straight"
    ),
    "race, ethnicity and nationality": _words(
        "black blacks white whites asian asians african africans hispanic hispanics latino latinos latina "
        "latinas latinx mexican mexicans indian indians chinese japanese european europeans american "
        "americans arab arabs canadian"
    ),
    "religion": _words(
        "muslim muslims christian christians jewish jew jews buddhist buddhists hindu hindus sikh sikhs "
        "catholic catholics protestant protestants atheist atheists taoist"
    ),
    "disability": _words("blind deaf disabled autistic paralyzed"),
    "age": _words(
        "old older young younger elderly teenage teenager teenagers millenial millennial millennials"
    ),
}
TERMS = frozenset(term for terms in GROUPS.values() for term in terms)

ROLES: tuple[str, ...] = _words(
    "accountant accountants actor actors actress architect architects artist artists baker bakers "
    "barber barbers carpenter carpenters cashier cashiers chef chefs clerk clerks dentist dentists "
    "designer designers doctor doctors driver drivers electrician electricians engineer engineers "
    "farmer farmers firefighter firefighters journalist journalists janitor janitors lawyer lawyers "
    "librarian librarians mechanic mechanics miner miners musician musicians nurse nurses officer "
    "officers painter painters pharmacist pharmacists photographer photographers physician physicians "
    "pilot pilots plumber plumbers professor professors programmer programmers reporter reporters "
    "researcher researchers salesperson scientist scientists secretary secretaries soldier soldiers "
    "surgeon surgeons teacher teachers technician technicians therapist therapists waiter waiters "
    "waitress worker workers writer writers "
    "developer developers maintainer maintainers contributor contributors reviewer reviewers committer "
    "committers moderator moderators manager managers student students intern interns newcomer "
    "newcomers beginner beginners newbie newbies volunteer volunteers"
)
"""Occupations and community roles. Not groups the Covenant names, but the same trap: news comments
attack lawyers, officers and reporters, so "lawyer" itself (56 rows, 52% insults against 24% overall)
became insult evidence and "You are a great lawyer" was flagged. A common-occupations list (written
for civility, not taken from madlibs, though most of madlibs' occupations are on it) plus the roles
of an open-source community ("maintainer", "newcomer")."""
MIN_ROWS = 20
"""Terms mentioned by fewer known rows than this are left alone (their rate is noise)."""


def mentions(docs: Sequence[Sequence[str]], terms: frozenset[str] = TERMS) -> dict[str, np.ndarray]:
    """Per term (identity terms by default), the indices of the documents (lower-cased word lists)
    that mention it."""
    rows: dict[str, list[int]] = {}
    for i, doc in enumerate(docs):
        for term in terms.intersection(doc):
            rows.setdefault(term, []).append(i)
    return {term: np.array(found, dtype=np.int64) for term, found in sorted(rows.items())}


def groups(keys: Sequence[str]) -> dict[str, np.ndarray]:
    """Row indices per distinct key (e.g. each row's training source), in order of first appearance."""
    array = np.asarray(keys)
    return {key: np.flatnonzero(array == key) for key in dict.fromkeys(keys)}


def balance(weights: np.ndarray, y: np.ndarray, by_term: dict[str, np.ndarray], cap: float) -> np.ndarray:
    """`weights` with each term's (or group's: `groups`) negative rows scaled up so its weighted
    positive rate matches the overall one (the largest factor wins for rows mentioning several terms;
    at most `cap`). Rows of weight 0 (label unknown for this head) take no part."""
    positive = y == 1
    base = _rate(weights, positive)
    if not 0.0 < base < 1.0:
        return weights
    factor = np.ones_like(weights)
    for rows in by_term.values():
        if np.count_nonzero(weights[rows]) < MIN_ROWS:
            continue
        rate = _rate(weights[rows], positive[rows])
        if not base < rate < 1.0:
            continue
        odds_ratio = rate * (1.0 - base) / (base * (1.0 - rate))
        negatives = rows[~positive[rows]]
        factor[negatives] = np.maximum(factor[negatives], min(odds_ratio, cap))
    return weights * factor


def _rate(weights: np.ndarray, positive: np.ndarray) -> float:
    total = float(weights.sum())
    return float(weights[positive].sum()) / total if total > 0 else 0.0
