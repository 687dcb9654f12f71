import pytest


@pytest.fixture
def site(db):
    from knowledge.factories import build_site

    return build_site()
