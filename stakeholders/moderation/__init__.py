"""What moderators see and do in the Wagtail admin: the queue of reported, automatically
hidden and held comments, a comment's screen with its actions, the moderation log and the
suspended participants. Every write goes through ``stakeholders.discussion.services``."""

# The group whose members moderate comments (made by ``setup_editorial_roles``, see roles.py);
# the demo puts its moderator in it by this name. Not "Moderators": Wagtail's first migration
# makes a group of that name that may publish every page, which no comment moderator should.
MODERATORS_GROUP = "Comment moderators"
MODERATE_PERMISSION = "stakeholders.moderate_comment"
