from django.apps import AppConfig


class CountriesConfig(AppConfig):
    name = "countries"
    verbose_name = "Countries"

    def ready(self):
        from wagtail.signals import page_published

        from .models import CountryGuidePage

        def record_major_update(sender, instance, **kwargs):
            instance.check_major_update()

        page_published.connect(record_major_update, sender=CountryGuidePage, weak=False)
