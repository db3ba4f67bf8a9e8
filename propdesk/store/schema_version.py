"""The number of migrations this propdesk knows; kept apart so opening a file needs no sqlite-utils.

``schema.py`` asserts it matches its migration list.
"""

SCHEMA_VERSION = 21
