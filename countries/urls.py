from django.urls import path

from .feeds import GuidanceAtomFeed, GuidanceFeed

app_name = "countries"

urlpatterns = [
    path("guidance.rss", GuidanceFeed(), name="guidance_rss"),
    path("guidance.atom", GuidanceAtomFeed(), name="guidance_atom"),
    path("guidance/<str:country>.rss", GuidanceFeed(), name="guidance_country_rss"),
    path("guidance/<str:country>.atom", GuidanceAtomFeed(), name="guidance_country_atom"),
]
