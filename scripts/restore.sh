#!/usr/bin/env bash
# Restore a backup made by scripts/backup.sh into a FRESH database and a media directory.
#
#   DATABASE_URL=postgres://user:pass@host:5432/new_db MEDIA_ROOT=/app/media \
#       scripts/restore.sh [--force] BACKUP_DIR/campaign-STAMP.dump BACKUP_DIR/media-STAMP.tar.gz
#
# The database must exist (createdb, or the compose db service's first start) and be
# empty, and the media directory must be empty or missing: the script refuses
# otherwise, unless --force, which drops the objects that are in the dump before
# restoring them and unpacks the files over the existing ones.
# Exits non-zero on any failure. See docs/deploy.md, "Backups and restore".
set -euo pipefail

fail() {
    echo "restore: $*" >&2
    exit 1
}

force=0
if [[ "${1:-}" == "--force" ]]; then
    force=1
    shift
fi
[[ $# -eq 2 ]] || fail "usage: restore.sh [--force] DATABASE_DUMP MEDIA_TAR"
database_file="$1"
media_file="$2"
[[ -f "$database_file" ]] || fail "no database dump at $database_file"
[[ -f "$media_file" ]] || fail "no media archive at $media_file"
[[ -n "${DATABASE_URL:-}" ]] || fail "DATABASE_URL is not set"
MEDIA_ROOT="${MEDIA_ROOT:-media}"
command -v pg_restore >/dev/null || fail "pg_restore is not installed"

# Check both archives before touching anything.
pg_restore --list "$database_file" >/dev/null || fail "$database_file is not a pg_dump custom-format archive"
tar --list --gzip --file="$media_file" >/dev/null || fail "$media_file is not a readable tar.gz"

tables="$(psql --no-psqlrc --quiet --tuples-only --no-align --dbname="$DATABASE_URL" --command \
    "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'")" \
    || fail "cannot connect to the database"
if [[ "$tables" != "0" && $force -eq 0 ]]; then
    fail "the database is not empty ($tables tables, sequences or views); restore into a fresh one or pass --force"
fi
if [[ -d "$MEDIA_ROOT" && -n "$(ls -A "$MEDIA_ROOT")" && $force -eq 0 ]]; then
    fail "the media directory $MEDIA_ROOT is not empty; use an empty one or pass --force"
fi

clean=()
[[ $force -eq 1 ]] && clean=(--clean --if-exists)
pg_restore --no-owner --no-privileges --exit-on-error --single-transaction "${clean[@]}" \
    --dbname="$DATABASE_URL" "$database_file" || fail "pg_restore failed; the database was left unchanged"
echo "database: restored from $database_file"

mkdir -p "$MEDIA_ROOT"
tar --extract --gzip --file="$media_file" --directory="$MEDIA_ROOT" --no-same-owner || fail "unpacking $media_file failed"
echo "media: $(find "$MEDIA_ROOT" -type f | wc -l) files in $MEDIA_ROOT"
