"""Child process for the receipt kill test: take payments, prepayments and prepayment refunds forever,
print each receipt or refund number after it committed."""

import sys
from pathlib import Path

from propdesk.core.author import Actor
from propdesk.services import payments, prepayments, refunds
from propdesk.store.connection import open_database

path, unit_id = Path(sys.argv[1]), int(sys.argv[2])
db = open_database(path)
actor = Actor("kill-test")
print("ready", flush=True)
step = 0
while True:
    step += 1
    owed = payments.owed(db, unit_id)
    if not owed:
        break
    if step % 5 == 0 and prepayments.balance(db, unit_id) >= 100:
        refund, _ = refunds.refund_prepayment(db, actor, actor, unit_id, 100, "现金", "测试", "退一元")
        print(refund.number, flush=True)
    elif step % 3 == 0:
        receipt, _ = payments.take_prepayment(db, actor, unit_id, 16700, "现金", "测试")  # one month and a yuan
        print(receipt.number, flush=True)
    else:
        receipt, _ = payments.pay_bills(db, actor, unit_id, [owed[0].id], "现金", "测试")
        print(receipt.number, flush=True)
