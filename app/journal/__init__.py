"""Journals: which prompts a session offers (prompts), booklets and paper sheets to print (booklets, sheets) and
their commands (cli, sheets_cli). Pure apart from the commands, which read the store; entries themselves are
written by app/store/journal.py, and the pages students write on are app/ui/journal_page.py and the class network."""
