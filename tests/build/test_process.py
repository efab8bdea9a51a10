"""The per-document function every engine runs, and the worker pool that runs it here."""

from __future__ import annotations

import pickle
import signal

import pytest

from graph.build import DocResult, process_documents
from graph.build.pool import WorkerPool, chunked
from graph.errors import WorkerError
from graph.model import Document

# written for this test: a few clear stances, English and French
TEXTS = [
    Document(id="en-1", text="France condemned Russia on Monday. Germany supported Ukraine.", language="en",
             date="2022-03-07"),
    Document(id="fr-1", text="La France a condamné la Russie lundi.", language="fr", date="2022-03-07"),
    Document(id="en-2", text="The weather was mild in the capital.", language="en", date="2022-03-08"),
]


def test_process_documents_gives_one_result_per_document_in_order():
    results = process_documents(TEXTS)
    assert [r.doc_id for r in results] == ["en-1", "fr-1", "en-2"]
    assert all(isinstance(r, DocResult) for r in results)
    found = {(r.doc_id, e.source, e.relation, e.target) for r in results for e in r.events}
    assert ("en-1", "FRA", "condemn", "RUS") in found
    assert results[2].events == []
    assert results[0].words == 8 and results[0].mentions >= 4


def test_process_documents_and_its_records_cross_process_boundaries():
    """What Ray Data (or any engine) needs: the function and its records pickle."""
    assert pickle.loads(pickle.dumps(process_documents)) is process_documents
    results = process_documents(TEXTS[:1])
    assert pickle.loads(pickle.dumps(results)) == results


def test_the_pool_gives_the_same_results_in_input_order_as_one_process():
    docs = [Document(id=f"{d.id}-{k}", text=d.text, language=d.language, date=d.date) for k in range(6) for d in TEXTS]
    alone = process_documents(docs)
    with WorkerPool(2) as pool:
        pooled = [r for results in pool.imap(chunked(docs, max_docs=2)) for r in results]
    assert [r.doc_id for r in pooled] == [d.id for d in docs]
    assert pooled == [DocResult(r.doc_id, r.events, r.mentions, r.words) for r in alone]


def test_a_dead_worker_is_an_error_not_a_hang():
    pool = WorkerPool(1)
    pool.start()
    try:
        worker = pool.workers[0]
        worker.kill()
        worker.join()
        with pytest.raises(WorkerError, match=f"killed by signal {signal.SIGKILL}"):
            list(pool.imap(chunked(TEXTS * 2, max_docs=1)))
    finally:
        pool.terminate()
    assert pool.workers == []


def test_chunks_start_small_and_keep_every_document_once():
    docs = [Document(id=str(i), text="x" * 10) for i in range(40)]
    chunks = list(chunked(docs, max_docs=16))
    assert [len(c) for c in chunks][:3] == [1, 2, 4]
    assert [d.id for c in chunks for d in c] == [d.id for d in docs]
    assert max(len(c) for c in chunked(docs, max_chars=25)) == 3  # a character budget too


def test_the_pool_freezes_what_the_workers_inherit_and_thaws_it_after():
    import gc

    if "fork" not in __import__("multiprocessing").get_all_start_methods():
        pytest.skip("the freeze is for forked workers")
    docs = [Document(id=f"{d.id}-{k}", text=d.text, language=d.language, date=d.date) for k in range(2) for d in TEXTS]
    before = gc.get_freeze_count()
    with WorkerPool(2) as pool:
        pool.start()
        assert gc.get_freeze_count() > before  # frozen in the parent before the fork
        pooled = [r for results in pool.imap(chunked(docs, max_docs=2)) for r in results]
    assert gc.get_freeze_count() == before  # thawed when the pool closes
    assert [r.doc_id for r in pooled] == [d.id for d in docs]
    # the same events as one process, with three sentence shapes in two languages
    alone = process_documents(docs)
    assert pooled == [DocResult(r.doc_id, r.events, r.mentions, r.words) for r in alone]
    pool = WorkerPool(1)
    pool.start()
    assert gc.get_freeze_count() > before
    pool.terminate()  # a stopped build thaws them too
    assert gc.get_freeze_count() == before
