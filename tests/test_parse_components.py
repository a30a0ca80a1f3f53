"""The faster attribute ruler and lemmatizer (generator/extract/components.py) must leave every
token exactly as the stock model's components do."""
import pytest
import spacy

from generator.extract.parse import MODEL, load_nlp, parse_text

SENTENCES = [
    "There is a problem, and y'all ain't gonna like it.",
    "Let's go; c'mon, I got ta leave now. You did it, and it gets worse; she got the job.",
    "Sen. J. R. Hart said the ministers were meeting in Geneva on Tuesday.",
    "It was nothin' but a row.  I told you so, said the mayor.\tWe'd have done more.",
    "But the U.N. Security Council has not voted, which does not surprise anyone.",
    "The 3,000 workers' wages rose 4.5% to $12.50 an hour, officials said.",
    "  ",
    "Do it!",
]


def signature(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(MODEL)
    nlp.add_pipe("keep_names_together", before="parser")
    return nlp


def test_pipeline_uses_the_cached_components():
    assert "cached_attribute_ruler" in load_nlp().pipe_names
    assert "attribute_ruler" not in load_nlp().pipe_names


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_come_out_as_the_stock_model_makes_them(stock, text):
    for _ in range(2):                       # the second time from the caches
        assert signature(load_nlp()(text)) == signature(stock(text))


@pytest.mark.parametrize("text, expected", [
    # a sentence goes on after a word before a word without a capital or a proper noun
    ("Among voters, 46 percent would choose Tom Reed and 44 percent would back Anna Berg, while 5 percent "
     "prefer Ann Lowe.", 1),
    ('She said: "The power should be used only in extreme cases and I doubt these were met." He agreed.', 2),
    # a missing full stop before "But", a line break, a full stop: sentences end there
    ('The valley was called the "breadbasket" of the south But in those years the rains failed.', 2),
    ("The port is closed. Nobody can move the crates.", 2),
])
def test_sentences_do_not_start_after_a_word_before_a_name(text, expected):
    assert len(parse_text(text).sentences) == expected


@pytest.mark.parametrize("text", [*SENTENCES, "Title line\n\nA  paragraph\u00a0with odd\u2009spaces.\n\n\nAnother one, ending in a tab.\t"])
def test_the_kept_text_is_the_documents_own(text):
    """parse.py keeps each piece's text as given to the parser (doc_text does not join the tokens anew)."""
    from generator.extract.parse import doc_text
    for doc in parse_text(text).docs:
        assert doc_text(doc) == doc.text
