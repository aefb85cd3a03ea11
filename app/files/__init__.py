"""The user's own files, read and written safely: one atomic write with fsync (atomic), checks before opening a file
chosen for import (checks), the one spreadsheet reader every import uses (spreadsheet: text, xlsx) and one TOML
writer (toml_write). Standard library plus openpyxl and tomli-w; never the live database (see app/store/db_file.py)."""
