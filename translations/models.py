"""When the translatable text of a source object last changed.

wagtail-localize records when content was extracted (TranslationSource) and when
a translation was written to its target (Translation.destination_last_updated_at),
but not when the editors changed the source text. One row per source object
fills that gap; it is written when a source page is published, or a source
snippet saved, with different translatable segments.
"""

from django.db import models


class SourceChange(models.Model):
    translation_key = models.UUIDField()
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE, related_name="+")
    changed_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "translation_key"], name="unique_source_change"),
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.translation_key} changed at {self.changed_at:%Y-%m-%d %H:%M}"
