"""Whole short articles in the styles of wire copy, features and live blogs (round 16):
who an epithet, a role or a pronoun stands for when the article swaps names for them."""

from __future__ import annotations

from .claims_helpers import one_claim

# -- "the 49-year-old": the one person the sentence before names ------------------------
RELEASE = (
    "MINSK, June 2 - Belarusian opposition activist Pavel Sevyarynets was freed on "
    "Monday after five years in prison, his supporters said.\n\n"
    "Sevyarynets, a writer and former youth leader, crossed into Lithuania at dawn. "
    '"I did not expect to see the sun today," the 49-year-old told reporters at the border.\n\n'
    "Speaking later in Vilnius, the 49-year-old said he would return to politics."
)


def test_an_age_epithet_is_the_one_person_the_sentence_before_names():
    assert one_claim(RELEASE, "see the sun").speaker == "Pavel Sevyarynets"


def test_an_age_epithet_used_twice_is_the_same_person():
    assert one_claim(RELEASE, "return to politics").speaker == "Pavel Sevyarynets"


def test_an_age_given_to_someone_unnamed_is_theirs():
    text = (
        "Police in Hrodna detained a 49-year-old man on Friday. Viktar Sidorau, a local "
        "councillor, called the arrest unlawful. The 49-year-old said he had done nothing."
    )
    assert one_claim(text, "done nothing").speaker == "the 49-year-old"  # (not Sidorau)


def test_an_age_epithet_after_a_sentence_naming_two_people_stays_unnamed():
    text = (
        "Ihar Losik and Andrei Aliaksandrau were moved to a prison in Hrodna. "
        '"We were not told why," the 34-year-old said in a letter.'
    )
    assert one_claim(text, "not told why").speaker == "the 34-year-old"


def test_an_age_epithet_after_a_sentence_relayed_by_an_agency_is_its_subject():
    text = (
        "Belarusian leader Alexander Lukashenko visited a tractor plant in Minsk on "
        "Friday, according to the state agency BelTA.\n\n"
        '"Nobody will close this factory," the 71-year-old told workers.'
    )
    assert one_claim(text, "close this factory").speaker == "Alexander Lukashenko"


# -- a person the article knows by a given name alone ---------------------------------
EXILE = (
    "Ihar, a 52-year-old engineer from Baranavichy who asked that his surname not be "
    "published, left Belarus in 2022 after police searched his flat.\n\n"
    '"They took my laptop and my son\'s drawings," he said. "I still do not know why."\n\n'
    "His neighbour, Siarhei Kozlov, was detained a week later. Kozlov's lawyer said he "
    "had been charged with insulting the president.\n\n"
    'Ihar now drives a delivery van in Gdansk. "It is honest work," he said.'
)


def test_he_after_a_man_introduced_by_his_given_name_alone_is_him():
    assert one_claim(EXILE, "my son's drawings").speaker == "Ihar"


def test_he_after_the_given_name_again_is_not_the_man_named_in_between():
    assert one_claim(EXILE, "honest work").speaker == "Ihar"


def test_she_is_the_woman_the_paragraph_is_about_not_the_one_quoted_before():
    text = (
        "Volha, 41, a nurse from Homiel who asked that her surname not be used, fled "
        "in 2021.\n\n"
        "Her former colleague, Natallia Bandarenka, said the hospital had fired six nurses. "
        '"Nobody was safe," Bandarenka said.\n\n'
        'Volha now cleans rooms in a hotel in Bialystok. "I wash the same sheets every '
        'day," she said.'
    )
    assert one_claim(text, "same sheets").speaker == "Volha"


def test_he_after_a_man_named_only_as_a_given_name_is_not_the_official_before():
    text = (
        "Lithuanian border guard spokesman Giedrius Misiutis said 300 trucks were waiting "
        "at Medininkai.\n\n"
        "One driver, who gave his name only as Maksim, had waited there for two days. "
        '"Nobody tells us anything," he said.'
    )
    assert one_claim(text, "Nobody tells us").speaker == "Maksim"


