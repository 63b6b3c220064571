"""Limits on what editors can upload.

Wagtail checks image types and sizes itself (WAGTAILIMAGES_* settings) but
has no size limit for documents, and checks their type only by extension.
This form (WAGTAILDOCS_DOCUMENT_FORM_BASE) adds the size limit
DOCUMENT_MAX_UPLOAD_SIZE with a translated message. Every document is then
served as a download (see the "Security" settings), never shown in our origin.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from wagtail.documents.forms import BaseDocumentForm


class DocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        limit = settings.DOCUMENT_MAX_UPLOAD_SIZE
        if file and "file" in self.changed_data and limit and file.size > limit:
            raise ValidationError(
                _("This file is too big (%(size)s). The largest document you can upload is %(limit)s.")
                % {"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
                code="file_too_large",
            )
        return file
