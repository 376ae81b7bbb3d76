"""Text restoration for lowercased, tokenized wire text: the public API.

``normalize("moscow ( reuters ) - president vladimir putin ... russia s military")`` gives
``"MOSCOW (Reuters) - President Vladimir Putin ... Russia's military"`` plus the dateline and an
offset map back to the raw characters. Normalization only removes whitespace, turns a
whitespace run into an apostrophe and changes letter case, so every character of the result
comes from one raw character.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from pipeline.text.dateline import DatelineMatch, agency_form, match_dateline
from pipeline.text.offsets import OffsetMap

__all__ = [
    "Dateline",
    "NormalizedText",
    "detect_casing",
    "normalize",
    "normalize_many",
    "restore_case_tokens",
]

_TOKEN_RE = re.compile(r"\S+")
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_TOKENIZED_RE = re.compile(r"\s[,;:.!?)\]%](?=\s|$)|[(\[$]\s|\s'(?:s|re|ve|ll|d|m)(?=\s)|\sn't(?=\s)", re.MULTILINE)
_CASED_MIN_SHARE = 0.03
_DATELINE_LINES = 3  # a dateline is searched in the first non-empty lines

# --- detokenization tables -------------------------------------------------------------
_CLOSE_FIRST = frozenset(".,;:!?)]}%\u2026")
_OPEN_LAST = frozenset("([{")
_CURRENCY = frozenset({"$", "us$", "a$", "c$", "hk$", "nz$", "s$", "£", "€", "¥", "#", "rs", "rs."})
_CLITICS_PTB = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'t"})
_NT_STEMS = frozenset(
    "don doesn didn can couldn won wouldn shouldn isn aren wasn weren hasn haven hadn "
    "mustn needn ain shan mightn".split()
)
_PRONOUN_CLITICS: dict[str, frozenset[str]] = {
    "ve": frozenset("i you we they who would could should might must what there".split()),
    "re": frozenset("you we they who what there".split()),
    "ll": frozenset("i you we they he she it who that there what".split()),
    "d": frozenset("i you we they he she it who that there".split()),
    "m": frozenset({"i"}),
}
_IRISH = frozenset(
    "neill neil brien connor donnell reilly sullivan hare leary malley rourke keefe connell "
    "neal toole driscoll dwyer grady hara callaghan shea mahony".split()
)
_APOS_PAIRS = frozenset(
    {
        ("shi", "ite"),
        ("shi", "ites"),
        ("shi", "a"),
        ("d", "ivoire"),
        ("qur", "an"),
        ("sana", "a"),
        ("ba", "ath"),
        ("ba", "athist"),
        ("ba", "athists"),
        ("n", "djamena"),
    }
)
_APOS_FORMS: dict[tuple[str, str], tuple[str, str]] = {
    ("shi", "ite"): ("Shi", "ite"),
    ("shi", "ites"): ("Shi", "ites"),
    ("shi", "a"): ("Shi", "a"),
    ("d", "ivoire"): ("d", "Ivoire"),
    ("qur", "an"): ("Qur", "an"),
    ("sana", "a"): ("Sana", "a"),
    ("ba", "ath"): ("Ba", "ath"),
    ("ba", "athist"): ("Ba", "athist"),
    ("ba", "athists"): ("Ba", "athists"),
    ("n", "djamena"): ("N", "Djamena"),
}
_BARE_CLITICS = frozenset({"s", "t", "d", "m", "ve", "re", "ll"})
_APOSTROPHES = frozenset({"'", "\u2019"})
# Not "..." / "…": an ellipsis ends a sentence about as often as it marks an omission inside one
# ("… the conservation approach"), so the word after it is left to the model.
_SENTENCE_END = frozenset({".", "!", "?", "?!", "!!", '!"', '?"', '."'})
# Web domain endings: "jd . com" is a name, not a sentence end before "com".
WEB_DOMAINS = frozenset({"com", "org", "net"})
_ELLIPSIS = frozenset({".", "...", "\u2026"})
# Abbreviations written with a dot that rarely end a sentence in news copy.
_ABBREVIATIONS = frozenset("co corp inc ltd jr sr st mt dr mr mrs prof gen lt col sgt capt vs etc no".split())
_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_LEAD_DASH_TOKENS = 8  # a dash this early in an article's first line ends a dateline-like lead
# A colon this early in a line ends a place or speaker label ("doha : the ...", "kuala lumpur :").
_LEAD_COLON_TOKENS = 4
_OPEN_QUOTES = frozenset({"\u201c", "\u2018", '"', "``"})
_DQUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''"})


@dataclass(frozen=True)
class Dateline:
    """A dateline such as ``MOSCOW (Reuters) -`` found at the start of an article."""

    city: str | None
    agency: str | None
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class NormalizedText:
    """Normalized text, its dateline, and the map back to raw characters."""

    raw: str
    text: str
    casing: str
    dateline: Dateline | None
    body_start: int
    _map: OffsetMap = field(repr=False, compare=False, hash=False)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Normalized span -> raw span."""
        return self._map.to_raw(start, end)

    def to_norm(self, raw_start: int, raw_end: int) -> tuple[int, int]:
        """Raw span -> normalized span."""
        return self._map.to_norm(raw_start, raw_end)


