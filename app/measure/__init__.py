"""Pre/post measurement: scoring a questionnaire and saying honestly what changed between two sessions.

Pure Python (standard library only) so it runs in the frozen app and on any laptop without numpy or scipy;
the tests check every figure against scipy, which is a test-only dependency.
"""
