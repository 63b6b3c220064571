from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import feeds as core_feeds
from core import views as core_views
from core.seo import robots_txt, sitemap

urlpatterns = [
    path("healthz/", core_views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix, the default one included;
# "/" is redirected by LocaleMiddleware to the visitor's best language.
urlpatterns += i18n_patterns(
    path("feeds/", include("articles.urls")),
    path("feeds/", include("countries.urls")),
    path("feeds/stylesheet.xsl", core_feeds.feed_stylesheet, name="feed_stylesheet"),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Crashes get a translated page without the database; an unreachable database gets 503 (core/errors.py).
handler500 = "core.errors.server_error"
