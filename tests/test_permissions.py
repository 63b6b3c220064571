"""Who may open which admin area: one table, every role, the real admin views.

Roles are the groups the migrations and ``seed_demo`` create (Editors,
Moderators, Translators, Hotline operators) plus anonymous visitors. "ok" is a
200; "no" is refused, either by Wagtail's redirect to the dashboard with a
"Sorry, you do not have permission" message or by a 403, and in both cases the
page shows nothing of the area. Anonymous visitors are sent to the login.
"""

import datetime
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.test import TestCase
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Site

from PIL import Image as PILImage

from conftest import seed
from core.factories import FAQItemFactory, StandardPageFactory, TopicFactory
from hotline.groups import ensure_operators_group
from hotline.models import CallbackRequest, HotlineText

ROLES = {
    "editor": "Editors",
    "moderator": "Moderators",
    "translator": "Translators",
    "operator": "Hotline operators",
}
ED, MO, TR, OP = "editor", "moderator", "translator", "operator"

# area: (url template, the roles allowed); every other role is refused.
AREAS = {
    "dashboard": ("/admin/", {ED, MO, TR, OP}),
    "page explorer": ("/admin/pages/{home}/", {ED, MO, TR}),
    "page edit": ("/admin/pages/{draft}/edit/", {ED, MO, TR}),
    "page add": ("/admin/pages/add/home/standardpage/{home}/", {ED, MO, TR}),
    "topics (snippet)": ("/admin/snippets/core/topic/", {ED, MO, TR}),
    "topic edit": ("/admin/snippets/core/topic/edit/{topic}/", {ED, MO, TR}),
    "FAQ items (snippet)": ("/admin/snippets/faq/faqitem/", {ED, MO, TR}),
    "FAQ item edit": ("/admin/snippets/faq/faqitem/edit/{faq}/", {ED, MO, TR}),
    "hotline wording (snippet)": ("/admin/snippets/hotline/hotlinetext/", {MO, TR}),
    "hotline wording edit": ("/admin/snippets/hotline/hotlinetext/edit/{wording}/", {MO, TR}),
    "images": ("/admin/images/", {ED, MO}),
    "image edit": ("/admin/images/{image}/", {ED, MO}),
    "documents": ("/admin/documents/", {ED, MO}),
    "document edit": ("/admin/documents/edit/{document}/", {ED, MO}),
    "callback requests": ("/admin/callbackrequest/", {OP}),
    "callback export": ("/admin/callbackrequest/?export=csv", {OP}),
    "callback inspect": ("/admin/callbackrequest/inspect/{callback}/", {OP}),
    "callback edit (status)": ("/admin/callbackrequest/edit/{callback}/", {OP}),
    "callback monthly report": ("/admin/hotline/report/", {OP}),
    "hotline settings": ("/admin/settings/hotline/hotlinesettings/{site}/", set()),
    "translations status": ("/admin/translations/", {ED, MO, TR}),
    "review-due report": ("/admin/reports/review-due/", {ED, MO, TR, OP}),
    "search query report": ("/admin/reports/searches/", {ED, MO}),
    "promoted search results": ("/admin/searchpicks/", {ED, MO}),
    "redirects": ("/admin/redirects/", set()),
    "users": ("/admin/users/", set()),
    "groups": ("/admin/groups/", set()),
    "workflows": ("/admin/workflows/list/", set()),
    "sites": ("/admin/sites/", set()),
    "locales": ("/admin/locales/", set()),
    "collections": ("/admin/collections/", set()),
}


class AdminPermissionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed("--no-admin", "--no-content")
        ensure_operators_group()
        User = get_user_model()
        cls.users = {}
        for role, group_name in ROLES.items():
            user = User.objects.create_user(f"perm-{role}", password="unused", is_staff=False)
            user.groups.add(Group.objects.get(name=group_name))
            cls.users[role] = user
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        draft = StandardPageFactory(parent=home, title="Draft page", slug="draft-page", live=False)
        topic = TopicFactory(locale=home.locale)
        faq = FAQItemFactory(locale=home.locale, topic=topic)
        image = Image.objects.create(title="Poster", file=ContentFile(png(), name="poster.png"), width=1, height=1)
        document = Document.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4\n", name="leaflet.pdf"))
        callback = CallbackRequest.objects.create(
            reference="PERMTEST",
            language="ru",
            name="Secret Name",
            phone="+375291112233",
            channel="phone",
            safe_to_call=True,
            may_leave_message=False,
            time_window="any",
            country_now="PL",
            topic="working",
            consent_at=timezone.now() - datetime.timedelta(hours=1),
            consent_version="test",
        )
        cls.ids = {
            "home": home.pk,
            "draft": draft.pk,
            "topic": topic.pk,
            "faq": faq.pk,
            "image": image.pk,
            "document": document.pk,
            "callback": callback.pk,
            "site": site.pk,
            "wording": HotlineText.objects.get(locale=home.locale).pk,
        }

    def url(self, area):
        return AREAS[area][0].format(**self.ids)

    def assert_refused(self, response, label):
        if response.status_code == 302:
            self.assertEqual(response["Location"], "/admin/", label)
            messages = list(self.client.get("/admin/").context["messages"])
            self.assertEqual([m.level_tag for m in messages], ["error"], label)  # "Sorry, you do not have permission…"
        else:
            self.assertEqual(response.status_code, 403, label)
        self.assertNotIn(b"Secret Name", response.content, label)
        self.assertNotIn(b"+375291112233", response.content, label)

    def test_every_role_sees_exactly_its_areas(self):
        for role, user in self.users.items():
            self.client.force_login(user)
            for area, (_template, allowed) in AREAS.items():
                label = f"{role} → {area}"
                with self.subTest(role=role, area=area):
                    response = self.client.get(self.url(area))
                    if role in allowed:
                        self.assertEqual(response.status_code, 200, label)
                    else:
                        self.assert_refused(response, label)
            self.client.logout()

    def test_every_area_exists_for_a_superuser(self):
        """The control row: every address above is a real, working admin page."""
        self.client.force_login(get_user_model().objects.create_superuser("perm-root", password="unused"))
        for area in AREAS:
            with self.subTest(area=area):
                self.assertEqual(self.client.get(self.url(area)).status_code, 200, area)

    def test_anonymous_visitors_are_sent_to_the_login(self):
        for area in AREAS:
            with self.subTest(area=area):
                response = self.client.get(self.url(area))
                self.assertEqual(response.status_code, 302, area)
                self.assertTrue(response["Location"].startswith("/admin/login/?next="), area)

    def test_only_moderators_can_publish(self):
        """The publish action itself (the bulk action posts exactly what the page menu's "Publish" does)."""
        draft = Page.objects.get(pk=self.ids["draft"])
        for role in (ED, TR, OP, MO):
            with self.subTest(role=role):
                self.client.force_login(self.users[role])
                self.client.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}", {"include_descendants": ""})
                draft.refresh_from_db()
                self.assertEqual(draft.live, role == MO, role)

    def test_menus_match_the_rights(self):
        """Nobody is shown a menu item that leads to a refusal (the callback list above all)."""
        for role, user in self.users.items():
            self.client.force_login(user)
            html = self.client.get("/admin/").content.decode()
            with self.subTest(role=role):
                self.assertEqual("/admin/callbackrequest/" in html, role == OP, role)
                self.assertEqual('"/admin/translations/"' in html, role != OP, role)

    def test_the_django_admin_is_not_mounted(self):
        with self.assertRaises(NoReverseMatch):
            reverse("admin:index")
        self.client.force_login(get_user_model().objects.create_superuser("perm-root", password="unused"))
        self.assertEqual(self.client.get("/django-admin/", follow=True).status_code, 404)


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (1, 1)).save(buffer, "PNG")
    return buffer.getvalue()
