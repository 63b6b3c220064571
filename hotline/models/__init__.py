"""Hotline models: site settings and wording, the callback page, callback requests."""

from .pages import CallbackPage
from .requests import (
    CALL_STATUSES,
    OPEN_STATUSES,
    CallbackRequest,
    CallbackStatusChange,
    Channel,
    Status,
    TimeWindow,
    Topic,
)
from .settings import HotlineSettings, HotlineText, OpeningHours

__all__ = [
    "CALL_STATUSES",
    "OPEN_STATUSES",
    "CallbackPage",
    "CallbackRequest",
    "CallbackStatusChange",
    "Channel",
    "HotlineSettings",
    "HotlineText",
    "OpeningHours",
    "Status",
    "TimeWindow",
    "Topic",
]
