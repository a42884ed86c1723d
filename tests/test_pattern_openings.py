"""Patterns rewritten to open on what they match (the look-behind after the first character, so that the regex engine
searches for that character instead of trying every position) find what the plain form "(?<!X)(?:...)" finds."""

import re

from timeline.actors import itacts, orgref, recognize, scan
from timeline.actors.gazetteer import SPEAKS, guarded, opening_first, phrase_alternation, trie_pattern
from timeline.actors.places import PLACE_RE, _PART, _WORD
from timeline.events import captions, speech

TEXTS = [
    "Troops were killed at Jisr al-Shughour, in Douma and near New York. Pro-Douma crowds; xDouma; Tell Kalakh",
    "Mount Hermon-Mount Hermon.Wadi Barada and the Bustan al-Qasr neighbourhood, the King Abdullah Park gates",
    "Deir Ezzor-based fighters fled to Ras al-Ain al-Hasakah Province. Homs al-Waer district",
    'His visit. "her meeting"; this his plan, (her aides) Hers is. Ms Harrison quoted him as saying',
    'The ministry said. the Ministry of Defence. It said. it\'s; it also said; its spokesman said; bit said',
    'reports" The government gave permission in Assad The detention of Asia Pacific African foreign ministers',
    "ABC, SAYING: no;X SAYING: yes on the sidelines of, xon the sidelines of the summit, in the margins of it",
    "West Philippine Sea, World Trade Center-bound, Arab foreign ministers, Gulf Arab defence ministers",
]


def _same(plain: str, rewritten: re.Pattern, texts=TEXTS) -> None:
    old = re.compile(plain, rewritten.flags & ~re.UNICODE)
    for text in texts + [t.lower() for t in texts]:
        for pos in (0, 1, 5):
            assert [(m.span(), m.groupdict()) for m in old.finditer(text, pos)] \
                == [(m.span(), m.groupdict()) for m in rewritten.finditer(text, pos)], (plain, text, pos)


def test_guarded_matches_a_leading_look_behind():
    words = ["West Philippine Sea", "World Trade Center", "Gulf", "Arab", "A", "Ab"]
    alternatives = [phrase_alternation([w]) for w in sorted(words, key=len, reverse=True)]
    _same(r"(?<![\w-])(?:%s)(?![\w-])" % "|".join(alternatives),
          re.compile(r"(?:%s)(?![\w-])" % guarded(alternatives, r"[\w-]")))
    _same(r"(?<![\w-])(?:%s)" % trie_pattern(list(recognize.BODIES)),
          re.compile(recognize._BODY_MEMBERS.pattern.split(")[ ]+")[0].replace("(?P<adj>", "", 1)))


def test_place_pattern_matches_its_plain_form():
    text = open(recognize.__file__.replace("actors/recognize.py", "resources/place_names.txt"), encoding="utf-8").read()
    found = {"head": [], "tail": [], "place": [], "noun": []}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            kind, _, value = line.partition("\t")
            found[kind].append(re.escape(value.strip()).replace(r"\ ", "[ ]"))

    def alt(words):
        return "|".join(sorted(words, key=len, reverse=True))

    plain = (rf"(?<![\w-])(?:(?:{alt(found['head'])})[ -]{_PART}{_WORD}|(?:{_WORD}[ ]){{1,3}}(?:{alt(found['tail'])})"
             rf"|(?:{alt(found['place'])})(?![ -](?:al|el|bin|ibn)\b)"
             rf"|(?P<named>){_WORD}(?:[ ]{_PART}{_WORD}){{0,3}}(?=[ ](?:{alt(found['noun'])})(?![\w-])))(?![\w-])")
    _same(plain, PLACE_RE)
    for candidate in ("Jisr al-Shughour", "Douma", "New York", "Jisr", "Bustan al-Qasr", "King Abdullah Park"):
        assert (re.fullmatch(plain, candidate) is None) == (PLACE_RE.fullmatch(candidate) is None)


