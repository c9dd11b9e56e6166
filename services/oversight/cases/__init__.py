"""Cases of suspected violations, their sanctions and recovery orders; the rule data of supervision."""
