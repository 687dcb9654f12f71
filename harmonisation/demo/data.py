"""The harmonisation demo: working groups, the demo protocols and QC methods designated as
harmonised references, and every centre's adoption of each.

Adoption records, deviations and notes are written in English, the consortium's working
language: one record serves the Dutch and the English site alike. Local SOPs are bilingual.

``REFERENCES`` names each reference by its identifier in ``knowledge/demo/data`` and gives one
entry per centre code (every centre has a record for every reference):

- ``"own"``: the centre wrote the reference and works to it as is (its local SOP is the
  reference itself, following the current version);
- ``"adopted"``: adopted as is, with a local copy of the reference under the centre's page;
  ``follows`` is the reference version it follows (default: the current one);
- ``"adopted-with-deviations"``: ``local`` names an entry of ``LOCAL_SOPS``;
- ``"planned"``, ``"not-applicable"``, ``"not-adopted"``, optionally with a ``note`` and, for
  "not adopted", the centre's own document (``local_document``: an identifier) used instead.

``LOCAL_SOPS`` are derived from the version of the reference they follow: every section is
copied, then ``changes`` are made, each on a field and, for a list (steps, materials,
equipment, acceptance criteria), on an item by its 1-based position in that version:
``set`` merges values into the item (or replaces a plain field), ``append`` adds a paragraph
to a text field, ``remove`` leaves the item out. ``deviations`` point at the same places
(``(field, position)`` for an item, the field name for a whole section) and say what differs
and why. Changes without a deviation are left undeclared on purpose: the comparison marks them.
"""

LANGUAGES = ("nl", "en")

PAGE = {
    "nl": {
        "title": "Harmonisatie",
        "slug": "harmonisatie",
        "summary": (
            "Welke werkvoorschriften en QC-methoden de centra samen als referentie hebben "
            "vastgesteld, en hoe ver elk centrum is met de invoering ervan."
        ),
        "intro": (
            "<p>Werkgroepen van DARE-NL stellen per processtap of kwaliteitskenmerk één "
            "geharmoniseerd referentievoorschrift vast. Elk centrum legt vast of het de referentie "
            "volgt, welke versie, en waar en waarom het lokale voorschrift afwijkt.</p>"
        ),
    },
    "en": {
        "title": "Harmonisation",
        "slug": "harmonisation",
        "summary": (
            "Which protocols and QC methods the centres have agreed as harmonised references, "
            "and how far each centre has come in adopting them."
        ),
        "intro": (
            "<p>DARE-NL working groups agree one harmonised reference for each process step or "
            "quality attribute. Every centre records whether it follows the reference, which "
            "version, and where and why its local SOP deviates.</p>"
        ),
    },
}

WORKING_GROUPS = [
    {
        "code": "car-t-manufacturing",
        "name_nl": "CAR-T-productie",
        "name_en": "CAR-T manufacturing",
    },
    {
        "code": "cryopreservation-shipment",
        "name_nl": "Cryopreservatie en transport",
        "name_en": "Cryopreservation and shipment",
    },
    {"code": "release-testing", "name_nl": "Vrijgifteonderzoek", "name_en": "Release testing"},
    {"code": "viral-vector-qc", "name_nl": "QC van virale vectoren", "name_en": "Viral vector QC"},
]

