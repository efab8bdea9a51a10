"""The language a document is read in: given, its own, or detected; never English by default."""

import pytest

from graph.errors import InputError
from graph.ingest.readers import document_language
from graph.model import Document

FRENCH = ("Le gouvernement a condamné mardi les frappes menées contre les villages frontaliers "
          "et appelé les deux pays à reprendre les négociations sans conditions préalables.")


def test_a_given_language_wins_over_the_documents_own():
    assert document_language(Document(id="a", text=FRENCH, language="fr"), "en") == "en"


def test_a_document_without_a_language_is_detected_not_taken_as_english():
    assert document_language(Document(id="a", text=FRENCH)) == "fr"


def test_an_unsupported_language_is_an_input_error_naming_the_document():
    with pytest.raises(InputError) as err:
        document_language(Document(id="memo.txt", text="x", language="de"))
    assert str(err.value) == "memo.txt: unsupported language 'de' (supported: en, fr)"


def test_too_little_text_asks_for_the_language():
    with pytest.raises(InputError) as err:
        document_language(Document(id="memo.txt", text="12 345"))
    assert str(err.value) == "memo.txt: cannot tell the language (too little text); give it with --lang en or --lang fr"
