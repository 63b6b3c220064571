"""The hotline facts every page shows, cheaply.

The settings row, its opening-hours rows, the wording in the active language
and the callback page's address are read once and kept in the cache (Redis
in production) per site and language, so a page costs no hotline queries on
a warm cache. Saving any of them clears the entries (see ``signals.py``).
Whether the line is open is worked out on every request, in Minsk time.
"""

import contextlib
import json
import re
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.models import Site

import phonenumbers

from .models.settings import SCHEMA_DAYS, WEEKDAY_SETS, OpeningHours

MINSK = ZoneInfo("Europe/Minsk")
CACHE_TIMEOUT = 60 * 10
REQUEST_ATTR = "_hotline_info"


def cache_key(site_id, language):
    return f"hotline:info:v1:{site_id}:{language}"


def invalidate():
    languages = [code for code, _name in settings.LANGUAGES]
    keys = [cache_key(site_id, lang) for site_id in Site.objects.values_list("id", flat=True) for lang in languages]
    keys += [cache_key(None, lang) for lang in languages]
    with contextlib.suppress(Exception):  # entries expire on their own
        cache.delete_many(keys)


def tel_href(number):
    digits = re.sub(r"[^\d+]", "", number or "")
    return ("+" + digits.replace("+", "")) if digits.startswith("+") else digits.replace("+", "")


def display_international(e164):
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def load(site, language):
    """Read the hotline facts for ``site`` in ``language`` from the database (3–4 queries)."""
    from .models import CallbackPage, HotlineSettings, HotlineText

    hotline = HotlineSettings.objects.filter(site=site).first() if site else None
    hours = list(hotline.hours.all()) if hotline else []
    text = HotlineText.objects.filter(locale__language_code=language).first()
    page = CallbackPage.objects.live().public().filter(locale__language_code=language).first()
    international = hotline.international_number if hotline else ""
    return {
        "configured": bool(hotline and (hotline.national_number or international)),
        "national_number": hotline.national_number if hotline else "",
        "national_tel": tel_href(hotline.national_number) if hotline else "",
        "international_number": international,
        "international_display": display_international(international) if international else "",
        "international_tel": tel_href(international),
        "email": hotline.email if hotline else "",
        "viber_url": hotline.viber_url if hotline else "",
        "telegram_url": hotline.telegram_url if hotline else "",
        "whatsapp_url": hotline.whatsapp_url if hotline else "",
        "callback_enabled": bool(hotline and hotline.callback_enabled),
        "callback_promise_hours": hotline.callback_promise_hours if hotline else 24,
        "hours": [
            {"days": row.days, "opens": row.opens.strftime("%H:%M"), "closes": row.closes.strftime("%H:%M")}
            for row in hours
        ],
        "has_text": text is not None,
        "callback_promise": text.callback_promise if text else "",
        "hours_note": text.hours_note if text else "",
        "emergency_lines": text.emergency_lines if text else [],
        "callback_url": page.get_url() if page else "",
    }


def is_open(hours, now):
    current = now.strftime("%H:%M")
    return any(
        now.weekday() in WEEKDAY_SETS.get(row["days"], ()) and row["opens"] <= current < row["closes"] for row in hours
    )


def hotline_info(request=None, now=None):
    """The hotline facts for this request, with ``open_now`` and the Minsk time."""
    if request is not None and hasattr(request, REQUEST_ATTR):
        return getattr(request, REQUEST_ATTR)
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    key = cache_key(site.id if site else None, language)
    try:
        data = cache.get(key)
    except Exception:  # a cache outage means reading the database
        data = None
    if data is None:
        data = load(site, language)
        with contextlib.suppress(Exception):  # a cache outage only costs queries
            cache.set(key, data, CACHE_TIMEOUT)
    info = dict(data)
    minsk_now = timezone.localtime(now or timezone.now(), MINSK)
    info["open_now"] = is_open(info["hours"], minsk_now)
    info["minsk_time"] = minsk_now.strftime("%H:%M")
    info["hours"] = [
        {**row, "label": OpeningHours.Days(row["days"]).label, "weekdays": WEEKDAY_SETS.get(row["days"], ())}
        for row in info["hours"]
        if row["days"] in WEEKDAY_SETS
    ]
    if request is not None:
        setattr(request, REQUEST_ATTR, info)
    return info


def organization_jsonld(info, request=None, name="", url=""):
    """schema.org Organization with the hotline as its ContactPoint."""
    contact = {
        "@type": "ContactPoint",
        "contactType": "hotline",
        "areaServed": "BY",
        "availableLanguage": [code for code, _name in settings.LANGUAGES],
    }
    telephone = info.get("international_number") or info.get("national_tel")
    if telephone:
        contact["telephone"] = telephone
    if info.get("email"):
        contact["email"] = info["email"]
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [SCHEMA_DAYS[day] for day in row["weekdays"]],
            "opens": row["opens"],
            "closes": row["closes"],
        }
        for row in info.get("hours", [])
    ]
    if specs:
        contact["hoursAvailable"] = specs
    data = {"@context": "https://schema.org", "@type": "Organization", "name": name, "contactPoint": contact}
    if url:
        data["url"] = url
    same_as = [info[key] for key in ("viber_url", "telegram_url", "whatsapp_url") if info.get(key)]
    if same_as:
        data["sameAs"] = same_as
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
