"""manage.py rebuild_search_index"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from knowledge import factories
from search import service


def test_rebuild_reports_documents_per_second(site):
    owner = factories.centre(site)
    factories.protocol(owner)
    factories.GlossaryTermFactory()
    engine = service.get_engine(service.EMBEDDED)
    engine.delete([f"page:{owner.pk}"])  # the index has drifted
    output = StringIO()
    call_command("rebuild_search_index", stdout=output)
    report = output.getvalue()
    assert "Rebuilt the tantivy search index: 4 documents in" in report
    assert "documents per second" in report
    assert "4/4" in report  # the progress bar
    assert [hit.title for hit in service.search("utrecht", language="nl").hits] == [owner.title]


def test_rebuilding_an_engine_that_is_not_in_use_is_an_error(db):
    with pytest.raises(CommandError, match="not in use"):
        call_command("rebuild_search_index", engine="elasticsearch", stdout=StringIO())


def test_help_explains_the_command(capsys):
    with pytest.raises(SystemExit):
        call_command("rebuild_search_index", "--help")
    assert "swapped in at the end" in capsys.readouterr().out
