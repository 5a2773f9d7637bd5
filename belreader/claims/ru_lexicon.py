"""Russian (and cheap Belarusian) words of the claims rules, as data: reporting verbs in
every gender and number, source phrases, hedges, pronouns, role nouns, name endings.

Word matching runs on lower-case text with "ё" written as "е" (see ``ru_text.fold``).
"""

from __future__ import annotations

import re


def _forms(stems: str, endings: str) -> list[str]:
    return [s + e for s in stems.split() for e in endings.split("|")]


# Past tense: "-л" masculine, "-ла" feminine, "-ло" neuter, "-ли" plural.
_PAST_STEMS = (
    "сказа заяви отмети подчеркну сообщи добави поясни призна уточни предупреди призва "
    "обвини рассказа ответи завери напомни указа констатирова объясни замети написа "
    "утвержда говори настаива сообща заявля отмеча подчеркива пообеща признава "
    "пригрози потребова"
)
# Present tense, third person: singular | plural.
_PRESENT = (
    "заявляет|заявляют говорит|говорят сообщает|сообщают отмечает|отмечают "
    "подчеркивает|подчеркивают утверждает|утверждают пишет|пишут передает|передают "
    "признает|признают предупреждает|предупреждают призывает|призывают уточняет|уточняют "
    "поясняет|поясняют добавляет|добавляют напоминает|напоминают указывает|указывают "
    "настаивает|настаивают обвиняет|обвиняют рассказывает|рассказывают "
    "отвечает|отвечают"
)
# Belarusian past tense: "-ў" masculine, "-ла" feminine, "-лі" plural.
_BE_STEMS = "сказа заяві адзначы паведамі дада падкрэслі растлумачы папярэдзі закліка"

SPEECH_VERBS: dict[str, str] = {}  # form -> "m" | "f" | "n" | "pl" | "sg" (gender unknown)
for _stem in _PAST_STEMS.split():
    for _end, _g in (("л", "m"), ("ла", "f"), ("ло", "n"), ("ли", "pl")):
        SPEECH_VERBS[_stem + _end] = _g
for _pair in _PRESENT.split():
    _sg, _pl = _pair.split("|")
    SPEECH_VERBS[_sg] = "sg"
    SPEECH_VERBS[_pl] = "pl"
for _stem in _BE_STEMS.split():
    for _end, _g in (("ў", "m"), ("ла", "f"), ("лі", "pl")):
        SPEECH_VERBS[_stem + _end] = _g

# Verbs whose content follows without "что": "призвал X сделать Y", "обвинил X в Y".
OBJECT_VERB_STEMS = ("призва", "призыва", "обвини", "обвиня", "заклік", "потребова")

# Verbs that distance the reporter from the claim ("утверждает": "claims").
HEDGE_VERB_STEMS = ("утвержда",)

# Reflexive passive: a claim with no speaker ("Сообщается, что ...").
PASSIVE_CUES = frozenset((
    "сообщается", "отмечается", "подчеркивается", "утверждается", "уточняется",
    "указывается", "говорится", "заявляется", "паведамляецца", "адзначаецца",
))
# "говорится в заявлении X": the document that says it, then its author
STATEMENT_NOUNS = frozenset((
    "заявлении", "сообщении", "документе", "письме", "обращении", "пресс-релизе",
    "докладе", "отчете", "коммюнике", "публикации", "материале",
))

# "по словам X, ...", "по данным X, ...": (cue words, as folded) -> hedged?
SOURCE_PHRASES: dict[tuple[str, ...], bool] = {
    ("по", "словам"): False,
    ("по", "данным"): False,
    ("по", "информации"): False,
    ("по", "сведениям"): False,
    ("по", "утверждению"): True,
    ("по", "версии"): True,
    ("паводле",): False,
    ("па", "словах"): False,
    ("па", "дадзеных"): False,
}
# "со ссылкой на X": the source behind an outlet's report
CITING = ("со", "ссылкой", "на")

# "что" introduces reported content (Belarusian "што")
THAT = frozenset(("что", "што"))

# Distancing words inside a claim (hedges), matched on folded text
HEDGE_RE = re.compile(
    r"(?<![\w-])(?:якобы|будто\s+бы|дескать|мол|так\s+называем\w*|"
    r"по\s+утверждению|по\s+версии|нібыта|так\s+званы\w*)(?![\w-])",
    re.IGNORECASE,
)
HEDGE_STEMS = ("якобы", "будто", "дескать", "мол", "так назыв", "утвержд", "по верс",
               "нібыта", "так зван")

