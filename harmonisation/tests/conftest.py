import pytest
from django.contrib.auth import get_user_model

from harmonisation import factories
from knowledge import factories as knowledge
from knowledge.editorial_roles import ensure_centre_roles


@pytest.fixture
def harmonised_site(db):
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
