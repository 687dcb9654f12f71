"""Demo protocols DARE-SOP-0001 to DARE-SOP-0022: cell therapies (CAR-T, TIL, TCR-T, NK cells,
mesenchymal stromal cells and dendritic-cell vaccines) from starting material to administration.

Texts are written as the consortium's centres would write their SOPs; process parameters are
realistic examples for a demonstration site, not validated instructions. Each language version
of a protocol is a separate block, followed by the protocol record that lists its versions.
"""

from datetime import date

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0001 Receipt and acceptance of leukapheresis material (Amsterdam UMC), three versions
# -------------------------------------------------------------------------------------------------

_SOP_0001_V1_NL = {
    "title": "Ontvangst en acceptatie van leukaferesemateriaal voor CAR-T-productie",
    "summary": (
        "Beschrijft hoe vers leukaferesemateriaal voor CAR-T-productie wordt ontvangen, "
        "gecontroleerd en geaccepteerd of afgekeurd."
    ),
    "purpose": (
        "<p>Borgen dat alleen leukaferesemateriaal van de juiste patiënt, correct vervoerd en met "
        "voldoende T-cellen, wordt vrijgegeven voor CAR-T-productie, en het begin van de chain of "
        "identity vastleggen.</p>"
    ),
    "scope": (
        "<p>Niet-gemobiliseerde autologe leukafereseproducten van de afereseafdeling van Amsterdam "
        "UMC voor klinische studies en de ziekenhuisvrijstelling. Niet voor gemobiliseerde "
        "stamcelproducten of allogeen materiaal.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        (
            "Medewerker ontvangst",
            "Neemt het product in ontvangst, voert de controles en monstername uit en vult het "
            "ontvangstformulier in.",
        ),
        ("QC-analist", "Voert telling en flowcytometrie uit en rapporteert binnen 2 uur."),
        ("QA-medewerker", "Beoordeelt afwijkingen en keurt het ontvangstformulier goed."),
    ],
    "materials": [
        {
            "name": "Sampling site coupler",
            "grade": "medical_device",
            "supplier": "Fresenius Kabi",
            "catalogue_number": "4C2405",
        },
        {
            "name": "Spuit 5 ml, Luer-lock",
            "grade": "medical_device",
            "supplier": "Becton Dickinson",
            "catalogue_number": "309649",
        },
        {
            "name": "BD Trucount Tubes",
            "grade": "medical_device",
            "supplier": "Becton Dickinson",
            "catalogue_number": "340334",
            "note": "IVD",
        },
        {
            "name": "Antilichamen CD45/CD3 met 7-AAD",
            "grade": "research",
            "supplier": "BD Biosciences",
            "note": "Gebruik binnen de validatie van DARE-QC-0008",
        },
    ],
    "equipment": [
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Hematologieanalyser",
            "specification": "Sysmex XN-1000",
            "qualification": "Gekalibreerd",
        },
        {"name": "Flowcytometer", "specification": "BD FACSLyric", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Aanmelding en documentcontrole",
            "text": (
                "<p>Controleer bij ontvangst het afnameformulier (patiëntidentificatie, studie- of "
                "HE-nummer, einde aferese), de bevestiging van informed consent en de virologische "
                "uitslagen (HIV-1/2, HBV, HCV, syfilis). Ontbreekt iets, dan gaat het product in "
                "quarantaine.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle van verpakking en transport",
            "text": (
                "<p>Neem de transportbox in ontvangst in de materiaalsluis. Controleer of de box "
                "gesloten en onbeschadigd is en of de temperatuurindicator 2–8 °C aangeeft. Noteer "
                "het tijdstip van ontvangst.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identiteitscontrole volgens het vierogenprincipe",
            "text": (
                "<p>Vergelijk met een tweede medewerker het etiket met het afnameformulier: naam, "
                "geboortedatum, ziekenhuisnummer, patiëntcode en ISBT 128-donatienummer (DIN). "
                "Beide paraferen. Hiermee start de chain of identity.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Bij elke discrepantie: zak niet openen, in quarantaine plaatsen en direct QA "
                "informeren."
            ),
        },
        {
            "title": "Visuele inspectie en volume",
            "text": (
                "<p>Inspecteer de zak op lekkage, stolsels en hemolyse. Weeg de zak, trek het "
                "tarragewicht af en bereken het volume met een dichtheid van 1,03 g/ml.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Monstername",
            "text": (
                "<p>Meng de zak door tien keer te kantelen en neem in de veiligheidswerkbank via "
                "een sampling site coupler 2 ml af: 0,5 ml voor de leukocytentelling, 1,0 ml voor "
                "flowcytometrie en 0,5 ml als retentiemonster (-80 °C).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bepaling van celaantal en samenstelling",
            "text": (
                "<p>Bepaal de leukocytenconcentratie en met single-platform-flowcytometrie het "
                "percentage levensvatbare CD3+-cellen. Bereken het totaal aantal levensvatbare "
                "CD3+-cellen en noteer hematocriet en trombocyten.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Acceptatie en vrijgave voor verwerking",
            "text": (
                "<p>Toets de resultaten aan de acceptatiecriteria. Bij goedkeuring krijgt de zak "
                "in het LIMS de status Geaccepteerd en wordt hij bij 2–8 °C bewaard tot de "
                "verwerking. Bij afkeuring beslist QA met de behandelend arts.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 uur na einde aferese bij 2–8 °C",
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Identiteit",
            "specification": "Etiket en documenten overeenstemmend",
            "method": "Controle door twee personen",
        },
        {
            "parameter": "Transporttemperatuur",
            "specification": "2–8 °C",
            "method": "Temperatuurindicator",
        },
        {
            "parameter": "Totaal levensvatbare CD3+-cellen",
            "specification": "≥ 1,0 × 10⁹",
            "method": "DARE-QC-0008",
        },
        {
            "parameter": "Tijd van einde aferese tot verwerking",
            "specification": "≤ 24 uur",
            "method": "Batchrecord",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0002"},
        {"qc_method": "DARE-QC-0006"},
    ],
}

_SOP_0001_V1_EN = {
    "title": "Receipt and acceptance of leukapheresis material for CAR-T manufacturing",
    "summary": (
        "Describes how fresh leukapheresis material for CAR-T manufacturing is received, checked "
        "and accepted or rejected."
    ),
    "purpose": (
        "<p>To ensure that only leukapheresis material from the right patient, correctly "
        "transported and with enough T cells, is released for CAR-T manufacturing, and to "
        "establish the start of the chain of identity.</p>"
    ),
    "scope": (
        "<p>Non-mobilised autologous leukapheresis products from the Amsterdam UMC apheresis unit "
        "for clinical trials and the hospital exemption. Not for mobilised stem cell products or "
        "allogeneic material.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        (
            "Receipt operator",
            "Receives the product, performs the checks and sampling and completes the receipt "
            "form.",
        ),
        ("QC analyst", "Performs the count and flow cytometry and reports within 2 hours."),
        ("QA officer", "Assesses deviations and approves the receipt form."),
    ],
    "materials": [
        {
            "name": "Sampling site coupler",
            "grade": "medical_device",
            "supplier": "Fresenius Kabi",
            "catalogue_number": "4C2405",
        },
        {
            "name": "Syringe 5 mL, Luer lock",
            "grade": "medical_device",
            "supplier": "Becton Dickinson",
            "catalogue_number": "309649",
        },
        {
            "name": "BD Trucount Tubes",
            "grade": "medical_device",
            "supplier": "Becton Dickinson",
            "catalogue_number": "340334",
            "note": "IVD",
        },
        {
            "name": "Antibodies CD45/CD3 with 7-AAD",
            "grade": "research",
            "supplier": "BD Biosciences",
            "note": "Used within the validation of DARE-QC-0008",
        },
    ],
    "equipment": [
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Haematology analyser",
            "specification": "Sysmex XN-1000",
            "qualification": "Calibrated",
        },
        {"name": "Flowcytometer", "specification": "BD FACSLyric", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Pre-notification and document check",
            "text": (
                "<p>On receipt, check the collection form (patient identification, study or HE "
                "number, end of apheresis), confirmation of informed consent and the virology "
                "results (HIV-1/2, HBV, HCV, syphilis). If anything is missing, the product goes "
                "into quarantine.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Check of packaging and transport",
            "text": (
                "<p>Receive the transport box in the material airlock. Check that the box is "
                "closed and undamaged and that the temperature indicator shows 2–8 °C. Record the "
                "time of receipt.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identity check by two persons",
            "text": (
                "<p>With a second operator, compare the label with the collection form: name, date "
                "of birth, hospital number, patient code and ISBT 128 donation number (DIN). Both "
                "initial. This starts the chain of identity.</p>"
            ),
            "critical": True,
            "safety_note": (
                "For any discrepancy: do not open the bag, place it in quarantine and inform QA "
                "immediately."
            ),
        },
        {
            "title": "Visual inspection and volume",
            "text": (
                "<p>Inspect the bag for leakage, clots and haemolysis. Weigh the bag, subtract the "
                "tare weight and calculate the volume using a density of 1.03 g/mL.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Sampling",
            "text": (
                "<p>Mix the bag by inverting it ten times and, in the safety cabinet, withdraw 2 "
                "mL through a sampling site coupler: 0.5 mL for the leukocyte count, 1.0 mL for "
                "flow cytometry and 0.5 mL as a retention sample (-80 °C).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Cell count and composition",
            "text": (
                "<p>Determine the leukocyte concentration and, by single-platform flow cytometry, "
                "the percentage of viable CD3+ cells. Calculate the total number of viable CD3+ "
                "cells and record haematocrit and platelets.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Acceptance and release for processing",
            "text": (
                "<p>Check the results against the acceptance criteria. If accepted, the bag is "
                "given the status Accepted in the LIMS and stored at 2–8 °C until processing. If "
                "rejected, QA decides together with the treating physician.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 hours after end of apheresis at 2–8 °C",
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Identity",
            "specification": "Label and documents consistent",
            "method": "Check by two persons",
        },
        {
            "parameter": "Transport temperature",
            "specification": "2–8 °C",
            "method": "Temperature indicator",
        },
        {
            "parameter": "Total viable CD3+ cells",
            "specification": "≥ 1.0 × 10⁹",
            "method": "DARE-QC-0008",
        },
        {
            "parameter": "Time from end of apheresis to processing",
            "specification": "≤ 24 hours",
            "method": "Batch record",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0002"},
        {"qc_method": "DARE-QC-0006"},
    ],
}

_SOP_0001_V2_NL = {
    "scope": (
        "<p>Niet-gemobiliseerde autologe leukafereseproducten van de afereseafdeling van Amsterdam "
        "UMC of van een partnercentrum met leveringsovereenkomst, voor klinische studies en de "
        "ziekenhuisvrijstelling. Niet voor gemobiliseerde stamcelproducten of allogeen "
        "materiaal.</p>"
    ),
    "change_note": (
        "Ontvangst uit partnercentra toegevoegd, inclusief het uitlezen van de "
        "transportdatalogger; scope aangepast."
    ),
    "steps": [
        {
            "title": "Aanmelding en documentcontrole",
            "text": (
                "<p>Controleer bij ontvangst het afnameformulier (patiëntidentificatie, studie- of "
                "HE-nummer, einde aferese), de bevestiging van informed consent en de virologische "
                "uitslagen (HIV-1/2, HBV, HCV, syfilis). Ontbreekt iets, dan gaat het product in "
                "quarantaine.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle van verpakking en transport",
            "text": (
                "<p>Neem de transportbox in ontvangst in de materiaalsluis. Controleer of de box "
                "gesloten en onbeschadigd is en of de temperatuurindicator 2–8 °C aangeeft. Noteer "
                "het tijdstip van ontvangst.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle van extern transport",
            "text": (
                "<p>Bij producten uit een partnercentrum: stop de datalogger, lees de "
                "temperatuurcurve uit en voeg de uitdraai toe aan het ontvangstformulier. "
                "Controleer de handtekeningen van verzender en koerier.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Bij een temperatuurexcursie: quarantaine; QA beslist na risicobeoordeling."
            ),
        },
        {
            "title": "Identiteitscontrole volgens het vierogenprincipe",
            "text": (
                "<p>Vergelijk met een tweede medewerker het etiket met het afnameformulier: naam, "
                "geboortedatum, ziekenhuisnummer, patiëntcode en ISBT 128-donatienummer (DIN). "
                "Beide paraferen. Hiermee start de chain of identity.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Bij elke discrepantie: zak niet openen, in quarantaine plaatsen en direct QA "
                "informeren."
            ),
        },
        {
            "title": "Visuele inspectie en volume",
            "text": (
                "<p>Inspecteer de zak op lekkage, stolsels en hemolyse. Weeg de zak, trek het "
                "tarragewicht af en bereken het volume met een dichtheid van 1,03 g/ml.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Monstername",
            "text": (
                "<p>Meng de zak door tien keer te kantelen en neem in de veiligheidswerkbank via "
                "een sampling site coupler 2 ml af: 0,5 ml voor de leukocytentelling, 1,0 ml voor "
                "flowcytometrie en 0,5 ml als retentiemonster (-80 °C).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bepaling van celaantal en samenstelling",
            "text": (
                "<p>Bepaal de leukocytenconcentratie en met single-platform-flowcytometrie het "
                "percentage levensvatbare CD3+-cellen. Bereken het totaal aantal levensvatbare "
                "CD3+-cellen en noteer hematocriet en trombocyten.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Acceptatie en vrijgave voor verwerking",
            "text": (
                "<p>Toets de resultaten aan de acceptatiecriteria. Bij goedkeuring krijgt de zak "
                "in het LIMS de status Geaccepteerd en wordt hij bij 2–8 °C bewaard tot de "
                "verwerking. Bij afkeuring beslist QA met de behandelend arts.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 uur na einde aferese bij 2–8 °C",
        },
    ],
}

_SOP_0001_V2_EN = {
    "scope": (
        "<p>Non-mobilised autologous leukapheresis products from the Amsterdam UMC apheresis unit "
        "or a partner centre with a supply agreement, for clinical trials and the hospital "
        "exemption. Not for mobilised stem cell products or allogeneic material.</p>"
    ),
    "change_note": (
        "Added receipt from partner centres, including read-out of the transport data logger; "
        "scope updated."
    ),
    "steps": [
        {
            "title": "Pre-notification and document check",
            "text": (
                "<p>On receipt, check the collection form (patient identification, study or HE "
                "number, end of apheresis), confirmation of informed consent and the virology "
                "results (HIV-1/2, HBV, HCV, syphilis). If anything is missing, the product goes "
                "into quarantine.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Check of packaging and transport",
            "text": (
                "<p>Receive the transport box in the material airlock. Check that the box is "
                "closed and undamaged and that the temperature indicator shows 2–8 °C. Record the "
                "time of receipt.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Check of external transport",
            "text": (
                "<p>For products from a partner centre: stop the data logger, read out the "
                "temperature curve and attach the printout to the receipt form. Check the "
                "signatures of sender and courier.</p>"
            ),
            "critical": True,
            "safety_note": (
                "After a temperature excursion: quarantine; QA decides after a risk assessment."
            ),
        },
        {
            "title": "Identity check by two persons",
            "text": (
                "<p>With a second operator, compare the label with the collection form: name, date "
                "of birth, hospital number, patient code and ISBT 128 donation number (DIN). Both "
                "initial. This starts the chain of identity.</p>"
            ),
            "critical": True,
            "safety_note": (
                "For any discrepancy: do not open the bag, place it in quarantine and inform QA "
                "immediately."
            ),
        },
        {
            "title": "Visual inspection and volume",
            "text": (
                "<p>Inspect the bag for leakage, clots and haemolysis. Weigh the bag, subtract the "
                "tare weight and calculate the volume using a density of 1.03 g/mL.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Sampling",
            "text": (
                "<p>Mix the bag by inverting it ten times and, in the safety cabinet, withdraw 2 "
                "mL through a sampling site coupler: 0.5 mL for the leukocyte count, 1.0 mL for "
                "flow cytometry and 0.5 mL as a retention sample (-80 °C).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Cell count and composition",
            "text": (
                "<p>Determine the leukocyte concentration and, by single-platform flow cytometry, "
                "the percentage of viable CD3+ cells. Calculate the total number of viable CD3+ "
                "cells and record haematocrit and platelets.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Acceptance and release for processing",
            "text": (
                "<p>Check the results against the acceptance criteria. If accepted, the bag is "
                "given the status Accepted in the LIMS and stored at 2–8 °C until processing. If "
                "rejected, QA decides together with the treating physician.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 hours after end of apheresis at 2–8 °C",
        },
    ],
}

_SOP_0001_V3_NL = {
    "change_note": (
        "Acceptatiecriterium voor levensvatbaarheid toegevoegd; verwijzingen naar de "
        "SoHO-verordening en naar de consortium-SOP voor chain of identity (DARE-SOP-0039) "
        "opgenomen."
    ),
    "acceptance_criteria": [
        {
            "parameter": "Identiteit",
            "specification": "Etiket en documenten overeenstemmend",
            "method": "Controle door twee personen",
        },
        {
            "parameter": "Transporttemperatuur",
            "specification": "2–8 °C",
            "method": "Temperatuurindicator",
        },
        {
            "parameter": "Totaal levensvatbare CD3+-cellen",
            "specification": "≥ 1,0 × 10⁹",
            "method": "DARE-QC-0008",
        },
        {
            "parameter": "Tijd van einde aferese tot verwerking",
            "specification": "≤ 24 uur",
            "method": "Batchrecord",
        },
        {
            "parameter": "Levensvatbaarheid leukocyten",
            "specification": "≥ 80%",
            "method": "7-AAD-flowcytometrie",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "soho-regulation"},
        {"protocol": "DARE-SOP-0002"},
        {"protocol": "DARE-SOP-0039"},
        {"pharmacopoeia": ("Ph. Eur. 2.7.29", "Nucleated cell count and viability")},
    ],
}

_SOP_0001_V3_EN = {
    "change_note": (
        "Acceptance criterion for viability added; references to the SoHO Regulation and to the "
        "consortium SOP on chain of identity (DARE-SOP-0039) included."
    ),
    "acceptance_criteria": [
        {
            "parameter": "Identity",
            "specification": "Label and documents consistent",
            "method": "Check by two persons",
        },
        {
            "parameter": "Transport temperature",
            "specification": "2–8 °C",
            "method": "Temperature indicator",
        },
        {
            "parameter": "Total viable CD3+ cells",
            "specification": "≥ 1.0 × 10⁹",
            "method": "DARE-QC-0008",
        },
        {
            "parameter": "Time from end of apheresis to processing",
            "specification": "≤ 24 hours",
            "method": "Batch record",
        },
        {
            "parameter": "Leukocyte viability",
            "specification": "≥ 80%",
            "method": "7-AAD flow cytometry",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "soho-regulation"},
        {"protocol": "DARE-SOP-0002"},
        {"protocol": "DARE-SOP-0039"},
        {"pharmacopoeia": ("Ph. Eur. 2.7.29", "Nucleated cell count and viability")},
    ],
}

_SOP_0001 = {
    "identifier": "DARE-SOP-0001",
    "centre": "amsterdam-umc",
    "modality": "car-t",
    "process_stage": "starting-material",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2021, 3, 1),
            "next_review_date": date(2023, 3, 1),
            "nl": _SOP_0001_V1_NL,
            "en": _SOP_0001_V1_EN,
        },
        {
            "version": 2,
            "status": "superseded",
            "effective_date": date(2022, 11, 15),
            "next_review_date": date(2024, 11, 15),
            "nl": _SOP_0001_V2_NL,
            "en": _SOP_0001_V2_EN,
        },
        {
            "version": 3,
            "status": "effective",
            "effective_date": date(2025, 2, 1),
            "next_review_date": date(2027, 2, 1),
            "nl": _SOP_0001_V3_NL,
            "en": _SOP_0001_V3_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0002 CD4/CD8 T-cell enrichment on the CliniMACS Prodigy (Amsterdam UMC)
# -------------------------------------------------------------------------------------------------

_SOP_0002_V1_NL = {
    "title": "Verrijking van CD4+- en CD8+-T-cellen op de CliniMACS Prodigy",
    "summary": (
        "Gesloten, geautomatiseerde immunomagnetische selectie van CD4+- en CD8+-T-cellen uit een "
        "leukafereseproduct, als eerste stap van de CAR-T-productie."
    ),
    "purpose": (
        "<p>Een zuivere T-celfractie verkrijgen zonder monocyten, B-cellen en granulocyten die "
        "activatie en transductie verstoren, zodat de productie minder afhangt van het "
        "patiëntmateriaal.</p>"
    ),
    "scope": (
        "<p>Geaccepteerde leukafereseproducten (DARE-SOP-0001) verwerkt met het TCT-programma van "
        "de CliniMACS Prodigy in cleanroom klasse C, tot het inzaaien voor activatie "
        "(DARE-SOP-0003).</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        (
            "Operator",
            "Voert de selectie uit en registreert handelingen en lotnummers in het batchrecord.",
        ),
        ("Tweede operator", "Verifieert identiteit, lasverbindingen en berekeningen."),
        ("QC-analist", "Bepaalt celaantal, levensvatbaarheid en zuiverheid."),
    ],
    "materials": [
        {
            "name": "CliniMACS Prodigy TS 520-tubingset",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "130-100-756",
        },
        {
            "name": "CliniMACS CD4 GMP MicroBeads",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-702",
        },
        {
            "name": "CliniMACS CD8 GMP MicroBeads",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-703",
        },
        {
            "name": "CliniMACS PBS/EDTA Buffer",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-070-025",
            "note": "Met 0,5% humaan albumine",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "Gevalideerde softwareversie",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Steriele slangenlasser",
            "specification": "Terumo TSCD-II",
            "qualification": "OQ",
        },
        {
            "name": "Celteller",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Gekalibreerd",
        },
    ],
    "steps": [
        {
            "title": "Line clearance en voorbereiding",
            "text": (
                "<p>Controleer dat ruimte en Prodigy zijn vrijgegeven, dat er geen materialen van "
                "een vorige batch aanwezig zijn en dat alle materialen binnen de vervaldatum "
                "vallen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bereiding van de buffer",
            "text": (
                "<p>Voeg in de veiligheidswerkbank 25 ml Albuman 200 g/l toe aan 1000 ml "
                "PBS/EDTA-buffer (circa 0,5% albumine). Gebruik de buffer dezelfde dag.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Installatie van de tubingset",
            "text": (
                "<p>Plaats de TS 520-set, laat de integriteitstest uitvoeren en las buffer en "
                "medium steriel aan. Bij een mislukte test een nieuwe set gebruiken.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Aansluiten van het afereseproduct",
            "text": (
                "<p>Controleer met de tweede operator het etiket tegen het batchrecord, las de zak "
                "steriel aan en inspecteer de lasnaad op volledige sluiting.</p>"
            ),
            "critical": True,
            "safety_note": "Lekkende lasnaad: afklemmen, programma stoppen en QA informeren.",
        },
        {
            "title": "Wassen en labelen",
            "text": (
                "<p>Het programma wast de cellen, verwijdert trombocyten en incubeert 30 minuten "
                "met CD4- en CD8-MicroBeads, gevolgd door een wasstap. Laad niet meer leukocyten "
                "dan de gevalideerde belading.</p>"
            ),
            "critical": True,
            "hold_time": "Incubatie 30 min bij 15–25 °C",
        },
        {
            "title": "Magnetische scheiding",
            "text": (
                "<p>De doelfractie wordt in de CentriCult-kamer opgevangen, de niet-doelfractie in "
                "de afvalzak. Bewaar een monster van beide voor de massabalans.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-procesmonster en overdracht",
            "text": (
                "<p>Bepaal celaantal, levensvatbaarheid en samenstelling (CD3, CD4, CD8, CD14, "
                "CD19). Houd 1 × 10<sup>8</sup> levensvatbare T-cellen aan voor activatie en vries "
                "het overschot in als reserve (DARE-SOP-0007).</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "T-celzuiverheid (CD3+ van CD45+)",
            "specification": "≥ 85%",
            "method": "DARE-QC-0008",
        },
        {"parameter": "Levensvatbaarheid", "specification": "≥ 85%", "method": "DARE-QC-0006"},
        {
            "parameter": "Levensvatbare T-cellen",
            "specification": "≥ 1,0 × 10⁸",
            "method": "Telling",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0001"},
        {"protocol": "DARE-SOP-0003"},
        {"qc_method": "DARE-QC-0008"},
        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
    ],
}

_SOP_0002_V1_EN = {
    "title": "CD4/CD8 T-cell enrichment on the CliniMACS Prodigy",
    "summary": (
        "Closed, automated immunomagnetic selection of CD4+ and CD8+ T cells from a leukapheresis "
        "product, as the first step of CAR-T manufacturing."
    ),
    "purpose": (
        "<p>To obtain a pure T-cell fraction without monocytes, B cells and granulocytes that "
        "interfere with activation and transduction, so that manufacturing depends less on the "
        "patient material.</p>"
    ),
    "scope": (
        "<p>Accepted leukapheresis products (DARE-SOP-0001) processed with the TCT programme of "
        "the CliniMACS Prodigy in a grade C cleanroom, up to seeding for activation "
        "(DARE-SOP-0003).</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        (
            "Operator",
            "Performs the selection and records actions and lot numbers in the batch record.",
        ),
        ("Second operator", "Verifies identity, welds and calculations."),
        ("QC analyst", "Determines cell count, viability and purity."),
    ],
    "materials": [
        {
            "name": "CliniMACS Prodigy TS 520 tubing set",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "130-100-756",
        },
        {
            "name": "CliniMACS CD4 GMP MicroBeads",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-702",
        },
        {
            "name": "CliniMACS CD8 GMP MicroBeads",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-703",
        },
        {
            "name": "CliniMACS PBS/EDTA Buffer",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-070-025",
            "note": "With 0.5% human albumin",
        },
        {
            "name": "Albuman 200 g/L (human albumin)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "Validated software version",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Sterile tubing welder", "specification": "Terumo TSCD-II", "qualification": "OQ"},
        {
            "name": "Cell counter",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Calibrated",
        },
    ],
    "steps": [
        {
            "title": "Line clearance and preparation",
            "text": (
                "<p>Check that room and Prodigy have been released, that no materials from a "
                "previous batch are present and that all materials are in date.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Buffer preparation",
            "text": (
                "<p>In the safety cabinet, add 25 mL Albuman 200 g/L to 1000 mL PBS/EDTA buffer "
                "(approx. 0.5% albumin). Use the buffer on the same day.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Installation of the tubing set",
            "text": (
                "<p>Install the TS 520 set, run the integrity test and sterile-weld buffer and "
                "medium. If the test fails, use a new set.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Connecting the apheresis product",
            "text": (
                "<p>Check the label against the batch record with the second operator, "
                "sterile-weld the bag and inspect the weld for complete closure.</p>"
            ),
            "critical": True,
            "safety_note": "Leaking weld: clamp, stop the programme and inform QA.",
        },
        {
            "title": "Washing and labelling",
            "text": (
                "<p>The programme washes the cells, removes platelets and incubates them for 30 "
                "minutes with CD4 and CD8 MicroBeads, followed by a wash. Do not load more "
                "leukocytes than the validated loading.</p>"
            ),
            "critical": True,
            "hold_time": "Incubation 30 min at 15–25 °C",
        },
        {
            "title": "Magnetic separation",
            "text": (
                "<p>The target fraction is collected in the CentriCult chamber and the non-target "
                "fraction in the waste bag. Keep a sample of both for the mass balance.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-process sample and transfer",
            "text": (
                "<p>Determine cell count, viability and composition (CD3, CD4, CD8, CD14, CD19). "
                "Keep 1 × 10<sup>8</sup> viable T cells for activation and cryopreserve the "
                "surplus as a backup (DARE-SOP-0007).</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "T-cell purity (CD3+ of CD45+)",
            "specification": "≥ 85%",
            "method": "DARE-QC-0008",
        },
        {"parameter": "Viability", "specification": "≥ 85%", "method": "DARE-QC-0006"},
        {"parameter": "Viable T cells", "specification": "≥ 1.0 × 10⁸", "method": "Count"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0001"},
        {"protocol": "DARE-SOP-0003"},
        {"qc_method": "DARE-QC-0008"},
        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
    ],
}

_SOP_0002 = {
    "identifier": "DARE-SOP-0002",
    "centre": "amsterdam-umc",
    "modality": "car-t",
    "process_stage": "starting-material",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 3, 1),
            "next_review_date": date(2027, 3, 1),
            "nl": _SOP_0002_V1_NL,
            "en": _SOP_0002_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0003 T-cell activation with TransAct (Amsterdam UMC), two versions
# -------------------------------------------------------------------------------------------------

_SOP_0003_V1_NL = {
    "title": "Activatie van T-cellen met CD3/CD28-nanomatrix (TransAct)",
    "summary": (
        "Polyklonale activatie van verrijkte T-cellen met MACS GMP T Cell TransAct in de CliniMACS "
        "Prodigy, vóór lentivirale transductie."
    ),
    "purpose": (
        "<p>Rustende T-cellen zijn slecht te transduceren. Deze SOP activeert ze gecontroleerd met "
        "een oplosbare CD3/CD28-nanomatrix, zonder magnetische beads die later verwijderd moeten "
        "worden.</p>"
    ),
    "scope": (
        "<p>CD4/CD8-verrijkte T-cellen (DARE-SOP-0002) in het CAR-T-proces van Amsterdam UMC, van "
        "dag 0 tot en met het uitwassen op dag 3.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        (
            "Operator",
            "Bereidt het medium, voert de activatie uit en registreert in het batchrecord.",
        ),
        ("Tweede operator", "Controleert volumes, lotnummers en berekeningen."),
        ("QC-analist", "Bepaalt levensvatbaarheid en activatiemarkers."),
    ],
    "materials": [
        {
            "name": "MACS GMP T Cell TransAct",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-156",
            "note": "Niet invriezen",
        },
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
        },
        {
            "name": "MACS GMP Recombinant Human IL-7",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-111",
            "note": "12,5 ng/ml",
        },
        {
            "name": "MACS GMP Recombinant Human IL-15",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-114",
            "note": "12,5 ng/ml",
        },
        {
            "name": "Humaan AB-serum, gepoold",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "3% in medium",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "TCT-programma",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van het kweekmedium",
            "text": (
                "<p>Voeg in de veiligheidswerkbank IL-7 en IL-15 (elk 12,5 ng/ml) en 3% humaan "
                "AB-serum toe aan TexMACS GMP Medium. Breng over in een transferzak en "
                "etiketteer.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 7 dagen bij 2–8 °C",
        },
        {
            "title": "Inzaaien van de T-cellen",
            "text": (
                "<p>Het programma brengt 1 × 10<sup>8</sup> levensvatbare T-cellen in 70 ml medium "
                "in de CentriCult-kamer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Toevoegen van TransAct",
            "text": (
                "<p>Voeg het in het batchrecord voorgeschreven volume TransAct via de reagenslijn "
                "toe. De tweede operator controleert volume en lotnummer. Dit tijdstip is het "
                "begin van dag 0.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubatie",
            "text": (
                "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub> tot de transductie op dag 1 (22–26 "
                "uur). Controleer tweemaal per werkdag het alarmlogboek.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle op dag 1",
            "text": (
                "<p>Neem 0,5 ml monster voor levensvatbaarheid en CD25-expressie op CD3+-cellen. "
                "Ga door met DARE-SOP-0004.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Verwijderen van TransAct op dag 3",
            "text": (
                "<p>Start het wasprogramma: twee wascycli verwijderen TransAct en ongebonden "
                "vector. Omdat TransAct een oplosbare nanomatrix is, is geen verwijdering van "
                "beads nodig.</p>"
            ),
            "critical": True,
            "hold_time": "72 ± 4 uur na toevoegen van TransAct",
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid op dag 3",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "Activatie op dag 1 (CD25+ van CD3+)",
            "specification": "Ter informatie",
            "method": "Flowcytometrie",
        },
        {
            "parameter": "Kweek",
            "specification": "Geen troebeling of verkleuring",
            "method": "Visueel",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0002"},
        {"protocol": "DARE-SOP-0004"},
        {"regulation": "gmp-atmp"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0003_V1_EN = {
    "title": "T-cell activation with CD3/CD28 nanomatrix (TransAct)",
    "summary": (
        "Polyclonal activation of enriched T cells with MACS GMP T Cell TransAct in the CliniMACS "
        "Prodigy, before lentiviral transduction."
    ),
    "purpose": (
        "<p>Resting T cells are hard to transduce. This SOP activates them in a controlled way "
        "with a soluble CD3/CD28 nanomatrix, without magnetic beads that would need removing "
        "later.</p>"
    ),
    "scope": (
        "<p>CD4/CD8-enriched T cells (DARE-SOP-0002) in the Amsterdam UMC CAR-T process, from day "
        "0 up to the wash-out on day 3.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        (
            "Operator",
            "Prepares the medium, performs the activation and records it in the batch record.",
        ),
        ("Second operator", "Checks volumes, lot numbers and calculations."),
        ("QC analyst", "Determines viability and activation markers."),
    ],
    "materials": [
        {
            "name": "MACS GMP T Cell TransAct",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-156",
            "note": "Do not freeze",
        },
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
        },
        {
            "name": "MACS GMP Recombinant Human IL-7",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-111",
            "note": "12.5 ng/mL",
        },
        {
            "name": "MACS GMP Recombinant Human IL-15",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-114",
            "note": "12.5 ng/mL",
        },
        {
            "name": "Human AB serum, pooled",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "3% in medium",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "TCT programme",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Preparation of culture medium",
            "text": (
                "<p>In the safety cabinet, add IL-7 and IL-15 (12.5 ng/mL each) and 3% human AB "
                "serum to TexMACS GMP Medium. Transfer into a transfer bag and label.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 7 days at 2–8 °C",
        },
        {
            "title": "Seeding the T cells",
            "text": (
                "<p>The programme places 1 × 10<sup>8</sup> viable T cells in 70 mL medium in the "
                "CentriCult chamber.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Adding TransAct",
            "text": (
                "<p>Add the volume of TransAct specified in the batch record via the reagent line. "
                "The second operator checks volume and lot number. This time marks the start of "
                "day 0.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubation",
            "text": (
                "<p>Incubate at 37 °C and 5% CO<sub>2</sub> until transduction on day 1 (22–26 "
                "hours). Check the alarm log twice per working day.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Day 1 check",
            "text": (
                "<p>Take a 0.5 mL sample for viability and CD25 expression on CD3+ cells. Continue "
                "with DARE-SOP-0004.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Removal of TransAct on day 3",
            "text": (
                "<p>Start the wash programme: two wash cycles remove TransAct and unbound vector. "
                "As TransAct is a soluble nanomatrix, no bead removal is needed.</p>"
            ),
            "critical": True,
            "hold_time": "72 ± 4 hours after adding TransAct",
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viability on day 3", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {
            "parameter": "Activation on day 1 (CD25+ of CD3+)",
            "specification": "For information",
            "method": "Flow cytometry",
        },
        {
            "parameter": "Culture",
            "specification": "No turbidity or discolouration",
            "method": "Visual",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0002"},
        {"protocol": "DARE-SOP-0004"},
        {"regulation": "gmp-atmp"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0003_V2_NL = {
    "change_note": (
        "Humaan AB-serum verwijderd (serumvrij proces na vergelijkbaarheidsstudie); "
        "acceptatiegrens voor activatie op dag 1 ingevoerd."
    ),
    "materials": [
        {
            "name": "MACS GMP T Cell TransAct",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-156",
            "note": "Niet invriezen",
        },
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
        },
        {
            "name": "MACS GMP Recombinant Human IL-7",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-111",
            "note": "12,5 ng/ml",
        },
        {
            "name": "MACS GMP Recombinant Human IL-15",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-114",
            "note": "12,5 ng/ml",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van het kweekmedium",
            "text": (
                "<p>Voeg in de veiligheidswerkbank IL-7 en IL-15 (elk 12,5 ng/ml) toe aan TexMACS "
                "GMP Medium; het medium is serumvrij. Breng over in een transferzak en "
                "etiketteer.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 7 dagen bij 2–8 °C",
        },
        {
            "title": "Inzaaien van de T-cellen",
            "text": (
                "<p>Het programma brengt 1 × 10<sup>8</sup> levensvatbare T-cellen in 70 ml medium "
                "in de CentriCult-kamer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Toevoegen van TransAct",
            "text": (
                "<p>Voeg het in het batchrecord voorgeschreven volume TransAct via de reagenslijn "
                "toe. De tweede operator controleert volume en lotnummer. Dit tijdstip is het "
                "begin van dag 0.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubatie",
            "text": (
                "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub> tot de transductie op dag 1 (22–26 "
                "uur). Controleer tweemaal per werkdag het alarmlogboek.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle op dag 1",
            "text": (
                "<p>Neem 0,5 ml monster voor levensvatbaarheid en CD25-expressie op CD3+-cellen. "
                "Ga door met DARE-SOP-0004.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Verwijderen van TransAct op dag 3",
            "text": (
                "<p>Start het wasprogramma: twee wascycli verwijderen TransAct en ongebonden "
                "vector. Omdat TransAct een oplosbare nanomatrix is, is geen verwijdering van "
                "beads nodig.</p>"
            ),
            "critical": True,
            "hold_time": "72 ± 4 uur na toevoegen van TransAct",
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid op dag 3",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "Activatie op dag 1 (CD25+ van CD3+)",
            "specification": "≥ 30%",
            "method": "Flowcytometrie",
        },
        {
            "parameter": "Kweek",
            "specification": "Geen troebeling of verkleuring",
            "method": "Visueel",
        },
    ],
}

_SOP_0003_V2_EN = {
    "change_note": (
        "Human AB serum removed (serum-free process after a comparability study); acceptance limit "
        "for activation on day 1 introduced."
    ),
    "materials": [
        {
            "name": "MACS GMP T Cell TransAct",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-156",
            "note": "Do not freeze",
        },
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
        },
        {
            "name": "MACS GMP Recombinant Human IL-7",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-111",
            "note": "12.5 ng/mL",
        },
        {
            "name": "MACS GMP Recombinant Human IL-15",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-114",
            "note": "12.5 ng/mL",
        },
    ],
    "steps": [
        {
            "title": "Preparation of culture medium",
            "text": (
                "<p>In the safety cabinet, add IL-7 and IL-15 (12.5 ng/mL each) to TexMACS GMP "
                "Medium; the medium is serum-free. Transfer into a transfer bag and label.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 7 days at 2–8 °C",
        },
        {
            "title": "Seeding the T cells",
            "text": (
                "<p>The programme places 1 × 10<sup>8</sup> viable T cells in 70 mL medium in the "
                "CentriCult chamber.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Adding TransAct",
            "text": (
                "<p>Add the volume of TransAct specified in the batch record via the reagent line. "
                "The second operator checks volume and lot number. This time marks the start of "
                "day 0.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubation",
            "text": (
                "<p>Incubate at 37 °C and 5% CO<sub>2</sub> until transduction on day 1 (22–26 "
                "hours). Check the alarm log twice per working day.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Day 1 check",
            "text": (
                "<p>Take a 0.5 mL sample for viability and CD25 expression on CD3+ cells. Continue "
                "with DARE-SOP-0004.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Removal of TransAct on day 3",
            "text": (
                "<p>Start the wash programme: two wash cycles remove TransAct and unbound vector. "
                "As TransAct is a soluble nanomatrix, no bead removal is needed.</p>"
            ),
            "critical": True,
            "hold_time": "72 ± 4 hours after adding TransAct",
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viability on day 3", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {
            "parameter": "Activation on day 1 (CD25+ of CD3+)",
            "specification": "≥ 30%",
            "method": "Flow cytometry",
        },
        {
            "parameter": "Culture",
            "specification": "No turbidity or discolouration",
            "method": "Visual",
        },
    ],
}

_SOP_0003 = {
    "identifier": "DARE-SOP-0003",
    "centre": "amsterdam-umc",
    "modality": "car-t",
    "process_stage": "activation",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2022, 1, 10),
            "next_review_date": date(2024, 1, 10),
            "nl": _SOP_0003_V1_NL,
            "en": _SOP_0003_V1_EN,
        },
        {
            "version": 2,
            "status": "effective",
            "effective_date": date(2024, 9, 1),
            "next_review_date": date(2027, 9, 1),
            "nl": _SOP_0003_V2_NL,
            "en": _SOP_0003_V2_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0004 Lentiviral transduction of T cells for CAR-T (Amsterdam UMC), three versions
# -------------------------------------------------------------------------------------------------

_SOP_0004_V1_NL = {
    "title": "Lentivirale transductie van T-cellen voor CAR-T",
    "summary": (
        "Transductie van geactiveerde T-cellen met een klinische batch lentivirale vector in de "
        "CliniMACS Prodigy, inclusief de ggo-maatregelen."
    ),
    "purpose": (
        "<p>T-cellen genetisch modificeren met een vector die codeert voor de CAR van de studie, "
        "met een reproduceerbaar aandeel CAR-positieve cellen bij een beperkt aantal vectorkopieën "
        "per cel.</p>"
    ),
    "scope": (
        "<p>Alle CAR-T-producties van Amsterdam UMC met vrijgegeven GMP-vector, op dag 1 van het "
        "proces, onder de ggo-vergunning voor ingeperkt gebruik (ML-II).</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        (
            "Operator",
            "Ontdooit en doseert de vector, voert de transductie uit en verwerkt het ggo-afval.",
        ),
        ("Tweede operator", "Controleert vectorbatch, berekening en toegevoegd volume."),
        (
            "Biologisch veiligheidsfunctionaris (BVF)",
            "Ziet toe op de ggo-vergunning en beoordeelt incidenten.",
        ),
    ],
    "materials": [
        {
            "name": "Lentivirale vector, CAR-construct",
            "grade": "gmp",
            "supplier": "Gecontracteerde GMP-vectorproducent",
            "note": "Opslag ≤ -65 °C",
        },
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
            "note": "Met IL-7 en IL-15",
        },
        {
            "name": "Spuit 50 ml, Luer-lock",
            "grade": "medical_device",
            "supplier": "Becton Dickinson",
            "catalogue_number": "300865",
        },
        {
            "name": "Cryovial 1,8 ml",
            "grade": "research",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "377267",
            "note": "Alleen retentiemonsters",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "TCT-programma",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A; ML-II",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Vriezer -80 °C",
            "specification": "Vectoropslag met alarmering",
            "qualification": "Temperatuurmapping",
        },
    ],
    "steps": [
        {
            "title": "Controle van de vectorbatch",
            "text": (
                "<p>Controleer dat de vectorbatch door de QP is vrijgegeven en binnen de "
                "houdbaarheid valt, neem de functionele titer (TU/ml) over van het "
                "analysecertificaat en controleer de ggo-vergunning.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Berekening van het vectorvolume",
            "text": (
                "<p>Volume (ml) = MOI 5 × levensvatbare T-cellen op dag 1 / titer (TU/ml), naar "
                "boven afgerond op 0,1 ml. De tweede operator controleert de berekening.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ontdooien van de vector",
            "text": (
                "<p>Ontdooi de vials bij kamertemperatuur in de veiligheidswerkbank tot er geen "
                "ijs meer zichtbaar is. Zwenk voorzichtig; niet vortexen. Nooit opnieuw "
                "invriezen.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 60 min na ontdooien bij 15–25 °C",
            "safety_note": (
                "Ggo: werk op ML-II-niveau met dubbele handschoenen; morsingen inactiveren met "
                "virucide desinfectans en melden bij de BVF."
            ),
        },
        {
            "title": "Toevoegen van de vector aan de kweek",
            "text": (
                "<p>Trek het volume op in een spuit van 50 ml, vul aan tot 20 ml met medium, sluit "
                "aan op de reagenslijn en start de transductiestap. Spoel na met 10 ml medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubatie en uitwassen",
            "text": (
                "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub> tot dag 3. Het wasprogramma verwijdert "
                "dan ongebonden vector samen met TransAct (DARE-SOP-0003).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bepaling van de transductie-efficiëntie",
            "text": (
                "<p>Bepaal op dag 6 de CAR-expressie op CD3+-cellen (DARE-QC-0007). De definitieve "
                "bepaling gebeurt op het eindproduct.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ggo-afval en reiniging",
            "text": (
                "<p>Sluit de ggo-afvalbak, desinfecteer de buitenkant en voer af voor "
                "autoclaveren. Reinig de werkbank met virucide desinfectans.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Vectorbatch",
            "specification": "Vrijgegeven en binnen houdbaarheid",
            "method": "Analysecertificaat",
        },
        {
            "parameter": "Levensvatbaarheid op dag 3",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR-expressie op dag 6 (CAR+ van CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
    ],
    "references": [
        {"regulation": "besluit-ggo"},
        {"protocol": "DARE-SOP-0003"},
        {"qc_method": "DARE-QC-0007"},
        {"qc_method": "DARE-QC-0021"},
    ],
}

_SOP_0004_V1_EN = {
    "title": "Lentiviral transduction of T cells for CAR-T",
    "summary": (
        "Transduction of activated T cells with a clinical batch of lentiviral vector in the "
        "CliniMACS Prodigy, including the GMO measures."
    ),
    "purpose": (
        "<p>To genetically modify T cells with a vector encoding the study CAR, giving a "
        "reproducible proportion of CAR-positive cells with a limited number of vector copies per "
        "cell.</p>"
    ),
    "scope": (
        "<p>All Amsterdam UMC CAR-T productions with released GMP vector, on day 1 of the process, "
        "under the contained-use GMO permit (ML-II).</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        (
            "Operator",
            "Thaws and doses the vector, performs the transduction and handles the GMO waste.",
        ),
        ("Second operator", "Checks vector batch, calculation and volume added."),
        ("Biosafety officer", "Oversees the GMO permit and assesses incidents."),
    ],
    "materials": [
        {
            "name": "Lentiviral vector, CAR construct",
            "grade": "gmp",
            "supplier": "Contracted GMP vector manufacturer",
            "note": "Storage ≤ -65 °C",
        },
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
            "note": "With IL-7 and IL-15",
        },
        {
            "name": "Syringe 50 mL, Luer lock",
            "grade": "medical_device",
            "supplier": "Becton Dickinson",
            "catalogue_number": "300865",
        },
        {
            "name": "Cryovial 1.8 mL",
            "grade": "research",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "377267",
            "note": "Retention samples only",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "TCT programme",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A; ML-II",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Freezer -80 °C",
            "specification": "Vector storage with alarm",
            "qualification": "Temperature mapping",
        },
    ],
    "steps": [
        {
            "title": "Vector batch check",
            "text": (
                "<p>Check that the vector batch has been released by the QP and is within shelf "
                "life, copy the functional titre (TU/mL) from the certificate of analysis and "
                "check the GMO permit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Calculation of the vector volume",
            "text": (
                "<p>Volume (mL) = MOI 5 × viable T cells on day 1 / titre (TU/mL), rounded up to "
                "0.1 mL. The second operator checks the calculation.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Thawing the vector",
            "text": (
                "<p>Thaw the vials at room temperature in the safety cabinet until no ice is "
                "visible. Swirl gently; do not vortex. Never refreeze.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 60 min after thawing at 15–25 °C",
            "safety_note": (
                "GMO: work at ML-II level with double gloves; inactivate spills with virucidal "
                "disinfectant and report them to the biosafety officer."
            ),
        },
        {
            "title": "Adding the vector to the culture",
            "text": (
                "<p>Draw the volume into a 50 mL syringe, make up to 20 mL with medium, connect to "
                "the reagent line and start the transduction step. Rinse with 10 mL medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubation and wash-out",
            "text": (
                "<p>Incubate at 37 °C and 5% CO<sub>2</sub> until day 3. The wash programme then "
                "removes unbound vector together with TransAct (DARE-SOP-0003).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Determination of transduction efficiency",
            "text": (
                "<p>On day 6, determine CAR expression on CD3+ cells (DARE-QC-0007). The final "
                "determination is done on the drug product.</p>"
            ),
            "critical": False,
        },
        {
            "title": "GMO waste and cleaning",
            "text": (
                "<p>Close the GMO waste container, disinfect the outside and send it for "
                "autoclaving. Clean the cabinet with virucidal disinfectant.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Vector batch",
            "specification": "Released and within shelf life",
            "method": "Certificate of analysis",
        },
        {"parameter": "Viability on day 3", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {
            "parameter": "CAR expression on day 6 (CAR+ of CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
    ],
    "references": [
        {"regulation": "besluit-ggo"},
        {"protocol": "DARE-SOP-0003"},
        {"qc_method": "DARE-QC-0007"},
        {"qc_method": "DARE-QC-0021"},
    ],
}

_SOP_0004_V2_NL = {
    "change_note": (
        "MOI verlaagd van 5 naar 3 na validatie (gelijke CAR-expressie, lager vectorkopieaantal); "
        "VCN-specificatie toegevoegd."
    ),
    "steps": [
        {
            "title": "Controle van de vectorbatch",
            "text": (
                "<p>Controleer dat de vectorbatch door de QP is vrijgegeven en binnen de "
                "houdbaarheid valt, neem de functionele titer (TU/ml) over van het "
                "analysecertificaat en controleer de ggo-vergunning.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Berekening van het vectorvolume",
            "text": (
                "<p>Volume (ml) = MOI 3 × levensvatbare T-cellen op dag 1 / titer (TU/ml), naar "
                "boven afgerond op 0,1 ml. De tweede operator controleert de berekening.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ontdooien van de vector",
            "text": (
                "<p>Ontdooi de vials bij kamertemperatuur in de veiligheidswerkbank tot er geen "
                "ijs meer zichtbaar is. Zwenk voorzichtig; niet vortexen. Nooit opnieuw "
                "invriezen.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 60 min na ontdooien bij 15–25 °C",
            "safety_note": (
                "Ggo: werk op ML-II-niveau met dubbele handschoenen; morsingen inactiveren met "
                "virucide desinfectans en melden bij de BVF."
            ),
        },
        {
            "title": "Toevoegen van de vector aan de kweek",
            "text": (
                "<p>Trek het volume op in een spuit van 50 ml, vul aan tot 20 ml met medium, sluit "
                "aan op de reagenslijn en start de transductiestap. Spoel na met 10 ml medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubatie en uitwassen",
            "text": (
                "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub> tot dag 3. Het wasprogramma verwijdert "
                "dan ongebonden vector samen met TransAct (DARE-SOP-0003).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bepaling van de transductie-efficiëntie",
            "text": (
                "<p>Bepaal op dag 6 de CAR-expressie op CD3+-cellen (DARE-QC-0007). De definitieve "
                "bepaling gebeurt op het eindproduct.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ggo-afval en reiniging",
            "text": (
                "<p>Sluit de ggo-afvalbak, desinfecteer de buitenkant en voer af voor "
                "autoclaveren. Reinig de werkbank met virucide desinfectans.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Vectorbatch",
            "specification": "Vrijgegeven en binnen houdbaarheid",
            "method": "Analysecertificaat",
        },
        {
            "parameter": "Levensvatbaarheid op dag 3",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR-expressie op dag 6 (CAR+ van CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "Vectorkopieaantal (VCN) eindproduct",
            "specification": "≤ 5 kopieën per getransduceerde cel",
            "method": "DARE-QC-0009",
        },
    ],
}

_SOP_0004_V2_EN = {
    "change_note": (
        "MOI reduced from 5 to 3 after validation (same CAR expression, lower vector copy number); "
        "VCN specification added."
    ),
    "steps": [
        {
            "title": "Vector batch check",
            "text": (
                "<p>Check that the vector batch has been released by the QP and is within shelf "
                "life, copy the functional titre (TU/mL) from the certificate of analysis and "
                "check the GMO permit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Calculation of the vector volume",
            "text": (
                "<p>Volume (mL) = MOI 3 × viable T cells on day 1 / titre (TU/mL), rounded up to "
                "0.1 mL. The second operator checks the calculation.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Thawing the vector",
            "text": (
                "<p>Thaw the vials at room temperature in the safety cabinet until no ice is "
                "visible. Swirl gently; do not vortex. Never refreeze.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 60 min after thawing at 15–25 °C",
            "safety_note": (
                "GMO: work at ML-II level with double gloves; inactivate spills with virucidal "
                "disinfectant and report them to the biosafety officer."
            ),
        },
        {
            "title": "Adding the vector to the culture",
            "text": (
                "<p>Draw the volume into a 50 mL syringe, make up to 20 mL with medium, connect to "
                "the reagent line and start the transduction step. Rinse with 10 mL medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubation and wash-out",
            "text": (
                "<p>Incubate at 37 °C and 5% CO<sub>2</sub> until day 3. The wash programme then "
                "removes unbound vector together with TransAct (DARE-SOP-0003).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Determination of transduction efficiency",
            "text": (
                "<p>On day 6, determine CAR expression on CD3+ cells (DARE-QC-0007). The final "
                "determination is done on the drug product.</p>"
            ),
            "critical": False,
        },
        {
            "title": "GMO waste and cleaning",
            "text": (
                "<p>Close the GMO waste container, disinfect the outside and send it for "
                "autoclaving. Clean the cabinet with virucidal disinfectant.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Vector batch",
            "specification": "Released and within shelf life",
            "method": "Certificate of analysis",
        },
        {"parameter": "Viability on day 3", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {
            "parameter": "CAR expression on day 6 (CAR+ of CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "Vector copy number (VCN) of drug product",
            "specification": "≤ 5 copies per transduced cell",
            "method": "DARE-QC-0009",
        },
    ],
}

_SOP_0004_V3_NL = {
    "change_note": (
        "Stap voor retentiemonsters voor RCL-onderzoek toegevoegd; verwijzingen bijgewerkt met de "
        "EMA-richtlijn voor genetisch gemodificeerde cellen en de SOP voor ggo-afval "
        "(DARE-SOP-0037)."
    ),
    "steps": [
        {
            "title": "Controle van de vectorbatch",
            "text": (
                "<p>Controleer dat de vectorbatch door de QP is vrijgegeven en binnen de "
                "houdbaarheid valt, neem de functionele titer (TU/ml) over van het "
                "analysecertificaat en controleer de ggo-vergunning.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Berekening van het vectorvolume",
            "text": (
                "<p>Volume (ml) = MOI 3 × levensvatbare T-cellen op dag 1 / titer (TU/ml), naar "
                "boven afgerond op 0,1 ml. De tweede operator controleert de berekening.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ontdooien van de vector",
            "text": (
                "<p>Ontdooi de vials bij kamertemperatuur in de veiligheidswerkbank tot er geen "
                "ijs meer zichtbaar is. Zwenk voorzichtig; niet vortexen. Nooit opnieuw "
                "invriezen.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 60 min na ontdooien bij 15–25 °C",
            "safety_note": (
                "Ggo: werk op ML-II-niveau met dubbele handschoenen; morsingen inactiveren met "
                "virucide desinfectans en melden bij de BVF."
            ),
        },
        {
            "title": "Toevoegen van de vector aan de kweek",
            "text": (
                "<p>Trek het volume op in een spuit van 50 ml, vul aan tot 20 ml met medium, sluit "
                "aan op de reagenslijn en start de transductiestap. Spoel na met 10 ml medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubatie en uitwassen",
            "text": (
                "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub> tot dag 3. Het wasprogramma verwijdert "
                "dan ongebonden vector samen met TransAct (DARE-SOP-0003).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bepaling van de transductie-efficiëntie",
            "text": (
                "<p>Bepaal op dag 6 de CAR-expressie op CD3+-cellen (DARE-QC-0007). De definitieve "
                "bepaling gebeurt op het eindproduct.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Retentiemonsters voor RCL-onderzoek",
            "text": (
                "<p>Neem bij de oogst cellen en supernatant af volgens het testplan voor "
                "replicatiecompetent lentivirus (DARE-QC-0010), vries in bij ≤ -65 °C en "
                "registreer in het LIMS.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ggo-afval en reiniging",
            "text": (
                "<p>Sluit de ggo-afvalbak, desinfecteer de buitenkant en voer af voor "
                "autoclaveren. Reinig de werkbank met virucide desinfectans.</p>"
            ),
            "critical": False,
        },
    ],
    "references": [
        {"regulation": "besluit-ggo"},
        {"regulation": "ema-gm-cells-guideline"},
        {"protocol": "DARE-SOP-0037"},
        {"qc_method": "DARE-QC-0009"},
        {"qc_method": "DARE-QC-0010"},
    ],
}

_SOP_0004_V3_EN = {
    "change_note": (
        "Step for RCL retention samples added; references updated with the EMA guideline on "
        "genetically modified cells and the GMO waste SOP (DARE-SOP-0037)."
    ),
    "steps": [
        {
            "title": "Vector batch check",
            "text": (
                "<p>Check that the vector batch has been released by the QP and is within shelf "
                "life, copy the functional titre (TU/mL) from the certificate of analysis and "
                "check the GMO permit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Calculation of the vector volume",
            "text": (
                "<p>Volume (mL) = MOI 3 × viable T cells on day 1 / titre (TU/mL), rounded up to "
                "0.1 mL. The second operator checks the calculation.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Thawing the vector",
            "text": (
                "<p>Thaw the vials at room temperature in the safety cabinet until no ice is "
                "visible. Swirl gently; do not vortex. Never refreeze.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 60 min after thawing at 15–25 °C",
            "safety_note": (
                "GMO: work at ML-II level with double gloves; inactivate spills with virucidal "
                "disinfectant and report them to the biosafety officer."
            ),
        },
        {
            "title": "Adding the vector to the culture",
            "text": (
                "<p>Draw the volume into a 50 mL syringe, make up to 20 mL with medium, connect to "
                "the reagent line and start the transduction step. Rinse with 10 mL medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubation and wash-out",
            "text": (
                "<p>Incubate at 37 °C and 5% CO<sub>2</sub> until day 3. The wash programme then "
                "removes unbound vector together with TransAct (DARE-SOP-0003).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Determination of transduction efficiency",
            "text": (
                "<p>On day 6, determine CAR expression on CD3+ cells (DARE-QC-0007). The final "
                "determination is done on the drug product.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Retention samples for RCL testing",
            "text": (
                "<p>At harvest, take cells and supernatant according to the test plan for "
                "replication-competent lentivirus (DARE-QC-0010), freeze at ≤ -65 °C and register "
                "in the LIMS.</p>"
            ),
            "critical": False,
        },
        {
            "title": "GMO waste and cleaning",
            "text": (
                "<p>Close the GMO waste container, disinfect the outside and send it for "
                "autoclaving. Clean the cabinet with virucidal disinfectant.</p>"
            ),
            "critical": False,
        },
    ],
    "references": [
        {"regulation": "besluit-ggo"},
        {"regulation": "ema-gm-cells-guideline"},
        {"protocol": "DARE-SOP-0037"},
        {"qc_method": "DARE-QC-0009"},
        {"qc_method": "DARE-QC-0010"},
    ],
}

_SOP_0004 = {
    "identifier": "DARE-SOP-0004",
    "centre": "amsterdam-umc",
    "modality": "car-t",
    "process_stage": "genetic-modification",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2021, 6, 1),
            "next_review_date": date(2023, 6, 1),
            "nl": _SOP_0004_V1_NL,
            "en": _SOP_0004_V1_EN,
        },
        {
            "version": 2,
            "status": "superseded",
            "effective_date": date(2023, 1, 15),
            "next_review_date": date(2025, 1, 15),
            "nl": _SOP_0004_V2_NL,
            "en": _SOP_0004_V2_EN,
        },
        {
            "version": 3,
            "status": "effective",
            "effective_date": date(2025, 6, 1),
            "next_review_date": date(2028, 6, 1),
            "nl": _SOP_0004_V3_NL,
            "en": _SOP_0004_V3_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0005 Closed automated expansion of CAR-T cells with IL-7/IL-15 (PMC)
# -------------------------------------------------------------------------------------------------

_SOP_0005_V1_NL = {
    "title": "Gesloten, geautomatiseerde expansie van CAR-T-cellen met IL-7/IL-15",
    "summary": (
        "Expansie van getransduceerde T-cellen in de CliniMACS Prodigy vanaf dag 3 tot de "
        "oogstbeslissing, met IL-7 en IL-15 in een gesloten systeem."
    ),
    "purpose": (
        "<p>Voldoende CAR-T-cellen kweken voor de voorgeschreven dosis en de vrijgiftetesten, met "
        "behoud van een weinig gedifferentieerd fenotype en een minimaal contaminatierisico.</p>"
    ),
    "scope": (
        "<p>CAR-T-producties voor kinderen en jongvolwassenen in het Prinses Máxima Centrum, van "
        "het uitwassen op dag 3 tot de oogstbeslissing (uiterlijk dag 12).</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Controleert de kweek dagelijks, sluit medium aan en neemt monsters."),
        ("QC-analist", "Bepaalt celaantal, levensvatbaarheid en CAR-expressie."),
        ("Hoofd Productie", "Neemt de oogstbeslissing, zo nodig samen met QA."),
    ],
    "materials": [
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
        },
        {
            "name": "MACS GMP Recombinant Human IL-7",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-111",
            "note": "12,5 ng/ml",
        },
        {
            "name": "MACS GMP Recombinant Human IL-15",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-114",
            "note": "12,5 ng/ml",
        },
        {"name": "Transferzak 1000 ml", "grade": "medical_device", "supplier": "Macopharma"},
        {
            "name": "BacT/ALERT-kweekflessen (aeroob en anaeroob)",
            "grade": "medical_device",
            "supplier": "bioMérieux",
            "note": "In-processteriliteit",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "TCT-programma; noodstroomvoorziening",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Celteller",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Gekalibreerd",
        },
        {"name": "Flowcytometer", "specification": "BD FACSCanto II", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Dagelijkse controle van de kweek",
            "text": (
                "<p>Controleer dagelijks, ook in het weekend, temperatuur, CO<sub>2</sub>, "
                "kweekvolume en het alarmlogboek van de Prodigy en teken het kweeklogboek af.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Aansluiten van medium",
            "text": (
                "<p>Las een zak TexMACS met IL-7 en IL-15 (elk 12,5 ng/ml) steriel aan de "
                "mediumlijn. Gebruik medium binnen 7 dagen na bereiding.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Voeding volgens programma",
            "text": (
                "<p>Het programma verhoogt het kweekvolume stapsgewijs en ververst vanaf dag 5 een "
                "deel van het medium. Bevestig elke voeding in het batchrecord.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-procesmonsters op dag 6 en 8",
            "text": (
                "<p>Neem via de bemonsteringszak 2 ml voor telling, levensvatbaarheid en "
                "CAR-expressie. Ent op dag 6 bovendien een aerobe en anaerobe BacT/ALERT-fles voor "
                "in-processteriliteit.</p>"
            ),
            "critical": True,
            "hold_time": "Analyse binnen 2 uur na monstername",
        },
        {
            "title": "Berekening van de expansie",
            "text": (
                "<p>Bereken de expansiefactor en het aantal populatieverdubbelingen en schat de "
                "dag waarop de dosis plus het QC-materiaal beschikbaar is.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogstbeslissing",
            "text": (
                "<p>Oogst zodra het verwachte aantal levensvatbare CAR+-cellen de dosis plus "
                "QC-behoefte dekt, uiterlijk op dag 12. Wordt de dosis op dag 12 niet gehaald, dan "
                "beslissen Hoofd Productie en QA met de behandelaar.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Alarmen en storingen",
            "text": (
                "<p>Open het systeem nooit om een storing te verhelpen. Lag de kamertemperatuur "
                "langer dan 1 uur onder 35 °C, registreer dan een afwijking.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid bij oogstbeslissing",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR-expressie (CAR+ van CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "In-processteriliteit dag 6",
            "specification": "Geen groei tot de oogst",
            "method": "DARE-QC-0001",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0004"},
        {"protocol": "DARE-SOP-0006"},
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0007"},
    ],
}

_SOP_0005_V1_EN = {
    "title": "Closed automated expansion of CAR-T cells with IL-7/IL-15",
    "summary": (
        "Expansion of transduced T cells in the CliniMACS Prodigy from day 3 until the harvest "
        "decision, with IL-7 and IL-15 in a closed system."
    ),
    "purpose": (
        "<p>To grow enough CAR-T cells for the prescribed dose and release testing, while "
        "preserving a less differentiated phenotype and keeping the contamination risk "
        "minimal.</p>"
    ),
    "scope": (
        "<p>CAR-T productions for children and young adults at the Princess Máxima Center, from "
        "the wash-out on day 3 until the harvest decision (day 12 at the latest).</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Checks the culture daily, connects medium and takes samples."),
        ("QC analyst", "Determines cell count, viability and CAR expression."),
        ("Head of Production", "Takes the harvest decision, together with QA if needed."),
    ],
    "materials": [
        {
            "name": "TexMACS GMP Medium",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-306",
        },
        {
            "name": "MACS GMP Recombinant Human IL-7",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-111",
            "note": "12.5 ng/mL",
        },
        {
            "name": "MACS GMP Recombinant Human IL-15",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-114",
            "note": "12.5 ng/mL",
        },
        {"name": "Transfer bag 1000 mL", "grade": "medical_device", "supplier": "Macopharma"},
        {
            "name": "BacT/ALERT culture bottles (aerobic and anaerobic)",
            "grade": "medical_device",
            "supplier": "bioMérieux",
            "note": "In-process sterility",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "TCT programme; uninterruptible power supply",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Cell counter",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Calibrated",
        },
        {"name": "Flowcytometer", "specification": "BD FACSCanto II", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Daily culture check",
            "text": (
                "<p>Every day, including weekends, check temperature, CO<sub>2</sub>, culture "
                "volume and the Prodigy alarm log, and sign the culture log.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Connecting medium",
            "text": (
                "<p>Sterile-weld a bag of TexMACS with IL-7 and IL-15 (12.5 ng/mL each) to the "
                "medium line. Use medium within 7 days of preparation.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Feeding per programme",
            "text": (
                "<p>The programme increases the culture volume stepwise and exchanges part of the "
                "medium from day 5. Confirm each feed in the batch record.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-process samples on days 6 and 8",
            "text": (
                "<p>Take 2 mL via the sampling pouch for count, viability and CAR expression. On "
                "day 6, also inoculate an aerobic and an anaerobic BacT/ALERT bottle for "
                "in-process sterility.</p>"
            ),
            "critical": True,
            "hold_time": "Analysis within 2 hours of sampling",
        },
        {
            "title": "Calculating expansion",
            "text": (
                "<p>Calculate the fold expansion and number of population doublings and estimate "
                "the day on which the dose plus QC material will be available.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest decision",
            "text": (
                "<p>Harvest as soon as the expected number of viable CAR+ cells covers the dose "
                "plus QC needs, at the latest on day 12. If the dose is not reached by day 12, the "
                "Head of Production and QA decide with the treating physician.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Alarms and malfunctions",
            "text": (
                "<p>Never open the system to fix a malfunction. If the chamber temperature was "
                "below 35 °C for more than 1 hour, record a deviation.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Viability at harvest decision",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR expression (CAR+ of CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "In-process sterility day 6",
            "specification": "No growth up to harvest",
            "method": "DARE-QC-0001",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0004"},
        {"protocol": "DARE-SOP-0006"},
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0007"},
    ],
}

_SOP_0005 = {
    "identifier": "DARE-SOP-0005",
    "centre": "pmc",
    "modality": "car-t",
    "process_stage": "expansion",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 5, 15),
            "next_review_date": date(2027, 5, 15),
            "nl": _SOP_0005_V1_NL,
            "en": _SOP_0005_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0006 Harvest, wash and formulation of CAR-T drug product (PMC), two versions
# -------------------------------------------------------------------------------------------------

_SOP_0006_V1_NL = {
    "title": "Oogst, wassen en formulering van het CAR-T-geneesmiddel",
    "summary": (
        "Oogst van CAR-T-cellen uit de Prodigy, wassen, dosisberekening en formulering in "
        "cryoprotectiemedium vóór het invriezen."
    ),
    "purpose": (
        "<p>Een CAR-T-eindproduct samenstellen met de juiste dosis, in een gedefinieerde "
        "formulering en met een zo kort mogelijke tijd in DMSO vóór het invriezen.</p>"
    ),
    "scope": (
        "<p>CAR-T-producties in het Prinses Máxima Centrum op de oogstdag, van de oogst tot de "
        "overdracht aan het invriezen. Werkzaamheden in cleanroom klasse B met veiligheidswerkbank "
        "klasse A.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Voert oogst, formulering en vulling uit."),
        ("Tweede operator", "Controleert dosisberekening en etikettering."),
        ("QC-analist", "Levert de eindtelling en neemt de vrijgiftemonsters in ontvangst."),
    ],
    "materials": [
        {
            "name": "NaCl 0,9%, 500 ml",
            "grade": "pharmacopoeial",
            "supplier": "Fresenius Kabi",
            "note": "Freeflex",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur.-kwaliteit",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "Oogstprogramma",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Koelplaat 2–8 °C",
            "specification": "Voor formulering en vulling",
            "qualification": "Gekalibreerd",
        },
    ],
    "steps": [
        {
            "title": "Eindtelling vóór oogst",
            "text": (
                "<p>Neem 2 ml monster voor telling, levensvatbaarheid en CAR-expressie. Het "
                "QC-resultaat moet beschikbaar zijn vóór de dosisberekening.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst en wassen",
            "text": (
                "<p>Start het oogstprogramma: de cellen worden twee keer gewassen met NaCl 0,9% "
                "met 1% albumine en geconcentreerd tot circa 100 ml in de oogstzak.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Dosisberekening",
            "text": (
                "<p>Bereken het te formuleren celaantal: voorgeschreven dosis (CAR+ levensvatbare "
                "T-cellen/kg) × lichaamsgewicht / (levensvatbaarheid × CAR-percentage van dag "
                "8).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Formulering",
            "text": (
                "<p>Resuspendeer de cellen in gekoelde NaCl 0,9% met 5% albumine en voeg onder "
                "zwenken langzaam een gelijk volume gekoelde oplossing met 20% DMSO toe "
                "(eindconcentratie 10% DMSO).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min tussen DMSO-toevoeging en start invriezen, bij 2–8 °C",
            "safety_note": (
                "DMSO wordt via de huid opgenomen: vervang handschoenen direct na contact."
            ),
        },
        {
            "title": "Vullen en etiketteren van de cryozakken",
            "text": (
                "<p>Vul de cryozakken met het voorgeschreven volume, verwijder lucht en seal. "
                "Breng het ISBT 128-etiket aan met patiëntgegevens, batchnummer en de tekst "
                "Uitsluitend voor autoloog gebruik. De tweede operator controleert.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Monstername voor vrijgifte",
            "text": (
                "<p>Neem uit het restant van het geformuleerde product monsters voor steriliteit, "
                "endotoxine, identiteit, potentie en VCN, plus retentievials. Het "
                "mycoplasmamonster is vóór het wassen genomen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Overdracht naar invriezen",
            "text": (
                "<p>Breng de zakken gekoeld direct naar de invriezer en vries in volgens "
                "DARE-SOP-0007. Noteer het tijdstip van overdracht.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid na oogst",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR-expressie (CAR+ van CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "Geformuleerde dosis",
            "specification": "80–120% van de voorgeschreven dosis",
            "method": "Berekening in batchrecord",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0005"},
        {"protocol": "DARE-SOP-0007"},
        {"qc_method": "DARE-QC-0007"},
        {"regulation": "gmp-atmp"},
    ],
}

_SOP_0006_V1_EN = {
    "title": "Harvest, wash and formulation of CAR-T drug product",
    "summary": (
        "Harvest of CAR-T cells from the Prodigy, washing, dose calculation and formulation in "
        "cryoprotectant medium before freezing."
    ),
    "purpose": (
        "<p>To compose a CAR-T drug product with the correct dose, in a defined formulation and "
        "with the shortest possible time in DMSO before freezing.</p>"
    ),
    "scope": (
        "<p>CAR-T productions at the Princess Máxima Center on the day of harvest, from harvest to "
        "handover for freezing. Work in a grade B cleanroom with a grade A safety cabinet.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Performs harvest, formulation and filling."),
        ("Second operator", "Checks dose calculation and labelling."),
        ("QC analyst", "Provides the final count and receives the release samples."),
    ],
    "materials": [
        {
            "name": "NaCl 0.9%, 500 mL",
            "grade": "pharmacopoeial",
            "supplier": "Fresenius Kabi",
            "note": "Freeflex",
        },
        {
            "name": "Albuman 200 g/L (human albumin)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur. quality",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "Harvest programme",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Cooling plate 2–8 °C",
            "specification": "For formulation and filling",
            "qualification": "Calibrated",
        },
    ],
    "steps": [
        {
            "title": "Final count before harvest",
            "text": (
                "<p>Take a 2 mL sample for count, viability and CAR expression. The QC result must "
                "be available before the dose calculation.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest and washing",
            "text": (
                "<p>Start the harvest programme: the cells are washed twice with NaCl 0.9% "
                "containing 1% albumin and concentrated to approx. 100 mL in the harvest bag.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Dose calculation",
            "text": (
                "<p>Calculate the number of cells to formulate: prescribed dose (CAR+ viable T "
                "cells/kg) × body weight / (viability × CAR percentage on day 8).</p>"
            ),
            "critical": False,
        },
        {
            "title": "Formulation",
            "text": (
                "<p>Resuspend the cells in chilled NaCl 0.9% with 5% albumin and slowly add, while "
                "swirling, an equal volume of chilled solution containing 20% DMSO (final "
                "concentration 10% DMSO).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min between DMSO addition and start of freezing, at 2–8 °C",
            "safety_note": (
                "DMSO is absorbed through the skin: change gloves immediately after contact."
            ),
        },
        {
            "title": "Filling and labelling the cryobags",
            "text": (
                "<p>Fill the cryobags with the prescribed volume, remove air and seal. Apply the "
                "ISBT 128 label with patient data, batch number and the text For autologous use "
                "only. The second operator checks.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Sampling for release testing",
            "text": (
                "<p>From the remainder of the formulated product, take samples for sterility, "
                "endotoxin, identity, potency and VCN, plus retention vials. The mycoplasma sample "
                "was taken before washing.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transfer to freezing",
            "text": (
                "<p>Take the bags, chilled, directly to the freezer and freeze them according to "
                "DARE-SOP-0007. Record the time of transfer.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Viability after harvest",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR expression (CAR+ of CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "Formulated dose",
            "specification": "80–120% of the prescribed dose",
            "method": "Calculation in batch record",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0005"},
        {"protocol": "DARE-SOP-0007"},
        {"qc_method": "DARE-QC-0007"},
        {"regulation": "gmp-atmp"},
    ],
}

_SOP_0006_V2_NL = {
    "change_note": (
        "Dosisberekening nu op basis van de CAR-expressie in het oogstmonster in plaats van dag 8; "
        "onafhankelijke controle van de berekening als acceptatiecriterium opgenomen."
    ),
    "steps": [
        {
            "title": "Eindtelling vóór oogst",
            "text": (
                "<p>Neem 2 ml monster voor telling, levensvatbaarheid en CAR-expressie. Het "
                "QC-resultaat moet beschikbaar zijn vóór de dosisberekening.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst en wassen",
            "text": (
                "<p>Start het oogstprogramma: de cellen worden twee keer gewassen met NaCl 0,9% "
                "met 1% albumine en geconcentreerd tot circa 100 ml in de oogstzak.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Dosisberekening",
            "text": (
                "<p>Bereken het te formuleren celaantal: voorgeschreven dosis (CAR+ levensvatbare "
                "T-cellen/kg) × lichaamsgewicht / (levensvatbaarheid × CAR-percentage van het "
                "oogstmonster). De tweede operator herberekent onafhankelijk.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Formulering",
            "text": (
                "<p>Resuspendeer de cellen in gekoelde NaCl 0,9% met 5% albumine en voeg onder "
                "zwenken langzaam een gelijk volume gekoelde oplossing met 20% DMSO toe "
                "(eindconcentratie 10% DMSO).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min tussen DMSO-toevoeging en start invriezen, bij 2–8 °C",
            "safety_note": (
                "DMSO wordt via de huid opgenomen: vervang handschoenen direct na contact."
            ),
        },
        {
            "title": "Vullen en etiketteren van de cryozakken",
            "text": (
                "<p>Vul de cryozakken met het voorgeschreven volume, verwijder lucht en seal. "
                "Breng het ISBT 128-etiket aan met patiëntgegevens, batchnummer en de tekst "
                "Uitsluitend voor autoloog gebruik. De tweede operator controleert.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Monstername voor vrijgifte",
            "text": (
                "<p>Neem uit het restant van het geformuleerde product monsters voor steriliteit, "
                "endotoxine, identiteit, potentie en VCN, plus retentievials. Het "
                "mycoplasmamonster is vóór het wassen genomen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Overdracht naar invriezen",
            "text": (
                "<p>Breng de zakken gekoeld direct naar de invriezer en vries in volgens "
                "DARE-SOP-0007. Noteer het tijdstip van overdracht.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid na oogst",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR-expressie (CAR+ van CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "Geformuleerde dosis",
            "specification": "80–120% van de voorgeschreven dosis",
            "method": "Berekening in batchrecord",
        },
        {
            "parameter": "Onafhankelijke controle dosisberekening",
            "specification": "Uitgevoerd en afgetekend",
            "method": "Batchrecord",
        },
    ],
}

_SOP_0006_V2_EN = {
    "change_note": (
        "Dose calculation now based on CAR expression in the harvest sample instead of day 8; "
        "independent check of the calculation added as an acceptance criterion."
    ),
    "steps": [
        {
            "title": "Final count before harvest",
            "text": (
                "<p>Take a 2 mL sample for count, viability and CAR expression. The QC result must "
                "be available before the dose calculation.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest and washing",
            "text": (
                "<p>Start the harvest programme: the cells are washed twice with NaCl 0.9% "
                "containing 1% albumin and concentrated to approx. 100 mL in the harvest bag.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Dose calculation",
            "text": (
                "<p>Calculate the number of cells to formulate: prescribed dose (CAR+ viable T "
                "cells/kg) × body weight / (viability × CAR percentage of the harvest sample). The "
                "second operator recalculates independently.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Formulation",
            "text": (
                "<p>Resuspend the cells in chilled NaCl 0.9% with 5% albumin and slowly add, while "
                "swirling, an equal volume of chilled solution containing 20% DMSO (final "
                "concentration 10% DMSO).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min between DMSO addition and start of freezing, at 2–8 °C",
            "safety_note": (
                "DMSO is absorbed through the skin: change gloves immediately after contact."
            ),
        },
        {
            "title": "Filling and labelling the cryobags",
            "text": (
                "<p>Fill the cryobags with the prescribed volume, remove air and seal. Apply the "
                "ISBT 128 label with patient data, batch number and the text For autologous use "
                "only. The second operator checks.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Sampling for release testing",
            "text": (
                "<p>From the remainder of the formulated product, take samples for sterility, "
                "endotoxin, identity, potency and VCN, plus retention vials. The mycoplasma sample "
                "was taken before washing.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transfer to freezing",
            "text": (
                "<p>Take the bags, chilled, directly to the freezer and freeze them according to "
                "DARE-SOP-0007. Record the time of transfer.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Viability after harvest",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {
            "parameter": "CAR expression (CAR+ of CD3+)",
            "specification": "≥ 10%",
            "method": "DARE-QC-0007",
        },
        {
            "parameter": "Formulated dose",
            "specification": "80–120% of the prescribed dose",
            "method": "Calculation in batch record",
        },
        {
            "parameter": "Independent check of dose calculation",
            "specification": "Performed and signed",
            "method": "Batch record",
        },
    ],
}

_SOP_0006 = {
    "identifier": "DARE-SOP-0006",
    "centre": "pmc",
    "modality": "car-t",
    "process_stage": "harvest-formulation",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2022, 4, 1),
            "next_review_date": date(2025, 4, 1),
            "nl": _SOP_0006_V1_NL,
            "en": _SOP_0006_V1_EN,
        },
        {
            "version": 2,
            "status": "effective",
            "effective_date": date(2024, 11, 1),
            "next_review_date": date(2027, 11, 1),
            "nl": _SOP_0006_V2_NL,
            "en": _SOP_0006_V2_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0007 Controlled-rate freezing of cell therapy products (Sanquin), three versions
# -------------------------------------------------------------------------------------------------

_SOP_0007_V1_NL = {
    "title": "Gecontroleerd invriezen van celtherapieproducten",
    "summary": (
        "Invriezen van geformuleerde celtherapieproducten in cryozakken met een gevalideerd "
        "programma van circa -1 °C/min en overplaatsing naar de dampfase van vloeibare stikstof."
    ),
    "purpose": (
        "<p>Cellen reproduceerbaar invriezen met een gecontroleerde koelsnelheid en compensatie "
        "van de kristallisatiewarmte, zodat de levensvatbaarheid na ontdooien behouden blijft.</p>"
    ),
    "scope": (
        "<p>Alle celtherapieproducten met 5–10% DMSO in cryozakken van 50–500 ml die Sanquin voor "
        "DARE-partners invriest.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator cryopreservatie", "Voert het invriezen uit en registreert de opslag."),
        ("QA-medewerker", "Beoordeelt elk vriesprofiel vóór de vrijgifte."),
        ("Technische dienst", "Onderhoudt en kalibreert vriezer en opslagtanks."),
    ],
    "materials": [
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur.-kwaliteit",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
        {
            "name": "Vloeibare stikstof, medische kwaliteit",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
    ],
    "equipment": [
        {
            "name": "Gecontroleerde invriezer",
            "specification": "Planer Kryo 560-16",
            "qualification": "IQ/OQ/PQ; programma per zaktype gevalideerd",
        },
        {
            "name": "Opslagtank vloeibare stikstof",
            "specification": "Dampfase ≤ -150 °C",
            "qualification": "Temperatuurmapping; continue bewaking",
        },
        {
            "name": "Zuurstofmeter",
            "specification": "Alarm bij 19% O₂",
            "qualification": "Halfjaarlijks gekalibreerd",
        },
    ],
    "steps": [
        {
            "title": "Voorbereiden van de vriezer",
            "text": (
                "<p>Kies het gevalideerde programma voor zaktype en vulvolume, koel de kamer voor "
                "tot 4 °C en controleer de stikstoftoevoer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle van het product",
            "text": (
                "<p>Controleer etiket, vulvolume, sealnaden en het tijdstip van DMSO-toevoeging op "
                "het overdrachtsformulier. Leg de zakken vlak in voorgekoelde cassettes.</p>"
            ),
            "critical": True,
            "hold_time": "Start programma binnen 30 min na DMSO-toevoeging",
        },
        {
            "title": "Plaatsen van de referentiezak",
            "text": (
                "<p>Plaats een referentiezak met hetzelfde volume en dezelfde formulering zonder "
                "cellen, met een thermokoppel in het midden, naast de productzakken.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starten van het vriesprogramma",
            "text": (
                "<p>Start het programma: koelen met -1 °C/min, compensatie van de "
                "kristallisatiewarmte door een korte snelle daling van de kamertemperatuur, daarna "
                "-1 °C/min tot -40 °C en -10 °C/min tot -100 °C.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Beoordeling van het vriesprofiel",
            "text": (
                "<p>Vergelijk de curve van de referentiezak met het gevalideerde profiel "
                "(nucleatiepunt, koelsnelheid, eindtemperatuur). Print en onderteken het profiel; "
                "afwijkingen meldt u aan QA.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Overplaatsen naar de stikstoftank",
            "text": (
                "<p>Breng de cassettes in een voorgekoeld transportvat direct naar de opslagtank "
                "en plaats ze in de dampfase (≤ -150 °C).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 min buiten gekoelde omgeving",
            "safety_note": (
                "Vloeibare stikstof: gelaatsscherm, cryohandschoenen en schort dragen; "
                "zuurstofmeter in de ruimte moet actief zijn."
            ),
        },
        {
            "title": "Registratie van de opslaglocatie",
            "text": (
                "<p>Registreer tank, rek en positie in het voorraadsysteem. Een tweede medewerker "
                "controleert de locatie.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Vriesprofiel",
            "specification": "Binnen het gevalideerde profiel",
            "method": "Print van de vriezer",
        },
        {
            "parameter": "Opslagtemperatuur",
            "specification": "≤ -150 °C",
            "method": "Continue bewaking",
        },
        {
            "parameter": "Levensvatbaarheid na ontdooien (satellietvial)",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
    ],
    "references": [
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0006"},
        {"protocol": "DARE-SOP-0009"},
        {"qc_method": "DARE-QC-0006"},
    ],
}

_SOP_0007_V1_EN = {
    "title": "Controlled-rate freezing of cell therapy products",
    "summary": (
        "Freezing of formulated cell therapy products in cryobags with a validated programme of "
        "approx. -1 °C/min and transfer to the vapour phase of liquid nitrogen."
    ),
    "purpose": (
        "<p>To freeze cells reproducibly with a controlled cooling rate and compensation for the "
        "latent heat of fusion, so that post-thaw viability is preserved.</p>"
    ),
    "scope": (
        "<p>All cell therapy products containing 5–10% DMSO in 50–500 mL cryobags that Sanquin "
        "freezes for DARE partners.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Cryopreservation operator", "Performs freezing and records storage."),
        ("QA officer", "Reviews each freezing profile before release."),
        ("Technical services", "Maintains and calibrates freezer and storage tanks."),
    ],
    "materials": [
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur. quality",
        },
        {
            "name": "Albuman 200 g/L (human albumin)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
        {
            "name": "Liquid nitrogen, medical grade",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
    ],
    "equipment": [
        {
            "name": "Controlled-rate freezer",
            "specification": "Planer Kryo 560-16",
            "qualification": "IQ/OQ/PQ; programme validated per bag type",
        },
        {
            "name": "Liquid nitrogen storage tank",
            "specification": "Vapour phase ≤ -150 °C",
            "qualification": "Temperature mapping; continuous monitoring",
        },
        {
            "name": "Oxygen monitor",
            "specification": "Alarm at 19% O₂",
            "qualification": "Calibrated every six months",
        },
    ],
    "steps": [
        {
            "title": "Preparing the freezer",
            "text": (
                "<p>Select the validated programme for bag type and fill volume, pre-cool the "
                "chamber to 4 °C and check the nitrogen supply.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Checking the product",
            "text": (
                "<p>Check label, fill volume, seals and the time of DMSO addition on the handover "
                "form. Lay the bags flat in pre-cooled cassettes.</p>"
            ),
            "critical": True,
            "hold_time": "Start programme within 30 min of DMSO addition",
        },
        {
            "title": "Placing the reference bag",
            "text": (
                "<p>Place a reference bag with the same volume and formulation but no cells, with "
                "a thermocouple in the centre, next to the product bags.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starting the freezing programme",
            "text": (
                "<p>Start the programme: cooling at -1 °C/min, compensation for the latent heat of "
                "fusion by a short rapid drop of chamber temperature, then -1 °C/min to -40 °C and "
                "-10 °C/min to -100 °C.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Review of the freezing profile",
            "text": (
                "<p>Compare the curve of the reference bag with the validated profile (nucleation "
                "point, cooling rate, final temperature). Print and sign the profile; report "
                "deviations to QA.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transfer to the nitrogen tank",
            "text": (
                "<p>Take the cassettes in a pre-cooled transport dewar directly to the storage "
                "tank and place them in the vapour phase (≤ -150 °C).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 min outside a cooled environment",
            "safety_note": (
                "Liquid nitrogen: wear face shield, cryogenic gloves and apron; the oxygen monitor "
                "in the room must be active."
            ),
        },
        {
            "title": "Recording the storage location",
            "text": (
                "<p>Record tank, rack and position in the inventory system. A second person "
                "verifies the location.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Freezing profile",
            "specification": "Within the validated profile",
            "method": "Freezer printout",
        },
        {
            "parameter": "Storage temperature",
            "specification": "≤ -150 °C",
            "method": "Continuous monitoring",
        },
        {
            "parameter": "Post-thaw viability (satellite vial)",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
    ],
    "references": [
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0006"},
        {"protocol": "DARE-SOP-0009"},
        {"qc_method": "DARE-QC-0006"},
    ],
}

_SOP_0007_V2_NL = {
    "scope": (
        "<p>Alle celtherapieproducten met 5–10% DMSO (eigen medium of CryoStor CS10) in cryozakken "
        "van 50–500 ml die Sanquin voor DARE-partners invriest.</p>"
    ),
    "change_note": (
        "CryoStor CS10 toegevoegd als kant-en-klaar invriesmedium naast het eigen DMSO-medium; "
        "scope aangepast."
    ),
    "materials": [
        {
            "name": "CryoStor CS10",
            "grade": "gmp",
            "supplier": "BioLife Solutions",
            "catalogue_number": "210102",
            "note": "Kant-en-klaar invriesmedium, 10% DMSO",
        },
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur.-kwaliteit",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
        {
            "name": "Vloeibare stikstof, medische kwaliteit",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
    ],
}

_SOP_0007_V2_EN = {
    "scope": (
        "<p>All cell therapy products containing 5–10% DMSO (in-house medium or CryoStor CS10) in "
        "50–500 mL cryobags that Sanquin freezes for DARE partners.</p>"
    ),
    "change_note": (
        "CryoStor CS10 added as a ready-to-use freezing medium alongside the in-house DMSO medium; "
        "scope updated."
    ),
    "materials": [
        {
            "name": "CryoStor CS10",
            "grade": "gmp",
            "supplier": "BioLife Solutions",
            "catalogue_number": "210102",
            "note": "Ready-to-use freezing medium, 10% DMSO",
        },
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur. quality",
        },
        {
            "name": "Albuman 200 g/L (human albumin)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
        {
            "name": "Liquid nitrogen, medical grade",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
    ],
}

_SOP_0007_V3_NL = {
    "change_note": (
        "Overzak rond elke cryozak ingevoerd als onderdeel van de "
        "contaminatiebeheersingsstrategie; vriesprogramma's per formulering gevalideerd; "
        "verwijzing naar Annex 1 toegevoegd."
    ),
    "materials": [
        {
            "name": "CryoStor CS10",
            "grade": "gmp",
            "supplier": "BioLife Solutions",
            "catalogue_number": "210102",
            "note": "Kant-en-klaar invriesmedium, 10% DMSO",
        },
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur.-kwaliteit",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
        {
            "name": "Vloeibare stikstof, medische kwaliteit",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
        {"name": "Overzak voor cryozakken", "grade": "medical_device", "supplier": "Macopharma"},
    ],
    "steps": [
        {
            "title": "Voorbereiden van de vriezer",
            "text": (
                "<p>Kies het gevalideerde programma voor zaktype en vulvolume, koel de kamer voor "
                "tot 4 °C en controleer de stikstoftoevoer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle van het product",
            "text": (
                "<p>Controleer etiket, vulvolume, sealnaden en het tijdstip van DMSO-toevoeging op "
                "het overdrachtsformulier. Leg de zakken vlak in voorgekoelde cassettes.</p>"
            ),
            "critical": True,
            "hold_time": "Start programma binnen 30 min na DMSO-toevoeging",
        },
        {
            "title": "Verpakken in overzak",
            "text": (
                "<p>Plaats elke cryozak in een overzak en seal deze. De overzak beschermt het "
                "product bij een lekkende zak en voorkomt contact met stikstof uit de tank.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Plaatsen van de referentiezak",
            "text": (
                "<p>Plaats een referentiezak met hetzelfde volume en dezelfde formulering zonder "
                "cellen, met een thermokoppel in het midden, naast de productzakken.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starten van het vriesprogramma",
            "text": (
                "<p>Start het programma dat voor de formulering is gevalideerd (CryoStor CS10 of "
                "eigen DMSO-medium): koelen met -1 °C/min, compensatie van de "
                "kristallisatiewarmte, daarna -1 °C/min tot -40 °C en -10 °C/min tot -100 °C.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Beoordeling van het vriesprofiel",
            "text": (
                "<p>Vergelijk de curve van de referentiezak met het gevalideerde profiel "
                "(nucleatiepunt, koelsnelheid, eindtemperatuur). Print en onderteken het profiel; "
                "afwijkingen meldt u aan QA.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Overplaatsen naar de stikstoftank",
            "text": (
                "<p>Breng de cassettes in een voorgekoeld transportvat direct naar de opslagtank "
                "en plaats ze in de dampfase (≤ -150 °C).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 min buiten gekoelde omgeving",
            "safety_note": (
                "Vloeibare stikstof: gelaatsscherm, cryohandschoenen en schort dragen; "
                "zuurstofmeter in de ruimte moet actief zijn."
            ),
        },
        {
            "title": "Registratie van de opslaglocatie",
            "text": (
                "<p>Registreer tank, rek en positie in het voorraadsysteem. Een tweede medewerker "
                "controleert de locatie.</p>"
            ),
            "critical": False,
        },
    ],
    "references": [
        {"regulation": "gmp-atmp"},
        {"regulation": "gmp-annex-1"},
        {"protocol": "DARE-SOP-0006"},
        {"protocol": "DARE-SOP-0009"},
        {"qc_method": "DARE-QC-0006"},
    ],
}

_SOP_0007_V3_EN = {
    "change_note": (
        "Overwrap bag around each cryobag introduced as part of the contamination control "
        "strategy; freezing programmes validated per formulation; reference to Annex 1 added."
    ),
    "materials": [
        {
            "name": "CryoStor CS10",
            "grade": "gmp",
            "supplier": "BioLife Solutions",
            "catalogue_number": "210102",
            "note": "Ready-to-use freezing medium, 10% DMSO",
        },
        {
            "name": "CryoSure-DMSO",
            "grade": "gmp",
            "supplier": "WAK-Chemie Medical",
            "note": "Ph. Eur. quality",
        },
        {
            "name": "Albuman 200 g/L (human albumin)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "CryoMACS Freezing Bag 250",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-402",
        },
        {
            "name": "Liquid nitrogen, medical grade",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
        {"name": "Overwrap bag for cryobags", "grade": "medical_device", "supplier": "Macopharma"},
    ],
    "steps": [
        {
            "title": "Preparing the freezer",
            "text": (
                "<p>Select the validated programme for bag type and fill volume, pre-cool the "
                "chamber to 4 °C and check the nitrogen supply.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Checking the product",
            "text": (
                "<p>Check label, fill volume, seals and the time of DMSO addition on the handover "
                "form. Lay the bags flat in pre-cooled cassettes.</p>"
            ),
            "critical": True,
            "hold_time": "Start programme within 30 min of DMSO addition",
        },
        {
            "title": "Packing in overwrap bag",
            "text": (
                "<p>Place each cryobag in an overwrap bag and seal it. The overwrap protects the "
                "product if a bag leaks and prevents contact with nitrogen from the tank.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Placing the reference bag",
            "text": (
                "<p>Place a reference bag with the same volume and formulation but no cells, with "
                "a thermocouple in the centre, next to the product bags.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starting the freezing programme",
            "text": (
                "<p>Start the programme validated for the formulation (CryoStor CS10 or in-house "
                "DMSO medium): cooling at -1 °C/min, latent heat compensation, then -1 °C/min to "
                "-40 °C and -10 °C/min to -100 °C.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Review of the freezing profile",
            "text": (
                "<p>Compare the curve of the reference bag with the validated profile (nucleation "
                "point, cooling rate, final temperature). Print and sign the profile; report "
                "deviations to QA.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transfer to the nitrogen tank",
            "text": (
                "<p>Take the cassettes in a pre-cooled transport dewar directly to the storage "
                "tank and place them in the vapour phase (≤ -150 °C).</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 min outside a cooled environment",
            "safety_note": (
                "Liquid nitrogen: wear face shield, cryogenic gloves and apron; the oxygen monitor "
                "in the room must be active."
            ),
        },
        {
            "title": "Recording the storage location",
            "text": (
                "<p>Record tank, rack and position in the inventory system. A second person "
                "verifies the location.</p>"
            ),
            "critical": False,
        },
    ],
    "references": [
        {"regulation": "gmp-atmp"},
        {"regulation": "gmp-annex-1"},
        {"protocol": "DARE-SOP-0006"},
        {"protocol": "DARE-SOP-0009"},
        {"qc_method": "DARE-QC-0006"},
    ],
}

_SOP_0007 = {
    "identifier": "DARE-SOP-0007",
    "centre": "sanquin",
    "modality": "general",
    "process_stage": "cryopreservation",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2021, 9, 1),
            "next_review_date": date(2023, 9, 1),
            "nl": _SOP_0007_V1_NL,
            "en": _SOP_0007_V1_EN,
        },
        {
            "version": 2,
            "status": "superseded",
            "effective_date": date(2023, 5, 15),
            "next_review_date": date(2025, 5, 15),
            "nl": _SOP_0007_V2_NL,
            "en": _SOP_0007_V2_EN,
        },
        {
            "version": 3,
            "status": "effective",
            "effective_date": date(2025, 10, 1),
            "next_review_date": date(2028, 10, 1),
            "nl": _SOP_0007_V3_NL,
            "en": _SOP_0007_V3_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0008 Thawing and bedside administration of CAR-T (UMC Utrecht), Dutch only, two versions
# -------------------------------------------------------------------------------------------------

_SOP_0008_V1_NL = {
    "title": "Ontdooien en toediening aan het bed van een CAR-T-infuus",
    "summary": (
        "Ontdooien van een cryogeconserveerde CAR-T-infuuszak op de verpleegafdeling en "
        "intraveneuze toediening, met identiteitscontrole en bewaking."
    ),
    "purpose": (
        "<p>Het CAR-T-product veilig, binnen de gevalideerde tijd na ontdooien en aan de juiste "
        "patiënt toedienen.</p>"
    ),
    "scope": (
        "<p>Toediening van autologe CAR-T-producten uit studies en onder de ziekenhuisvrijstelling "
        "op de afdeling hematologie van UMC Utrecht.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Hematoloog", "Neemt de go/no-go-beslissing en is tijdens de toediening bereikbaar."),
        ("Verpleegkundige", "Geeft premedicatie, dient het product toe en bewaakt de patiënt."),
        (
            "Medewerker celtherapiefaciliteit",
            "Vervoert en ontdooit het product en controleert de identiteit mee.",
        ),
    ],
    "materials": [
        {
            "name": "Transfusieset met filter 170–200 µm, zonder leukocytenfilter",
            "grade": "medical_device",
            "supplier": "Baxter",
        },
        {
            "name": "NaCl 0,9%, 100 ml",
            "grade": "pharmacopoeial",
            "supplier": "Baxter",
            "note": "Viaflo",
        },
        {
            "name": "Paracetamol 500 mg tabletten",
            "grade": "clinical",
            "supplier": "Ziekenhuisapotheek",
        },
        {
            "name": "Clemastine 1 mg/ml injectievloeistof",
            "grade": "clinical",
            "supplier": "Ziekenhuisapotheek",
        },
    ],
    "equipment": [
        {
            "name": "Waterbad 37 °C",
            "specification": "Met steriele overzakken",
            "qualification": "Gekalibreerde thermometer",
        },
        {
            "name": "Dryshipper",
            "specification": "Voor transport van faciliteit naar afdeling",
            "qualification": "Houdtijd gecontroleerd",
        },
    ],
    "steps": [
        {
            "title": "Go/no-go-beslissing",
            "text": (
                "<p>De hematoloog bevestigt dat de patiënt geschikt is voor toediening: "
                "lymfodepletie afgerond, geen actieve infectie, stabiele vitale functies en ten "
                "minste twee doses tocilizumab beschikbaar op de afdeling.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Premedicatie",
            "text": (
                "<p>Geef 30–60 minuten vóór de infusie paracetamol 1000 mg oraal en clemastine 2 "
                "mg intraveneus. Geef geen systemische corticosteroïden als premedicatie.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transport naar de afdeling",
            "text": (
                "<p>Een medewerker van de celtherapiefaciliteit brengt het product in een "
                "dryshipper naar de afdeling, samen met het vrijgiftecertificaat van de QP.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identiteitscontrole aan het bed",
            "text": (
                "<p>Verpleegkundige en medewerker celtherapiefaciliteit vergelijken samen het "
                "etiket van de zak met het vrijgiftecertificaat en het polsbandje. Laat de patiënt "
                "zelf naam en geboortedatum noemen.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Bij twijfel over de identiteit wordt het product niet ontdooid en wordt de "
                "dienstdoende hematoloog gebeld."
            ),
        },
        {
            "title": "Ontdooien",
            "text": (
                "<p>Ontdooi de zak in een overzak in het waterbad van 37 °C en kneed zachtjes tot "
                "er nog enkele ijskristallen zichtbaar zijn (2–5 minuten). Controleer de zak "
                "daarna op lekkage.</p>"
            ),
            "critical": True,
            "hold_time": "Start toediening binnen 30 min na ontdooien",
        },
        {
            "title": "Toediening",
            "text": (
                "<p>Dien het product toe via de centraalveneuze lijn, zonder leukocytenfilter en "
                "zonder infuuspomp, in 10–20 minuten. Spoel zak en lijn na met NaCl 0,9%.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bewaking",
            "text": (
                "<p>Meet pols, bloeddruk, temperatuur en zuurstofsaturatie elke 15 minuten tijdens "
                "de infusie en het eerste uur erna. Daarna volgt de bewaking op CRS en ICANS.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Registratie en afval",
            "text": (
                "<p>Registreer ISBT 128-donatienummer, batchnummer en tijdstippen in het EPD. Lege "
                "zak en infuussysteem gaan als ggo-afval in de daarvoor bestemde afvalbak.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Identiteitscontrole",
            "specification": "Uitgevoerd door twee personen en afgetekend",
            "method": "Toedieningsformulier",
        },
        {
            "parameter": "Tijd van ontdooien tot start infusie",
            "specification": "≤ 30 minuten",
            "method": "Toedieningsformulier",
        },
        {
            "parameter": "Integriteit van de zak",
            "specification": "Geen lekkage of beschadiging",
            "method": "Visueel",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0007"},
        {"protocol": "DARE-SOP-0009"},
        {"protocol": "DARE-SOP-0022"},
        {"protocol": "DARE-SOP-0037"},
        {"regulation": "besluit-ggo"},
    ],
}

_SOP_0008_V2_NL = {
    "change_note": (
        "Waterbad vervangen door een droog ontdooiapparaat (VIA Thaw) om het contaminatierisico te "
        "verkleinen; stap Ontdooien aangepast."
    ),
    "equipment": [
        {
            "name": "Droog ontdooiapparaat",
            "specification": "Cytiva VIA Thaw CB1000",
            "qualification": "IQ/OQ; ontdooiprofiel gevalideerd per zaktype",
        },
        {
            "name": "Dryshipper",
            "specification": "Voor transport van faciliteit naar afdeling",
            "qualification": "Houdtijd gecontroleerd",
        },
    ],
    "steps": [
        {
            "title": "Go/no-go-beslissing",
            "text": (
                "<p>De hematoloog bevestigt dat de patiënt geschikt is voor toediening: "
                "lymfodepletie afgerond, geen actieve infectie, stabiele vitale functies en ten "
                "minste twee doses tocilizumab beschikbaar op de afdeling.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Premedicatie",
            "text": (
                "<p>Geef 30–60 minuten vóór de infusie paracetamol 1000 mg oraal en clemastine 2 "
                "mg intraveneus. Geef geen systemische corticosteroïden als premedicatie.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transport naar de afdeling",
            "text": (
                "<p>Een medewerker van de celtherapiefaciliteit brengt het product in een "
                "dryshipper naar de afdeling, samen met het vrijgiftecertificaat van de QP.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identiteitscontrole aan het bed",
            "text": (
                "<p>Verpleegkundige en medewerker celtherapiefaciliteit vergelijken samen het "
                "etiket van de zak met het vrijgiftecertificaat en het polsbandje. Laat de patiënt "
                "zelf naam en geboortedatum noemen.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Bij twijfel over de identiteit wordt het product niet ontdooid en wordt de "
                "dienstdoende hematoloog gebeld."
            ),
        },
        {
            "title": "Ontdooien",
            "text": (
                "<p>Plaats de zak in het droge ontdooiapparaat en start het programma voor het "
                "betreffende zaktype. Het apparaat meldt het einde van het ontdooien; controleer "
                "de zak daarna op lekkage.</p>"
            ),
            "critical": True,
            "hold_time": "Start toediening binnen 30 min na ontdooien",
        },
        {
            "title": "Toediening",
            "text": (
                "<p>Dien het product toe via de centraalveneuze lijn, zonder leukocytenfilter en "
                "zonder infuuspomp, in 10–20 minuten. Spoel zak en lijn na met NaCl 0,9%.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bewaking",
            "text": (
                "<p>Meet pols, bloeddruk, temperatuur en zuurstofsaturatie elke 15 minuten tijdens "
                "de infusie en het eerste uur erna. Daarna volgt de bewaking op CRS en ICANS.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Registratie en afval",
            "text": (
                "<p>Registreer ISBT 128-donatienummer, batchnummer en tijdstippen in het EPD. Lege "
                "zak en infuussysteem gaan als ggo-afval in de daarvoor bestemde afvalbak.</p>"
            ),
            "critical": False,
        },
    ],
}

_SOP_0008 = {
    "identifier": "DARE-SOP-0008",
    "centre": "umcu",
    "modality": "car-t",
    "process_stage": "administration",
    "languages": ["nl"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2022, 6, 1),
            "next_review_date": date(2024, 6, 1),
            "nl": _SOP_0008_V1_NL,
        },
        {
            "version": 2,
            "status": "effective",
            "effective_date": date(2025, 3, 1),
            "next_review_date": date(2027, 3, 1),
            "nl": _SOP_0008_V2_NL,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0009 Shipment of cryopreserved ATMPs in liquid-nitrogen dry shippers (Sanquin)
# -------------------------------------------------------------------------------------------------

_SOP_0009_V1_NL = {
    "title": "Verzending van cryogeconserveerde ATMP's in stikstof-dryshippers",
    "summary": (
        "Voorbereiden, beladen en verzenden van cryogeconserveerde ATMP's in gevalideerde "
        "dryshippers met temperatuurregistratie, en de controle bij ontvangst."
    ),
    "purpose": (
        "<p>De producttemperatuur tijdens transport onder -150 °C houden en de chain of custody "
        "tussen productielocatie en ziekenhuis aantoonbaar borgen.</p>"
    ),
    "scope": (
        "<p>Verzending van cryogeconserveerde celtherapieproducten over de weg tussen Sanquin en "
        "de DARE-centra. Luchtvracht valt onder een aparte werkinstructie.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Medewerker logistiek", "Bereidt de dryshipper voor, belaadt en verzegelt hem."),
        ("QA-medewerker", "Geeft de zending vrij en beoordeelt temperatuurexcursies."),
        (
            "Ontvangende faciliteit",
            "Controleert zegel, logger en identiteit en bevestigt de ontvangst.",
        ),
    ],
    "materials": [
        {
            "name": "Vloeibare stikstof, medische kwaliteit",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
        {"name": "Overzak voor cryozakken", "grade": "medical_device", "supplier": "Macopharma"},
        {
            "name": "Aluminium cassette voor cryozakken",
            "grade": "medical_device",
            "supplier": "Thermo Fisher Scientific",
        },
        {
            "name": "Veiligheidszegel met volgnummer",
            "grade": "research",
            "note": "Geen productcontact",
        },
    ],
    "equipment": [
        {
            "name": "Dryshipper",
            "specification": "MVE-cryoshipper, statische houdtijd ≥ 10 dagen",
            "qualification": "Transportvalidatie; gewicht gecontroleerd per zending",
        },
        {
            "name": "Datalogger",
            "specification": "Thermokoppel, -200 tot +50 °C",
            "qualification": "Jaarlijks gekalibreerd",
        },
        {"name": "Weegschaal 0–60 kg", "qualification": "Gekalibreerd"},
    ],
    "steps": [
        {
            "title": "Conditioneren van de dryshipper",
            "text": (
                "<p>Vul de dryshipper minimaal 24 uur vóór verzending met vloeibare stikstof "
                "volgens de gebruiksaanwijzing en vul bij tot het absorptiemateriaal verzadigd "
                "is.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Controle van het gewicht",
            "text": (
                "<p>Giet vrije stikstof af en weeg de dryshipper. Het gewicht moet boven het "
                "gevalideerde minimum liggen; anders opnieuw conditioneren.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starten van de datalogger",
            "text": (
                "<p>Plaats de sensor in de productkamer en start de logger met een alarmgrens van "
                "-150 °C. Noteer het serienummer op het verzendformulier.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Overplaatsen van het product",
            "text": (
                "<p>Controleer met een tweede medewerker de identiteit tegen de transportopdracht "
                "en breng de cassette in een voorgekoeld transportvat van de opslagtank naar de "
                "dryshipper.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 min buiten de dampfase",
            "safety_note": "Draag gelaatsscherm en cryohandschoenen.",
        },
        {
            "title": "Documenten en verzegeling",
            "text": (
                "<p>Voeg verzendformulier en kopie van het vrijgiftecertificaat toe, sluit de "
                "dryshipper, breng het genummerde zegel aan en noteer het zegelnummer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Overdracht aan de koerier",
            "text": (
                "<p>De koerier tekent voor ontvangst met datum en tijd. Volg de zending tot "
                "aflevering.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ontvangst en controle",
            "text": (
                "<p>De ontvanger controleert zegel en zegelnummer, stopt de logger, controleert "
                "dat de temperatuur steeds ≤ -150 °C was en plaatst het product direct in de eigen "
                "opslag. Stuur de ontvangstbevestiging met loggerdata terug.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Temperatuur tijdens transport",
            "specification": "≤ -150 °C",
            "method": "Dataloggerrapport",
        },
        {"parameter": "Zegel", "specification": "Intact; nummer komt overeen", "method": "Visueel"},
        {
            "parameter": "Transportduur",
            "specification": "Korter dan de gevalideerde houdtijd",
            "method": "Verzendformulier",
        },
    ],
    "references": [
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0007"},
        {"protocol": "DARE-SOP-0008"},
        {"protocol": "DARE-SOP-0039"},
    ],
}

_SOP_0009_V1_EN = {
    "title": "Shipment of cryopreserved ATMPs in liquid-nitrogen dry shippers",
    "summary": (
        "Preparing, loading and shipping cryopreserved ATMPs in validated dry shippers with "
        "temperature recording, and the check on receipt."
    ),
    "purpose": (
        "<p>To keep the product temperature below -150 °C during transport and demonstrably secure "
        "the chain of custody between manufacturing site and hospital.</p>"
    ),
    "scope": (
        "<p>Road shipment of cryopreserved cell therapy products between Sanquin and the DARE "
        "centres. Air freight is covered by a separate work instruction.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Logistics operator", "Prepares, loads and seals the dry shipper."),
        ("QA officer", "Releases the shipment and assesses temperature excursions."),
        ("Receiving facility", "Checks seal, logger and identity and confirms receipt."),
    ],
    "materials": [
        {
            "name": "Liquid nitrogen, medical grade",
            "grade": "pharmacopoeial",
            "supplier": "Linde Gas",
        },
        {"name": "Overwrap bag for cryobags", "grade": "medical_device", "supplier": "Macopharma"},
        {
            "name": "Aluminium cassette for cryobags",
            "grade": "medical_device",
            "supplier": "Thermo Fisher Scientific",
        },
        {
            "name": "Tamper-evident seal with serial number",
            "grade": "research",
            "note": "No product contact",
        },
    ],
    "equipment": [
        {
            "name": "Dryshipper",
            "specification": "MVE cryoshipper, static hold time ≥ 10 days",
            "qualification": "Transport validation; weight checked per shipment",
        },
        {
            "name": "Data logger",
            "specification": "Thermocouple, -200 to +50 °C",
            "qualification": "Calibrated annually",
        },
        {"name": "Scale 0–60 kg", "qualification": "Calibrated"},
    ],
    "steps": [
        {
            "title": "Charging the dry shipper",
            "text": (
                "<p>Fill the dry shipper with liquid nitrogen at least 24 hours before shipment "
                "according to the instructions and top up until the absorbent is saturated.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Weight check",
            "text": (
                "<p>Pour off free nitrogen and weigh the dry shipper. The weight must be above the "
                "validated minimum; otherwise recharge.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starting the data logger",
            "text": (
                "<p>Place the sensor in the product chamber and start the logger with an alarm "
                "limit of -150 °C. Record the serial number on the shipping form.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Transferring the product",
            "text": (
                "<p>With a second person, check the identity against the transport order and move "
                "the cassette in a pre-cooled transport dewar from the storage tank to the dry "
                "shipper.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 min outside the vapour phase",
            "safety_note": "Wear face shield and cryogenic gloves.",
        },
        {
            "title": "Documents and sealing",
            "text": (
                "<p>Add the shipping form and a copy of the release certificate, close the dry "
                "shipper, apply the numbered seal and record the seal number.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Handover to the courier",
            "text": (
                "<p>The courier signs for receipt with date and time. Track the shipment until "
                "delivery.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Receipt and check",
            "text": (
                "<p>The receiver checks the seal and seal number, stops the logger, checks that "
                "the temperature was always ≤ -150 °C and places the product directly in local "
                "storage. Return the receipt confirmation with logger data.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Temperature during transport",
            "specification": "≤ -150 °C",
            "method": "Data logger report",
        },
        {"parameter": "Seal", "specification": "Intact; number matches", "method": "Visual"},
        {
            "parameter": "Transport duration",
            "specification": "Shorter than the validated hold time",
            "method": "Shipping form",
        },
    ],
    "references": [
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0007"},
        {"protocol": "DARE-SOP-0008"},
        {"protocol": "DARE-SOP-0039"},
    ],
}

_SOP_0009 = {
    "identifier": "DARE-SOP-0009",
    "centre": "sanquin",
    "modality": "general",
    "process_stage": "shipment",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 2, 1),
            "next_review_date": date(2027, 2, 1),
            "nl": _SOP_0009_V1_NL,
            "en": _SOP_0009_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0010 Processing of tumour fragments for TIL manufacturing (NKI-AVL); review overdue
# -------------------------------------------------------------------------------------------------

_SOP_0010_V1_NL = {
    "title": "Verwerking van tumorfragmenten voor TIL-productie",
    "summary": (
        "Ontvangst van chirurgisch verwijderd tumorweefsel, fragmentatie tot stukjes van 1–3 mm³ "
        "en inzaaien voor de pre-REP-kweek."
    ),
    "purpose": (
        "<p>Uit vers tumorweefsel zoveel mogelijk vitale fragmenten verkrijgen waaruit "
        "tumorinfiltrerende lymfocyten kunnen uitgroeien, met minimale tijd tussen resectie en "
        "kweek.</p>"
    ),
    "scope": (
        "<p>Metastasen van melanoom en andere solide tumoren die in het NKI-AVL worden verwijderd "
        "voor TIL-therapie, van ontvangst van het weefsel tot het inzaaien van de fragmenten.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Patholoog", "Selecteert vitaal tumorweefsel en houdt materiaal voor diagnostiek achter."),
        ("Operator", "Verwerkt het weefsel en zaait de fragmenten in."),
        ("QC-analist", "Voert de steriliteitstest van het transportmedium uit."),
    ],
    "materials": [
        {
            "name": "RPMI 1640 Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "note": "Met 50 µg/ml gentamicine als transportmedium",
        },
        {"name": "Gentamicine 40 mg/ml", "grade": "pharmacopoeial", "supplier": "B. Braun"},
        {
            "name": "Proleukin (aldesleukine) 18 × 10⁶ IE",
            "grade": "clinical",
            "supplier": "Clinigen",
        },
        {"name": "Humaan AB-serum, gepoold", "grade": "clinical", "supplier": "Sanquin"},
        {"name": "Steriele scalpel nr. 22", "grade": "medical_device", "supplier": "Swann-Morton"},
        {
            "name": "24-wells kweekplaat",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3524",
            "note": "Gamma-gesteriliseerd; risicobeoordeling aanwezig",
        },
    ],
    "equipment": [
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ; continue bewaking",
        },
    ],
    "steps": [
        {
            "title": "Ontvangst van het tumorweefsel",
            "text": (
                "<p>Controleer etiket, pathologieformulier en tijdstip van resectie. Het weefsel "
                "komt gekoeld aan in transportmedium.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 uur na resectie bij 2–8 °C",
        },
        {
            "title": "Monstername transportmedium",
            "text": (
                "<p>Ent 1 ml transportmedium in een aerobe en anaerobe BacT/ALERT-fles. "
                "Chirurgisch weefsel is niet steriel; de uitslag dient voor de "
                "risicobeoordeling.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Voorbereiding van het weefsel",
            "text": (
                "<p>Spoel het weefsel in de veiligheidswerkbank drie keer in RPMI met gentamicine "
                "en verwijder vet, bindweefsel en necrotische delen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Fragmenteren",
            "text": (
                "<p>Snijd het weefsel met twee scalpels in fragmenten van 1–3 mm³. Houd de "
                "fragmenten vochtig en tel ze; gebruik maximaal 24 fragmenten voor de kweek.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Gebruik een mesjesverwijderaar en gooi mesjes direct in de naaldcontainer."
            ),
        },
        {
            "title": "Inzaaien",
            "text": (
                "<p>Leg één fragment per putje in 2 ml TIL-medium met 6000 IE/ml IL-2 en zet de "
                "kweek voort volgens DARE-SOP-0011.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Restweefsel",
            "text": (
                "<p>Vries restweefsel in als tumordigest of fragmenten voor latere tests van "
                "tumorreactiviteit en registreer de opslaglocatie.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Tijd van resectie tot inzaaien",
            "specification": "≤ 24 uur",
            "method": "Batchrecord",
        },
        {"parameter": "Aantal ingezaaide fragmenten", "specification": "≥ 12", "method": "Telling"},
        {
            "parameter": "Steriliteit transportmedium",
            "specification": "Ter informatie; groei leidt tot risicobeoordeling",
            "method": "DARE-QC-0001",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0011"},
        {"qc_method": "DARE-QC-0001"},
    ],
}

_SOP_0010_V1_EN = {
    "title": "Processing of tumour fragments for TIL manufacturing",
    "summary": (
        "Receipt of surgically resected tumour tissue, fragmentation into pieces of 1–3 mm³ and "
        "seeding for the pre-REP culture."
    ),
    "purpose": (
        "<p>To obtain as many vital fragments as possible from fresh tumour tissue from which "
        "tumour-infiltrating lymphocytes can grow out, with minimal time between resection and "
        "culture.</p>"
    ),
    "scope": (
        "<p>Metastases of melanoma and other solid tumours resected at the NKI-AVL for TIL "
        "therapy, from receipt of the tissue to seeding of the fragments.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Pathologist", "Selects vital tumour tissue and retains material for diagnostics."),
        ("Operator", "Processes the tissue and seeds the fragments."),
        ("QC analyst", "Performs the sterility test of the transport medium."),
    ],
    "materials": [
        {
            "name": "RPMI 1640 Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "note": "With 50 µg/mL gentamicin as transport medium",
        },
        {"name": "Gentamicin 40 mg/mL", "grade": "pharmacopoeial", "supplier": "B. Braun"},
        {
            "name": "Proleukin (aldesleukin) 18 × 10⁶ IU",
            "grade": "clinical",
            "supplier": "Clinigen",
        },
        {"name": "Human AB serum, pooled", "grade": "clinical", "supplier": "Sanquin"},
        {"name": "Sterile scalpel no. 22", "grade": "medical_device", "supplier": "Swann-Morton"},
        {
            "name": "24-well culture plate",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3524",
            "note": "Gamma-sterilised; risk assessment in place",
        },
    ],
    "equipment": [
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ; continuous monitoring",
        },
    ],
    "steps": [
        {
            "title": "Receipt of the tumour tissue",
            "text": (
                "<p>Check label, pathology form and time of resection. The tissue arrives chilled "
                "in transport medium.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 hours after resection at 2–8 °C",
        },
        {
            "title": "Sampling the transport medium",
            "text": (
                "<p>Inoculate 1 mL of transport medium into an aerobic and an anaerobic BacT/ALERT "
                "bottle. Surgical tissue is not sterile; the result feeds the risk assessment.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Preparing the tissue",
            "text": (
                "<p>In the safety cabinet, rinse the tissue three times in RPMI with gentamicin "
                "and remove fat, connective tissue and necrotic parts.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Fragmentation",
            "text": (
                "<p>Cut the tissue with two scalpels into fragments of 1–3 mm³. Keep the fragments "
                "moist and count them; use up to 24 fragments for culture.</p>"
            ),
            "critical": True,
            "safety_note": (
                "Use a blade remover and discard blades directly in the sharps container."
            ),
        },
        {
            "title": "Seeding",
            "text": (
                "<p>Place one fragment per well in 2 mL TIL medium containing 6000 IU/mL IL-2 and "
                "continue the culture according to DARE-SOP-0011.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Residual tissue",
            "text": (
                "<p>Freeze residual tissue as tumour digest or fragments for later "
                "tumour-reactivity testing and record the storage location.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Time from resection to seeding",
            "specification": "≤ 24 hours",
            "method": "Batch record",
        },
        {"parameter": "Number of fragments seeded", "specification": "≥ 12", "method": "Count"},
        {
            "parameter": "Sterility of transport medium",
            "specification": "For information; growth triggers a risk assessment",
            "method": "DARE-QC-0001",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0011"},
        {"qc_method": "DARE-QC-0001"},
    ],
}

_SOP_0010 = {
    "identifier": "DARE-SOP-0010",
    "centre": "nki-avl",
    "modality": "til",
    "process_stage": "starting-material",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2022, 5, 1),
            "next_review_date": date(2024, 5, 1),
            "nl": _SOP_0010_V1_NL,
            "en": _SOP_0010_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0011 Pre-REP culture of tumour-infiltrating lymphocytes with IL-2 (NKI-AVL)
# -------------------------------------------------------------------------------------------------

_SOP_0011_V1_NL = {
    "title": "Pre-REP-kweek van tumorinfiltrerende lymfocyten met IL-2",
    "summary": (
        "Uitgroei van TIL uit tumorfragmenten in medium met 6000 IE/ml IL-2 tot er genoeg cellen "
        "zijn voor de snelle expansie (REP)."
    ),
    "purpose": (
        "<p>T-cellen uit het tumorweefsel laten uitgroeien en tumorcellen en andere celtypen laten "
        "verdwijnen, zodat een T-celpopulatie ontstaat die geschikt is voor de REP.</p>"
    ),
    "scope": (
        "<p>Pre-REP-kweken van TIL in het NKI-AVL, vanaf het inzaaien van de fragmenten "
        "(DARE-SOP-0010) tot het oogsten of invriezen, doorgaans 2–4 weken.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Ververst medium, beoordeelt en splitst de kweken."),
        ("QC-analist", "Bepaalt celaantal en fenotype bij de oogst."),
        ("Hoofd Productie", "Beslist over oogst of verlenging van de kweek."),
    ],
    "materials": [
        {
            "name": "Proleukin (aldesleukine) 18 × 10⁶ IE",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "6000 IE/ml",
        },
        {
            "name": "RPMI 1640 Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
        },
        {
            "name": "Humaan AB-serum, gepoold",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "10% in medium",
        },
        {
            "name": "24-wells kweekplaat",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3524",
        },
    ],
    "equipment": [
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Omkeermicroscoop",
            "specification": "Olympus CKX53",
            "qualification": "Jaarlijks onderhoud",
        },
        {
            "name": "Celteller",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Gekalibreerd",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van TIL-medium",
            "text": (
                "<p>Bereid RPMI 1640 met 10% humaan AB-serum, 50 µg/ml gentamicine en 6000 IE/ml "
                "IL-2. Reconstitueer Proleukin volgens de SmPC en laat de berekening "
                "controleren.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 7 dagen bij 2–8 °C",
        },
        {
            "title": "Incubatie",
            "text": (
                "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub>. Verplaats de platen de eerste 5 dagen "
                "niet.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Mediumverversing",
            "text": (
                "<p>Vervang vanaf dag 5 elke 2–3 dagen de helft van het medium door vers "
                "TIL-medium.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Beoordeling en splitsen",
            "text": (
                "<p>Beoordeel de putjes drie keer per week onder de microscoop. Splits een putje "
                "1:2 zodra het dicht begroeid is en registreer dit per putje.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst van pre-REP-TIL",
            "text": (
                "<p>Pool de putjes zodra het totaal voldoende is voor de REP, uiterlijk op dag 28. "
                "Tel, bepaal levensvatbaarheid en neem een monster voor fenotypering.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 uur bij 15–25 °C tot start REP of invriezen",
        },
        {
            "title": "Invriezen of doorzetten",
            "text": (
                "<p>Start de REP volgens DARE-SOP-0012 of vries de pre-REP-TIL in als reserve "
                "volgens DARE-SOP-0007.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbare lymfocyten",
            "specification": "≥ 5 × 10⁶",
            "method": "Telling",
        },
        {"parameter": "Levensvatbaarheid", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "CD3+-cellen", "specification": "≥ 80%", "method": "DARE-QC-0020"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0010"},
        {"protocol": "DARE-SOP-0012"},
        {"qc_method": "DARE-QC-0020"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0011_V1_EN = {
    "title": "Pre-REP culture of tumour-infiltrating lymphocytes with IL-2",
    "summary": (
        "Outgrowth of TIL from tumour fragments in medium containing 6000 IU/mL IL-2 until there "
        "are enough cells for the rapid expansion (REP)."
    ),
    "purpose": (
        "<p>To let T cells grow out of the tumour tissue while tumour cells and other cell types "
        "disappear, giving a T-cell population suitable for the REP.</p>"
    ),
    "scope": (
        "<p>Pre-REP TIL cultures at the NKI-AVL, from seeding of the fragments (DARE-SOP-0010) to "
        "harvest or freezing, usually 2–4 weeks.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Exchanges medium, assesses and splits the cultures."),
        ("QC analyst", "Determines cell count and phenotype at harvest."),
        ("Head of Production", "Decides on harvest or extension of the culture."),
    ],
    "materials": [
        {
            "name": "Proleukin (aldesleukin) 18 × 10⁶ IU",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "6000 IU/mL",
        },
        {
            "name": "RPMI 1640 Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
        },
        {
            "name": "Human AB serum, pooled",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "10% in medium",
        },
        {
            "name": "24-well culture plate",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3524",
        },
    ],
    "equipment": [
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Inverted microscope",
            "specification": "Olympus CKX53",
            "qualification": "Annual maintenance",
        },
        {
            "name": "Cell counter",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Calibrated",
        },
    ],
    "steps": [
        {
            "title": "Preparation of TIL medium",
            "text": (
                "<p>Prepare RPMI 1640 with 10% human AB serum, 50 µg/mL gentamicin and 6000 IU/mL "
                "IL-2. Reconstitute Proleukin according to the SmPC and have the calculation "
                "checked.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 7 days at 2–8 °C",
        },
        {
            "title": "Incubation",
            "text": (
                "<p>Incubate at 37 °C and 5% CO<sub>2</sub>. Do not move the plates during the "
                "first 5 days.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Medium exchange",
            "text": (
                "<p>From day 5, replace half of the medium with fresh TIL medium every 2–3 "
                "days.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Assessment and splitting",
            "text": (
                "<p>Assess the wells under the microscope three times a week. Split a well 1:2 as "
                "soon as it is dense and record this per well.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest of pre-REP TIL",
            "text": (
                "<p>Pool the wells as soon as the total is sufficient for the REP, at the latest "
                "on day 28. Count, determine viability and take a sample for phenotyping.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 2 hours at 15–25 °C until REP start or freezing",
        },
        {
            "title": "Freezing or continuing",
            "text": (
                "<p>Start the REP according to DARE-SOP-0012 or freeze the pre-REP TIL as a backup "
                "according to DARE-SOP-0007.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viable lymphocytes", "specification": "≥ 5 × 10⁶", "method": "Count"},
        {"parameter": "Viability", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "CD3+ cells", "specification": "≥ 80%", "method": "DARE-QC-0020"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0010"},
        {"protocol": "DARE-SOP-0012"},
        {"qc_method": "DARE-QC-0020"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0011 = {
    "identifier": "DARE-SOP-0011",
    "centre": "nki-avl",
    "modality": "til",
    "process_stage": "expansion",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 1, 15),
            "next_review_date": date(2027, 1, 15),
            "nl": _SOP_0011_V1_NL,
            "en": _SOP_0011_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0012 TIL rapid expansion protocol (NKI-AVL), three versions
# -------------------------------------------------------------------------------------------------

_SOP_0012_V1_NL = {
    "title": "Snelle expansie van tumorinfiltrerende lymfocyten (REP)",
    "summary": (
        "Expansie van pre-REP-TIL in 14 dagen met anti-CD3 (OKT3), 3000 IE/ml IL-2 en bestraalde "
        "allogene feedercellen."
    ),
    "purpose": (
        "<p>Pre-REP-TIL in twee weken expanderen tot een therapeutische dosis, met behoud van "
        "levensvatbaarheid en tumorreactiviteit.</p>"
    ),
    "scope": (
        "<p>REP-kweken in het NKI-AVL in T175-flessen en kweekzakken, van dag 0 tot de "
        "oogstbeslissing op dag 14.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Bereidt feeders en medium en voert de kweek uit."),
        ("QC-analist", "Voert tellingen, fenotypering en steriliteitstests uit."),
        ("Hoofd Productie", "Neemt de oogstbeslissing."),
    ],
    "materials": [
        {
            "name": "Proleukin (aldesleukine) 18 × 10⁶ IE",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "3000 IE/ml",
        },
        {
            "name": "MACS GMP CD3 pure (OKT3)",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-116",
            "note": "30 ng/ml",
        },
        {
            "name": "Buffy coats voor feedercellen",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "Van ten minste 3 geteste donoren",
        },
        {
            "name": "CTS AIM V Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "0870112DK",
            "note": "Met 5% humaan AB-serum",
        },
        {
            "name": "T175-kweekfles",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "431080",
        },
    ],
    "equipment": [
        {
            "name": "Röntgenbestraler",
            "specification": "Rad Source RS 3400",
            "qualification": "Jaarlijkse dosimetrie",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van feedercellen",
            "text": (
                "<p>Isoleer PBMC uit ten minste drie buffy coats, pool ze en bestraal met 40 Gy. "
                "Tel de cellen na bestraling.</p>"
            ),
            "critical": True,
            "hold_time": "Gebruik binnen 24 uur na bestraling",
        },
        {
            "title": "Starten van de REP",
            "text": (
                "<p>Zet per T175-fles 1 × 10<sup>6</sup> pre-REP-TIL in met 1 × 10<sup>8</sup> "
                "feedercellen in 150 ml medium met 30 ng/ml OKT3 en 3000 IE/ml IL-2 (dag 0).</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mediumverversing op dag 5",
            "text": "<p>Vervang de helft van het medium door vers medium met 3000 IE/ml IL-2.</p>",
            "critical": False,
        },
        {
            "title": "Splitsen op dag 7",
            "text": (
                "<p>Tel de cellen, breng ze over in kweekzakken van 3 l en verdun met medium met "
                "IL-2 tot circa 1 × 10<sup>6</sup> cellen/ml.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-procescontrole op dag 7 en 11",
            "text": (
                "<p>Bepaal celaantal en levensvatbaarheid en ent op dag 11 een monster voor "
                "in-processteriliteit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogstbeslissing op dag 14",
            "text": (
                "<p>Beslis op basis van celaantal, levensvatbaarheid en steriliteit tot dan toe "
                "over de oogst volgens DARE-SOP-0013.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid dag 14",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {"parameter": "CD3+-cellen", "specification": "≥ 80%", "method": "DARE-QC-0020"},
        {
            "parameter": "Totaal levensvatbare cellen",
            "specification": "≥ minimale dosis volgens studieprotocol",
            "method": "Telling",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0011"},
        {"protocol": "DARE-SOP-0013"},
        {"qc_method": "DARE-QC-0020"},
        {"regulation": "gmp-atmp"},
    ],
}

_SOP_0012_V1_EN = {
    "title": "TIL rapid expansion protocol (REP)",
    "summary": (
        "Expansion of pre-REP TIL in 14 days with anti-CD3 (OKT3), 3000 IU/mL IL-2 and irradiated "
        "allogeneic feeder cells."
    ),
    "purpose": (
        "<p>To expand pre-REP TIL to a therapeutic dose in two weeks while preserving viability "
        "and tumour reactivity.</p>"
    ),
    "scope": (
        "<p>REP cultures at the NKI-AVL in T175 flasks and culture bags, from day 0 to the harvest "
        "decision on day 14.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Prepares feeders and medium and runs the culture."),
        ("QC analyst", "Performs counts, phenotyping and sterility tests."),
        ("Head of Production", "Takes the harvest decision."),
    ],
    "materials": [
        {
            "name": "Proleukin (aldesleukin) 18 × 10⁶ IU",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "3000 IU/mL",
        },
        {
            "name": "MACS GMP CD3 pure (OKT3)",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-116",
            "note": "30 ng/mL",
        },
        {
            "name": "Buffy coats for feeder cells",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "From at least 3 tested donors",
        },
        {
            "name": "CTS AIM V Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "0870112DK",
            "note": "With 5% human AB serum",
        },
        {
            "name": "T175 culture flask",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "431080",
        },
    ],
    "equipment": [
        {
            "name": "X-ray irradiator",
            "specification": "Rad Source RS 3400",
            "qualification": "Annual dosimetry",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Preparation of feeder cells",
            "text": (
                "<p>Isolate PBMC from at least three buffy coats, pool them and irradiate with 40 "
                "Gy. Count the cells after irradiation.</p>"
            ),
            "critical": True,
            "hold_time": "Use within 24 hours of irradiation",
        },
        {
            "title": "Starting the REP",
            "text": (
                "<p>Per T175 flask, set up 1 × 10<sup>6</sup> pre-REP TIL with 1 × 10<sup>8</sup> "
                "feeder cells in 150 mL medium containing 30 ng/mL OKT3 and 3000 IU/mL IL-2 (day "
                "0).</p>"
            ),
            "critical": True,
        },
        {
            "title": "Medium exchange on day 5",
            "text": (
                "<p>Replace half of the medium with fresh medium containing 3000 IU/mL IL-2.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Splitting on day 7",
            "text": (
                "<p>Count the cells, transfer them to 3 L culture bags and dilute with IL-2 medium "
                "to approx. 1 × 10<sup>6</sup> cells/mL.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-process control on days 7 and 11",
            "text": (
                "<p>Determine cell count and viability and, on day 11, inoculate a sample for "
                "in-process sterility.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest decision on day 14",
            "text": (
                "<p>Decide on harvest according to DARE-SOP-0013 based on cell count, viability "
                "and sterility so far.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viability day 14", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "CD3+ cells", "specification": "≥ 80%", "method": "DARE-QC-0020"},
        {
            "parameter": "Total viable cells",
            "specification": "≥ minimum dose per study protocol",
            "method": "Count",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0011"},
        {"protocol": "DARE-SOP-0013"},
        {"qc_method": "DARE-QC-0020"},
        {"regulation": "gmp-atmp"},
    ],
}

_SOP_0012_V2_NL = {
    "scope": (
        "<p>REP-kweken in het NKI-AVL in G-Rex 100M-CS-bioreactoren, van dag 0 tot de "
        "oogstbeslissing op dag 14.</p>"
    ),
    "change_note": (
        "Kweek omgezet van T175-flessen en kweekzakken naar gesloten G-Rex 100M-CS-bioreactoren; "
        "minder open handelingen en geen mediumverversing op dag 5."
    ),
    "materials": [
        {
            "name": "Proleukin (aldesleukine) 18 × 10⁶ IE",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "3000 IE/ml",
        },
        {
            "name": "MACS GMP CD3 pure (OKT3)",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-116",
            "note": "30 ng/ml",
        },
        {
            "name": "Buffy coats voor feedercellen",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "Van ten minste 3 geteste donoren",
        },
        {
            "name": "CTS AIM V Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "0870112DK",
            "note": "Met 5% humaan AB-serum",
        },
        {
            "name": "G-Rex 100M-CS",
            "grade": "gmp",
            "supplier": "ScaleReady (Wilson Wolf)",
            "catalogue_number": "81100-CS",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van feedercellen",
            "text": (
                "<p>Isoleer PBMC uit ten minste drie buffy coats, pool ze en bestraal met 40 Gy. "
                "Tel de cellen na bestraling.</p>"
            ),
            "critical": True,
            "hold_time": "Gebruik binnen 24 uur na bestraling",
        },
        {
            "title": "Starten van de REP",
            "text": (
                "<p>Zet per G-Rex 100M-CS 5 × 10<sup>6</sup> pre-REP-TIL in met 5 × 10<sup>8</sup> "
                "feedercellen in 1 l medium met 30 ng/ml OKT3 en 3000 IE/ml IL-2 (dag 0).</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mediumverversing op dag 5",
            "text": (
                "<p>Niet nodig in de G-Rex; voeg via de gesloten lijn alleen IL-2 toe tot 3000 "
                "IE/ml.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Splitsen op dag 7",
            "text": (
                "<p>Reduceer het volume met de GatheRex tot 100 ml, resuspendeer en verdeel de "
                "cellen over vier nieuwe G-Rex 100M-CS met vers medium met IL-2.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-procescontrole op dag 7 en 11",
            "text": (
                "<p>Bepaal celaantal en levensvatbaarheid en ent op dag 11 een monster voor "
                "in-processteriliteit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogstbeslissing op dag 14",
            "text": (
                "<p>Beslis op basis van celaantal, levensvatbaarheid en steriliteit tot dan toe "
                "over de oogst volgens DARE-SOP-0013.</p>"
            ),
            "critical": False,
        },
    ],
}

_SOP_0012_V2_EN = {
    "scope": (
        "<p>REP cultures at the NKI-AVL in G-Rex 100M-CS bioreactors, from day 0 to the harvest "
        "decision on day 14.</p>"
    ),
    "change_note": (
        "Culture moved from T175 flasks and culture bags to closed G-Rex 100M-CS bioreactors; "
        "fewer open manipulations and no medium exchange on day 5."
    ),
    "materials": [
        {
            "name": "Proleukin (aldesleukin) 18 × 10⁶ IU",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "3000 IU/mL",
        },
        {
            "name": "MACS GMP CD3 pure (OKT3)",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "170-076-116",
            "note": "30 ng/mL",
        },
        {
            "name": "Buffy coats for feeder cells",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "From at least 3 tested donors",
        },
        {
            "name": "CTS AIM V Medium",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "0870112DK",
            "note": "With 5% human AB serum",
        },
        {
            "name": "G-Rex 100M-CS",
            "grade": "gmp",
            "supplier": "ScaleReady (Wilson Wolf)",
            "catalogue_number": "81100-CS",
        },
    ],
    "steps": [
        {
            "title": "Preparation of feeder cells",
            "text": (
                "<p>Isolate PBMC from at least three buffy coats, pool them and irradiate with 40 "
                "Gy. Count the cells after irradiation.</p>"
            ),
            "critical": True,
            "hold_time": "Use within 24 hours of irradiation",
        },
        {
            "title": "Starting the REP",
            "text": (
                "<p>Per G-Rex 100M-CS, set up 5 × 10<sup>6</sup> pre-REP TIL with 5 × "
                "10<sup>8</sup> feeder cells in 1 L medium containing 30 ng/mL OKT3 and 3000 IU/mL "
                "IL-2 (day 0).</p>"
            ),
            "critical": True,
        },
        {
            "title": "Medium exchange on day 5",
            "text": (
                "<p>Not needed in the G-Rex; only add IL-2 to 3000 IU/mL via the closed line.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Splitting on day 7",
            "text": (
                "<p>Reduce the volume with the GatheRex to 100 mL, resuspend and distribute the "
                "cells over four new G-Rex 100M-CS with fresh IL-2 medium.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-process control on days 7 and 11",
            "text": (
                "<p>Determine cell count and viability and, on day 11, inoculate a sample for "
                "in-process sterility.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest decision on day 14",
            "text": (
                "<p>Decide on harvest according to DARE-SOP-0013 based on cell count, viability "
                "and sterility so far.</p>"
            ),
            "critical": False,
        },
    ],
}

_SOP_0012_V3_NL = {
    "change_note": (
        "Controle van de feederbestraling met bestralingsindicator en feeder-controlekweek "
        "toegevoegd."
    ),
    "steps": [
        {
            "title": "Bereiding van feedercellen",
            "text": (
                "<p>Isoleer PBMC uit ten minste drie buffy coats, pool ze en bestraal met 40 Gy. "
                "Tel de cellen na bestraling.</p>"
            ),
            "critical": True,
            "hold_time": "Gebruik binnen 24 uur na bestraling",
        },
        {
            "title": "Controle van de feederbestraling",
            "text": (
                "<p>Controleer dat de bestralingsindicator op de zak is omgeslagen en zet 1 × "
                "10<sup>6</sup> feeders apart in medium met IL-2 als controlekweek zonder TIL.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starten van de REP",
            "text": (
                "<p>Zet per G-Rex 100M-CS 5 × 10<sup>6</sup> pre-REP-TIL in met 5 × 10<sup>8</sup> "
                "feedercellen in 1 l medium met 30 ng/ml OKT3 en 3000 IE/ml IL-2 (dag 0).</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mediumverversing op dag 5",
            "text": (
                "<p>Niet nodig in de G-Rex; voeg via de gesloten lijn alleen IL-2 toe tot 3000 "
                "IE/ml.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Splitsen op dag 7",
            "text": (
                "<p>Reduceer het volume met de GatheRex tot 100 ml, resuspendeer en verdeel de "
                "cellen over vier nieuwe G-Rex 100M-CS met vers medium met IL-2.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-procescontrole op dag 7 en 11",
            "text": (
                "<p>Bepaal celaantal en levensvatbaarheid en ent op dag 11 een monster voor "
                "in-processteriliteit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogstbeslissing op dag 14",
            "text": (
                "<p>Beslis op basis van celaantal, levensvatbaarheid en steriliteit tot dan toe "
                "over de oogst volgens DARE-SOP-0013.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid dag 14",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {"parameter": "CD3+-cellen", "specification": "≥ 80%", "method": "DARE-QC-0020"},
        {
            "parameter": "Totaal levensvatbare cellen",
            "specification": "≥ minimale dosis volgens studieprotocol",
            "method": "Telling",
        },
        {
            "parameter": "Feeder-controlekweek dag 14",
            "specification": "Geen proliferatie",
            "method": "Microscopie en telling",
        },
    ],
}

_SOP_0012_V3_EN = {
    "change_note": (
        "Verification of feeder irradiation with irradiation indicator and feeder control culture "
        "added."
    ),
    "steps": [
        {
            "title": "Preparation of feeder cells",
            "text": (
                "<p>Isolate PBMC from at least three buffy coats, pool them and irradiate with 40 "
                "Gy. Count the cells after irradiation.</p>"
            ),
            "critical": True,
            "hold_time": "Use within 24 hours of irradiation",
        },
        {
            "title": "Verification of feeder irradiation",
            "text": (
                "<p>Check that the irradiation indicator on the bag has changed colour and set "
                "aside 1 × 10<sup>6</sup> feeders in IL-2 medium as a control culture without "
                "TIL.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Starting the REP",
            "text": (
                "<p>Per G-Rex 100M-CS, set up 5 × 10<sup>6</sup> pre-REP TIL with 5 × "
                "10<sup>8</sup> feeder cells in 1 L medium containing 30 ng/mL OKT3 and 3000 IU/mL "
                "IL-2 (day 0).</p>"
            ),
            "critical": True,
        },
        {
            "title": "Medium exchange on day 5",
            "text": (
                "<p>Not needed in the G-Rex; only add IL-2 to 3000 IU/mL via the closed line.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Splitting on day 7",
            "text": (
                "<p>Reduce the volume with the GatheRex to 100 mL, resuspend and distribute the "
                "cells over four new G-Rex 100M-CS with fresh IL-2 medium.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-process control on days 7 and 11",
            "text": (
                "<p>Determine cell count and viability and, on day 11, inoculate a sample for "
                "in-process sterility.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest decision on day 14",
            "text": (
                "<p>Decide on harvest according to DARE-SOP-0013 based on cell count, viability "
                "and sterility so far.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viability day 14", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "CD3+ cells", "specification": "≥ 80%", "method": "DARE-QC-0020"},
        {
            "parameter": "Total viable cells",
            "specification": "≥ minimum dose per study protocol",
            "method": "Count",
        },
        {
            "parameter": "Feeder control culture day 14",
            "specification": "No proliferation",
            "method": "Microscopy and count",
        },
    ],
}

_SOP_0012 = {
    "identifier": "DARE-SOP-0012",
    "centre": "nki-avl",
    "modality": "til",
    "process_stage": "expansion",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2021, 4, 1),
            "next_review_date": date(2023, 4, 1),
            "nl": _SOP_0012_V1_NL,
            "en": _SOP_0012_V1_EN,
        },
        {
            "version": 2,
            "status": "superseded",
            "effective_date": date(2023, 3, 1),
            "next_review_date": date(2025, 3, 1),
            "nl": _SOP_0012_V2_NL,
            "en": _SOP_0012_V2_EN,
        },
        {
            "version": 3,
            "status": "effective",
            "effective_date": date(2026, 2, 1),
            "next_review_date": date(2029, 2, 1),
            "nl": _SOP_0012_V3_NL,
            "en": _SOP_0012_V3_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0013 Harvest and formulation of TIL infusion product (NKI-AVL)
# -------------------------------------------------------------------------------------------------

_SOP_0013_V1_NL = {
    "title": "Oogst en formulering van het TIL-infuusproduct",
    "summary": (
        "Oogst van TIL uit de G-Rex-bioreactoren, wassen en concentreren op de LOVO en formulering "
        "tot een vers infuusproduct."
    ),
    "purpose": (
        "<p>Een vers TIL-infuusproduct met de juiste dosis samenstellen, vrij van kweekmedium en "
        "IL-2, binnen de gevalideerde houdbaarheid.</p>"
    ),
    "scope": (
        "<p>TIL-producties van het NKI-AVL op dag 14 van de REP. Het product wordt vers toegediend "
        "in het AVL.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Voert oogst, wassen en formulering uit."),
        ("QC-analist", "Voert de snelle vrijgiftetests uit."),
        (
            "Qualified Person (QP)",
            "Geeft het product vrij en informeert de behandelaar over openstaande uitslagen.",
        ),
    ],
    "materials": [
        {
            "name": "Plasma-Lyte 148",
            "grade": "pharmacopoeial",
            "supplier": "Baxter",
            "note": "Was- en formuleringsoplossing",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "LOVO Cell Processing Kit",
            "grade": "medical_device",
            "supplier": "Fresenius Kabi",
        },
        {"name": "Infuuszak 500 ml", "grade": "medical_device", "supplier": "Macopharma"},
    ],
    "equipment": [
        {"name": "GatheRex", "specification": "ScaleReady (Wilson Wolf)", "qualification": "IQ/OQ"},
        {"name": "LOVO", "specification": "Fresenius Kabi", "qualification": "IQ/OQ/PQ"},
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Volumereductie",
            "text": (
                "<p>Pomp met de GatheRex circa 90% van het supernatant uit elke G-Rex af zonder de "
                "cellaag te verstoren.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst en poolen",
            "text": (
                "<p>Resuspendeer de cellen in het restvolume, pool alle bioreactoren in een "
                "verzamelzak en neem een monster voor telling.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Wassen en concentreren",
            "text": (
                "<p>Was de cellen op de LOVO met Plasma-Lyte 148 met 1% albumine en concentreer "
                "tot het volume uit het batchrecord.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Formulering",
            "text": (
                "<p>Breng de cellen over in de infuuszak en stel in op het eindvolume in "
                "Plasma-Lyte 148 met 2,5% albumine. Etiketteer met het ISBT 128-etiket; de tweede "
                "operator controleert.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 6 uur na formulering bij 15–25 °C tot einde infusie",
        },
        {
            "title": "Monstername voor vrijgifte",
            "text": (
                "<p>Neem monsters voor telling, levensvatbaarheid, CD3, Gramkleuring, endotoxine "
                "en steriliteit. De steriliteitsuitslag komt pas na toediening.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Vrijgifte en overdracht",
            "text": (
                "<p>De QP geeft het product vrij op basis van de beschikbare uitslagen, met "
                "steriliteit als openstaande test. Bij latere groei worden behandelaar en QP "
                "direct geïnformeerd.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Levensvatbaarheid", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "CD3+-cellen", "specification": "≥ 80%", "method": "DARE-QC-0020"},
        {
            "parameter": "Endotoxine",
            "specification": "< 5 EU/kg lichaamsgewicht",
            "method": "DARE-QC-0004",
        },
        {
            "parameter": "Gramkleuring",
            "specification": "Geen micro-organismen gezien",
            "method": "Microscopie",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0012"},
        {"protocol": "DARE-SOP-0040"},
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0004"},
        {"qc_method": "DARE-QC-0020"},
    ],
}

_SOP_0013_V1_EN = {
    "title": "Harvest and formulation of TIL infusion product",
    "summary": (
        "Harvest of TIL from the G-Rex bioreactors, washing and concentration on the LOVO and "
        "formulation into a fresh infusion product."
    ),
    "purpose": (
        "<p>To compose a fresh TIL infusion product with the correct dose, free of culture medium "
        "and IL-2, within the validated shelf life.</p>"
    ),
    "scope": (
        "<p>TIL productions at the NKI-AVL on day 14 of the REP. The product is administered fresh "
        "at the AVL.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Performs harvest, washing and formulation."),
        ("QC analyst", "Performs the rapid release tests."),
        (
            "Qualified Person (QP)",
            "Releases the product and informs the physician about pending results.",
        ),
    ],
    "materials": [
        {
            "name": "Plasma-Lyte 148",
            "grade": "pharmacopoeial",
            "supplier": "Baxter",
            "note": "Wash and formulation solution",
        },
        {
            "name": "Albuman 200 g/L (human albumin)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {
            "name": "LOVO Cell Processing Kit",
            "grade": "medical_device",
            "supplier": "Fresenius Kabi",
        },
        {"name": "Infusion bag 500 mL", "grade": "medical_device", "supplier": "Macopharma"},
    ],
    "equipment": [
        {"name": "GatheRex", "specification": "ScaleReady (Wilson Wolf)", "qualification": "IQ/OQ"},
        {"name": "LOVO", "specification": "Fresenius Kabi", "qualification": "IQ/OQ/PQ"},
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Volume reduction",
            "text": (
                "<p>Use the GatheRex to pump off approx. 90% of the supernatant from each G-Rex "
                "without disturbing the cell layer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest and pooling",
            "text": (
                "<p>Resuspend the cells in the residual volume, pool all bioreactors into a "
                "collection bag and take a sample for counting.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Washing and concentration",
            "text": (
                "<p>Wash the cells on the LOVO with Plasma-Lyte 148 containing 1% albumin and "
                "concentrate to the volume in the batch record.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Formulation",
            "text": (
                "<p>Transfer the cells to the infusion bag and adjust to the final volume in "
                "Plasma-Lyte 148 with 2.5% albumin. Label with the ISBT 128 label; the second "
                "operator checks.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 6 hours after formulation at 15–25 °C until end of infusion",
        },
        {
            "title": "Sampling for release",
            "text": (
                "<p>Take samples for count, viability, CD3, Gram stain, endotoxin and sterility. "
                "The sterility result only becomes available after administration.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Release and handover",
            "text": (
                "<p>The QP releases the product on the basis of the available results, with "
                "sterility as a pending test. If growth is found later, the physician and QP are "
                "informed immediately.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viability", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "CD3+ cells", "specification": "≥ 80%", "method": "DARE-QC-0020"},
        {
            "parameter": "Endotoxin",
            "specification": "< 5 EU/kg body weight",
            "method": "DARE-QC-0004",
        },
        {"parameter": "Gram stain", "specification": "No organisms seen", "method": "Microscopy"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0012"},
        {"protocol": "DARE-SOP-0040"},
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0004"},
        {"qc_method": "DARE-QC-0020"},
    ],
}

_SOP_0013 = {
    "identifier": "DARE-SOP-0013",
    "centre": "nki-avl",
    "modality": "til",
    "process_stage": "harvest-formulation",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 4, 1),
            "next_review_date": date(2027, 4, 1),
            "nl": _SOP_0013_V1_NL,
            "en": _SOP_0013_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0014 Gamma-retroviral TCR gene transfer into T cells (UMC Utrecht), retired in version 2
# -------------------------------------------------------------------------------------------------

_SOP_0014_V1_NL = {
    "title": "Gamma-retrovirale overdracht van TCR-genen in T-cellen",
    "summary": (
        "Transductie van geactiveerde T-cellen met een gamma-retrovirale vector die codeert voor "
        "een tumorspecifieke T-celreceptor (TCR), op RetroNectin-gecoate kweekzakken."
    ),
    "purpose": (
        "<p>T-cellen voorzien van een gedefinieerde TCR met een reproduceerbare "
        "transductie-efficiëntie. Gamma-retrovirale vectoren transduceren alleen delende cellen; "
        "daarom worden de T-cellen eerst geactiveerd.</p>"
    ),
    "scope": (
        "<p>TCR-T-producties in de GMP-faciliteit van UMC Utrecht met vrijgegeven "
        "gamma-retrovirale vector, onder de ggo-vergunning voor ingeperkt gebruik (ML-II).</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Voert activatie, transductie en beadverwijdering uit."),
        ("Biologisch veiligheidsfunctionaris (BVF)", "Ziet toe op de ggo-vergunning."),
        ("QC-analist", "Bepaalt transductie-efficiëntie en restbeads."),
    ],
    "materials": [
        {
            "name": "Gamma-retrovirale vector, TCR-construct",
            "grade": "gmp",
            "supplier": "Gecontracteerde GMP-vectorproducent",
            "note": "Opslag ≤ -65 °C",
        },
        {
            "name": "RetroNectin GMP grade",
            "grade": "gmp",
            "supplier": "Takara Bio",
            "catalogue_number": "T202",
        },
        {
            "name": "CTS Dynabeads CD3/CD28",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "40203D",
        },
        {
            "name": "Proleukin (aldesleukine) 18 × 10⁶ IE",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "100 IE/ml",
        },
        {
            "name": "VueLife-kweekzak 72 ml",
            "grade": "medical_device",
            "supplier": "Saint-Gobain",
            "catalogue_number": "72-C",
        },
    ],
    "equipment": [
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A; ML-II",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CTS DynaMag-magneet",
            "specification": "Thermo Fisher Scientific",
            "qualification": "OQ",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Activatie",
            "text": (
                "<p>Activeer de T-cellen op dag 0 met CTS Dynabeads CD3/CD28 (3 beads per cel) in "
                "medium met 100 IE/ml IL-2.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Coaten van kweekzakken",
            "text": (
                "<p>Coat de kweekzakken op dag 1 met RetroNectin (20 µg/ml) overnacht bij 2–8 °C, "
                "blokkeer met 2% albumine en spoel.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Preloaden van de vector",
            "text": (
                "<p>Ontdooi de vector, vul de gecoate zak ermee en incubeer 30 minuten bij 37 °C. "
                "Verwijder daarna het supernatant.</p>"
            ),
            "critical": True,
            "hold_time": "Ontdooide vector binnen 60 min gebruiken",
            "safety_note": "Ggo: werk op ML-II-niveau; morsingen inactiveren en melden bij de BVF.",
        },
        {
            "title": "Transductie",
            "text": (
                "<p>Breng de geactiveerde cellen op dag 2 in de voorgeladen zak (0,5–1 × "
                "10<sup>6</sup> cellen/ml). Herhaal preloaden en transductie op dag 3 in een "
                "nieuwe zak.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Verwijderen van beads",
            "text": (
                "<p>Verwijder de Dynabeads op dag 5 met twee opeenvolgende magnetische scheidingen "
                "en neem een monster voor het tellen van restbeads.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Expansie en transductie-efficiëntie",
            "text": (
                "<p>Expandeer in medium met IL-2 en bepaal op dag 7 de TCR-expressie met "
                "dextramer- of Vβ-kleuring.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "TCR-expressie (TCR+ van CD8+)",
            "specification": "≥ 10%",
            "method": "Flowcytometrie",
        },
        {
            "parameter": "Restbeads",
            "specification": "≤ 100 per 3 × 10⁶ cellen",
            "method": "DARE-QC-0018",
        },
        {
            "parameter": "Levensvatbaarheid dag 7",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
    ],
    "references": [
        {"regulation": "besluit-ggo"},
        {"regulation": "ema-gm-cells-guideline"},
        {"qc_method": "DARE-QC-0018"},
    ],
}

_SOP_0014_V1_EN = {
    "title": "Gamma-retroviral TCR gene transfer into T cells",
    "summary": (
        "Transduction of activated T cells with a gamma-retroviral vector encoding a "
        "tumour-specific T-cell receptor (TCR), on RetroNectin-coated culture bags."
    ),
    "purpose": (
        "<p>To equip T cells with a defined TCR at a reproducible transduction efficiency. "
        "Gamma-retroviral vectors only transduce dividing cells, so the T cells are activated "
        "first.</p>"
    ),
    "scope": (
        "<p>TCR-T productions in the UMC Utrecht GMP facility with released gamma-retroviral "
        "vector, under the contained-use GMO permit (ML-II).</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Performs activation, transduction and bead removal."),
        ("Biosafety officer", "Oversees the GMO permit."),
        ("QC analyst", "Determines transduction efficiency and residual beads."),
    ],
    "materials": [
        {
            "name": "Gamma-retroviral vector, TCR construct",
            "grade": "gmp",
            "supplier": "Contracted GMP vector manufacturer",
            "note": "Storage ≤ -65 °C",
        },
        {
            "name": "RetroNectin GMP grade",
            "grade": "gmp",
            "supplier": "Takara Bio",
            "catalogue_number": "T202",
        },
        {
            "name": "CTS Dynabeads CD3/CD28",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "40203D",
        },
        {
            "name": "Proleukin (aldesleukin) 18 × 10⁶ IU",
            "grade": "clinical",
            "supplier": "Clinigen",
            "note": "100 IU/mL",
        },
        {
            "name": "VueLife culture bag 72 mL",
            "grade": "medical_device",
            "supplier": "Saint-Gobain",
            "catalogue_number": "72-C",
        },
    ],
    "equipment": [
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A; ML-II",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CTS DynaMag magnet",
            "specification": "Thermo Fisher Scientific",
            "qualification": "OQ",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Activation",
            "text": (
                "<p>On day 0, activate the T cells with CTS Dynabeads CD3/CD28 (3 beads per cell) "
                "in medium containing 100 IU/mL IL-2.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Coating culture bags",
            "text": (
                "<p>On day 1, coat the culture bags with RetroNectin (20 µg/mL) overnight at 2–8 "
                "°C, block with 2% albumin and rinse.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Preloading the vector",
            "text": (
                "<p>Thaw the vector, fill the coated bag with it and incubate for 30 minutes at 37 "
                "°C. Then remove the supernatant.</p>"
            ),
            "critical": True,
            "hold_time": "Use thawed vector within 60 min",
            "safety_note": (
                "GMO: work at ML-II level; inactivate spills and report them to the biosafety "
                "officer."
            ),
        },
        {
            "title": "Transduction",
            "text": (
                "<p>On day 2, transfer the activated cells into the preloaded bag (0.5–1 × "
                "10<sup>6</sup> cells/mL). Repeat preloading and transduction on day 3 in a new "
                "bag.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Bead removal",
            "text": (
                "<p>On day 5, remove the Dynabeads with two consecutive magnetic separations and "
                "take a sample for counting residual beads.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Expansion and transduction efficiency",
            "text": (
                "<p>Expand in IL-2 medium and, on day 7, determine TCR expression by dextramer or "
                "Vβ staining.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "TCR expression (TCR+ of CD8+)",
            "specification": "≥ 10%",
            "method": "Flow cytometry",
        },
        {
            "parameter": "Residual beads",
            "specification": "≤ 100 per 3 × 10⁶ cells",
            "method": "DARE-QC-0018",
        },
        {"parameter": "Viability day 7", "specification": "≥ 70%", "method": "DARE-QC-0006"},
    ],
    "references": [
        {"regulation": "besluit-ggo"},
        {"regulation": "ema-gm-cells-guideline"},
        {"qc_method": "DARE-QC-0018"},
    ],
}

_SOP_0014_V2_NL = {
    "summary": (
        "Ingetrokken SOP voor transductie van T-cellen met een gamma-retrovirale TCR-vector; "
        "alleen nog ter naslag voor eerder geproduceerde batches."
    ),
    "scope": (
        "<p>Niet meer van toepassing op nieuwe producties. Nieuwe TCR-T-producties gebruiken "
        "lentivirale transductie volgens DARE-SOP-0004.</p>"
    ),
    "change_note": (
        "Ingetrokken. De gamma-retrovirale TCR-overdracht is vervangen door lentivirale "
        "transductie; deze SOP blijft beschikbaar voor de traceerbaarheid van eerder geproduceerde "
        "batches."
    ),
}

_SOP_0014_V2_EN = {
    "summary": (
        "Retired SOP for transducing T cells with a gamma-retroviral TCR vector; kept for "
        "reference on previously manufactured batches only."
    ),
    "scope": (
        "<p>No longer applicable to new productions. New TCR-T productions use lentiviral "
        "transduction according to DARE-SOP-0004.</p>"
    ),
    "change_note": (
        "Retired. Gamma-retroviral TCR transfer has been replaced by lentiviral transduction; this "
        "SOP remains available for traceability of previously manufactured batches."
    ),
}

_SOP_0014 = {
    "identifier": "DARE-SOP-0014",
    "centre": "umcu",
    "modality": "tcr-t",
    "process_stage": "genetic-modification",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2021, 2, 1),
            "next_review_date": date(2024, 2, 1),
            "nl": _SOP_0014_V1_NL,
            "en": _SOP_0014_V1_EN,
        },
        {
            "version": 2,
            "status": "retired",
            "effective_date": date(2025, 5, 1),
            "next_review_date": None,
            "nl": _SOP_0014_V2_NL,
            "en": _SOP_0014_V2_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0015 Release testing plan for TCR-T cell products (LUMC), two versions
# -------------------------------------------------------------------------------------------------

_SOP_0015_V1_NL = {
    "title": "Vrijgiftetestplan voor TCR-T-celproducten",
    "summary": (
        "Monstername, testen en specificaties voor de vrijgifte van cryogeconserveerde "
        "TCR-T-celproducten, en de certificering door de QP."
    ),
    "purpose": (
        "<p>Vastleggen welke testen op elke TCR-T-batch worden uitgevoerd, met welke monsters en "
        "specificaties, zodat de QP op volledige en geldige gegevens kan certificeren.</p>"
    ),
    "scope": (
        "<p>Lentiviraal gemodificeerde TCR-T-celproducten die in het LUMC worden geproduceerd en "
        "ingevroren voor klinische studies. Niet voor in-procescontroles.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Hoofd QC", "Stelt het testplan op en beoordeelt de uitslagen."),
        ("QC-analist", "Voert de testen uit volgens de QC-methoden."),
        ("Qualified Person (QP)", "Certificeert de batch."),
        ("QA-medewerker", "Begeleidt OOS-onderzoeken."),
    ],
    "materials": [
        {
            "name": "BacT/ALERT-kweekflessen (aeroob en anaeroob)",
            "grade": "medical_device",
            "supplier": "bioMérieux",
        },
        {
            "name": "MycoSEQ Mycoplasma Detection Kit",
            "grade": "research",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "4460623",
            "note": "Gevalideerd volgens Ph. Eur. 2.6.7",
        },
        {"name": "Endosafe LAL-cartridges", "grade": "pharmacopoeial", "supplier": "Charles River"},
        {"name": "HLA-dextramer voor de TCR", "grade": "research", "supplier": "Immudex"},
    ],
    "equipment": [
        {"name": "BacT/ALERT 3D", "specification": "bioMérieux", "qualification": "IQ/OQ/PQ"},
        {
            "name": "Endosafe nexgen-PTS",
            "specification": "Charles River",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Digitale PCR", "specification": "Bio-Rad QX200", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Testplan en monsteretiketten",
            "text": (
                "<p>Maak in het LIMS per batch het testplan aan en print de monsteretiketten vóór "
                "de productiedag.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Monstername",
            "text": (
                "<p>Neem de monsters uit het geformuleerde product vóór het invriezen. Het "
                "mycoplasmamonster (cellen met supernatant) wordt vóór het wassen genomen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Steriliteit",
            "text": (
                "<p>Ent een aerobe en een anaerobe BacT/ALERT-fles en incubeer 7 dagen. De uitslag "
                "moet bekend zijn vóór certificering.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mycoplasma",
            "text": (
                "<p>Test met de gevalideerde NAT-methode (Ph. Eur. 2.6.7), inclusief positieve en "
                "remmingscontrole.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Endotoxine",
            "text": (
                "<p>Bepaal endotoxine met de kinetisch-chromogene LAL-test (Ph. Eur. 2.6.14) op de "
                "Endosafe nexgen-PTS.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identiteit, zuiverheid en levensvatbaarheid",
            "text": (
                "<p>Bepaal met flowcytometrie CD3, CD4, CD8, TCR-expressie (dextramer) en "
                "levensvatbaarheid (7-AAD).</p>"
            ),
            "critical": False,
        },
        {
            "title": "VCN en potentie",
            "text": (
                "<p>Bepaal het vectorkopieaantal met ddPCR (specificatie ≤ 5 per getransduceerde "
                "cel) en de IFN-γ-afgifte na co-kweek met antigeenpositieve en -negatieve "
                "doelcellen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Beoordeling en certificering",
            "text": (
                "<p>QC beoordeelt alle uitslagen; een OOS-resultaat leidt tot een onderzoek "
                "volgens de OOS-procedure. De QP certificeert de batch op basis van batchrecord en "
                "testresultaten.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Steriliteit", "specification": "Geen groei", "method": "Ph. Eur. 2.6.27"},
        {"parameter": "Mycoplasma", "specification": "Niet aangetoond", "method": "Ph. Eur. 2.6.7"},
        {
            "parameter": "Endotoxine",
            "specification": "< 5 EU/kg lichaamsgewicht per dosis",
            "method": "Ph. Eur. 2.6.14",
        },
        {"parameter": "Levensvatbaarheid", "specification": "≥ 70%", "method": "Ph. Eur. 2.7.29"},
        {
            "parameter": "TCR-expressie (dextramer+ van CD3+)",
            "specification": "≥ 10%",
            "method": "Ph. Eur. 2.7.24",
        },
        {
            "parameter": "Potentie (IFN-γ-afgifte)",
            "specification": "≥ 2 × de waarde met antigeennegatieve doelcellen",
            "method": "DARE-QC-0012",
        },
    ],
    "references": [
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0003"},
        {"qc_method": "DARE-QC-0004"},
        {"protocol": "DARE-SOP-0035"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 2.6.27",
                "Microbiological examination of cell-based preparations",
            ),
        },
    ],
}

_SOP_0015_V1_EN = {
    "title": "Release testing plan for TCR-T cell products",
    "summary": (
        "Sampling, tests and specifications for the release of cryopreserved TCR-T cell products, "
        "and certification by the QP."
    ),
    "purpose": (
        "<p>To define which tests are performed on each TCR-T batch, with which samples and "
        "specifications, so that the QP can certify on complete and valid data.</p>"
    ),
    "scope": (
        "<p>Lentivirally modified TCR-T cell products manufactured and frozen at the LUMC for "
        "clinical trials. Not for in-process controls.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Head of QC", "Draws up the test plan and reviews the results."),
        ("QC analyst", "Performs the tests according to the QC methods."),
        ("Qualified Person (QP)", "Certifies the batch."),
        ("QA officer", "Oversees OOS investigations."),
    ],
    "materials": [
        {
            "name": "BacT/ALERT culture bottles (aerobic and anaerobic)",
            "grade": "medical_device",
            "supplier": "bioMérieux",
        },
        {
            "name": "MycoSEQ Mycoplasma Detection Kit",
            "grade": "research",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "4460623",
            "note": "Validated according to Ph. Eur. 2.6.7",
        },
        {"name": "Endosafe LAL cartridges", "grade": "pharmacopoeial", "supplier": "Charles River"},
        {"name": "HLA dextramer for the TCR", "grade": "research", "supplier": "Immudex"},
    ],
    "equipment": [
        {"name": "BacT/ALERT 3D", "specification": "bioMérieux", "qualification": "IQ/OQ/PQ"},
        {
            "name": "Endosafe nexgen-PTS",
            "specification": "Charles River",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Digital PCR", "specification": "Bio-Rad QX200", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Test plan and sample labels",
            "text": (
                "<p>Create the test plan per batch in the LIMS and print the sample labels before "
                "the manufacturing day.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Sampling",
            "text": (
                "<p>Take the samples from the formulated product before freezing. The mycoplasma "
                "sample (cells with supernatant) is taken before washing.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Sterility",
            "text": (
                "<p>Inoculate an aerobic and an anaerobic BacT/ALERT bottle and incubate for 7 "
                "days. The result must be known before certification.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mycoplasma",
            "text": (
                "<p>Test with the validated NAT method (Ph. Eur. 2.6.7), including positive and "
                "inhibition controls.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Endotoxin",
            "text": (
                "<p>Determine endotoxin with the kinetic chromogenic LAL test (Ph. Eur. 2.6.14) on "
                "the Endosafe nexgen-PTS.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identity, purity and viability",
            "text": (
                "<p>Determine CD3, CD4, CD8, TCR expression (dextramer) and viability (7-AAD) by "
                "flow cytometry.</p>"
            ),
            "critical": False,
        },
        {
            "title": "VCN and potency",
            "text": (
                "<p>Determine the vector copy number by ddPCR (specification ≤ 5 per transduced "
                "cell) and IFN-γ release after co-culture with antigen-positive and "
                "antigen-negative target cells.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Review and certification",
            "text": (
                "<p>QC reviews all results; an OOS result triggers an investigation under the OOS "
                "procedure. The QP certifies the batch on the basis of the batch record and test "
                "results.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Sterility", "specification": "No growth", "method": "Ph. Eur. 2.6.27"},
        {"parameter": "Mycoplasma", "specification": "Not detected", "method": "Ph. Eur. 2.6.7"},
        {
            "parameter": "Endotoxin",
            "specification": "< 5 EU/kg body weight per dose",
            "method": "Ph. Eur. 2.6.14",
        },
        {"parameter": "Viability", "specification": "≥ 70%", "method": "Ph. Eur. 2.7.29"},
        {
            "parameter": "TCR expression (dextramer+ of CD3+)",
            "specification": "≥ 10%",
            "method": "Ph. Eur. 2.7.24",
        },
        {
            "parameter": "Potency (IFN-γ release)",
            "specification": "≥ 2 × the value with antigen-negative target cells",
            "method": "DARE-QC-0012",
        },
    ],
    "references": [
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0003"},
        {"qc_method": "DARE-QC-0004"},
        {"protocol": "DARE-SOP-0035"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 2.6.27",
                "Microbiological examination of cell-based preparations",
            ),
        },
    ],
}

_SOP_0015_V2_NL = {
    "change_note": (
        "Endotoxinebepaling omgezet van LAL (Ph. Eur. 2.6.14) naar recombinant factor C (Ph. Eur. "
        "2.6.32); materialen, apparatuur en verwijzingen aangepast."
    ),
    "materials": [
        {
            "name": "BacT/ALERT-kweekflessen (aeroob en anaeroob)",
            "grade": "medical_device",
            "supplier": "bioMérieux",
        },
        {
            "name": "MycoSEQ Mycoplasma Detection Kit",
            "grade": "research",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "4460623",
            "note": "Gevalideerd volgens Ph. Eur. 2.6.7",
        },
        {
            "name": "PyroGene Recombinant Factor C Assay",
            "grade": "pharmacopoeial",
            "supplier": "Lonza",
            "catalogue_number": "50-658U",
        },
        {"name": "HLA-dextramer voor de TCR", "grade": "research", "supplier": "Immudex"},
    ],
    "equipment": [
        {"name": "BacT/ALERT 3D", "specification": "bioMérieux", "qualification": "IQ/OQ/PQ"},
        {
            "name": "Fluorescentieplaatlezer",
            "specification": "BioTek Synergy HTX",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Digitale PCR", "specification": "Bio-Rad QX200", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Testplan en monsteretiketten",
            "text": (
                "<p>Maak in het LIMS per batch het testplan aan en print de monsteretiketten vóór "
                "de productiedag.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Monstername",
            "text": (
                "<p>Neem de monsters uit het geformuleerde product vóór het invriezen. Het "
                "mycoplasmamonster (cellen met supernatant) wordt vóór het wassen genomen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Steriliteit",
            "text": (
                "<p>Ent een aerobe en een anaerobe BacT/ALERT-fles en incubeer 7 dagen. De uitslag "
                "moet bekend zijn vóór certificering.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mycoplasma",
            "text": (
                "<p>Test met de gevalideerde NAT-methode (Ph. Eur. 2.6.7), inclusief positieve en "
                "remmingscontrole.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Endotoxine",
            "text": (
                "<p>Bepaal endotoxine met de recombinant-factor-C-test (Ph. Eur. 2.6.32) in de "
                "fluorescentieplaatlezer, met een positieve productcontrole.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identiteit, zuiverheid en levensvatbaarheid",
            "text": (
                "<p>Bepaal met flowcytometrie CD3, CD4, CD8, TCR-expressie (dextramer) en "
                "levensvatbaarheid (7-AAD).</p>"
            ),
            "critical": False,
        },
        {
            "title": "VCN en potentie",
            "text": (
                "<p>Bepaal het vectorkopieaantal met ddPCR (specificatie ≤ 5 per getransduceerde "
                "cel) en de IFN-γ-afgifte na co-kweek met antigeenpositieve en -negatieve "
                "doelcellen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Beoordeling en certificering",
            "text": (
                "<p>QC beoordeelt alle uitslagen; een OOS-resultaat leidt tot een onderzoek "
                "volgens de OOS-procedure. De QP certificeert de batch op basis van batchrecord en "
                "testresultaten.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Steriliteit", "specification": "Geen groei", "method": "Ph. Eur. 2.6.27"},
        {"parameter": "Mycoplasma", "specification": "Niet aangetoond", "method": "Ph. Eur. 2.6.7"},
        {
            "parameter": "Endotoxine",
            "specification": "< 5 EU/kg lichaamsgewicht per dosis",
            "method": "Ph. Eur. 2.6.32",
        },
        {"parameter": "Levensvatbaarheid", "specification": "≥ 70%", "method": "Ph. Eur. 2.7.29"},
        {
            "parameter": "TCR-expressie (dextramer+ van CD3+)",
            "specification": "≥ 10%",
            "method": "Ph. Eur. 2.7.24",
        },
        {
            "parameter": "Potentie (IFN-γ-afgifte)",
            "specification": "≥ 2 × de waarde met antigeennegatieve doelcellen",
            "method": "DARE-QC-0012",
        },
    ],
    "references": [
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0003"},
        {"qc_method": "DARE-QC-0005"},
        {"protocol": "DARE-SOP-0035"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 2.6.32",
                "Test for bacterial endotoxins using recombinant factor C",
            ),
        },
    ],
}

_SOP_0015_V2_EN = {
    "change_note": (
        "Endotoxin test changed from LAL (Ph. Eur. 2.6.14) to recombinant factor C (Ph. Eur. "
        "2.6.32); materials, equipment and references updated."
    ),
    "materials": [
        {
            "name": "BacT/ALERT culture bottles (aerobic and anaerobic)",
            "grade": "medical_device",
            "supplier": "bioMérieux",
        },
        {
            "name": "MycoSEQ Mycoplasma Detection Kit",
            "grade": "research",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "4460623",
            "note": "Validated according to Ph. Eur. 2.6.7",
        },
        {
            "name": "PyroGene Recombinant Factor C Assay",
            "grade": "pharmacopoeial",
            "supplier": "Lonza",
            "catalogue_number": "50-658U",
        },
        {"name": "HLA dextramer for the TCR", "grade": "research", "supplier": "Immudex"},
    ],
    "equipment": [
        {"name": "BacT/ALERT 3D", "specification": "bioMérieux", "qualification": "IQ/OQ/PQ"},
        {
            "name": "Fluorescence plate reader",
            "specification": "BioTek Synergy HTX",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Digital PCR", "specification": "Bio-Rad QX200", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Test plan and sample labels",
            "text": (
                "<p>Create the test plan per batch in the LIMS and print the sample labels before "
                "the manufacturing day.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Sampling",
            "text": (
                "<p>Take the samples from the formulated product before freezing. The mycoplasma "
                "sample (cells with supernatant) is taken before washing.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Sterility",
            "text": (
                "<p>Inoculate an aerobic and an anaerobic BacT/ALERT bottle and incubate for 7 "
                "days. The result must be known before certification.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Mycoplasma",
            "text": (
                "<p>Test with the validated NAT method (Ph. Eur. 2.6.7), including positive and "
                "inhibition controls.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Endotoxin",
            "text": (
                "<p>Determine endotoxin with the recombinant factor C test (Ph. Eur. 2.6.32) in "
                "the fluorescence plate reader, with a positive product control.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Identity, purity and viability",
            "text": (
                "<p>Determine CD3, CD4, CD8, TCR expression (dextramer) and viability (7-AAD) by "
                "flow cytometry.</p>"
            ),
            "critical": False,
        },
        {
            "title": "VCN and potency",
            "text": (
                "<p>Determine the vector copy number by ddPCR (specification ≤ 5 per transduced "
                "cell) and IFN-γ release after co-culture with antigen-positive and "
                "antigen-negative target cells.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Review and certification",
            "text": (
                "<p>QC reviews all results; an OOS result triggers an investigation under the OOS "
                "procedure. The QP certifies the batch on the basis of the batch record and test "
                "results.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Sterility", "specification": "No growth", "method": "Ph. Eur. 2.6.27"},
        {"parameter": "Mycoplasma", "specification": "Not detected", "method": "Ph. Eur. 2.6.7"},
        {
            "parameter": "Endotoxin",
            "specification": "< 5 EU/kg body weight per dose",
            "method": "Ph. Eur. 2.6.32",
        },
        {"parameter": "Viability", "specification": "≥ 70%", "method": "Ph. Eur. 2.7.29"},
        {
            "parameter": "TCR expression (dextramer+ of CD3+)",
            "specification": "≥ 10%",
            "method": "Ph. Eur. 2.7.24",
        },
        {
            "parameter": "Potency (IFN-γ release)",
            "specification": "≥ 2 × the value with antigen-negative target cells",
            "method": "DARE-QC-0012",
        },
    ],
    "references": [
        {"qc_method": "DARE-QC-0001"},
        {"qc_method": "DARE-QC-0003"},
        {"qc_method": "DARE-QC-0005"},
        {"protocol": "DARE-SOP-0035"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 2.6.32",
                "Test for bacterial endotoxins using recombinant factor C",
            ),
        },
    ],
}

_SOP_0015 = {
    "identifier": "DARE-SOP-0015",
    "centre": "lumc",
    "modality": "tcr-t",
    "process_stage": "release-testing",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2023, 4, 1),
            "next_review_date": date(2025, 4, 1),
            "nl": _SOP_0015_V1_NL,
            "en": _SOP_0015_V1_EN,
        },
        {
            "version": 2,
            "status": "effective",
            "effective_date": date(2025, 9, 1),
            "next_review_date": date(2027, 9, 1),
            "nl": _SOP_0015_V2_NL,
            "en": _SOP_0015_V2_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0016 NK cells from cord-blood CD34+ progenitors (Radboudumc), English only
# -------------------------------------------------------------------------------------------------

_SOP_0016_V1_EN = {
    "title": "Generation of NK cells from umbilical-cord-blood CD34+ progenitors",
    "summary": (
        "Expansion of CD34+ haematopoietic progenitors from a cord blood unit and their "
        "differentiation into NK cells in a closed bioreactor over about five weeks."
    ),
    "purpose": (
        "<p>To manufacture an allogeneic NK-cell product with high purity and cytotoxic capacity "
        "from a single cord blood unit, with minimal T-cell content.</p>"
    ),
    "scope": (
        "<p>Clinical NK-cell batches manufactured at the Radboudumc GMP facility for early-phase "
        "trials, from CD34+ selection on day 0 up to harvest. Formulation is covered by a separate "
        "SOP.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Performs selection, culture and in-process sampling."),
        ("QC analyst", "Performs counts, flow cytometry and cytotoxicity testing."),
        ("Head of Production", "Decides on the transition to differentiation and on harvest."),
    ],
    "materials": [
        {
            "name": "CliniMACS CD34 Reagent",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
        },
        {
            "name": "CellGenix GMP SCGM",
            "grade": "gmp",
            "supplier": "CellGenix",
            "catalogue_number": "20802-0500",
            "note": "With 2% pooled human serum",
        },
        {
            "name": "GMP cytokines SCF, Flt3-L, TPO, IL-7 and IL-15",
            "grade": "gmp",
            "supplier": "CellGenix",
            "note": "Concentrations as per batch record",
        },
        {
            "name": "Proleukin (aldesleukin) 18 × 10⁶ IU",
            "grade": "clinical",
            "supplier": "Clinigen",
        },
        {
            "name": "VueLife culture bag 290 mL",
            "grade": "medical_device",
            "supplier": "Saint-Gobain",
            "catalogue_number": "290-C",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Plus",
            "specification": "CD34 selection programme",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Xuri Cell Expansion System W25",
            "specification": "Cytiva; rocking bioreactor",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Flow cytometer", "specification": "BD FACSCanto II", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "Thawing and washing the cord blood unit",
            "text": (
                "<p>Thaw the unit at 37 °C, dilute slowly with dextran-albumin wash solution and "
                "centrifuge to remove DMSO. Take a sample for count and viability.</p>"
            ),
            "critical": True,
            "hold_time": "Start CD34 selection within 2 hours of thawing",
        },
        {
            "title": "CD34+ selection",
            "text": (
                "<p>Select CD34+ cells on the CliniMACS Plus and determine count, viability and "
                "CD34 purity.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Progenitor expansion (days 0–14)",
            "text": (
                "<p>Seed the CD34+ cells in culture bags in SCGM with 2% human serum, SCF, Flt3-L, "
                "TPO and IL-7. Refresh medium twice a week and keep the density below 2 × "
                "10<sup>6</sup> cells/mL.</p>"
            ),
            "critical": False,
        },
        {
            "title": "NK differentiation (from day 14)",
            "text": (
                "<p>Switch to the differentiation cytokines SCF, IL-7, IL-15 and IL-2. Transfer "
                "the culture to the Xuri bioreactor once the volume exceeds 1 L.</p>"
            ),
            "critical": False,
        },
        {
            "title": "In-process monitoring",
            "text": (
                "<p>Determine weekly the cell count and the proportions of CD34+, CD56+CD3−, CD3+ "
                "and CD14+ cells, and trend the expansion.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest decision",
            "text": (
                "<p>Harvest between day 35 and day 42 when NK purity and cell number meet the "
                "criteria. Take a sample for the cytotoxicity assay against K562 cells.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "CD34+ purity after selection",
            "specification": "≥ 70%",
            "method": "Flow cytometry (Ph. Eur. 2.7.24)",
        },
        {
            "parameter": "NK purity at harvest (CD56+CD3−)",
            "specification": "≥ 70%",
            "method": "Flow cytometry",
        },
        {
            "parameter": "CD3+ T cells in the dose",
            "specification": "≤ 1 × 10⁵/kg body weight",
            "method": "Flow cytometry",
        },
        {"parameter": "Viability at harvest", "specification": "≥ 70%", "method": "DARE-QC-0006"},
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "ema-investigational-atmp-guideline"},
        {"qc_method": "DARE-QC-0013"},
        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
    ],
}

_SOP_0016 = {
    "identifier": "DARE-SOP-0016",
    "centre": "radboudumc",
    "modality": "nk",
    "process_stage": "expansion",
    "languages": ["en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2025, 4, 1),
            "next_review_date": date(2028, 4, 1),
            "en": _SOP_0016_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0017 Isolation of mesenchymal stromal cells from bone marrow (LUMC)
# -------------------------------------------------------------------------------------------------

_SOP_0017_V1_NL = {
    "title": "Isolatie van mesenchymale stromale cellen uit beenmerg",
    "summary": (
        "Isolatie van mononucleaire cellen uit een beenmergaspiraat van een gezonde donor en "
        "uitgroei van MSC tot passage 0 in medium met humaan plaatjeslysaat."
    ),
    "purpose": (
        "<p>Een primaire MSC-kweek (passage 0) opzetten uit beenmerg van een gescreende donor, als "
        "basis voor een MSC-batch (DARE-SOP-0018).</p>"
    ),
    "scope": (
        "<p>Beenmergaspiraten van gezonde, gescreende donoren, verwerkt in de GMP-faciliteit van "
        "het LUMC, van ontvangst tot de oogst van passage 0.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        (
            "Donorarts",
            "Beoordeelt de geschiktheid van de donor en levert de virologische uitslagen.",
        ),
        ("Operator", "Isoleert de cellen en verzorgt de kweek."),
        ("QC-analist", "Voert tellingen en steriliteitstests uit."),
    ],
    "materials": [
        {
            "name": "Ficoll-Paque PREMIUM",
            "grade": "research",
            "supplier": "Cytiva",
            "catalogue_number": "17-5442-02",
            "note": "Risicobeoordeling en CoA per lot",
        },
        {
            "name": "MEM α, nucleosides",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "catalogue_number": "32561-029",
        },
        {
            "name": "Humaan plaatjeslysaat (hPL)",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "5% in medium",
        },
        {
            "name": "Heparine 5000 IE/ml",
            "grade": "pharmacopoeial",
            "supplier": "LEO Pharma",
            "note": "2 IE/ml in medium",
        },
        {
            "name": "CTS TrypLE Select Enzyme",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "A1285901",
        },
    ],
    "equipment": [
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Centrifuge",
            "specification": "Thermo Scientific Sorvall ST 40R",
            "qualification": "Gekalibreerd",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Ontvangst van het beenmerg",
            "text": (
                "<p>Controleer etiket, volume, antistolling met heparine en de documenten over de "
                "geschiktheid van de donor, inclusief de virologische uitslagen.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 uur na afname bij 15–25 °C",
        },
        {
            "title": "Dichtheidsgradiënt",
            "text": (
                "<p>Verdun het beenmerg 1:1 met NaCl 0,9%, breng aan op Ficoll-Paque en "
                "centrifugeer 30 minuten bij 400 × g zonder rem. Oogst de interfase en was twee "
                "keer.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Inzaaien",
            "text": (
                "<p>Tel de mononucleaire cellen en zaai ze in met 1 × 10<sup>5</sup> cellen/cm² in "
                "α-MEM met 5% hPL en 2 IE/ml heparine.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Verwijderen van niet-hechtende cellen",
            "text": (
                "<p>Verwijder na 48–72 uur het medium met niet-hechtende cellen, spoel één keer en "
                "voeg vers medium toe.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Kweek tot kolonievorming",
            "text": (
                "<p>Ververs het medium twee keer per week en beoordeel de kolonies op "
                "spoelvormige, fibroblastachtige morfologie. Ent op dag 7 supernatant voor "
                "in-processteriliteit.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst van passage 0",
            "text": (
                "<p>Oogst bij 70–80% confluentie (meestal dag 10–14) met TrypLE, tel de cellen en "
                "ga door met DARE-SOP-0018 of vries passage 0 in.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Geschiktheid donor",
            "specification": "Volledig gedocumenteerd, virologie negatief",
            "method": "Donordossier",
        },
        {
            "parameter": "Morfologie passage 0",
            "specification": "Spoelvormig, fibroblastachtig",
            "method": "Microscopie",
        },
        {
            "parameter": "In-processteriliteit dag 7",
            "specification": "Geen groei",
            "method": "DARE-QC-0001",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0018"},
        {"protocol": "DARE-SOP-0038"},
        {"qc_method": "DARE-QC-0001"},
    ],
}

_SOP_0017_V1_EN = {
    "title": "Isolation of mesenchymal stromal cells from bone marrow",
    "summary": (
        "Isolation of mononuclear cells from a healthy-donor bone marrow aspirate and outgrowth of "
        "MSC up to passage 0 in medium with human platelet lysate."
    ),
    "purpose": (
        "<p>To establish a primary MSC culture (passage 0) from bone marrow of a screened donor as "
        "the basis for an MSC batch (DARE-SOP-0018).</p>"
    ),
    "scope": (
        "<p>Bone marrow aspirates from healthy, screened donors processed in the LUMC GMP "
        "facility, from receipt to harvest of passage 0.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Donor physician", "Assesses donor eligibility and provides the virology results."),
        ("Operator", "Isolates the cells and maintains the culture."),
        ("QC analyst", "Performs counts and sterility tests."),
    ],
    "materials": [
        {
            "name": "Ficoll-Paque PREMIUM",
            "grade": "research",
            "supplier": "Cytiva",
            "catalogue_number": "17-5442-02",
            "note": "Risk assessment and CoA per lot",
        },
        {
            "name": "MEM α, nucleosides",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "catalogue_number": "32561-029",
        },
        {
            "name": "Human platelet lysate (hPL)",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "5% in medium",
        },
        {
            "name": "Heparin 5000 IU/mL",
            "grade": "pharmacopoeial",
            "supplier": "LEO Pharma",
            "note": "2 IU/mL in medium",
        },
        {
            "name": "CTS TrypLE Select Enzyme",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "A1285901",
        },
    ],
    "equipment": [
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Centrifuge",
            "specification": "Thermo Scientific Sorvall ST 40R",
            "qualification": "Calibrated",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Receipt of the bone marrow",
            "text": (
                "<p>Check label, volume, heparin anticoagulation and the donor eligibility "
                "documents, including the virology results.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 24 hours after collection at 15–25 °C",
        },
        {
            "title": "Density gradient",
            "text": (
                "<p>Dilute the marrow 1:1 with NaCl 0.9%, layer onto Ficoll-Paque and centrifuge "
                "for 30 minutes at 400 × g without brake. Harvest the interphase and wash "
                "twice.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Seeding",
            "text": (
                "<p>Count the mononuclear cells and seed them at 1 × 10<sup>5</sup> cells/cm² in "
                "α-MEM with 5% hPL and 2 IU/mL heparin.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Removing non-adherent cells",
            "text": (
                "<p>After 48–72 hours, remove the medium with non-adherent cells, rinse once and "
                "add fresh medium.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Culture to colony formation",
            "text": (
                "<p>Refresh the medium twice a week and assess the colonies for spindle-shaped, "
                "fibroblast-like morphology. On day 7, inoculate supernatant for in-process "
                "sterility.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest of passage 0",
            "text": (
                "<p>Harvest at 70–80% confluence (usually day 10–14) with TrypLE, count the cells "
                "and continue with DARE-SOP-0018 or freeze passage 0.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Donor eligibility",
            "specification": "Fully documented, virology negative",
            "method": "Donor file",
        },
        {
            "parameter": "Morphology passage 0",
            "specification": "Spindle-shaped, fibroblast-like",
            "method": "Microscopy",
        },
        {
            "parameter": "In-process sterility day 7",
            "specification": "No growth",
            "method": "DARE-QC-0001",
        },
    ],
    "references": [
        {"regulation": "tissues-cells-directive"},
        {"regulation": "gmp-atmp"},
        {"protocol": "DARE-SOP-0018"},
        {"protocol": "DARE-SOP-0038"},
        {"qc_method": "DARE-QC-0001"},
    ],
}

_SOP_0017 = {
    "identifier": "DARE-SOP-0017",
    "centre": "lumc",
    "modality": "msc",
    "process_stage": "starting-material",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2023, 12, 1),
            "next_review_date": date(2026, 12, 1),
            "nl": _SOP_0017_V1_NL,
            "en": _SOP_0017_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0018 Expansion of MSC in human platelet lysate (LUMC), two versions
# -------------------------------------------------------------------------------------------------

_SOP_0018_V1_NL = {
    "title": "Expansie van MSC in humaan plaatjeslysaat",
    "summary": (
        "Expansie van MSC van passage 1 tot de eindoogst in medium met 5% humaan plaatjeslysaat, "
        "in meerlaagse kweekflessen."
    ),
    "purpose": (
        "<p>Een MSC-batch van voldoende omvang produceren met behoud van identiteit en "
        "immunomodulerende functie, binnen het gevalideerde aantal passages.</p>"
    ),
    "scope": (
        "<p>Klinische MSC-batches in het LUMC, van passage 1 tot de eindoogst (maximaal passage "
        "4).</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Bereidt medium, verzorgt en passeert de kweken."),
        ("QC-analist", "Voert tellingen, identiteitstests en steriliteitstests uit."),
        ("Hoofd Productie", "Bepaalt het tijdstip van de eindoogst."),
    ],
    "materials": [
        {
            "name": "MEM α, nucleosides",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "catalogue_number": "32561-029",
        },
        {
            "name": "Humaan plaatjeslysaat (hPL)",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "5% in medium",
        },
        {
            "name": "Heparine 5000 IE/ml",
            "grade": "pharmacopoeial",
            "supplier": "LEO Pharma",
            "note": "2 IE/ml in medium",
        },
        {
            "name": "CTS TrypLE Select Enzyme",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "A1285901",
        },
        {
            "name": "CellSTACK, 5 lagen",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3319",
            "note": "Gamma-gesteriliseerd; CoA per lot",
        },
    ],
    "equipment": [
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Celteller",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Gekalibreerd",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van het kweekmedium",
            "text": (
                "<p>Voeg 5% hPL en 2 IE/ml heparine toe aan α-MEM en filtreer over 0,2 µm. "
                "Heparine voorkomt gelvorming door het fibrinogeen in het lysaat.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 14 dagen bij 2–8 °C",
        },
        {
            "title": "Inzaaien",
            "text": (
                "<p>Zaai de cellen in met 4000 cellen/cm² in CellSTACK-5-flessen, met een T75-fles "
                "met dezelfde dichtheid als controlefles.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Mediumverversing",
            "text": "<p>Ververs het medium twee keer per week volledig.</p>",
            "critical": False,
        },
        {
            "title": "Beoordeling confluentie",
            "text": (
                "<p>Beoordeel de controlefles dagelijks; passeer bij 80–90% confluentie, vóór "
                "contactinhibitie.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Passage",
            "text": (
                "<p>Maak de cellen los met TrypLE (5–10 minuten, 37 °C), neutraliseer met medium, "
                "tel en zaai opnieuw in. Registreer het aantal populatieverdubbelingen.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 1 uur van losmaken tot opnieuw inzaaien bij 15–25 °C",
        },
        {
            "title": "Eindoogst",
            "text": (
                "<p>Oogst uiterlijk bij passage 4, was twee keer met NaCl 0,9% met 1% albumine en "
                "neem monsters voor steriliteit, mycoplasma en identiteit. Ga door met "
                "DARE-SOP-0019.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Passagenummer bij eindoogst",
            "specification": "≤ P4",
            "method": "Batchrecord",
        },
        {"parameter": "Levensvatbaarheid", "specification": "≥ 80%", "method": "DARE-QC-0006"},
        {
            "parameter": "Identiteit",
            "specification": "CD73, CD90, CD105 ≥ 90%; CD45, CD34, CD14, HLA-DR ≤ 5%",
            "method": "DARE-QC-0014",
        },
        {"parameter": "Mycoplasma", "specification": "Niet aangetoond", "method": "DARE-QC-0003"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0017"},
        {"protocol": "DARE-SOP-0019"},
        {"qc_method": "DARE-QC-0014"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0018_V1_EN = {
    "title": "Expansion of MSC in human platelet lysate",
    "summary": (
        "Expansion of MSC from passage 1 to the final harvest in medium with 5% human platelet "
        "lysate, in multilayer culture vessels."
    ),
    "purpose": (
        "<p>To produce an MSC batch of sufficient size while preserving identity and "
        "immunomodulatory function, within the validated number of passages.</p>"
    ),
    "scope": (
        "<p>Clinical MSC batches at the LUMC, from passage 1 to the final harvest (passage 4 at "
        "most).</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Prepares medium, maintains and passages the cultures."),
        ("QC analyst", "Performs counts, identity tests and sterility tests."),
        ("Head of Production", "Decides when to perform the final harvest."),
    ],
    "materials": [
        {
            "name": "MEM α, nucleosides",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "catalogue_number": "32561-029",
        },
        {
            "name": "Human platelet lysate (hPL)",
            "grade": "clinical",
            "supplier": "Sanquin",
            "note": "5% in medium",
        },
        {
            "name": "Heparin 5000 IU/mL",
            "grade": "pharmacopoeial",
            "supplier": "LEO Pharma",
            "note": "2 IU/mL in medium",
        },
        {
            "name": "CTS TrypLE Select Enzyme",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "A1285901",
        },
        {
            "name": "CellSTACK, 5 chambers",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3319",
            "note": "Gamma-sterilised; CoA per lot",
        },
    ],
    "equipment": [
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Cell counter",
            "specification": "ChemoMetec NucleoCounter NC-200",
            "qualification": "Calibrated",
        },
    ],
    "steps": [
        {
            "title": "Preparation of culture medium",
            "text": (
                "<p>Add 5% hPL and 2 IU/mL heparin to α-MEM and filter through 0.2 µm. Heparin "
                "prevents gel formation by the fibrinogen in the lysate.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 14 days at 2–8 °C",
        },
        {
            "title": "Seeding",
            "text": (
                "<p>Seed the cells at 4000 cells/cm² in CellSTACK-5 vessels, with a T75 flask at "
                "the same density as a control flask.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Medium exchange",
            "text": "<p>Replace the medium completely twice a week.</p>",
            "critical": False,
        },
        {
            "title": "Confluence assessment",
            "text": (
                "<p>Assess the control flask daily; passage at 80–90% confluence, before contact "
                "inhibition.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Passaging",
            "text": (
                "<p>Detach the cells with TrypLE (5–10 minutes, 37 °C), neutralise with medium, "
                "count and reseed. Record the number of population doublings.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 1 hour from detachment to reseeding at 15–25 °C",
        },
        {
            "title": "Final harvest",
            "text": (
                "<p>Harvest at passage 4 at the latest, wash twice with NaCl 0.9% containing 1% "
                "albumin and take samples for sterility, mycoplasma and identity. Continue with "
                "DARE-SOP-0019.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Passage number at final harvest",
            "specification": "≤ P4",
            "method": "Batch record",
        },
        {"parameter": "Viability", "specification": "≥ 80%", "method": "DARE-QC-0006"},
        {
            "parameter": "Identity",
            "specification": "CD73, CD90, CD105 ≥ 90%; CD45, CD34, CD14, HLA-DR ≤ 5%",
            "method": "DARE-QC-0014",
        },
        {"parameter": "Mycoplasma", "specification": "Not detected", "method": "DARE-QC-0003"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0017"},
        {"protocol": "DARE-SOP-0019"},
        {"qc_method": "DARE-QC-0014"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0018_V2_NL = {
    "change_note": (
        "Eigen plaatjeslysaat vervangen door commercieel, pathogeen-gereduceerd en fibrinogeenarm "
        "hPL; heparine is daardoor niet meer nodig."
    ),
    "materials": [
        {
            "name": "MEM α, nucleosides",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "catalogue_number": "32561-029",
        },
        {
            "name": "Humaan plaatjeslysaat, pathogeen-gereduceerd en fibrinogeenarm",
            "grade": "gmp",
            "supplier": "Macopharma",
            "note": "5% in medium",
        },
        {
            "name": "CTS TrypLE Select Enzyme",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "A1285901",
        },
        {
            "name": "CellSTACK, 5 lagen",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3319",
            "note": "Gamma-gesteriliseerd; CoA per lot",
        },
    ],
    "steps": [
        {
            "title": "Bereiding van het kweekmedium",
            "text": (
                "<p>Voeg 5% fibrinogeenarm hPL toe aan α-MEM en filtreer over 0,2 µm. Heparine is "
                "niet nodig.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 14 dagen bij 2–8 °C",
        },
        {
            "title": "Inzaaien",
            "text": (
                "<p>Zaai de cellen in met 4000 cellen/cm² in CellSTACK-5-flessen, met een T75-fles "
                "met dezelfde dichtheid als controlefles.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Mediumverversing",
            "text": "<p>Ververs het medium twee keer per week volledig.</p>",
            "critical": False,
        },
        {
            "title": "Beoordeling confluentie",
            "text": (
                "<p>Beoordeel de controlefles dagelijks; passeer bij 80–90% confluentie, vóór "
                "contactinhibitie.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Passage",
            "text": (
                "<p>Maak de cellen los met TrypLE (5–10 minuten, 37 °C), neutraliseer met medium, "
                "tel en zaai opnieuw in. Registreer het aantal populatieverdubbelingen.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 1 uur van losmaken tot opnieuw inzaaien bij 15–25 °C",
        },
        {
            "title": "Eindoogst",
            "text": (
                "<p>Oogst uiterlijk bij passage 4, was twee keer met NaCl 0,9% met 1% albumine en "
                "neem monsters voor steriliteit, mycoplasma en identiteit. Ga door met "
                "DARE-SOP-0019.</p>"
            ),
            "critical": True,
        },
    ],
}

_SOP_0018_V2_EN = {
    "change_note": (
        "In-house platelet lysate replaced by commercial, pathogen-reduced, fibrinogen-depleted "
        "hPL; heparin is therefore no longer needed."
    ),
    "materials": [
        {
            "name": "MEM α, nucleosides",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific (Gibco)",
            "catalogue_number": "32561-029",
        },
        {
            "name": "Human platelet lysate, pathogen-reduced and fibrinogen-depleted",
            "grade": "gmp",
            "supplier": "Macopharma",
            "note": "5% in medium",
        },
        {
            "name": "CTS TrypLE Select Enzyme",
            "grade": "gmp",
            "supplier": "Thermo Fisher Scientific",
            "catalogue_number": "A1285901",
        },
        {
            "name": "CellSTACK, 5 chambers",
            "grade": "research",
            "supplier": "Corning",
            "catalogue_number": "3319",
            "note": "Gamma-sterilised; CoA per lot",
        },
    ],
    "steps": [
        {
            "title": "Preparation of culture medium",
            "text": (
                "<p>Add 5% fibrinogen-depleted hPL to α-MEM and filter through 0.2 µm. Heparin is "
                "not needed.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 14 days at 2–8 °C",
        },
        {
            "title": "Seeding",
            "text": (
                "<p>Seed the cells at 4000 cells/cm² in CellSTACK-5 vessels, with a T75 flask at "
                "the same density as a control flask.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Medium exchange",
            "text": "<p>Replace the medium completely twice a week.</p>",
            "critical": False,
        },
        {
            "title": "Confluence assessment",
            "text": (
                "<p>Assess the control flask daily; passage at 80–90% confluence, before contact "
                "inhibition.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Passaging",
            "text": (
                "<p>Detach the cells with TrypLE (5–10 minutes, 37 °C), neutralise with medium, "
                "count and reseed. Record the number of population doublings.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 1 hour from detachment to reseeding at 15–25 °C",
        },
        {
            "title": "Final harvest",
            "text": (
                "<p>Harvest at passage 4 at the latest, wash twice with NaCl 0.9% containing 1% "
                "albumin and take samples for sterility, mycoplasma and identity. Continue with "
                "DARE-SOP-0019.</p>"
            ),
            "critical": True,
        },
    ],
}

_SOP_0018 = {
    "identifier": "DARE-SOP-0018",
    "centre": "lumc",
    "modality": "msc",
    "process_stage": "expansion",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2021, 11, 1),
            "next_review_date": date(2023, 11, 1),
            "nl": _SOP_0018_V1_NL,
            "en": _SOP_0018_V1_EN,
        },
        {
            "version": 2,
            "status": "effective",
            "effective_date": date(2024, 6, 15),
            "next_review_date": date(2027, 6, 15),
            "nl": _SOP_0018_V2_NL,
            "en": _SOP_0018_V2_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0019 Cryopreservation and release of MSC batches (LUMC, Dutch only)
# -------------------------------------------------------------------------------------------------

_SOP_0019_V1_NL = {
    "title": "Cryopreservatie en vrijgifte van MSC-batches",
    "summary": (
        "Formulering en invriezen van MSC-doses, opslag in de dampfase van vloeibare stikstof en "
        "vrijgifte van de batch door de QP."
    ),
    "purpose": (
        "<p>MSC-doses zo invriezen en bewaren dat identiteit, levensvatbaarheid en potentie "
        "behouden blijven, en vastleggen op basis van welke gegevens de batch wordt "
        "vrijgegeven.</p>"
    ),
    "scope": (
        "<p>Alle klinische MSC-batches van het LUMC, van de eindoogst (DARE-SOP-0018) tot de "
        "certificering door de QP.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Formuleert, vult en vriest de doses in."),
        ("QC-analist", "Voert de vrijgiftetesten uit, ook op de satellietvials na ontdooien."),
        ("Qualified Person (QP)", "Beoordeelt het batchdossier en certificeert de batch."),
    ],
    "materials": [
        {
            "name": "NaCl 0,9%, 500 ml",
            "grade": "pharmacopoeial",
            "supplier": "Fresenius Kabi",
            "note": "Freeflex",
        },
        {
            "name": "Albuman 200 g/l (humaan albumine)",
            "grade": "clinical",
            "supplier": "Prothya Biosolutions",
        },
        {"name": "CryoSure-DMSO", "grade": "gmp", "supplier": "WAK-Chemie Medical"},
        {
            "name": "CryoMACS Freezing Bag 50",
            "grade": "medical_device",
            "supplier": "Miltenyi Biotec",
            "catalogue_number": "200-074-400",
        },
    ],
    "equipment": [
        {
            "name": "Gecontroleerde invriezer",
            "specification": "Planer Kryo 560-16",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Opslagtank vloeibare stikstof",
            "specification": "Dampfase ≤ -150 °C",
            "qualification": "Continue temperatuurbewaking",
        },
    ],
    "steps": [
        {
            "title": "Formulering",
            "text": (
                "<p>Resuspendeer de gewassen MSC in gekoelde NaCl 0,9% met 5% albumine en voeg "
                "langzaam DMSO toe tot een eindconcentratie van 10%. Werk op een koelplaat van 2–8 "
                "°C.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min tussen DMSO-toevoeging en start invriezen",
        },
        {
            "title": "Vullen en etiketteren",
            "text": (
                "<p>Vul per zak de dosis uit het batchrecord in 50 ml en vul daarnaast "
                "satellietvials voor QC en retentie. Een tweede operator controleert volume en "
                "etiket.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Invriezen",
            "text": (
                "<p>Vries de zakken en vials in met het gevalideerde programma volgens "
                "DARE-SOP-0007.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Opslag in quarantaine",
            "text": (
                "<p>Plaats de batch op een quarantainepositie in de dampfase (≤ -150 °C) tot de "
                "vrijgifte en registreer de locatie.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Vrijgiftetesten",
            "text": (
                "<p>Test steriliteit, mycoplasma en endotoxine op de eindoogst en het "
                "geformuleerde product. Bepaal identiteit, levensvatbaarheid en potentie op een "
                "ontdooide satellietvial.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Beoordeling batchdossier en certificering",
            "text": (
                "<p>De QP beoordeelt batchrecord, afwijkingen en testresultaten en certificeert de "
                "batch. Zet daarna de status in het LIMS op Vrijgegeven en verplaats de zakken "
                "naar de vrijgegeven voorraad.</p>"
            ),
            "critical": True,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Levensvatbaarheid na ontdooien",
            "specification": "≥ 70%",
            "method": "DARE-QC-0006",
        },
        {"parameter": "Steriliteit", "specification": "Geen groei", "method": "DARE-QC-0001"},
        {
            "parameter": "Identiteit",
            "specification": "CD73, CD90, CD105 ≥ 90%; CD45, CD34, CD14, HLA-DR ≤ 5%",
            "method": "DARE-QC-0014",
        },
        {
            "parameter": "Potentie (remming van T-celproliferatie)",
            "specification": "Ter informatie; assay in validatie",
            "method": "DARE-QC-0015",
        },
    ],
    "references": [
        {"protocol": "DARE-SOP-0007"},
        {"protocol": "DARE-SOP-0018"},
        {"qc_method": "DARE-QC-0015"},
        {"protocol": "DARE-SOP-0035"},
        {"regulation": "hospital-exemption-nl"},
    ],
}

_SOP_0019 = {
    "identifier": "DARE-SOP-0019",
    "centre": "lumc",
    "modality": "msc",
    "process_stage": "cryopreservation",
    "languages": ["nl"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 9, 1),
            "next_review_date": date(2027, 9, 1),
            "nl": _SOP_0019_V1_NL,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0020 Generation of monocyte-derived dendritic cells (Radboudumc); review overdue
# -------------------------------------------------------------------------------------------------

_SOP_0020_V1_NL = {
    "title": "Aanmaak van monocyt-afgeleide dendritische cellen",
    "summary": (
        "Selectie van CD14+-monocyten uit een leukafereseproduct en differentiatie tot onrijpe "
        "dendritische cellen in zes dagen met GM-CSF en IL-4."
    ),
    "purpose": (
        "<p>Onrijpe dendritische cellen (DC) met een reproduceerbaar fenotype maken als "
        "uitgangspunt voor antigeenbelading en maturatie (DARE-SOP-0021).</p>"
    ),
    "scope": (
        "<p>Autologe DC-vaccins voor klinische studies in het Radboudumc, van de CD14-selectie op "
        "dag 0 tot de oogst van onrijpe DC op dag 6.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Voert de selectie en de kweek uit."),
        ("QC-analist", "Bepaalt zuiverheid, celaantal en fenotype."),
        ("Hoofd Productie", "Beoordeelt afwijkingen en geeft de oogst vrij voor belading."),
    ],
    "materials": [
        {"name": "CliniMACS CD14 Reagent", "grade": "gmp", "supplier": "Miltenyi Biotec"},
        {
            "name": "CellGenix GMP DC Medium",
            "grade": "gmp",
            "supplier": "CellGenix",
            "catalogue_number": "20801-0500",
            "note": "Met 2% humaan serum",
        },
        {
            "name": "CellGenix GMP rh GM-CSF",
            "grade": "gmp",
            "supplier": "CellGenix",
            "note": "800 IE/ml",
        },
        {
            "name": "CellGenix GMP rh IL-4",
            "grade": "gmp",
            "supplier": "CellGenix",
            "note": "500 IE/ml",
        },
        {
            "name": "MACS GMP Cell Differentiation Bag",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "CD14-selectieprogramma",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Flowcytometer", "specification": "BD FACSCanto II", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "CD14-selectie",
            "text": (
                "<p>Verwerk het leukafereseproduct op de Prodigy met het CD14-reagens en bepaal "
                "celaantal en CD14-zuiverheid van de doelfractie.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Inzaaien",
            "text": (
                "<p>Zaai de monocyten in met 1 × 10<sup>6</sup> cellen/ml in DC-medium met 2% "
                "humaan serum in differentiatiezakken.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Toevoegen van cytokinen",
            "text": (
                "<p>Voeg GM-CSF (800 IE/ml) en IL-4 (500 IE/ml) toe. De tweede operator "
                "controleert berekening en volumes.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubatie",
            "text": "<p>Incubeer bij 37 °C en 5% CO<sub>2</sub>.</p>",
            "critical": False,
        },
        {
            "title": "Aanvullen op dag 3",
            "text": (
                "<p>Voeg op dag 3 een derde van het volume vers medium toe met GM-CSF en IL-4 voor "
                "het totale volume.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst van onrijpe DC op dag 6",
            "text": (
                "<p>Oogst de losjes hechtende cellen door voorzichtig spoelen, tel ze en neem een "
                "monster voor fenotypering.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 1 uur bij 15–25 °C tot start belading",
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "CD14-zuiverheid na selectie",
            "specification": "≥ 80%",
            "method": "Flowcytometrie",
        },
        {
            "parameter": "Fenotype onrijpe DC",
            "specification": "CD14 ≤ 20%, HLA-DR+, CD83 ≤ 20%",
            "method": "DARE-QC-0022",
        },
        {"parameter": "Levensvatbaarheid", "specification": "≥ 80%", "method": "DARE-QC-0006"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0021"},
        {"qc_method": "DARE-QC-0022"},
        {"regulation": "gmp-atmp"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0020_V1_EN = {
    "title": "Generation of monocyte-derived dendritic cells",
    "summary": (
        "Selection of CD14+ monocytes from a leukapheresis product and differentiation into "
        "immature dendritic cells in six days with GM-CSF and IL-4."
    ),
    "purpose": (
        "<p>To produce immature dendritic cells (DC) with a reproducible phenotype as the starting "
        "point for antigen loading and maturation (DARE-SOP-0021).</p>"
    ),
    "scope": (
        "<p>Autologous DC vaccines for clinical trials at Radboudumc, from CD14 selection on day 0 "
        "to the harvest of immature DC on day 6.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Performs the selection and the culture."),
        ("QC analyst", "Determines purity, cell count and phenotype."),
        ("Head of Production", "Assesses deviations and releases the harvest for loading."),
    ],
    "materials": [
        {"name": "CliniMACS CD14 Reagent", "grade": "gmp", "supplier": "Miltenyi Biotec"},
        {
            "name": "CellGenix GMP DC Medium",
            "grade": "gmp",
            "supplier": "CellGenix",
            "catalogue_number": "20801-0500",
            "note": "With 2% human serum",
        },
        {
            "name": "CellGenix GMP rh GM-CSF",
            "grade": "gmp",
            "supplier": "CellGenix",
            "note": "800 IU/mL",
        },
        {
            "name": "CellGenix GMP rh IL-4",
            "grade": "gmp",
            "supplier": "CellGenix",
            "note": "500 IU/mL",
        },
        {
            "name": "MACS GMP Cell Differentiation Bag",
            "grade": "gmp",
            "supplier": "Miltenyi Biotec",
        },
    ],
    "equipment": [
        {
            "name": "CliniMACS Prodigy",
            "specification": "CD14 selection programme",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
        {"name": "Flowcytometer", "specification": "BD FACSCanto II", "qualification": "IQ/OQ/PQ"},
    ],
    "steps": [
        {
            "title": "CD14 selection",
            "text": (
                "<p>Process the leukapheresis product on the Prodigy with the CD14 reagent and "
                "determine cell count and CD14 purity of the target fraction.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Seeding",
            "text": (
                "<p>Seed the monocytes at 1 × 10<sup>6</sup> cells/mL in DC medium with 2% human "
                "serum in differentiation bags.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Adding cytokines",
            "text": (
                "<p>Add GM-CSF (800 IU/mL) and IL-4 (500 IU/mL). The second operator checks "
                "calculation and volumes.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Incubation",
            "text": "<p>Incubate at 37 °C and 5% CO<sub>2</sub>.</p>",
            "critical": False,
        },
        {
            "title": "Replenishment on day 3",
            "text": (
                "<p>On day 3, add one third of the volume as fresh medium containing GM-CSF and "
                "IL-4 for the total volume.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest of immature DC on day 6",
            "text": (
                "<p>Harvest the loosely adherent cells by gentle flushing, count them and take a "
                "sample for phenotyping.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 1 hour at 15–25 °C until start of loading",
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "CD14 purity after selection",
            "specification": "≥ 80%",
            "method": "Flow cytometry",
        },
        {
            "parameter": "Immature DC phenotype",
            "specification": "CD14 ≤ 20%, HLA-DR+, CD83 ≤ 20%",
            "method": "DARE-QC-0022",
        },
        {"parameter": "Viability", "specification": "≥ 80%", "method": "DARE-QC-0006"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0021"},
        {"qc_method": "DARE-QC-0022"},
        {"regulation": "gmp-atmp"},
        {
            "pharmacopoeia": (
                "Ph. Eur. 5.2.12",
                "Raw materials of biological origin for the production of cell-based and gene "
                "therapy medicinal products",
            ),
        },
    ],
}

_SOP_0020 = {
    "identifier": "DARE-SOP-0020",
    "centre": "radboudumc",
    "modality": "dc",
    "process_stage": "activation",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2021, 9, 1),
            "next_review_date": date(2024, 9, 1),
            "nl": _SOP_0020_V1_NL,
            "en": _SOP_0020_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0021 Antigen loading and maturation of dendritic-cell vaccines (Radboudumc)
# -------------------------------------------------------------------------------------------------

_SOP_0021_V1_NL = {
    "title": "Antigeenbelading en maturatie van DC-vaccins",
    "summary": (
        "Belading van onrijpe DC met tumorantigeen-mRNA door elektroporatie, maturatie met een "
        "cytokinecocktail en formulering in doses."
    ),
    "purpose": (
        "<p>Rijpe, antigeenbeladen DC maken die naar lymfeklieren kunnen migreren (CCR7) en "
        "T-cellen kunnen activeren (CD80, CD86), in gedefinieerde doses.</p>"
    ),
    "scope": (
        "<p>Autologe mRNA-beladen DC-vaccins in het Radboudumc, van de oogst van onrijpe DC "
        "(DARE-SOP-0020) tot het invriezen van de doses.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Operator", "Voert elektroporatie, maturatie en formulering uit."),
        ("QC-analist", "Bepaalt fenotype, levensvatbaarheid en microbiologische veiligheid."),
        ("Qualified Person (QP)", "Certificeert de doses."),
    ],
    "materials": [
        {
            "name": "mRNA tumorantigeen (GMP)",
            "grade": "gmp",
            "supplier": "Gecontracteerde mRNA-producent",
            "note": "Opslag ≤ -65 °C",
        },
        {"name": "MaxCyte-elektroporatiebuffer", "grade": "gmp", "supplier": "MaxCyte"},
        {"name": "CellGenix GMP TNF-α, IL-1β en IL-6", "grade": "gmp", "supplier": "CellGenix"},
        {"name": "Prostin E2 (dinoproston)", "grade": "clinical", "supplier": "Pfizer"},
        {
            "name": "Keyhole limpet hemocyanine (KLH)",
            "grade": "clinical",
            "supplier": "Biosyn",
            "note": "Controle-antigeen",
        },
    ],
    "equipment": [
        {
            "name": "Elektroporatiesysteem",
            "specification": "MaxCyte GT",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Veiligheidswerkbank klasse II",
            "specification": "Klasse A in klasse B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂-incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Voorbereiding van het mRNA",
            "text": (
                "<p>Ontdooi het mRNA op ijs, controleer batchnummer en concentratie en bereken het "
                "volume voor de elektroporatie.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 2 uur op ijs",
        },
        {
            "title": "Wassen in elektroporatiebuffer",
            "text": (
                "<p>Was de onrijpe DC twee keer in elektroporatiebuffer en resuspendeer tot de "
                "concentratie uit het batchrecord.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min in elektroporatiebuffer",
        },
        {
            "title": "Elektroporatie",
            "text": (
                "<p>Meng cellen en mRNA in de processing assembly, elektroporeer met het "
                "gevalideerde protocol en breng de cellen direct over in voorverwarmd medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Maturatie",
            "text": (
                "<p>Kweek 48 uur met TNF-α (10 ng/ml), IL-1β (5 ng/ml), IL-6 (15 ng/ml) en "
                "PGE<sub>2</sub> (10 µg/ml), met KLH als controle-antigeen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Oogst en controle",
            "text": (
                "<p>Oogst de rijpe DC, tel ze en neem monsters voor fenotype (CD80, CD83, CD86, "
                "CCR7, HLA-DR), steriliteit en endotoxine.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Formulering in doses",
            "text": (
                "<p>Verdeel de DC in doses volgens het studieprotocol in invriesmedium met 10% "
                "DMSO en vries in volgens DARE-SOP-0007.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min in DMSO tot start invriezen",
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Levensvatbaarheid", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "Maturatie (CD83+)", "specification": "≥ 50%", "method": "DARE-QC-0022"},
        {"parameter": "CCR7-expressie", "specification": "≥ 30%", "method": "DARE-QC-0022"},
        {"parameter": "Steriliteit", "specification": "Geen groei", "method": "DARE-QC-0001"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0020"},
        {"protocol": "DARE-SOP-0007"},
        {"qc_method": "DARE-QC-0022"},
        {"regulation": "gmp-atmp"},
    ],
}

_SOP_0021_V1_EN = {
    "title": "Antigen loading and maturation of dendritic-cell vaccines",
    "summary": (
        "Loading of immature DC with tumour-antigen mRNA by electroporation, maturation with a "
        "cytokine cocktail and formulation into doses."
    ),
    "purpose": (
        "<p>To produce mature, antigen-loaded DC that can migrate to lymph nodes (CCR7) and "
        "activate T cells (CD80, CD86), in defined doses.</p>"
    ),
    "scope": (
        "<p>Autologous mRNA-loaded DC vaccines at Radboudumc, from harvest of immature DC "
        "(DARE-SOP-0020) to freezing of the doses.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Operator", "Performs electroporation, maturation and formulation."),
        ("QC analyst", "Determines phenotype, viability and microbiological safety."),
        ("Qualified Person (QP)", "Certifies the doses."),
    ],
    "materials": [
        {
            "name": "Tumour-antigen mRNA (GMP)",
            "grade": "gmp",
            "supplier": "Contracted mRNA manufacturer",
            "note": "Storage ≤ -65 °C",
        },
        {"name": "MaxCyte electroporation buffer", "grade": "gmp", "supplier": "MaxCyte"},
        {"name": "CellGenix GMP TNF-α, IL-1β and IL-6", "grade": "gmp", "supplier": "CellGenix"},
        {"name": "Prostin E2 (dinoprostone)", "grade": "clinical", "supplier": "Pfizer"},
        {
            "name": "Keyhole limpet haemocyanin (KLH)",
            "grade": "clinical",
            "supplier": "Biosyn",
            "note": "Control antigen",
        },
    ],
    "equipment": [
        {
            "name": "Electroporation system",
            "specification": "MaxCyte GT",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "Class II safety cabinet",
            "specification": "Grade A in grade B",
            "qualification": "IQ/OQ/PQ",
        },
        {
            "name": "CO₂ incubator",
            "specification": "Thermo Scientific Heracell 240i",
            "qualification": "IQ/OQ/PQ",
        },
    ],
    "steps": [
        {
            "title": "Preparing the mRNA",
            "text": (
                "<p>Thaw the mRNA on ice, check batch number and concentration and calculate the "
                "volume for electroporation.</p>"
            ),
            "critical": False,
            "hold_time": "Max. 2 hours on ice",
        },
        {
            "title": "Washing in electroporation buffer",
            "text": (
                "<p>Wash the immature DC twice in electroporation buffer and resuspend to the "
                "concentration in the batch record.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min in electroporation buffer",
        },
        {
            "title": "Electroporation",
            "text": (
                "<p>Mix cells and mRNA in the processing assembly, electroporate with the "
                "validated protocol and transfer the cells immediately into pre-warmed medium.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Maturation",
            "text": (
                "<p>Culture for 48 hours with TNF-α (10 ng/mL), IL-1β (5 ng/mL), IL-6 (15 ng/mL) "
                "and PGE<sub>2</sub> (10 µg/mL), with KLH as control antigen.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Harvest and control",
            "text": (
                "<p>Harvest the mature DC, count them and take samples for phenotype (CD80, CD83, "
                "CD86, CCR7, HLA-DR), sterility and endotoxin.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Formulation into doses",
            "text": (
                "<p>Divide the DC into doses as per the study protocol in freezing medium with 10% "
                "DMSO and freeze according to DARE-SOP-0007.</p>"
            ),
            "critical": True,
            "hold_time": "Max. 30 min in DMSO until start of freezing",
        },
    ],
    "acceptance_criteria": [
        {"parameter": "Viability", "specification": "≥ 70%", "method": "DARE-QC-0006"},
        {"parameter": "Maturation (CD83+)", "specification": "≥ 50%", "method": "DARE-QC-0022"},
        {"parameter": "CCR7 expression", "specification": "≥ 30%", "method": "DARE-QC-0022"},
        {"parameter": "Sterility", "specification": "No growth", "method": "DARE-QC-0001"},
    ],
    "references": [
        {"protocol": "DARE-SOP-0020"},
        {"protocol": "DARE-SOP-0007"},
        {"qc_method": "DARE-QC-0022"},
        {"regulation": "gmp-atmp"},
    ],
}

_SOP_0021 = {
    "identifier": "DARE-SOP-0021",
    "centre": "radboudumc",
    "modality": "dc",
    "process_stage": "harvest-formulation",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "effective",
            "effective_date": date(2024, 10, 1),
            "next_review_date": date(2027, 10, 1),
            "nl": _SOP_0021_V1_NL,
            "en": _SOP_0021_V1_EN,
        },
    ],
}

# -------------------------------------------------------------------------------------------------
# DARE-SOP-0022 Administration of CAR-T and monitoring for CRS and ICANS (UMCG), two versions
# -------------------------------------------------------------------------------------------------

_SOP_0022_V1_NL = {
    "title": "Toediening van CAR-T en bewaking op CRS en ICANS",
    "summary": (
        "Bewaking na CAR-T-infusie op cytokine-releasesyndroom (CRS) en neurotoxiciteit (ICANS), "
        "met gradering volgens ASTCT en een vast behandelschema."
    ),
    "purpose": (
        "<p>CRS en ICANS tijdig herkennen, uniform graderen en volgens een vast schema behandelen, "
        "zodat ernstige toxiciteit wordt voorkomen of beperkt.</p>"
    ),
    "scope": (
        "<p>Volwassen patiënten die in het UMCG een CAR-T-product krijgen (commercieel, in "
        "studieverband of onder de ziekenhuisvrijstelling), vanaf de dag van infusie tot ten "
        "minste dag 28.</p>"
    ),
    "change_note": "Eerste uitgave.",
    "responsibilities": [
        ("Hematoloog", "Gradeert CRS en ICANS en besluit over behandeling en escalatie."),
        ("Verpleegkundige", "Meet vitale functies en ICE-score en alarmeert bij afwijkingen."),
        ("Ziekenhuisapotheker", "Zorgt dat tocilizumab vóór infusie beschikbaar is."),
    ],
    "materials": [
        {
            "name": "Tocilizumab (RoActemra) 20 mg/ml",
            "grade": "clinical",
            "supplier": "Roche",
            "note": "Ten minste 2 doses per patiënt beschikbaar",
        },
        {
            "name": "Dexamethason 4 mg/ml injectievloeistof",
            "grade": "clinical",
            "supplier": "Ziekenhuisapotheek",
        },
        {
            "name": "Levetiracetam 100 mg/ml infusievloeistof",
            "grade": "clinical",
            "supplier": "Ziekenhuisapotheek",
        },
        {"name": "Paracetamol 1000 mg", "grade": "clinical", "supplier": "Ziekenhuisapotheek"},
    ],
    "equipment": [
        {
            "name": "Patiëntmonitor",
            "specification": "Philips IntelliVue",
            "qualification": "Technisch gekeurd",
        },
        {
            "name": "Infuuspomp",
            "specification": "B. Braun Infusomat Space",
            "qualification": "Technisch gekeurd",
        },
    ],
    "steps": [
        {
            "title": "Uitgangswaarden vóór infusie",
            "text": (
                "<p>Leg vitale functies, neurologisch onderzoek, ICE-score (normaal 10/10), een "
                "schrijfproef, CRP en ferritine vast. Controleer dat twee doses tocilizumab "
                "beschikbaar zijn.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bewaking van vitale functies",
            "text": (
                "<p>Meet de eerste 14 dagen ten minste elke 4 uur temperatuur, pols, bloeddruk en "
                "zuurstofsaturatie, en dagelijks bloedbeeld, CRP, ferritine en nier- en "
                "leverfuncties.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Gradering van CRS",
            "text": (
                "<p>Gradeer CRS volgens de ASTCT-consensus:</p>"
                "<ul><li>graad 1: koorts ≥ 38 °C;</li>"
                "<li>graad 2: koorts met hypotensie zonder vasopressoren en/of zuurstofbehoefte "
                "via neusbril;</li>"
                "<li>graad 3: één vasopressor en/of high-flow zuurstof of masker;</li>"
                "<li>graad 4: meerdere vasopressoren en/of positieve-drukbeademing.</li>"
                "</ul>"
            ),
            "critical": False,
        },
        {
            "title": "Behandeling van CRS",
            "text": (
                "<p>Vanaf graad 2: tocilizumab 8 mg/kg i.v. in 1 uur (max. 800 mg), zo nodig "
                "herhalen na 8 uur (max. 3 doses per 24 uur, 4 in totaal). Bij onvoldoende respons "
                "dexamethason 10 mg i.v. elke 6 uur. Graad 3 of hoger: overleg met de IC.</p>"
            ),
            "critical": True,
            "hold_time": "Eerste dosis tocilizumab binnen 1 uur na indicatie",
            "safety_note": (
                "Koorts kan ook een infectie zijn: neem bloedkweken af en start empirisch "
                "antibiotica volgens het protocol neutropene koorts."
            ),
        },
        {
            "title": "ICE-score en gradering van ICANS",
            "text": (
                "<p>Bepaal de ICE-score ten minste twee keer per dag tot dag 14 en gradeer ICANS "
                "volgens ASTCT op basis van ICE-score, bewustzijn, insulten, motoriek en "
                "hersenoedeem.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Behandeling van ICANS",
            "text": (
                "<p>Vanaf graad 2: dexamethason 10 mg i.v. elke 6 uur; tocilizumab alleen bij "
                "gelijktijdige CRS. Graad 3 of hoger: IC-opname, consult neurologie, EEG en "
                "beeldvorming. Insulten: levetiracetam.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Ontslag en nazorg",
            "text": (
                "<p>De patiënt blijft 4 weken na infusie in de nabijheid van het centrum, krijgt "
                "een patiëntenkaart en mag ten minste 8 weken geen auto rijden.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Melding van bijwerkingen",
            "text": (
                "<p>Meld ernstige bijwerkingen volgens het studieprotocol of, bij commerciële "
                "producten, aan Lareb en de vergunninghouder.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Tocilizumab beschikbaar vóór infusie",
            "specification": "≥ 2 doses",
            "method": "Apotheekregistratie",
        },
        {
            "parameter": "ICE-score gedocumenteerd",
            "specification": "≥ 2 × per dag, dag 0–14",
            "method": "EPD",
        },
        {
            "parameter": "Tijd tot eerste dosis tocilizumab",
            "specification": "≤ 1 uur na indicatie",
            "method": "EPD",
        },
    ],
    "references": [
        {"regulation": "gcp-atmp"},
        {"regulation": "clinical-trials-regulation"},
        {"protocol": "DARE-SOP-0008"},
        {
            "link": (
                "Kymriah – EPAR en productinformatie",
                "https://www.ema.europa.eu/en/medicines/human/EPAR/kymriah",
            ),
        },
    ],
}

_SOP_0022_V1_EN = {
    "title": "Administration of CAR-T and monitoring for CRS and ICANS",
    "summary": (
        "Monitoring after CAR-T infusion for cytokine release syndrome (CRS) and neurotoxicity "
        "(ICANS), with ASTCT grading and a fixed treatment scheme."
    ),
    "purpose": (
        "<p>To recognise CRS and ICANS early, grade them uniformly and treat them according to a "
        "fixed scheme, so that severe toxicity is prevented or limited.</p>"
    ),
    "scope": (
        "<p>Adult patients receiving a CAR-T product at UMCG (commercial, in a trial or under the "
        "hospital exemption), from the day of infusion until at least day 28.</p>"
    ),
    "change_note": "First issue.",
    "responsibilities": [
        ("Haematologist", "Grades CRS and ICANS and decides on treatment and escalation."),
        ("Nurse", "Measures vital signs and ICE score and raises the alarm on abnormal findings."),
        ("Hospital pharmacist", "Ensures tocilizumab is available before infusion."),
    ],
    "materials": [
        {
            "name": "Tocilizumab (RoActemra) 20 mg/mL",
            "grade": "clinical",
            "supplier": "Roche",
            "note": "At least 2 doses per patient available",
        },
        {
            "name": "Dexamethasone 4 mg/mL solution for injection",
            "grade": "clinical",
            "supplier": "Hospital pharmacy",
        },
        {
            "name": "Levetiracetam 100 mg/mL solution for infusion",
            "grade": "clinical",
            "supplier": "Hospital pharmacy",
        },
        {"name": "Paracetamol 1000 mg", "grade": "clinical", "supplier": "Hospital pharmacy"},
    ],
    "equipment": [
        {
            "name": "Patient monitor",
            "specification": "Philips IntelliVue",
            "qualification": "Technically inspected",
        },
        {
            "name": "Infusion pump",
            "specification": "B. Braun Infusomat Space",
            "qualification": "Technically inspected",
        },
    ],
    "steps": [
        {
            "title": "Baseline before infusion",
            "text": (
                "<p>Record vital signs, neurological examination, ICE score (normal 10/10), a "
                "handwriting sample, CRP and ferritin. Check that two doses of tocilizumab are "
                "available.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Monitoring of vital signs",
            "text": (
                "<p>For the first 14 days, measure temperature, pulse, blood pressure and oxygen "
                "saturation at least every 4 hours, and daily blood count, CRP, ferritin and renal "
                "and liver function.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Grading of CRS",
            "text": (
                "<p>Grade CRS according to the ASTCT consensus:</p>"
                "<ul><li>grade 1: fever ≥ 38 °C;</li>"
                "<li>grade 2: fever with hypotension not requiring vasopressors and/or oxygen by "
                "nasal cannula;</li>"
                "<li>grade 3: one vasopressor and/or high-flow oxygen or mask;</li>"
                "<li>grade 4: multiple vasopressors and/or positive-pressure ventilation.</li>"
                "</ul>"
            ),
            "critical": False,
        },
        {
            "title": "Treatment of CRS",
            "text": (
                "<p>From grade 2: tocilizumab 8 mg/kg i.v. over 1 hour (max. 800 mg), repeated "
                "after 8 hours if needed (max. 3 doses per 24 hours, 4 in total). If the response "
                "is insufficient, dexamethasone 10 mg i.v. every 6 hours. Grade 3 or higher: "
                "consult the ICU.</p>"
            ),
            "critical": True,
            "hold_time": "First dose of tocilizumab within 1 hour of indication",
            "safety_note": (
                "Fever may also be an infection: take blood cultures and start empirical "
                "antibiotics according to the neutropenic fever protocol."
            ),
        },
        {
            "title": "ICE score and grading of ICANS",
            "text": (
                "<p>Determine the ICE score at least twice a day until day 14 and grade ICANS "
                "according to ASTCT based on ICE score, consciousness, seizures, motor findings "
                "and cerebral oedema.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Treatment of ICANS",
            "text": (
                "<p>From grade 2: dexamethasone 10 mg i.v. every 6 hours; tocilizumab only with "
                "concurrent CRS. Grade 3 or higher: ICU admission, neurology consult, EEG and "
                "imaging. Seizures: levetiracetam.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Discharge and follow-up",
            "text": (
                "<p>The patient stays near the centre for 4 weeks after infusion, receives a "
                "patient card and must not drive for at least 8 weeks.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Reporting adverse events",
            "text": (
                "<p>Report serious adverse events as required by the study protocol or, for "
                "commercial products, to Lareb and the marketing authorisation holder.</p>"
            ),
            "critical": False,
        },
    ],
    "acceptance_criteria": [
        {
            "parameter": "Tocilizumab available before infusion",
            "specification": "≥ 2 doses",
            "method": "Pharmacy record",
        },
        {
            "parameter": "ICE score documented",
            "specification": "≥ 2 × per day, days 0–14",
            "method": "EPD",
        },
        {
            "parameter": "Time to first dose of tocilizumab",
            "specification": "≤ 1 hour after indication",
            "method": "EPD",
        },
    ],
    "references": [
        {"regulation": "gcp-atmp"},
        {"regulation": "clinical-trials-regulation"},
        {"protocol": "DARE-SOP-0008"},
        {
            "link": (
                "Kymriah – EPAR and product information",
                "https://www.ema.europa.eu/en/medicines/human/EPAR/kymriah",
            ),
        },
    ],
}

_SOP_0022_V2_NL = {
    "change_note": (
        "Stap voor herkenning en behandeling van IEC-HS (HLH-achtig syndroom na "
        "immuuneffectorcellen) toegevoegd; anakinra opgenomen in de materialen."
    ),
    "materials": [
        {
            "name": "Tocilizumab (RoActemra) 20 mg/ml",
            "grade": "clinical",
            "supplier": "Roche",
            "note": "Ten minste 2 doses per patiënt beschikbaar",
        },
        {
            "name": "Dexamethason 4 mg/ml injectievloeistof",
            "grade": "clinical",
            "supplier": "Ziekenhuisapotheek",
        },
        {
            "name": "Levetiracetam 100 mg/ml infusievloeistof",
            "grade": "clinical",
            "supplier": "Ziekenhuisapotheek",
        },
        {"name": "Paracetamol 1000 mg", "grade": "clinical", "supplier": "Ziekenhuisapotheek"},
        {"name": "Anakinra (Kineret) 100 mg", "grade": "clinical", "supplier": "Sobi"},
    ],
    "steps": [
        {
            "title": "Uitgangswaarden vóór infusie",
            "text": (
                "<p>Leg vitale functies, neurologisch onderzoek, ICE-score (normaal 10/10), een "
                "schrijfproef, CRP en ferritine vast. Controleer dat twee doses tocilizumab "
                "beschikbaar zijn.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Bewaking van vitale functies",
            "text": (
                "<p>Meet de eerste 14 dagen ten minste elke 4 uur temperatuur, pols, bloeddruk en "
                "zuurstofsaturatie, en dagelijks bloedbeeld, CRP, ferritine en nier- en "
                "leverfuncties.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Gradering van CRS",
            "text": (
                "<p>Gradeer CRS volgens de ASTCT-consensus:</p>"
                "<ul><li>graad 1: koorts ≥ 38 °C;</li>"
                "<li>graad 2: koorts met hypotensie zonder vasopressoren en/of zuurstofbehoefte "
                "via neusbril;</li>"
                "<li>graad 3: één vasopressor en/of high-flow zuurstof of masker;</li>"
                "<li>graad 4: meerdere vasopressoren en/of positieve-drukbeademing.</li>"
                "</ul>"
            ),
            "critical": False,
        },
        {
            "title": "Behandeling van CRS",
            "text": (
                "<p>Vanaf graad 2: tocilizumab 8 mg/kg i.v. in 1 uur (max. 800 mg), zo nodig "
                "herhalen na 8 uur (max. 3 doses per 24 uur, 4 in totaal). Bij onvoldoende respons "
                "dexamethason 10 mg i.v. elke 6 uur. Graad 3 of hoger: overleg met de IC.</p>"
            ),
            "critical": True,
            "hold_time": "Eerste dosis tocilizumab binnen 1 uur na indicatie",
            "safety_note": (
                "Koorts kan ook een infectie zijn: neem bloedkweken af en start empirisch "
                "antibiotica volgens het protocol neutropene koorts."
            ),
        },
        {
            "title": "ICE-score en gradering van ICANS",
            "text": (
                "<p>Bepaal de ICE-score ten minste twee keer per dag tot dag 14 en gradeer ICANS "
                "volgens ASTCT op basis van ICE-score, bewustzijn, insulten, motoriek en "
                "hersenoedeem.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Behandeling van ICANS",
            "text": (
                "<p>Vanaf graad 2: dexamethason 10 mg i.v. elke 6 uur; tocilizumab alleen bij "
                "gelijktijdige CRS. Graad 3 of hoger: IC-opname, consult neurologie, EEG en "
                "beeldvorming. Insulten: levetiracetam.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Bewaking op IEC-HS",
            "text": (
                "<p>Denk aan IEC-HS bij snel stijgend ferritine, nieuwe of verergerende cytopenie, "
                "stollingsstoornissen met laag fibrinogeen of stijgende transaminasen, meestal na "
                "het afnemen van CRS. Overleg met de hematoloog over anakinra en "
                "corticosteroïden.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Ontslag en nazorg",
            "text": (
                "<p>De patiënt blijft 4 weken na infusie in de nabijheid van het centrum, krijgt "
                "een patiëntenkaart en mag ten minste 8 weken geen auto rijden.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Melding van bijwerkingen",
            "text": (
                "<p>Meld ernstige bijwerkingen volgens het studieprotocol of, bij commerciële "
                "producten, aan Lareb en de vergunninghouder.</p>"
            ),
            "critical": False,
        },
    ],
}

_SOP_0022_V2_EN = {
    "change_note": (
        "Step for recognising and treating IEC-HS (immune effector cell-associated HLH-like "
        "syndrome) added; anakinra added to the materials."
    ),
    "materials": [
        {
            "name": "Tocilizumab (RoActemra) 20 mg/mL",
            "grade": "clinical",
            "supplier": "Roche",
            "note": "At least 2 doses per patient available",
        },
        {
            "name": "Dexamethasone 4 mg/mL solution for injection",
            "grade": "clinical",
            "supplier": "Hospital pharmacy",
        },
        {
            "name": "Levetiracetam 100 mg/mL solution for infusion",
            "grade": "clinical",
            "supplier": "Hospital pharmacy",
        },
        {"name": "Paracetamol 1000 mg", "grade": "clinical", "supplier": "Hospital pharmacy"},
        {"name": "Anakinra (Kineret) 100 mg", "grade": "clinical", "supplier": "Sobi"},
    ],
    "steps": [
        {
            "title": "Baseline before infusion",
            "text": (
                "<p>Record vital signs, neurological examination, ICE score (normal 10/10), a "
                "handwriting sample, CRP and ferritin. Check that two doses of tocilizumab are "
                "available.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Monitoring of vital signs",
            "text": (
                "<p>For the first 14 days, measure temperature, pulse, blood pressure and oxygen "
                "saturation at least every 4 hours, and daily blood count, CRP, ferritin and renal "
                "and liver function.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Grading of CRS",
            "text": (
                "<p>Grade CRS according to the ASTCT consensus:</p>"
                "<ul><li>grade 1: fever ≥ 38 °C;</li>"
                "<li>grade 2: fever with hypotension not requiring vasopressors and/or oxygen by "
                "nasal cannula;</li>"
                "<li>grade 3: one vasopressor and/or high-flow oxygen or mask;</li>"
                "<li>grade 4: multiple vasopressors and/or positive-pressure ventilation.</li>"
                "</ul>"
            ),
            "critical": False,
        },
        {
            "title": "Treatment of CRS",
            "text": (
                "<p>From grade 2: tocilizumab 8 mg/kg i.v. over 1 hour (max. 800 mg), repeated "
                "after 8 hours if needed (max. 3 doses per 24 hours, 4 in total). If the response "
                "is insufficient, dexamethasone 10 mg i.v. every 6 hours. Grade 3 or higher: "
                "consult the ICU.</p>"
            ),
            "critical": True,
            "hold_time": "First dose of tocilizumab within 1 hour of indication",
            "safety_note": (
                "Fever may also be an infection: take blood cultures and start empirical "
                "antibiotics according to the neutropenic fever protocol."
            ),
        },
        {
            "title": "ICE score and grading of ICANS",
            "text": (
                "<p>Determine the ICE score at least twice a day until day 14 and grade ICANS "
                "according to ASTCT based on ICE score, consciousness, seizures, motor findings "
                "and cerebral oedema.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Treatment of ICANS",
            "text": (
                "<p>From grade 2: dexamethasone 10 mg i.v. every 6 hours; tocilizumab only with "
                "concurrent CRS. Grade 3 or higher: ICU admission, neurology consult, EEG and "
                "imaging. Seizures: levetiracetam.</p>"
            ),
            "critical": True,
        },
        {
            "title": "Monitoring for IEC-HS",
            "text": (
                "<p>Consider IEC-HS with rapidly rising ferritin, new or worsening cytopenias, "
                "coagulopathy with low fibrinogen or rising transaminases, usually as CRS "
                "resolves. Discuss anakinra and corticosteroids with the haematologist.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Discharge and follow-up",
            "text": (
                "<p>The patient stays near the centre for 4 weeks after infusion, receives a "
                "patient card and must not drive for at least 8 weeks.</p>"
            ),
            "critical": False,
        },
        {
            "title": "Reporting adverse events",
            "text": (
                "<p>Report serious adverse events as required by the study protocol or, for "
                "commercial products, to Lareb and the marketing authorisation holder.</p>"
            ),
            "critical": False,
        },
    ],
}

_SOP_0022 = {
    "identifier": "DARE-SOP-0022",
    "centre": "umcg",
    "modality": "car-t",
    "process_stage": "administration",
    "languages": ["nl", "en"],
    "versions": [
        {
            "version": 1,
            "status": "superseded",
            "effective_date": date(2022, 2, 1),
            "next_review_date": date(2024, 2, 1),
            "nl": _SOP_0022_V1_NL,
            "en": _SOP_0022_V1_EN,
        },
        {
            "version": 2,
            "status": "effective",
            "effective_date": date(2025, 1, 15),
            "next_review_date": date(2027, 1, 15),
            "nl": _SOP_0022_V2_NL,
            "en": _SOP_0022_V2_EN,
        },
    ],
}

PROTOCOLS = [
    _SOP_0001,
    _SOP_0002,
    _SOP_0003,
    _SOP_0004,
    _SOP_0005,
    _SOP_0006,
    _SOP_0007,
    _SOP_0008,
    _SOP_0009,
    _SOP_0010,
    _SOP_0011,
    _SOP_0012,
    _SOP_0013,
    _SOP_0014,
    _SOP_0015,
    _SOP_0016,
    _SOP_0017,
    _SOP_0018,
    _SOP_0019,
    _SOP_0020,
    _SOP_0021,
    _SOP_0022,
]
