"""Site-wide hotline facts (numbers, hours, links) and their translated wording.

Numbers, hours and addresses are the same in every language, so they live in
one site setting; sentences that need translating live in ``HotlineText``,
a translatable snippet with one entry per language.
"""

import datetime
import re

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import models
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, TranslatableMixin

import phonenumbers

NATIONAL_NUMBER_RE = re.compile(r"^[0-9 ()+\-]{3,24}$")


def validate_national_number(value):
    digits = re.sub(r"\D", "", value)
    if not NATIONAL_NUMBER_RE.match(value) or not 3 <= len(digits) <= 15:
        raise ValidationError(
            _("Enter the number as dialled in Belarus: digits, spaces, brackets and hyphens only."),
            code="invalid",
        )


def normalise_international_number(value):
    """E.164 form of an international number, or ValidationError."""
    try:
        number = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("Enter a valid international number starting with +, for example +375 17 000-00-00."),
            code="invalid",
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def validate_international_number(value):
    normalise_international_number(value)


def parse_email_list(value):
    """Addresses separated by commas, semicolons or line breaks."""
    return [item.strip() for item in re.split(r"[,;\s]+", value or "") if item.strip()]


def validate_email_list(value):
    bad = []
    for address in parse_email_list(value):
        try:
            validate_email(address)
        except ValidationError:
            bad.append(address)
    if bad:
        raise ValidationError(
            _("These are not valid e-mail addresses: %(addresses)s"),
            params={"addresses": ", ".join(bad)},
            code="invalid",
        )


@deconstructible
class PrefixValidator:
    """Accept only links that start with one of ``prefixes`` (e.g. https://t.me/)."""

    def __init__(self, prefixes):
        self.prefixes = tuple(prefixes)

    def __call__(self, value):
        if value and not value.startswith(self.prefixes):
            raise ValidationError(
                _("The link must start with %(prefixes)s."),
                params={"prefixes": " / ".join(self.prefixes)},
                code="invalid",
            )

    def __eq__(self, other):
        return isinstance(other, PrefixValidator) and self.prefixes == other.prefixes


