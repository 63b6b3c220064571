"""Languages across the site: prefixes, redirects, lang attributes, switcher,
hreflang, and complete UI catalogs."""

import re
from pathlib import Path

from django.conf import settings
from django.test import override_settings

from wagtail.models import Locale

import polib
import pytest

from home.models import HomePage, StandardPage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_a_complete_catalog(language):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"missing catalog {path}"
    catalog = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalog.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalog.fuzzy_entries()]
    assert not untranslated, f"{language}: untranslated entries {untranslated}"
    assert not fuzzy, f"{language}: fuzzy entries {fuzzy}"
    assert catalog.percent_translated() == 100


@pytest.mark.parametrize("language", ["ru", "be"])
def test_slavic_catalogs_have_slavic_plural_rules(language):
    path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
    plural_forms = polib.pofile(str(path)).metadata["Plural-Forms"]
    assert "n%10==1 && n%100!=11" in plural_forms


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("be-BY,be;q=0.9,ru;q=0.8", "/be/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("ru-RU", "/ru/"),
        ("fr-FR,de;q=0.5", "/ru/"),
        ("", "/ru/"),
        ("<script>;;;q=abc", "/ru/"),
    ],
)
def test_root_redirects_to_the_best_language(client, demo_site, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_has_the_right_lang_and_translated_interface(client, demo_site, language):
    response = client.get(f"/{language}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    skip_link = {"ru": "Перейти к основному содержанию", "be": "Перайсці да асноўнага зместу"}
    assert skip_link.get(language, "Skip to main content") in html


@pytest.mark.django_db
def test_switcher_and_hreflang_link_the_translations_of_the_page(client, demo_site):
    html = client.get("/be/").content.decode()
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="([^"]+)"', switcher) == ["/ru/", "/be/", "/en/"]
    assert 'aria-current="page">Беларуская<' in switcher
    for code in LANGUAGES:
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/">' in html
    assert '<link rel="alternate" hreflang="x-default" href="http://testserver/ru/">' in html


@pytest.mark.django_db
def test_untranslated_page_links_to_the_other_languages_home_and_has_no_hreflang_for_them(client, demo_site):
    home = demo_site.root_page
    page = home.add_child(instance=StandardPage(title="Только по-русски", slug="only-ru", locale=Locale.get_default()))
    page.save_revision().publish()

    html = client.get("/ru/only-ru/").content.decode()

    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    assert re.findall(r'href="([^"]+)"', switcher) == ["/ru/only-ru/", f"/be/?from={page.id}", f"/en/?from={page.id}"]
    assert "Ещё не переведено: откроется главная страница" in switcher
    assert 'hreflang="ru" href="http://testserver/ru/only-ru/"' in html
    assert '<link rel="alternate" hreflang="be"' not in html
    assert '<link rel="alternate" hreflang="en"' not in html


@pytest.mark.django_db
def test_switcher_query_count_is_constant(client, demo_site, django_assert_max_num_queries):
    # Warm caches that every request shares (site root paths, locales, footer, home pages).
    client.get("/en/")
    # Every page type is pinned in tests/test_query_counts.py; this guards the switcher on a bare home page.
    with override_settings(PAGE_CACHE_SECONDS=0), django_assert_max_num_queries(12):
        assert client.get("/en/").status_code == 200


@pytest.mark.django_db
def test_not_found_page_is_translated_and_offers_the_home_page(client, demo_site):
    response = client.get("/be/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="be">' in html
    assert "Старонка не знойдзена" in html
    assert 'href="/be/"' in html


@pytest.mark.django_db
def test_unpublished_translation_is_not_offered_as_an_alternate(client, demo_site):
    HomePage.objects.get(locale__language_code="en").unpublish()
    html = client.get("/ru/").content.decode()
    assert '<link rel="alternate" hreflang="en"' not in html
    assert '<link rel="alternate" hreflang="be"' in html
