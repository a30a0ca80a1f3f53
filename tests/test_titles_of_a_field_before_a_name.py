"""A title phrase before a name is one unit (session 32): in '<Title> of/for <field> <Name>' with no
comma, the recogniser's span may run from the title's field into the person's name ('[Agriculture
Tamsin Oduya]', '[Drainage Obinna Eze]') or find a name among the field's words ('[Harbours] and
Shipping'). The name is read by position: the capitalised words after the field's last dictionary
word that make a person's name; the field (joined by 'and', or a list set off by commas) is the
title's, no body. Each sentence is invented; each row is every named actor of the text as (name,
type, role, affiliation's name) and every position as (speaker, actor, cue, text, direct)."""
from __future__ import annotations

import pytest

from conftest import named_actor_records, positions_of


ROWS = [
    # the recogniser's span runs from the field into the name
    ("Minister of Agriculture Tamsin Oduya said on Monday the grain reserve would be released.",
     [("Tamsin Oduya", "person", "Minister of Agriculture", None)],
     [("Minister of Agriculture Tamsin Oduya", "Tamsin Oduya", "said", "the grain reserve would be released", False)]),
    # two fields joined by 'and'; a person's span opened on the second field
    ("Commissioner for Roads and Drainage Obinna Eze said the contracts had been signed.",
     [("Obinna Eze", "person", "Commissioner for Roads and Drainage", None)],
     [("Commissioner for Roads and Drainage Obinna Eze", "Obinna Eze", "said", "the contracts had been signed", False)]),
    # a field word found as a body, a hyphenated given name
    ("Secretary for Harbours and Shipping Chan Ka-ming said the ferry fares would rise.",
     [("Chan Ka-ming", "person", "Secretary for Harbours and Shipping", None)],
     [("Secretary for Harbours and Shipping Chan Ka-ming", "Chan Ka-ming", "said", "the ferry fares would rise", False)]),
    # a surname that is a dictionary word after a given name
    ("Minister of Finance Grace Mills said the deficit had narrowed.",
     [("Grace Mills", "person", "Minister of Finance", None)],
     [("Minister of Finance Grace Mills", "Grace Mills", "said", "the deficit had narrowed", False)]),
    # inside a relative clause, no statement of the minister's
    ("The plan, which Minister of Fisheries Ravi Nandan announced on Friday, was welcomed by boat owners.",
     [("Ravi Nandan", "person", "Minister of Fisheries", None)],
     [("boat owners", "boat owners", "welcomed", "The plan", False)]),
    # after the verb, three fields set off by commas
    ("The levy will rise, said Commissioner for Trade, Industry and Tourism Adaeze Okonkwo.",
     [("Adaeze Okonkwo", "person", "Commissioner for Trade, Industry and Tourism", None)],
     [("Commissioner for Trade, Industry and Tourism", "Adaeze Okonkwo", "said", "The levy will rise", False)]),
    # the second field ends on a body's head word right before the name
    ("Deputy Secretary for Housing and Local Government Morag Tennant said the grant was too small.",
     [("Morag Tennant", "person", "Deputy Secretary for Housing and Local Government", None)],
     [("Deputy Secretary for Housing and Local Government Morag Tennant", "Morag Tennant", "said",
       "the grant was too small", False)]),
    # NEGATIVE: a party's name and its own post after the field: the party is the body
    ("Minister for Finance and Labour Party leader Ann Lowe said the budget was fair.",
     [("Ann Lowe", "person", "leader", "Labour"), ("Labour", "organization", None, None)],
     [("Minister for Finance and Labour Party leader Ann Lowe", "Ann Lowe", "said", "the budget was fair", False)]),
    # NEGATIVE: a firm's name after a chairman's 'of', a given name inside it
    ("Chairman of Harbour Grace Foods said profits rose.",
     [],
     [("Chairman of Harbour Grace Foods", None, "said", "profits rose", False)]),
    # NEGATIVE: a title and its field, no name after it
    ("Minister of Foreign Affairs said the talks would resume.",
     [],
     [("Minister of Foreign Affairs", None, "said", "the talks would resume", False)]),
    ("Secretary for Harbours and Shipping said the fares would rise.",
     [],
     [("Secretary for Harbours and Shipping", None, "said", "the fares would rise", False)]),
    # NEGATIVE: a firm's name after 'the director of'
    ("The director of Brennock Marine Supplies said the firm had grown.",
     [],
     [("The director of Brennock Marine Supplies", None, "said", "the firm had grown", False)]),
    # NEGATIVE (review, rule 1 removed): a dictionary word that is no given name of gender-guesser's
    # before a surname no dictionary has opens no person's name after the field (the body read from
    # the field's words is the start's known miss, recorded whole so that a change shows)
    ("Minister of Works Bridge Ramdial said the new road would open in May.",
     [("Works Bridge Ramdial", "organization", None, None)],
     [("Minister of Works Bridge Ramdial", "Works Bridge Ramdial", "said", "the new road would open in May", False)]),
    ("Minister of Works Island Ramdial said the bridge would open.",
     [("Works Island Ramdial", "organization", None, None)],
     [("Minister of Works Island Ramdial", "Works Island Ramdial", "said", "the bridge would open", False)]),
    # NEGATIVE: a known place, a field's word, a dictionary word after the first: no name opens there
    ("Minister of Housing Tobago Ramdial said the houses were ready.",
     [],
     [("Minister of Housing Tobago Ramdial", None, "said", "the houses were ready", False)]),
    ("Minister of Culture Heritage Ramdial said the museum would open.",
     [],
     [("Minister of Culture Heritage Ramdial", None, "said", "the museum would open", False)]),
    ("Chairman of Harbour Fitzgerald Holdings said profits rose.",
     [],
     [("Chairman of Harbour Fitzgerald Holdings", None, "said", "profits rose", False)]),
]


