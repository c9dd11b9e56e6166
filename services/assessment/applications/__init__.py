"""Applications: the acceptance gate, the state machine, scores, conclusions, publicity, objections."""
