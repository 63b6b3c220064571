"""What search engines and messengers read: sitemap, robots.txt, meta tags, breadcrumbs.

The sitemap lists every live, public page of every language with its
translations as ``xhtml:link`` hreflang alternates (plus ``x-default``, the
source-language version). Translations are grouped by ``translation_key``
from the one query that lists the pages, so the sitemap costs the same few
queries however many pages there are.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.db.models import Q
from django.http import HttpResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext

from wagtail.models import Page, Site

from core.models import public

DEFAULT_SOCIAL_IMAGE = "img/social-default.png"
SOCIAL_IMAGE_SIZE = (1200, 630)
SOCIAL_RENDITION = "fill-1200x630"
DESCRIPTION_LENGTH = 200
# Fields that summarise a page, tried in order when it has no search description.
SUMMARY_FIELDS = ("search_description", "summary", "intro")
# Open Graph wants language_TERRITORY.
OG_LOCALES = {"ru": "ru_RU", "be": "be_BY", "en": "en_GB"}


def absolute_url(page, request):
    """The page's address on the host the visitor used (as hreflang links do), or ''."""
    url = page.get_url(request)
    return request.build_absolute_uri(url) if url else ""


class PageSitemap(Sitemap):
    """Every live, public page under the site's home pages, in every language."""

    limit = 5000

    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request)

    def items(self):
        if self.site is None:
            return Page.objects.none()
        homes = list(self.site.root_page.get_translations(inclusive=True).only("path"))
        under_a_home = Q()
        for home in homes:
            under_a_home |= Q(path__startswith=home.path)
        return (
            public(Page.objects.live())
            .filter(under_a_home)
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "translation_key", "locale", "last_published_at")
            .order_by("path")
        )

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        pages = list(self.paginator.page(page).object_list)
        # Alternates may live on another sitemap page; look them up by key in one query.
        keys = {p.translation_key for p in pages}
        translations = {}
        for other in self.items().filter(translation_key__in=keys):
            translations.setdefault(other.translation_key, []).append(other)
        urls = []
        for item in pages:
            location = absolute_url(item, self.request)
            if not location:
                continue
            alternates = []
            default = None
            for other in sorted(translations.get(item.translation_key, []), key=lambda p: p.locale_id):
                other_url = absolute_url(other, self.request)
                if not other_url:
                    continue
                alternates.append({"lang_code": other.locale.language_code, "location": other_url})
                if other.locale.language_code == settings.LANGUAGE_CODE:
                    default = other_url
            if len(alternates) < 2:
                alternates = []  # nothing to announce for a page in one language only
            elif default:
                alternates.append({"lang_code": "x-default", "location": default})
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at,
                    "changefreq": None,
                    "priority": None,
                    "alternates": alternates,
                }
            )
        return urls


def sitemap(request):
    return sitemap_view(request, sitemaps={"pages": PageSitemap(request)})


def search_paths():
    """The address of site search in every language, for robots.txt."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("search:search"))
    return paths


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    lines += [f"Disallow: {path}" for path in search_paths()]
    lines += ["", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_description(page):
    """The page's search description, else its summary or introduction, else ''."""
    for field in SUMMARY_FIELDS:
        value = getattr(page, field, "")
        if isinstance(value, str) and value.strip():
            return Truncator(" ".join(value.split())).chars(DESCRIPTION_LENGTH)
    return ""


def default_description():
    return gettext(
        "Plain-language guidance on working abroad safely and legally, "
        "with a free national hotline that answers your questions."
    )


def social_image(page, request):
    """(absolute URL, width, height, alt) of the image shown when ``page`` is shared."""
    for field in ("social_image", "hero_image"):
        image = getattr(page, field, None) if page is not None else None
        if image is None:
            continue
        try:
            rendition = image.get_rendition(SOCIAL_RENDITION)
        except Exception:  # a missing original file must not break the page
            continue
        alt = getattr(page, "hero_alt", "") if field == "hero_image" else ""
        return request.build_absolute_uri(rendition.url), rendition.width, rendition.height, alt or image.title
    width, height = SOCIAL_IMAGE_SIZE
    return request.build_absolute_uri(static(DEFAULT_SOCIAL_IMAGE)), width, height, ""


def breadcrumb_trail(page, request):
    """[(title, url)] from the home page down to ``page``; empty on a home page."""
    if not isinstance(page, Page) or not page.id or page.depth <= 2:
        return []
    # The pages on the way, when routing found them (core.models.BasePage.route): no query.
    ancestors = [a for a in getattr(page, "_route_ancestors", None) or [] if a.depth >= 2]
    if [a.depth for a in ancestors] != list(range(2, page.depth)):
        ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth")
    trail = [(ancestor.title, ancestor.get_url(request)) for ancestor in ancestors]
    trail.append((page.title, page.get_url(request)))
    return trail


def breadcrumb_jsonld(trail, request):
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": title,
                "item": request.build_absolute_uri(url),
            }
            for position, (title, url) in enumerate(trail, start=1)
        ],
    }