# NEGATIVE (review of session 32): two people side by side; the walk back to a title's 'of'/'for'
# stops at the first person's name, so the second person's firm is no field of that title.
SIDE_BY_SIDE = [
    ("Minister of Ports Ruth Kamau and Harbour Freight Chairman Leo Varga opened the terminal.",
     [("Harbour Freight", "organization", None, None), ("Leo Varga", "person", "Chairman", "Harbour Freight"),
      ("Ruth Kamau", "person", "Minister of Ports", None)],
     []),
    ("Secretary for Transport Ruth Kamau and Eastern Rail Chief Executive Leo Varga toured the depot.",
     [("Eastern Rail", "organization", None, None), ("Leo Varga", "person", "Chief Executive", "Eastern Rail"),
      ("Ruth Kamau", "person", "Secretary for Transport", None)],
     []),
    # a field, then a firm's name before its own post: the firm is no field
    ("Minister of Finance and Eastern Rail Chief Executive Leo Varga met on Friday.",
     [("Eastern Rail", "organization", None, None),
      ("Leo Varga", "person", "Minister of Finance and Chief Executive", "Eastern Rail")],
     []),
    # a capitalised word after the field that may open the name: no cut by position
    ("Minister of Mines Gift Tariro Chikomo said jobs would be created.",
     [("Gift Tariro Chikomo", "person", "Minister of Mines", None)],
     [("Minister of Mines Gift Tariro Chikomo", "Gift Tariro Chikomo", "said", "jobs would be created", False)]),
    # a title set off by a comma after its holder's name: the words after its field are the body's, no
    # second holder
    ("Meena Rao, convener of the Kessa Bank Thevidar Hakk Samiti, said the board had ignored warnings.",
     [("Kessa Bank Thevidar Hakk Samiti", "organization", None, None),
      ("Meena Rao", "person", "convener", "Kessa Bank Thevidar Hakk Samiti")],
     [("Meena Rao", "Meena Rao", "said",
       "the board had ignored warnings", False)]),
]

# NEGATIVE (review of session 32): no post read by position between a place's or body's name and a
# person's name ('<X> County <Word> <Name>'); the output stays the session's start's.
NO_POST_BY_POSITION = [
    ("Dunmore County Summer Rosa Bell said the show would go ahead.",
     [("Dunmore County Summer Rosa Bell", "organization", None, None)],
     [("Dunmore County Summer Rosa Bell", "Dunmore County Summer Rosa Bell", "said", "the show would go ahead", False)]),
    ("Dunmore Steel Foreman Carl Ness said the yard would shut.",
     [("Dunmore Steel Foreman Carl Ness", "person", None, None)],
     [("Dunmore Steel Foreman Carl Ness", "Dunmore Steel Foreman Carl Ness", "said", "the yard would shut", False)]),
    ("Tickets for the Lyle Festival Tribute Dolly Parton Night sold out.", [], []),
    ("Lyle Festival Headliner Ivy Moss said the parade would start late.",
     [("Lyle Festival Headliner Ivy Moss", "organization", None, None)],
     [("Lyle Festival Headliner Ivy Moss", "Lyle Festival Headliner Ivy Moss", "said", "the parade would start late", False)]),
]


