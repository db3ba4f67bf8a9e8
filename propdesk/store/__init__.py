"""The only package that speaks SQL: connection, migrations and queries. No Qt."""
