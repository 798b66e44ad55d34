"""`python -m tagger`: the command line, for environments without the `tagger` script on PATH."""

from tagger.cli import main

raise SystemExit(main())
