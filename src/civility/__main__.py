"""`python -m civility` is the `civility` command."""

from civility.cli import main

raise SystemExit(main())
