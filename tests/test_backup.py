"""scripts/backup.sh and scripts/restore.sh: a backup really restores, into a fresh
database and media directory, and the scripts fail loudly instead of half-working."""

import io
import os
import shutil
import subprocess
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.images import ImageFile
from django.db import connection
from django.test import override_settings

from wagtail.images.models import Image
from wagtail.models import Page

import pytest
from PIL import Image as PillowImage

from conftest import seed
from hotline.models import CallbackRequest
from hotline.tests.helpers import ensure_root_collection, form_data
from tests.test_production import database_url, free_port

SCRIPTS = Path(settings.BASE_DIR) / "scripts"
needs_postgres_tools = pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")


def run(script, *args, **env):
    return subprocess.run(
        ["bash", str(SCRIPTS / script), *args],
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def files_under(root):
    return {str(path.relative_to(root)): path.read_bytes() for path in sorted(root.rglob("*")) if path.is_file()}


def table_counts(cursor):
    counts = {}
    for model in (Page, CallbackRequest, User, Image):
        cursor.execute(f'SELECT count(*) FROM "{model._meta.db_table}"')
        counts[model._meta.db_table] = cursor.fetchone()[0]
    return counts


@needs_postgres_tools
def test_backup_restores_into_a_fresh_database_and_media_directory(transactional_db, client, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("pg_dump/pg_restore need PostgreSQL; the PostgreSQL suite run (CI runs both) covers this")
    media, restored_media, backups = tmp_path / "media", tmp_path / "restored-media", tmp_path / "backups"
    with override_settings(MEDIA_ROOT=media, HOTLINE_MIN_FILL_SECONDS=0):
        seed("--no-admin", "--no-content")
        response = client.post("/ru/callback/", form_data(phone="+375 29 111-22-33"))
        assert response.status_code == 303
        ensure_root_collection()
        picture = io.BytesIO()
        PillowImage.new("RGB", (4, 3), "teal").save(picture, "PNG")
        Image.objects.create(title="Backup check", file=ImageFile(picture, name="backup-check.png"))
    User.objects.create_user("backup-check", password="x" * 12)
    with connection.cursor() as cursor:
        original_counts = table_counts(cursor)
    original_files = files_under(media)
    assert original_counts[CallbackRequest._meta.db_table] == 1
    assert any(name.startswith("original_images/") for name in original_files)

    backup = run("backup.sh", DATABASE_URL=database_url(), MEDIA_ROOT=str(media), BACKUP_DIR=str(backups))
    assert backup.returncode == 0, backup.stderr
    written = sorted(backups.iterdir())
    assert [path.suffix for path in written] == [".dump", ".gz"]
    for path in written:
        assert str(path) in backup.stdout  # it says what it wrote

    name = f"restore_check_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    target = database_url().rsplit("/", 1)[0] + f"/{name}"
    try:
        restore = run("restore.sh", *map(str, written), DATABASE_URL=target, MEDIA_ROOT=str(restored_media))
        assert restore.returncode == 0, restore.stderr

        import psycopg2

        with psycopg2.connect(target) as restored, restored.cursor() as cursor:
            assert table_counts(cursor) == original_counts
            cursor.execute(f'SELECT phone FROM "{CallbackRequest._meta.db_table}"')
            assert cursor.fetchone()[0] == "+375291112233"
        restored.close()
        assert files_under(restored_media) == original_files

        # The restored database is no longer fresh: a second restore is refused.
        again = run("restore.sh", *map(str, written), DATABASE_URL=target, MEDIA_ROOT=str(tmp_path / "other"))
        assert again.returncode != 0
        assert "not empty" in again.stderr
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_backup_fails_without_a_database_url(tmp_path):
    (tmp_path / "media").mkdir()
    result = run("backup.sh", MEDIA_ROOT=str(tmp_path / "media"), BACKUP_DIR=str(tmp_path / "backups"))
    assert result.returncode != 0
    assert "DATABASE_URL is not set" in result.stderr


@needs_postgres_tools
def test_backup_fails_and_leaves_no_partial_files_when_the_database_is_unreachable(tmp_path):
    (tmp_path / "media").mkdir()
    backups = tmp_path / "backups"
    result = run(
        "backup.sh",
        DATABASE_URL=f"postgres://nobody@127.0.0.1:{free_port()}/nothing",
        MEDIA_ROOT=str(tmp_path / "media"),
        BACKUP_DIR=str(backups),
    )
    assert result.returncode != 0
    assert "pg_dump failed" in result.stderr
    assert list(backups.iterdir()) == []


def test_restore_refuses_missing_archives(tmp_path):
    result = run(
        "restore.sh",
        str(tmp_path / "nope.dump"),
        str(tmp_path / "nope.tar.gz"),
        DATABASE_URL="postgres://nobody@127.0.0.1:1/nothing",
    )
    assert result.returncode != 0
    assert "no database dump" in result.stderr
