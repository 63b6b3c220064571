#!/usr/bin/env bash
# Re-pin requirements.txt and requirements-dev.txt from the *.in files, by
# installing them into a scratch virtualenv and freezing what it holds.
set -euo pipefail
cd "$(dirname "$0")/.."
python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$python" -m venv "$scratch/runtime"
"$scratch/runtime/bin/pip" install --quiet -r requirements.in
{
    echo "# Pinned runtime dependencies (generated from requirements.in by 'make lock')."
    "$scratch/runtime/bin/pip" freeze --exclude-editable | grep -v '^pip=='
} > requirements.txt

"$python" -m venv "$scratch/dev"
"$scratch/dev/bin/pip" install --quiet -r requirements.txt
"$scratch/dev/bin/pip" freeze > "$scratch/before.txt"
grep -v '^-r ' requirements-dev.in | "$scratch/dev/bin/pip" install --quiet -r /dev/stdin
"$scratch/dev/bin/pip" freeze > "$scratch/after.txt"
{
    echo "# Pinned test and lint tools (generated from requirements-dev.in by 'make lock')."
    echo "-r requirements.txt"
    comm -13 <(sort "$scratch/before.txt") <(sort "$scratch/after.txt")
} > requirements-dev.txt
echo "requirements.txt and requirements-dev.txt re-pinned."