def test_a_given_name_that_only_speaks_may_be_a_surname_of_either_gender():
    text = (
        '"Wages have not moved in three years," Henry said. She added that the union '
        "would strike in May."
    )
    assert one_claim(text, "strike in May").speaker == "Henry"


# -- "the minister" with two ministers in the article: the one who spoke last ---------
FENCE = (
    "Latvian Defence Minister Andris Spruds said on Friday that Riga would build a second "
    "fence along the border with Belarus. Estonian Defence Minister Hanno Pevkur said "
    "Tallinn would send engineers to help.\n\n"
    "Spruds said the first fence had already cut crossings by half. Asked whether the army "
    "would patrol the border, the minister said soldiers were already there."
)


def test_the_minister_is_the_minister_whose_words_the_sentence_before_reported():
    assert one_claim(FENCE, "soldiers were already there").speaker == "Andris Spruds"


def test_the_minister_after_a_deputy_prime_minister_who_holds_a_ministry_is_him():
    text = (
        "Lithuania's foreign minister, Kestutis Budrys, said on Monday that Vilnius would "
        "expel two Belarusian diplomats.\n\n"
        "Deputy prime minister and economy minister Lukas Savickas added that trade with "
        "Belarus had fallen by half. The minister said no company had asked for help."
    )
    assert one_claim(text, "no company").speaker == "Lukas Savickas"


def test_the_minister_stays_unnamed_when_both_ministers_are_named_since():
    text = FENCE.replace(
        "Spruds said the first fence had already cut crossings by half.",
        "Spruds said the first fence had already cut crossings by half. Pevkur and Spruds "
        "then flew to Daugavpils.",
    )
    assert one_claim(text, "soldiers were already there").speaker is None


# -- the neighbours' given names tell the gender ---------------------------------------
def test_he_is_the_polish_minister_not_the_woman_named_before_him():
    text = (
        "Exiled opposition leader Sviatlana Tsikhanouskaya called for new sanctions. "
        "Polish deputy foreign minister Marcin Przydacz said Warsaw agreed. "
        '"We will not stop," he said.'
    )
    assert one_claim(text, "not stop").speaker == "Marcin Przydacz"


def test_she_is_the_lithuanian_minister_not_the_man_named_before_her():
    text = (
        "Belarusian Foreign Minister Maxim Ryzhenkov accused Vilnius of provocations. "
        "Lithuanian Interior Minister Agne Bilotaite rejected the claim on Tuesday. "
        '"Minsk sends the balloons, not us," she said.'
    )
    assert one_claim(text, "sends the balloons").speaker == "Agne Bilotaite"


# -- a body known by one word: "the group", "the statement" and "it" mean it ----------
DETENTIONS = (
    "Police in Homiel detained 30 people on Monday, the rights group Viasna said in a "
    "statement.\n\n"
    '"This is a new wave of fear," the statement said.\n\n'
    "Most of them were released after questioning, according to Viasna. Two remain in "
    "custody, the group said."
)


def test_the_group_is_the_one_word_body_the_article_called_a_group():
    assert one_claim(DETENTIONS, "Two remain").speaker == "Viasna"


def test_the_statement_is_the_statement_of_the_body_that_issued_it():
    assert one_claim(DETENTIONS, "new wave of fear").speaker == "Viasna"


def test_a_one_word_name_nobody_calls_a_body_is_no_group():
    text = (
        "Police in Homiel detained 30 people on Monday, Sidarenka said.\n\n"
        "Two remain in custody, the group said."
    )
    assert one_claim(text, "Two remain").speaker != "Sidarenka"


