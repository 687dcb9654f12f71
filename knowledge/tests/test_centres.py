"""A centre is one Centre in any language: its pages point at it, and its groups, collection
and permissions are made and kept in step by setup_editorial_roles and the admin."""

import importlib
from io import StringIO

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from knowledge import factories
from knowledge.models import Centre, CentrePage

centres_from_pages = importlib.import_module(
    "knowledge.migrations.0005_centres_from_centre_pages"
).centres_from_pages


@pytest.fixture
def umcu(site):
    page_nl = factories.centre(site, code="umcu", title="UMC Utrecht")
    page_en = factories.centre(
        site, code="umcu", title="UMC Utrecht (en)", language="en", translation_of=page_nl
    )
    return Centre.objects.get(code="umcu"), page_nl, page_en


def _run(*args) -> str:
    out = StringIO()
    call_command("setup_editorial_roles", *args, stdout=out)
    return out.getvalue()


def _roles_state():
    return (
        sorted(Group.objects.values_list("name", flat=True)),
        sorted(Collection.objects.values_list("name", flat=True)),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )


def test_the_data_migration_makes_one_centre_for_both_language_pages(umcu):
    centre, page_nl, page_en = umcu
    CentrePage.objects.update(centre=None)
    centre.delete()
    centres_from_pages(apps, None)
    [centre] = Centre.objects.all()
    assert (centre.code, centre.name_nl, centre.name_en) == (
        "umcu",
        "UMC Utrecht",
        "UMC Utrecht (en)",
    )
    assert set(centre.pages.values_list("pk", flat=True)) == {page_nl.pk, page_en.pk}
    page_nl.refresh_from_db()
    assert page_nl.get_latest_revision().content["centre"] == centre.pk


def test_a_centre_page_takes_its_code_from_the_centre(umcu):
    centre, page_nl, _ = umcu
    centre.code = "umc-utrecht"
    centre.save()
    factories.publish(page_nl)
    assert CentrePage.objects.get(pk=page_nl.pk).code == "umc-utrecht"


def test_setup_editorial_roles_gives_each_centre_groups_on_both_language_pages(umcu):
    centre, page_nl, page_en = umcu
    output = _run()
    centre.refresh_from_db()
    assert "[1/1] umcu: " in output
    assert (centre.editors.name, centre.reviewers.name, centre.collection.name) == (
        "UMC Utrecht editors",
        "UMC Utrecht reviewers",
        "UMC Utrecht",
    )
    granted = set(
        GroupPagePermission.objects.filter(
            group__in=[centre.editors, centre.reviewers]
        ).values_list("group__name", "page_id", "permission__codename")
    )
    editors, reviewers = centre.editors.name, centre.reviewers.name
    assert granted == {
        *(
            (editors, page.pk, codename)
            for page in (page_nl, page_en)
            for codename in ("add_page", "change_page")
        ),
        *(
            (reviewers, page.pk, codename)
            for page in (page_nl, page_en)
            for codename in ("change_page",)
        ),
    }
    assert centre.editors.permissions.filter(codename="access_admin").exists()
    assert centre.reviewers.permissions.filter(codename="access_admin").exists()
    assert set(
        GroupCollectionPermission.objects.filter(group=centre.editors).values_list(
            "collection_id", "permission__codename"
        )
    ) == {
        (centre.collection.pk, codename)
        for codename in (
            "add_image",
            "change_image",
            "choose_image",
            "add_document",
            "change_document",
            "choose_document",
        )
    }


def test_setup_editorial_roles_run_twice_changes_nothing_the_second_time(umcu):
    _run()
    first = _roles_state()
    output = _run()
    assert _roles_state() == first
    assert output.splitlines() == ["[1/1] umcu: up to date", "Made 0 change(s)."]


def test_a_dry_run_changes_nothing(umcu):
    before = _roles_state()
    output = _run("--dry-run")
    assert _roles_state() == before
    assert "    group 'UMC Utrecht editors' created" in output.splitlines()
    assert output.splitlines()[-1].startswith("Would make ")


def test_saving_a_new_centre_in_the_admin_makes_its_groups_and_collection(client, site):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailsnippets_knowledge_centre:add"),
        {"code": "lumc", "name_nl": "LUMC", "name_en": "Leiden UMC"},
    )
    assert response.status_code == 302
    centre = Centre.objects.get(code="lumc")
    assert (centre.editors.name, centre.reviewers.name, centre.collection.name) == (
        "Leiden UMC editors",
        "Leiden UMC reviewers",
        "Leiden UMC",
    )


def test_renaming_a_centre_in_the_admin_renames_its_groups_and_collection(client, umcu):
    centre = umcu[0]
    _run()
    groups_before = Group.objects.count()
    admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "pw")
    client.force_login(admin)
    response = client.post(
        reverse("wagtailsnippets_knowledge_centre:edit", args=[centre.pk]),
        {"code": "umcu", "name_nl": "UMC Utrecht", "name_en": "University Medical Center"},
    )
    assert response.status_code == 302
    centre.refresh_from_db()
    assert (centre.editors.name, centre.collection.name) == (
        "University Medical Center editors",
        "University Medical Center",
    )
    assert Group.objects.count() == groups_before


def test_an_editor_of_one_centre_edits_its_protocols_and_not_another_centres(client, site):
    own = factories.protocol(factories.centre(site, code="umcu", title="UMC Utrecht"))
    other = factories.protocol(
        factories.centre(site, code="lumc", title="LUMC"), identifier="DARE-SOP-0002"
    )
    _run()
    editor = get_user_model().objects.create_user("editor-umcu", "e@example.org", "pw")
    editor.groups.add(Centre.objects.get(code="umcu").editors)
    client.force_login(editor)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[own.pk])).status_code == 200
    refused = client.get(reverse("wagtailadmin_pages:edit", args=[other.pk]))
    # Wagtail answers a page permission refusal with its admin home and a message
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
