"""Stakeholder participation: profiles of participants (profiles.py), consultations
(consultations.py) and their discussion (discussion.py)."""

from stakeholders.models.consultations import *  # noqa: F403
from stakeholders.models.discussion import *  # noqa: F403
from stakeholders.models.profiles import *  # noqa: F403