# --- casing detection ------------------------------------------------------------------
def detect_casing(raw: str) -> str:
    """``"lower"`` for lowercased text, ``"cased"`` when it carries real capitalization."""
    if raw == raw.lower():
        return "lower"
    words = _LETTERS_RE.findall(raw)
    upper = sum(1 for w in words if w != w.lower())
    return "cased" if upper >= max(1.0, _CASED_MIN_SHARE * len(words)) else "lower"


# --- tokens and joins ------------------------------------------------------------------
def _is_punct(tok: str) -> bool:
    return not any(c.isalnum() for c in tok)


def _joins(lines: list[list[str]]) -> list[list[str]]:
    """Separator before each token: "" (glue), " " (space) or "'" (apostrophe)."""
    out: list[list[str]] = []
    dq_open = False
    sq_open = False
    for toks in lines:
        seps = [""] * len(toks)
        glue_next = False
        prev = ""
        for i, raw_tok in enumerate(toks):
            tok = raw_tok.lower()
            if i == 0:
                sep = ""
            elif glue_next:
                sep = ""
            else:
                sep = _gap(prev, tok)
                if prev == "." and _split_initial(toks, i):
                    sep = ""  # "u . s ." -> "U.S.", "i . e ." -> "i.e."
            glue_next = False
            if tok in _DQUOTES:
                closing = (tok in ("\u201d", "''")) or (tok == '"' and dq_open and i > 0)
                if tok in ("\u201c", "``"):
                    closing = False
                if closing and i > 0:
                    sep = ""
                    dq_open = False
                else:
                    dq_open = True
                    glue_next = i + 1 < len(toks)
            elif tok in ("'", "\u2018", "\u2019"):
                nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
                if i > 0 and nxt in _BARE_CLITICS and prev[-1:].isalnum():
                    sep = ""
                    glue_next = True
                elif i > 0 and (sq_open or prev.endswith("s")) and not _is_punct(prev):
                    sep = ""
                    sq_open = False
                elif i > 0 and sq_open:
                    sep = ""
                    sq_open = False
                else:
                    sq_open = True
                    glue_next = i + 1 < len(toks)
            seps[i] = sep
            prev = tok
        out.append(seps)
    return out


def _split_initial(toks: list[str], i: int) -> bool:
    """Token i is the second of two dotted single letters split apart: "u . s .", "i . e ."."""
    tok = toks[i]
    return (
        len(tok) == 1
        and tok.isalpha()
        and i >= 2
        and len(toks[i - 2]) == 1
        and toks[i - 2].isalpha()
        and i + 1 < len(toks)
        and toks[i + 1] == "."
    )


