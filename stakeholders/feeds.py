"""The Atom feed of a language's consultations, served by its index page (``…/feed/``).

Atom summaries are HTML (``type="html"``), so the summary is rendered from a template with
autoescaping: an editor's "<script>" reaches a feed reader as the text "<script>". Titles are
Atom text constructs, which the XML writer escapes.
"""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from stakeholders.selectors import live_consultations

FEED_SIZE = 50


class ConsultationFeed(Feed):
    feed_type = Atom1Feed
    description_template = "stakeholders/consultation_feed_summary.html"

    def get_object(self, request, *args, index, **kwargs):
        return index

    def title(self, index):
        return _("%(title)s · DARE-NL") % {"title": index.title}

    def subtitle(self, index):
        return index.summary

    def link(self, index):
        return index.get_full_url()

    def feed_url(self, index):
        return index.get_full_url() + index.reverse_subpage("feed")

    def items(self, index):
        return live_consultations(index).order_by("-first_published_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.get_full_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["phase"] = kwargs["item"].phase_at(timezone.now())
        return context
