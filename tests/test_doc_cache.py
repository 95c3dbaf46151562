"""The per-paragraph caches of cleanup/doc.py hold whole paragraph strings: bounded so that a long
worker does not keep hundreds of megabytes (the saving they bring is within one document)."""

from __future__ import annotations


def test_the_case_words_cache_is_bounded_to_a_documents_paragraphs():
    from cleanup import doc

    # a long document's paragraphs fit (1 MB of BBC has some 2,650); 32,768 held ~190 MB in a worker
    assert 2650 < doc._case_words.cache_info().maxsize <= 4096
