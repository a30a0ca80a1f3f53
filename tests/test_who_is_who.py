"""Who is who: one actor per real-world actor across articles, and nothing that is no actor.
Every sentence here is written for the tests."""
from __future__ import annotations

import pytest

from conftest import extract, actor_records as records
from generator.resolve import resolve
from generator.names import canonical


def briefing(*articles: tuple[str, str | None]):
    """Resolve articles given as (text, date); article IDs art-0, art-1, … in order."""
    extractions = [extract(text, f"art-{n}") for n, (text, _) in enumerate(articles)]
    return resolve(extractions, dates={f"art-{n}": date for n, (_, date) in enumerate(articles)}).actors


def people_and_bodies(actors) -> list[tuple[str, str, list[str]]]:
    return sorted((a.name, a.type, a.articles) for a in actors if a.type != "group")


# ---- merging across articles ---------------------------------------------------------------

MERGES = [
    # a standard pet form of the given name is the same person
    ([("Joe Grant said the wall would rise.", None), ("Joseph R. Grant said the wall would be paid for.", None)],
     [("Joseph R. Grant", "person", ["art-0", "art-1"])]),
    # two appeals courts are two bodies
    ([("The Canadian Court of Appeal for the Second Circuit threw out the law.", None),
      ("The Canadian Court of Appeal for the Sixth Circuit let the law stand.", None)],
     [("Canadian Court of Appeal for the Second Circuit", "organization", ["art-0"]),
      ("Canadian Court of Appeal for the Sixth Circuit", "organization", ["art-1"])]),
    # a pet form that belongs to several given names joins no one ('Jerry': Gerald or Jerome)
    ([("Jerry Vance said the dam would hold.", None), ("Gerald Vance, a farmer in Kent, said the dam leaked.", None)],
     [("Gerald Vance", "person", ["art-1"]), ("Jerry Vance", "person", ["art-0"])]),
    ([("Steve Kirby said the port would open.", None), ("Stephen Kirby said the port was shut.", None)],
     [("Stephen Kirby", "person", ["art-1"]), ("Steve Kirby", "person", ["art-0"])]),
    # an unambiguous one still joins
    ([("Bob Hollis said the dam would hold.", None), ("Robert J. Hollis said the dam leaked.", None)],
     [("Robert J. Hollis", "person", ["art-0", "art-1"])]),
    # the same full name up to a middle initial is one person
    ([("Donald J. Grant said the wall would rise.", None),
      ("Donald Grant said the wall would be paid for.", None)],
     [("Donald J. Grant", "person", ["art-0", "art-1"])]),
    # bodies that share initials are not one body
    ([("The Conservative Party said taxes would fall.", None),
      ("The Carolina Panthers said the game was sold out.", None)],
     [("Carolina Panthers", "organization", ["art-1"]), ("Conservative Party", "organization", ["art-0"])]),
    # an acronym an article defines names that body in an article that uses it bare
    ([("The Kurdistan Workers' Party (PKK) said it would fight on.", None),
      ("The PKK said the ceasefire was over.", None)],
     [("Kurdistan Workers' Party", "organization", ["art-0", "art-1"])]),
    # an acronym one article defines for a law names that law there: never another article's body
    ([("The Delta Media Association (DMA) said fees would rise.", None),
      ("Pixo breached the Digital Media Act (DMA), the regulator said. Under the DMA, fines can reach 6%.", None)],
     [("Delta Media Association", "organization", ["art-0"])]),
    ([("The Rivers Protection Board (RPB) said the banks would hold.", None),
      ("MPs passed the Rivers Protection Bill (RPB). The RPB sets new limits on dumping, Ann Lowe said.", None)],
     [("Ann Lowe", "person", ["art-1"]), ("Rivers Protection Board", "organization", ["art-0"])]),
    ([("The Institute for Soil and Irrigation Studies (ISIS) said the crop failed.", None),
      ("ISIS claimed the attack on the market.", None)],
     [("Institute for Soil and Irrigation Studies", "organization", ["art-0"]),
      ("Islamic State", "organization", ["art-1"])]),
    # a surname alone is the one person of that surname the corpus names in full
    ([("Prime Minister Anna Berg said the tax would fall.", None),
      ("Berg said the budget was fair.", None)],
     [("Anna Berg", "person", ["art-0", "art-1"])]),
    # and nobody when two people share it
    ([("Mary Holm, a lawyer, said the ruling was wrong.", None),
      ("John Holm, a farmer, said the rain came too late.", None),
      ("Holm said the court had erred.", None)],
     [("Holm", "person", ["art-2"]), ("John Holm", "person", ["art-1"]), ("Mary Holm", "person", ["art-0"])]),
    # a generic institution is one body only within one country
    ([("Congress passed the budget. Canada welcomed the vote and Canada said more.", None),
      ("Congress rejected the bill. Brazil said it regretted the vote, and Brazil said no more.", None)],
     [("Brazil", "country", ["art-1"]), ("Canada", "country", ["art-0"]),
      ("Congress", "organization", ["art-0"]), ("Congress", "organization", ["art-1"])]),
    # one that no article ties to an owner is the one owner's of the other articles, where its article leads with that owner
    ([("Congress passed the budget. Canada welcomed the vote and Canada said more.", None),
      ("Congress rejected the bill, Canada said. Canada and Brazil will talk again.", None)],
     [("Brazil", "country", ["art-1"]), ("Canada", "country", ["art-0", "art-1"]),
      ("Congress", "organization", ["art-0", "art-1"])]),
    # but not where its article names another state far more: which one's is unsure
    ([("Congress passed the budget. Canada welcomed the vote and Canada said more.", None),
      ("Congress rejected the bill, Brazil said. Brazil and Canada will talk, Brazil said.", None)],
     [("Brazil", "country", ["art-1"]), ("Canada", "country", ["art-0", "art-1"]),
      ("Congress", "organization", ["art-0"]), ("Congress", "organization", ["art-1"])]),
    # nor where it leads with another state that it names more ('Parliament' in a story about Peru)
    ([("Parliament passed the budget. Canada welcomed the vote and Canada said more.", None),
      ("Parliament rejected the bill. Peru said so, Canada objected and Peru said no more.", None)],
     [("Canada", "country", ["art-0", "art-1"]), ("Parliament", "organization", ["art-0"]),
      ("Parliament", "organization", ["art-1"]), ("Peru", "country", ["art-1"])]),
    # and two that no article ties to an owner never join each other
    ([("Parliament rejected the bill on Monday.", None), ("Parliament passed the budget on Friday.", None)],
     [("Parliament", "organization", ["art-0"]), ("Parliament", "organization", ["art-1"])]),
    # two bare ones whose articles both lead with the same state are that state's one body
    ([("The Justice Department said the inquiry was closed. Canada said more and Canada agreed.", None),
      ("The Justice Department said the case was open. Canada objected, Canada said.", None)],
     [("Canada", "country", ["art-0", "art-1"]), ("Justice Department", "organization", ["art-0", "art-1"])]),
    # a department named by its portfolio first or with 'of' is one department
    ([("The U.S. State Department said the visas were issued.", None),
      ("Visas were void, said a United States Department of State notice.", None)],
     [("United States Department of State", "organization", ["art-0", "art-1"])]),   # the country only in its name: no page
    # a guessed owner (the article's main country) gives way to the one owner other articles state
    ([("The Department of Defense said the strike was lawful. Britain said so, Britain agreed, and the United States said more.", None),
      ("Strikes were lawful, a United States Department of Defense statement said.", None)],
     [("United Kingdom", "country", ["art-0"]), ("United States", "country", ["art-0", "art-1"]),
      ("United States Department of Defense", "organization", ["art-0", "art-1"])]),
    # 'the House' is its state's lower house: one body within one country
    ([("The House passed the budget. Canada welcomed the vote and Canada said more.", None),
      ("The House rejected the bill, Canada said. Canada and Brazil will talk again.", None)],
     [("Brazil", "country", ["art-1"]), ("Canada", "country", ["art-0", "art-1"]),
      ("House", "organization", ["art-0", "art-1"])]),
    # but not where that owner is not named there
    ([("Congress passed the budget. Canada welcomed the vote and Canada said more.", None),
      ("Congress rejected the bill, Brazil and Peru said.", None)],
     [("Brazil", "country", ["art-1"]), ("Canada", "country", ["art-0"]), ("Congress", "organization", ["art-0"]),
      ("Congress", "organization", ["art-1"]), ("Peru", "country", ["art-1"])]),
    # one article's department written three ways is one body; another state's treasury stays apart
    ([("The US Treasury said the bonds were safe. The Treasury Department said it would sell them.", None),
      ("The British Treasury said the pound was safe. Britain said no more.", None)],
     [("British Treasury", "organization", ["art-1"]), ("US Treasury", "organization", ["art-0"]),
      ("United Kingdom", "country", ["art-1"])]),         # (the US: only inside its body's name)
    # two departments of one state are two bodies, whatever short forms the articles use
    ([("The Justice Department said the inquiry was closed. The United States said no more.", None),
      ("The State Department said the visas were issued. The Department said the United States agreed.", None)],
     [("Justice Department", "organization", ["art-0"]),
      ("State Department", "organization", ["art-1"]), ("United States", "country", ["art-0", "art-1"])]),
    # a party named by its family alone is one per state: Germany's Greens are not America's
    ([("The Green Party said the coal plants must close. Germany said more and Germany agreed.", None),
      ("The Green Party said the pipeline must stop. The United States said no and the United States agreed.", None)],
     [("Germany", "country", ["art-0"]), ("Green Party", "organization", ["art-0"]),
      ("Green Party", "organization", ["art-1"]), ("United States", "country", ["art-1"])]),
    ([("The Green Party said the coal plants must close. Germany said more and Germany agreed.", None),
      ("The Green Party said the pipeline must stop. Germany said no and Germany agreed.", None)],
     [("Germany", "country", ["art-0", "art-1"]), ("Green Party", "organization", ["art-0", "art-1"])]),
    # a state's own Security Council is not the United Nations' one
    ([("Russia's Security Council said the border was closed. Russia said more.", None),
      ("The UN Security Council said the border was open.", None)],
     [("Russia", "country", ["art-0"]), ("Security Council", "organization", ["art-0"]),
      ("United Nations Security Council", "organization", ["art-1"])]),
    # the same institution named with its country and without it, in an article about that country
    ([("Strikes were lawful, a United States Department of Defense statement said.", None),
      ("The Department of Defense said the strike was lawful. The United States said it would respond. The United States sent ships.", None)],
     [("United States", "country", ["art-0", "art-1"]),
      ("United States Department of Defense", "organization", ["art-0", "art-1"])]),
    # a broadcaster's initials and 'News' are its news service, that broadcaster
    ([("The XBC said the port would close.", None), ("XBC News reported that the port would close.", None)],
     [("XBC", "organization", ["art-0", "art-1"])]),
    # not a word's ('Fox News' may be another body than a 'Fox'), nor a country's initials
    ([("Fox said the port would close.", None), ("Fox News reported that the port would close.", None)],
     [("Fox", "organization", ["art-0"]), ("Fox News", "organization", ["art-1"])]),
    ([("Tom Reed said the UK would close the port.", None), ("The port would close, UK News reported.", None)],
     [("Tom Reed", "person", ["art-0"]), ("UK News", "organization", ["art-1"]), ("United Kingdom", "country", ["art-0"])]),
    # a company's legal form may be left out in another article, but another body of the same
    # first words stays apart
    ([("Corlan Motors AG said sales rose.", None), ("Corlan Motors Group said its sales fell.", None)],
     [("Corlan Motors AG", "organization", ["art-0"]), ("Corlan Motors Group", "organization", ["art-1"])]),
    ([("Tessaro Motors Ltd said profit rose.", None), ("Tessaro Motors said it would cut 200 jobs.", None)],
     [("Tessaro Motors Ltd", "organization", ["art-0", "art-1"])]),
    # a well-known party's name is that party wherever its article points to its state, or to none
    ([("The Conservatives won the seat, Tom Reed said.", None), ("The Conservatives said taxes must fall, Ann Lowe said.", None)],
     [("Ann Lowe", "person", ["art-1"]), ("Conservative Party", "organization", ["art-0", "art-1"]), ("Tom Reed", "person", ["art-0"])]),
    ([("Labour won the seat, Tom Reed said.", None),
      ("Britain and France signed the deal. France will pay. Labour said it would vote against it.", None)],
     [("France", "country", ["art-1"]), ("Labour", "organization", ["art-0", "art-1"]), ("Tom Reed", "person", ["art-0"]),
      ("United Kingdom", "country", ["art-1"])]),
    ([("The Republicans won the seat in Ohio, Tom Reed said.", None),
      ("Germany said so. Germany will pay. The Republicans in Congress opposed it, Eva Berg said.", None)],
     [("Congress", "organization", ["art-1"]), ("Eva Berg", "person", ["art-1"]), ("Germany", "country", ["art-1"]),
      ("Republican Party", "organization", ["art-0", "art-1"]), ("Tom Reed", "person", ["art-0"])]),
    ([("The Liberal Democrats won the seat, Tom Reed said.", None),
      ("Britain will pay, the Liberal Democrats said. Germany said so too.", None)],
     [("Germany", "country", ["art-1"]), ("Liberal Democrats", "organization", ["art-0", "art-1"]), ("Tom Reed", "person", ["art-0"]),
      ("United Kingdom", "country", ["art-1"])]),
    ([("Labour won the seat in Leeds, Tom Reed said.", None), ("British ministers met in Paris. Labour said France would pay.", None)],
     [("France", "country", ["art-1"]), ("Labour", "organization", ["art-0", "art-1"]), ("Tom Reed", "person", ["art-0"]),
      ("United Kingdom", "country", ["art-1"])]),
    # in an article that points to other states only, it is their same-named party
    ([("The Conservatives won the seat, Tom Reed said.", None),
      ("Canada will hold an election. Canada's economy slowed, and the Conservatives said taxes must fall.", None)],
     [("Canada", "country", ["art-1"]), ("Conservative Party", "organization", ["art-0"]),
      ("Conservative Party", "organization", ["art-1"]), ("Tom Reed", "person", ["art-0"])]),
    ([("Labour won the seat, Tom Reed said.", None),
      ("New Zealand Prime Minister Ann Lowe of Labour said New Zealand would pay. New Zealand voted.", None)],
     [("Ann Lowe", "person", ["art-1"]), ("Labour", "organization", ["art-0"]), ("Labour", "organization", ["art-1"]),
      ("New Zealand", "country", ["art-1"]), ("Tom Reed", "person", ["art-0"])]),
    ([("The Tories lost the seat, Tom Reed said.", None), ("Norway's Conservative Party said Norway would cut taxes.", None)],
     [("Conservative Party", "organization", ["art-0"]), ("Conservative Party", "organization", ["art-1"]),
      ("Norway", "country", ["art-1"]), ("Tom Reed", "person", ["art-0"])]),
    ([("Labour won the seat, Tom Reed said.", None),
      ("Ireland's Labour Party said the Irish government had failed. Ireland voted.", None)],
     [("Ireland", "country", ["art-1"]), ("Labour", "organization", ["art-0"]), ("Labour", "organization", ["art-1"]),
      ("Tom Reed", "person", ["art-0"])]),
    # a region of the party's own state, or several states the article leads with, keep it that party
    ([("Labour won the seat, Tom Reed said.", None),
      ("Labour said Scotland would vote. Scotland will pay. France said so.", None)],
     [("France", "country", ["art-1"]), ("Labour", "organization", ["art-0", "art-1"]), ("Scotland", "country", ["art-1"]),
      ("Tom Reed", "person", ["art-0"])]),
    ([("Labour won the seat, Tom Reed said.", None),
      ("Norway met France. Norway will fish. France will fish. Labour said the talks had failed.", None)],
     [("France", "country", ["art-1"]), ("Labour", "organization", ["art-0", "art-1"]), ("Norway", "country", ["art-1"]),
      ("Tom Reed", "person", ["art-0"])]),
]


@pytest.mark.parametrize("articles, expected", MERGES)
def test_actors_join_only_on_evidence_that_holds_across_articles(articles, expected):
    assert people_and_bodies(briefing(*articles)) == expected


def test_a_surname_taken_for_a_body_is_the_one_person_of_that_surname():
    """'the bidding of Berg' read as an organisation is Anna Berg where the briefing names
    no other Berg in full; a known body's name or a body word stays a body."""
    from generator.model import ArticleExtraction, Mention

    def article(n, *mentions):
        return ArticleExtraction(article=f"art-{n}", sentences=["x"], paragraphs=[0], mentions=list(mentions),
                                 positions=[], figures=[])
    actors = resolve([article(0, Mention(key="Anna Berg", name="Anna Berg", type="person"),
                              Mention(key="Tom Council", name="Tom Council", type="person")),
                      article(1, Mention(key="Berg", name="Berg", type="organization"),
                              Mention(key="Council", name="Council", type="organization"))]).actors
    assert sorted((a.name, a.type, a.articles) for a in actors) == [
        ("Anna Berg", "person", ["art-0", "art-1"]), ("Council", "organization", ["art-1"]),
        ("Tom Council", "person", ["art-0"])]


def test_a_name_unlike_a_persons_is_a_person_only_with_some_evidence():
    """'Haghia Sophia' taken for a person (no given name, no role, title, short form or
    statement) is dropped; 'Tom Reed' and 'Abdul Vadut' with a short form stay."""
    from generator.model import ArticleExtraction, Mention
    extraction = ArticleExtraction(
        article="art-0", sentences=["x"], paragraphs=[0], positions=[], figures=[],
        mentions=[Mention(key="Haghia Sophia", name="Haghia Sophia", type="person"),
                  Mention(key="provincial governor", name="provincial governor", type="person"),
                  Mention(key="Tom Reed", name="Tom Reed", type="person"),
                  Mention(key="Abdul Vadut", name="Abdul Vadut", type="person", aliases=["Vadut"])])
    assert [a.name for a in resolve([extraction]).actors] == ["Abdul Vadut", "Tom Reed"]


def test_a_name_is_one_type_everywhere():
    actors = briefing(("First Minister Moira Dunn said the vote was clear.", None),
                      ("Moira Dunn said Scotland would decide.", None),
                      ("Moira Dunn said the result stood.", None))
    assert [(a.name, a.type) for a in actors if a.name == "Moira Dunn"] == [("Moira Dunn", "person")]


def test_roles_over_time_the_latest_is_the_role():
    actors = briefing(("President Tom Reed said the talks had failed.", "2019-05-02"),
                      ("Republican candidate Tom Reed said the wall would rise.", "2016-03-01"))
    reed = next(a for a in actors if a.name == "Tom Reed")
    assert (reed.role, reed.roles) == ("President", [
        {"role": "candidate", "article": "art-1", "date": "2016-03-01"},
        {"role": "President", "article": "art-0", "date": "2019-05-02"}])


def test_a_bodys_roles_over_time_each_with_its_article():
    actors = briefing(("Velt Credit Ltd, the region's largest lender, said rates would rise.", "2024-06-11"),
                      ("Velt Credit Ltd, a small cooperative lender, said deposits fell.", "2015-02-03"))
    velt = next(a for a in actors if a.name == "Velt Credit Ltd")
    assert (velt.role, velt.roles) == ("largest lender", [
        {"role": "small cooperative lender", "article": "art-1", "date": "2015-02-03"},
        {"role": "largest lender", "article": "art-0", "date": "2024-06-11"}])


def test_a_bare_title_of_address_gives_way_to_the_full_title_stated_elsewhere():
    actors = briefing(("Former Secretary of State Ann Lowe said the talks had failed.", None),
                      ("Voters should know Secretary Lowe's record, Tom Reed said.", None),
                      ("Secretary Mark Dunn said the port was shut.", None))
    lowe = next(a for a in actors if a.name == "Ann Lowe")
    dunn = next(a for a in actors if a.name == "Mark Dunn")
    assert (lowe.role, lowe.articles, lowe.roles) == ("Former Secretary of State", ["art-0", "art-1"], [
        {"role": "Former Secretary of State", "article": "art-0", "date": None}])
    assert (dunn.role, dunn.roles) == ("Secretary", [{"role": "Secretary", "article": "art-2", "date": None}])


def test_an_article_gives_a_role_once_however_many_of_its_names_join():
    from generator.model import ArticleExtraction, Mention
    extraction = ArticleExtraction(
        article="art-0", sentences=["x"], paragraphs=[0], positions=[], figures=[],
        mentions=[Mention(key="Donald J. Grant", name="Donald J. Grant", type="person", role="President"),
                  Mention(key="Donald Grant", name="Donald Grant", type="person", role="President")])
    grant, = resolve([extraction], dates={"art-0": "2019-05-02"}).actors
    assert (grant.name, grant.role, grant.roles) == (
        "Donald J. Grant", "President", [{"role": "President", "article": "art-0", "date": "2019-05-02"}])


def test_a_stated_affiliation_outweighs_the_articles_main_country():
    actors = briefing(
        ("Norway said the deal was fair. Norway signed it. Foreign Minister Ann Lowe said the deal was good.", None),
        ("Ann Lowe, the Liberal Party's foreign minister, said the vote would be close.", None))
    lowe = next(a for a in actors if a.name == "Ann Lowe")
    by_id = {a.id: a.name for a in actors}
    assert by_id[lowe.affiliation] == "Liberal Party"


def test_guesses_that_disagree_across_articles_give_no_affiliation():
    actors = briefing(
        ("Norway signed the deal. Norway will pay. Foreign Minister Ann Lowe said it was fair.", None),
        ("Sweden signed the deal. Sweden will pay. Foreign Minister Ann Lowe said it was fair.", None))
    lowe = next(a for a in actors if a.name == "Ann Lowe")
    assert (lowe.role, lowe.affiliation) == ("Foreign Minister", None)


def test_a_state_office_held_for_a_person_is_the_persons_states():
    actors = briefing(
        ("U.S. President Donald Grant said the war was over. Tom Reed, Grant's special envoy to the region, said it was not.", None),
        ("Ann Lowe, Grant's campaign spokeswoman, said so. Grant agreed.", None),
        # a secretary held for a person is a private post, not a state office
        ("Eva Berg, Grant's personal secretary, said so. Grant agreed.", None),
        ("Mark Stone, Grant's campaign press secretary, said so. Grant agreed.", None),
        ("U.S. President Donald Grant said the war was over. Eva Dunn, Grant's former special envoy, said it was not.", None))
    assert sorted((a.name, a.role, a.affiliation) for a in actors if a.type == "person") == [
        ("Ann Lowe", "campaign spokeswoman", "donald-grant"),
        ("Donald Grant", "President", "united-states"),
        ("Eva Berg", "personal secretary", "donald-grant"),
        ("Eva Dunn", "former special envoy", "united-states"),
        ("Mark Stone", "campaign press secretary", "donald-grant"),
        ("Tom Reed", "special envoy", "united-states")]


# ---- what is no actor ----------------------------------------------------------------------

NO_ACTORS = [
    # photo credits and wire bylines
    ("Thousands marched through the city on Saturday.\n\nProtesters at the march. Image: Jane Roe.", []),
    ("Tom Reed said the port would reopen.\n\n(Reporting by Ann Lowe; Editing by Sam Hollis)", [("Tom Reed", "person")]),
    # a headline in title case names only what the body names
    ("Reed Stands Tall On Border Wall\n\nTom Reed said the wall would rise.", [("Tom Reed", "person")]),
    ("Tom Reed said the wall would rise.\n\nREED FOCUSED\n\nHe said so again.", [("Tom Reed", "person")]),
    # a dateline in capitals is not part of the name
    ("BERLIN — Angela Reed said the plan had failed on Monday.", [("Angela Reed", "person")]),
    # places that only serve as locations
    ("Five people died in Chippewa Falls, Wisconsin, on Sunday.", []),
    ("The terminals are in Damietta and Idku.", []),
    ("Both blasts happened on Ivan Petrov Avenue, police said.", []),
    ("The gunman opened fire near the Cielo Vista Mall on Saturday.", []),
    ("Floods displaced 9,000 people in low-lying areas of Vell Nagar, Oruppa and Kessapally.", []),
    ("Lerato Dube said two clinics had closed in the worst-hit districts of Marevo and Tindale.", [("Lerato Dube", "person")]),
    ("He said flooding had displaced around 9,000 people in low-lying areas of KR Halli, Korpet and Vennapally.", []),
    # NEGATIVE: a place that acts stays
    ("Kessapally Council said the areas of Vell Nagar would get water first.", [("Kessapally Council", "organization")]),
    # reporters credited at the end are no actors; a cause that 'contributed' is no credit
    ("Tom Reed said the port would reopen.\n\nAnn Lowe contributed.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nAnn Lowe and Sam Hollis contributed reporting.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nAnn Lowe contributed to this report from Oslo.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\n--additional reporting from Ann Lowe.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nAdditional reporting by Ann Lowe.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen after reporting from Ann Lowe.", [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ("Ann Lowe contributed to the fall of the government, Tom Reed said.", [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    # capitals written as an office, set beside the holder's name or a member's title: no body
    ("But the city's MMC for health, Lerato Dube, said the council could not pay.", [("Lerato Dube", "person")]),
    ("Spokesperson Ama Sithole said the MEC had met both parties.", [("Ama Sithole", "person")]),
    # NEGATIVE: capitals after 'the' that no person's name stands beside are a body's
    ("The KTU said the strike would go on, Ama Sithole said.", [("Ama Sithole", "person"), ("KTU", "organization")]),
    # the credit may name the outlet's reporter by its possessive: neither is an actor
    ("Tom Reed said the port would reopen.\n\nHarbour Radio's Ann Lowe contributed to this report.", [("Tom Reed", "person")]),
    ("Harbour Radio's chief contributed to the fall of the board, Tom Reed said.",
     [("Harbour Radio", "organization"), ("Tom Reed", "person")]),
    # a subheading run into its paragraph before a colon names only what the body names
    ("Tom Reed said the port would reopen.\n\nHarbour Board Blocks New Plans: The board met on Monday.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nReed Blocks New Plans: He met the board on Monday.", [("Tom Reed", "person")]),
    # titles of programmes: quoted, or a name that only modifies "programme"
    ('Speaking on the show "Coffee and Kettles," Tom Reed said the plan would fail.', [("Tom Reed", "person")]),
    ("Tom Reed told the BBC's Morning Table programme what was needed.", [("BBC", "organization"), ("Tom Reed", "person")]),
    # a broadcaster's channel named only where words went out; a name in the programme's title
    ("Tom Reed told XBC Radio 5's Morning Table programme that the plan was dead.", [("Tom Reed", "person")]),
    ("Lord Hale told XBC Two's Nightline that he agreed.", [("Lord Hale", "person")]),
    ('Ann Lowe told XBC Radio\'s Drive with Sam Hollis: "I will not resign."', [("Ann Lowe", "person")]),
    ("Speaking on XBC Radio 5, Tom Reed said the talks were over.", [("Tom Reed", "person")]),
    ("Tom Reed told UK Harbour News's weekly video series that the talks were over.",
     [("Tom Reed", "person"), ("UK Harbour News", "organization")]),
    # a university named only where a gathering is held; its members' university stays
    ("Voters expect Ann Lowe to win Monday's debate at Corran University.", [("Ann Lowe", "person")]),
    ("Ann Lowe, who teaches at Corran College, said the test was flawed.",
     [("Ann Lowe", "person"), ("Corran College", "organization")]),
    # the author's note at the foot of an article, and a byline, name no actor of the story
    ("Tom Reed said the port would reopen.\n\nAnn Lowe is the harbour columnist for Harbour News and an analyst for "
     "Harbour Radio. Follow her on Twitter: @annlowe. Reach her at ann@harbour.test.", [("Tom Reed", "person")]),
    ("Tom Reed said Harbour News was wrong.\n\nAnn Lowe writes for Harbour News. Follow her on Twitter.",
     [("Harbour News", "organization"), ("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nAnn Lowe can be reached at ann.lowe@harbour.test.", [("Tom Reed", "person")]),
    # NEGATIVE: one the story names elsewhere stays, whatever the note says
    ("Ann Lowe, a port worker, said the port would reopen.\n\nAnn Lowe can be reached at ann.lowe@harbour.test.",
     [("Ann Lowe", "person")]),
    # session 42: a last paragraph of nothing but a name and its contact signs the story
    ("Tom Reed said the port would reopen.\n\nAnn Lowe: alowe@harbour.test", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nAnn Lowe | alowe@harbour.test", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nDana Holt-Mercer, dholt@harbour.test.", [("Tom Reed", "person")]),
    # session 50: a last paragraph that opens on a contact verb, a name and the contact after 'at'/'on'/'via'
    ("Tom Reed said the port would reopen.\n\nMessage the Wellmouth Courier's court reporter, Ann Lowe, via "
     "alowe@courier.test.", [("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nEmail reporter Ann Lowe at alowe@harbour.test or follow her on X.",
     [("Tom Reed", "person")]),
    ("Ann Lowe said the shelter was full.\n\nEmail the Orwin Gazette at desk@gazette.test with your story.",
     [("Ann Lowe", "person")]),
    ("Tom Reed said the port would reopen.\n\nReach Orwin Gazette reporter Ann Lowe on @annlowe_og.",
     [("Tom Reed", "person")]),
    # NEGATIVE: a body the story names stays; no contact verb opening the paragraph; no contact after the name
    ("Tom Reed said the Kessa Trust would cut 400 jobs.\n\nContact the Kessa Trust at help@kessatrust.test.",
     [("Kessa Trust", "organization"), ("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nThe Kessa Trust said anyone affected should contact it at "
     "help@kessatrust.test.", [("Kessa Trust", "organization"), ("Tom Reed", "person")]),
    ("Tom Reed said the port would reopen.\n\nContact tracing at the Kessa Clinic found 12 cases, Ann Lowe said.",
     [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    # NEGATIVE: no writer's noun and no outlet between the contact verb and the contact: a body the appeal is for
    ("Ann Lowe said 300 families had asked for help.\n\nContact the Harbury Food Bank at give@hfb.test to donate.",
     [("Ann Lowe", "person"), ("Harbury Food Bank", "organization")]),
    # NEGATIVE: the story names her elsewhere; a role beside the name; a word of the story before the contact
    ("Ann Lowe, a port worker, said the port would reopen.\n\nAnn Lowe: alowe@harbour.test",
     [("Ann Lowe", "person")]),
    ("Grants open in May, the council said.\n\nRhea Salk, grants manager: grants@dornal.test",
     [("Rhea Salk", "person")]),
    ("Grants open in May, the council said.\n\nTo apply, write to Rhea Salk at grants@dornal.test",
     [("Rhea Salk", "person")]),
    # NEGATIVE (review): a contact set beside a role other than a writer's is the story's
    ("Grants open in May, the council said.\n\nRhea Salk, the fund's manager at the council, can be reached at "
     "grants@dornal.test.", [("Rhea Salk", "person")]),
    # but a tip line, a speaker's handle or a contact someone gives in a story's last paragraph is no note
    ("Taxes will rise, the mayor said.\n\nTom Reed, the police chief, said the roads were shut.\n\n"
     "Ann Lowe, a council spokeswoman, said tips can be sent to news@harbour.test.", [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ("Taxes will rise, the mayor said.\n\nTom Reed, the police chief, said the roads were shut.\n\n"
     "Ann Lowe, the mayor, wrote in a post as @annlowe that taxes would rise.\n\nThe vote is on Monday.",
     [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ("Taxes will rise, the mayor said.\n\nAnn Lowe, the mayor, said the vote was on Monday. "
     "Reach her at ann@harbour.test to see the results, Tom Reed, her aide, said.", [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ("Port reopens after strike\n\nBy Ann Lowe, Associated Press\n\nSam Hollis said the port would reopen.",
     [("Sam Hollis", "person")]),
    ("Port reopens after strike\n\nBy Lin Wei-hao / Staff reporter\n\nSam Hollis said the port would reopen.",
     [("Sam Hollis", "person")]),
    ("By Wednesday, Sam Hollis said the port would reopen.", [("Sam Hollis", "person")]),
    # a byline's desk after its names (words ending on a writer's noun) is the writers' job, no body
    ("Glaciers retreat faster\n\nBy Ann Lowe, Science correspondent\n\nDr Tom Reed of the Kessa Institute said "
     "the ice was thinning.", [("Kessa Institute", "organization"), ("Tom Reed", "person")]),
    ("Port strike ends\n\nBy Sam Hollis, chief political editor\n\nThe Harbour Union said the strike was over.",
     [("Harbour Union", "organization")]),
    ("Bus fares rise\n\nBy Dana Holt and Ann Lowe, Health correspondents\n\nCouncillor Mia Ford said fares "
     "would rise.", [("Mia Ford", "person")]),
    ("Bus fares rise\n\nBy bus, the trip takes an hour, Councillor Mia Ford said.", [("Mia Ford", "person")]),
    ("Bus fares rise\n\nBy Friday, Mia Ford, a reporter, said fares would rise.", [("Mia Ford", "person")]),
    ("The merits of the QX-7 program are debated. The program, called QX-7, lets investors buy visas, Tom Reed said.",
     [("Tom Reed", "person")]),
    # an adjective made from a name is no name; a body's name that opens with a prefix is
    ("“Closing our harbour is un-American,” Tom Reed said.", [("Tom Reed", "person")]),
    ("The Anti-Defamation League said the attack was hateful.", [("Anti-Defamation League", "organization")]),
    # a name ends before 'of' and a lower-case word
    ("She was found guilty of thefts, as noted by the Associated Press of ferry tickets.", [("Associated Press", "organization")]),
    # a lower-case word is no name; a lower-case adjective is no part of one
    ("The bench divided into three liberals and three conservatives, Tom Reed said.", [("Tom Reed", "person")]),
    ("The case was filed by the federal Harbour Safety Commission in May.",
     [("Harbour Safety Commission", "organization")]),
    # laws, events and an economy are no actors
    ("Bank executives are not worried, Tom Reed said.", [("Tom Reed", "person")]),
    ("The law would change the Rural Water Supply Act of 1987, Tom Reed said.", [("Tom Reed", "person")]),
    ("The Syrian Civil War began in 2011, the United Nations said.", [("United Nations", "organization")]),
    ("Tom Reed said he would destroy the Economy of Turkey.", [("Tom Reed", "person")]),
    ('Tom Reed said the bill, called the "Harbour Safety and Fair Pay Act," had passed.', [("Tom Reed", "person")]),
    ("The Ministry of Economy said growth would slow.", [("Ministry of Economy", "organization")]),
    # a country named only as a place: a part of it, or after its town
    ("Killings go on in the Kessa region of Sudan while China backs the government.", [("China", "country")]),
    ("The summit took place in Bratislava, Slovakia, on Tuesday.", []),
    # a possessive owner is cut from the name it owns
    ("Six percent back Tom Reed and 2 percent back the Green Party's Ann Lowe.",
     [("Ann Lowe", "person"), ("Green Party", "organization"), ("Tom Reed", "person")]),
    # a building that speaks for a government is that body
    ("A spokeswoman for Downing Street said the note had been delivered.", [("Downing Street", "organization"), ("United Kingdom", "country")]),
    # a scheme, a product or a creed with no head word, and a country, that never act are no actors
    ("Tom Reed said the plan would cut Medicare and Medicaid for older voters.", [("Tom Reed", "person")]),
    ("The bill would scrap Hallcare, Tom Reed said.", [("Tom Reed", "person")]),
    ("Tom Reed sold his Nissan Vireo in April.", [("Tom Reed", "person")]),
    # a '-care' scheme that acts, a model after its year are still no actors
    ("Tom Reed said Hallcare is pushing premiums up.", [("Tom Reed", "person")]),
    ("The cost of the 2011 Nissan Vireo would climb, Tom Reed said.", [("Tom Reed", "person")]),
    ("Tom Reed spoke about the history of Islam and Christendom.", [("Tom Reed", "person")]),
    ("Tom Reed flew to Norway and Peru last week.", [("Tom Reed", "person")]),
    ("Tom Reed met the Greek prime minister in Crete and Cyprus.", [("Tom Reed", "person")]),
    # one that acts, is judged, owns, speaks through its government or issues a poll is an actor
    ("Norway voted against the plan, Tom Reed said.", [("Norway", "country"), ("Tom Reed", "person")]),
    ("Tom Reed blamed Norway for the delay.", [("Norway", "country"), ("Tom Reed", "person")]),
    ("The Norwegian government denied the report.", [("Norway", "country")]),
    ("A YouGov poll showed Tom Reed ahead.", [("Tom Reed", "person"), ("YouGov", "organization")]),
    ("Congress rejected the bill, Brazil and Peru said.", [("Brazil", "country"), ("Congress", "organization"), ("Peru", "country")]),
    # a former state is a country; a body's name ends on a role word only where no 'of' comes before it
    ("The Soviet Union sent troops to Kabul in 1979.", [("Soviet Union", "country")]),
    ("Tom Reed moved to Ohio after the breakup of the Soviet Union.", [("Tom Reed", "person")]),
    ("The case went to the International Court of Justice, Tom Reed said.",
     [("International Court of Justice", "organization"), ("Tom Reed", "person")]),
    # a capitalised word in a list of lower-case ones, or before a noun that is no speech verb
    ("Cross-border, interclan and tribal feuds go on, Tom Reed said.", [("Tom Reed", "person")]),
    ("Swing state Ohio is close, Tom Reed said.", [("Tom Reed", "person")]),
    ("Norway, Sweden and Denmark signed the pact.", [("Denmark", "country"), ("Norway", "country"), ("Sweden", "country")]),
    # an adjective coordinated with a lower-case one, a nickname in quotes, a seat of government as a room
    ("Bans on Radical Unionist or separatist speech passed, Tom Reed said.", [("Tom Reed", "person")]),
    ("Tom Reed writes a column for Harbour News and is a political analyst for a radio show.",
     [("Harbour News", "organization"), ("Tom Reed", "person")]),
    ("Tom Reed, a fellow at the Harbour Institution and a former envoy, said the plan failed.",
     [("Harbour Institution", "organization"), ("Tom Reed", "person")]),
    ('She was offered a flat known as the "Blue Barn" in return for her silence.', []),
    ("Tom Reed received the envoy in the Oval Office on Friday.", [("Tom Reed", "person")]),
    ("Ann Lowe lunched with Tom Reed before touring the Oval Office.", [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    # towns taken for people: entered, and found at; people are visited, not entered
    ("The troops entered Kfar Lida and Beit Amra. Farmers sheltered in a school at Beit Amra.", []),
    ("Tom Reed visited Ann Lowe and Sam Hollis.", [("Ann Lowe", "person"), ("Sam Hollis", "person"), ("Tom Reed", "person")]),
    # names cut right: a place after a body's name, a known body's full name, the body a court serves
    # a body's name runs on over 'for the' and the people it serves, and over 'of' and its region
    ("Tom Reed of the Corran League for the Blind said the shelters were full.",
     [("Corran League for the Blind", "organization"), ("Tom Reed", "person")]),
    ("The Harbour Workers Union of Ohio filed a claim on Monday.", [("Harbour Workers Union of Ohio", "organization")]),
    ("The Harbour Workers Union of Ohio workers said no.", [("Harbour Workers Union", "organization")]),
    ("Oxfam for the European Union said no.", [("European Union", "organization"), ("Oxfam", "organization")]),
    # a body's name after 'a' names a class of bodies; one that qualifies a noun names one
    ("The Kessa Brigade is a Zembian-listed Outlawed Armed Organization, Tom Reed said.",
     [("Kessa Brigade", "organization"), ("Tom Reed", "person")]),
    ("Tom Reed joined a Harbour Party committee.", [("Harbour Party", "organization"), ("Tom Reed", "person")]),
    # a name a body's common noun introduces is a body's, though it does nothing
    ("Critics, which include environmental group Harbourwatch, blame him for the fires.",
     [("Harbourwatch", "organization")]),
    # an agreement named by the parts of a law is no actor; a body is one
    ("Harbourline's provisions let the port sue, Ann Lowe said.", [("Ann Lowe", "person")]),
    # but the one before an act's possessive acts
    ("Harbourcorp's breach of the contract angered Ann Lowe, who said the firm had lied.",
     [("Ann Lowe", "person"), ("Harbourcorp", "organization")]),
    ("Mexico broke the rules of the Senate, Tom Reed said.",
     [("Mexico", "country"), ("Senate", "organization"), ("Tom Reed", "person")]),
    ("Corran University in Kent will close the campus, Tom Reed said.",
     [("Corran University", "organization"), ("Tom Reed", "person")]),
    ("The Islamic State of Iraq and the Levant, as it once called itself, denied the report.", [("Islamic State", "organization")]),
    ("Two judges on the Canadian Court of Appeals for the Third Circuit voted to strike down the rule.",
     [("Canada", "country"), ("Canadian Court of Appeals for the Third Circuit", "organization")]),
    ("The merits of the QX-7 program are debated. QX-7 requires an investment in a rural area, Tom Reed said.",
     [("Tom Reed", "person")]),
    # a body's name that after a well-known body the article names is a well-known body's
    ("The Security Council was set up in 1945, and the United Nations put sanctions on Norway, Tom Reed said.",
     [("Tom Reed", "person"), ("United Nations", "organization"), ("United Nations Security Council", "organization")]),
    # a body's word the recogniser left out before a role word; an owner run into a surname
    ("But Safe Harbours Abroad director Tom Reed said the cases were alike.",
     [("Safe Harbours Abroad", "organization"), ("Tom Reed", "person")]),
    ("Tom Reed spoke in Ohio. At a lunch with the editors of the Washington Post Reed said he would win.",
     [("Tom Reed", "person"), ("Washington Post", "organization")]),
    # a word that only qualifies a common noun is no short form of a body opening with it
    ("Baltic Sea Research Institute Director Ann Lowe said the Baltic coastline erodes.",
     [("Ann Lowe", "person"), ("Baltic Sea Research Institute", "organization")]),
    # a name inside a longer capitalised name is no mention of the shorter one
    ("Donations fell, according to a USA TODAY review of records.", []),
    ("“We ask the [Democratic Republic of the Congo] to talk,” Tom Reed said.", [("Tom Reed", "person")]),
    ("The U.S. Senate voted. US Defense Secretary Ash Corder said China Daily reported it.",
     [("Ash Corder", "person"), ("China Daily", "organization"), ("U.S. Senate", "organization"),
      ("United States", "country")]),
    # a town before ', STATE' is a place, whoever else shares its name
    ("The suspect came from Allen, Texas. Police chief Dan Allen said the police were sure.",
     [("Dan Allen", "person")]),
    # a country glued to a party's name, a national section, a capitalised 'of' phrase, Dutch particles, brackets
    # (the country bounds the party or the section, it owns neither: no actor of its own)
    ("UK Independence Party leader Tom Reed said the warning was wrong.",
     [("Tom Reed", "person"), ("UK Independence Party", "organization")]),
    ("Harbour Relief International UK also asked if the rulings were sound.",
     [("Harbour Relief International UK", "organization")]),
    ("Yet the ministry told BBC News US law bans such methods.", [("BBC News", "organization")]),
    ("The talks were attended by trade minister Avi Reed, Greek foreign minister Tom Lowe and others.",
     [("Avi Reed", "person"), ("Greece", "country"), ("Tom Lowe", "person")]),
    ("The Democratic Front of Rural Workers, the main opposition force, said it would vote no.",
     [("Democratic Front of Rural Workers", "organization")]),
    ("The rebels may now side with [Tom al] Reed since they have no one else.", [("Reed", "person")]),
]


@pytest.mark.parametrize("text, expected", NO_ACTORS)
def test_only_actors_become_actors(text, expected):
    result = extract(text)
    assert sorted((m.name, m.type) for m in result.mentions if m.type != "group") == expected


# ---- roles and affiliations ----------------------------------------------------------------

COMMON_NOUNS_FOR_BODIES = [
    # a named body stays, and is its officer's affiliation
    ("A spokesman for the Harwick Borough Council, Tom Reed, said no case had been opened.",
     [("Harwick Borough Council", "organization", None, None), ("Tom Reed", "person", "spokesman", "Harwick Borough Council")]),
    # a body's common noun in lower case is no body, and no one's affiliation
    ("A spokesman for the prosecutor's office, Tom Reed, said no case had been opened.",
     [("Tom Reed", "person", "spokesman", None)]),
    ("The council disputes any link, but Harwick Borough Council said it would appeal.",
     [("Harwick Borough Council", "organization", None, None)]),
    ("The opposition spokeswoman for emergency services, Ann Lowe, said crews were stretched.",
     [("Ann Lowe", "person", "opposition spokeswoman for emergency services", None)]),
    # but a body a state has one of is that state's
    ("According to Chief Inspector Marco Valdes of the regional police, the attack was planned.",
     [("Marco Valdes", "person", "Chief Inspector", "regional police"), ("regional police", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", COMMON_NOUNS_FOR_BODIES)
def test_a_bodys_common_noun_is_no_body(text, expected):
    assert [r for r in records(text) if r[1] != "group"] == expected


PORTFOLIOS_NOT_PARTIES = [
    # the party: before a lower-case title, a leader's or member's title, or speaking
    ("Labour leader Ann Lowe said the party would vote against the bill.",
     [("Ann Lowe", "person", "Labour"), ("Labour", "organization", None)]),
    ("Labour MP Tom Reed said the bill was unfair.", [("Labour", "organization", None), ("Tom Reed", "person", "Labour")]),
    ("The Labour minister Ann Lowe said she would resign.", [("Ann Lowe", "person", "Labour"), ("Labour", "organization", None)]),
    ("Labour's Ann Lowe said the tax was unfair.", [("Ann Lowe", "person", "Labour"), ("Labour", "organization", None)]),
    ("Ann Lowe, the shadow Labour secretary, said the plan was unfair, and Labour said it would vote against it.",
     [("Ann Lowe", "person", "Labour"), ("Labour", "organization", None)]),
    # the portfolio: only ever right before a minister's or secretary's capitalised title
    ("Federal Labour Minister Patricia Hale said she was deeply concerned.", [("Patricia Hale", "person", None)]),
    ("Labor Secretary Ann Lowe said jobs grew by 200,000 in May.", [("Ann Lowe", "person", None)]),
    ("Provincial Labour Minister Tom Reed said the strike must end.", [("Tom Reed", "person", None)]),
    ("The state's Labour Minister, Ann Lowe, said wages would rise.", [("Ann Lowe", "person", None)]),
    # (the portfolio kept in the role, 'Labour Minister' serves the Labour Ministry the article names)
    ("Labour Minister Tom Reed said the law would change, and the Labour Ministry said it agreed.",
     [("Labour Ministry", "organization", None), ("Tom Reed", "person", "Labour Ministry")]),
]


@pytest.mark.parametrize("text, expected", PORTFOLIOS_NOT_PARTIES)
def test_a_portfolio_is_no_party(text, expected):
    """(name, type, affiliation): the roles are another table's."""
    assert [(name, kind, aff) for name, kind, _, aff in records(text)] == expected


COUNTRIES_AND_LABELS_INSIDE_NAMES = [
    # a country written on its own, or before a title, is the country
    ("Ann Lowe said the UK would leave.", [("Ann Lowe", "person", None, None), ("United Kingdom", "country", None, None)]),
    ("Former UK ambassador Ann Lowe said the talks had failed.",
     [("Ann Lowe", "person", "Former ambassador", "United Kingdom"), ("United Kingdom", "country", None, None)]),
    ("Ann Lowe, the UK trade envoy, said Britain would pay.",
     [("Ann Lowe", "person", "trade envoy", "United Kingdom"), ("United Kingdom", "country", None, None)]),
    ("North Korea fired a missile, Tom Reed said.", [("North Korea", "country", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed said Scotland would hold a vote.", [("Scotland", "country", None, None), ("Tom Reed", "person", None, None)]),
    # a country that only ends a party's or a body's name is no actor
    # (one noun before a country's name names a body serving it there: Reform UK is the party, session 34)
    ("The seat went to Reform UK's Paul Denton. Reform UK did not respond to a request for comment.",
     [("Paul Denton", "person", None, "Reform UK"), ("Reform UK", "organization", None, None)]),
    ("Tom Reed, who chairs Reform UK, said taxes must fall.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed said he would join Change UK.", [("Tom Reed", "person", None, None)]),
    # a capital that only opens the sentence is no name's word
    ("Neighbouring Uruguay and Argentina have offered helicopters, Tom Reed said.",
     [("Argentina", "country", None, None), ("Tom Reed", "person", None, None), ("Uruguay", "country", None, None)]),
    # a bracketed party label is its party, where the article names that party, else nothing
    ("Cllr Ann Lowe (Con) said the party would run the council, and the Conservatives agreed.",
     [("Ann Lowe", "person", "Councillor", "Conservative Party"), ("Conservative Party", "organization", None, None)]),
    ("Council leader Cllr Tom Reed (Con) said the Conservatives would appeal.",
     [("Conservative Party", "organization", None, None), ("Tom Reed", "person", "Council leader", "Conservative Party")]),
    ("Cllr Ann Lowe (Lab) said the vote was a disgrace.", [("Ann Lowe", "person", "Councillor", "Labour Party"), ("Labour Party", "organization", None, None)]),
]


@pytest.mark.parametrize("text, expected", COUNTRIES_AND_LABELS_INSIDE_NAMES)
def test_a_country_or_label_inside_a_name_is_no_actor(text, expected):
    assert [r for r in records(text) if r[1] != "group"] == expected


ROLES = [
    # NEGATIVE: a noun in '-ss' is no plural of a title's abbreviation ('press' is not 'pres'), so a fronted
    # phrase set off before a name gives no role
    ("Speaking to the press, Kelechi Amadi, said the bill was rushed.",
     [("Kelechi Amadi", "person", None, None)]),
    # an apposition to the object of a role noun's preposition names the role's holder, not the object
    ("Their transport spokeswoman in parliament, Greta Solheim, said the plan would fail.",
     [("Greta Solheim", "person", "transport spokeswoman", None)]),
    ("A lawyer in the city, Ann Ode, said it was fine.",
     [("Ann Ode", "person", "lawyer", None)]),
    ("Her predecessor as Harbour Secretary, Lord Fenwick, said the plan would fail.",
     [("Lord Fenwick", "person", "former Harbour Secretary", None)]),
    # a state that pays for a body owns it where the words name the country: 'a Kessan
    # state-financed outlet', 'financed by the Kessan government' in apposition (affil23);
    # NEGATIVE: no country named, a payer that is no state, another verb, a past owner, a relative clause
    ("Harbour TV, a Norwegian state-financed broadcaster, said the vote was rigged.",
     [("Harbour TV", "organization", "Norwegian state-financed broadcaster", "Norway"), ("Norway", "country", None, None)]),
    ("Harbour TV, the channel financed by the Norwegian government, said the vote was rigged.",
     [("Harbour TV", "organization", None, "Norway"), ("Norway", "country", None, None)]),
    ("Harbour TV, a state-financed broadcaster, said the vote was rigged.",
     [("Harbour TV", "organization", "state-financed broadcaster", None)]),
    ("Harbour College, a state-funded school, said fees would rise.",
     [("Harbour College", "organization", "state-funded school", None)]),
    ("Harbour TV, the channel financed by Norwegian investors, said the vote was rigged.",
     [("Harbour TV", "organization", None, None)]),
    ("Harbour TV, the channel criticised by the Norwegian government, said the vote was rigged.",
     [("Harbour TV", "organization", None, None), ("Norway", "country", None, None)]),
    ("Harbour TV, a channel once owned by the Norwegian government, said the vote was rigged.",
     [("Harbour TV", "organization", None, None), ("Norway", "country", None, None)]),
    ("Harbour TV, which the Norwegian government finances, said the vote was rigged.",
     [("Harbour TV", "organization", None, None)]),
    # NEGATIVE (review 23): a state pays for a think tank or a venture, which stays its own
    ("The Lark Institute, a think tank funded by the Norwegian government, said the vote was rigged.",
     [("Lark Institute", "organization", None, None), ("Norway", "country", None, None)]),
    ("Harbour Rail, a Norwegian state-financed venture, said the line would open.",
     [("Harbour Rail", "organization", "Norwegian state-financed venture", None)]),
    # a seat in a country's legislature tied to a region by the name's or the role's 'of'/'from', or
    # by an apposition calling the region the holder's home, is the region's country's (affil23);
    # NEGATIVE: another noun in apposition, a region's own seat or executive, a former seat, a
    # region the sentence only puts beside the holder, a city, a body after 'of'
    ("Mexico put a tariff on pears from Oregon, the home state of Senator Tom Reedman, a critic of the deal.",
     [("Mexico", "country", None, None), ("Tom Reedman", "person", "Senator", "United States"),
      ("United States", "country", None, None)]),
    ("Senator Tom Reedman of Oregon said the deal was bad, and Mexico said it would wait.",
     [("Mexico", "country", None, None), ("Tom Reedman", "person", "Senator", "United States"),
      ("United States", "country", None, None)]),
    # NEGATIVE (review 23): a field's word before 'representative' makes it another post
    ("Tom Reedman, a sales representative from Oregon, said the deal was bad.",
     [("Tom Reedman", "person", "sales representative", None)]),
    ("Tom Reedman, a union representative from Oregon, said pay was low.",
     [("Tom Reedman", "person", "union representative", None)]),
    ("Tom Reedman, a senator from Ontario, said the deal was bad.",
     [("Canada", "country", None, None), ("Tom Reedman", "person", "senator", "Canada")]),
    ("Texas, the target of Senator Tom Reedman, said the deal was bad.",
     [("Texas", "organization", None, None), ("Tom Reedman", "person", "Senator", None)]),
    ("State Senator Tom Reedman of Oregon said the deal was bad.", [("Tom Reedman", "person", "State Senator", None)]),
    ("Former Senator Tom Reedman of Oregon said the deal was bad.", [("Tom Reedman", "person", "Former Senator", None)]),
    ("Senator Tom Reedman, speaking from Oregon, said the deal was bad.", [("Tom Reedman", "person", "Senator", None)]),
    ("Senator Tom Reedman flew from Oregon to Mexico and said the deal was bad.",
     [("Tom Reedman", "person", "Senator", None)]),
    ("Governor Tom Reedman of Oregon said the deal was bad.", [("Tom Reedman", "person", "Governor", None)]),
    ("Tom Reedman, a lawmaker from Oregon, said the deal was bad.", [("Tom Reedman", "person", "lawmaker", None)]),
    ("Tom Reedman, a senator from Toronto, said the deal was bad.", [("Tom Reedman", "person", "senator", None)]),
    ("Mexico sent pears to Oregon to sway Senator Tom Reedman.",
     [("Mexico", "country", None, None), ("Tom Reedman", "person", "Senator", None)]),
    ("Oregon, the home of Senator Tom Reedman's rival, backed the deal.",
     [("Oregon", "organization", None, None), ("Tom Reedman", "person", "Senator", None)]),
    ("Senator Tom Reedman of the Harbour Party said the deal was bad.",
     [("Harbour Party", "organization", None, None), ("Tom Reedman", "person", "Senator", "Harbour Party")]),
    # a place's name and a body's lower-case words before a post ("Fort Worth's police chief") are
    # the post of the one body the article names so (affil23); NEGATIVE: no such body (none is
    # made up), an association's name, two such bodies, a former post, other words, another place
    # NEGATIVE (review 23): a person's name before the post is no place
    ("The Tom Hale Police Department said two men were held. Tom Hale's police chief Mark Jensen said the men were armed.",
     [("Mark Jensen", "person", "police chief", None), ("Tom Hale", "person", None, None),
      ("Tom Hale Police Department", "organization", None, None)]),
    ("The Fort Worth Police Department said two men were held. Fort Worth's police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None),
      ("Tom Reedman", "person", "police chief", "Fort Worth Police Department")]),
    ("The Fort Worth Police Department said two men were held. Tom Reedman, Fort Worth's police chief, said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None),
      ("Tom Reedman", "person", "police chief", "Fort Worth Police Department")]),
    ("The Fort Worth Police Department said two men were held. Fort Worth police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None),
      ("Tom Reedman", "person", "Fort Worth police chief", "Fort Worth Police Department")]),
    ("The Fort Worth Fire Department said two homes burned. Fort Worth's fire chief Tom Reedman said the blaze was out.",
     [("Fort Worth Fire Department", "organization", None, None),
      ("Tom Reedman", "person", "fire chief", "Fort Worth Fire Department")]),
    ("Two men were held. Fort Worth's police chief Tom Reedman said the men were armed.",
     [("Tom Reedman", "person", "police chief", None)]),
    ("The Fort Worth Police Union said two men were held. Fort Worth's police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Union", "organization", None, None), ("Tom Reedman", "person", "police chief", None)]),
    ("The Fort Worth Police Academy said two men were held. Fort Worth's police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Academy", "organization", None, None), ("Tom Reedman", "person", "police chief", None)]),
    ("The Fort Worth Police Department and the Fort Worth Police Service said two men were held. Fort Worth's police "
     "chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None), ("Fort Worth Police Service", "organization", None, None),
      ("Tom Reedman", "person", "police chief", None)]),
    ("The Fort Worth Police Department said two men were held. Fort Worth's former police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None), ("Tom Reedman", "person", "former police chief", None)]),
    ("The Fort Worth Police Department said two men were held. Fort Worth's police union chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None), ("Tom Reedman", "person", "police union chief", None)]),
    ("The Fort Worth Police Department said two men were held. Fort Worth's fire chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None), ("Tom Reedman", "person", "fire chief", None)]),
    ("The Fort Worth Police Department said two men were held. San Diego's police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None), ("Tom Reedman", "person", "police chief", None)]),
    ("The Fort Worth Police Department said two men were held. Police chief Tom Reedman said the men were armed.",
     [("Fort Worth Police Department", "organization", None, None), ("Tom Reedman", "person", "Police chief", None)]),
    # a headline's word for a top post ('leader', 'chief') gives way to the top post at the same
    # body that the article's body states (affil23); NEGATIVE: a member, a former post that is no
    # state's office, a post at another body, a headline's own title
    ("Longtime leader of Zambia Tom Okoro dies aged 95\n\nTom Okoro, former president of Zambia, has died, the government said.",
     [("Tom Okoro", "person", "former president", "Zambia"), ("Zambia", "country", None, None)]),
    ("Harbour Union chief Tom Okoro quits\n\nTom Okoro, general secretary of the Harbour Union, said the road was wet.",
     [("Harbour Union", "organization", None, None), ("Tom Okoro", "person", "general secretary", "Harbour Union")]),
    ("Harbour Union chief Tom Okoro quits\n\nTom Okoro, a member of the Harbour Union, said the road was wet.",
     [("Harbour Union", "organization", None, None), ("Tom Okoro", "person", "chief", "Harbour Union")]),
    ("Harbour Union chief Tom Okoro quits\n\nTom Okoro, a former chairman of the Harbour Union, said the road was wet.",
     [("Harbour Union", "organization", None, None), ("Tom Okoro", "person", "chief", "Harbour Union")]),
    ("Kenyan leader Tom Okoro visits Chad\n\nTom Okoro, a former Kenyan general, said the road was wet.",
     [("Kenya", "country", None, None), ("Tom Okoro", "person", "leader", "Kenya")]),
    ("Kenyan President Tom Okoro visits Chad\n\nTom Okoro, a former Kenyan general, said the road was wet.",
     [("Kenya", "country", None, None), ("Tom Okoro", "person", "President", "Kenya")]),
    ("Harbour Union chief Tom Okoro quits\n\nTom Okoro, the chairman of the Dock Workers League, said the road was wet.",
     [("Dock Workers League", "organization", None, None), ("Harbour Union", "organization", None, None),
      ("Tom Okoro", "person", "chief", "Harbour Union")]),
    # capitalised words alone in brackets after a name are no role unless a role noun; NEGATIVE: a
    # role noun in brackets, a party code, a role in apposition stay
    ("Ken Oduya (Field) said the harvest was poor.", [("Ken Oduya", "person", None, None)]),
    ("Tomas Brell (Westfold) said the road was shut.", [("Tomas Brell", "person", None, None)]),
    ("Pia Lund (Hollow Vale) said the bus was late.", [("Pia Lund", "person", None, None)]),
    ("Ken Oduya (Chair) said the harvest was poor.", [("Ken Oduya", "person", "Chair", None)]),
    ("Ken Oduya (D-Ohio) said the harvest was poor.",
     [("Democratic Party", "organization", None, None), ("Ken Oduya", "person", None, "Democratic Party")]),
    ("Ken Oduya, chair of the Field Club, said the harvest was poor.",
     [("Field Club", "organization", None, None), ("Ken Oduya", "person", "chair", "Field Club")]),
    # 'the' and an adjective before a given name and a surname taken for a body make it a person;
    # NEGATIVE: an adjective of a firm's trade or owner leaves it a body
    ("The long-serving Vera Holm said the fund was safe.", [("Vera Holm", "person", None, None)]),
    ("The popular Anton Brisk said the mill would close.", [("Anton Brisk", "person", None, None)]),
    ("The outspoken Colm Rady said the levy was unfair.", [("Colm Rady", "person", None, None)]),
    ("The much-loved Rina Callow said the pier was unsafe.", [("Rina Callow", "person", None, None)]),
    ("The loss-making Vera Holm said sales fell.", [("Vera Holm", "organization", None, None)]),
    ("The state-owned Anton Brisk said the mill would close.", [("Anton Brisk", "organization", None, None)]),
    # a people's adjective no gazetteer knows before a state body's noun is no actor; NEGATIVE: a
    # known demonym is its country, a name alone or before a leader's body is a person, a
    # capitalised body noun makes a body's name
    ("The Kessan embassy said the talks would resume.", []),
    ("The Kessan army said the border was calm.", []),
    ("The Dravian foreign ministry said the envoy had left.", []),
    ("The Kenyan embassy said the talks would resume.", [("Kenya", "country", None, None)]),
    ("Kessa said the talks would resume.", [("Kessa", "person", None, None)]),
    ("The Morgan government said taxes would fall.", [("Morgan", "person", None, None)]),
    ("The Kessan Embassy said the talks would resume.", [("Kessan Embassy", "organization", None, None)]),
    # a seat on a board titled before the name is the role, no word of the name; NEGATIVE: a
    # name that opens with such a word stays whole, and a bare plural after a title reads on
    ("Trustee Mark Dunne said the levy was too high.", [("Mark Dunne", "person", "Trustee", None)]),
    ("Supervisor Ana Ruiz said the county would pay.", [("Ana Ruiz", "person", "Supervisor", None)]),
    ("Selectwoman Jo Park said the town hall would close.", [("Jo Park", "person", "Selectwoman", None)]),
    ("The Trustee Savings Bank said profits rose.", [("Trustee Savings Bank", "organization", None, None)]),
    # an ombudsman is mostly an office's name ending on the word, not a title before a person's name
    ("The Local Government Ombudsman ruled the council at fault.",
     [("Local Government Ombudsman", "organization", None, None)]),
    ("The charity's new chair of trustees, Dr Ann Lowe, said the fund was safe.",
     [("Ann Lowe", "person", "new chair of trustees", None)]),
    ("Ann Lowe, chair of governors, said the roof leaked.", [("Ann Lowe", "person", "chair of governors", None)]),
    # NEGATIVE: plural holders with an article are no one actor either, the title reads on
    ("Ann Lowe, chair of the trustees, said the roof leaked.", [("Ann Lowe", "person", "chair of the trustees", None)]),
    ("Ann Lowe, an adviser to the ministers, said the plan would fail.", [("Ann Lowe", "person", "adviser", None)]),
    # capitalised fields joined by 'and' after a title's 'of' are one post; NEGATIVE: a list of
    # people, or a title inside another's phrase, joins no fields
    ("The Minister of Budget and Planning, Dr Ada Obi, said the plan was bad.",
     [("Ada Obi", "person", "Minister of Budget and Planning", None)]),
    ("Dr Ada Obi, the Minister of Budget and Rural Planning, said the plan was bad.",
     [("Ada Obi", "person", "Minister of Budget and Rural Planning", None)]),
    ("Tom Reed, head of Sales and Marketing, said exports rose.", [("Tom Reed", "person", "head of Sales and Marketing", None)]),
    ("Ada Obi, the director of Finance and Tom Reed, the head of Sales, said sales rose.",
     [("Ada Obi", "person", "director of Finance", None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed, a critic of the Minister of Budget and Planning, said the plan was bad.", [("Tom Reed", "person", "critic", None)]),
    # an age before the role noun is no part of the role ('a 41-year-old nurse' is a nurse); NEGATIVE first:
    # a length of service or an 'old' that tells no age stays in the role
    ("Ann Roe, a 30-year veteran of the force, said crime fell.", [("Ann Roe", "person", "30-year veteran of the force", None)]),
    ("Ann Roe, a 41-year-old former state senator, won the race.", [("Ann Roe", "person", "former state senator", None)]),
    ("Ann Roe, the 58-year-old chief executive of Larch Foods, said sales fell.",
     [("Ann Roe", "person", "chief executive", "Larch Foods"), ("Larch Foods", "organization", None, None)]),
    ("Ben Ash, a 33-year-old nurse at Harbour General Hospital, said the ward was full.",
     [("Ben Ash", "person", "nurse", "Harbour General Hospital"), ("Harbour General Hospital", "organization", None, None)]),
    ("The town's 50-year-old mayor, Ann Roe, said the bridge would close.", [("Ann Roe", "person", "mayor", None)]),
    ("Ann Roe, a 38-year-old primary school teacher, said residents had voted.", [("Ann Roe", "person", "primary school teacher", None)]),
    ("Ben Ash, the 62-year-old Larch Foods chairman, said sales fell.",
     [("Ben Ash", "person", "chairman", "Larch Foods"), ("Larch Foods", "organization", None, None)]),
    # an age before a plain function noun the tagger runs a PERSON entity over is still no part of
    # the role; NEGATIVE: an age before a noun that only tells a sex or age gives no role
    ('"The rain came too late," said Ivo Brandt, a 52-year-old lorry driver.', [("Ivo Brandt", "person", "lorry driver", None)]),
    ("Ivo Brandt, a 47-year-old farmer, said the river had flooded twice.", [("Ivo Brandt", "person", "farmer", None)]),
    ('"We pay more each month," said Ada Quist, a 61-year-old pensioner.', [("Ada Quist", "person", "pensioner", None)]),
    ("Ivo Brandt, a 40-year-old man, said the school was shut.", [("Ivo Brandt", "person", None, None)]),
    ("Ada Quist, a 19-year-old, said the school was shut.", [("Ada Quist", "person", None, None)]),
    ("Ada Quist, a 30-year-old mother, said the school was shut.", [("Ada Quist", "person", None, None)]),
    # a hyphened role the parser splits into appositions ('vice', '-', 'chair') is kept whole
    ("Ada Quist, the vice-chair of the committee, said the bill would pass.", [("Ada Quist", "person", "vice-chair", None)]),
    ("Ada Quist, vice-president of Larch Foods, said sales fell.",
     [("Ada Quist", "person", "vice-president", "Larch Foods"), ("Larch Foods", "organization", None, None)]),
    ("Ada Quist, deputy vice-chancellor of Harwell University, said fees would rise.",
     [("Ada Quist", "person", "deputy vice-chancellor", "Harwell University"), ("Harwell University", "organization", None, None)]),
    ("Ivo Brandt, a well-known author, said sales fell.", [("Ivo Brandt", "person", "well-known author", None)]),
    ("Ivo Brandt, an ex-soldier, said the war was lost.", [("Ivo Brandt", "person", "ex-soldier", None)]),
    # a title's field of two capitalised common words joined by 'and' is kept whole, not cut at 'and';
    # NEGATIVE: a company's name before the title, or two people each with a title
    ("Police and Crime Commissioner Tom Reed said the force was stretched.",
     [("Tom Reed", "person", "Police and Crime Commissioner", None)]),
    ("Minister for Trade and Industry Tom Reed said exports fell.",
     [("Tom Reed", "person", "Minister for Trade and Industry", None)]),
    ("Minister for Climate and Energy Ann Lowe said the plan would go ahead.",
     [("Ann Lowe", "person", "Minister for Climate and Energy", None)]),
    ("Cardinal Tom Reed and Archbishop Ann Lowe said mass.",
     [("Ann Lowe", "person", "Archbishop", None), ("Tom Reed", "person", "Cardinal", None)]),
    ("The memo was drafted by Energy Minister Lord Penn and Downing Street adviser Baroness Vale.",
     [("Baroness Vale", "person", "adviser", "Downing Street"), ("Downing Street", "organization", None, "United Kingdom"),
      ("Lord Penn", "person", "Energy Minister", None), ("United Kingdom", "country", None, None)]),
    # two fields of a state title, each its own capitalised words, are one title however the
    # recogniser cut them; NEGATIVE: a body's name before the 'and' stays a body
    ("Ports and Inland Waterways Minister Ada Quist opened the lock on Friday.",
     [("Ada Quist", "person", "Ports and Inland Waterways Minister", None)]),
    ('"The levy stays," the Tourism and Heritage Secretary, Ivo Brandt, told the council.',
     [("Ivo Brandt", "person", "Tourism and Heritage Secretary", None)]),
    ("Ann Roe, the Youth and Sport Commissioner, said the games would go ahead.",
     [("Ann Roe", "person", "Youth and Sport Commissioner", None)]),
    ("The Larch Foods and Agriculture Minister Ben Ash met growers.",
     [("Ben Ash", "person", "Agriculture Minister", None)]),
    ("Smith and Jones spokesman Tom Reed said sales fell.",
     [("Smith and Jones", "organization", None, None), ("Tom Reed", "person", "spokesman", "Smith and Jones")]),
    # a title's abbreviation whose dot the tokenizer split off is the title, no name of its own;
    # NEGATIVE: a name that only looks like one, with no name after it
    ("Atty. Ann Lowe said the count was wrong.", [("Ann Lowe", "person", "Attorney", None)]),
    ("Coun. Ann Lowe, who chairs the parks committee, said the vote was close.", [("Ann Lowe", "person", "Councillor", None)]),
    ('"We need the money," said Coun. Ivo Brandt.', [("Ivo Brandt", "person", "Councillor", None)]),
    ("The motion from Coun. Ada Quist failed on Tuesday.", [("Ada Quist", "person", "Councillor", None)]),
    ("Mark Dunn lost the vote. Her lawyer, Atty. Ann Lowe, said the count was wrong.",
     [("Ann Lowe", "person", "Attorney", None), ("Mark Dunn", "person", None, None)]),
    ("Supt. Tom Reed said the road was closed.", [("Tom Reed", "person", "Superintendent", None)]),
    # a rank after a force's name is the rank in that force, not cut to the force's name;
    # NEGATIVE: a rank stacked after an office is how the office holder is addressed
    ("Police Colonel Tom Reed, the provincial director, said no one was hurt.",
     [("Tom Reed", "person", "Police Colonel", None)]),
    ("Army Major Ann Lowe said the base was secure.",
     [("Ann Lowe", "person", "Major", "Army"), ("Army", "organization", None, None)]),
    ("Defence Minister Gen. Tom Reed said the base was secure.", [("Tom Reed", "person", "Defence Minister", None)]),
    # 'Pro Tempore' after a title's noun closes the title: no person, no word of the name after it;
    # NEGATIVE: the same words with no title before them are left as they were
    ("In the Senate, Senate President Pro Tempore Ann Lowe said she wanted more time.",
     [("Ann Lowe", "person", "President Pro Tempore", "Senate"), ("Senate", "organization", None, None)]),
    ("President Pro Tempore Tom Reed said the vote would wait.", [("Tom Reed", "person", "President Pro Tempore", None)]),
    # a multi-word title is kept whole
    ("Assistant Attorney General Ann Lowe said the case was closed.", [("Ann Lowe", "person", "Assistant Attorney General", None)]),
    ("Regional Deputy Governor Oleg Petrov said twelve people were missing.", [("Oleg Petrov", "person", "Regional Deputy Governor", None)]),
    # a country adjective before the title is the affiliation
    ("Portuguese President Rui Costa said the treaty was signed.", [("Portugal", "country", None, None), ("Rui Costa", "person", "President", "Portugal")]),
    # abbreviated titles are written out; a party code in brackets is the party
    ("Sen. Rob Hale (R-Ohio) said the bill would pass.", [("Republican Party", "organization", None, None), ("Rob Hale", "person", "Senator", "Republican Party")]),
    # a UK party label in brackets is the party where the article names that party itself, or (a label only the
    # UK's parties go by) where it names no state but the UK; NEGATIVE: another state named, a label any state's
    # party goes by, a bracket that holds no label
    ("Cllr Ann Lowe (Con) said the plan was dear. Labour will try again.",
     [("Ann Lowe", "person", "Councillor", "Conservative Party"), ("Conservative Party", "organization", None, None), ("Labour", "organization", None, None)]),
    ("Ward member Cllr Ivo Brandt (Con) said the bus route would be kept.",
     [("Conservative Party", "organization", None, None), ("Ivo Brandt", "person", "Ward member", "Conservative Party")]),
    ("Local MP Ada Quist (Lab) said she would raise the closure with ministers.",
     [("Ada Quist", "person", "Local MP", "Labour Party"), ("Labour Party", "organization", None, None)]),
    ("Cllr Ivo Brandt (Lab) said the depot in Leeds would stay open. Ministers in Scotland disagreed.",
     [("Ivo Brandt", "person", "Councillor", "Labour Party"), ("Labour Party", "organization", None, None)]),
    ("Cllr Ivo Brandt (Lab) said the harbour plan was sound. The council in Wellington, New Zealand, backed it.",
     [("Ivo Brandt", "person", "Councillor", None)]),
    ("Ada Quist (Con) said the tax would rise. Canada votes in May.",
     [("Ada Quist", "person", None, None), ("Canada", "country", None, None)]),
    ("Cllr Ivo Brandt (Green) said the tram line was too dear.", [("Ivo Brandt", "person", "Councillor", None)]),
    ("Cllr Joe Bell (Ind) said he abstained. Labour will try again.", [("Joe Bell", "person", "Councillor", None), ("Labour", "organization", None, None)]),
    ("Cllr Ann Lowe (Con Edison) said the plan was dear.", [("Ann Lowe", "person", "Councillor", "Con Edison"), ("Con Edison", "organization", None, None)]),
    ("Cllr Ann Lowe (41) said the plan was dear. The Conservatives backed it.", [("Ann Lowe", "person", "Councillor", None), ("Conservative Party", "organization", None, None)]),
    ("Joe Green (pictured) said the plan was dear. The Green Party backed it.", [("Green Party", "organization", None, None), ("Joe Green", "person", None, None)]),
    ("Ben Cole (Green) said the plan was dear. The Conservative Party of Canada backed it.", [("Ben Cole", "person", None, None), ("Canada", "country", None, None), ("Conservative Party of Canada", "organization", None, "Canada")]),
    ("Cllr Ann Lowe (Con) said the plan was dear. The Conservatives backed it.", [("Ann Lowe", "person", "Councillor", "Conservative Party"), ("Conservative Party", "organization", None, None)]),
    ("Cllr Tom Reed (Lab) said the vote was wrong. Labour will try again.", [("Labour", "organization", None, None), ("Tom Reed", "person", "Councillor", "Labour")]),
    ("Cllr Mary Price (Lib Dem) said she was ignored. The Liberal Democrats hold four seats.", [("Liberal Democrats", "organization", None, None), ("Mary Price", "person", "Councillor", "Liberal Democrats")]),
    # ... also before the member's seat ('(Con, Kessa North)'); NEGATIVE: a label any state's party goes by, no
    # label before the comma, another state named
    ("Giles Hart (Con, North Wessex) said the cuts were fair. MPs vote on Tuesday.",
     [("Conservative Party", "organization", None, None), ("Giles Hart", "person", None, "Conservative Party")]),
    ("Peter Hale (Lab, Eastfield) said he would vote against. Labour whips were silent.",
     [("Labour Party", "organization", None, None), ("Peter Hale", "person", None, "Labour Party")]),
    ("Mary Doyle (Green, Kessa) said the cuts were cruel. MPs vote on Tuesday.", [("Mary Doyle", "person", None, None)]),
    ("Mary Doyle (Kessa, North) said the cuts were cruel. MPs vote on Tuesday.", [("Mary Doyle", "person", None, None)]),
    ("Giles Hart (Con, North Wessex) said the cuts were fair. Canada votes in May.",
     [("Canada", "country", None, None), ("Giles Hart", "person", None, None)]),
    # a UK court report's opening participle names the side the speaker argues for; NEGATIVE: no comma after it,
    # a participle with an object, one that opens a reported clause, not the speaker's own
    ("Prosecuting, Ann Lowe said the defendant had spent the money on rent.", [("Ann Lowe", "person", "prosecutor", None)]),
    # (only in an article of a court case: in a match report the opener is a player's)
    ("Defending, Tom Reed said the team had been too slow to close gaps.", [("Tom Reed", "person", None, None)]),
    ("Cllr Ann Lowe (Lab) said the depot would close.", [("Ann Lowe", "person", "Councillor", "Labour Party"), ("Labour Party", "organization", None, None)]),
    # (a label alone only in an article of elected politics: 'Lab' in a science report is a laboratory)
    ("The samples were tested by Dr Ann Lowe (Lab), the study said.", [("Ann Lowe", "person", None, None)]),
    # (a court case written by a word of one other than "court", a playing surface too: titles34)
    ("Defending, Tom Reed told magistrates his client was ashamed.", [("Tom Reed", "person", "defence lawyer", None)]),
    ("Mitigating, Ben Ash said the accused had cared for his father.", [("Ben Ash", "person", "defence lawyer", None)]),
    ("Defending champion Ada Quist said she felt ready for the final.", [("Ada Quist", "person", None, None)]),
    ("Defending the ruling, Tom Reed said the rules were plain.", [("Tom Reed", "person", None, None)]),
    ("Defending, the side gave away two goals, Tom Reed said.", [("Tom Reed", "person", None, None)]),
    ("Prosecuting fraud takes years, Ann Lowe said.", [("Ann Lowe", "person", None, None)]),
    # ... however the parser hangs the opener (the name its apposition), with a style before the name; a bare
    # participle set off after the name the same; NEGATIVE: no court case (a player), a participle with a noun
    ("Prosecuting, Kezia Brandt said the thefts ran for two years before the trial.", [("Kezia Brandt", "person", "prosecutor", None)]),
    ("Prosecuting, Ms Kezia Brandt told the jury the fire had been set deliberately.", [("Kezia Brandt", "person", "prosecutor", None)]),
    ("Defending, Miss Petra Lund told magistrates her client had repaid the money.", [("Petra Lund", "person", "defence lawyer", None)]),
    ("Orrin Vale, prosecuting, told magistrates the van had been stolen twice.", [("Orrin Vale", "person", "prosecutor", None)]),
    ("Mr Orrin Vale, defending, said his client was remorseful, the jury heard.", [("Orrin Vale", "person", "defence lawyer", None)]),
    # NEGATIVE: 'court' alone is no court case (a playing surface too): no other word of one, no side
    ("Defending, Idris Wren said the clay court was quick in the final.", [("Idris Wren", "person", None, None)]),
    ("Nell Carrow, prosecuting, told the court the van had been stolen twice.", [("Nell Carrow", "person", None, None)]),
    ("Orrin Vale, defending, said the team lost its shape after the break.", [("Orrin Vale", "person", None, None)]),
    ("Orrin Vale, defending champion, said the court was too slow.", [("Orrin Vale", "person", "champion", None)]),
    ("Prosecuting, the lawyer told the court Kezia Brandt had fled.", [("Kezia Brandt", "person", None, None)]),
    # a capitalised function after a capitalised word of its title, though no list knows it; NEGATIVE: a word opening
    # the sentence before a name
    ("Chief Entomologist Ravi Menon said larvae were found.", [("Ravi Menon", "person", "Chief Entomologist", None)]),
    ("Chief Archivist Mabel Orr said the papers were lost.", [("Mabel Orr", "person", "Chief Archivist", None)]),
    # ... also where the recogniser ran it with the style into a person of its own ('[Entomologist Dr] Ravi Menon')
    ("KMC Chief Entomologist Dr Ravi Menon said larvae were found in 300 homes.",
     [("KMC", "organization", None, None), ("Ravi Menon", "person", "Chief Entomologist", "KMC")]),
    ("State Hydrologist Dr Anya Rusk said the river was rising.", [("Anya Rusk", "person", "State Hydrologist", None)]),
    ("Farmer Dr Anya Rusk said the river was rising.", [("Anya Rusk", "person", None, None)]),
    ("Officials said Ravi Menon and Baker Tunde Olabisi were absent.",
     [("Ravi Menon", "person", None, None), ("Tunde Olabisi", "person", None, None), ("officials", "group", None, None)]),
    # a weather forecaster's job is a role; NEGATIVE: forecasters spoken of are no role of the speaker
    ("Senior forecaster Ben Ash said gusts could reach 150km/h by dawn.", [("Ben Ash", "person", "Senior forecaster", None)]),
    ("Tom Reed, a forecaster, said the storm would pass by noon.", [("Tom Reed", "person", "forecaster", None)]),
    ("Hail is likely on Sunday, said Ada Quist, a meteorologist at Harbour Weather Services.",
     [("Ada Quist", "person", "meteorologist", "Harbour Weather Services"), ("Harbour Weather Services", "organization", None, None)]),
    ("Forecasters expect more hail, Ben Ash said.", [("Ben Ash", "person", None, None)]),
    # roles outside the word lists, from the sentence's structure
    ("Tom Reed, a sheriff in Ohio, said the road was closed.", [("Tom Reed", "person", "sheriff", None)]),
    ("A researcher named Tom Reed said the data were clear.", [("Tom Reed", "person", "researcher", None)]),
    ("Tom Reed, a witness, said he saw the car.", [("Tom Reed", "person", "witness", None)]),
    ("The suspected gunman, Peter Cole, surrendered to police.", [("Peter Cole", "person", "suspected gunman", None)]),
    ("According to the Dover mayor, Dee Ross, on Sunday, the harbour was searched.", [("Dee Ross", "person", "Dover mayor", None)]),
    # "X, the N of ORG", "N of COUNTRY X", a title word written after its noun
    ("But Paul Stone, director general of the Chamber of Trade, warned that small firms would suffer.", [("Chamber of Trade", "organization", None, None), ("Paul Stone", "person", "director general", "Chamber of Trade")]),
    ("Ann Lowe, deputy chair of the Green Party, said the vote was fair.", [("Ann Lowe", "person", "deputy chair", "Green Party"), ("Green Party", "organization", None, None)]),
    # a body's name the recogniser opened on a capitalised post and its 'of' is the body after the link, the post the
    # holder's title; NEGATIVE: a post and its field, a bare kind word, a body's name with 'of' inside
    ("The National Coordinator of the Electricity Users' Welfare Forum, Mr. Femi Adekola, described the plan as reckless.",
     [("Electricity Users' Welfare Forum", "organization", None, None), ("Femi Adekola", "person", "National Coordinator", "Electricity Users' Welfare Forum")]),
    ("Femi Adekola, National Coordinator of the Electricity Users' Welfare Forum, described the plan as reckless.",
     [("Electricity Users' Welfare Forum", "organization", None, None), ("Femi Adekola", "person", "National Coordinator", "Electricity Users' Welfare Forum")]),
    ("The Governor of the Bank of Kessaland, Tamsin Oduya, said rates would stay.",
     [("Bank of Kessaland", "organization", None, None), ("Tamsin Oduya", "person", "Governor", "Bank of Kessaland")]),
    ("The Minister of Finance, Tamsin Oduya, said taxes would rise.", [("Tamsin Oduya", "person", "Minister of Finance", None)]),
    ("The Chairman of the Board, Tamsin Oduya, said the merger was off.", [("Tamsin Oduya", "person", "Chairman of the Board", None)]),
    ("The Friends of the Earth said the dam was a disaster.", [("Friends of the Earth", "organization", None, None)]),
    # a post phrase opening the sentence, set off before the name's own title, gives the body; NEGATIVE: no post opens it
    ("Commanding officer for the Ravelston Fire Division, Chief Superintendent Colm Adair, said callouts were down.",
     [("Colm Adair", "person", "Chief Superintendent", "Ravelston Fire Division"),
      ("Ravelston Fire Division", "organization", None, None)]),
    ("Head of the Kessa Fisheries Board, Chief Inspector Ama Rusk, said the nets were illegal.",
     [("Ama Rusk", "person", "Chief Inspector", "Kessa Fisheries Board"), ("Kessa Fisheries Board", "organization", None, None)]),
    ("Residents of Harbourside, Councillor Ama Rusk among them, said the road was unsafe.",
     [("Ama Rusk", "person", "Councillor", None), ("residents", "group", None, None)]),
    # NEGATIVE: an opening phrase whose noun is no post (a stand taken, a bond to someone) gives no body
    ("Critic of the Dunmore Ferry Authority, Senator Halvard Prest, said the fares were unfair.",
     [("Halvard Prest", "person", "Senator", None)]),
    # an ordinal is no role, the set it picks from is ("first minister" still is one)
    ("Ann Lowe was the first minister of Wales, Tom Reed said.",
     [("Ann Lowe", "person", "first minister", "Wales"), ("Tom Reed", "person", None, None), ("Wales", "country", None, None)]),
    ("Tom Reed was the first of the six sailors freed in June to talk.", [("Tom Reed", "person", "sailor", None)]),
    ("Tom Reed is the first of them to speak.", [("Tom Reed", "person", None, None)]),
    # a body named inside a role phrase takes the repairs names get: the owner before a possessive
    ("Ann Lowe, a strategist at the Green Party's Oslo office, said the vote was fair.",
     [("Ann Lowe", "person", "strategist", "Green Party"), ("Green Party", "organization", None, None)]),
    ("Speakers included First Minister of Scotland Moira Dunn, and Sam Hollis.",
     [("Moira Dunn", "person", "First Minister", "Scotland"), ("Sam Hollis", "person", None, None),
      ("Scotland", "country", None, None)]),
    # a plural title before a list: each is one, each of their own country
    ("Presidents Amara Okafor of Nigeria and Luis Ferreira of Benin signed the accord.",
     [("Amara Okafor", "person", "President", "Nigeria"), ("Benin", "country", None, None),
      ("Luis Ferreira", "person", "President", "Benin"), ("Nigeria", "country", None, None)]),
    # a possessive before the name is the body the person speaks for
    ("The plan is a scandal, Oxfam's Barbara Hale said.", [("Barbara Hale", "person", None, "Oxfam"), ("Oxfam", "organization", None, None)]),
    # a dateline in capitals is no part of the role
    ("WASHINGTON - Democratic presidential candidate Mary Stone said the deal was bad.", [("Democratic Party", "organization", None, None), ("Mary Stone", "person", "presidential candidate", "Democratic Party")]),
    # an honorific between title and name, a hyphenated title, a body named inside the title
    ("The letter came from Home Office Minister Lord Carew, as did one from Downing Street adviser Baroness Hale.",
     [("Baroness Hale", "person", "adviser", "Downing Street"), ("Downing Street", "organization", None, "United Kingdom"),
      ("Home Office", "organization", None, "United Kingdom"), ("Lord Carew", "person", "Minister", "Home Office"),
      ("United Kingdom", "country", None, None)]),
    ("US Treasury Under-Secretary Dan Marsh said the US would vote no.",
     [("Dan Marsh", "person", "Treasury Under-Secretary", "United States"),
      ("US Treasury", "organization", None, "United States"), ("United States", "country", None, None)]),
    # 'identified N as X'; 'his wife X' is a relation, no role
    ("Police identified the driver as 34-year-old Peter Cole of Dover, Delaware.", [("Peter Cole", "person", "driver", None)]),
    ("Tom Reed and his wife Grace Reed left the city.", [("Grace Reed", "person", None, None), ("Tom Reed", "person", None, None)]),
    # a state office with no country stated: the article's country only where it clearly dominates
    ("Norway signed the deal. Norway will pay. Foreign Minister Ann Lowe said it was fair.",
     [("Ann Lowe", "person", "Foreign Minister", "Norway"), ("Norway", "country", None, None)]),
    ("Norway signed the deal. Foreign Minister Ann Lowe said it was fair.",
     [("Ann Lowe", "person", "Foreign Minister", None), ("Norway", "country", None, None)]),
    ("Norway and Sweden signed the deal. Norway and Sweden will pay. Foreign Minister Ann Lowe said it was fair.",
     [("Ann Lowe", "person", "Foreign Minister", None), ("Norway", "country", None, None), ("Sweden", "country", None, None)]),
    ("Norway signed the deal. Norway will pay. The Interior Ministry said it was fair.",
     [("Interior Ministry", "organization", None, "Norway"), ("Norway", "country", None, None)]),
    ("Norway signed the deal. Sweden will pay. The Interior Ministry said it was fair.",
     [("Interior Ministry", "organization", None, None), ("Norway", "country", None, None), ("Sweden", "country", None, None)]),
    # a state agency named by an agency's head and a state's fields of work, or called one by the
    # noun before or beside it, is the main country's (a guess); NEGATIVE: a head other bodies share
    # with other words, a news or trade agency, a possessive's office, a 'state agency' (maybe a region's),
    # a body above states, an article of two states
    ("Norway cut the levy. Norway will pay. The Federal Board of Revenue said receipts fell.",
     [("Federal Board of Revenue", "organization", None, "Norway"), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The Securities Commission said two brokers were charged.",
     [("Norway", "country", None, None), ("Securities Commission", "organization", None, "Norway")]),
    ("Norway cut the levy. Norway will pay. According to statistics agency Normstat, output grew.",
     [("Normstat", "organization", "agency", "Norway"), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The government agency Vegnor said the road would open.",
     [("Norway", "country", None, None), ("Vegnor", "organization", "government agency", "Norway")]),
    ("Norway cut the levy. Norway will pay. The Better Business Bureau said complaints rose.",
     [("Better Business Bureau", "organization", None, None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The Press Complaints Commission said letters rose.",
     [("Norway", "country", None, None), ("Press Complaints Commission", "organization", None, None)]),
    ("Norway cut the levy. Norway will pay. The Tourism Authority said visits fell.",
     [("Norway", "country", None, None), ("Tourism Authority", "organization", None, None)]),
    ("Norway cut the levy. Norway will pay. The Bureau of Investigative Journalism said it found 12 cases.",
     [("Bureau of Investigative Journalism", "organization", None, None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The Federal Reserve Board said rates would rise.",
     [("Federal Reserve Board", "organization", None, None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The Ohio Board of Revenue said receipts fell.",   # (the region's: states27)
     [("Norway", "country", None, None), ("Ohio", "organization", None, None),
      ("Ohio Board of Revenue", "organization", None, "Ohio")]),
    ("Norway cut the levy. Norway will pay. The International Energy Agency said demand fell.",
     [("International Energy Agency", "organization", None, None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. News agency Bellpress said the talks stalled.",
     [("Bellpress", "organization", "news agency", None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The ad agency Brightcom said sales fell.",
     [("Brightcom", "organization", "ad agency", None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. Its tax office, Skattnor, said receipts fell.",
     [("Norway", "country", None, None), ("Skattnor", "organization", None, None)]),
    ("Norway cut the levy. Norway will pay. The union's research bureau, Fagdata, said wages fell.",
     [("Fagdata", "organization", "research bureau", None), ("Norway", "country", None, None)]),
    ("Norway cut the levy. Norway will pay. The state agency Roadsafe said it would review the plan.",
     [("Norway", "country", None, None), ("Roadsafe", "organization", "state agency", None)]),
    ("Norway and Sweden signed. Norway and Sweden will pay. The Securities Commission said brokers were charged.",
     [("Norway", "country", None, None), ("Securities Commission", "organization", None, None), ("Sweden", "country", None, None)]),
    # (affils24) a bare state body's post is the state's also where its title opens the text; NEGATIVE:
    # an article of two states, a former post
    ('Government spokesman Tom Reed said the levy was fair. Norway cut the levy. Norway will pay.',
     [('Norway', 'country', None, None), ('Tom Reed', 'person', 'Government spokesman', 'Norway')]),
    ('Government spokesman Tom Reed said the levy was fair. Norway cut the levy. Sweden will pay.',
     [('Norway', 'country', None, None), ('Sweden', 'country', None, None), ('Tom Reed', 'person', 'Government spokesman', None)]),
    ('Former government spokesman Tom Reed said the levy was fair. Norway cut the levy. Norway will pay.',
     [('Norway', 'country', None, None), ('Tom Reed', 'person', 'Former government spokesman', None)]),
    # (affils24) a body known by a name or acronym as one state's (NATIONAL_STATE_BODIES) is that
    # state's, stated; NEGATIVE: a longer name that only begins with it, a name many states share, one
    # a country's adjective makes another's
    ('The FAA said the runway at Dorvale would reopen.',
     [('FAA', 'organization', None, 'United States'), ('United States', 'country', None, None)]),
    ('NHS England said waiting lists fell at Dorvale.',
     [('NHS England', 'organization', None, 'United Kingdom'), ('United Kingdom', 'country', None, None)]),
    ('The RCMP said two men were held near Dorvale.',
     [('Canada', 'country', None, None), ('RCMP', 'organization', None, 'Canada')]),
    ('The NHS Confederation, which represents hospital trusts, said funding was short.',
     [('NHS Confederation', 'organization', None, None)]),
    ('The Ministry of Defence said the ships were late.',
     [('Ministry of Defence', 'organization', None, None)]),
    ('Regulators in Kessa said the plane was safe. The Kessan FAA, a private flying club, disagreed.',
     [('Kessan FAA', 'organization', 'private flying club', None)]),
    # NEGATIVE (review24c): an acronym another well-known body shares is left out of the lexicon; the
    # initials a longer name spells out are that name's, not a listed body's ('IDF', 'FAA')
    ('The CSIS said drone attacks had doubled.',
     [('CSIS', 'organization', None, None)]),
    ('The FTC said it had fined three cement makers in Dorvale.',
     [('FTC', 'organization', None, None)]),
    ('The Fuel Access Alliance (FAA) said pump prices had doubled. The FAA said more.',
     [('Fuel Access Alliance', 'organization', None, None)]),
    ('The National Health Service said it would hire 300 nurses in Dorvale.',
     [('National Health Service', 'organization', None, None)]),
    # (affils24) two bodies the lexicon places in one state frame the story: a bare department is that
    # state's, as a guess; NEGATIVE: another country named
    ('The FAA said the tower would close. The NTSB said it would investigate. The Transportation Department said the budget was cut.',
     [('FAA', 'organization', None, 'United States'), ('NTSB', 'organization', None, 'United States'),
      ('Transportation Department', 'organization', None, 'United States'), ('United States', 'country', None, None)]),
    ('The FAA said the tower would close. Mexico will pay. The Transportation Department said the budget was cut.',
     [('FAA', 'organization', None, 'United States'), ('Mexico', 'country', None, None),
      ('Transportation Department', 'organization', None, None), ('United States', 'country', None, None)]),
    # (affils24) a country's name after 'of' makes a state body its own, not a seat of learning, a church
    ('The Armed Forces of the Philippines said two soldiers were hurt.',
     [('Armed Forces of the Philippines', 'organization', None, 'Philippines'), ('Philippines', 'country', None, None)]),
    ('The Catholic University of Peru said its poverty survey would be out soon.',
     [('Catholic University of Peru', 'organization', None, None)]),
    ('The Church of Norway said it would hold a vote.',
     [('Church of Norway', 'organization', None, None)]),
    # (affils24) 'National/Federal ... Authority' is a state agency whatever its field; the one country
    # the names speak of holds it though that country is also named once; NEGATIVE: another country
    # named, a members' possessive, a 'National ... Bureau' (may be private)
    ('The Pakistani Farmers Union marched. Pakistani growers joined. Pakistan will pay. The National Disaster Management Authority said 40 villages were flooded.',
     [('National Disaster Management Authority', 'organization', None, 'Pakistan'), ('Pakistan', 'country', None, None),
      ('Pakistani Farmers Union', 'organization', None, None)]),
    ('The Pakistani Farmers Union marched. Pakistani growers joined. India will pay. The National Disaster Management Authority said 40 villages were flooded.',
     [('India', 'country', None, None), ('National Disaster Management Authority', 'organization', None, None),
      ('Pakistani Farmers Union', 'organization', None, None)]),
    ("Norway cut the levy. Norway will pay. The National Fishermen's Authority said catches fell.",
     [("National Fishermen's Authority", 'organization', None, None), ('Norway', 'country', None, None)]),
    ('Norway cut the levy. Norway will pay. The National Bureau of Economic Research said the slump ended.',
     [('National Bureau of Economic Research', 'organization', None, None), ('Norway', 'country', None, None)]),
    # NEGATIVE (review24c): the article says in apposition what the body is
    ('Norway cut the levy. Norway will pay. The National Transitional Authority, a rebel body, said it held the north.',
     [('National Transitional Authority', 'organization', 'rebel body', None), ('Norway', 'country', None, None)]),
    # (affils24) a paper's dateline of a country or its capital is where a domestic story is set: its bare
    # bodies are that state's, as a guess; NEGATIVE: a place of another state named, an agency's hub, a
    # region's city, a local office
    ('MANILA, Philippines — The Department of Justice said it would file charges against three contractors.',
     [('Department of Justice', 'organization', None, 'Philippines'), ('Philippines', 'country', None, None)]),
    ('KUALA LUMPUR: The Finance Ministry said the budget would be tabled next month.',
     [('Finance Ministry', 'organization', None, 'Malaysia'), ('Malaysia', 'country', None, None)]),
    ('MANILA, Philippines — The Department of Justice said it would file charges after talks in Jakarta.',
     [('Department of Justice', 'organization', None, None)]),
    ('LONDON (Reuters) - The Finance Ministry said the bonds were sold.',
     [('Finance Ministry', 'organization', None, None)]),
    ('AUSTIN, Texas — The Department of Public Safety said two troopers were hurt.',
     [('Department of Public Safety', 'organization', None, None)]),
    ('KUALA LUMPUR: The District Land Office said the plot was sold.',
     [('District Land Office', 'organization', None, None)]),
    # NEGATIVE (review24c): a capital's name another well-known city shares, or where bodies above
    # states sit, says no state alone in a dateline
    ('SAN JOSE — The Department of Transportation said the freeway ramp would close for a month.',
     [('Department of Transportation', 'organization', None, None)]),
    ('KINGSTON — The Ministry of Transportation said the highway would close at night.',
     [('Ministry of Transportation', 'organization', None, None)]),
    ('BRUSSELS — The Council of Ministers said it would study the farm rules.',
     [('Council of Ministers', 'organization', None, None)]),
    # (affils24) a body read inside a longer name of a body above states is no state's, though cut short
    ('Norway will pay. Norway sent tents. In a statement, the United Nations Office for the Coordination of Relief Affairs (OCRA) said it was ready to help.',
     [('Norway', 'country', None, None), ('Office for the Coordination of Relief Affairs', 'organization', None, None),
      ('United Nations Office', 'organization', None, None)]),
    # a domestic story that names no country as an actor: the one state its bodies' names speak of;
    # NEGATIVE: where a region's own assembly is named, or the one country is a war's topic
    ("The Peruvian Farmers Union said it would march. The Peruvian Growers Association backed it. The National Bureau of Statistics said prices rose.",
     [("National Bureau of Statistics", "organization", None, "Peru"), ("Peru", "country", None, None),
      ("Peruvian Farmers Union", "organization", None, None), ("Peruvian Growers Association", "organization", None, None)]),
    ("The Peruvian Farmers Union said it would march. The Peruvian Growers Association backed it. The Puno Regional Assembly met. The National Bureau of Statistics said prices rose.",
     [("National Bureau of Statistics", "organization", None, None), ("Peruvian Farmers Union", "organization", None, None),
      ("Peruvian Growers Association", "organization", None, None), ("Puno Regional Assembly", "organization", None, None)]),
    # NEGATIVE (review 23): an agency 'of' another body is that body's; a story set in another
    # country's capital or region is no domestic story
    ("The Peruvian Farmers Union said it would march. The Peruvian Growers Association backed it. The Planning Commission of the university said fees rose.",
     [("Peruvian Farmers Union", "organization", None, None), ("Peruvian Growers Association", "organization", None, None),
      ("Planning Commission", "organization", None, None)]),
    ("Peruvian students in London marched. The Peruvian Students Union backed them. The National Bureau of Statistics said prices rose.",
     [("National Bureau of Statistics", "organization", None, None), ("Peruvian Students Union", "organization", None, None)]),
    ("Critics of the Iraq war said the Iraq war was a mistake. The Security and Intelligence Committee said it would meet.",
     [("Security and Intelligence Committee", "organization", None, None), ("critics", "group", None, None)]),
    # a bare chamber where a region's own legislature is named may be the region's: no country guessed
    ("Republicans run the Ohio Legislature and passed the levy. The United States buys oil and the United States sells cars. The Senate voted 21-12.",
     [("Ohio Legislature", "organization", None, None), ("Republican Party", "organization", None, None),
      ("Senate", "organization", None, None), ("United States", "country", None, None)]),
    ("The United States buys oil and the United States sells cars. The Senate voted 21-12.",
     [("Senate", "organization", None, "United States"), ("United States", "country", None, None)]),
    # a party code beats the country of the title ('U.S. Sen.'); without one the country stays
    ("U.S. Sen. Nora Blevins, R-Ohio, praised the vote.",
     [("Nora Blevins", "person", "Senator", "Republican Party"), ("Republican Party", "organization", None, None)]),
    ("U.S. Sen. Nora Blevins praised the vote.",
     [("Nora Blevins", "person", "Senator", "United States"), ("United States", "country", None, None)]),
    ("U.S. Ambassador Nora Blevins, R-Ohio, praised the vote.",
     [("Nora Blevins", "person", "Ambassador", "United States"), ("Republican Party", "organization", None, None),
      ("United States", "country", None, None)]),
    # a body's common noun that opens a capitalised title is the title's scope, no body, and the role keeps
    # it ('Group Chief Executive X'); NEGATIVE: one the article also uses as a name ('The Committee said') stays
    ("Group Chief Executive Omar Haddad said sales were strong.",
     [("Omar Haddad", "person", "Group Chief Executive", None)]),
    ("Committee Chairman Sam Reed said the vote would go ahead. The Committee said it would meet.",
     [("Committee", "organization", None, None), ("Sam Reed", "person", "Chairman", "Committee")]),
    # 'Undersecretary' written as one word is a title, and the acronym before it the body
    ("The Department of Coastal Works (DCW) sent boats. DCW Undersecretary Lina Morrow said they were late.",
     [("Department of Coastal Works", "organization", None, None),
      ("Lina Morrow", "person", "Undersecretary", "Department of Coastal Works")]),
    # a home town before a party's member noun ('a Dayton Republican') still names the party; NEGATIVE:
    # a former member, a town with a party family's word ('a Dayton Liberal Democrat'), no party's noun
    ("Sen. Nora Blevins, a Dayton Republican, praised the vote.",
     [("Nora Blevins", "person", "Senator", "Republican Party"), ("Republican Party", "organization", None, None)]),
    ("Nora Blevins, a Kansas City Democrat, praised the vote.",
     [("Democratic Party", "organization", None, None), ("Nora Blevins", "person", None, "Democratic Party")]),
    ("Nora Blevins, a former Dayton Republican, praised the vote.",
     [("Nora Blevins", "person", None, None), ("Republican Party", "organization", None, None)]),
    ("Nora Blevins, a Dayton Liberal Democrat, praised the vote.",
     [("Liberal Democrats", "organization", None, None), ("Nora Blevins", "person", None, None)]),
    ("Nora Blevins, a Harbour Democrat, praised the vote.",
     [("Democratic Party", "organization", None, None), ("Nora Blevins", "person", None, None)]),
    # ... nor where every sentence that names the body names another state too
    ("Norway signed the deal. Norway will pay. He was treated in Sweden and, according to the Interior Ministry, he left.",
     [("Interior Ministry", "organization", None, None), ("Norway", "country", None, None)]),
    # a writer who qualifies the main country's offices leaves only another state's offices bare
    ("Norway signed the deal. Norway will pay. Sweden objected. Sweden will not pay. Norway agreed. Norway's Foreign Minister Ann Lowe said it was fair. Secretary of State Tom Reed said it was not.",
     [("Ann Lowe", "person", "Foreign Minister", "Norway"), ("Norway", "country", None, None),
      ("Sweden", "country", None, None), ("Tom Reed", "person", "Secretary of State", None)]),
    ("Norway signed the deal. Norway will pay. Norway's Foreign Minister Ann Lowe said it was fair. Interior Minister Tom Reed said it was not.",
     [("Ann Lowe", "person", "Foreign Minister", "Norway"), ("Norway", "country", None, None),
      ("Tom Reed", "person", "Interior Minister", "Norway")]),
    # a country read as an actor but dropped as a mere place ('orders moved to Chile ... Chilean mills')
    # no longer counts against the main country: the bare office is the main country's; NEGATIVE: a
    # country that acts, or has an officer of its own, stays a rival
    ("Norway cut the tax. Norway will hold a vote. Growers are losing sales to Spain and Egypt. \"We signed deals with Egyptian traders,\" one said. Finance Minister Ann Lowe said the tax was fair.",
     [("Ann Lowe", "person", "Finance Minister", "Norway"), ("Norway", "country", None, None)]),
    ("Norway raised the levy. Norway will review it. Buyers have turned to Chile and Peru, and mills now use Peruvian pulp. Trade Minister Ann Lowe said the levy would stay.",
     [("Ann Lowe", "person", "Trade Minister", "Norway"), ("Norway", "country", None, None)]),
    ("Norway cut the tax. Norway will hold a vote. Orders moved to Brazil and Chile, and the Chilean mills are busy. Prime Minister Tom Reed said the tax was fair.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "Prime Minister", "Norway")]),
    ("Norway raised the levy. Norway will review it. Peru objected. Peru will appeal. Finance Minister Ann Lowe said it was fair.",
     [("Ann Lowe", "person", "Finance Minister", None), ("Norway", "country", None, None), ("Peru", "country", None, None)]),
    ("Norway raised the levy. Norway will review it. Buyers have turned to Chile and Peru, and Peru said it would cut its own tax. Trade Minister Ann Lowe said the levy would stay.",
     [("Ann Lowe", "person", "Trade Minister", None), ("Norway", "country", None, None), ("Peru", "country", None, None)]),
    ("Norway raised the levy. Norway will review it. Buyers have turned to Chile and Peru, and Peruvian Trade Minister Rob Hale said mills were busy. Trade Minister Ann Lowe said the levy would stay.",
     [("Ann Lowe", "person", "Trade Minister", None), ("Norway", "country", None, None), ("Peru", "country", None, None),
      ("Rob Hale", "person", "Trade Minister", "Peru")]),
    # no country acts, but the article's names speak of one alone (bodies' names, its people): that
    # state's bare current executive office; NEGATIVE: a second country, one naming only, a former or
    # shadow post, a body's officer, a name that only says what a thing is about, a place inside a name
    ("The Norwegian Farmers Union said costs rose. Norwegian children eat less fish. Fisheries Minister Ann Lowe said the quota would rise.",
     [("Ann Lowe", "person", "Fisheries Minister", "Norway"), ("Norway", "country", None, None),
      ("Norwegian Farmers Union", "organization", None, None)]),
    ("The Norway Dairy Board cut prices. The Norwegian Grocers Forum said shops would pay more. Prime Minister Tom Reed said the cut was fair.",
     [("Norway", "country", None, None), ("Norway Dairy Board", "organization", None, None),
      ("Norwegian Grocers Forum", "organization", None, None), ("Tom Reed", "person", "Prime Minister", "Norway")]),
    ("The Norwegian Farmers Union said costs rose. The Norwegian Grocers Forum agreed. President Ann Lowe signed the bill.",
     [("Ann Lowe", "person", "President", "Norway"), ("Norway", "country", None, None),
      ("Norwegian Farmers Union", "organization", None, None), ("Norwegian Grocers Forum", "organization", None, None)]),
    ("The Norwegian Farmers Union said costs rose. The Swedish Grocers Forum agreed. Fisheries Minister Ann Lowe said the quota would rise.",
     [("Ann Lowe", "person", "Fisheries Minister", None), ("Norwegian Farmers Union", "organization", None, None),
      ("Swedish Grocers Forum", "organization", None, None)]),
    ("The Norwegian Farmers Union said costs rose. Fisheries Minister Ann Lowe said the quota would rise.",
     [("Ann Lowe", "person", "Fisheries Minister", None), ("Norwegian Farmers Union", "organization", None, None)]),
    ("The Norwegian Farmers Union said costs rose. Norwegian children eat less fish. Former fisheries minister Ann Lowe said the quota was low.",
     [("Ann Lowe", "person", "Former fisheries minister", None), ("Norwegian Farmers Union", "organization", None, None)]),
    ("The Norwegian Farmers Union said costs rose. Norwegian children eat less fish. Shadow Fisheries Minister Ann Lowe said the quota was low.",
     [("Ann Lowe", "person", "Shadow Fisheries Minister", None), ("Norwegian Farmers Union", "organization", None, None)]),
    ("The Norwegian Teachers Collective said costs rose. Norwegian children eat less fish. Collective president Ann Lowe said lunches were cold.",
     [("Ann Lowe", "person", "Collective president", "Norwegian Teachers Collective"),
      ("Norwegian Teachers Collective", "organization", None, None)]),      # (the body's officer: its own body, no state)
    ("The Norway war was costly. The Norway war divided voters. Interior Secretary Tom Reed said so.",
     [("Tom Reed", "person", "Interior Secretary", None)]),
    ("The New Mexico Growers Alliance said costs rose. New Mexico farmers sold less. Governor Ann Lowe said the water plan would pass.",
     [("Ann Lowe", "person", "Governor", None), ("New Mexico Growers Alliance", "organization", None, None)]),
    # NEGATIVE: a person's name that opens on a country's ('Chad'), an ocean named by a people's adjective
    ("The Chad Olsen Trust gave $2m. Chad Olsen said he was glad. Health Minister Ann Lowe thanked him.",
     [("Ann Lowe", "person", "Health Minister", None), ("Chad Olsen", "person", None, None),
      ("Chad Olsen Trust", "organization", None, None)]),
    ("The Indian Ocean Tuna Commission met. The Indian Ocean Fisheries Forum agreed. Fisheries Minister Ann Lowe said stocks fell.",
     [("Ann Lowe", "person", "Fisheries Minister", None), ("Indian Ocean Fisheries Forum", "organization", None, None),
      ("Indian Ocean Tuna Commission", "organization", None, None)]),
    # a country that acts beside an office-holder who acts is the state served; not one that acts on them
    ("As Norway bombs the port, Defence Secretary Tom Reed says the war is over.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "Defence Secretary", "Norway")]),
    ("Norway does not care about the fate of President Tom Reed's government.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "President", None)]),
    # one the main country or its people only act on, never acting, is no guess of the main country's
    ("Norway signed the deal. Norway will pay. Prime Minister Ann Lowe thanked Secretary of State Tom Reed for his work on the talks.",
     [("Ann Lowe", "person", "Prime Minister", "Norway"), ("Norway", "country", None, None),
      ("Tom Reed", "person", "Secretary of State", None)]),
    ("Norway signed the deal. Norway will pay. Norway was not concerned with the fate of President Tom Reed's government.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "President", None)]),
    # 'X of Y' after a name: a town that shares a surname is nobody's affiliation
    ("Dan Marsh, the fire chief, said so. Police identified the driver as Peter Cole of Marsh, Ohio.",
     [("Dan Marsh", "person", "fire chief", None), ("Peter Cole", "person", "driver", None)]),
    # a country that only says what a thing is about ('the Iraq war') makes no article's main country
    ("Iraq said the vote was fair. The Iraq war was costly. The Iraq war divided the country. Home Secretary Tom Reed said so.",
     [("Iraq", "country", None, None), ("Tom Reed", "person", "Home Secretary", None)]),
    ("Iraq said the vote was fair. Iraq intelligence was wrong. Iraq intelligence was old. Home Secretary Tom Reed said so.",
     [("Iraq", "country", None, None), ("Tom Reed", "person", "Home Secretary", None)]),
    # ... but one before its people or offices does
    ("US officials said the vote was fair. US troops left. Secretary of State Tom Reed said so.",
     [("Tom Reed", "person", "Secretary of State", "United States"), ("United States", "country", None, None)]),
    # legislators given by party codes: bare bodies are the writer's state's, not the main country's
    ("Iran signed the deal. Iran will pay. Iran tested a missile. Sen. Rob Hale (R-Ohio) and Sen. Ann Lowe (D-Md.) said the Senate would vote.",
     [("Ann Lowe", "person", "Senator", "Democratic Party"), ("Democratic Party", "organization", None, None),
      ("Iran", "country", None, None), ("Republican Party", "organization", None, None),
      ("Rob Hale", "person", "Senator", "Republican Party"), ("Senate", "organization", None, None)]),
    # a body above states is no state's
    ("Norway signed the deal. Norway will pay. The International Energy Agency said it was fair.",
     [("International Energy Agency", "organization", None, None), ("Norway", "country", None, None)]),
    # a body's acronym between it and the title; an employer after 'at'; 'of' after a name the parser split
    ("Harbour Trust Association (HTA) head Ann Lowe said the plan would fail.",
     [("Ann Lowe", "person", "head", "Harbour Trust Association"), ("Harbour Trust Association", "organization", None, None)]),
    ("\"It will fail,\" said Tom Reed, a strategist at Oslo's Nordvik Securities.",
     [("Nordvik Securities", "organization", None, None), ("Tom Reed", "person", "strategist", "Nordvik Securities")]),
    ("Tom dela Cruz of the navy's Eastern Harbour Command said the crew was behind it.",
     [("Eastern Harbour Command", "organization", None, None), ("Tom dela Cruz", "person", None, "Eastern Harbour Command")]),
    # a country's possessive before a body's name
    ("Brazil's National Institute for Ocean Studies has recorded warmer seas.",
     [("Brazil", "country", None, None), ("National Institute for Ocean Studies", "organization", None, "Brazil")]),
    # a bare 'member' says what of; a body a person owns by a possessive is theirs
    ("Tom Reed, a member of Ann Lowe's Harbour Chambers, says the war was illegal.",
     [("Ann Lowe", "person", None, "Harbour Chambers"), ("Harbour Chambers", "organization", None, None),
      ("Tom Reed", "person", "member of Harbour Chambers", "Harbour Chambers")]),
    # a phrase that describes no person gives no affiliation
    ("Tom Reed said Saint Mara, formerly a Greek Orthodox chapel, would become a museum.",
     [("Tom Reed", "person", None, None)]),
    ("Tom Reed said Saint Mara would become a museum again.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed said Ann Lowe, a former chapel warden, would run the museum.",
     [("Ann Lowe", "person", "former chapel warden", None), ("Tom Reed", "person", None, None)]),
    # a hyphenated body's name before the title is no part of the role
    ("Nordic Export-Import Bank president Tom Reed said the loan was approved.",
     [("Nordic Export-Import Bank", "organization", None, None), ("Tom Reed", "person", "president", "Nordic Export-Import Bank")]),
    # 'ORG, whose N, X': X is the N of ORG
    ("Officials hope to stop the Liberty Front, whose leader, Marie Duval, topped a poll.",
     [("Liberty Front", "organization", None, None), ("Marie Duval", "person", "leader", "Liberty Front")]),
    # a state or province before a regional office is of one country; not before a trade
    ("Texas Sen. Rob Hale said the bill would pass.",
     [("Rob Hale", "person", "Texas Senator", "United States"), ("United States", "country", None, None)]),
    # a one-word subdivision name that is a plain word or compass point names no country
    ("North Minister Ann Lowe said the road would open.", [("Ann Lowe", "person", "North Minister", None)]),
    # (a region before its own executive office is the government served, the region: affil26)
    ("Ontario Premier Ann Lowe said the plan was fair.", [("Ann Lowe", "person", "Premier", "Ontario"), ("Ontario", "organization", None, None)]),
    ("Rob Hale, a Texas oilman, said prices would rise.", [("Rob Hale", "person", "Texas oilman", None)]),
    ("Former Texas Gov. Rob Hale said the bill would pass.", [("Rob Hale", "person", "Former Texas Governor", None)]),
    # a governor is a state office: the article's main country, as a guess
    ("Norway signed the deal. Norway will pay. Regional governor Ann Lowe said it was fair.",
     [("Ann Lowe", "person", "Regional governor", "Norway"), ("Norway", "country", None, None)]),
    # a nationality adjective makes a body the state's only with a state body's word in its name
    ("The Dutch Tulip Forum said prices would rise.", [("Dutch Tulip Forum", "organization", None, None)]),
    # ... a country's own name that only ends like a people's adjective is the country's name
    ("The Ukraine Electoral Council said the vote was fair.",
     [("Ukraine", "country", None, None), ("Ukraine Electoral Council", "organization", None, "Ukraine")]),
    ("The Royal Danish Navy said the strike hit the port.",
     [("Denmark", "country", None, None), ("Royal Danish Navy", "organization", None, "Denmark")]),
    # 'A and N B' after a country's office-holder A: B serves the same country, however the list is parsed
    ("The talks were attended by Danish premier Ann Lowe and energy minister Tom Reed, and Polish president Rob Hale and energy minister Mark Stone.",
     [("Ann Lowe", "person", "premier", "Denmark"), ("Denmark", "country", None, None),
      ("Mark Stone", "person", "energy minister", "Poland"), ("Poland", "country", None, None),
      ("Rob Hale", "person", "president", "Poland"), ("Tom Reed", "person", "energy minister", "Denmark")]),
    ("Ann Lowe and Foreign Minister Tom Reed met.",
     [("Ann Lowe", "person", None, None), ("Tom Reed", "person", "Foreign Minister", None)]),
    # 'served as' a title; the body a person chairs, heads or leads; not what they lead in
    ("Tom Reed, who served as Norway's ambassador to Peru until May, said so.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "former ambassador to Peru", "Norway")]),
    ("Rob Hale, who chairs the Senate Fisheries Committee, said so.",
     [("Rob Hale", "person", "chair", "Senate Fisheries Committee"),
      ("Senate Fisheries Committee", "organization", None, None)]),
    ("Rob Hale, who leads the polls, said so.", [("Rob Hale", "person", None, None)]),
    # a title between the apposition's comma and the name: "Norway's leader, President X"
    ("Weeks later, Norway's leader, President Tom Reed, signed the deal.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "President", "Norway")]),
    # a body called state-owned is the state's: the one named with it, else the article's main country
    ("Brazil sold the unit. Brazil said so. The deal with state-owned energy firm Nordvik Oil Company met market rules.",
     [("Brazil", "country", None, None), ("Nordvik Oil Company", "organization", 'state-owned energy firm', "Brazil")]),
    ("Brazil sold the unit. Brazil said so. The deal with Chinese state-owned energy firm Nordvik Oil Company met market rules.",
     [("Brazil", "country", None, None), ("China", "country", None, None),
      ("Nordvik Oil Company", "organization", 'Chinese state-owned energy firm', "China")]),
    ("Brazil sold the unit. Sweden said so. The deal with state-owned energy firm Nordvik Oil Company met market rules.",
     [("Brazil", "country", None, None), ("Nordvik Oil Company", "organization", 'state-owned energy firm', None), ("Sweden", "country", None, None)]),
    # a person named right before a staff title is the one the title-holder works for; not before
    # a title that only names a relation to them ('critic') or another body's post
    ("Maria Gonzalez spoke. Gonzalez adviser Tom Reed said the plan would fail.",
     [("Maria Gonzalez", "person", None, None), ("Tom Reed", "person", "adviser", "Maria Gonzalez")]),
    ("Maria Gonzalez spoke. Gonzalez critic Tom Reed said the vote was rigged.",
     [("Maria Gonzalez", "person", None, None), ("Tom Reed", "person", "critic", None)]),
    ("Maria Gonzalez spoke. Gonzalez administration official Tom Reed said the talks failed.",
     [("Maria Gonzalez", "person", None, None), ("Tom Reed", "person", "administration official", None)]),
    ("Hillary Stone spoke. Senator Tom Reed said the plan would fail.",
     [("Hillary Stone", "person", None, None), ("Tom Reed", "person", "Senator", None)]),
    # a party's member noun as the next sentence's subject is the person the sentence before was about
    ("Sen. Tom Reed has pressed the Grant administration for the files. The Democrat told reporters the files were late.",
     [("Democratic Party", "organization", None, None), ("Grant", "person", None, None),
      ("Tom Reed", "person", "Senator", "Democratic Party")]),
    ("Tom Reed met Ann Lowe on Monday. The Republican told reporters the talks failed.",
     [("Ann Lowe", "person", None, None), ("Republican Party", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed spoke on Monday. The Democrats told reporters the talks failed.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, None)]),
    # where an article's politics are one state's (stated by party codes) and it names no other, its bare offices are that state's
    ("Sen. Tom Reed (R-Ohio) and Rep. Ann Lowe (D-Calif.) asked the Justice Department to act. The Justice Department refused.",
     [("Ann Lowe", "person", "Representative", "Democratic Party"), ("Democratic Party", "organization", None, None),
      ("Justice Department", "organization", None, "United States"), ("Republican Party", "organization", None, None),
      ("Tom Reed", "person", "Senator", "Republican Party"), ("United States", "country", None, None)]),
    ("Sen. Tom Reed (R-Ohio) and Rep. Ann Lowe (D-Calif.) asked the Justice Department to act. Mexico refused.",
     [("Ann Lowe", "person", "Representative", "Democratic Party"), ("Democratic Party", "organization", None, None),
      ("Justice Department", "organization", None, None), ("Mexico", "country", None, None),
      ("Republican Party", "organization", None, None), ("Tom Reed", "person", "Senator", "Republican Party")]),
    # an American writer's own politics is no reason to doubt the main country for an office America lacks
    ("Germany said so. Germany will pay. President Tom Reed of the United States and Sen. Ann Lowe (R-Ohio) agreed. "
     "The defense minister, Eva Berg, said Parliament would vote.",
     [("Ann Lowe", "person", "Senator", "Republican Party"), ("Eva Berg", "person", "defense minister", "Germany"),
      ("Germany", "country", None, None), ("Parliament", "organization", None, "Germany"),
      ("Republican Party", "organization", None, None), ("Tom Reed", "person", "President", "United States"),
      ("United States", "country", None, None)]),
    # 'under' an office-holder the main country acts: no counterpart of it, the guess stands; one praised by it is
    ("Germany said so. Germany will pay. Under Chancellor Eva Berg, Germany has also sent aid.",
     [("Eva Berg", "person", "Chancellor", "Germany"), ("Germany", "country", None, None)]),
    ("Germany said so. Germany will pay. Germany praised efforts by Chancellor Eva Berg.",
     [("Eva Berg", "person", "Chancellor", None), ("Germany", "country", None, None)]),
    # a party's member noun in a copula or 'one of' names the party; a critic of a party is no member
    ("Tom Reed, who is a Democrat, said no.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, "Democratic Party")]),
    ("Tom Reed, one of the Democrats on the panel, said no.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, "Democratic Party")]),
    ("Tom Reed, one of the Democrats' critics, said no.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed is a critic of the Democrats.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", "critic of the Democrats", None)]),
    # a body's national section is one name, the body served; a non-state body's country word is no owner
    ("Ann Lowe, director of Harbour Relief International UK, said more.",
     [("Ann Lowe", "person", "director", "Harbour Relief International UK"),
      ("Harbour Relief International UK", "organization", None, None)]),
    # nothing to say: no role, no affiliation
    ("Tom Reed said the road was closed.", [("Tom Reed", "person", None, None)]),
    # 'N for X, NAME,': the name the parser hangs on X is the N; not a name that opens a list
    ("An attorney for Tom Reed, Mark Dunn, said his client was ready.",
     [("Mark Dunn", "person", "attorney", "Tom Reed"), ("Tom Reed", "person", None, None)]),
    ("Critics of Tom Reed, Ann Lowe and Sam Hollis, said the case was weak.",
     [("Ann Lowe", "person", None, None), ("Sam Hollis", "person", None, None), ("Tom Reed", "person", None, None),
      ("critics", "group", None, None)]),
    # 'member of' a family is kin, no role (nor the name in it an affiliation)
    ("The voters nominated Sam Hollis, a member of the Hollis clan, to replace him.",
     [("Sam Hollis", "person", None, None)]),
    ("Ann Lowe, a member of the Reed family, said the farm was sold.",
     [("Ann Lowe", "person", None, None), ("Reed", "person", None, None)]),
    # a possessive owner is cut whole from the role, never mid-name
    ("Galveston's fire chief Dan Marsh said the crews were blaming it on Reed.",
     [("Dan Marsh", "person", "fire chief", None)]),
    # a participle telling a passing state is no part of the role; an office's own participle is
    ("Mr. Reed announced the release of the detained steel magnate Ivan Petrov.",
     [("Ivan Petrov", "person", "steel magnate", None), ("Reed", "person", None, None)]),
    # ... but an adjective of a plural noun before the role names the role's field
    ("The armed forces minister, Ann Lowe, said the army was ready.",
     [("Ann Lowe", "person", "armed forces minister", None)]),
    ("Tom Reed, a wrongly jailed opposition leader, said the case was weak.", [("Tom Reed", "person", "opposition leader", None)]),
    ("The retired general Tom Reed said the case was weak.", [("Tom Reed", "person", "retired general", None)]),
    ("The ousted president Tom Reed said the case was weak.", [("Tom Reed", "person", "ousted president", None)]),
    ("Tom Reed, the running mate, said the plan would fail.", [("Tom Reed", "person", "running mate", None)]),
    # a multi-word title with 'of the' is kept whole; a body it names is the affiliation
    ("Secretary of the Treasury Ann Lowe said the case was weak.", [("Ann Lowe", "person", "Secretary of the Treasury", None)]),
    ("Speaker of the House Carl Dunn backed the plan.",
     [("Carl Dunn", "person", "Speaker", "House"), ("House", "organization", None, None)]),
    # an abbreviated title that is one only with its dot
    ('"We will not wait," said Del. Mara Quint of the Northern Isles.', [("Mara Quint", "person", "Delegate", None)]),
    # (a company no resource knows stays in the role: no affiliation is guessed for it)
    ("Del Rey president Tom Reed said the case was weak.", [("Tom Reed", "person", "Del Rey president", None)]),
    # a plural apposition before a list of names: each is one, without the count
    ("Prosecutors charged two Ohio developers, Carl Dunn and Mark Stone, with fraud.",
     [("Carl Dunn", "person", "Ohio developer", None), ("Mark Stone", "person", "Ohio developer", None),
      ("prosecutors", "group", None, None)]),
    # roles joined by 'and' are one role; not a noun after the comma that closes the apposition
    ("Ann Lowe, a Boston-based architect and spokeswoman for the Harbour Coalition, said it works.",
     [("Ann Lowe", "person", "architect and spokeswoman", "Harbour Coalition"),     # ('Boston-based': where she works)
      ("Harbour Coalition", "organization", None, None)]),
    ('"It is late," Tom Reed, a visiting fellow at the Marlow Institute and a one-time United States ambassador to Peru, said of the deal.',
     [("Marlow Institute", "organization", None, None),
      ("Tom Reed", "person", "visiting fellow and one-time United States ambassador to Peru", "Marlow Institute"),
      ("United States", "country", None, None)]),
    # ... and kinship nouns give no role, however joined
    ("Ann Lowe, the daughter of a miner and grandmother of five, said the pit would close.",
     [("Ann Lowe", "person", None, None)]),
    ("Tom Reed, the mayor, and the police chief met on Monday.", [("Tom Reed", "person", "mayor", None)]),
    # 'ambassador to X': the posting is part of the role, the state served the affiliation
    ("Ann Lowe, Norway's ambassador to the United Nations, said the case was weak.",
     [("Ann Lowe", "person", "ambassador to the United Nations", "Norway"), ("Norway", "country", None, None)]),
    # 'who served as N': N; one the clause says has ended is a former one ('former' as stated is kept)
    ("Carl Dunn, who served as U.S. envoy to Peru from 2010 until last spring, said the talks failed.",
     [("Carl Dunn", "person", "former envoy to Peru", "United States"), ("United States", "country", None, None)]),
    ("Tom Reed, who has served as mayor since 2010, said the case was weak.", [("Tom Reed", "person", "mayor", None)]),
    ("Tom Reed, who was previously the mayor, said the case was weak.", [("Tom Reed", "person", "former mayor", None)]),
    ("Tom Reed, a former senator, said the plan would fail.", [("Tom Reed", "person", "former senator", None)]),
    ("Former Senator Tom Reed said the plan would fail.", [("Tom Reed", "person", "Former Senator", None)]),
    # 'former' before lower-case common nouns names a job once held, though no list knows it;
    # NEGATIVE: a bond to another person ('former classmate') is no job
    ("Former schoolteacher Ann Roe won the mayoral race on Sunday.", [("Ann Roe", "person", "former schoolteacher", None)]),
    ("Former electrician Tom Reed said the wiring was unsafe.", [("Tom Reed", "person", "former electrician", None)]),
    ("Ex-firefighter Tom Reed said the blaze spread fast.", [("Tom Reed", "person", "ex-firefighter", None)]),
    ("The prize went to former bricklayer Ann Roe, who said the wall would fall.",
     [("Ann Roe", "person", "former bricklayer", None)]),
    ("Former classmate Tom Reed said she was quiet.", [("Tom Reed", "person", None, None)]),
    ("Former neighbour Ann Roe said the house was empty.", [("Ann Roe", "person", None, None)]),
    # NEGATIVE: a customer's or fan's bond, a state lived through ('smoker', 'hostage') is no job
    ("Former customer Tom Reed said the bank was rude.", [("Tom Reed", "person", None, None)]),
    ("Former smoker Ann Roe said the ban worked.", [("Ann Roe", "person", None, None)]),
    ("Former hostage Ann Roe said the guards were kind.", [("Ann Roe", "person", None, None)]),
    ("Former believer Tom Reed said the church had failed.", [("Tom Reed", "person", None, None)]),
    ("Former winner Ann Roe said the race was hard.", [("Ann Roe", "person", None, None)]),
    # one charged with an offence is a suspect; the passive subject of 'identified/named as' is the
    # listed names' role; NEGATIVE: a duty given ('charged with leading', 'with the task'), no charge,
    # a title that outranks it, and a subject no role list knows ('the cause', 'the bridge')
    ("Tom Reed, 34, was charged with burglary on Monday.", [("Tom Reed", "person", "suspect", None)]),
    ("Tom Reed has been charged over the fire at the depot.", [("Tom Reed", "person", "suspect", None)]),
    ("The suspects were identified as Tom Reed and Ben Ash on Friday.",
     [("Ben Ash", "person", "suspect", None), ("Tom Reed", "person", "suspect", None)]),
    ("The victim was named as Ann Roe, a mother of two.", [("Ann Roe", "person", "victim", None)]),
    ("Tom Reed was charged with leading the inquiry into the fire.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed was charged with the task of rebuilding the depot.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed was not charged, the court heard.", [("Tom Reed", "person", None, None)]),
    ("Former minister Tom Reed was charged with fraud on Monday.", [("Tom Reed", "person", "Former minister", None)]),
    ("The bridge was named as a tribute to Ann Roe on Friday.", [("Ann Roe", "person", None, None)]),
    # NEGATIVE: a fee, a charging animal, a duty, a charge only possible or asked about, one cleared,
    # a naming denied or corrected
    ("Tom Reed was charged £50 for parking at the station.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed was charged by a bull on the farm.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed was charged with the security of the summit.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed could be charged with fraud, police said.",
     [("Tom Reed", "person", None, None), ("police", "group", None, None)]),
    ("Police would not say whether Tom Reed was charged.",      # police said nothing: no source, no group
     [("Tom Reed", "person", None, None)]),
    ("Tom Reed was charged with fraud in 2019 but acquitted.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed was charged by police with murder.", [("Tom Reed", "person", "suspect", None)]),
    ("The suspect was not identified as Tom Reed, police said.",
     [("Tom Reed", "person", None, None), ("police", "group", None, None)]),
    ("The officer was wrongly identified as Tom Reed in early reports.", [("Tom Reed", "person", None, None)]),
    # an elected member's letters before the name are a title ('MEP', 'MSP', 'TD'); an MEP's demonym
    # names no body served (NEGATIVE: an MP's does)
    ("German MEP Ann Roe, of the Harbour Greens group, said the law was weak.",
     [("Ann Roe", "person", "MEP", "Harbour Greens group"), ("Harbour Greens group", "organization", None, None)]),
    ("French MEP Ann Roe said the law was weak.", [("Ann Roe", "person", "MEP", None)]),
    ("Labour MSP Ann Roe said the law was weak.",
     [("Ann Roe", "person", "MSP", "Labour"), ("Labour", "organization", None, None)]),
    ("Fianna Fail TD Ann Roe said the law was weak.",
     [("Ann Roe", "person", "TD", "Fianna Fail"), ("Fianna Fail", "organization", None, None)]),
    ("German MP Ann Roe said the law was weak.",
     [("Ann Roe", "person", "MP", "Germany"), ("Germany", "country", None, None)]),
    # a formal title stacked after a description is the role; a party word before it the affiliation
    ("At the summit, OAS coordinator President Amara Okafor of Peru said the deal was done.",
     [("Amara Okafor", "person", "President", "Peru"), ("Peru", "country", None, None)]),
    ("Their old ally, panel ranking Republican Sen. Ann Lowe (Ohio), has not signed on.",
     [("Ann Lowe", "person", "Senator", "Republican Party"), ("Republican Party", "organization", None, None)]),
    ('"Deadlines are binding," committee Chairman Rep. Tom Reed said.', [("Tom Reed", "person", "Representative", None)]),
    # ... not a rank written in two words
    ("Rear Adm. Tom Reed said the plan would fail.", [("Tom Reed", "person", "Rear Admiral", None)]),
    ("Lt. Gen. Tom Reed said the plan would fail.", [("Tom Reed", "person", "Lieutenant General", None)]),
    # a noun of the clause before the title is no part of it
    ("It belongs to the movement President Tom Reed founded two years ago.", [("Tom Reed", "person", "President", None)]),
    # a former role keeps the name in the role; it gives no body or person served now (the
    # country it was held for stays); a name that qualifies a noun takes no title from before it
    ("The case has been backed by Tom Reed, a former Harbour Union economist, who confirmed it.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", "former Harbour Union economist", None)]),
    ("But Labour former minister Tom Reed said the report was weak.",
     [("Labour", "organization", None, None), ("Tom Reed", "person", "former minister", "Labour")]),
    ("Tom Reed, a former Mexican trade minister, said the tariff was useless.",
     [("Mexico", "country", None, None), ("Tom Reed", "person", "former trade minister", "Mexico")]),
    # a peer's title after an office's opens the peer's name; the office is the role
    ("Attorney General Lord Reed said the plan was lawful.", [("Lord Reed", "person", "Attorney General", None)]),
    ("The Attorney General, Lord Reed, said the plan was lawful.", [("Lord Reed", "person", "Attorney General", None)]),
    ("Lord Reed said the plan was lawful.", [("Lord Reed", "person", None, None)]),
    ("Vice President Tom Reed met the envoy.", [("Tom Reed", "person", "Vice President", None)]),
    ("Secretary General Ann Lowe met the envoy.", [("Ann Lowe", "person", "Secretary General", None)]),
    # the country of a former post is its affiliation, not part of the role; 'ex-' is written 'former'
    ("Tom Reed, an ex-Russian intelligence officer, was poisoned in March.",
     [("Russia", "country", None, None), ("Tom Reed", "person", "former intelligence officer", "Russia")]),
    ("The ex-Russian spy Tom Reed was poisoned in March.",
     [("Russia", "country", None, None), ("Tom Reed", "person", "former spy", "Russia")]),
    ("Tom Reed, an ex-police officer, was poisoned in March.",
     [("Tom Reed", "person", "ex-police officer", None)]),
    ("Tom Reed, an ex-Labour MP, said the plan was bad.",
     [("Labour", "organization", None, None), ("Tom Reed", "person", "ex-Labour MP", "Labour")]),
    ("Tom Reed, a former New York Times reporter, said the plan was bad.",
     [("New York Times", "organization", None, None), ("Tom Reed", "person", "former New York Times reporter", None)]),
    ("Former Texas senator Tom Reed said the plan was bad.",
     [("Tom Reed", "person", "Former Texas senator", None)]),
    ("Ann Lowe, a former Reed aide who went with her to Oslo, said the talks failed.",
     [("Ann Lowe", "person", "former Reed aide", None), ("Reed", "person", None, None)]),
    # the complement of 'N for/of' as written, articles included
    ("Eva Berg, the regional commissioner for the military, said the army was weak.",
     [("Eva Berg", "person", "regional commissioner for the military", None)]),
    # a title starts at 'former', not at a bare noun of the clause before it
    ("\"She is a key figure in the panel's inquiry former Attorney General Ann Lowe's handling of the files.\"",
     [("Ann Lowe", "person", "former Attorney General", None)]),
    # a country's name owns a body where it governs the head noun: right before it (or before
    # adjectives and state body words, or a state body's head) or as the 'of' phrase ending the name; not where a noun
    # in between names the kind of body the country only bounds, nor a paper named for its country
    ("The US Treasury said the sanctions would stay.",
     [("US Treasury", "organization", None, "United States"), ("United States", "country", None, None)]),
    ("The U.S. Postal Service said the letters were late.",
     [("U.S. Postal Service", "organization", None, "United States"), ("United States", "country", None, None)]),
    ("The Voice of America said the count went on.",
     [("United States", "country", None, None), ("Voice of America", "organization", None, "United States")]),
    ("The US Border Control Service said the gate was closed.",
     [("US Border Control Service", "organization", None, "United States"), ("United States", "country", None, None)]),
    ("The United States Hockey League said the season would start in May.",
     [("United States Hockey League", "organization", None, None)]),
    ("The Norway Herald said the port was closed.", [("Norway Herald", "organization", None, None)]),
    # an organ named with its body's name first is that body's, where the article names the body;
    # a UN principal organ named bare is the UN's where the article names the UN
    ("The Harbour Party said its National Committee was hacked. The Harbour Party National Committee said the data were safe.",
     [("Harbour Party", "organization", None, None),
      ("Harbour Party National Committee", "organization", None, "Harbour Party")]),
    ("The Senate voted on Friday, and the Senate Fisheries Committee said the quota would fall.",
     [("Senate", "organization", None, None), ("Senate Fisheries Committee", "organization", None, "Senate")]),
    ("The United Nations said the Security Council would meet on Monday.",
     [("United Nations", "organization", None, None),
      ("United Nations Security Council", "organization", None, "United Nations")]),
    ("The Security Council will meet on Monday, Tom Reed said.",
     [("Security Council", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("The Republican Guard said the road was shut, the Republican Party said.",
     [("Republican Guard", "organization", None, None), ("Republican Party", "organization", None, None)]),
    # "the government's" body is a state body: of the one country its sentence names
    ("Norway acts slowly, said Ann Lowe, the head of the government's Institute for Ports.",
     [("Ann Lowe", "person", "head", "Institute for Ports"), ("Institute for Ports", "organization", None, "Norway"),
      ("Norway", "country", None, None)]),
    # a person's possessive before a body: theirs, save a state's body
    ("Ann Lowe's Harbour Chambers won the case.",
     [("Ann Lowe", "person", None, "Harbour Chambers"), ("Harbour Chambers", "organization", None, None)]),
    ("President Tom Grant's Justice Department said the case was closed.",
     [("Justice Department", "organization", None, None), ("Tom Grant", "person", "President", None)]),
    # 'his lawyer', 'her adviser': the one person of that gender named just before
    ("Martin Cole said he was held for a year. His lawyer Ann Lowe said the case was weak.",
     [("Ann Lowe", "person", "lawyer", "Martin Cole"), ("Martin Cole", "person", None, None)]),
    ("Anna Cole wrote to Tom Reed. In a statement, her press adviser, Ann Lowe, said the plan was fair.",
     [("Ann Lowe", "person", "press adviser", "Anna Cole"), ("Anna Cole", "person", None, None),
      ("Tom Reed", "person", None, None)]),
    # ... past a sentence that speaks of her again without naming her as its subject
    ("Anna Cole stayed home. People close to her say she backs President Reed. Her adviser, Ann Lowe, said so.",
     [("Ann Lowe", "person", "adviser", "Anna Cole"), ("Anna Cole", "person", None, None),
      ("Reed", "person", "President", None)]),     # "people close to her": unnamed sources, no group
    # roles joined by 'and' before the name: the current one first gives the body served
    ("Kessel University trade expert and former Danish customs official, Tom Reed, said the new tariff would not last.",
     [("Denmark", "country", None, None), ("Kessel University", "organization", None, None),
      ("Tom Reed", "person", "trade expert and former Danish customs official", "Kessel University")]),
    # a party or a state body as the subject after 'In COUNTRY,' is that country's; no other body
    ("Norway said the vote would be close. In Norway, the ruling Social Democratic Rally said the tax would fall.",
     [("Norway", "country", None, None), ("Social Democratic Rally", "organization", None, "Norway")]),
    ("Peru declared a curfew. In Peru, the opposition Harbour Party said the road was shut, and Sweden agreed.",
     [("Harbour Party", "organization", "opposition", "Peru"), ("Peru", "country", None, None), ("Sweden", "country", None, None)]),
    ("Peru declared a curfew. In Peru, United Harbour Lines said the road was shut.",
     [("Peru", "country", None, None), ("United Harbour Lines", "organization", None, None)]),
    # after a plural title, the 'of' phrase that closes a list of names is each one's
    ('"It will fail," port analysts Tom Reed and Ann Lowe of the Harbour Institute wrote in May.',
     [("Ann Lowe", "person", "port analyst", "Harbour Institute"), ("Harbour Institute", "organization", None, None),
      ("Tom Reed", "person", "port analyst", "Harbour Institute")]),
    # a post of a state body named bare is the state's, as the bare body is (a guess of the main
    # country); not a town's post given by its possessive
    ("Norway said the fence would stay. Police spokesman Tom Reed said the gate was shut. Norway will pay.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "Police spokesman", "Norway")]),
    # a party code after a comma, as AP style writes it
    ("The plan was backed by Sen. Tom Reed, R-Ohio, and Sen. Ann Lowe, D-N.Y., on Monday.",
     [("Ann Lowe", "person", "Senator", "Democratic Party"), ("Democratic Party", "organization", None, None),
      ("Republican Party", "organization", None, None), ("Tom Reed", "person", "Senator", "Republican Party")]),
    # a country's name before an association of members owns none; a person's nominee is not their staff
    ("The United States Association of Harbour Pilots said the ports would close.",
     [("United States Association of Harbour Pilots", "organization", None, None)]),
    ("Ann Lowe is President Tom Grant's nominee.",
     [("Ann Lowe", "person", "nominee", None), ("Tom Grant", "person", "President", None)]),
    # a person's nominee for a post holds the post, no body; for a named body, that body's
    ("Ann Lowe, Tom Reed's nominee for the court, said she would serve.",
     [("Ann Lowe", "person", "nominee for the court", None), ("Tom Reed", "person", None, None)]),
    ("Ann Lowe, Tom Reed's nominee for Harbour Bank, said she would serve.",
     [("Ann Lowe", "person", "nominee", "Harbour Bank"), ("Harbour Bank", "organization", None, None),
      ("Tom Reed", "person", None, None)]),
    ("Ann Lowe is the Harbour Party's nominee.",
     [("Ann Lowe", "person", "nominee", "Harbour Party"), ("Harbour Party", "organization", None, None)]),
    # a copula or an apposition that calls a body a part of another the article names
    ("The United Nations met in May. The Harbour Council is a United Nations body that rules on ports.",
     [("Harbour Council", "organization", 'United Nations body that rules on ports', "United Nations"), ("United Nations", "organization", None, None)]),
    ("The EU said so. The Fisheries Board, an EU agency, said the quota would fall.",
     [("European Union", "organization", None, None), ("Fisheries Board", "organization", 'EU agency', "European Union")]),
    # ... not one it says the body is not, or no longer is
    ("The Harbour Council is not a United Nations body, Ann Lowe said.",
     [("Ann Lowe", "person", None, None), ("Harbour Council", "organization", None, None),
      ("United Nations", "organization", None, None)]),
    ("The Harbour Council, once an EU agency, said rules would change.",
     [("European Union", "organization", None, None), ("Harbour Council", "organization", None, None)]),
    ("The United Nations met in May. The Harbour Council was a United Nations body until 2010.",
     [("Harbour Council", "organization", None, None), ("United Nations", "organization", None, None)]),
    ("The Fisheries Board is a good body, Tom Reed said.",
     [("Fisheries Board", "organization", None, None), ("Tom Reed", "person", None, None)]),
    # given names one letter apart are two people's where they meet in a paragraph or the later is described
    # (kinship is no role)
    ("Maria Lowe said the plan would fail. Her sister Marja Lowe said it would work.",
     [("Maria Lowe", "person", None, None), ("Marja Lowe", "person", None, None)]),
    ("Maria Lowe and Marja Lowe, her sister, said the plan would fail.",
     [("Maria Lowe", "person", None, None), ("Marja Lowe", "person", None, None)]),
    ("Mark Reed said the plan would fail. His brother Marc Reed said it would work.",
     [("Marc Reed", "person", None, None), ("Mark Reed", "person", None, None)]),
    ("Erik Dahl said the talks would fail. His son Eric Dahl said they would succeed.",
     [("Eric Dahl", "person", None, None), ("Erik Dahl", "person", None, None)]),
    ("Lisa Berg said the plan would fail. Liza Berg said the plan would work.",
     [("Lisa Berg", "person", None, None), ("Liza Berg", "person", None, None)]),
    ("Maria Lowe said the plan would fail.\n\nHer sister Marja Lowe said it would work.",
     [("Maria Lowe", "person", None, None), ("Marja Lowe", "person", None, None)]),
    ("Mark Reed said the plan would fail.\n\nMarc Reed, his brother, said it would work.",
     [("Marc Reed", "person", None, None), ("Mark Reed", "person", None, None)]),
    ("Erik Dahl said the talks would fail.\n\nThe son, Eric Dahl, said they would succeed.",
     [("Eric Dahl", "person", None, None), ("Erik Dahl", "person", None, None)]),
    ("Lisa Berg said the plan would fail.\n\nLawyer Liza Berg said the plan would work.",
     [("Lisa Berg", "person", None, None), ("Liza Berg", "person", "Lawyer", None)]),
    # a contact in a story's last paragraph leaves its people and their roles
    ("Taxes will rise, the mayor said.\n\nTom Reed, the police chief, said the roads were shut.\n\n"
     "Ann Lowe, a council spokeswoman, said tips can be sent to news@harbour.test.",
     [("Ann Lowe", "person", "council spokeswoman", None), ("Tom Reed", "person", "police chief", None)]),
    ("Taxes will rise, the mayor said.\n\nAnn Lowe, the mayor, said the vote was on Monday. "
     "Reach her at ann@harbour.test to see the results, Tom Reed, her aide, said.",
     [("Ann Lowe", "person", "mayor", None), ("Tom Reed", "person", "aide", None)]),
    # ... and nobody where two may be meant
    ("Tom Reed met Mark Dunn on Monday. His lawyer Ann Lowe said the case was weak.",
     [("Ann Lowe", "person", "lawyer", None), ("Mark Dunn", "person", None, None), ("Tom Reed", "person", None, None)]),
    # ... nor a capitalised word the recogniser took for no name (no actor to affiliate to)
    ("Quorvath arrived in court on Monday. His lawyer Tom Reed said the case was weak.",
     [("Tom Reed", "person", "lawyer", None)]),
    # 'who heads/chairs/directs ORG' (and 'X heads ORG.') in the present tense: the head of that body;
    # not one who led it, nor one who leads it in a race
    ("The port is vital, said Luis Vega, who heads the Centre for Harbour Studies in Lima.",
     [("Centre for Harbour Studies", "organization", None, None), ("Luis Vega", "person", "head", "Centre for Harbour Studies")]),
    ("Ann Lowe heads the Harbour Institute. She said the quota would fall.",
     [("Ann Lowe", "person", "head", "Harbour Institute"), ("Harbour Institute", "organization", None, None)]),
    ("Ann Lowe, who leads the Harbour Party in the polls, said the quota would fall.",
     [("Ann Lowe", "person", None, "Harbour Party"), ("Harbour Party", "organization", None, None)]),
    # 'first lady' is a title, 'former' kept; a lower-case 'professor' is a role, not an honorific
    ("Inspired by the story, former first lady Laura Vance devoted attention to the school.",
     [("Laura Vance", "person", "former first lady", None)]),
    ("Laura Vance, the former first lady, said the school would open.", [("Laura Vance", "person", "former first lady", None)]),
    ("A 2014 study by Kessel Law School professor Tom Reed found 31 cases.",
     [("Kessel Law School", "organization", None, None), ("Tom Reed", "person", "professor", "Kessel Law School")]),
    # an academic title alone is the role of last resort (editors count a professor's post)
    ("Professor Tom Reed said the data were clear.", [("Tom Reed", "person", "Professor", None)]),
    # an apposition the parser read as a second subject of the verb
    ("The United Nations was criticised. Tam Ko-hee, the secretary general of the United Nations, promised reforms.",
     [("Tam Ko-hee", "person", "secretary general", "United Nations"), ("United Nations", "organization", None, None)]),
    # kinship nouns state a relation: no role, no affiliation
    ("Tom Reed, the son of Ann Lowe, said the dam leaked.", [("Ann Lowe", "person", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed and his wife, Ann, have given 20 dollars.", [("Ann", "person", None, None), ("Tom Reed", "person", None, None)]),
    # a current office before a former one
    ("Ex-Prime Minister Tom Reed, the current President of the Harbour Council, wrote a letter.",
     [("Harbour Council", "organization", None, None), ("Tom Reed", "person", "President", "Harbour Council")]),
    # 'editor in chief'; a formal title stacked after an adjective-like description; a rank after an office
    ("The Times reported that the Harbour TV editor in chief, Ann Lowe, told Ms. Reed that her statement was wrong.",
     [("Ann Lowe", "person", "Harbour TV editor in chief", None), ("Reed", "person", None, None), ("Times", "organization", None, None)]),
    ("Republican Presidential hopeful Sen. Tom Reed was also critical of the plan.",
     [("Republican Party", "organization", None, None), ("Tom Reed", "person", "Senator", "Republican Party")]),
    ("Japanese Defence Minister Gen. Taro Sato said his country would help.",
     [("Japan", "country", None, None), ("Taro Sato", "person", "Defence Minister", "Japan")]),
    ("Rear Admiral Guan Li told reporters it was wrong.", [("Guan Li", "person", "Rear Admiral", None)]),
    ("Attorney General Ann Lowe said the case was closed.", [("Ann Lowe", "person", "Attorney General", None)]),
    # 'who served as N' in the simple past is a former post (no body served now); 'has served' is not;
    # 'now' only says the role is current
    ("Former Ohio Gov. Tom Reed, who served as treasurer of the Harbour Party in the 1990s, agreed.",
     [("Harbour Party", "organization", None, None), ("Tom Reed", "person", "Former Ohio Governor", None)]),
    ("Ann Lowe, who has served as chair of the Harbour Party since May, agreed.",
     [("Ann Lowe", "person", "chair", "Harbour Party"), ("Harbour Party", "organization", None, None)]),
    ("The trip mattered, said Ann Lowe, now a consultant on ports in the private sector.",
     [("Ann Lowe", "person", "consultant", None)]),
    # a party's member noun: in apposition, plural before a list of names, right before the name;
    # a party outside the US only where the article names it
    ("Tom Reed, a Democrat from Ohio, said the bill would pass.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, "Democratic Party")]),
    ("Two Democrats, port developer Tom Reed and Ann Lowe, gave money to the campaign.",
     [("Ann Lowe", "person", None, "Democratic Party"), ("Democratic Party", "organization", None, None),
      ("Tom Reed", "person", "port developer", "Democratic Party")]),
    ("The Republican Tom Reed said the bill would pass.",
     [("Republican Party", "organization", None, None), ("Tom Reed", "person", None, "Republican Party")]),
    ("The Liberal Democrats said so. Tom Reed, a Liberal Democrat, said the bill would pass.",
     [("Liberal Democrats", "organization", None, None), ("Tom Reed", "person", None, "Liberal Democrats")]),
    ("Many Democrats, including Tom Reed, said the bill would pass.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("Ohio Republican Tom Reed said the bill would pass.",
     [("Republican Party", "organization", None, None), ("Tom Reed", "person", None, None)]),
    # descriptive functions; the current title before a former one joined by 'and'
    ("The Mexican billionaire Carlos Ruiz said the deal was done.",
     [("Carlos Ruiz", "person", "billionaire", "Mexico"), ("Mexico", "country", None, None)]),
    ("Billionaire environmentalist Tom Reed gave money.", [("Tom Reed", "person", "Billionaire environmentalist", None)]),
    ("Just as odd was the HTV host and former Harbour Cable personality Ann Lowe. HTV said it was open.",
     [("Ann Lowe", "person", "host", "HTV"), ("HTV", "organization", None, None)]),
    # a country ending a body's name before a title names the body's branch, not the country
    ("Another HTV America host, Ann Lowe, had denounced the plan.",
     [("Ann Lowe", "person", "HTV America host", None), ("United States", "country", None, None)]),
    # a body's apposition or copula: a part of another body, a state's body, a body it sits in
    ("The Harbour Guard is the largest armed unit of the Northern Front. The Northern Front said it would fight on.",
     [("Harbour Guard", "organization", 'largest armed unit of the Northern Front', "Northern Front"), ("Northern Front", "organization", None, None)]),
    ("The Harbour Guard, the armed wing of the Northern Front, said it would fight on.",
     [("Harbour Guard", "organization", 'armed wing of the Northern Front', "Northern Front"), ("Northern Front", "organization", None, None)]),
    ("The Harbour Guard was once the armed wing of the Northern Front. The Northern Front said so.",
     [("Harbour Guard", "organization", None, None), ("Northern Front", "organization", None, None)]),
    ("The Harbour Guard, the armed wing of the Northern Front and the Southern Front, said it would fight on.",
     [("Harbour Guard", "organization", 'armed wing of the Northern Front and the Southern Front', None), ("Northern Front", "organization", None, None),
      ("Southern Front", "organization", None, None)]),
    ("The plot was foiled by the Secret Bureau, the British intelligence service.",
     [("Secret Bureau", "organization", 'British intelligence service', "United Kingdom"), ("United Kingdom", "country", None, None)]),
    ("The Secret Bureau, Norway's intelligence agency, said the plot was foiled.",
     [("Norway", "country", None, None), ("Secret Bureau", "organization", 'intelligence agency', "Norway")]),
    ("The Harbour Fund, a US government agency, said the loan was approved.",
     [("Harbour Fund", "organization", 'US government agency', "United States"), ("United States", "country", None, None)]),
    ("Harbour Press, the British news agency, reported the deal.",
     [("Harbour Press", "organization", 'British news agency', None), ("United Kingdom", "country", None, None)]),
    ("The Harbour Guard, the main Syrian opposition force, said it would fight on.",
     [("Harbour Guard", "organization", None, None), ("Syria", "country", None, None)]),
    ("Tom Reed, a former Democrat, said the bill would pass.",
     [("Democratic Party", "organization", None, None), ("Tom Reed", "person", None, None)]),
    # the post a person is chosen for; a member of a family has no role
    ("Tom Reed was nominated to replace Ann Lowe as Bill Hale's vice presidential nominee.",
     [("Ann Lowe", "person", None, None), ("Bill Hale", "person", None, None),
      ("Tom Reed", "person", "vice presidential nominee", None)]),
    ("In 1972 he backed a decision to nominate Tom Reed, a member of the Hale family, to replace Ann Lowe as Bill Hale's vice presidential nominee.",
     [("Ann Lowe", "person", None, None), ("Bill Hale", "person", None, None),
      ("Tom Reed", "person", "vice presidential nominee", None)]),
    ("The Harbour Bank appointed Tom Reed as chief executive.",
     [("Harbour Bank", "organization", None, None), ("Tom Reed", "person", "chief executive", None)]),
    ("Tom Reed, a member of the Hale clan, said so.", [("Hale", "organization", None, None), ("Tom Reed", "person", None, None)]),
    # a veteran of a body served in it; of a war or a country, no body
    ('"The ballot goes to the branches next," said Ann Lowe, a twelve-year veteran of the Harbour Party Rules Committee.',
     [("Ann Lowe", "person", "twelve-year veteran", "Harbour Party Rules Committee"),
      ("Harbour Party Rules Committee", "organization", None, None)]),
    ("Tom Reed, a veteran of the Iraq war, said so.", [("Iraq", "country", None, None), ("Tom Reed", "person", "veteran", None)]),
    ("Vietnam veteran Tom Reed said so.", [("Tom Reed", "person", "veteran", None)]),
    # a body's own officer, bare, after the one body the sentences around name as subject
    ("The Harbour Party says the scheme hides a bargain. Transport spokesman Tom Reed also demanded answers.",
     [("Harbour Party", "organization", None, None), ("Tom Reed", "person", "Transport spokesman", "Harbour Party")]),
    ('The Harbour Trust also questioned the plan. "We want an inquiry into the role of the UK," said director Ann Lowe.',
     [("Ann Lowe", "person", "director", "Harbour Trust"), ("Harbour Trust", "organization", None, None)]),
    ("The Harbour Trust questioned the plan. Its spokesman Tom Reed demanded answers.",
     [("Harbour Trust", "organization", None, None), ("Tom Reed", "person", "spokesman", "Harbour Trust")]),
    ('The Harbour Trust also questioned the plan. "We want an inquiry," said film director Ann Lowe.',
     [("Ann Lowe", "person", "film director", None), ("Harbour Trust", "organization", None, None)]),
    ("The Harbour Trust and the Port Union questioned the plan. Spokesman Tom Reed demanded answers.",
     [("Harbour Trust", "organization", None, None), ("Port Union", "organization", None, None),
      ("Tom Reed", "person", "Spokesman", None)]),
    ("The Harbour Trust sued the council. Harbour Union director Tom Reed said the claim was false.",
     [("Harbour Trust", "organization", None, None), ("Harbour Union", "organization", None, None),
      ("Tom Reed", "person", "director", "Harbour Union")]),
    ("The plan was questioned by the Harbour Trust. Spokesman Tom Reed demanded answers.",
     [("Harbour Trust", "organization", None, None), ("Tom Reed", "person", "Spokesman", None)]),
    ("Ann Lowe of the Harbour Trust questioned the plan. Spokesman Tom Reed demanded answers.",
     [("Ann Lowe", "person", None, "Harbour Trust"), ("Harbour Trust", "organization", None, None),
      ("Tom Reed", "person", "Spokesman", None)]),
    ("The Harbour Fund acted at the Harwell Bank's request.",
     [("Harbour Fund", "organization", None, None), ("Harwell Bank", "organization", None, None)]),
    ("Tom Reed, director of the Institute for Port Policy at Harwell University's law school, said the rule was weak.",
     [("Harwell University", "organization", None, None),
      ("Institute for Port Policy", "organization", None, "Harwell University"),
      ("Tom Reed", "person", "director", "Institute for Port Policy")]),
    # review 7c: an office outranks a description; no party one has left or of another country;
    # no state for opposition/local bodies; bare titles abstain beside an unnamed body; no post not given
    ("Billionaire Tom Reed, the Harbour Bank's chief executive, said profits rose.",
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', 'chief executive', 'Harbour Bank')]),
    ('Philanthropist Tom Reed, chairman of the Harbour Trust, said the vote was lost.',
     [('Harbour Trust', 'organization', None, None), ('Tom Reed', 'person', 'chairman', 'Harbour Trust')]),
    ("Environmentalist Ann Lowe, the Harbour Party's leader, said the vote was lost.",
     [('Ann Lowe', 'person', 'leader', 'Harbour Party'), ('Harbour Party', 'organization', None, None)]),
    ("Veteran Tom Reed, the Harbour Party's treasurer, said the vote was lost.",
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'treasurer', 'Harbour Party')]),
    ('Donor Tom Reed, a Harbour Party senator, said the vote was lost.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'senator', 'Harbour Party')]),
    ("Tom Reed, a billionaire, is the Harbour Bank's chief executive. Reed said profits rose.",
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', 'chief executive', 'Harbour Bank')]),
    ('Tom Reed, a billionaire, said profits rose. Reed is the chief executive of the Harbour Bank.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', 'chief executive', 'Harbour Bank')]),
    # (the nationality word only describes him: no actor of its own)
    ('Irish Republican Tom Reed said the border should go.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Irish Republican Tom Reed said the border should go.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Spanish Republican Tom Reed fled to France in 1939.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Dissident Republican Tom Reed said the border should go in Belfast.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Former Republican Tom Reed said the bill would pass.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Ex-Republican Tom Reed said the bill would pass.',
     [('Tom Reed', 'person', None, None)]),
    ('The former Republican Tom Reed said the bill would pass.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Lifelong Republican Tom Reed left the party last year and now sits as an independent.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Republican Tom Reed said the bill would pass.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, 'Republican Party')]),
    ('Tom Reed, a lifelong Democrat who became an independent last year, said the bill would pass.',
     [('Democratic Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Tom Reed, a Democrat until 2019, said the bill would pass.',
     [('Democratic Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Tom Reed, once a Democrat, said the bill would pass.',
     [('Democratic Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Tom Reed, a Republican turned independent, said the bill would pass.',
     [('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Tom Reed, a Democrat, said the bill would pass.',
     [('Democratic Party', 'organization', None, None), ('Tom Reed', 'person', None, 'Democratic Party')]),
    ('The Harbour Guard, the Syrian opposition force, said it would fight on.',
     [('Harbour Guard', 'organization', None, None), ('Syria', 'country', None, None)]),
    ('The Harbour Army, a Syrian opposition army, said it would fight on.',
     [('Harbour Army', 'organization', None, None), ('Syria', 'country', None, None)]),
    ('The Harbour Office, the Mexican city government, said the road was shut.',
     [('Harbour Office', 'organization', 'Mexican city government', None), ('Mexico', 'country', None, None)]),
    ('The Harbour Office, a Chinese local government agency, said the road was shut.',
     [('China', 'country', None, None), ('Harbour Office', 'organization', 'Chinese local government agency', None)]),
    ('The Harbour Office, a Chinese county government, said the road was shut.',
     [('China', 'country', None, None), ('Harbour Office', 'organization', 'Chinese county government', None)]),
    ('The Harbour Office, a German regional government agency, said the road was shut.',
     [('Germany', 'country', None, None), ('Harbour Office', 'organization', 'German regional government agency', None)]),
    ('The Harbour Office, a Canadian provincial police force, said the road was shut.',
     [('Canada', 'country', None, None), ('Harbour Office', 'organization', None, None)]),
    ('The Harbour Office, a US state agency, said the road was shut in Ohio.',
     [('Harbour Office', 'organization', 'US state agency', None), ('United States', 'country', None, None)]),
    ("The Harbour Office, Britain's opposition party office, said the vote was fair.",
     [('Harbour Office', 'organization', None, None), ('United Kingdom', 'country', None, None)]),
    ("The Secret Bureau, Norway's intelligence agency, said the threat was high.",
     [('Norway', 'country', None, None), ('Secret Bureau', 'organization', 'intelligence agency', 'Norway')]),
    ('The Harbour Union criticised the ministry. Spokesman Tom Reed said the ministry had acted lawfully.',
     [('Harbour Union', 'organization', None, None), ('Tom Reed', 'person', 'Spokesman', None)]),
    ('The Harbour Union attacked the shipping firm. Director Tom Reed said the claim was false.',
     [('Harbour Union', 'organization', None, None), ('Tom Reed', 'person', 'Director', None)]),
    ('The Harbour Union was fined by the regulator. Spokesman Tom Reed said the fine was fair.',
     [('Harbour Union', 'organization', None, None), ('Tom Reed', 'person', 'Spokesman', None)]),
    ('The Harbour Union met the port council on Monday. Chairman Tom Reed said the talks went well.',
     [('Harbour Union', 'organization', None, None), ('Tom Reed', 'person', 'Chairman', None)]),
    ('The Harbour Union opposed the deal. Treasury spokesman Tom Reed said the deal was sound.',
     [('Harbour Union', 'organization', None, None), ('Tom Reed', 'person', 'Treasury spokesman', None)]),
    ('The Harbour Film Festival opened on Monday. Director Tom Reed said his film was a comedy.',
     [('Harbour Film Festival', 'organization', None, None), ('Tom Reed', 'person', 'Director', None)]),
    ('The Harbour Theatre staged a new play on Monday. Director Tom Reed said it was a comedy.',
     [('Harbour Theatre', 'organization', None, None), ('Tom Reed', 'person', 'Director', None)]),
    ('The Harbour Union said the players were angry. Director Tom Reed said the film would open in May.',
     [('Harbour Union', 'organization', None, None), ('Tom Reed', 'person', 'Director', None)]),
    ('The ministers and former Harbour Party leader Tom Reed met on Monday.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'former Harbour Party leader', None)]),
    ('Harbour Party donors and former Harbour Party leader Tom Reed met on Monday.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'former Harbour Party leader', None)]),
    ('The president and former Harbour Party leader Tom Reed met on Monday.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'former Harbour Party leader', None)]),
    ('The senator and former Harbour Party leader Tom Reed met in Ohio.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'former Harbour Party leader', None)]),
    ('The widow and former HTV anchor Ann Lowe said the show was over.',
     [('Ann Lowe', 'person', 'former HTV anchor', None)]),
    ('The Harbour Party leader and former Ohio governor Tom Reed said the bill would pass.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'leader', 'Harbour Party')]),
    ('The Harbour Bank refused to appoint Tom Reed as chief executive.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Bank did not appoint Tom Reed as chief executive.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Bank considered appointing Tom Reed as chief executive but chose Ann Lowe.',
     [('Ann Lowe', 'person', None, None), ('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Ann Lowe wanted to appoint Tom Reed as chief executive, but the Harbour Bank refused.',
     [('Ann Lowe', 'person', None, None), ('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Shareholders urged the Harbour Bank to appoint Tom Reed as chief executive.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', None, None), ('shareholders', 'group', None, None)]),
    ('The Harbour Bank may appoint Tom Reed as chief executive.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Bill Hale declined to nominate Tom Reed to replace Ann Lowe as chief justice.',
     [('Ann Lowe', 'person', None, None), ('Bill Hale', 'person', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Party nominated Tom Reed as its candidate for governor.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'candidate for governor', None)]),
    ('The Harbour Party picked Tom Reed as its candidate for mayor of Leeds.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', 'candidate for mayor of Leeds', None)]),
    ('Tom Reed, a candidate for mayor, said the vote was fair.',
     [('Tom Reed', 'person', 'candidate for mayor', None)]),
    ('The Harbour Guard, a breakaway faction of the Northern Front, said it would fight on.',
     [('Harbour Guard', 'organization', None, None), ('Northern Front', 'organization', None, None)]),
    ('The Harbour Guard, a splinter faction of the Northern Front, said it would fight on.',
     [('Harbour Guard', 'organization', None, None), ('Northern Front', 'organization', None, None)]),
    ('The Harbour Guard, the main rival force of the Northern Front, said it would fight on.',
     [('Harbour Guard', 'organization', None, None), ('Northern Front', 'organization', None, None)]),
    ('The Harbour Guard, the security force of the West Bank, said it would fight on.',
     [('Harbour Guard', 'organization', None, None), ('West Bank', 'organization', None, None)]),
    ('Harbour Police, the British Transport Police force, said the road was shut.',
     [('British Transport Police', 'organization', None, 'United Kingdom'), ('Harbour Police', 'organization', None, None), ('United Kingdom', 'country', None, None)]),
    ('He blamed the Democrats, Tom Reed and Ann Lowe for the loss.',
     [('Ann Lowe', 'person', None, None), ('Democratic Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('"Republicans, Tom Reed, have lost their way," Ann Lowe said.',
     [('Ann Lowe', 'person', None, None), ('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Two Republicans, Tom Reed and Ann Lowe, fled to France after the Spanish civil war.',
     [('Ann Lowe', 'person', None, None), ('Republican Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Union at the Harwell Bank went on strike.',
     [('Harbour Union', 'organization', None, None), ('Harwell Bank', 'organization', None, None)]),
    ('The Harbour Union at the Harwell Company said pay was low.',
     [('Harbour Union', 'organization', None, None), ('Harwell Company', 'organization', None, None)]),
    ('Bank Norway governor Ann Lowe said rates would rise.',
     [('Ann Lowe', 'person', 'governor', 'Bank Norway'), ('Bank Norway', 'organization', None, None)]),
    ('Bank Harbour Norway governor Ann Lowe said rates would rise.',
     [('Ann Lowe', 'person', 'Bank Harbour Norway governor', None)]),
    ('Police Norway spokesman Ann Lowe said the road was shut.',
     [('Ann Lowe', 'person', 'spokesman', 'Norway'), ('Norway', 'country', None, None)]),
    ('Harbour Aid Canada chief Ann Lowe said the camp was full.',
     [('Ann Lowe', 'person', 'chief', None), ('Harbour Aid Canada', 'organization', None, None)]),
    ('Harbour Aid America president Ann Lowe said the camp was full.',
     [('Ann Lowe', 'person', 'president', None)]),
    ('The Democratic Party of Norway lost. Tom Reed, a Democrat, said the vote in Oslo was lost.',
     [('Democratic Party', 'organization', None, None), ('Democratic Party of Norway', 'organization', None, 'Norway'), ('Norway', 'country', None, None), ('Tom Reed', 'person', None, None)]),
    ("Tom Reed, a Democrat in Norway's parliament, said the vote was lost.",
     [('Democratic Party', 'organization', None, None), ('Norway', 'country', None, None), ('Tom Reed', 'person', None, None)]),
    ('Tom Reed, a Conservative, said the vote in Canada was lost.',
     [('Conservative Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ("The Liberal Democrats say the plan is wrong. Home Affairs spokesman Tom Reed also demanded a vote.",
     [("Liberal Democrats", "organization", None, None), ("Tom Reed", "person", "Home Affairs spokesman", "Liberal Democrats")]),
    ('The Harbour Trust questioned the plan. "We want to know the role played by the state," said director Ann Lowe.',
     [("Ann Lowe", "person", "director", "Harbour Trust"), ("Harbour Trust", "organization", None, None)]),
    ("Air France pilot Ann Lowe said the plane was safe.",
     [("Air France", "organization", None, None), ("Ann Lowe", "person", "pilot", "Air France")]),
    ("Tom Reed, a Democrat-turned-Republican, said the bill would pass.",
     [("Democratic Party", "organization", None, None), ("Republican Party", "organization", None, None),
      ("Tom Reed", "person", None, "Republican Party")]),
    ("The mayor and former HTV anchor Ann Lowe said the city was safe.", [("Ann Lowe", "person", "mayor", None)]),
    ("The president and former Harbour Party leader Tom Reed are friends.",
     [("Harbour Party", "organization", None, None), ("Tom Reed", "person", "former Harbour Party leader", None)]),
    # a region named only in its officer's title is no actor where its state is one: the officer is the state's
    ("Omsk regional Deputy Governor Ivan Petrov said twelve people were missing. Russia sent troops, and Russia sent money.",
     [("Ivan Petrov", "person", "regional Deputy Governor", "Russia"), ("Russia", "country", None, None)]),
    # (but a region's own executive office named with a region the gazetteer knows serves the region: no country)
    ("Governor of Texas Greg Lowe said the law was wrong, and the United States agreed.",
     [("Greg Lowe", "person", "Governor of Texas", None), ("United States", "country", None, None)]),
    # (a region's own head of government speaks for the region: it stays, as her affiliation)
    ("First Minister of Scotland Ann Lowe said the law was wrong, and the United Kingdom agreed.",
     [("Ann Lowe", "person", "First Minister", "Scotland"), ("Scotland", "country", None, None),
      ("United Kingdom", "country", None, None)]),
    ("Omsk regional Governor Ivan Petrov met Tom Reed. Russia sent troops, and Russia sent money.",
     [("Ivan Petrov", "person", "regional Governor", "Russia"), ("Russia", "country", None, None), ("Tom Reed", "person", None, None)]),
    # else it stays, as the officer's affiliation (no state to give him)
    ("Omsk regional Deputy Governor Ivan Petrov said twelve people were missing, and Russia sent troops.",
     [("Ivan Petrov", "person", "regional Deputy Governor", "Omsk"), ("Omsk", "organization", None, None),
      ("Russia", "country", None, None)]),
    # a title's abbreviation without its full stop right after an office's title is a given name
    ("Japanese Defence Minister Gen Nakano said his country would help. Nakano said more.",
     [("Gen Nakano", "person", "Defence Minister", "Japan"), ("Japan", "country", None, None)]),
    ("Defence Minister Sen Park said the troops would stay.", [("Sen Park", "person", "Defence Minister", None)]),
    # (not with its full stop, not before a given name, not after a common noun, not alone)
    ("Defence Minister Gen. Nakano said the troops would stay.", [("Nakano", "person", "Defence Minister", None)]),
    ("Defence Minister Gen Ann Lowe said the troops would stay.", [("Ann Lowe", "person", "Defence Minister", None)]),
    ("Army chief Gen Nakano said the troops would stay.",
     [("Army", "organization", None, None), ("Nakano", "person", "chief", "Army")]),
    ("Gen Nakano said the troops would stay.", [("Nakano", "person", "General", None)]),
    # an 'as' phrase of the subject's own verb is an office it holds; not of the object, not yet held,
    # not passive, no description; a verb or noun of leaving makes it former
    ("Tom Reed praised Ann Lowe as a leader.", [("Ann Lowe", "person", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed replaced Ann Lowe as chairman.", [("Ann Lowe", "person", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed will take over as chairman in May.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed hopes to serve as mayor.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed did not act as mediator.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed was hailed as a leader.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed spoke as a witness.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed said as president he would cut taxes.", [("Tom Reed", "person", None, None)]),
    ("The planned departure of Tom Reed as chairman worried investors.", [("Tom Reed", "person", None, None)]),
    ("Ann Lowe visited Washington on Monday as Norway's leader.",
     [("Ann Lowe", "person", "leader", "Norway"), ("Norway", "country", None, None)]),
    ("As mayor, Tom Reed opposes the plan.", [("Tom Reed", "person", "mayor", None)]),
    ("As a senator, Tom Reed voted for the war.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed began his career as a reporter.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed made his name as a lawyer.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed, who resigned as governor last year, said the plan would fail.", [("Tom Reed", "person", "former governor", None)]),
    ("Tom Reed emerged as the leader of the Harbour Party.",
     [("Harbour Party", "organization", None, None), ("Tom Reed", "person", "leader", "Harbour Party")]),
    ("Tom Reed resigned as commissioner of the Harbour Police in May.",
     [("Harbour Police", "organization", None, None), ("Tom Reed", "person", "former commissioner", None)]),
    ("Tom Reed worked as a lawyer before politics.", [("Tom Reed", "person", "former lawyer", None)]),
    ("The departure of Tom Reed as commissioner surprised the city.", [("Tom Reed", "person", "former commissioner", None)]),
    ("Ann Lowe's possible role as mediator was discussed.", [("Ann Lowe", "person", None, None)]),
    ("Tom Reed's planned departure as commissioner surprised the city.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed's job as a witness was simple.", [("Tom Reed", "person", None, None)]),
    ("Ann Lowe's role as host of the summit pleased her.", [("Ann Lowe", "person", None, None)]),
    ("Ann Lowe's newly created role as state counsellor gives her power.", [("Ann Lowe", "person", "state counsellor", None)]),
    ("Tom Reed's departure as commissioner surprised the city.", [("Tom Reed", "person", "former commissioner", None)]),
    # another sentence's "Norway's vice president" may be a counterpart: no country for a bare office from it
    ("Vice President Ann Lowe met the Danish envoy in the capital. Norway's vice president has long opposed the deal.",
     [("Ann Lowe", "person", "Vice President", None), ("Norway", "country", None, None)]),
    ("Vice President Ann Lowe met Norway's vice president in Oslo.",
     [("Ann Lowe", "person", "Vice President", None), ("Norway", "country", None, None)]),
    ("President Tom Reed met Norway's prime minister on Monday.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "President", None)]),
    # 'whose N is X': the post at the antecedent; a head of state holds it for the body's stated country
    ("The Harbour Union, whose critic is Tom Reed, said pay was low.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("The Harbour Union, whose former leader is Tom Reed, said pay was low.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", "former leader", None)]),
    ("The Harbour Union, whose honorary president is President Tom Reed, said pay was low.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", "President", None)]),
    ("The Harbour Union, whose leader is Tom Reed, said pay was low.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", "leader", "Harbour Union")]),
    ("The Norwegian Army, whose top commander is President Tom Reed, reported that the fjords were quiet.",
     [("Norway", "country", None, None), ("Norwegian Army", "organization", None, "Norway"), ("Tom Reed", "person", "President", "Norway")]),
    # an office outranks an honour; a fellowship is a post only with its body, and a current post
    # outranks a former one
    ("Ann Lowe, a Nobel laureate, visited Rome as Norway's de facto leader.",
     [("Ann Lowe", "person", "de facto leader", "Norway"), ("Norway", "country", None, None)]),
    ("His fellow senator Tom Reed said the bill would fail.", [("Tom Reed", "person", "fellow senator", None)]),
    ("Tom Reed, a fellow Republican, said the bill would fail.",
     [("Republican Party", "organization", None, None), ("Tom Reed", "person", None, "Republican Party")]),
    ("Tom Reed, a former adviser to Governor Ann Lowe, is a senior fellow at the Centre for Maritime Studies.",
     [("Ann Lowe", "person", "Governor", None), ("Centre for Maritime Studies", "organization", None, None),
      ("Tom Reed", "person", "senior fellow", "Centre for Maritime Studies")]),
    ("Tom Reed is a senior fellow at the Centre for Maritime Studies.",
     [("Centre for Maritime Studies", "organization", None, None), ("Tom Reed", "person", "senior fellow", "Centre for Maritime Studies")]),
    ("Tom Reed, now a senior fellow at the Centre for Maritime Studies, said the navy was weak.",
     [("Centre for Maritime Studies", "organization", None, None), ("Tom Reed", "person", "senior fellow", "Centre for Maritime Studies")]),
    ("Tom Reed, a former admiral, is a senior fellow at the Centre for Maritime Studies.",
     [("Centre for Maritime Studies", "organization", None, None), ("Tom Reed", "person", "senior fellow", "Centre for Maritime Studies")]),
    # a movement's word makes an armed or political body no state's, whatever state body word its name has
    ("The Ruritanian Democratic Forces signed a deal with the Ruritanian government on Monday.",
     [("Ruritanian Democratic Forces", "organization", None, None)]),
    ("The Free Syrian Army said it had taken the town.", [("Free Syrian Army", "organization", None, None)]),
    ("The Syrian Democratic Forces said they had captured the dam.", [("Syrian Democratic Forces", "organization", None, None)]),
    ("The Kosovo Liberation Army said it had taken the town.", [("Kosovo Liberation Army", "organization", None, None)]),
    ("The Ruritanian Popular Army said the town had fallen.", [("Ruritanian Popular Army", "organization", None, None)]),
    # but state bodies bear 'revolutionary' and 'national', and a party keeps its country
    ("The Iranian Revolutionary Guard Corps said the drone was shot down.",
     [("Iran", "country", None, None), ("Iranian Revolutionary Guard Corps", "organization", None, "Iran")]),
    ("The Afghan National Army said the town had fallen.",
     [("Afghan National Army", "organization", None, "Afghanistan"), ("Afghanistan", "country", None, None)]),
    ("The Royal Danish Navy said the ship was lost.",
     [("Denmark", "country", None, None), ("Royal Danish Navy", "organization", None, "Denmark")]),
    ("The Dutch Labour Party said the vote was a victory.",
     [("Dutch Labour Party", "organization", None, "Netherlands"), ("Netherlands", "country", None, None)]),
    # a body another body of the article owns by a possessive is that body's
    ("The Harbour Ministry's Fraud Unit said the case was closed.",
     [("Fraud Unit", "organization", None, "Harbour Ministry"), ("Harbour Ministry", "organization", None, None)]),
    # not where the owner is no body of the article, or a person
    ("The army's Northern Command said the border was quiet.", [("Northern Command", "organization", None, None)]),
    ("The Harbour Bank's report said the Fraud Unit was closed.", [("Harbour Bank", "organization", None, None)]),
    # a people's adjective before 'Party for/of …' is no word of the party's name ('Dutch Labour Party' keeps it)
    # (the adjective still gives the party its country; a compound nationality gives none)
    ("The hard-right Dutch Party for Freedom called the ballot a triumph.",
     [("Netherlands", "country", None, None), ("Party for Freedom", "organization", None, "Netherlands")]),
    ("The Ukrainian Party of Regions said the vote was a victory.",
     [("Party of Regions", "organization", None, "Ukraine"), ("Ukraine", "country", None, None)]),
    ("The Party for Freedom said the vote was a victory.", [("Party for Freedom", "organization", None, None)]),
    ("The Ukrainian-American Party of Regions said the vote was a victory.",
     [("Ukrainian-American Party of Regions", "organization", None, None)]),
    ("Ukraine Party of Regions said the vote was a victory.",
     [("Ukraine", "country", None, None), ("Ukraine Party of Regions", "organization", None, "Ukraine")]),
    # an adjective the article also uses as its people's plural is no name: 'X movement' is
    ("The Zorani movement said it fired the missile. The Zoranis said more would follow. A Zorani spokesman denied it.",
     [("Zorani movement", "organization", None, None)]),
    ("The Hamas movement said it fired the missile. Hamas said more would follow.", [("Hamas", "organization", None, None)]),
    ("The Zorani movement said it fired the missile.", []),
    # compound nationalities name no country
    ("Turkish Cypriot mining rights were discussed at the talks.", []),
    ("Ukrainian-American groups said the aid must go on.", [("ukrainian-american groups", "group", None, None)]),
    # a post at a body in the past tense may be over: no role, no body
    ("Tom Reed was a fellow at the Centre for Maritime Studies before joining the Harbour Bank.",
     [("Centre for Maritime Studies", "organization", None, None), ("Harbour Bank", "organization", None, None),
      ("Tom Reed", "person", None, None)]),
    ("Tom Reed, who was a senior fellow at the Centre for Maritime Studies, said the navy was weak.",
     [("Centre for Maritime Studies", "organization", None, None), ("Tom Reed", "person", None, None)]),
    # 'whose N is X' only in the present, unnegated, with no modal; the post's words only
    ("The Harbour Union, whose chairman was Tom Reed until May, said the strike would go on.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("The Harbour Union, whose leader may be Tom Reed, said the strike would go on.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("The Harbour Union, whose leader is not Tom Reed, said the strike would go on.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("The Harbour Union, whose leader is Tom Reed, said the strike would go on.",
     [("Harbour Union", "organization", None, None), ("Tom Reed", "person", "leader", "Harbour Union")]),
    # an 'as' phrase of a part performed or pretended, of a post taken up, of an exemplar: no role
    ("Tom Reed starred as the president in the film.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed poses as a critic of the government.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed dressed up as the king for the party.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed stepped in as chairman of the Harbour Bank.",
     [("Harbour Bank", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("Tom Reed acts as a model for young people.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed served as a model for the statue.", [("Tom Reed", "person", None, None)]),
    ("Tom Reed stepped down as chairman of the Harbour Bank.",
     [("Harbour Bank", "organization", None, None), ("Tom Reed", "person", "former chairman", None)]),
    ("Tom Reed acts as spokesman for the family.", [("Tom Reed", "person", "spokesman for the family", None)]),
    # a party's adjective before a candidacy noun is that party only where the article names it
    ("Libertarian nominee Tom Hart said taxes were too high.", [("Tom Hart", "person", "Libertarian nominee", None)]),
    ("The Harbour Party met on Monday. Harbour voter Tom Hart said taxes were too high.",
     [("Harbour Party", "organization", None, None), ("Tom Hart", "person", None, None)]),
    ("The Harbour Bank met on Monday. Harbour candidate Tom Hart said taxes were too high.",
     [("Harbour Bank", "organization", None, None), ("Tom Hart", "person", "Harbour candidate", None)]),
    ("The Libertarian Party picked its ticket. Libertarian nominee Tom Hart said taxes were too high.",
     [("Libertarian Party", "organization", None, None), ("Tom Hart", "person", "nominee", "Libertarian Party")]),
    # a possessive country inside the role's of-phrase is the affiliation
    ("Tom Reed, the deputy head of Norway's delegation, said talks would go on.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "deputy head", "Norway")]),
    ("Norway sent ten envoys. The deputy head of Norway's delegation Tom Reed said talks would go on.",
     [("Norway", "country", None, None), ("Tom Reed", "person", "deputy head", "Norway")]),
    # a minister serves the one ministry whose portfolio words are all in the title; else none
    ("The Ministry of Harbour Affairs issued a report. The Health Minister, Tom Reed, said the port would open.",
     [("Ministry of Harbour Affairs", "organization", None, None), ("Tom Reed", "person", "Health Minister", None)]),
    ("The Ministry of Harbour Affairs issued a report. Former Harbour Affairs Minister Tom Reed said the port would open.",
     [("Ministry of Harbour Affairs", "organization", None, None), ("Tom Reed", "person", "Former Harbour Affairs Minister", None)]),
    ("The Ministry of Foreign Affairs issued a report. Foreign Minister Tom Reed said the talks would go on.",
     [("Ministry of Foreign Affairs", "organization", None, None), ("Tom Reed", "person", "Foreign Minister", None)]),
    ("The Ministry of Defence and the Ministry of Defence Procurement issued a report. The Defence Procurement Minister, "
     "Tom Reed, said the jets were late.",
     [("Ministry of Defence", "organization", None, None), ("Ministry of Defence Procurement", "organization", None, None),
      ("Tom Reed", "person", "Defence Procurement Minister", None)]),
    ("The Ministry of Harbour Affairs issued a report. The Harbour Affairs Minister, Tom Reed, said the port would open.",
     [("Ministry of Harbour Affairs", "organization", None, None),
      ("Tom Reed", "person", "Harbour Affairs Minister", "Ministry of Harbour Affairs")]),
    ("The Ministry of Harbour Affairs issued a report. Minister for Harbour Affairs Tom Reed said the port would open.",
     [("Ministry of Harbour Affairs", "organization", None, None),
      ("Tom Reed", "person", "Minister for Harbour Affairs", "Ministry of Harbour Affairs")]),
    ("The Ministry of Defence issued a report. The Defence Procurement Minister, Tom Reed, said the jets were late.",
     [("Ministry of Defence", "organization", None, None), ("Tom Reed", "person", "Defence Procurement Minister", "Ministry of Defence")]),
    # round 13: a body's own publication is that body's; not a paper described by a country, once or formerly theirs, of two bodies, or of a person
    ('The Harbour Times, a British newspaper, said rents would rise. Britain denied it.',
     [('Harbour Times', 'organization', 'British newspaper', None), ('United Kingdom', 'country', None, None)]),
    ('The Harbour Times, once the newspaper of the Lund Council, said rents would rise. The Lund Council denied it.',
     [('Harbour Times', 'organization', None, None), ('Lund Council', 'organization', None, None)]),
    ('The Harbour Times, a former newspaper of the Lund Council, said rents would rise. The Lund Council denied it.',
     [('Harbour Times', 'organization', 'former newspaper of the Lund Council', None), ('Lund Council', 'organization', None, None)]),
    ('The Harbour Times, the newspaper of the Lund Council and the Malmo Council, said rents would rise. The Lund Council denied it.',
     [('Harbour Times', 'organization', None, None), ('Lund Council', 'organization', None, None), ('Malmo Council', 'organization', None, None)]),
    ('The Harbour Times, the newspaper of Tom Hart, said rents would rise.',
     [('Harbour Times', 'organization', 'newspaper of Tom Hart', None), ('Tom Hart', 'person', None, None)]),
    ('Policy Review, the magazine of the Lund Council, said rents would rise. The Lund Council denied it.',
     [('Lund Council', 'organization', None, None), ('Policy Review', 'organization', None, 'Lund Council')]),
    ("The Harbour Times is the official newspaper of the Workers' Party. The Workers' Party said rents would rise.",
     [('Harbour Times', 'organization', "official newspaper of the Workers' Party", "Workers' Party"), ("Workers' Party", 'organization', None, None)]),
    # review 14: a paper a body prefers, or no longer its paper
    ('The Harbour Times, the preferred newspaper of the Lund Council, said rents would rise. The Lund Council denied it.',
     [('Harbour Times', 'organization', 'preferred newspaper of the Lund Council', None), ('Lund Council', 'organization', None, None)]),
    ('The Harbour Times, no longer the newspaper of the Lund Council, said rents would rise. The Lund Council denied it.',
     [('Harbour Times', 'organization', None, None), ('Lund Council', 'organization', None, None)]),
    # a body that an unnamed state body owns ('the army's X') is a state body: not a rebel, private or firm's one; the article's main country as a guess, else the country the owner's words name
    ("Norway said the road was shut. Norway sent troops. Tom Hart of the rebel army's Northern Command said the road was shut.",
     [('Northern Command', 'organization', None, None), ('Norway', 'country', None, None), ('Tom Hart', 'person', None, 'Northern Command')]),
    ("Norway said the road was shut. Norway sent troops. Tom Hart of a private army's Northern Command said the road was shut.",
     [('Northern Command', 'organization', None, None), ('Norway', 'country', None, None), ('Tom Hart', 'person', None, 'Northern Command')]),
    ("Norway said the road was shut. Norway sent troops. Tom Hart of the company's Northern Command said the road was shut.",
     [('Northern Command', 'organization', None, None), ('Norway', 'country', None, None), ('Tom Hart', 'person', None, 'Northern Command')]),
    ("Tom Hart of the army's Northern Command said the road was shut.",
     [('Northern Command', 'organization', None, None), ('Tom Hart', 'person', None, 'Northern Command')]),
    ("Norway said the road was shut. Norway sent troops. Tom Hart of the army's Northern Command said the road was shut.",
     [('Northern Command', 'organization', None, 'Norway'), ('Norway', 'country', None, None), ('Tom Hart', 'person', None, 'Northern Command')]),
    ("Tom Hart of the Norwegian army's Northern Command said the road was shut.",
     [('Northern Command', 'organization', None, 'Norway'), ('Norway', 'country', None, None), ('Tom Hart', 'person', None, 'Northern Command')]),
    # review 14: an association the army has is no state body
    ("Norway said the road was shut. Norway sent troops. Tom Hart of the army's Football Club said the road was shut.",
     [('Football Club', 'organization', None, None), ('Norway', 'country', None, None), ('Tom Hart', 'person', None, 'Football Club')]),
    # a bare state body listed among one country's sources is that country's: not of two countries, not a body that is no state's, not after a singular
    ('Sweden said more. Sweden said again. Norwegian and Danish sources, including the Finance Ministry, said the tax would rise.',
     [('Denmark', 'country', None, None), ('Finance Ministry', 'organization', None, None), ('Norway', 'country', None, None), ('Sweden', 'country', None, None)]),
    ('Sweden said more. Sweden said again. Norwegian sources, including the Red Cross, said the tax would rise.',
     [('Norway', 'country', None, None), ('Sweden', 'country', None, None)]),
    ('Sweden said more. Sweden said again. The Norwegian source, including the Finance Ministry, said the tax would rise.',
     [('Finance Ministry', 'organization', None, None), ('Norway', 'country', None, None), ('Sweden', 'country', None, None)]),
    ('Sweden said more. Sweden said again. Norwegian sources, including the Finance Ministry and the Interior Ministry, said the tax would rise.',
     [('Finance Ministry', 'organization', None, 'Norway'), ('Interior Ministry', 'organization', None, 'Norway'), ('Norway', 'country', None, None), ('Sweden', 'country', None, None)]),
    ("Norway's officials, including the Finance Ministry, said the tax would rise.",
     [('Finance Ministry', 'organization', None, 'Norway'), ('Norway', 'country', None, None)]),
    # review 14: only a noun through which a country speaks ('officials', 'sources'): not its creditors or neighbours
    ("Sweden said more. Sweden said again. Norway's creditors, including the Finance Ministry, said the tax would rise.",
     [('Finance Ministry', 'organization', None, None), ('Norway', 'country', None, None), ('Sweden', 'country', None, None)]),
    ("Sweden said more. Sweden said again. Norway's neighbours, including the Foreign Ministry, said the tax would rise.",
     [('Foreign Ministry', 'organization', None, None), ('Norway', 'country', None, None), ('Sweden', 'country', None, None)]),
    # 'his predecessor as N' held N before: former N (a body stays in the role, a country is the affiliation); not a post that is no title, nor a successor
    ('Tom Hart, his predecessor, said crime fell.',
     [('Tom Hart', 'person', 'predecessor', None)]),
    ('Tom Hart, her successor as mayor, said crime fell.',
     [('Tom Hart', 'person', 'successor', None)]),
    ('Tom Hart, his predecessor as a matter of fact, said crime fell.',
     [('Tom Hart', 'person', 'predecessor', None)]),
    ('Tom Hart, his predecessor as police commissioner, said crime fell.',
     [('Tom Hart', 'person', 'former police commissioner', None)]),
    ('His predecessor as police commissioner, Tom Hart, said crime fell.',
     [('Tom Hart', 'person', 'former police commissioner', None)]),
    ('The NYPD said more. Tom Hart, his predecessor as NYPD commissioner, said crime fell.',
     [('NYPD', 'organization', None, None), ('Tom Hart', 'person', 'former NYPD commissioner', None)]),
    ("Tom Hart, his predecessor as Norway's foreign minister, said the talks failed.",
     [('Norway', 'country', None, None), ('Tom Hart', 'person', 'former foreign minister', 'Norway')]),
    # a 'Dr.' who is the subject of a 'where' clause on a hospital the article names is a doctor there: not one treated there,
    # not without the title, not one another role describes, not at a body that is no hospital, not one named elsewhere
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Dr. Jan Kowal was treated for burns.',
     [('Harbour General Hospital', 'organization', None, None), ('Jan Kowal', 'person', None, None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Jan Kowal said he would live.',
     [('Harbour General Hospital', 'organization', None, None), ('Jan Kowal', 'person', None, None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Dr. Jan Kowal, the health minister, said he would live.',
     [('Harbour General Hospital', 'organization', None, None), ('Jan Kowal', 'person', 'health minister', None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where his wife, Dr. Ann Kowal, was waiting.',
     [('Ann Kowal', 'person', None, None), ('Harbour General Hospital', 'organization', None, None)]),
    ('The Harbour Institute said more. The mayor flew to the Harbour Institute, where Dr. Jan Kowal said the data were clear.',
     [('Harbour Institute', 'organization', None, None), ('Jan Kowal', 'person', None, None)]),
    ('Harbour General Hospital said ten were hurt. Dr. Jan Kowal said the mayor would live.',
     [('Harbour General Hospital', 'organization', None, None), ('Jan Kowal', 'person', None, None)]),
    # review 14: the 'where' clause must have the doctor speak, at a care-giving body (not a 'Medical Council')
    ('Ward General Hospital said more. The mayor was taken to Ward General Hospital, where Dr. Piet Varga was arrested after the police said he had lied.',
     [('Piet Varga', 'person', None, None), ('Ward General Hospital', 'organization', None, None)]),
    ('Ward General Hospital said more. The mayor was taken to Ward General Hospital, where Dr. Piet Varga was cheered on Monday after telling reporters the mayor would live.',
     [('Piet Varga', 'person', 'doctor', 'Ward General Hospital'), ('Ward General Hospital', 'organization', None, None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Dr. Jan Kowal was arrested on Monday.',
     [('Harbour General Hospital', 'organization', None, None), ('Jan Kowal', 'person', None, None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Dr. Ann Kowal was visiting her mother.',
     [('Ann Kowal', 'person', None, None), ('Harbour General Hospital', 'organization', None, None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Dr. Ann Kowal gave birth last year.',
     [('Ann Kowal', 'person', None, None), ('Harbour General Hospital', 'organization', None, None)]),
    ('The Harbour Medical Council said it would act. The hearing was held at the Harbour Medical Council, where Dr. Jan Kowal denied the charges.',
     [('Harbour Medical Council', 'organization', None, None), ('Jan Kowal', 'person', None, None)]),
    ('Harbour General Hospital said ten were hurt. The mayor was taken to Harbour General Hospital, where Dr. Jan Kowal said he would live.',
     [('Harbour General Hospital', 'organization', None, None), ('Jan Kowal', 'person', 'doctor', 'Harbour General Hospital')]),
    # 'its' on a title is the one organisation that is the main subject of its clause or of the sentence before;
    # none where that part names another body or a state, where the body is no main subject, past a sentence with
    # no actor, for a post a town or thing has ('its mayor', 'its architect'), a former post or no post ('its critics')
    ('The Harbour Trust criticised the Larch Savings Bank. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None),
      ('Larch Savings Bank', 'organization', None, None)]),
    ('Tom Lee said the Harbour Trust was broke. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None), ('Tom Lee', 'person', None, None)]),
    ('Norway said the Harbour Trust was broke. Its president, Ann Roe, urged calm.',
     [('Ann Roe', 'person', 'president', None), ('Harbour Trust', 'organization', None, None), ('Norway', 'country', None, None)]),
    ('The dam was built by the Harbour Trust. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said the dam was unsafe.\n\nThe mayor spoke. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said the town would flood. Its mayor, Ann Roe, urged calm.',
     [('Ann Roe', 'person', 'mayor', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said the bridge was unsafe. Its architect, Ann Roe, disagreed.',
     [('Ann Roe', 'person', 'architect', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said the dam was unsafe. Its former chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'former chair', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said the dam was unsafe. Its critics, led by Ann Roe, urged an audit.',
     [('Ann Roe', 'person', None, None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said the dam was unsafe. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said its chair, Ann Roe, would resign.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    # 'its' after a sentence whose main subject is a bare 'the <kind>' ('The trust said …') is the body that kind
    # takes up: by its name's head ('... Trust'), or by a head bodies of that kind bear ('the force': '... Constabulary');
    # NEGATIVE: two bodies of the kind, another thing with a head or staff in the sentence, a plural or qualified kind
    ('Nurses at the Larch Valley Health Trust walked out. The trust said 40 operations were cancelled. '
     'Its medical director, Ann Roe, apologised to patients.',
     [('Ann Roe', 'person', 'medical director', 'Larch Valley Health Trust'), ('Larch Valley Health Trust', 'organization', None, None)]),
    ('The Kessa Dockers Union called a strike on Friday. The union warned that ports would close. '
     'Its general secretary, Piet Graaf, blamed the owners.',
     [('Kessa Dockers Union', 'organization', None, None), ('Piet Graaf', 'person', 'general secretary', 'Kessa Dockers Union')]),
    ('The Orwin Constabulary raided three farms on Sunday. The force confirmed that two men were held. '
     'Its chief constable, Mara Holt, praised the officers.',
     [('Mara Holt', 'person', 'chief constable', 'Orwin Constabulary'), ('Orwin Constabulary', 'organization', None, None)]),
    ('The Larch Valley Health Trust and the Orwin Care Trust will merge. The trust said 40 jobs would go. '
     'Its chief executive, Ann Roe, resigned.',
     [('Ann Roe', 'person', 'chief executive', None), ('Larch Valley Health Trust', 'organization', None, None),
      ('Orwin Care Trust', 'organization', None, None)]),
    ('Nurses at the Larch Valley Health Trust walked out. The trust said the new hospital would open in May. '
     'Its medical director, Ann Roe, apologised to patients.',
     [('Ann Roe', 'person', 'medical director', None), ('Larch Valley Health Trust', 'organization', None, None)]),
    ('Nurses at the Larch Valley Health Trust walked out. The other trust said 40 operations were cancelled. '
     'Its medical director, Ann Roe, apologised to patients.',
     [('Ann Roe', 'person', 'medical director', None), ('Larch Valley Health Trust', 'organization', None, None)]),
    # 'at the force' (a kind whose bodies bear other heads: KIND_NAME_HEADS) is the one body so named; NEGATIVE: two
    ('Orwin Constabulary said two men were held. Ben Ash, a detective superintendent at the force, said more arrests were likely.',
     [('Ben Ash', 'person', 'detective superintendent', 'Orwin Constabulary'), ('Orwin Constabulary', 'organization', None, None)]),
    ('Two men were held after raids by Kessa Valley Police on Sunday. "We will not stop," said Dana Voss, a detective '
     'inspector at the force.',
     [('Dana Voss', 'person', 'detective inspector', 'Kessa Valley Police'), ('Kessa Valley Police', 'organization', None, None)]),
    ('Orwin Police and Kessa Valley Police held joint raids. Ben Ash, a detective superintendent at the force, said more arrests were likely.',
     [('Ben Ash', 'person', 'detective superintendent', None), ('Kessa Valley Police', 'organization', None, None)]),
    ('The Kessa Crimes Commission froze 12 accounts. Ben Ash, a detective superintendent at the force, said more arrests were likely.',
     [('Ben Ash', 'person', 'detective superintendent', None), ('Kessa Crimes Commission', 'organization', None, None)]),
    ('The Kessa Energy Commission fined two suppliers on Monday. Tom Lee, a director at the regulator, said bills would fall.',
     [('Kessa Energy Commission', 'organization', None, None), ('Tom Lee', 'person', 'director', 'Kessa Energy Commission')]),
    ('The Kessa Energy Commission fined two suppliers. The regulator said 3,000 homes had been overcharged. '
     'Its chief executive, Tom Lee, called the breaches serious.',
     [('Kessa Energy Commission', 'organization', None, None), ('Tom Lee', 'person', 'chief executive', 'Kessa Energy Commission')]),
    # NEGATIVE: a state's kind ('the ministry' may be another state's): not by another head ('Department of ...')
    ('The Department of Fisheries closed the bay on Monday. Ann Roe, an economist at the ministry, said prices would rise.',
     [('Ann Roe', 'person', 'economist', None), ('Department of Fisheries', 'organization', None, None)]),
    # NEGATIVE (mend_orgref28): 'at the lender / for the charity / at the regulator / at the force' where the article
    # also names a body by an opaque name (no kind word as its head: it may be the one meant), or names a second
    # body of the kind that the recogniser took for a person ('Kessa Air')
    ('HSBC said it would cut 200 jobs in Hong Kong. The Bank of England kept rates on hold on Thursday. '
     'Ann Roe, an analyst at the lender, said more cuts were likely.',
     [('Ann Roe', 'person', 'analyst', None), ('Bank of England', 'organization', None, None), ('HSBC', 'organization', None, None)]),
    ('Oxfam said aid deliveries to the region had stalled. The Gates Foundation pledged $50 million on Monday. '
     'Tom Lee, a spokesman for the charity, said trucks were waiting at the border.',
     [('Gates Foundation', 'organization', None, None), ('Oxfam', 'organization', None, None),
      ('Tom Lee', 'person', 'spokesman for the charity', None)]),
    ('Ofwat fined Kessa Water £10 million on Monday. The Kessa Harbour Authority said the spill had closed two '
     'beaches. Tom Lee, a director at the regulator, said bills would not rise.',
     [('Kessa Harbour Authority', 'organization', None, None), ('Tom Lee', 'person', 'director', None)]),
    ('Scotland Yard said the inquiry was closed. Kessa Valley Police had handed over its files last year. '
     'Dana Voss, a detective inspector at the force, said no charges would follow.',
     [('Dana Voss', 'person', 'detective inspector', None), ('Kessa Valley Police', 'organization', None, None),
      ('Scotland', 'country', None, None), ('Scotland Yard', 'organization', None, 'Scotland')]),
    ('Velmor Airways cancelled 40 flights. Kessa Air said it would add seats. Ann Roe, a pilot at the carrier, '
     'said staff were exhausted.',
     [('Ann Roe', 'person', 'pilot', None), ('Kessa Air', 'person', None, None), ('Velmor Airways', 'organization', None, None)]),
    # NEGATIVE (mend_orgref28): 'its' after 'The <kind> said <another thing> …': the other thing (the inquiry, the
    # panel, the board) is a subject too, and 'its' most likely takes it up
    ('Nurses at the Larch Valley Health Trust walked out over pay. The trust said an independent inquiry would be '
     'held. Its chairman, Ian Holt, will report by June.',
     [('Ian Holt', 'person', 'chairman', None), ('Larch Valley Health Trust', 'organization', None, None)]),
    ('The Kessa Dockers Union held a ballot on Friday. The union said the new pay panel had met twice. Its chair, '
     'Piet Graaf, called the offer an insult.',
     [('Kessa Dockers Union', 'organization', None, None), ('Piet Graaf', 'person', 'chair', None)]),
    ('The Orwin Constabulary closed the case. The force said a review board was being set up. Its head, Mara Holt, '
     'will report in May.',
     [('Mara Holt', 'person', 'head', None), ('Orwin Constabulary', 'organization', None, None)]),
    # the body the sentence before cites as its source ('according to X') is what it is about; NEGATIVE: two
    # bodies cited, another body as the main clause's subject, a body the source cites in turn
    ('Queues have doubled, according to the Harbour Hauliers Federation (HHF). Its chief executive, Tom Lee, said exporters would suffer.',
     [('Harbour Hauliers Federation', 'organization', None, None), ('Tom Lee', 'person', 'chief executive', 'Harbour Hauliers Federation')]),
    ('Rents rose by a fifth last year, according to the Larch Tenants League. Its president, Ann Roe, blamed the shortage of homes.',
     [('Ann Roe', 'person', 'president', 'Larch Tenants League'), ('Larch Tenants League', 'organization', None, None)]),
    ('Three pits shut in June, according to Kessa Coal Company. Its finance director, Paul Frick, said two more would follow.',
     [('Kessa Coal Company', 'organization', None, None), ('Paul Frick', 'person', 'finance director', 'Kessa Coal Company')]),
    ('Queues have doubled, according to the Harbour Hauliers Federation and Kessa Coal Company. Its chief executive, Tom Lee, said exporters would suffer.',
     [('Harbour Hauliers Federation', 'organization', None, None), ('Kessa Coal Company', 'organization', None, None),
      ('Tom Lee', 'person', 'chief executive', None)]),
    ('Kessa Coal Company sold its stake in a port, according to the Larch Tenants League. Its president, Ann Roe, called it a mistake.',
     [('Ann Roe', 'person', 'president', None), ('Kessa Coal Company', 'organization', None, None), ('Larch Tenants League', 'organization', None, None)]),
    ('Queues have doubled, according to the Harbour Hauliers Federation, which cited figures from the Port of Kessa Authority. '
     'Its chief executive, Tom Lee, said exporters would suffer.',
     [('Harbour Hauliers Federation', 'organization', None, None), ('Port of Kessa Authority', 'organization', None, None),
      ('Tom Lee', 'person', 'chief executive', None)]),
    ('Larch Savings Bank, which lost money last year, said profits rose. Its chief executive, Tom Lee, did not comment.',
     [('Larch Savings Bank', 'organization', None, None), ('Tom Lee', 'person', 'chief executive', 'Larch Savings Bank')]),
    ('The Harbour Trust said the dam was unsafe. Its director-general, Dr Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'director-general', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    # a body named deep in what the subject body is reported to say is no rival for 'its'; NEGATIVE first: the
    # report's own subject is, and so is the object of a verb of no speaking
    ('The Larch Savings Bank said the Harbour Trust was wrong. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None),
      ('Larch Savings Bank', 'organization', None, None)]),
    ('The Harbour Trust warned the Larch Savings Bank that the plan was unsafe. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None),
      ('Larch Savings Bank', 'organization', None, None)]),
    ('The Harbour Growers Forum said firms such as the Larch Savings Bank were profiting. Its spokesman, Paul Frick, '
     'said costs had doubled.',
     [('Harbour Growers Forum', 'organization', None, None), ('Larch Savings Bank', 'organization', None, None),
      ('Paul Frick', 'person', 'spokesman', 'Harbour Growers Forum')]),
    ('The Harbour Trust said it wrote a letter to the Larch Savings Bank. Its chair, Ann Roe, urged an audit.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None),
      ('Larch Savings Bank', 'organization', None, None)]),
    ('The Larch Tenants Union said rents charged by the Harbour Housing Trust had doubled. Its secretary, Ann Roe, '
     'urged a freeze.',
     [('Ann Roe', 'person', 'secretary', 'Larch Tenants Union'), ('Harbour Housing Trust', 'organization', None, None),
      ('Larch Tenants Union', 'organization', None, None)]),
    # NEGATIVE: a kind other than a company's is not taken up for a body whose name tells no kind
    ('Orwin Motors said profits rose. The bank\'s chief executive, Ben Ash, was pleased.',
     [('Ben Ash', 'person', 'chief executive', None), ('Orwin Motors', 'organization', None, None)]),
    # 'the union' on a title, or a bare 'union' before it, is the one body of the article named as a union; none where
    # two are, for 'a'/'the other'/'a rival' union, a former post, no post, a state's body or a state ('the country's')
    ('The Harbour Dockers Union said pay was low. A union\'s president, Ben Ash, called a strike.',
     [('Ben Ash', 'person', 'president', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. The other union\'s president, Ben Ash, called a strike.',
     [('Ben Ash', 'person', 'president', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. The union\'s former president, Ben Ash, called a strike.',
     [('Ben Ash', 'person', 'former president', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. The union\'s critic, Ben Ash, called a strike.',
     [('Ben Ash', 'person', 'critic', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('Larch Savings Bank and the Harbour Bank said profits rose. The bank\'s general counsel, Tom Lee, said more.',
     [('Harbour Bank', 'organization', None, None), ('Larch Savings Bank', 'organization', None, None),
      ('Tom Lee', 'person', 'general counsel', None)]),
    ('The Harbour Dockers Union said pay was low. A rival union leader, Ben Ash, said talks failed.',
     [('Ben Ash', 'person', 'rival union leader', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Dockers Union and the Union of Port Workers said pay was low. Union president Ben Ash said talks failed.',
     [('Ben Ash', 'person', 'Union president', None), ('Harbour Dockers Union', 'organization', None, None),
      ('Union of Port Workers', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. Former union president Ben Ash said talks failed.',
     [('Ben Ash', 'person', 'Former union president', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. Police spokesman Ben Ash said the march was peaceful.',
     [('Ben Ash', 'person', 'Police spokesman', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('Harbour Freight Lines said profits rose. The country\'s finance minister, Tom Lee, said more.',
     [('Harbour Freight Lines', 'organization', None, None), ('Tom Lee', 'person', 'finance minister', None)]),
    ('The Harbour Dockers Union said pay was low. The union\'s president, Ben Ash, called a strike.',
     [('Ben Ash', 'person', 'president', 'Harbour Dockers Union'), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. The union\'s president Ben Ash called a strike.',
     [('Ben Ash', 'person', 'president', 'Harbour Dockers Union'), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The case was brought by the Harbour Dockers Union. Union president Ben Ash said the ruling was fair.',
     [('Ben Ash', 'person', 'Union president', 'Harbour Dockers Union'), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Harbour Port Authority said trade fell. An authority spokeswoman, Ada Obi, said cranes were idle.',
     [('Ada Obi', 'person', 'authority spokeswoman', 'Harbour Port Authority'), ('Harbour Port Authority', 'organization', None, None)]),
    # where no body is named as a company, 'the company' is the body 'its' would be, if its name tells no other kind
    ('The Harbour Dockers Union said pay was low. The company\'s chief executive, Tom Lee, said talks failed.',
     [('Harbour Dockers Union', 'organization', None, None), ('Tom Lee', 'person', 'chief executive', None)]),
    ('Harbour Freight Lines and Larch Foods said profits rose. The company\'s general counsel, Tom Lee, said more.',
     [('Harbour Freight Lines', 'organization', None, None), ('Larch Foods', 'organization', None, None),
      ('Tom Lee', 'person', 'general counsel', None)]),
    ('Tom Lee said Harbour Freight Lines would fail. The company\'s general counsel, Ann Roe, said more.',
     [('Ann Roe', 'person', 'general counsel', None), ('Harbour Freight Lines', 'organization', None, None), ('Tom Lee', 'person', None, None)]),
    ('Harbour Freight Lines said profits rose. The company\'s general counsel, Tom Lee, said more.',
     [('Harbour Freight Lines', 'organization', None, None), ('Tom Lee', 'person', 'general counsel', 'Harbour Freight Lines')]),
    ('Halvern said it would appeal. In a statement, the company\'s general counsel, Tom Lee, said the verdict was wrong.',
     [('Halvern', 'organization', None, None), ('Tom Lee', 'person', 'general counsel', 'Halvern')]),
    # 'whose' on a title before a name is the body the clause hangs on, also where the parser made no clause of it;
    # not a person's ('whose' of a person names no body), nor a former post
    ('Tom Lee, whose state president Ben Ash has accused the government of lying, put the figure lower.',
     [('Ben Ash', 'person', 'state president', None), ('Tom Lee', 'person', None, None)]),
    ('The Harbour Front, whose former president Ben Ash has accused the government of lying, put the figure lower.',
     [('Ben Ash', 'person', 'former president', None), ('Harbour Front', 'organization', None, None)]),
    ('The opposition Harbour Front, whose state president Ben Ash has accused the government of lying, put the figure lower.',
     [('Ben Ash', 'person', 'state president', 'Harbour Front'), ('Harbour Front', 'organization', 'opposition', None)]),
    # beside another thing with a head of its own in that part ('opened a museum', 'funded a film'), 'its' may mean that
    # thing: none; a noun that describes the body itself ('X, the steel group,', 'X is a charity') is no such thing
    ('The Harbour Trust opened a new museum. Its director, Ann Roe, said entry would be free.',
     [('Ann Roe', 'person', 'director', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust funded a film. Its director, Ann Roe, said more.',
     [('Ann Roe', 'person', 'director', None), ('Harbour Trust', 'organization', None, None)]),
    ('Corvana, the steel and cable group, reported a loss. Its chief executive, Tom Lee, said more.',
     [('Corvana', 'organization', None, None), ('Tom Lee', 'person', 'chief executive', 'Corvana')]),
    ('The Harbour Trust is a charity. Its chair, Ann Roe, said more.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', 'charity', None)]),
    # 'its' takes up one thing: a plural noun before it is no other owner; a noun the body's name qualifies
    # ('the LTU union') is the body itself; NEGATIVE first: a singular thing with a head, or a union not the body
    ('The Harbour Trust opened a new museum and two cafes. Its director, Ann Roe, said entry would be free.',
     [('Ann Roe', 'person', 'director', None), ('Harbour Trust', 'organization', None, None)]),
    ('The LTU said it had bought the Harbour union. Its rail secretary, Tom Lee, said talks went well.',
     [('LTU', 'organization', None, None), ('Tom Lee', 'person', 'rail secretary', None)]),
    ('The LTU backed a rival union. Its general secretary, Tom Lee, said talks went well.',
     [('LTU', 'organization', None, None), ('Tom Lee', 'person', 'general secretary', None)]),
    ('The Harbour Trust funded two films and a play. Its director, Ann Roe, said more.',
     [('Ann Roe', 'person', 'director', None), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust deployed 35 water units and fed 2,000 people. Its secretary general, Ann Roe, said more.',
     [('Ann Roe', 'person', 'secretary general', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Trust said it runs three museums in the city. Its chair, Ann Roe, said entry would be free.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('Harbour Rail said it had ordered 40 new trains for its lines. Its chief executive, Tom Lee, said fares would fall.',
     [('Harbour Rail', 'organization', None, None), ('Tom Lee', 'person', 'chief executive', 'Harbour Rail')]),
    ('The Harbour Trust bought two banks. Its chief executive, Ann Roe, said the deal was done.',
     [('Ann Roe', 'person', 'chief executive', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('The LTU union, long the more moderate, said it would sign. Its rail secretary, Tom Lee, said talks went well.',
     [('LTU', 'organization', None, None), ('Tom Lee', 'person', 'rail secretary', 'LTU')]),
    # "the KIND's N" where the article names two bodies of that kind: the one the sentence or the one before names;
    # NEGATIVE first: both named there, or the one meant named only further back
    ('The Harbour Commission and the Central Electoral Commission met. The commission\'s chairwoman, Mira Oden, said results '
     'would come on Tuesday.',
     [('Central Electoral Commission', 'organization', None, None), ('Harbour Commission', 'organization', None, None),
      ('Mira Oden', 'person', 'chairwoman', None)]),
    ('The Harbour Dockers Union struck on Monday. The Larch Rail Union said it would join the strike, the union\'s president, '
     'Ben Ash, told reporters.',
     [('Ben Ash', 'person', 'president', None), ('Harbour Dockers Union', 'organization', None, None),
      ('Larch Rail Union', 'organization', None, None)]),
    ('The Larch Rail Union said it would join the Harbour Dockers Union. The union\'s president, Ben Ash, said talks had failed.',
     [('Ben Ash', 'person', 'president', None), ('Harbour Dockers Union', 'organization', None, None),
      ('Larch Rail Union', 'organization', None, None)]),
    ('The Larch Rail Union said it would strike. The Harbour Dockers Union said it would not. Talks went on. '
     'The union\'s president, Ben Ash, said talks had failed.',
     [('Ben Ash', 'person', 'president', None), ('Harbour Dockers Union', 'organization', None, None),
      ('Larch Rail Union', 'organization', None, None)]),
    ('The Harbour Commission fined the firm. According to the Central Electoral Commission, turnout was high. '
     'The commission\'s chairwoman, Mira Oden, said results would come on Tuesday.',
     [('Central Electoral Commission', 'organization', None, None), ('Harbour Commission', 'organization', None, None),
      ('Mira Oden', 'person', 'chairwoman', 'Central Electoral Commission')]),
    ('The Harbour Dockers Union struck on Monday. The Larch Rail Union said it would join. The union\'s president, Ben Ash, '
     'said talks had failed.',
     [('Ben Ash', 'person', 'president', 'Larch Rail Union'), ('Harbour Dockers Union', 'organization', None, None),
      ('Larch Rail Union', 'organization', None, None)]),
    ('The Harbour Institute fined the firm. Ann Roe told the Larch Institute for Policy that she would resign. '
     'The institute\'s director, Ben Ash, said she would stay.',
     [('Ann Roe', 'person', None, None), ('Ben Ash', 'person', 'director', 'Larch Institute for Policy'),
      ('Harbour Institute', 'organization', None, None), ('Larch Institute for Policy', 'organization', None, None)]),
    # a body's kind noun and the word before it in a title before the name: the one body whose name has both words;
    # NEGATIVE first: a kind qualified further, or by an article, or two such bodies, or none
    ('The Central Bank of Harbouria cut rates. Nigerian central bank governor Ann Roe said inflation fell.',
     [('Ann Roe', 'person', 'central bank governor', 'Nigeria'), ('Central Bank of Harbouria', 'organization', None, None),
      ('Nigeria', 'country', None, None)]),
    ('The Central Bank of Harbouria cut rates. A central bank governor, Ann Roe, said inflation fell.',
     [('Ann Roe', 'person', 'central bank governor', None), ('Central Bank of Harbouria', 'organization', None, None)]),
    ('The Central Bank of Harbouria and the Central Bank of Larchia met. Central bank governor Ann Roe said inflation fell.',
     [('Ann Roe', 'person', 'Central bank governor', None), ('Central Bank of Harbouria', 'organization', None, None),
      ('Central Bank of Larchia', 'organization', None, None)]),
    ('The Harbour Trade Union Council met. Trade union leader Ann Roe said pay was low.',
     [('Ann Roe', 'person', 'Trade union leader', None), ('Harbour Trade Union Council', 'organization', None, None)]),
    ('The Central Bank of Harbouria cut rates. Former central bank governor Ann Roe said inflation fell.',
     [('Ann Roe', 'person', 'Former central bank governor', None), ('Central Bank of Harbouria', 'organization', None, None)]),
    ('The Central Bank of Harbouria cut rates. Regional bank chief Ann Roe said inflation fell.',
     [('Ann Roe', 'person', 'Regional bank chief', None), ('Central Bank of Harbouria', 'organization', None, None)]),
    ('The Harbour Dockers Union struck. Rival union president Ben Ash said the strike would fail.',
     [('Ben Ash', 'person', 'Rival union president', None), ('Harbour Dockers Union', 'organization', None, None)]),
    ('The Central Bank of Harbouria cut rates. Central bank governor Ann Roe said inflation fell.',
     [('Ann Roe', 'person', 'Central bank governor', 'Central Bank of Harbouria'),
      ('Central Bank of Harbouria', 'organization', None, None)]),
    ('The Larch Valley Water Authority raised prices. Water authority chief Tom Lee said the dam was low.',
     [('Larch Valley Water Authority', 'organization', None, None),
      ('Tom Lee', 'person', 'Water authority chief', 'Larch Valley Water Authority')]),
    # 'who heads the KIND': the one body of that kind, however spelt ('centre'/'Center'); NEGATIVE first: two such
    # bodies, a kind qualified by a word of its own or an article, a past tense, no body of that kind (a definite
    # unit headed now is still the post: 'head of the centre', titles34)
    ('The Harbour Research Center and the Larch Data Center said the recorders were found. Tom Reed, who heads the '
     'centre, said a report would follow.',
     [('Harbour Research Center', 'organization', None, None), ('Larch Data Center', 'organization', None, None),
      ('Tom Reed', 'person', 'head of the centre', None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who heads the research centre, said a report '
     'would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', 'head of the research centre', None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who heads a centre in Leeds, said a report '
     'would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who headed the centre, said a report '
     'would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who does not head the centre, said a report '
     'would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who will chair the centre, said a report '
     'would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who heads the team, said a report '
     'would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', 'head of the team', None)]),
    ('The Harbour Research Center said the recorders were found. Tom Reed, who leads the centre\'s work on fire, said a '
     'report would follow.', [('Harbour Research Center', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Tom Reed, who had led the Harbour Party until May, said he would sell.',
     [('Harbour Party', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('Prime Minister Ann Sel, 67, who has led the NUM since 2009, cast her ballot.',
     [('Ann Sel', 'person', 'Prime Minister', 'NUM'), ('NUM', 'organization', None, None)]),
    ('The Harbour Accident Research Center said the recorders were found. Brigadier Tom Reed, who heads the centre, said '
     'a report would follow.',
     [('Harbour Accident Research Center', 'organization', None, None),
      ('Tom Reed', 'person', 'Brigadier', 'Harbour Accident Research Center')]),
    ('The Harbour Accident Research Center said the recorders were found. Tom Reed, who chairs the centre, said '
     'a report would follow.',
     [('Harbour Accident Research Center', 'organization', None, None),
      ('Tom Reed', 'person', 'chair', 'Harbour Accident Research Center')]),
    ('The Larch Trust said the recorders were found. Ann Roe, who runs the trust, said a report would follow.',
     [('Ann Roe', 'person', None, 'Larch Trust'), ('Larch Trust', 'organization', None, None)]),
    # a region's own executive office named with the region serves the region's government: no country stated or
    # guessed; NEGATIVE first: a legislator of a region sits in the country's legislature, a bare office is guessed
    ('Texas Rep. Ann Lowe said the bill was wrong.',
     [('Ann Lowe', 'person', 'Texas Representative', 'United States'), ('United States', 'country', None, None)]),
    ('Ohio lawmaker Ann Lowe said the bill was wrong.',
     [('Ann Lowe', 'person', 'Ohio lawmaker', 'United States'), ('United States', 'country', None, None)]),
    ('India said the outbreak was contained. Health Minister Latha Menon said the outbreak was over. India agreed.',
     [('India', 'country', None, None), ('Latha Menon', 'person', 'Health Minister', 'India')]),
    # (the region itself is the government its own executive serves, also where its country is named: affil26)
    ('Kerala Health Minister Latha Menon said the outbreak was contained.',
     [('Kerala', 'organization', None, None), ('Latha Menon', 'person', 'Health Minister', 'Kerala')]),
    ('India said the outbreak was contained. Kerala Health Minister Latha Menon said the outbreak was over. India agreed.',
     [('India', 'country', None, None), ('Kerala', 'organization', None, None), ('Latha Menon', 'person', 'Health Minister', 'Kerala')]),
    ('São Paulo Governor Ana Prado said the state would help.',
     [('Ana Prado', 'person', 'Governor', 'São Paulo'), ('São Paulo', 'organization', None, None)]),
    ('Queensland Premier Ann Lowe said the border would close.',
     [('Ann Lowe', 'person', 'Premier', 'Queensland'), ('Queensland', 'organization', None, None)]),
    ('Nakuru Governor Ann Wambui said clinics were shut. Kenya has 47 counties, and Kenya pays doctors.',
     [('Ann Wambui', 'person', 'Governor', 'Nakuru'), ('Kenya', 'country', None, None), ('Nakuru', 'organization', None, None)]),
    # a former post's body is served no more, however the parse reads the phrase; a country stays (nationality)
    ('Agents detained a former governor of Larch-East State, Musa Dan, on Monday.',
     [('Larch-East State', 'organization', None, None), ('Musa Dan', 'person', 'former governor', None)]),
    ('Agents detained a former foreign minister of Norway, Rob Hale, on Monday.',
     [('Norway', 'country', None, None), ('Rob Hale', 'person', 'former foreign minister', 'Norway')]),
    ('Agents detained the governor of Larch-East State, Musa Dan, on Monday.',
     [('Larch-East State', 'organization', None, None), ('Musa Dan', 'person', 'governor', 'Larch-East State')]),
    # a body written with its kind noun ('the Harbour Metal union') or with a country ending its name is of that kind;
    # 'X, the union's N,' after the name as before it; NEGATIVE first: two unions named just before, none of either kind
    ('The Larch Rail Union struck. The Harbour Metal union and the Larch Rail Union said they would fight. The union\'s '
     'president, Jens Brock, said no.',
     [('Harbour Metal', 'organization', None, None), ('Jens Brock', 'person', 'president', None),
      ('Larch Rail Union', 'organization', None, None)]),
    ('The Harbour Metal union and the Larch Rail Union said they would fight. Jens Brock, the union\'s president, said no.',
     [('Harbour Metal', 'organization', None, None), ('Jens Brock', 'person', 'president', None),
      ('Larch Rail Union', 'organization', None, None)]),
    # (the name before 'the company' is the holder's own, no body it may take up: as where the title comes first)
    ('Halvern said it would appeal. Tom Lee, the company\'s general counsel, said the verdict was wrong.',
     [('Halvern', 'organization', None, None), ('Tom Lee', 'person', 'general counsel', 'Halvern')]),
    ('The Larch Rail Union struck. The Harbour Metal union said it would fight. "No," said Jens Brock, the union\'s '
     'district leader for Thuringia.',
     [('Harbour Metal', 'organization', None, None), ('Jens Brock', 'person', 'district leader for Thuringia', 'Harbour Metal'),
      ('Larch Rail Union', 'organization', None, None)]),
    ('The Larch Aid Group said it would help. Tom Reed said the city was flooded. Harbour Relief Services, which runs a '
     'clinic, said its staff were tired. "We are worried," said Ann Roe, the group\'s medical coordinator.',
     [('Ann Roe', 'person', 'medical coordinator', None), ('Harbour Relief Services', 'organization', None, None),
      ('Larch Aid Group', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Larch Aid Group said it would help. Tom Reed said the city was flooded. Harbour Relief Services said its staff '
     'were tired. Ann Roe, the group\'s medical coordinator, said more.',
     [('Ann Roe', 'person', 'medical coordinator', None), ('Harbour Relief Services', 'organization', None, None),
      ('Larch Aid Group', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ('The Larch Aid Group said it would help. Tom Reed said the city was flooded. The clinic was full. "We are worried," '
     'said Ann Roe, the group\'s medical coordinator.',
     [('Ann Roe', 'person', 'medical coordinator', 'Larch Aid Group'), ('Larch Aid Group', 'organization', None, None),
      ('Tom Reed', 'person', None, None)]),
    ('The Harbour Dockers Union Canada said its members would strike. The union\'s president, Gordon Mack, told a rally '
     'that talks had failed.',
     [('Gordon Mack', 'person', 'president', 'Harbour Dockers Union Canada'),
      ('Harbour Dockers Union Canada', 'organization', None, None)]),
    ('The Harbour Dockers Union said pay was low. Ben Ash, the union\'s president, said talks had failed.',
     [('Ben Ash', 'person', 'president', 'Harbour Dockers Union'), ('Harbour Dockers Union', 'organization', None, None)]),
    # 'Secretary-General' is one body's officer title as 'spokesman' is; NEGATIVE first: after a state, two bodies, another person
    ('Harbour Bank said profits rose. Secretary-General Tom Reed said the bank was sound.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', 'Secretary-General', None)]),
    ('Kessa Motors cut 500 jobs. Secretary-General Ann Lowe said the union would fight.',
     [('Ann Lowe', 'person', 'Secretary-General', None), ('Kessa Motors', 'organization', None, None)]),
    ('Norway said the offer fell short. Secretary-General Jacob Oum told reporters that members would strike.',
     [('Jacob Oum', 'person', 'Secretary-General', None), ('Norway', 'country', None, None)]),
    ('The Harbour Dockers Union and Larch Foods said the offer fell short. Secretary-General Jacob Oum told reporters that '
     'members would strike.',
     [('Harbour Dockers Union', 'organization', None, None), ('Jacob Oum', 'person', 'Secretary-General', None),
      ('Larch Foods', 'organization', None, None)]),
    ('The Harbour Dockers Union said the offer fell short. Tom Reed agreed. Secretary-General Jacob Oum told reporters that '
     'members would strike.',
     [('Harbour Dockers Union', 'organization', None, None), ('Jacob Oum', 'person', 'Secretary-General', None),
      ('Tom Reed', 'person', None, None)]),
    ('The Harbour National Union of Teachers (HNUT) said the offer fell short. Secretary-General Jacob Oum told reporters '
     'that members would strike.',
     [('Harbour National Union of Teachers', 'organization', None, None),
      ('Jacob Oum', 'person', 'Secretary-General', 'Harbour National Union of Teachers')]),
    # an officer title named for its body's kind ('Commissioner') after that kind of body as the subject just before is
    # that body's; NEGATIVE first: after a company, a state, two bodies, another person, or with a non-portfolio word
    ('Larch Foods said profits rose. Commissioner Anna Lind said the bloc was fair.',
     [('Anna Lind', 'person', 'Commissioner', None), ('Larch Foods', 'organization', None, None)]),
    ('Larch Foods said profits rose. Trade Commissioner Anna Lind said the bloc was fair.',
     [('Anna Lind', 'person', 'Trade Commissioner', None), ('Larch Foods', 'organization', None, None)]),
    ('The Harbour Commission and Larch Foods announced a deal. Trade Commissioner Anna Lind said the deal was fair.',
     [('Anna Lind', 'person', 'Trade Commissioner', None), ('Harbour Commission', 'organization', None, None),
      ('Larch Foods', 'organization', None, None)]),
    ('The Harbour Commission announced duties on beef. Police Commissioner Anna Lind said the bloc was fair.',
     [('Anna Lind', 'person', 'Police Commissioner', None), ('Harbour Commission', 'organization', None, None)]),
    ('Norway announced duties on beef. Trade Commissioner Anna Lind said the bloc was fair.',
     [('Anna Lind', 'person', 'Trade Commissioner', None), ('Norway', 'country', None, None)]),
    ('The Harbour Commission announced duties on beef. Tom Reed said they were wrong. Trade Commissioner Anna Lind said '
     'the bloc was fair.',
     [('Anna Lind', 'person', 'Trade Commissioner', None), ('Harbour Commission', 'organization', None, None),
      ('Tom Reed', 'person', None, None)]),
    ('The Harbour Commission announced duties on beef. Trade Commissioner Anna Lind said the bloc was fair.',
     [('Anna Lind', 'person', 'Trade Commissioner', 'Harbour Commission'), ('Harbour Commission', 'organization', None, None)]),
    ('The Harbour Commission announced duties on beef. Commissioner Anna Lind said the bloc was fair.',
     [('Anna Lind', 'person', 'Commissioner', 'Harbour Commission'), ('Harbour Commission', 'organization', None, None)]),
    # an acronym the article gave a body, as the possessive owner of a post, is that body; NEGATIVE: an acronym it
    # gave no body is a body of its own, and a former post is no affiliation
    ("The Harbour Water Safety Service (HWSS) found 40 leaks. Dr Nora Vale, the HWSS's director of testing, "
     "blamed old pipes.",
     [('Harbour Water Safety Service', 'organization', None, None),
      ('Nora Vale', 'person', 'director of testing', 'Harbour Water Safety Service')]),
    ("The Harbour Transport Union (HTU) called a strike. Paul Frick, the HTU's regional organiser, said drivers were angry.",
     [('Harbour Transport Union', 'organization', None, None), ('Paul Frick', 'person', 'regional organiser', 'Harbour Transport Union')]),
    ("The Larch Tenants Association (LTA) met on Monday. The LTA's chair, Nora Vale, said rents were too high.",
     [('Larch Tenants Association', 'organization', None, None), ('Nora Vale', 'person', 'chair', 'Larch Tenants Association')]),
    ("The Larch Tenants Association (LTA) met on Monday. Nora Vale, the LTB's chair, said rents were too high.",
     [('LTB', 'organization', None, None), ('Larch Tenants Association', 'organization', None, None),
      ('Nora Vale', 'person', 'chair', 'LTB')]),
    ("The Larch Tenants Association (LTA) met on Monday. Nora Vale, the LTA's former chair, said rents were too high.",
     [('Larch Tenants Association', 'organization', None, None), ('Nora Vale', 'person', 'former chair', None)]),
    # and so is one in the title before a name, where the recogniser took it for no body; NEGATIVE: of a former
    # post or of an outsider to the body
    ('The Harbour Reform Party (HRP) won the vote. HRP leader Nora Vale told supporters the country had changed.',
     [('Harbour Reform Party', 'organization', None, None), ('Nora Vale', 'person', 'leader', 'Harbour Reform Party')]),
    ('The Kessa Valley Growers Union (KVGU) rejected the offer. KVGU spokesman Paul Frick said talks were over.',
     [('Kessa Valley Growers Union', 'organization', None, None), ('Paul Frick', 'person', 'spokesman', 'Kessa Valley Growers Union')]),
    ('The Harbour Green Alliance (HGA) gained two seats. HGA deputy leader Ann Roe said voters wanted change.',
     [('Ann Roe', 'person', 'deputy leader', 'Harbour Green Alliance'), ('Harbour Green Alliance', 'organization', None, None)]),
    ('The Larch Tenants Association (LTA) met on Monday. Former LTA chair Nora Vale said rents were too high.',
     [('Larch Tenants Association', 'organization', None, None), ('Nora Vale', 'person', 'Former LTA chair', None)]),
    ('The Larch Tenants Association (LTA) met on Monday. LTA critic Nora Vale said rents were too low.',
     [('Larch Tenants Association', 'organization', None, None), ('Nora Vale', 'person', 'LTA critic', None)]),
    # a councillor is a town's council's: after such a council as the subject just before; NEGATIVE first: after a
    # company, two bodies, a council of no town
    ('Kessa Motors cut 200 jobs. Councillor Nora Vale said the town would suffer.',
     [('Kessa Motors', 'organization', None, None), ('Nora Vale', 'person', 'Councillor', None)]),
    ('The Dunmore Shire Council and the Larch Water Board agreed a deal. Councillor Nora Vale said it was fair.',
     [('Dunmore Shire Council', 'organization', None, None), ('Larch Water Board', 'organization', None, None),
      ('Nora Vale', 'person', 'Councillor', None)]),
    ('The Harbour Arts Council gave out grants. Councillor Nora Vale said it was fair.',
     [('Harbour Arts Council', 'organization', None, None), ('Nora Vale', 'person', 'Councillor', None)]),
    # a sentence between, where the story opens on what the one council did (affil27)
    ('The Dunmore Shire Council passed its budget on Tuesday. Rates will rise. Councillor Nora Vale spoke against it.',
     [('Dunmore Shire Council', 'organization', None, None), ('Nora Vale', 'person', 'Councillor', 'Dunmore Shire Council')]),
    ('The Dunmore Shire Council passed its budget on Tuesday. Councillor Nora Vale spoke against it.',
     [('Dunmore Shire Council', 'organization', None, None), ('Nora Vale', 'person', 'Councillor', 'Dunmore Shire Council')]),
    ('The Dunmore City Council approved the plan. Councilwoman Nora Vale said it was overdue.',
     [('Dunmore City Council', 'organization', None, None), ('Nora Vale', 'person', 'Councilwoman', 'Dunmore City Council')]),
    ('Dunmore County Council voted to close the pool. Councilor Paul Frick said the vote was rushed.',
     [('Dunmore County Council', 'organization', None, None), ('Paul Frick', 'person', 'Councilor', 'Dunmore County Council')]),
    # a pilgrim's honorific tells the gender as 'Mr' does: 'his aide' serves him; NEGATIVE first: 'Alhaja' is a woman's
    # (and is no part of the name, as 'Mr' is not: names26)
    ('Alhaja Musa Dan, a former governor, has denied wrongdoing. His media aide, Kunle Aja, described the probe as a '
     'witch-hunt.',
     [('Kunle Aja', 'person', 'media aide', None), ('Musa Dan', 'person', 'former governor', None)]),
    ('Alhaji Musa Dan, a former governor, has denied wrongdoing. His media aide, Kunle Aja, described the probe as a '
     'witch-hunt.',
     [('Kunle Aja', 'person', 'media aide', 'Musa Dan'), ('Musa Dan', 'person', 'former governor', None)]),
    # 'GP' is a role noun as 'MP' is; NEGATIVE first: a race or a surgery is no one's role
    ('Ann Roe won the Monaco GP on Sunday.', [('Ann Roe', 'person', None, None)]),
    ('Ann Roe, the GP\'s receptionist, said the ward was full.',
     [('Ann Roe', 'person', 'receptionist', None), ('GP', 'organization', None, None)]),
    ('Dr Samir Pat, 41, a GP from Leicester, said the march was peaceful.', [('Samir Pat', 'person', 'GP', None)]),
    ('Ann Roe, a GP in Leeds, said the ward was full.', [('Ann Roe', 'person', 'GP', None)]),
    ('GP Ann Roe said the ward was full.', [('Ann Roe', 'person', 'GP', None)]),
    # a post a possessive gives a body ("the company's", 'its' after a body) is no post of the article's main
    # country, whether or not the body is found; NEGATIVE first: a state's own post, or 'its' after a state only
    ('Norway said pay was low. The country\'s president, Ben Ash, told a rally Norway would pay. Norway refused.',
     [('Ben Ash', 'person', 'president', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said pay was low. Its president, Ben Ash, told a rally Norway would pay. Norway refused.',
     [('Ben Ash', 'person', 'president', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said pay was low. The government\'s chief secretary, Ben Ash, told a rally Norway would pay. Norway refused.',
     [('Ben Ash', 'person', 'chief secretary', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said pay was low. The company\'s president, Ben Ash, told a rally Norway would pay. Norway refused.',
     [('Ben Ash', 'person', 'president', None), ('Norway', 'country', None, None)]),
    ('The Harbour Relief Society said it was feeding 20,000 people a day across Norway. Its secretary general, Ann Roe, '
     'said Norway needed more. Norway said it would help. Norway agreed.',
     [('Ann Roe', 'person', 'secretary general', None), ('Harbour Relief Society', 'organization', None, None),
      ('Norway', 'country', None, None)]),
    ('Norway and the Harbour Port Employers Association said talks had failed. Its president, Ann Roe, said Norway '
     'would suffer. Norway said more.',
     [('Ann Roe', 'person', 'president', None), ('Harbour Port Employers Association', 'organization', None, None),
      ('Norway', 'country', None, None)]),
    ('Norway said the strike was illegal. The federation\'s secretary general, Ben Ash, said Norway had lied. Norway said more.',
     [('Ben Ash', 'person', 'secretary general', None), ('Norway', 'country', None, None)]),
    # 'for' after a post a possessive gives its owner names the area it covers, not whom the holder serves;
    # NEGATIVE first: without a possessive, 'for' names the body or state served
    ('Ann Roe, a spokeswoman for the Harbour Trust, said the dam was safe.',
     [('Ann Roe', 'person', 'spokeswoman', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('Ben Ash, the minister for Wales, said the vote was lost.',
     [('Ben Ash', 'person', 'minister', 'Wales'), ('Wales', 'country', None, None)]),
    ('The Harbour Metal union said it would fight. "No," said Jens Brock, the union\'s biggest donor.',
     [('Harbour Metal', 'organization', None, None), ('Jens Brock', 'person', 'biggest donor', None)]),
    ('The Harbour Metal union said it would fight. "No," said Jens Brock, the union\'s district leader for Thuringia.',
     [('Harbour Metal', 'organization', None, None), ('Jens Brock', 'person', 'district leader for Thuringia', 'Harbour Metal')]),
    ('Ann Roe, the charity\'s director for Scotland, said the appeal had raised £2m.',
     [('Ann Roe', 'person', 'director for Scotland', None)]),
    ('Ann Roe, the company\'s manager for Brazil, said sales fell.', [('Ann Roe', 'person', 'manager for Brazil', None)]),
    ('Ben Ash, the party\'s spokesman for Wales, said the vote was lost.',
     [('Ben Ash', 'person', 'spokesman for Wales', None), ('Wales', 'country', None, None)]),
    ('Ann Roe, Larch Foods\' sales chief for Europe, said prices would rise.',
     [('Ann Roe', 'person', 'sales chief for Europe', 'Larch Foods'), ('Larch Foods', 'organization', None, None)]),
    ('The Larch Trust said it would appeal. Its director for Asia, Ben Ash, said the ruling was wrong.',
     [('Ben Ash', 'person', 'director for Asia', 'Larch Trust'), ('Larch Trust', 'organization', None, None)]),
    # a company's rank ('Executive Vice President') is no state's office: no country for it; NEGATIVE first: state offices
    ('Norway said sales fell. Vice President Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Vice President', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. Senior Minister Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Senior Minister', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. First Vice President Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'First Vice President', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. Executive Secretary Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Executive Secretary', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. Foreign Secretary Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Foreign Secretary', 'Norway'), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. Executive Vice President Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Executive Vice President', None), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. Senior Vice President Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Senior Vice President', None), ('Norway', 'country', None, None)]),
    ('Norway said sales fell. Executive Vice-President Ann Roe said Norway would recover. Norway agreed.',
     [('Ann Roe', 'person', 'Executive Vice-President', None), ('Norway', 'country', None, None)]),
    # a camel-cased body's name before a title is the body the holder serves, as a title-cased one
    # is; a camel-cased surname is nobody's employer; NEGATIVE first:
    ('McDonald critic Tom Reed said the vote was rigged.',
     [('Tom Reed', 'person', 'McDonald critic', None)]),
    ('Maria McDonald spoke. McDonald partner Tom Reed said the vote was rigged.',
     [('Maria McDonald', 'person', None, None), ('Tom Reed', 'person', 'McDonald partner', None)]),
    ('Maria McDonald spoke. McDonald lawyer Tom Reed said the vote was rigged.',
     [('Maria McDonald', 'person', None, None), ('Tom Reed', 'person', 'McDonald lawyer', None)]),
    ('Governor Ron DeSantis said the vote was rigged. DeSantis spokeswoman Ann Lowe agreed.',
     [('Ann Lowe', 'person', 'DeSantis spokeswoman', None), ('Ron DeSantis', 'person', 'Governor', None)]),
    ('Tom McKay said the vote was rigged. McKay ally Ann Lowe agreed.',
     [('Ann Lowe', 'person', None, None), ('Tom McKay', 'person', None, None)]),
    ('BlackRock said profits rose. Former BlackRock chief executive Tom Reed said costs fell.',
     [('BlackRock', 'organization', None, None), ('Tom Reed', 'person', 'Former BlackRock chief executive', None)]),
    ("Norway's DeVries Bank said profits rose. DeVries chief executive Tom Reed said costs fell.",
     [('DeVries Bank', 'organization', None, 'Norway'), ('Norway', 'country', None, None),
      ('Tom Reed', 'person', 'DeVries chief executive', None)]),
    ('BlackRock and VanEck said profits rose. Fund manager Tom Reed said costs fell.',
     [('BlackRock', 'organization', None, None), ('Tom Reed', 'person', 'Fund manager', None),
      ('VanEck', 'organization', None, None)]),
    ('MacArthur Park reopened. Park ranger Tom Reed said the lake was clean.',
     [('Tom Reed', 'person', 'Park ranger', None)]),
    ('BlackRock said profits rose. BlackRock critic Tom Reed said the fund was too big.',
     [('BlackRock', 'organization', None, None), ('Tom Reed', 'person', 'BlackRock critic', None)]),
    ('BlackRock said profits rose. BlackRock chief executive Tom Reed said costs fell.',
     [('BlackRock', 'organization', None, None), ('Tom Reed', 'person', 'chief executive', 'BlackRock')]),
    ('The board of SoftBank met on Monday. SoftBank founder Ben Ash said the fund lost money.',
     [('Ben Ash', 'person', 'founder', 'SoftBank'), ('SoftBank', 'organization', None, None)]),
    ('PayPal shares fell. "We will recover," PayPal president Ann Lowe told reporters.',
     [('Ann Lowe', 'person', 'president', 'PayPal'), ('PayPal', 'organization', None, None)]),
    ('The regional carrier DarlAir cancelled flights. DarlAir spokeswoman Mia Kerr said the planes were safe.',
     [('DarlAir', 'organization', None, None), ('Mia Kerr', 'person', 'spokeswoman', 'DarlAir')]),
    ('Ann Lowe, the JPMorgan chief economist, said rates would rise. JPMorgan declined to comment.',
     [('Ann Lowe', 'person', 'chief economist', 'JPMorgan'), ('JPMorgan', 'organization', None, None)]),
    ('JPMorgan raised its forecast, JPMorgan economist Tom Reed said.',
     [('JPMorgan', 'organization', None, None), ('Tom Reed', 'person', 'economist', 'JPMorgan')]),
    # a noun of an outsider right after a body's name ('critic', 'fan') tells whom the person
    # judges, not whom they serve: no affiliation, the name stays in the role; NEGATIVE first:
    ('Oxfam said aid fell. Oxfam critic Tom Reed said the charity was too big.',
     [('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'Oxfam critic', None)]),
    ('The Harbour Bank said profits rose. Harbour Bank critic Tom Reed said the bank was too big.',
     [('Harbour Bank', 'organization', None, None), ('Tom Reed', 'person', 'Harbour Bank critic', None)]),
    ('Kremlin critic Alexei Navalny said the vote was rigged.',
     [('Alexei Navalny', 'person', 'Kremlin critic', None)]),
    ('Oxfam said aid fell. Oxfam critics Tom Reed and Ann Lowe said the charity was too big.',
     [('Ann Lowe', 'person', 'Oxfam critic', None), ('Oxfam', 'organization', None, None),
      ('Tom Reed', 'person', 'Oxfam critic', None)]),
    ('Liverpool won the cup. Liverpool fan Tom Reed said the final was great.',
     [('Tom Reed', 'person', None, None)]),
    ('Maria Grant spoke. Grant critic Tom Reed said the vote was rigged.',
     [('Maria Grant', 'person', None, None), ('Tom Reed', 'person', 'Grant critic', None)]),
    # a portfolio between the party and the noun makes it the party's post
    ('The Conservative Party lost. Conservative finance critic Ann Lowe said the budget was wrong.',
     [('Ann Lowe', 'person', 'finance critic', 'Conservative Party'), ('Conservative Party', 'organization', None, None)]),
    ('The New Democratic Party (NDP) lost. NDP health critic Ann Lowe said the budget was wrong.',
     [('Ann Lowe', 'person', 'health critic', 'New Democratic Party'),
      ('New Democratic Party', 'organization', None, None)]),
    ('Oxfam said aid fell. Oxfam spokeswoman Ann Lowe said the charity was too big.',
     [('Ann Lowe', 'person', 'spokeswoman', 'Oxfam'), ('Oxfam', 'organization', None, None)]),
    # a plural title before 'A and B' gives B the body too where nothing after B says more; NEGATIVE first:
    ('Oxfam said aid fell. Oxfam directors Tom Reed and Ann Lowe of Save the Children said the charity was too big.',
     [('Ann Lowe', 'person', 'director', None), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('Oxfam said aid fell. Oxfam directors Tom Reed and Ann Lowe, a farmer, said the charity was too big.',
     [('Ann Lowe', 'person', 'director', None), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('Oxfam said aid fell. Oxfam directors Tom Reed and Ann Lowe from Save the Children said the charity was too big.',
     [('Ann Lowe', 'person', 'director', None), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('Oxfam said aid fell. Oxfam directors Tom Reed and independent Ann Lowe said the charity was too big.',
     [('Ann Lowe', 'person', 'director', None), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('Oxfam said aid fell. Oxfam directors Tom Reed and Ann Lowe and Save the Children said the charity was too big.',
     [('Ann Lowe', 'person', 'director', None), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('Oxfam said aid fell. Oxfam director Tom Reed and Ann Lowe said the charity was too big.',
     [('Ann Lowe', 'person', None, None), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('Oxfam said aid fell. Former Oxfam directors Tom Reed and Ann Lowe said the charity was too big.',
     [('Ann Lowe', 'person', 'Former Oxfam director', None), ('Oxfam', 'organization', None, None),
      ('Tom Reed', 'person', 'Former Oxfam director', None)]),
    ('Maria Grant spoke. Grant critics Tom Reed and Ann Lowe said the vote was rigged.',
     [('Ann Lowe', 'person', 'Grant critic', None), ('Maria Grant', 'person', None, None),
      ('Tom Reed', 'person', 'Grant critic', None)]),
    ('Presidents Tom Reed of Norway and Ann Lowe of Chile signed the treaty.',
     [('Ann Lowe', 'person', 'President', 'Chile'), ('Chile', 'country', None, None), ('Norway', 'country', None, None),
      ('Tom Reed', 'person', 'President', 'Norway')]),
    ('The Labour Party lost. Labour MPs Tom Reed and Ann Lowe (Con) voted against the plan.',
     [('Ann Lowe', 'person', 'Labour MP', 'Conservative Party'), ('Conservative Party', 'organization', None, None),
      ('Labour', 'organization', None, None), ('Labour MPs Tom Reed', 'person', None, None)]),
    ('Oxfam said aid fell. Oxfam directors Tom Reed and Ann Lowe said the charity was too big.',
     [('Ann Lowe', 'person', 'director', 'Oxfam'), ('Oxfam', 'organization', None, None), ('Tom Reed', 'person', 'director', 'Oxfam')]),
    ('French ministers Tom Reed and Ann Lowe said the treaty was fair.',
     [('Ann Lowe', 'person', 'minister', 'France'), ('France', 'country', None, None),
      ('Tom Reed', 'person', 'minister', 'France')]),
    ('The Harbour Bank said profits rose. Harbour Bank economists Tom Reed and Ann Lowe said rates would fall.',
     [('Ann Lowe', 'person', 'economist', 'Harbour Bank'), ('Harbour Bank', 'organization', None, None),
      ('Tom Reed', 'person', 'economist', 'Harbour Bank')]),
    ('The Democratic Party won. Democratic senators Tom Reed and Ann Lowe voted for the bill.',
     [('Ann Lowe', 'person', 'senator', 'Democratic Party'), ('Democratic Party', 'organization', None, None),
      ('Tom Reed', 'person', 'senator', 'Democratic Party')]),
    ('BlackRock said profits rose. BlackRock analysts Tom Reed and Ann Lowe expect rates to fall.',
     [('Ann Lowe', 'person', 'analyst', 'BlackRock'), ('BlackRock', 'organization', None, None),
      ('Tom Reed', 'person', 'analyst', 'BlackRock')]),
    # every name of a list after a plural title holds the title's body, however the parser links them;
    # NEGATIVE: not a name with words of its own, nor one the title does not reach
    ("The Farmers' Union rejected the offer. The union's negotiators, Nora Vale, Paul Frick and Ed Mott, walked out.",
     [('Ed Mott', 'person', 'negotiator', "Farmers' Union"), ("Farmers' Union", 'organization', None, None),
      ('Nora Vale', 'person', 'negotiator', "Farmers' Union"), ('Paul Frick', 'person', 'negotiator', "Farmers' Union")]),
    ('Dunmore County Council voted. Council members Nora Vale, Paul Frick and Ed Mott opposed the budget.',
     [('Dunmore County Council', 'organization', None, None), ('Ed Mott', 'person', 'Council member', 'Dunmore County Council'),
      ('Nora Vale', 'person', 'Council member', 'Dunmore County Council'),
      ('Paul Frick', 'person', 'Council member', 'Dunmore County Council')]),
    ('Senior analysts Nora Vale, Paul Frick and Ed Mott of the Halden Institute said rates would climb.',
     [('Ed Mott', 'person', 'Senior analyst', 'Halden Institute'), ('Halden Institute', 'organization', None, None),
      ('Nora Vale', 'person', 'Senior analyst', 'Halden Institute'), ('Paul Frick', 'person', 'Senior analyst', 'Halden Institute')]),
    ("The Farmers' Union rejected the offer. The union's negotiators, Nora Vale and Paul Frick, a farmer, walked out.",
     [("Farmers' Union", 'organization', None, None), ('Nora Vale', 'person', 'negotiator', "Farmers' Union"),
      ('Paul Frick', 'person', 'negotiator', None)]),
    ("The Farmers' Union rejected the offer. The union's president, Nora Vale, and Paul Frick walked out.",
     [("Farmers' Union", 'organization', None, None), ('Nora Vale', 'person', 'president', "Farmers' Union"),
      ('Paul Frick', 'person', None, None)]),
    # a body described as of the kind just before ('campaign group X', 'X, a charity,') is 'the group', 'the charity';
    # NEGATIVE: a body of another kind named beside it, a kind it no longer is, a kind it is not described as
    ("Walkers, led by campaign group Save Larch Meadow, said the path was old. The group's chairman, retired "
     "vet Paul Frick, told the inquiry the path was older than the road.",
     [('Paul Frick', 'person', 'chairman', 'Save Larch Meadow'), ('Save Larch Meadow', 'organization', 'campaign group', None),
      ]),
    ("Money was raised by Kessa Lights, a children's charity, in the spring. The charity's treasurer, Nora Vale, said the sum was a record.",
     [('Kessa Lights', 'organization', "children's charity", None), ('Nora Vale', 'person', 'treasurer', 'Kessa Lights')]),
    ("Campaign group Friends of Larch Meadow and Kessa Rail Ltd, a train operator, argued over the path. The group's chairman, "
     "Paul Frick, said the path was older than the road.",
     [('Friends of Larch Meadow', 'organization', 'campaign group', None), ('Kessa Rail Ltd', 'organization', None, None),
      ('Paul Frick', 'person', 'chairman', None)]),
    ("Kessa Lights, a children's charity, sued Larch Foods Ltd. The company's treasurer, Nora Vale, said the claim was weak.",
     [('Kessa Lights', 'organization', "children's charity", None), ('Larch Foods Ltd', 'organization', None, None),
      ('Nora Vale', 'person', 'treasurer', None)]),
    # (two bodies described as of the kind: either may be meant)
    ("Hope Kitchen, a charity, criticised Alder Homes, a housing charity. The charity's director, Beth Rowe, said rents were too high.",
     [('Alder Homes', 'organization', 'housing charity', None), ('Beth Rowe', 'person', 'director', None)]),
    # a state's kind of body ('the ministry') is the one of that kind named just before; none where two
    # are, nor where it was named further back and another state is spoken of since (another state's may be
    # meant); named further back with none, the one the speakers' resolver takes 'the ministry' for
    # (bodies.body_described: the story's one ministry, no other of the kind named near or since)
    ("The Ministry of Fisheries issued a warning. The ministry's chief scientist, Nora Vale, said the lake was unsafe.",
     [('Ministry of Fisheries', 'organization', None, None), ('Nora Vale', 'person', 'chief scientist', 'Ministry of Fisheries')]),
    ("The Ministry of Fisheries issued a warning. Nora Vale, the ministry's chief scientist, said the lake was unsafe.",
     [('Ministry of Fisheries', 'organization', None, None), ('Nora Vale', 'person', 'chief scientist', 'Ministry of Fisheries')]),
    ("The Fisheries Department issued a warning. The department's chief economist, Nora Vale, said the lake was unsafe.",
     [('Fisheries Department', 'organization', None, None), ('Nora Vale', 'person', 'chief economist', 'Fisheries Department')]),
    ("The Ministry of Fisheries blamed the Ministry of Finance. The ministry's chief scientist, Nora Vale, said the lake was unsafe.",
     [('Ministry of Finance', 'organization', None, None), ('Ministry of Fisheries', 'organization', None, None),
      ('Nora Vale', 'person', 'chief scientist', None)]),
    ("The Ministry of Fisheries issued a warning on Monday. Later, a storm hit the coast of Norway. The ministry's chief "
     "scientist, Nora Vale, said the lake was unsafe.",
     [('Ministry of Fisheries', 'organization', None, None), ('Nora Vale', 'person', 'chief scientist', None)]),
    ("The Ministry of Fisheries issued a warning on Monday. Later, a storm hit the coast. The ministry's chief scientist, "
     "Nora Vale, said the lake was unsafe.",
     [('Ministry of Fisheries', 'organization', None, None), ('Nora Vale', 'person', 'chief scientist', 'Ministry of Fisheries')]),
    ("The Ministry of Fisheries blamed the Ministry of Finance on Monday. Later, a storm hit the coast. The ministry's "
     "chief scientist, Nora Vale, said the lake was unsafe.",
     [('Ministry of Finance', 'organization', None, None), ('Ministry of Fisheries', 'organization', None, None),
      ('Nora Vale', 'person', 'chief scientist', None)]),
    # the body one works for now ('works for', 'works at', 'is employed by'); NEGATIVE: worked there
    # once, no longer, only 'with' it, or for a person or a cause
    ('Paul Frick, who works for Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, 'Ashford Bank')]),
    ('Paul Frick, who works at the Halden Institute, said rates would climb.',
     [('Halden Institute', 'organization', None, None), ('Paul Frick', 'person', None, 'Halden Institute')]),
    ('Paul Frick, who is employed by Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, 'Ashford Bank')]),
    ('Paul Frick works for Ashford Bank and says rates will climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, 'Ashford Bank')]),
    ('Ashford Bank cut jobs. Paul Frick, who works for the bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, 'Ashford Bank')]),
    ('Paul Frick, who worked for Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    ('Paul Frick, who has worked for Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    ('Paul Frick, who no longer works for Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    ('Paul Frick, who works with Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    ('Paul Frick, who works for Nora Vale, said rates would climb.',
     [('Nora Vale', 'person', None, None), ('Paul Frick', 'person', None, None)]),
    ('Paul Frick, who used to work for Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    # NEGATIVE: another works there ('whose husband'), or the clause names two employers
    ('Paul Frick, whose sister works for Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    ('Paul Frick, who works for the Halden Institute and Ashford Bank, said rates would climb.',
     [('Ashford Bank', 'organization', None, None), ('Halden Institute', 'organization', None, None),
      ('Paul Frick', 'person', None, None)]),
    # a critic, rival or donor a possessive ties to a body is none of its staff
    ('The Velt Dockers Union (VDU) voted to strike. Paul Frick, the VDU\'s loudest critic, said rates would climb.',
     [('Paul Frick', 'person', 'loudest critic', None), ('Velt Dockers Union', 'organization', None, None)]),
    ("Paul Frick, Ashford Bank's biggest rival, said rates would climb.",
     [('Ashford Bank', 'organization', None, None), ('Paul Frick', 'person', None, None)]),
    # a body's role: the noun phrase the article calls it by (its kind), without articles and owners;
    # a noun written right before the name …
    ("Tenants' advocacy group Fair Rent Quarry said evictions doubled.",
     [("Fair Rent Quarry", "organization", "tenants' advocacy group", None)]),
    ("Law firm Ostler Bayne & Co said the contract was void.",
     [("Ostler Bayne & Co", "organization", "law firm", None)]),
    ("Video-sharing platform Fennick Media Ltd said it would appeal the fine.",
     [("Fennick Media Ltd", "organization", "video-sharing platform", None)]),
    ("Fennick Media Ltd, an online ticketing platform, said sales doubled.",
     [("Fennick Media Ltd", "organization", "online ticketing platform", None)]),
    # NEGATIVE: a party's programme or an oil rig is no platform that is a body
    ("The party's platform, Fennick Ltd, was launched on Monday.", [("Fennick Ltd", "organization", None, None)]),
    ("Fennick Energy Ltd, an offshore drilling platform, was evacuated, Tom Reed said.",
     [("Fennick Energy Ltd", "organization", None, None), ("Tom Reed", "person", None, None)]),
    ("Larch Foods' delivery platform Fennick Media Ltd said orders rose.",
     [("Fennick Media Ltd", "organization", "delivery platform", None), ("Larch Foods", "organization", None, None)]),
    ("The Lagos-listed brewer Tamber Malt Plc said sales slipped. The river-freight operator Delmo Barge Lines said fuel rose.",
     [("Delmo Barge Lines", "organization", "river-freight operator", None), ("Tamber Malt Plc", "organization", None, None)]),
    # … an apposition after the name (also past its short form, or where the parser hung it elsewhere) …
    ("Orrin Savings Bank, the region's largest cooperative lender, said deposits fell.",
     [("Orrin Savings Bank", "organization", "largest cooperative lender", None)]),
    # NEGATIVE: a phrase relating it to another body ('to', or one named after the noun) or bounding a
    # superlative would be cut; the hearer of a telling verb is no noun of the name after it
    ("Orrin Savings Bank, the main lender to Velt Credit, said deposits fell.",
     [("Orrin Savings Bank", "organization", None, None)]),
    ("Orrin Savings Bank, the biggest investor in the new harbour, said deposits fell.",
     [("Orrin Savings Bank", "organization", None, None)]),
    ("Orrin Savings Bank, a supplier to three ministries, said deposits fell.",
     [("Orrin Savings Bank", "organization", None, None)]),
    ("Orrin Savings Bank, the region's largest lender by deposits, said it would hire.",
     [("Orrin Savings Bank", "organization", "largest lender", None)]),
    ("Brindle Aid Trust, the other charity at the talks, said donations fell.",
     [("Brindle Aid Trust", "organization", None, None)]),
    ("Brindle Aid Trust, one charity among dozens, said donations fell.",
     [("Brindle Aid Trust", "organization", None, None)]),
    ("Nora Vale told the panel Orrin Savings Bank would close.",
     [("Nora Vale", "person", None, None), ("Orrin Savings Bank", "organization", None, None)]),
    ("The mayor said the lender Orrin Savings Bank would close branches.",
     [("Orrin Savings Bank", "organization", "lender", None)]),
    ("The march was organised by the Vell Beekeepers Circle (VBC), a federation of honey producers.",
     [("Vell Beekeepers Circle", "organization", "federation of honey producers", None)]),
    ("Calder Water Board, the utility that supplies most of the valley's towns, said pipes burst.",
     [("Calder Water Board", "organization", "utility that supplies most of the valley's towns", None)]),
    ("Millbrook Hearth Society, a ratepayers' association, said the levy was unfair.",
     [("Millbrook Hearth Society", "organization", "ratepayers' association", None)]),
    ("The Tarn Growers Union is the biggest body representing cane farmers in the valley.",
     [("Tarn Growers Union", "organization", "biggest body representing cane farmers in the valley", None)]),
    ("Velt Credit Ltd, a subsidiary of Orrin Holdings, said profit rose. The Harbour Union, the union's youth wing, said pay fell.",
     [("Harbour Union", "organization", "youth wing", None), ("Velt Credit Ltd", "organization", "subsidiary of Orrin Holdings", None)]),
    ("The Larch Board, the agency for the protection of wetlands, said drainage rose.",
     [("Larch Board", "organization", "agency for the protection of wetlands", None)]),
    # … an apposition before it, and a present copula on it
    ("The campaign group, Quiet Skies Coalition, said the runway would be noisy.",
     [("Quiet Skies Coalition", "organization", "campaign group", None)]),
    ("Pellor Power Company said prices would rise. Pellor Power Company is the island's sole power distributor.",
     [("Pellor Power Company", "organization", "sole power distributor", None)]),
    ("Brindle Aid Trust, which is a volunteer-run charity, said donations fell.",
     [("Brindle Aid Trust", "organization", "volunteer-run charity", None)]),
    ("The opposition Tarn Renewal Movement (TRM) blamed the council for the floods.",
     [("Tarn Renewal Movement", "organization", "opposition", None)]),
    ("The largest opposition party, the Tarn Renewal Movement, said the count was rigged.",
     [("Tarn Renewal Movement", "organization", "largest opposition party", None)]),
    # NEGATIVE: no kind of body (what it suffers or is blamed for), a clause with no noun, a denial,
    # a past copula, a phrase beside a list, and a clause of what it once did
    ("Orrin Savings Bank, the target of a fraud inquiry, said deposits fell.", [("Orrin Savings Bank", "organization", None, None)]),
    ("The Tarn Growers Union is the arm of the federation that sets quotas.", [("Tarn Growers Union", "organization", None, None)]),
    ("Velt Credit's owner, Orrin Holdings Ltd, said profit rose.",
     [("Orrin Holdings Ltd", "organization", None, None), ("Velt Credit", "organization", None, None)]),
    ("It was a hard year for Velt Credit Ltd, the lender said.", [("Velt Credit Ltd", "organization", None, None)]),
    ("The Tarn Renewal Movement's opposition to the dam grew, the Tarn Renewal Movement said.",
     [("Tarn Renewal Movement", "organization", None, None)]),
    ("Calder Water Board, which supplies the valley's towns, said pipes burst.", [("Calder Water Board", "organization", None, None)]),
    ("Brindle Aid Trust said donations fell. Brindle Aid Trust is not a charity, the regulator ruled.",
     [("Brindle Aid Trust", "organization", None, None)]),
    ("Pellor Power Company said prices would rise. Pellor Power Company was a power distributor until 2019.",
     [("Pellor Power Company", "organization", None, None)]),
    ("Orrin Savings Bank and Velt Credit, two regional lenders, said deposits fell.",
     [("Orrin Savings Bank", "organization", None, None), ("Velt Credit", "organization", None, None)]),
    ("The lender Orrin Savings Bank and Velt Credit said deposits fell.",
     [("Orrin Savings Bank", "organization", None, None), ("Velt Credit", "organization", None, None)]),
    ("The Quiet Skies Coalition, the group that staged the march on Sunday, said the runway would be noisy.",
     [("Quiet Skies Coalition", "organization", "group", None)]),
    ("Members backed Delmo Barge Lines and river-freight operator Tamber Malt Plc, the board said. Delmo Barge Lines said fuel rose.",
     [("Delmo Barge Lines", "organization", None, None), ("Tamber Malt Plc", "organization", None, None)]),
    # an abbreviated title or a police rank before a name, and a title's own trailing words, are no one
    ("His lawyer, Atty. Ana Cruz, said the ballots were sealed.", [("Ana Cruz", "person", "Attorney", None)]),
    ("SSP Brannigan told reporters the guns were seized. Senior Superintendent Lorna Brannigan leads the division.",
     [("Lorna Brannigan", "person", "Senior Superintendent", None)]),
    # (a rank's letters the article never writes out make no role: they may be a body's or initials)
    ("SSP Mwangi told reporters the guns were seized.", [("Mwangi", "person", None, None)]),
    ("DCI Anna Kowalski told reporters the suspect fled.", [("Anna Kowalski", "person", None, None)]),
    ("Senate President Pro Tempore Hector Navarro said the bill would fail.",
     [("Hector Navarro", "person", "President Pro Tempore", "Senate"), ("Senate", "organization", None, None)]),
    ("Professor Emeritus Ann Lowe said the data were wrong.", [("Ann Lowe", "person", None, None)]),
    # NEGATIVE: the same letters before a firm's words, or alone, are the firm's or the body's
    ("DSP Holdings said profits rose.", [("DSP Holdings", "organization", None, None)]),
    ("ASP Media said its audience grew.", [("ASP Media", "organization", None, None)]),
    ("The DCI said the suspect fled.", [("DCI", "organization", None, None)]),
    ("Ann Lowe, professor emeritus at Kessa University, said so.",
     [("Ann Lowe", "person", "professor emeritus", "Kessa University"), ("Kessa University", "organization", None, None)]),
    # round 20: a double-barrelled name's hyphen is inside the name, so the title before it is found
    ('The Harbour Trust said the dam was unsafe. Its chair, Ann Roe-Baxter, urged an audit.',
     [('Ann Roe-Baxter', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('Finance Minister Tom Lee-Hart said the budget was fair.',
     [('Tom Lee-Hart', 'person', 'Finance Minister', None)]),
    ('The Larch Tenants Union said rents had doubled. Its secretary, Ann Roe-Baxter, urged a freeze.',
     [('Ann Roe-Baxter', 'person', 'secretary', 'Larch Tenants Union'), ('Larch Tenants Union', 'organization', None, None)]),
    # NEGATIVE: a hyphen with spaces joins no name; a lower-case word after a hyphen is no name's
    ('The Harbour Trust said the dam was unsafe - Ann Roe urged an audit.',
     [('Ann Roe', 'person', None, None), ('Harbour Trust', 'organization', None, None)]),
    # a unit's head ('Head of Corporate Communications') keeps the unit in the role and serves the body the
    # possessive or the sentence names; NEGATIVE: no unit word, or a title that heads no unit ('Minister of')
    ('Larch Power Plc said it had fixed 40 lines. Its Head of Corporate Communications, Ann Roe, said more.',
     [('Ann Roe', 'person', 'Head of Corporate Communications', 'Larch Power Plc'),
      ('Larch Power Plc', 'organization', None, None)]),
    ('The Harbour Trust said more. Its Director of Public Affairs, Tom Lee, said staff were leaving.',
     [('Harbour Trust', 'organization', None, None), ('Tom Lee', 'person', 'Director of Public Affairs', 'Harbour Trust')]),
    ('Head of Investor Relations Ann Roe said the shares would recover.',
     [('Ann Roe', 'person', 'Head of Investor Relations', None)]),
    ('Ann Roe, Director of the Harbour Trust, said the shares would recover.',
     [('Ann Roe', 'person', 'Director', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('Tom Lee, the Minister of Foreign Affairs, said the talks failed.',
     [('Tom Lee', 'person', 'Minister of Foreign Affairs', None)]),
    # 'its' after a body: a noun used of a kind ('both tiers of government', 'union members') is no rival; NEGATIVE:
    # the same noun as one thing ('the government', 'the union') is
    ('The Harbour Doctors Forum criticised both tiers of government. Its treasurer, Ann Roe, said more.',
     [('Ann Roe', 'person', 'treasurer', 'Harbour Doctors Forum'), ('Harbour Doctors Forum', 'organization', None, None)]),
    ('The Harbour Trust said it backed union members. Its chair, Ann Roe, said more.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Doctors Forum criticised the government. Its treasurer, Ann Roe, said more.',
     [('Ann Roe', 'person', 'treasurer', None), ('Harbour Doctors Forum', 'organization', None, None)]),
    ('The Harbour Trust said it backed the union. Its chair, Ann Roe, said more.',
     [('Ann Roe', 'person', 'chair', None), ('Harbour Trust', 'organization', None, None)]),
    # a state is no rival for a post no state holds ('its principal scientist'); NEGATIVE: a post a state holds too
    ('The Harbour Water Institute, which runs the country\'s annual snow survey, said the data fit. Its principal '
     'scientist, Dr Ann Roe, said more.',
     [('Ann Roe', 'person', 'principal scientist', 'Harbour Water Institute'),
      ('Harbour Water Institute', 'organization', None, None)]),
    ('The Harbour Trust said the deal tied the country to debt. Its director, Ann Roe, said more.',
     [('Ann Roe', 'person', 'director', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Water Institute, which runs the country\'s annual snow survey, said the data fit. Its president, '
     'Dr Ann Roe, said more.',
     [('Ann Roe', 'person', 'president', None), ('Harbour Water Institute', 'organization', None, None)]),
    ('The Harbour Trust said the deal tied the country to debt. Its leader, Ann Roe, said more.',
     [('Ann Roe', 'person', 'leader', None), ('Harbour Trust', 'organization', None, None)]),
    ('Norway said the Harbour Trust was broke. Its director, Ann Roe, urged calm.',
     [('Ann Roe', 'person', 'director', None), ('Harbour Trust', 'organization', None, None), ('Norway', 'country', None, None)]),
    # 'at the same university' is the one university the article names; NEGATIVE: two named, none named,
    # a comparison ('the same university as'), or 'a university'
    ('Ann Roe, a chemist at Larch University, led the study. Tom Lee, a geologist at the same university, said more.',
     [('Ann Roe', 'person', 'chemist', 'Larch University'), ('Larch University', 'organization', None, None),
      ('Tom Lee', 'person', 'geologist', 'Larch University')]),
    ('Ann Roe of the Larch Institute led the study. Tom Lee, a researcher at the same institute, said more.',
     [('Ann Roe', 'person', None, 'Larch Institute'), ('Larch Institute', 'organization', None, None),
      ('Tom Lee', 'person', 'researcher', 'Larch Institute')]),
    ('Ann Roe, a chemist at Larch University, led the study. Co-author Tom Lee, a physicist at the same university, said more.',
     [('Ann Roe', 'person', 'chemist', 'Larch University'), ('Larch University', 'organization', None, None),
      ('Tom Lee', 'person', 'Co-author', 'Larch University')]),
    ('Larch University and Kessa University joined the study. Tom Lee, a lecturer at the same university, said more.',
     [('Kessa University', 'organization', None, None), ('Larch University', 'organization', None, None),
      ('Tom Lee', 'person', 'lecturer', None)]),
    ('Ann Roe led the study. Tom Lee, a lecturer at the same university, said more.',
     [('Ann Roe', 'person', None, None), ('Tom Lee', 'person', 'lecturer', None)]),
    ('Ann Roe studied at Larch University. Tom Lee, a lecturer at the same university as her brother, said more.',
     [('Ann Roe', 'person', None, None), ('Larch University', 'organization', None, None), ('Tom Lee', 'person', 'lecturer', None)]),
    ('Ann Roe, a chemist at Larch University, led the study. Tom Lee, a lecturer at a university, said more.',
     [('Ann Roe', 'person', 'chemist', 'Larch University'), ('Larch University', 'organization', None, None),
      ('Tom Lee', 'person', 'lecturer', None)]),
    # 'its' in a phrase before the main clause takes up that clause's subject body, also over a body of the sentence
    # before; NEGATIVE: a person or an unnamed body as the subject
    ('In a note issued by its spokesman, Mr Tom Lee, the Harbour Water Board said the plan was fair.',
     [('Harbour Water Board', 'organization', None, None), ('Tom Lee', 'person', 'spokesman', 'Harbour Water Board')]),
    ('In a letter signed by its chair, Ann Roe, the Harbour Trust said the plan was fair.',
     [('Ann Roe', 'person', 'chair', 'Harbour Trust'), ('Harbour Trust', 'organization', None, None)]),
    ('The Harbour Union struck. In a note issued by its spokesman, Mr Tom Lee, the Harbour Water Board said the plan '
     'was fair.',
     [('Harbour Union', 'organization', None, None), ('Harbour Water Board', 'organization', None, None),
      ('Tom Lee', 'person', 'spokesman', 'Harbour Water Board')]),
    ('In a note issued by its spokesman, Tom Lee, Ann Roe said the plan was fair.',
     [('Ann Roe', 'person', None, None), ('Tom Lee', 'person', 'spokesman', None)]),
    ('In a note issued by its spokesman, Mr Tom Lee, the government said the plan was fair.',
     [('Tom Lee', 'person', 'spokesman', None)]),
    # a country's people's adjective the package gives (not the hand list) is that country;
    # NEGATIVE: one two countries share ('Dominican'), a region's ('Central African'), a one-word
    # native name that is an English word or a name ('Island', 'Lao')
    ("Ivorian Foreign Minister Ann Roe said the border was calm.",
     [("Ann Roe", "person", "Foreign Minister", "Ivory Coast"), ("Ivory Coast", "country", None, None)]),
    ("Ann Roe, the Senegalese health minister, said the clinics were full.",
     [("Ann Roe", "person", "health minister", "Senegal"), ("Senegal", "country", None, None)]),
    ("Ecuadorean President Tom Lee said the vote would go ahead.",
     [("Ecuador", "country", None, None), ("Tom Lee", "person", "President", "Ecuador")]),
    ("The Nicaraguan government said the talks had failed.", [("Nicaragua", "country", None, None)]),
    ("Dominican Foreign Minister Ann Roe said the border was calm.",
     [("Ann Roe", "person", "Dominican Foreign Minister", None)]),
    ("Central African leaders met on Monday. Ann Roe said the talks went well.", [("Ann Roe", "person", None, None)]),
    ("Tom Lao said the plan was fair.", [("Tom Lao", "person", None, None)]),
    ("Ann Roe, who lives in Island Park, said the plan was fair.", [("Ann Roe", "person", None, None)]),
    # 'her Ugandan counterpart': the post of the state's officer the pronoun takes up, for the
    # adjective's country; NEGATIVE: no adjective, the same country, a post no state's, a former
    # post, two the pronoun may mean
    ("Kenyan Trade Minister Ann Roe signed the deal. Her Ugandan counterpart, Tom Lee, said it was fair.",
     [("Ann Roe", "person", "Trade Minister", "Kenya"), ("Kenya", "country", None, None),
      ("Tom Lee", "person", "Trade Minister", "Uganda"), ("Uganda", "country", None, None)]),
    ("Chilean Foreign Minister Tom Lee met Ann Roe on Monday. His Peruvian counterpart, Sam Ash, said the talks went well.",
     [("Ann Roe", "person", None, None), ("Chile", "country", None, None), ("Peru", "country", None, None),
      ("Sam Ash", "person", "Foreign Minister", "Peru"), ("Tom Lee", "person", "Foreign Minister", "Chile")]),
    ("Ann Roe, the Norwegian defence minister, spoke first. Her Danish counterpart, Eva Holm, said the plan was sound.",
     [("Ann Roe", "person", "defence minister", "Norway"), ("Denmark", "country", None, None),
      ("Eva Holm", "person", "defence minister", "Denmark"), ("Norway", "country", None, None)]),
    ("Kenyan Trade Minister Ann Roe signed the deal. Her counterpart, Tom Lee, said it was fair.",
     [("Ann Roe", "person", "Trade Minister", "Kenya"), ("Kenya", "country", None, None), ("Tom Lee", "person", None, None)]),
    ("Kenyan Trade Minister Ann Roe signed the deal. Her Kenyan counterpart, Tom Lee, said it was fair.",
     [("Ann Roe", "person", "Trade Minister", "Kenya"), ("Kenya", "country", None, None), ("Tom Lee", "person", None, None)]),
    ("Ann Roe, a Kenyan farmer, spoke first. Her Ugandan counterpart, Tom Lee, said prices fell.",
     [("Ann Roe", "person", "farmer", "Kenya"), ("Kenya", "country", None, None), ("Tom Lee", "person", None, None)]),
    ("Former Kenyan Trade Minister Ann Roe signed the deal. Her Ugandan counterpart, Tom Lee, said it was fair.",
     [("Ann Roe", "person", "Former Trade Minister", "Kenya"), ("Kenya", "country", None, None), ("Tom Lee", "person", None, None)]),
    ("Kenyan Trade Minister Ann Roe met Ugandan Trade Minister Eva Holm. Her Tanzanian counterpart, Tom Lee, said the talks went well.",
     [("Ann Roe", "person", "Trade Minister", "Kenya"), ("Eva Holm", "person", "Trade Minister", None),
      ("Kenya", "country", None, None), ("Tom Lee", "person", None, None)]),
    # NEGATIVE (review21a): a counterpart of another time ('former', 'at the time'), a post held
    # towards a country (the counterpart's is towards the first one)
    ("Zambian Energy Minister Ann Roe opened the dam. Her former Malawian counterpart, Tom Lee, said it was late.",
     [("Ann Roe", "person", "Energy Minister", "Zambia"), ("Tom Lee", "person", None, None), ("Zambia", "country", None, None)]),
    ("Zambian Energy Minister Ann Roe opened the dam. Her Malawian counterpart at the time, Tom Lee, had opposed it.",
     [("Ann Roe", "person", "Energy Minister", "Zambia"), ("Tom Lee", "person", None, None), ("Zambia", "country", None, None)]),
    ("Ann Roe, Zambia's ambassador to Malawi, spoke on Friday. Her Malawian counterpart, Tom Lee, said the road would reopen.",
     [("Ann Roe", "person", "ambassador to Malawi", "Zambia"), ("Tom Lee", "person", None, None),
      ("Zambia", "country", None, None)]),
    # a list after the name is no other time: the counterpart's post
    ("Zambian Energy Minister Ann Roe opened the dam. Her Malawian counterpart, Tom Lee, and his aide, Sam Ash, said it was late.",
     [("Ann Roe", "person", "Energy Minister", "Zambia"), ("Malawi", "country", None, None), ("Sam Ash", "person", "aide", "Tom Lee"),
      ("Tom Lee", "person", "Energy Minister", "Malawi"), ("Zambia", "country", None, None)]),
    # a word hyphen-joined to the title is the title's, though the parser hangs it on the clause ('co-leader'); (affilp24)
    ('Chancellor Reed greeted Harbour Party co-leader Ann Lowe on the steps.',
     [('Ann Lowe', 'person', 'co-leader', 'Harbour Party'), ('Harbour Party', 'organization', None, None), ('Reed', 'person', 'Chancellor', None)]),
    ('Voters backed co-leader Tom Reed in the vote.',
     [('Tom Reed', 'person', 'co-leader', None)]),
    # NEGATIVE: a hyphened noun of the clause before stays out of the title
    ('The council signed a co-operation deal with Harbour Party leader Ann Lowe on Monday.',
     [('Ann Lowe', 'person', 'leader', 'Harbour Party'), ('Harbour Party', 'organization', None, None)]),
    # a word of initials with a small letter inside ('AfD') is a body's name, not a surname, before a title (affilp24);
    # NEGATIVE: the plural of initials ('MPs') names people (the row of 'Labour MPs ... (Con)' above stays); the body's type is another stage's
    ('Greens and AfD demand a new vote.\n\nAfD co-leader Jan Anke told reporters the pact was "over."',
     [('AfD', 'person', None, None), ('Jan Anke', 'person', 'co-leader', 'AfD')]),
    # 'Their spokesman' takes up the one body with a plural name the sentence before made its subject (affilp24);
    # NEGATIVE: a body with a singular name, a body that is no subject, two subjects, another plural name before
    ('The Liberal Democrats called for more money. Their transport spokesman, Tom Ashby, said bus drivers needed a raise.',
     [('Liberal Democrats', 'organization', None, None), ('Tom Ashby', 'person', 'transport spokesman', 'Liberal Democrats')]),
    ('The Harwell Trust called for more money. Their spokesman, Tom Ashby, said bus drivers needed a raise.',
     [('Harwell Trust', 'organization', None, None), ('Tom Ashby', 'person', 'spokesman', None)]),
    ('Tom Reed said the Liberal Democrats were broke. Their spokesman, Tom Ashby, said that was false.',
     [('Liberal Democrats', 'organization', None, None), ('Tom Ashby', 'person', 'spokesman', None), ('Tom Reed', 'person', None, None)]),
    ('The Liberal Democrats and the Greens called for more money. Their spokesman, Tom Ashby, said bus drivers needed a raise.',
     [('Greens', 'organization', None, None), ('Liberal Democrats', 'organization', None, None),
      ('Tom Ashby', 'person', 'spokesman', None)]),
    ('The Liberal Democrats said the Greens were wrong. Their spokesman, Tom Reed, agreed.',
     [('Greens', 'organization', None, None), ('Liberal Democrats', 'organization', None, None),
      ('Tom Reed', 'person', 'spokesman', None)]),
    # a bare 'the trust' in a role's phrase is the one trust named before it (affilp24); NEGATIVE: two trusts,
    # a trust named only after, 'the other trust'
    ('According to the Harwell Trust, waits rose in the north. Ann Moss, an economist at the trust, said the gap was wide.',
     [('Ann Moss', 'person', 'economist', 'Harwell Trust'), ('Harwell Trust', 'organization', None, None)]),
    ('The Harbour Trust sold the site to the Lowe Foundation. Ann Lowe, a director at the foundation, said the price was fair.',
     [('Ann Lowe', 'person', 'director', 'Lowe Foundation'), ('Harbour Trust', 'organization', None, None), ('Lowe Foundation', 'organization', None, None)]),
    ('The Harwell Trust and the Lowe Trust published reports. Ann Moss, an economist at the trust, said the gap was wide.',
     [('Ann Moss', 'person', 'economist', None), ('Harwell Trust', 'organization', None, None), ('Lowe Trust', 'organization', None, None)]),
    ('Ann Moss, an economist at the trust, said the gap was wide. The Harwell Trust agreed.',
     [('Ann Moss', 'person', 'economist', None), ('Harwell Trust', 'organization', None, None)]),
    ('According to the Harwell Trust, waits rose. Ann Moss, an economist at the other trust, said the gap was wide.',
     [('Ann Moss', 'person', 'economist', None), ('Harwell Trust', 'organization', None, None)]),
    # NEGATIVE (review24c): a clause that says which trust is meant; an unnamed body of the kind said before
    ('The Harbour Trust said rents rose. Ian Fox, a trustee at the trust that runs the hospital, said the rise was steep.',
     [('Harbour Trust', 'organization', None, None), ('Ian Fox', 'person', 'trustee', None)]),
    ('Velmor Bank cut rates, as the central bank raised them. Ruth Obi, an economist at the bank, said the gap was odd.',
     [('Ruth Obi', 'person', 'economist', None), ('Velmor Bank', 'organization', None, None)]),
    # a 'for'/'at' phrase after a post's field names the body the post is held at (affilp24); NEGATIVE: a noun
    # after the body ('the SSA region'), a verb's 'for' after the apposition
    ('The Southern Safety Agency (SSA) said on Sunday the fire was out. Pete Lund, director of logistics for the SSA, rejected the claim.',
     [('Pete Lund', 'person', 'director of logistics', 'Southern Safety Agency'), ('Southern Safety Agency', 'organization', None, None)]),
    ('The Southern Safety Agency (SSA) said on Sunday the fire was out. Pete Lund, head of planning at the SSA, rejected the claim.',
     [('Pete Lund', 'person', 'head of planning', 'Southern Safety Agency'), ('Southern Safety Agency', 'organization', None, None)]),
    ('The Southern Safety Agency (SSA) said on Sunday the fire was out. Pete Lund, vice-president of services for the SSA region, rejected the claim.',
     [('Pete Lund', 'person', 'vice-president of services', None), ('Southern Safety Agency', 'organization', None, None)]),
    ('The Southern Safety Agency (SSA) said on Sunday the fire was out. Pete Lund, a spokesman, spoke for the SSA.',
     [('Pete Lund', 'person', 'spokesman', None), ('Southern Safety Agency', 'organization', None, None)]),
    # NEGATIVE (review24c): a field that is a thing of its own ('the unit'), a body's name qualifying a noun
    ('The Southern Safety Agency (SSA) said on Sunday the fire was out. Pete Lund, head of the unit for the SSA, rejected the claim.',
     [('Pete Lund', 'person', 'head of the unit', None), ('Southern Safety Agency', 'organization', None, None)]),
    # a party code or label beats the chamber or committee a legislator's role names (affilp24); NEGATIVE: no
    # code, or a body that is no legislature's
    # (names24b: the Senate named only for its panel and nobody's affiliation is no actor)
    ('Karen Holt (R-Ohio), a senior member of the Senate rail panel, said the report was damning.',
     [('Karen Holt', 'person', 'senior member of the Senate rail panel', 'Republican Party'), ('Republican Party', 'organization', None, None)]),
    ('Ann Lowe (D-Ohio), who chairs the House Oversight Committee, said the plan was flawed.',
     [('Ann Lowe', 'person', 'chair', 'Democratic Party'), ('Democratic Party', 'organization', None, None), ('House Oversight Committee', 'organization', None, None)]),
    ('Labour MPs met. Dame Clara Vine (Lab), the chair of the Commons transport committee, warned that the line would be late.',
     [('Clara Vine', 'person', 'chair', 'Labour Party'), ('Commons transport committee', 'organization', None, None), ('Labour Party', 'organization', None, None)]),
    ('Karen Holt, a senior member of the Senate rail panel, said the report was damning.',
     [('Karen Holt', 'person', 'senior member of the Senate rail panel', 'Senate'), ('Senate', 'organization', None, None)]),
    # NEGATIVE: the chamber's presiding officer keeps the chamber
    ('House Speaker Tom Reed, R-Wis., said the bill would pass.',
     [('House', 'organization', None, None), ('Republican Party', 'organization', None, None), ('Tom Reed', 'person', 'Speaker', 'House')]),
    ('Karen Holt (R-Ohio), the chair of the Harbour Trust, said the report was damning.',
     [('Harbour Trust', 'organization', None, None), ('Karen Holt', 'person', 'chair', 'Harbour Trust'), ('Republican Party', 'organization', None, None)]),
    # NEGATIVE (review24c): a legislature's word inside another body's name ('Panel Beaters' Association')
    ("Ken Roach (Lab), the chairman of the Velmor Panel Beaters' Association, said costs rose.",
     [('Ken Roach', 'person', 'chairman', "Velmor Panel Beaters' Association"), ("Velmor Panel Beaters' Association", 'organization', None, None)]),
    # a capitalised word before a staff post that opens the one body's name, the rest of it kind words, is
    # that body (affil24b); NEGATIVE: a name that goes on in other words, an office of a place, a calling of
    # one's own, one outside the body, two bodies that open with the word
    ('The Marsh Institute warned that delays could hurt investment. Marsh economist Lena Holt told reporters that firms were waiting.',
     [('Lena Holt', 'person', 'economist', 'Marsh Institute'), ('Marsh Institute', 'organization', None, None)]),
    ('Prices fell at the Brenner Group. Brenner analyst Tom Brack said the figures were weak.',
     [('Brenner Group', 'organization', None, None), ('Tom Brack', 'person', 'analyst', 'Brenner Group')]),
    ('Kessa Capital Partners warned of delays. Kessa economist Lena Holt said firms were waiting.',
     [('Kessa', 'person', None, None), ('Kessa Capital Partners', 'organization', None, None), ('Lena Holt', 'person', 'economist', None)]),
    ('The Dunmore Institute warned of delays. Dunmore mayor Tom Brack said the roads were shut.',
     [('Dunmore Institute', 'organization', None, None), ('Tom Brack', 'person', 'Dunmore mayor', None)]),
    ('The Dunmore Council warned of delays. Dunmore resident Tom Brack said the roads were shut.',
     [('Dunmore Council', 'organization', None, None), ('Tom Brack', 'person', 'Dunmore resident', None)]),
    ('The Kelso Institute sued the city. Kelso attorney Tom Brack said the suit was filed on Monday.',
     [('Kelso Institute', 'organization', None, None), ('Tom Brack', 'person', 'Kelso attorney', None)]),
    ('The Vantor Institute warned of delays. Vantor critic Tom Brack said the institute was wrong.',
     [('Tom Brack', 'person', 'Vantor critic', None), ('Vantor Institute', 'organization', None, None)]),
    ('The Marsh Institute and the Marsh Bank warned of delays. Marsh economist Lena Holt said firms were waiting.',
     [('Lena Holt', 'person', 'Marsh economist', None), ('Marsh Bank', 'organization', None, None), ('Marsh Institute', 'organization', None, None)]),
    # NEGATIVE (review24d): the person's body stated after the name
    ('The Grover Institute studied pay. Grover analyst Ed Finch, of Velmo University, said wages rose.',
     [('Ed Finch', 'person', 'Grover analyst', 'Velmo University'), ('Grover Institute', 'organization', None, None), ('Velmo University', 'organization', None, None)]),
    # a bare officer title after a quotation of several sentences is the body of the sentence before the
    # quotation opened (affil24b); NEGATIVE: another sentence or a second quotation between, two bodies, an
    # unnamed body
    ('Harbour Power denied this. "The board is unanimous. The decision is about arrears," spokesperson Tom Brack said in a written response.',
     [('Harbour Power', 'organization', None, None), ('Tom Brack', 'person', 'spokesperson', 'Harbour Power')]),
    ('Harbour Power denied this. The union disagreed. "The board is unanimous. The decision is about arrears," spokesperson Tom Brack said.',
     [('Harbour Power', 'organization', None, None), ('Tom Brack', 'person', 'spokesperson', None)]),
    ('Harbour Power denied this. "The board is split," said Ann Lowe. "The decision is about arrears," spokesperson Tom Brack said.',
     [('Ann Lowe', 'person', None, None), ('Harbour Power', 'organization', None, None), ('Tom Brack', 'person', 'spokesperson', None)]),
    ('Harbour Power and the Kessa Bank denied this. "The board is unanimous. The decision is about arrears," spokesperson Tom Brack said.',
     [('Harbour Power', 'organization', None, None), ('Kessa Bank', 'organization', None, None), ('Tom Brack', 'person', 'spokesperson', None)]),
    ('The ministry denied this. "The board is unanimous. The decision is about arrears," spokesperson Tom Brack said.',
     [('Tom Brack', 'person', 'spokesperson', None)]),
    # a body the recogniser left unnamed, before its officer's title, is the officer's body and an actor
    # (affil17); NEGATIVE: an outsider's noun after it
    ('Orvik Bank chief executive Sara Lind said rates would rise.',
     [('Orvik Bank', 'organization', None, None), ('Sara Lind', 'person', 'chief executive', 'Orvik Bank')]),
    ('Orvik Bank critic Sara Lind said rates would rise.',
     [('Sara Lind', 'person', 'Orvik Bank critic', None)]),
    ('Tarrow Workers Union general secretary Ada Obi said members would strike.',
     [('Ada Obi', 'person', 'general secretary', 'Tarrow Workers Union'), ('Tarrow Workers Union', 'organization', None, None)]),
    # a participle compounded to the title is the title's ('managing director'); a plural possessive's
    # body before a title (affil17)
    ('Vestra Capital Group managing director Hana Kim said deals slowed.',
     [('Hana Kim', 'person', 'managing director', 'Vestra Capital Group'), ('Vestra Capital Group', 'organization', None, None)]),
    ("The decision by Marlo Holdings' chairman Ben Ash surprised investors.",
     [('Ben Ash', 'person', 'chairman', 'Marlo Holdings'), ('Marlo Holdings', 'organization', None, None)]),
    # 'their' takes up a party the sentence before made its subject (affil17); NEGATIVE: another body there
    ('The Harbour Party unveiled its manifesto. Their leader, Nell Fagan, said taxes would fall.',
     [('Harbour Party', 'organization', None, None), ('Nell Fagan', 'person', 'leader', 'Harbour Party')]),
    ('The Harbour Party criticised the Morven Trust. Their chairman Ed Price said the criticism was unfair.',
     [('Ed Price', 'person', 'chairman', None), ('Harbour Party', 'organization', None, None), ('Morven Trust', 'organization', None, None)]),
    ('The Harbour Party and the Kessa Farmers Union met on Monday. Their spokesman Rob Tane said talks went well.',
     [('Harbour Party', 'organization', None, None), ('Kessa Farmers Union', 'organization', None, None), ('Rob Tane', 'person', 'spokesman', None)]),
    # one capitalised kind word the recogniser named before a title is the one body that word heads (affil17);
    # NEGATIVE: two such bodies
    ('The Foreign Ministry of Norway summoned the envoy. Ministry spokesman Lars Dahl said the talks were tense.',
     [('Foreign Ministry of Norway', 'organization', None, 'Norway'), ('Lars Dahl', 'person', 'spokesman', 'Foreign Ministry of Norway'),
      ('Norway', 'country', None, None)]),
    ('The Ministry of Health and the Ministry of Trade met on Monday. Ministry spokesman Pal Dahl said the talks were tense.',
     [('Ministry of Health', 'organization', None, None), ('Ministry of Trade', 'organization', None, None), ('Pal Dahl', 'person', 'Ministry spokesman', None)]),
    # "the airline's X" a company noun of any trade, the body its sentence before is about (affil17); NEGATIVE:
    # two bodies there ("the lender's" after a '… Bank' is the bank: a lender's kinds, KIND_NAME_HEADS, session 39)
    ("Sunbridge Airways cancelled 40 flights. The airline's chief executive Marco Ricci apologised to passengers.",
     [('Marco Ricci', 'person', 'chief executive', 'Sunbridge Airways'), ('Sunbridge Airways', 'organization', None, None)]),
    ("Sunbridge Airways and Orwin Motors signed a deal. The airline's chief executive Marco Ricci said it was good.",
     [('Marco Ricci', 'person', 'chief executive', None), ('Orwin Motors', 'organization', None, None), ('Sunbridge Airways', 'organization', None, None)]),
    ("Kessa Bank raised its rates. The lender's chief executive Anna Berg said savers would gain.",
     [('Anna Berg', 'person', 'chief executive', 'Kessa Bank'), ('Kessa Bank', 'organization', None, None)]),
    # NEGATIVE: a body whose name tells another kind ('the airline's' after a '… Bank'; session 39)
    ("Dorne Savings Bank cut its fees. The airline's managing director Ilse Marr said travellers would pay less.",
     [('Dorne Savings Bank', 'organization', None, None), ('Ilse Marr', 'person', 'managing director', None)]),
    # one who has a Peruvian counterpart is no officer of Peru, and a country owning what the
    # office-holder acts on ("to lift Peru's ban") does not act (affil26); NEGATIVE: a bare counterpart
    ("Foreign Minister Aiko Tanabe on Monday urged her Peruvian counterpart to lift Peru's ban on Chilean fruit. "
     "Peru says the ban protects its farmers, and Peru wants talks.",
     [('Aiko Tanabe', 'person', 'Foreign Minister', None), ('Peru', 'country', None, None)]),
    ("Foreign Minister Aiko Tanabe on Monday urged her counterpart to lift Peru's ban on fruit. "
     "Peru says the ban protects its farmers, and Peru wants talks.",
     [('Aiko Tanabe', 'person', 'Foreign Minister', 'Peru'), ('Peru', 'country', None, None)]),
    # a state's name two states share ('Korea') spoken of besides the country stated for a body: bare
    # offices and a body called state-run get no guess of the stated country (affil26); NEGATIVE: no such
    # name, the guess stands
    ("The government will lend 3 trillion won to battery makers to soften new US duties, the Ministry of Industry said. "
     "Finance Minister Ryu Dong-min said loans would flow through the state-run Korea Export Bank and that the government "
     "would keep talking with the US Trade Department. "
     "Korea's battery exports to the US reached $8 billion, according to the Korea Battery Association.",
     [('Korea Battery Association', 'organization', None, None), ('Korea Export Bank', 'organization', None, None),
      ('Ministry of Industry', 'organization', None, None),
      ('Ryu Dong-min', 'person', 'Finance Minister', None), ('US Trade Department', 'organization', None, 'United States'),
      ('United States', 'country', None, None)]),
    ("The government will lend 3 trillion won to battery makers to soften new US duties, the Ministry of Industry said. "
     "Finance Minister Ryu Dong-min said the government would keep talking with the US Trade Department. "
     "Battery exports to the US reached $8 billion, according to the Battery Association.",
     [('Battery Association', 'organization', None, None), ('Ministry of Industry', 'organization', None, 'United States'),
      ('Ryu Dong-min', 'person', 'Finance Minister', 'United States'), ('US Trade Department', 'organization', None, 'United States'),
      ('United States', 'country', None, None)]),
    # a bare 'Governor X' after a central bank's sentence is that bank's governor, not the state's (affil26);
    # NEGATIVE: after a party, or a bank named with no central bank's word
    ("The Central Bank of Nepal kept its policy rate at 9 per cent. Governor Omar Qadri said reserves had risen.",
     [('Central Bank of Nepal', 'organization', None, 'Nepal'), ('Nepal', 'country', None, None),
      ('Omar Qadri', 'person', 'Governor', 'Central Bank of Nepal')]),
    ("The Harbour Party won the vote. Governor Ana Ruiz said the result was fair.",
     [('Ana Ruiz', 'person', 'Governor', None), ('Harbour Party', 'organization', None, None)]),
    ("Harbour Bank raised its fees. Governor Ana Ruiz said the result was fair.",
     [('Ana Ruiz', 'person', 'Governor', None), ('Harbour Bank', 'organization', None, None)]),
    # 'the Social Democrats' is a party of its own, not the US 'Democrats' (affil26); NEGATIVE: 'the Democrats'
    ("Interior Minister Eva Lindner of the Social Democrats (SPÖ) said the rules would hold.",
     [('Eva Lindner', 'person', 'Interior Minister', None)]),
    ("Rep. Tom Vale of the Democrats said the rules would hold.",
     [('Democratic Party', 'organization', None, None), ('Tom Vale', 'person', 'Representative', 'Democratic Party')]),
    # two or more capitalised words before a board or staff post are the one organisation of the article
    # whose name opens with them, also where the parse left them out of the title (a person's name) (affil26);
    # NEGATIVE: two such organisations, a post of a place ('mayor'), a place's name, a person's staff
    ("Ottawa blocked the sale of Grey Rock Cobalt Corp to a foreign buyer on Friday. "
     "Grey Rock chief executive Carl Moen said the company would look for other partners.",
     [('Carl Moen', 'person', 'chief executive', 'Grey Rock Cobalt Corp'), ('Grey Rock Cobalt Corp', 'organization', None, None)]),
    ("Halvard Ridge Minerals Ltd lost money. Halvard Ridge chief executive Tom Eke said so.",
     [('Halvard Ridge', 'person', None, None), ('Halvard Ridge Minerals Ltd', 'organization', None, None),
      ('Tom Eke', 'person', 'chief executive', 'Halvard Ridge Minerals Ltd')]),
    ("Ottawa blocked the sale of Grey Rock Cobalt Corp and Grey Rock Power Inc to a foreign buyer on Friday. "
     "Grey Rock chief executive Carl Moen said the company would look for other partners.",
     [('Carl Moen', 'person', 'Grey Rock chief executive', None), ('Grey Rock Cobalt Corp', 'organization', None, None),
      ('Grey Rock Power Inc', 'organization', None, None)]),
    ("Ottawa blocked the sale of Grey Rock Cobalt Corp to a foreign buyer on Friday. Grey Rock mayor Carl Moen said the town would suffer.",
     [('Carl Moen', 'person', 'Grey Rock mayor', None), ('Grey Rock Cobalt Corp', 'organization', None, None)]),
    ("Regulators fined Toronto Harbour Freight Ltd on Friday. Toronto chief executive Carl Moen said the firm would appeal.",
     [('Carl Moen', 'person', 'Toronto chief executive', None), ('Toronto Harbour Freight Ltd', 'organization', None, None)]),
    ("Grant Holdings lost money. Grant adviser Tom Eke said so.",
     [('Grant Holdings', 'organization', None, None), ('Tom Eke', 'person', 'Grant adviser', None)]),
    # 'X, presiding judge of the Y Court,' with the office's participle parsed as a verb (affil26);
    # NEGATIVE: the participle with no title after it
    ("Judge Maria Stein, presiding judge of the Supreme Administrative Court, said the law was void.",
     [('Maria Stein', 'person', 'Judge', 'Supreme Administrative Court'), ('Supreme Administrative Court', 'organization', None, None)]),
    ("Maria Stein, presiding judge of the Supreme Administrative Court, said the law was void.",
     [('Maria Stein', 'person', 'presiding judge', 'Supreme Administrative Court'),
      ('Supreme Administrative Court', 'organization', None, None)]),
    ("Maria Stein, presiding over the Supreme Administrative Court, said the law was void.",
     [('Maria Stein', 'person', None, None), ('Supreme Administrative Court', 'organization', None, None)]),
    # 'a professor of international relations at X': the 'at' phrase hung on the field (affil26);
    # NEGATIVE: the body in another phrase of the sentence
    ("Rina Kato, a professor of international relations at Hoshino University, said the talks went well.",
     [('Hoshino University', 'organization', None, None),
      ('Rina Kato', 'person', 'professor of international relations', 'Hoshino University')]),
    ("Rina Kato, a professor of international relations, said the talks at Hoshino University went well.",
     [('Hoshino University', 'organization', None, None), ('Rina Kato', 'person', 'professor of international relations', None)]),
    # 'Its president' after a sentence whose subject is a body no name made an actor: no guess of the
    # main country (affil26)
    ("The national tenants' association warned that rents could rise. Its president, Jan Nowak, told reporters that rents "
     "had climbed. Poland has many renters, and Poland builds few homes.",
     [('Jan Nowak', 'person', 'president', None), ('Poland', 'country', None, None)]),
    # a minister whose portfolio words name the article's 'Department of' two or more fields serves it (affil26);
    # NEGATIVE: a department of one field, another portfolio
    ("Water and Forestry Minister Ana Dube gave the city 14 days to fix its pipes. "
     "According to the Department of Water and Forestry, demand could outstrip supply by 2030.",
     [('Ana Dube', 'person', 'Water and Forestry Minister', 'Department of Water and Forestry'),
      ('Department of Water and Forestry', 'organization', None, None)]),
    ("Defense Minister Ana Dube gave the army 14 days. According to the Department of Defense, costs could rise by 2030.",
     [('Ana Dube', 'person', 'Defense Minister', None), ('Department of Defense', 'organization', None, None)]),
    ("Health Minister Ana Dube gave the city 14 days. "
     "According to the Department of Water and Forestry, demand could outstrip supply by 2030.",
     [('Ana Dube', 'person', 'Health Minister', None), ('Department of Water and Forestry', 'organization', None, None)]),
    # a name ending 'of COUNTRY' is the state's only where the words before a head that is no state body's
    # own are a state's qualifiers or fields (states27); NEGATIVE: a trade's members, a firm bearing the name
    ("The Tanners Council of Norway said hide prices fell by 9%.",
     [('Tanners Council of Norway', 'organization', None, None)]),
    ("Profits at the Harbour Bank of Ghana rose by 4%, the lender said.",
     [('Harbour Bank of Ghana', 'organization', None, None)]),
    ("Fees were cut, according to the Timber Growers Council of Chile.",
     [('Timber Growers Council of Chile', 'organization', None, None)]),
    ("The Reserve Bank of Ghana held its key rate at 9%.",
     [('Ghana', 'country', None, None), ('Reserve Bank of Ghana', 'organization', None, 'Ghana')]),
    ("The Electoral Commission of Chile said turnout was 61%.",
     [('Chile', 'country', None, None), ('Electoral Commission of Chile', 'organization', None, 'Chile')]),
    # a country's name before 'Affairs' names the body's topic, not its owner: no state, nor a guess (states27)
    ("The Norway Affairs Office said the talks would resume.",
     [('Norway Affairs Office', 'organization', None, None)]),
    ("Peru said it would reply. Peru sent a note. The Chile Affairs Office warned Peru.",
     [('Chile Affairs Office', 'organization', None, None), ('Peru', 'country', None, None)]),
    ("Officials at the Ghana Relations Office in Lome said the border would reopen.",
     [('Ghana Relations Office', 'organization', None, None)]),
    # a region's name opening a name of a state body's words makes the body the region's government's,
    # the region made an actor (states27); NEGATIVE: a firm's name, a great city's police
    ("The Ohio National Guard sent 80 soldiers to Marlow Creek.",
     [('Ohio', 'organization', None, None), ('Ohio National Guard', 'organization', None, 'Ohio')]),
    ("Clinics will stay open, according to the Ontario Ministry of Health.",
     [('Ontario', 'organization', None, None), ('Ontario Ministry of Health', 'organization', None, 'Ontario')]),
    ("Roads near Tarvo were shut, the Kansas Emergency Management Agency said.",
     [('Kansas', 'organization', None, None),
      ('Kansas Emergency Management Agency', 'organization', None, 'Kansas')]),
    ("The Ohio Harbour Company said its lines were down.",
     [('Ohio Harbour Company', 'organization', None, None)]),
    ("The New York Police Department said two men were held near Pier 9.",
     [('New York Police Department', 'organization', None, None)]),
    # mend27 NEGATIVE: a force's name with no word of a region's own force is a national force's local command
    ("Kisumu Police commander Tom Reed said 3 officers were injured.",
     [('Kisumu Police', 'organization', None, None), ('Tom Reed', 'person', 'commander', 'Kisumu Police')]),
    ("The Ontario Provincial Police said two men were held near Pier 9.",
     [('Ontario', 'organization', None, None), ('Ontario Provincial Police', 'organization', None, 'Ontario')]),
    # where a region's government is named (its executive, its body), a bare body is no guess of the
    # country's (states27); NEGATIVE: no region named
    ("Storms hit Australia on Monday. Australia has seen worse. Queensland Premier Lisa Marlow said 30 homes "
     "were lost. The Education Department said schools would shut.",
     [('Australia', 'country', None, None), ('Education Department', 'organization', None, None),
      ('Lisa Marlow', 'person', 'Premier', 'Queensland'), ('Queensland', 'organization', None, None)]),
    ("Canada braced for snow. Canada shut schools. The Manitoba Highway Patrol closed two roads, and "
     "the Transport Ministry said flights were cut.",
     [('Canada', 'country', None, None), ('Manitoba', 'organization', None, None),
      ('Manitoba Highway Patrol', 'organization', None, 'Manitoba'), ('Transport Ministry', 'organization', None, None)]),
    ("Storms hit Australia on Monday. Australia has seen worse. The Education Department said schools would shut.",
     [('Australia', 'country', None, None), ('Education Department', 'organization', None, 'Australia')]),
    # a region's or town's level word before a bare state body: no central state's (states27)
    ("Spain said it would appeal. Spain has 17 regions. The court gave the regional Education Department "
     "two months, and the Interior Ministry said it would help.",
     [('Education Department', 'organization', None, None), ('Interior Ministry', 'organization', None, 'Spain'),
      ('Spain', 'country', None, None)]),
    ("Peru cut fuel taxes. Peru expects growth. Fees rose, the provincial Health Ministry said.",
     [('Health Ministry', 'organization', None, None), ('Peru', 'country', None, None)]),
    ("Chile cut rates. Chile expects growth. Buses were late, according to the municipal Transport Office.",
     [('Chile', 'country', None, None), ('Transport Office', 'organization', None, None)]),
    # a capital speaks of its country as the country's name does; the one country the names speak of
    # serves a bare office also where it is named once and no other is (states27); NEGATIVE: another
    # capital, another country named
    ("Finance Minister Mele Karaka told reporters in Wellington that the budget would balance. "
     "New Zealand's debt rose 3%.",
     [('Mele Karaka', 'person', 'Finance Minister', 'New Zealand'), ('New Zealand', 'country', None, None)]),
    ("The Interior Ministry said in Lima that 40 roads were shut. Rain fell in Lima for days.",
     [('Interior Ministry', 'organization', None, 'Peru'), ('Peru', 'country', None, None)]),
    ("Trade Minister Ilse Varga told the Budapest Herald that exports fell 4%. Factories in Budapest cut 900 jobs.",
     [('Hungary', 'country', None, None), ('Ilse Varga', 'person', 'Trade Minister', 'Hungary')]),
    ("The Interior Ministry said in Lima that 40 roads were shut. Rain fell in Santiago for days.",
     [('Interior Ministry', 'organization', None, None)]),
    ("Finance Minister Mele Karaka told reporters in Wellington that the budget would balance. "
     "Australia's debt rose 3%.",
     [('Australia', 'country', None, None), ('Mele Karaka', 'person', 'Finance Minister', None)]),
    ("Trade Minister Ilse Varga met Hungary's trade minister in Budapest. Talks in Budapest ran late.",
     [('Hungary', 'country', None, None), ('Ilse Varga', 'person', 'Trade Minister', None)]),
    # a state's statistics field alone before a country's name names its agency (states27); NEGATIVE: a body's branch
    ("Output grew 2%, Statistics Norway said.",
     [('Norway', 'country', None, None), ('Statistics Norway', 'organization', None, 'Norway')]),
    ("According to Statistics Chile, prices rose by 0.4% in May.",
     [('Chile', 'country', None, None), ('Statistics Chile', 'organization', None, 'Chile')]),
    ("Amnesty International Chile said the spill was larger.",
     [('Amnesty International Chile', 'organization', None, None)]),
    # a bare 'Governor'/'Premier' is, as a guess, the one region whose government the article names (states27);
    # NEGATIVE: another region named, a bank named
    ("Gov. Ana Pell declared an emergency after the Ohio National Guard sent 80 soldiers to Marlow Creek.",
     [('Ana Pell', 'person', 'Governor', 'Ohio'), ('Ohio', 'organization', None, None),
      ('Ohio National Guard', 'organization', None, 'Ohio')]),
    ("The Manitoba Highway Patrol closed two roads near Tarvo. Premier Lise Gagnon said crews were out.",
     [('Lise Gagnon', 'person', 'Premier', 'Manitoba'), ('Manitoba', 'organization', None, None),
      ('Manitoba Highway Patrol', 'organization', None, 'Manitoba')]),
    ("Roads near Tarvo were shut, the Kansas Department of Transportation said. Governor Dale Amos said crews "
     "would work overnight.",
     [('Dale Amos', 'person', 'Governor', 'Kansas'), ('Kansas', 'organization', None, None),
      ('Kansas Department of Transportation', 'organization', None, 'Kansas')]),
    ("Gov. Ana Pell declared an emergency after the Ohio National Guard sent 80 soldiers to Marlow Creek. "
     "Crews from Kentucky helped.",
     [('Ana Pell', 'person', 'Governor', None), ('Ohio', 'organization', None, None),
      ('Ohio National Guard', 'organization', None, 'Ohio')]),
    ("The Ohio National Guard sent 80 soldiers to Marlow Creek. The Harbour Bank shut its branch. Governor Ana "
     "Pell said rain would ease.",
     [('Ana Pell', 'person', 'Governor', None), ('Harbour Bank', 'organization', None, None),
      ('Ohio', 'organization', None, None), ('Ohio National Guard', 'organization', None, 'Ohio')]),
    # NEGATIVE (states27): a region's governor keeps a country's body its guess; a bare governor where a bank is named
    ("Floods hit the United States. The United States has seen worse. Louisiana Governor Ana Pell said 30 homes "
     "were lost. Congress will vote on aid.",
     [('Ana Pell', 'person', 'Governor', 'Louisiana'), ('Congress', 'organization', None, 'United States'),
      ('Louisiana', 'organization', None, None), ('United States', 'country', None, None)]),
    ("The Harbour Bank raised its fees in March. Prices rose in Wellington, where shops shut early. Governor Tama "
     "Rewi said prices would ease. New Zealand's debt rose 3%.",
     [('Harbour Bank', 'organization', None, None), ('New Zealand', 'country', None, None),
      ('Tama Rewi', 'person', 'Governor', None)]),
    # the recogniser's body after 'at'/'for' on a unit head's post with its field is the employer, no
    # place (affil27); NEGATIVE: a known place
    ('"Prices will fall," said Karin Dahl, head of Nordic equity research at Orlund Capital.',
     [('Karin Dahl', 'person', 'head of Nordic equity research', 'Orlund Capital'),
      ('Orlund Capital', 'organization', None, None)]),
    ("Tomas Berg, director of logistics for Velkorp, said the ships were late.",
     [('Tomas Berg', 'person', 'director of logistics', 'Velkorp'), ('Velkorp', 'organization', None, None)]),
    ("Ines Moreau, head of credit strategy at Brask Partners, warned that rates would rise.",
     [('Brask Partners', 'organization', None, None), ('Ines Moreau', 'person', 'head of credit strategy', 'Brask Partners')]),
    ("Tomas Berg, head of security at Oslo, said the ships were late.",
     [('Tomas Berg', 'person', 'head of security', None)]),
    # a lower-case body noun with no article after a post's 'of' is a field, no body (affil27)
    ("Kelda, the public service union, said 200 jobs had been lost. Its head of local government, Sara Moody, "
     "said staff were tired.",
     [('Kelda', 'organization', 'public service union', None), ('Sara Moody', 'person', 'head of local government', 'Kelda')]),
    ("Sara Moody, a professor of government, said staff were tired.",
     [('Sara Moody', 'person', 'professor of government', None)]),
    ("Sara Moody, director of social services at Kelby Council, said staff were tired.",
     [('Kelby Council', 'organization', None, None), ('Sara Moody', 'person', 'director of social services', 'Kelby Council')]),
    ("Sara Moody, a member of parliament, said staff were tired.",
     [('Sara Moody', 'person', 'member of parliament', None)]),
    # an acronym the article defines, written as a capitalised word, before a title names its body (affil27);
    # NEGATIVE: one the article does not define
    ("The Office for Rail Audit Standards (Oras) took over the inquiry in 2021. Oras spokeswoman Dana Hoyle said "
     "assets had been frozen.",
     [('Dana Hoyle', 'person', 'spokeswoman', 'Office for Rail Audit Standards'), ('Office for Rail Audit Standards', 'organization', None, None)]),
    ("The Kessan Union of Dock Workers (Kudw) called the strike. Kudw spokesman Ben Ash said the port was shut.",
     [('Ben Ash', 'person', 'spokesman', 'Kessan Union of Dock Workers'), ('Kessan Union of Dock Workers', 'organization', None, None)]),
    ("The Harbour Trust said the port was shut. Oras spokeswoman Dana Hoyle said assets had been frozen.",
     [('Dana Hoyle', 'person', 'Oras spokeswoman', None), ('Harbour Trust', 'organization', None, None)]),
    # a people's adjective before a post no state holds tells where someone is from, no state served
    # (affil27); NEGATIVE: a state's post
    ("Amina Yusuf, a Sudanese policy analyst, said the truce could hold.",
     [('Amina Yusuf', 'person', 'Sudanese policy analyst', None)]),
    ("Kenyan economist Otieno Mwangi said prices would rise.",
     [('Otieno Mwangi', 'person', 'Kenyan economist', None)]),
    ("Dr Amira Osman, a Sudanese doctor, said the clinic had closed.",
     [('Amira Osman', 'person', 'Sudanese doctor', None)]),
    ("Amina Yusuf, a Sudanese diplomat, said the truce could hold.",
     [('Amina Yusuf', 'person', 'diplomat', 'Sudan'), ('Sudan', 'country', None, None)]),
    ("Sudanese minister Omar Bashiri said the truce could hold.",
     [('Omar Bashiri', 'person', 'minister', 'Sudan'), ('Sudan', 'country', None, None)]),
    # a place's words before a council's office name the one council the article names after that place
    # (affil27); NEGATIVE: two such councils, none named, a body of another kind
    ("Kelby City Council rejected the plan on Monday. Kelby Mayor Ann Roe said the state was wrong.",
     [('Ann Roe', 'person', 'Mayor', 'Kelby City Council'), ('Kelby City Council', 'organization', None, None)]),
    ("The state clashed with Redvale Council over the plan. Redvale councillor Tom Reed said the state was wrong.",
     [('Redvale Council', 'organization', None, None), ('Tom Reed', 'person', 'councillor', 'Redvale Council')]),
    ("Marnock Municipal Council voted against the scheme. Marnock deputy mayor Ann Roe said the state was wrong.",
     [('Ann Roe', 'person', 'deputy mayor', 'Marnock Municipal Council'), ('Marnock Municipal Council', 'organization', None, None)]),
    ("Kelby Council and Kelby City Council opposed it. Kelby Mayor Ann Roe said the state was wrong.",
     [('Ann Roe', 'person', 'Kelby Mayor', None), ('Kelby City Council', 'organization', None, None), ('Kelby Council', 'organization', None, None)]),
    # mend27 NEGATIVE: a council of another level (county, district, borough) is no town mayor's;
    # POSITIVE: the title carrying the level
    ("Lancaster Mayor Ann Lowe said the city would hire 30 more officers. Separately, Lancaster County Council voted "
     "to raise property taxes by 2%.",
     [('Ann Lowe', 'person', 'Mayor', 'Lancaster'), ('Lancaster', 'organization', None, None),
      ('Lancaster County Council', 'organization', None, 'Lancaster')]),
    ("Kelby District Council cut the budget. Kelby Mayor Tom Reed said the town would suffer.",
     [('Kelby District Council', 'organization', None, None), ('Tom Reed', 'person', 'Kelby Mayor', None)]),
    ("Dunford District Council cut the budget. Dunford District councillor Tom Reed said the town would suffer.",
     [('Dunford District Council', 'organization', None, None), ('Tom Reed', 'person', 'councillor', 'Dunford District Council')]),
    ("Kelby Mayor Ann Roe said the state was wrong.",
     [('Ann Roe', 'person', 'Kelby Mayor', None)]),
    ("The Kelby Rowing Club opposed it. Kelby Mayor Ann Roe said the state was wrong.",
     [('Ann Roe', 'person', 'Kelby Mayor', None), ('Kelby Rowing Club', 'organization', None, None)]),
    # chairing now a body's part its possessive owns serves the owner (affil27); NEGATIVE: once chaired, a state's
    ("The Local Government Board (LGB) warned of cuts. Cllr Tom Reed, who chairs the LGB's resources board, said "
     "councils were broke.",
     [('Local Government Board', 'organization', None, None), ('Tom Reed', 'person', 'Councillor', 'Local Government Board')]),
    ("Tom Reed, who chairs the Harbour Trust's audit committee, said the accounts were late.",
     [('Harbour Trust', 'organization', None, None), ('Tom Reed', 'person', 'chair of the audit committee', 'Harbour Trust')]),
    ("Tom Reed, who chaired the Harbour Trust's audit committee, said the accounts were late.",
     [('Harbour Trust', 'organization', None, None), ('Tom Reed', 'person', None, None)]),
    ("Tom Reed, who chairs Norway's fisheries committee, said the accounts were late.",
     [('Norway', 'country', None, None), ('Tom Reed', 'person', 'chair of the fisheries committee', None)]),
    # capital initials left untyped before an elected member's seat name the member's party (affil27),
    # when the article names them as a body of their own too (mend27);
    # NEGATIVE: a country's, a seat of no member, initials used nowhere else as a body
    ("BJP MLA Ashok Varma defended the budget on Monday. The BJP said it would win.",
     [('Ashok Varma', 'person', 'MLA', 'BJP'), ('BJP', 'organization', None, None)]),
    ("The Kessan Nation Party (KNP) walked out. KNP MP Ruth Odhi said the bill was unfair.",
     [('Kessan Nation Party', 'organization', None, None), ('Ruth Odhi', 'person', 'MP', 'Kessan Nation Party')]),
    ("BAME councillor Ann Lowe said the council had cut 40 jobs. The first openly LGBT MP, Tom Reed, said he "
     "would vote against the bill.",
     [('Ann Lowe', 'person', 'BAME councillor', None), ('Tom Reed', 'person', 'first openly LGBT MP', None)]),
    ("The bill passed. Later, DVP councillor Ines Mora said it was unfair.",
     [('DVP', 'organization', None, None), ('Ines Mora', 'person', 'councillor', 'DVP')]),
    ("US senator Mark Hale said the bill was unfair.",
     [('Mark Hale', 'person', 'senator', 'United States'), ('United States', 'country', None, None)]),
    ("IT manager Tom Reed said the servers were down.",
     [('Tom Reed', 'person', 'IT manager', None)]),
]


@pytest.mark.parametrize("text, expected", ROLES)
def test_roles_and_affiliations_from_the_sentence(text, expected):
    assert records(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym in brackets shows where the name it abbreviates starts
    ("The United Nations Educational, Scientific and Cultural Organization (UNESCO) warned that the harbour was at risk.",
     [("United Nations Educational, Scientific and Cultural Organization", "organization", ["UNESCO"])]),
    ("Greece objected, and so did United Nations Educational, Scientific and Cultural Organization (UNESCO) staff.",
     [("Greece", "country", []),
      ("United Nations Educational, Scientific and Cultural Organization", "organization", ["UNESCO"])]),
    # an acronym counts 'of' as the body's initial where the name does
    ("The Voice of America said the vote was lost. VOA said the count went on.",
     [("United States", "country", []), ("Voice of America", "organization", ["VOA"])]),
    # a body's name short of its last words or of its 'for ...' is that body
    ("Ann Lowe, a member of the Senate Harbour Committee, said the port lied. Lowe has sat on the Harbour Committee since May.",
     [("Ann Lowe", "person", ["Lowe"]), ("Senate Harbour Committee", "organization", ["Harbour Committee"])]),
    ("Tom Reed, an expert at the Harwell Institute for International Trade, said so. The Harwell Institute modeled the tariffs.",
     [("Harwell Institute for International Trade", "organization", ["Harwell Institute"]), ("Tom Reed", "person", [])]),
    # but a name with digits is no short form of the body it opens
    ("The QX-7 Investment Coalition said the QX-7 program works.", [("QX-7 Investment Coalition", "organization", [])]),
    # a firm's first word before its shares or shareholders is that firm, where one firm opens with it
    ("The supplier, Shinwa Electronics, said it was cooperating. Shinwa shares fell 9% in Tokyo trading.",
     [("Shinwa Electronics", "organization", ["Shinwa"])]),
    ("Velmar Foods Group said sales slipped. Velmar shareholders will vote in June.",
     [("Velmar Foods Group", "organization", ["Velmar"])]),
    # but not where two firms open with it, nor before another noun
    ("Orban Airways said it would cut flights, and Orban Holdings said it would sell Orban shares.",
     [("Orban Airways", "organization", []), ("Orban Holdings", "organization", [])]),
    ("Baltic Sea Council said the Baltic coastline was at risk.", [("Baltic Sea Council", "organization", [])]),
    ("Harbour Bank said profits rose. Harbour shares rose too.", [("Harbour Bank", "organization", [])]),
    # a firm's name without its legal form is that firm, even where read as a person's
    ("Dorrit Hayes Ltd said profit rose. Dorrit Hayes said it would hire 200 people.",
     [("Dorrit Hayes Ltd", "organization", ["Dorrit Hayes"])]),
    ("Velmar Foods said sales fell. Velmar Foods Ltd shares dropped 3 percent.",
     [("Velmar Foods Ltd", "organization", ["Velmar Foods"])]),
    # a person who shares a word with a firm stays a person
    ("Ann Lowe said the bank would grow. Lowe Partners LLC said it agreed.",
     [("Ann Lowe", "person", []), ("Lowe Partners LLC", "organization", [])]),
    ("Tom Reed said the plan would fail, and Reed Holdings Ltd said it agreed.",
     [("Reed Holdings Ltd", "organization", []), ("Tom Reed", "person", [])]),
    # a person's name the recogniser opened on a title runs on to the surname
    ("According to Chief Inspector Marco Valdes of the regional police, the attack was planned.",
     [("Marco Valdes", "person", []), ("regional police", "organization", [])]),
    # a word a state has several bodies of is the last such body named before it
    ("The Security Council met on Monday. The Council said the war must end. The Human Rights Council said more.",
     [("Human Rights Council", "organization", []), ("Security Council", "organization", ["Council"])]),
    ("The Council voted on Monday. The Harbour Council said no.",
     [("Harbour Council", "organization", [])]),       # 'the Council' may be it: no second body, no guess
    # a surname with its particle is the person's
    ("Di Lorenzo says the bridge was safe. Mayor Bill di Lorenzo said the report would come soon.",
     [("Bill di Lorenzo", "person", ["Di Lorenzo", "Mayor Bill di Lorenzo"])]),
    # a nationality adjective with its article is the adjective alone as a form of the country
    ("The Peruvian president, Ana Lopez, said the border would stay shut.",
     [("Ana Lopez", "person", []), ("Peru", "country", ["Peruvian"])]),
    ("The Peruvian minister, Ana Lopez, said so. The Chilean envoy, Tom Reed, said no.",
     [("Ana Lopez", "person", []), ("Chile", "country", ["Chilean"]), ("Peru", "country", ["Peruvian"]),
      ("Tom Reed", "person", [])]),
    # 'the X movement' with the people's plural 'the Xs' in another paragraph is the movement's name …
    ("The Houthi movement said it would fight on.\n\nThe Houthis said the truce was over. Houthi fighters took the town.",
     [("Houthi movement", "organization", ["Houthis"])]),
    # … but not without that plural anywhere, nor where the name is no adjective ('Hamas')
    ("The Houthi movement said it would fight on.\n\nHouthi fighters took the town.",
     [("Houthi", "organization", [])]),
    ("The Hamas movement said it would fight on.\n\nHamas said the truce was over.",
     [("Hamas", "organization", [])]),
    # a collective noun's possessive opens the body's name, with or without the article before it
    ("Dr Tom Reed of the People's Unity Front (PUF) said the plan failed. The PUF said it would win.",
     [("People's Unity Front", "organization", ["PUF"]), ("Tom Reed", "person", ["Dr Tom Reed"])]),
    ("The Women's Aid Network said calls rose.", [("Women's Aid Network", "organization", [])]),
    ("Ann Lowe, who chairs the Children's Rights League, said the law was cruel.",
     [("Ann Lowe", "person", []), ("Children's Rights League", "organization", [])]),
    # NEGATIVE: any other owner's possessive is no word of the body's name
    ("The Mayor's Housing Office said rents rose.", [("Housing Office", "organization", [])]),
    # a body's name the recogniser ended on a plural's apostrophe runs on to its untagged head word
    ("Harbour Growers' Collective chair Ann Lowe said costs rose.",
     [("Ann Lowe", "person", []), ("Harbour Growers' Collective", "organization", [])]),
    ("The chairman of the Northern Miners' Assembly (NMA), Ann Lowe, said pay fell. The NMA would strike.",
     [("Ann Lowe", "person", []), ("Northern Miners' Assembly", "organization", ["NMA"])]),
    ("The Kenyan Farmers' Union said the rains came late.", [("Kenyan Farmers' Union", "organization", [])]),
    # NEGATIVE: a person's possessive, or a common noun after the apostrophe, is no body's name
    ("Ann Lowe visited Tom Williams' Institute on Friday.", [("Ann Lowe", "person", []), ("Tom Williams", "person", [])]),
    ("The Farmers' Market opened on Sunday, Tom Reed said.", [("Tom Reed", "person", [])]),
    # NEGATIVE: more capitalised words after the head make the name a place's
    ("The Cane Growers' Annual Assembly Hall was full, Ann Lowe said.",
     [("Ann Lowe", "person", []), ("Cane Growers", "organization", [])]),
    ("The Kenyan National Assembly said pay fell.",
     [("Kenya", "country", []), ("Kenyan National Assembly", "organization", [])]),
    # a role word that is the object of the name's own 'of' or 'for' is the body's field, no post
    ("Tom Reed, a lecturer at the Baltic Institute of Criminal Justice, said so.",
     [("Baltic Institute of Criminal Justice", "organization", []), ("Tom Reed", "person", [])]),
    ("The Harbour Centre for Social Justice said rents rose.", [("Harbour Centre for Social Justice", "organization", [])]),
    ("The Office of Juvenile Justice said crime fell.", [("Office of Juvenile Justice", "organization", [])]),
    # NEGATIVE: a post after the body's name stays out of it
    ("The Supreme Court Justice said no.", [("Supreme Court", "organization", [])]),
    ("The Coast Guard Commandant said the ship sank.", [("Coast Guard", "organization", [])]),
    ("Interest rates will rise, said the Bank of England Governor.", [("Bank of England", "organization", [])]),
    # a short form of the openings of the name's words is its acronym; 'on' links like 'of'
    # (the acronym is one state's regulator, NATIONAL_STATE_BODIES: its state is its affiliation)
    ("The Office of Communications (Ofcom) fined the broadcaster. Ofcom said the fine was fair.",
     [("Office of Communications", "organization", ["Ofcom"]), ("United Kingdom", "country", [])]),
    ("The Commission on Tariffs (Comtar) raised rates. Comtar said costs rose.",
     [("Commission on Tariffs", "organization", ["Comtar"])]),
    # NEGATIVE: a word that does not spell every word's opening is another name
    ("The Harbour Energy Board (Harbour) said prices rose. Harbour said more.",
     [("Harbour", "person", []), ("Harbour Energy Board", "organization", [])]),
    ("The Treaty on Open Skies was signed in 1992, Ann Lowe said.", [("Ann Lowe", "person", [])]),
    # a body's name the recogniser split at an 'and' it left out, between two fields, is one name
    ("The Senate Rural Affairs and Fisheries Committee met.",
     [("Senate Rural Affairs and Fisheries Committee", "organization", [])]),
    ("The Assembly Labour and Welfare Committee approved the plan on Monday.",
     [("Assembly Labour and Welfare Committee", "organization", [])]),
    # NEGATIVE: two bodies, or a firm and a body, stay two
    ("Officials from the Harbour Board and City Council met.",
     [("City Council", "organization", []), ("Harbour Board", "organization", [])]),
    ("The Kessa Metals and Rio Bank deal was signed, Ann Lowe said.",
     [("Ann Lowe", "person", []), ("Rio Bank", "organization", [])]),
    # NEGATIVE: a first part that is a whole name already (its own 'of') is a body of its own
    ("The Office for Ports and Harbour Board met on Monday.",
     [("Harbour Board", "organization", []), ("Office for Ports", "organization", [])]),
])
def test_short_forms_within_an_article(text, expected):
    result = extract(text)
    assert sorted((m.name, m.type, sorted(m.aliases)) for m in result.mentions if m.type != "group") == expected


def test_a_capital_that_speaks_stands_for_its_country():
    assert records("Beijing said the ruling was void.") == [("China", "country", None, None)]


def test_a_lone_word_taken_for_a_person_is_an_actor_only_with_some_evidence():
    """'Brexit' read as a person (no title, no full name, no role, no statement) is dropped;
    a lone word that speaks stays, as the body it then most likely is."""
    from generator.model import ArticleExtraction, Mention, RawPosition
    said = RawPosition(speaker="Holm", cue="said", text="no", direct=False, sentence="Holm said no.",
                       sentence_index=0, start=10, end=12, actor="Holm")
    extraction = ArticleExtraction(
        article="art-0", sentences=["Holm said no."], paragraphs=[0],
        mentions=[Mention(key="Brexit", name="Brexit", type="person", count=2),
                  Mention(key="Holm", name="Holm", type="person", count=1)],
        positions=[said], figures=[])
    briefing = resolve([extraction])
    assert [(a.name, a.type) for a in briefing.actors] == [("Holm", "organization")]
    assert [p.actor for p in briefing.positions] == ["holm"]


@pytest.mark.parametrize("text, expected", [
    # the article's main bearer of a surname takes the bare surname; the lesser one is named in full
    ("President John Carter spoke first. John Carter then left with Mary Carter. Carter said he was tired.", [("John Carter", "person", "President", None), ("Mary Carter", "person", None, None)]),
    # neither is the main one: the bare surname stays apart
    ("Tom Reed and Ann Reed spoke at the rally. Reed said the plan would fail.", [("Ann Reed", "person", None, None), ("Reed", "person", None, None), ("Tom Reed", "person", None, None)]),
])
def test_a_surname_two_people_share(text, expected):
    assert records(text) == expected


def test_an_opinion_in_a_copula_is_no_role():
    assert records("Tom Reed is an ambitious but not very well-informed man, Ann Lowe said.") == [
        ("Ann Lowe", "person", None, None), ("Tom Reed", "person", None, None)]


def test_an_unnamed_collective_is_never_one_actor_across_articles():
    actors = briefing(("Critics said the plan would fail, the mayor said.", None),
                      ("Critics said the tax was unfair, the governor said.", None))
    assert sorted(a.articles for a in actors if a.type == "group") == [["art-0"], ["art-1"]]


def test_a_generic_word_of_a_bodys_name_is_not_that_body():
    extraction = extract("The House Intelligence Committee met on Monday. "
                         "The House voted on Friday, said Ann Lowe, the Speaker of the House.")
    bodies = sorted((m.name, m.aliases) for m in extraction.mentions if m.type == "organization")
    assert bodies == [("House", []), ("House Intelligence Committee", [])]


def test_an_unowned_body_joins_the_one_of_its_owners_its_article_leads_with():
    actors = briefing(("Britain said so. Britain will pay. Parliament will vote, Ann Lowe said.", None),
                      ("Germany said so. Germany will pay. Parliament will vote, Eva Berg said.", None),
                      ("Britain and France signed the deal. Parliament will vote, Tom Reed said.", None))
    assert sorted((a.articles, a.affiliation) for a in actors if a.name == "Parliament") == [
        (["art-0", "art-2"], "united-kingdom"), (["art-1"], "germany")]


# ---- names and merges (round 7) --------------------------------------------------------------

NAME_MERGES = [
    # a writer's bracketed gloss in a quotation is no part of the name mentioned: the surname joins
    # the one person of that surname the briefing names in full
    ([("President Omar al-Haddad said the war was over.", None),
      ('"The rebels will side with [Omer al] Haddad now," Tom Reed said.', None)],
     [("Omar al-Haddad", "person", ["art-0", "art-1"]), ("Tom Reed", "person", ["art-1"])]),
    # nothing to join: the surname alone, unknown elsewhere, is no actor
    ([("Tom Reed said the rebels would side with [Omer al] Haddad now.", None)],
     [("Tom Reed", "person", ["art-0"])]),
    # a spelling of a spokesman's surname one vowel apart, speaking after a quotation, is the
    # spokesman, in one article; a word described as someone else stays another person
    ([('Navy spokesman Omar Rashed said the drones hit the plant. "We will strike again," Rashid said.', None)],
     [("Navy", "organization", ["art-0"]), ("Omar Rashed", "person", ["art-0"])]),
    ([("Ann Lowe met Peter Hanson. Hansen, the coach, said the talks went well.", None)],
     [("Ann Lowe", "person", ["art-0"]), ("Hansen", "person", ["art-0"]), ("Peter Hanson", "person", ["art-0"])]),
]


@pytest.mark.parametrize("articles, expected", NAME_MERGES)
def test_names_join_on_the_words_mentioned(articles, expected):
    assert people_and_bodies(briefing(*articles)) == expected


NOT_ACTORS_BY_THEIR_USE = [
    # a university named only where a debate is held, however the parser hangs the 'at'
    ("Many pundits expect Lowe to carry Tuesday's debate, the opening one of the race, at Corran University "
     "on Long Island.", [("Lowe", "person")]),
    # its staff's university stays ('a professor at X'), as does one that acts
    ("The debate between Ann Lowe and Tom Reed, a professor at Corran University, was lively.",
     [("Ann Lowe", "person"), ("Corran University", "organization"), ("Tom Reed", "person")]),
    ("A debate on the bill, which Corran University opposed, was held on Monday.",
     [("Corran University", "organization")]),
    # a country that only owns an election or an economy is its setting
    ("A left-leaning contender took the largest share in the opening ballot of Austria's mayoral election, Tom Reed "
     "said.", [("Tom Reed", "person")]),
    # one that owns a government, or also speaks, is an actor
    ("Austria's government said the vote was fair.", [("Austria", "country")]),
    ("Peru's economy grew, and Peru said it would cut taxes.", [("Peru", "country")]),
    # a nationality word stands for its country only through the state's voice it qualifies
    ("A Turkish journalist said the plan failed.", []),
    ("Polish and Ukrainian Americans make up 5% of the county, Tom Reed said.", [("Tom Reed", "person")]),
    ("Ukrainians voted against the plan, Tom Reed said.", [("Tom Reed", "person")]),
    ("Turkish officials said the plan failed.", [("Turkey", "country")]),
    ("Turkish troops crossed the border.", [("Turkey", "country")]),
    ("Turkish prosecutors charged Tom Reed.", [("Tom Reed", "person"), ("Turkey", "country")]),
    ("Turkish intelligence said the plan failed.", [("Turkey", "country")]),
    ("Turkish regulators fined the Harbour Bank.", [("Harbour Bank", "organization"), ("Turkey", "country")]),
    ("The Turkish foreign minister said the plan failed.", [("Turkey", "country")]),
    ("US officials said the plan failed.", [("United States", "country")]),
    ("Britain voted against the plan.", [("United Kingdom", "country")]),
    # a region named only to say whose office a title is does nothing: its officers are its state's
    ("Eastshire's governor said the roads were shut.", []),
    ("Omsk's governor said the roads were shut, and Russia sent troops.", [("Russia", "country")]),
    # (not a state, nor a region that acts, nor a region whose officer would be left with no state)
    ("Georgia's president said the roads were shut.", [("Georgia", "country")]),
    ("Peru's president said the roads were shut.", [("Peru", "country")]),
    ("Scotland voted to stay, and First Minister of Scotland Ann Lowe said so.", [("Ann Lowe", "person"), ("Scotland", "country")]),
    ("First Minister of Scotland Ann Lowe said the vote was wrong.", [("Ann Lowe", "person"), ("Scotland", "country")]),
    ("Mayor of London Ann Lowe said the march was big, and Britain agreed.", [("Ann Lowe", "person"), ("United Kingdom", "country")]),
    # a venue listed with common nouns of places is one of the places; one that speaks or has staff is a body
    ("Some museums, the City Aquarium and the courts have shut.", []),
    ("Tom Reed said some galleries, the Harbour Zoo, and tax courts have closed.", [("Tom Reed", "person")]),
    ("On Monday some museums, the Harbour Zoo and the courts shut.", []),
    ("The City Aquarium and other museums said they would close.", [("City Aquarium", "organization")]),
    ("The City Aquarium has shut, Tom Reed said.", [("City Aquarium", "organization"), ("Tom Reed", "person")]),
    ("Schools, the City Aquarium and hospitals have shut. A spokesman for the City Aquarium said it would reopen.",
     [("City Aquarium", "organization")]),
    ("Unions, the Harbour Party and employers have shut the port.", [("Harbour Party", "organization")]),
    ("The Harbour Museum, schools and hospitals signed the letter.", [("Harbour Museum", "organization")]),
    ("Museums, the Harbour Museum and libraries joined the strike, Tom Reed said.",
     [("Harbour Museum", "organization"), ("Tom Reed", "person")]),
    # two unknown capitals only inside a quoted post are the writer's shorthand; outside quotes, or acting, a body
    ('Ann Lowe also attacked the move in a post. "The WH note this evening about the strike once Tom Reed met '
     'the miners shows a total failure of insight."', [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ("Ann Lowe said the WH statement demonstrates a lack of understanding.", [("Ann Lowe", "person"), ("WH", "organization")]),
    ('"The ZK statement shows a lack of care," Tom Reed said. The ZK said it disagreed.',
     [("Tom Reed", "person"), ("ZK", "organization")]),
    # a name only in the words of a sign, banner or placard is no actor; in quoted speech beside one it is
    ('Thousands marched on Saturday.\n\n"Where is Tom Reed? Ann Lowe for PM" sign. Image: Sam Hollis.', []),
    ('Marchers carried a sign reading "Ann Lowe for PM" through the town.', []),
    ('Marchers carried signs: "Ann Lowe for PM". Tom Reed said so.', [("Tom Reed", "person")]),
    ('Marchers carried signs. "Ann Lowe is our hope," Tom Reed said.', [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ('Tom Reed saw the banners, "Ann Lowe will win," he said.', [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    ('Ann Lowe held a banner reading "Tom Reed out". Tom Reed said she was wrong.', [("Ann Lowe", "person"), ("Tom Reed", "person")]),
    # a body named after storms, or with a common noun after the storm's word, stays
    ("The Storm Prediction Center said tornadoes were likely.", [("Storm Prediction Center", "organization")]),
    ("The Tornado Relief Fund said it had raised $2 million.", [("Tornado Relief Fund", "organization")]),
    ("Hurricane Energy said its output fell by 10 percent.", [("Hurricane Energy", "organization")]),
    ("Tempest Capital said it would buy the mine.", [("Tempest Capital", "organization")]),
    ("Tom Storm, the club's manager, said the team would recover.", [("Tom Storm", "person")]),
    # a kind of storm before a given name, or a word no dictionary has, is a weather event
    ("Hurricane Dolores made landfall near the port, the National Hurricane Center said. Dolores weakened overnight.",
     [("National Hurricane Center", "organization")]),
    ("Cyclone Ravi flattened homes, and Governor Ann Lowe said Ravi was the worst storm in decades.",
     [("Ann Lowe", "person")]),
    ("Super Typhoon Hagibis battered the island, and Hagibis cut power to 9,000 homes, Tom Reed said.",
     [("Tom Reed", "person")]),
    ("Tropical Storm Berta weakened over land, Ann Lowe said.", [("Ann Lowe", "person")]),
    ("Storm Darragh brought down trees across Wales, the Met Office said.",
     [("Met Office", "organization"), ("United Kingdom", "country")]),   # (the Met Office's state, its affiliation)
    # a legislature or a court named only where something is said, told or brought is the venue
    ('Speaking in Parliament, the finance minister Tom Reed said the levy would rise.',
     [('Tom Reed', 'person')]),
    ('In the Harbour Assembly, opposition leader Ann Lowe said the budget was a fraud.',
     [('Ann Lowe', 'person')]),
    ('Harbour Bank plans to appeal to the Corran High Court.',
     [('Harbour Bank', 'organization')]),
    ('Tom Reed told Parliament that the levy would rise.',
     [('Tom Reed', 'person')]),
    # (not where it acts, is described as acting, is written again where the recogniser missed it, or has seats)
    ('Parliament voted to approve the levy, Tom Reed said.',
     [('Parliament', 'organization'), ('Tom Reed', 'person')]),
    ('Harbour Bank plans to appeal to the Corran High Court, which threw out the case in May.',
     [('Corran High Court', 'organization'), ('Harbour Bank', 'organization')]),
    ('Harbour Bank plans to appeal to the Corran High Court. The Corran High Court later ruled against it.',
     [('Corran High Court', 'organization'), ('Harbour Bank', 'organization')]),
    ('Tom Reed told the Harbour Assembly that the levy was fair, and the Harbour Assembly voted for it.',
     [('Harbour Assembly', 'organization'), ('Tom Reed', 'person')]),
    ('The Harbour Party, which has 12 of the 200 seats in the National Assembly, backed the motion.',
     [('Harbour Party', 'organization'), ('National Assembly', 'organization')]),
    # a centre named only where a briefing is held is a building; one that speaks is a body
    ('The governor held a briefing at the Regional Flood Response Centre on Monday, Tom Reed said.',
     [('Tom Reed', 'person')]),
    ('The Regional Flood Response Centre said the river would peak on Friday.',
     [('Regional Flood Response Centre', 'organization')]),
    # (nor one the article writes more often than the recogniser found it: a missed use may act)
    ('At a conference at the Pew Research Center, Pew Research Center scientists presented a survey.',
     [('Pew Research Center', 'organization')]),
    # a law's or a regulation's defined acronym names the law, whatever the recogniser takes it for
    ('The Corran Online Harms Act (COHA) came into force in May. Under the COHA, fines can reach 6%, Tom Reed said.',
     [('Tom Reed', 'person')]),
    ('Tom Reed said the Coastal Fisheries Regulation (CFR) was too strict. The CFR bans trawling near the shore.',
     [('Tom Reed', 'person')]),
    ('Harbour Bank breached the Data Safety Directive (DSD), Ann Lowe said. The DSD sets fines.',
     [('Ann Lowe', 'person'), ('Harbour Bank', 'organization')]),
    # (a body's acronym stays)
    ('The Corran Online Harms Authority (COHA) said fines would rise.',
     [('Corran Online Harms Authority', 'organization')]),
    ('The Coastal Fisheries Board (CFB) said trawling was banned. The CFB warned boats.',
     [('Coastal Fisheries Board', 'organization')]),
    # a market index that rises, falls or closes is a price; a body's index of prices is the body's figure
    ("Harbour Bank's shares rose 4%, while the HBX index closed 0.6% higher.",
     [('Harbour Bank', 'organization')]),
    ('The broad KMX index slipped 1.5% after the central bank raised rates, Ann Lowe said.',
     [('Ann Lowe', 'person')]),
    ('The Corran Composite index fell 2% on Monday, Tom Reed said.',
     [('Tom Reed', 'person')]),
    ('A Harbour Bank index of house prices showed a 3% rise, Tom Reed said.',
     [('Harbour Bank', 'organization'), ('Tom Reed', 'person')]),
    ('The Harbour Bank index rose 2%, and Harbour Bank said it would cut rates.',
     [('Harbour Bank', 'organization')]),
    # a village taken for a person, named only as where things are or as a ward, is a place
    ('Tom Reed said the farm would be built north of Little Kendrick.',
     [('Tom Reed', 'person')]),
    ('Ann Lowe, who represents Marsden ward, opposed the farm.',
     [('Ann Lowe', 'person')]),
    ('The farm near Little Kendrick was approved. Ann Lowe, who represents Kendrick ward, opposed it.',
     [('Ann Lowe', 'person')]),
    # (a person of such a name who speaks or is met stays)
    ('Little Kendrick, the poet, said the farm would be built north of the village.',
     [('Little Kendrick', 'person')]),
    ('Tom Reed met Little Kendrick in Harbury.',
     [('Little Kendrick', 'person'), ('Tom Reed', 'person')]),
    # a member's constituency after the party's label in brackets is no actor, unless it acts elsewhere
    ('Senator Tom Reed (KDP, Corran North) called the bill a mistake.',
     [('Tom Reed', 'person')]),
    ('Cllr Jane Hollis (Green, Harbury) voted against the plan.',
     [('Jane Hollis', 'person')]),
    ('A spokesman for Tom Reed (left) said the farm was approved.',
     [('Tom Reed', 'person')]),
    # the main country only as a nationality of a member of a body of many states, or as owner of the office a named body holds
    ("French MEP Jean Morel said the fine was fair. France's digital regulator, Arcom, has 40 staff, he said.",
     [('Arcom', 'organization'), ('Jean Morel', 'person')]),
    ("Chile's banking regulator, the Harbour Financial Authority, fined Corran Bank, Tom Reed said.",
     [('Corran Bank', 'organization'), ('Harbour Financial Authority', 'organization'), ('Tom Reed', 'person')]),
    # (its government, or an office it holds with no name, acts for it)
    ('French MEP Jean Morel said national authorities were slow, and the French government agreed.',
     [('France', 'country'), ('Jean Morel', 'person')]),
    ("France's digital regulator said the fine was fair.",
     [('France', 'country')]),
    ("Russia's foreign minister, Ivan Petrov, said the talks failed.",
     [('Ivan Petrov', 'person'), ('Russia', 'country')]),
    # a body named only as the owner of a body of rules is no actor; one that speaks is
    ("Tom Reed said Harbour Bank broke the EU's privacy rulebook.",
     [('Harbour Bank', 'organization'), ('Tom Reed', 'person')]),
    ('Harbour Bank broke EU rules, Tom Reed said.',
     [('Harbour Bank', 'organization'), ('Tom Reed', 'person')]),
    ('The EU said its rules were strict, Tom Reed said.',
     [('European Union', 'organization'), ('Tom Reed', 'person')]),
    # (a rule-making noun with 'of' is the body's act of ruling: the body acts)
    ("The Harbour Banking Authority's regulation of lenders was criticised by Tom Reed.",
     [('Harbour Banking Authority', 'organization'), ('Tom Reed', 'person')]),
    # a people's or a region's adjective taken for a body's name, before a plural common noun, is no body
    ('"We expect that some Alpine valleys will lose their snow," Tom Reed said.',
     [('Tom Reed', 'person')]),
    ('Ann Lowe said some Alpine resorts had shut for good.',
     [('Ann Lowe', 'person')]),
    ('"We think some Alpine streams hold less water by late summer," Tom Reed said.',
     [('Tom Reed', 'person')]),
    # (a body of that name that speaks, a longer body's name, a well-known party's adjective stay)
    ('Alpine said its new car would race in May.',
     [('Alpine', 'organization')]),
    ('Alpine Aid Trust, a coalition of groups, said it would help.',
     [('Alpine Aid Trust', 'organization')]),
    ('Republican senators blocked the bill, Tom Reed said.',
     [('Republican Party', 'organization'), ('Tom Reed', 'person')]),
]


@pytest.mark.parametrize("text, expected", NOT_ACTORS_BY_THEIR_USE)
def test_names_that_are_only_settings_are_no_actors(text, expected):
    result = extract(text)
    assert sorted((m.name, m.type) for m in result.mentions if m.type != "group") == expected


@pytest.mark.parametrize("text, tagged, expected", [
    # NEGATIVE: a person's name the recogniser tags ends the title run ('Ann Roe adviser' is no title of Ben Ash's)
    ("Ann Roe adviser Ben Ash said no.", (0, 2), ["adviser"]),
    ("Ruth Kane spokesperson Ben Ash said no.", (0, 2), ["spokesperson"]),
    # an acronym the recogniser took for a person's name is no one's name: the title run goes on
    ("KRRMC spokesperson Ben Ash said no.", (0, 1), ["KRRMC", "spokesperson"]),
    ("The HWF general secretary Ben Ash said no.", (1, 2), ["HWF", "general", "secretary"]),
    ("Said the PDRC chairman Ben Ash: no.", (2, 3), ["PDRC", "chairman"]),
])
def test_an_acronym_taken_for_a_person_stays_in_the_title(text, tagged, expected):
    from spacy.tokens import Span
    from generator.extract.parse import load_nlp
    from generator.extract.titles import title_words
    doc = load_nlp()(text)
    name = next(i for i, t in enumerate(doc) if t.text == "Ben")
    doc.ents = [Span(doc, *tagged, label="PERSON"), Span(doc, name, name + 2, label="PERSON")]
    assert [t.text for t in title_words(doc, name)] == expected


@pytest.mark.parametrize("form, country", [
    ("Ivorian", "Ivory Coast"), ("New Zealander", "New Zealand"), ("Republic of Côte d'Ivoire", "Ivory Coast"),
    ("Salvadoran", "El Salvador"), ("Kyrgyz Republic", "Kyrgyzstan"),
    # NEGATIVE: ISO codes, one-word native names that are English words or names, a form of two
    # countries, a region's adjective
    ("IN", None), ("CAN", None), ("Island", None), ("Lao", None), ("Dominican", None), ("Central African", None),
])
def test_a_countrys_forms_from_the_package(form, country):
    known = canonical(form)
    assert (known[0] if known else None) == country
