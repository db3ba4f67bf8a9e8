"""Garbage collection around a big document: a full collection stops every thread, the GUI's too, for as long
as it takes to walk what is alive — while a merged PDF is being built, that is the whole PDF (measured: 50–90 ms
pauses during an archive batch). Held off while one document is built and run once after, when the document
is gone, a collection walks little (about 10 ms)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collected_after() -> Iterator[None]:
    if not gc.isenabled():  # nested, or someone else holds it off: leave it to them
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(1)  # the document's cycles are young: the old generation need not be walked