# The centres' short names and document prefixes (local SOPs are numbered after the reference:
# UMCU-SOP-0001 is UMC Utrecht's local version of DARE-SOP-0001), and who answers questions
# about their adoption records.
CENTRES = {
    "amsterdam-umc": {
        "prefix": "AUMC",
        "short": "Amsterdam UMC",
        "contact_name": "Dr. Femke Jansen",
        "contact_email": "f.jansen@amsterdamumc.example",
    },
    "erasmus-mc": {
        "prefix": "EMC",
        "short": "Erasmus MC",
        "contact_name": "Ir. Bram Visser",
        "contact_email": "b.visser@erasmusmc.example",
    },
    "lumc": {
        "prefix": "LUMC",
        "short": "LUMC",
        "contact_name": "Dr. Anouk van der Meer",
        "contact_email": "a.van_der_meer@lumc.example",
    },
    "mumc": {
        "prefix": "MUMC",
        "short": "Maastricht UMC+",
        "contact_name": "Drs. Luc Hermans",
        "contact_email": "l.hermans@mumc.example",
    },
    "radboudumc": {
        "prefix": "RUMC",
        "short": "Radboudumc",
        "contact_name": "Dr. Sanne Willems",
        "contact_email": "s.willems@radboudumc.example",
    },
    "umcg": {
        "prefix": "UMCG",
        "short": "UMCG",
        "contact_name": "Dr. Jelle Postma",
        "contact_email": "j.postma@umcg.example",
    },
    "umcu": {
        "prefix": "UMCU",
        "short": "UMC Utrecht",
        "contact_name": "Dr. Marloes de Graaf",
        "contact_email": "m.degraaf@umcutrecht.example",
    },
    "pmc": {
        "prefix": "PMC",
        "short": "Prinses Máxima Centrum",
        "contact_name": "Drs. Eva Kuipers",
        "contact_email": "e.kuipers@prinsesmaximacentrum.example",
    },
    "nki-avl": {
        "prefix": "AVL",
        "short": "Antoni van Leeuwenhoek",
        "contact_name": "Dr. Thomas Bakker",
        "contact_email": "t.bakker@avl.example",
    },
    "sanquin": {
        "prefix": "SANQ",
        "short": "Sanquin",
        "contact_name": "Ing. Iris Smit",
        "contact_email": "i.smit@sanquin.example",
    },
    "uips": {
        "prefix": "UIPS",
        "short": "UIPS",
        "contact_name": "Prof. dr. Koen de Boer",
        "contact_email": "k.deboer@uu.example",
    },
}

OWN = {"status": "own", "date": "2025-03-03"}


def _planned(note="", date="2026-01-15"):
    return {"status": "planned", "date": date, "note": note}


def _not_applicable(note="", date="2025-09-01"):
    return {"status": "not-applicable", "date": date, "note": note}


def _not_adopted(note, date="2025-11-10", local_document=""):
    return {"status": "not-adopted", "date": date, "note": note, "local_document": local_document}


def _adopted(date="2025-10-01", follows=None, note=""):
    return {"status": "adopted", "date": date, "follows": follows, "note": note}


def _with_deviations(local, date="2025-12-01", note=""):
    return {"status": "adopted-with-deviations", "date": date, "local": local, "note": note}


NO_CAR_T = _not_applicable("No CAR-T manufacturing at this centre.")
NO_MANUFACTURING = _not_applicable("Research institute: no GMP manufacturing or release.")
NO_LENTIVIRAL = _not_applicable("No lentiviral products at this centre.")

