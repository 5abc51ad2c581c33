"""Run the command line as ``python -m dateline`` (the same as the ``dateline`` script)."""

from dateline.cli import main

if __name__ == "__main__":  # pragma: no cover
    main()
