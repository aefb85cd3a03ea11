"""Rhythm on the Qt side: the engine runs as a child process (app/rhythm/engine.py is never imported here)."""
