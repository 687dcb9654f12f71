"""Stakeholder participation: profiles of participants (accounts.py) and consultations
(consultations.py)."""

from stakeholders.models.consultations import *  # noqa: F403
from stakeholders.models.profiles import *  # noqa: F403
