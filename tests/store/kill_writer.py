"""Child process for the kill test: write forever, print each write after it committed."""

import sys
from pathlib import Path

from propdesk.core.author import Actor
from propdesk.core.registry import ResidentInput
from propdesk.services import households
from propdesk.store.connection import open_database

path, tag, unit_id = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
db = open_database(path)
print("ready", flush=True)
n = 0
while True:
    households.add_resident(db, Actor("kill-test"), unit_id, ResidentInput(name=f"{tag}-{n}", phone="13800000000"))
    print(n, flush=True)  # acknowledged to the "user" only after the commit returned
    n += 1
