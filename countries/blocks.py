"""Blocks of a country guide: titled sections and structured contact cards."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.blocks import BaseStreamBlock, UntranslatedCharBlock


class SectionBlock(blocks.StructBlock):
    """A titled part of a guide; the titles make the automatic contents list."""

    title = blocks.CharBlock(label=_("Section title"), max_length=120)
    content = BaseStreamBlock(label=_("Content"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Section")
        description = _("A titled section, for example “Before you go” or “If things go wrong”.")
        template = "countries/blocks/section_block.html"


class ContactCardValue(blocks.StructValue):
    @property
    def kind_label(self):
        return dict(ContactCardBlock.KIND_CHOICES).get(self.get("kind"), "")


class ContactCardBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("embassy", _("Belarusian embassy or consulate")),
        ("emergency", _("Emergency numbers")),
        ("ngo", _("NGO or trade union")),
        ("other", _("Other help")),
    ]

    kind = blocks.ChoiceBlock(choices=KIND_CHOICES, default="embassy", label=_("Kind"))
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    phones = blocks.ListBlock(
        UntranslatedCharBlock(label=_("Phone"), max_length=40),
        label=_("Phones"),
        help_text=_("In international format, e.g. +48 22 000 00 00, or a short number such as 112."),
    )
    address = blocks.TextBlock(label=_("Address"), required=False)
    hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=200)
    website = blocks.URLBlock(label=_("Website"), required=False)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)

    class Meta:
        icon = "user"
        label = _("Contact card")
        description = _("Who to call: name, phones, address, hours and website.")
        template = "countries/blocks/contact_card_block.html"
        value_class = ContactCardValue
