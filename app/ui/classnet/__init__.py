"""The class network in the window: the facilitator's panel, the join card on the projector, its QR code.

`actions.ClassNetworkActions` owns the one `ClassNetwork` the app may have open; everything else here only
shows it. The panel shows names and ticks, never what a student wrote.
"""