def test_scans_opening_on_a_word_match_their_plain_forms():
    _same(r'(?<=\w)"[ \t]+(?=[A-Z][a-z])', captions._GLUED_QUOTE)
    _same(r"(?<![\w'’])(?P<it>[Ii]t)[ ]+" + SPEAKS, orgref._IT_SPEAKS)
    _same(r"(?<![\w'])(?:on|at|in)\s+the\s+(?:sidelines|margins|fringes?)\s+of\s+", speech._SIDELINES)
    _same(r"(?<=[A-Z.,])[ ]SAYING(?=:)", scan._SAYING)
    _same(r"(?<=\squoted )(?:him|her)(?= as saying\b)", recognize._QUOTED_PRONOUN)
    _same(r"(?:^|(?<=[\s\"“‘(]))(?P<word>[Hh]is|[Hh]er)[ ](?P<next>[a-z][\w-]*)", recognize._POSSESSIVE)
    reference = orgref._reference_re()
    opening = opening_first("(?P<the>[Tt]he)", 3, r"\w") + "[ ]"
    assert opening in reference.pattern
    _same(reference.pattern.replace(opening, "(?<!\\w)(?P<the>[Tt]he)[ ]"), reference)
    _same(r"(?<![\w'’])[Ii]ts[ ]+(?P<title>[a-z][a-z-]*(?:[ ][a-z][a-z-]*)?)[ ]+" + SPEAKS, orgref._ITS_OFFICE)
    _same(r"(?<![\w'’])It[ ]+" + itacts._IT_ACTS.pattern.split("[ ]+", 1)[1], itacts._IT_ACTS)
    _same(r'(?<=[A-Za-z]{2}) ' + captions._GLUED_OPENER.pattern.split(")", 2)[2], captions._GLUED_OPENER)


def test_opening_first_is_a_leading_look_behind():
    for plain, opening in [(r"(?<![\w-])[A-Z]", opening_first("[A-Z]", 1, r"[\w-]")),
                           (r"(?<=\w)\s+", opening_first(r"\s", 1, r"\w", absent=False) + r"\s*"),
                           (r"(?<![\w'])(?:on|at|in)\b", opening_first("(?:on|at|in)", 2, r"[\w']") + r"\b")]:
        _same(plain, re.compile(opening), TEXTS + ["a\nb on\nin", "\nOn x\n\nY"])


def test_body_leaders_pattern_matches_its_plain_form():
    from timeline.actors import bodyref
    plain = r"(?<![\w-])(?P<adj>%s)[ ]+leaders(?![\w-])" % phrase_alternation(
        sorted(recognize.BODIES, key=len, reverse=True))
    _same(plain, bodyref._LEADERS, TEXTS + ["Arab leaders met; xArab leaders; Gulf\nArab leaders, -European leaders",
                                            "the European  leaders said, Arab leadership"])


def test_opening_class_matches_a_leading_look_behind():
    from timeline.actors import forces
    from timeline.actors.gazetteer import opening_class, phrase_alternatives, word_list
    texts = TEXTS + ["Security forces and the army; pro-government troops, xtroops, -police, POLICE; the\nmilitary",
                     "Government Security  Forces fired; rebels, the rebel fighters-held; ARMED REBELS; ſoldiers",
                     "the rebel forces, Rebel Forces, the armed rebels. Troops. tanks-tanks"]
    _same(r"(?<![\w-])(?:%s)(?![\w-])" % phrase_alternation(forces._PHRASES), forces._PHRASE, texts)
    _same(r"(?<![\w-])(?:%s)(?![\w-])" % phrase_alternation(word_list("rebel_nouns.txt")).lower(), forces._REBELS, texts)
    loyal = phrase_alternation({p.removeprefix("the ") for p in forces._PHRASES} | {"forces", "loyalists", "militias", "units"})
    for window in ("Syrian troops loyal to al-", "forces still loyal to the ", "xforces loyal to ", "the army loyal to ",
                   "MILITIAS loyal to ", "pro-government forces fiercely loyal to ", "security\nforces loyal to "):
        _same(r"(?<![\w-])(?P<noun>%s)\s+(?:still\s+|fiercely\s+)?loyal\s+to\s+(?:the\s+)?(?:[ae]l-)?$" % loyal, forces._LOYAL,
              [window, window.upper()])
    from timeline.actors import oppref
    _same(r"(?<![\w-])(?:%s)(?![\w-])" % phrase_alternation(word_list("bare_opposition_nouns.txt")).lower(), oppref._NOUNS,
          texts + ["The Opposition, the\nopposition-led; xthe opposition; THE OPPOSITION"])
    words = ["security forces", "soldiers", "s", "troops", "tanks", "the army", "-led", "army"]
    for flags in (0, re.I):
        _same(r"(?<![\w-])(?:%s)" % phrase_alternation(words),
              re.compile(opening_class(phrase_alternatives(words), r"[\w-]"), flags), texts + ["-led x-led s s-s"])


