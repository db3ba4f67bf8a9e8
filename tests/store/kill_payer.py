"""Child process for the receipt kill test: take payments forever, print each receipt number after it committed."""

import sys
from pathlib import Path

from propdesk.core.author import Actor
from propdesk.services import payments
from propdesk.store.connection import open_database

path, unit_id = Path(sys.argv[1]), int(sys.argv[2])
db = open_database(path)
print("ready", flush=True)
while True:
    owed = payments.owed(db, unit_id)
    if not owed:
        break
    receipt, _ = payments.pay_bills(db, Actor("kill-test"), unit_id, [owed[0].id], "现金", "测试")
    print(receipt.number, flush=True)
