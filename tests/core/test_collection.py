"""Collection held off while a document is built, run once after; nested uses leave it to the outer one."""

import gc

from propdesk.core.collection import collected_after


def test_collection_is_held_off_then_runs_and_is_back_on() -> None:
    assert gc.isenabled()
    with collected_after():
        assert not gc.isenabled()
        with collected_after():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner one did not switch it back on
        cycle: list[object] = []
        cycle.append(cycle)
        del cycle
    assert gc.isenabled() and gc.garbage == []
