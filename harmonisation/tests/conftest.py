import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from harmonisation import factories
from knowledge import factories as knowledge
from knowledge.editorial_roles import ensure_centre_roles
from tests.snapshots import forget_cached_rows


def build_harmonised_site():
    """Two centres (A: UMC Utrecht, B: Sanquin) with a protocol each; A's protocol is the
    harmonised reference at version 2; B follows version 1 with its own local SOP."""
    site = knowledge.build_site()
    site.update(factories.matrix_pages(site))
    centre_a = knowledge.centre(site, code="umcu", title="UMC Utrecht")
    centre_b = knowledge.centre(site, code="sanquin", title="Sanquin")
    reference_page = knowledge.protocol(centre_a, identifier="DARE-SOP-0001", step_count=3)
    knowledge.new_version(reference_page, 2, change_note="Stap toegevoegd.")
    local_b = knowledge.protocol(
        centre_b, identifier="SANQ-SOP-0100", title="Leukaferese Sanquin", step_count=3
    )
    for page in (centre_a, centre_b):
        ensure_centre_roles(page.centre)
    return {
        **site,
        "centre_a": centre_a,
        "centre_b": centre_b,
        "reference_page": reference_page,
        "local_b": local_b,
        "reference": factories.reference(reference_page),
    }


@pytest.fixture
def harmonised_site(db):
    """``build_harmonised_site()`` for one test."""
    return build_harmonised_site()


def centre_editor(centre, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(centre.editors)
    return user


@pytest.fixture
def editor_a(harmonised_site):
    return centre_editor(harmonised_site["centre_a"].centre, "editor-a")


@pytest.fixture
def editor_b(harmonised_site):
    return centre_editor(harmonised_site["centre_b"].centre, "editor-b")


from harmonisation.tests.workflow_site import (  # noqa: E402
    build_workflow_site,
    read_again,
    workflow_site,  # noqa: F401
)


@pytest.fixture(scope="module")
def _workflow_site_of_the_module(django_db_setup, django_db_blocker):
    """``build_workflow_site()`` once for a module, inside a transaction rolled back after
    it, as ``shared_site_data`` does (tests/conftest.py)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield build_workflow_site(build_harmonised_site())
        transaction.set_rollback(True)
    forget_cached_rows()


@pytest.fixture
def shared_workflow_site(db, _workflow_site_of_the_module):
    """``workflow_site`` for a module's tests that may share it: built once (2–3 s a build),
    ``db`` rolls back what each test changes, and each test gets the objects read again from
    the database (an earlier test may have changed them in memory)."""
    return read_again(_workflow_site_of_the_module)


@pytest.fixture
def matrix_site(harmonised_site):
    """Centres A (UMC Utrecht) and B (Sanquin); two references: A's CAR-T protocol (Dutch
    only) and A's sterility QC method (also in English), owned by two working groups.
    A adopted the protocol as is, B with a deviation; B finds the QC method not applicable;
    A has no record for it."""
    site = harmonised_site
    qc_nl = knowledge.qc_method(site["centre_a"], identifier="DARE-QC-0001", title="Steriliteit")
    centre_a_en = knowledge.centre(
        site, code="umcu", title="UMC Utrecht", language="en", translation_of=site["centre_a"]
    )
    qc_en = knowledge.qc_method(
        centre_a_en,
        identifier="DARE-QC-0001",
        title="Sterility",
        translation_key=qc_nl.translation_key,
    )
    qc_reference = factories.reference(
        qc_nl,
        factories.working_group("viral-vector-qc", "Virale-vector-QC", "Viral vector QC"),
    )
    local_b = site["local_b"].specific
    records = {
        "a_protocol": factories.adoption(site["centre_a"], site["reference"]),
        "b_protocol": factories.adoption(
            site["centre_b"],
            site["reference"],
            status="adopted-with-deviations",
            local_sop=local_b,
            deviations=[(local_b.procedure[0].id, "Andere centrifuge", "Beschikbaarheid")],
        ),
        "b_qc": factories.adoption(site["centre_b"], qc_reference, status="not-applicable"),
    }
    return {**site, "qc_nl": qc_nl, "qc_en": qc_en, "qc_reference": qc_reference, **records}
