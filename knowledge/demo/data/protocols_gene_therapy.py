"""Demo protocols DARE-SOP-0023 to DARE-SOP-0040: viral vector production (LV, AAV), gene-modified
haematopoietic stem cells and the facility-wide GMP procedures shared by all modalities.

Texts are written as the consortium's centres would write their SOPs. DARE-SOP-0027 exists only
in English and DARE-SOP-0034 and DARE-SOP-0037 only in Dutch, so Dutch texts do not list
DARE-SOP-0027 as a reference and English texts do not list the two Dutch-only SOPs.
"""

from datetime import date

PROTOCOLS = [
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0023 Lentiviral vector production (LUMC), three versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0023",
        "centre": "lumc",
        "modality": "lv",
        "process_stage": "vector-production",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 9, 1),
                "next_review_date": date(2023, 9, 1),
                "nl": {
                    "title": (
                        "Productie van lentivirale vector door transiënte transfectie van "
                        "HEK293T-cellen"
                    ),
                    "summary": (
                        "Beschrijft de GMP-productie van een derde-generatie SIN-lentivirale "
                        "vector door transiënte transfectie van HEK293T-cellen met vier plasmiden "
                        "in meerlaagse celkweekfabrieken, tot en met de oogst van de ongezuiverde "
                        "bulk."
                    ),
                    "purpose": (
                        "<p>Deze SOP legt vast hoe een klinische batch lentivirale vector (LV) "
                        "wordt geproduceerd door transiënte transfectie van HEK293T-cellen uit de "
                        "werkcelbank (WCB) met een transferplasmide en drie verpakkingsplasmiden "
                        "(gag/pol, rev en VSV-G). Doel is een reproduceerbare oogst met een "
                        "voorspelbare infectieuze titer, geproduceerd onder GMP-condities en "
                        "ML-II-inperking.</p>"
                    ),
                    "scope": (
                        "<p>Van toepassing op alle klinische LV-batches die in de ML-II-cleanroom "
                        "van de LUMC-vectorfaciliteit worden geproduceerd voor ex-vivotransductie "
                        "van hematopoëtische stamcellen en T-cellen. De SOP eindigt bij de "
                        "overdracht van de ongezuiverde oogst aan de zuivering "
                        "(DARE-SOP-0024).</p><p>Niet van toepassing op onderzoeksvectoren, "
                        "stabiele producentcellijnen of productie in suspensiecultuur.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            (
                                "Keurt het batchprotocol goed, zorgt voor gekwalificeerd en "
                                "ML-II-geïnstrueerd personeel en beoordeelt afwijkingen tijdens de "
                                "productie."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Voert de stappen uit volgens het batchprotocol en registreert "
                                "alle handelingen, tijdstippen en lotnummers direct in het "
                                "batchprotocol."
                            ),
                        ),
                        (
                            "Kwaliteitscontrole (QC)",
                            (
                                "Voert de in-procescontroles uit (celtelling, mycoplasma, "
                                "infectieuze titer) en rapporteert de resultaten aan Productie en "
                                "QA."
                            ),
                        ),
                        (
                            "Biologisch veiligheidsfunctionaris (BVF)",
                            (
                                "Ziet toe op naleving van de ggo-vergunning en van de "
                                "inperkingsmaatregelen op ML-II-niveau."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "HEK293T-werkcelbank (WCB)",
                            "grade": "gmp",
                            "supplier": "LUMC (eigen celbank)",
                            "catalogue_number": "WCB-293T-02",
                            "note": (
                                "Getest op steriliteit, mycoplasma en adventitieuze virussen; "
                                "maximaal 20 passages na ontdooien"
                            ),
                        },
                        {
                            "name": "Plasmiden: transfer, pMDLg/pRRE, pRSV-Rev en pMD2.G (VSV-G)",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Maatwerk (GMP-Source)",
                            "note": "Analysecertificaat per lot; opslag ≤ -20 °C",
                        },
                        {
                            "name": "PEIpro-GMP transfectiereagens",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "115-100",
                            "note": "Opslag 2–8 °C; niet invriezen",
                        },
                        {
                            "name": "DMEM, high glucose, GlutaMAX",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31966-021",
                            "note": "Kweek- en oogstmedium",
                        },
                        {
                            "name": "Foetaal kalfsserum (FBS)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "10270-106",
                            "note": "Herkomst Zuid-Amerika; TSE-verklaring van de leverancier",
                        },
                        {
                            "name": "Opti-MEM I Reduced Serum Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31985-062",
                            "note": "Voor het vormen van de transfectiecomplexen",
                        },
                        {
                            "name": "TrypLE Select Enzyme (1X)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "12563-029",
                            "note": "Dierlijk-vrij dissociatie-enzym",
                        },
                        {
                            "name": "Corning CellSTACK, 10 lagen (6360 cm²)",
                            "grade": "gmp",
                            "supplier": "Corning",
                            "catalogue_number": "3271",
                            "note": "Steriel, TC-behandeld, met ventilatiedoppen",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Veiligheidswerkbank klasse II",
                            "specification": (
                                "Thermo Scientific Herasafe 2030i, 1,8 m; klasse A in een klasse "
                                "B-ruimte"
                            ),
                            "qualification": (
                                "IQ/OQ/PQ; jaarlijkse filterintegriteitstest en "
                                "luchtsnelheidsmeting"
                            ),
                        },
                        {
                            "name": "CO2-incubator",
                            "specification": "Thermo Scientific Heracell 240i; 37 °C, 5% CO2",
                            "qualification": "IQ/OQ/PQ; continue temperatuur- en CO2-bewaking",
                        },
                        {
                            "name": "Celteller",
                            "specification": "ChemoMetec NucleoCounter NC-200",
                            "qualification": "Gekalibreerd; dagelijkse systeemcontrole",
                        },
                        {
                            "name": "Steriele slangenlasser",
                            "specification": "Terumo TSCD-II",
                            "qualification": "OQ; visuele controle van elke lasnaad",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Voorbereiding en line clearance",
                            "text": (
                                "<p>Controleer vóór aanvang dat de cleanroom klasse B en de "
                                "veiligheidswerkbank (klasse A) zijn vrijgegeven, dat de "
                                "omgevingsmonitoring van de vorige productiedag binnen de limieten "
                                "valt en dat alle materialen door QA zijn vrijgegeven. Voer line "
                                "clearance uit en leg deze vast in het batchprotocol.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Ontdooien en expansie van de werkcelbank",
                            "text": (
                                "<p>Ontdooi één ampul HEK293T-WCB in een waterbad van 37 °C (max. "
                                "2 min), verdun druppelsgewijs in 10 mL voorverwarmd medium en "
                                "centrifugeer 5 min bij 300 × g. Zaai uit in T175-flessen en "
                                "passeer elke 3–4 dagen bij 70–90% confluentie met TrypLE "
                                "Select.</p><ul><li>Maximaal 20 passages na "
                                "ontdooien.</li><li>Levensvatbaarheid bij elke passage ≥ "
                                "90%.</li></ul>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Uitzaaien in celkweekfabrieken",
                            "text": (
                                "<p>Zaai 24 ± 4 uur vóór transfectie 3,0 × 10<sup>8</sup> levende "
                                "cellen per CellSTACK-10 (circa 4,7 × 10<sup>4</sup> cellen/cm²) "
                                "in 1,1 L DMEM met 10% FBS. Verdeel de suspensie gelijkmatig over "
                                "de lagen door de fabriek volgens de instructie van de leverancier "
                                "te kantelen en plaats deze in de incubator.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Controle van de confluentie",
                            "text": (
                                "<p>Beoordeel vlak vóór transfectie de confluentie in de "
                                "meegekweekte controlefles (T175, zelfde zaaidichtheid). De "
                                "confluentie moet 70–90% zijn en de cellen moeten een normale "
                                "morfologie hebben. Bij afwijking beslist het Hoofd Productie over "
                                "voortzetting en wordt een afwijking geregistreerd.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bereiden van de transfectiecomplexen",
                            "text": (
                                "<p>Per CellSTACK-10:</p><ul><li>Verdun 1,9 mg plasmide-DNA "
                                "(massaverhouding transfer : gag/pol : rev : VSV-G = 4 : 2 : 1 : "
                                "1) in 55 mL Opti-MEM.</li><li>Verdun 1,9 mL PEIpro in 55 mL "
                                "Opti-MEM (verhouding DNA : PEIpro = 1 µg : 1 µL).</li><li>Voeg de "
                                "PEIpro-oplossing in één keer toe aan de DNA-oplossing, meng "
                                "direct door vijfmaal zacht te zwenken (niet vortexen) en incubeer "
                                "15 min bij kamertemperatuur.</li></ul>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Complexen binnen 30 min na menging aan de cellen toevoegen"
                            ),
                        },
                        {
                            "title": "Transfectie",
                            "text": (
                                "<p>Voeg de 110 mL complexoplossing via de vulopening toe aan het "
                                "medium in de CellSTACK, verdeel door kantelen en plaats de "
                                "fabriek terug in de incubator (37 °C, 5% CO2). Noteer het "
                                "tijdstip van transfectie (t = 0).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Mediumwissel",
                            "text": (
                                "<p>Vervang 16–24 uur na transfectie het medium door 1,1 L vers, "
                                "voorverwarmd DMEM met 10% FBS. Het afgevoerde medium bevat "
                                "plasmide-DNA en mogelijk vectordeeltjes en wordt als ggo-afval "
                                "behandeld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Oogst van de vector",
                            "text": (
                                "<p>Oogst 48 ± 2 uur na transfectie het supernatant via een "
                                "gesloten slangenset in een steriele zak van 5 L. Pool de oogsten "
                                "van alle fabrieken, meng voorzichtig en noteer het totale volume. "
                                "Voer de oogst direct door naar de klaring volgens "
                                "DARE-SOP-0024.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 4 uur bij kamertemperatuur of max. 24 uur bij 2–8 °C tot de "
                                "klaring"
                            ),
                            "safety_note": (
                                "Vectorhoudende vloeistof: werk uitsluitend in de "
                                "veiligheidswerkbank, draag dubbele handschoenen en ruim morsingen "
                                "direct op met een virucide desinfectans."
                            ),
                        },
                        {
                            "title": "Bemonstering",
                            "text": (
                                "<p>Neem onder aseptische condities uit de gepoolde oogst de "
                                "in-procesmonsters: 3 × 1 mL voor de infectieuze titer, 10 mL voor "
                                "mycoplasma en 2 × 10 mL voor steriliteit. Etiketteer elk monster "
                                "met batchnummer, monstercode en tijdstip en lever de monsters "
                                "binnen 2 uur af bij QC.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Inactivatie van afval en reiniging",
                            "text": (
                                "<p>Inactiveer gebruikte celkweekfabrieken, restmedium en "
                                "wegwerpmateriaal volgens de procedure voor ggo-afval "
                                "(DARE-SOP-0037) voordat zij de ML-II-ruimte verlaten. Reinig en "
                                "desinfecteer daarna de werkbank en de ruimte volgens het "
                                "reinigingsschema.</p>"
                            ),
                            "critical": False,
                            "safety_note": (
                                "Ggo-afval nooit onbehandeld uit de ML-II-ruimte afvoeren."
                            ),
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Levensvatbaarheid bij uitzaaien",
                            "specification": "≥ 90%",
                            "method": "NucleoCounter NC-200 (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Confluentie bij transfectie",
                            "specification": "70–90%",
                            "method": "Microscopische beoordeling van de controlefles",
                        },
                        {
                            "parameter": "Infectieuze titer ongezuiverde oogst",
                            "specification": "≥ 1 × 10^6 TU/mL",
                            "method": "Transductie van HEK293T en flowcytometrie (DARE-QC-0021)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Niet aantoonbaar",
                            "method": "NAT (Ph. Eur. 2.6.7)",
                        },
                        {
                            "parameter": "Steriliteit (in-proces)",
                            "specification": "Geen groei",
                            "method": "Geautomatiseerde kweek (Ph. Eur. 2.6.27)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "besluit-ggo"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {"protocol": "DARE-SOP-0024"},
                        {"qc_method": "DARE-QC-0021"},
                    ],
                },
                "en": {
                    "title": (
                        "Lentiviral vector production by transient transfection of HEK293T cells"
                    ),
                    "summary": (
                        "Describes the GMP production of a third-generation SIN lentiviral vector "
                        "by transient four-plasmid transfection of HEK293T cells in multilayer "
                        "cell factories, up to and including the harvest of the unprocessed bulk."
                    ),
                    "purpose": (
                        "<p>This SOP describes how a clinical batch of lentiviral vector (LV) is "
                        "produced by transient transfection of HEK293T cells from the working cell "
                        "bank (WCB) with a transfer plasmid and three packaging plasmids (gag/pol, "
                        "rev and VSV-G). The aim is a reproducible harvest with a predictable "
                        "infectious titre, produced under GMP conditions and ML-II "
                        "containment.</p>"
                    ),
                    "scope": (
                        "<p>Applies to all clinical LV batches produced in the ML-II cleanroom of "
                        "the LUMC vector facility for ex vivo transduction of haematopoietic stem "
                        "cells and T cells. The SOP ends with the transfer of the unprocessed "
                        "harvest to purification (DARE-SOP-0024).</p><p>Does not apply to research "
                        "vectors, stable producer cell lines or suspension culture.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Approves the batch record, ensures that staff are qualified and "
                                "instructed for ML-II work, and assesses deviations during "
                                "production."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs the steps according to the batch record and records all "
                                "actions, times and lot numbers in the batch record as they "
                                "happen."
                            ),
                        ),
                        (
                            "Quality Control (QC)",
                            (
                                "Performs the in-process controls (cell count, mycoplasma, "
                                "infectious titre) and reports the results to Production and QA."
                            ),
                        ),
                        (
                            "Biosafety Officer (BSO)",
                            (
                                "Oversees compliance with the GMO permit and the ML-II containment "
                                "measures."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "HEK293T working cell bank (WCB)",
                            "grade": "gmp",
                            "supplier": "LUMC (in-house cell bank)",
                            "catalogue_number": "WCB-293T-02",
                            "note": (
                                "Tested for sterility, mycoplasma and adventitious viruses; no "
                                "more than 20 passages after thaw"
                            ),
                        },
                        {
                            "name": "Plasmids: transfer, pMDLg/pRRE, pRSV-Rev and pMD2.G (VSV-G)",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Custom (GMP-Source)",
                            "note": "Certificate of analysis per lot; store at ≤ -20 °C",
                        },
                        {
                            "name": "PEIpro-GMP transfection reagent",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "115-100",
                            "note": "Store at 2–8 °C; do not freeze",
                        },
                        {
                            "name": "DMEM, high glucose, GlutaMAX",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31966-021",
                            "note": "Culture and harvest medium",
                        },
                        {
                            "name": "Fetal bovine serum (FBS)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "10270-106",
                            "note": "South American origin; supplier TSE statement",
                        },
                        {
                            "name": "Opti-MEM I Reduced Serum Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31985-062",
                            "note": "For forming the transfection complexes",
                        },
                        {
                            "name": "TrypLE Select Enzyme (1X)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "12563-029",
                            "note": "Animal-origin-free dissociation enzyme",
                        },
                        {
                            "name": "Corning CellSTACK, 10 chambers (6360 cm²)",
                            "grade": "gmp",
                            "supplier": "Corning",
                            "catalogue_number": "3271",
                            "note": "Sterile, TC-treated, with vent caps",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Class II biological safety cabinet",
                            "specification": (
                                "Thermo Scientific Herasafe 2030i, 1.8 m; grade A within a grade B "
                                "room"
                            ),
                            "qualification": (
                                "IQ/OQ/PQ; annual filter integrity test and airflow velocity "
                                "measurement"
                            ),
                        },
                        {
                            "name": "CO2 incubator",
                            "specification": "Thermo Scientific Heracell 240i; 37 °C, 5% CO2",
                            "qualification": "IQ/OQ/PQ; continuous temperature and CO2 monitoring",
                        },
                        {
                            "name": "Cell counter",
                            "specification": "ChemoMetec NucleoCounter NC-200",
                            "qualification": "Calibrated; daily system check",
                        },
                        {
                            "name": "Sterile tube welder",
                            "specification": "Terumo TSCD-II",
                            "qualification": "OQ; visual check of every weld",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Preparation and line clearance",
                            "text": (
                                "<p>Before starting, check that the grade B cleanroom and the "
                                "biological safety cabinet (grade A) are released, that "
                                "environmental monitoring of the previous production day is within "
                                "limits and that all materials have been released by QA. Perform "
                                "line clearance and record it in the batch record.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Thawing and expansion of the working cell bank",
                            "text": (
                                "<p>Thaw one vial of HEK293T WCB in a 37 °C water bath (max. 2 "
                                "min), dilute dropwise into 10 mL pre-warmed medium and centrifuge "
                                "for 5 min at 300 × g. Seed into T175 flasks and passage every 3–4 "
                                "days at 70–90% confluence using TrypLE Select.</p><ul><li>No more "
                                "than 20 passages after thaw.</li><li>Viability at each passage ≥ "
                                "90%.</li></ul>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Seeding of cell factories",
                            "text": (
                                "<p>24 ± 4 hours before transfection, seed 3.0 × 10<sup>8</sup> "
                                "viable cells per CellSTACK-10 (approximately 4.7 × 10<sup>4</sup> "
                                "cells/cm²) in 1.1 L DMEM with 10% FBS. Distribute the suspension "
                                "evenly over the layers by tilting the factory as instructed by "
                                "the supplier, and place it in the incubator.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Confluence check",
                            "text": (
                                "<p>Immediately before transfection, assess the confluence of the "
                                "control flask cultured alongside (T175, same seeding density). "
                                "Confluence must be 70–90% with normal cell morphology. If not, "
                                "the Head of Production decides whether to proceed and a deviation "
                                "is raised.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Preparation of transfection complexes",
                            "text": (
                                "<p>Per CellSTACK-10:</p><ul><li>Dilute 1.9 mg plasmid DNA (mass "
                                "ratio transfer : gag/pol : rev : VSV-G = 4 : 2 : 1 : 1) in 55 mL "
                                "Opti-MEM.</li><li>Dilute 1.9 mL PEIpro in 55 mL Opti-MEM (DNA : "
                                "PEIpro ratio 1 µg : 1 µL).</li><li>Add the PEIpro solution to the "
                                "DNA solution in one go, mix immediately by gently swirling five "
                                "times (do not vortex) and incubate for 15 min at room "
                                "temperature.</li></ul>"
                            ),
                            "critical": True,
                            "hold_time": "Add complexes to the cells within 30 min of mixing",
                        },
                        {
                            "title": "Transfection",
                            "text": (
                                "<p>Add the 110 mL complex solution through the filling port to "
                                "the medium in the CellSTACK, distribute by tilting and return the "
                                "factory to the incubator (37 °C, 5% CO2). Record the time of "
                                "transfection (t = 0).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Medium change",
                            "text": (
                                "<p>16–24 hours after transfection, replace the medium with 1.1 L "
                                "fresh, pre-warmed DMEM with 10% FBS. The removed medium contains "
                                "plasmid DNA and possibly vector particles and is handled as GMO "
                                "waste.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Vector harvest",
                            "text": (
                                "<p>48 ± 2 hours after transfection, harvest the supernatant "
                                "through a closed tubing set into a sterile 5 L bag. Pool the "
                                "harvests of all factories, mix gently and record the total "
                                "volume. Transfer the harvest directly to clarification according "
                                "to DARE-SOP-0024.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 4 hours at room temperature or max. 24 hours at 2–8 °C until "
                                "clarification"
                            ),
                            "safety_note": (
                                "Vector-containing liquid: work only in the safety cabinet, wear "
                                "double gloves and clean up spills immediately with a virucidal "
                                "disinfectant."
                            ),
                        },
                        {
                            "title": "Sampling",
                            "text": (
                                "<p>Under aseptic conditions, take the in-process samples from the "
                                "pooled harvest: 3 × 1 mL for infectious titre, 10 mL for "
                                "mycoplasma and 2 × 10 mL for sterility. Label each sample with "
                                "batch number, sample code and time, and deliver the samples to QC "
                                "within 2 hours.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Waste inactivation and cleaning",
                            "text": (
                                "<p>Inactivate used cell factories, residual medium and "
                                "disposables according to the GMO waste procedure (DARE-SOP-0037) "
                                "before they leave the ML-II room. Then clean and disinfect the "
                                "safety cabinet and the room according to the cleaning "
                                "schedule.</p>"
                            ),
                            "critical": False,
                            "safety_note": "Never remove untreated GMO waste from the ML-II room.",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability at seeding",
                            "specification": "≥ 90%",
                            "method": "NucleoCounter NC-200 (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Confluence at transfection",
                            "specification": "70–90%",
                            "method": "Microscopic assessment of the control flask",
                        },
                        {
                            "parameter": "Infectious titre of unprocessed harvest",
                            "specification": "≥ 1 × 10^6 TU/mL",
                            "method": "Transduction of HEK293T and flow cytometry (DARE-QC-0021)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Not detected",
                            "method": "NAT (Ph. Eur. 2.6.7)",
                        },
                        {
                            "parameter": "Sterility (in-process)",
                            "specification": "No growth",
                            "method": "Automated culture (Ph. Eur. 2.6.27)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "besluit-ggo"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {"protocol": "DARE-SOP-0024"},
                        {"qc_method": "DARE-QC-0021"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2023, 5, 15),
                "next_review_date": date(2025, 5, 15),
                "nl": {
                    "change_note": (
                        "FBS vervangen door gammabestraald FBS met TSE-certificaat van "
                        "geschiktheid; na de mediumwissel wordt met 2% FBS gekweekt om de "
                        "hoeveelheid serumeiwit in de oogst te verlagen; bemonstering van de "
                        "end-of-production-cellen (EOPC) toegevoegd."
                    ),
                    "materials": [
                        {
                            "name": "HEK293T-werkcelbank (WCB)",
                            "grade": "gmp",
                            "supplier": "LUMC (eigen celbank)",
                            "catalogue_number": "WCB-293T-02",
                            "note": (
                                "Getest op steriliteit, mycoplasma en adventitieuze virussen; "
                                "maximaal 20 passages na ontdooien"
                            ),
                        },
                        {
                            "name": "Plasmiden: transfer, pMDLg/pRRE, pRSV-Rev en pMD2.G (VSV-G)",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Maatwerk (GMP-Source)",
                            "note": "Analysecertificaat per lot; opslag ≤ -20 °C",
                        },
                        {
                            "name": "PEIpro-GMP transfectiereagens",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "115-100",
                            "note": "Opslag 2–8 °C; niet invriezen",
                        },
                        {
                            "name": "DMEM, high glucose, GlutaMAX",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31966-021",
                            "note": "Kweek- en oogstmedium",
                        },
                        {
                            "name": "Foetaal kalfsserum (FBS), gammabestraald",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "A31608-02",
                            "note": (
                                "Herkomst Australië; EDQM-certificaat van geschiktheid (TSE) en "
                                "bestralingscertificaat per lot"
                            ),
                        },
                        {
                            "name": "Opti-MEM I Reduced Serum Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31985-062",
                            "note": "Voor het vormen van de transfectiecomplexen",
                        },
                        {
                            "name": "TrypLE Select Enzyme (1X)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "12563-029",
                            "note": "Dierlijk-vrij dissociatie-enzym",
                        },
                        {
                            "name": "Corning CellSTACK, 10 lagen (6360 cm²)",
                            "grade": "gmp",
                            "supplier": "Corning",
                            "catalogue_number": "3271",
                            "note": "Steriel, TC-behandeld, met ventilatiedoppen",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Voorbereiding en line clearance",
                            "text": (
                                "<p>Controleer vóór aanvang dat de cleanroom klasse B en de "
                                "veiligheidswerkbank (klasse A) zijn vrijgegeven, dat de "
                                "omgevingsmonitoring van de vorige productiedag binnen de limieten "
                                "valt en dat alle materialen door QA zijn vrijgegeven. Voer line "
                                "clearance uit en leg deze vast in het batchprotocol.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Ontdooien en expansie van de werkcelbank",
                            "text": (
                                "<p>Ontdooi één ampul HEK293T-WCB in een waterbad van 37 °C (max. "
                                "2 min), verdun druppelsgewijs in 10 mL voorverwarmd medium en "
                                "centrifugeer 5 min bij 300 × g. Zaai uit in T175-flessen en "
                                "passeer elke 3–4 dagen bij 70–90% confluentie met TrypLE "
                                "Select.</p><ul><li>Maximaal 20 passages na "
                                "ontdooien.</li><li>Levensvatbaarheid bij elke passage ≥ "
                                "90%.</li></ul>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Uitzaaien in celkweekfabrieken",
                            "text": (
                                "<p>Zaai 24 ± 4 uur vóór transfectie 3,0 × 10<sup>8</sup> levende "
                                "cellen per CellSTACK-10 (circa 4,7 × 10<sup>4</sup> cellen/cm²) "
                                "in 1,1 L DMEM met 10% FBS. Verdeel de suspensie gelijkmatig over "
                                "de lagen door de fabriek volgens de instructie van de leverancier "
                                "te kantelen en plaats deze in de incubator.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Controle van de confluentie",
                            "text": (
                                "<p>Beoordeel vlak vóór transfectie de confluentie in de "
                                "meegekweekte controlefles (T175, zelfde zaaidichtheid). De "
                                "confluentie moet 70–90% zijn en de cellen moeten een normale "
                                "morfologie hebben. Bij afwijking beslist het Hoofd Productie over "
                                "voortzetting en wordt een afwijking geregistreerd.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bereiden van de transfectiecomplexen",
                            "text": (
                                "<p>Per CellSTACK-10:</p><ul><li>Verdun 1,9 mg plasmide-DNA "
                                "(massaverhouding transfer : gag/pol : rev : VSV-G = 4 : 2 : 1 : "
                                "1) in 55 mL Opti-MEM.</li><li>Verdun 1,9 mL PEIpro in 55 mL "
                                "Opti-MEM (verhouding DNA : PEIpro = 1 µg : 1 µL).</li><li>Voeg de "
                                "PEIpro-oplossing in één keer toe aan de DNA-oplossing, meng "
                                "direct door vijfmaal zacht te zwenken (niet vortexen) en incubeer "
                                "15 min bij kamertemperatuur.</li></ul>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Complexen binnen 30 min na menging aan de cellen toevoegen"
                            ),
                        },
                        {
                            "title": "Transfectie",
                            "text": (
                                "<p>Voeg de 110 mL complexoplossing via de vulopening toe aan het "
                                "medium in de CellSTACK, verdeel door kantelen en plaats de "
                                "fabriek terug in de incubator (37 °C, 5% CO2). Noteer het "
                                "tijdstip van transfectie (t = 0).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Mediumwissel",
                            "text": (
                                "<p>Vervang 16–24 uur na transfectie het medium door 1,1 L vers, "
                                "voorverwarmd DMEM met 2% FBS. De lagere serumconcentratie "
                                "verlaagt de hoeveelheid runderalbumine in de oogst zonder de "
                                "titer te beïnvloeden. Het afgevoerde medium bevat plasmide-DNA en "
                                "mogelijk vectordeeltjes en wordt als ggo-afval behandeld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Oogst van de vector",
                            "text": (
                                "<p>Oogst 48 ± 2 uur na transfectie het supernatant via een "
                                "gesloten slangenset in een steriele zak van 5 L. Pool de oogsten "
                                "van alle fabrieken, meng voorzichtig en noteer het totale volume. "
                                "Voer de oogst direct door naar de klaring volgens "
                                "DARE-SOP-0024.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 4 uur bij kamertemperatuur of max. 24 uur bij 2–8 °C tot de "
                                "klaring"
                            ),
                            "safety_note": (
                                "Vectorhoudende vloeistof: werk uitsluitend in de "
                                "veiligheidswerkbank, draag dubbele handschoenen en ruim morsingen "
                                "direct op met een virucide desinfectans."
                            ),
                        },
                        {
                            "title": "Bemonstering",
                            "text": (
                                "<p>Neem onder aseptische condities uit de gepoolde oogst de "
                                "in-procesmonsters: 3 × 1 mL voor de infectieuze titer, 10 mL voor "
                                "mycoplasma en 2 × 10 mL voor steriliteit. Etiketteer elk monster "
                                "met batchnummer, monstercode en tijdstip en lever de monsters "
                                "binnen 2 uur af bij QC.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bemonstering van end-of-production-cellen",
                            "text": (
                                "<p>Maak na de oogst de cellen van één celkweekfabriek los met "
                                "TrypLE Select. Vries 5 ampullen van 1 × 10<sup>7</sup> cellen in "
                                "als EOPC-referentie en lever 1 × 10<sup>7</sup> cellen vers aan "
                                "QC voor de test op adventitieuze virussen en mycoplasma.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Inactivatie van afval en reiniging",
                            "text": (
                                "<p>Inactiveer gebruikte celkweekfabrieken, restmedium en "
                                "wegwerpmateriaal volgens de procedure voor ggo-afval "
                                "(DARE-SOP-0037) voordat zij de ML-II-ruimte verlaten. Reinig en "
                                "desinfecteer daarna de werkbank en de ruimte volgens het "
                                "reinigingsschema.</p>"
                            ),
                            "critical": False,
                            "safety_note": (
                                "Ggo-afval nooit onbehandeld uit de ML-II-ruimte afvoeren."
                            ),
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "FBS replaced by gamma-irradiated FBS with a TSE certificate of "
                        "suitability; cultures are kept in 2% FBS after the medium change to "
                        "reduce serum protein in the harvest; sampling of end-of-production cells "
                        "(EOPC) added."
                    ),
                    "materials": [
                        {
                            "name": "HEK293T working cell bank (WCB)",
                            "grade": "gmp",
                            "supplier": "LUMC (in-house cell bank)",
                            "catalogue_number": "WCB-293T-02",
                            "note": (
                                "Tested for sterility, mycoplasma and adventitious viruses; no "
                                "more than 20 passages after thaw"
                            ),
                        },
                        {
                            "name": "Plasmids: transfer, pMDLg/pRRE, pRSV-Rev and pMD2.G (VSV-G)",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Custom (GMP-Source)",
                            "note": "Certificate of analysis per lot; store at ≤ -20 °C",
                        },
                        {
                            "name": "PEIpro-GMP transfection reagent",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "115-100",
                            "note": "Store at 2–8 °C; do not freeze",
                        },
                        {
                            "name": "DMEM, high glucose, GlutaMAX",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31966-021",
                            "note": "Culture and harvest medium",
                        },
                        {
                            "name": "Fetal bovine serum (FBS), gamma-irradiated",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "A31608-02",
                            "note": (
                                "Australian origin; EDQM certificate of suitability (TSE) and "
                                "irradiation certificate per lot"
                            ),
                        },
                        {
                            "name": "Opti-MEM I Reduced Serum Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "31985-062",
                            "note": "For forming the transfection complexes",
                        },
                        {
                            "name": "TrypLE Select Enzyme (1X)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "12563-029",
                            "note": "Animal-origin-free dissociation enzyme",
                        },
                        {
                            "name": "Corning CellSTACK, 10 chambers (6360 cm²)",
                            "grade": "gmp",
                            "supplier": "Corning",
                            "catalogue_number": "3271",
                            "note": "Sterile, TC-treated, with vent caps",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Preparation and line clearance",
                            "text": (
                                "<p>Before starting, check that the grade B cleanroom and the "
                                "biological safety cabinet (grade A) are released, that "
                                "environmental monitoring of the previous production day is within "
                                "limits and that all materials have been released by QA. Perform "
                                "line clearance and record it in the batch record.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Thawing and expansion of the working cell bank",
                            "text": (
                                "<p>Thaw one vial of HEK293T WCB in a 37 °C water bath (max. 2 "
                                "min), dilute dropwise into 10 mL pre-warmed medium and centrifuge "
                                "for 5 min at 300 × g. Seed into T175 flasks and passage every 3–4 "
                                "days at 70–90% confluence using TrypLE Select.</p><ul><li>No more "
                                "than 20 passages after thaw.</li><li>Viability at each passage ≥ "
                                "90%.</li></ul>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Seeding of cell factories",
                            "text": (
                                "<p>24 ± 4 hours before transfection, seed 3.0 × 10<sup>8</sup> "
                                "viable cells per CellSTACK-10 (approximately 4.7 × 10<sup>4</sup> "
                                "cells/cm²) in 1.1 L DMEM with 10% FBS. Distribute the suspension "
                                "evenly over the layers by tilting the factory as instructed by "
                                "the supplier, and place it in the incubator.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Confluence check",
                            "text": (
                                "<p>Immediately before transfection, assess the confluence of the "
                                "control flask cultured alongside (T175, same seeding density). "
                                "Confluence must be 70–90% with normal cell morphology. If not, "
                                "the Head of Production decides whether to proceed and a deviation "
                                "is raised.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Preparation of transfection complexes",
                            "text": (
                                "<p>Per CellSTACK-10:</p><ul><li>Dilute 1.9 mg plasmid DNA (mass "
                                "ratio transfer : gag/pol : rev : VSV-G = 4 : 2 : 1 : 1) in 55 mL "
                                "Opti-MEM.</li><li>Dilute 1.9 mL PEIpro in 55 mL Opti-MEM (DNA : "
                                "PEIpro ratio 1 µg : 1 µL).</li><li>Add the PEIpro solution to the "
                                "DNA solution in one go, mix immediately by gently swirling five "
                                "times (do not vortex) and incubate for 15 min at room "
                                "temperature.</li></ul>"
                            ),
                            "critical": True,
                            "hold_time": "Add complexes to the cells within 30 min of mixing",
                        },
                        {
                            "title": "Transfection",
                            "text": (
                                "<p>Add the 110 mL complex solution through the filling port to "
                                "the medium in the CellSTACK, distribute by tilting and return the "
                                "factory to the incubator (37 °C, 5% CO2). Record the time of "
                                "transfection (t = 0).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Medium change",
                            "text": (
                                "<p>16–24 hours after transfection, replace the medium with 1.1 L "
                                "fresh, pre-warmed DMEM with 2% FBS. The lower serum concentration "
                                "reduces bovine albumin in the harvest without affecting the "
                                "titre. The removed medium contains plasmid DNA and possibly "
                                "vector particles and is handled as GMO waste.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Vector harvest",
                            "text": (
                                "<p>48 ± 2 hours after transfection, harvest the supernatant "
                                "through a closed tubing set into a sterile 5 L bag. Pool the "
                                "harvests of all factories, mix gently and record the total "
                                "volume. Transfer the harvest directly to clarification according "
                                "to DARE-SOP-0024.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 4 hours at room temperature or max. 24 hours at 2–8 °C until "
                                "clarification"
                            ),
                            "safety_note": (
                                "Vector-containing liquid: work only in the safety cabinet, wear "
                                "double gloves and clean up spills immediately with a virucidal "
                                "disinfectant."
                            ),
                        },
                        {
                            "title": "Sampling",
                            "text": (
                                "<p>Under aseptic conditions, take the in-process samples from the "
                                "pooled harvest: 3 × 1 mL for infectious titre, 10 mL for "
                                "mycoplasma and 2 × 10 mL for sterility. Label each sample with "
                                "batch number, sample code and time, and deliver the samples to QC "
                                "within 2 hours.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Sampling of end-of-production cells",
                            "text": (
                                "<p>After the harvest, detach the cells of one cell factory with "
                                "TrypLE Select. Freeze 5 vials of 1 × 10<sup>7</sup> cells as EOPC "
                                "reference and deliver 1 × 10<sup>7</sup> fresh cells to QC for "
                                "the adventitious virus and mycoplasma tests.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Waste inactivation and cleaning",
                            "text": (
                                "<p>Inactivate used cell factories, residual medium and "
                                "disposables according to the GMO waste procedure (DARE-SOP-0037) "
                                "before they leave the ML-II room. Then clean and disinfect the "
                                "safety cabinet and the room according to the cleaning "
                                "schedule.</p>"
                            ),
                            "critical": False,
                            "safety_note": "Never remove untreated GMO waste from the ML-II room.",
                        },
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2025, 3, 3),
                "next_review_date": date(2028, 3, 3),
                "nl": {
                    "change_note": (
                        "Specificatie voor de infectieuze titer van de oogst aangescherpt tot ≥ 5 "
                        "× 10^6 TU/mL op basis van de procesvalidatie (drie opeenvolgende "
                        "batches); test op adventitieuze virussen op EOPC als acceptatiecriterium "
                        "opgenomen; verwijzing naar de EMA-richtlijn voor klinische ATMP's "
                        "toegevoegd."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Levensvatbaarheid bij uitzaaien",
                            "specification": "≥ 90%",
                            "method": "NucleoCounter NC-200 (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Confluentie bij transfectie",
                            "specification": "70–90%",
                            "method": "Microscopische beoordeling van de controlefles",
                        },
                        {
                            "parameter": "Infectieuze titer ongezuiverde oogst",
                            "specification": "≥ 5 × 10^6 TU/mL",
                            "method": "Transductie van HEK293T en flowcytometrie (DARE-QC-0021)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Niet aantoonbaar",
                            "method": "NAT (Ph. Eur. 2.6.7)",
                        },
                        {
                            "parameter": "Steriliteit (in-proces)",
                            "specification": "Geen groei",
                            "method": "Geautomatiseerde kweek (Ph. Eur. 2.6.27)",
                        },
                        {
                            "parameter": "Adventitieuze virussen (EOPC)",
                            "specification": "Niet aantoonbaar",
                            "method": "In-vitrotest op indicatorcellen (DARE-QC-0019)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {"regulation": "besluit-ggo"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {"protocol": "DARE-SOP-0024"},
                        {"qc_method": "DARE-QC-0021"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Specification for the infectious titre of the harvest tightened to ≥ 5 × "
                        "10^6 TU/mL based on process validation (three consecutive batches); "
                        "adventitious virus test on EOPC added as an acceptance criterion; "
                        "reference to the EMA guideline on investigational ATMPs added."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability at seeding",
                            "specification": "≥ 90%",
                            "method": "NucleoCounter NC-200 (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Confluence at transfection",
                            "specification": "70–90%",
                            "method": "Microscopic assessment of the control flask",
                        },
                        {
                            "parameter": "Infectious titre of unprocessed harvest",
                            "specification": "≥ 5 × 10^6 TU/mL",
                            "method": "Transduction of HEK293T and flow cytometry (DARE-QC-0021)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Not detected",
                            "method": "NAT (Ph. Eur. 2.6.7)",
                        },
                        {
                            "parameter": "Sterility (in-process)",
                            "specification": "No growth",
                            "method": "Automated culture (Ph. Eur. 2.6.27)",
                        },
                        {
                            "parameter": "Adventitious viruses (EOPC)",
                            "specification": "Not detected",
                            "method": "In vitro test on indicator cells (DARE-QC-0019)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {"regulation": "besluit-ggo"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {"protocol": "DARE-SOP-0024"},
                        {"qc_method": "DARE-QC-0021"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0024 Lentiviral vector purification (LUMC), two versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0024",
        "centre": "lumc",
        "modality": "lv",
        "process_stage": "vector-production",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 9, 1),
                "next_review_date": date(2023, 9, 1),
                "nl": {
                    "title": "Zuivering en concentratie van lentivirale vector",
                    "summary": (
                        "Zuivering van de ongezuiverde LV-oogst via klaring, nucleasebehandeling, "
                        "anionenwisseling en tangentiële flowfiltratie tot een steriel gefilterde, "
                        "geconcentreerde vectorbatch."
                    ),
                    "purpose": (
                        "<p>Vastleggen van de zuivering van lentivirale vector uit de oogst van "
                        "DARE-SOP-0023, met als doel een geconcentreerde vector met lage gehalten "
                        "aan gastheercel-DNA, plasmide-DNA en eiwitten, geformuleerd in een buffer "
                        "die geschikt is voor ex-vivotransductie.</p>"
                    ),
                    "scope": (
                        "<p>Geldt voor klinische LV-batches van 5–20 L oogst in de ML-II-cleanroom "
                        "van het LUMC. Afvullen en vrijgifte vallen onder DARE-SOP-0025.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            (
                                "Verantwoordelijk voor de juiste uitvoering en voor de beoordeling "
                                "van in-procesresultaten en afwijkingen."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Voert de zuivering uit en legt alle procesparameters (druk, flux, "
                                "volumes, tijden) vast in het batchprotocol."
                            ),
                        ),
                        (
                            "Kwaliteitscontrole (QC)",
                            (
                                "Analyseert de in-procesmonsters en rapporteert titer en "
                                "terugwinning per processtap."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Benzonase-nuclease, zuiverheid > 99%",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.01697.0002",
                            "note": "Eindconcentratie 50 U/mL met 2 mM MgCl2",
                        },
                        {
                            "name": "Sartopure PP3 dieptefilter 1,2 µm + Sartopore 2 0,45 µm",
                            "grade": "gmp",
                            "supplier": "Sartorius",
                            "catalogue_number": "5595303P9--SS",
                            "note": "Klaringsfiltertrein",
                        },
                        {
                            "name": "Sartobind Q-membraanadsorber, 75 mL",
                            "grade": "gmp",
                            "supplier": "Sartorius",
                            "catalogue_number": "96IEXQ42EUC11--A",
                            "note": "Eenmalig gebruik",
                        },
                        {
                            "name": "Hollow-fibre TFF-module, 500 kDa mPES",
                            "grade": "gmp",
                            "supplier": "Repligen",
                            "catalogue_number": "D06-E500-05-N",
                            "note": "Eenmalig gebruik; vooraf gespoeld met formuleringsbuffer",
                        },
                        {
                            "name": "X-VIVO 15 (formuleringsbuffer)",
                            "grade": "gmp",
                            "supplier": "Lonza",
                            "catalogue_number": "04-418Q",
                            "note": "Zonder gentamicine en fenolrood",
                        },
                        {
                            "name": "Sartopore 2 XLG 0,2 µm sterielfilter",
                            "grade": "gmp",
                            "supplier": "Sartorius",
                            "catalogue_number": "5447358H4--OO",
                            "note": "Integriteitstest vóór en na gebruik",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Chromatografiesysteem",
                            "specification": "Cytiva ÄKTA ready met eenmalig stromingspad",
                            "qualification": (
                                "IQ/OQ/PQ; gekalibreerde UV-, geleidbaarheids- en druksensoren"
                            ),
                        },
                        {
                            "name": "TFF-systeem",
                            "specification": "Repligen KrosFlo KR2i",
                            "qualification": "IQ/OQ; drukopnemers jaarlijks gekalibreerd",
                        },
                        {
                            "name": "Filterintegriteitstester",
                            "specification": "Sartorius Sartocheck 5 Plus",
                            "qualification": "IQ/OQ; jaarlijkse kalibratie",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Klaring",
                            "text": (
                                "<p>Pomp de gepoolde oogst met maximaal 500 mL/min door de "
                                "klaringsfiltertrein (1,2 µm / 0,45 µm). Spoel na met 500 mL "
                                "formuleringsbuffer en noteer volume en filterdruk. Stop bij een "
                                "druk boven 1,5 bar en wissel van filter.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Nucleasebehandeling",
                            "text": (
                                "<p>Voeg MgCl2 toe tot 2 mM en Benzonase tot 50 U/mL. Meng en "
                                "incubeer 1 uur bij kamertemperatuur onder zacht mengen.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Anionenwisselingschromatografie",
                            "text": (
                                "<p>Equilibreer de Sartobind Q met 20 mM Tris, 150 mM NaCl, pH "
                                "7,4. Laad het geklaarde materiaal met 10 membraanvolumes/min, was "
                                "met 10 membraanvolumes equilibratiebuffer en elueer met 1,5 M "
                                "NaCl in 20 mM Tris, pH 7,4. Verzamel de UV-piek.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Eluaat binnen 30 min doorvoeren naar TFF",
                        },
                        {
                            "title": "Concentratie en diafiltratie (TFF)",
                            "text": (
                                "<p>Concentreer het eluaat tien- tot twintigvoudig over de 500 "
                                "kDa-hollow fibre bij een afschuifsnelheid van maximaal 4000 "
                                "s<sup>-1</sup> en een TMP van ≤ 0,5 bar. Diafiltreer met 6 "
                                "diavolumes X-VIVO 15 en concentreer tot het doelvolume uit het "
                                "batchprotocol.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Steriele filtratie",
                            "text": (
                                "<p>Voer vóór gebruik de integriteitstest uit op het 0,2 "
                                "µm-filter. Filtreer het concentraat in de klasse A-werkbank in "
                                "een steriele zak, spoel het filter na met 10 mL buffer en test de "
                                "filterintegriteit na gebruik (bubblepoint).</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Werk met het geconcentreerde vectorproduct alleen in de "
                                "veiligheidswerkbank; gebruik luer-lock-verbindingen om spatten te "
                                "voorkomen."
                            ),
                        },
                        {
                            "title": "Afvullen en invriezen",
                            "text": (
                                "<p>Vul de gefilterde vector af in steriele cryovials van 1,0 mL, "
                                "etiketteer volgens het batchprotocol en vries in bij ≤ -65 °C. "
                                "Registreer het aantal vials en de opslaglocatie.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Max. 2 uur bij 2–8 °C tussen filtratie en invriezen",
                        },
                        {
                            "title": "Bemonstering voor vrijgifte",
                            "text": (
                                "<p>Reserveer vials en retentiemonsters volgens het "
                                "bemonsteringsplan van DARE-SOP-0025 en lever ze met het "
                                "monsterformulier af bij QC.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Filterintegriteit na steriele filtratie",
                            "specification": "Bubblepoint ≥ specificatie leverancier",
                            "method": "Sartocheck 5 Plus",
                        },
                        {
                            "parameter": "Infectieuze titer gezuiverde vector",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Endotoxine (in-proces)",
                            "specification": "< 10 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0023"},
                        {"protocol": "DARE-SOP-0025"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                    ],
                },
                "en": {
                    "title": "Purification and concentration of lentiviral vector",
                    "summary": (
                        "Purification of the unprocessed LV harvest by clarification, nuclease "
                        "treatment, anion exchange and tangential flow filtration into a "
                        "sterile-filtered, concentrated vector batch."
                    ),
                    "purpose": (
                        "<p>To describe the purification of lentiviral vector from the harvest of "
                        "DARE-SOP-0023, giving a concentrated vector with low levels of host-cell "
                        "DNA, plasmid DNA and proteins, formulated in a buffer suitable for ex "
                        "vivo transduction.</p>"
                    ),
                    "scope": (
                        "<p>Applies to clinical LV batches of 5–20 L harvest in the LUMC ML-II "
                        "cleanroom. Filling and release are covered by DARE-SOP-0025.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Responsible for correct execution and for the assessment of "
                                "in-process results and deviations."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs the purification and records all process parameters "
                                "(pressure, flux, volumes, times) in the batch record."
                            ),
                        ),
                        (
                            "Quality Control (QC)",
                            (
                                "Analyses the in-process samples and reports titre and recovery "
                                "per process step."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Benzonase nuclease, purity > 99%",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.01697.0002",
                            "note": "Final concentration 50 U/mL with 2 mM MgCl2",
                        },
                        {
                            "name": "Sartopure PP3 depth filter 1.2 µm + Sartopore 2 0.45 µm",
                            "grade": "gmp",
                            "supplier": "Sartorius",
                            "catalogue_number": "5595303P9--SS",
                            "note": "Clarification filter train",
                        },
                        {
                            "name": "Sartobind Q membrane adsorber, 75 mL",
                            "grade": "gmp",
                            "supplier": "Sartorius",
                            "catalogue_number": "96IEXQ42EUC11--A",
                            "note": "Single use",
                        },
                        {
                            "name": "Hollow-fibre TFF module, 500 kDa mPES",
                            "grade": "gmp",
                            "supplier": "Repligen",
                            "catalogue_number": "D06-E500-05-N",
                            "note": "Single use; pre-flushed with formulation buffer",
                        },
                        {
                            "name": "X-VIVO 15 (formulation buffer)",
                            "grade": "gmp",
                            "supplier": "Lonza",
                            "catalogue_number": "04-418Q",
                            "note": "Without gentamicin and phenol red",
                        },
                        {
                            "name": "Sartopore 2 XLG 0.2 µm sterilising filter",
                            "grade": "gmp",
                            "supplier": "Sartorius",
                            "catalogue_number": "5447358H4--OO",
                            "note": "Integrity test before and after use",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Chromatography system",
                            "specification": "Cytiva ÄKTA ready with single-use flow path",
                            "qualification": (
                                "IQ/OQ/PQ; calibrated UV, conductivity and pressure sensors"
                            ),
                        },
                        {
                            "name": "TFF system",
                            "specification": "Repligen KrosFlo KR2i",
                            "qualification": "IQ/OQ; pressure transducers calibrated annually",
                        },
                        {
                            "name": "Filter integrity tester",
                            "specification": "Sartorius Sartocheck 5 Plus",
                            "qualification": "IQ/OQ; annual calibration",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Clarification",
                            "text": (
                                "<p>Pump the pooled harvest at no more than 500 mL/min through the "
                                "clarification filter train (1.2 µm / 0.45 µm). Chase with 500 mL "
                                "formulation buffer and record volume and filter pressure. Stop at "
                                "a pressure above 1.5 bar and change the filter.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Nuclease treatment",
                            "text": (
                                "<p>Add MgCl2 to 2 mM and Benzonase to 50 U/mL. Mix and incubate "
                                "for 1 hour at room temperature with gentle mixing.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Anion-exchange chromatography",
                            "text": (
                                "<p>Equilibrate the Sartobind Q with 20 mM Tris, 150 mM NaCl, pH "
                                "7.4. Load the clarified material at 10 membrane volumes/min, wash "
                                "with 10 membrane volumes of equilibration buffer and elute with "
                                "1.5 M NaCl in 20 mM Tris, pH 7.4. Collect the UV peak.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Transfer eluate to TFF within 30 min",
                        },
                        {
                            "title": "Concentration and diafiltration (TFF)",
                            "text": (
                                "<p>Concentrate the eluate ten- to twentyfold over the 500 kDa "
                                "hollow fibre at a shear rate of no more than 4000 s<sup>-1</sup> "
                                "and a TMP of ≤ 0.5 bar. Diafilter with 6 diavolumes of X-VIVO 15 "
                                "and concentrate to the target volume in the batch record.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Sterile filtration",
                            "text": (
                                "<p>Perform the pre-use integrity test on the 0.2 µm filter. "
                                "Filter the concentrate into a sterile bag in the grade A cabinet, "
                                "chase the filter with 10 mL buffer and test filter integrity "
                                "after use (bubble point).</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Handle concentrated vector only in the safety cabinet; use "
                                "luer-lock connections to avoid splashes."
                            ),
                        },
                        {
                            "title": "Filling and freezing",
                            "text": (
                                "<p>Fill the filtered vector into sterile 1.0 mL cryovials, label "
                                "according to the batch record and freeze at ≤ -65 °C. Record the "
                                "number of vials and the storage location.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Max. 2 hours at 2–8 °C between filtration and freezing",
                        },
                        {
                            "title": "Sampling for release",
                            "text": (
                                "<p>Set aside vials and retention samples according to the "
                                "sampling plan of DARE-SOP-0025 and deliver them to QC with the "
                                "sample form.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Filter integrity after sterile filtration",
                            "specification": "Bubble point ≥ supplier specification",
                            "method": "Sartocheck 5 Plus",
                        },
                        {
                            "parameter": "Infectious titre of purified vector",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Endotoxin (in-process)",
                            "specification": "< 10 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0023"},
                        {"protocol": "DARE-SOP-0025"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 10, 1),
                "next_review_date": date(2027, 10, 1),
                "nl": {
                    "change_note": (
                        "Elutie van de anionenwisselaar verlaagd naar 1,0 M NaCl met directe "
                        "1:4-verdunning van het eluaat, omdat langdurige blootstelling aan hoog "
                        "zout de infectiviteit verlaagde (afwijking 2024-031); terugwinning na AEX "
                        "als in-procescontrole toegevoegd."
                    ),
                    "steps": [
                        {
                            "title": "Klaring",
                            "text": (
                                "<p>Pomp de gepoolde oogst met maximaal 500 mL/min door de "
                                "klaringsfiltertrein (1,2 µm / 0,45 µm). Spoel na met 500 mL "
                                "formuleringsbuffer en noteer volume en filterdruk. Stop bij een "
                                "druk boven 1,5 bar en wissel van filter.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Nucleasebehandeling",
                            "text": (
                                "<p>Voeg MgCl2 toe tot 2 mM en Benzonase tot 50 U/mL. Meng en "
                                "incubeer 1 uur bij kamertemperatuur onder zacht mengen.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Anionenwisselingschromatografie",
                            "text": (
                                "<p>Equilibreer de Sartobind Q met 20 mM Tris, 150 mM NaCl, pH "
                                "7,4. Laad het geklaarde materiaal met 10 membraanvolumes/min en "
                                "was met 10 membraanvolumes equilibratiebuffer. Elueer met 1,0 M "
                                "NaCl in 20 mM Tris, pH 7,4, en vang het eluaat op in een zak met "
                                "drie volumes X-VIVO 15, zodat het eluaat direct 1:4 wordt "
                                "verdund.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Onverdund eluaat: geen; verdund eluaat binnen 30 min doorvoeren "
                                "naar TFF"
                            ),
                        },
                        {
                            "title": "Concentratie en diafiltratie (TFF)",
                            "text": (
                                "<p>Concentreer het eluaat tien- tot twintigvoudig over de 500 "
                                "kDa-hollow fibre bij een afschuifsnelheid van maximaal 4000 "
                                "s<sup>-1</sup> en een TMP van ≤ 0,5 bar. Diafiltreer met 6 "
                                "diavolumes X-VIVO 15 en concentreer tot het doelvolume uit het "
                                "batchprotocol.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Steriele filtratie",
                            "text": (
                                "<p>Voer vóór gebruik de integriteitstest uit op het 0,2 "
                                "µm-filter. Filtreer het concentraat in de klasse A-werkbank in "
                                "een steriele zak, spoel het filter na met 10 mL buffer en test de "
                                "filterintegriteit na gebruik (bubblepoint).</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Werk met het geconcentreerde vectorproduct alleen in de "
                                "veiligheidswerkbank; gebruik luer-lock-verbindingen om spatten te "
                                "voorkomen."
                            ),
                        },
                        {
                            "title": "Afvullen en invriezen",
                            "text": (
                                "<p>Vul de gefilterde vector af in steriele cryovials van 1,0 mL, "
                                "etiketteer volgens het batchprotocol en vries in bij ≤ -65 °C. "
                                "Registreer het aantal vials en de opslaglocatie.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Max. 2 uur bij 2–8 °C tussen filtratie en invriezen",
                        },
                        {
                            "title": "Bemonstering voor vrijgifte",
                            "text": (
                                "<p>Reserveer vials en retentiemonsters volgens het "
                                "bemonsteringsplan van DARE-SOP-0025 en lever ze met het "
                                "monsterformulier af bij QC.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Terugwinning infectieuze eenheden na AEX",
                            "specification": "≥ 30% (in-procescontrole)",
                            "method": "DARE-QC-0021 op load en eluaat",
                        },
                        {
                            "parameter": "Filterintegriteit na steriele filtratie",
                            "specification": "Bubblepoint ≥ specificatie leverancier",
                            "method": "Sartocheck 5 Plus",
                        },
                        {
                            "parameter": "Infectieuze titer gezuiverde vector",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Endotoxine (in-proces)",
                            "specification": "< 10 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Anion-exchange elution lowered to 1.0 M NaCl with immediate 1:4 dilution "
                        "of the eluate, because prolonged exposure to high salt reduced "
                        "infectivity (deviation 2024-031); recovery after AEX added as an "
                        "in-process control."
                    ),
                    "steps": [
                        {
                            "title": "Clarification",
                            "text": (
                                "<p>Pump the pooled harvest at no more than 500 mL/min through the "
                                "clarification filter train (1.2 µm / 0.45 µm). Chase with 500 mL "
                                "formulation buffer and record volume and filter pressure. Stop at "
                                "a pressure above 1.5 bar and change the filter.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Nuclease treatment",
                            "text": (
                                "<p>Add MgCl2 to 2 mM and Benzonase to 50 U/mL. Mix and incubate "
                                "for 1 hour at room temperature with gentle mixing.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Anion-exchange chromatography",
                            "text": (
                                "<p>Equilibrate the Sartobind Q with 20 mM Tris, 150 mM NaCl, pH "
                                "7.4. Load the clarified material at 10 membrane volumes/min and "
                                "wash with 10 membrane volumes of equilibration buffer. Elute with "
                                "1.0 M NaCl in 20 mM Tris, pH 7.4, collecting the eluate into a "
                                "bag holding three volumes of X-VIVO 15 so that it is diluted 1:4 "
                                "immediately.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Undiluted eluate: none; transfer diluted eluate to TFF within 30 "
                                "min"
                            ),
                        },
                        {
                            "title": "Concentration and diafiltration (TFF)",
                            "text": (
                                "<p>Concentrate the eluate ten- to twentyfold over the 500 kDa "
                                "hollow fibre at a shear rate of no more than 4000 s<sup>-1</sup> "
                                "and a TMP of ≤ 0.5 bar. Diafilter with 6 diavolumes of X-VIVO 15 "
                                "and concentrate to the target volume in the batch record.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Sterile filtration",
                            "text": (
                                "<p>Perform the pre-use integrity test on the 0.2 µm filter. "
                                "Filter the concentrate into a sterile bag in the grade A cabinet, "
                                "chase the filter with 10 mL buffer and test filter integrity "
                                "after use (bubble point).</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Handle concentrated vector only in the safety cabinet; use "
                                "luer-lock connections to avoid splashes."
                            ),
                        },
                        {
                            "title": "Filling and freezing",
                            "text": (
                                "<p>Fill the filtered vector into sterile 1.0 mL cryovials, label "
                                "according to the batch record and freeze at ≤ -65 °C. Record the "
                                "number of vials and the storage location.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Max. 2 hours at 2–8 °C between filtration and freezing",
                        },
                        {
                            "title": "Sampling for release",
                            "text": (
                                "<p>Set aside vials and retention samples according to the "
                                "sampling plan of DARE-SOP-0025 and deliver them to QC with the "
                                "sample form.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Recovery of infectious units after AEX",
                            "specification": "≥ 30% (in-process control)",
                            "method": "DARE-QC-0021 on load and eluate",
                        },
                        {
                            "parameter": "Filter integrity after sterile filtration",
                            "specification": "Bubble point ≥ supplier specification",
                            "method": "Sartocheck 5 Plus",
                        },
                        {
                            "parameter": "Infectious titre of purified vector",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Endotoxin (in-process)",
                            "specification": "< 10 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0025 Release testing of clinical LV batches (LUMC), two versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0025",
        "centre": "lumc",
        "modality": "lv",
        "process_stage": "release-testing",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 9, 1),
                "next_review_date": date(2023, 9, 1),
                "nl": {
                    "title": "Vrijgiftetesten van klinische lentivirale vectorbatches",
                    "summary": (
                        "Bemonsteringsplan, testpanel en beoordeling van de resultaten voor de "
                        "vrijgifte van een klinische LV-batch als uitgangsmateriaal voor genetisch "
                        "gemodificeerde cellen."
                    ),
                    "purpose": (
                        "<p>Waarborgen dat elke klinische LV-batch vóór gebruik volledig is getest "
                        "op identiteit, sterkte, veiligheid en zuiverheid, en dat de resultaten op "
                        "uniforme wijze in een analysecertificaat (CoA) worden vastgelegd.</p>"
                    ),
                    "scope": (
                        "<p>Alle LV-batches die volgens DARE-SOP-0023 en DARE-SOP-0024 zijn "
                        "geproduceerd. Testen die worden uitbesteed (RCL, adventitieuze virussen) "
                        "vallen onder dit plan; de uitvoering ligt vast in de betreffende "
                        "QC-methoden.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Kwaliteitscontrole",
                            (
                                "Stelt het bemonsteringsplan vast, beoordeelt alle resultaten en "
                                "ondertekent het analysecertificaat."
                            ),
                        ),
                        (
                            "QC-analist",
                            (
                                "Neemt de monsters in ontvangst, verdeelt ze over de testen en "
                                "bewaakt de doorlooptijden van uitbestede analyses."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            (
                                "Beslist op basis van het CoA en het batchdossier over vrijgifte "
                                "van de vectorbatch voor klinisch gebruik."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Vials gezuiverde vector (eindproduct)",
                            "grade": "gmp",
                            "supplier": "LUMC (eigen productie)",
                            "catalogue_number": "n.v.t.",
                            "note": "Volgens bemonsteringsplan, inclusief retentiemonsters",
                        },
                        {
                            "name": "BacT/ALERT-kweekflessen iAST en iNST",
                            "grade": "pharmacopoeial",
                            "supplier": "bioMérieux",
                            "catalogue_number": "410851 / 410852",
                            "note": "Steriliteit volgens Ph. Eur. 2.6.27",
                        },
                        {
                            "name": "Endosafe LAL-cartridges",
                            "grade": "pharmacopoeial",
                            "supplier": "Charles River",
                            "catalogue_number": "PTS20005F",
                            "note": "Gevoeligheid 0,005–0,5 EU/mL",
                        },
                        {
                            "name": "Lenti-X p24 Rapid Titer Kit",
                            "grade": "research",
                            "supplier": "Takara Bio",
                            "catalogue_number": "632200",
                            "note": (
                                "Fysische titer (p24) ter berekening van de "
                                "deeltjes/infectiviteitsratio"
                            ),
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Geautomatiseerd kweeksysteem",
                            "specification": "bioMérieux BacT/ALERT 3D",
                            "qualification": "IQ/OQ/PQ; methodverificatie volgens Ph. Eur. 2.6.27",
                        },
                        {
                            "name": "Digitale PCR",
                            "specification": "Bio-Rad QX200 Droplet Digital PCR",
                            "qualification": "IQ/OQ; jaarlijks onderhoud",
                        },
                        {
                            "name": "Flowcytometer",
                            "specification": "BD FACSLyric",
                            "qualification": "Dagelijkse CS&T-controle",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Opstellen van het bemonsteringsplan",
                            "text": (
                                "<p>Leg per batch vast welke vials voor welke test bestemd zijn. "
                                "Het minimum is: 2 vials steriliteit, 1 vial endotoxine, 1 vial "
                                "mycoplasma, 3 vials infectieuze titer, 2 vials RCL, 2 vials "
                                "identiteit en 3 vials retentiemonster.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Ontvangst en verdeling van de monsters",
                            "text": (
                                "<p>Controleer bij ontvangst batchnummer, aantal vials en de "
                                "temperatuurregistratie. Ontdooi vials pas direct vóór analyse en "
                                "registreer het tijdstip van ontdooien.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Ontdooide vector max. 4 uur bij 2–8 °C tot analyse",
                        },
                        {
                            "title": "Uitvoeren van de veiligheidstesten",
                            "text": (
                                "<p>Start steriliteit, endotoxine en mycoplasma op de dag van "
                                "ontvangst. Verstuur de RCL-monsters op droogijs naar het "
                                "gecontracteerde laboratorium met een getekend "
                                "monsteroverdrachtsformulier.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "RCL-monsters verzenden als UN 3373 (biologische stof, categorie "
                                "B) in gevalideerde verpakking."
                            ),
                        },
                        {
                            "title": "Bepalen van titer en identiteit",
                            "text": (
                                "<p>Bepaal de infectieuze titer in drievoud volgens DARE-QC-0021 "
                                "en de p24-concentratie. Bevestig de identiteit door PCR over het "
                                "transgen en Sanger-sequencing van het amplicon.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling van de resultaten",
                            "text": (
                                "<p>Het Hoofd QC toetst alle resultaten aan de specificaties. Een "
                                "resultaat buiten specificatie wordt behandeld volgens "
                                "DARE-SOP-0040; er wordt niet opnieuw getest zonder goedgekeurd "
                                "onderzoeksplan.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Opstellen van het analysecertificaat",
                            "text": (
                                "<p>Stel het CoA op met alle resultaten, methoden, referenties "
                                "naar de ruwe data en de conclusie. Het CoA wordt door het Hoofd "
                                "QC ondertekend en samen met het batchdossier aan de QP "
                                "aangeboden.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Infectieuze titer",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Replicatiecompetent lentivirus (RCL)",
                            "specification": "Niet aantoonbaar",
                            "method": "DARE-QC-0010",
                        },
                        {
                            "parameter": "Steriliteit",
                            "specification": "Geen groei",
                            "method": "Ph. Eur. 2.6.27 (DARE-QC-0001)",
                        },
                        {
                            "parameter": "Endotoxine",
                            "specification": "≤ 5 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Niet aantoonbaar",
                            "method": "NAT (DARE-QC-0003)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {"qc_method": "DARE-QC-0010"},
                        {"qc_method": "DARE-QC-0021"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
                "en": {
                    "title": "Release testing of clinical lentiviral vector batches",
                    "summary": (
                        "Sampling plan, test panel and review of results for the release of a "
                        "clinical LV batch as starting material for genetically modified cells."
                    ),
                    "purpose": (
                        "<p>To ensure that every clinical LV batch is fully tested for identity, "
                        "strength, safety and purity before use, and that the results are recorded "
                        "in a uniform certificate of analysis (CoA).</p>"
                    ),
                    "scope": (
                        "<p>All LV batches produced according to DARE-SOP-0023 and DARE-SOP-0024. "
                        "Outsourced tests (RCL, adventitious viruses) fall under this plan; their "
                        "execution is laid down in the respective QC methods.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Quality Control",
                            (
                                "Sets the sampling plan, reviews all results and signs the "
                                "certificate of analysis."
                            ),
                        ),
                        (
                            "QC analyst",
                            (
                                "Receives the samples, allocates them to the tests and monitors "
                                "the turnaround times of outsourced analyses."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            (
                                "Decides on release of the vector batch for clinical use on the "
                                "basis of the CoA and the batch file."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Vials of purified vector (final product)",
                            "grade": "gmp",
                            "supplier": "LUMC (in-house production)",
                            "catalogue_number": "n/a",
                            "note": "According to sampling plan, including retention samples",
                        },
                        {
                            "name": "BacT/ALERT culture bottles iAST and iNST",
                            "grade": "pharmacopoeial",
                            "supplier": "bioMérieux",
                            "catalogue_number": "410851 / 410852",
                            "note": "Sterility according to Ph. Eur. 2.6.27",
                        },
                        {
                            "name": "Endosafe LAL cartridges",
                            "grade": "pharmacopoeial",
                            "supplier": "Charles River",
                            "catalogue_number": "PTS20005F",
                            "note": "Sensitivity 0.005–0.5 EU/mL",
                        },
                        {
                            "name": "Lenti-X p24 Rapid Titer Kit",
                            "grade": "research",
                            "supplier": "Takara Bio",
                            "catalogue_number": "632200",
                            "note": (
                                "Physical titre (p24) to calculate the particle-to-infectivity "
                                "ratio"
                            ),
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Automated culture system",
                            "specification": "bioMérieux BacT/ALERT 3D",
                            "qualification": (
                                "IQ/OQ/PQ; method verification according to Ph. Eur. 2.6.27"
                            ),
                        },
                        {
                            "name": "Digital PCR",
                            "specification": "Bio-Rad QX200 Droplet Digital PCR",
                            "qualification": "IQ/OQ; annual maintenance",
                        },
                        {
                            "name": "Flow cytometer",
                            "specification": "BD FACSLyric",
                            "qualification": "Daily CS&T check",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Drawing up the sampling plan",
                            "text": (
                                "<p>Record for each batch which vials are intended for which test. "
                                "The minimum is: 2 vials sterility, 1 vial endotoxin, 1 vial "
                                "mycoplasma, 3 vials infectious titre, 2 vials RCL, 2 vials "
                                "identity and 3 vials retention sample.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Receipt and allocation of samples",
                            "text": (
                                "<p>On receipt, check batch number, number of vials and the "
                                "temperature record. Thaw vials only immediately before analysis "
                                "and record the time of thawing.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Thawed vector max. 4 hours at 2–8 °C until analysis",
                        },
                        {
                            "title": "Performing the safety tests",
                            "text": (
                                "<p>Start sterility, endotoxin and mycoplasma testing on the day "
                                "of receipt. Ship the RCL samples on dry ice to the contracted "
                                "laboratory with a signed sample transfer form.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Ship RCL samples as UN 3373 (biological substance, category B) in "
                                "validated packaging."
                            ),
                        },
                        {
                            "title": "Determining titre and identity",
                            "text": (
                                "<p>Determine the infectious titre in triplicate according to "
                                "DARE-QC-0021 and the p24 concentration. Confirm identity by PCR "
                                "across the transgene and Sanger sequencing of the amplicon.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Review of results",
                            "text": (
                                "<p>The Head of QC checks all results against the specifications. "
                                "A result out of specification is handled according to "
                                "DARE-SOP-0040; no retesting takes place without an approved "
                                "investigation plan.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Preparing the certificate of analysis",
                            "text": (
                                "<p>Prepare the CoA with all results, methods, references to the "
                                "raw data and the conclusion. The CoA is signed by the Head of QC "
                                "and submitted to the QP together with the batch file.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Infectious titre",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Replication-competent lentivirus (RCL)",
                            "specification": "Not detected",
                            "method": "DARE-QC-0010",
                        },
                        {
                            "parameter": "Sterility",
                            "specification": "No growth",
                            "method": "Ph. Eur. 2.6.27 (DARE-QC-0001)",
                        },
                        {
                            "parameter": "Endotoxin",
                            "specification": "≤ 5 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Not detected",
                            "method": "NAT (DARE-QC-0003)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {"qc_method": "DARE-QC-0010"},
                        {"qc_method": "DARE-QC-0021"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2026, 2, 16),
                "next_review_date": date(2028, 2, 16),
                "nl": {
                    "change_note": (
                        "Endotoxinebepaling overgezet van LAL naar recombinant factor C (Ph. Eur. "
                        "2.6.32) na afronding van de vergelijkingsstudie; specificatie voor "
                        "residueel gastheercel-DNA toegevoegd."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Infectieuze titer",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Replicatiecompetent lentivirus (RCL)",
                            "specification": "Niet aantoonbaar",
                            "method": "DARE-QC-0010",
                        },
                        {
                            "parameter": "Steriliteit",
                            "specification": "Geen groei",
                            "method": "Ph. Eur. 2.6.27 (DARE-QC-0001)",
                        },
                        {
                            "parameter": "Endotoxine",
                            "specification": "≤ 5 EU/mL",
                            "method": "Recombinant factor C (DARE-QC-0005)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Niet aantoonbaar",
                            "method": "NAT (DARE-QC-0003)",
                        },
                        {
                            "parameter": "Residueel HEK293T-DNA",
                            "specification": "≤ 10 ng per klinische dosis",
                            "method": "qPCR op het humane Alu-element",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.32",
                                "Test for bacterial endotoxins using recombinant factor C",
                            )
                        },
                        {"qc_method": "DARE-QC-0005"},
                        {"qc_method": "DARE-QC-0010"},
                        {"qc_method": "DARE-QC-0021"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Endotoxin testing moved from LAL to recombinant factor C (Ph. Eur. "
                        "2.6.32) after completion of the comparability study; specification for "
                        "residual host-cell DNA added."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Infectious titre",
                            "specification": "≥ 1 × 10^8 TU/mL",
                            "method": "DARE-QC-0021",
                        },
                        {
                            "parameter": "Replication-competent lentivirus (RCL)",
                            "specification": "Not detected",
                            "method": "DARE-QC-0010",
                        },
                        {
                            "parameter": "Sterility",
                            "specification": "No growth",
                            "method": "Ph. Eur. 2.6.27 (DARE-QC-0001)",
                        },
                        {
                            "parameter": "Endotoxin",
                            "specification": "≤ 5 EU/mL",
                            "method": "Recombinant factor C (DARE-QC-0005)",
                        },
                        {
                            "parameter": "Mycoplasma",
                            "specification": "Not detected",
                            "method": "NAT (DARE-QC-0003)",
                        },
                        {
                            "parameter": "Residual HEK293T DNA",
                            "specification": "≤ 10 ng per clinical dose",
                            "method": "qPCR for the human Alu element",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.32",
                                "Test for bacterial endotoxins using recombinant factor C",
                            )
                        },
                        {"qc_method": "DARE-QC-0005"},
                        {"qc_method": "DARE-QC-0010"},
                        {"qc_method": "DARE-QC-0021"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0026 AAV production by triple transfection (Amsterdam UMC), three versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0026",
        "centre": "amsterdam-umc",
        "modality": "aav",
        "process_stage": "vector-production",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 6, 1),
                "next_review_date": date(2023, 6, 1),
                "nl": {
                    "title": (
                        "AAV-productie door drievoudige transfectie van HEK293-cellen in suspensie"
                    ),
                    "summary": (
                        "Productie van recombinant AAV door transiënte transfectie van "
                        "suspensie-HEK293-cellen met drie plasmiden in een single-use bioreactor, "
                        "tot en met het geklaarde lysaat."
                    ),
                    "purpose": (
                        "<p>Vastleggen van de upstreamproductie van klinisch AAV, zodat elke batch "
                        "met dezelfde celdichtheid, DNA-dosis en oogsttijd wordt geproduceerd.</p>"
                    ),
                    "scope": (
                        "<p>Alle AAV-serotypen die het Amsterdam UMC in de Biostat STR 50 "
                        "produceert. De zuivering valt onder een aparte SOP.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            (
                                "Keurt het batchprotocol goed en beoordeelt afwijkingen in "
                                "celgroei of procesparameters."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Voert de kweek en transfectie uit en registreert de "
                                "bioreactordata en monstername."
                            ),
                        ),
                        (
                            "Kwaliteitscontrole (QC)",
                            "Analyseert de in-procesmonsters van lysaat en cellen.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Suspensie-HEK293-werkcelbank",
                            "grade": "gmp",
                            "supplier": "Amsterdam UMC (eigen celbank)",
                            "catalogue_number": "WCB-293S-01",
                            "note": "Vrijgegeven volgens celbankdossier",
                        },
                        {
                            "name": "Plasmiden pAAV-transgen, pRep2Cap en pHelper",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Maatwerk (GMP-Source)",
                            "note": "Molaire verhouding 1 : 1 : 1",
                        },
                        {
                            "name": "PEIpro-GMP transfectiereagens",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "115-100",
                            "note": "1 µL per µg DNA",
                        },
                        {
                            "name": "FreeStyle F17 Expression Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "A13835-01",
                            "note": "Aangevuld met 4 mM GlutaMAX en 0,1% Kolliphor P188",
                        },
                        {
                            "name": "Benzonase-nuclease, zuiverheid > 99%",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.01697.0002",
                            "note": "50 U/mL bij de lysis",
                        },
                        {
                            "name": "Polysorbaat 20",
                            "grade": "pharmacopoeial",
                            "supplier": "Merck",
                            "catalogue_number": "8.17072.1000",
                            "note": "Lysis, eindconcentratie 0,5% (v/v)",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Single-use bioreactor",
                            "specification": "Sartorius Biostat STR 50, werkvolume 25–50 L",
                            "qualification": "IQ/OQ/PQ; pH- en DO-sensoren gekalibreerd per run",
                        },
                        {
                            "name": "Schudincubator",
                            "specification": "Kuhner ISF1-X, 37 °C, 8% CO2",
                            "qualification": "IQ/OQ; temperatuurmapping",
                        },
                        {
                            "name": "Celteller",
                            "specification": "Beckman Coulter Vi-CELL BLU",
                            "qualification": (
                                "Gekalibreerd; dagelijkse controle met referentiebeads"
                            ),
                        },
                    ],
                    "steps": [
                        {
                            "title": "Celexpansie",
                            "text": (
                                "<p>Ontdooi één ampul WCB en expandeer in Erlenmeyerkolven (37 °C, "
                                "8% CO2, 125 rpm). Passeer bij 2–3 × 10<sup>6</sup> cellen/mL naar "
                                "0,3–0,5 × 10<sup>6</sup> cellen/mL. Maximaal 25 passages na "
                                "ontdooien.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Inoculatie van de bioreactor",
                            "text": (
                                "<p>Inoculeer de bioreactor met 0,5 × 10<sup>6</sup> levende "
                                "cellen/mL. Setpoints: 37 °C, pH 7,1, DO 40%, roersnelheid volgens "
                                "batchprotocol.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bereiden van de transfectiecomplexen",
                            "text": (
                                "<p>Start bij 2,0 × 10<sup>6</sup> cellen/mL en een "
                                "levensvatbaarheid ≥ 95%. Verdun 1,0 µg plasmide-DNA per "
                                "10<sup>6</sup> cellen in F17 (10% van het kweekvolume), voeg "
                                "PEIpro toe (1 µL per µg DNA), meng en incubeer 15 min bij "
                                "kamertemperatuur.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Complexen binnen 30 min na menging toevoegen",
                        },
                        {
                            "title": "Transfectie en productiefase",
                            "text": (
                                "<p>Pomp de complexen in 10 min in de bioreactor. Kweek 72 uur "
                                "verder en bepaal dagelijks celdichtheid, levensvatbaarheid, "
                                "glucose en lactaat.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Lysis en nucleasebehandeling",
                            "text": (
                                "<p>Voeg 72 ± 2 uur na transfectie polysorbaat 20 tot 0,5%, MgCl2 "
                                "tot 2 mM en Benzonase tot 50 U/mL toe. Meng 2 uur bij 37 °C.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Het lysaat bevat ggo's; open systemen alleen in de "
                                "veiligheidswerkbank en morsingen direct desinfecteren."
                            ),
                        },
                        {
                            "title": "Klaring en overdracht",
                            "text": (
                                "<p>Klaar het lysaat over een dieptefilter en een 0,2 µm-filter in "
                                "een steriele zak. Bewaar bij 2–8 °C tot de zuivering.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Geklaard lysaat max. 72 uur bij 2–8 °C",
                        },
                        {
                            "title": "Bemonstering",
                            "text": (
                                "<p>Neem monsters van het ongeklaarde lysaat voor mycoplasma en "
                                "adventitieuze virussen en van het geklaarde lysaat voor "
                                "genoomtiter en bioburden.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Levensvatbaarheid bij transfectie",
                            "specification": "≥ 95%",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Celdichtheid bij transfectie",
                            "specification": "1,8–2,2 × 10^6 cellen/mL",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Mycoplasma (ongeklaard lysaat)",
                            "specification": "Niet aantoonbaar",
                            "method": "NAT (DARE-QC-0003)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                    ],
                },
                "en": {
                    "title": "AAV production by triple transfection in suspension HEK293 cells",
                    "summary": (
                        "Production of recombinant AAV by transient three-plasmid transfection of "
                        "suspension HEK293 cells in a single-use bioreactor, up to and including "
                        "the clarified lysate."
                    ),
                    "purpose": (
                        "<p>To lay down the upstream production of clinical AAV so that every "
                        "batch is produced with the same cell density, DNA dose and harvest "
                        "time.</p>"
                    ),
                    "scope": (
                        "<p>All AAV serotypes produced by Amsterdam UMC in the Biostat STR 50. "
                        "Purification is covered by a separate SOP.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Approves the batch record and assesses deviations in cell growth "
                                "or process parameters."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs culture and transfection and records bioreactor data and "
                                "sampling."
                            ),
                        ),
                        (
                            "Quality Control (QC)",
                            "Analyses the in-process samples of lysate and cells.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Suspension HEK293 working cell bank",
                            "grade": "gmp",
                            "supplier": "Amsterdam UMC (in-house cell bank)",
                            "catalogue_number": "WCB-293S-01",
                            "note": "Released according to the cell bank file",
                        },
                        {
                            "name": "Plasmids pAAV-transgene, pRep2Cap and pHelper",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Custom (GMP-Source)",
                            "note": "Molar ratio 1 : 1 : 1",
                        },
                        {
                            "name": "PEIpro-GMP transfection reagent",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "115-100",
                            "note": "1 µL per µg DNA",
                        },
                        {
                            "name": "FreeStyle F17 Expression Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "A13835-01",
                            "note": "Supplemented with 4 mM GlutaMAX and 0.1% Kolliphor P188",
                        },
                        {
                            "name": "Benzonase nuclease, purity > 99%",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.01697.0002",
                            "note": "50 U/mL at lysis",
                        },
                        {
                            "name": "Polysorbate 20",
                            "grade": "pharmacopoeial",
                            "supplier": "Merck",
                            "catalogue_number": "8.17072.1000",
                            "note": "Lysis, final concentration 0.5% (v/v)",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Single-use bioreactor",
                            "specification": "Sartorius Biostat STR 50, working volume 25–50 L",
                            "qualification": "IQ/OQ/PQ; pH and DO sensors calibrated per run",
                        },
                        {
                            "name": "Shaking incubator",
                            "specification": "Kuhner ISF1-X, 37 °C, 8% CO2",
                            "qualification": "IQ/OQ; temperature mapping",
                        },
                        {
                            "name": "Cell counter",
                            "specification": "Beckman Coulter Vi-CELL BLU",
                            "qualification": "Calibrated; daily check with reference beads",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Cell expansion",
                            "text": (
                                "<p>Thaw one WCB vial and expand in Erlenmeyer flasks (37 °C, 8% "
                                "CO2, 125 rpm). Passage at 2–3 × 10<sup>6</sup> cells/mL to "
                                "0.3–0.5 × 10<sup>6</sup> cells/mL. No more than 25 passages after "
                                "thaw.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bioreactor inoculation",
                            "text": (
                                "<p>Inoculate the bioreactor at 0.5 × 10<sup>6</sup> viable "
                                "cells/mL. Set points: 37 °C, pH 7.1, DO 40%, agitation according "
                                "to the batch record.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Preparation of transfection complexes",
                            "text": (
                                "<p>Start at 2.0 × 10<sup>6</sup> cells/mL and viability ≥ 95%. "
                                "Dilute 1.0 µg plasmid DNA per 10<sup>6</sup> cells in F17 (10% of "
                                "the culture volume), add PEIpro (1 µL per µg DNA), mix and "
                                "incubate for 15 min at room temperature.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Add complexes within 30 min of mixing",
                        },
                        {
                            "title": "Transfection and production phase",
                            "text": (
                                "<p>Pump the complexes into the bioreactor over 10 min. Continue "
                                "culture for 72 hours and measure cell density, viability, glucose "
                                "and lactate daily.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Lysis and nuclease treatment",
                            "text": (
                                "<p>72 ± 2 hours after transfection, add polysorbate 20 to 0.5%, "
                                "MgCl2 to 2 mM and Benzonase to 50 U/mL. Mix for 2 hours at 37 "
                                "°C.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "The lysate contains GMOs; open systems only in the safety cabinet "
                                "and disinfect spills immediately."
                            ),
                        },
                        {
                            "title": "Clarification and transfer",
                            "text": (
                                "<p>Clarify the lysate through a depth filter and a 0.2 µm filter "
                                "into a sterile bag. Store at 2–8 °C until purification.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Clarified lysate max. 72 hours at 2–8 °C",
                        },
                        {
                            "title": "Sampling",
                            "text": (
                                "<p>Take samples of the unclarified lysate for mycoplasma and "
                                "adventitious viruses, and of the clarified lysate for genome "
                                "titre and bioburden.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability at transfection",
                            "specification": "≥ 95%",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Cell density at transfection",
                            "specification": "1.8–2.2 × 10^6 cells/mL",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Mycoplasma (unclarified lysate)",
                            "specification": "Not detected",
                            "method": "NAT (DARE-QC-0003)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2023, 3, 1),
                "next_review_date": date(2025, 3, 1),
                "nl": {
                    "change_note": (
                        "Specificaties voor de genoomtiter van het geklaarde lysaat en voor "
                        "adventitieuze virussen toegevoegd; verwijzingen naar de betreffende "
                        "QC-methoden opgenomen."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Levensvatbaarheid bij transfectie",
                            "specification": "≥ 95%",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Celdichtheid bij transfectie",
                            "specification": "1,8–2,2 × 10^6 cellen/mL",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Mycoplasma (ongeklaard lysaat)",
                            "specification": "Niet aantoonbaar",
                            "method": "NAT (DARE-QC-0003)",
                        },
                        {
                            "parameter": "Genoomtiter geklaard lysaat",
                            "specification": "≥ 5 × 10^10 vg/mL",
                            "method": "ddPCR (DARE-QC-0016)",
                        },
                        {
                            "parameter": "Adventitieuze virussen (ongeklaard lysaat)",
                            "specification": "Niet aantoonbaar",
                            "method": "In-vitrotest (DARE-QC-0019)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.16",
                                "Tests for extraneous agents in viral vaccines for human use",
                            )
                        },
                        {"qc_method": "DARE-QC-0016"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Specifications for the genome titre of the clarified lysate and for "
                        "adventitious viruses added; references to the corresponding QC methods "
                        "included."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability at transfection",
                            "specification": "≥ 95%",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Cell density at transfection",
                            "specification": "1.8–2.2 × 10^6 cells/mL",
                            "method": "Vi-CELL BLU",
                        },
                        {
                            "parameter": "Mycoplasma (unclarified lysate)",
                            "specification": "Not detected",
                            "method": "NAT (DARE-QC-0003)",
                        },
                        {
                            "parameter": "Genome titre of clarified lysate",
                            "specification": "≥ 5 × 10^10 vg/mL",
                            "method": "ddPCR (DARE-QC-0016)",
                        },
                        {
                            "parameter": "Adventitious viruses (unclarified lysate)",
                            "specification": "Not detected",
                            "method": "In vitro test (DARE-QC-0019)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.16",
                                "Tests for extraneous agents in viral vaccines for human use",
                            )
                        },
                        {"qc_method": "DARE-QC-0016"},
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2025, 9, 15),
                "next_review_date": date(2028, 9, 15),
                "nl": {
                    "change_note": (
                        "PEIpro vervangen door FectoVIR-AAV na een vergelijkbaarheidsstudie (drie "
                        "batches, gelijkwaardige genoomtiter en hogere fractie volle capsiden); "
                        "DNA-dosis verlaagd naar 0,75 µg per 10^6 cellen en complexatietijd "
                        "aangepast; verwijzing naar de zuiveringsprocedure DARE-SOP-0027 "
                        "opgenomen."
                    ),
                    "scope": (
                        "<p>Alle AAV-serotypen die het Amsterdam UMC in de Biostat STR 50 "
                        "produceert. De zuivering volgt in DARE-SOP-0027.</p>"
                    ),
                    "materials": [
                        {
                            "name": "Suspensie-HEK293-werkcelbank",
                            "grade": "gmp",
                            "supplier": "Amsterdam UMC (eigen celbank)",
                            "catalogue_number": "WCB-293S-01",
                            "note": "Vrijgegeven volgens celbankdossier",
                        },
                        {
                            "name": "Plasmiden pAAV-transgen, pRep2Cap en pHelper",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Maatwerk (GMP-Source)",
                            "note": "Molaire verhouding 1 : 1 : 1",
                        },
                        {
                            "name": "FectoVIR-AAV transfectiereagens",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "101000027",
                            "note": "1 µL per µg DNA",
                        },
                        {
                            "name": "FreeStyle F17 Expression Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "A13835-01",
                            "note": "Aangevuld met 4 mM GlutaMAX en 0,1% Kolliphor P188",
                        },
                        {
                            "name": "Benzonase-nuclease, zuiverheid > 99%",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.01697.0002",
                            "note": "50 U/mL bij de lysis",
                        },
                        {
                            "name": "Polysorbaat 20",
                            "grade": "pharmacopoeial",
                            "supplier": "Merck",
                            "catalogue_number": "8.17072.1000",
                            "note": "Lysis, eindconcentratie 0,5% (v/v)",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Celexpansie",
                            "text": (
                                "<p>Ontdooi één ampul WCB en expandeer in Erlenmeyerkolven (37 °C, "
                                "8% CO2, 125 rpm). Passeer bij 2–3 × 10<sup>6</sup> cellen/mL naar "
                                "0,3–0,5 × 10<sup>6</sup> cellen/mL. Maximaal 25 passages na "
                                "ontdooien.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Inoculatie van de bioreactor",
                            "text": (
                                "<p>Inoculeer de bioreactor met 0,5 × 10<sup>6</sup> levende "
                                "cellen/mL. Setpoints: 37 °C, pH 7,1, DO 40%, roersnelheid volgens "
                                "batchprotocol.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bereiden van de transfectiecomplexen",
                            "text": (
                                "<p>Start bij 2,0 × 10<sup>6</sup> cellen/mL en een "
                                "levensvatbaarheid ≥ 95%. Verdun 0,75 µg plasmide-DNA per "
                                "10<sup>6</sup> cellen in F17 (10% van het kweekvolume), voeg "
                                "FectoVIR-AAV toe (1 µL per µg DNA), meng en incubeer 30 min bij "
                                "kamertemperatuur.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Complexen binnen 2 uur na menging toevoegen (onderbouwd in de "
                                "vergelijkbaarheidsstudie)"
                            ),
                        },
                        {
                            "title": "Transfectie en productiefase",
                            "text": (
                                "<p>Pomp de complexen in 10 min in de bioreactor. Kweek 72 uur "
                                "verder en bepaal dagelijks celdichtheid, levensvatbaarheid, "
                                "glucose en lactaat.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Lysis en nucleasebehandeling",
                            "text": (
                                "<p>Voeg 72 ± 2 uur na transfectie polysorbaat 20 tot 0,5%, MgCl2 "
                                "tot 2 mM en Benzonase tot 50 U/mL toe. Meng 2 uur bij 37 °C.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Het lysaat bevat ggo's; open systemen alleen in de "
                                "veiligheidswerkbank en morsingen direct desinfecteren."
                            ),
                        },
                        {
                            "title": "Klaring en overdracht",
                            "text": (
                                "<p>Klaar het lysaat over een dieptefilter en een 0,2 µm-filter in "
                                "een steriele zak. Bewaar bij 2–8 °C tot de zuivering volgens "
                                "DARE-SOP-0027.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Geklaard lysaat max. 72 uur bij 2–8 °C",
                        },
                        {
                            "title": "Bemonstering",
                            "text": (
                                "<p>Neem monsters van het ongeklaarde lysaat voor mycoplasma en "
                                "adventitieuze virussen en van het geklaarde lysaat voor "
                                "genoomtiter en bioburden.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "PEIpro replaced by FectoVIR-AAV after a comparability study (three "
                        "batches, equivalent genome titre and a higher fraction of full capsids); "
                        "DNA dose lowered to 0.75 µg per 10^6 cells and complexation time "
                        "adjusted; reference to the purification procedure DARE-SOP-0027 added."
                    ),
                    "scope": (
                        "<p>All AAV serotypes produced by Amsterdam UMC in the Biostat STR 50. "
                        "Purification follows in DARE-SOP-0027.</p>"
                    ),
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.14",
                                "Gene transfer medicinal products for human use",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.16",
                                "Tests for extraneous agents in viral vaccines for human use",
                            )
                        },
                        {"protocol": "DARE-SOP-0027"},
                        {"qc_method": "DARE-QC-0016"},
                    ],
                    "materials": [
                        {
                            "name": "Suspension HEK293 working cell bank",
                            "grade": "gmp",
                            "supplier": "Amsterdam UMC (in-house cell bank)",
                            "catalogue_number": "WCB-293S-01",
                            "note": "Released according to the cell bank file",
                        },
                        {
                            "name": "Plasmids pAAV-transgene, pRep2Cap and pHelper",
                            "grade": "gmp",
                            "supplier": "Aldevron",
                            "catalogue_number": "Custom (GMP-Source)",
                            "note": "Molar ratio 1 : 1 : 1",
                        },
                        {
                            "name": "FectoVIR-AAV transfection reagent",
                            "grade": "gmp",
                            "supplier": "Polyplus (Sartorius)",
                            "catalogue_number": "101000027",
                            "note": "1 µL per µg DNA",
                        },
                        {
                            "name": "FreeStyle F17 Expression Medium",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "A13835-01",
                            "note": "Supplemented with 4 mM GlutaMAX and 0.1% Kolliphor P188",
                        },
                        {
                            "name": "Benzonase nuclease, purity > 99%",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.01697.0002",
                            "note": "50 U/mL at lysis",
                        },
                        {
                            "name": "Polysorbate 20",
                            "grade": "pharmacopoeial",
                            "supplier": "Merck",
                            "catalogue_number": "8.17072.1000",
                            "note": "Lysis, final concentration 0.5% (v/v)",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Cell expansion",
                            "text": (
                                "<p>Thaw one WCB vial and expand in Erlenmeyer flasks (37 °C, 8% "
                                "CO2, 125 rpm). Passage at 2–3 × 10<sup>6</sup> cells/mL to "
                                "0.3–0.5 × 10<sup>6</sup> cells/mL. No more than 25 passages after "
                                "thaw.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bioreactor inoculation",
                            "text": (
                                "<p>Inoculate the bioreactor at 0.5 × 10<sup>6</sup> viable "
                                "cells/mL. Set points: 37 °C, pH 7.1, DO 40%, agitation according "
                                "to the batch record.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Preparation of transfection complexes",
                            "text": (
                                "<p>Start at 2.0 × 10<sup>6</sup> cells/mL and viability ≥ 95%. "
                                "Dilute 0.75 µg plasmid DNA per 10<sup>6</sup> cells in F17 (10% "
                                "of the culture volume), add FectoVIR-AAV (1 µL per µg DNA), mix "
                                "and incubate for 30 min at room temperature.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Add complexes within 2 hours of mixing (supported by the "
                                "comparability study)"
                            ),
                        },
                        {
                            "title": "Transfection and production phase",
                            "text": (
                                "<p>Pump the complexes into the bioreactor over 10 min. Continue "
                                "culture for 72 hours and measure cell density, viability, glucose "
                                "and lactate daily.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Lysis and nuclease treatment",
                            "text": (
                                "<p>72 ± 2 hours after transfection, add polysorbate 20 to 0.5%, "
                                "MgCl2 to 2 mM and Benzonase to 50 U/mL. Mix for 2 hours at 37 "
                                "°C.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "The lysate contains GMOs; open systems only in the safety cabinet "
                                "and disinfect spills immediately."
                            ),
                        },
                        {
                            "title": "Clarification and transfer",
                            "text": (
                                "<p>Clarify the lysate through a depth filter and a 0.2 µm filter "
                                "into a sterile bag. Store at 2–8 °C until purification according "
                                "to DARE-SOP-0027.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Clarified lysate max. 72 hours at 2–8 °C",
                        },
                        {
                            "title": "Sampling",
                            "text": (
                                "<p>Take samples of the unclarified lysate for mycoplasma and "
                                "adventitious viruses, and of the clarified lysate for genome "
                                "titre and bioburden.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0027 AAV purification (Amsterdam UMC), English only, one version
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0027",
        "centre": "amsterdam-umc",
        "modality": "aav",
        "process_stage": "vector-production",
        "languages": ["en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 6, 2),
                "next_review_date": date(2028, 6, 2),
                "en": {
                    "title": "AAV purification by affinity chromatography and ultracentrifugation",
                    "summary": (
                        "Capture of AAV from clarified lysate on an AAVX affinity column, "
                        "enrichment of full capsids on an iodixanol step gradient and buffer "
                        "exchange into formulation buffer."
                    ),
                    "purpose": (
                        "<p>To obtain a purified AAV drug substance with a high genome titre and a "
                        "high proportion of full capsids. This SOP is kept in English only because "
                        "it is shared with the international process-development partners of the "
                        "vector facility.</p>"
                    ),
                    "scope": (
                        "<p>Clarified lysate from DARE-SOP-0026 for AAV serotypes bound by the "
                        "AAVX ligand (including AAV2, AAV5, AAV8 and AAV9). Formulation and "
                        "filling follow in DARE-SOP-0028.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Approves the batch record, including the gradient fractions to be "
                                "pooled."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs chromatography, ultracentrifugation and TFF and records "
                                "all parameters."
                            ),
                        ),
                        (
                            "Quality Control (QC)",
                            (
                                "Tests the purified drug substance for genome titre, empty/full "
                                "ratio and purity."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "POROS CaptureSelect AAVX Affinity Resin",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific",
                            "catalogue_number": "A36652",
                            "note": "Dedicated column per product",
                        },
                        {
                            "name": "OptiPrep (iodixanol 60% w/v)",
                            "grade": "research",
                            "supplier": "Merck (Sigma-Aldrich)",
                            "catalogue_number": "D1556",
                            "note": "Removed by TFF; residual iodixanol tested on drug substance",
                        },
                        {
                            "name": "Glycine elution buffer 0.1 M, pH 2.5",
                            "grade": "gmp",
                            "supplier": "Amsterdam UMC (prepared from Merck Emprove raw materials)",
                            "catalogue_number": "BUF-AAV-07",
                            "note": "0.2 µm filtered, expiry 3 months",
                        },
                        {
                            "name": "Tris 1 M, pH 8.0 neutralisation buffer",
                            "grade": "gmp",
                            "supplier": "Amsterdam UMC (prepared from Merck Emprove raw materials)",
                            "catalogue_number": "BUF-AAV-08",
                            "note": "One tenth of the eluate volume",
                        },
                        {
                            "name": "Pluronic F-68 10% (100X)",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "24040-032",
                            "note": "Final concentration 0.001% in formulation buffer",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Chromatography system",
                            "specification": "Cytiva ÄKTA pure 25",
                            "qualification": (
                                "IQ/OQ/PQ; sanitised flow path, UV and conductivity calibrated"
                            ),
                        },
                        {
                            "name": "Ultracentrifuge",
                            "specification": "Beckman Coulter Optima XPN-100 with Type 70 Ti rotor",
                            "qualification": "IQ/OQ; rotor life log maintained",
                        },
                        {
                            "name": "TFF system",
                            "specification": "Repligen KrosFlo KR2i with 100 kDa mPES hollow fibre",
                            "qualification": "IQ/OQ",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Column preparation",
                            "text": (
                                "<p>Sanitise the AAVX column according to the resin instructions "
                                "and equilibrate with 5 column volumes (CV) of PBS. Record the "
                                "pressure and the conductivity at the end of equilibration.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Affinity capture",
                            "text": (
                                "<p>Load the clarified lysate at a residence time of 2 min. Wash "
                                "with 10 CV PBS containing 0.5 M NaCl, followed by 5 CV PBS.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Elution and neutralisation",
                            "text": (
                                "<p>Elute with 0.1 M glycine, pH 2.5, collecting the UV peak into "
                                "a container pre-filled with one tenth volume of 1 M Tris, pH 8.0. "
                                "Check that the pH of the neutralised eluate is 7.0–7.8.</p>"
                            ),
                            "critical": True,
                            "hold_time": "AAV at low pH: max. 5 min before neutralisation",
                        },
                        {
                            "title": "Iodixanol step gradient",
                            "text": (
                                "<p>In QuickSeal tubes, underlay the neutralised eluate with 15% "
                                "iodixanol (in 1 M NaCl), 25%, 40% and 60% iodixanol. Seal and "
                                "centrifuge for 90 min at 350 000 × g and 18 °C.</p>"
                            ),
                            "critical": False,
                            "safety_note": (
                                "Check rotor balance and tube seals; open tubes only in the safety "
                                "cabinet."
                            ),
                        },
                        {
                            "title": "Fraction collection",
                            "text": (
                                "<p>Puncture the tube just below the 40/60% interface with an 18G "
                                "needle and collect the 40% layer, avoiding the 25/40% interface "
                                "where empty capsids accumulate. Pool fractions as specified in "
                                "the batch record.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Buffer exchange and concentration",
                            "text": (
                                "<p>Diafilter the pool over a 100 kDa hollow fibre against 10 "
                                "diavolumes of PBS with 200 mM additional NaCl and 0.001% Pluronic "
                                "F-68, and concentrate to the target volume.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Drug substance sampling and storage",
                            "text": (
                                "<p>Filter the drug substance through a 0.2 µm PES filter, take "
                                "samples for genome titre, empty/full ratio, purity and residual "
                                "iodixanol, and store at ≤ -65 °C until formulation.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Drug substance max. 7 days at 2–8 °C before freezing",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Genome titre",
                            "specification": "≥ 1 × 10^13 vg/mL",
                            "method": "ddPCR (DARE-QC-0016)",
                        },
                        {
                            "parameter": "Full capsids",
                            "specification": "≥ 70%",
                            "method": "Analytical ultracentrifugation (DARE-QC-0017)",
                        },
                        {
                            "parameter": "Capsid protein purity",
                            "specification": (
                                "VP1, VP2 and VP3 ≥ 95% of total protein, ratio approx. 1 : 1 : 10"
                            ),
                            "method": "SDS-PAGE with silver staining",
                        },
                        {
                            "parameter": "pH after neutralisation",
                            "specification": "7.0–7.8",
                            "method": "Calibrated pH meter",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0026"},
                        {"protocol": "DARE-SOP-0028"},
                        {"qc_method": "DARE-QC-0016"},
                        {"qc_method": "DARE-QC-0017"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0028 Formulation, fill and finish of AAV drug product (Amsterdam UMC)
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0028",
        "centre": "amsterdam-umc",
        "modality": "aav",
        "process_stage": "harvest-formulation",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 6, 2),
                "next_review_date": date(2028, 6, 2),
                "nl": {
                    "title": "Formulering, afvulling en afwerking van AAV-geneesmiddel",
                    "summary": (
                        "Verdunnen van de AAV-werkzame stof tot de doelconcentratie, steriele "
                        "filtratie en aseptische afvulling in glazen vials in klasse A, gevolgd "
                        "door visuele inspectie en invriezen."
                    ),
                    "purpose": (
                        "<p>Vastleggen hoe de gezuiverde AAV-werkzame stof aseptisch wordt "
                        "verwerkt tot het eindproduct, met een juiste dosis per vial en zonder "
                        "verlies van steriliteit.</p>"
                    ),
                    "scope": (
                        "<p>Klinische AAV-batches tot 500 vials, handmatig afgevuld in de klasse "
                        "A-werkbank in een klasse B-ruimte. Het aseptische proces is gevalideerd "
                        "met een media fill (DARE-SOP-0033).</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            (
                                "Stelt de doelconcentratie en het aantal vials vast op basis van "
                                "de genoomtiter van de werkzame stof."
                            ),
                        ),
                        (
                            "Operator (gekwalificeerd via media fill)",
                            (
                                "Voert filtratie en afvulling uit in klasse A en registreert alle "
                                "ingrepen."
                            ),
                        ),
                        (
                            "QA",
                            (
                                "Beoordeelt het batchprotocol en de resultaten van de visuele "
                                "inspectie."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Formuleringsbuffer: PBS met 0,001% Pluronic F-68",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "14190-144 / 24040-032",
                            "note": "Bereid in klasse A, 0,2 µm gefiltreerd",
                        },
                        {
                            "name": "Millex-GV 0,22 µm PVDF-filter, 33 mm",
                            "grade": "gmp",
                            "supplier": "Merck (MilliporeSigma)",
                            "catalogue_number": "SLGV033RS",
                            "note": "Lage eiwitbinding; integriteitstest na gebruik",
                        },
                        {
                            "name": "Glazen vials 2R, type I, gebruiksklaar steriel",
                            "grade": "pharmacopoeial",
                            "supplier": "Schott",
                            "catalogue_number": "adaptiQ 2R",
                            "note": "Geleverd in nest en tub",
                        },
                        {
                            "name": "Broombutylrubberstoppen 13 mm, FluroTec",
                            "grade": "pharmacopoeial",
                            "supplier": "West Pharmaceutical Services",
                            "catalogue_number": "NovaPure 13 mm RS",
                            "note": "Gebruiksklaar steriel; geschikt voor opslag bij ≤ -60 °C",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Veiligheidswerkbank klasse II",
                            "specification": "Thermo Scientific Herasafe 2030i in klasse B-ruimte",
                            "qualification": "IQ/OQ/PQ; continue deeltjesmonitoring in klasse A",
                        },
                        {
                            "name": "Analytische balans",
                            "specification": "Sartorius Cubis II, 0,1 mg",
                            "qualification": (
                                "Gekalibreerd; dagelijkse controle met referentiegewicht"
                            ),
                        },
                        {
                            "name": "Handkrimptang",
                            "specification": "13 mm aluminium-krimpdoppen",
                            "qualification": "OQ; krimpkwaliteit gecontroleerd op steekproef",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Berekening van de verdunning",
                            "text": (
                                "<p>Bereken op basis van de vrijgegeven genoomtiter (DARE-QC-0016) "
                                "het volume werkzame stof en buffer voor de doelconcentratie. De "
                                "berekening wordt door een tweede persoon gecontroleerd en "
                                "getekend.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Ontdooien en verdunnen",
                            "text": (
                                "<p>Ontdooi de werkzame stof bij 2–8 °C, meng door voorzichtig "
                                "omzwenken (niet vortexen) en verdun in een steriele PETG-fles met "
                                "formuleringsbuffer tot de doelconcentratie.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Verdunde bulk max. 8 uur bij 2–8 °C tot afvullen",
                        },
                        {
                            "title": "Steriele filtratie",
                            "text": (
                                "<p>Filtreer de verdunde bulk in klasse A door het 0,22 µm-filter "
                                "in een steriele ontvangfles. Voer na gebruik de integriteitstest "
                                "uit; bij een afwijkend resultaat wordt opnieuw gefiltreerd "
                                "volgens het batchprotocol.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Aseptisch afvullen en afsluiten",
                            "text": (
                                "<p>Vul met een steriele pipet 0,60 mL per vial af (0,50 mL "
                                "nominaal plus overvulling), plaats direct de stop en krimp af. "
                                "Controleer elke 20e vial gravimetrisch. Registreer alle ingrepen "
                                "in klasse A.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Het product is een ggo; morsingen direct opnemen en de werkbank "
                                "desinfecteren volgens de ggo-procedure."
                            ),
                        },
                        {
                            "title": "Visuele inspectie",
                            "text": (
                                "<p>Inspecteer 100% van de vials tegen een zwarte en een witte "
                                "achtergrond op zichtbare deeltjes, vulhoogte en afsluiting. "
                                "Afgekeurde vials worden geteld en als ggo-afval afgevoerd.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Etiketteren en invriezen",
                            "text": (
                                "<p>Etiketteer de vials met het vrijgegeven studie-etiket, plaats "
                                "ze in gelabelde dozen en vries in bij ≤ -60 °C. Neem de monsters "
                                "voor vrijgifte en de retentiemonsters volgens het "
                                "bemonsteringsplan.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Vulvolume",
                            "specification": "0,55–0,65 mL per vial",
                            "method": "Gravimetrisch (dichtheid 1,00 g/mL)",
                        },
                        {
                            "parameter": "Filterintegriteit",
                            "specification": "Bubblepoint ≥ specificatie leverancier",
                            "method": "Integriteitstester",
                        },
                        {
                            "parameter": "Visuele inspectie",
                            "specification": "Vrij van zichtbare deeltjes; afkeur ≤ 2%",
                            "method": "100% handmatige inspectie",
                        },
                        {
                            "parameter": "Steriliteit eindproduct",
                            "specification": "Geen groei",
                            "method": "Membraanfiltratie (DARE-QC-0002)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0033"},
                        {"qc_method": "DARE-QC-0002"},
                    ],
                },
                "en": {
                    "title": "Formulation, fill and finish of AAV drug product",
                    "summary": (
                        "Dilution of the AAV drug substance to the target concentration, sterile "
                        "filtration and aseptic filling into glass vials in grade A, followed by "
                        "visual inspection and freezing."
                    ),
                    "purpose": (
                        "<p>To describe how the purified AAV drug substance is processed "
                        "aseptically into the finished product, with the correct dose per vial and "
                        "without loss of sterility.</p>"
                    ),
                    "scope": (
                        "<p>Clinical AAV batches of up to 500 vials, filled manually in the grade "
                        "A safety cabinet within a grade B room. The aseptic process is validated "
                        "by media fill (DARE-SOP-0033).</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Sets the target concentration and the number of vials on the "
                                "basis of the genome titre of the drug substance."
                            ),
                        ),
                        (
                            "Operator (qualified by media fill)",
                            (
                                "Performs filtration and filling in grade A and records all "
                                "interventions."
                            ),
                        ),
                        (
                            "QA",
                            "Reviews the batch record and the results of the visual inspection.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Formulation buffer: PBS with 0.001% Pluronic F-68",
                            "grade": "gmp",
                            "supplier": "Thermo Fisher Scientific (Gibco)",
                            "catalogue_number": "14190-144 / 24040-032",
                            "note": "Prepared in grade A, 0.2 µm filtered",
                        },
                        {
                            "name": "Millex-GV 0.22 µm PVDF filter, 33 mm",
                            "grade": "gmp",
                            "supplier": "Merck (MilliporeSigma)",
                            "catalogue_number": "SLGV033RS",
                            "note": "Low protein binding; post-use integrity test",
                        },
                        {
                            "name": "Glass vials 2R, type I, ready-to-use sterile",
                            "grade": "pharmacopoeial",
                            "supplier": "Schott",
                            "catalogue_number": "adaptiQ 2R",
                            "note": "Supplied in nest and tub",
                        },
                        {
                            "name": "Bromobutyl rubber stoppers 13 mm, FluroTec",
                            "grade": "pharmacopoeial",
                            "supplier": "West Pharmaceutical Services",
                            "catalogue_number": "NovaPure 13 mm RS",
                            "note": "Ready-to-use sterile; suitable for storage at ≤ -60 °C",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Class II biological safety cabinet",
                            "specification": "Thermo Scientific Herasafe 2030i in grade B room",
                            "qualification": "IQ/OQ/PQ; continuous particle monitoring in grade A",
                        },
                        {
                            "name": "Analytical balance",
                            "specification": "Sartorius Cubis II, 0.1 mg",
                            "qualification": "Calibrated; daily check with reference weight",
                        },
                        {
                            "name": "Hand crimper",
                            "specification": "13 mm aluminium crimp caps",
                            "qualification": "OQ; crimp quality checked on a sample",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Dilution calculation",
                            "text": (
                                "<p>Using the released genome titre (DARE-QC-0016), calculate the "
                                "volumes of drug substance and buffer needed for the target "
                                "concentration. The calculation is checked and signed by a second "
                                "person.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Thawing and dilution",
                            "text": (
                                "<p>Thaw the drug substance at 2–8 °C, mix by gentle swirling (do "
                                "not vortex) and dilute with formulation buffer to the target "
                                "concentration in a sterile PETG bottle.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Diluted bulk max. 8 hours at 2–8 °C until filling",
                        },
                        {
                            "title": "Sterile filtration",
                            "text": (
                                "<p>In grade A, filter the diluted bulk through the 0.22 µm filter "
                                "into a sterile receiving bottle. Perform the integrity test after "
                                "use; if the result fails, refilter according to the batch "
                                "record.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Aseptic filling and closing",
                            "text": (
                                "<p>Using a sterile pipette, fill 0.60 mL per vial (0.50 mL "
                                "nominal plus overfill), stopper immediately and crimp. Check "
                                "every 20th vial gravimetrically. Record all interventions in "
                                "grade A.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "The product is a GMO; clean up spills immediately and disinfect "
                                "the cabinet according to the GMO procedure."
                            ),
                        },
                        {
                            "title": "Visual inspection",
                            "text": (
                                "<p>Inspect 100% of the vials against a black and a white "
                                "background for visible particles, fill height and closure. "
                                "Rejected vials are counted and disposed of as GMO waste.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Labelling and freezing",
                            "text": (
                                "<p>Label the vials with the approved trial label, place them in "
                                "labelled boxes and freeze at ≤ -60 °C. Take the release and "
                                "retention samples according to the sampling plan.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Fill volume",
                            "specification": "0.55–0.65 mL per vial",
                            "method": "Gravimetric (density 1.00 g/mL)",
                        },
                        {
                            "parameter": "Filter integrity",
                            "specification": "Bubble point ≥ supplier specification",
                            "method": "Integrity tester",
                        },
                        {
                            "parameter": "Visual inspection",
                            "specification": "Free from visible particles; rejects ≤ 2%",
                            "method": "100% manual inspection",
                        },
                        {
                            "parameter": "Sterility of finished product",
                            "specification": "No growth",
                            "method": "Membrane filtration (DARE-QC-0002)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0033"},
                        {"qc_method": "DARE-QC-0002"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0029 Subretinal administration of AAV gene therapy (Radboudumc)
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0029",
        "centre": "radboudumc",
        "modality": "aav",
        "process_stage": "administration",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 9, 1),
                "next_review_date": date(2028, 9, 1),
                "nl": {
                    "title": "Bereiding en subretinale toediening van AAV-gentherapie",
                    "summary": (
                        "Ontdooien en klaarmaken van een AAV-gentherapie in de ziekenhuisapotheek "
                        "en subretinale toediening via pars-plana-vitrectomie op de operatiekamer, "
                        "inclusief ggo-maatregelen."
                    ),
                    "purpose": (
                        "<p>Zorgen dat de AAV-gentherapie in de juiste dosis, binnen de bewaartijd "
                        "en onder de voorwaarden van de ggo-vergunning subretinaal wordt "
                        "toegediend.</p>"
                    ),
                    "scope": (
                        "<p>Klinische studies en behandelingen met AAV-vectoren voor erfelijke "
                        "netvliesaandoeningen in het Radboudumc: de bereiding in de apotheek en de "
                        "toediening op de oogheelkundige operatiekamer.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Ziekenhuisapotheker",
                            (
                                "Verantwoordelijk voor ontvangst, opslag, bereiding en "
                                "accountability van het studiegeneesmiddel."
                            ),
                        ),
                        (
                            "Vitreoretinaal chirurg",
                            (
                                "Voert de vitrectomie en de subretinale injectie uit en legt de "
                                "toegediende hoeveelheid vast."
                            ),
                        ),
                        (
                            "Biologisch veiligheidsfunctionaris (BVF)",
                            (
                                "Ziet toe op de ggo-maatregelen op de operatiekamer en de afvoer "
                                "van ggo-afval."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "AAV-studiegeneesmiddel in vials",
                            "grade": "clinical",
                            "supplier": "Sponsor / GMP-fabrikant",
                            "catalogue_number": "Volgens IMPD",
                            "note": "Opslag ≤ -60 °C, temperatuur continu geregistreerd",
                        },
                        {
                            "name": "BSS steriele spoeloplossing",
                            "grade": "medical_device",
                            "supplier": "Alcon",
                            "catalogue_number": "BSS 500 mL",
                            "note": "Voor pre-bleb en spoeling",
                        },
                        {
                            "name": "Subretinale injectiecanule 23G/38G",
                            "grade": "medical_device",
                            "supplier": "MedOne Surgical",
                            "catalogue_number": "PolyTip 3233",
                            "note": "Polyimide tip, eenmalig gebruik",
                        },
                        {
                            "name": "Luer-Lok-spuit 1 mL",
                            "grade": "medical_device",
                            "supplier": "BD",
                            "catalogue_number": "309628",
                            "note": "Voor het optrekken van de dosis",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Vitrectomiesysteem",
                            "specification": "Alcon Constellation Vision System, 25G",
                            "qualification": "Onderhoud volgens medische-techniekschema",
                        },
                        {
                            "name": "Intra-operatieve OCT",
                            "specification": "Zeiss RESCAN 700",
                            "qualification": "Onderhoud volgens medische-techniekschema",
                        },
                        {
                            "name": "Veiligheidswerkbank klasse II (apotheek)",
                            "specification": "Klasse A-werkplek in klasse B-bereidingsruimte",
                            "qualification": "IQ/OQ/PQ; jaarlijkse herkwalificatie",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Ontvangst en opslag",
                            "text": (
                                "<p>Controleer bij ontvangst de temperatuurlogger, het aantal "
                                "vials en de vrijgifteverklaring van de sponsor. Sla op bij ≤ -60 "
                                "°C in de geregistreerde ggo-vriezer van de apotheek.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Ontdooien",
                            "text": (
                                "<p>Ontdooi op de dag van de operatie het benodigde aantal vials "
                                "30 min bij kamertemperatuur. Niet opnieuw invriezen.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bereiding van de dosis",
                            "text": (
                                "<p>Verdun in de klasse A-werkbank zo nodig met het door de "
                                "sponsor geleverde verdunningsmiddel, trek 0,35 mL op in een spuit "
                                "van 1 mL, verwijder luchtbellen en sluit af met een steriele dop. "
                                "Een tweede apotheker controleert dosis, etiket en "
                                "patiëntgegevens.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 4 uur bij kamertemperatuur tussen bereiding en toediening"
                            ),
                        },
                        {
                            "title": "Transport naar de operatiekamer",
                            "text": (
                                "<p>Vervoer de spuit in een gesloten, lekdichte en gelabelde "
                                "transportbox met ggo-aanduiding. Overdracht aan de OK wordt door "
                                "beide partijen afgetekend.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Vitrectomie",
                            "text": (
                                "<p>Voer een 25G-pars-plana-vitrectomie uit met inductie van een "
                                "achterste glasvochtloslating. Markeer het geplande "
                                "injectiegebied.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Subretinale injectie",
                            "text": (
                                "<p>Maak met BSS een kleine pre-bleb en injecteer daarna via de "
                                "canule langzaam tot 300 µL vectoroplossing, met een constante, "
                                "lage druk (viscous fluid control). Bevestig de loslating van het "
                                "netvlies met de intra-operatieve OCT.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Spuit, canule en restmateriaal zijn ggo-afval: direct in de gele "
                                "ggo-afvalbak op de OK deponeren."
                            ),
                        },
                        {
                            "title": "Afronding en registratie",
                            "text": (
                                "<p>Registreer het lotnummer, het toegediende volume en de "
                                "tijdstippen in het patiëntendossier en op het "
                                "accountabilityformulier. Desinfecteer het instrumentarium vóór de "
                                "centrale sterilisatie volgens de ggo-procedure.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Tijd tussen bereiding en toediening",
                            "specification": "≤ 4 uur",
                            "method": "Tijdsregistratie apotheek en OK",
                        },
                        {
                            "parameter": "Toegediend volume",
                            "specification": "Volgens studieprotocol, max. 300 µL per oog",
                            "method": "Aflezing spuit en operatieverslag",
                        },
                        {
                            "parameter": "Subretinale bleb",
                            "specification": "Aangetoond in het beoogde gebied",
                            "method": "Intra-operatieve OCT",
                        },
                    ],
                    "references": [
                        {"regulation": "besluit-ggo"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "gcp-atmp"},
                        {"protocol": "DARE-SOP-0028"},
                    ],
                },
                "en": {
                    "title": "Preparation and subretinal administration of AAV gene therapy",
                    "summary": (
                        "Thawing and preparation of an AAV gene therapy in the hospital pharmacy "
                        "and subretinal administration by pars plana vitrectomy in the operating "
                        "theatre, including GMO measures."
                    ),
                    "purpose": (
                        "<p>To ensure that the AAV gene therapy is administered subretinally at "
                        "the correct dose, within its hold time and under the conditions of the "
                        "GMO permit.</p>"
                    ),
                    "scope": (
                        "<p>Clinical trials and treatments with AAV vectors for inherited retinal "
                        "diseases at Radboudumc: preparation in the pharmacy and administration in "
                        "the ophthalmic operating theatre.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Hospital pharmacist",
                            (
                                "Responsible for receipt, storage, preparation and accountability "
                                "of the investigational product."
                            ),
                        ),
                        (
                            "Vitreoretinal surgeon",
                            (
                                "Performs the vitrectomy and subretinal injection and records the "
                                "volume administered."
                            ),
                        ),
                        (
                            "Biosafety Officer (BSO)",
                            (
                                "Oversees the GMO measures in the operating theatre and the "
                                "disposal of GMO waste."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "AAV investigational product in vials",
                            "grade": "clinical",
                            "supplier": "Sponsor / GMP manufacturer",
                            "catalogue_number": "According to IMPD",
                            "note": "Stored at ≤ -60 °C, temperature recorded continuously",
                        },
                        {
                            "name": "BSS sterile irrigation solution",
                            "grade": "medical_device",
                            "supplier": "Alcon",
                            "catalogue_number": "BSS 500 mL",
                            "note": "For pre-bleb and irrigation",
                        },
                        {
                            "name": "Subretinal injection cannula 23G/38G",
                            "grade": "medical_device",
                            "supplier": "MedOne Surgical",
                            "catalogue_number": "PolyTip 3233",
                            "note": "Polyimide tip, single use",
                        },
                        {
                            "name": "Luer-Lok syringe 1 mL",
                            "grade": "medical_device",
                            "supplier": "BD",
                            "catalogue_number": "309628",
                            "note": "For drawing up the dose",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Vitrectomy system",
                            "specification": "Alcon Constellation Vision System, 25G",
                            "qualification": (
                                "Maintained according to the medical technology schedule"
                            ),
                        },
                        {
                            "name": "Intraoperative OCT",
                            "specification": "Zeiss RESCAN 700",
                            "qualification": (
                                "Maintained according to the medical technology schedule"
                            ),
                        },
                        {
                            "name": "Class II safety cabinet (pharmacy)",
                            "specification": "Grade A workstation in grade B preparation room",
                            "qualification": "IQ/OQ/PQ; annual requalification",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Receipt and storage",
                            "text": (
                                "<p>On receipt, check the temperature logger, the number of vials "
                                "and the sponsor's release statement. Store at ≤ -60 °C in the "
                                "registered GMO freezer of the pharmacy.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Thawing",
                            "text": (
                                "<p>On the day of surgery, thaw the required number of vials for "
                                "30 min at room temperature. Do not refreeze.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Dose preparation",
                            "text": (
                                "<p>In the grade A cabinet, dilute with the diluent supplied by "
                                "the sponsor where required, draw up 0.35 mL into a 1 mL syringe, "
                                "remove air bubbles and close with a sterile cap. A second "
                                "pharmacist checks dose, label and patient details.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 4 hours at room temperature between preparation and "
                                "administration"
                            ),
                        },
                        {
                            "title": "Transport to the operating theatre",
                            "text": (
                                "<p>Transport the syringe in a closed, leak-proof and labelled "
                                "transport box marked as GMO. Handover to the theatre is signed by "
                                "both parties.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Vitrectomy",
                            "text": (
                                "<p>Perform a 25G pars plana vitrectomy with induction of a "
                                "posterior vitreous detachment. Mark the planned injection "
                                "area.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Subretinal injection",
                            "text": (
                                "<p>Raise a small pre-bleb with BSS, then slowly inject up to 300 "
                                "µL of vector solution through the cannula at a low, constant "
                                "pressure using viscous fluid control. Confirm the retinal "
                                "detachment with intraoperative OCT.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Syringe, cannula and residual material are GMO waste: place them "
                                "directly in the yellow GMO waste bin in theatre."
                            ),
                        },
                        {
                            "title": "Completion and recording",
                            "text": (
                                "<p>Record the lot number, volume administered and times in the "
                                "patient record and on the accountability form. Disinfect the "
                                "instruments according to the GMO procedure before central "
                                "sterilisation.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Time between preparation and administration",
                            "specification": "≤ 4 hours",
                            "method": "Time records of pharmacy and theatre",
                        },
                        {
                            "parameter": "Volume administered",
                            "specification": "According to the trial protocol, max. 300 µL per eye",
                            "method": "Syringe reading and operation report",
                        },
                        {
                            "parameter": "Subretinal bleb",
                            "specification": "Demonstrated in the intended area",
                            "method": "Intraoperative OCT",
                        },
                    ],
                    "references": [
                        {"regulation": "besluit-ggo"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "gcp-atmp"},
                        {"protocol": "DARE-SOP-0028"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0030 CD34+ selection and LV transduction of HSC (LUMC), two versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0030",
        "centre": "lumc",
        "modality": "hsc",
        "process_stage": "genetic-modification",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2022, 8, 1),
                "next_review_date": date(2024, 8, 1),
                "nl": {
                    "title": (
                        "CD34+-selectie en lentivirale transductie van hematopoëtische stamcellen"
                    ),
                    "summary": (
                        "Immunomagnetische selectie van CD34+-cellen uit een autoloog "
                        "leukaferese-product, prestimulatie met cytokinen en transductie met een "
                        "klinische lentivirale vector."
                    ),
                    "purpose": (
                        "<p>Vastleggen van de bereiding van autologe, genetisch gemodificeerde "
                        "CD34+-cellen voor gentherapie van erfelijke aandoeningen van het bloed en "
                        "het immuunsysteem.</p>"
                    ),
                    "scope": (
                        "<p>Gemobiliseerde leukaferese-producten (G-CSF en plerixafor) van "
                        "patiënten in klinische studies van het LUMC. Invriezen en vrijgifte "
                        "volgen in DARE-SOP-0031.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            (
                                "Bepaalt op basis van het aantal CD34+-cellen de MOI en het aantal "
                                "kweekzakken en beoordeelt afwijkingen."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Voert selectie, kweek en transductie uit en controleert bij elke "
                                "overdracht de identiteit van het product."
                            ),
                        ),
                        (
                            "Kwaliteitscontrole (QC)",
                            (
                                "Voert de in-procestesten uit: celtelling, CD34-zuiverheid, "
                                "steriliteit en VCN."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "CliniMACS CD34 Reagent",
                            "grade": "medical_device",
                            "supplier": "Miltenyi Biotec",
                            "catalogue_number": "171-01",
                            "note": "Eén flacon per maximaal 6 × 10^8 CD34+-cellen",
                        },
                        {
                            "name": "CliniMACS PBS/EDTA-buffer",
                            "grade": "medical_device",
                            "supplier": "Miltenyi Biotec",
                            "catalogue_number": "700-25",
                            "note": "Aangevuld met 0,5% humaan albumine",
                        },
                        {
                            "name": "Albuman 200 g/L (humaan albumine)",
                            "grade": "clinical",
                            "supplier": "Sanquin Plasma Products",
                            "catalogue_number": "Albuman 200 g/L, 50 mL",
                            "note": "Geregistreerd geneesmiddel",
                        },
                        {
                            "name": "CellGenix GMP SCGM",
                            "grade": "gmp",
                            "supplier": "CellGenix",
                            "catalogue_number": "20802-0500",
                            "note": "Serumvrij stamcelmedium",
                        },
                        {
                            "name": "GMP-cytokinen SCF, TPO en FLT3-L",
                            "grade": "gmp",
                            "supplier": "CellGenix",
                            "catalogue_number": "1418-050 / 1417-050 / 1415-050",
                            "note": "Elk 100 ng/mL in de kweek",
                        },
                        {
                            "name": "RetroNectin GMP grade",
                            "grade": "gmp",
                            "supplier": "Takara Bio",
                            "catalogue_number": "T202",
                            "note": "Coating 20 µg/mL van de kweekzakken",
                        },
                        {
                            "name": "Lentivirale vector, vrijgegeven batch",
                            "grade": "gmp",
                            "supplier": "LUMC (DARE-SOP-0023/0024)",
                            "catalogue_number": "Batchnummer volgens CoA",
                            "note": "Vrijgegeven volgens DARE-SOP-0025",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Celseparator",
                            "specification": "Miltenyi Biotec CliniMACS Plus",
                            "qualification": "IQ/OQ; jaarlijks preventief onderhoud",
                        },
                        {
                            "name": "CO2-incubator",
                            "specification": "Thermo Scientific Heracell 240i; 37 °C, 5% CO2",
                            "qualification": "IQ/OQ/PQ; continue bewaking",
                        },
                        {
                            "name": "Flowcytometer",
                            "specification": "BD FACSCanto II",
                            "qualification": "Dagelijkse CS&T-controle",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Ontvangst van het afereseproduct",
                            "text": (
                                "<p>Controleer bij ontvangst de chain of identity (naam, "
                                "geboortedatum, DIN), de temperatuur en de verpakking. Neem een "
                                "monster voor celtelling en CD34-bepaling.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Plaatjeswassing en labeling",
                            "text": (
                                "<p>Was het product tweemaal met CliniMACS-buffer (200 × g, 15 "
                                "min, zonder rem), incubeer 30 min met CD34 Reagent bij "
                                "kamertemperatuur op een roller en was het ongebonden reagens "
                                "weg.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "CD34+-selectie",
                            "text": (
                                "<p>Selecteer op de CliniMACS Plus met het programma CD34 "
                                "SELECTION volgens het batchprotocol. Neem monsters van de "
                                "positieve en negatieve fractie voor telling en zuiverheid.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Afereseproduct max. 36 uur na einde afname tot start selectie "
                                "(2–8 °C)"
                            ),
                        },
                        {
                            "title": "Prestimulatie",
                            "text": (
                                "<p>Zaai de CD34+-cellen uit op 1 × 10<sup>6</sup> cellen/mL in "
                                "SCGM met SCF, TPO en FLT3-L in met RetroNectin gecoate zakken. "
                                "Incubeer 24 ± 4 uur bij 37 °C en 5% CO2.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Transductie",
                            "text": (
                                "<p>Ontdooi de vector direct vóór gebruik en voeg deze toe met de "
                                "MOI uit het batchprotocol (standaard 50). Incubeer 16–24 uur. "
                                "Twee personen controleren vectorbatch, volume en "
                                "patiëntidentiteit.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Werken met lentivirale vector op ML-II: uitsluitend in de "
                                "veiligheidswerkbank, met dubbele handschoenen."
                            ),
                        },
                        {
                            "title": "Oogst en wassen",
                            "text": (
                                "<p>Oogst de cellen, was tweemaal met buffer om vrije vector te "
                                "verwijderen en resuspendeer in koude buffer. Tel de cellen en "
                                "neem monsters voor VCN, steriliteit en endotoxine.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Overdracht naar invriezen",
                            "text": (
                                "<p>Draag het product met het ingevulde overdrachtsformulier over "
                                "aan de cryopreservatie volgens DARE-SOP-0031.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Max. 2 uur bij 2–8 °C tot start invriezen",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "CD34+-zuiverheid na selectie",
                            "specification": "≥ 90%",
                            "method": "Flowcytometrie volgens ISHAGE (Ph. Eur. 2.7.24)",
                        },
                        {
                            "parameter": "Levensvatbaarheid na oogst",
                            "specification": "≥ 80%",
                            "method": "7-AAD flowcytometrie (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "≥ 0,5 kopieën per cel",
                            "method": "ddPCR na 14 dagen kweek (DARE-QC-0009)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "tissues-cells-directive"},
                        {"protocol": "DARE-SOP-0025"},
                        {"protocol": "DARE-SOP-0031"},
                        {"qc_method": "DARE-QC-0009"},
                    ],
                },
                "en": {
                    "title": (
                        "CD34+ selection and lentiviral transduction of haematopoietic stem cells"
                    ),
                    "summary": (
                        "Immunomagnetic selection of CD34+ cells from an autologous leukapheresis "
                        "product, prestimulation with cytokines and transduction with a clinical "
                        "lentiviral vector."
                    ),
                    "purpose": (
                        "<p>To describe the manufacture of autologous, genetically modified CD34+ "
                        "cells for gene therapy of inherited disorders of the blood and immune "
                        "system.</p>"
                    ),
                    "scope": (
                        "<p>Mobilised leukapheresis products (G-CSF and plerixafor) from patients "
                        "in LUMC clinical trials. Freezing and release follow in "
                        "DARE-SOP-0031.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Sets the MOI and the number of culture bags on the basis of the "
                                "CD34+ cell count and assesses deviations."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs selection, culture and transduction and checks the "
                                "identity of the product at every handover."
                            ),
                        ),
                        (
                            "Quality Control (QC)",
                            (
                                "Performs the in-process tests: cell count, CD34 purity, sterility "
                                "and VCN."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "CliniMACS CD34 Reagent",
                            "grade": "medical_device",
                            "supplier": "Miltenyi Biotec",
                            "catalogue_number": "171-01",
                            "note": "One vial per max. 6 × 10^8 CD34+ cells",
                        },
                        {
                            "name": "CliniMACS PBS/EDTA buffer",
                            "grade": "medical_device",
                            "supplier": "Miltenyi Biotec",
                            "catalogue_number": "700-25",
                            "note": "Supplemented with 0.5% human albumin",
                        },
                        {
                            "name": "Albuman 200 g/L (human albumin)",
                            "grade": "clinical",
                            "supplier": "Sanquin Plasma Products",
                            "catalogue_number": "Albuman 200 g/L, 50 mL",
                            "note": "Authorised medicinal product",
                        },
                        {
                            "name": "CellGenix GMP SCGM",
                            "grade": "gmp",
                            "supplier": "CellGenix",
                            "catalogue_number": "20802-0500",
                            "note": "Serum-free stem cell medium",
                        },
                        {
                            "name": "GMP cytokines SCF, TPO and FLT3-L",
                            "grade": "gmp",
                            "supplier": "CellGenix",
                            "catalogue_number": "1418-050 / 1417-050 / 1415-050",
                            "note": "Each 100 ng/mL in culture",
                        },
                        {
                            "name": "RetroNectin GMP grade",
                            "grade": "gmp",
                            "supplier": "Takara Bio",
                            "catalogue_number": "T202",
                            "note": "Coating of culture bags at 20 µg/mL",
                        },
                        {
                            "name": "Lentiviral vector, released batch",
                            "grade": "gmp",
                            "supplier": "LUMC (DARE-SOP-0023/0024)",
                            "catalogue_number": "Batch number per CoA",
                            "note": "Released according to DARE-SOP-0025",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Cell separator",
                            "specification": "Miltenyi Biotec CliniMACS Plus",
                            "qualification": "IQ/OQ; annual preventive maintenance",
                        },
                        {
                            "name": "CO2 incubator",
                            "specification": "Thermo Scientific Heracell 240i; 37 °C, 5% CO2",
                            "qualification": "IQ/OQ/PQ; continuous monitoring",
                        },
                        {
                            "name": "Flow cytometer",
                            "specification": "BD FACSCanto II",
                            "qualification": "Daily CS&T check",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Receipt of the apheresis product",
                            "text": (
                                "<p>On receipt, check the chain of identity (name, date of birth, "
                                "DIN), the temperature and the packaging. Take a sample for cell "
                                "count and CD34 enumeration.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Platelet wash and labelling",
                            "text": (
                                "<p>Wash the product twice with CliniMACS buffer (200 × g, 15 min, "
                                "no brake), incubate for 30 min with CD34 Reagent at room "
                                "temperature on a roller and wash away unbound reagent.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "CD34+ selection",
                            "text": (
                                "<p>Select on the CliniMACS Plus using the CD34 SELECTION "
                                "programme according to the batch record. Take samples of the "
                                "positive and negative fractions for count and purity.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Apheresis product max. 36 hours from end of collection to start "
                                "of selection (2–8 °C)"
                            ),
                        },
                        {
                            "title": "Prestimulation",
                            "text": (
                                "<p>Seed the CD34+ cells at 1 × 10<sup>6</sup> cells/mL in SCGM "
                                "with SCF, TPO and FLT3-L in RetroNectin-coated bags. Incubate for "
                                "24 ± 4 hours at 37 °C and 5% CO2.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Transduction",
                            "text": (
                                "<p>Thaw the vector immediately before use and add it at the MOI "
                                "stated in the batch record (default 50). Incubate for 16–24 "
                                "hours. Two people check vector batch, volume and patient "
                                "identity.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Working with lentiviral vector at ML-II: only in the safety "
                                "cabinet, with double gloves."
                            ),
                        },
                        {
                            "title": "Harvest and wash",
                            "text": (
                                "<p>Harvest the cells, wash twice with buffer to remove free "
                                "vector and resuspend in cold buffer. Count the cells and take "
                                "samples for VCN, sterility and endotoxin.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Handover to freezing",
                            "text": (
                                "<p>Hand the product over to cryopreservation according to "
                                "DARE-SOP-0031 with the completed handover form.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Max. 2 hours at 2–8 °C until start of freezing",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "CD34+ purity after selection",
                            "specification": "≥ 90%",
                            "method": "Flow cytometry according to ISHAGE (Ph. Eur. 2.7.24)",
                        },
                        {
                            "parameter": "Viability after harvest",
                            "specification": "≥ 80%",
                            "method": "7-AAD flow cytometry (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "≥ 0.5 copies per cell",
                            "method": "ddPCR after 14 days of culture (DARE-QC-0009)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "tissues-cells-directive"},
                        {"protocol": "DARE-SOP-0025"},
                        {"protocol": "DARE-SOP-0031"},
                        {"qc_method": "DARE-QC-0009"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 6, 3),
                "next_review_date": date(2027, 6, 3),
                "nl": {
                    "change_note": (
                        "Bovengrens van 5,0 kopieën per cel toegevoegd aan de VCN-specificatie om "
                        "het risico op insertiemutagenese te beperken; verwijzing naar de "
                        "EMA-richtlijn voor genetisch gemodificeerde cellen toegevoegd."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "CD34+-zuiverheid na selectie",
                            "specification": "≥ 90%",
                            "method": "Flowcytometrie volgens ISHAGE (Ph. Eur. 2.7.24)",
                        },
                        {
                            "parameter": "Levensvatbaarheid na oogst",
                            "specification": "≥ 80%",
                            "method": "7-AAD flowcytometrie (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "0,5–5,0 kopieën per cel",
                            "method": "ddPCR na 14 dagen kweek (DARE-QC-0009)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "tissues-cells-directive"},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"protocol": "DARE-SOP-0025"},
                        {"protocol": "DARE-SOP-0031"},
                        {"qc_method": "DARE-QC-0009"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Upper limit of 5.0 copies per cell added to the VCN specification to "
                        "limit the risk of insertional mutagenesis; reference to the EMA guideline "
                        "on genetically modified cells added."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "CD34+ purity after selection",
                            "specification": "≥ 90%",
                            "method": "Flow cytometry according to ISHAGE (Ph. Eur. 2.7.24)",
                        },
                        {
                            "parameter": "Viability after harvest",
                            "specification": "≥ 80%",
                            "method": "7-AAD flow cytometry (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "0.5–5.0 copies per cell",
                            "method": "ddPCR after 14 days of culture (DARE-QC-0009)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "tissues-cells-directive"},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"protocol": "DARE-SOP-0025"},
                        {"protocol": "DARE-SOP-0031"},
                        {"qc_method": "DARE-QC-0009"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0031 Cryopreservation and release of HSC (Erasmus MC), review overdue, v2 draft
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0031",
        "centre": "erasmus-mc",
        "modality": "hsc",
        "process_stage": "release-testing",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2022, 8, 1),
                "next_review_date": date(2025, 8, 1),
                "nl": {
                    "title": (
                        "Cryopreservatie en vrijgifte van genetisch gemodificeerde HSC-producten"
                    ),
                    "summary": (
                        "Formuleren in cryomedium, gecontroleerd invriezen en opslag in "
                        "quarantaine van getransduceerde CD34+-cellen, gevolgd door de "
                        "vrijgiftetesten en de vrijgifte door de QP."
                    ),
                    "purpose": (
                        "<p>Borgen dat het genetisch gemodificeerde stamcelproduct met behoud van "
                        "levensvatbaarheid wordt ingevroren en pas na volledige vrijgifte "
                        "beschikbaar komt voor toediening.</p>"
                    ),
                    "scope": (
                        "<p>Autologe, lentiviraal getransduceerde CD34+-producten die in het "
                        "Erasmus MC worden ingevroren, ook wanneer de transductie elders in het "
                        "consortium plaatsvond (DARE-SOP-0030).</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Operator",
                            "Formuleert en vriest het product in en bewaakt het invriesprofiel.",
                        ),
                        (
                            "Hoofd Kwaliteitscontrole",
                            (
                                "Beoordeelt de testresultaten, inclusief de post-thaw-analyse, en "
                                "stelt het CoA op."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            "Certificeert de batch en geeft deze vrij uit quarantaine.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "CryoStor CS10",
                            "grade": "gmp",
                            "supplier": "BioLife Solutions",
                            "catalogue_number": "210102",
                            "note": "Bevat 10% DMSO; koud (2–8 °C) gebruiken",
                        },
                        {
                            "name": "CryoMACS-invrieszak 250",
                            "grade": "medical_device",
                            "supplier": "Miltenyi Biotec",
                            "catalogue_number": "200-074-402",
                            "note": "Met overzak; vulvolume volgens leverancier",
                        },
                        {
                            "name": "Natriumchloride 0,9%",
                            "grade": "pharmacopoeial",
                            "supplier": "Fresenius Kabi",
                            "catalogue_number": "Freeflex 500 mL",
                            "note": "Wasoplossing, aangevuld met 1% humaan albumine",
                        },
                        {
                            "name": "Cryovials 2 mL voor satellietmonsters",
                            "grade": "gmp",
                            "supplier": "Corning",
                            "catalogue_number": "430488",
                            "note": "Zelfde formulering als het product",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Gecontroleerde invriezer",
                            "specification": "Planer Kryo 560-16",
                            "qualification": "IQ/OQ/PQ; profiel gevalideerd met dummyzakken",
                        },
                        {
                            "name": "Opslagvat vloeibare stikstof",
                            "specification": "MVE HEco, dampfase ≤ -150 °C",
                            "qualification": "IQ/OQ; continue temperatuurbewaking met alarmering",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Ontvangst en identiteitscontrole",
                            "text": (
                                "<p>Controleer het overdrachtsformulier, de chain of identity en "
                                "de celtelling. Bereken op basis van het lichaamsgewicht het "
                                "aantal zakken.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Formuleren in cryomedium",
                            "text": (
                                "<p>Centrifugeer de cellen (400 × g, 10 min, 4 °C), resuspendeer "
                                "in koude CryoStor CS10 tot 5–20 × 10<sup>6</sup> cellen/mL en "
                                "breng over in de invrieszakken en satellietvials.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 30 min in DMSO-houdend medium bij 2–8 °C tot start van het "
                                "invriesprogramma"
                            ),
                        },
                        {
                            "title": "Gecontroleerd invriezen",
                            "text": (
                                "<p>Start het gevalideerde programma (-1 °C/min tot -40 °C, daarna "
                                "-10 °C/min tot -90 °C). Controleer en archiveer het "
                                "invriesprofiel bij het batchprotocol.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Opslag in quarantaine",
                            "text": (
                                "<p>Breng de zakken in voorgekoelde cassettes over naar het "
                                "quarantainedeel van het stikstofvat. Registreer positie en "
                                "tijdstip.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Vrijgiftetesten",
                            "text": (
                                "<p>Lever de monsters van vóór het invriezen aan voor steriliteit, "
                                "endotoxine, mycoplasma en VCN. Ontdooi na minimaal 24 uur één "
                                "satellietvial voor levensvatbaarheid en CD34+-telling na "
                                "ontdooien.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Certificering en vrijgifte",
                            "text": (
                                "<p>De QP beoordeelt batchprotocol, CoA en afwijkingen en "
                                "certificeert de batch. Daarna wordt het product in het systeem en "
                                "fysiek overgezet naar de vrijgegeven voorraad.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Dosis levensvatbare CD34+-cellen",
                            "specification": "≥ 2 × 10^6 per kg lichaamsgewicht",
                            "method": "Flowcytometrie (ISHAGE) met 7-AAD",
                        },
                        {
                            "parameter": "Levensvatbaarheid na ontdooien",
                            "specification": "≥ 70%",
                            "method": "7-AAD (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Steriliteit",
                            "specification": "Geen groei",
                            "method": "DARE-QC-0001",
                        },
                        {
                            "parameter": "Endotoxine",
                            "specification": "≤ 0,5 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "0,5–5,0 kopieën per cel",
                            "method": "ddPCR (DARE-QC-0009)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0030"},
                        {"protocol": "DARE-SOP-0035"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.7.29",
                                "Nucleated cell count and viability",
                            )
                        },
                    ],
                },
                "en": {
                    "title": "Cryopreservation and release of gene-modified HSC products",
                    "summary": (
                        "Formulation in cryomedium, controlled-rate freezing and quarantine "
                        "storage of transduced CD34+ cells, followed by release testing and "
                        "release by the QP."
                    ),
                    "purpose": (
                        "<p>To ensure that the gene-modified stem cell product is frozen with "
                        "preserved viability and becomes available for administration only after "
                        "full release.</p>"
                    ),
                    "scope": (
                        "<p>Autologous, lentivirally transduced CD34+ products frozen at Erasmus "
                        "MC, including when transduction took place elsewhere in the consortium "
                        "(DARE-SOP-0030).</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Operator",
                            "Formulates and freezes the product and monitors the freezing profile.",
                        ),
                        (
                            "Head of Quality Control",
                            (
                                "Reviews the test results, including the post-thaw analysis, and "
                                "prepares the CoA."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            "Certifies the batch and releases it from quarantine.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "CryoStor CS10",
                            "grade": "gmp",
                            "supplier": "BioLife Solutions",
                            "catalogue_number": "210102",
                            "note": "Contains 10% DMSO; use cold (2–8 °C)",
                        },
                        {
                            "name": "CryoMACS Freezing Bag 250",
                            "grade": "medical_device",
                            "supplier": "Miltenyi Biotec",
                            "catalogue_number": "200-074-402",
                            "note": "With overwrap; fill volume according to supplier",
                        },
                        {
                            "name": "Sodium chloride 0.9%",
                            "grade": "pharmacopoeial",
                            "supplier": "Fresenius Kabi",
                            "catalogue_number": "Freeflex 500 mL",
                            "note": "Wash solution, supplemented with 1% human albumin",
                        },
                        {
                            "name": "Cryovials 2 mL for satellite samples",
                            "grade": "gmp",
                            "supplier": "Corning",
                            "catalogue_number": "430488",
                            "note": "Same formulation as the product",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Controlled-rate freezer",
                            "specification": "Planer Kryo 560-16",
                            "qualification": "IQ/OQ/PQ; profile validated with dummy bags",
                        },
                        {
                            "name": "Liquid nitrogen storage vessel",
                            "specification": "MVE HEco, vapour phase ≤ -150 °C",
                            "qualification": "IQ/OQ; continuous temperature monitoring with alarms",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Receipt and identity check",
                            "text": (
                                "<p>Check the handover form, the chain of identity and the cell "
                                "count. Calculate the number of bags from the body weight.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Formulation in cryomedium",
                            "text": (
                                "<p>Centrifuge the cells (400 × g, 10 min, 4 °C), resuspend in "
                                "cold CryoStor CS10 at 5–20 × 10<sup>6</sup> cells/mL and transfer "
                                "to the freezing bags and satellite vials.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Max. 30 min in DMSO-containing medium at 2–8 °C until the "
                                "freezing programme starts"
                            ),
                        },
                        {
                            "title": "Controlled-rate freezing",
                            "text": (
                                "<p>Start the validated programme (-1 °C/min to -40 °C, then -10 "
                                "°C/min to -90 °C). Check the freezing profile and file it with "
                                "the batch record.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Quarantine storage",
                            "text": (
                                "<p>Transfer the bags in pre-cooled cassettes to the quarantine "
                                "section of the nitrogen vessel. Record position and time.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Release testing",
                            "text": (
                                "<p>Submit the pre-freeze samples for sterility, endotoxin, "
                                "mycoplasma and VCN. After at least 24 hours, thaw one satellite "
                                "vial for post-thaw viability and CD34+ count.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Certification and release",
                            "text": (
                                "<p>The QP reviews the batch record, CoA and deviations and "
                                "certifies the batch. The product is then moved, in the system and "
                                "physically, to released stock.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Dose of viable CD34+ cells",
                            "specification": "≥ 2 × 10^6 per kg body weight",
                            "method": "Flow cytometry (ISHAGE) with 7-AAD",
                        },
                        {
                            "parameter": "Post-thaw viability",
                            "specification": "≥ 70%",
                            "method": "7-AAD (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Sterility",
                            "specification": "No growth",
                            "method": "DARE-QC-0001",
                        },
                        {
                            "parameter": "Endotoxin",
                            "specification": "≤ 0.5 EU/mL",
                            "method": "LAL (DARE-QC-0004)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "0.5–5.0 copies per cell",
                            "method": "ddPCR (DARE-QC-0009)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0030"},
                        {"protocol": "DARE-SOP-0035"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.7.29",
                                "Nucleated cell count and viability",
                            )
                        },
                    ],
                },
            },
            {
                "version": 2,
                "status": "draft",
                "effective_date": date(2026, 12, 14),
                "next_review_date": date(2029, 12, 14),
                "nl": {
                    "change_note": (
                        "Concept: de Planer-invriezer wordt vervangen door een stikstofvrije "
                        "invriezer (VIA Freeze Duo) na afronding van de vergelijkingsstudie; "
                        "klonogeen potentieel na ontdooien toegevoegd als informatieve test; "
                        "endotoxinebepaling overgezet naar recombinant factor C (DARE-QC-0005)."
                    ),
                    "equipment": [
                        {
                            "name": "Gecontroleerde invriezer (stikstofvrij)",
                            "specification": "Cytiva VIA Freeze Duo",
                            "qualification": "IQ/OQ afgerond; PQ met dummyzakken loopt",
                        },
                        {
                            "name": "Opslagvat vloeibare stikstof",
                            "specification": "MVE HEco, dampfase ≤ -150 °C",
                            "qualification": "IQ/OQ; continue temperatuurbewaking met alarmering",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Dosis levensvatbare CD34+-cellen",
                            "specification": "≥ 2 × 10^6 per kg lichaamsgewicht",
                            "method": "Flowcytometrie (ISHAGE) met 7-AAD",
                        },
                        {
                            "parameter": "Levensvatbaarheid na ontdooien",
                            "specification": "≥ 70%",
                            "method": "7-AAD (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Steriliteit",
                            "specification": "Geen groei",
                            "method": "DARE-QC-0001",
                        },
                        {
                            "parameter": "Endotoxine",
                            "specification": "≤ 0,5 EU/mL",
                            "method": "Recombinant factor C (DARE-QC-0005)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "0,5–5,0 kopieën per cel",
                            "method": "ddPCR (DARE-QC-0009)",
                        },
                        {
                            "parameter": "Klonogeen potentieel na ontdooien",
                            "specification": "Ter informatie (specificatie na 10 batches)",
                            "method": "CFU-assay in methylcellulose, 14 dagen",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Draft: the Planer freezer is to be replaced by a nitrogen-free freezer "
                        "(VIA Freeze Duo) once the comparability study is complete; post-thaw "
                        "clonogenic potential added as an information-only test; endotoxin "
                        "testing moved to recombinant factor C (DARE-QC-0005)."
                    ),
                    "equipment": [
                        {
                            "name": "Controlled-rate freezer (nitrogen-free)",
                            "specification": "Cytiva VIA Freeze Duo",
                            "qualification": "IQ/OQ complete; PQ with dummy bags ongoing",
                        },
                        {
                            "name": "Liquid nitrogen storage vessel",
                            "specification": "MVE HEco, vapour phase ≤ -150 °C",
                            "qualification": "IQ/OQ; continuous temperature monitoring with alarms",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Dose of viable CD34+ cells",
                            "specification": "≥ 2 × 10^6 per kg body weight",
                            "method": "Flow cytometry (ISHAGE) with 7-AAD",
                        },
                        {
                            "parameter": "Post-thaw viability",
                            "specification": "≥ 70%",
                            "method": "7-AAD (DARE-QC-0006)",
                        },
                        {
                            "parameter": "Sterility",
                            "specification": "No growth",
                            "method": "DARE-QC-0001",
                        },
                        {
                            "parameter": "Endotoxin",
                            "specification": "≤ 0.5 EU/mL",
                            "method": "Recombinant factor C (DARE-QC-0005)",
                        },
                        {
                            "parameter": "Vector copy number",
                            "specification": "0.5–5.0 copies per cell",
                            "method": "ddPCR (DARE-QC-0009)",
                        },
                        {
                            "parameter": "Post-thaw clonogenic potential",
                            "specification": "For information (specification after 10 batches)",
                            "method": "CFU assay in methylcellulose, 14 days",
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0032 Environmental monitoring of grade A and B cleanrooms (Erasmus MC), 3 versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0032",
        "centre": "erasmus-mc",
        "modality": "general",
        "process_stage": "facility",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 3, 1),
                "next_review_date": date(2023, 3, 1),
                "nl": {
                    "title": "Omgevingsmonitoring van cleanrooms klasse A en B",
                    "summary": (
                        "Monitoring van deeltjes, luchtkiemen, sedimentatieplaten, contactplaten "
                        "en handschoenafdrukken in cleanrooms klasse A en B, met limieten, "
                        "incubatie en opvolging van overschrijdingen."
                    ),
                    "purpose": (
                        "<p>Aantonen dat de cleanroom klasse A/B tijdens de productie van ATMP's "
                        "voldoet aan de limieten voor deeltjes en micro-organismen, en trends "
                        "tijdig signaleren.</p>"
                    ),
                    "scope": (
                        "<p>Alle klasse A- en klasse B-zones van de GMP-faciliteit van het Erasmus "
                        "MC, in rust en tijdens activiteiten. Klasse C en D vallen onder het "
                        "algemene monitoringsplan.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "QC-medewerker microbiologie",
                            (
                                "Voert de monitoring uit, incubeert en leest de platen af en "
                                "registreert de resultaten."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Zorgt dat bij elke aseptische handeling de voorgeschreven "
                                "monitoring plaatsvindt en neemt handschoenafdrukken bij het "
                                "verlaten van klasse A."
                            ),
                        ),
                        (
                            "Hoofd Kwaliteitscontrole",
                            (
                                "Beoordeelt overschrijdingen en trends en rapporteert maandelijks "
                                "aan QA en Productie."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "TSA-sedimentatieplaten 90 mm, drievoudig verpakt, bestraald",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46002.0020",
                            "note": "Ook gebruikt in de MAS-100 NT",
                        },
                        {
                            "name": "TSA-contactplaten 55 mm",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46036.0020",
                            "note": "Oppervlakken en handschoenen",
                        },
                        {
                            "name": "Klercide 70/30 IPA, steriel",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Desinfectie van oppervlakken na contactplaatafname",
                        },
                        {
                            "name": "Steriele, pluisvrije doekjes",
                            "grade": "gmp",
                            "supplier": "Contec",
                            "catalogue_number": "PROSAT Sterile",
                            "note": "Verwijderen van agarresten",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Actieve luchtkiemsampler",
                            "specification": "Merck MAS-100 NT, 100 L/min",
                            "qualification": "Jaarlijkse kalibratie van de luchtstroom",
                        },
                        {
                            "name": "Deeltjesteller",
                            "specification": (
                                "Lighthouse ApexZ50, 50 L/min; vaste sensoren in klasse A"
                            ),
                            "qualification": "Jaarlijkse kalibratie volgens ISO 21501-4",
                        },
                        {
                            "name": "Incubatoren",
                            "specification": "Memmert IN160, 20–25 °C en 30–35 °C",
                            "qualification": "IQ/OQ; temperatuurmapping, continue bewaking",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Monitoringsplan en locaties",
                            "text": (
                                "<p>De monsterlocaties en frequenties liggen vast in het "
                                "monitoringsplan, gebaseerd op de risicoanalyse van de cleanroom. "
                                "Klasse A wordt bij elke aseptische handeling gemonitord, klasse B "
                                "bij elke productiedag.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Deeltjesmonitoring",
                            "text": (
                                "<p>Meet in klasse A continu gedurende de hele aseptische "
                                "handeling. Meet in klasse B tijdens activiteiten op de "
                                "vastgestelde locaties, met een monstervolume van ten minste 1 m³ "
                                "per locatie bij de kwalificatie.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Actieve luchtbemonstering",
                            "text": (
                                "<p>Bemonster 1 m³ lucht per locatie in klasse A en 0,5 m³ in "
                                "klasse B. Plaats de sampler zo dat de eerste lucht niet wordt "
                                "verstoord.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Sedimentatieplaten",
                            "text": (
                                "<p>Plaats in klasse A tijdens de hele handeling "
                                "sedimentatieplaten, met een blootstelling van maximaal 4 uur per "
                                "plaat. Vervang platen bij langere handelingen en noteer de "
                                "tijden.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Contactplaten en handschoenafdrukken",
                            "text": (
                                "<p>Neem contactplaten van kritieke oppervlakken na afloop van de "
                                "handeling en desinfecteer de plek daarna met IPA 70%. Neem "
                                "handschoenafdrukken van alle vijf vingers van beide handen bij "
                                "het verlaten van klasse A.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Incubatie",
                            "text": (
                                "<p>Incubeer de platen eerst 3 dagen bij 20–25 °C en daarna 2 "
                                "dagen bij 30–35 °C (gevalideerd schema). Lees af en registreer "
                                "het aantal kolonievormende eenheden (KVE).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling, trending en overschrijdingen",
                            "text": (
                                "<p>Vergelijk de resultaten met de alert- en actielimieten. Een "
                                "overschrijding van een actielimiet wordt als afwijking "
                                "geregistreerd; de impact op de batches van die dag wordt "
                                "beoordeeld vóór vrijgifte. Isolaten worden geïdentificeerd "
                                "volgens het identificatieschema.</p>"
                            ),
                            "critical": True,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Klasse A luchtkiemen",
                            "specification": "< 1 KVE/m³",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Klasse A sedimentatieplaten",
                            "specification": "< 1 KVE/4 uur",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Klasse A contactplaten en handschoenafdrukken",
                            "specification": "< 1 KVE per plaat of handschoen",
                            "method": "TSA 55 mm",
                        },
                        {
                            "parameter": "Klasse B luchtkiemen",
                            "specification": "10 KVE/m³",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Klasse B sedimentatieplaten",
                            "specification": "5 KVE/4 uur",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Deeltjes ≥ 5,0 µm in klasse A",
                            "specification": "≤ 20 per m³",
                            "method": "Deeltjesteller",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.1.6",
                                "Alternative methods for control of microbiological quality",
                            )
                        },
                    ],
                },
                "en": {
                    "title": "Environmental monitoring of grade A and B cleanrooms",
                    "summary": (
                        "Monitoring of particles, airborne micro-organisms, settle plates, contact "
                        "plates and glove prints in grade A and B cleanrooms, with limits, "
                        "incubation and follow-up of excursions."
                    ),
                    "purpose": (
                        "<p>To demonstrate that the grade A/B cleanroom meets the limits for "
                        "particles and micro-organisms during ATMP manufacture, and to detect "
                        "trends in time.</p>"
                    ),
                    "scope": (
                        "<p>All grade A and grade B zones of the Erasmus MC GMP facility, at rest "
                        "and in operation. Grades C and D are covered by the general monitoring "
                        "plan.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "QC microbiology technician",
                            (
                                "Performs the monitoring, incubates and reads the plates and "
                                "records the results."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Ensures that the prescribed monitoring takes place during every "
                                "aseptic operation and takes glove prints when leaving grade A."
                            ),
                        ),
                        (
                            "Head of Quality Control",
                            (
                                "Assesses excursions and trends and reports monthly to QA and "
                                "Production."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "TSA settle plates 90 mm, triple-wrapped, irradiated",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46002.0020",
                            "note": "Also used in the MAS-100 NT",
                        },
                        {
                            "name": "TSA contact plates 55 mm",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46036.0020",
                            "note": "Surfaces and gloves",
                        },
                        {
                            "name": "Klercide 70/30 IPA, sterile",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Disinfection of surfaces after contact plate sampling",
                        },
                        {
                            "name": "Sterile low-lint wipes",
                            "grade": "gmp",
                            "supplier": "Contec",
                            "catalogue_number": "PROSAT Sterile",
                            "note": "Removal of agar residues",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Active air sampler",
                            "specification": "Merck MAS-100 NT, 100 L/min",
                            "qualification": "Annual airflow calibration",
                        },
                        {
                            "name": "Particle counter",
                            "specification": (
                                "Lighthouse ApexZ50, 50 L/min; fixed sensors in grade A"
                            ),
                            "qualification": "Annual calibration according to ISO 21501-4",
                        },
                        {
                            "name": "Incubators",
                            "specification": "Memmert IN160, 20–25 °C and 30–35 °C",
                            "qualification": "IQ/OQ; temperature mapping, continuous monitoring",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Monitoring plan and locations",
                            "text": (
                                "<p>Sampling locations and frequencies are laid down in the "
                                "monitoring plan, based on the cleanroom risk assessment. Grade A "
                                "is monitored during every aseptic operation, grade B on every "
                                "production day.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Particle monitoring",
                            "text": (
                                "<p>Monitor grade A continuously for the full duration of the "
                                "aseptic operation. Monitor grade B in operation at the defined "
                                "locations, with a sample volume of at least 1 m³ per location "
                                "during qualification.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Active air sampling",
                            "text": (
                                "<p>Sample 1 m³ of air per location in grade A and 0.5 m³ in grade "
                                "B. Position the sampler so that first air is not disturbed.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Settle plates",
                            "text": (
                                "<p>Expose settle plates in grade A throughout the operation, for "
                                "no more than 4 hours per plate. Replace plates during longer "
                                "operations and record the times.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Contact plates and glove prints",
                            "text": (
                                "<p>Take contact plates from critical surfaces at the end of the "
                                "operation and then disinfect the spot with 70% IPA. Take "
                                "five-finger glove prints of both hands when leaving grade A.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Incubation",
                            "text": (
                                "<p>Incubate the plates first for 3 days at 20–25 °C and then for "
                                "2 days at 30–35 °C (validated scheme). Read and record the number "
                                "of colony-forming units (CFU).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Evaluation, trending and excursions",
                            "text": (
                                "<p>Compare the results with the alert and action limits. An "
                                "action limit excursion is recorded as a deviation; its impact on "
                                "the batches of that day is assessed before release. Isolates are "
                                "identified according to the identification scheme.</p>"
                            ),
                            "critical": True,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Grade A airborne viable count",
                            "specification": "< 1 CFU/m³",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Grade A settle plates",
                            "specification": "< 1 CFU/4 hours",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Grade A contact plates and glove prints",
                            "specification": "< 1 CFU per plate or glove",
                            "method": "TSA 55 mm",
                        },
                        {
                            "parameter": "Grade B airborne viable count",
                            "specification": "10 CFU/m³",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Grade B settle plates",
                            "specification": "5 CFU/4 hours",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Particles ≥ 5.0 µm in grade A",
                            "specification": "≤ 20 per m³",
                            "method": "Particle counter",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.1.6",
                                "Alternative methods for control of microbiological quality",
                            )
                        },
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2023, 8, 25),
                "next_review_date": date(2025, 8, 25),
                "nl": {
                    "change_note": (
                        "Aangepast aan de herziene Annex 1 (van toepassing vanaf 25 augustus "
                        "2023): limieten voor klasse A geformuleerd als 'geen groei', limiet voor "
                        "deeltjes ≥ 5,0 µm in klasse A tijdens activiteiten naar 29 per m³; "
                        "verwijzing naar de afwijkingsprocedure toegevoegd."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Klasse A luchtkiemen",
                            "specification": "Geen groei",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Klasse A sedimentatieplaten",
                            "specification": "Geen groei (per 4 uur)",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Klasse A contactplaten en handschoenafdrukken",
                            "specification": "Geen groei",
                            "method": "TSA 55 mm",
                        },
                        {
                            "parameter": "Klasse B luchtkiemen",
                            "specification": "10 KVE/m³",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Klasse B sedimentatieplaten",
                            "specification": "5 KVE/4 uur",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Deeltjes ≥ 5,0 µm in klasse A",
                            "specification": "≤ 29 per m³ tijdens activiteiten",
                            "method": "Deeltjesteller",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.1.6",
                                "Alternative methods for control of microbiological quality",
                            )
                        },
                        {"protocol": "DARE-SOP-0036"},
                        {
                            "link": (
                                "EudraLex Volume 4 – GMP-richtsnoeren",
                                "https://health.ec.europa.eu/medicinal-products/eudralex/eudralex-volume-4_en",
                            )
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Aligned with the revised Annex 1 (applicable from 25 August 2023): grade "
                        "A limits expressed as 'no growth', limit for particles ≥ 5.0 µm in grade "
                        "A in operation changed to 29 per m³; reference to the deviation procedure "
                        "added."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Grade A airborne viable count",
                            "specification": "No growth",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Grade A settle plates",
                            "specification": "No growth (per 4 hours)",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Grade A contact plates and glove prints",
                            "specification": "No growth",
                            "method": "TSA 55 mm",
                        },
                        {
                            "parameter": "Grade B airborne viable count",
                            "specification": "10 CFU/m³",
                            "method": "MAS-100 NT",
                        },
                        {
                            "parameter": "Grade B settle plates",
                            "specification": "5 CFU/4 hours",
                            "method": "TSA 90 mm",
                        },
                        {
                            "parameter": "Particles ≥ 5.0 µm in grade A",
                            "specification": "≤ 29 per m³ in operation",
                            "method": "Particle counter",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.1.6",
                                "Alternative methods for control of microbiological quality",
                            )
                        },
                        {"protocol": "DARE-SOP-0036"},
                        {
                            "link": (
                                "EudraLex Volume 4 – GMP guidelines",
                                "https://health.ec.europa.eu/medicinal-products/eudralex/eudralex-volume-4_en",
                            )
                        },
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2025, 6, 2),
                "next_review_date": date(2027, 6, 2),
                "nl": {
                    "change_note": (
                        "Contactplaten vervangen door platen met neutralisatoren (lecithine en "
                        "polysorbaat 80) om remming door desinfectiemiddelresten te voorkomen; "
                        "alle isolaten uit klasse A en B worden met MALDI-TOF tot op soortniveau "
                        "geïdentificeerd."
                    ),
                    "materials": [
                        {
                            "name": "TSA-sedimentatieplaten 90 mm, drievoudig verpakt, bestraald",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46002.0020",
                            "note": "Ook gebruikt in de MAS-100 NT",
                        },
                        {
                            "name": (
                                "TSA-contactplaten 55 mm met lecithine en polysorbaat 80 (LTHTh)"
                            ),
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46040.0020",
                            "note": "Neutraliseert resten van alcohol en sporicide",
                        },
                        {
                            "name": "Klercide 70/30 IPA, steriel",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Desinfectie van oppervlakken na contactplaatafname",
                        },
                        {
                            "name": "Steriele, pluisvrije doekjes",
                            "grade": "gmp",
                            "supplier": "Contec",
                            "catalogue_number": "PROSAT Sterile",
                            "note": "Verwijderen van agarresten",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Actieve luchtkiemsampler",
                            "specification": "Merck MAS-100 NT, 100 L/min",
                            "qualification": "Jaarlijkse kalibratie van de luchtstroom",
                        },
                        {
                            "name": "Deeltjesteller",
                            "specification": (
                                "Lighthouse ApexZ50, 50 L/min; vaste sensoren in klasse A"
                            ),
                            "qualification": "Jaarlijkse kalibratie volgens ISO 21501-4",
                        },
                        {
                            "name": "Incubatoren",
                            "specification": "Memmert IN160, 20–25 °C en 30–35 °C",
                            "qualification": "IQ/OQ; temperatuurmapping, continue bewaking",
                        },
                        {
                            "name": "MALDI-TOF-identificatiesysteem",
                            "specification": "Bruker MALDI Biotyper sirius",
                            "qualification": (
                                "IQ/OQ; bibliotheek aangevuld met eigen omgevingsisolaten"
                            ),
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Contact plates replaced by plates with neutralisers (lecithin and "
                        "polysorbate 80) to prevent inhibition by disinfectant residues; all grade "
                        "A and B isolates are identified to species level by MALDI-TOF."
                    ),
                    "materials": [
                        {
                            "name": "TSA settle plates 90 mm, triple-wrapped, irradiated",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46002.0020",
                            "note": "Also used in the MAS-100 NT",
                        },
                        {
                            "name": (
                                "TSA contact plates 55 mm with lecithin and polysorbate 80 (LTHTh)"
                            ),
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46040.0020",
                            "note": "Neutralises residues of alcohol and sporicide",
                        },
                        {
                            "name": "Klercide 70/30 IPA, sterile",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Disinfection of surfaces after contact plate sampling",
                        },
                        {
                            "name": "Sterile low-lint wipes",
                            "grade": "gmp",
                            "supplier": "Contec",
                            "catalogue_number": "PROSAT Sterile",
                            "note": "Removal of agar residues",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Active air sampler",
                            "specification": "Merck MAS-100 NT, 100 L/min",
                            "qualification": "Annual airflow calibration",
                        },
                        {
                            "name": "Particle counter",
                            "specification": (
                                "Lighthouse ApexZ50, 50 L/min; fixed sensors in grade A"
                            ),
                            "qualification": "Annual calibration according to ISO 21501-4",
                        },
                        {
                            "name": "Incubators",
                            "specification": "Memmert IN160, 20–25 °C and 30–35 °C",
                            "qualification": "IQ/OQ; temperature mapping, continuous monitoring",
                        },
                        {
                            "name": "MALDI-TOF identification system",
                            "specification": "Bruker MALDI Biotyper sirius",
                            "qualification": (
                                "IQ/OQ; library extended with in-house environmental isolates"
                            ),
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0033 Aseptic process simulation (UMCG), two versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0033",
        "centre": "umcg",
        "modality": "general",
        "process_stage": "facility",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 11, 1),
                "next_review_date": date(2023, 11, 1),
                "nl": {
                    "title": "Aseptische processimulatie (media fill) voor ATMP-productie",
                    "summary": (
                        "Simulatie van het aseptische productieproces met kweekmedium in plaats "
                        "van product, ter validatie van het proces en kwalificatie van de "
                        "operators."
                    ),
                    "purpose": (
                        "<p>Aantonen dat de aseptische handelingen bij de ATMP-productie niet tot "
                        "microbiële contaminatie leiden, en operators kwalificeren voor werk in "
                        "klasse A.</p>"
                    ),
                    "scope": (
                        "<p>Alle aseptische processen in de cleanrooms van het UMCG, zowel open "
                        "als gesloten. Initiële validatie: drie opeenvolgende geslaagde runs per "
                        "proces; daarna elk proces tweemaal per jaar.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            "Stelt per proces het worstcaseontwerp vast en plant de runs.",
                        ),
                        (
                            "Operator",
                            (
                                "Voert de simulatie uit zoals een routinebatch, inclusief alle "
                                "voorgeschreven ingrepen."
                            ),
                        ),
                        (
                            "QC-medewerker microbiologie",
                            (
                                "Incubeert en inspecteert de eenheden en voert de "
                                "groeibevorderingstest uit."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Tryptic Soy Broth (TSB), gammabestraald, 500 mL-zak",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46310.0500",
                            "note": "Vervangt medium en product in de simulatie",
                        },
                        {
                            "name": "Primaire verpakkingen identiek aan routine",
                            "grade": "gmp",
                            "supplier": "Schott / Miltenyi Biotec",
                            "catalogue_number": "Volgens batchprotocol",
                            "note": "Vials, kweekzakken en spuiten",
                        },
                        {
                            "name": "Referentiestammen voor groeibevordering",
                            "grade": "pharmacopoeial",
                            "supplier": "Microbiologics",
                            "catalogue_number": "EZ-CFU One Step",
                            "note": (
                                "S. aureus, B. subtilis, P. aeruginosa, C. albicans, A. "
                                "brasiliensis, C. sporogenes"
                            ),
                        },
                        {
                            "name": "Klercide 70/30 IPA, steriel",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Desinfectie zoals in routine",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Veiligheidswerkbank klasse II",
                            "specification": "Klasse A in klasse B-ruimte",
                            "qualification": "IQ/OQ/PQ",
                        },
                        {
                            "name": "Incubatoren",
                            "specification": "20–25 °C en 30–35 °C",
                            "qualification": "IQ/OQ; continue temperatuurbewaking",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Ontwerp van de simulatie",
                            "text": (
                                "<p>Beschrijf in het protocol de worstcasecondities: maximale "
                                "procesduur, maximaal aantal operators in de ruimte en alle "
                                "routinematige en correctieve ingrepen. Het aantal eenheden is "
                                "gelijk aan de maximale routinebatchgrootte.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Uitvoering",
                            "text": (
                                "<p>Voer alle stappen uit zoals in routine, met TSB in plaats van "
                                "medium en product. Monitor de omgeving zoals bij een "
                                "productiebatch en registreer elke ingreep met tijdstip.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Incubatie",
                            "text": (
                                "<p>Keer elke eenheid om, zodat alle binnenoppervlakken met medium "
                                "in contact komen. Incubeer 7 dagen bij 20–25 °C en daarna 7 dagen "
                                "bij 30–35 °C.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Eenheden binnen 24 uur na afvullen in incubatie",
                        },
                        {
                            "title": "Inspectie",
                            "text": (
                                "<p>Inspecteer alle eenheden op dag 7 en dag 14 op troebeling. "
                                "Elke troebele eenheid wordt direct gemeld, gekweekt en "
                                "geïdentificeerd.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Groeibevordering",
                            "text": (
                                "<p>Beënt na incubatie representatieve eenheden met ≤ 100 KVE van "
                                "elke referentiestam. Groei moet binnen 3 dagen (bacteriën) of 5 "
                                "dagen (schimmels) zichtbaar zijn.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling en rapportage",
                            "text": (
                                "<p>Stel een rapport op met alle resultaten. Bij een "
                                "gecontamineerde eenheid volgt een afwijkingsonderzoek volgens "
                                "DARE-SOP-0036 en wordt de impact op sinds de vorige geslaagde "
                                "simulatie vrijgegeven batches beoordeeld.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Gecontamineerde eenheden",
                            "specification": "0",
                            "method": "Visuele inspectie na 14 dagen",
                        },
                        {
                            "parameter": "Groeibevordering",
                            "specification": "Groei van alle referentiestammen",
                            "method": "Ph. Eur. 2.6.1",
                        },
                        {
                            "parameter": "Omgevingsmonitoring tijdens de run",
                            "specification": "Binnen de limieten van DARE-SOP-0032",
                            "method": "DARE-SOP-0032",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {"pharmacopoeia": ("Ph. Eur. 2.6.1", "Sterility")},
                        {"protocol": "DARE-SOP-0032"},
                    ],
                },
                "en": {
                    "title": "Aseptic process simulation (media fill) for ATMP manufacturing",
                    "summary": (
                        "Simulation of the aseptic manufacturing process using culture medium "
                        "instead of product, to validate the process and qualify the operators."
                    ),
                    "purpose": (
                        "<p>To demonstrate that the aseptic operations in ATMP manufacture do not "
                        "lead to microbial contamination, and to qualify operators for grade A "
                        "work.</p>"
                    ),
                    "scope": (
                        "<p>All aseptic processes in the UMCG cleanrooms, open and closed. Initial "
                        "validation: three consecutive successful runs per process; thereafter "
                        "each process twice a year.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Defines the worst-case design for each process and schedules the "
                                "runs."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs the simulation like a routine batch, including all "
                                "prescribed interventions."
                            ),
                        ),
                        (
                            "QC microbiology technician",
                            (
                                "Incubates and inspects the units and performs the growth "
                                "promotion test."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Tryptic Soy Broth (TSB), gamma-irradiated, 500 mL bag",
                            "grade": "gmp",
                            "supplier": "Merck",
                            "catalogue_number": "1.46310.0500",
                            "note": "Replaces medium and product in the simulation",
                        },
                        {
                            "name": "Primary containers identical to routine",
                            "grade": "gmp",
                            "supplier": "Schott / Miltenyi Biotec",
                            "catalogue_number": "According to batch record",
                            "note": "Vials, culture bags and syringes",
                        },
                        {
                            "name": "Reference strains for growth promotion",
                            "grade": "pharmacopoeial",
                            "supplier": "Microbiologics",
                            "catalogue_number": "EZ-CFU One Step",
                            "note": (
                                "S. aureus, B. subtilis, P. aeruginosa, C. albicans, A. "
                                "brasiliensis, C. sporogenes"
                            ),
                        },
                        {
                            "name": "Klercide 70/30 IPA, sterile",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Disinfection as in routine",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Class II biological safety cabinet",
                            "specification": "Grade A within a grade B room",
                            "qualification": "IQ/OQ/PQ",
                        },
                        {
                            "name": "Incubators",
                            "specification": "20–25 °C and 30–35 °C",
                            "qualification": "IQ/OQ; continuous temperature monitoring",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Simulation design",
                            "text": (
                                "<p>Describe the worst-case conditions in the protocol: maximum "
                                "process duration, maximum number of operators in the room and all "
                                "routine and corrective interventions. The number of units equals "
                                "the maximum routine batch size.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Execution",
                            "text": (
                                "<p>Perform all steps as in routine, with TSB instead of medium "
                                "and product. Monitor the environment as for a production batch "
                                "and record every intervention with its time.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Incubation",
                            "text": (
                                "<p>Invert each unit so that all inner surfaces are in contact "
                                "with the medium. Incubate for 7 days at 20–25 °C and then for 7 "
                                "days at 30–35 °C.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Units into incubation within 24 hours of filling",
                        },
                        {
                            "title": "Inspection",
                            "text": (
                                "<p>Inspect all units on day 7 and day 14 for turbidity. Any "
                                "turbid unit is reported immediately, subcultured and "
                                "identified.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Growth promotion",
                            "text": (
                                "<p>After incubation, inoculate representative units with ≤ 100 "
                                "CFU of each reference strain. Growth must be visible within 3 "
                                "days (bacteria) or 5 days (fungi).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Evaluation and reporting",
                            "text": (
                                "<p>Write a report with all results. A contaminated unit triggers "
                                "a deviation investigation according to DARE-SOP-0036 and an "
                                "assessment of the batches released since the last successful "
                                "simulation.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Contaminated units",
                            "specification": "0",
                            "method": "Visual inspection after 14 days",
                        },
                        {
                            "parameter": "Growth promotion",
                            "specification": "Growth of all reference strains",
                            "method": "Ph. Eur. 2.6.1",
                        },
                        {
                            "parameter": "Environmental monitoring during the run",
                            "specification": "Within the limits of DARE-SOP-0032",
                            "method": "DARE-SOP-0032",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {"pharmacopoeia": ("Ph. Eur. 2.6.1", "Sterility")},
                        {"protocol": "DARE-SOP-0032"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 1, 15),
                "next_review_date": date(2027, 1, 15),
                "nl": {
                    "change_note": (
                        "Aangepast aan de herziene Annex 1: QA keurt protocol en rapport goed, "
                        "elke operator neemt ten minste eenmaal per jaar deel en het aantal "
                        "eenheden is als acceptatiecriterium vastgelegd."
                    ),
                    "responsibilities": [
                        (
                            "Hoofd Productie",
                            "Stelt per proces het worstcaseontwerp vast en plant de runs.",
                        ),
                        (
                            "Operator",
                            (
                                "Voert de simulatie uit zoals een routinebatch, inclusief alle "
                                "voorgeschreven ingrepen."
                            ),
                        ),
                        (
                            "QC-medewerker microbiologie",
                            (
                                "Incubeert en inspecteert de eenheden en voert de "
                                "groeibevorderingstest uit."
                            ),
                        ),
                        (
                            "QA",
                            (
                                "Keurt het simulatieprotocol en het eindrapport goed en bewaakt de "
                                "jaarlijkse deelname van elke operator."
                            ),
                        ),
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Gecontamineerde eenheden",
                            "specification": "0",
                            "method": "Visuele inspectie na 14 dagen",
                        },
                        {
                            "parameter": "Aantal eenheden",
                            "specification": (
                                "≥ maximale routinebatchgrootte, onderbouwd in het validatieplan"
                            ),
                            "method": "Telling en reconciliatie",
                        },
                        {
                            "parameter": "Groeibevordering",
                            "specification": "Groei van alle referentiestammen",
                            "method": "Ph. Eur. 2.6.1",
                        },
                        {
                            "parameter": "Omgevingsmonitoring tijdens de run",
                            "specification": "Binnen de limieten van DARE-SOP-0032",
                            "method": "DARE-SOP-0032",
                        },
                        {
                            "parameter": "Deelname operators",
                            "specification": "Elke operator ≥ 1 geslaagde simulatie per jaar",
                            "method": "Trainingsregistratie",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Aligned with the revised Annex 1: QA approves protocol and report, every "
                        "operator takes part at least once a year and the number of units is laid "
                        "down as an acceptance criterion."
                    ),
                    "responsibilities": [
                        (
                            "Head of Production",
                            (
                                "Defines the worst-case design for each process and schedules the "
                                "runs."
                            ),
                        ),
                        (
                            "Operator",
                            (
                                "Performs the simulation like a routine batch, including all "
                                "prescribed interventions."
                            ),
                        ),
                        (
                            "QC microbiology technician",
                            (
                                "Incubates and inspects the units and performs the growth "
                                "promotion test."
                            ),
                        ),
                        (
                            "QA",
                            (
                                "Approves the simulation protocol and the final report and "
                                "monitors the annual participation of every operator."
                            ),
                        ),
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Contaminated units",
                            "specification": "0",
                            "method": "Visual inspection after 14 days",
                        },
                        {
                            "parameter": "Number of units",
                            "specification": (
                                "≥ maximum routine batch size, justified in the validation plan"
                            ),
                            "method": "Count and reconciliation",
                        },
                        {
                            "parameter": "Growth promotion",
                            "specification": "Growth of all reference strains",
                            "method": "Ph. Eur. 2.6.1",
                        },
                        {
                            "parameter": "Environmental monitoring during the run",
                            "specification": "Within the limits of DARE-SOP-0032",
                            "method": "DARE-SOP-0032",
                        },
                        {
                            "parameter": "Operator participation",
                            "specification": "Every operator ≥ 1 successful simulation per year",
                            "method": "Training records",
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0034 Cleaning and disinfection of ATMP cleanrooms (MUMC+), Dutch only
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0034",
        "centre": "mumc",
        "modality": "general",
        "process_stage": "facility",
        "languages": ["nl"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 2, 5),
                "next_review_date": date(2027, 2, 5),
                "nl": {
                    "title": "Reiniging en desinfectie van ATMP-cleanrooms",
                    "summary": (
                        "Dagelijkse reiniging en desinfectie, wekelijkse sporicide behandeling en "
                        "verwijdering van residuen in de cleanrooms klasse A tot en met D van de "
                        "ATMP-faciliteit."
                    ),
                    "purpose": (
                        "<p>De microbiologische belasting van de cleanrooms beheersen met een "
                        "gevalideerd schema van reiniging, desinfectie en sporicide behandeling. "
                        "Deze SOP is alleen in het Nederlands beschikbaar omdat zij uitsluitend "
                        "door het eigen schoonmaak- en productiepersoneel wordt gebruikt.</p>"
                    ),
                    "scope": (
                        "<p>Alle ruimten en werkbanken van de ATMP-faciliteit van het MUMC+, "
                        "inclusief sluizen en de ML-II-ruimte. Reiniging van apparatuur die in "
                        "contact komt met het product valt onder de apparatuurspecifieke "
                        "SOP's.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Cleanroommedewerker",
                            (
                                "Voert de reiniging en desinfectie uit volgens het schema en "
                                "tekent het reinigingslogboek af."
                            ),
                        ),
                        (
                            "Hoofd Productie",
                            (
                                "Zorgt voor opleiding en jaarlijkse herkwalificatie van het "
                                "schoonmaakpersoneel."
                            ),
                        ),
                        (
                            "QA",
                            (
                                "Beoordeelt de effectiviteit via de trends van de "
                                "omgevingsmonitoring en keurt wijzigingen in middelen goed."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Klercide 70/30 IPA, steriel",
                            "grade": "gmp",
                            "supplier": "Ecolab",
                            "catalogue_number": "Klercide 70/30 IPA 900 mL",
                            "note": "Dagelijkse desinfectie; dubbel verpakt en bestraald",
                        },
                        {
                            "name": "Spor-Klenz Ready to Use, steriel",
                            "grade": "gmp",
                            "supplier": "Steris",
                            "catalogue_number": "6525-08",
                            "note": (
                                "Sporicide op basis van waterstofperoxide en perazijnzuur; "
                                "wekelijks"
                            ),
                        },
                        {
                            "name": "Vesphene IIse, steriel",
                            "grade": "gmp",
                            "supplier": "Steris",
                            "catalogue_number": "6461-08",
                            "note": "Fenolisch desinfectans voor afwisseling in klasse C en D",
                        },
                        {
                            "name": "Water voor injecties",
                            "grade": "pharmacopoeial",
                            "supplier": "Fresenius Kabi",
                            "catalogue_number": "Ampuwa 1000 mL",
                            "note": "Verwijderen van residuen na sporicide",
                        },
                        {
                            "name": "Steriele mopkoppen en pluisvrije doekjes",
                            "grade": "gmp",
                            "supplier": "Contec",
                            "catalogue_number": "PROSAT Sterile",
                            "note": "Eenmalig gebruik in klasse A en B",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Tweeëmmersysteem met moppenhouder",
                            "specification": "Autoclaveerbaar RVS, per klasse gescheiden",
                            "qualification": "Gereinigd en gesteriliseerd na elk gebruik",
                        },
                        {
                            "name": "Transportkar voor cleanroommateriaal",
                            "specification": "RVS, per klasse gescheiden",
                            "qualification": "Opgenomen in het reinigingsschema",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Algemene principes",
                            "text": (
                                "<p>Werk van schoon naar vuil en van boven naar beneden, en altijd "
                                "van de hoogste naar de laagste klasse. Gebruik per ruimte verse "
                                "doekjes en mopkoppen en laat de middelen de gevalideerde "
                                "contacttijd inwerken.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Desinfectie van de werkbank",
                            "text": (
                                "<p>Desinfecteer vóór en na elke productiesessie het werkblad, de "
                                "zijwanden en de binnenkant van het frontglas met steriele IPA "
                                "70%. Laat drogen aan de lucht.</p>"
                            ),
                            "critical": True,
                            "hold_time": (
                                "Contacttijd IPA 70%: minimaal 1 minuut, daarna drogen aan de lucht"
                            ),
                        },
                        {
                            "title": "Dagelijkse reiniging van de ruimten",
                            "text": (
                                "<p>Reinig na de laatste productie van de dag alle horizontale "
                                "oppervlakken, deurklinken, bedieningspanelen en de vloer met IPA "
                                "70% (klasse A en B) of het fenolische middel (klasse C en D, "
                                "afwisselend met IPA).</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Wekelijkse sporicide behandeling",
                            "text": (
                                "<p>Behandel eenmaal per week en na onderhoud of een "
                                "overschrijding in de omgevingsmonitoring alle oppervlakken, "
                                "wanden en vloeren met Spor-Klenz. Houd de gevalideerde "
                                "contacttijd aan.</p>"
                            ),
                            "critical": True,
                            "safety_note": (
                                "Perazijnzuur is irriterend voor ogen en luchtwegen: draag een "
                                "veiligheidsbril en werk met werkende ventilatie."
                            ),
                        },
                        {
                            "title": "Verwijderen van residuen",
                            "text": (
                                "<p>Neem na de sporicide behandeling de oppervlakken in klasse A "
                                "en B af met water voor injecties en daarna met IPA 70% om "
                                "residuen te verwijderen.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Desinfectie na ggo-werkzaamheden",
                            "text": (
                                "<p>Desinfecteer na werk met virale vectoren de werkbank en de "
                                "directe omgeving eerst met een virucide middel volgens de "
                                "ggo-procedure en daarna volgens deze SOP.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Registratie en verificatie",
                            "text": (
                                "<p>Teken elke reiniging af in het logboek van de ruimte. De "
                                "effectiviteit wordt geverifieerd met de omgevingsmonitoring; een "
                                "stijgende trend leidt tot een evaluatie van het schema.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Reinigingslogboek",
                            "specification": "Volledig en afgetekend voor elke productiedag",
                            "method": "Controle door QA vóór batchvrijgifte",
                        },
                        {
                            "parameter": "Contactplaten na reiniging (klasse B)",
                            "specification": "≤ 5 KVE per plaat",
                            "method": "Omgevingsmonitoring (DARE-SOP-0032)",
                        },
                        {
                            "parameter": "Werkzaamheid desinfectantia",
                            "specification": (
                                "Aangetoond met eigen isolaten op cleanroomoppervlakken"
                            ),
                            "method": "Desinfectiemiddelenvalidatie (EN 13697 als basis)",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-annex-1"},
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0032"},
                        {"protocol": "DARE-SOP-0037"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0035 QP certification and batch release of ATMPs (UMC Utrecht), three versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0035",
        "centre": "umcu",
        "modality": "general",
        "process_stage": "release-testing",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 1, 15),
                "next_review_date": date(2023, 1, 15),
                "nl": {
                    "title": "QP-certificering en batchvrijgifte van ATMP's",
                    "summary": (
                        "Werkwijze van de Qualified Person bij de beoordeling van het batchdossier "
                        "en de certificering en vrijgifte van ATMP-batches voor klinisch gebruik."
                    ),
                    "purpose": (
                        "<p>Vastleggen hoe de QP vaststelt dat elke ATMP-batch is vervaardigd en "
                        "gecontroleerd volgens GMP en de goedgekeurde specificaties, voordat de "
                        "batch wordt vrijgegeven.</p>"
                    ),
                    "scope": (
                        "<p>Alle ATMP-batches die onder de fabrikantenvergunning van het UMC "
                        "Utrecht worden geproduceerd voor klinische studies en voor toepassing "
                        "onder de ziekenhuisuitzondering.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Qualified Person (QP)",
                            (
                                "Beoordeelt het batchdossier, certificeert de batch en legt dit "
                                "vast in het register."
                            ),
                        ),
                        (
                            "Hoofd Productie",
                            "Biedt een volledig en gecontroleerd batchprotocol aan.",
                        ),
                        (
                            "Hoofd Kwaliteitscontrole",
                            (
                                "Levert het ondertekende analysecertificaat en de resultaten van "
                                "de omgevingsmonitoring."
                            ),
                        ),
                        (
                            "QA-functionaris",
                            (
                                "Zorgt dat afwijkingen en wijzigingen vóór aanbieding aan de QP "
                                "zijn beoordeeld."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Checklist batchdossierbeoordeling",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (gecontroleerd document)",
                            "catalogue_number": "F-QP-01",
                            "note": "Per batch ingevuld en gearchiveerd",
                        },
                        {
                            "name": "Batchcertificaat",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (gecontroleerd document)",
                            "catalogue_number": "F-QP-02",
                            "note": "Ondertekend door de QP",
                        },
                        {
                            "name": "Register van gecertificeerde batches",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (gecontroleerd document)",
                            "catalogue_number": "R-QP-01",
                            "note": "Doorlopend genummerd",
                        },
                        {
                            "name": "Productspecificatiedossier (PSF)",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (gecontroleerd document)",
                            "catalogue_number": "Per product",
                            "note": (
                                "Actuele versie, afgestemd op IMPD of dossier "
                                "ziekenhuisuitzondering"
                            ),
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Laboratoriuminformatiesysteem (LIMS)",
                            "specification": "Gevalideerd, met audittrail",
                            "qualification": "Computersysteemvalidatie volgens GMP Annex 11",
                        },
                        {
                            "name": "Gescheiden opslag quarantaine en vrijgegeven voorraad",
                            "specification": "Vriezers en stikstofvaten met toegangscontrole",
                            "qualification": "IQ/OQ; temperatuurbewaking",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Aanbieding van het batchdossier",
                            "text": (
                                "<p>Productie en QC bieden het complete dossier aan: "
                                "batchprotocol, analysecertificaat, omgevingsmonitoring, "
                                "afwijkingen en wijzigingen. Ontbrekende onderdelen worden eerst "
                                "aangevuld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling van productie en afwijkingen",
                            "text": (
                                "<p>Controleer dat alle stappen volgens het goedgekeurde proces "
                                "zijn uitgevoerd en dat elke afwijking is onderzocht en in impact "
                                "is beoordeeld. Bij een openstaande grote afwijking wordt niet "
                                "gecertificeerd.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling van de kwaliteitscontrole",
                            "text": (
                                "<p>Toets alle resultaten aan de specificaties. Een resultaat "
                                "buiten specificatie wordt behandeld volgens DARE-SOP-0040.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Toetsing aan dossier en etikettering",
                            "text": (
                                "<p>Controleer dat proces, specificaties en etikettering "
                                "overeenkomen met het PSF en met de goedgekeurde studie- of "
                                "ziekenhuisuitzonderingsdocumentatie.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Certificering",
                            "text": (
                                "<p>De QP ondertekent het batchcertificaat en registreert de batch "
                                "in het register. Pas daarna mag de batch de quarantaine "
                                "verlaten.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Vrijgifte en uitlevering",
                            "text": (
                                "<p>Zet de batch in het systeem en fysiek over naar de vrijgegeven "
                                "voorraad en lever uit met het certificaat, met controle van de "
                                "chain of identity.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Afwijkingen",
                            "specification": (
                                "Alle afwijkingen onderzocht; geen openstaande grote of kritieke "
                                "afwijking"
                            ),
                            "method": "Checklist F-QP-01",
                        },
                        {
                            "parameter": "Analysecertificaat",
                            "specification": "Volledig en alle resultaten binnen specificatie",
                            "method": "Beoordeling door QP",
                        },
                        {
                            "parameter": "Certificering",
                            "specification": "Vastgelegd in het register vóór uitlevering",
                            "method": "Register R-QP-01",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "atmp-regulation"},
                        {"regulation": "geneesmiddelenwet"},
                        {"regulation": "hospital-exemption-nl"},
                    ],
                },
                "en": {
                    "title": "QP certification and batch release of ATMPs",
                    "summary": (
                        "How the Qualified Person reviews the batch file and certifies and "
                        "releases ATMP batches for clinical use."
                    ),
                    "purpose": (
                        "<p>To describe how the QP establishes that every ATMP batch has been "
                        "manufactured and controlled in accordance with GMP and the approved "
                        "specifications before the batch is released.</p>"
                    ),
                    "scope": (
                        "<p>All ATMP batches manufactured under the manufacturing authorisation of "
                        "UMC Utrecht for clinical trials and for use under the hospital "
                        "exemption.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Qualified Person (QP)",
                            (
                                "Reviews the batch file, certifies the batch and records this in "
                                "the register."
                            ),
                        ),
                        ("Head of Production", "Submits a complete and checked batch record."),
                        (
                            "Head of Quality Control",
                            (
                                "Provides the signed certificate of analysis and the environmental "
                                "monitoring results."
                            ),
                        ),
                        (
                            "QA officer",
                            (
                                "Ensures that deviations and changes have been assessed before "
                                "submission to the QP."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Batch file review checklist",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (controlled document)",
                            "catalogue_number": "F-QP-01",
                            "note": "Completed and archived per batch",
                        },
                        {
                            "name": "Batch certificate",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (controlled document)",
                            "catalogue_number": "F-QP-02",
                            "note": "Signed by the QP",
                        },
                        {
                            "name": "Register of certified batches",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (controlled document)",
                            "catalogue_number": "R-QP-01",
                            "note": "Consecutively numbered",
                        },
                        {
                            "name": "Product specification file (PSF)",
                            "grade": "gmp",
                            "supplier": "UMC Utrecht (controlled document)",
                            "catalogue_number": "Per product",
                            "note": (
                                "Current version, aligned with the IMPD or hospital exemption file"
                            ),
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Laboratory information management system (LIMS)",
                            "specification": "Validated, with audit trail",
                            "qualification": (
                                "Computerised system validation according to GMP Annex 11"
                            ),
                        },
                        {
                            "name": "Segregated storage for quarantine and released stock",
                            "specification": "Freezers and nitrogen vessels with access control",
                            "qualification": "IQ/OQ; temperature monitoring",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Submission of the batch file",
                            "text": (
                                "<p>Production and QC submit the complete file: batch record, "
                                "certificate of analysis, environmental monitoring, deviations and "
                                "changes. Missing parts are completed first.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Review of manufacturing and deviations",
                            "text": (
                                "<p>Check that all steps were performed according to the approved "
                                "process and that every deviation has been investigated and its "
                                "impact assessed. No certification while a major deviation is "
                                "open.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Review of quality control",
                            "text": (
                                "<p>Check all results against the specifications. An "
                                "out-of-specification result is handled according to "
                                "DARE-SOP-0040.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Check against dossier and labelling",
                            "text": (
                                "<p>Check that process, specifications and labelling match the PSF "
                                "and the approved clinical trial or hospital exemption "
                                "documentation.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Certification",
                            "text": (
                                "<p>The QP signs the batch certificate and enters the batch in the "
                                "register. Only then may the batch leave quarantine.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Release and dispatch",
                            "text": (
                                "<p>Move the batch, in the system and physically, to released "
                                "stock and dispatch it with the certificate, checking the chain of "
                                "identity.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Deviations",
                            "specification": (
                                "All deviations investigated; no open major or critical deviation"
                            ),
                            "method": "Checklist F-QP-01",
                        },
                        {
                            "parameter": "Certificate of analysis",
                            "specification": "Complete and all results within specification",
                            "method": "Review by the QP",
                        },
                        {
                            "parameter": "Certification",
                            "specification": "Recorded in the register before dispatch",
                            "method": "Register R-QP-01",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "atmp-regulation"},
                        {"regulation": "geneesmiddelenwet"},
                        {"regulation": "hospital-exemption-nl"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2022, 9, 1),
                "next_review_date": date(2024, 9, 1),
                "nl": {
                    "change_note": (
                        "Toepassingsgebied en verwijzingen aangepast aan de Verordening klinische "
                        "proeven, die sinds 31 januari 2022 van toepassing is, en aan de "
                        "GMP-verordening voor geneesmiddelen voor onderzoek."
                    ),
                    "scope": (
                        "<p>Alle ATMP-batches die onder de fabrikantenvergunning van het UMC "
                        "Utrecht worden geproduceerd voor klinische proeven onder de Verordening "
                        "klinische proeven en voor toepassing onder de ziekenhuisuitzondering. "
                        "Voor studies die nog onder de overgangsregeling vallen, geldt de "
                        "goedgekeurde studiedocumentatie van vóór de verordening.</p>"
                    ),
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "atmp-regulation"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "gmp-imp-regulation"},
                        {"regulation": "geneesmiddelenwet"},
                        {"regulation": "hospital-exemption-nl"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Scope and references aligned with the Clinical Trials Regulation, "
                        "applicable since 31 January 2022, and with the GMP regulation for "
                        "investigational medicinal products."
                    ),
                    "scope": (
                        "<p>All ATMP batches manufactured under the manufacturing authorisation of "
                        "UMC Utrecht for clinical trials under the Clinical Trials Regulation and "
                        "for use under the hospital exemption. For trials still under the "
                        "transitional arrangements, the approved trial documentation from before "
                        "the Regulation applies.</p>"
                    ),
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "atmp-regulation"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "gmp-imp-regulation"},
                        {"regulation": "geneesmiddelenwet"},
                        {"regulation": "hospital-exemption-nl"},
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2025, 1, 6),
                "next_review_date": date(2028, 1, 6),
                "nl": {
                    "change_note": (
                        "Stap toegevoegd voor certificering vóór afronding van alle testen bij "
                        "producten met een korte houdbaarheid; verwijzingen naar de procedures "
                        "voor OOS-resultaten en chain of identity toegevoegd."
                    ),
                    "steps": [
                        {
                            "title": "Aanbieding van het batchdossier",
                            "text": (
                                "<p>Productie en QC bieden het complete dossier aan: "
                                "batchprotocol, analysecertificaat, omgevingsmonitoring, "
                                "afwijkingen en wijzigingen. Ontbrekende onderdelen worden eerst "
                                "aangevuld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling van productie en afwijkingen",
                            "text": (
                                "<p>Controleer dat alle stappen volgens het goedgekeurde proces "
                                "zijn uitgevoerd en dat elke afwijking is onderzocht en in impact "
                                "is beoordeeld. Bij een openstaande grote afwijking wordt niet "
                                "gecertificeerd.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling van de kwaliteitscontrole",
                            "text": (
                                "<p>Toets alle resultaten aan de specificaties. Een resultaat "
                                "buiten specificatie wordt behandeld volgens DARE-SOP-0040.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Toetsing aan dossier en etikettering",
                            "text": (
                                "<p>Controleer dat proces, specificaties en etikettering "
                                "overeenkomen met het PSF en met de goedgekeurde studie- of "
                                "ziekenhuisuitzonderingsdocumentatie.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Certificering",
                            "text": (
                                "<p>De QP ondertekent het batchcertificaat en registreert de batch "
                                "in het register. Pas daarna mag de batch de quarantaine "
                                "verlaten.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Certificering vóór afronding van alle testen",
                            "text": (
                                "<p>Bij producten met een korte houdbaarheid mag de QP "
                                "certificeren voordat alle resultaten bekend zijn, mits dit in het "
                                "PSF en de studiedocumentatie is vastgelegd. De openstaande testen "
                                "staan op het certificaat. Een later afwijkend resultaat "
                                "(bijvoorbeeld steriliteit) wordt direct gemeld aan de behandelend "
                                "arts en de sponsor volgens DARE-SOP-0040.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Vrijgifte en uitlevering",
                            "text": (
                                "<p>Zet de batch in het systeem en fysiek over naar de vrijgegeven "
                                "voorraad en lever uit met het certificaat, met controle van de "
                                "chain of identity.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "atmp-regulation"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "gmp-imp-regulation"},
                        {"regulation": "geneesmiddelenwet"},
                        {"regulation": "hospital-exemption-nl"},
                        {"protocol": "DARE-SOP-0039"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Step added for certification before all test results are available for "
                        "products with a short shelf life; references to the procedures for OOS "
                        "results and chain of identity added."
                    ),
                    "steps": [
                        {
                            "title": "Submission of the batch file",
                            "text": (
                                "<p>Production and QC submit the complete file: batch record, "
                                "certificate of analysis, environmental monitoring, deviations and "
                                "changes. Missing parts are completed first.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Review of manufacturing and deviations",
                            "text": (
                                "<p>Check that all steps were performed according to the approved "
                                "process and that every deviation has been investigated and its "
                                "impact assessed. No certification while a major deviation is "
                                "open.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Review of quality control",
                            "text": (
                                "<p>Check all results against the specifications. An "
                                "out-of-specification result is handled according to "
                                "DARE-SOP-0040.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Check against dossier and labelling",
                            "text": (
                                "<p>Check that process, specifications and labelling match the PSF "
                                "and the approved clinical trial or hospital exemption "
                                "documentation.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Certification",
                            "text": (
                                "<p>The QP signs the batch certificate and enters the batch in the "
                                "register. Only then may the batch leave quarantine.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Certification before all tests are complete",
                            "text": (
                                "<p>For products with a short shelf life the QP may certify before "
                                "all results are available, provided this is laid down in the PSF "
                                "and the trial documentation. The outstanding tests are listed on "
                                "the certificate. A later failing result (for example sterility) "
                                "is reported immediately to the treating physician and the sponsor "
                                "according to DARE-SOP-0040.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Release and dispatch",
                            "text": (
                                "<p>Move the batch, in the system and physically, to released "
                                "stock and dispatch it with the certificate, checking the chain of "
                                "identity.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "atmp-regulation"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "gmp-imp-regulation"},
                        {"regulation": "geneesmiddelenwet"},
                        {"regulation": "hospital-exemption-nl"},
                        {"protocol": "DARE-SOP-0039"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0036 Deviation handling and CAPA (UMCG), two versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0036",
        "centre": "umcg",
        "modality": "general",
        "process_stage": "facility",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 1, 15),
                "next_review_date": date(2023, 1, 15),
                "nl": {
                    "title": "Afhandeling van afwijkingen en CAPA bij ATMP-productie",
                    "summary": (
                        "Melden, classificeren en onderzoeken van afwijkingen, beoordelen van de "
                        "impact op batches en vastleggen en opvolgen van corrigerende en "
                        "preventieve maatregelen (CAPA)."
                    ),
                    "purpose": (
                        "<p>Zorgen dat elke afwijking van een goedgekeurde procedure of "
                        "specificatie tijdig wordt vastgelegd en onderzocht, dat de impact op de "
                        "productkwaliteit en de patiënt is beoordeeld en dat herhaling wordt "
                        "voorkomen.</p>"
                    ),
                    "scope": (
                        "<p>Alle afwijkingen in productie, kwaliteitscontrole, faciliteit en "
                        "opslag van de ATMP-faciliteit van het UMCG. Klachten en terugroepacties "
                        "vallen onder een eigen SOP.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Medewerker die de afwijking constateert",
                            (
                                "Meldt de afwijking direct aan de leidinggevende en treft de "
                                "eerste beheersmaatregelen."
                            ),
                        ),
                        (
                            "Eigenaar van het onderzoek",
                            "Voert de oorzaakanalyse uit en stelt de CAPA voor.",
                        ),
                        (
                            "QA",
                            (
                                "Classificeert de afwijking, keurt het onderzoek en de CAPA goed "
                                "en bewaakt de termijnen."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            "Beslist over de gevolgen voor de betrokken batches.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Afwijkingsformulier",
                            "grade": "gmp",
                            "supplier": "UMCG (gecontroleerd document)",
                            "catalogue_number": "F-0036-01",
                            "note": "Ook te gebruiken buiten kantoortijd",
                        },
                        {
                            "name": "CAPA-formulier",
                            "grade": "gmp",
                            "supplier": "UMCG (gecontroleerd document)",
                            "catalogue_number": "F-0036-02",
                            "note": "Met actiehouder en termijn per maatregel",
                        },
                        {
                            "name": "Sjabloon oorzaakanalyse (Ishikawa en 5× waarom)",
                            "grade": "gmp",
                            "supplier": "UMCG (gecontroleerd document)",
                            "catalogue_number": "T-0036-01",
                            "note": "Verplicht bij grote en kritieke afwijkingen",
                        },
                        {
                            "name": "Sjabloon kwartaalrapportage",
                            "grade": "gmp",
                            "supplier": "UMCG (gecontroleerd document)",
                            "catalogue_number": "T-0036-02",
                            "note": "Voor de directiebeoordeling",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Afwijkingenregister",
                            "specification": "Gevalideerde spreadsheet met versiebeheer",
                            "qualification": "Gevalideerd; wekelijkse back-up",
                        },
                        {
                            "name": "Documentbeheersysteem",
                            "specification": "Zenya (Infoland), module documentbeheer",
                            "qualification": "Gevalideerd; beheer van SOP's en formulieren",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Melden",
                            "text": (
                                "<p>Meld elke afwijking direct aan de leidinggevende en registreer "
                                "haar uiterlijk de volgende werkdag. Beschrijf feitelijk wat er is "
                                "gebeurd, wanneer, bij welke batch en wie erbij betrokken was.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Directe maatregelen",
                            "text": (
                                "<p>Beperk de gevolgen: zet betrokken materialen en batches in "
                                "quarantaine, stop zo nodig het proces en informeer bij risico "
                                "voor een patiënt direct de QP.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Classificatie",
                            "text": (
                                "<p>QA classificeert de afwijking als klein, groot of kritiek op "
                                "basis van het mogelijke effect op productkwaliteit, "
                                "patiëntveiligheid en de geldigheid van gegevens.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Onderzoek en oorzaakanalyse",
                            "text": (
                                "<p>Onderzoek grote en kritieke afwijkingen met een "
                                "gestructureerde oorzaakanalyse. Kijk daarbij ook naar eerdere "
                                "vergelijkbare afwijkingen.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Impactbeoordeling",
                            "text": (
                                "<p>Beoordeel de gevolgen voor de betrokken batch en voor andere "
                                "batches die aan dezelfde oorzaak blootstonden. De QP beslist over "
                                "vrijgifte, afkeur of aanvullend onderzoek.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "CAPA",
                            "text": (
                                "<p>Leg corrigerende en preventieve maatregelen vast, elk met een "
                                "actiehouder en een termijn. Wijzigingen in procedures of "
                                "processen lopen via wijzigingsbeheer.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Effectiviteitscontrole en trending",
                            "text": (
                                "<p>Controleer na afloop van de CAPA of de maatregel werkt. QA "
                                "rapporteert elk kwartaal de trends per categorie en oorzaak aan "
                                "de directie.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Registratie",
                            "specification": "Uiterlijk de eerstvolgende werkdag",
                            "method": "Afwijkingenregister",
                        },
                        {
                            "parameter": "Doorlooptijd onderzoek grote of kritieke afwijking",
                            "specification": (
                                "≤ 30 kalenderdagen, of verlenging met goedkeuring van QA"
                            ),
                            "method": "Afwijkingenregister",
                        },
                        {
                            "parameter": "Effectiviteitscontrole CAPA",
                            "specification": (
                                "Vastgelegd voor elke CAPA na een grote of kritieke afwijking"
                            ),
                            "method": "CAPA-formulier",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0035"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
                "en": {
                    "title": "Deviation handling and CAPA in ATMP manufacturing",
                    "summary": (
                        "Reporting, classifying and investigating deviations, assessing their "
                        "impact on batches, and recording and following up corrective and "
                        "preventive actions (CAPA)."
                    ),
                    "purpose": (
                        "<p>To ensure that every departure from an approved procedure or "
                        "specification is recorded and investigated in time, that its impact on "
                        "product quality and the patient is assessed and that recurrence is "
                        "prevented.</p>"
                    ),
                    "scope": (
                        "<p>All deviations in manufacturing, quality control, facility and storage "
                        "of the UMCG ATMP facility. Complaints and recalls are covered by a "
                        "separate SOP.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Person who observes the deviation",
                            (
                                "Reports the deviation immediately to the supervisor and takes the "
                                "first containment actions."
                            ),
                        ),
                        (
                            "Investigation owner",
                            "Performs the root cause analysis and proposes the CAPA.",
                        ),
                        (
                            "QA",
                            (
                                "Classifies the deviation, approves the investigation and the CAPA "
                                "and monitors the timelines."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            "Decides on the consequences for the batches concerned.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Deviation form",
                            "grade": "gmp",
                            "supplier": "UMCG (controlled document)",
                            "catalogue_number": "F-0036-01",
                            "note": "Also for use outside office hours",
                        },
                        {
                            "name": "CAPA form",
                            "grade": "gmp",
                            "supplier": "UMCG (controlled document)",
                            "catalogue_number": "F-0036-02",
                            "note": "With an action owner and deadline per action",
                        },
                        {
                            "name": "Root cause analysis template (Ishikawa and 5 whys)",
                            "grade": "gmp",
                            "supplier": "UMCG (controlled document)",
                            "catalogue_number": "T-0036-01",
                            "note": "Mandatory for major and critical deviations",
                        },
                        {
                            "name": "Quarterly report template",
                            "grade": "gmp",
                            "supplier": "UMCG (controlled document)",
                            "catalogue_number": "T-0036-02",
                            "note": "For management review",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Deviation register",
                            "specification": "Validated spreadsheet with version control",
                            "qualification": "Validated; weekly back-up",
                        },
                        {
                            "name": "Document management system",
                            "specification": "Zenya (Infoland), document management module",
                            "qualification": "Validated; control of SOPs and forms",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Reporting",
                            "text": (
                                "<p>Report every deviation immediately to the supervisor and "
                                "register it no later than the next working day. Describe "
                                "factually what happened, when, for which batch and who was "
                                "involved.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Immediate actions",
                            "text": (
                                "<p>Contain the consequences: quarantine the materials and batches "
                                "concerned, stop the process if necessary and, if a patient may be "
                                "at risk, inform the QP immediately.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Classification",
                            "text": (
                                "<p>QA classifies the deviation as minor, major or critical based "
                                "on its possible effect on product quality, patient safety and "
                                "data integrity.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Investigation and root cause analysis",
                            "text": (
                                "<p>Investigate major and critical deviations with a structured "
                                "root cause analysis, including a review of earlier similar "
                                "deviations.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Impact assessment",
                            "text": (
                                "<p>Assess the consequences for the batch concerned and for other "
                                "batches exposed to the same cause. The QP decides on release, "
                                "rejection or further investigation.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "CAPA",
                            "text": (
                                "<p>Record corrective and preventive actions, each with an owner "
                                "and a deadline. Changes to procedures or processes go through "
                                "change control.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Effectiveness check and trending",
                            "text": (
                                "<p>After completion of the CAPA, check whether the action is "
                                "effective. QA reports the trends per category and cause to "
                                "management every quarter.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Registration",
                            "specification": "No later than the next working day",
                            "method": "Deviation register",
                        },
                        {
                            "parameter": "Investigation time for major or critical deviations",
                            "specification": "≤ 30 calendar days, or extension approved by QA",
                            "method": "Deviation register",
                        },
                        {
                            "parameter": "CAPA effectiveness check",
                            "specification": (
                                "Recorded for every CAPA following a major or critical deviation"
                            ),
                            "method": "CAPA form",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"protocol": "DARE-SOP-0035"},
                        {"protocol": "DARE-SOP-0040"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 11, 4),
                "next_review_date": date(2027, 11, 4),
                "nl": {
                    "change_note": (
                        "Het spreadsheetregister en de papieren formulieren vervangen door het "
                        "gevalideerde elektronische kwaliteitssysteem; criterium voor terugkerende "
                        "oorzaken toegevoegd naar aanleiding van de eigen trendanalyse over 2023."
                    ),
                    "equipment": [
                        {
                            "name": "Elektronisch kwaliteitssysteem",
                            "specification": "Zenya (Infoland), module afwijkingen en CAPA",
                            "qualification": (
                                "Gevalideerd volgens GMP Annex 11; audittrail en elektronische "
                                "handtekening"
                            ),
                        },
                        {
                            "name": "Documentbeheersysteem",
                            "specification": "Zenya (Infoland), module documentbeheer",
                            "qualification": "Gevalideerd; beheer van SOP's en formulieren",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Registratie",
                            "specification": "Uiterlijk de eerstvolgende werkdag",
                            "method": "Elektronisch kwaliteitssysteem",
                        },
                        {
                            "parameter": "Doorlooptijd onderzoek grote of kritieke afwijking",
                            "specification": (
                                "≤ 30 kalenderdagen, of verlenging met goedkeuring van QA"
                            ),
                            "method": "Elektronisch kwaliteitssysteem",
                        },
                        {
                            "parameter": "Effectiviteitscontrole CAPA",
                            "specification": (
                                "Vastgelegd voor elke CAPA na een grote of kritieke afwijking"
                            ),
                            "method": "Elektronisch kwaliteitssysteem",
                        },
                        {
                            "parameter": "Terugkerende oorzaak",
                            "specification": (
                                "Dezelfde grondoorzaak ≥ 2× binnen 12 maanden leidt tot escalatie "
                                "naar de directiebeoordeling"
                            ),
                            "method": "Kwartaaltrending",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "The spreadsheet register and paper forms replaced by the validated "
                        "electronic quality system; criterion for recurring causes added following "
                        "the in-house trend analysis for 2023."
                    ),
                    "equipment": [
                        {
                            "name": "Electronic quality management system",
                            "specification": "Zenya (Infoland), deviations and CAPA module",
                            "qualification": (
                                "Validated according to GMP Annex 11; audit trail and electronic "
                                "signature"
                            ),
                        },
                        {
                            "name": "Document management system",
                            "specification": "Zenya (Infoland), document management module",
                            "qualification": "Validated; control of SOPs and forms",
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Registration",
                            "specification": "No later than the next working day",
                            "method": "Electronic quality system",
                        },
                        {
                            "parameter": "Investigation time for major or critical deviations",
                            "specification": "≤ 30 calendar days, or extension approved by QA",
                            "method": "Electronic quality system",
                        },
                        {
                            "parameter": "CAPA effectiveness check",
                            "specification": (
                                "Recorded for every CAPA following a major or critical deviation"
                            ),
                            "method": "Electronic quality system",
                        },
                        {
                            "parameter": "Recurring cause",
                            "specification": (
                                "The same root cause ≥ 2 times within 12 months is escalated to "
                                "management review"
                            ),
                            "method": "Quarterly trending",
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0037 GMO waste and ML-II containment (Erasmus MC), Dutch only, review overdue
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0037",
        "centre": "erasmus-mc",
        "modality": "general",
        "process_stage": "facility",
        "languages": ["nl"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2021, 6, 7),
                "next_review_date": date(2024, 6, 7),
                "nl": {
                    "title": "Inactivatie van ggo-afval en inperking op ML-II-niveau",
                    "summary": (
                        "Scheiden, inactiveren en afvoeren van vloeibaar en vast ggo-afval uit "
                        "ML-II-ruimten, en de maatregelen bij morsingen van virale vectoren of "
                        "genetisch gemodificeerde cellen."
                    ),
                    "purpose": (
                        "<p>Voorkomen dat genetisch gemodificeerde organismen onbedoeld buiten de "
                        "ingeperkte ruimte komen, conform het Besluit ggo, de Regeling ggo en de "
                        "vergunning van het Erasmus MC. Deze SOP is alleen in het Nederlands "
                        "opgesteld, omdat zij de Nederlandse ggo-regelgeving uitwerkt.</p>"
                    ),
                    "scope": (
                        "<p>Alle werkzaamheden met lentivirale en AAV-vectoren en met genetisch "
                        "gemodificeerde cellen in de ML-II-ruimten van de GMP-faciliteit en de "
                        "QC-laboratoria. Afval uit de operatiekamer valt onder de procedure van de "
                        "betreffende afdeling.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Medewerker ML-II",
                            (
                                "Scheidt en inactiveert het afval volgens deze SOP en meldt elk "
                                "incident direct."
                            ),
                        ),
                        (
                            "Verantwoordelijk medewerker (VM)",
                            (
                                "Zorgt dat de werkzaamheden binnen de vergunning blijven en dat "
                                "medewerkers zijn geïnstrueerd."
                            ),
                        ),
                        (
                            "Biologisch veiligheidsfunctionaris (BVF)",
                            (
                                "Houdt toezicht, beoordeelt incidenten en bepaalt of melding aan "
                                "Bureau GGO nodig is."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Virkon S",
                            "grade": "research",
                            "supplier": "LANXESS",
                            "catalogue_number": "Virkon S 5 kg",
                            "note": "Dagelijks vers bereiden als 1%-oplossing (m/v)",
                        },
                        {
                            "name": "SZA-vat 60 L, UN-gekeurd, gele deksel",
                            "grade": "research",
                            "supplier": "Erasmus MC (centrale inkoop)",
                            "catalogue_number": "SZA-60",
                            "note": "Specifiek ziekenhuisafval; wordt verbrand",
                        },
                        {
                            "name": "Autoclaafzakken met indicatorstrip",
                            "grade": "research",
                            "supplier": "Thermo Fisher Scientific",
                            "catalogue_number": "6202-0508",
                            "note": "Alleen voor afval dat in de ruimte wordt geautoclaveerd",
                        },
                        {
                            "name": "Morsset biologische agentia",
                            "grade": "research",
                            "supplier": "Erasmus MC (samengesteld)",
                            "catalogue_number": "MS-ML2",
                            "note": (
                                "Absorptiemateriaal, Virkon S, pincet, zakken, persoonlijke "
                                "beschermingsmiddelen"
                            ),
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Doorgeefautoclaaf ML-II",
                            "specification": "Belimed, 121 °C, gevalideerde afvalprogramma's",
                            "qualification": (
                                "IQ/OQ/PQ; jaarlijkse hervalidatie van de beladingspatronen"
                            ),
                        },
                        {
                            "name": "Veiligheidswerkbank klasse II",
                            "specification": "In ML-II-ruimte",
                            "qualification": "Jaarlijkse filterintegriteitstest",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Scheiden aan de bron",
                            "text": (
                                "<p>Scheid in de ruimte zelf vloeibaar afval, vast afval en "
                                "scherpe voorwerpen. Ggo-afval verlaat de ML-II-ruimte alleen "
                                "geïnactiveerd of gesloten verpakt in een SZA-vat.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Inactivatie van vloeibaar afval",
                            "text": (
                                "<p>Vang vectorhoudend medium en supernatant op in een vat met "
                                "Virkon S, zodat de eindconcentratie ten minste 1% is. Laat ten "
                                "minste 30 minuten inwerken en voer daarna af via de gootsteen in "
                                "de ruimte.</p>"
                            ),
                            "critical": True,
                            "hold_time": "Contacttijd Virkon S 1%: minimaal 30 minuten",
                        },
                        {
                            "title": "Vast afval",
                            "text": (
                                "<p>Verzamel vast afval in een SZA-vat in of naast de werkbank. "
                                "Sluit het vat als het voor drie kwart vol is, desinfecteer de "
                                "buitenkant met Virkon S 1% en zet het in de afgesloten "
                                "afvalberging voor verbranding.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Autoclaveren",
                            "text": (
                                "<p>Afval dat niet via een SZA-vat wordt afgevoerd, wordt in de "
                                "doorgeefautoclaaf geïnactiveerd met het gevalideerde programma "
                                "(121 °C, ten minste 20 minuten op de koudste plek). Controleer "
                                "per lading de indicatorstrip en maandelijks een biologische "
                                "indicator.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Morsingen",
                            "text": (
                                "<p>Dek de morsing af met absorptiemateriaal, giet Virkon S 1% van "
                                "buiten naar binnen over het materiaal en laat 30 minuten "
                                "inwerken. Ruim op in een SZA-vat en meld het incident aan de "
                                "BVF.</p>"
                            ),
                            "critical": False,
                            "safety_note": (
                                "Verlaat bij een morsing buiten de werkbank de ruimte 30 minuten, "
                                "zodat aerosolen kunnen bezinken, en draag bij het opruimen een "
                                "FFP2-masker."
                            ),
                        },
                        {
                            "title": "Desinfectie van de werkbank",
                            "text": (
                                "<p>Desinfecteer na het werk met vectoren het werkblad en de "
                                "wanden met Virkon S 1%, laat 10 minuten inwerken en neem af met "
                                "water en daarna met IPA 70% om residuen te verwijderen.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Registratie en melding",
                            "text": (
                                "<p>Registreer elk SZA-vat en elke autoclaafcyclus in het "
                                "afvallogboek. De BVF beoordeelt elk incident en bepaalt of "
                                "melding aan Bureau GGO nodig is.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Contacttijd chemische inactivatie",
                            "specification": "≥ 30 minuten bij ≥ 1% Virkon S",
                            "method": "Afvallogboek",
                        },
                        {
                            "parameter": "Autoclaafcyclus",
                            "specification": "121 °C, ≥ 20 minuten; indicator omgeslagen",
                            "method": "Cyclusprint en indicatorstrip",
                        },
                        {
                            "parameter": "Biologische indicator",
                            "specification": "Geen groei na incubatie",
                            "method": "Geobacillus stearothermophilus-sporenstrip, maandelijks",
                        },
                    ],
                    "references": [
                        {"regulation": "besluit-ggo"},
                        {"regulation": "regeling-ggo"},
                        {"regulation": "contained-use-directive"},
                        {
                            "link": (
                                "Bureau GGO – vergunningverlening",
                                "https://www.ggo-vergunningverlening.nl",
                            )
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0038 Donor eligibility and infectious-disease testing (Sanquin)
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0038",
        "centre": "sanquin",
        "modality": "general",
        "process_stage": "starting-material",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 5, 13),
                "next_review_date": date(2027, 5, 13),
                "nl": {
                    "title": "Donorgeschiktheid en testen op infectieziekten van uitgangsmateriaal",
                    "summary": (
                        "Selectie van donoren, afname en testen van bloedmonsters op "
                        "infectieziektemarkers en beoordeling van de geschiktheid van cellulair "
                        "uitgangsmateriaal voor ATMP-productie."
                    ),
                    "purpose": (
                        "<p>Waarborgen dat cellulair uitgangsmateriaal alleen voor ATMP-productie "
                        "wordt gebruikt als de donor geschikt is bevonden en op infectieziekten is "
                        "getest volgens de eisen voor weefsels en cellen.</p>"
                    ),
                    "scope": (
                        "<p>Allogene en autologe donaties (aferese, beenmerg, volbloed) die "
                        "Sanquin afneemt of test als uitgangsmateriaal voor de consortiumpartners. "
                        "Voor autologe donaties wordt het product gelabeld als uitsluitend voor "
                        "autoloog gebruik.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Donorarts",
                            (
                                "Beoordeelt anamnese en lichamelijk onderzoek en neemt het besluit "
                                "over de geschiktheid van de donor."
                            ),
                        ),
                        (
                            "Laboratorium infectieziekten",
                            (
                                "Voert de testen uit met CE-IVD-gemarkeerde methoden in een ISO "
                                "15189-geaccrediteerd laboratorium."
                            ),
                        ),
                        (
                            "Kwaliteitsfunctionaris",
                            (
                                "Controleert of het donordossier volledig is voordat het "
                                "uitgangsmateriaal wordt vrijgegeven."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": (
                                "Elecsys-serologie: HIV Duo, HBsAg II, Anti-HBc II, Anti-HCV II en "
                                "Syphilis"
                            ),
                            "grade": "medical_device",
                            "supplier": "Roche Diagnostics",
                            "catalogue_number": "Per test volgens leverancierslijst",
                            "note": "CE-IVD",
                        },
                        {
                            "name": "cobas MPX (NAT voor HIV-1/2, HCV en HBV)",
                            "grade": "medical_device",
                            "supplier": "Roche Diagnostics",
                            "catalogue_number": "cobas MPX 96T",
                            "note": "CE-IVD; individuele donatietest",
                        },
                        {
                            "name": "Elecsys HTLV-I/II",
                            "grade": "medical_device",
                            "supplier": "Roche Diagnostics",
                            "catalogue_number": "Elecsys HTLV-I/II 100T",
                            "note": (
                                "Bij donoren uit of met ouders uit gebieden met hoge prevalentie"
                            ),
                        },
                        {
                            "name": "BD Vacutainer K2EDTA-buis 6 mL",
                            "grade": "medical_device",
                            "supplier": "BD",
                            "catalogue_number": "367873",
                            "note": "Twee buizen per donor",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Immunochemie-analyser",
                            "specification": "Roche cobas e 801",
                            "qualification": "Gevalideerd; dagelijkse kwaliteitscontrole",
                        },
                        {
                            "name": "NAT-systeem",
                            "specification": "Roche cobas 6800",
                            "qualification": "Gevalideerd; dagelijkse kwaliteitscontrole",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Donorselectie en anamnese",
                            "text": (
                                "<p>Neem de gestandaardiseerde vragenlijst af over medische "
                                "voorgeschiedenis, risicogedrag, reizen en transfusies. De "
                                "donorarts beoordeelt de uitkomst en verricht een lichamelijk "
                                "onderzoek.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Informed consent",
                            "text": (
                                "<p>Leg de toestemming vast voor donatie, testen op "
                                "infectieziekten, gebruik voor ATMP-productie en het bewaren van "
                                "traceerbaarheidsgegevens.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Afname van de testmonsters",
                            "text": (
                                "<p>Neem bij allogene donoren van perifere bloedstamcellen of "
                                "beenmerg de monsters af binnen 30 dagen vóór de donatie. Neem bij "
                                "andere levende donoren af bij de donatie of, als dat niet "
                                "mogelijk is, binnen 7 dagen erna.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Testen",
                            "text": (
                                "<p>Test op anti-HIV-1/2 en HIV-p24-antigeen, HBsAg, anti-HBc, "
                                "anti-HCV en syfilis, en met NAT op HIV, HBV en HCV. Test op "
                                "HTLV-I/II als de donor of diens ouders afkomstig zijn uit een "
                                "gebied met hoge prevalentie.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Beoordeling van de geschiktheid",
                            "text": (
                                "<p>De donorarts beoordeelt alle uitslagen. Een reactieve uitslag "
                                "wordt bevestigd in het referentielaboratorium; de donor wordt "
                                "geïnformeerd en verwezen. Een allogene donor met een bevestigd "
                                "reactieve uitslag is niet geschikt.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Etikettering van het uitgangsmateriaal",
                            "text": (
                                "<p>Etiketteer autologe donaties met 'Uitsluitend voor autoloog "
                                "gebruik'. Niet (volledig) geteste of reactieve autologe donaties "
                                "krijgen daarnaast het etiket 'Biologisch gevaar'.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Registratie en traceerbaarheid",
                            "text": (
                                "<p>Leg donorgegevens, uitslagen en het geschiktheidsbesluit vast "
                                "in het donordossier. Traceerbaarheidsgegevens worden ten minste "
                                "30 jaar bewaard.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Verplichte markers (allogene donor)",
                            "specification": "Alle niet-reactief",
                            "method": "Elecsys-serologie en cobas MPX",
                        },
                        {
                            "parameter": "Tijdstip monsterafname",
                            "specification": "Binnen het voorgeschreven tijdvenster",
                            "method": "Controle donordossier",
                        },
                        {
                            "parameter": "Donordossier",
                            "specification": "Volledig en ondertekend vóór start van de productie",
                            "method": "Controle door kwaliteitsfunctionaris",
                        },
                    ],
                    "references": [
                        {"regulation": "tissues-cells-directive"},
                        {"regulation": "wvkl"},
                        {"regulation": "gmp-atmp"},
                        {"link": ("Sanquin", "https://www.sanquin.nl")},
                    ],
                },
                "en": {
                    "title": (
                        "Donor eligibility and infectious-disease testing of starting material"
                    ),
                    "summary": (
                        "Donor selection, collection and testing of blood samples for "
                        "infectious-disease markers, and assessment of the eligibility of cellular "
                        "starting material for ATMP manufacture."
                    ),
                    "purpose": (
                        "<p>To ensure that cellular starting material is used for ATMP manufacture "
                        "only when the donor has been found eligible and tested for infectious "
                        "diseases according to the requirements for tissues and cells.</p>"
                    ),
                    "scope": (
                        "<p>Allogeneic and autologous donations (apheresis, bone marrow, whole "
                        "blood) collected or tested by Sanquin as starting material for the "
                        "consortium partners. Autologous donations are labelled for autologous use "
                        "only.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Donor physician",
                            (
                                "Assesses the medical history and physical examination and decides "
                                "on donor eligibility."
                            ),
                        ),
                        (
                            "Infectious-disease laboratory",
                            (
                                "Performs the tests with CE-IVD-marked methods in an ISO "
                                "15189-accredited laboratory."
                            ),
                        ),
                        (
                            "Quality officer",
                            (
                                "Checks that the donor file is complete before the starting "
                                "material is released."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": (
                                "Elecsys serology: HIV Duo, HBsAg II, Anti-HBc II, Anti-HCV II and "
                                "Syphilis"
                            ),
                            "grade": "medical_device",
                            "supplier": "Roche Diagnostics",
                            "catalogue_number": "Per test according to supplier list",
                            "note": "CE-IVD",
                        },
                        {
                            "name": "cobas MPX (NAT for HIV-1/2, HCV and HBV)",
                            "grade": "medical_device",
                            "supplier": "Roche Diagnostics",
                            "catalogue_number": "cobas MPX 96T",
                            "note": "CE-IVD; individual donation testing",
                        },
                        {
                            "name": "Elecsys HTLV-I/II",
                            "grade": "medical_device",
                            "supplier": "Roche Diagnostics",
                            "catalogue_number": "Elecsys HTLV-I/II 100T",
                            "note": "For donors from, or with parents from, high-prevalence areas",
                        },
                        {
                            "name": "BD Vacutainer K2EDTA tube 6 mL",
                            "grade": "medical_device",
                            "supplier": "BD",
                            "catalogue_number": "367873",
                            "note": "Two tubes per donor",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Immunochemistry analyser",
                            "specification": "Roche cobas e 801",
                            "qualification": "Validated; daily quality control",
                        },
                        {
                            "name": "NAT system",
                            "specification": "Roche cobas 6800",
                            "qualification": "Validated; daily quality control",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Donor selection and medical history",
                            "text": (
                                "<p>Take the standardised questionnaire on medical history, risk "
                                "behaviour, travel and transfusions. The donor physician reviews "
                                "the outcome and performs a physical examination.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Informed consent",
                            "text": (
                                "<p>Record consent for donation, infectious-disease testing, use "
                                "for ATMP manufacture and retention of traceability data.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Collection of test samples",
                            "text": (
                                "<p>For allogeneic peripheral blood stem cell or bone marrow "
                                "donors, collect the samples within 30 days before donation. For "
                                "other living donors, collect at the time of donation or, if that "
                                "is not possible, within 7 days after.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Testing",
                            "text": (
                                "<p>Test for anti-HIV-1/2 and HIV p24 antigen, HBsAg, anti-HBc, "
                                "anti-HCV and syphilis, and by NAT for HIV, HBV and HCV. Test for "
                                "HTLV-I/II if the donor or the donor's parents come from a "
                                "high-prevalence area.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Eligibility assessment",
                            "text": (
                                "<p>The donor physician reviews all results. A reactive result is "
                                "confirmed in the reference laboratory; the donor is informed and "
                                "referred. An allogeneic donor with a confirmed reactive result is "
                                "not eligible.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Labelling of the starting material",
                            "text": (
                                "<p>Label autologous donations 'For autologous use only'. "
                                "Autologous donations that are not (fully) tested or are reactive "
                                "also receive a 'Biohazard' label.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Records and traceability",
                            "text": (
                                "<p>Record donor data, results and the eligibility decision in the "
                                "donor file. Traceability data are kept for at least 30 years.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Mandatory markers (allogeneic donor)",
                            "specification": "All non-reactive",
                            "method": "Elecsys serology and cobas MPX",
                        },
                        {
                            "parameter": "Time of sample collection",
                            "specification": "Within the prescribed time window",
                            "method": "Donor file check",
                        },
                        {
                            "parameter": "Donor file",
                            "specification": "Complete and signed before manufacturing starts",
                            "method": "Check by the quality officer",
                        },
                    ],
                    "references": [
                        {"regulation": "tissues-cells-directive"},
                        {"regulation": "wvkl"},
                        {"regulation": "gmp-atmp"},
                        {"link": ("Sanquin", "https://www.sanquin.nl")},
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0039 Chain of identity and chain of custody labelling (MUMC+)
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0039",
        "centre": "mumc",
        "modality": "general",
        "process_stage": "shipment",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 12, 2),
                "next_review_date": date(2026, 12, 2),
                "nl": {
                    "title": (
                        "Etikettering voor chain of identity en chain of custody van autologe "
                        "producten"
                    ),
                    "summary": (
                        "Unieke identificatie, etikettering en overdrachtsregistratie van autologe "
                        "cel- en gentherapieproducten, van afname tot toediening."
                    ),
                    "purpose": (
                        "<p>Uitsluiten dat een autoloog product bij de verkeerde patiënt "
                        "terechtkomt, en de hele keten van afname, productie, transport en "
                        "toediening traceerbaar maken.</p>"
                    ),
                    "scope": (
                        "<p>Alle autologe producten (CAR-T-cellen, genetisch gemodificeerde HSC, "
                        "TIL) die het MUMC+ afneemt, verwerkt, verzendt of ontvangt, ook bij "
                        "transport tussen consortiumpartners.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "Afereseverpleegkundige",
                            (
                                "Kent bij de afname de donatie-identificatie toe en etiketteert "
                                "het uitgangsmateriaal."
                            ),
                        ),
                        (
                            "Operator productie",
                            (
                                "Etiketteert elke nieuwe verpakking vóór de overdracht van het "
                                "product, met een tweede persoon als controle."
                            ),
                        ),
                        (
                            "Transportcoördinator",
                            (
                                "Bereidt de verzending voor en bewaakt de chain of custody en de "
                                "temperatuur tijdens het transport."
                            ),
                        ),
                        (
                            "Verpleegkundige en arts bij toediening",
                            "Verifiëren aan het bed de identiteit van patiënt en product.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Cryobestendige ISBT 128-etiketten (tot -196 °C)",
                            "grade": "gmp",
                            "supplier": "Brady",
                            "catalogue_number": "THT-161-492",
                            "note": "Gevalideerd voor stikstofdamp en ontdooien in waterbad",
                        },
                        {
                            "name": "Dry shipper met datalogger",
                            "grade": "gmp",
                            "supplier": "Cryoport",
                            "catalogue_number": "Elite Cryogenic Shipper",
                            "note": "Gevalideerd ≤ -150 °C gedurende de transportduur",
                        },
                        {
                            "name": "Chain-of-custodyformulier",
                            "grade": "gmp",
                            "supplier": "MUMC+ (gecontroleerd document)",
                            "catalogue_number": "F-0039-01",
                            "note": "Reist met het product mee",
                        },
                        {
                            "name": "Verzegelingen met uniek nummer",
                            "grade": "gmp",
                            "supplier": "MUMC+ (centrale inkoop)",
                            "catalogue_number": "SEAL-TT",
                            "note": "Manipulatiebestendig",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Etikettenprinter",
                            "specification": "Zebra ZT411, thermisch transfer",
                            "qualification": "OQ; printkwaliteit gecontroleerd bij elke rol",
                        },
                        {
                            "name": "Barcodescanner",
                            "specification": "Zebra DS8108",
                            "qualification": "Gevalideerd voor ISBT 128-codes",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Toekennen van de identiteit",
                            "text": (
                                "<p>Ken bij de afname een uniek donatie-identificatienummer (DIN, "
                                "ISBT 128) toe en koppel dit in het systeem aan naam, "
                                "geboortedatum, ziekenhuisnummer en studienummer van de "
                                "patiënt.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Printen en controleren van etiketten",
                            "text": (
                                "<p>Print de etiketten uit het gevalideerde systeem. Een tweede "
                                "persoon controleert ze tegen de patiëntgegevens en de "
                                "productieopdracht. Ongebruikte etiketten worden vernietigd en "
                                "geteld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Etiketteren bij elke overgang",
                            "text": (
                                "<p>Etiketteer een nieuwe zak of vial altijd vóórdat het product "
                                "wordt overgebracht, en scan beide etiketten om de overeenkomst te "
                                "bevestigen. Werk met één patiëntproduct tegelijk in de "
                                "werkbank.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Overdracht en chain of custody",
                            "text": (
                                "<p>Registreer bij elke overdracht tijdstip, naam van overdrager "
                                "en ontvanger, temperatuur en verzegelingsnummer op het "
                                "chain-of-custodyformulier.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Verzending",
                            "text": (
                                "<p>Plaats het product in de voorgekoelde dry shipper, start de "
                                "datalogger, verzegel en voeg het formulier en de "
                                "vrijgiftedocumenten toe. Meld de verzending vooraf aan de "
                                "ontvanger.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Binnen de gevalideerde houdtijd van de dry shipper",
                        },
                        {
                            "title": "Ontvangst",
                            "text": (
                                "<p>Controleer bij ontvangst de verzegeling, de dataloggergegevens "
                                "en de identiteit via scan van het etiket. Een afwijking wordt "
                                "direct aan de verzender en QA gemeld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Verificatie aan het bed",
                            "text": (
                                "<p>Twee zorgverleners vergelijken vóór het ontdooien het "
                                "polsbandje van de patiënt met het productetiket en het "
                                "vrijgiftecertificaat. Bij een verschil wordt het product niet "
                                "toegediend.</p>"
                            ),
                            "critical": True,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Etiketreconciliatie",
                            "specification": "Geprint = gebruikt + vernietigd (100%)",
                            "method": "Telling in het batchprotocol",
                        },
                        {
                            "parameter": "Temperatuur tijdens transport",
                            "specification": "Continu ≤ -150 °C",
                            "method": "Datalogger",
                        },
                        {
                            "parameter": "Identiteitsverificatie",
                            "specification": "Gedocumenteerd bij elke overdracht en aan het bed",
                            "method": "Chain-of-custodyformulier",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "tissues-cells-directive"},
                        {"protocol": "DARE-SOP-0035"},
                        {"link": ("ICCBBA – ISBT 128-standaard", "https://www.isbt128.org")},
                    ],
                },
                "en": {
                    "title": (
                        "Chain of identity and chain of custody labelling for autologous products"
                    ),
                    "summary": (
                        "Unique identification, labelling and handover records for autologous cell "
                        "and gene therapy products, from collection to administration."
                    ),
                    "purpose": (
                        "<p>To rule out an autologous product reaching the wrong patient, and to "
                        "make the whole chain of collection, manufacture, transport and "
                        "administration traceable.</p>"
                    ),
                    "scope": (
                        "<p>All autologous products (CAR-T cells, gene-modified HSC, TIL) "
                        "collected, processed, shipped or received by MUMC+, including transport "
                        "between consortium partners.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "Apheresis nurse",
                            (
                                "Assigns the donation identification at collection and labels the "
                                "starting material."
                            ),
                        ),
                        (
                            "Production operator",
                            (
                                "Labels every new container before the product is transferred, "
                                "checked by a second person."
                            ),
                        ),
                        (
                            "Transport coordinator",
                            (
                                "Prepares the shipment and monitors chain of custody and "
                                "temperature during transport."
                            ),
                        ),
                        (
                            "Nurse and physician at administration",
                            "Verify the identity of patient and product at the bedside.",
                        ),
                    ],
                    "materials": [
                        {
                            "name": "Cryo-resistant ISBT 128 labels (down to -196 °C)",
                            "grade": "gmp",
                            "supplier": "Brady",
                            "catalogue_number": "THT-161-492",
                            "note": "Validated for nitrogen vapour and thawing in a water bath",
                        },
                        {
                            "name": "Dry shipper with data logger",
                            "grade": "gmp",
                            "supplier": "Cryoport",
                            "catalogue_number": "Elite Cryogenic Shipper",
                            "note": "Validated at ≤ -150 °C for the transport duration",
                        },
                        {
                            "name": "Chain of custody form",
                            "grade": "gmp",
                            "supplier": "MUMC+ (controlled document)",
                            "catalogue_number": "F-0039-01",
                            "note": "Travels with the product",
                        },
                        {
                            "name": "Seals with unique number",
                            "grade": "gmp",
                            "supplier": "MUMC+ (central purchasing)",
                            "catalogue_number": "SEAL-TT",
                            "note": "Tamper-evident",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Label printer",
                            "specification": "Zebra ZT411, thermal transfer",
                            "qualification": "OQ; print quality checked for every roll",
                        },
                        {
                            "name": "Barcode scanner",
                            "specification": "Zebra DS8108",
                            "qualification": "Validated for ISBT 128 codes",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Assigning the identity",
                            "text": (
                                "<p>At collection, assign a unique donation identification number "
                                "(DIN, ISBT 128) and link it in the system to the patient's name, "
                                "date of birth, hospital number and trial number.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Printing and checking labels",
                            "text": (
                                "<p>Print the labels from the validated system. A second person "
                                "checks them against the patient details and the manufacturing "
                                "order. Unused labels are destroyed and counted.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Labelling at every transfer",
                            "text": (
                                "<p>Always label a new bag or vial before the product is "
                                "transferred, and scan both labels to confirm they match. Handle "
                                "only one patient's product at a time in the cabinet.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Handover and chain of custody",
                            "text": (
                                "<p>At every handover, record the time, the names of the person "
                                "handing over and receiving, the temperature and the seal number "
                                "on the chain of custody form.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Shipment",
                            "text": (
                                "<p>Place the product in the pre-cooled dry shipper, start the "
                                "data logger, seal it and add the form and release documents. "
                                "Notify the recipient of the shipment in advance.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Within the validated hold time of the dry shipper",
                        },
                        {
                            "title": "Receipt",
                            "text": (
                                "<p>On receipt, check the seal, the data logger record and the "
                                "identity by scanning the label. Any discrepancy is reported "
                                "immediately to the sender and QA.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bedside verification",
                            "text": (
                                "<p>Before thawing, two healthcare professionals compare the "
                                "patient's wristband with the product label and the release "
                                "certificate. If they differ, the product is not administered.</p>"
                            ),
                            "critical": True,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Label reconciliation",
                            "specification": "Printed = used + destroyed (100%)",
                            "method": "Count in the batch record",
                        },
                        {
                            "parameter": "Temperature during transport",
                            "specification": "Continuously ≤ -150 °C",
                            "method": "Data logger",
                        },
                        {
                            "parameter": "Identity verification",
                            "specification": "Documented at every handover and at the bedside",
                            "method": "Chain of custody form",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "tissues-cells-directive"},
                        {"protocol": "DARE-SOP-0035"},
                        {"link": ("ICCBBA – ISBT 128 standard", "https://www.isbt128.org")},
                    ],
                },
            },
            {
                # A draft for the consortium's consultation on receiving leukapheresis material
                # (stakeholders/demo/data.py): the participants comment on its steps.
                "version": 2,
                "status": "draft",
                "effective_date": date(2027, 4, 1),
                "next_review_date": date(2029, 4, 1),
                "nl": {
                    "scope": (
                        "<p>Alle autologe producten (CAR-T-cellen, genetisch gemodificeerde HSC, "
                        "TIL) die een DARE-NL-centrum afneemt, verwerkt, verzendt of ontvangt, "
                        "ook bij transport tussen consortiumpartners.</p>"
                    ),
                    "change_note": (
                        "Concept voor de consultatie: het donatie-identificatienummer van het "
                        "afnemende centrum blijft in alle centra bij het product; een ontvangend "
                        "centrum plakt zijn etiket ernaast, nooit eroverheen; bij de verificatie "
                        "aan het bed worden polsbandje en etiket gescand."
                    ),
                    "steps": [
                        {
                            "title": "Toekennen van de identiteit",
                            "text": (
                                "<p>Het afnemende centrum kent bij de afname een uniek "
                                "donatie-identificatienummer (DIN, ISBT 128) toe en koppelt dit "
                                "aan naam, geboortedatum, ziekenhuisnummer en studienummer van de "
                                "patiënt. Dit DIN blijft in elk centrum bij het product; een "
                                "ontvangend centrum kent geen nieuw nummer toe, maar koppelt zijn "
                                "eigen batchnummer aan het DIN.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Printen en controleren van etiketten",
                            "text": (
                                "<p>Print de etiketten uit het gevalideerde systeem. Een tweede "
                                "persoon controleert ze tegen de patiëntgegevens en de "
                                "productieopdracht. Ongebruikte etiketten worden vernietigd en "
                                "geteld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Etiketteren bij elke overgang",
                            "text": (
                                "<p>Etiketteer een nieuwe zak of vial altijd vóórdat het product "
                                "wordt overgebracht, en scan beide etiketten om de overeenkomst te "
                                "bevestigen. Werk met één patiëntproduct tegelijk in de "
                                "werkbank.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Overdracht en chain of custody",
                            "text": (
                                "<p>Registreer bij elke overdracht tijdstip, naam van overdrager "
                                "en ontvanger, temperatuur en verzegelingsnummer op het "
                                "chain-of-custodyformulier.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Verzending",
                            "text": (
                                "<p>Plaats het product in de voorgekoelde dry shipper, start de "
                                "datalogger, verzegel en voeg het formulier en de "
                                "vrijgiftedocumenten toe. Meld de verzending vooraf aan de "
                                "ontvanger.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Binnen de gevalideerde houdtijd van de dry shipper",
                        },
                        {
                            "title": "Ontvangst",
                            "text": (
                                "<p>Controleer bij ontvangst de verzegeling, de dataloggergegevens "
                                "en de identiteit via scan van het etiket. Een ontvangend centrum "
                                "plakt zijn eigen etiket naast dat van het afnemende centrum, "
                                "nooit eroverheen, zodat het DIN leesbaar blijft. Een afwijking "
                                "wordt direct aan de verzender en QA gemeld.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Verificatie aan het bed",
                            "text": (
                                "<p>Twee zorgverleners vergelijken vóór het ontdooien het "
                                "polsbandje van de patiënt met het productetiket en het "
                                "vrijgiftecertificaat, en scannen polsbandje en etiket met de "
                                "gevalideerde scanner. Bij een verschil wordt het product niet "
                                "toegediend.</p>"
                            ),
                            "critical": True,
                        },
                    ],
                },
                "en": {
                    "scope": (
                        "<p>All autologous products (CAR-T cells, gene-modified HSC, TIL) "
                        "collected, processed, shipped or received by a DARE-NL centre, "
                        "including transport between consortium partners.</p>"
                    ),
                    "change_note": (
                        "Draft for the consultation: the collecting centre's donation "
                        "identification number stays with the product in every centre; a "
                        "receiving centre puts its label beside it, never over it; at the "
                        "bedside, wristband and label are scanned."
                    ),
                    "steps": [
                        {
                            "title": "Assigning the identity",
                            "text": (
                                "<p>At collection, the collecting centre assigns a unique "
                                "donation identification number (DIN, ISBT 128) and links it to "
                                "the patient's name, date of birth, hospital number and trial "
                                "number. The DIN stays with the product in every centre; a "
                                "receiving centre assigns no new number but links its own batch "
                                "number to the DIN.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Printing and checking labels",
                            "text": (
                                "<p>Print the labels from the validated system. A second person "
                                "checks them against the patient details and the manufacturing "
                                "order. Unused labels are destroyed and counted.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Labelling at every transfer",
                            "text": (
                                "<p>Always label a new bag or vial before the product is "
                                "transferred, and scan both labels to confirm they match. Handle "
                                "only one patient's product at a time in the cabinet.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Handover and chain of custody",
                            "text": (
                                "<p>At every handover, record the time, the names of the person "
                                "handing over and receiving, the temperature and the seal number "
                                "on the chain of custody form.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Shipment",
                            "text": (
                                "<p>Place the product in the pre-cooled dry shipper, start the "
                                "data logger, seal it and add the form and release documents. "
                                "Notify the recipient of the shipment in advance.</p>"
                            ),
                            "critical": False,
                            "hold_time": "Within the validated hold time of the dry shipper",
                        },
                        {
                            "title": "Receipt",
                            "text": (
                                "<p>On receipt, check the seal, the data logger record and the "
                                "identity by scanning the label. A receiving centre puts its own "
                                "label beside the collecting centre's label, never over it, so "
                                "that the DIN stays readable. Any discrepancy is reported "
                                "immediately to the sender and QA.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Bedside verification",
                            "text": (
                                "<p>Before thawing, two healthcare professionals compare the "
                                "patient's wristband with the product label and the release "
                                "certificate, and scan the wristband and the label with the "
                                "validated scanner. If they differ, the product is not "
                                "administered.</p>"
                            ),
                            "critical": True,
                        },
                    ],
                },
            },
        ],
    },
    # ------------------------------------------------------------------------------------------
    # DARE-SOP-0040 Out-of-specification results and exceptional release (UIPS), two versions
    # ------------------------------------------------------------------------------------------
    {
        "identifier": "DARE-SOP-0040",
        "centre": "uips",
        "modality": "general",
        "process_stage": "release-testing",
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 1, 15),
                "next_review_date": date(2023, 1, 15),
                "nl": {
                    "title": (
                        "Afhandeling van resultaten buiten specificatie en uitzonderlijke vrijgifte"
                    ),
                    "summary": (
                        "Onderzoek van resultaten buiten specificatie (OOS) bij vrijgiftetesten en "
                        "de voorwaarden voor uitzonderlijke vrijgifte van een ATMP dat niet aan de "
                        "specificaties voldoet."
                    ),
                    "purpose": (
                        "<p>Een uniforme, wetenschappelijk onderbouwde aanpak van OOS-resultaten, "
                        "en een transparante besluitvorming wanneer toediening van een "
                        "niet-conform product in het belang van de patiënt is.</p>"
                    ),
                    "scope": (
                        "<p>Modelprocedure voor alle DARE-NL-centra met een fabrikantenvergunning, "
                        "opgesteld door het UIPS. Van toepassing op vrijgifte- en "
                        "stabiliteitstesten van ATMP's en virale vectoren. De centra nemen de "
                        "procedure over in hun eigen kwaliteitssysteem.</p>"
                    ),
                    "change_note": "Eerste uitgave.",
                    "responsibilities": [
                        (
                            "QC-analist",
                            (
                                "Meldt een OOS-resultaat direct en bewaart alle monsters, "
                                "oplossingen en ruwe data."
                            ),
                        ),
                        (
                            "Hoofd Kwaliteitscontrole",
                            (
                                "Leidt het laboratoriumonderzoek (fase I) en beoordeelt of er een "
                                "aantoonbare laboratoriumfout is."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            (
                                "Leidt het volledige onderzoek (fase II) en besluit over afkeur of "
                                "uitzonderlijke vrijgifte."
                            ),
                        ),
                        (
                            "Behandelend arts",
                            (
                                "Dient bij uitzonderlijke vrijgifte een schriftelijk, onderbouwd "
                                "verzoek in en informeert de patiënt."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "OOS-onderzoeksformulier (model)",
                            "grade": "gmp",
                            "supplier": "DARE-NL (modeldocument)",
                            "catalogue_number": "M-0040-01",
                            "note": "Fase I en fase II",
                        },
                        {
                            "name": "Verzoek uitzonderlijke vrijgifte (model)",
                            "grade": "gmp",
                            "supplier": "DARE-NL (modeldocument)",
                            "catalogue_number": "M-0040-02",
                            "note": "Door behandelend arts ondertekend",
                        },
                        {
                            "name": "Sjabloon risicobeoordeling",
                            "grade": "gmp",
                            "supplier": "DARE-NL (modeldocument)",
                            "catalogue_number": "M-0040-03",
                            "note": (
                                "Beoordeling van het risico voor de patiënt per afwijkend kenmerk"
                            ),
                        },
                        {
                            "name": "Retentiemonsters van de batch",
                            "grade": "gmp",
                            "supplier": "Producerend centrum",
                            "catalogue_number": "Volgens bemonsteringsplan",
                            "note": "Alleen te gebruiken volgens een goedgekeurd onderzoeksplan",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Laboratoriuminformatiesysteem (LIMS)",
                            "specification": "Met audittrail",
                            "qualification": "Gevalideerd volgens GMP Annex 11",
                        },
                        {
                            "name": "Elektronisch kwaliteitssysteem",
                            "specification": "Afwijkingen- en CAPA-module van het centrum",
                            "qualification": "Gevalideerd",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Melden",
                            "text": (
                                "<p>Meld een OOS-resultaat dezelfde werkdag aan het Hoofd QC. Gooi "
                                "geen monsters, verdunningen of reagentia weg en test niet opnieuw "
                                "zonder goedgekeurd plan.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Fase I: laboratoriumonderzoek",
                            "text": (
                                "<p>Controleer met de analist berekeningen, apparatuur, reagentia, "
                                "monsterbehandeling en de uitvoering van de methode. Alleen bij "
                                "een aantoonbare laboratoriumfout wordt het resultaat ongeldig "
                                "verklaard en volgens plan opnieuw getest.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Fase II: volledig onderzoek",
                            "text": (
                                "<p>Is er geen laboratoriumfout gevonden, dan volgt een onderzoek "
                                "naar het productieproces via de afwijkingsprocedure. Een hertest "
                                "gebeurt alleen volgens een vooraf vastgelegd plan, door een "
                                "tweede analist. Het middelen van resultaten om een OOS te "
                                "maskeren is niet toegestaan.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Conclusie",
                            "text": (
                                "<p>Bij een bevestigd OOS-resultaat voldoet de batch niet aan de "
                                "specificaties en wordt niet regulier vrijgegeven. De QP legt de "
                                "conclusie en de onderbouwing vast.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Verzoek om uitzonderlijke vrijgifte",
                            "text": (
                                "<p>Als er voor de patiënt geen alternatief is, kan de behandelend "
                                "arts na een eigen baten-risicoafweging schriftelijk om levering "
                                "verzoeken. De fabrikant levert een risicobeoordeling van het "
                                "afwijkende kenmerk aan.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Besluit en levering",
                            "text": (
                                "<p>De QP besluit op basis van het verzoek en de "
                                "risicobeoordeling. Bij levering geldt het product uitsluitend "
                                "voor deze patiënt; de sponsor wordt direct geïnformeerd en meldt "
                                "het aan de bevoegde autoriteiten volgens de geldende regels.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Opvolging en trending",
                            "text": (
                                "<p>Volg de uitkomst bij de patiënt via de behandelend arts, stel "
                                "CAPA op volgens DARE-SOP-0036 en neem elk OOS-resultaat op in de "
                                "jaarlijkse trendanalyse.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Fase I-onderzoek",
                            "specification": (
                                "Gestart op de dag van melding, afgerond ≤ 2 werkdagen"
                            ),
                            "method": "OOS-onderzoeksformulier",
                        },
                        {
                            "parameter": "Fase II-onderzoek",
                            "specification": "Afgerond ≤ 30 kalenderdagen",
                            "method": "Elektronisch kwaliteitssysteem",
                        },
                        {
                            "parameter": "Uitzonderlijke vrijgifte",
                            "specification": (
                                "Verzoek arts, risicobeoordeling en QP-besluit gedocumenteerd vóór "
                                "levering"
                            ),
                            "method": "Batchdossier",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "hospital-exemption-nl"},
                        {"protocol": "DARE-SOP-0035"},
                        {"protocol": "DARE-SOP-0036"},
                    ],
                },
                "en": {
                    "title": "Handling out-of-specification results and exceptional release",
                    "summary": (
                        "Investigation of out-of-specification (OOS) results in release testing "
                        "and the conditions for exceptional release of an ATMP that does not meet "
                        "its specifications."
                    ),
                    "purpose": (
                        "<p>A uniform, scientifically sound approach to OOS results, and "
                        "transparent decision-making when administration of a non-conforming "
                        "product is in the patient's interest.</p>"
                    ),
                    "scope": (
                        "<p>Model procedure for all DARE-NL centres holding a manufacturing "
                        "authorisation, drawn up by UIPS. Applies to release and stability testing "
                        "of ATMPs and viral vectors. The centres adopt the procedure in their own "
                        "quality system.</p>"
                    ),
                    "change_note": "First issue.",
                    "responsibilities": [
                        (
                            "QC analyst",
                            (
                                "Reports an OOS result immediately and retains all samples, "
                                "solutions and raw data."
                            ),
                        ),
                        (
                            "Head of Quality Control",
                            (
                                "Leads the laboratory investigation (phase I) and assesses whether "
                                "there is an assignable laboratory error."
                            ),
                        ),
                        (
                            "Qualified Person (QP)",
                            (
                                "Leads the full investigation (phase II) and decides on rejection "
                                "or exceptional release."
                            ),
                        ),
                        (
                            "Treating physician",
                            (
                                "Submits a written, justified request for exceptional release and "
                                "informs the patient."
                            ),
                        ),
                    ],
                    "materials": [
                        {
                            "name": "OOS investigation form (model)",
                            "grade": "gmp",
                            "supplier": "DARE-NL (model document)",
                            "catalogue_number": "M-0040-01",
                            "note": "Phase I and phase II",
                        },
                        {
                            "name": "Request for exceptional release (model)",
                            "grade": "gmp",
                            "supplier": "DARE-NL (model document)",
                            "catalogue_number": "M-0040-02",
                            "note": "Signed by the treating physician",
                        },
                        {
                            "name": "Risk assessment template",
                            "grade": "gmp",
                            "supplier": "DARE-NL (model document)",
                            "catalogue_number": "M-0040-03",
                            "note": "Assessment of the risk to the patient per failing attribute",
                        },
                        {
                            "name": "Retention samples of the batch",
                            "grade": "gmp",
                            "supplier": "Manufacturing centre",
                            "catalogue_number": "According to sampling plan",
                            "note": "Only to be used according to an approved investigation plan",
                        },
                    ],
                    "equipment": [
                        {
                            "name": "Laboratory information management system (LIMS)",
                            "specification": "With audit trail",
                            "qualification": "Validated according to GMP Annex 11",
                        },
                        {
                            "name": "Electronic quality management system",
                            "specification": "Deviation and CAPA module of the centre",
                            "qualification": "Validated",
                        },
                    ],
                    "steps": [
                        {
                            "title": "Reporting",
                            "text": (
                                "<p>Report an OOS result to the Head of QC on the same working "
                                "day. Do not discard samples, dilutions or reagents and do not "
                                "retest without an approved plan.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Phase I: laboratory investigation",
                            "text": (
                                "<p>Together with the analyst, check calculations, equipment, "
                                "reagents, sample handling and execution of the method. Only an "
                                "assignable laboratory error allows the result to be invalidated "
                                "and retested according to plan.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Phase II: full investigation",
                            "text": (
                                "<p>If no laboratory error is found, the manufacturing process is "
                                "investigated through the deviation procedure. Retesting takes "
                                "place only according to a predefined plan, by a second analyst; "
                                "averaging to mask an OOS result is not allowed.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Conclusion",
                            "text": (
                                "<p>With a confirmed OOS result the batch does not meet its "
                                "specifications and is not released in the normal way. The QP "
                                "records the conclusion and its justification.</p>"
                            ),
                            "critical": False,
                        },
                        {
                            "title": "Request for exceptional release",
                            "text": (
                                "<p>If there is no alternative for the patient, the treating "
                                "physician may request supply in writing after their own "
                                "benefit-risk assessment. The manufacturer provides a risk "
                                "assessment of the failing attribute.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Decision and supply",
                            "text": (
                                "<p>The QP decides on the basis of the request and the risk "
                                "assessment. If supplied, the product is for this patient only; "
                                "the sponsor is informed immediately and notifies the competent "
                                "authorities according to the applicable rules.</p>"
                            ),
                            "critical": True,
                        },
                        {
                            "title": "Follow-up and trending",
                            "text": (
                                "<p>Follow the patient's outcome through the treating physician, "
                                "raise CAPA according to DARE-SOP-0036 and include every OOS "
                                "result in the annual trend analysis.</p>"
                            ),
                            "critical": False,
                        },
                    ],
                    "acceptance_criteria": [
                        {
                            "parameter": "Phase I investigation",
                            "specification": (
                                "Started on the day of reporting, completed ≤ 2 working days"
                            ),
                            "method": "OOS investigation form",
                        },
                        {
                            "parameter": "Phase II investigation",
                            "specification": "Completed ≤ 30 calendar days",
                            "method": "Electronic quality system",
                        },
                        {
                            "parameter": "Exceptional release",
                            "specification": (
                                "Physician's request, risk assessment and QP decision documented "
                                "before supply"
                            ),
                            "method": "Batch file",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "hospital-exemption-nl"},
                        {"protocol": "DARE-SOP-0035"},
                        {"protocol": "DARE-SOP-0036"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2025, 11, 3),
                "next_review_date": date(2028, 11, 3),
                "nl": {
                    "change_note": (
                        "Termijn toegevoegd voor het informeren van behandelend arts en sponsor "
                        "wanneer een OOS-resultaat een al geleverd product betreft (certificering "
                        "vóór afronding van alle testen, DARE-SOP-0035); verwijzing naar de "
                        "Verordening klinische proeven toegevoegd."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Fase I-onderzoek",
                            "specification": (
                                "Gestart op de dag van melding, afgerond ≤ 2 werkdagen"
                            ),
                            "method": "OOS-onderzoeksformulier",
                        },
                        {
                            "parameter": "Fase II-onderzoek",
                            "specification": "Afgerond ≤ 30 kalenderdagen",
                            "method": "Elektronisch kwaliteitssysteem",
                        },
                        {
                            "parameter": "OOS bij een al geleverd product",
                            "specification": (
                                "Behandelend arts en sponsor geïnformeerd ≤ 24 uur na het resultaat"
                            ),
                            "method": "Communicatielog in het OOS-dossier",
                        },
                        {
                            "parameter": "Uitzonderlijke vrijgifte",
                            "specification": (
                                "Verzoek arts, risicobeoordeling en QP-besluit "
                                "gedocumenteerd vóór levering"
                            ),
                            "method": "Batchdossier",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "hospital-exemption-nl"},
                        {"protocol": "DARE-SOP-0035"},
                        {"protocol": "DARE-SOP-0036"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Timeline added for informing the treating physician and sponsor when an "
                        "OOS result concerns a product already supplied (certification before all "
                        "tests are complete, DARE-SOP-0035); reference to the Clinical Trials "
                        "Regulation added."
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Phase I investigation",
                            "specification": (
                                "Started on the day of reporting, completed ≤ 2 working days"
                            ),
                            "method": "OOS investigation form",
                        },
                        {
                            "parameter": "Phase II investigation",
                            "specification": "Completed ≤ 30 calendar days",
                            "method": "Electronic quality system",
                        },
                        {
                            "parameter": "OOS in a product already supplied",
                            "specification": (
                                "Treating physician and sponsor informed ≤ "
                                "24 hours after the result"
                            ),
                            "method": "Communication log in the OOS file",
                        },
                        {
                            "parameter": "Exceptional release",
                            "specification": (
                                "Physician's request, risk assessment and QP "
                                "decision documented before supply"
                            ),
                            "method": "Batch file",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "clinical-trials-regulation"},
                        {"regulation": "hospital-exemption-nl"},
                        {"protocol": "DARE-SOP-0035"},
                        {"protocol": "DARE-SOP-0036"},
                    ],
                },
            },
        ],
    },
]
