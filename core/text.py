"""Text helpers for matching what people type against names in three scripts."""

import re
import unicodedata

from anyascii import anyascii

# Alphabetical order of the Cyrillic alphabets we sort by; Unicode code points
# would put Belarusian І and Ў and Russian Ё in the wrong places.
_ALPHABETS = {
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
}


def normalise(text):
    """Lower-case, accents and apostrophes removed, ё→е, for loose matching."""
    text = unicodedata.normalize("NFKC", text or "").casefold().replace("ё", "е")
    text = re.sub(r"['’ʼ`\"]", "", text)
    return re.sub(r"\s+", " ", text).strip()


def loose_forms(text):
    """The normalised text and its Latin transliteration."""
    normal = normalise(text)
    latin = normalise(anyascii(normal))
    return {normal, latin}


def matches(query, names):
    """True when every word of ``query`` starts a word of, or is inside, one of ``names``."""
    query_forms = loose_forms(query)
    haystacks = set()
    for name in names:
        haystacks |= loose_forms(name)
    return any(form and any(form in hay for hay in haystacks) for form in query_forms)


def sort_key(text, language):
    """A key that sorts ``text`` by the alphabet of ``language``."""
    alphabet = _ALPHABETS.get(language, "")
    key = []
    for char in (text or "").casefold():
        position = alphabet.find(char)
        key.append((0, position) if position >= 0 else (1, ord(char)))
    return key


def first_letter(text):
    text = (text or "").strip()
    return text[:1].upper() if text else "#"
