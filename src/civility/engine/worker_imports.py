"""What a Dask worker imports, imported once by the forkserver that starts the workers (see
`dask.connect`): forked workers then share these pages instead of importing everything themselves.

`gc.freeze()` moves the imported objects out of the collector's reach, so collections in the workers
do not write to (and so copy) the shared pages.
"""

from __future__ import annotations

import gc

import civility.analyzer
import civility.detectors.model
import civility.detectors.private_info
import civility.engine.dask
import civility.engine.local
import civility.exports
import civility.health.accumulate  # noqa: F401

gc.freeze()
