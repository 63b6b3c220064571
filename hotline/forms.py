"""The public callback form: every field validated on the server, every error translated."""

import re
import secrets
import time

from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

import phonenumbers

from core.countries import country_choices, is_country_code

from .antiabuse import TIMESTAMP_SALT
from .models import Channel, TimeWindow, Topic
from .models.requests import SUBMISSION_KEY_LENGTH

MESSAGE_MAX_LENGTH = 1000
NAME_MAX_LENGTH = 100
PHONE_MAX_LENGTH = 32
MARKUP_RE = re.compile(r"<\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;|javascript:", re.IGNORECASE)
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def reject_markup(value):
    if value and MARKUP_RE.search(value):
        raise ValidationError(_("Please write plain text without HTML tags or code (no < > signs)."), code="markup")


def to_bool(value):
    return value == "yes"


SUBMISSION_KEY_RE = re.compile(rf"[A-Za-z0-9_-]{{{SUBMISSION_KEY_LENGTH}}}")


def signed_form_token(now=None):
    """The form's hidden ``rendered_at`` value: the signed render time that
    hotline.antiabuse.timestamp_problem checks, plus a random submission key.

    The key makes sending the form idempotent: the same rendered form sent
    again (a retry after a lost response, a double click) is stored once.
    """
    now = now if now is not None else time.time()
    key = secrets.token_urlsafe(16)  # 22 characters
    return signing.dumps({"t": round(now, 3), "n": key}, salt=TIMESTAMP_SALT)


