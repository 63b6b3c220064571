"""StreamField blocks shared by every page body.

``BaseStreamBlock`` is the one body editors meet on news, country guides and
standard pages, so the same tools work the same way everywhere.
"""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class UntranslatedCharBlock(blocks.CharBlock):
    """Text that is the same in every language (phone numbers, codes).

    wagtail-localize leaves it out of translation and keeps the source value.
    """

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Text with bold, italic, lists and links.")
        template = "components/blocks/paragraph_block.html"
        preview_value = "<p>Before you sign a contract, ask for a copy in a language you understand.</p>"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Section heading")), ("h3", _("Sub-heading"))], default="h2", label=_("Level")
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A heading that breaks a long text into parts.")
        template = "components/blocks/heading_block.html"
        preview_value = {"text": "Your rights at work", "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("A picture with alternative text, caption and credit.")
        template = "components/blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        description = _("Words of a person, with who said them.")
        template = "components/blocks/quote_block.html"
        preview_value = {
            "text": "I checked the agency with the hotline and it saved me.",
            "attribution": "Anna",
        }


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    page = blocks.PageChooserBlock(label=_("Page"), required=False, help_text=_("For example the callback page."))
    link_text = blocks.CharBlock(label=_("Link text"), required=False, max_length=60)

    class Meta:
        icon = "link"
        label = _("Call to action")
        description = _("Sends the reader to the hotline or the callback page.")
        template = "components/blocks/call_to_action_block.html"
        preview_value = {"heading": "Not sure? Ask the hotline", "text": "It is free and confidential."}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        description = _("A file to download, with its type and size.")
        template = "components/blocks/document_block.html"


class WarningBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = ParagraphBlock(label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Warning")
        description = _("A highlighted box for a risk the reader must not miss.")
        template = "components/blocks/warning_block.html"
        preview_value = {
            "title": "Never hand over your passport",
            "text": "<p>Your employer may not keep it.</p>",
        }


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(label=_("Item"), max_length=300), label=_("Items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        description = _("Things to check or take, as a list of ticks.")
        template = "components/blocks/checklist_block.html"
        preview_value = {"title": "Take with you", "items": ["Passport", "Signed contract", "Insurance"]}


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")


def video_embed_url(url):
    """The privacy-friendly embed address for a YouTube or Vimeo link, or None."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    video_id = None
    if host == "youtu.be":
        video_id = parsed.path.lstrip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parsed.path == "/watch":
            video_id = (parse_qs(parsed.query).get("v") or [""])[0]
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
    if video_id and _YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if host == "vimeo.com":
        vimeo_id = parsed.path.strip("/").split("/")[0]
        if vimeo_id.isdigit():
            return f"https://player.vimeo.com/video/{vimeo_id}?dnt=1&autoplay=1"
    return None


class VideoBlockValue(blocks.StructValue):
    @cached_property
    def embed_url(self):
        return video_embed_url(self.get("url"))

    @cached_property
    def provider(self):
        return urlparse(self.embed_url or "").hostname or ""


class VideoBlock(blocks.StructBlock):
    """A video that loads nothing from the video site until the reader asks.

    Without JavaScript the reader gets a plain link to the video.
    """

    url = blocks.URLBlock(label=_("Video address"), help_text=_("A YouTube or Vimeo link."))
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    transcript = blocks.TextBlock(label=_("Transcript or summary"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Use a YouTube or Vimeo video address."))}
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("A YouTube or Vimeo video that loads only after a click.")
        template = "components/blocks/video_block.html"
        value_class = VideoBlockValue


class BaseStreamBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    heading = HeadingBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()
    warning = WarningBlock()
    checklist = ChecklistBlock()
    video = VideoBlock()
