"""Find country guides by any name people type: other languages, Latin letters, case endings.

The full-text index stems words, but it cannot know that "Polsha" or
"Польшча" mean Poland in a Russian search, nor match "Польше" to "Польша"
on SQLite. This deterministic check on the guides' titles and synonyms does.
"""

from core.text import loose_forms

MIN_WORD = 4


def stem(word):
    """The word without a likely case ending: "Польше" → "польш", "Эмиратах" → "эмират"."""
    if len(word) >= 7:
        return word[:-2]
    if len(word) >= 5:
        return word[:-1]
    return word


def _prefixes(query):
    """Loose forms of the whole query, and the stems of its longer words."""
    forms = {form for form in loose_forms(query) if len(form) >= 3}
    for form in list(forms):
        forms.update(stem(word) for word in form.split() if len(word) >= MIN_WORD)
    return forms


def guide_matches(query, names):
    """True when the query, or one of its words, starts one of the guide's names or their words."""
    prefixes = _prefixes(query)
    if not prefixes:
        return False
    starts = set()
    for name in names:
        for form in loose_forms(name):
            starts.add(form)
            starts.update(form.split())
    return any(start.startswith(prefix) for prefix in prefixes for start in starts)