def submission_key(token):
    """The submission key in a correctly signed form token, or None (no key, forged, garbage).

    The age is not checked here: that is timestamp_problem's job.
    """
    try:
        data = signing.loads(token if isinstance(token, str) else "", salt=TIMESTAMP_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    key = data.get("n") if isinstance(data, dict) else None
    return key if isinstance(key, str) and SUBMISSION_KEY_RE.fullmatch(key) else None


# The answers stored as they are on a CallbackRequest.
REQUEST_FIELDS = (
    "name",
    "phone",
    "channel",
    "safe_to_call",
    "may_leave_message",
    "time_window",
    "country_now",
    "destination_country",
    "topic",
    "message",
)


class CallbackForm(forms.Form):
    """What the hotline needs to call someone back safely, and nothing more."""

    name = forms.CharField(
        label=_("How should we address you?"),
        help_text=_("Optional. A first name or any name you like."),
        required=False,
        max_length=NAME_MAX_LENGTH,
        validators=[reject_markup],
        error_messages={
            "max_length": _("Keep the name to %(limit_value)d characters or fewer (it has %(show_value)d).")
        },
        widget=forms.TextInput(attrs={"autocomplete": "given-name", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        help_text=_("Any format. From abroad, start with + and the country code."),
        max_length=PHONE_MAX_LENGTH,
        error_messages={
            "required": _("Enter the phone number we should call."),
            "max_length": _("This is too long for a phone number."),
        },
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel", "inputmode": "tel"}),
    )
    channel = forms.ChoiceField(
        label=_("How should we contact you?"),
        choices=Channel.choices,
        initial=Channel.PHONE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how we should contact you."),
            "invalid_choice": _("Choose one of the ways to contact you."),
        },
    )
    safe_to_call = forms.TypedChoiceField(
        label=_("Is it safe for us to call this number?"),
        help_text=_("If someone else may see or answer your phone, choose No. We will be careful."),
        choices=YES_NO,
        coerce=to_bool,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Tell us whether it is safe to call this number."),
            "invalid_choice": _("Choose Yes or No."),
        },
    )
    may_leave_message = forms.TypedChoiceField(
        label=_("May we leave a message if you do not answer?"),
        choices=YES_NO,
        coerce=to_bool,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Tell us whether we may leave a message."),
            "invalid_choice": _("Choose Yes or No."),
        },
    )
    time_window = forms.ChoiceField(
        label=_("When is the best time to reach you? (Minsk time)"),
        choices=TimeWindow.choices,
        initial=TimeWindow.ANY,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a time to reach you."),
            "invalid_choice": _("Choose one of the times offered."),
        },
    )
    country_now = forms.ChoiceField(
        label=_("Which country are you in now?"),
        error_messages={
            "required": _("Choose the country you are in now."),
            "invalid_choice": _("Choose a country from the list."),
        },
    )
    destination_country = forms.ChoiceField(
        label=_("Which country do you plan to work in, or work in now?"),
        help_text=_("Optional."),
        required=False,
        error_messages={"invalid_choice": _("Choose a country from the list.")},
    )
    topic = forms.ChoiceField(
        label=_("What is it about?"),
        choices=Topic.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose what your question is about."),
            "invalid_choice": _("Choose one of the topics offered."),
        },
    )
    message = forms.CharField(
        label=_("Anything we should know before we call? (optional)"),
        help_text=_("Up to 1000 characters. Do not write passwords or document numbers."),
        required=False,
        max_length=MESSAGE_MAX_LENGTH,
        validators=[reject_markup],
        error_messages={
            "max_length": _("Keep the message to %(limit_value)d characters or fewer (it has %(show_value)d).")
        },
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the hotline may process my data to call me back."),
        error_messages={"required": _("To ask for a call back, agree to the processing of your data.")},
    )
    # Honeypot: hidden from people (and from assistive technology); bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    rendered_at = forms.CharField(required=False, widget=forms.HiddenInput)

    radio_fields = ("channel", "safe_to_call", "may_leave_message", "time_window", "topic")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = country_choices(get_language())
        self.fields["country_now"].choices = [("", _("Choose a country"))] + countries
        self.fields["destination_country"].choices = [("", _("Not decided / not relevant"))] + countries
        self.fields["rendered_at"].initial = signed_form_token()

    def build_request(self, consent_version, **fields):
        """An unsaved CallbackRequest from the cleaned answers, with its urgency worked out.

        The page (which saves it) and the outage middleware (which spools it) both use this.
        """
        from django.conf import settings
        from django.utils import timezone

        from .models import CallbackRequest

        data = self.cleaned_data
        fields.setdefault("consent_at", timezone.now())
        callback = CallbackRequest(
            language=(get_language() or settings.LANGUAGE_CODE)[:8],
            submission_key=self.submission_key,
            consent_version=consent_version,
            **{name: data[name] for name in REQUEST_FIELDS},
            **fields,
        )
        callback.compute_urgency()
        return callback

    def fresh_timestamp(self):
        """Re-rendering a bound form (nothing was stored): a new render timestamp and submission key."""
        if self.is_bound:
            self.data = self.data.copy()
            self.data["rendered_at"] = signed_form_token()

    @property
    def submission_key(self):
        return submission_key(self.data.get("rendered_at")) if self.is_bound else None

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_phone(self):
        raw = self.cleaned_data["phone"]
        try:
            number = phonenumbers.parse(raw, "BY")
        except phonenumbers.NumberParseException:
            number = None
        if number is None or not phonenumbers.is_valid_number(number):
            raise ValidationError(
                _("Enter a phone number we can call, for example 8 029 123-45-67 or, from abroad, +48 600 123 456."),
                code="invalid",
            )
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)

    def clean_country_now(self):
        value = self.cleaned_data["country_now"]
        if not is_country_code(value):
            raise ValidationError(_("Choose a country from the list."), code="invalid_choice")
        return value.upper()

    def clean_message(self):
        return self.cleaned_data["message"].strip()

    @property
    def is_bot(self):
        return bool(self.data.get("website"))

    def error_list(self):
        """(field id or None, message) pairs in form order, for the error summary."""
        items = [(None, error) for error in self.non_field_errors()]
        for field in self:
            if field.name in self.errors and not field.is_hidden:
                target = f"{field.auto_id}_0" if field.name in self.radio_fields else field.auto_id
                items.extend((target, error) for error in field.errors)
        return items