def _gap(prev: str, tok: str) -> str:
    """Separator between two (lowercased) tokens, quotes aside."""
    first = tok[0]
    if first in _CLOSE_FIRST and _is_punct(tok):
        return ""
    if tok in _CLITICS_PTB:
        return ""
    last = prev[-1]
    if last in _OPEN_LAST and _is_punct(prev):
        return ""
    if prev in _CURRENCY and first.isdigit():
        return ""
    if prev == "." and tok in WEB_DOMAINS:
        return ""  # "jd . com" -> "JD.com"
    if tok == "s" and prev.isdigit() and prev.endswith("0"):
        return ""  # a decade: "1960 s" -> "1960s"
    if last.isalnum():
        if tok == "s" and last.isalpha() and len(prev) > 1:
            return "'"
        if tok == "t" and prev in _NT_STEMS:
            return "'"
        pronouns = _PRONOUN_CLITICS.get(tok)
        if pronouns is not None and prev in pronouns:
            return "'"
        if (prev, tok) in _APOS_PAIRS or (prev == "o" and tok in _IRISH):
            return "'"
        if tok == "na" and prev in ("gon", "wan"):
            return ""
    return " "


def _split_lines(raw: str) -> tuple[list[list[str]], list[list[int]], list[int]]:
    """Tokens and raw start offsets per line, and each line's raw start."""
    lines: list[list[str]] = []
    starts: list[list[int]] = []
    line_starts: list[int] = []
    pos = 0
    for line in raw.split("\n"):
        toks: list[str] = []
        offs: list[int] = []
        for m in _TOKEN_RE.finditer(line):
            toks.append(m.group())
            offs.append(pos + m.start())
        lines.append(toks)
        starts.append(offs)
        line_starts.append(pos)
        pos += len(line) + 1
    return lines, starts, line_starts


def _line_strings(lines: list[list[str]], joins: list[list[str]]) -> list[tuple[str, list[int]]]:
    """Detokenized string of each line and each token's start in it."""
    out = []
    for toks, seps in zip(lines, joins):
        parts: list[str] = []
        pos = 0
        offs: list[int] = []
        for tok, sep in zip(toks, seps):
            parts.append(sep)
            pos += len(sep)
            offs.append(pos)
            parts.append(tok)
            pos += len(tok)
        out.append(("".join(parts), offs))
    return out


@dataclass
class _Found:
    line: int
    match: DatelineMatch
    tokens: range
    string: str
    offsets: list[int]


def _find_dateline(lines: list[list[str]], strings: list[tuple[str, list[int]]]) -> _Found | None:
    seen = 0
    for li, (s, offs) in enumerate(strings):
        if not s:
            continue
        m = match_dateline(s)
        if m is not None and (seen == 0 or m.agency is None):
            n = 0
            while n < len(offs) and offs[n] < m.end:
                n += 1
            return _Found(li, m, range(n), s, offs)
        seen += 1
        if seen >= _DATELINE_LINES:
            break
    return None


def _apply_form(tok: str, form: str) -> str:
    """Copy the letter case of ``form`` onto ``tok`` without changing its length or letters."""
    if form == tok:
        return tok
    if len(form) != len(tok):
        return tok
    out = []
    for t, f in zip(tok, form):
        if f.isupper():
            u = t.upper()
            out.append(u if len(u) == 1 and u.lower() == t.lower() else t)
        elif f.islower():
            lo = t.lower()
            out.append(lo if len(lo) == 1 else t)
        else:
            out.append(t)
    return "".join(out)


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


# Verbs that introduce a direct quotation after a comma: 'he said , " we ...'.
_SPEECH_VERBS = frozenset(
    "said says say added adds told stated states noted notes explained explains asked asks continued "
    "continues declared declares warned warns stressed insisted wrote writes tweeted remarked replied "
    "observed emphasized emphasised argued argues concluded announced commented saying adding noting "
    "explaining urged recalled recalls reiterated lamented affirmed admitted acknowledged highlighted "
    "underlined underscored indicated mentioned opines".split()
)
# Words after which a quotation is a title: 'a book titled " the ...'.
_TITLE_INTRO = frozenset(
    "titled entitled headlined captioned caption slogan motto theme book film song album novel documentary".split()
)
_CLOSE_QUOTES = frozenset({"\u201d", '"', "\u2019", "''"})


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


_ATTRIBUTION_SUBJECTS = frozenset("he she they it we the".split())


