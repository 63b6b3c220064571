"""Callback requests: what a visitor asked for, and what operators did with it.

Personal data is kept to the minimum the hotline needs to call back. No IP
address is stored; ``__str__`` is the reference only, so audit-log labels and
admin titles never carry a name or a number.
"""

import datetime
import secrets

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.countries import country_name

# No 0/O, 1/I/L: easy to read out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
REFERENCE_LENGTH = 8
# The random key each rendered callback form carries (see hotline.forms.signed_form_token).
SUBMISSION_KEY_LENGTH = 22


class DuplicateSubmission(Exception):
    """The same rendered form was sent again and is already stored."""


def new_reference():
    return "".join(secrets.choice(REFERENCE_ALPHABET) for _i in range(REFERENCE_LENGTH))


class Channel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    VIBER = "viber", _("Viber")
    TELEGRAM = "telegram", _("Telegram")
    WHATSAPP = "whatsapp", _("WhatsApp")


class TimeWindow(models.TextChoices):
    ANY = "any", _("Any time while the line is open")
    MORNING = "morning", _("Morning")
    AFTERNOON = "afternoon", _("Afternoon")
    EVENING = "evening", _("Evening")


class Topic(models.TextChoices):
    PLANNING = "planning", _("I plan to work abroad")
    WORKING = "working", _("I work abroad now")
    RETURNING = "returning", _("I am coming home")
    EXPLOITATION = "exploitation", _("I think I am being exploited or held")
    OTHER = "other", _("Something else")


class Status(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", _("In progress")
    CALLED_BACK = "called_back", _("Called back")
    UNREACHABLE = "unreachable", _("Could not reach")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = (Status.NEW, Status.IN_PROGRESS, Status.UNREACHABLE)
# A call was attempted: the first of these marks the "time to first call".
CALL_STATUSES = (Status.CALLED_BACK, Status.UNREACHABLE)


class CallbackRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, promise_hours, now=None):
        now = now or timezone.now()
        return self.open().filter(
            first_call_at__isnull=True, created_at__lt=now - datetime.timedelta(hours=promise_hours)
        )


class CallbackRequest(models.Model):
    reference = models.CharField(_("reference"), max_length=REFERENCE_LENGTH, unique=True, editable=False)
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True, editable=False)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    name = models.CharField(_("how to address"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)  # E.164
    channel = models.CharField(_("preferred channel"), max_length=10, choices=Channel.choices)
    safe_to_call = models.BooleanField(_("safe to call"))
    may_leave_message = models.BooleanField(_("may leave a message"))
    time_window = models.CharField(_("time window"), max_length=10, choices=TimeWindow.choices)
    country_now = models.CharField(_("country now"), max_length=2)
    destination_country = models.CharField(_("destination country"), max_length=2, blank=True)
    topic = models.CharField(_("topic"), max_length=16, choices=Topic.choices)
    message = models.TextField(_("message"), max_length=1000, blank=True)
    urgent = models.BooleanField(_("urgent"), default=False, db_index=True)
    consent_at = models.DateTimeField(_("consent given"))
    consent_version = models.CharField(_("consent text version"), max_length=80)
    # Random, per rendered form, not personal data: a form sent twice (a retry
    # after a lost response, a double click) is stored once.
    submission_key = models.CharField(
        _("submission key"), max_length=SUBMISSION_KEY_LENGTH, unique=True, null=True, blank=True, editable=False
    )

    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.NEW, db_index=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned operator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    notes = models.TextField(_("internal notes"), blank=True)
    first_call_at = models.DateTimeField(_("first call"), null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)
    notified_at = models.DateTimeField(_("operators notified"), null=True, blank=True, editable=False)
    notify_attempts = models.PositiveSmallIntegerField(default=0, editable=False)

    objects = CallbackRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("callback request")
        verbose_name_plural = _("callback requests")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "closed_at"]), models.Index(fields=["phone"])]

    def __str__(self):
        return self.display_reference

    @property
    def display_reference(self):
        ref = self.reference or ""
        return f"{ref[:4]}-{ref[4:]}" if len(ref) == REFERENCE_LENGTH else ref

    @property
    def country_now_name(self):
        return country_name(self.country_now) if self.country_now else ""

    @property
    def destination_country_name(self):
        return country_name(self.destination_country) if self.destination_country else ""

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def compute_urgency(self):
        self.urgent = self.topic == Topic.EXPLOITATION or not self.safe_to_call
        return self.urgent

    def save_with_new_reference(self, attempts=8):
        """Insert with a fresh random reference, drawing again on the rare collision.

        Raises DuplicateSubmission when a request with the same submission key
        is already stored (also when it was committed by a concurrent request
        while this one was being inserted).
        """
        for attempt in range(attempts):
            self.reference = new_reference()
            try:
                with transaction.atomic():
                    self.save(force_insert=True)
                return self
            except IntegrityError:
                self.pk = None
                if self.submission_key and type(self).objects.filter(submission_key=self.submission_key).exists():
                    raise DuplicateSubmission from None
                if attempt == attempts - 1:
                    raise
        return self

    def record_status(self, new_status, user=None, previous=None, now=None):
        """Record a status change by ``user`` (None: the system) and the times it implies."""
        now = now or timezone.now()
        previous = previous if previous is not None else self.status
        self.status = new_status
        if new_status in CALL_STATUSES and self.first_call_at is None:
            self.first_call_at = now
        if new_status == Status.CLOSED and self.closed_at is None:
            self.closed_at = now
        if new_status != Status.CLOSED:
            self.closed_at = None
        if previous != new_status:
            CallbackStatusChange.objects.create(
                request=self, from_status=previous, to_status=new_status, changed_by=user, changed_at=now
            )


class CallbackStatusChange(models.Model):
    """Who changed a request's status, when, from what to what."""

    request = models.ForeignKey(CallbackRequest, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=12, choices=Status.choices)
    to_status = models.CharField(_("to"), max_length=12, choices=Status.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("operator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    changed_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"
