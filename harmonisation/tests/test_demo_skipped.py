"""The harmonisation demo needs the knowledge demo: on a site without it (a test site, say),
load_demo_content is run by the knowledge loader all the same and must do nothing."""

import io

import pytest

from harmonisation.demo import load_demo_content
from harmonisation.models import Adoption, HarmonisationPage, WorkingGroup


@pytest.mark.django_db
def test_without_the_knowledge_demo_nothing_is_loaded():
    class Report:
        created, skipped, accounts = {}, {}, []

        def count(self, kind, created):
            raise AssertionError(kind)

    output = io.StringIO()
    load_demo_content(Report(), stdout=output)
    assert output.getvalue() == (
        "Harmonisation demo skipped: the knowledge demo content is missing.\n"
    )
    assert HarmonisationPage.objects.count() == Adoption.objects.count() == 0
    assert WorkingGroup.objects.count() == 0