# A body's name the recogniser closed on its head word before 'of <place>' runs on to the post and
# the holder's name after it: the body whole, the post by position.
BODIES_BEFORE_A_POST = [
    ("And Cotton Ginners Association of Malawi chairperson Kofi Ampah said the price was too low.",
     [("Cotton Ginners Association of Malawi", "organization", None, None),
      ("Kofi Ampah", "person", "chairperson", "Cotton Ginners Association of Malawi")],
     [("Cotton Ginners Association of Malawi chairperson Kofi Ampah", "Kofi Ampah", "said", "the price was too low", False)]),
    ("Fishing Cooperatives Union of Tonga secretary Sione Fifita said catches had fallen.",
     [("Fishing Cooperatives Union of Tonga", "organization", None, None),
      ("Sione Fifita", "person", "secretary", "Fishing Cooperatives Union of Tonga")],
     [("Fishing Cooperatives Union of Tonga secretary Sione Fifita", "Sione Fifita", "said", "catches had fallen", False)]),
    # in an agent phrase, two post words, the statement in a relative clause
    ("The plan was backed by Dairy Farmers Federation of Kenya chief executive Wanjiku Mwangi, who said milk prices had collapsed.",
     [("Dairy Farmers Federation of Kenya", "organization", None, None),
      ("Wanjiku Mwangi", "person", "chief executive", "Dairy Farmers Federation of Kenya")],
     [("Dairy Farmers Federation of Kenya chief executive Wanjiku Mwangi", "Wanjiku Mwangi", "said",
       "milk prices had collapsed", False)]),
    # NEGATIVE: no post and name after the place
    ("Members of the Tenants Association of Dunmore voted to strike.",
     [("Tenants Association of Dunmore", "organization", None, None)],
     []),
    ("The Harbour Union of Kessa said wages were too low.",
     [("Harbour Union of Kessa", "organization", None, None)],
     [("The Harbour Union of Kessa", "Harbour Union of Kessa", "said", "wages were too low", False)]),
    # NEGATIVE: a post but no name: no holder to read the post of
    ("A Boatmen Union of Lagos spokesman said the jetty was unsafe.",
     [],
     [("A Boatmen Union of Lagos spokesman", None, "said", "the jetty was unsafe", False)]),
]