# Pronouns: surface (folded) -> gender; "его"/"ее"/"их" as in "по его словам"
PRONOUNS = {"он": "m", "она": "f", "они": "pl", "оно": "n",
            "ён": "m", "яна": "f", "яны": "pl"}
POSSESSIVES = {"его": "m", "ее": "f", "их": "pl", "яго": "m", "яе": "f"}

# Role nouns that name a person the article introduced ("глава государства")
ROLE_HEADS = frozenset((
    "президент", "глава", "лидер", "пресс-секретарь", "министр", "премьер",
    "премьер-министр", "спикер", "председатель", "канцлер", "генсек", "руководитель",
    "политик", "оппозиционер", "дипломат", "кандидат", "прэзідэнт", "кіраўнік",
))
# adjectives / genitives that pin a role to a country, as in en_lexicon.PERSON_COUNTRY
COUNTRY_WORDS = {
    "белорусский": "belarus", "белорусского": "belarus", "беларуси": "belarus",
    "белоруссии": "belarus", "белорусская": "belarus", "беларускі": "belarus",
    "российский": "russia", "российского": "russia", "россии": "russia", "рф": "russia",
    "российская": "russia", "кремля": "russia",
    "украинский": "ukraine", "украины": "ukraine", "украинская": "ukraine",
}

# Words that end a speaker phrase after the verb ("сказал Лукашенко на встрече ...")
SPEAKER_STOP = frozenset((
    "в", "во", "на", "после", "перед", "по", "с", "со", "у", "для", "при", "из", "к",
    "ко", "о", "об", "за", "во", "накануне", "сегодня", "вчера", "также", "и", "а",
    "но", "что", "што", "когда", "где", "пока", "ранее", "журналистам", "репортерам",
    "агентству", "изданию", "телеканалу", "газете", "радио", "каналу", "порталу",
    "корреспонденту", "в интервью", "ў", "пасля",
))
# Words before the verb that are not part of the subject
SUBJECT_DROP = frozenset((
    "также", "ранее", "уже", "вновь", "снова", "неоднократно", "публично", "прямо",
    "однако", "впрочем", "затем", "позже", "позднее", "потом", "тогда", "теперь",
    "сегодня", "вчера", "накануне", "при", "этом", "кроме", "того", "в", "во", "свою",
    "очередь", "тем", "временем", "между", "же", "еще", "и", "а", "но", "так", "лишь",
    "только", "даже", "ещё", "тоже", "таксама",
))
# Dative/instrumental words between a verb and ", что"
BETWEEN_VERB_AND_THAT_MAX = 6

# Single-word organisations named in the locative after "в" ("в Кремле заявили")
LOCATIVE_ORGS = {"кремле": "Кремль", "белом": "Белый", "мид": "МИД", "минобороны": "Минобороны",
                 "пентагоне": "Пентагон", "евросоюзе": "Евросоюз", "оон": "ООН",
                 "нато": "НАТО", "офисе": "офис", "правительстве": "правительство",
                 "министерстве": "министерство", "посольстве": "посольство"}

# Common given names: gender, for resolving он/она to named people
MALE_NAMES = frozenset((
    "александр", "аляксандр", "владимир", "уладзімір", "дмитрий", "сергей", "виктор",
    "віктар", "роман", "раман", "алесь", "павел", "павел", "артем", "андрей", "николай",
    "михаил", "алексей", "юрий", "игорь", "олег", "максим", "иван", "петр", "валерий",
    "владимир", "евгений", "антон", "денис", "анатолий", "борис", "геннадий", "вадим",
    "станислав", "вячеслав", "константин", "григорий", "ігар", "сяргей", "зміцер",
    "дзмітрый", "мікалай", "максім", "андрэй", "юрый", "валерый", "ян", "василий",
    # Latin given names of the alias table's canonical names
    "alexander", "vladimir", "volodymyr", "sergei", "dmitry", "viktar", "roman", "ales",
))
FEMALE_NAMES = frozenset((
    "светлана", "святлана", "мария", "марыя", "наталья", "наталля", "ольга", "вольга",
    "елена", "алена", "анна", "ганна", "татьяна", "таццяна", "ирина", "ірына", "екатерина",
    "вероника", "юлия", "марина", "людмила", "лидия", "галина", "надежда", "надзея",
    "мария", "кристина", "дарья", "алла", "лилия", "maria", "sviatlana",
))
FEMALE_SURNAME_ENDS = ("ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ская", "ая",
                       "оўская", "ская")
MALE_SURNAME_ENDS = ("ов", "ев", "ёв", "ин", "ын", "ский", "цкий", "ой", "ый", "ич")
