"""Another centre's unpublished drafts stay out of sight in the admin. Wagtail refuses to open
them, but its page chooser lists every page of the tree, drafts included, by title. These hooks
narrow the chooser and the explorer to published pages plus the pages under the places where
the user holds a page permission (their own centre's pages); superusers see everything.

The admin's page search and the admin API already list only the pages a user may explore
(``explorable_instances``), which excludes other centres' subtrees."""

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail import hooks
from wagtail.permissions import page_permission_policy


def visible_pages(pages, user):
    """``pages`` without the unpublished ones outside the user's own part of the tree."""
    if user.is_superuser:
        return pages
    own_paths = {
        grant.page.path for grant in page_permission_policy.get_cached_permissions_for_user(user)
    }
    own = [Q(path__startswith=path) for path in sorted(own_paths)]
    return pages.filter(reduce(or_, own, Q(live=True)))


@hooks.register("construct_page_chooser_queryset")
def hide_other_centres_drafts_in_chooser(pages, request):
    return visible_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_other_centres_drafts_in_explorer(parent_page, pages, request):
    return visible_pages(pages, request.user)