def test_cue_phrases_match_their_plain_forms():
    from timeline.events.cues import CUES, phrases
    texts = TEXTS + ["if not, unless, otherwise; xif, 'if, if' ifs; he'll 's 've it's; we will not allow, would not",
                     "they refused to, won't accept; do not want; must be held accountable, the bomb-maker; bombs"]
    for name in CUES:
        plain = r"(?<![\w'])(?:" + phrase_alternation(CUES[name]) + r")(?![\w'])"
        _same(plain, phrases(name), texts)


def test_letter_classes_written_as_ranges_hold_the_same_letters():
    from timeline.actors import gazetteer
    for cls, chars in ((gazetteer.UPPER, gazetteer._UPPER_CHARS), (gazetteer.LOWER, gazetteer._LOWER_CHARS)):
        compiled = re.compile(cls)
        got = {c for c in map(chr, range(0x3000)) if compiled.fullmatch(c)}
        assert got == set(chars) | ({chr(c) for c in range(0x300, 0x370)} if cls is gazetteer.LOWER else set())


def test_scans_opening_on_their_first_letters_match_their_plain_forms():
    from timeline.actors import coref, counted, forces
    from timeline.events import accepted_plans, forces_toll
    texts = TEXTS + ["An activist said; one of the residents; Another witness, a man; xan activist; One Syrian doctor",
                     "the two countries, Both the nations; both powers; -the two states; The two permanent members",
                     "killed in army raids, during an army raid; amid police assaults; an security force attack",
                     "which Syria  had already accepted, it signed; which he   agreed to; it endorsed-",
                     "put the death toll at 20; puts the overall toll in Syria at; putting their toll at; output the toll at",
                     "The resident said; the man who saw it said, xthe resident said"]
    _same(r"(?<![\w-])(?:(?:[Aa]n?|[Oo]ne|[Aa]nother)[ ](?:[a-z][\w-]*[ ]){0,2}?(?:%s)|[Oo]ne[ ]of[ ]the[ ]"
          r"(?:[a-z][\w-]*[ ]){0,2}?(?:%s)e?s)(?![\w-])" % (coref._NOUNS, coref._NOUNS), coref._UNNAMED, texts)
    _same(r"(?<![\w-])[Tt]he[ ]" + coref._UNNAMED_AGAIN.pattern.split("[ ]", 1)[1], coref._UNNAMED_AGAIN, texts)
    _same(r"(?<![\w-])(?:[Tt]he[ ]two|[Bb]oth(?:[ ]the)?)[ ]" + counted._COUNTED_STATES.pattern.split(")[ ]", 1)[1],
          counted._COUNTED_STATES, texts)
    plain = r"(?<![\w-])(?:in|during|amid|by|from|of|an?)\s+(?P<force>" \
        + forces._FORCE_MODIFIER.pattern.split(r"\s+(?P<force>", 1)[1]
    _same(plain, forces._FORCE_MODIFIER, texts)
    assert re.compile(plain, re.I).flags == forces._FORCE_MODIFIER.flags
    _same(r"(?<!\s)\s+" + accepted_plans._VERB.pattern.split(r"\s*", 1)[1], accepted_plans._VERB, [t.lower() for t in texts])
    _same(r"\b(?:put|puts|putting)\s+" + forces_toll._TOLL.pattern.split(r"\s+", 1)[1], forces_toll._TOLL,
          [t.lower() for t in texts])


