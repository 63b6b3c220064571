from django.urls import path

from .feeds import NewsAtomFeed, NewsFeed

app_name = "articles"

urlpatterns = [
    path("news.rss", NewsFeed(), name="news_rss"),
    path("news.atom", NewsAtomFeed(), name="news_atom"),
    path("news/topic/<slug:topic>.rss", NewsFeed(), name="news_topic_rss"),
    path("news/topic/<slug:topic>.atom", NewsAtomFeed(), name="news_topic_atom"),
    path("news/country/<str:country>.rss", NewsFeed(), name="news_country_rss"),
    path("news/country/<str:country>.atom", NewsAtomFeed(), name="news_country_atom"),
]
