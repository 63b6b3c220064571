from django.core.management import CommandError, call_command

from wagtail.models import Locale

import polib
import pytest

from .helpers import make_page, translate


def fill(directory, prefix):
    for path in directory.glob("*.po"):
        po = polib.pofile(str(path))
        for entry in po:
            entry.msgstr = entry.msgid if (entry.msgctxt or "").endswith("slug") else f"{prefix}{entry.msgid}"
        po.save()


@pytest.mark.django_db
def test_po_round_trip_for_a_set_of_pages(demo_site, tmp_path):
    section = make_page("Страны", "countries-set", intro="Советы по странам")
    child = make_page("Польша", "pl", intro="Виза и договор", parent=section)
    done = make_page("Уже переведено", "done")
    translate(done, "be")
    be = Locale.objects.get(language_code="be")

    call_command("translations_po", "export", "--language", "be", "--out", str(tmp_path), "--under", str(section.pk))
    files = {path.name for path in tmp_path.glob("*.po")}
    assert files == {f"standardpage-{section.pk}-be.po", f"standardpage-{child.pk}-be.po"}

    fill(tmp_path, "БЕ: ")
    call_command("translations_po", "import", "--language", "be", str(tmp_path), "--publish")

    be_child = child.get_translation(be).specific
    assert be_child.live and be_child.title == "БЕ: Польша" and be_child.intro == "БЕ: Виза и договор"
    assert be_child.get_parent().specific.title == "БЕ: Страны"
    assert child.get_translation(be).url == "/be/countries-set/pl/"

    # The whole tree exported again: nothing left but the home page (already translated by the seed, so skipped).
    other = tmp_path / "again"
    call_command("translations_po", "export", "--language", "be", "--out", str(other))
    assert list(other.glob("*.po")) == []


@pytest.mark.django_db
def test_po_import_refuses_files_of_another_language(demo_site, tmp_path):
    make_page("Польша", "pl")
    call_command("translations_po", "export", "--language", "en", "--out", str(tmp_path))
    with pytest.raises(CommandError):
        call_command("translations_po", "import", "--language", "be", str(tmp_path))
    with pytest.raises(CommandError):
        call_command("translations_po", "export", "--language", "ru", "--out", str(tmp_path))
