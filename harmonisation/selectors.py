"""Reads for the harmonisation pages and screens, each in a fixed number of queries."""

from harmonisation.models import Adoption


def adoptions_for_admin(queryset=None):
    """Adoption records with what their admin list shows, fetched with them."""
    queryset = Adoption.objects.all() if queryset is None else queryset
    return queryset.select_related(
        "centre", "reference__page", "reference__working_group", "followed_version"
    )
