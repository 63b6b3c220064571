"""Country names and choices in the active language, from ISO 3166-1.

pycountry ships the Debian iso-codes catalogs, which include Belarusian as
well as Russian and English names, so no country list is typed by hand.
"""

import gettext
from functools import cache

from django.utils.translation import get_language

import pycountry

# Shorter everyday names where ISO's official name is long-winded.
_SHORT_NAMES = {"RU": "Russia", "US": "United States", "GB": "United Kingdom", "KR": "South Korea"}
_LOCAL_SHORT_NAMES = {
    "ru": {"RU": "Россия", "US": "США"},
    "be": {"RU": "Расія", "US": "ЗША"},
}


@cache
def _catalog(language):
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
    except OSError:
        return gettext.NullTranslations()


def _english_name(country):
    if country.alpha_2 in _SHORT_NAMES:
        return _SHORT_NAMES[country.alpha_2]
    return getattr(country, "common_name", None) or country.name


def country_name(code, language=None):
    """The name of the country with ISO alpha-2 ``code`` in ``language``
    (default: the active language); the code itself if it is unknown."""
    country = pycountry.countries.get(alpha_2=(code or "").upper())
    if country is None:
        return code
    language = (language or get_language() or "en").split("-")[0]
    if language == "en":
        return _english_name(country)
    if country.alpha_2 in _LOCAL_SHORT_NAMES.get(language, {}):
        return _LOCAL_SHORT_NAMES[language][country.alpha_2]
    catalog = _catalog(language)
    for candidate in (_english_name(country), getattr(country, "common_name", None), country.name):
        if candidate:
            translated = catalog.gettext(candidate)
            if translated != candidate:
                return translated
    return _english_name(country)


def is_country_code(code):
    return bool(code) and pycountry.countries.get(alpha_2=str(code).upper()) is not None


def country_choices(language=None):
    """(code, name) pairs sorted by name in ``language``, for form and model fields."""
    pairs = [(c.alpha_2, country_name(c.alpha_2, language)) for c in pycountry.countries]
    return sorted(pairs, key=lambda pair: pair[1].casefold())
