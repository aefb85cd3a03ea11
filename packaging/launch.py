"""PyInstaller needs an entry script file; this one just runs app.cli:main (see build.spec)."""
from app.cli import main

raise SystemExit(main())