def _attribution(toks: list[str], i: int) -> bool:
    """The attribution after a quoted question, exclamation or clause continues the sentence:
    '? ” he said', '! ” said one person', ', " she said'."""
    if i < 2 or toks[i - 1] not in _CLOSE_QUOTES or toks[i - 2] not in ("?", "!", ","):
        return False
    if toks[i] in _SPEECH_VERBS:
        return True
    return toks[i] in _ATTRIBUTION_SUBJECTS and i + 1 < len(toks) and toks[i + 1] in _SPEECH_VERBS


def _sentence_starts(lines: list[list[str]], body: tuple[int, int] | None) -> list[list[bool]]:
    """Which tokens start a sentence: first word of a line, after . ! ? ... (not a dot inside
    split initials, an ellipsis or after an abbreviation, see ``_inner_dot``), after the
    dateline, after an early dash in the first line ("afrol news , 25 march - the"), after a colon
    before an opening quote, after an opening quote that begins a quoted sentence or title
    (``_quote_opens_sentence``), and after an early colon ending a label ("doha : the")."""
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
            if _is_punct(tok):
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


def _clitic_flags(toks: list[str], seps: list[str]) -> list[bool]:
    """Tokens that are clitics ("s" of "russia s", "'s", "t" of "don ' t") and stay lower-case."""
    flags = []
    for i, (tok, sep) in enumerate(zip(toks, seps)):
        if tok in _CLITICS_PTB or ("\u2019" in tok and tok.replace("\u2019", "'") in _CLITICS_PTB):
            flags.append(True)
        elif tok in _BARE_CLITICS and (sep == "'" or (sep == "" and i > 0 and toks[i - 1] in _APOSTROPHES)):
            flags.append(True)
        else:
            flags.append(False)
    return flags


def _case_forms(lines: list[list[str]], joins: list[list[str]], found: _Found | None) -> list[list[str]]:
    """Restored casing of every token (same lengths)."""
    from pipeline.text.truecase import get_truecaser

    body = None
    if found is not None:
        n = len(found.tokens)
        body = (found.line, n) if n < len(lines[found.line]) else (found.line + 1, 0)
    lowered = [[t.lower() for t in toks] for toks in lines]
    starts = _sentence_starts(lowered, body)
    clitic = [_clitic_flags(toks, seps) for toks, seps in zip(lowered, joins)]
    forms = get_truecaser().case_sentences(lowered, starts, clitic)
    for toks, seps, row, clit, st in zip(lowered, joins, forms, clitic, starts):
        for i in range(1, len(toks)):
            if clit[i] and toks[i] == "t":  # "don ' t", "can t": the stem is a verb
                k = i - 2 if toks[i - 1] in _APOSTROPHES else i - 1
                if k >= 0 and toks[k] in _NT_STEMS:
                    row[k] = toks[k][:1].upper() + toks[k][1:] if st[k] else toks[k]
            if seps[i] == "'":
                pair = (toks[i - 1], toks[i])
                fixed = _APOS_FORMS.get(pair)
                if fixed is None and pair[0] == "o" and pair[1] in _IRISH:
                    fixed = ("O", pair[1][:1].upper() + pair[1][1:])
                if fixed is not None:
                    row[i - 1], row[i] = fixed
    if found is not None:
        _case_dateline(lowered, forms, found)
    return [[_apply_form(t, f) for t, f in zip(toks, fs)] for toks, fs in zip(lines, forms)]


def _case_dateline(lowered: list[list[str]], forms: list[list[str]], found: _Found) -> None:
    """City in capitals, agency in its usual spelling, month names title-cased."""
    m = found.match
    region = list(found.string[: m.end])
    c0, c1 = m.city
    region[c0:c1] = "".join(region[c0:c1]).upper()
    if m.agency is not None:
        a0, a1 = m.agency
        form = agency_form("".join(region[a0:a1]))
        if len(form) == a1 - a0:
            region[a0:a1] = form
    if m.date is not None:
        d0, d1 = m.date
        region[d0:d1] = re.sub(r"\b[^\W\d_]", lambda x: x.group().upper(), "".join(region[d0:d1]))
    cased = "".join(region)
    row = forms[found.line]
    for i in found.tokens:
        off = found.offsets[i]
        row[i] = cased[off : off + len(lowered[found.line][i])]


