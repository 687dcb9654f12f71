"""The admin dashboard's review panel: the documents of the user's centres that are overdue for
review or due within ``DUE_SOON_DAYS``, each with its date and a link to edit it."""

from django.utils import translation
from wagtail import hooks
from wagtail.admin.ui.components import Component

from harmonisation.review_selectors import DUE_SOON_DAYS, due_reviews, review_centres_of_user

# A superuser sees every centre's documents; the panel lists the soonest and says how many more.
PANEL_LIMIT = 50


class ReviewPanel(Component):
    name = "review_due"
    template_name = "harmonisation/admin/review_panel.html"
    order = 150

    def __init__(self, reviews):
        self.reviews = reviews

    def get_context_data(self, parent_context):
        return {
            "reviews": self.reviews[:PANEL_LIMIT],
            "hidden_count": max(len(self.reviews) - PANEL_LIMIT, 0),
            "overdue_count": sum(review.overdue for review in self.reviews),
            "days": DUE_SOON_DAYS,
        }


@hooks.register("construct_homepage_panels")
def add_review_panel(request, panels):
    """Only for editors and reviewers of a centre with something due: an empty panel would be
    noise on every other dashboard."""
    reviews = due_reviews(
        centres=review_centres_of_user(request.user), language=translation.get_language()
    )
    if reviews:
        panels.append(ReviewPanel(reviews))
