"""Use cases: validate, check, write in one transaction with an audit row, return what changed."""
