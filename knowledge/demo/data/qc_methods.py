"""The harmonised DARE-NL QC methods.

Each method belongs to the centre that owns its description; ``performed_by`` lists the
centres whose laboratories perform it. Specifications given here are consortium defaults for
the demo site; a product's own specification always takes precedence.
"""

from datetime import date

QC_METHODS = [
    # ---- DARE-QC-0001 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0001",
        "centre": "umcu",
        "quality_attribute": "sterility",
        "validation_status": "compendial",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.27",
        "performed_by": ["umcu", "amsterdam-umc", "erasmus-mc", "lumc", "pmc", "radboudumc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 3, 1),
                "next_review_date": date(2023, 3, 1),
                "nl": {
                    "title": "Steriliteit van celpreparaten met geautomatiseerde kweek",
                    "summary": (
                        "Detectie van bacteriële en schimmelcontaminatie in celtherapieproducten "
                        "met een geautomatiseerd kweeksysteem met continue monitoring, volgens Ph. "
                        "Eur. 2.6.27."
                    ),
                    "method_principle": (
                        "<p>Een representatief monster van het eindproduct wordt aseptisch geënt "
                        "in een aerobe en een anaerobe kweekfles van een geautomatiseerd "
                        "kweeksysteem. Het systeem meet continu de stofwisseling in elke fles, "
                        "bijvoorbeeld via de productie van CO<sub>2</sub>, en geeft een signaal "
                        "zodra micro-organismen groeien.</p><p>Omdat celproducten vaak kort "
                        "houdbaar zijn, wordt het product doorgaans vrijgegeven voordat de kweek "
                        "is afgerond. Een later positief signaal leidt direct tot melding aan de "
                        "Qualified Person en de behandelend arts en tot een afwijkingsonderzoek. "
                        "De geschiktheid van de methode is per producttype aangetoond met aerobe "
                        "en anaerobe bacteriën, gisten en schimmels in aanwezigheid van het "
                        "product. De flessen worden 7 dagen geïncubeerd.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: per fles 1–10 mL eindproduct; het volume per product is "
                        "vastgelegd in de productspecificatie.</li><li>Container: direct enten in "
                        "één aerobe en één anaerobe kweekfles, onder klasse A.</li><li>Timing: "
                        "binnen 2 uur na monstername enten; geënte flessen niet koelen en bij "
                        "kamertemperatuur naar het laboratorium vervoeren.</li></ul>"
                    ),
                    "turnaround_time": "7 dagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Microbiële groei",
                            "specification": "Geen groei na 7 dagen incubatie",
                            "method": "Geautomatiseerde kweek, aerobe en anaerobe fles",
                        },
                        {
                            "parameter": "Geldigheid van de test",
                            "specification": (
                                "Negatieve procescontrole zonder groei; groeibevorderende "
                                "eigenschappen van de partij kweekflessen aangetoond"
                            ),
                            "method": "Controles volgens Ph. Eur. 2.6.27",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.27",
                                "Microbiological examination of cell-based preparations",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.1.6",
                                "Alternative methods for control of microbiological quality",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                    ],
                },
                "en": {
                    "title": "Sterility of cell-based preparations by automated culture",
                    "summary": (
                        "Detection of bacterial and fungal contamination in cell therapy products "
                        "using an automated culture system with continuous monitoring, in line "
                        "with Ph. Eur. 2.6.27."
                    ),
                    "method_principle": (
                        "<p>A representative sample of the final product is aseptically inoculated "
                        "into an aerobic and an anaerobic culture bottle of an automated culture "
                        "system. The system continuously monitors metabolism in each bottle, for "
                        "example through the production of CO<sub>2</sub>, and signals as soon as "
                        "micro-organisms grow.</p><p>Because cell products often have a short "
                        "shelf life, the product is usually released before the culture is "
                        "complete. A later positive signal is immediately reported to the "
                        "Qualified Person and the treating physician and triggers a deviation "
                        "investigation. Method suitability has been demonstrated for each product "
                        "type with aerobic and anaerobic bacteria, yeasts and moulds in the "
                        "presence of the product. Bottles are incubated for 7 days.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: 1–10 mL of final product per bottle; the volume for each "
                        "product is laid down in the product specification.</li><li>Container: "
                        "inoculate directly into one aerobic and one anaerobic culture bottle, "
                        "under grade A.</li><li>Timing: inoculate within 2 hours of sampling; do "
                        "not refrigerate inoculated bottles and transport them to the laboratory "
                        "at room temperature.</li></ul>"
                    ),
                    "turnaround_time": "7 days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Microbial growth",
                            "specification": "No growth after 7 days of incubation",
                            "method": "Automated culture, aerobic and anaerobic bottle",
                        },
                        {
                            "parameter": "Test validity",
                            "specification": (
                                "Negative process control without growth; growth-promoting "
                                "properties of the culture bottle lot demonstrated"
                            ),
                            "method": "Controls according to Ph. Eur. 2.6.27",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.27",
                                "Microbiological examination of cell-based preparations",
                            )
                        },
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 5.1.6",
                                "Alternative methods for control of microbiological quality",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2023, 2, 15),
                "next_review_date": date(2025, 2, 15),
                "nl": {
                    "change_note": (
                        "Incubatietijd verlengd van 7 naar 14 dagen, omdat de "
                        "methodegeschiktheidsstudie liet zien dat langzaam groeiende anaerobe "
                        "bacteriën, zoals Cutibacterium acnes, soms pas na meer dan 7 dagen worden "
                        "gedetecteerd."
                    ),
                    "method_principle": (
                        "<p>Een representatief monster van het eindproduct wordt aseptisch geënt "
                        "in een aerobe en een anaerobe kweekfles van een geautomatiseerd "
                        "kweeksysteem. Het systeem meet continu de stofwisseling in elke fles, "
                        "bijvoorbeeld via de productie van CO<sub>2</sub>, en geeft een signaal "
                        "zodra micro-organismen groeien.</p><p>Omdat celproducten vaak kort "
                        "houdbaar zijn, wordt het product doorgaans vrijgegeven voordat de kweek "
                        "is afgerond. Een later positief signaal leidt direct tot melding aan de "
                        "Qualified Person en de behandelend arts en tot een afwijkingsonderzoek. "
                        "De geschiktheid van de methode is per producttype aangetoond met aerobe "
                        "en anaerobe bacteriën, gisten en schimmels in aanwezigheid van het "
                        "product.</p><p>De flessen worden 14 dagen geïncubeerd. Langzaam groeiende "
                        "anaerobe bacteriën, zoals <i>Cutibacterium acnes</i>, worden soms pas na "
                        "meer dan 7 dagen gedetecteerd.</p>"
                    ),
                    "turnaround_time": "14 dagen",
                    "acceptance_criteria": [
                        {
                            "parameter": "Microbiële groei",
                            "specification": "Geen groei na 14 dagen incubatie",
                            "method": "Geautomatiseerde kweek, aerobe en anaerobe fles",
                        },
                        {
                            "parameter": "Geldigheid van de test",
                            "specification": (
                                "Negatieve procescontrole zonder groei; groeibevorderende "
                                "eigenschappen van de partij kweekflessen aangetoond"
                            ),
                            "method": "Controles volgens Ph. Eur. 2.6.27",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Incubation time extended from 7 to 14 days, because the method "
                        "suitability study showed that slow-growing anaerobic bacteria, such as "
                        "Cutibacterium acnes, are sometimes detected only after more than 7 days."
                    ),
                    "method_principle": (
                        "<p>A representative sample of the final product is aseptically inoculated "
                        "into an aerobic and an anaerobic culture bottle of an automated culture "
                        "system. The system continuously monitors metabolism in each bottle, for "
                        "example through the production of CO<sub>2</sub>, and signals as soon as "
                        "micro-organisms grow.</p><p>Because cell products often have a short "
                        "shelf life, the product is usually released before the culture is "
                        "complete. A later positive signal is immediately reported to the "
                        "Qualified Person and the treating physician and triggers a deviation "
                        "investigation. Method suitability has been demonstrated for each product "
                        "type with aerobic and anaerobic bacteria, yeasts and moulds in the "
                        "presence of the product.</p><p>Bottles are incubated for 14 days. "
                        "Slow-growing anaerobic bacteria, such as <i>Cutibacterium acnes</i>, are "
                        "sometimes detected only after more than 7 days.</p>"
                    ),
                    "turnaround_time": "14 days",
                    "acceptance_criteria": [
                        {
                            "parameter": "Microbial growth",
                            "specification": "No growth after 14 days of incubation",
                            "method": "Automated culture, aerobic and anaerobic bottle",
                        },
                        {
                            "parameter": "Test validity",
                            "specification": (
                                "Negative process control without growth; growth-promoting "
                                "properties of the culture bottle lot demonstrated"
                            ),
                            "method": "Controls according to Ph. Eur. 2.6.27",
                        },
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2025, 4, 1),
                "next_review_date": date(2027, 4, 1),
                "nl": {
                    "change_note": (
                        "Werkwijze bij een positief signaal toegevoegd (Gramkleuring en "
                        "identificatie tot op soortniveau) en de methode gekoppeld aan de "
                        "contaminatiebeheersingsstrategie van de faciliteit, in lijn met de "
                        "principes van de herziene GMP-bijlage 1."
                    ),
                    "method_principle": (
                        "<p>Een representatief monster van het eindproduct wordt aseptisch geënt "
                        "in een aerobe en een anaerobe kweekfles van een geautomatiseerd "
                        "kweeksysteem. Het systeem meet continu de stofwisseling in elke fles, "
                        "bijvoorbeeld via de productie van CO<sub>2</sub>, en geeft een signaal "
                        "zodra micro-organismen groeien. De flessen worden 14 dagen geïncubeerd, "
                        "omdat langzaam groeiende anaerobe bacteriën, zoals <i>Cutibacterium "
                        "acnes</i>, soms pas na meer dan 7 dagen worden gedetecteerd.</p><p>Omdat "
                        "celproducten vaak kort houdbaar zijn, wordt het product doorgaans "
                        "vrijgegeven voordat de kweek is afgerond. Een positief signaal wordt "
                        "binnen één werkdag gemeld aan de Qualified Person en de behandelend arts. "
                        "Uit de positieve fles worden een Gramkleuring en een subkweek gemaakt; "
                        "het micro-organisme wordt tot op soortniveau geïdentificeerd en de "
                        "gevoeligheid voor antibiotica wordt bepaald, zodat de arts de behandeling "
                        "van de patiënt kan afstemmen.</p><p>Positieve resultaten worden in het "
                        "afwijkingssysteem vastgelegd en gebruikt in de "
                        "contaminatiebeheersingsstrategie (CCS) van de faciliteit, samen met de "
                        "gegevens van de omgevingsmonitoring.</p>"
                    ),
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.27",
                                "Microbiological examination of cell-based preparations",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                        {"regulation": "gmp-annex-1"},
                    ],
                },
                "en": {
                    "change_note": (
                        "Procedure for a positive signal added (Gram stain and identification to "
                        "species level), and the method linked to the facility's contamination "
                        "control strategy, in line with the principles of the revised GMP Annex 1."
                    ),
                    "method_principle": (
                        "<p>A representative sample of the final product is aseptically inoculated "
                        "into an aerobic and an anaerobic culture bottle of an automated culture "
                        "system. The system continuously monitors metabolism in each bottle, for "
                        "example through the production of CO<sub>2</sub>, and signals as soon as "
                        "micro-organisms grow. Bottles are incubated for 14 days, because "
                        "slow-growing anaerobic bacteria, such as <i>Cutibacterium acnes</i>, are "
                        "sometimes detected only after more than 7 days.</p><p>Because cell "
                        "products often have a short shelf life, the product is usually released "
                        "before the culture is complete. A positive signal is reported to the "
                        "Qualified Person and the treating physician within one working day. A "
                        "Gram stain and a subculture are prepared from the positive bottle; the "
                        "micro-organism is identified to species level and its antibiotic "
                        "susceptibility is determined, so that the physician can adjust the "
                        "patient's treatment.</p><p>Positive results are recorded in the deviation "
                        "system and used in the facility's contamination control strategy (CCS), "
                        "together with environmental monitoring data.</p>"
                    ),
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.27",
                                "Microbiological examination of cell-based preparations",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                        {"regulation": "gmp-annex-1"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0002 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0002",
        "centre": "sanquin",
        "quality_attribute": "sterility",
        "validation_status": "compendial",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.1",
        "performed_by": ["sanquin", "lumc", "erasmus-mc", "umcg"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 5, 1),
                "next_review_date": date(2027, 5, 1),
                "nl": {
                    "title": "Steriliteit door membraanfiltratie",
                    "summary": (
                        "Steriliteitstest volgens Ph. Eur. 2.6.1 voor filtreerbare materialen, "
                        "zoals virale vectorpartijen, kweekmedia, buffers en "
                        "formuleringsoplossingen."
                    ),
                    "method_principle": (
                        "<p>Het monster wordt onder klasse A gefiltreerd over een membraanfilter "
                        "met een nominale poriegrootte van ten hoogste 0,45 µm. Na spoelen, om een "
                        "eventuele antimicrobiële werking van het product weg te nemen, wordt het "
                        "membraan overgebracht naar vloeibaar thioglycollaatmedium (incubatie bij "
                        "30–35 °C) en naar sojacaseïne-digestmedium (incubatie bij 20–25 °C). De "
                        "media worden ten minste 14 dagen geïncubeerd en regelmatig visueel "
                        "beoordeeld op troebeling.</p><p>Membraanfiltratie is niet geschikt voor "
                        "celsuspensies, omdat cellen het filter verstoppen; voor celpreparaten "
                        "wordt DARE-QC-0001 gebruikt. De methodegeschiktheid is per materiaal "
                        "aangetoond met de in Ph. Eur. 2.6.1 voorgeschreven teststammen.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Hoeveelheid en aantal containers volgens Ph. Eur. 2.6.1, "
                        "afhankelijk van de partijgrootte.</li><li>Monsters in de oorspronkelijke, "
                        "gesloten container aanleveren.</li><li>Vectorpartijen bewaren bij ≤ −60 "
                        "°C en op de dag van de test ontdooien; media en buffers aanleveren bij de "
                        "voorgeschreven bewaartemperatuur, uiterlijk 5 werkdagen na "
                        "monstername.</li></ul>"
                    ),
                    "turnaround_time": "16 dagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Microbiële groei",
                            "specification": "Geen groei in beide media na 14 dagen incubatie",
                            "method": "Visuele beoordeling op troebeling",
                        },
                        {
                            "parameter": "Negatieve controle",
                            "specification": "Geen groei",
                            "method": "Filtratie van steriele spoelvloeistof",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.6.1", "Sterility")},
                        {"regulation": "gmp-atmp"},
                        {"qc_method": "DARE-QC-0001"},
                    ],
                },
                "en": {
                    "title": "Sterility by membrane filtration",
                    "summary": (
                        "Sterility test according to Ph. Eur. 2.6.1 for filterable materials, such "
                        "as viral vector batches, culture media, buffers and formulation solutions."
                    ),
                    "method_principle": (
                        "<p>The sample is filtered under grade A through a membrane filter with a "
                        "nominal pore size of not more than 0.45 µm. After rinsing to remove any "
                        "antimicrobial activity of the product, the membrane is transferred to "
                        "fluid thioglycollate medium (incubated at 30–35 °C) and to soya-bean "
                        "casein digest medium (incubated at 20–25 °C). The media are incubated for "
                        "at least 14 days and inspected visually for turbidity at regular "
                        "intervals.</p><p>Membrane filtration is not suitable for cell "
                        "suspensions, because cells clog the filter; DARE-QC-0001 is used for "
                        "cell-based preparations. Method suitability has been demonstrated for "
                        "each material with the test strains prescribed in Ph. Eur. 2.6.1.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Quantity and number of containers according to Ph. Eur. 2.6.1, "
                        "depending on batch size.</li><li>Submit samples in the original, closed "
                        "container.</li><li>Store vector batches at ≤ −60 °C and thaw them on the "
                        "day of testing; submit media and buffers at the prescribed storage "
                        "temperature, no later than 5 working days after sampling.</li></ul>"
                    ),
                    "turnaround_time": "16 days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Microbial growth",
                            "specification": (
                                "No growth in either medium after 14 days of incubation"
                            ),
                            "method": "Visual inspection for turbidity",
                        },
                        {
                            "parameter": "Negative control",
                            "specification": "No growth",
                            "method": "Filtration of sterile rinsing fluid",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.6.1", "Sterility")},
                        {"regulation": "gmp-atmp"},
                        {"qc_method": "DARE-QC-0001"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0003 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0003",
        "centre": "lumc",
        "quality_attribute": "mycoplasma",
        "validation_status": "validated",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.7",
        "performed_by": ["lumc", "umcu", "amsterdam-umc", "erasmus-mc", "nki-avl", "radboudumc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2022, 1, 10),
                "next_review_date": date(2024, 1, 10),
                "nl": {
                    "title": "Mycoplasma met nucleïnezuuramplificatie",
                    "summary": (
                        "Snelle detectie van mycoplasma-DNA in celtherapieproducten met real-time "
                        "PCR, als gevalideerd alternatief voor de kweekmethode van Ph. Eur. 2.6.7."
                    ),
                    "method_principle": (
                        "<p>DNA wordt geëxtraheerd uit het monster en geamplificeerd met een "
                        "real-time PCR die gericht is op een geconserveerd gebied van het "
                        "16S-rRNA-gen van Mollicutes. Een interne amplificatiecontrole in elk "
                        "monster laat zien of de reactie geremd wordt; een positieve controle en "
                        "een negatieve extractiecontrole worden in elke run meegenomen.</p><p>Ph. "
                        "Eur. 2.6.7 staat toe dat een nucleïnezuuramplificatietechniek (NAT) de "
                        "kweekmethode vervangt, mits de methode geschikt gevalideerd is. De "
                        "validatie omvatte specificiteit (een panel van mycoplasmasoorten en "
                        "verwante bacteriën), detectiegrens (10 CFU/mL voor een panel van "
                        "referentiestammen) en robuustheid, volgens Ph. Eur. 2.6.7 en de principes "
                        "van ICH Q2(R2). De korte doorlooptijd maakt vrijgifte vóór toediening "
                        "mogelijk.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0,5 mL kweeksupernatant aan het einde van de kweek, "
                        "vóór het wassen van de cellen.</li><li>Container: steriele, DNA-vrije "
                        "schroefdopbuis.</li><li>Bewaren bij 2–8 °C en binnen 24 uur testen, of "
                        "invriezen bij ≤ −20 °C.</li></ul>"
                    ),
                    "turnaround_time": "2 werkdagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Mycoplasma-DNA",
                            "specification": "Niet aangetoond",
                            "method": "Real-time PCR op 16S rRNA",
                        },
                        {
                            "parameter": "Interne amplificatiecontrole",
                            "specification": (
                                "Ct-waarde binnen het vastgestelde bereik (geen remming)"
                            ),
                            "method": "Real-time PCR",
                        },
                        {
                            "parameter": "Positieve en negatieve controle",
                            "specification": "Respectievelijk positief en negatief",
                            "method": "Real-time PCR",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.6.7", "Mycoplasmas")},
                        {"regulation": "gmp-atmp"},
                        {
                            "link": (
                                "ICH Q2(R2) Validatie van analytische procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
                "en": {
                    "title": "Mycoplasma by nucleic acid amplification",
                    "summary": (
                        "Rapid detection of mycoplasma DNA in cell therapy products by real-time "
                        "PCR, as a validated alternative to the culture method of Ph. Eur. 2.6.7."
                    ),
                    "method_principle": (
                        "<p>DNA is extracted from the sample and amplified by a real-time PCR "
                        "targeting a conserved region of the 16S rRNA gene of Mollicutes. An "
                        "internal amplification control in each sample shows whether the reaction "
                        "is inhibited; a positive control and a negative extraction control are "
                        "included in each run.</p><p>Ph. Eur. 2.6.7 allows a nucleic acid "
                        "amplification technique (NAT) to replace the culture method, provided the "
                        "method is suitably validated. Validation covered specificity (a panel of "
                        "mycoplasma species and related bacteria), detection limit (10 CFU/mL for "
                        "a panel of reference strains) and robustness, according to Ph. Eur. 2.6.7 "
                        "and the principles of ICH Q2(R2). The short turnaround allows release "
                        "before administration.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0.5 mL of culture supernatant at the end of culture, "
                        "before the cells are washed.</li><li>Container: sterile, DNA-free "
                        "screw-cap tube.</li><li>Store at 2–8 °C and test within 24 hours, or "
                        "freeze at ≤ −20 °C.</li></ul>"
                    ),
                    "turnaround_time": "2 working days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Mycoplasma DNA",
                            "specification": "Not detected",
                            "method": "Real-time PCR on 16S rRNA",
                        },
                        {
                            "parameter": "Internal amplification control",
                            "specification": (
                                "Ct value within the established range (no inhibition)"
                            ),
                            "method": "Real-time PCR",
                        },
                        {
                            "parameter": "Positive and negative control",
                            "specification": "Positive and negative respectively",
                            "method": "Real-time PCR",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.6.7", "Mycoplasmas")},
                        {"regulation": "gmp-atmp"},
                        {
                            "link": (
                                "ICH Q2(R2) Validation of analytical procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 3, 1),
                "next_review_date": date(2027, 3, 1),
                "nl": {
                    "change_note": (
                        "Het monster bestaat voortaan uit cellen én supernatant in plaats van "
                        "alleen supernatant, omdat mycoplasma's zich vooral aan cellen hechten; "
                        "het testvolume is verhoogd naar 1 mL en de detectiegrens is voor deze "
                        "matrix opnieuw bevestigd."
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 1 mL ongewassen celsuspensie (cellen en supernatant "
                        "samen) aan het einde van de kweek, vóór het wassen van de "
                        "cellen.</li><li>Container: steriele, DNA-vrije "
                        "schroefdopbuis.</li><li>Bewaren bij 2–8 °C en binnen 24 uur testen, of "
                        "invriezen bij ≤ −20 °C.</li></ul>"
                    ),
                },
                "en": {
                    "change_note": (
                        "The sample now consists of cells and supernatant instead of supernatant "
                        "only, because mycoplasmas mainly attach to cells; the test volume has "
                        "been increased to 1 mL and the detection limit has been reconfirmed for "
                        "this matrix."
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 1 mL of unwashed cell suspension (cells and supernatant "
                        "together) at the end of culture, before the cells are "
                        "washed.</li><li>Container: sterile, DNA-free screw-cap "
                        "tube.</li><li>Store at 2–8 °C and test within 24 hours, or freeze at ≤ "
                        "−20 °C.</li></ul>"
                    ),
                },
            },
        ],
    },
    # ---- DARE-QC-0004 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0004",
        "centre": "erasmus-mc",
        "quality_attribute": "endotoxin",
        "validation_status": "compendial",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.14",
        "performed_by": ["erasmus-mc", "umcu", "lumc", "amsterdam-umc", "mumc", "umcg"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 9, 1),
                "next_review_date": date(2024, 9, 1),
                "nl": {
                    "title": "Bacteriële endotoxinen met de kinetisch-chromogene LAL-test",
                    "summary": (
                        "Kwantitatieve bepaling van bacteriële endotoxinen in celtherapieproducten "
                        "en virale vectoren met de kinetisch-chromogene methode (methode D) van "
                        "Ph. Eur. 2.6.14."
                    ),
                    "method_principle": (
                        "<p>Endotoxinen activeren een enzymcascade in het amoebocytenlysaat van de "
                        "degenkrab (<i>Limulus</i>-amoebocytenlysaat, LAL). Het geactiveerde enzym "
                        "splitst een chromogeen substraat, waarbij p-nitroaniline vrijkomt dat bij "
                        "405 nm wordt gemeten. Bij de kinetische methode is de tijd tot het "
                        "bereiken van een drempelabsorptie omgekeerd evenredig met de logaritme "
                        "van de endotoxineconcentratie.</p><p>Elke run bevat een standaardcurve "
                        "van het referentie-endotoxine, negatieve controles en voor elk monster "
                        "een positieve productcontrole (spike) om interferentie uit te sluiten. "
                        "Het monster wordt zo nodig verdund om interferentie op te heffen, maar "
                        "nooit verder dan de maximale geldige verdunning (MVD).</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0,5 mL eindproduct of vectorpartij.</li><li>Container: "
                        "endotoxinevrije buis van polypropyleen of "
                        "borosilicaatglas.</li><li>Bewaren bij 2–8 °C en binnen 24 uur testen, of "
                        "invriezen bij ≤ −20 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Bacteriële endotoxinen",
                            "specification": (
                                "≤ 5 IU per kg lichaamsgewicht per dosis, omgerekend naar IU/mL "
                                "met de maximale dosis"
                            ),
                            "method": "Kinetisch-chromogeen, Ph. Eur. 2.6.14 methode D",
                        },
                        {
                            "parameter": "Standaardcurve",
                            "specification": "Absolute waarde van de correlatiecoëfficiënt ≥ 0,980",
                            "method": "Log-log-regressie",
                        },
                        {
                            "parameter": "Terugvinding positieve productcontrole",
                            "specification": "50–200 %",
                            "method": "Spike met bekende endotoxineconcentratie",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.6.14", "Bacterial endotoxins")},
                        {"regulation": "gmp-atmp"},
                        {"regulation": "community-code"},
                    ],
                },
                "en": {
                    "title": "Bacterial endotoxins by kinetic chromogenic LAL",
                    "summary": (
                        "Quantitative determination of bacterial endotoxins in cell therapy "
                        "products and viral vectors using the kinetic chromogenic method (method "
                        "D) of Ph. Eur. 2.6.14."
                    ),
                    "method_principle": (
                        "<p>Endotoxins activate an enzyme cascade in the amoebocyte lysate of the "
                        "horseshoe crab (<i>Limulus</i> amoebocyte lysate, LAL). The activated "
                        "enzyme cleaves a chromogenic substrate, releasing p-nitroaniline, which "
                        "is measured at 405 nm. In the kinetic method, the time needed to reach a "
                        "threshold absorbance is inversely proportional to the logarithm of the "
                        "endotoxin concentration.</p><p>Each run includes a standard curve of the "
                        "reference endotoxin, negative controls and, for each sample, a positive "
                        "product control (spike) to exclude interference. The sample is diluted "
                        "where necessary to overcome interference, but never beyond the maximum "
                        "valid dilution (MVD).</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0.5 mL of final product or vector "
                        "batch.</li><li>Container: endotoxin-free tube of polypropylene or "
                        "borosilicate glass.</li><li>Store at 2–8 °C and test within 24 hours, or "
                        "freeze at ≤ −20 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 working day",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Bacterial endotoxins",
                            "specification": (
                                "≤ 5 IU per kg body weight per dose, converted to IU/mL using the "
                                "maximum dose"
                            ),
                            "method": "Kinetic chromogenic, Ph. Eur. 2.6.14 method D",
                        },
                        {
                            "parameter": "Standard curve",
                            "specification": (
                                "Absolute value of the correlation coefficient ≥ 0.980"
                            ),
                            "method": "Log-log regression",
                        },
                        {
                            "parameter": "Positive product control recovery",
                            "specification": "50–200 %",
                            "method": "Spike with known endotoxin concentration",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.6.14", "Bacterial endotoxins")},
                        {"regulation": "gmp-atmp"},
                        {"regulation": "community-code"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 6, 1),
                "next_review_date": date(2027, 6, 1),
                "nl": {
                    "change_note": (
                        "Endotoxinelimiet per toedieningsweg vastgelegd als K/M, met K = 5 IU/kg "
                        "voor intraveneuze en K = 0,2 IU/kg voor intrathecale toediening; "
                        "berekening van de maximale geldige verdunning (MVD) per product "
                        "toegevoegd."
                    ),
                    "method_principle": (
                        "<p>Endotoxinen activeren een enzymcascade in het amoebocytenlysaat van de "
                        "degenkrab (<i>Limulus</i>-amoebocytenlysaat, LAL). Het geactiveerde enzym "
                        "splitst een chromogeen substraat, waarbij p-nitroaniline vrijkomt dat bij "
                        "405 nm wordt gemeten. Bij de kinetische methode is de tijd tot het "
                        "bereiken van een drempelabsorptie omgekeerd evenredig met de logaritme "
                        "van de endotoxineconcentratie.</p><p>Elke run bevat een standaardcurve "
                        "van het referentie-endotoxine, negatieve controles en voor elk monster "
                        "een positieve productcontrole (spike) om interferentie uit te "
                        "sluiten.</p><p>De endotoxinelimiet is K/M, waarbij K afhangt van de "
                        "toedieningsweg (5 IU/kg bij intraveneuze, 0,2 IU/kg bij intrathecale "
                        "toediening) en M de maximale dosis per kg lichaamsgewicht is (bij "
                        "infusie: per uur). Per product wordt de MVD berekend als endotoxinelimiet "
                        "× concentratie van de testoplossing / λ, waarbij λ de gedeclareerde "
                        "gevoeligheid of de laagste concentratie van de standaardcurve is. Het "
                        "monster wordt zo nodig verdund, maar nooit verder dan de MVD.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Bacteriële endotoxinen",
                            "specification": (
                                "≤ K/M (K = 5 IU/kg intraveneus, 0,2 IU/kg intrathecaal), "
                                "omgerekend naar IU/mL per product"
                            ),
                            "method": "Kinetisch-chromogeen, Ph. Eur. 2.6.14 methode D",
                        },
                        {
                            "parameter": "Standaardcurve",
                            "specification": "Absolute waarde van de correlatiecoëfficiënt ≥ 0,980",
                            "method": "Log-log-regressie",
                        },
                        {
                            "parameter": "Terugvinding positieve productcontrole",
                            "specification": "50–200 %",
                            "method": "Spike met bekende endotoxineconcentratie",
                        },
                        {
                            "parameter": "Verdunning",
                            "specification": "Niet groter dan de voor het product berekende MVD",
                            "method": "Berekening per product",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Endotoxin limit laid down per route of administration as K/M, with K = 5 "
                        "IU/kg for intravenous and K = 0.2 IU/kg for intrathecal administration; "
                        "calculation of the maximum valid dilution (MVD) per product added."
                    ),
                    "method_principle": (
                        "<p>Endotoxins activate an enzyme cascade in the amoebocyte lysate of the "
                        "horseshoe crab (<i>Limulus</i> amoebocyte lysate, LAL). The activated "
                        "enzyme cleaves a chromogenic substrate, releasing p-nitroaniline, which "
                        "is measured at 405 nm. In the kinetic method, the time needed to reach a "
                        "threshold absorbance is inversely proportional to the logarithm of the "
                        "endotoxin concentration.</p><p>Each run includes a standard curve of the "
                        "reference endotoxin, negative controls and, for each sample, a positive "
                        "product control (spike) to exclude interference.</p><p>The endotoxin "
                        "limit is K/M, where K depends on the route of administration (5 IU/kg for "
                        "intravenous, 0.2 IU/kg for intrathecal administration) and M is the "
                        "maximum dose per kg body weight (for infusions: per hour). For each "
                        "product the MVD is calculated as endotoxin limit × concentration of the "
                        "test solution / λ, where λ is the labelled sensitivity or the lowest "
                        "concentration of the standard curve. The sample is diluted where "
                        "necessary, but never beyond the MVD.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Bacterial endotoxins",
                            "specification": (
                                "≤ K/M (K = 5 IU/kg intravenous, 0.2 IU/kg intrathecal), converted "
                                "to IU/mL per product"
                            ),
                            "method": "Kinetic chromogenic, Ph. Eur. 2.6.14 method D",
                        },
                        {
                            "parameter": "Standard curve",
                            "specification": (
                                "Absolute value of the correlation coefficient ≥ 0.980"
                            ),
                            "method": "Log-log regression",
                        },
                        {
                            "parameter": "Positive product control recovery",
                            "specification": "50–200 %",
                            "method": "Spike with known endotoxin concentration",
                        },
                        {
                            "parameter": "Dilution",
                            "specification": "Not greater than the MVD calculated for the product",
                            "method": "Calculation per product",
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0005 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0005",
        "centre": "uips",
        "quality_attribute": "endotoxin",
        "validation_status": "in-validation",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.32",
        "performed_by": ["uips", "erasmus-mc", "umcu"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2026, 2, 1),
                "next_review_date": date(2028, 2, 1),
                "nl": {
                    "title": "Bacteriële endotoxinen met recombinant factor C",
                    "summary": (
                        "Bepaling van bacteriële endotoxinen zonder dierlijk lysaat, met "
                        "recombinant factor C volgens Ph. Eur. 2.6.32; het vergelijkend onderzoek "
                        "met de LAL-test loopt nog."
                    ),
                    "method_principle": (
                        "<p>Recombinant factor C (rFC) is een biotechnologisch geproduceerde vorm "
                        "van factor C, het eerste enzym in de stollingscascade van de degenkrab. "
                        "Endotoxine activeert rFC, dat vervolgens een fluorogeen substraat "
                        "splitst. De fluorescentie wordt als eindpuntmeting bepaald en via een "
                        "standaardcurve omgerekend naar de endotoxineconcentratie. Omdat de rest "
                        "van de cascade ontbreekt, reageert de test niet op (1→3)-β-D-glucanen, "
                        "die in de LAL-test vals-positieve resultaten kunnen geven.</p><p>UIPS "
                        "vergelijkt de methode samen met de QC-laboratoria van de partners met de "
                        "kinetisch-chromogene LAL-test (DARE-QC-0004). Per producttype worden "
                        "interferentie, terugvinding van de spike en overeenstemming met de "
                        "LAL-resultaten op gesplitste monsters beoordeeld. Tot dit onderzoek is "
                        "afgerond, blijft de LAL-test de vrijgiftemethode.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0,5 mL, bij voorkeur uit hetzelfde monster als de "
                        "LAL-test (gesplitst monster).</li><li>Container: endotoxinevrije buis van "
                        "polypropyleen.</li><li>Bewaren bij 2–8 °C en binnen 24 uur testen, of "
                        "invriezen bij ≤ −20 °C en op droogijs verzenden.</li></ul>"
                    ),
                    "turnaround_time": "2 werkdagen",
                    "change_note": "Eerste versie, voor gebruik in het vergelijkend onderzoek.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Bacteriële endotoxinen",
                            "specification": "≤ K/M, gelijk aan de specificatie in DARE-QC-0004",
                            "method": "rFC met fluorescente eindpuntmeting, Ph. Eur. 2.6.32",
                        },
                        {
                            "parameter": "Standaardcurve",
                            "specification": "Absolute waarde van de correlatiecoëfficiënt ≥ 0,980",
                            "method": "Log-log-regressie",
                        },
                        {
                            "parameter": "Terugvinding positieve productcontrole",
                            "specification": "50–200 %",
                            "method": "Spike met bekende endotoxineconcentratie",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.32",
                                "Test for bacterial endotoxins using recombinant factor C",
                            )
                        },
                        {"qc_method": "DARE-QC-0004"},
                        {"pharmacopoeia": ("Ph. Eur. 2.6.14", "Bacterial endotoxins")},
                    ],
                },
                "en": {
                    "title": "Bacterial endotoxins with recombinant factor C",
                    "summary": (
                        "Determination of bacterial endotoxins without animal-derived lysate, "
                        "using recombinant factor C according to Ph. Eur. 2.6.32; the comparative "
                        "study with the LAL test is ongoing."
                    ),
                    "method_principle": (
                        "<p>Recombinant factor C (rFC) is a biotechnologically produced form of "
                        "factor C, the first enzyme in the clotting cascade of the horseshoe crab. "
                        "Endotoxin activates rFC, which then cleaves a fluorogenic substrate. "
                        "Fluorescence is measured as an end-point and converted to endotoxin "
                        "concentration using a standard curve. Because the rest of the cascade is "
                        "absent, the test does not react to (1→3)-β-D-glucans, which can give "
                        "false-positive results in the LAL test.</p><p>Together with the partners' "
                        "QC laboratories, UIPS compares the method with the kinetic chromogenic "
                        "LAL test (DARE-QC-0004). For each product type, interference, spike "
                        "recovery and agreement with LAL results on split samples are assessed. "
                        "Until this study is complete, the LAL test remains the release method.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0.5 mL, preferably from the same sample as the LAL test "
                        "(split sample).</li><li>Container: endotoxin-free polypropylene "
                        "tube.</li><li>Store at 2–8 °C and test within 24 hours, or freeze at ≤ "
                        "−20 °C and ship on dry ice.</li></ul>"
                    ),
                    "turnaround_time": "2 working days",
                    "change_note": "First version, for use in the comparative study.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Bacterial endotoxins",
                            "specification": (
                                "≤ K/M, identical to the specification in DARE-QC-0004"
                            ),
                            "method": "rFC with fluorescent end-point, Ph. Eur. 2.6.32",
                        },
                        {
                            "parameter": "Standard curve",
                            "specification": (
                                "Absolute value of the correlation coefficient ≥ 0.980"
                            ),
                            "method": "Log-log regression",
                        },
                        {
                            "parameter": "Positive product control recovery",
                            "specification": "50–200 %",
                            "method": "Spike with known endotoxin concentration",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.32",
                                "Test for bacterial endotoxins using recombinant factor C",
                            )
                        },
                        {"qc_method": "DARE-QC-0004"},
                        {"pharmacopoeia": ("Ph. Eur. 2.6.14", "Bacterial endotoxins")},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0006 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0006",
        "centre": "sanquin",
        "quality_attribute": "viability",
        "validation_status": "compendial",
        "pharmacopoeia_reference": "Ph. Eur. 2.7.29",
        "performed_by": ["sanquin", "umcu", "lumc", "erasmus-mc", "amsterdam-umc", "umcg"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2022, 4, 1),
                "next_review_date": date(2024, 4, 1),
                "nl": {
                    "title": "Telling van kernhoudende cellen en viabiliteit",
                    "summary": (
                        "Bepaling van het aantal kernhoudende cellen en het percentage levende "
                        "cellen in celpreparaten volgens Ph. Eur. 2.7.29."
                    ),
                    "method_principle": (
                        "<p>Een goed gemengd monster wordt verdund in trypaanblauw. Levende cellen "
                        "met een intacte celmembraan sluiten de kleurstof uit; dode cellen kleuren "
                        "blauw. Levende en dode cellen worden handmatig in duplo geteld in een "
                        "telkamer. Bij een verschil van meer dan 10 % tussen de twee tellingen "
                        "volgt een derde telling.</p><p>Uit de tellingen worden de concentratie "
                        "levende kernhoudende cellen, het totale aantal levende cellen in het "
                        "product en de viabiliteit (percentage levende cellen) berekend. Het "
                        "resultaat wordt gebruikt voor de dosisberekening en als "
                        "vrijgiftecriterium.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0,2 mL goed gemengde celsuspensie uit het eindproduct "
                        "of de betreffende processtap.</li><li>Container: steriele buis; het "
                        "monster direct na afname mengen.</li><li>Timing: binnen 1 uur tellen; tot "
                        "de telling bij kamertemperatuur bewaren.</li></ul>"
                    ),
                    "turnaround_time": "2 uur",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Viabiliteit",
                            "specification": (
                                "≥ 70 % levende kernhoudende cellen, tenzij de productspecificatie "
                                "anders vermeldt"
                            ),
                            "method": "Kleurstofexclusie",
                        },
                        {
                            "parameter": "Totaal aantal levende kernhoudende cellen",
                            "specification": "Binnen het dosisbereik van de productspecificatie",
                            "method": "Berekend uit concentratie en volume",
                        },
                        {
                            "parameter": "Precisie van de telling",
                            "specification": "Verschil tussen duplotellingen ≤ 10 %",
                            "method": "Handmatige telling in duplo",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.7.29",
                                "Nucleated cell count and viability",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                    ],
                },
                "en": {
                    "title": "Nucleated cell count and viability",
                    "summary": (
                        "Determination of the number of nucleated cells and the percentage of "
                        "viable cells in cell-based preparations according to Ph. Eur. 2.7.29."
                    ),
                    "method_principle": (
                        "<p>A well-mixed sample is diluted in trypan blue. Viable cells with an "
                        "intact cell membrane exclude the dye; dead cells stain blue. Viable and "
                        "dead cells are counted manually in duplicate in a counting chamber. If "
                        "the two counts differ by more than 10 %, a third count is "
                        "performed.</p><p>The counts are used to calculate the concentration of "
                        "viable nucleated cells, the total number of viable cells in the product "
                        "and the viability (percentage of viable cells). The result is used for "
                        "dose calculation and as a release criterion.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0.2 mL of well-mixed cell suspension from the final "
                        "product or the relevant process step.</li><li>Container: sterile tube; "
                        "mix the sample immediately after collection.</li><li>Timing: count within "
                        "1 hour; keep at room temperature until counted.</li></ul>"
                    ),
                    "turnaround_time": "2 hours",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability",
                            "specification": (
                                "≥ 70 % viable nucleated cells, unless the product specification "
                                "states otherwise"
                            ),
                            "method": "Dye exclusion",
                        },
                        {
                            "parameter": "Total viable nucleated cells",
                            "specification": "Within the dose range of the product specification",
                            "method": "Calculated from concentration and volume",
                        },
                        {
                            "parameter": "Count precision",
                            "specification": "Difference between duplicate counts ≤ 10 %",
                            "method": "Manual count in duplicate",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.7.29",
                                "Nucleated cell count and viability",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 5, 15),
                "next_review_date": date(2027, 5, 15),
                "nl": {
                    "change_note": (
                        "Handmatige telling met trypaanblauw vervangen door een geautomatiseerde, "
                        "beeldgebaseerde celteller met acridine-oranje en propidiumjodide (AO/PI). "
                        "AO/PI onderscheidt kernhoudende cellen beter van erytrocyten, trombocyten "
                        "en debris. Trypaanblauw blijft beschikbaar als terugvalmethode."
                    ),
                    "method_principle": (
                        "<p>Het monster wordt gemengd met een oplossing van acridine-oranje (AO) "
                        "en propidiumjodide (PI). AO kleurt het DNA van alle kernhoudende cellen; "
                        "PI dringt alleen door in cellen met een beschadigde membraan. Een "
                        "geautomatiseerde, beeldgebaseerde fluorescentieteller telt levende "
                        "(AO-positieve, PI-negatieve) en dode (PI-positieve) kernhoudende cellen. "
                        "Erytrocyten, trombocyten en debris zonder kern worden niet "
                        "meegeteld.</p><p>Het instrument is gekwalificeerd met gecertificeerde "
                        "telparels en in elke run wordt een controlesuspensie meegenomen. Bij een "
                        "storing wordt de handmatige telling met trypaanblauw als terugvalmethode "
                        "gebruikt. De geschiktheid van de methode is per producttype geverifieerd "
                        "door vergelijking met de handmatige telling.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0,1 mL goed gemengde celsuspensie uit het eindproduct "
                        "of de betreffende processtap.</li><li>Container: steriele buis; het "
                        "monster direct na afname mengen.</li><li>Timing: binnen 1 uur tellen; tot "
                        "de telling bij kamertemperatuur bewaren.</li></ul>"
                    ),
                    "turnaround_time": "1 uur",
                    "acceptance_criteria": [
                        {
                            "parameter": "Viabiliteit",
                            "specification": (
                                "≥ 70 % levende kernhoudende cellen, tenzij de productspecificatie "
                                "anders vermeldt"
                            ),
                            "method": "AO/PI-fluorescentie",
                        },
                        {
                            "parameter": "Totaal aantal levende kernhoudende cellen",
                            "specification": "Binnen het dosisbereik van de productspecificatie",
                            "method": "Berekend uit concentratie en volume",
                        },
                        {
                            "parameter": "Controlesuspensie",
                            "specification": "Binnen ± 15 % van de toegekende concentratie",
                            "method": "Telling van de controlesuspensie in elke run",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Manual counting with trypan blue replaced by an automated, image-based "
                        "cell counter using acridine orange and propidium iodide (AO/PI). AO/PI "
                        "distinguishes nucleated cells better from red blood cells, platelets and "
                        "debris. Trypan blue remains available as a fallback method."
                    ),
                    "method_principle": (
                        "<p>The sample is mixed with a solution of acridine orange (AO) and "
                        "propidium iodide (PI). AO stains the DNA of all nucleated cells; PI only "
                        "enters cells with a damaged membrane. An automated, image-based "
                        "fluorescence counter counts viable (AO-positive, PI-negative) and dead "
                        "(PI-positive) nucleated cells. Red blood cells, platelets and debris "
                        "without a nucleus are not counted.</p><p>The instrument is qualified with "
                        "certified counting beads, and a control suspension is included in every "
                        "run. If the instrument fails, manual counting with trypan blue is used as "
                        "the fallback method. Method suitability has been verified for each "
                        "product type by comparison with the manual count.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 0.1 mL of well-mixed cell suspension from the final "
                        "product or the relevant process step.</li><li>Container: sterile tube; "
                        "mix the sample immediately after collection.</li><li>Timing: count within "
                        "1 hour; keep at room temperature until counted.</li></ul>"
                    ),
                    "turnaround_time": "1 hour",
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability",
                            "specification": (
                                "≥ 70 % viable nucleated cells, unless the product specification "
                                "states otherwise"
                            ),
                            "method": "AO/PI fluorescence",
                        },
                        {
                            "parameter": "Total viable nucleated cells",
                            "specification": "Within the dose range of the product specification",
                            "method": "Calculated from concentration and volume",
                        },
                        {
                            "parameter": "Control suspension",
                            "specification": "Within ± 15 % of the assigned concentration",
                            "method": "Count of the control suspension in every run",
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0007 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0007",
        "centre": "amsterdam-umc",
        "quality_attribute": "identity",
        "validation_status": "validated",
        "pharmacopoeia_reference": "Ph. Eur. 2.7.24",
        "performed_by": ["amsterdam-umc", "umcu", "pmc", "erasmus-mc", "lumc", "nki-avl"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 6, 1),
                "next_review_date": date(2023, 6, 1),
                "nl": {
                    "title": "Identiteit en CAR-expressie van CAR-T-cellen met flowcytometrie",
                    "summary": (
                        "Flowcytometrische bepaling van de T-celidentiteit en het percentage "
                        "CAR-positieve cellen in CAR-T-producten, als vrijgiftetest voor "
                        "identiteit."
                    ),
                    "method_principle": (
                        "<p>Cellen uit het eindproduct worden gekleurd met antilichamen tegen CD45 "
                        "en CD3 en met de levensvatbaarheidskleurstof 7-AAD. De CAR wordt "
                        "aangetoond met een gebiotinyleerd recombinant doelantigeen, gevolgd door "
                        "streptavidine met een fluorochroom. Niet-getransduceerde T-cellen (mock) "
                        "worden gebruikt om de grens voor CAR-positiviteit vast te "
                        "stellen.</p><p>De analyse volgt een vaste gatingstrategie: enkelvoudige "
                        "cellen, levende cellen, CD45-positieve leukocyten, CD3-positieve T-cellen "
                        "en daarbinnen het percentage CAR-positieve cellen. Er worden ten minste "
                        "10 000 levende CD45-positieve events geanalyseerd.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 1 × 10<sup>6</sup> cellen uit het eindproduct, vóór "
                        "cryopreservatie of uit een representatieve cryobuis.</li><li>Container: "
                        "steriele buis.</li><li>Timing: binnen 24 uur kleuren; bewaren bij 2–8 "
                        "°C.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "T-celidentiteit",
                            "specification": "CD3+ ≥ 80 % van de levende CD45+ cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "CAR-expressie",
                            "specification": (
                                "≥ 10 % van de levende CD3+ cellen, of volgens de "
                                "productspecificatie"
                            ),
                            "method": "Flowcytometrie met gelabeld doelantigeen",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "gmp-atmp"},
                    ],
                },
                "en": {
                    "title": "CAR-T identity and CAR expression by flow cytometry",
                    "summary": (
                        "Flow-cytometric determination of T-cell identity and the percentage of "
                        "CAR-positive cells in CAR-T products, as the release test for identity."
                    ),
                    "method_principle": (
                        "<p>Cells from the final product are stained with antibodies against CD45 "
                        "and CD3 and with the viability dye 7-AAD. The CAR is detected with a "
                        "biotinylated recombinant target antigen, followed by "
                        "fluorochrome-labelled streptavidin. Non-transduced T cells (mock) are "
                        "used to set the threshold for CAR positivity.</p><p>Analysis follows a "
                        "fixed gating strategy: single cells, viable cells, CD45-positive "
                        "leukocytes, CD3-positive T cells and, within these, the percentage of "
                        "CAR-positive cells. At least 10,000 viable CD45-positive events are "
                        "analysed.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 1 × 10<sup>6</sup> cells from the final product, before "
                        "cryopreservation or from a representative cryovial.</li><li>Container: "
                        "sterile tube.</li><li>Timing: stain within 24 hours; store at 2–8 "
                        "°C.</li></ul>"
                    ),
                    "turnaround_time": "1 working day",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "T-cell identity",
                            "specification": "CD3+ ≥ 80 % of viable CD45+ cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "CAR expression",
                            "specification": (
                                "≥ 10 % of viable CD3+ cells, or according to the product "
                                "specification"
                            ),
                            "method": "Flow cytometry with labelled target antigen",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "gmp-atmp"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2022, 11, 1),
                "next_review_date": date(2024, 11, 1),
                "nl": {
                    "change_note": (
                        "Panel uitgebreid met CD4 en CD8 om de CD4/CD8-verhouding te rapporteren "
                        "(informatief). CAR-detectie in één stap met direct gelabeld doelantigeen "
                        "in plaats van de tweestapskleuring met streptavidine. Als geen "
                        "niet-getransduceerde cellen beschikbaar zijn, wordt een "
                        "fluorescence-minus-one-controle (FMO) gebruikt."
                    ),
                    "method_principle": (
                        "<p>Cellen uit het eindproduct worden gekleurd met antilichamen tegen "
                        "CD45, CD3, CD4 en CD8 en met de levensvatbaarheidskleurstof 7-AAD. De CAR "
                        "wordt in één stap aangetoond met een direct fluorescent gelabeld "
                        "recombinant doelantigeen. De grens voor CAR-positiviteit wordt "
                        "vastgesteld met niet-getransduceerde T-cellen (mock) of, als die niet "
                        "beschikbaar zijn, met een fluorescence-minus-one-controle (FMO).</p><p>De "
                        "analyse volgt een vaste gatingstrategie: enkelvoudige cellen, levende "
                        "cellen, CD45-positieve leukocyten, CD3-positieve T-cellen en daarbinnen "
                        "het percentage CAR-positieve cellen en de verdeling over CD4- en "
                        "CD8-positieve cellen. Er worden ten minste 10 000 levende CD45-positieve "
                        "events geanalyseerd.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "T-celidentiteit",
                            "specification": "CD3+ ≥ 80 % van de levende CD45+ cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "CAR-expressie",
                            "specification": (
                                "≥ 10 % van de levende CD3+ cellen, of volgens de "
                                "productspecificatie"
                            ),
                            "method": "Flowcytometrie met gelabeld doelantigeen",
                        },
                        {
                            "parameter": "CD4/CD8-verhouding",
                            "specification": "Rapporteren (informatief)",
                            "method": "Flowcytometrie",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Panel extended with CD4 and CD8 to report the CD4/CD8 ratio (for "
                        "information). CAR detection in a single step with directly labelled "
                        "target antigen instead of the two-step staining with streptavidin. If no "
                        "non-transduced cells are available, a fluorescence-minus-one (FMO) "
                        "control is used."
                    ),
                    "method_principle": (
                        "<p>Cells from the final product are stained with antibodies against CD45, "
                        "CD3, CD4 and CD8 and with the viability dye 7-AAD. The CAR is detected in "
                        "a single step with a directly fluorochrome-labelled recombinant target "
                        "antigen. The threshold for CAR positivity is set with non-transduced T "
                        "cells (mock) or, if these are not available, with a "
                        "fluorescence-minus-one (FMO) control.</p><p>Analysis follows a fixed "
                        "gating strategy: single cells, viable cells, CD45-positive leukocytes, "
                        "CD3-positive T cells and, within these, the percentage of CAR-positive "
                        "cells and the distribution over CD4- and CD8-positive cells. At least "
                        "10,000 viable CD45-positive events are analysed.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "T-cell identity",
                            "specification": "CD3+ ≥ 80 % of viable CD45+ cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "CAR expression",
                            "specification": (
                                "≥ 10 % of viable CD3+ cells, or according to the product "
                                "specification"
                            ),
                            "method": "Flow cytometry with labelled target antigen",
                        },
                        {
                            "parameter": "CD4/CD8 ratio",
                            "specification": "Report (for information)",
                            "method": "Flow cytometry",
                        },
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2024, 9, 1),
                "next_review_date": date(2027, 9, 1),
                "nl": {
                    "change_note": (
                        "Methode gevalideerd volgens ICH Q2(R2): specificiteit, herhaalbaarheid, "
                        "intermediaire precisie tussen analisten en instrumenten, en "
                        "bepalingsgrens voor CAR-expressie. Dagelijkse instrumentcontrole met "
                        "kalibratieparels en een ingevroren referentiemonster als "
                        "systeemgeschiktheidscontrole toegevoegd."
                    ),
                    "method_principle": (
                        "<p>Cellen uit het eindproduct worden gekleurd met antilichamen tegen "
                        "CD45, CD3, CD4 en CD8 en met de levensvatbaarheidskleurstof 7-AAD. De CAR "
                        "wordt in één stap aangetoond met een direct fluorescent gelabeld "
                        "recombinant doelantigeen. De grens voor CAR-positiviteit wordt "
                        "vastgesteld met niet-getransduceerde T-cellen (mock) of, als die niet "
                        "beschikbaar zijn, met een fluorescence-minus-one-controle (FMO).</p><p>De "
                        "analyse volgt een vaste gatingstrategie: enkelvoudige cellen, levende "
                        "cellen, CD45-positieve leukocyten, CD3-positieve T-cellen en daarbinnen "
                        "het percentage CAR-positieve cellen en de verdeling over CD4- en "
                        "CD8-positieve cellen. Er worden ten minste 10 000 levende CD45-positieve "
                        "events geanalyseerd.</p><p>De cytometer wordt dagelijks gecontroleerd met "
                        "kalibratieparels volgens Ph. Eur. 2.7.24. In elke run wordt een "
                        "ingevroren referentiemonster van een CAR-T-partij meegekleurd; het "
                        "resultaat wordt in een trendkaart gevolgd. De methode is gevalideerd "
                        "volgens ICH Q2(R2).</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "T-celidentiteit",
                            "specification": "CD3+ ≥ 80 % van de levende CD45+ cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "CAR-expressie",
                            "specification": (
                                "≥ 10 % van de levende CD3+ cellen, of volgens de "
                                "productspecificatie"
                            ),
                            "method": "Flowcytometrie met gelabeld doelantigeen",
                        },
                        {
                            "parameter": "CD4/CD8-verhouding",
                            "specification": "Rapporteren (informatief)",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Systeemgeschiktheid",
                            "specification": (
                                "Percentage CAR+ in het referentiemonster binnen de vastgestelde "
                                "grenzen van de trendkaart"
                            ),
                            "method": "Ingevroren referentiemonster",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-gm-cells-guideline"},
                        {
                            "link": (
                                "ICH Q2(R2) Validatie van analytische procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Method validated according to ICH Q2(R2): specificity, repeatability, "
                        "intermediate precision across analysts and instruments, and quantitation "
                        "limit for CAR expression. Daily instrument check with calibration beads "
                        "and a frozen reference sample as system suitability control added."
                    ),
                    "method_principle": (
                        "<p>Cells from the final product are stained with antibodies against CD45, "
                        "CD3, CD4 and CD8 and with the viability dye 7-AAD. The CAR is detected in "
                        "a single step with a directly fluorochrome-labelled recombinant target "
                        "antigen. The threshold for CAR positivity is set with non-transduced T "
                        "cells (mock) or, if these are not available, with a "
                        "fluorescence-minus-one (FMO) control.</p><p>Analysis follows a fixed "
                        "gating strategy: single cells, viable cells, CD45-positive leukocytes, "
                        "CD3-positive T cells and, within these, the percentage of CAR-positive "
                        "cells and the distribution over CD4- and CD8-positive cells. At least "
                        "10,000 viable CD45-positive events are analysed.</p><p>The cytometer is "
                        "checked daily with calibration beads according to Ph. Eur. 2.7.24. A "
                        "frozen reference sample of a CAR-T batch is stained in every run and its "
                        "result is followed on a trend chart. The method is validated according to "
                        "ICH Q2(R2).</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "T-cell identity",
                            "specification": "CD3+ ≥ 80 % of viable CD45+ cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "CAR expression",
                            "specification": (
                                "≥ 10 % of viable CD3+ cells, or according to the product "
                                "specification"
                            ),
                            "method": "Flow cytometry with labelled target antigen",
                        },
                        {
                            "parameter": "CD4/CD8 ratio",
                            "specification": "Report (for information)",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "System suitability",
                            "specification": (
                                "Percentage CAR+ in the reference sample within the established "
                                "trend chart limits"
                            ),
                            "method": "Frozen reference sample",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-gm-cells-guideline"},
                        {
                            "link": (
                                "ICH Q2(R2) Validation of analytical procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0008 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0008",
        "centre": "pmc",
        "quality_attribute": "purity",
        "validation_status": "validated",
        "pharmacopoeia_reference": "Ph. Eur. 2.7.24",
        "performed_by": ["pmc", "umcu", "amsterdam-umc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 1, 15),
                "next_review_date": date(2028, 1, 15),
                "nl": {
                    "title": "Zuiverheid van T-celsubsets en residuele B-cellen met flowcytometrie",
                    "summary": (
                        "Flowcytometrische bepaling van de celsamenstelling van CAR-T-producten, "
                        "met kwantificering van residuele B-cellen, waaronder mogelijke "
                        "leukemiecellen uit het uitgangsmateriaal."
                    ),
                    "method_principle": (
                        "<p>Bij kinderen met B-cel-leukemie kan het aferesemateriaal leukemische "
                        "B-cellen bevatten. Deze methode bepaalt daarom de samenstelling van het "
                        "eindproduct en kwantificeert residuele B-cellen. Cellen worden gekleurd "
                        "met antilichamen tegen CD45, CD3, CD4, CD8, CD56, CD14 en CD19 en met een "
                        "levensvatbaarheidskleurstof. Omdat CD19 op getransduceerde leukemiecellen "
                        "door binding van de CAR gemaskeerd kan zijn, wordt CD22 als aanvullende "
                        "B-celmarker meegenomen.</p><p>Voor een voldoende lage bepalingsgrens "
                        "worden ten minste 100 000 levende CD45-positieve events verzameld. "
                        "Tijdens de validatie volgens ICH Q2(R2) is de bepalingsgrens voor "
                        "residuele B-cellen vastgesteld op 0,1 % van de levende CD45-positieve "
                        "cellen.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 2 × 10<sup>6</sup> cellen uit het "
                        "eindproduct.</li><li>Container: steriele buis.</li><li>Timing: binnen 24 "
                        "uur kleuren; bewaren bij 2–8 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "T-celzuiverheid",
                            "specification": "CD3+ ≥ 80 % van de levende CD45+ cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Residuele B-cellen",
                            "specification": (
                                "CD19+ en/of CD22+ cellen ≤ 1 % van de levende CD45+ cellen"
                            ),
                            "method": "Flowcytometrie, ≥ 100 000 levende CD45+ events",
                        },
                        {
                            "parameter": "CD4/CD8-verhouding, NK-cellen en monocyten",
                            "specification": "Rapporteren (informatief)",
                            "method": "Flowcytometrie",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0007"},
                    ],
                },
                "en": {
                    "title": "T-cell subset purity and residual B cells by flow cytometry",
                    "summary": (
                        "Flow-cytometric determination of the cellular composition of CAR-T "
                        "products, with quantification of residual B cells, including possible "
                        "leukaemic cells from the starting material."
                    ),
                    "method_principle": (
                        "<p>In children with B-cell leukaemia, the apheresis material may contain "
                        "leukaemic B cells. This method therefore determines the composition of "
                        "the final product and quantifies residual B cells. Cells are stained with "
                        "antibodies against CD45, CD3, CD4, CD8, CD56, CD14 and CD19 and with a "
                        "viability dye. Because CD19 on transduced leukaemic cells may be masked "
                        "by binding of the CAR, CD22 is included as an additional B-cell "
                        "marker.</p><p>To reach a sufficiently low quantitation limit, at least "
                        "100,000 viable CD45-positive events are acquired. During validation "
                        "according to ICH Q2(R2), the quantitation limit for residual B cells was "
                        "established at 0.1 % of viable CD45-positive cells.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 2 × 10<sup>6</sup> cells from the final "
                        "product.</li><li>Container: sterile tube.</li><li>Timing: stain within 24 "
                        "hours; store at 2–8 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 working day",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "T-cell purity",
                            "specification": "CD3+ ≥ 80 % of viable CD45+ cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Residual B cells",
                            "specification": "CD19+ and/or CD22+ cells ≤ 1 % of viable CD45+ cells",
                            "method": "Flow cytometry, ≥ 100,000 viable CD45+ events",
                        },
                        {
                            "parameter": "CD4/CD8 ratio, NK cells and monocytes",
                            "specification": "Report (for information)",
                            "method": "Flow cytometry",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0007"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0009 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0009",
        "centre": "umcu",
        "quality_attribute": "vcn",
        "validation_status": "validated",
        "pharmacopoeia_reference": "",
        "performed_by": ["umcu", "lumc", "erasmus-mc", "amsterdam-umc", "pmc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2021, 10, 1),
                "next_review_date": date(2023, 10, 1),
                "nl": {
                    "title": "Vectorkopieaantal met droplet digital PCR",
                    "summary": (
                        "Bepaling van het gemiddelde aantal geïntegreerde vectorkopieën per cel in "
                        "lentiviraal gemodificeerde celproducten met droplet digital PCR (ddPCR)."
                    ),
                    "method_principle": (
                        "<p>Genomisch DNA wordt geïsoleerd uit cellen van het eindproduct. In een "
                        "duplex-ddPCR worden tegelijk een vectorspecifieke sequentie in het "
                        "verpakkingssignaal van de lentivirale vector en het referentiegen RPP30 "
                        "(twee kopieën per diploïd genoom) gemeten. Het reactiemengsel wordt "
                        "verdeeld over ongeveer 20 000 druppels; na amplificatie wordt het aantal "
                        "positieve druppels geteld en met Poisson-statistiek omgerekend naar "
                        "kopieën per microliter.</p><p>Het vectorkopieaantal (VCN) per cel is 2 × "
                        "(kopieën vector / kopieën RPP30). Omdat niet-geïntegreerd vector-DNA kort "
                        "na de transductie nog aanwezig kan zijn, wordt het monster aan het einde "
                        "van de kweek genomen.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: ≥ 1 × 10<sup>6</sup> cellen uit het eindproduct, als "
                        "droge celpellet.</li><li>Container: DNase-vrije buis.</li><li>Bewaren: "
                        "pellet invriezen bij ≤ −20 °C; DNA-isolatie binnen 1 maand.</li></ul>"
                    ),
                    "turnaround_time": "3 werkdagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Gemiddeld vectorkopieaantal",
                            "specification": "≤ 5 kopieën per cel",
                            "method": "Duplex-ddPCR met RPP30 als referentiegen",
                        },
                        {
                            "parameter": "Positieve controle",
                            "specification": "Binnen ± 30 % van de toegekende waarde",
                            "method": "Referentie-DNA met bekend VCN",
                        },
                        {
                            "parameter": "Controle zonder template",
                            "specification": "Negatief",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "gmp-atmp"},
                    ],
                },
                "en": {
                    "title": "Vector copy number by droplet digital PCR",
                    "summary": (
                        "Determination of the average number of integrated vector copies per cell "
                        "in lentivirally modified cell products by droplet digital PCR (ddPCR)."
                    ),
                    "method_principle": (
                        "<p>Genomic DNA is isolated from cells of the final product. In a duplex "
                        "ddPCR, a vector-specific sequence in the packaging signal of the "
                        "lentiviral vector and the reference gene RPP30 (two copies per diploid "
                        "genome) are measured simultaneously. The reaction mix is partitioned into "
                        "about 20,000 droplets; after amplification, positive droplets are counted "
                        "and converted to copies per microlitre using Poisson "
                        "statistics.</p><p>The vector copy number (VCN) per cell is 2 × (vector "
                        "copies / RPP30 copies). Because non-integrated vector DNA may still be "
                        "present shortly after transduction, the sample is taken at the end of "
                        "culture.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: ≥ 1 × 10<sup>6</sup> cells from the final product, as a "
                        "dry cell pellet.</li><li>Container: DNase-free tube.</li><li>Storage: "
                        "freeze the pellet at ≤ −20 °C; isolate DNA within 1 month.</li></ul>"
                    ),
                    "turnaround_time": "3 working days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Average vector copy number",
                            "specification": "≤ 5 copies per cell",
                            "method": "Duplex ddPCR with RPP30 as reference gene",
                        },
                        {
                            "parameter": "Positive control",
                            "specification": "Within ± 30 % of the assigned value",
                            "method": "Reference DNA with known VCN",
                        },
                        {
                            "parameter": "No-template control",
                            "specification": "Negative",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "gmp-atmp"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "superseded",
                "effective_date": date(2023, 5, 1),
                "next_review_date": date(2025, 5, 1),
                "nl": {
                    "change_note": (
                        "Restrictiedigestie van het genomisch DNA vóór de ddPCR toegevoegd, zodat "
                        "dicht bij elkaar geïntegreerde kopieën over afzonderlijke druppels worden "
                        "verdeeld en de viscositeit van het reactiemengsel afneemt. Minimale "
                        "DNA-input vastgesteld op 20 ng per reactie; ten minste 10 000 "
                        "geaccepteerde druppels per well als geldigheidscriterium."
                    ),
                    "method_principle": (
                        "<p>Genomisch DNA wordt geïsoleerd uit cellen van het eindproduct en "
                        "geknipt met een restrictie-enzym dat niet in de amplicons knipt, zodat "
                        "dicht bij elkaar geïntegreerde kopieën over afzonderlijke druppels worden "
                        "verdeeld. In een duplex-ddPCR worden tegelijk een vectorspecifieke "
                        "sequentie in het verpakkingssignaal van de lentivirale vector en het "
                        "referentiegen RPP30 (twee kopieën per diploïd genoom) gemeten, met ten "
                        "minste 20 ng DNA per reactie. Het reactiemengsel wordt verdeeld over "
                        "ongeveer 20 000 druppels; na amplificatie wordt het aantal positieve "
                        "druppels geteld en met Poisson-statistiek omgerekend naar kopieën per "
                        "microliter.</p><p>Het vectorkopieaantal (VCN) per cel is 2 × (kopieën "
                        "vector / kopieën RPP30). Omdat niet-geïntegreerd vector-DNA kort na de "
                        "transductie nog aanwezig kan zijn, wordt het monster aan het einde van de "
                        "kweek genomen.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Gemiddeld vectorkopieaantal",
                            "specification": "≤ 5 kopieën per cel",
                            "method": "Duplex-ddPCR met RPP30 als referentiegen",
                        },
                        {
                            "parameter": "Positieve controle",
                            "specification": "Binnen ± 30 % van de toegekende waarde",
                            "method": "Referentie-DNA met bekend VCN",
                        },
                        {
                            "parameter": "Controle zonder template",
                            "specification": "Negatief",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Aantal druppels",
                            "specification": "≥ 10 000 geaccepteerde druppels per well",
                            "method": "ddPCR",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Restriction digestion of genomic DNA before ddPCR added, so that closely "
                        "integrated copies are separated into different droplets and the viscosity "
                        "of the reaction mix decreases. Minimum DNA input set at 20 ng per "
                        "reaction; at least 10,000 accepted droplets per well as a validity "
                        "criterion."
                    ),
                    "method_principle": (
                        "<p>Genomic DNA is isolated from cells of the final product and digested "
                        "with a restriction enzyme that does not cut within the amplicons, so that "
                        "closely integrated copies are separated into different droplets. In a "
                        "duplex ddPCR, a vector-specific sequence in the packaging signal of the "
                        "lentiviral vector and the reference gene RPP30 (two copies per diploid "
                        "genome) are measured simultaneously, with at least 20 ng of DNA per "
                        "reaction. The reaction mix is partitioned into about 20,000 droplets; "
                        "after amplification, positive droplets are counted and converted to "
                        "copies per microlitre using Poisson statistics.</p><p>The vector copy "
                        "number (VCN) per cell is 2 × (vector copies / RPP30 copies). Because "
                        "non-integrated vector DNA may still be present shortly after "
                        "transduction, the sample is taken at the end of culture.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Average vector copy number",
                            "specification": "≤ 5 copies per cell",
                            "method": "Duplex ddPCR with RPP30 as reference gene",
                        },
                        {
                            "parameter": "Positive control",
                            "specification": "Within ± 30 % of the assigned value",
                            "method": "Reference DNA with known VCN",
                        },
                        {
                            "parameter": "No-template control",
                            "specification": "Negative",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Droplet count",
                            "specification": "≥ 10,000 accepted droplets per well",
                            "method": "ddPCR",
                        },
                    ],
                },
            },
            {
                "version": 3,
                "status": "effective",
                "effective_date": date(2025, 1, 15),
                "next_review_date": date(2028, 1, 15),
                "nl": {
                    "change_note": (
                        "Validatie volgens ICH Q2(R2) afgerond: juistheid, herhaalbaarheid, "
                        "intermediaire precisie, lineariteit en bereik (0,1–10 kopieën per cel) en "
                        "bepalingsgrens. Acceptatiegrens voor de positieve controle aangescherpt "
                        "tot ± 20 %. Het VCN per getransduceerde cel, berekend met het percentage "
                        "CAR-positieve cellen uit DARE-QC-0007, wordt informatief gerapporteerd."
                    ),
                    "method_principle": (
                        "<p>Genomisch DNA wordt geïsoleerd uit cellen van het eindproduct en "
                        "geknipt met een restrictie-enzym dat niet in de amplicons knipt, zodat "
                        "dicht bij elkaar geïntegreerde kopieën over afzonderlijke druppels worden "
                        "verdeeld. In een duplex-ddPCR worden tegelijk een vectorspecifieke "
                        "sequentie in het verpakkingssignaal van de lentivirale vector en het "
                        "referentiegen RPP30 (twee kopieën per diploïd genoom) gemeten, met ten "
                        "minste 20 ng DNA per reactie. Het reactiemengsel wordt verdeeld over "
                        "ongeveer 20 000 druppels; na amplificatie wordt het aantal positieve "
                        "druppels geteld en met Poisson-statistiek omgerekend naar kopieën per "
                        "microliter.</p><p>Het vectorkopieaantal (VCN) per cel is 2 × (kopieën "
                        "vector / kopieën RPP30). Omdat niet-geïntegreerd vector-DNA kort na de "
                        "transductie nog aanwezig kan zijn, wordt het monster aan het einde van de "
                        "kweek genomen. Het gemiddelde VCN over alle cellen is het "
                        "vrijgifteresultaat; het VCN per getransduceerde cel (VCN gedeeld door de "
                        "fractie CAR-positieve cellen uit DARE-QC-0007) wordt informatief "
                        "gerapporteerd.</p><p>De methode is gevalideerd volgens ICH Q2(R2) in het "
                        "bereik van 0,1 tot 10 kopieën per cel.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Gemiddeld vectorkopieaantal",
                            "specification": "≤ 5 kopieën per cel",
                            "method": "Duplex-ddPCR met RPP30 als referentiegen",
                        },
                        {
                            "parameter": "Positieve controle",
                            "specification": "Binnen ± 20 % van de toegekende waarde",
                            "method": "Referentie-DNA met bekend VCN",
                        },
                        {
                            "parameter": "Controle zonder template",
                            "specification": "Negatief",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Aantal druppels",
                            "specification": "≥ 10 000 geaccepteerde druppels per well",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0007"},
                        {
                            "link": (
                                "ICH Q2(R2) Validatie van analytische procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Validation according to ICH Q2(R2) completed: accuracy, repeatability, "
                        "intermediate precision, linearity and range (0.1–10 copies per cell) and "
                        "quantitation limit. Acceptance limit for the positive control tightened "
                        "to ± 20 %. The VCN per transduced cell, calculated with the percentage of "
                        "CAR-positive cells from DARE-QC-0007, is reported for information."
                    ),
                    "method_principle": (
                        "<p>Genomic DNA is isolated from cells of the final product and digested "
                        "with a restriction enzyme that does not cut within the amplicons, so that "
                        "closely integrated copies are separated into different droplets. In a "
                        "duplex ddPCR, a vector-specific sequence in the packaging signal of the "
                        "lentiviral vector and the reference gene RPP30 (two copies per diploid "
                        "genome) are measured simultaneously, with at least 20 ng of DNA per "
                        "reaction. The reaction mix is partitioned into about 20,000 droplets; "
                        "after amplification, positive droplets are counted and converted to "
                        "copies per microlitre using Poisson statistics.</p><p>The vector copy "
                        "number (VCN) per cell is 2 × (vector copies / RPP30 copies). Because "
                        "non-integrated vector DNA may still be present shortly after "
                        "transduction, the sample is taken at the end of culture. The average VCN "
                        "over all cells is the release result; the VCN per transduced cell (VCN "
                        "divided by the fraction of CAR-positive cells from DARE-QC-0007) is "
                        "reported for information.</p><p>The method is validated according to ICH "
                        "Q2(R2) over the range of 0.1 to 10 copies per cell.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Average vector copy number",
                            "specification": "≤ 5 copies per cell",
                            "method": "Duplex ddPCR with RPP30 as reference gene",
                        },
                        {
                            "parameter": "Positive control",
                            "specification": "Within ± 20 % of the assigned value",
                            "method": "Reference DNA with known VCN",
                        },
                        {
                            "parameter": "No-template control",
                            "specification": "Negative",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Droplet count",
                            "specification": "≥ 10,000 accepted droplets per well",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0007"},
                        {
                            "link": (
                                "ICH Q2(R2) Validation of analytical procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0010 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0010",
        "centre": "lumc",
        "quality_attribute": "rcv",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "Ph. Eur. 5.14",
        "performed_by": ["lumc", "umcu"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 10, 1),
                "next_review_date": date(2027, 10, 1),
                "nl": {
                    "title": "Replicatiecompetent lentivirus (RCL)",
                    "summary": (
                        "Aantonen van de afwezigheid van replicatiecompetent lentivirus in "
                        "lentivirale vectorpartijen en getransduceerde celproducten met een "
                        "amplificatiekweek en gevoelige detectie van "
                        "reverse-transcriptaseactiviteit."
                    ),
                    "method_principle": (
                        "<p>Replicatiecompetent lentivirus (RCL) zou in theorie kunnen ontstaan "
                        "door recombinatie tussen de plasmiden die bij de vectorproductie worden "
                        "gebruikt. Om zeer lage hoeveelheden RCL aan te tonen, wordt het "
                        "testmateriaal geënt op een permissieve T-cellijn en ten minste drie weken "
                        "gekweekt met regelmatige passage, zodat eventueel aanwezig RCL zich kan "
                        "vermenigvuldigen. Aan het einde wordt het kweeksupernatant getest op "
                        "reverse-transcriptaseactiviteit met een PCR-gebaseerde methode "
                        "(product-enhanced reverse transcriptase, PERT).</p><p>Voor "
                        "getransduceerde celproducten wordt daarnaast een qPCR op het "
                        "VSV-G-envelopgen in genomisch DNA uitgevoerd als snelle aanvullende test. "
                        "Een positieve controle volgens het gekwalificeerde testschema toont in "
                        "elke run de gevoeligheid aan. De test wordt uitgevoerd onder het "
                        "inperkingsniveau dat in de GGO-vergunning is vastgelegd.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Vectorpartij: het in het testplan vastgelegde volume, onderbouwd "
                        "met de vereiste gevoeligheid; bewaren bij ≤ −60 °C.</li><li>Celproduct: ≥ "
                        "1 × 10<sup>7</sup> cellen uit het eindproduct of een gereserveerd "
                        "monster, plus een droge celpellet van ≥ 1 × 10<sup>6</sup> cellen voor de "
                        "VSV-G-qPCR.</li><li>Transport op droogijs, met een ingevuld "
                        "begeleidingsformulier.</li></ul>"
                    ),
                    "turnaround_time": "6 weken",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "RCL na amplificatie",
                            "specification": "Niet aangetoond",
                            "method": "PERT op kweeksupernatant na amplificatie",
                        },
                        {
                            "parameter": "VSV-G-DNA in celproduct",
                            "specification": "Niet aangetoond (onder de detectiegrens)",
                            "method": "qPCR",
                        },
                        {
                            "parameter": "Positieve controle",
                            "specification": "Aangetoond in elke run",
                            "method": "PERT",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0021"},
                    ],
                },
                "en": {
                    "title": "Replication-competent lentivirus (RCL)",
                    "summary": (
                        "Demonstrating the absence of replication-competent lentivirus in "
                        "lentiviral vector batches and transduced cell products with an "
                        "amplification culture and sensitive detection of reverse transcriptase "
                        "activity."
                    ),
                    "method_principle": (
                        "<p>Replication-competent lentivirus (RCL) could in theory arise through "
                        "recombination between the plasmids used in vector production. To detect "
                        "very low amounts of RCL, the test material is inoculated onto a "
                        "permissive T-cell line and cultured for at least three weeks with regular "
                        "passaging, so that any RCL present can multiply. At the end, the culture "
                        "supernatant is tested for reverse transcriptase activity with a PCR-based "
                        "method (product-enhanced reverse transcriptase, PERT).</p><p>For "
                        "transduced cell products, a qPCR for the VSV-G envelope gene in genomic "
                        "DNA is also performed as a rapid additional test. A positive control "
                        "according to the qualified test scheme demonstrates sensitivity in every "
                        "run. The test is carried out at the containment level laid down in the "
                        "GMO permit.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Vector batch: the volume laid down in the test plan, justified by "
                        "the required sensitivity; store at ≤ −60 °C.</li><li>Cell product: ≥ 1 × "
                        "10<sup>7</sup> cells from the final product or a retained sample, plus a "
                        "dry cell pellet of ≥ 1 × 10<sup>6</sup> cells for the VSV-G "
                        "qPCR.</li><li>Ship on dry ice, with a completed accompanying "
                        "form.</li></ul>"
                    ),
                    "turnaround_time": "6 weeks",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "RCL after amplification",
                            "specification": "Not detected",
                            "method": "PERT on culture supernatant after amplification",
                        },
                        {
                            "parameter": "VSV-G DNA in cell product",
                            "specification": "Not detected (below the detection limit)",
                            "method": "qPCR",
                        },
                        {
                            "parameter": "Positive control",
                            "specification": "Detected in every run",
                            "method": "PERT",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0021"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0011 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0011",
        "centre": "amsterdam-umc",
        "quality_attribute": "rcv",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "Ph. Eur. 5.14",
        "performed_by": ["amsterdam-umc", "uips"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 3, 1),
                "next_review_date": date(2028, 3, 1),
                "nl": {
                    "title": "Replicatiecompetent AAV (rcAAV)",
                    "summary": (
                        "Detectie van replicatiecompetent AAV in AAV-vectorpartijen door seriële "
                        "passage op permissieve cellen in aanwezigheid van een helperadenovirus, "
                        "gevolgd door qPCR op het rep-gen."
                    ),
                    "method_principle": (
                        "<p>Recombinante AAV-vectoren bevatten geen rep- en cap-genen. Door "
                        "recombinatie tijdens de productie kunnen echter zeldzame deeltjes "
                        "ontstaan die deze genen wel dragen en zich in aanwezigheid van een "
                        "helpervirus kunnen vermenigvuldigen: replicatiecompetent AAV "
                        "(rcAAV).</p><p>Het testmateriaal wordt samen met wildtype-adenovirus als "
                        "helper op permissieve cellen geënt en in drie opeenvolgende passages "
                        "gekweekt. Na elke passage wordt het rep-gen met qPCR gemeten; een toename "
                        "van het rep-signaal over de passages wijst op replicatie. In elke run "
                        "wordt een monster meegenomen waaraan een bekende lage hoeveelheid "
                        "wildtype-AAV is toegevoegd, om de gevoeligheid aan te tonen en remming "
                        "door de vector uit te sluiten.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Hoeveelheid: de in het testplan vastgelegde hoeveelheid "
                        "vectorgenomen (vg), bepaald met DARE-QC-0016.</li><li>Container: cryobuis "
                        "van polypropyleen met lage eiwitbinding.</li><li>Bewaren bij ≤ −60 °C; "
                        "herhaald invriezen en ontdooien vermijden.</li></ul>"
                    ),
                    "turnaround_time": "4 weken",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "rcAAV",
                            "specification": (
                                "Niet aangetoond: geen toename van het rep-signaal over de passages"
                            ),
                            "method": "qPCR op rep na seriële passage",
                        },
                        {
                            "parameter": "Gespikte controle",
                            "specification": "Wildtype-AAV aangetoond",
                            "method": "qPCR op rep",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {"qc_method": "DARE-QC-0016"},
                    ],
                },
                "en": {
                    "title": "Replication-competent AAV (rcAAV)",
                    "summary": (
                        "Detection of replication-competent AAV in AAV vector batches by serial "
                        "passage on permissive cells in the presence of a helper adenovirus, "
                        "followed by qPCR for the rep gene."
                    ),
                    "method_principle": (
                        "<p>Recombinant AAV vectors do not contain the rep and cap genes. However, "
                        "recombination during manufacture can produce rare particles that do carry "
                        "these genes and can multiply in the presence of a helper virus: "
                        "replication-competent AAV (rcAAV).</p><p>The test material is inoculated "
                        "onto permissive cells together with wild-type adenovirus as helper and "
                        "cultured over three successive passages. After each passage the rep gene "
                        "is measured by qPCR; an increase in the rep signal across passages "
                        "indicates replication. Each run includes a sample spiked with a known low "
                        "amount of wild-type AAV, to demonstrate sensitivity and exclude "
                        "inhibition by the vector.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Quantity: the amount of vector genomes (vg) laid down in the test "
                        "plan, determined with DARE-QC-0016.</li><li>Container: "
                        "low-protein-binding polypropylene cryovial.</li><li>Store at ≤ −60 °C; "
                        "avoid repeated freezing and thawing.</li></ul>"
                    ),
                    "turnaround_time": "4 weeks",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "rcAAV",
                            "specification": (
                                "Not detected: no increase in rep signal across passages"
                            ),
                            "method": "qPCR for rep after serial passage",
                        },
                        {
                            "parameter": "Spiked control",
                            "specification": "Wild-type AAV detected",
                            "method": "qPCR for rep",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {"qc_method": "DARE-QC-0016"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0012 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0012",
        "centre": "nki-avl",
        "quality_attribute": "potency",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "",
        "performed_by": ["nki-avl", "umcu", "lumc", "amsterdam-umc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2022, 9, 1),
                "next_review_date": date(2024, 9, 1),
                "nl": {
                    "title": "Potentie: IFN-γ-afgifte na co-cultuur met antigeen",
                    "summary": (
                        "Functionele potentietest voor T-celproducten (CAR-T, TCR-T en TIL) op "
                        "basis van de antigeenspecifieke afgifte van interferon-gamma na "
                        "co-cultuur met doelcellen."
                    ),
                    "method_principle": (
                        "<p>Cellen uit het product worden 24 uur gekweekt met doelcellen die het "
                        "doelantigeen tot expressie brengen en, als specificiteitscontrole, met "
                        "doelcellen zonder dat antigeen, in een vaste verhouding tussen effector- "
                        "en doelcellen. Effectorcellen zonder doelcellen dienen als "
                        "achtergrondcontrole. Voor TIL-producten zonder gedefinieerd antigeen "
                        "wordt stimulatie met anti-CD3 gebruikt; een co-cultuur met autoloog "
                        "tumormateriaal wordt informatief gerapporteerd als dat materiaal "
                        "beschikbaar is.</p><p>De concentratie IFN-γ in het supernatant wordt "
                        "gemeten met een ELISA. De test weerspiegelt het werkingsmechanisme: "
                        "herkenning van het antigeen leidt tot activatie van de T-cel en afgifte "
                        "van cytokinen.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 2 × 10<sup>6</sup> levende cellen uit het eindproduct of "
                        "een representatief tussenproduct.</li><li>Vers product: binnen 24 uur "
                        "testen, bewaren bij kamertemperatuur.</li><li>Ingevroren product: een "
                        "representatieve cryobuis uit dezelfde partij, ontdooid volgens het "
                        "productprotocol.</li></ul>"
                    ),
                    "turnaround_time": "3 werkdagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Antigeenspecifieke IFN-γ-afgifte",
                            "specification": (
                                "Afgifte tegen antigeen-positieve doelcellen hoger dan tegen "
                                "antigeen-negatieve doelcellen"
                            ),
                            "method": "ELISA",
                        },
                        {
                            "parameter": "Achtergrond",
                            "specification": (
                                "IFN-γ van effectorcellen zonder doelcellen rapporteren"
                            ),
                            "method": "ELISA",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
                "en": {
                    "title": "Potency: IFN-γ release after antigen co-culture",
                    "summary": (
                        "Functional potency assay for T-cell products (CAR-T, TCR-T and TIL) based "
                        "on antigen-specific release of interferon-gamma after co-culture with "
                        "target cells."
                    ),
                    "method_principle": (
                        "<p>Cells from the product are cultured for 24 hours with target cells "
                        "expressing the target antigen and, as a specificity control, with target "
                        "cells lacking that antigen, at a fixed effector-to-target ratio. Effector "
                        "cells without target cells serve as the background control. For TIL "
                        "products without a defined antigen, stimulation with anti-CD3 is used; a "
                        "co-culture with autologous tumour material is reported for information "
                        "when such material is available.</p><p>The IFN-γ concentration in the "
                        "supernatant is measured by ELISA. The assay reflects the mechanism of "
                        "action: recognition of the antigen leads to T-cell activation and "
                        "cytokine release.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 2 × 10<sup>6</sup> viable cells from the final product or "
                        "a representative intermediate.</li><li>Fresh product: test within 24 "
                        "hours, store at room temperature.</li><li>Frozen product: a "
                        "representative cryovial from the same batch, thawed according to the "
                        "product protocol.</li></ul>"
                    ),
                    "turnaround_time": "3 working days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Antigen-specific IFN-γ release",
                            "specification": (
                                "Release against antigen-positive target cells higher than against "
                                "antigen-negative target cells"
                            ),
                            "method": "ELISA",
                        },
                        {
                            "parameter": "Background",
                            "specification": (
                                "Report IFN-γ from effector cells without target cells"
                            ),
                            "method": "ELISA",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 10, 15),
                "next_review_date": date(2027, 10, 15),
                "nl": {
                    "change_note": (
                        "Ingevroren referentiepartij van T-cellen toegevoegd als assaycontrole met "
                        "trendanalyse; specificatie uitgedrukt als verhouding tussen de afgifte "
                        "tegen antigeen-positieve en antigeen-negatieve doelcellen. Kwalificatie "
                        "volgens de principes van ICH Q2(R2) (herhaalbaarheid en intermediaire "
                        "precisie) afgerond; volledige validatie volgt vóór gebruik in een late "
                        "klinische fase."
                    ),
                    "method_principle": (
                        "<p>Cellen uit het product worden 24 uur gekweekt met doelcellen die het "
                        "doelantigeen tot expressie brengen en, als specificiteitscontrole, met "
                        "doelcellen zonder dat antigeen, in een vaste verhouding tussen effector- "
                        "en doelcellen. Effectorcellen zonder doelcellen dienen als "
                        "achtergrondcontrole. Voor TIL-producten zonder gedefinieerd antigeen "
                        "wordt stimulatie met anti-CD3 gebruikt; een co-cultuur met autoloog "
                        "tumormateriaal wordt informatief gerapporteerd als dat materiaal "
                        "beschikbaar is.</p><p>De concentratie IFN-γ in het supernatant wordt "
                        "gemeten met een ELISA. In elke run wordt een ingevroren referentiepartij "
                        "van T-cellen meegenomen, waarvan het resultaat in een trendkaart wordt "
                        "gevolgd. De test weerspiegelt het werkingsmechanisme: herkenning van het "
                        "antigeen leidt tot activatie van de T-cel en afgifte van "
                        "cytokinen.</p><p>De methode is gekwalificeerd volgens de principes van "
                        "ICH Q2(R2); volledige validatie volgt vóór gebruik in een late klinische "
                        "fase.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Antigeenspecifieke IFN-γ-afgifte",
                            "specification": (
                                "≥ 3 keer de afgifte tegen antigeen-negatieve doelcellen"
                            ),
                            "method": "ELISA",
                        },
                        {
                            "parameter": "Achtergrond",
                            "specification": (
                                "IFN-γ van effectorcellen zonder doelcellen rapporteren"
                            ),
                            "method": "ELISA",
                        },
                        {
                            "parameter": "Referentiepartij",
                            "specification": "Binnen de vastgestelde grenzen van de trendkaart",
                            "method": "ELISA",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {
                            "link": (
                                "ICH Q2(R2) Validatie van analytische procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Frozen reference batch of T cells added as assay control with trend "
                        "analysis; specification expressed as the ratio between release against "
                        "antigen-positive and antigen-negative target cells. Qualification "
                        "according to the principles of ICH Q2(R2) (repeatability and intermediate "
                        "precision) completed; full validation will follow before use in a late "
                        "clinical phase."
                    ),
                    "method_principle": (
                        "<p>Cells from the product are cultured for 24 hours with target cells "
                        "expressing the target antigen and, as a specificity control, with target "
                        "cells lacking that antigen, at a fixed effector-to-target ratio. Effector "
                        "cells without target cells serve as the background control. For TIL "
                        "products without a defined antigen, stimulation with anti-CD3 is used; a "
                        "co-culture with autologous tumour material is reported for information "
                        "when such material is available.</p><p>The IFN-γ concentration in the "
                        "supernatant is measured by ELISA. Each run includes a frozen reference "
                        "batch of T cells, whose result is followed on a trend chart. The assay "
                        "reflects the mechanism of action: recognition of the antigen leads to "
                        "T-cell activation and cytokine release.</p><p>The method is qualified "
                        "according to the principles of ICH Q2(R2); full validation will follow "
                        "before use in a late clinical phase.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Antigen-specific IFN-γ release",
                            "specification": (
                                "≥ 3 times the release against antigen-negative target cells"
                            ),
                            "method": "ELISA",
                        },
                        {
                            "parameter": "Background",
                            "specification": (
                                "Report IFN-γ from effector cells without target cells"
                            ),
                            "method": "ELISA",
                        },
                        {
                            "parameter": "Reference batch",
                            "specification": "Within the established trend chart limits",
                            "method": "ELISA",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {
                            "link": (
                                "ICH Q2(R2) Validation of analytical procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0013 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0013",
        "centre": "erasmus-mc",
        "quality_attribute": "potency",
        "validation_status": "in-validation",
        "pharmacopoeia_reference": "",
        "performed_by": ["erasmus-mc", "umcu", "pmc", "radboudumc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2026, 3, 1),
                "next_review_date": date(2028, 3, 1),
                "nl": {
                    "title": "Potentie: flowcytometrische cytotoxiciteit",
                    "summary": (
                        "Meting van het doden van doelcellen door CAR-T- of NK-celproducten met "
                        "flowcytometrie, als aanvulling op de IFN-γ-afgiftetest."
                    ),
                    "method_principle": (
                        "<p>Doelcellen worden gelabeld met een fluorescente celkleurstof en "
                        "gedurende een vaste tijd gekweekt met effectorcellen uit het product in "
                        "meerdere verhoudingen tussen effector- en doelcellen (bijvoorbeeld 1:1, "
                        "3:1 en 10:1), en als controle zonder effectorcellen. Na de co-cultuur "
                        "worden een levensvatbaarheidskleurstof en telparels toegevoegd en wordt "
                        "het absolute aantal overlevende, gelabelde doelcellen met flowcytometrie "
                        "bepaald. De co-cultuur duurt 4 uur voor NK-cellen en 24 uur voor "
                        "CAR-T-cellen.</p><p>De specifieke lysis (%) is 100 × (1 − overlevende "
                        "doelcellen met effectorcellen / overlevende doelcellen zonder "
                        "effectorcellen). Antigeen-negatieve doelcellen dienen als "
                        "specificiteitscontrole. De methode is in validatie volgens ICH Q2(R2); "
                        "tot die is afgerond, zijn de grenswaarden voorlopig en wordt het "
                        "resultaat naast DARE-QC-0012 gerapporteerd.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 3 × 10<sup>6</sup> levende cellen uit het "
                        "eindproduct.</li><li>Vers product: binnen 24 uur testen; ingevroren "
                        "product: een representatieve cryobuis uit dezelfde "
                        "partij.</li><li>Doelcellen worden door het testlaboratorium uit een "
                        "gekarakteriseerde celbank geleverd.</li></ul>"
                    ),
                    "turnaround_time": "2 werkdagen",
                    "change_note": "Eerste versie, voor gebruik tijdens de validatie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Specifieke lysis",
                            "specification": (
                                "≥ 20 % bij een effector-doelcelverhouding van 10:1 (voorlopig)"
                            ),
                            "method": "Flowcytometrie met telparels",
                        },
                        {
                            "parameter": "Spontane sterfte van doelcellen",
                            "specification": "≤ 20 % in de controle zonder effectorcellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Antigeen-negatieve doelcellen",
                            "specification": (
                                "Specifieke lysis rapporteren (specificiteitscontrole)"
                            ),
                            "method": "Flowcytometrie",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0012"},
                        {
                            "link": (
                                "ICH Q2(R2) Validatie van analytische procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
                "en": {
                    "title": "Potency: flow-cytometric cytotoxicity",
                    "summary": (
                        "Measurement of target-cell killing by CAR-T or NK cell products using "
                        "flow cytometry, complementing the IFN-γ release assay."
                    ),
                    "method_principle": (
                        "<p>Target cells are labelled with a fluorescent cell dye and cultured for "
                        "a fixed time with effector cells from the product at several "
                        "effector-to-target ratios (for example 1:1, 3:1 and 10:1), and without "
                        "effector cells as a control. After co-culture, a viability dye and "
                        "counting beads are added and the absolute number of surviving labelled "
                        "target cells is determined by flow cytometry. Co-culture lasts 4 hours "
                        "for NK cells and 24 hours for CAR-T cells.</p><p>Specific lysis (%) is "
                        "100 × (1 − surviving target cells with effector cells / surviving target "
                        "cells without effector cells). Antigen-negative target cells serve as a "
                        "specificity control. The method is being validated according to ICH "
                        "Q2(R2); until validation is complete, the limits are provisional and the "
                        "result is reported alongside DARE-QC-0012.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 3 × 10<sup>6</sup> viable cells from the final "
                        "product.</li><li>Fresh product: test within 24 hours; frozen product: a "
                        "representative cryovial from the same batch.</li><li>Target cells are "
                        "supplied by the testing laboratory from a characterised cell "
                        "bank.</li></ul>"
                    ),
                    "turnaround_time": "2 working days",
                    "change_note": "First version, for use during validation.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Specific lysis",
                            "specification": (
                                "≥ 20 % at an effector-to-target ratio of 10:1 (provisional)"
                            ),
                            "method": "Flow cytometry with counting beads",
                        },
                        {
                            "parameter": "Spontaneous target-cell death",
                            "specification": "≤ 20 % in the control without effector cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Antigen-negative target cells",
                            "specification": "Report specific lysis (specificity control)",
                            "method": "Flow cytometry",
                        },
                    ],
                    "references": [
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0012"},
                        {
                            "link": (
                                "ICH Q2(R2) Validation of analytical procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0014 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0014",
        "centre": "lumc",
        "quality_attribute": "identity",
        "validation_status": "validated",
        "pharmacopoeia_reference": "Ph. Eur. 2.7.24",
        "performed_by": ["lumc", "umcu", "mumc", "sanquin"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 2, 1),
                "next_review_date": date(2027, 2, 1),
                "nl": {
                    "title": "Identiteit van MSC's met het ISCT-markerpanel",
                    "summary": (
                        "Flowcytometrische identiteitstest voor mesenchymale stromale cellen "
                        "(MSC's) op basis van de minimale criteria van de International Society "
                        "for Cell & Gene Therapy (ISCT)."
                    ),
                    "method_principle": (
                        "<p>MSC's worden gekleurd met antilichamen tegen de positieve markers "
                        "CD73, CD90 en CD105 en tegen de negatieve markers CD45, CD34, CD14, CD19 "
                        "en HLA-DR, samen met een levensvatbaarheidskleurstof. Het percentage "
                        "positieve cellen wordt bepaald binnen de levende, enkelvoudige cellen; "
                        "fluorescence-minus-one-controles bepalen de grenzen.</p><p>Het panel "
                        "volgt de minimale criteria die de ISCT in 2006 voor MSC's heeft "
                        "voorgesteld. De methode is gevalideerd volgens de principes van ICH "
                        "Q2(R2) voor specificiteit, precisie en robuustheid, waaronder de invloed "
                        "van de oogstmethode (enzymatisch losmaken) op de expressie van de "
                        "markers.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 1 × 10<sup>6</sup> cellen uit het geoogste eindproduct, "
                        "vóór cryopreservatie.</li><li>Container: steriele buis met kweekmedium of "
                        "buffer met albumine.</li><li>Timing: binnen 4 uur kleuren; bewaren bij "
                        "2–8 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Positieve markers",
                            "specification": "CD73, CD90 en CD105 elk ≥ 95 % van de levende cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Negatieve markers",
                            "specification": (
                                "CD45, CD34, CD14, CD19 en HLA-DR elk ≤ 2 % van de levende cellen"
                            ),
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Viabiliteit in de analyse",
                            "specification": "≥ 70 % levende cellen",
                            "method": "Levensvatbaarheidskleurstof",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {
                            "link": (
                                (
                                    "Dominici et al. (2006), Minimal criteria for defining "
                                    "multipotent mesenchymal stromal cells, Cytotherapy"
                                ),
                                "https://doi.org/10.1080/14653240600855905",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                    ],
                },
                "en": {
                    "title": "MSC identity by ISCT marker panel",
                    "summary": (
                        "Flow-cytometric identity test for mesenchymal stromal cells (MSCs) based "
                        "on the minimal criteria of the International Society for Cell & Gene "
                        "Therapy (ISCT)."
                    ),
                    "method_principle": (
                        "<p>MSCs are stained with antibodies against the positive markers CD73, "
                        "CD90 and CD105 and against the negative markers CD45, CD34, CD14, CD19 "
                        "and HLA-DR, together with a viability dye. The percentage of positive "
                        "cells is determined within viable single cells; fluorescence-minus-one "
                        "controls set the thresholds.</p><p>The panel follows the minimal criteria "
                        "proposed by the ISCT for MSCs in 2006. The method is validated according "
                        "to the principles of ICH Q2(R2) for specificity, precision and "
                        "robustness, including the effect of the harvesting method (enzymatic "
                        "detachment) on marker expression.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 1 × 10<sup>6</sup> cells from the harvested final "
                        "product, before cryopreservation.</li><li>Container: sterile tube with "
                        "culture medium or buffer containing albumin.</li><li>Timing: stain within "
                        "4 hours; store at 2–8 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 working day",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Positive markers",
                            "specification": "CD73, CD90 and CD105 each ≥ 95 % of viable cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Negative markers",
                            "specification": (
                                "CD45, CD34, CD14, CD19 and HLA-DR each ≤ 2 % of viable cells"
                            ),
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Viability in the analysis",
                            "specification": "≥ 70 % viable cells",
                            "method": "Viability dye",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {
                            "link": (
                                (
                                    "Dominici et al. (2006), Minimal criteria for defining "
                                    "multipotent mesenchymal stromal cells, Cytotherapy"
                                ),
                                "https://doi.org/10.1080/14653240600855905",
                            )
                        },
                        {"regulation": "gmp-atmp"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0015 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0015",
        "centre": "lumc",
        "quality_attribute": "potency",
        "validation_status": "not-validated",
        "pharmacopoeia_reference": "",
        "performed_by": ["lumc", "umcu"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 9, 1),
                "next_review_date": date(2027, 9, 1),
                "nl": {
                    "title": "Potentie van MSC's: remming van T-celproliferatie",
                    "summary": (
                        "Functionele karakterisering van de immunomodulerende werking van MSC's "
                        "door de remming van de proliferatie van gestimuleerde T-cellen te meten."
                    ),
                    "method_principle": (
                        "<p>Mononucleaire cellen uit perifeer bloed (PBMC) van gezonde donoren "
                        "worden gelabeld met een proliferatiekleurstof en gestimuleerd met "
                        "antilichamen tegen CD3 en CD28. De PBMC worden gekweekt zonder MSC's en "
                        "met MSC's uit het product in verschillende verhoudingen (MSC:PBMC 1:5, "
                        "1:10 en 1:20). Na 4 tot 5 dagen wordt met flowcytometrie het percentage "
                        "gedeelde CD3-positieve T-cellen bepaald.</p><p>De remming wordt "
                        "uitgedrukt als percentage ten opzichte van gestimuleerde PBMC zonder "
                        "MSC's; de dosis-responsrelatie wordt gerapporteerd. Om variatie tussen "
                        "donoren te beperken, wordt een ingevroren pool van PBMC gebruikt. De test "
                        "is niet gevalideerd en dient voor karakterisering en "
                        "vergelijkbaarheidsonderzoek, niet voor vrijgifte.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 1 × 10<sup>6</sup> MSC's uit het eindproduct of een "
                        "representatieve cryobuis.</li><li>Ingevroren monsters ontdooien volgens "
                        "het productprotocol en de viabiliteit na ontdooien vastleggen.</li></ul>"
                    ),
                    "turnaround_time": "7 dagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Remming van T-celproliferatie",
                            "specification": "Rapporteren (informatief), inclusief dosis-respons",
                            "method": "Flowcytometrie met proliferatiekleurstof",
                        },
                        {
                            "parameter": "Geldigheid: gestimuleerde PBMC zonder MSC's",
                            "specification": "≥ 50 % gedeelde CD3+ cellen",
                            "method": "Flowcytometrie",
                        },
                    ],
                    "references": [
                        {"qc_method": "DARE-QC-0014"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
                "en": {
                    "title": "MSC potency: inhibition of T-cell proliferation",
                    "summary": (
                        "Functional characterisation of the immunomodulatory activity of MSCs by "
                        "measuring inhibition of the proliferation of stimulated T cells."
                    ),
                    "method_principle": (
                        "<p>Peripheral blood mononuclear cells (PBMCs) from healthy donors are "
                        "labelled with a proliferation dye and stimulated with antibodies against "
                        "CD3 and CD28. The PBMCs are cultured without MSCs and with MSCs from the "
                        "product at different ratios (MSC:PBMC 1:5, 1:10 and 1:20). After 4 to 5 "
                        "days, the percentage of divided CD3-positive T cells is determined by "
                        "flow cytometry.</p><p>Inhibition is expressed as a percentage relative to "
                        "stimulated PBMCs without MSCs; the dose-response relationship is "
                        "reported. To limit donor-to-donor variation, a frozen pool of PBMCs is "
                        "used. The assay is not validated and serves characterisation and "
                        "comparability studies, not release.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 1 × 10<sup>6</sup> MSCs from the final product or a "
                        "representative cryovial.</li><li>Thaw frozen samples according to the "
                        "product protocol and record post-thaw viability.</li></ul>"
                    ),
                    "turnaround_time": "7 days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Inhibition of T-cell proliferation",
                            "specification": "Report (for information), including dose-response",
                            "method": "Flow cytometry with proliferation dye",
                        },
                        {
                            "parameter": "Validity: stimulated PBMCs without MSCs",
                            "specification": "≥ 50 % divided CD3+ cells",
                            "method": "Flow cytometry",
                        },
                    ],
                    "references": [
                        {"qc_method": "DARE-QC-0014"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0016 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0016",
        "centre": "amsterdam-umc",
        "quality_attribute": "vector-titre",
        "validation_status": "validated",
        "pharmacopoeia_reference": "",
        "performed_by": ["amsterdam-umc", "uips"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2022, 2, 1),
                "next_review_date": date(2024, 2, 1),
                "nl": {
                    "title": "Titer van AAV-vectorgenomen met ddPCR",
                    "summary": (
                        "Absolute kwantificering van verpakte AAV-vectorgenomen (vg/mL) met "
                        "droplet digital PCR, voor dosering en vrijgifte van AAV-vectorpartijen."
                    ),
                    "method_principle": (
                        "<p>Het monster wordt behandeld met DNase I om DNA buiten de capside te "
                        "verwijderen. Daarna worden de capsiden gelyseerd door verhitting in "
                        "aanwezigheid van proteïnase K, waardoor de vectorgenomen vrijkomen. Na "
                        "een verdunningsreeks wordt het aantal kopieën met ddPCR absoluut "
                        "gekwantificeerd, zonder standaardcurve, met primers en probe gericht op "
                        "de inverted terminal repeat (ITR).</p><p>De titer wordt uitgedrukt in "
                        "vectorgenomen per milliliter (vg/mL), als gemiddelde van ten minste twee "
                        "verdunningen binnen het lineaire bereik.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 50 µL van de vectorpartij (werkzame stof of "
                        "eindproduct).</li><li>Container: polypropyleen buis met lage "
                        "eiwitbinding.</li><li>Bewaren bij ≤ −60 °C; ten hoogste één "
                        "vries-dooicyclus.</li></ul>"
                    ),
                    "turnaround_time": "2 werkdagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Vectorgenoomtiter",
                            "specification": "Binnen de productspecificatie (vg/mL)",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Overeenstemming tussen verdunningen",
                            "specification": "Variatiecoëfficiënt ≤ 20 %",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Aantal druppels",
                            "specification": "≥ 10 000 geaccepteerde druppels per well",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
                "en": {
                    "title": "AAV vector genome titre by ddPCR",
                    "summary": (
                        "Absolute quantification of packaged AAV vector genomes (vg/mL) by droplet "
                        "digital PCR, for dosing and release of AAV vector batches."
                    ),
                    "method_principle": (
                        "<p>The sample is treated with DNase I to remove DNA outside the capsid. "
                        "The capsids are then lysed by heating in the presence of proteinase K, "
                        "releasing the vector genomes. After a dilution series, copies are "
                        "quantified absolutely by ddPCR, without a standard curve, using primers "
                        "and a probe targeting the inverted terminal repeat (ITR).</p><p>The titre "
                        "is expressed in vector genomes per millilitre (vg/mL), as the mean of at "
                        "least two dilutions within the linear range.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 50 µL of the vector batch (drug substance or final "
                        "product).</li><li>Container: low-protein-binding polypropylene "
                        "tube.</li><li>Store at ≤ −60 °C; no more than one freeze-thaw "
                        "cycle.</li></ul>"
                    ),
                    "turnaround_time": "2 working days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Vector genome titre",
                            "specification": "Within the product specification (vg/mL)",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Agreement between dilutions",
                            "specification": "Coefficient of variation ≤ 20 %",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Droplet count",
                            "specification": "≥ 10,000 accepted droplets per well",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2024, 4, 15),
                "next_review_date": date(2027, 4, 15),
                "nl": {
                    "change_note": (
                        "Amplicon verplaatst van de ITR naar een sequentie in de expressiecassette "
                        "(het polyadenyleringssignaal), omdat de haarspeldstructuur van de ITR tot "
                        "variabele amplificatie leidde. De methode is opnieuw gevalideerd volgens "
                        "ICH Q2(R2) en een interne referentiepartij is als "
                        "systeemgeschiktheidscontrole toegevoegd."
                    ),
                    "method_principle": (
                        "<p>Het monster wordt behandeld met DNase I om DNA buiten de capside te "
                        "verwijderen. Daarna worden de capsiden gelyseerd door verhitting in "
                        "aanwezigheid van proteïnase K, waardoor de vectorgenomen vrijkomen. Na "
                        "een verdunningsreeks wordt het aantal kopieën met ddPCR absoluut "
                        "gekwantificeerd, zonder standaardcurve, met primers en probe gericht op "
                        "het polyadenyleringssignaal in de expressiecassette. Dit amplicon wordt "
                        "niet beïnvloed door de haarspeldstructuur van de ITR.</p><p>De titer "
                        "wordt uitgedrukt in vectorgenomen per milliliter (vg/mL), als gemiddelde "
                        "van ten minste twee verdunningen binnen het lineaire bereik. In elke run "
                        "wordt een interne referentiepartij met toegekende titer meegenomen. De "
                        "methode is gevalideerd volgens ICH Q2(R2).</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Vectorgenoomtiter",
                            "specification": "Binnen de productspecificatie (vg/mL)",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Overeenstemming tussen verdunningen",
                            "specification": "Variatiecoëfficiënt ≤ 20 %",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Aantal druppels",
                            "specification": "≥ 10 000 geaccepteerde druppels per well",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Interne referentiepartij",
                            "specification": "Binnen ± 25 % van de toegekende titer",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {
                            "link": (
                                "ICH Q2(R2) Validatie van analytische procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Amplicon moved from the ITR to a sequence in the expression cassette (the "
                        "polyadenylation signal), because the hairpin structure of the ITR caused "
                        "variable amplification. The method has been revalidated according to ICH "
                        "Q2(R2) and an in-house reference batch has been added as a system "
                        "suitability control."
                    ),
                    "method_principle": (
                        "<p>The sample is treated with DNase I to remove DNA outside the capsid. "
                        "The capsids are then lysed by heating in the presence of proteinase K, "
                        "releasing the vector genomes. After a dilution series, copies are "
                        "quantified absolutely by ddPCR, without a standard curve, using primers "
                        "and a probe targeting the polyadenylation signal in the expression "
                        "cassette. This amplicon is not affected by the hairpin structure of the "
                        "ITR.</p><p>The titre is expressed in vector genomes per millilitre "
                        "(vg/mL), as the mean of at least two dilutions within the linear range. "
                        "Each run includes an in-house reference batch with an assigned titre. The "
                        "method is validated according to ICH Q2(R2).</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Vector genome titre",
                            "specification": "Within the product specification (vg/mL)",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Agreement between dilutions",
                            "specification": "Coefficient of variation ≤ 20 %",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "Droplet count",
                            "specification": "≥ 10,000 accepted droplets per well",
                            "method": "ddPCR",
                        },
                        {
                            "parameter": "In-house reference batch",
                            "specification": "Within ± 25 % of the assigned titre",
                            "method": "ddPCR",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {
                            "link": (
                                "ICH Q2(R2) Validation of analytical procedures (EMA)",
                                "https://www.ema.europa.eu/en/ich-q2r2-validation-analytical-procedures-scientific-guideline",
                            )
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0017 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0017",
        "centre": "uips",
        "quality_attribute": "purity",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "",
        "performed_by": ["uips", "amsterdam-umc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 6, 1),
                "next_review_date": date(2028, 6, 1),
                "nl": {
                    "title": "Verhouding tussen lege en volle AAV-capsiden",
                    "summary": (
                        "Bepaling van het aandeel volle capsiden in AAV-vectorpartijen met twee "
                        "orthogonale methoden: de verhouding tussen vectorgenomen en capsiden, en "
                        "analytische ultracentrifugatie."
                    ),
                    "method_principle": (
                        "<p>Lege en gedeeltelijk gevulde capsiden dragen niet bij aan de "
                        "werkzaamheid, maar wel aan de hoeveelheid toegediend eiwit en mogelijk "
                        "aan de immuunrespons. Het percentage volle capsiden wordt op twee "
                        "manieren bepaald. De eerste is de verhouding tussen de vectorgenoomtiter "
                        "(DARE-QC-0016) en de totale capsidetiter, gemeten met een "
                        "serotypespecifieke capside-ELISA.</p><p>De tweede is analytische "
                        "ultracentrifugatie (sedimentatiesnelheid), die lege, gedeeltelijk gevulde "
                        "en volle capsiden op basis van hun sedimentatiecoëfficiënt scheidt en als "
                        "orthogonale referentiemethode dient. In de kwalificatie, gecoördineerd "
                        "door UIPS, worden beide methoden vergeleken op partijen van verschillende "
                        "serotypen.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 100 µL voor ELISA en ddPCR; voor analytische "
                        "ultracentrifugatie een groter volume met voldoende concentratie, af te "
                        "stemmen met het laboratorium.</li><li>Container: polypropyleen buis met "
                        "lage eiwitbinding.</li><li>Bewaren bij ≤ −60 °C; ten hoogste één "
                        "vries-dooicyclus.</li></ul>"
                    ),
                    "turnaround_time": "10 werkdagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Percentage volle capsiden",
                            "specification": (
                                "Rapporteren; specificatie per product vast te stellen"
                            ),
                            "method": "ELISA met ddPCR, en analytische ultracentrifugatie",
                        },
                        {
                            "parameter": "Overeenstemming tussen de methoden",
                            "specification": "Verschil ≤ 15 procentpunten (kwalificatiecriterium)",
                            "method": (
                                "Vergelijking van ELISA/ddPCR met analytische ultracentrifugatie"
                            ),
                        },
                    ],
                    "references": [
                        {"qc_method": "DARE-QC-0016"},
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
                "en": {
                    "title": "AAV empty/full capsid ratio",
                    "summary": (
                        "Determination of the proportion of full capsids in AAV vector batches "
                        "using two orthogonal methods: the ratio of vector genomes to capsids, and "
                        "analytical ultracentrifugation."
                    ),
                    "method_principle": (
                        "<p>Empty and partially filled capsids do not contribute to efficacy, but "
                        "they do add to the amount of protein administered and possibly to the "
                        "immune response. The percentage of full capsids is determined in two "
                        "ways. The first is the ratio between the vector genome titre "
                        "(DARE-QC-0016) and the total capsid titre, measured with a "
                        "serotype-specific capsid ELISA.</p><p>The second is analytical "
                        "ultracentrifugation (sedimentation velocity), which separates empty, "
                        "partially filled and full capsids by their sedimentation coefficient and "
                        "serves as the orthogonal reference method. In the qualification, "
                        "coordinated by UIPS, both methods are compared on batches of different "
                        "serotypes.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 100 µL for ELISA and ddPCR; for analytical "
                        "ultracentrifugation a larger volume at sufficient concentration, to be "
                        "agreed with the laboratory.</li><li>Container: low-protein-binding "
                        "polypropylene tube.</li><li>Store at ≤ −60 °C; no more than one "
                        "freeze-thaw cycle.</li></ul>"
                    ),
                    "turnaround_time": "10 working days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Percentage of full capsids",
                            "specification": "Report; specification to be set per product",
                            "method": "ELISA with ddPCR, and analytical ultracentrifugation",
                        },
                        {
                            "parameter": "Agreement between methods",
                            "specification": (
                                "Difference ≤ 15 percentage points (qualification criterion)"
                            ),
                            "method": (
                                "Comparison of ELISA/ddPCR with analytical ultracentrifugation"
                            ),
                        },
                    ],
                    "references": [
                        {"qc_method": "DARE-QC-0016"},
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0018 (Dutch only) ----------------------------------------------------------
    {
        "identifier": "DARE-QC-0018",
        "centre": "sanquin",
        "quality_attribute": "purity",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "",
        "performed_by": ["sanquin", "umcu", "amsterdam-umc", "lumc"],
        "languages": ["nl"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 11, 1),
                "next_review_date": date(2027, 11, 1),
                "nl": {
                    "title": "Residuele CD3/CD28-activatiebeads",
                    "summary": (
                        "Telling van achtergebleven magnetische activatiebeads in T-celproducten "
                        "na de verwijderingsstap, als controle op een procesgerelateerde "
                        "onzuiverheid."
                    ),
                    "method_principle": (
                        "<p>Bij de productie van veel T-celproducten worden de cellen geactiveerd "
                        "met magnetische beads met antilichamen tegen CD3 en CD28. Vóór de "
                        "formulering worden de beads met een magneet verwijderd. Deze methode telt "
                        "de beads die na die stap in het product achterblijven.</p><p>Een "
                        "afgemeten volume van het product wordt behandeld met een lysisbuffer die "
                        "de cellen oplost maar de beads intact laat. De beads worden "
                        "geconcentreerd en microscopisch geteld in een telkamer. Het resultaat "
                        "wordt omgerekend naar het aantal beads per aantal levende cellen, met de "
                        "celtelling uit DARE-QC-0006. De kwalificatie omvatte de terugvinding van "
                        "gespikte beads en de herhaalbaarheid bij lage aantallen.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: een hoeveelheid eindproduct die overeenkomt met ten "
                        "minste 3 × 10<sup>6</sup> levende cellen, genomen na de verwijdering van "
                        "de beads.</li><li>Container: steriele buis.</li><li>Bewaren bij 2–8 °C en "
                        "binnen 48 uur tellen.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Residuele beads",
                            "specification": (
                                "≤ 100 beads per 3 × 10⁶ levende cellen, of volgens de "
                                "productspecificatie"
                            ),
                            "method": "Microscopische telling na cellysis",
                        },
                        {
                            "parameter": "Terugvinding gespikte controle",
                            "specification": "70–130 %",
                            "method": "Bekend aantal beads toegevoegd aan een negatief monster",
                        },
                    ],
                    "references": [
                        {"regulation": "gmp-atmp"},
                        {"regulation": "ema-gm-cells-guideline"},
                        {"qc_method": "DARE-QC-0006"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0019 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0019",
        "centre": "uips",
        "quality_attribute": "adventitious-agents",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "Ph. Eur. 2.6.16",
        "performed_by": ["uips", "lumc", "amsterdam-umc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2025, 9, 1),
                "next_review_date": date(2028, 9, 1),
                "nl": {
                    "title": "In-vitrotest op adventitieuze virussen",
                    "summary": (
                        "Celkweektest op vreemde virussen in celbanken en ongezuiverde oogsten "
                        "voor de productie van virale vectoren, gebaseerd op Ph. Eur. 2.6.16."
                    ),
                    "method_principle": (
                        "<p>Het testmateriaal wordt geënt op monolagen van verschillende "
                        "indicatorcellijnen, waaronder humane diploïde cellen, een apenniercellijn "
                        "en een cellijn van dezelfde soort als de productiecellen. De kweken "
                        "worden ten minste 14 dagen gevolgd op cytopathogeen effect. Aan het einde "
                        "wordt een hemadsorptietest met erytrocyten van cavia uitgevoerd om "
                        "virussen aan te tonen die geen cytopathogeen effect geven. Positieve en "
                        "negatieve controles worden in elke test meegenomen.</p><p>Materiaal dat "
                        "zelf de indicatorcellen beschadigt of infecteert, zoals sommige vectoren, "
                        "wordt vooraf geneutraliseerd of vervangen door productiecellen aan het "
                        "einde van de productie. UIPS vergelijkt de methode met high-throughput "
                        "sequencing als aanvullende techniek met een bredere detectie.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Materiaal: ongezuiverde oogst of productiecellen aan het einde "
                        "van de productie, in de hoeveelheid die in het testplan is "
                        "vastgelegd.</li><li>Container: steriele cryobuizen van "
                        "polypropyleen.</li><li>Bewaren bij ≤ −60 °C; transport op "
                        "droogijs.</li></ul>"
                    ),
                    "turnaround_time": "5 weken",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Cytopathogeen effect",
                            "specification": "Niet waargenomen in de geënte kweken",
                            "method": "Microscopische beoordeling gedurende ten minste 14 dagen",
                        },
                        {
                            "parameter": "Hemadsorptie",
                            "specification": "Negatief",
                            "method": "Hemadsorptie met erytrocyten van cavia",
                        },
                        {
                            "parameter": "Controles",
                            "specification": (
                                "Positieve controles positief, negatieve controles negatief"
                            ),
                            "method": "Parallel geënte controles",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.16",
                                "Tests for extraneous agents in viral vaccines for human use",
                            )
                        },
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
                "en": {
                    "title": "In-vitro test for adventitious viruses",
                    "summary": (
                        "Cell-culture test for extraneous viruses in cell banks and unprocessed "
                        "harvests for viral vector production, based on Ph. Eur. 2.6.16."
                    ),
                    "method_principle": (
                        "<p>The test material is inoculated onto monolayers of several indicator "
                        "cell lines, including human diploid cells, a monkey kidney cell line and "
                        "a cell line of the same species as the production cells. The cultures are "
                        "observed for cytopathic effect for at least 14 days. At the end, a "
                        "haemadsorption test with guinea-pig erythrocytes is performed to detect "
                        "viruses that cause no cytopathic effect. Positive and negative controls "
                        "are included in every test.</p><p>Material that itself damages or infects "
                        "the indicator cells, such as some vectors, is neutralised beforehand or "
                        "replaced by end-of-production cells. UIPS is comparing the method with "
                        "high-throughput sequencing as a complementary technique with broader "
                        "detection.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Material: unprocessed harvest or end-of-production cells, in the "
                        "quantity laid down in the test plan.</li><li>Container: sterile "
                        "polypropylene cryovials.</li><li>Store at ≤ −60 °C; ship on dry "
                        "ice.</li></ul>"
                    ),
                    "turnaround_time": "5 weeks",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Cytopathic effect",
                            "specification": "Not observed in the inoculated cultures",
                            "method": "Microscopic inspection for at least 14 days",
                        },
                        {
                            "parameter": "Haemadsorption",
                            "specification": "Negative",
                            "method": "Haemadsorption with guinea-pig erythrocytes",
                        },
                        {
                            "parameter": "Controls",
                            "specification": (
                                "Positive controls positive, negative controls negative"
                            ),
                            "method": "Controls inoculated in parallel",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.6.16",
                                "Tests for extraneous agents in viral vaccines for human use",
                            )
                        },
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-investigational-atmp-guideline"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0020 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0020",
        "centre": "nki-avl",
        "quality_attribute": "cell-count",
        "validation_status": "validated",
        "pharmacopoeia_reference": "Ph. Eur. 2.7.29",
        "performed_by": ["nki-avl", "sanquin", "lumc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 7, 1),
                "next_review_date": date(2027, 7, 1),
                "nl": {
                    "title": "Celtelling en T-celfenotype van TIL",
                    "summary": (
                        "Bepaling van het aantal levende cellen, de viabiliteit en de "
                        "T-celsamenstelling van producten met tumor-infiltrerende lymfocyten "
                        "(TIL), voor vrijgifte en dosering."
                    ),
                    "method_principle": (
                        "<p>Het totale aantal levende kernhoudende cellen en de viabiliteit worden "
                        "bepaald met een geautomatiseerde fluorescentieteller met acridine-oranje "
                        "en propidiumjodide, volgens Ph. Eur. 2.7.29 (zie DARE-QC-0006). De "
                        "fenotypering gebeurt met flowcytometrie volgens Ph. Eur. 2.7.24, met "
                        "antilichamen tegen CD45, CD3, CD4, CD8 en CD56 en een "
                        "levensvatbaarheidskleurstof.</p><p>Het percentage CD3-positieve T-cellen "
                        "binnen de levende CD45-positieve cellen bepaalt samen met de telling de "
                        "dosis levende T-cellen. De CD4/CD8-verhouding en het aandeel "
                        "CD3-negatieve, CD56-positieve NK-cellen worden ter karakterisering "
                        "gerapporteerd. De methode is gevalideerd volgens ICH Q2(R2).</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: 0,5 mL uit het geformuleerde eindproduct, genomen vóór "
                        "cryopreservatie of, bij vers product, direct vóór "
                        "vrijgifte.</li><li>Container: steriele buis.</li><li>Timing: celtelling "
                        "binnen 1 uur bij kamertemperatuur; kleuring voor flowcytometrie binnen 24 "
                        "uur, bewaren bij 2–8 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Viabiliteit",
                            "specification": "≥ 70 % levende kernhoudende cellen",
                            "method": "AO/PI-fluorescentie, Ph. Eur. 2.7.29",
                        },
                        {
                            "parameter": "T-cellen",
                            "specification": "CD3+ ≥ 80 % van de levende CD45+ cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Dosis",
                            "specification": (
                                "Totaal aantal levende T-cellen binnen het bereik van het klinisch "
                                "protocol"
                            ),
                            "method": "Berekend uit telling en fenotype",
                        },
                        {
                            "parameter": "CD4/CD8-verhouding en NK-cellen",
                            "specification": "Rapporteren (informatief)",
                            "method": "Flowcytometrie",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.7.29",
                                "Nucleated cell count and viability",
                            )
                        },
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"qc_method": "DARE-QC-0006"},
                    ],
                },
                "en": {
                    "title": "TIL cell count and T-cell phenotype",
                    "summary": (
                        "Determination of the number of viable cells, viability and T-cell "
                        "composition of tumour-infiltrating lymphocyte (TIL) products, for release "
                        "and dosing."
                    ),
                    "method_principle": (
                        "<p>The total number of viable nucleated cells and the viability are "
                        "determined with an automated fluorescence counter using acridine orange "
                        "and propidium iodide, according to Ph. Eur. 2.7.29 (see DARE-QC-0006). "
                        "Phenotyping is performed by flow cytometry according to Ph. Eur. 2.7.24, "
                        "with antibodies against CD45, CD3, CD4, CD8 and CD56 and a viability "
                        "dye.</p><p>The percentage of CD3-positive T cells within viable "
                        "CD45-positive cells, together with the count, determines the dose of "
                        "viable T cells. The CD4/CD8 ratio and the proportion of CD3-negative, "
                        "CD56-positive NK cells are reported for characterisation. The method is "
                        "validated according to ICH Q2(R2).</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: 0.5 mL from the formulated final product, taken before "
                        "cryopreservation or, for fresh product, immediately before "
                        "release.</li><li>Container: sterile tube.</li><li>Timing: cell count "
                        "within 1 hour at room temperature; staining for flow cytometry within 24 "
                        "hours, store at 2–8 °C.</li></ul>"
                    ),
                    "turnaround_time": "1 working day",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Viability",
                            "specification": "≥ 70 % viable nucleated cells",
                            "method": "AO/PI fluorescence, Ph. Eur. 2.7.29",
                        },
                        {
                            "parameter": "T cells",
                            "specification": "CD3+ ≥ 80 % of viable CD45+ cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Dose",
                            "specification": (
                                "Total viable T cells within the range of the clinical protocol"
                            ),
                            "method": "Calculated from count and phenotype",
                        },
                        {
                            "parameter": "CD4/CD8 ratio and NK cells",
                            "specification": "Report (for information)",
                            "method": "Flow cytometry",
                        },
                    ],
                    "references": [
                        {
                            "pharmacopoeia": (
                                "Ph. Eur. 2.7.29",
                                "Nucleated cell count and viability",
                            )
                        },
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"qc_method": "DARE-QC-0006"},
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0021 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0021",
        "centre": "lumc",
        "quality_attribute": "vector-titre",
        "validation_status": "qualified",
        "pharmacopoeia_reference": "",
        "performed_by": ["lumc", "umcu", "erasmus-mc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "superseded",
                "effective_date": date(2023, 1, 15),
                "next_review_date": date(2025, 1, 15),
                "nl": {
                    "title": "Functionele titer van lentivirale vectoren met flowcytometrie",
                    "summary": (
                        "Bepaling van het aantal transducerende eenheden per milliliter (TU/mL) "
                        "van lentivirale vectorpartijen, door transductie van een cellijn en "
                        "flowcytometrische meting van de transgenexpressie."
                    ),
                    "method_principle": (
                        "<p>HEK293T-cellen worden in een vast aantal uitgezaaid en getransduceerd "
                        "met een verdunningsreeks van de vector. Na 72 uur wordt het percentage "
                        "cellen dat het transgen tot expressie brengt gemeten met flowcytometrie, "
                        "via een fluorescent transgen of een kleuring voor het transgenproduct, "
                        "bijvoorbeeld de CAR.</p><p>De titer (TU/mL) is het aantal cellen bij "
                        "transductie × de fractie positieve cellen × de verdunningsfactor / het "
                        "volume vector in mL. Alleen verdunningen met 1–30 % positieve cellen "
                        "worden gebruikt, omdat bij hogere percentages meerdere integraties per "
                        "cel tot onderschatting leiden.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 100 µL van de vectorpartij, verdeeld over twee "
                        "cryobuizen.</li><li>Bewaren bij ≤ −60 °C; ten hoogste één "
                        "vries-dooicyclus; direct vóór gebruik op ijs ontdooien.</li></ul>"
                    ),
                    "turnaround_time": "5 werkdagen",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Functionele titer",
                            "specification": "Ten minste de productspecificatie (TU/mL)",
                            "method": "Flowcytometrie na transductie",
                        },
                        {
                            "parameter": "Lineair bereik",
                            "specification": (
                                "Ten minste twee verdunningen met 1–30 % positieve cellen"
                            ),
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Niet-getransduceerde controle",
                            "specification": "≤ 0,5 % positieve cellen",
                            "method": "Flowcytometrie",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-gm-cells-guideline"},
                    ],
                },
                "en": {
                    "title": "Lentiviral functional titre by flow cytometry",
                    "summary": (
                        "Determination of the number of transducing units per millilitre (TU/mL) "
                        "of lentiviral vector batches, by transducing a cell line and measuring "
                        "transgene expression by flow cytometry."
                    ),
                    "method_principle": (
                        "<p>HEK293T cells are seeded at a fixed number and transduced with a "
                        "dilution series of the vector. After 72 hours, the percentage of cells "
                        "expressing the transgene is measured by flow cytometry, using a "
                        "fluorescent transgene or a staining for the transgene product, for "
                        "example the CAR.</p><p>The titre (TU/mL) is the number of cells at "
                        "transduction × the fraction of positive cells × the dilution factor / the "
                        "volume of vector in mL. Only dilutions with 1–30 % positive cells are "
                        "used, because at higher percentages multiple integrations per cell lead "
                        "to underestimation.</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Volume: ≥ 100 µL of the vector batch, divided over two "
                        "cryovials.</li><li>Store at ≤ −60 °C; no more than one freeze-thaw cycle; "
                        "thaw on ice immediately before use.</li></ul>"
                    ),
                    "turnaround_time": "5 working days",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Functional titre",
                            "specification": "At least the product specification (TU/mL)",
                            "method": "Flow cytometry after transduction",
                        },
                        {
                            "parameter": "Linear range",
                            "specification": "At least two dilutions with 1–30 % positive cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Non-transduced control",
                            "specification": "≤ 0.5 % positive cells",
                            "method": "Flow cytometry",
                        },
                    ],
                    "references": [
                        {"regulation": "ph-eur-5-14"},
                        {"regulation": "ema-gm-cells-guideline"},
                    ],
                },
            },
            {
                "version": 2,
                "status": "effective",
                "effective_date": date(2025, 5, 1),
                "next_review_date": date(2028, 5, 1),
                "nl": {
                    "change_note": (
                        "Bruikbaar bereik aangescherpt tot 2–20 % positieve cellen op basis van de "
                        "kwalificatiegegevens. In elke run wordt een referentievector met "
                        "toegekende titer meegenomen. Daarnaast wordt de fysieke titer (p24-ELISA) "
                        "gerapporteerd, om de verhouding tussen fysieke en functionele titer te "
                        "volgen."
                    ),
                    "method_principle": (
                        "<p>HEK293T-cellen worden in een vast aantal uitgezaaid en getransduceerd "
                        "met een verdunningsreeks van de vector. Na 72 uur wordt het percentage "
                        "cellen dat het transgen tot expressie brengt gemeten met flowcytometrie, "
                        "via een fluorescent transgen of een kleuring voor het transgenproduct, "
                        "bijvoorbeeld de CAR. In elke run wordt een referentievector met "
                        "toegekende titer meegenomen.</p><p>De titer (TU/mL) is het aantal cellen "
                        "bij transductie × de fractie positieve cellen × de verdunningsfactor / "
                        "het volume vector in mL. Alleen verdunningen met 2–20 % positieve cellen "
                        "worden gebruikt: bij hogere percentages leiden meerdere integraties per "
                        "cel tot onderschatting, bij lagere percentages neemt de meetonzekerheid "
                        "toe. De fysieke titer wordt met een p24-ELISA bepaald en de verhouding "
                        "tussen fysieke en functionele titer wordt informatief gerapporteerd.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Functionele titer",
                            "specification": "Ten minste de productspecificatie (TU/mL)",
                            "method": "Flowcytometrie na transductie",
                        },
                        {
                            "parameter": "Lineair bereik",
                            "specification": (
                                "Ten minste twee verdunningen met 2–20 % positieve cellen; "
                                "variatiecoëfficiënt tussen de verdunningen ≤ 25 %"
                            ),
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Niet-getransduceerde controle",
                            "specification": "≤ 0,5 % positieve cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Referentievector",
                            "specification": "Tussen 0,5 en 2 keer de toegekende titer",
                            "method": "Flowcytometrie",
                        },
                    ],
                },
                "en": {
                    "change_note": (
                        "Usable range narrowed to 2–20 % positive cells on the basis of the "
                        "qualification data. A reference vector with an assigned titre is included "
                        "in every run. In addition, the physical titre (p24 ELISA) is reported, to "
                        "follow the ratio between physical and functional titre."
                    ),
                    "method_principle": (
                        "<p>HEK293T cells are seeded at a fixed number and transduced with a "
                        "dilution series of the vector. After 72 hours, the percentage of cells "
                        "expressing the transgene is measured by flow cytometry, using a "
                        "fluorescent transgene or a staining for the transgene product, for "
                        "example the CAR. A reference vector with an assigned titre is included in "
                        "every run.</p><p>The titre (TU/mL) is the number of cells at transduction "
                        "× the fraction of positive cells × the dilution factor / the volume of "
                        "vector in mL. Only dilutions with 2–20 % positive cells are used: at "
                        "higher percentages multiple integrations per cell lead to "
                        "underestimation, at lower percentages measurement uncertainty increases. "
                        "The physical titre is determined by p24 ELISA and the ratio between "
                        "physical and functional titre is reported for information.</p>"
                    ),
                    "acceptance_criteria": [
                        {
                            "parameter": "Functional titre",
                            "specification": "At least the product specification (TU/mL)",
                            "method": "Flow cytometry after transduction",
                        },
                        {
                            "parameter": "Linear range",
                            "specification": (
                                "At least two dilutions with 2–20 % positive cells; coefficient of "
                                "variation between dilutions ≤ 25 %"
                            ),
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Non-transduced control",
                            "specification": "≤ 0.5 % positive cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Reference vector",
                            "specification": "Between 0.5 and 2 times the assigned titre",
                            "method": "Flow cytometry",
                        },
                    ],
                },
            },
        ],
    },
    # ---- DARE-QC-0022 -----------------------------------------------------------------------
    {
        "identifier": "DARE-QC-0022",
        "centre": "radboudumc",
        "quality_attribute": "identity",
        "validation_status": "validated",
        "pharmacopoeia_reference": "Ph. Eur. 2.7.24",
        "performed_by": ["radboudumc"],
        "languages": ["nl", "en"],
        "versions": [
            {
                "version": 1,
                "status": "effective",
                "effective_date": date(2024, 1, 15),
                "next_review_date": date(2027, 1, 15),
                "nl": {
                    "title": "Fenotype en rijpingsmarkers van dendritische cellen",
                    "summary": (
                        "Flowcytometrische identiteits- en rijpingstest voor "
                        "dendritische-celvaccins, op basis van HLA-DR, costimulatoire moleculen, "
                        "CD83 en de migratiereceptor CCR7."
                    ),
                    "method_principle": (
                        "<p>Dendritische cellen (DC's) uit het product worden gekleurd met "
                        "antilichamen tegen HLA-DR, CD80, CD83, CD86 en CCR7, tegen CD14 als "
                        "marker voor niet-gedifferentieerde monocyten, en met een "
                        "levensvatbaarheidskleurstof. Voor producten met natuurlijke DC-subsets "
                        "worden subsetspecifieke markers aan het panel toegevoegd.</p><p>De "
                        "rijping wordt beoordeeld aan de hand van het percentage positieve cellen "
                        "en de mediane fluorescentie-intensiteit, waar mogelijk ten opzichte van "
                        "een onrijpe controle uit dezelfde productie. Rijpe DC's brengen "
                        "costimulatoire moleculen en CCR7 tot expressie; die zijn nodig voor "
                        "migratie naar de lymfeklier en voor de activatie van T-cellen. De methode "
                        "is gevalideerd volgens ICH Q2(R2).</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Aantal: 0,5 × 10<sup>6</sup> cellen uit het eindproduct, vóór "
                        "cryopreservatie of uit een representatieve cryobuis.</li><li>Container: "
                        "steriele buis.</li><li>Timing: binnen 24 uur kleuren; bewaren bij 2–8 "
                        "°C.</li></ul>"
                    ),
                    "turnaround_time": "1 werkdag",
                    "change_note": "Eerste versie.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Identiteit",
                            "specification": "HLA-DR+ ≥ 80 % van de levende cellen",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Rijping",
                            "specification": (
                                "CD83+ ≥ 50 % en CD86+ ≥ 80 % van de levende HLA-DR+ cellen"
                            ),
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "CCR7-expressie",
                            "specification": "Rapporteren, in vergelijking met de onrijpe controle",
                            "method": "Flowcytometrie",
                        },
                        {
                            "parameter": "Residuele monocyten",
                            "specification": "CD14+ ≤ 10 % van de levende cellen",
                            "method": "Flowcytometrie",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {"regulation": "gmp-atmp"},
                    ],
                },
                "en": {
                    "title": "Dendritic-cell phenotype and maturation markers",
                    "summary": (
                        "Flow-cytometric identity and maturation test for dendritic-cell vaccines, "
                        "based on HLA-DR, co-stimulatory molecules, CD83 and the migration "
                        "receptor CCR7."
                    ),
                    "method_principle": (
                        "<p>Dendritic cells (DCs) from the product are stained with antibodies "
                        "against HLA-DR, CD80, CD83, CD86 and CCR7, against CD14 as a marker for "
                        "undifferentiated monocytes, and with a viability dye. For products with "
                        "natural DC subsets, subset-specific markers are added to the "
                        "panel.</p><p>Maturation is assessed from the percentage of positive cells "
                        "and the median fluorescence intensity, where possible relative to an "
                        "immature control from the same manufacturing run. Mature DCs express "
                        "co-stimulatory molecules and CCR7, which are needed for migration to the "
                        "lymph node and for T-cell activation. The method is validated according "
                        "to ICH Q2(R2).</p>"
                    ),
                    "sample_requirements": (
                        "<ul><li>Number: 0.5 × 10<sup>6</sup> cells from the final product, before "
                        "cryopreservation or from a representative cryovial.</li><li>Container: "
                        "sterile tube.</li><li>Timing: stain within 24 hours; store at 2–8 "
                        "°C.</li></ul>"
                    ),
                    "turnaround_time": "1 working day",
                    "change_note": "First version.",
                    "acceptance_criteria": [
                        {
                            "parameter": "Identity",
                            "specification": "HLA-DR+ ≥ 80 % of viable cells",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Maturation",
                            "specification": (
                                "CD83+ ≥ 50 % and CD86+ ≥ 80 % of viable HLA-DR+ cells"
                            ),
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "CCR7 expression",
                            "specification": "Report, compared with the immature control",
                            "method": "Flow cytometry",
                        },
                        {
                            "parameter": "Residual monocytes",
                            "specification": "CD14+ ≤ 10 % of viable cells",
                            "method": "Flow cytometry",
                        },
                    ],
                    "references": [
                        {"pharmacopoeia": ("Ph. Eur. 2.7.24", "Flow cytometry")},
                        {"regulation": "ema-investigational-atmp-guideline"},
                        {"regulation": "gmp-atmp"},
                    ],
                },
            },
        ],
    },
]
