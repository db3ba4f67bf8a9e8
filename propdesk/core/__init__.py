"""Plain data types and domain rules: no Qt, no SQL."""
