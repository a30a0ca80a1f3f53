"""The tokens, sentences and entities the rules read (`parse._Word`, `parse._Text`) keep spaCy's
attributes once per document; every kept value must be exactly what spaCy's own Token and Span
give."""
import pytest

from generator.extract.parse import (_as_text, _Text, child_tokens, doc_ents, doc_tokens, load_nlp, parse_text,
                                     sentences_around, span_tokens, word_forms)

TEXT = """Ministers meet in Geneva

Sen. J. R. Hart said on Tuesday the U.N. Security Council had not voted, which surprised no one in Zürich.

"We'd have done more," said Ann Lowe, the mayor of Kessa. The 3,000 workers' wages rose 4.5% to $12.50 an hour.

  

Do it!"""

ATTRS = ("text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_", "i", "idx", "is_title", "is_space",
         "whitespace_", "shape_", "ent_iob_", "norm_")


def _same_as_spacys(doc):
    words = doc_tokens(doc)
    assert len(words) == len(doc)
    for word, token in zip(words, doc):
        assert word == token and hash(word) == hash(token) and word.doc is doc
        assert [getattr(word, a) for a in ATTRS] == [getattr(token, a) for a in ATTRS]
        assert word.head.i == token.head.i
        assert child_tokens(word) == list(token.children) == child_tokens(token)


def test_kept_words_read_as_spacys_tokens():
    parsed = parse_text(TEXT)
    assert len(parsed.docs) > 2
    for doc in parsed.docs:
        _same_as_spacys(doc)


@pytest.mark.parametrize("text, size", [("", 0), (" ", 1), ("\N{GRINNING FACE}", 1)])
def test_kept_words_of_an_empty_and_one_word_document(text, size):
    doc = load_nlp()(text)
    assert len(doc) == size
    _same_as_spacys(doc)
    assert doc_ents(doc) == doc.ents
    for sent in doc.sents:
        text = _as_text(sent)
        assert list(text) == list(sent) == span_tokens(sent)
        assert word_forms(text) == {t.lower_ for t in sent}


def test_a_text_made_directly_keeps_its_fields():
    doc = load_nlp()("Ann Lowe spoke.")
    text = _Text(doc, 0, 2, label="PERSON")
    assert (text.label_, text.label, text.forms, text.words) == ("PERSON", doc.vocab.strings["PERSON"], None, None)
    assert list(text) == list(doc[0:2]) and text[1] == doc[1] and word_forms(text) == {"ann", "lowe"}


def test_kept_sentences_and_entities_read_as_spacys_spans():
    parsed = parse_text(TEXT)
    for sent in parsed.sentences:
        plain = sent.doc[sent.start:sent.end]
        assert sent == plain and hash(sent) == hash(plain) and sent.label_ == plain.label_
        assert list(sent) == list(plain) == span_tokens(sent)
        assert [sent[k] for k in range(-len(sent), len(sent))] == [plain[k] for k in range(-len(plain), len(plain))]
        assert sent[1:3] == plain[1:3]
        for k in (len(sent), -len(sent) - 1):
            try:
                sent[k]
            except IndexError:
                pass
            else:
                raise AssertionError("no IndexError")
        assert sentences_around(sent[0]) == (plain,)
    entities = [ent for doc in parsed.docs for ent in doc_ents(doc)]
    assert entities
    for doc in parsed.docs:
        assert doc_ents(doc) == doc.ents
        for ent, plain in zip(doc_ents(doc), doc.ents):
            assert (ent.label_, ent.label, ent.kb_id, ent.id, ent.text) == (plain.label_, plain.label, plain.kb_id, plain.id, plain.text)
            assert list(ent) == list(plain) and ent[-1] == plain[-1]
