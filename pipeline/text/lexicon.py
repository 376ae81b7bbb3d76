"""Data of text restoration: versioned word lists and the truecaser's lexicon prior.

Word lists live in ``data/<name>.v1.json`` (``{"version": "<name>.v1", "comment": ...,
"lists": {"<key>": {"comment": ..., "words": [...]}}}``); a module reads the lists it needs once,
at import. The lexicon prior is the table in the truecaser model that gives each lower-cased
word a *prior code* such as ``"t5"``: see :class:`PriorCode`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data"


@cache
def _lists(name: str) -> dict[str, Any]:
    path = DATA_DIR / f"{name}.v1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("version") != f"{name}.v1":
        raise ValueError(f"E203 {path} has version {data.get('version')!r}, expected {name + '.v1'!r}")
    lists: dict[str, Any] = data["lists"]
    return lists


def entry(name: str, key: str) -> Any:
    """The ``words`` value of list ``key`` in ``data/<name>.v1.json`` (a list, or a mapping)."""
    lists = _lists(name)
    if key not in lists:
        raise KeyError(f"E204 word list {key!r} missing from {name}.v1.json")
    return lists[key]["words"]


def words(name: str, key: str) -> frozenset[str]:
    """List ``key`` of ``data/<name>.v1.json`` as a set."""
    return frozenset(entry(name, key))


# --- the lexicon prior -------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PriorCode:
    """A word's case preference in a cased unigram lexicon, stored as two characters.

    ``"t5"``: the Title-case form is the most probable, with a log-probability margin bucket of 5
    (``min(int(margin * 1.5), 7)``) over the next-best form; the first character is a class of
    :data:`pipeline.text.truecase.CLASSES` (``l``, ``t``, ``u``, ``m``). ``"lr"``: rare and only
    ever seen lower-case (``margin`` is ``None``).
    """

    case: str
    margin: int | None

    @property
    def capitalized(self) -> bool:
        """The preferred form has a capital (Title, UPPER or mixed)."""
        return self.case != "l"

    @property
    def confident_case(self) -> str:
        """The preferred class when it has a capital and a non-zero margin, else ``"l"``."""
        return self.case if self.case != "l" and self.margin else "l"


_CASES = frozenset("ltum")


def decode(code: str) -> PriorCode:
    """``"t5"`` -> ``PriorCode("t", 5)``, ``"lr"`` -> ``PriorCode("l", None)``."""
    if len(code) != 2 or code[0] not in _CASES or not (code[1].isdigit() or code == "lr"):
        raise ValueError(f"E205 malformed prior code {code!r}: expected a class l/t/u/m and a digit, or 'lr'")
    return PriorCode(code[0], None if code[1] == "r" else int(code[1]))


class Prior:
    """The lexicon prior of the truecaser model, decoded: word -> :class:`PriorCode`."""

    __slots__ = ("codes", "_decoded")

    def __init__(self, codes: Mapping[str, str]) -> None:
        self.codes = codes  # the raw two-character codes (the model's features use them as they are)
        self._decoded: dict[str, PriorCode] = {}

    def get(self, word: str) -> PriorCode | None:
        """The word's code, ``None`` when the lexicon does not know it."""
        code = self.codes.get(word)
        if code is None:
            return None
        decoded = self._decoded.get(code)  # a few dozen distinct codes
        if decoded is None:
            decoded = self._decoded[code] = decode(code)
        return decoded

    def capitalized(self, word: str) -> bool:
        """The lexicon knows the word and prefers it with a capital."""
        pc = self.get(word)
        return pc is not None and pc.capitalized

    def lower(self, word: str) -> bool:
        """The lexicon knows the word and prefers it lower-case."""
        pc = self.get(word)
        return pc is not None and not pc.capitalized

    def confident_case(self, word: str) -> str:
        """:attr:`PriorCode.confident_case` of the word (``"l"`` when unknown)."""
        pc = self.get(word)
        return "l" if pc is None else pc.confident_case