# A post written without 'of' (session 35): '<Title> <Field> <Place>, <Style> <Name>,' as South Asian and
# African papers write it; the field and the place it serves are the post's words, no page, and the
# holder set off after it speaks (the parser may hang the name on the post as a conjunct).
POSTS_WITHOUT_OF = [
    ("Director Health Services Nakuru, Dr Omar Lindqvist, said the wards were short of staff.",
     [("Omar Lindqvist", "person", None, None)],
     [("Director Health Services Nakuru", "Omar Lindqvist", "said", "the wards were short of staff", False)]),
    # the place outside the recogniser's entity of the field; the holder set off after it speaks
    ("Director Public Works Nakuru, Mr Tom Reedman, said the bridge would open.",
     [("Tom Reedman", "person", None, None)],
     [("Director Public Works Nakuru", "Tom Reedman", "said", "the bridge would open", False)]),
    ("Director Housing Services Lagos, Mrs Adaeze Okafor, said the estate would be finished.",
     [("Adaeze Okafor", "person", None, None)],
     [("Director Housing Services Lagos", "Adaeze Okafor", "said", "the estate would be finished", False)]),
    ("Asked about the tender on Tuesday, Director Housing Services Accra, Mrs Efua Boateng Asante, replied that no bid had been opened.",
     [("Efua Boateng Asante", "person", None, None)],
     [("Director Housing Services Accra", "Efua Boateng Asante", "replied", "no bid had been opened", False)]),
    # NEGATIVE (review F4): a word the gazetteer lacks after the field may be the employer, no place:
    # the start's reading stays (the false page is a known miss; the statement is not left unattributed)
    ("Director Marketing Safaricom, Ms Wanjiru Kamau, said sales rose.",
     [("Marketing Safaricom", "person", "Director", None), ("Wanjiru Kamau", "person", None, None)],
     [("Director Marketing Safaricom", "Marketing Safaricom", "said", "sales rose", False)]),
    # known miss: the field's own last word closing the post ('Protection') is no place the gazetteer
    # knows, so the field stays a false page; the holder should speak
    pytest.param("Secretary Environment Protection, Ann Lowe, said the permits were issued.",
                 [("Ann Lowe", "person", None, None)],
                 [("Secretary Environment Protection", "Ann Lowe", "said", "the permits were issued", False)],
                 marks=pytest.mark.xfail(strict=True, reason="known miss: a post closed by its field's own word, no place, is not read")),
    # NEGATIVE (review F1-F3): a surname after a one-word style, set off before a titled name, is a
    # person's (no post's place): his page stays, the aide is his, the titled speaker speaks
    ("The aide to Senator Mensah, Mr Tom Reedman, said the bill would pass.",
     [("Mensah", "person", "Senator", None), ("Tom Reedman", "person", "aide", "Mensah")],
     [("The aide", "Tom Reedman", "said", "the bill would pass", False)]),
    ("A spokesman for President Okafor, Mr Tom Reedman, said the visit was cancelled.",
     [("Okafor", "person", "President", None), ("Tom Reedman", "person", "spokesman", "Okafor")],
     [("A spokesman for President Okafor, Mr Tom Reedman", "Tom Reedman", "said", "the visit was cancelled", False)]),
    ("Mayor Okafor, Dr Femi Bello, said the clinic would open.",
     [("Femi Bello", "person", None, None), ("Okafor", "person", "Mayor", None)],
     [("Mayor Okafor", "Okafor", "said", "the clinic would open", False)]),
    # NEGATIVE: a surname after a title set off before a list of people, or before another's possessive
    ("Inspector Okafor, Dr Ann Lowe, and Mr Tom Hale attended the meeting.",
     [("Ann Lowe", "person", None, None), ("Okafor", "person", "Inspector", None), ("Tom Hale", "person", None, None)],
     []),
    ("Detective Inspector Okafor, Dr Ann Lowe's colleague, said the case was closed.",
     [("Ann Lowe", "person", None, None), ("Okafor", "person", "Detective Inspector", None)],
     [("Detective Inspector Okafor", "Okafor", "said", "the case was closed", False)]),
    # NEGATIVE: two speakers joined by 'and' stay two
    ("Tom Reed and Ann Lowe said the plan was fair.",
     [("Ann Lowe", "person", None, None), ("Tom Reed", "person", None, None)],
     [("Tom Reed", "Tom Reed", "said", "the plan was fair", False), ("Ann Lowe", "Ann Lowe", "said", "the plan was fair", False)]),
]


@pytest.mark.parametrize("text, actors, positions", ROWS + SIDE_BY_SIDE + NO_POST_BY_POSITION + BODIES_BEFORE_A_POST
                         + POSTS_WITHOUT_OF)
def test_a_title_of_a_field_before_a_name(text, actors, positions):
    assert (named_actor_records(text), positions_of(text)) == (actors, positions)


# The function's near-misses: no place after the field (a firm may be so named), a word the gazetteer lacks, no name set off after
# the post, a body's head word in the field.
FIELD_ENTITIES = [
    ("Director Health Services Nakuru, Dr Omar Lindqvist, said it.", "Health Services Nakuru", True),
    ("Director Marketing Safaricom, Ms Wanjiru Kamau, said it.", "Marketing Safaricom", False),
    ("Director Harbour Energy, Tom Reed, said the rig was safe.", "Harbour Energy", False),
    ("Director Health Services Nakuru said the posts were vacant.", "Health Services", False),
    ("Chairman Harbour Services Board Nakuru, Tom Reed, said it.", "Harbour Services Board", False),
]


@pytest.mark.parametrize("text, words, expected", FIELD_ENTITIES)
def test_a_field_of_a_post_written_without_of(text, words, expected):
    from generator.extract.actor_names import _a_titles_field_written_without_of
    from generator.extract.parse import parse_text
    doc = parse_text(text, "test").sentences[0].doc
    start = next(t.i for t in doc if t.text == words.split()[0])
    ent = doc[start:start + len(words.split())]
    assert _a_titles_field_written_without_of(ent) is expected
