"""The stakeholder roles of the consortium: who a consultation is meant for (consultations)
and who a participant says they are (profiles). One list, so an audience and a participant's
role always mean the same thing."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class StakeholderRole(models.TextChoices):
    PATIENT = "patient", _("Patient")
    PATIENT_REPRESENTATIVE = "patient_representative", _("Patient representative")
    CLINICIAN = "clinician", _("Clinician")
    RESEARCHER = "researcher", _("Researcher")
    PHARMACIST = "pharmacist", _("Pharmacist")
    REGULATOR = "regulator", _("Regulator")
    PAYER = "payer", _("Insurer or payer")
    INDUSTRY = "industry", _("Industry")
    OTHER = "other", _("Other")
