"""Builders for the demo content that ``seed_demo`` creates.

Texts come from ``core.demo_content`` as (ru, be, en) tuples. Russian pages
and snippets are built from the first element; the other languages are made
as wagtail-localize translations from the whole tuple, so the demo behaves
like content an editor wrote in Russian and translators translated.
"""

import colorsys
import io
import random
from datetime import date
from xml.sax.saxutils import escape as xml_escape

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from PIL import Image as PILImage
from PIL import ImageDraw

LANGUAGES = ("ru", "be", "en")

SAMPLE_NOTICE = (
    "Это пример содержания: перед публикацией проверьте факты, адреса и телефоны.",
    "Гэта прыклад зместу: перад публікацыяй праверце факты, адрасы і тэлефоны.",
    "This is sample content: check the facts, addresses and phone numbers before publishing.",
)


def is_text(value):
    return isinstance(value, tuple) and len(value) == 3 and all(isinstance(part, str) for part in value)


def collect_texts(data, found=None):
    """Every (ru, be, en) tuple inside ``data``."""
    found = [] if found is None else found
    if is_text(data):
        found.append(data)
    elif isinstance(data, dict):
        for value in data.values():
            collect_texts(value, found)
    elif isinstance(data, list | tuple):
        for value in data:
            collect_texts(value, found)
    return found


def strings_for(language, *data):
    """Map each Russian segment inside ``data`` to its ``language`` translation."""
    index = LANGUAGES.index(language)
    mapping = {}
    for text in collect_texts(list(data)):
        mapping[text[0]] = text[index]
    return mapping


def paragraph(text, index=0):
    return f"<p>{xml_escape(text[index])}</p>"


def stream(blocks, index=0):
    """StreamField data for BaseStreamBlock from ("kind", text) pairs."""
    result = []
    for kind, value in blocks:
        if kind == "paragraph":
            result.append(("paragraph", paragraph(value, index)))
        elif kind == "heading":
            result.append(("heading", {"text": value[index], "level": "h2"}))
        elif kind == "subheading":
            result.append(("heading", {"text": value[index], "level": "h3"}))
        elif kind == "checklist":
            result.append(("checklist", {"title": "", "items": [item[index] for item in value]}))
        elif kind == "warning":
            result.append(("warning", {"title": "", "text": paragraph(value, index)}))
        elif kind == "quote":
            result.append(("quote", {"text": value[index], "attribution": ""}))
        else:
            raise ValueError(f"Unknown demo block kind {kind!r}")
    return result


def add_child(parent, page):
    """Add and publish ``page`` under ``parent`` unless a page with its slug exists."""
    existing = parent.get_children().filter(slug=page.slug).first()
    if existing is not None:
        return existing.specific, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


MENU_SLUGS = {"about", "privacy", "safety", "partners"}


def demo_image(slug, title, colour):
    """A simple generated illustration (no downloads), reused on later runs."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing is not None:
        return existing
    rng = random.Random(slug)
    width, height = 1200, 675
    canvas = PILImage.new("RGB", (width, height), colour)
    draw = ImageDraw.Draw(canvas)
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    for step in range(9):
        shade = colorsys.hls_to_rgb(hue, min(0.92, lightness + 0.06 * (step % 4 + 1)), saturation)
        fill = tuple(int(channel * 255) for channel in shade)
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        radius = rng.randint(80, 320)
        if step % 3 == 0:
            draw.rectangle([x, y, x + radius * 2, y + radius], fill=fill)
        else:
            draw.ellipse([x, y, x + radius, y + radius], fill=fill)
    draw.rectangle([0, height - 90, width, height], fill=(255, 255, 255))
    draw.rectangle([60, height - 60, 420, height - 40], fill=colour)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    image = Image(title=title, collection=collection)
    image.file = ImageFile(buffer, name=f"{slug}.jpg")
    image.save()
    return image


def parse_date(value):
    return date.fromisoformat(value)


def root_page():
    return Page.get_first_root_node()


def demo_document(title, name, make_bytes):
    """A Wagtail document made on the spot (no downloads), reused on later runs."""
    from django.core.files.base import ContentFile

    from wagtail.documents import get_document_model

    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    document = Document(title=title, collection=collection)
    document.file.save(name, ContentFile(make_bytes()), save=False)
    document.save()
    return document


def poster_pdf():
    """A one-page A4 poster in the campaign colours, as PDF bytes."""
    canvas = PILImage.new("RGB", (1240, 1754), "#0b4f8a")
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle([120, 200, 1120, 1000], radius=80, fill="#ffffff")
    draw.polygon([(300, 990), (300, 1200), (500, 1000)], fill="#ffffff")
    draw.rectangle([120, 1400, 1120, 1480], fill="#ffbf47")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PDF", resolution=150)
    return buffer.getvalue()


def logo_png():
    from django.contrib.staticfiles import finders

    with open(finders.find("img/logo.png"), "rb") as handle:
        return handle.read()