# --- public API ------------------------------------------------------------------------
def normalize(raw: str, *, restore_case: bool = True, keep_cased: bool = False) -> NormalizedText:
    """Detokenize, restore casing (for lowercased input) and find the dateline.

    ``keep_cased``: cased input is returned untouched even where it looks tokenized ("US$ 4.2",
    "Uganda , Jun"): prose extracted from a web page is as the publisher wrote it."""
    casing_in = detect_casing(raw)
    if casing_in == "cased" and (keep_cased or not _TOKENIZED_RE.search(raw)):
        return _untouched(raw)
    lines, starts, line_starts = _split_lines(raw)
    joins = _joins(lines)
    strings = _line_strings([[t.lower() for t in toks] for toks in lines], joins)
    found = _find_dateline(lines, strings)
    recase = restore_case and casing_in == "lower"
    forms = _case_forms(lines, joins, found) if recase else lines
    parts: list[str] = []
    n2r = array("l")
    line_norm_starts: list[int] = []
    pos = 0
    last = len(lines) - 1
    for li, (toks, offs, seps) in enumerate(zip(forms, starts, joins)):
        line_norm_starts.append(pos)
        prev_end = 0
        for i, (tok, off, sep) in enumerate(zip(toks, offs, seps)):
            if i > 0 and sep:
                parts.append(sep)
                n2r.append(prev_end)
                pos += 1
            parts.append(tok)
            n2r.extend(range(off, off + len(tok)))
            pos += len(tok)
            prev_end = off + len(tok)
        if li < last:
            parts.append("\n")
            n2r.append(line_starts[li + 1] - 1)
            pos += 1
    text = "".join(parts)
    dateline = None
    body_start = 0
    if found is not None:
        dateline, body_start = _make_dateline(text, line_norm_starts[found.line], found.match)
    return NormalizedText(
        raw=raw,
        text=text,
        casing="restored" if recase else "original",
        dateline=dateline,
        body_start=body_start,
        _map=OffsetMap(n2r, len(raw), len(text)),
    )


def _make_dateline(text: str, line_start: int, m: DatelineMatch) -> tuple[Dateline, int]:
    start, end = line_start, line_start + m.end
    city = text[line_start + m.city[0] : line_start + m.city[1]].upper()
    agency = None
    if m.agency is not None:
        agency = agency_form(text[line_start + m.agency[0] : line_start + m.agency[1]].strip())
    body = end
    while body < len(text) and text[body].isspace():
        body += 1
    return Dateline(city=city, agency=agency, text=text[start:end], start=start, end=end), body


def _untouched(raw: str) -> NormalizedText:
    """Cased, untokenized input: text is the input itself."""
    dateline = None
    body_start = 0
    offset = len(raw) - len(raw.lstrip())
    first = raw[offset:].split("\n", 1)[0]
    m = match_dateline(first)
    if m is not None:
        dateline, body_start = _make_dateline(raw, offset, m)
    return NormalizedText(raw, raw, "original", dateline, body_start, OffsetMap(None, len(raw), len(raw)))


def normalize_many(raws: Iterable[str], *, restore_case: bool = True, batch_size: int = 64,
                   keep_cased: Iterable[bool] | None = None) -> Iterator[NormalizedText]:
    """``normalize`` over a stream; the casing model is loaded once and shared. ``keep_cased``
    gives ``normalize``'s flag per text (default False for all)."""
    if batch_size < 1:
        raise ValueError(f"E102 batch_size must be >= 1, got {batch_size}")
    flags = iter(keep_cased) if keep_cased is not None else None
    for raw in raws:
        yield normalize(raw, restore_case=restore_case, keep_cased=next(flags, False) if flags is not None else False)


def restore_case_tokens(text: str) -> str:
    """Recase tokens in place: same tokens, spacing and line breaks, only letter case changes."""
    lines, starts, _ = _split_lines(text)
    joins = _joins(lines)
    strings = _line_strings([[t.lower() for t in toks] for toks in lines], joins)
    found = _find_dateline(lines, strings)
    forms = _case_forms(lines, joins, found)
    chars = list(text)
    for toks, offs in zip(forms, starts):
        for tok, off in zip(toks, offs):
            chars[off : off + len(tok)] = tok
    return "".join(chars)