def test_sentence_scans_opening_on_a_class_match_their_plain_forms():
    from timeline.events import killed_named, meals, thanked_giving, under_fire
    from timeline.events.cues import CUES
    texts = [t.lower() for t in TEXTS] + [
        "thanks to; we thanked them; xthanks; gratitude for, appreciated-help; grateful. appreciates",
        "the killing of; an apparent assassination of a man; athe murder of; the brutal killing of the",
        "in advance of a brunch with him, ahead of the working dinner with; before a lunch with; xbefore a meal with",
        "came under fire, comes under heavy shelling; been subjected to air strikes; the target of attacks; targets of fire"]
    _same(r"\b(?:thank(?:s|ed|ing)?|gratitude|appreciation|grateful|appreciated?|appreciates)\b", thanked_giving._THANKS, texts)
    _same(r"\b(?:the|a|an)\s+" + killed_named._NOUN.pattern.split(r")\s+", 1)[1], killed_named._NOUN, texts)
    _same(r"\b(?:%s)\s+(?:a|an|the)\s+" % phrase_alternation(CUES["meal_lead"])
          + meals._MEAL_AFTER.pattern.split(r"\s+(?:a|an|the)\s+", 1)[1], meals._MEAL_AFTER, texts)
    _same(r"\b(?:(?:came|come|comes|coming)\s+under|subjected\s+to|(?:the\s+)?targets?\s+of)\s+"
          + under_fire._UNDER.pattern.split(r"))\s+", 1)[1], under_fire._UNDER, texts)


def test_tick_read_after_its_mark_matches_its_plain_form():
    """``names.TICK`` reads the tokenised apostrophe (" ` ") first and the two or three letters before it after (the
    same matches as the four look-behinds it opened on: the name patterns hold it up to seven times, each with its
    classes of capitals and small letters to compile), over texts with the mark: Timeline17's tokenised copy."""
    import json

    from conftest import corpus

    from timeline.actors import names, titled
    from timeline.actors.gazetteer import LOWER, UPPER

    plain = (rf"(?:(?<=(?<![\w-]){UPPER}{LOWER})|(?<=(?<![\w-]){UPPER}{LOWER}{LOWER})|(?<=-{UPPER}{LOWER})"
             rf"|(?<=-{UPPER}{LOWER}{LOWER}))[ ]`[ ](?!(?:{names._QUOTE_WORDS}){names.NAME_END}){LOWER}{{2,}}{names.NAME_END}")
    texts = ["Colonel Riad al-As ` aad said. Da ` raa, Ab ` cde; xAb ` cde -Ab ` cde Abc ` de 9Ab ` cde",
             "If ` we go, Ab ` we, Ab ` c, Ab ` cd` Ab `  cd, Ab ` cd-e, Abcd ` ef, A ` bc, Ab ` Cd, Ab ` cd's",
             "Ab ` cd’s Ab ` cd' Ab ` cd'x Ab ` we's Ab ` cd's-x",
             "Ab ` cd", " ` ab", "AbC ` de", "É́b ` ccé, al-Ĳb ` cdd ` ee Ab\u00a0` cd Mu ` allem"]
    lines = [line for line in corpus("t17_syria", "articles.jsonl").read_text(encoding="utf-8").splitlines()
             if " ` " in line]
    texts += [json.loads(line).get("text") or "" for line in lines[:20]]
    for rewritten in (names.NAME_RE, names.TITLED_NAME_RE, names.PREFIXED_RE, names.TOKEN_RE, titled._APPOSITIVE):
        assert names.TICK in rewritten.pattern
        _same(rewritten.pattern.replace(names.TICK, plain), rewritten, texts)


def test_word_tokens_match_their_plain_form():
    """``cues.WORD_TOKEN`` tries the word before "n't" only where a run of word characters and hyphens reaches one (a
    look-ahead at its head, for speed): the same tokens as the plain form, on clitics, hyphens and real wire copy."""
    from pathlib import Path

    from timeline.events.cues import WORD_TOKEN
    plain = (r"[a-z0-9]+(?:-[a-z0-9]+)*(?=n['’]t\b)|n['’]t\b|[a-z0-9]+(?:-[a-z0-9]+)*|['’][a-z]+\b|--(?!-)"
             r"|[^\sa-z0-9]")
    texts = ["couldn't won’t don't can't x-don't x-n't -n't n't n'tx don'tx in't inn't an-n't a--n't 2n't",
             "The U.S. didn't--and wouldn't--say; it's Assad's 'n' 'tis rock'n'roll ain’t they’re ‘no’"]
    wire = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "whitehouse" / "readouts_dev.jsonl"
    if wire.exists():  # real text: a White House transcript's spoken negations
        texts += [line for line in wire.read_text(encoding="utf-8").splitlines()[:40]]
    _same(plain, WORD_TOKEN, texts)
    assert [m.group() for m in WORD_TOKEN.finditer("we don't know")] == ["we", "do", "n't", "know"]