@register_setting(icon="mobile-alt")
class HotlineSettings(ClusterableModel, BaseSiteSetting):
    """Numbers, hours and callback rules of the hotline for one site."""

    national_number = models.CharField(
        _("national short number"),
        max_length=24,
        blank=True,
        validators=[validate_national_number],
        help_text=_("As dialled within Belarus, e.g. 8 801 000-00-00. Shown in the header of every page."),
    )
    international_number = models.CharField(
        _("number for calls from abroad"),
        max_length=20,
        blank=True,
        validators=[validate_international_number],
        help_text=_("International format with +, e.g. +375 17 000-00-00. Saved in E.164 form."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    viber_url = models.URLField(_("Viber link"), blank=True, validators=[PrefixValidator(["https://"])])
    telegram_url = models.URLField(_("Telegram link"), blank=True, validators=[PrefixValidator(["https://t.me/"])])
    whatsapp_url = models.URLField(_("WhatsApp link"), blank=True, validators=[PrefixValidator(["https://wa.me/"])])
    callback_enabled = models.BooleanField(
        _("accept callback requests"),
        default=True,
        help_text=_("Switch off to pause the callback form; the page then shows the numbers only."),
    )
    notification_emails = models.TextField(
        _("notification addresses"),
        blank=True,
        validators=[validate_email_list],
        help_text=_(
            "Who is told about new requests, one address per line. "
            "The message holds no personal data, only the reference and a link."
        ),
    )
    callback_promise_hours = models.PositiveSmallIntegerField(
        _("callback promise (hours)"),
        default=24,
        help_text=_("A request not called back within this many hours counts as overdue."),
    )
    retention_days = models.PositiveSmallIntegerField(
        _("keep closed requests (days)"),
        default=30,
        help_text=_("Closed requests are deleted this many days after closing."),
    )
    open_limit_days = models.PositiveSmallIntegerField(
        _("anonymise open requests after (days)"),
        default=90,
        help_text=_("Requests still open after this many days lose their personal data and are closed."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("national_number"), FieldPanel("international_number"), FieldPanel("email")],
            heading=_("Numbers"),
        ),
        InlinePanel("hours", heading=_("Opening hours (Minsk time)"), label=_("Opening hours")),
        MultiFieldPanel(
            [FieldPanel("viber_url"), FieldPanel("telegram_url"), FieldPanel("whatsapp_url")],
            heading=_("Messengers"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("callback_enabled"),
                FieldPanel("notification_emails"),
                FieldPanel("callback_promise_hours"),
                FieldPanel("retention_days"),
                FieldPanel("open_limit_days"),
            ],
            heading=_("Callback requests"),
        ),
    ]

    class Meta:
        verbose_name = _("hotline")
        verbose_name_plural = _("hotline")

    def clean(self):
        super().clean()
        if self.international_number:
            try:
                self.international_number = normalise_international_number(self.international_number)
            except ValidationError as error:
                raise ValidationError({"international_number": error}) from None
        if self.retention_days < 1:
            raise ValidationError({"retention_days": _("Keep closed requests for at least one day.")})
        if self.open_limit_days < 1:
            raise ValidationError({"open_limit_days": _("The limit must be at least one day.")})

    @property
    def notification_recipients(self):
        return parse_email_list(self.notification_emails)


WEEKDAY_SETS = {
    "mon-fri": (0, 1, 2, 3, 4),
    "mon-sat": (0, 1, 2, 3, 4, 5),
    "mon-sun": (0, 1, 2, 3, 4, 5, 6),
    "sat-sun": (5, 6),
    "mon": (0,),
    "tue": (1,),
    "wed": (2,),
    "thu": (3,),
    "fri": (4,),
    "sat": (5,),
    "sun": (6,),
}

# schema.org dayOfWeek names for the JSON-LD opening hours.
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class OpeningHours(Orderable):
    """One row of opening hours, e.g. Monday to Friday 09:00–18:00 Minsk time."""

    class Days(models.TextChoices):
        MON_FRI = "mon-fri", _("Monday to Friday")
        MON_SAT = "mon-sat", _("Monday to Saturday")
        MON_SUN = "mon-sun", _("Every day")
        SAT_SUN = "sat-sun", _("Saturday and Sunday")
        MON = "mon", _("Monday")
        TUE = "tue", _("Tuesday")
        WED = "wed", _("Wednesday")
        THU = "thu", _("Thursday")
        FRI = "fri", _("Friday")
        SAT = "sat", _("Saturday")
        SUN = "sun", _("Sunday")

    setting = ParentalKey(HotlineSettings, on_delete=models.CASCADE, related_name="hours")
    days = models.CharField(_("days"), max_length=8, choices=Days.choices, default=Days.MON_FRI)
    opens = models.TimeField(_("opens"), default=datetime.time(9, 0))
    closes = models.TimeField(
        _("closes"), default=datetime.time(18, 0), help_text=_("Use 23:59 for a line open until midnight.")
    )

    panels = [FieldPanel("days"), FieldPanel("opens"), FieldPanel("closes")]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self):
        super().clean()
        if self.opens is not None and self.closes is not None and self.closes <= self.opens:
            raise ValidationError({"closes": _("The closing time must be later than the opening time.")})

    @property
    def weekdays(self):
        return WEEKDAY_SETS.get(self.days, ())

    def __str__(self):
        return f"{self.get_days_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


class HotlineText(TranslatableMixin, models.Model):
    """Hotline wording that editors translate: one entry per language."""

    callback_promise = models.CharField(
        _("callback promise"),
        max_length=200,
        help_text=_('Shown after a request is sent, e.g. "We will call you back within one working day."'),
    )
    hours_note = models.CharField(
        _("note on opening hours"),
        max_length=200,
        blank=True,
        help_text=_('Shown under the opening hours, e.g. "Calls within Belarus are free."'),
    )
    emergency_text = models.TextField(
        _("emergency advice"),
        max_length=600,
        blank=True,
        help_text=_("Shown at once to people who may be in danger. One line per number or step."),
    )

    panels = [FieldPanel("callback_promise"), FieldPanel("hours_note"), FieldPanel("emergency_text")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("hotline wording")
        verbose_name_plural = _("hotline wording")

    def __str__(self):
        return str(_("Hotline wording (%(language)s)") % {"language": self.locale.get_display_name()})

    def clean(self):
        super().clean()
        if self.locale_id and HotlineText.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk).exists():
            raise ValidationError(_("There is already hotline wording in this language; edit that one."))

    @property
    def emergency_lines(self):
        return [line.strip() for line in self.emergency_text.splitlines() if line.strip()]
