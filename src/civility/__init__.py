"""civility: find potentially unwelcoming language in open-source discussions, for human moderators.

```python
from civility import Analyzer
for a in Analyzer().analyze(["you are an idiot", "LGTM"]):
    print(a.flagged, a.scores)
```
"""

from __future__ import annotations

from civility.types import Assessment, Category, Explanation, Finding, Message, Skipped

__version__ = "0.1.0"

__all__ = [
    "Analyzer",
    "Assessment",
    "Category",
    "Explanation",
    "Finding",
    "Message",
    "Skipped",
    "__version__",
    "scan",
]


def __getattr__(name: str) -> object:
    # Analyzer pulls in spaCy and scikit-learn: import it only when asked for, so `civility --help`
    # and the readers stay fast.
    if name == "Analyzer":
        from civility.analyzer import Analyzer

        return Analyzer
    if name == "scan":
        from civility.engine import scan

        return scan
    raise AttributeError(f"module 'civility' has no attribute {name!r}")
