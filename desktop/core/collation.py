"""Vietnamese alphabetical order, as a key SQLite can index and compare byte by byte.

The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y (f j w z in their
Latin places); tones only break ties, in the order ngang, huyền, hỏi, ngã, sắc, nặng. So "Đ"
comes after "D" and before "E", and "Bùi Bảo Châu" before "Bùi Bảo Chi" (â before i). Lists
held in memory use QCollator in the window; this key is for the dossier log, where a million
names must come back sorted from an index.
"""

from __future__ import annotations

import unicodedata

ALPHABET = ("a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
            "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z")
_LETTER = {letter: chr(0x41 + i) for i, letter in enumerate(ALPHABET)}
#: Marks that make a letter of their own (ă â ê ô ơ ư) rather than a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
#: Tones, in dictionary order after the level tone.
_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
_SECONDARY = "\x01"  # below every primary weight: "An" sorts before "An Bình"


def sort_key(text: str) -> str:
    """Primary letters (alphabet order), then tones; case is ignored."""
    primary: list[str] = []
    tones: list[str] = []
    letter, tone = "", "0"

    def flush() -> None:
        if letter:
            composed = unicodedata.normalize("NFC", letter)
            primary.append(_LETTER.get(composed) or _other(composed))
            tones.append(tone)

    for ch in unicodedata.normalize("NFD", " ".join(text.split()).lower()):
        if unicodedata.combining(ch):
            if ch in _LETTER_MARKS:
                letter += ch
            else:
                tone = _TONES.get(ch, tone)
            continue
        flush()
        letter, tone = ch, "0"
    flush()
    return "".join(primary) + _SECONDARY + "".join(tones)


def _other(ch: str) -> str:
    """Spaces first, then digits, then letters; anything else after the alphabet."""
    if ch == " ":
        return " "
    if ch.isdigit() and ch.isascii():
        return ch
    return chr(0x80 + ord(ch))
