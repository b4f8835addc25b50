"""Reading answers, round 13 (issue 14): a fresh sweep over every question of both dialogues, written before the
reader code was read (/work/notes/dialogue10-sweep), as regression tests. What it found, by cause:

- a «men» tail about someone other than the one asked about keeps the no: «nei, men han har hund» to «has she
  pets?» when «han» can only be the perpetrator; «nei, men hun har en katt selv» to «has the perpetrator
  animals?»; «nei, men naboen har sett det» to «have the children seen it?»;
- a tail that wishes or misses asserts nothing («men hun vil gjerne ha katt», «men hun savner katten»), nor one
  that tells what was, to a question about now («ikke nå, men hun hadde katt før»);
- the question's own word said back before the answer: «politiet? nei», «kvelertak nei, men han har slått»;
- corrections after a dash or named as a slip: «nei – jo, en undulat», «to – nei, tre», «nei, skrivefeil: ja»;
- a named third party not knowing is a fact, not «vet ikke»: «nei, familien vet ingenting» (no support);
- one perpetrator stays one when a «men» tail only says who knows: «én, men familien vet om det».

Expected values: True/False stored; "U" stored as not known / declined / skipped; "H" asked again; "N?" no or
asked again; an int, a list of codes (any order), a choice code, or "TEXT" (the free text as written).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.dialogue import parse
from bot.dialogue.parse import Parsed
from bot.dialogue.safety_mapping import SAFETY_DIALOGUE as SM
from bot.dialogue.triage import TRIAGE_DIALOGUE as FC
from tests.reading import FC_SLOT, SM_SLOT, read

F, S = FC, SM

CASES = [
    (F, 'acute_danger', 'nei ikke nå, han er på jobb til kvelden', False, None),
    (F, 'acute_danger', 'nei. hun er trygg her på senteret', False, None),
    (F, 'acute_danger', 'ja!! han står utenfor døra', True, None),
    (F, 'acute_danger', 'ikke akutt, men hun er veldig redd', False, None),
    (F, 'acute_danger', 'nope, trygt', False, None),
    (F, 'acute_danger', 'det spurte jeg ikke om', 'U', None),
    (F, 'acute_danger', 'nei vent, jo – han har truet med å komme hit i kveld', True, None),
    (F, 'acute_danger', 'kanskje, han har sendt trusler i dag', 'H', None),
    (F, 'acute_danger', 'no immediate danger, she is safe now', False, None),
    (F, 'acute_danger', 'ho er ikkje i fare no', False, None),
    (F, 'acute_danger', 'nei, akutt fare er det ikke', False, None),
    (F, 'acute_danger', 'ja han har kniv og er på vei', True, None),
    (F, 'acute_danger', 'neii', False, None),
    (F, 'acute_danger', 'nei, men hun er redd for i morgen', False, None),
    (F, 'acute_danger', 'ikke akkurat nå', False, None),
    (F, 'acute_danger', 'fikk ikke spurt, hun la på', 'U', None),
    (F, 'interpreter_needed', 'nei, hun snakker godt norsk', False, None),
    (F, 'interpreter_needed', 'ja, tigrinja', True, None),
    (F, 'interpreter_needed', 'trenger tolk på dari', True, None),
    (F, 'interpreter_needed', 'nei, men hun foretrekker engelsk', False, None),
    (F, 'interpreter_needed', 'ikke nødvendig, hun er født her', False, None),
    (F, 'interpreter_needed', 'ja takk, polsk', True, None),
    (F, 'interpreter_needed', 'nei trengs ikke', False, None),
    (F, 'interpreter_needed', 'she speaks english fine, no interpreter', False, None),
    (F, 'interpreter_needed', 'jo, arabisk tolk', True, None),
    (F, 'interpreter_needed', 'ikkje naudsynt', False, None),
    (F, 'interpreter_needed', 'tolk trengs ikke', False, None),
    (F, 'language', 'somali', 'somali', None),
    (F, 'language', 'hun snakker ukrainsk', 'ukrainsk', None),
    (F, 'language', 'thai', 'thai', None),
    (F, 'language', 'vil ikke si', 'U', None),
    (F, 'language', 'persisk', 'persisk', None),
    (F, 'language', 'vet ikke helt', 'U', None),
    (F, 'why_contact_now', 'han slo henne i går kveld', 'TEXT', None),
    (F, 'why_contact_now', 'hun ville ikke si noe om det', 'U', None),
    (F, 'why_contact_now', 'ikke spurt', 'U', None),
    (F, 'why_contact_now', 'trusler på sms hele helgen', 'TEXT', None),
    (F, 'why_contact_now', 'politiet anbefalte det', 'TEXT', None),
    (F, 'why_contact_now', 'ville ikkje seie', 'U', None),
    (F, 'perpetrator_relation', 'mannen', ['ektemann'], None),
    (F, 'perpetrator_relation', 'faren til barna', ['barnefar'], None),
    (F, 'perpetrator_relation', 'hun vil ikke si hvem', 'U', None),
    (F, 'perpetrator_relation', 'kjæresten', ['partner'], None),
    (F, 'perpetrator_relation', 'broren hennes', ['bror'], None),
    (F, 'perpetrator_relation', 'sin egen sønn', ['sonn'], None),
    (F, 'perpetrator_relation', 'the ex-husband', ['eksmann'], None),
    (F, 'perpetrator_relation', 'tidligere mann', ['eksmann'], None),
    (F, 'perpetrator_relation', 'nei altså, ikke mannen, det er broren', ['bror'], None),
    (F, 'perpetrator_relation', 'mora', ['mor'], None),
    (F, 'perpetrator_relation', 'ekskona', ['ekskone'], None),
    (F, 'violence_forms', 'slår henne og tar alle pengene', ['fysisk', 'okonomisk'], None),
    (F, 'violence_forms', 'psykisk mest, kaller henne ting', ['psykisk'], None),
    (F, 'violence_forms', 'vil ikke si', 'U', None),
    (F, 'violence_forms', 'han voldtok henne', ['seksuell'], None),
    (F, 'violence_forms', 'knuser ting hjemme', ['materiell'], None),
    (F, 'violence_forms', 'ikke fysisk, bare trusler', ['psykisk'], None),
    (F, 'escalated', 'ja, mye oftere nå', True, None),
    (F, 'escalated', 'nei, det har vært likt lenge', False, None),
    (F, 'escalated', 'verre, ja', True, None),
    (F, 'escalated', 'vet ikke, hun ble usikker', 'U', None),
    (F, 'escalated', 'ikke verre, men oftere', True, None),
    (F, 'escalated', 'nei, men han drikker mer', False, None),
    (F, 'escalated', 'har ikke kommet inn på det', 'U', None),
    (F, 'escalated', 'det har blitt verre siden sommeren', True, None),
    (F, 'escalated', 'nei det har roet seg', False, None),
    (F, 'escalated', "it's gotten worse", True, None),
    (F, 'escalated', 'volden har ikke blitt verre', False, None),
    (F, 'perpetrator_knows', 'nei, han tror hun er hos søsteren', False, None),
    (F, 'perpetrator_knows', 'ja, han fulgte henne hit', True, None),
    (F, 'perpetrator_knows', 'nei, og det må han ikke få vite', False, None),
    (F, 'perpetrator_knows', 'antakelig, han sporer telefonen', 'H', None),
    (F, 'perpetrator_knows', 'nei, men han mistenker noe', 'N?', None),
    (F, 'perpetrator_knows', 'det vet vi ikke', 'U', None),
    (F, 'perpetrator_knows', "he doesn't know", False, {'perpetrator_relation': ['eksmann']}),
    (F, 'perpetrator_knows', 'han veit ikkje', False, {'perpetrator_relation': ['eksmann']}),
    (F, 'perpetrator_knows', 'nei, skrivefeil: ja han vet', True, None),
    (F, 'police_aware', 'ja, anmeldt i fjor', True, None),
    (F, 'police_aware', 'nei, hun har aldri meldt det', False, None),
    (F, 'police_aware', 'politiet har vært der to ganger', True, None),
    (F, 'police_aware', 'nei, men hun vurderer å anmelde', False, None),
    (F, 'police_aware', 'de vet om en episode fra 2022', True, None),
    (F, 'police_aware', 'nei aldri', False, None),
    (F, 'police_aware', 'har ikke spurt om politi', 'U', None),
    (F, 'police_aware', 'ja dei veit', True, None),
    (F, 'police_aware', 'politiet kjenner ikke til det', False, None),
    (F, 'police_aware', 'jaa', True, None),
    (F, 'police_aware', 'dette tok vi ikke', 'U', None),
    (F, 'police_aware', 'nei, men legen vet', False, None),
    (F, 'children_count', 'tre', 3, None),
    (F, 'children_count', 'ingen barn', 0, None),
    (F, 'children_count', 'to, begge små', 2, None),
    (F, 'children_count', 'nei', 0, None),
    (F, 'children_count', 'fire barn, to av dem voksne', 4, None),
    (F, 'children_count', 'hun har en gutt', 1, None),
    (F, 'children_count', 'vil ikke oppgi', 'U', None),
    (F, 'children_count', 'to – nei, tre', 3, None),
    (F, 'children_count', 'one', 1, None),
    (F, 'children_count', 'tvillinger', 2, None),
    (F, 'children_count', 'fem', 5, None),
    (F, 'children_count', 'eitt barn', 1, None),
    (F, 'children_count', '3 barn', 3, None),
    (F, 'children_count', 'to barn og hun er gravid', 2, None),
    (F, 'children_count', 'ingen felles, men han har to fra før', 0, None),
    (F, 'children_count', 'tror tre, må sjekkes', 'H', None),
    (F, 'children_with_perpetrator', 'nei, de er her med henne', False, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'ja, hos faren', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'den minste er der', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'nei, men han har samvær neste helg', False, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'vet ikke hvor de er nå', 'U', {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'nei, de er hos mormor', False, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'yes, both are with him', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'ikkje no', False, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'ja – nei, feil, de er hos mormor', False, {'perpetrator_relation': ['eksmann']}),
    (F, 'feared_for_life', 'ja, flere ganger', True, None),
    (F, 'feared_for_life', 'nei, ikke for livet', False, None),
    (F, 'feared_for_life', 'nei, men hun er redd for at han tar barna', False, None),
    (F, 'feared_for_life', 'ja da han tok kvelertak', True, None),
    (F, 'feared_for_life', 'det har hun ikke sagt noe om', 'U', None),
    (F, 'feared_for_life', 'hun har vært livredd', True, None),
    (F, 'feared_for_life', 'nei ikkje for livet sitt', False, None),
    (F, 'feared_for_life', 'hun gråt bare, fikk ikke svar', 'U', None),
    (F, 'going_home', 'nei, hun blir her', False, None),
    (F, 'going_home', 'ja, hun vil hjem til barna', True, None),
    (F, 'going_home', 'hun vet ikke ennå', 'U', None),
    (F, 'going_home', 'nei absolutt ikke', False, None),
    (F, 'going_home', 'ønsker å bli på senteret', False, None),
    (F, 'going_home', 'hun drar hjem i morgen', True, None),
    (F, 'going_home', 'nei, men hun skal hente klær hjemme', False, None),
    (F, 'going_home', 'ho vil heim', True, None),
    (F, 'going_home', 'hu vil ikke hjem', False, None),
    (F, 'registration_consent', 'ja, samtykker', True, None),
    (F, 'registration_consent', 'nei, hun vil ikke ha noe registrert', False, None),
    (F, 'registration_consent', 'ja muntlig', True, None),
    (F, 'registration_consent', 'ikke spurt ennå', 'U', None),
    (F, 'registration_consent', 'yes she agreed', True, None),
    (F, 'registration_consent', 'nei takk', False, None),
    (F, 'registration_consent', 'hun ville tenke på det', 'U', None),
    (F, 'consent_form', 'skriftlig', 'skriftlig', None),
    (F, 'consent_form', 'muntlig, på telefon', 'muntlig', None),
    (F, 'consent_form', 'hun skrev under', 'skriftlig', None),
    (F, 'consent_form', 'sa ja muntlig', 'muntlig', None),
    (F, 'consent_form', 'verbally', 'muntlig', None),
    (F, 'contact_mode', 'ringte inn i natt', 'telefon', None),
    (F, 'contact_mode', 'politiet kom med henne', 'brakt_av_politiet', None),
    (F, 'contact_mode', 'hun sto på døra', 'oppmote', None),
    (F, 'contact_mode', 'barnevernet fulgte henne', 'brakt_av_annen_tjeneste', None),
    (F, 'contact_mode', 'legevakten sendte henne hit', 'brakt_av_annen_tjeneste', None),
    (F, 'contact_mode', 'walked in', 'oppmote', None),
    (F, 'help_needed', 'trenger et sted å sove i natt', ['botilbud'], None),
    (F, 'help_needed', 'bare samtaler', ['dagtilbud'], None),
    (F, 'help_needed', 'vet ikke enda', 'U', None),
    (F, 'help_needed', 'bo her noen dager', ['botilbud'], None),
    (S, 'what_happened', 'han dyttet henne ned trappa', 'TEXT', None),
    (S, 'what_happened', 'hun vil ikke gå i detaljer', 'U', None),
    (S, 'what_happened', 'ingen kommentar', 'U', None),
    (S, 'why_afraid', 'han har sagt han skal drepe henne', 'TEXT', None),
    (S, 'why_afraid', 'vet ikke', 'U', None),
    (S, 'why_afraid', 'han er uforutsigbar når han drikker', 'TEXT', None),
    (S, 'fear_if_going_home', 'at han slår igjen', 'TEXT', None),
    (S, 'help_wanted', 'hjelp med bolig og advokat', 'TEXT', None),
    (S, 'worst_fear', 'at han dreper henne', 'TEXT', None),
    (S, 'worst_fear', 'orket ikke snakke mer om det', 'U', None),
    (S, 'worst_fear', 'ikke kommet så langt', 'U', None),
    (S, 'why_contact_now', 'naboen ringte politiet', 'TEXT', None),
    (S, 'feared_persons', 'eksmannen og svigerfar', ['eksmann', 'svigerfamilie'], None),
    (S, 'feared_persons', 'moren', ['mor'], None),
    (S, 'feared_persons', 'faren og onkelen', ['far', 'storfamilie'], None),
    (S, 'feared_persons', 'hun vil ikke navngi noen', 'U', None),
    (S, 'feared_persons', 'samboeren', ['partner'], None),
    (S, 'perpetrators', 'samme', ['eksmann'], {'feared_persons': ['eksmann']}),
    (S, 'perpetrators', 'samme som hun er redd for', ['eksmann'], {'feared_persons': ['eksmann']}),
    (S, 'perpetrators', 'eksmannen', ['eksmann'], {'feared_persons': ['eksmann']}),
    (S, 'perpetrators', 'vet ikke sikkert', 'U', {'feared_persons': ['eksmann']}),
    (S, 'perpetrators', 'det er faren', ['far'], {'feared_persons': ['eksmann']}),
    (S, 'several_perpetrators', 'bare én', False, None),
    (S, 'several_perpetrators', 'to stykker', True, None),
    (S, 'several_perpetrators', 'han alene', False, None),
    (S, 'several_perpetrators', 'hele familien', True, None),
    (S, 'several_perpetrators', 'én, men familien vet om det', False, None),
    (S, 'several_perpetrators', 'flere, både far og bror', True, None),
    (S, 'several_perpetrators', 'én. eller nei, to', True, None),
    (S, 'living_situation', 'bor med mannen', 'med_utover', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'alene', 'alene', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'hos en venninne', 'med_andre', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'sammen med ham', 'med_utover', {'feared_persons': ['ektemann']}),
    (S, 'living_situation', 'bur åleine', 'alene', {'feared_persons': ['ektemann']}),
    (S, 'children_count', 'ett', 1, None),
    (S, 'children_count', 'ingen', 0, None),
    (S, 'children_count', 'seks', 6, None),
    (S, 'children_count', 'hun har to jenter og en gutt', 3, None),
    (S, 'children_where', 'med henne her', ['med_personen'], {'feared_persons': ['eksmann']}),
    (S, 'children_where', 'hos eksmannen', ['hos_utover'], {'feared_persons': ['eksmann']}),
    (S, 'children_where', 'i barnehagen', ['hos_andre'], {'feared_persons': ['eksmann']}),
    (S, 'children_where', 'hos bestemor', ['hos_andre'], {'feared_persons': ['eksmann']}),
    (S, 'children_where', 'vet ikke', 'U', {'feared_persons': ['eksmann']}),
    (S, 'pets', 'nei', False, None),
    (S, 'pets', 'ja, en katt', True, None),
    (S, 'pets', 'nei, men han har hund', False, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'nei, men naboen har hund', False, None),
    (S, 'pets', 'to hunder', True, None),
    (S, 'pets', 'ingen dyr', False, None),
    (S, 'pets', 'nei, men hun savner katten hun hadde', False, None),
    (S, 'pets', 'nei – jo, en undulat', True, None),
    (S, 'pets', 'ja, men de er hos eksen', True, None),
    (S, 'pets', 'nei, bare barn', False, None),
    (S, 'pets', 'dyr? nei ingen', False, None),
    (S, 'pets', 'ja, nei unnskyld, ingen dyr', False, None),
    (S, 'pets', 'nei, men eksen har en hund', False, None),
    (S, 'pets', 'nei, men hun vil gjerne ha katt', False, None),
    (S, 'pets', 'nei, men hun har hest på en gård', True, None),
    (S, 'previous_shelter', 'ja, i 2019', True, None),
    (S, 'previous_shelter', 'nei, første gang', False, None),
    (S, 'previous_shelter', 'første gang hun tar kontakt', False, None),
    (S, 'previous_shelter', 'nei, men hun har vært hos familievernkontoret', False, None),
    (S, 'previous_shelter', 'har vært på et annet krisesenter før', True, None),
    (S, 'previous_shelter', 'first time', False, None),
    (S, 'perpetrator_knows', 'nei han aner ikke', False, None),
    (S, 'perpetrator_knows', 'ja han vet', True, None),
    (S, 'perpetrator_knows', 'tror ikke det', 'N?', None),
    (S, 'escalation', 'ja, hyppigere', True, None),
    (S, 'escalation', 'nei det er som før', False, None),
    (S, 'escalation', 'ja, hver dag nå', True, None),
    (S, 'escalation', 'nei, men den har vært grov lenge', False, None),
    (S, 'escalation', 'ja., verre', True, None),
    (S, 'violence_setting', 'bare når de er alene', 'bare_privat', None),
    (S, 'violence_setting', 'også foran barna', 'ogsa_med_andre', None),
    (S, 'violence_setting', 'han slår henne også når venner er der', 'ogsa_med_andre', None),
    (S, 'violence_setting', 'alltid bak lukkede dører', 'bare_privat', None),
    (S, 'violence_setting', 'vet ikke', 'U', None),
    (S, 'feared_for_life', 'ja', True, None),
    (S, 'feared_for_life', 'nei, men hun er redd for barna', False, None),
    (S, 'feared_for_life', 'ja, han sa han skulle ta livet av henne', True, None),
    (S, 'police_involved', 'ja, de kom på døra i vår', True, None),
    (S, 'police_involved', 'aldri', False, None),
    (S, 'police_involved', 'nei, men hun har snakket med fastlegen', False, None),
    (S, 'police_involved', 'politiet var der i går', True, None),
    (S, 'police_involved', 'no, never', False, None),
    (S, 'police_aware', 'nei, de vet ikke', False, None),
    (S, 'police_aware', 'ja', True, None),
    (S, 'police_aware', 'politiet? nei', False, None),
    (S, 'prior_reports', 'han er dømt for vold før', True, None),
    (S, 'prior_reports', 'nei, men han har sittet i fengsel for narkotika', True, None),
    (S, 'prior_reports', 'anmeldt, men henlagt', True, None),
    (S, 'prior_reports', 'nei ikke anmeldt', False, None),
    (S, 'prior_reports', 'ingen anelse', 'U', None),
    (S, 'prior_reports', 'dunno', 'U', None),
    (S, 'prior_reports', 'nei, men han har en dom for ran', True, None),
    (S, 'breached_restraining_order', 'ja, flere ganger', True, None),
    (S, 'breached_restraining_order', 'nei, han holder seg unna', False, None),
    (S, 'breached_restraining_order', 'han har ringt henne selv om han har kontaktforbud', True, None),
    (S, 'children_exposed', 'ja, de har sett det', True, {'children_count': 2}),
    (S, 'children_exposed', 'de har hørt det gjennom veggen', True, {'children_count': 2}),
    (S, 'children_exposed', 'nei, de sov', False, {'children_count': 2}),
    (S, 'children_exposed', 'vet ikke hva de har fått med seg', 'U', {'children_count': 2}),
    (S, 'children_exposed', 'barna har ikke sett noe', False, {'children_count': 2}),
    (S, 'children_exposed', 'nei, men de har merket stemningen', 'N?', {'children_count': 2}),
    (S, 'perpetrator_has_animals', 'ja, hunden er hos ham', True, None),
    (S, 'perpetrator_has_animals', 'nei', False, None),
    (S, 'perpetrator_has_animals', 'nei, hun tok med katten', False, None),
    (S, 'perpetrator_has_animals', 'nei, men hun har en katt selv', False, {'feared_persons': ['eksmann']}),
    (S, 'perpetrator_mental_health', 'ja, han er bipolar', True, None),
    (S, 'perpetrator_mental_health', 'hun mener han er psykisk syk', True, None),
    (S, 'perpetrator_mental_health', 'nei, ikke noe sånt', False, None),
    (S, 'weapon_access', 'ja, han er jeger', True, None),
    (S, 'weapon_access', 'nei, ingen våpen', False, None),
    (S, 'weapon_access', 'han har hagle i hytta', True, None),
    (S, 'weapon_access', 'nei, men han har truet med å skaffe seg', False, None),
    (S, 'weapon_access', 'det snakket vi ikke om', 'U', None),
    (S, 'weapon_access', 'rakk ikke', 'U', None),
    (S, 'weapon_access', 'nie', False, None),
    (S, 'weapon_access', 'he owns a gun', True, None),
    (S, 'weapon_access', 'nei, men han har en kniv han bærer på seg', True, None),
    (S, 'perpetrator_substance_use', 'ja, alltid full', True, None),
    (S, 'perpetrator_substance_use', 'nei, edru', False, None),
    (S, 'perpetrator_substance_use', 'noen ganger', True, None),
    (S, 'perpetrator_substance_use', 'stort sett når han har drukket', True, None),
    (S, 'family_supports_violence', 'ja, moren hans', True, None),
    (S, 'family_supports_violence', 'nei, familien vet ingenting', False, None),
    (S, 'family_supports_violence', 'svigermor heier på ham', True, None),
    (S, 'family_supports_violence', 'familien hans vet ikke om volden', False, None),
    (S, 'honour_related', 'ja, det handler om familiens ære', True, None),
    (S, 'honour_related', 'ikke æresrelatert', False, None),
    (S, 'honour_related', 'kan være det', 'H', None),
    (S, 'honour_related', 'hoppet over den', 'U', None),
    (S, 'ran_away_or_thrown_out', 'hun rømte i natt', 'romt', None),
    (S, 'ran_away_or_thrown_out', 'kastet ut av faren', 'kastet_ut', None),
    (S, 'ran_away_or_thrown_out', 'ingen av delene', 'ingen', None),
    (S, 'ran_away_or_thrown_out', 'han satte henne på gata', 'kastet_ut', None),
    (S, 'planned_travel_abroad', 'ja, til Pakistan i sommer', True, None),
    (S, 'planned_travel_abroad', 'nei', False, None),
    (S, 'planned_travel_abroad', 'de snakker om en ferie hjem til Somalia', True, None),
    (S, 'planned_travel_abroad', 'nei, men de var i Irak i fjor', False, None),
    (S, 'family_knows_contact', 'nei, ingen vet', False, None),
    (S, 'family_knows_contact', 'bare søsteren vet', True, None),
    (S, 'family_knows_contact', 'nei, og de må ikke få vite det', False, None),
    (S, 'family_knows_contact', 'only her mother knows', True, None),
    (S, 'control_areas', 'telefonen og pengene', ['telefon', 'penger'], None),
    (S, 'control_areas', 'klærne hennes og hvor hun går', ['klaer', 'bevegelse'], None),
    (S, 'punished_for_breaking_rules', 'ja, hun får juling', True, None),
    (S, 'punished_for_breaking_rules', 'nei', False, None),
    (S, 'control_stricter', 'ja, etter at hun fikk kjæreste', True, None),
    (S, 'control_stricter', 'nei, som før', False, None),
    (S, 'control_stricter', 'mye strengere nå', True, None),
    (S, 'marriage_planned', 'ja, til sommeren', True, None),
    (S, 'marriage_planned', 'nei ikke planlagt', False, None),
    (S, 'marriage_planned', 'familien har funnet en mann til henne', True, None),
    (S, 'marriage_planned', 'nei, men hun har kjæreste', False, None),
    (S, 'marriage_planned', 'hun ble stille da jeg spurte', 'U', None),
    (S, 'forced_marriage_risk', 'ja det frykter hun', True, None),
    (S, 'forced_marriage_risk', 'nei, hun skal ikke gifte seg', False, None),
    (S, 'threats_to_kill', 'ja, sa han skulle drepe henne', True, None),
    (S, 'threats_to_kill', 'nei, men han har truet med å ta barna', False, None),
    (S, 'threats_to_kill', 'han har truet med å ta sitt eget liv', True, None),
    (S, 'threats_to_kill', 'nei, men han truet med å drepe seg selv', True, None),
    (S, 'threats_to_kill', 'vet ikke, må følges opp', 'U', None),
    (S, 'strangulation', 'ja, tok henne rundt halsen', True, None),
    (S, 'strangulation', 'nei', False, None),
    (S, 'strangulation', 'ikke spurt om det', 'U', None),
    (S, 'strangulation', 'kvelertak nei, men han har slått', False, None),
    (S, 'sexual_violence', 'hun ville ikke svare på det', 'U', None),
    (S, 'sexual_violence', 'ja', True, None),
    (S, 'sexual_violence', 'nei, ikke det', False, None),
    (S, 'sexual_violence', "she didn't want to talk about it", 'U', None),
    (S, 'stalking_or_surveillance', 'ja, han har gps på bilen', True, None),
    (S, 'stalking_or_surveillance', 'han sjekker snapchat-kartet hennes', True, None),
    (S, 'stalking_or_surveillance', 'nei', False, None),
    (S, 'stalking_or_surveillance', 'nei, men han ringer mye', 'N?', None),
    (S, 'recent_separation', 'ja, hun flyttet ut for to uker siden', True, None),
    (S, 'recent_separation', 'nei, hun vil bli hos ham', False, None),
    (S, 'recent_separation', 'hun planlegger å gå', True, None),
    (S, 'recent_separation', 'nei, men hun har tenkt på det', 'N?', None),
    (S, 'weapon_access', 'våpen? nei', False, {'feared_persons': ['eksmann']}),
    (S, 'weapon_access', 'kniv, ja', True, {'feared_persons': ['eksmann']}),
    (S, 'police_involved', 'politi nei', False, {'feared_persons': ['eksmann']}),
    (S, 'sexual_violence', 'seksuell vold? ja dessverre', True, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'dyr: ingen', False, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'nei, men samboeren hennes har kaniner', False, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'nei, men han har to katter hjemme', False, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'nei, men hun drømmer om hund', False, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'nei, men hun passer naboens katt', 'N?', {'feared_persons': ['eksmann']}),
    (S, 'pets', 'ja, men eksen har tatt hunden', True, {'feared_persons': ['eksmann']}),
    (S, 'perpetrator_has_animals', 'nei, men hun har hund selv', False, {'feared_persons': ['eksmann']}),
    (S, 'perpetrator_has_animals', 'ja, han har to hunder', True, {'feared_persons': ['eksmann']}),
    (S, 'family_supports_violence', 'nei, foreldrene hans vet ikke om det', False, {'feared_persons': ['eksmann']}),
    (S, 'family_supports_violence', 'svigerfamilien vet ingenting', False, {'feared_persons': ['eksmann']}),
    (S, 'family_supports_violence', 'vet ikke', 'U', {'feared_persons': ['eksmann']}),
    (S, 'police_aware', 'politiet vet ingenting', False, {'feared_persons': ['eksmann']}),
    (S, 'children_count', 'tre – nei, fire', 4, None),
    (S, 'children_count', '2, eller nei 3', 3, None),
    (S, 'pets', 'ja - nei, ingen', False, {'feared_persons': ['eksmann']}),
    (F, 'acute_danger', 'nei – jo, han er på vei hit', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'going_home', 'ja, tastefeil, nei', False, None),
    (S, 'strangulation', 'nei - ja, en gang i fjor', True, {'feared_persons': ['eksmann']}),
    (S, 'several_perpetrators', 'en, men svigermor vet hva som skjer', False, {'feared_persons': ['eksmann']}),
    (S, 'several_perpetrators', 'bare han, men familien skjønner det', False, {'feared_persons': ['eksmann']}),
    (S, 'several_perpetrators', 'eksen alene', False, {'feared_persons': ['eksmann']}),
    (S, 'what_happened', 'ville ikke gå i detalj', 'U', None),
    (S, 'why_afraid', 'har ikke kommet dit', 'U', None),
    (S, 'feared_persons', 'vil ikke oppgi navn', 'U', None),
    (S, 'honour_related', 'hoppa over', 'U', {'feared_persons': ['eksmann']}),
    (S, 'control_stricter', 'ho vart stille då eg spurde', 'U', {'feared_persons': ['eksmann']}),
    (F, 'children_with_perpetrator', 'begge er der nå', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'children_with_perpetrator', 'nei, ingen er der', False, {'perpetrator_relation': ['eksmann']}),
    (S, 'breached_restraining_order', 'kom på døra selv om han har besøksforbud', True, {'feared_persons': ['eksmann']}),
    (S, 'perpetrator_substance_use', 'bare når han har drukket', True, {'feared_persons': ['eksmann']}),
    (S, 'threats_to_kill', 'truet med å ta livet sitt', True, {'feared_persons': ['eksmann']}),
    (S, 'marriage_planned', 'foreldrene har funnet en ektemann til henne', True, {'feared_persons': ['eksmann']}),
    (S, 'family_knows_contact', 'broren vet', True, {'feared_persons': ['eksmann']}),
    (S, 'family_knows_contact', 'nei, ingen i familien', False, {'feared_persons': ['eksmann']}),
    (S, 'ran_away_or_thrown_out', 'faren satte henne på døra', 'kastet_ut', {'feared_persons': ['eksmann']}),
    (S, 'weapon_access', 'nei, men hun har pepperspray selv', False, {'feared_persons': ['eksmann']}),
    (S, 'previous_shelter', 'nei, men hun savner venninna fra forrige bosted', False, {'feared_persons': ['eksmann']}),
    (S, 'escalation', 'nei, men hun vil gjerne at det tar slutt', False, {'feared_persons': ['eksmann']}),
    (S, 'recent_separation', 'nei, men hun ønsker seg ut', 'N?', {'feared_persons': ['eksmann']}),
    (S, 'control_stricter', 'kontroll? ja, verre nå', True, {'feared_persons': ['eksmann']}),
    (F, 'police_aware', 'politiet? ja, de har vært der', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'feared_for_life', 'liv? ja', True, {'perpetrator_relation': ['eksmann']}),
    (F, 'escalated', 'verre? nei', False, {'perpetrator_relation': ['eksmann']}),
    (S, 'feared_for_life', 'ikke nå, men hun hadde det sånn før', True, {'feared_persons': ['eksmann']}),
    (S, 'pets', 'ikke nå, men hun hadde katt før', False, {'feared_persons': ['eksmann']}),
    (S, 'weapon_access', 'ikke nå, men han hadde våpen før', 'N?', {'feared_persons': ['eksmann']}),
    (S, 'children_exposed', 'nei, men naboen har sett det', False, {'children_count': 2, 'feared_persons': ['eksmann']}),
    (S, 'threats_to_kill', 'nei, men han har truet naboen', 'N?', {'feared_persons': ['eksmann']}),
    (S, 'punished_for_breaking_rules', 'ja – nei, unnskyld, ikke det', False, {'feared_persons': ['eksmann']}),
    (F, 'interpreter_needed', 'tolk? ja, arabisk', True, None),
    (F, 'registration_consent', 'samtykke: ja', True, None),
    (F, 'registration_consent', 'nei – ja, muntlig', True, None),
    (S, 'police_aware', 'nei, men barnevernet vet', False, {'feared_persons': ['eksmann']}),
    (S, 'family_supports_violence', 'nei, men faren hans vet om det', False, {'feared_persons': ['eksmann']}),
]


def _ctx(dialogue: Any, ctx: dict[str, Any] | None) -> dict[str, Any]:
    slots = SM_SLOT if dialogue is SM else FC_SLOT
    return {slots.get(k, k): v for k, v in (ctx or {}).items()}


def _right(expected: Any, got: Parsed) -> bool:
    stored = got.ok and not got.unsure
    if expected in ("H", "N?"):
        return not stored or (expected == "N?" and got.value is False)
    if not stored:
        return False
    if expected == "U":
        return got.value in parse.UNANSWERED
    if expected == "TEXT":
        return isinstance(got.value, str) and got.value not in parse.UNANSWERED
    if isinstance(expected, list):
        return isinstance(got.value, list) and sorted(got.value) == sorted(expected)
    return got.value == expected and type(got.value) is type(expected)


@pytest.mark.parametrize("dialogue,key,text,expected,ctx", CASES,
                         ids=[f"{'FC' if c[0] is FC else 'SM'}-{c[1]}-{c[2]}" for c in CASES])
def test_sweep_13(dialogue, key, text, expected, ctx):
    got = read(dialogue, key, text, _ctx(dialogue, ctx))
    assert _right(expected, got), got


@pytest.mark.parametrize("text", ["nei, men han har hund", "nei, men eksen har to hunder"])
def test_the_perpetrators_animal_is_not_hers(text):
    got = read(SM, "pets", text, _ctx(SM, {"feared_persons": ["eksmann"]}))
    assert got.ok and got.value is False and not got.unsure


@pytest.mark.parametrize("text", ["nei, men ho har ein katt heime", "nei, men hun har hest på en gård"])
def test_her_own_animal_after_a_no_is_a_yes(text):
    got = read(SM, "pets", text, _ctx(SM, {"feared_persons": ["eksmann"]}))
    assert got.ok and got.value is True and not got.unsure


def test_herself_with_an_open_pronoun_is_read_back():
    got = read(SM, "perpetrator_has_animals", "nei, men hun har en katt selv")
    assert got.ok and got.unsure and got.value is False


def test_what_she_did_to_him_still_answers_a_question_about_him():
    got = read(SM, "prior_reports", "nei, men hun har anmeldt ham en gang", _ctx(SM, {"feared_persons": ["eksmann"]}))
    assert got.ok and got.value is True and not got.unsure


@pytest.mark.parametrize("text", ["nei, men han truet med å drepe seg selv",
                                  "nei, men han har truet med å ta livet av seg selv"])
def test_seg_selv_is_not_herself(text):
    got = read(SM, "threats_to_kill", text)
    assert got.ok and got.value is True and not got.unsure


def test_a_past_tail_still_answers_a_question_about_ever():
    got = read(SM, "feared_for_life", "ikke nå, men hun hadde det sånn før")
    assert got.ok and got.value is True


@pytest.mark.parametrize("key,now", [("pets", True), ("weapon_access", True), ("feared_for_life", False),
                                     ("previous_shelter", False), ("strangulation", False)])
def test_having_now_and_having_ever(key, now):
    question = SM.by_slot[SM_SLOT[key]]
    assert question.asks_now is now and question.asks_ever is not now


@pytest.mark.parametrize("key,text", [("weapon_access", "han nei"), ("weapon_access", "ikke nei"),
                                      ("weapon_access", "tror nei"), ("feared_for_life", "redd no")])
def test_no_echo_of_words_the_question_does_not_have(key, text):
    """Pronouns, negations and hedges are no echo; nor is a word before «no» (nynorsk «now»: «redd no»)."""
    question = SM.by_slot[SM_SLOT[key]]
    assert question._without_echo(parse.norm(text)) == parse.norm(text)


@pytest.mark.parametrize("text", ["det blir nok det", "det vil hun nok"])
def test_a_hedged_echo_is_read_back_not_asked_again(text):
    """The one re-ask of the dev transcripts (triage-h7-18, «det blir nok det» to «going home?»): now a hedge
    leaning yes, confirmed once instead of asked from the start."""
    got = read(FC, "going_home", text)
    assert got.ok and got.unsure and got.value is True
