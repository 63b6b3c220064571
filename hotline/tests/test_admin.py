"""Operators handle requests in the admin; nobody else can see them; everything is audited."""

import csv
import datetime
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import TestCase
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from wagtail.models import ModelLogEntry, Site

import openpyxl

from hotline.groups import ensure_operators_group
from hotline.models import CallbackRequest, CallbackStatusChange, HotlineSettings, Status

INDEX = "/admin/callbackrequest/"


def make_request(reference, hours_old=1, **fields):
    now = timezone.now()
    values = {
        "language": "ru",
        "name": "Иван",
        "phone": "+375291234567",
        "channel": "phone",
        "safe_to_call": True,
        "may_leave_message": True,
        "time_window": "any",
        "country_now": "PL",
        "topic": "working",
        "consent_at": now,
        "consent_version": "test",
    }
    values.update(fields)
    callback = CallbackRequest(reference=reference, **values)
    callback.compute_urgency()
    callback.save()
    CallbackRequest.objects.filter(pk=callback.pk).update(created_at=now - datetime.timedelta(hours=hours_old))
    callback.refresh_from_db()
    return callback


class OperatorAdminTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        User = get_user_model()
        cls.operator = User.objects.create_user("operator", password="x", first_name="Olga")
        cls.operator.groups.add(ensure_operators_group())
        cls.editor = User.objects.create_user("editor", password="x")
        editors, _created = Group.objects.get_or_create(name="Editors")
        editors.permissions.add(Permission.objects.get(codename="access_admin"))
        cls.editor.groups.add(editors)
        cls.admin = User.objects.create_superuser("boss", password="x")
        HotlineSettings.objects.create(site=Site.objects.get(is_default_site=True), callback_promise_hours=24)
        cls.fresh = make_request("FRESHAAA", hours_old=1)
        cls.overdue = make_request("OVERDUEB", hours_old=30)
        cls.urgent = make_request("URGENTCC", hours_old=2, topic="exploitation", phone="+48600123456")
        cls.closed = make_request("CLOSEDDD", hours_old=100, status=Status.CLOSED, name="=HYPERLINK(1)")

    def login(self, user):
        self.client.force_login(user)

    def test_group_exists_with_the_permissions_of_the_requests(self):
        group = Group.objects.get(name="Hotline operators")
        codenames = set(group.permissions.values_list("codename", flat=True))
        self.assertTrue({"view_callbackrequest", "change_callbackrequest", "access_admin"} <= codenames)

    def test_operator_sees_the_menu_and_the_list_urgent_and_overdue_first(self):
        self.login(self.operator)
        home = self.client.get("/admin/").content.decode()
        self.assertIn(INDEX, home)
        response = self.client.get(INDEX)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        order = [html.index(ref) for ref in ("URGE-NTCC", "OVER-DUEB", "FRES-HAAA", "CLOS-EDDD")]
        self.assertEqual(order, sorted(order))

    def test_editor_gets_403_and_no_menu_item(self):
        self.login(self.editor)
        self.assertNotIn(INDEX, self.client.get("/admin/").content.decode())
        for url in (
            INDEX,
            f"{INDEX}?export=csv",
            f"{INDEX}inspect/{self.fresh.pk}/",
            f"{INDEX}edit/{self.fresh.pk}/",
            f"{INDEX}delete/{self.fresh.pk}/",
            reverse("hotline_report"),
        ):
            with self.subTest(url=url):
                self.assertEqual(self.client.get(url).status_code, 403)
        self.assertFalse(ModelLogEntry.objects.filter(action__startswith="hotline.").exists())

    def test_anonymous_visitors_are_sent_to_the_login(self):
        response = self.client.get(INDEX)
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])

    def test_superuser_has_access(self):
        self.login(self.admin)
        self.assertEqual(self.client.get(INDEX).status_code, 200)

    def test_filters_and_search(self):
        self.login(self.operator)
        html = self.client.get(INDEX, {"urgent": "true"}).content.decode()
        self.assertIn("URGE-NTCC", html)
        self.assertNotIn("FRES-HAAA", html)
        html = self.client.get(INDEX, {"status": "closed"}).content.decode()
        self.assertIn("CLOS-EDDD", html)
        self.assertNotIn("URGE-NTCC", html)
        html = self.client.get(INDEX, {"topic": "exploitation", "country_now": "PL"}).content.decode()
        self.assertIn("URGE-NTCC", html)
        self.assertNotIn("OVER-DUEB", html)
        for query in ("urge-ntcc", "URGENTCC"):
            html = self.client.get(INDEX, {"q": query}).content.decode()
            self.assertIn("URGE-NTCC", html)
            self.assertNotIn("FRES-HAAA", html)
        # A phone number typed the way it was heard on the line.
        html = self.client.get(INDEX, {"q": "+48 600 123 456"}).content.decode()
        self.assertIn("URGE-NTCC", html)
        self.assertNotIn("FRES-HAAA", html)
        # Nonsense never breaks the list.
        for params in (
            {"status": "bogus"},
            {"created_at_after": "yesterday"},
            {"q": "%' OR 1=1"},
            {"p": "999"},
        ):
            self.assertIn(self.client.get(INDEX, params).status_code, (200, 404))

    def test_viewing_a_request_is_audited(self):
        self.login(self.operator)
        response = self.client.get(f"{INDEX}inspect/{self.urgent.pk}/")
        self.assertContains(response, "+48600123456")
        entry = ModelLogEntry.objects.get(action="hotline.callback.view")
        self.assertEqual((entry.user, entry.object_id, entry.label), (self.operator, str(self.urgent.pk), "URGE-NTCC"))

    def test_status_change_records_operator_time_and_audit_entries(self):
        self.login(self.operator)
        url = f"{INDEX}edit/{self.fresh.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        response = self.client.post(
            url, {"status": Status.CALLED_BACK, "assigned_to": self.operator.pk, "notes": "Перезвонили"}
        )
        self.assertEqual(response.status_code, 302)
        self.fresh.refresh_from_db()
        self.assertEqual(self.fresh.status, Status.CALLED_BACK)
        self.assertEqual(self.fresh.assigned_to, self.operator)
        self.assertIsNotNone(self.fresh.first_call_at)
        change = CallbackStatusChange.objects.get(request=self.fresh)
        self.assertEqual(
            (change.from_status, change.to_status, change.changed_by), ("new", "called_back", self.operator)
        )
        actions = list(ModelLogEntry.objects.filter(object_id=str(self.fresh.pk)).values_list("action", flat=True))
        self.assertIn("hotline.callback.view", actions)
        self.assertIn("hotline.callback.status", actions)
        self.assertIn("wagtail.edit", actions)
        # The personal fields are read-only in the edit form.
        self.client.post(url, {"status": Status.CLOSED, "phone": "+375000000000", "name": "changed"})
        self.fresh.refresh_from_db()
        self.assertEqual((self.fresh.phone, self.fresh.name), ("+375291234567", "Иван"))
        self.assertEqual(self.fresh.status, Status.CLOSED)
        self.assertIsNotNone(self.fresh.closed_at)

    def test_assignee_choices_are_operators_only(self):
        self.login(self.operator)
        html = self.client.get(f"{INDEX}edit/{self.fresh.pk}/").content.decode()
        self.assertIn(f'value="{self.operator.pk}"', html)
        self.assertNotIn(f'value="{self.editor.pk}"', html)

    def test_there_is_no_add_view(self):
        self.login(self.admin)
        with self.assertRaises(NoReverseMatch):
            reverse("callbackrequest:add")
        self.assertNotEqual(self.client.get(f"{INDEX}new/").status_code, 200)

    def test_export_csv_and_xlsx_are_audited(self):
        self.login(self.operator)
        response = self.client.get(INDEX, {"export": "csv"})
        self.assertEqual(response.status_code, 200)
        body = b"".join(response.streaming_content).decode() if response.streaming else response.content.decode()
        rows = list(csv.reader(io.StringIO(body)))
        references = [row[0] for row in rows[1:]]
        self.assertEqual(sorted(references), ["CLOS-EDDD", "FRES-HAAA", "OVER-DUEB", "URGE-NTCC"])
        self.assertIn("+48600123456", body)
        # Text typed by the public cannot become a spreadsheet formula.
        self.assertIn("'=HYPERLINK(1)", body)
        self.assertEqual(ModelLogEntry.objects.filter(action="hotline.callback.export").count(), 4)

        response = self.client.get(INDEX, {"export": "xlsx", "urgent": "true"})
        self.assertEqual(response.status_code, 200)
        workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
        values = [row[0] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
        self.assertEqual(values, ["URGE-NTCC"])
        self.assertEqual(ModelLogEntry.objects.filter(action="hotline.callback.export").count(), 5)

    def test_dashboard_panel_counts_for_operators_only(self):
        self.login(self.operator)
        html = self.client.get("/admin/").content.decode()
        self.assertIn('id="hotline-panel-title"', html)
        self.assertIn("<strong>3</strong>", html)  # new: fresh, overdue, urgent
        self.assertIn("<strong>1</strong>", html)  # urgent open / overdue
        self.client.force_login(self.editor)
        self.assertNotIn('id="hotline-panel-title"', self.client.get("/admin/").content.decode())

    def test_monthly_report(self):
        CallbackRequest.objects.filter(pk=self.closed.pk).update(
            created_at=timezone.now(), first_call_at=timezone.now() + datetime.timedelta(hours=3)
        )
        self.login(self.operator)
        month = timezone.localtime().strftime("%Y-%m")
        response = self.client.get(reverse("hotline_report"), {"month": month})
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("3,0", html)
        self.assertIn("Думаю, что меня эксплуатируют или удерживают", html)
        for bad in ("2026-13", "abc", "-1", "99999-01"):
            self.assertEqual(self.client.get(reverse("hotline_report"), {"month": bad}).status_code, 200)
