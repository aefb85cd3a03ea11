"""Class lists: a school's spreadsheet read into a preview before anything is stored (spreadsheet), one cell at a
time (cells). Pure: the import dialog and the `import` command ask the store to write only after the preview."""