# -- an interview whose introduction names several people ------------------------------
COUNCIL = (
    "The Coordination Council has lost three members this year. Andrei Kavalchuk, who "
    "left in May, said it had become a club. Its chair, Anzhalika Melnikava, rejects "
    "that. We talked with Melnikava in Warsaw.\n\n"
    "Q: Is the council a club?\n\n"
    "A: No. A club chooses its members. Our members were elected.\n\n"
    "Q: Will you stand again?\n\n"
    "A: If people want me to, yes.\n"
)


def test_the_answers_are_the_guest_the_introduction_says_was_spoken_to():
    assert one_claim(COUNCIL, "A club chooses").speaker == "Anzhalika Melnikava"
    assert one_claim(COUNCIL, "If people want me").speaker == "Anzhalika Melnikava"


def test_an_outlet_spoken_to_does_not_unseat_the_one_person_named():
    text = COUNCIL.replace(
        "The Coordination Council has lost three members this year. Andrei Kavalchuk, who "
        "left in May, said it had become a club. Its chair, Anzhalika Melnikava, rejects "
        "that. We talked with Melnikava in Warsaw.",
        "Council member Andrei Kavalchuk spoke to Reuters in Warsaw.",
    )
    assert one_claim(text, "A club chooses").speaker == "Andrei Kavalchuk"


# -- two people share a surname: the one who spoke just before -------------------------
LOSIKS = (
    "Ihar Losik, a blogger, was sentenced to 15 years in 2021. His wife, Darya Losik, was "
    "jailed two years later for giving an interview to a foreign channel.\n\n"
    "In a letter passed to her lawyer, Darya Losik wrote that she was allowed one call a "
    "month.\n\n"
    '"I tell our daughter that her parents are travelling," Losik wrote. "She does not '
    'believe me any more."'
)


def test_a_shared_surname_is_the_namesake_whose_words_came_just_before():
    assert one_claim(LOSIKS, "our daughter").speaker == "Darya Losik"


def test_a_shared_surname_stays_unnamed_when_the_other_namesake_is_named_since():
    text = LOSIKS.replace(
        "a month.\n\n", "a month. Ihar Losik has not been allowed to write back.\n\n"
    )
    assert one_claim(text, "our daughter").speaker is None


# -- an epithet with a country or side after a speaker of another country --------------
RALLY = (
    "Belarus protests anniversary – live\n\n"
    "10:02 Several hundred people have gathered in Vilnius to mark five years since the "
    "2020 protests. Sviatlana Tsikhanouskaya is expected to speak at noon.\n\n"
    "11:15 Lithuanian Foreign Minister Kestutis Budrys said Lithuania would keep "
    'supporting Belarusian civil society. "Our doors stay open," he wrote on X.\n\n'
    '12:05 Tsikhanouskaya has taken the stage. "We did not lose. We are still here," the '
    "opposition leader told the crowd.\n"
)


def test_the_opposition_leader_after_a_foreign_minister_spoke_is_the_one_just_named():
    assert one_claim(RALLY, "We did not lose").speaker == "Sviatlana Tsikhanouskaya"


def test_the_belarusian_leader_after_a_polish_minister_spoke_is_lukashenko():
    text = (
        "Polish Interior Minister Tomasz Siemoniak said the border would stay shut.\n\n"
        'Alexander Lukashenko visited the Brest region on Friday. "They will open it '
        'themselves," the Belarusian leader said.'
    )
    assert one_claim(text, "open it themselves").speaker == "Alexander Lukashenko"


# -- a relative named by a given name alone; Belarusian women's names ----------------
NEIGHBOUR = (
    "Two years later Natallia Hershe is in Warsaw, and her neighbour, a retired teacher "
    "named Valiantsina Zhuk, is serving three years for a comment on a news site.\n\n"
    "Zhuk’s son, Mikhail, who lives in Riga, said his mother had been moved to a colony in "
    "Homiel in March. He has not been allowed to visit.\n\n"
    "“She tells me not to worry,” he said. “That is how I know she is not well.”"
)


def test_he_is_the_son_named_by_his_given_name_after_two_women():
    assert one_claim(NEIGHBOUR, "not to worry").speaker == "Mikhail"


