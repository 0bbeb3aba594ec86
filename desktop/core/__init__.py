"""Domain rules of the one-stop desk: plain Python, no Qt, no I/O, no wall clock."""
