"""The shipped rule files (data), installed as cleanup._rules."""
