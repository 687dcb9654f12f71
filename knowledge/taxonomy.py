"""Controlled vocabularies. Codes are stable (they appear in filter URLs and search facets);
labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Modality(models.TextChoices):
    CAR_T = "car-t", _("CAR-T cells")
    TCR_T = "tcr-t", _("TCR-T cells")
    TIL = "til", _("Tumour-infiltrating lymphocytes (TIL)")
    NK = "nk", _("NK cells")
    MSC = "msc", _("Mesenchymal stromal cells (MSC)")
    DC = "dc", _("Dendritic-cell vaccine")
    HSC = "hsc", _("Gene-modified haematopoietic stem cells")
    AAV = "aav", _("AAV gene therapy")
    LV = "lv", _("Lentiviral vector")
    GENERAL = "general", _("All modalities")


class ProcessStage(models.TextChoices):
    STARTING_MATERIAL = "starting-material", _("Starting material")
    ACTIVATION = "activation", _("Activation")
    GENETIC_MODIFICATION = "genetic-modification", _("Genetic modification")
    EXPANSION = "expansion", _("Expansion")
    HARVEST = "harvest-formulation", _("Harvest and formulation")
    CRYOPRESERVATION = "cryopreservation", _("Cryopreservation")
    RELEASE_TESTING = "release-testing", _("Release testing")
    SHIPMENT = "shipment", _("Shipment")
    ADMINISTRATION = "administration", _("Administration")
    VECTOR_PRODUCTION = "vector-production", _("Vector production")
    FACILITY = "facility", _("Facility and environment")


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    EFFECTIVE = "effective", _("Effective")
    SUPERSEDED = "superseded", _("Superseded")
    RETIRED = "retired", _("Retired")


class QualityAttribute(models.TextChoices):
    STERILITY = "sterility", _("Sterility")
    MYCOPLASMA = "mycoplasma", _("Mycoplasma")
    ENDOTOXIN = "endotoxin", _("Endotoxin")
    IDENTITY = "identity", _("Identity")
    PURITY = "purity", _("Purity")
    POTENCY = "potency", _("Potency")
    VCN = "vcn", _("Vector copy number")
    RCV = "rcv", _("Replication-competent virus")
    VIABILITY = "viability", _("Viability")
    CELL_COUNT = "cell-count", _("Cell count")
    ADVENTITIOUS_AGENTS = "adventitious-agents", _("Adventitious agents")
    VECTOR_TITRE = "vector-titre", _("Vector titre")


class ValidationStatus(models.TextChoices):
    VALIDATED = "validated", _("Validated (ICH Q2(R2))")
    COMPENDIAL = "compendial", _("Compendial method, verified")
    QUALIFIED = "qualified", _("Qualified, validation pending")
    IN_VALIDATION = "in-validation", _("In validation")
    NOT_VALIDATED = "not-validated", _("Not validated (research use)")


class InstrumentType(models.TextChoices):
    EU_REGULATION = "eu-regulation", _("EU regulation")
    EU_DIRECTIVE = "eu-directive", _("EU directive")
    EU_GUIDELINE = "eu-guideline", _("EU guideline")
    NL_LAW = "nl-law", _("Dutch law")
    NL_DECREE = "nl-decree", _("Dutch decree or regulation")
    NL_POLICY = "nl-policy", _("Dutch policy or guidance")
    PHARMACOPOEIA = "pharmacopoeia", _("Pharmacopoeia")


class Jurisdiction(models.TextChoices):
    EU = "eu", _("European Union")
    NL = "nl", _("Netherlands")


class Authority(models.TextChoices):
    EMA_CAT = "ema-cat", _("EMA / CAT")
    EUROPEAN_COMMISSION = "ec", _("European Commission")
    EDQM = "edqm", _("EDQM (Council of Europe)")
    CBG_MEB = "cbg-meb", _("CBG-MEB (Medicines Evaluation Board)")
    CCMO = "ccmo", _("CCMO")
    IGJ = "igj", _("IGJ (Health and Youth Care Inspectorate)")
    GMO_OFFICE = "bggo", _("GMO Office (Bureau GGO)")
    ZIN = "zin", _("Zorginstituut Nederland")
    NZA = "nza", _("NZa (Dutch Healthcare Authority)")
    VWS = "vws", _("Ministry of Health, Welfare and Sport")
    FARMATEC = "farmatec", _("Farmatec")


class RegulatoryTopic(models.TextChoices):
    MARKETING_AUTHORISATION = "marketing-authorisation", _("Marketing authorisation")
    CLINICAL_TRIALS = "clinical-trials", _("Clinical trials")
    HOSPITAL_EXEMPTION = "hospital-exemption", _("Hospital exemption")
    GMP = "gmp", _("Good manufacturing practice")
    GMO = "gmo", _("GMO permits")
    TISSUES_CELLS = "tissues-cells", _("Tissues and cells")
    REIMBURSEMENT = "reimbursement", _("Reimbursement")
    PHARMACOVIGILANCE = "pharmacovigilance", _("Pharmacovigilance")
    DATA_PROTECTION = "data-protection", _("Data protection")


class LegalStatus(models.TextChoices):
    IN_FORCE = "in-force", _("In force")
    ADOPTED = "adopted", _("Adopted, not yet applicable")
    PROPOSED = "proposed", _("Proposal")
    UNDER_REVISION = "under-revision", _("Under revision")
    REPEALED = "repealed", _("Repealed")


class CentreKind(models.TextChoices):
    UMC = "umc", _("University medical centre")
    PAEDIATRIC = "paediatric", _("Paediatric oncology centre")
    CANCER_INSTITUTE = "cancer-institute", _("Cancer institute")
    BLOOD_SUPPLY = "blood-supply", _("Blood supply and research organisation")
    UNIVERSITY = "university", _("University research institute")
    CONSORTIUM = "consortium", _("Consortium")
