"""Student mode: a kiosk on a shared laptop where each student signs in and writes their own journal.

`kiosk.StudentMode` is the window; `tiles`, `pin_pad`, `writer` and `questionnaire` are its screens. Nothing
here imports anything at package import time, so the facilitator's windows do not pay for student mode until it opens.
"""
