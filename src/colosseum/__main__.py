"""``python -m colosseum``: the same as the ``colosseum`` command."""

from colosseum.cli import main

raise SystemExit(main())
