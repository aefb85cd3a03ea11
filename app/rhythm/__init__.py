"""Rhythm: pure timing and scoring, and the pygame engine that runs in its own process."""
