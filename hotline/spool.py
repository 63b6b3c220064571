"""Callback requests that arrive while the database is down wait on disk.

An accepted callback request must never be lost. When the database cannot be
reached, ``hotline.middleware.CallbackRescueMiddleware`` checks the form just
as the callback page would and hands the request to ``keep()``: one file per
request in ``HOTLINE_SPOOL_DIR``, named by the form's submission key (so the
same form sent twice is kept once), written atomically, readable only by the
site's own user, and signed with ``SECRET_KEY`` so that nothing else can slip
requests in. The visitor gets their reference at once.

``manage.py retry_callback_notifications``, scheduled every few minutes, calls
``import_pending()``: each request goes into the database with its reference,
times and submission key, and its file is deleted only after the insert is
committed. A request stored meanwhile through the normal form (the same
submission key) is not stored twice. A file that cannot be read back (another
``SECRET_KEY``, a damaged disk) is left where it is and reported.
"""

import datetime
import hashlib
import hmac
import logging
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction

from .forms import REQUEST_FIELDS
from .models import CallbackRequest
from .models.requests import DuplicateSubmission

logger = logging.getLogger(__name__)

SALT = "hotline.spool.v1"
SUFFIX = ".request"
# What a spooled request keeps: the form's answers and what the site adds to them.
FIELDS = (
    "reference",
    "submission_key",
    "language",
    *REQUEST_FIELDS,
    "urgent",
    "consent_version",
)
TIMES = ("created_at", "consent_at")


def directory():
    return Path(settings.HOTLINE_SPOOL_DIR)


def file_name(submission_key, token):
    """The form's submission key when it has one; otherwise a keyed hash of the form's token."""
    if submission_key:
        return submission_key + SUFFIX
    digest = hmac.new(settings.SECRET_KEY.encode(), f"{SALT}:{token}".encode(), hashlib.sha256).hexdigest()
    return digest[:32] + SUFFIX


def dumps(callback):
    data = {field: getattr(callback, field) for field in FIELDS}
    data.update({field: getattr(callback, field).isoformat() for field in TIMES})
    return signing.dumps(data, salt=SALT, compress=True)


def loads(text):
    data = signing.loads(text, salt=SALT)
    for field in TIMES:
        data[field] = datetime.datetime.fromisoformat(data[field])
    return {field: data[field] for field in FIELDS + TIMES}


def _write_atomically(path, text):
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".incoming-")  # mode 0600
    try:
        with os.fdopen(handle, "w", encoding="ascii") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)  # the new name survives a power cut too
    finally:
        os.close(folder)


def kept(submission_key, token):
    """The request kept earlier from the same rendered form, or None."""
    path = directory() / file_name(submission_key, token)
    try:
        return CallbackRequest(**loads(path.read_text(encoding="ascii")))
    except (OSError, signing.BadSignature, ValueError, KeyError, TypeError):
        return None  # not there (or unreadable, and then replaced by a valid copy)


def keep(callback, token):
    """Write ``callback`` (an unsaved CallbackRequest with its reference) to the spool.

    Returns the request as kept: when the same form was kept before, that
    earlier request, with its reference. Raises OSError when the disk fails.
    """
    earlier = kept(callback.submission_key, token)
    if earlier is not None:
        return earlier
    folder = directory()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _write_atomically(folder / file_name(callback.submission_key, token), dumps(callback))
    return callback


def pending():
    """Spooled request files, oldest first."""
    folder = directory()
    if not folder.is_dir():
        return []
    files = [path for path in folder.iterdir() if path.suffix == SUFFIX and path.is_file()]
    return sorted(files, key=lambda path: (path.stat().st_mtime, path.name))


def _store(data):
    """Insert one spooled request; returns it, or None when it was stored before."""
    key = data["submission_key"]
    if key and CallbackRequest.objects.filter(submission_key=key).exists():
        return None
    if CallbackRequest.objects.filter(reference=data["reference"], created_at=data["created_at"]).exists():
        return None  # imported before; the file outlived the commit
    callback = CallbackRequest(**data)
    try:
        with transaction.atomic():
            callback.save(force_insert=True)
    except IntegrityError:
        # The reference was drawn meanwhile by a request stored the normal way
        # (one chance in many billions); the operators' list shows the new one.
        callback.pk = None
        callback.save_with_new_reference()
        logger.warning(
            "hotline: spooled request %s stored as %s (reference taken)",
            CallbackRequest(reference=data["reference"]).display_reference,
            callback.display_reference,
        )
    return callback


def import_pending():
    """Move every spooled request into the database.

    Returns (stored requests, how many were there already, names of files that could not be read).
    Database errors propagate: the database is still down, and the files stay for the next run.
    """
    stored, duplicates, unreadable = [], 0, []
    for path in pending():
        try:
            data = loads(path.read_text(encoding="ascii"))
        except (OSError, signing.BadSignature, ValueError, KeyError, TypeError):
            logger.error("hotline: spooled request file %s cannot be read; left in place", path.name)
            unreadable.append(path.name)
            continue
        try:
            with transaction.atomic():
                callback = _store(data)
        except DuplicateSubmission:
            callback = None
        if callback is None:
            duplicates += 1
        else:
            stored.append(callback)
            logger.info("hotline: spooled callback request %s stored", callback.reference)
        path.unlink(missing_ok=True)
    return stored, duplicates, unreadable
