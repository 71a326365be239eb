"""One module per `civility` subcommand; see `civility.cli`."""
