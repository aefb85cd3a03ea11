"""Running a session in the room: presenter console on the laptop, projector view on the second screen."""
