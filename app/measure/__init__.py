"""Pre/post measurement: scoring a questionnaire and saying honestly what changed between two sessions.

The statistics (scoring, stats, signed_rank, distributions, results, wording) are pure Python, standard library
only, so they run in the frozen app and on any laptop without numpy or scipy; the tests check every figure against
scipy, which is a test-only dependency. Beside them: reading answer sheets (sheet_cells, answers_import, pure), and
what reads or writes the store for them (data, export, program, apply) with the `measure` command (cli).
"""
