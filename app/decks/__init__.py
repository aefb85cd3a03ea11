"""Role-play decks: reading and writing a deck as a spreadsheet or TOML (spreadsheet), the session's pile of one deck
(play), which deck each activity draws from (choice), and the `decks` command (cli). Pure apart from the command."""