REFERENCES = [
    {
        "identifier": "DARE-SOP-0001",
        "working_group": "car-t-manufacturing",
        "adoptions": {
            "amsterdam-umc": OWN,
            "erasmus-mc": _adopted(
                "2025-04-14",
                follows=2,
                note="Update to version 3 (external transport check) is in change control.",
            ),
            "lumc": _with_deviations("LUMC-SOP-0001", "2025-11-03"),
            "mumc": _planned("Start of the CAR-T programme foreseen for the third quarter."),
            "radboudumc": NO_CAR_T,
            "umcg": _with_deviations("UMCG-SOP-0001", "2025-12-08"),
            "umcu": _adopted("2025-10-20"),
            "pmc": _planned("Paediatric apheresis volumes are being reviewed first."),
            "nki-avl": _planned(),
            "sanquin": _not_adopted(
                "Sanquin collects the apheresis itself; collection and receipt are one process "
                "under its own collection SOP."
            ),
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-SOP-0003",
        "working_group": "car-t-manufacturing",
        "adoptions": {
            "amsterdam-umc": OWN,
            "erasmus-mc": _not_adopted(
                "Erasmus MC activates with CD3/CD28 beads in its TCR-T process; a switch to "
                "TransAct needs a comparability study."
            ),
            "lumc": _planned(),
            "mumc": NO_CAR_T,
            "radboudumc": NO_CAR_T,
            "umcg": _planned(),
            "umcu": _planned("Planned with the move to the second Prodigy."),
            "pmc": _adopted("2024-11-18", follows=1),
            "nki-avl": _not_applicable("TIL are expanded without CD3/CD28 activation."),
            "sanquin": _with_deviations("SANQ-SOP-0003", "2025-09-15"),
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-SOP-0004",
        "working_group": "car-t-manufacturing",
        "adoptions": {
            "amsterdam-umc": OWN,
            "erasmus-mc": _planned(),
            "lumc": _planned(),
            "mumc": NO_CAR_T,
            "radboudumc": NO_CAR_T,
            "umcg": _not_adopted("UMCG administers CAR-T products but does not manufacture them."),
            "umcu": _with_deviations("UMCU-SOP-0004", "2025-10-06"),
            "pmc": _planned(),
            "nki-avl": NO_LENTIVIRAL,
            "sanquin": _planned(),
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-SOP-0007",
        "working_group": "cryopreservation-shipment",
        "adoptions": {
            "amsterdam-umc": _adopted("2025-06-30"),
            "erasmus-mc": _planned(),
            "lumc": _with_deviations("LUMC-SOP-0007", "2025-08-25"),
            "mumc": _planned(),
            "radboudumc": _not_adopted(
                "Dendritic-cell vaccine aliquots are frozen in cryovials in a validated "
                "passive freezing container, not in bags."
            ),
            "umcg": _planned(),
            "umcu": _adopted("2024-06-10", follows=2),
            "pmc": _planned(),
            "nki-avl": _planned(),
            "sanquin": OWN,
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-SOP-0009",
        "working_group": "cryopreservation-shipment",
        "adoptions": {
            "amsterdam-umc": _planned(),
            "erasmus-mc": _planned(),
            "lumc": _with_deviations("LUMC-SOP-0009", "2025-07-07"),
            "mumc": _planned(),
            "radboudumc": _not_applicable("Products are used on site and not shipped."),
            "umcg": _not_adopted("Shipments go through a courier with its own validated shippers."),
            "umcu": _planned(),
            "pmc": _not_applicable("Receives products only; receipt follows the sender's SOP."),
            "nki-avl": _planned(),
            "sanquin": OWN,
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-SOP-0035",
        "working_group": "release-testing",
        "adoptions": {
            "amsterdam-umc": _with_deviations("AUMC-SOP-0035", "2025-09-29"),
            "erasmus-mc": _adopted("2025-02-17", follows=2),
            "lumc": _planned(),
            "mumc": _planned(),
            "radboudumc": _planned(),
            "umcg": _not_adopted(
                "QP release is part of the hospital pharmacy's quality system, which covers all "
                "its medicinal products."
            ),
            "umcu": OWN,
            "pmc": _planned(),
            "nki-avl": _planned(),
            "sanquin": _not_adopted(
                "Release under Sanquin's own manufacturing licence procedures."
            ),
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-QC-0001",
        "working_group": "release-testing",
        "adoptions": {
            "amsterdam-umc": _planned(),
            "erasmus-mc": _planned(),
            "lumc": _with_deviations("LUMC-QC-0001", "2025-05-12"),
            "mumc": _planned(),
            "radboudumc": _planned(),
            "umcg": _not_adopted(
                "Sterility is tested by the hospital's medical microbiology laboratory under a "
                "quality agreement."
            ),
            "umcu": OWN,
            "pmc": _planned(),
            "nki-avl": _not_adopted("Tested by a contract laboratory."),
            "sanquin": _not_adopted(
                "Sanquin tests by membrane filtration according to Ph. Eur. 2.6.1.",
                local_document="DARE-QC-0002",
            ),
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-QC-0003",
        "working_group": "release-testing",
        "adoptions": {
            "amsterdam-umc": _planned(),
            "erasmus-mc": _planned(),
            "lumc": OWN,
            "mumc": _planned(),
            "radboudumc": _adopted("2024-09-02", follows=1),
            "umcg": _not_adopted("Culture method at a contract laboratory."),
            "umcu": _adopted("2025-05-26"),
            "pmc": _planned(),
            "nki-avl": _planned(),
            "sanquin": _not_applicable("Short-term cultures only; covered by the sterility test."),
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-QC-0004",
        "working_group": "release-testing",
        "adoptions": {
            "amsterdam-umc": _planned(),
            "erasmus-mc": OWN,
            "lumc": _planned(),
            "mumc": _with_deviations("MUMC-QC-0004", "2025-10-13"),
            "radboudumc": _planned(),
            "umcg": _planned(),
            "umcu": _planned(),
            "pmc": _planned(),
            "nki-avl": _planned(),
            "sanquin": _planned(),
            "uips": _not_adopted(
                "UIPS develops the animal-free recombinant factor C method.",
                local_document="DARE-QC-0005",
            ),
        },
    },
    {
        "identifier": "DARE-QC-0007",
        "working_group": "car-t-manufacturing",
        "adoptions": {
            "amsterdam-umc": OWN,
            "erasmus-mc": _planned(),
            "lumc": _not_applicable("No CAR-T products; TCR-T identity is tested by multimer."),
            "mumc": NO_CAR_T,
            "radboudumc": NO_CAR_T,
            "umcg": _planned(),
            "umcu": _adopted("2025-01-20", follows=2),
            "pmc": _planned(),
            "nki-avl": NO_CAR_T,
            "sanquin": NO_CAR_T,
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-QC-0009",
        "working_group": "viral-vector-qc",
        "adoptions": {
            "amsterdam-umc": _planned(),
            "erasmus-mc": _planned(),
            "lumc": _with_deviations("LUMC-QC-0009", "2025-06-16"),
            "mumc": NO_LENTIVIRAL,
            "radboudumc": NO_LENTIVIRAL,
            "umcg": NO_LENTIVIRAL,
            "umcu": OWN,
            "pmc": _planned(),
            "nki-avl": NO_LENTIVIRAL,
            "sanquin": NO_LENTIVIRAL,
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-QC-0010",
        "working_group": "viral-vector-qc",
        "adoptions": {
            "amsterdam-umc": _not_adopted("Tested by the vector manufacturer; results on the CoA."),
            "erasmus-mc": _planned(),
            "lumc": OWN,
            "mumc": NO_LENTIVIRAL,
            "radboudumc": NO_LENTIVIRAL,
            "umcg": NO_LENTIVIRAL,
            "umcu": _planned(),
            "pmc": _planned(),
            "nki-avl": NO_LENTIVIRAL,
            "sanquin": NO_LENTIVIRAL,
            "uips": NO_MANUFACTURING,
        },
    },
    {
        "identifier": "DARE-QC-0021",
        "working_group": "viral-vector-qc",
        "adoptions": {
            "amsterdam-umc": _not_adopted(
                "Physical titre (p24 ELISA) only; the functional titre comes from the vector "
                "manufacturer."
            ),
            "erasmus-mc": _adopted("2024-12-09", follows=1),
            "lumc": OWN,
            "mumc": NO_LENTIVIRAL,
            "radboudumc": NO_LENTIVIRAL,
            "umcg": NO_LENTIVIRAL,
            "umcu": _planned(),
            "pmc": NO_LENTIVIRAL,
            "nki-avl": NO_LENTIVIRAL,
            "sanquin": NO_LENTIVIRAL,
            "uips": _planned("As a reference laboratory for the method comparison in 2026."),
        },
    },
]

LOCAL_SOPS = {
    "LUMC-SOP-0001": {
        "reference": "DARE-SOP-0001",
        "centre": "lumc",
        "changes": [
            {
                "field": "procedure",
                "position": 7,
                "set": {
                    "nl": {
                        "text": (
                            "<p>Bepaal de leukocytenconcentratie op de hematologieanalyser en met "
                            "flowcytometrie het percentage levensvatbare CD3+-cellen (dual "
                            "platform). Bereken het totaal aantal levensvatbare CD3+-cellen uit "
                            "beide uitslagen en het volume.</p>"
                        )
                    },
                    "en": {
                        "text": (
                            "<p>Determine the leukocyte concentration on the haematology "
                            "analyser and, by flow cytometry, the percentage of viable CD3+ cells "
                            "(dual platform). Calculate the total number of viable CD3+ cells "
                            "from both results and the volume.</p>"
                        )
                    },
                },
            },
            {
                "field": "materials",
                "position": 3,
                "set": {
                    "nl": {
                        "name": "EDTA-buis 2 ml",
                        "supplier": "Becton Dickinson",
                        "catalogue_number": "367841",
                        "note": "",
                    },
                    "en": {
                        "name": "EDTA tube 2 mL",
                        "supplier": "Becton Dickinson",
                        "catalogue_number": "367841",
                        "note": "",
                    },
                },
            },
            {
                "field": "equipment",
                "position": 3,
                "set": {
                    "nl": {"specification": "BD FACSCanto II"},
                    "en": {"specification": "BD FACSCanto II"},
                },
            },
        ],
        "deviations": [
            {
                "anchor": ("procedure", 7),
                "what": (
                    "Viable CD3+ cells are counted by dual platform (haematology analyser × % "
                    "viable CD3+ by flow cytometry) instead of single platform with counting beads."
                ),
                "why": (
                    "LUMC's flow cytometry laboratory validated the dual-platform count for "
                    "apheresis material (report VR-2024-117); single-platform counting is not in "
                    "its accredited scope."
                ),
            },
            {
                "anchor": ("materials", 3),
                "what": "EDTA tube instead of BD Trucount Tubes.",
                "why": "Follows from the dual-platform count: no counting beads are needed.",
            },
        ],
    },
    "UMCG-SOP-0001": {
        "reference": "DARE-SOP-0001",
        "centre": "umcg",
        "changes": [
            {
                "field": "acceptance_criteria",
                "position": 4,
                "set": {"nl": {"specification": "≤ 36 uur"}, "en": {"specification": "≤ 36 hours"}},
            },
            {
                "field": "procedure",
                "position": 3,
                "set": {
                    "nl": {
                        "text": (
                            "<p>Bij producten uit een partnerziekenhuis in de regio: het product "
                            "reist in een gevalideerde passieve 2–8 °C-box met datalogger. Stop de "
                            "logger, lees de temperatuurcurve uit en voeg de uitdraai toe aan het "
                            "ontvangstformulier.</p>"
                        )
                    },
                    "en": {
                        "text": (
                            "<p>For products from a regional partner hospital: the product "
                            "travels in a validated passive 2–8 °C box with a data logger. Stop "
                            "the logger, read out the temperature curve and attach the printout to "
                            "the receipt form.</p>"
                        )
                    },
                },
            },
        ],
        "deviations": [
            {
                "anchor": ("acceptance_criteria", 4),
                "what": "At most 36 hours from the end of apheresis to processing, not 24.",
                "why": (
                    "Material from the northern partner hospitals arrives the next morning; UMCG "
                    "stability data (study SR-0231) support 48 hours at 2–8 °C."
                ),
            },
            {
                "anchor": ("procedure", 3),
                "what": "Regional transport in a validated passive 2–8 °C box with a data logger.",
                "why": "Required by the regional transport contract.",
            },
        ],
    },
    "SANQ-SOP-0003": {
        "reference": "DARE-SOP-0003",
        "centre": "sanquin",
        "changes": [
            {
                "field": "equipment",
                "position": 1,
                "set": {
                    "nl": {
                        "name": "G-Rex 100M-CS",
                        "specification": "Gesloten, gasdoorlatende kweekfles",
                        "qualification": "Certificaat leverancier; procesvalidatie",
                    },
                    "en": {
                        "name": "G-Rex 100M-CS",
                        "specification": "Closed gas-permeable culture vessel",
                        "qualification": "Supplier's certificate; process validation",
                    },
                },
            },
            {
                "field": "procedure",
                "position": 2,
                "set": {
                    "nl": {
                        "text": (
                            "<p>Breng 1 × 10<sup>8</sup> levensvatbare T-cellen in 500 ml medium "
                            "steriel over in de G-Rex via de gesloten vullijn.</p>"
                        )
                    },
                    "en": {
                        "text": (
                            "<p>Transfer 1 × 10<sup>8</sup> viable T cells in 500 mL medium "
                            "aseptically into the G-Rex through the closed fill line.</p>"
                        )
                    },
                },
            },
            {
                "field": "procedure",
                "position": 6,
                "set": {
                    "nl": {
                        "title": "Verwijderen van TransAct op dag 3",
                        "text": (
                            "<p>Verwijder het supernatant tot 50 ml, resuspendeer en was de cellen "
                            "twee keer op de Sepax C-Pro. Het wassen verwijdert TransAct en "
                            "ongebonden vector.</p>"
                        ),
                    },
                    "en": {
                        "title": "Removal of TransAct on day 3",
                        "text": (
                            "<p>Remove the supernatant down to 50 mL, resuspend and wash the "
                            "cells twice on the Sepax C-Pro. Washing removes TransAct and unbound "
                            "vector.</p>"
                        ),
                    },
                },
            },
        ],
        "deviations": [
            {
                "anchor": ("equipment", 1),
                "what": "Culture in G-Rex 100M-CS vessels instead of the CliniMACS Prodigy.",
                "why": (
                    "Sanquin's TIL and CAR-T platform runs in G-Rex vessels; activation with "
                    "TransAct was validated in them (three runs, report SQ-VAL-22-014)."
                ),
            },
            {
                "anchor": ("procedure", 6),
                "what": "Washing on the Sepax C-Pro after volume reduction, not by the Prodigy.",
                "why": "Follows from culture in G-Rex vessels.",
            },
        ],
    },
    "UMCU-SOP-0004": {
        "reference": "DARE-SOP-0004",
        "centre": "umcu",
        "changes": [
            {
                "field": "procedure",
                "position": 2,
                "set": {
                    "nl": {
                        "text": (
                            "<p>Volume (ml) = MOI 5 × levensvatbare T-cellen op dag 1 / titer "
                            "(TU/ml), naar boven afgerond op 0,1 ml. De tweede operator "
                            "controleert de berekening.</p>"
                        )
                    },
                    "en": {
                        "text": (
                            "<p>Volume (mL) = MOI 5 × viable T cells on day 1 / titre (TU/mL), "
                            "rounded up to 0.1 mL. The second operator checks the calculation.</p>"
                        )
                    },
                },
            },
            {
                "field": "acceptance_criteria",
                "position": 3,
                "set": {"nl": {"specification": "≥ 15%"}, "en": {"specification": "≥ 15%"}},
            },
        ],
        "deviations": [
            {
                "anchor": ("procedure", 2),
                "what": "Transduction at MOI 5 instead of MOI 3.",
                "why": (
                    "The CD19-CAR vector used at UMC Utrecht has a lower functional titre on "
                    "primary T cells; MOI 5 reached the target transduction in three validation "
                    "runs with VCN ≤ 3."
                ),
            },
        ],
    },
    "LUMC-SOP-0007": {
        "reference": "DARE-SOP-0007",
        "centre": "lumc",
        "changes": [
            {
                "field": "equipment",
                "position": 1,
                "set": {
                    "nl": {"specification": "Thermo Fisher CryoMed 7456"},
                    "en": {"specification": "Thermo Fisher CryoMed 7456"},
                },
            },
            {
                "field": "materials",
                "position": 1,
                "set": {
                    "nl": {
                        "name": "Invriesmedium, eigen bereiding",
                        "grade": "gmp",
                        "supplier": "LUMC apotheek",
                        "catalogue_number": "",
                        "note": "10% DMSO in 5% humaan albumine",
                    },
                    "en": {
                        "name": "Freezing medium, in-house",
                        "grade": "gmp",
                        "supplier": "LUMC pharmacy",
                        "catalogue_number": "",
                        "note": "10% DMSO in 5% human albumin",
                    },
                },
            },
        ],
        "deviations": [
            {
                "anchor": ("equipment", 1),
                "what": "CryoMed 7456 controlled-rate freezer instead of the Planer Kryo 560-16.",
                "why": (
                    "The freezer in place at LUMC; its programme per bag type was validated "
                    "against the reference profile (report LUMC-VAL-0452)."
                ),
            },
            {
                "anchor": ("materials", 1),
                "what": "In-house 10% DMSO medium instead of CryoStor CS10.",
                "why": (
                    "LUMC's MSC products are authorised with the in-house medium; a change needs "
                    "a comparability study, planned for 2026."
                ),
            },
        ],
    },
    "LUMC-SOP-0009": {
        "reference": "DARE-SOP-0009",
        "centre": "lumc",
        "changes": [
            {
                "field": "procedure",
                "position": 2,
                "set": {
                    "nl": {
                        "text": (
                            "<p>Giet vrije stikstof af en weeg de dryshipper. Weeg opnieuw vlak "
                            "voor de overdracht aan de koerier. Beide gewichten moeten boven het "
                            "gevalideerde minimum liggen; laad anders opnieuw.</p>"
                        )
                    },
                    "en": {
                        "text": (
                            "<p>Pour off free nitrogen and weigh the dry shipper. Weigh again just "
                            "before handover to the courier. Both weights must be above the "
                            "validated minimum; otherwise recharge.</p>"
                        )
                    },
                },
            },
            {
                "field": "equipment",
                "position": 2,
                "set": {
                    "nl": {"specification": "Elpro Libero CB, -200 tot +50 °C"},
                    "en": {"specification": "Elpro Libero CB, -200 to +50 °C"},
                },
            },
        ],
        "deviations": [
            {
                "anchor": ("procedure", 2),
                "what": "The dry shipper is weighed twice: after charging and before handover.",
                "why": (
                    "After a 2024 shipment arrived above -150 °C, the investigation "
                    "(CAPA-2024-031) asked for a second check."
                ),
            },
        ],
    },
    "AUMC-SOP-0035": {
        "reference": "DARE-SOP-0035",
        "centre": "amsterdam-umc",
        "changes": [
            {"field": "procedure", "position": 6, "remove": True},
            *(
                {
                    "field": "materials",
                    "position": position,
                    "set": {
                        "nl": {"supplier": "Amsterdam UMC (gecontroleerd document)"},
                        "en": {"supplier": "Amsterdam UMC (controlled document)"},
                    },
                }
                for position in (1, 2, 3, 4)
            ),
        ],
        "deviations": [
            {
                "anchor": "procedure",
                "what": "No certification before all tests are complete (step 6 is left out).",
                "why": (
                    "All Amsterdam UMC products have a shelf life long enough to wait for every "
                    "result; their product specification files do not provide for it."
                ),
            },
        ],
    },
    "LUMC-QC-0001": {
        "reference": "DARE-QC-0001",
        "centre": "lumc",
        "changes": [
            {
                "field": "acceptance_criteria",
                "position": 1,
                "set": {
                    "nl": {"specification": "Geen groei na 7 dagen incubatie"},
                    "en": {"specification": "No growth after 7 days of incubation"},
                },
            },
            {"field": "turnaround_time", "set": {"nl": "7 dagen", "en": "7 days"}},
        ],
        "deviations": [
            {
                "anchor": ("acceptance_criteria", 1),
                "what": "7 days of incubation instead of 14.",
                "why": (
                    "Validated against the compendial method as a rapid method (Ph. Eur. 5.1.6, "
                    "report LUMC-QC-VAL-019); the short shelf life of the MSC products needs the "
                    "earlier result."
                ),
            },
        ],
    },
    "MUMC-QC-0004": {
        "reference": "DARE-QC-0004",
        "centre": "mumc",
        "changes": [
            {
                "field": "method_principle",
                "append": {
                    "nl": (
                        "<p>Maastricht UMC+ voert de bepaling uit in cartridges voor eenmalig "
                        "gebruik (Endosafe nexgen-PTS) met een door de leverancier gecertificeerde "
                        "standaardcurve.</p>"
                    ),
                    "en": (
                        "<p>Maastricht UMC+ performs the test in single-use cartridges (Endosafe "
                        "nexgen-PTS) with a standard curve certified by the supplier.</p>"
                    ),
                },
            },
            {
                "field": "acceptance_criteria",
                "position": 2,
                "set": {
                    "nl": {"method": "Gecertificeerde curve van de cartridgebatch"},
                    "en": {"method": "Certified curve of the cartridge lot"},
                },
            },
        ],
        "deviations": [
            {
                "anchor": "method_principle",
                "what": "Kinetic chromogenic LAL in single-use cartridges instead of microplates.",
                "why": (
                    "Few batches a year: the cartridge reader needs 0.1 mL of product and gives a "
                    "result in 15 minutes."
                ),
            },
            {
                "anchor": ("acceptance_criteria", 2),
                "what": "The standard curve is the cartridge lot's certified curve.",
                "why": "Inherent to the cartridge system; a positive control is run every time.",
            },
        ],
    },
    "LUMC-QC-0009": {
        "reference": "DARE-QC-0009",
        "centre": "lumc",
        "changes": [
            {
                "field": "acceptance_criteria",
                "position": 1,
                "set": {
                    "nl": {"method": "Duplex-ddPCR met albumine (ALB) als referentiegen"},
                    "en": {"method": "Duplex ddPCR with albumin (ALB) as reference gene"},
                },
            },
            {
                "field": "acceptance_criteria",
                "position": 4,
                "set": {
                    "nl": {"specification": "≥ 12.000 geaccepteerde druppels per well"},
                    "en": {"specification": "≥ 12,000 accepted droplets per well"},
                },
            },
        ],
        "deviations": [
            {
                "anchor": ("acceptance_criteria", 1),
                "what": "Albumin (ALB) as reference gene instead of RPP30.",
                "why": (
                    "LUMC's assay also serves its HSC gene therapy products and was validated "
                    "with ALB; a second reference gene would need its own validation."
                ),
            },
        ],
    },
}

COMMITTEE = {
    "username": "committee-member",
    "role": "member of the harmonisation committee",
}