def test_he_is_the_son_named_by_his_given_name_after_a_woman_of_known_gender():
    text = NEIGHBOUR.replace("Valiantsina Zhuk", "Alena Zhuk")
    assert one_claim(text, "not to worry").speaker == "Mikhail"


def test_she_is_the_woman_of_two_people_named_with_belarusian_given_names():
    text = (
        "Anzhalika Melnikava and Viachaslau Kasinerau both left the council in May.\n\n"
        '"Nobody listened to the regions," she said.'
    )
    assert one_claim(text, "Nobody listened").speaker == "Anzhalika Melnikava"


# -- "the Lithuanian leader": a head of state or government the article gave that country
def test_the_lithuanian_leader_is_the_lithuanian_president_who_just_spoke():
    text = (
        "Lithuanian President Gitanas Nauseda said on Friday that Vilnius would build the "
        'towers. "We will not wait for Brussels," the Lithuanian leader said.'
    )
    assert one_claim(text, "not wait for Brussels").speaker == "Gitanas Nauseda"


def test_the_belarusian_leader_is_not_the_belarusian_foreign_minister():
    text = (
        "Belarusian Foreign Minister Maxim Ryzhenkov said on Friday that Minsk was open to "
        'talks. "We are ready," the Belarusian leader said.'
    )
    assert one_claim(text, "We are ready").speaker != "Maxim Ryzhenkov"


# -- two people speaking together, and "they" after them -------------------------------
LETTER = (
    "In a joint letter to the European Commission, Polish Prime Minister Donald Tusk and "
    "Lithuanian President Gitanas Nauseda said migrants were being flown to Minsk. They "
    "said the new towers would cost about 300 million euros."
)


def test_two_people_who_speak_together_are_both_named():
    assert one_claim(LETTER, "flown to Minsk").speaker == "Donald Tusk and Gitanas Nauseda"


def test_they_after_two_joined_speakers_is_the_pair_not_the_body_written_to():
    assert one_claim(LETTER, "300 million").speaker == "Donald Tusk and Gitanas Nauseda"


# -- "the Nobel laureate", "the rights defender": a descriptive epithet -----------------
LAUREATE = (
    "Ales Bialiatski, the founder of Viasna, spoke in Vilnius on Tuesday for the first "
    "time since his release. The Nobel laureate said he had been kept in solitary "
    "confinement for most of his last year in prison.\n\n"
    '"They wanted to break me, and they did not succeed," the rights defender told '
    "journalists."
)


def test_a_descriptive_epithet_is_the_one_person_the_sentence_before_names():
    assert one_claim(LAUREATE, "solitary confinement").speaker == "Ales Bialiatski"


def test_a_descriptive_epithet_after_its_own_speech_is_the_same_person():
    assert one_claim(LAUREATE, "break me").speaker == "Ales Bialiatski"


def test_a_descriptive_epithet_is_not_an_official_named_before():
    text = "Police chief Ivan Kubrakov said the protest was illegal. The activist said it was not."
    assert one_claim(text, "it was not").speaker != "Ivan Kubrakov"


def test_an_epithet_after_a_sentence_about_someone_a_pronoun_means_stays_unnamed():
    text = (
        "Viktar Babaryka ran a bank for twenty years. He later wrote a book, which was "
        'published by Maksim Znak. "I never wanted to be a politician," the writer said.'
    )
    assert one_claim(text, "never wanted").speaker != "Maksim Znak"


# -- "Asked about X, the activist ...": X is the topic, not who speaks ------------------
def test_a_pronoun_after_asked_about_someone_is_not_that_someone():
    text = (
        "Ales Bialiatski spoke in Vilnius on Tuesday. His wife, Natallia Pinchuk, sat "
        "beside him.\n\n"
        'Asked about Lukashenko, the activist was blunt. "He is afraid of his own '
        'people," he said.'
    )
    assert one_claim(text, "afraid of his own").speaker != "Alexander Lukashenko"


