"""A look-up for material about a topic is answered only by a subsection that has the topic (helper typo15).

«Har dere noen brosjyre om voldsalarm?» got a confident answer about KUN's brochure on immigration law:
«brosjyre» outweighed the topic, which the guide names only under the police's measures. Brochures on
things the guide never mentions («strømsparing», «parkering») got the same answer. The phrasings are
written for these tests, apart from the guide's example questions and the bench sets.
"""

from bot.guide.medium import material_topic
from bot.guide.search import ANSWER

KUN = "under-oppholdet-botilbudet/oppholdsstatus-i-norge/informasjon-om-utlendingsrett-og-vold-i-naere-relasjoner"
POLICE = "under-oppholdet-botilbudet/arbeid-med-sikkerhet/sikkerhetstiltak-i-regi-av-politiet-eller-domstolene"


def test_the_topic_of_a_material_look_up():
    assert material_topic("Har dere noen brosjyre om voldsalarm?") == "voldsalarm"
    assert material_topic("finnes det info til nye beboere") == "nye beboere"
    assert material_topic("hvordan lager vi en sikkerhetsplan") is None
    # a long question: the words after «informasjon om» are seldom its whole topic
    assert material_topic("Vi skal lage ny brosjyre om krisesenteret. Hvilke språk bør vi ha den på, og "
                          "hvordan viser vi at tilbudet er for alle?") is None


def test_a_brochure_on_a_topic_the_first_hit_lacks_is_no_confident_answer(search):
    for text in ("Har dere noen brosjyre om voldsalarm?", "har dere en brosjyre om strømsparing",
                 "finnes det en brosjyre om parkering ved senteret"):
        result = search.search(text)
        assert not (result.decision == ANSWER and result.hits[0].entry.id == KUN), text
    result = search.search("Har dere noen brosjyre om voldsalarm?")
    assert POLICE in [h.entry.id for h in result.hits]


def test_a_brochure_on_the_first_hit_s_topic_is_still_answered(search):
    for text in ("har dere brosjyren om utlendingsrett og vold", "har dere en brosjyre om utlendingsrett"):
        result = search.search(text)
        assert result.decision == ANSWER and result.hits[0].entry.id == KUN, text
