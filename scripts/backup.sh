#!/usr/bin/env bash
# Back up the site: the PostgreSQL database (pg_dump custom format) and the media
# files (a tar.gz of MEDIA_ROOT), both stamped with the same UTC time, into BACKUP_DIR.
#
#   DATABASE_URL=postgres://user:pass@host:5432/name MEDIA_ROOT=/app/media BACKUP_DIR=/backups scripts/backup.sh
#
# Prints the files it wrote; exits non-zero (and leaves no partial file) on any failure.
# Restore with scripts/restore.sh. See docs/deploy.md, "Backups and restore".
set -euo pipefail

fail() {
    echo "backup: $*" >&2
    exit 1
}

[[ -n "${DATABASE_URL:-}" ]] || fail "DATABASE_URL is not set"
[[ "$DATABASE_URL" == postgres://* || "$DATABASE_URL" == postgresql://* ]] \
    || fail "DATABASE_URL must be a postgres:// URL (SQLite: copy the file instead)"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
BACKUP_DIR="${BACKUP_DIR:-backups}"
[[ -d "$MEDIA_ROOT" ]] || fail "MEDIA_ROOT $MEDIA_ROOT is not a directory"
command -v pg_dump >/dev/null || fail "pg_dump is not installed"

mkdir -p "$BACKUP_DIR"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
database_file="$BACKUP_DIR/campaign-$stamp.dump"
media_file="$BACKUP_DIR/media-$stamp.tar.gz"
[[ ! -e "$database_file" && ! -e "$media_file" ]] || fail "$database_file or $media_file exists already"

# Written under temporary names and renamed at the end: a file with the final
# name is always complete.
cleanup() {
    rm -f "$database_file.partial" "$media_file.partial"
}
trap cleanup EXIT

# libpq takes the URL as the database name; --no-owner so it restores under any role.
pg_dump --format=custom --no-owner --no-privileges --file="$database_file.partial" --dbname="$DATABASE_URL" \
    || fail "pg_dump failed"
tar --create --gzip --file="$media_file.partial" --directory="$MEDIA_ROOT" . || fail "tar of $MEDIA_ROOT failed"

mv "$database_file.partial" "$database_file"
mv "$media_file.partial" "$media_file"
echo "database: $database_file ($(wc -c <"$database_file") bytes)"
echo "media: $media_file ($(wc -c <"$media_file") bytes)"