def test_a_pronoun_after_asked_about_someone_is_the_subject_named_after():
    text = (
        "Asked about Putin, Lithuanian Foreign Minister Kestutis Budrys smiled. "
        '"He has never kept a promise," he said.'
    )
    assert one_claim(text, "kept a promise").speaker == "Kestutis Budrys"


# -- "X's deputy, Y, went further. He said": the deputy, not X -------------------------
def test_he_after_a_possessor_with_a_name_in_apposition_is_the_named_one():
    text = (
        'Prime Minister Donald Tusk said the incident was "not an accident".\n\n'
        "Tusk's deputy, Krzysztof Gawkowski, went further. He said Belarus was "
        '"a Russian military base with a flag".'
    )
    assert one_claim(text, "military base").speaker == "Krzysztof Gawkowski"


def test_the_pm_is_the_prime_minister_named_before():
    text = (
        'Prime Minister Donald Tusk said the incident was "not an accident". "Someone '
        'gave the order," the PM said.'
    )
    assert one_claim(text, "gave the order").speaker == "Donald Tusk"


def test_the_pm_is_not_a_deputy_prime_minister():
    text = (
        "Deputy Prime Minister Krzysztof Gawkowski said the border would stay shut. "
        '"We will not bargain," the PM said.'
    )
    assert one_claim(text, "not bargain").speaker != "Krzysztof Gawkowski"


# -- "the Russian leader" after someone of unknown country spoke -----------------------
SUMMIT = (
    "Russian President Vladimir Putin and Belarusian President Alexander Lukashenko met "
    "in St. Petersburg on Friday, the Kremlin said.\n\n"
    "In Brussels, EU foreign policy chief Kaja Kallas said the bloc was watching closely. "
    'Her spokesman, Anouar El Anouni, said new sanctions were "not excluded."\n\n'
    'Putin, meanwhile, praised his host. "Alexander Grigoryevich is a reliable ally," the '
    "Russian leader said."
)


def test_an_epithet_with_a_country_is_the_fitting_person_named_since_the_last_speaker():
    assert one_claim(SUMMIT, "reliable ally").speaker == "Vladimir Putin"


def test_an_epithet_with_a_country_stays_unnamed_when_nobody_fitting_is_named_since():
    text = SUMMIT.replace("Putin, meanwhile, praised his host.", "The talks went on late.")
    assert one_claim(text, "reliable ally").speaker == "the Russian leader"


# -- "The spokeswoman for X, Name, called ... She said": the named spokeswoman ---------
def test_she_after_a_role_with_a_name_in_apposition_is_the_named_woman():
    text = (
        "Lithuania's interior minister, Agne Bilotaite, has a simple message for smugglers."
        "\n\nThe spokeswoman for the Belarusian State Border Committee, Anastasia "
        "Bychkovskaya, called the claims “fantasies”. She said Lithuania was using the "
        "balloons to justify closing the border."
    )
    assert one_claim(text, "justify closing").speaker == "Anastasia Bychkovskaya"


def test_she_after_a_role_with_no_name_stays_unnamed():
    text = (
        "Lithuania's interior minister, Agne Bilotaite, has a simple message for smugglers."
        "\n\nThe spokeswoman for the Belarusian State Border Committee called the claims "
        "“fantasies”. She said Lithuania was using the balloons to justify closing the border."
    )
    assert one_claim(text, "justify closing").speaker is None


def test_a_one_word_name_before_body_nouns_is_a_body_for_the_group_and_the_statement():
    text = (
        "Police in Brest detained a volunteer of the banned Memorial rights centre on "
        'Monday, Memorial said in a statement.\n\n"This is revenge for our work," the '
        "statement said. She was later released, the group said."
    )
    assert one_claim(text, "revenge for our work").speaker == "Memorial"
    assert one_claim(text, "later released").speaker == "Memorial"
