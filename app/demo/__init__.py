"""The demo class a newcomer's first start shows: students, sessions and attendance (classroom), sample journal
entries (journal) and questionnaire answers (measures). Written through the store like any class, with stable ids."""
