"""A running session, without Qt: the plan turned into slides (flow, slide), challenge launch and debrief steps
(challenge_steps), what the class has done so far (progress) and fair turns (turns). The console and the projector
(app/ui/runner/) show what these decide."""
