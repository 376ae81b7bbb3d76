"""Sentence starts in lowercased, tokenized lines: which tokens begin a sentence (and so take a
capital whatever the word). Used when restoring case and when training the truecaser."""

from __future__ import annotations

from pipeline.text import lexicon
from pipeline.text.tokens import WEB_DOMAINS, is_punct

# Not "..." / "…": an ellipsis ends a sentence about as often as it marks an omission inside one
# ("… the conservation approach"), so the word after it is left to the model.
_SENTENCE_END = frozenset({".", "!", "?", "?!", "!!", '!"', '?"', '."'})
_ELLIPSIS = frozenset({".", "...", "\u2026"})
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_LEAD_DASH_TOKENS = 8  # a dash this early in an article's first line ends a dateline-like lead
# A colon this early in a line ends a place or speaker label ("doha : the ...", "kuala lumpur :").
_LEAD_COLON_TOKENS = 4
_OPEN_QUOTES = frozenset({"\u201c", "\u2018", '"', "``"})
_CLOSE_QUOTES = frozenset({"\u201d", '"', "\u2019", "''"})
# Abbreviations written with a dot that rarely end a sentence in news copy.
_ABBREVIATIONS = lexicon.words("sentences", "abbreviations")
# Verbs that introduce a direct quotation after a comma: 'he said , " we ...'.
_SPEECH_VERBS = lexicon.words("sentences", "speech_verbs")
# Words after which a quotation is a title: 'a book titled " the ...'.
_TITLE_INTRO = lexicon.words("sentences", "title_intro")
_ATTRIBUTION_SUBJECTS = lexicon.words("sentences", "attribution_subjects")


def sentence_starts(lines: list[list[str]], body: tuple[int, int] | None) -> list[list[bool]]:
    """Which (lower-cased) tokens start a sentence: first word of a line, after . ! ? ... (not a
    dot inside split initials, an ellipsis or after an abbreviation, see ``_inner_dot``), after
    the dateline (``body``: line and token where the article body starts), after an early dash
    in the first line ("afrol news , 25 march - the"), after a colon before an opening quote,
    after an opening quote that begins a quoted sentence or title (``_quote_opens_sentence``),
    and after an early colon ending a label ("doha : the")."""
    out = []
    first_line = True
    for li, toks in enumerate(lines):
        flags = [False] * len(toks)
        want = True
        lead = first_line and bool(toks)
        if toks:
            first_line = False
        straight_open = False  # inside a '"' quotation of this line
        for i, tok in enumerate(toks):
            if body is not None and li == body[0] and i == body[1]:
                want = True
            if is_punct(tok):
                if tok in _SENTENCE_END:
                    web = tok == "." and i + 1 < len(toks) and toks[i + 1] in WEB_DOMAINS
                    want = not web and not _inner_dot(toks, i)
                elif lead and tok in _DASHES and 0 < i < _LEAD_DASH_TOKENS:
                    want = True
                    lead = False
                elif tok in _OPEN_QUOTES and _quote_opens_sentence(toks, i, straight_open):
                    want = True
                elif tok == ":" and (
                    (i + 1 < len(toks) and toks[i + 1] in _OPEN_QUOTES)
                    or 0 < i < (_LEAD_DASH_TOKENS if lead else _LEAD_COLON_TOKENS)
                ):
                    want = True
                    lead = False
                if tok == '"':
                    straight_open = not straight_open
                continue
            if want:
                flags[i] = not _attribution(toks, i)
                want = False
        out.append(flags)
    return out


def _inner_dot(toks: list[str], i: int) -> bool:
    """A dot that does not end a sentence: the last dot of split initials ("u . s . charges",
    "u . n . headquarters"), a dot after an ellipsis dot (". . . it 's"), or one after a common
    abbreviation ("hyundai heavy industries co . became", "dr . navarro")."""
    prev = toks[i - 1] if i > 0 else ""
    if prev in _ELLIPSIS or prev in _ABBREVIATIONS:
        return True
    return (
        i >= 3
        and len(prev) == 1
        and prev.isalpha()
        and toks[i - 2] == "."
        and len(toks[i - 3]) == 1
        and toks[i - 3].isalpha()
    )


def _quote_opens_sentence(toks: list[str], i: int, straight_open: bool) -> bool:
    """An opening quote that starts a quoted sentence or a title: 'said , " we', 'he adds , “ the',
    'a report titled “ the' -- but not a quotation resumed after an interruption ('” he says , “ the')
    or a verb's object ('to say , “ too'). ``straight_open``: an odd number of '"' precede ``i`` in
    the line, so a '"' here closes a quotation."""
    q = toks[i]
    if q == '"' and straight_open:
        return False
    if q in ("\u2019", "'"):
        return False
    j = i - 1
    if j >= 0 and toks[j] in (",", ":"):
        j -= 1
    if j < 0:
        return False
    if toks[j] in _TITLE_INTRO:
        return True
    if toks[j] not in _SPEECH_VERBS or toks[j + 1] != "," or (j > 0 and toks[j - 1] == "to"):
        return False
    return not any(t in _CLOSE_QUOTES for t in toks[max(0, j - 4) : j])


def _attribution(toks: list[str], i: int) -> bool:
    """The attribution after a quoted question, exclamation or clause continues the sentence:
    '? ” he said', '! ” said one person', ', " she said'."""
    if i < 2 or toks[i - 1] not in _CLOSE_QUOTES or toks[i - 2] not in ("?", "!", ","):
        return False
    if toks[i] in _SPEECH_VERBS:
        return True
    return toks[i] in _ATTRIBUTION_SUBJECTS and i + 1 < len(toks) and toks[i + 1] in _SPEECH_VERBS
