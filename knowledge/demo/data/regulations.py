"""The regulatory inventory: EU and Dutch rules that shape academic ATMP development.

Each item names its official reference and links to the official source. Dates are given only
where they are certain; otherwise they are None. ``related_protocols`` point at the demo SOPs
(DARE-SOP-0001 … DARE-SOP-0040). Two national policy items exist only in Dutch.
"""

from datetime import date

REGULATIONS = [
    # ------------------------------------------------------------------ EU legislation
    {
        "key": "atmp-regulation",
        "reference": "Regulation (EC) No 1394/2007",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "adopted_date": date(2007, 11, 13),
        "applicable_date": date(2008, 12, 30),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2007/1394/oj",
        "related_protocols": ["DARE-SOP-0001", "DARE-SOP-0035", "DARE-SOP-0039"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "ATMP-verordening (Verordening (EG) nr. 1394/2007)",
            "summary": (
                "De Europese verordening die geneesmiddelen voor geavanceerde therapie "
                "(gentherapie, somatische celtherapie en weefselmanipulatieproducten) definieert "
                "en er een centrale Europese handelsvergunning voor verplicht stelt. Zij stelde "
                "ook het Comité voor geavanceerde therapieën (CAT) bij het EMA in."
            ),
            "plain_summary": (
                "<p>Sommige nieuwe behandelingen worden gemaakt van genen, cellen of weefsels. Die "
                "heten ATMP's. Deze Europese wet zegt dat zo'n behandeling pas op de markt mag als "
                "Europese deskundigen hebben gecontroleerd dat ze veilig is, goed werkt en goed "
                "gemaakt wordt.</p><p>De wet maakt ook een uitzondering mogelijk. Een ziekenhuis "
                "mag onder strenge voorwaarden een ATMP maken voor een eigen patiënt, zonder "
                "Europese vergunning. Dat heet de ziekenhuisuitzondering.</p>"
            ),
            "implications": (
                "<ul><li>Stel vroeg vast of uw product een ATMP is; bij twijfel kunt u het CAT om "
                "een classificatieadvies vragen.</li><li>Markttoelating loopt verplicht via de "
                "centrale procedure bij het EMA; een nationale handelsvergunning is voor ATMP's "
                "niet mogelijk.</li><li>De verordening is de basis voor de GMP- en "
                "GCP-richtsnoeren specifiek voor ATMP's en voor de traceerbaarheidseisen: gegevens "
                "over patiënt, product en uitgangsmateriaal moeten ten minste 30 jaar bewaard "
                "blijven.</li><li>De ziekenhuisuitzondering is via deze verordening in Richtlijn "
                "2001/83/EG opgenomen en wordt per lidstaat uitgewerkt; in Nederland geeft de IGJ "
                "toestemming.</li><li>De hervorming van de Europese geneesmiddelenwetgeving raakt "
                "ook ATMP-regels, onder meer de ziekenhuisuitzondering.</li></ul>"
            ),
        },
        "en": {
            "title": "ATMP Regulation (Regulation (EC) No 1394/2007)",
            "summary": (
                "The European regulation that defines advanced therapy medicinal products (gene "
                "therapy, somatic cell therapy and tissue-engineered products) and makes a central "
                "EU marketing authorisation mandatory for them. It also set up the Committee for "
                "Advanced Therapies (CAT) at EMA."
            ),
            "plain_summary": (
                "<p>Some new treatments are made from genes, cells or tissues. They are called "
                "ATMPs. This European law says that such a treatment may only be sold once "
                "European experts have checked that it is safe, that it works and that it is made "
                "properly.</p><p>The law also allows an exception. Under strict conditions, a "
                "hospital may make an ATMP for one of its own patients without a European "
                "authorisation. This is called the hospital exemption.</p>"
            ),
            "implications": (
                "<ul><li>Establish early whether your product is an ATMP; if in doubt, you can ask "
                "the CAT for a classification recommendation.</li><li>Marketing authorisation must "
                "go through the centralised procedure at EMA; a national marketing authorisation "
                "is not possible for ATMPs.</li><li>The regulation is the basis for the "
                "ATMP-specific GMP and GCP guidelines and for the traceability requirements: data "
                "on patient, product and starting material must be kept for at least 30 "
                "years.</li><li>This regulation inserted the hospital exemption into Directive "
                "2001/83/EC; each member state works it out nationally, and in the Netherlands the "
                "IGJ grants permission.</li><li>The reform of the EU pharmaceutical legislation "
                "also affects ATMP rules, including the hospital exemption.</li></ul>"
            ),
        },
    },
    {
        "key": "community-code",
        "reference": "Directive 2001/83/EC",
        "instrument_type": "eu-directive",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "marketing-authorisation",
        "legal_status": "under-revision",
        "adopted_date": date(2001, 11, 6),
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/eli/dir/2001/83/oj",
        "related_protocols": ["DARE-SOP-0035"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Communautair wetboek voor geneesmiddelen voor menselijk gebruik (Richtlijn "
                "2001/83/EG)"
            ),
            "summary": (
                "De basisrichtlijn voor geneesmiddelen in de EU: definities, handelsvergunning, "
                "vervaardiging, etikettering en geneesmiddelenbewaking. Bijlage I, deel IV, bevat "
                "de dossiereisen voor ATMP's; artikel 3, punt 7, bevat de ziekenhuisuitzondering."
            ),
            "plain_summary": (
                "<p>Deze Europese richtlijn is de basis van de regels voor alle geneesmiddelen. Er "
                "staat in wat een geneesmiddel is, hoe het wordt toegelaten, hoe het gemaakt moet "
                "worden en hoe bijwerkingen worden gevolgd.</p><p>Nederland heeft deze regels "
                "overgenomen in de Geneesmiddelenwet. De EU werkt aan nieuwe regels die deze "
                "richtlijn gaan vervangen.</p>"
            ),
            "implications": (
                "<ul><li>Bijlage I, deel IV, beschrijft welke gegevens over kwaliteit, veiligheid "
                "en werkzaamheid een ATMP-dossier moet bevatten; de risicogebaseerde benadering is "
                "daarop gebaseerd.</li><li>De eisen aan de fabrikantenvergunning en aan de "
                "Qualified Person (QP) zijn in Nederland via de Geneesmiddelenwet "
                "omgezet.</li><li>De ziekenhuisuitzondering staat in artikel 3, punt 7; de "
                "Nederlandse uitwerking staat in de Geneesmiddelenwet.</li><li>De richtlijn wordt "
                "vervangen door het Europese geneesmiddelenpakket. Houd de overgangstermijnen in "
                "de gaten zodra de nieuwe teksten zijn gepubliceerd.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Community code relating to medicinal products for human use (Directive 2001/83/EC)"
            ),
            "summary": (
                "The core EU directive on medicines: definitions, marketing authorisation, "
                "manufacture, labelling and pharmacovigilance. Annex I, Part IV sets the dossier "
                "requirements for ATMPs; Article 3(7) contains the hospital exemption."
            ),
            "plain_summary": (
                "<p>This European directive is the basis of the rules for all medicines. It says "
                "what a medicine is, how it is approved, how it must be made and how side effects "
                "are monitored.</p><p>The Netherlands has taken these rules over in its Medicines "
                "Act. The EU is working on new rules that will replace this directive.</p>"
            ),
            "implications": (
                "<ul><li>Annex I, Part IV describes which quality, safety and efficacy data an "
                "ATMP dossier must contain; the risk-based approach builds on it.</li><li>The "
                "requirements for the manufacturing authorisation and the Qualified Person (QP) "
                "are transposed in the Netherlands through the Medicines Act.</li><li>The hospital "
                "exemption is in Article 3(7); the Dutch implementation is in the Medicines "
                "Act.</li><li>The directive will be replaced by the EU pharmaceutical package. "
                "Watch the transition periods once the new texts are published.</li></ul>"
            ),
        },
    },
    {
        "key": "centralised-procedure-regulation",
        "reference": "Regulation (EC) No 726/2004",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "marketing-authorisation",
        "legal_status": "under-revision",
        "adopted_date": date(2004, 3, 31),
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/eli/reg/2004/726/oj",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Verordening centrale toelatingsprocedure en EMA (Verordening (EG) nr. 726/2004)"
            ),
            "summary": (
                "Regelt de centrale Europese procedure voor handelsvergunningen en de taken van "
                "het Europees Geneesmiddelenbureau (EMA). Voor ATMP's is deze procedure verplicht."
            ),
            "plain_summary": (
                "<p>Sommige geneesmiddelen krijgen één vergunning die in de hele Europese Unie "
                "geldt. Deze wet regelt hoe dat gaat. Het Europees Geneesmiddelenbureau EMA "
                "beoordeelt het geneesmiddel. Daarna beslist de Europese Commissie.</p><p>Voor "
                "behandelingen met genen en cellen is deze Europese route verplicht.</p>"
            ),
            "implications": (
                "<ul><li>Een handelsvergunning voor een ATMP vraagt u aan bij het EMA; het CAT "
                "bereidt het advies voor, het CHMP geeft het eindadvies en de Europese Commissie "
                "besluit.</li><li>De verordening biedt instrumenten die ook voor academische "
                "ontwikkelaars nuttig zijn, zoals wetenschappelijk advies, voorwaardelijke "
                "handelsvergunning en versnelde beoordeling.</li><li>Ook deze verordening wordt "
                "vervangen in het kader van de hervorming van de Europese "
                "geneesmiddelenwetgeving.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Regulation on the centralised procedure and EMA (Regulation (EC) No 726/2004)"
            ),
            "summary": (
                "Lays down the centralised EU procedure for marketing authorisations and the tasks "
                "of the European Medicines Agency (EMA). The procedure is mandatory for ATMPs."
            ),
            "plain_summary": (
                "<p>Some medicines get one authorisation that is valid in the whole European "
                "Union. This law says how that works. The European Medicines Agency, EMA, assesses "
                "the medicine. The European Commission then decides.</p><p>For treatments made "
                "from genes and cells, this European route is compulsory.</p>"
            ),
            "implications": (
                "<ul><li>You apply to EMA for a marketing authorisation for an ATMP; the CAT "
                "prepares the draft opinion, the CHMP adopts the final opinion and the European "
                "Commission decides.</li><li>The regulation offers tools that are also useful to "
                "academic developers, such as scientific advice, conditional marketing "
                "authorisation and accelerated assessment.</li><li>This regulation too will be "
                "replaced as part of the reform of the EU pharmaceutical legislation.</li></ul>"
            ),
        },
    },
    {
        "key": "paediatric-regulation",
        "reference": "Regulation (EC) No 1901/2006",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "marketing-authorisation",
        "legal_status": "under-revision",
        "adopted_date": date(2006, 12, 12),
        "applicable_date": date(2007, 1, 26),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2006/1901/oj",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Verordening pediatrische geneesmiddelen (Verordening (EG) nr. 1901/2006)",
            "summary": (
                "Verplicht ontwikkelaars van nieuwe geneesmiddelen om met een pediatrisch "
                "onderzoeksplan (PIP) na te gaan hoe het middel bij kinderen kan worden "
                "onderzocht, tenzij vrijstelling of uitstel is verleend. Het Pediatrisch Comité "
                "(PDCO) van het EMA beoordeelt deze plannen."
            ),
            "plain_summary": (
                "<p>Kinderen zijn geen kleine volwassenen. Een geneesmiddel kan bij hen anders "
                "werken. Deze Europese wet zorgt ervoor dat nieuwe geneesmiddelen ook voor "
                "kinderen worden onderzocht, als dat zinvol is.</p><p>Daarvoor maakt de "
                "ontwikkelaar een plan voor onderzoek bij kinderen. Een Europese commissie van "
                "deskundigen beoordeelt dat plan.</p>"
            ),
            "implications": (
                "<ul><li>Voor een aanvraag van een handelsvergunning moet een goedgekeurd PIP (of "
                "een vrijstelling of uitstel) zijn; bespreek dit ruim voor de confirmatoire "
                "fase.</li><li>Voor kinderoncologische ATMP's, zoals CAR-T-cellen bij leukemie, is "
                "vroeg overleg met het PDCO vaak zinvol.</li><li>Ook deze regels worden herzien in "
                "het Europese geneesmiddelenpakket.</li></ul>"
            ),
        },
        "en": {
            "title": "Paediatric Regulation (Regulation (EC) No 1901/2006)",
            "summary": (
                "Requires developers of new medicines to set out, in a paediatric investigation "
                "plan (PIP), how the medicine will be studied in children, unless a waiver or "
                "deferral has been granted. EMA's Paediatric Committee (PDCO) assesses these "
                "plans."
            ),
            "plain_summary": (
                "<p>Children are not small adults. A medicine can work differently in them. This "
                "European law makes sure that new medicines are also studied in children when that "
                "makes sense.</p><p>To do this, the developer makes a plan for research in "
                "children. A European committee of experts assesses that plan.</p>"
            ),
            "implications": (
                "<ul><li>An application for marketing authorisation needs an agreed PIP (or a "
                "waiver or deferral); discuss this well before the confirmatory phase.</li><li>For "
                "paediatric oncology ATMPs, such as CAR-T cells in leukaemia, early contact with "
                "the PDCO is often worthwhile.</li><li>These rules are also being revised in the "
                "EU pharmaceutical package.</li></ul>"
            ),
        },
    },
    {
        "key": "clinical-trials-regulation",
        "reference": "Regulation (EU) No 536/2014",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "clinical-trials",
        "legal_status": "in-force",
        "adopted_date": date(2014, 4, 16),
        "applicable_date": date(2022, 1, 31),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2014/536/oj",
        "related_protocols": ["DARE-SOP-0022", "DARE-SOP-0035", "DARE-SOP-0040"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Verordening klinische proeven (Verordening (EU) nr. 536/2014)",
            "summary": (
                "Regelt de aanvraag, beoordeling, uitvoering en rapportage van klinische proeven "
                "met geneesmiddelen in de EU. Alle aanvragen lopen via het Clinical Trials "
                "Information System (CTIS); sinds 31 januari 2025 vallen ook lopende proeven "
                "volledig onder de verordening."
            ),
            "plain_summary": (
                "<p>Voordat een nieuw geneesmiddel bij patiënten getest mag worden, moet het "
                "onderzoek goedgekeurd zijn. Deze Europese wet regelt hoe dat gaat. Onderzoekers "
                "doen één aanvraag via een Europees systeem. De betrokken landen beoordelen die "
                "samen.</p><p>De wet beschermt de veiligheid en de rechten van de deelnemers. Ook "
                "moeten de resultaten van het onderzoek openbaar worden.</p>"
            ),
            "implications": (
                "<ul><li>Een klinische studie met een ATMP dient u in via CTIS. In Nederland "
                "beoordeelt de CCMO of een erkende METC het dossier; voor gentherapie en genetisch "
                "gemodificeerde cellen is dat de CCMO.</li><li>Het IMPD moet de kwaliteit van het "
                "onderzoeksgeneesmiddel onderbouwen; volg daarvoor de EMA-richtlijn voor "
                "onderzoeks-ATMP's.</li><li>Voor het vervaardigen van onderzoeksgeneesmiddelen "
                "zijn een vergunning en certificering door een QP nodig; de GMP-eisen volgen uit "
                "Gedelegeerde Verordening (EU) 2017/1569 en deel IV van "
                "EudraLex.</li><li>Academische verrichters hebben dezelfde verplichtingen als "
                "bedrijven, zoals het melden van SUSAR's en het publiceren van resultaten in "
                "CTIS.</li></ul>"
            ),
        },
        "en": {
            "title": "Clinical Trials Regulation (Regulation (EU) No 536/2014)",
            "summary": (
                "Governs the application, assessment, conduct and reporting of clinical trials "
                "with medicines in the EU. All applications go through the Clinical Trials "
                "Information System (CTIS); since 31 January 2025 ongoing trials are also fully "
                "covered."
            ),
            "plain_summary": (
                "<p>Before a new medicine may be tested in patients, the study must be approved. "
                "This European law says how that works. Researchers make one application through a "
                "European system. The countries involved assess it together.</p><p>The law "
                "protects the safety and rights of participants. The results of the study must "
                "also be made public.</p>"
            ),
            "implications": (
                "<ul><li>You submit a clinical trial with an ATMP through CTIS. In the "
                "Netherlands, the CCMO or an accredited MREC reviews the dossier; for gene therapy "
                "and genetically modified cells this is the CCMO.</li><li>The IMPD must support "
                "the quality of the investigational product; follow the EMA guideline on "
                "investigational ATMPs.</li><li>Manufacturing investigational medicinal products "
                "requires an authorisation and certification by a QP; the GMP requirements follow "
                "from Delegated Regulation (EU) 2017/1569 and EudraLex Part IV.</li><li>Academic "
                "sponsors have the same obligations as companies, such as reporting SUSARs and "
                "publishing results in CTIS.</li></ul>"
            ),
        },
    },
    {
        "key": "tissues-cells-directive",
        "reference": "Directive 2004/23/EC",
        "instrument_type": "eu-directive",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "tissues-cells",
        "legal_status": "in-force",
        "adopted_date": date(2004, 3, 31),
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/eli/dir/2004/23/oj",
        "related_protocols": ["DARE-SOP-0001", "DARE-SOP-0038"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Richtlijn weefsels en cellen (Richtlijn 2004/23/EG)",
            "summary": (
                "Stelt kwaliteits- en veiligheidsnormen voor het doneren, verkrijgen, testen, "
                "bewerken, bewaren en distribueren van menselijke weefsels en cellen. Voor ATMP's "
                "geldt de richtlijn voor donatie, verkrijging en testen van het uitgangsmateriaal; "
                "zij wordt per 7 augustus 2027 vervangen door de SoHO-verordening."
            ),
            "plain_summary": (
                "<p>Veel celtherapieën beginnen met cellen van een donor of van de patiënt zelf. "
                "Deze Europese regels zorgen ervoor dat die cellen veilig worden afgenomen en "
                "getest. Zo wordt bijvoorbeeld gecontroleerd of de donor geen besmettelijke ziekte "
                "heeft.</p><p>Ook moet altijd na te gaan zijn van wie de cellen komen en waar ze "
                "naartoe zijn gegaan.</p>"
            ),
            "implications": (
                "<ul><li>Het afnemen van cellen als uitgangsmateriaal (bijvoorbeeld een "
                "leukaferese) moet voldoen aan de eisen voor donorselectie, donortesten en "
                "traceerbaarheid.</li><li>In Nederland is de richtlijn omgezet in de Wet "
                "veiligheid en kwaliteit lichaamsmateriaal en de bijbehorende "
                "besluiten.</li><li>Na de verkrijging vallen bewerking en vrijgifte van het ATMP "
                "onder de geneesmiddelenwetgeving (GMP); leg de overdracht tussen "
                "weefselinstelling en GMP-faciliteit duidelijk vast.</li><li>Bereid u voor op de "
                "SoHO-verordening, die vanaf 7 augustus 2027 geldt.</li></ul>"
            ),
        },
        "en": {
            "title": "Tissues and Cells Directive (Directive 2004/23/EC)",
            "summary": (
                "Sets quality and safety standards for the donation, procurement, testing, "
                "processing, preservation, storage and distribution of human tissues and cells. "
                "For ATMPs it covers donation, procurement and testing of the starting material; "
                "it will be replaced by the SoHO Regulation from 7 August 2027."
            ),
            "plain_summary": (
                "<p>Many cell therapies start with cells from a donor or from the patient. These "
                "European rules make sure that those cells are collected and tested safely. For "
                "example, checks are made that the donor does not have an infectious "
                "disease.</p><p>It must also always be possible to trace where the cells came from "
                "and where they went.</p>"
            ),
            "implications": (
                "<ul><li>Collecting cells as starting material (for example by leukapheresis) must "
                "meet the requirements for donor selection, donor testing and "
                "traceability.</li><li>In the Netherlands the directive is transposed by the "
                "Safety and Quality of Body Material Act and its decrees.</li><li>After "
                "procurement, processing and release of the ATMP fall under medicines law (GMP); "
                "document the hand-over between tissue establishment and GMP facility "
                "clearly.</li><li>Prepare for the SoHO Regulation, which applies from 7 August "
                "2027.</li></ul>"
            ),
        },
    },
    {
        "key": "tissues-cells-testing-directive",
        "reference": "Commission Directive 2006/17/EC",
        "instrument_type": "eu-directive",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "tissues-cells",
        "legal_status": "in-force",
        "adopted_date": date(2006, 2, 8),
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/eli/dir/2006/17/oj",
        "related_protocols": ["DARE-SOP-0038"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Technische eisen voor donatie, verkrijging en testen van weefsels en cellen "
                "(Richtlijn 2006/17/EG)"
            ),
            "summary": (
                "Uitvoeringsrichtlijn bij Richtlijn 2004/23/EG met technische eisen voor "
                "donorselectie, verkrijging en de verplichte laboratoriumtesten van donoren, zoals "
                "op hiv, hepatitis B en C en syfilis."
            ),
            "plain_summary": (
                "<p>Deze regels zeggen precies hoe een donor van cellen of weefsel wordt gekozen "
                "en getest. Het bloed van de donor wordt onder meer onderzocht op hiv en "
                "hepatitis. Zo wordt voorkomen dat een ziekte wordt overgedragen.</p>"
            ),
            "implications": (
                "<ul><li>Gebruik deze eisen bij het opstellen van de donorgeschiktheidsbeoordeling "
                "voor allogene producten, zoals MSC's of NK-cellen van een donor.</li><li>Ook bij "
                "autoloog materiaal gelden testverplichtingen; zij zijn vooral van belang voor "
                "veilige verwerking en opslag.</li><li>Leg vast welk laboratorium de testen "
                "uitvoert en met welke gevalideerde methoden.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Technical requirements for donation, procurement and testing of tissues and cells "
                "(Directive 2006/17/EC)"
            ),
            "summary": (
                "Implementing directive to Directive 2004/23/EC setting technical requirements for "
                "donor selection, procurement and the mandatory laboratory tests of donors, such "
                "as for HIV, hepatitis B and C and syphilis."
            ),
            "plain_summary": (
                "<p>These rules say exactly how a donor of cells or tissue is chosen and tested. "
                "Among other things, the donor's blood is tested for HIV and hepatitis. This "
                "prevents a disease from being passed on.</p>"
            ),
            "implications": (
                "<ul><li>Use these requirements when drafting the donor eligibility assessment for "
                "allogeneic products, such as MSCs or NK cells from a donor.</li><li>Testing "
                "obligations also apply to autologous material; there they matter mainly for safe "
                "processing and storage.</li><li>Record which laboratory performs the tests and "
                "with which validated methods.</li></ul>"
            ),
        },
    },
    {
        "key": "soho-regulation",
        "reference": "Regulation (EU) 2024/1938",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "tissues-cells",
        "legal_status": "adopted",
        "adopted_date": date(2024, 6, 13),
        "applicable_date": date(2027, 8, 7),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2024/1938/oj",
        "related_protocols": ["DARE-SOP-0001", "DARE-SOP-0038"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "SoHO-verordening: stoffen van menselijke oorsprong (Verordening (EU) 2024/1938)"
            ),
            "summary": (
                "Nieuwe Europese verordening over kwaliteit en veiligheid van stoffen van "
                "menselijke oorsprong (SoHO), zoals bloed, weefsels en cellen. Zij vervangt de "
                "richtlijnen 2002/98/EG en 2004/23/EG en is van toepassing vanaf 7 augustus 2027."
            ),
            "plain_summary": (
                "<p>Bloed, cellen en weefsel van mensen worden gebruikt om patiënten te helpen. "
                "Vanaf augustus 2027 gelden hiervoor nieuwe Europese regels. Die regels beschermen "
                "zowel de donor als de patiënt die het materiaal krijgt.</p><p>De regels gelden "
                "ook voor cellen die worden gebruikt om een cel- of gentherapie te maken.</p>"
            ),
            "implications": (
                "<ul><li>Wanneer cellen worden afgenomen om er een ATMP van te maken, blijft de "
                "SoHO-verordening gelden voor onder meer donorbescherming, donorgeschiktheid, "
                "afname en testen.</li><li>Instellingen die SoHO afnemen of testen moeten zich "
                "laten registreren en krijgen te maken met nieuwe eisen aan hun "
                "kwaliteitssysteem.</li><li>Breng tijdig in kaart welke afdelingen in uw centrum "
                "SoHO-activiteiten uitvoeren en hoe de aansluiting op de GMP-keten is "
                "geregeld.</li><li>Nederland moet de uitvoering regelen, onder meer door "
                "aanpassing van de Wvkl; volg de berichten van VWS.</li></ul>"
            ),
        },
        "en": {
            "title": "SoHO Regulation: substances of human origin (Regulation (EU) 2024/1938)",
            "summary": (
                "New EU regulation on the quality and safety of substances of human origin (SoHO), "
                "such as blood, tissues and cells. It replaces Directives 2002/98/EC and "
                "2004/23/EC and applies from 7 August 2027."
            ),
            "plain_summary": (
                "<p>Blood, cells and tissue from people are used to help patients. From August "
                "2027 new European rules apply to them. The rules protect both the donor and the "
                "patient who receives the material.</p><p>The rules also apply to cells that are "
                "used to make a cell or gene therapy.</p>"
            ),
            "implications": (
                "<ul><li>When cells are collected to make an ATMP, the SoHO Regulation continues "
                "to apply to donor protection, donor eligibility, collection and testing, among "
                "other things.</li><li>Entities that collect or test SoHO must register and will "
                "face new requirements for their quality system.</li><li>Map in good time which "
                "departments in your centre carry out SoHO activities and how the link to the GMP "
                "chain is arranged.</li><li>The Netherlands must arrange implementation, including "
                "changes to the Wvkl; follow announcements from the Ministry of Health.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ GMP
    {
        "key": "gmp-atmp",
        "reference": "EudraLex Volume 4, Part IV: GMP specific to ATMPs",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": date(2017, 11, 22),
        "applicable_date": date(2018, 5, 22),
        "source_url": "https://health.ec.europa.eu/medicinal-products/eudralex/eudralex-volume-4_en",
        "related_protocols": [
            "DARE-SOP-0032",
            "DARE-SOP-0033",
            "DARE-SOP-0034",
            "DARE-SOP-0035",
            "DARE-SOP-0036",
            "DARE-SOP-0039",
            "DARE-SOP-0040",
        ],
        "languages": ["nl", "en"],
        "nl": {
            "title": "GMP-richtsnoeren specifiek voor ATMP's (EudraLex deel 4, Part IV)",
            "summary": (
                "Zelfstandige GMP-richtsnoeren voor de vervaardiging van ATMP's, zowel voor "
                "handelsvergunning als voor klinisch onderzoek. Ze zijn gebaseerd op een "
                "risicogebaseerde benadering en houden rekening met kleine batches, autoloog "
                "materiaal en korte houdbaarheid."
            ),
            "plain_summary": (
                "<p>GMP betekent: goede manier van produceren. Het zijn afspraken over hoe een "
                "geneesmiddel veilig en steeds op dezelfde manier wordt gemaakt. Dit deel van de "
                "Europese regels gaat speciaal over cel- en gentherapieën.</p><p>Er staat "
                "bijvoorbeeld in hoe schoon de ruimtes moeten zijn, hoe medewerkers worden "
                "opgeleid, en hoe wordt gecontroleerd dat elk product voor de juiste patiënt "
                "is.</p>"
            ),
            "implications": (
                "<ul><li>Part IV is voor ATMP's het leidende GMP-kader; andere delen van EudraLex "
                "deel 4 gelden alleen waar Part IV ernaar verwijst.</li><li>Een risicogebaseerde "
                "benadering is toegestaan en wordt verwacht: onderbouw keuzes voor "
                "cleanroomklasse, gesloten systemen en controles in een "
                "risicoanalyse.</li><li>Voor vroege klinische fasen is meer flexibiliteit "
                "mogelijk, bijvoorbeeld bij procesvalidatie, maar aseptische verwerking moet "
                "altijd gevalideerd zijn (media fill).</li><li>Part IV beschrijft hoe te handelen "
                "als een product buiten specificatie valt en er geen alternatief is voor de "
                "patiënt (uitzonderlijke vrijgifte).</li><li>Houd rekening met revisies, "
                "bijvoorbeeld om aan te sluiten bij de herziene Annex 1.</li></ul>"
            ),
        },
        "en": {
            "title": "GMP guidelines specific to ATMPs (EudraLex Volume 4, Part IV)",
            "summary": (
                "Stand-alone GMP guidelines for manufacturing ATMPs, both for marketing "
                "authorisation and for clinical trials. They follow a risk-based approach and take "
                "account of small batches, autologous material and short shelf lives."
            ),
            "plain_summary": (
                "<p>GMP stands for good manufacturing practice. It is a set of agreements on how a "
                "medicine is made safely and the same way every time. This part of the European "
                "rules is specifically about cell and gene therapies.</p><p>It says, for example, "
                "how clean the rooms must be, how staff are trained, and how checks make sure each "
                "product is for the right patient.</p>"
            ),
            "implications": (
                "<ul><li>Part IV is the leading GMP framework for ATMPs; other parts of EudraLex "
                "Volume 4 apply only where Part IV refers to them.</li><li>A risk-based approach "
                "is allowed and expected: justify choices on clean room grade, closed systems and "
                "controls in a risk assessment.</li><li>Early clinical phases allow more "
                "flexibility, for example on process validation, but aseptic processing must "
                "always be validated (media fill).</li><li>Part IV describes what to do when a "
                "product is out of specification and the patient has no alternative (exceptional "
                "release).</li><li>Expect revisions, for example to align with the revised Annex "
                "1.</li></ul>"
            ),
        },
    },
    {
        "key": "gmp-annex-1",
        "reference": (
            "EudraLex Volume 4, Annex 1: Manufacture of Sterile Medicinal Products (2022)"
        ),
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": date(2023, 8, 25),
        "source_url": "https://health.ec.europa.eu/medicinal-products/eudralex/eudralex-volume-4_en",
        "related_protocols": ["DARE-SOP-0032", "DARE-SOP-0033", "DARE-SOP-0034"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "GMP Annex 1: vervaardiging van steriele geneesmiddelen (herziening 2022)",
            "summary": (
                "De herziene bijlage over steriele productie, van toepassing sinds 25 augustus "
                "2023 (het onderdeel over vriesdrogen sinds augustus 2024). Kern is een "
                "contaminatiecontrolestrategie (CCS) op basis van kwaliteitsrisicomanagement."
            ),
            "plain_summary": (
                "<p>Cel- en gentherapieën kunnen na het maken niet worden gesteriliseerd. Daarom "
                "moeten ze vanaf het begin heel schoon worden gemaakt. Deze Europese regels "
                "beschrijven hoe dat moet: met schone ruimtes, goede kleding en vaste "
                "werkwijzen.</p><p>Elke productielocatie moet een plan hebben om besmetting te "
                "voorkomen.</p>"
            ),
            "implications": (
                "<ul><li>Formeel geldt voor ATMP's Part IV, maar Annex 1 wordt veel gebruikt als "
                "referentie voor de stand van de techniek, bijvoorbeeld voor de CCS, "
                "omgevingsmonitoring en aseptische processimulaties.</li><li>Stel een CCS op die "
                "de hele faciliteit beslaat: ontwerp, luchtbehandeling, personeel, materialen, "
                "schoonmaak en monitoring.</li><li>Isolatoren en gesloten systemen worden "
                "uitdrukkelijk aangemoedigd; onderbouw de achtergrondklasse in een "
                "risicoanalyse.</li><li>De IGJ toetst sinds augustus 2023 op de nieuwe eisen en "
                "kan de CCS vooraf opvragen.</li></ul>"
            ),
        },
        "en": {
            "title": "GMP Annex 1: manufacture of sterile medicinal products (2022 revision)",
            "summary": (
                "The revised annex on sterile manufacturing, applicable since 25 August 2023 (the "
                "freeze-drying provision since August 2024). Its core is a contamination control "
                "strategy (CCS) based on quality risk management."
            ),
            "plain_summary": (
                "<p>Cell and gene therapies cannot be sterilised after they are made. That is why "
                "they must be made very cleanly from the very start. These European rules describe "
                "how: with clean rooms, proper clothing and fixed ways of working.</p><p>Every "
                "production site must have a plan to prevent contamination.</p>"
            ),
            "implications": (
                "<ul><li>Formally, Part IV applies to ATMPs, but Annex 1 is widely used as the "
                "reference for the state of the art, for example for the CCS, environmental "
                "monitoring and aseptic process simulations.</li><li>Write a CCS covering the "
                "whole facility: design, air handling, personnel, materials, cleaning and "
                "monitoring.</li><li>Isolators and closed systems are explicitly encouraged; "
                "justify the background grade in a risk assessment.</li><li>The IGJ has inspected "
                "against the new requirements since August 2023 and may request the CCS in "
                "advance.</li></ul>"
            ),
        },
    },
    {
        "key": "gmp-imp-regulation",
        "reference": "Commission Delegated Regulation (EU) 2017/1569",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": date(2017, 5, 23),
        "applicable_date": date(2022, 1, 31),
        "source_url": "https://eur-lex.europa.eu/eli/reg_del/2017/1569/oj",
        "related_protocols": ["DARE-SOP-0035", "DARE-SOP-0036"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "GMP voor geneesmiddelen voor onderzoek (Gedelegeerde Verordening (EU) 2017/1569)"
            ),
            "summary": (
                "Legt de beginselen van GMP vast voor geneesmiddelen voor onderzoek en de regels "
                "voor inspecties. Zij vult de Verordening klinische proeven aan en is van "
                "toepassing sinds 31 januari 2022."
            ),
            "plain_summary": (
                "<p>Ook een geneesmiddel dat nog wordt onderzocht, moet zorgvuldig worden gemaakt. "
                "Deze Europese regels zeggen welke basisafspraken daarvoor gelden. Bijvoorbeeld "
                "over het kwaliteitssysteem, het personeel en het vastleggen van wat er "
                "gebeurt.</p>"
            ),
            "implications": (
                "<ul><li>De verordening bevat de wettelijke GMP-beginselen (kwaliteitssysteem, "
                "personeel, gebouwen, documentatie, klachten en terugroepen); Part IV werkt ze "
                "voor ATMP's uit.</li><li>De verrichter en de fabrikant moeten schriftelijke "
                "afspraken maken over wie welke GMP-taak uitvoert, ook als beide onder hetzelfde "
                "UMC vallen.</li><li>Bewaar documentatie over de batch ten minste vijf jaar na "
                "afloop van de laatste klinische proef waarin de batch is gebruikt, tenzij langere "
                "termijnen gelden.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "GMP for investigational medicinal products (Delegated Regulation (EU) 2017/1569)"
            ),
            "summary": (
                "Lays down the principles of GMP for investigational medicinal products and the "
                "arrangements for inspections. It supplements the Clinical Trials Regulation and "
                "has applied since 31 January 2022."
            ),
            "plain_summary": (
                "<p>A medicine that is still being studied must also be made carefully. These "
                "European rules set out the basic agreements for that. For example on the quality "
                "system, the staff and recording what happens.</p>"
            ),
            "implications": (
                "<ul><li>The regulation contains the legal GMP principles (quality system, "
                "personnel, premises, documentation, complaints and recalls); Part IV elaborates "
                "them for ATMPs.</li><li>Sponsor and manufacturer must agree in writing who "
                "performs which GMP task, even when both belong to the same university medical "
                "centre.</li><li>Keep batch documentation for at least five years after the end of "
                "the last clinical trial in which the batch was used, unless longer periods "
                "apply.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ GMO
    {
        "key": "contained-use-directive",
        "reference": "Directive 2009/41/EC",
        "instrument_type": "eu-directive",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "gmo",
        "legal_status": "in-force",
        "adopted_date": date(2009, 5, 6),
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/eli/dir/2009/41/oj",
        "related_protocols": ["DARE-SOP-0023", "DARE-SOP-0026", "DARE-SOP-0037"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Richtlijn ingeperkt gebruik van genetisch gemodificeerde micro-organismen "
                "(Richtlijn 2009/41/EG)"
            ),
            "summary": (
                "Europese regels voor werken met genetisch gemodificeerde micro-organismen in "
                "afgesloten ruimten, zoals laboratoria en productiefaciliteiten. Werkzaamheden "
                "worden naar risico ingedeeld in vier klassen met bijbehorende "
                "inperkingsmaatregelen."
            ),
            "plain_summary": (
                "<p>Voor gentherapie worden vaak virussen gebruikt die zo zijn aangepast dat ze "
                "een gen in een cel kunnen brengen. Deze Europese regels zorgen ervoor dat zulke "
                "virussen het laboratorium niet uit kunnen en geen gevaar vormen voor mensen en "
                "milieu.</p>"
            ),
            "implications": (
                "<ul><li>Het maken en testen van virale vectoren, zoals lentivirale en "
                "AAV-vectoren, is ingeperkt gebruik; in Nederland is hiervoor een vergunning of "
                "kennisgeving op grond van het Besluit ggo nodig.</li><li>De risicoklasse bepaalt "
                "de inperkingsmaatregelen, zoals het ML-niveau van het laboratorium en de "
                "behandeling van afval.</li><li>Ggo-afval moet worden geïnactiveerd voordat het de "
                "inrichting verlaat.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Directive on the contained use of genetically modified micro-organisms (Directive "
                "2009/41/EC)"
            ),
            "summary": (
                "EU rules for working with genetically modified micro-organisms in closed "
                "facilities, such as laboratories and production suites. Activities are classified "
                "by risk into four classes with matching containment measures."
            ),
            "plain_summary": (
                "<p>Gene therapy often uses viruses that have been changed so that they can carry "
                "a gene into a cell. These European rules make sure that such viruses cannot leave "
                "the laboratory and pose no danger to people or the environment.</p>"
            ),
            "implications": (
                "<ul><li>Making and testing viral vectors, such as lentiviral and AAV vectors, is "
                "contained use; in the Netherlands it requires a permit or notification under the "
                "GMO Decree.</li><li>The risk class determines the containment measures, such as "
                "the ML level of the laboratory and the handling of waste.</li><li>GMO waste must "
                "be inactivated before it leaves the facility.</li></ul>"
            ),
        },
    },
    {
        "key": "deliberate-release-directive",
        "reference": "Directive 2001/18/EC",
        "instrument_type": "eu-directive",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "gmo",
        "legal_status": "in-force",
        "adopted_date": date(2001, 3, 12),
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/eli/dir/2001/18/oj",
        "related_protocols": ["DARE-SOP-0022", "DARE-SOP-0029", "DARE-SOP-0037"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Richtlijn doelbewuste introductie van ggo's in het milieu (Richtlijn 2001/18/EG)"
            ),
            "summary": (
                "Europese regels voor het doelbewust in het milieu brengen van genetisch "
                "gemodificeerde organismen. Klinische studies met ggo's, zoals gentherapie met "
                "virale vectoren, kunnen hieronder vallen en vereisen dan een "
                "milieurisicobeoordeling."
            ),
            "plain_summary": (
                "<p>Als een patiënt een behandeling krijgt met een aangepast virus, kan een klein "
                "deel daarvan het lichaam weer verlaten. Daarom wordt vooraf onderzocht of dat "
                "gevaar kan opleveren voor andere mensen of voor het milieu.</p><p>Deze Europese "
                "regels zeggen hoe dat onderzoek moet worden gedaan.</p>"
            ),
            "implications": (
                "<ul><li>Voor klinisch onderzoek met een ggo is een milieurisicobeoordeling nodig, "
                "met onder meer gegevens over uitscheiding (shedding) en "
                "biodistributie.</li><li>De Europese Commissie en lidstaten hebben "
                "gemeenschappelijke aanvraagformulieren en 'good practice'-documenten opgesteld "
                "voor klinische studies met AAV-vectoren en genetisch gemodificeerde cellen; deze "
                "worden ook in Nederland geaccepteerd.</li><li>In Nederland is de richtlijn "
                "omgezet in het Besluit ggo; de vergunning wordt aangevraagd via Bureau "
                "GGO.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Directive on the deliberate release of GMOs into the environment (Directive "
                "2001/18/EC)"
            ),
            "summary": (
                "EU rules for deliberately releasing genetically modified organisms into the "
                "environment. Clinical studies with GMOs, such as gene therapy with viral vectors, "
                "can fall under it and then require an environmental risk assessment."
            ),
            "plain_summary": (
                "<p>When a patient is treated with a modified virus, a small part of it can leave "
                "the body again. That is why it is checked beforehand whether this could harm "
                "other people or the environment.</p><p>These European rules say how that check "
                "must be done.</p>"
            ),
            "implications": (
                "<ul><li>Clinical research with a GMO needs an environmental risk assessment, "
                "including data on shedding and biodistribution.</li><li>The European Commission "
                "and member states have drawn up common application forms and good practice "
                "documents for clinical studies with AAV vectors and genetically modified cells; "
                "these are also accepted in the Netherlands.</li><li>In the Netherlands the "
                "directive is transposed in the GMO Decree; the permit is applied for through the "
                "GMO Office (Bureau GGO).</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ EMA guidance
    {
        "key": "ema-investigational-atmp-guideline",
        "reference": "EMA/CAT/22473/2025",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "clinical-trials",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": date(2025, 7, 1),
        "source_url": "https://www.ema.europa.eu/en/guideline-quality-non-clinical-clinical-requirements-investigational-advanced-therapy-medicinal-products-clinical-trials-scientific-guideline",
        "related_protocols": ["DARE-SOP-0035", "DARE-SOP-0040"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "EMA-richtlijn kwaliteit, niet-klinische en klinische eisen voor onderzoeks-ATMP's"
            ),
            "summary": (
                "Multidisciplinaire EMA-richtlijn over de opbouw en de gegevenseisen van een "
                "aanvraag voor een klinische proef met een ATMP, zowel voor verkennende "
                "(first-in-human) als voor bevestigende studies. Van kracht sinds 1 juli 2025."
            ),
            "plain_summary": (
                "<p>Wie een nieuwe cel- of gentherapie voor het eerst bij mensen wil testen, moet "
                "laten zien dat het product goed gemaakt wordt en veilig genoeg is om te proberen. "
                "Deze Europese richtlijn beschrijft welke informatie daarvoor nodig is.</p><p>Hoe "
                "verder het onderzoek is, hoe meer gegevens er nodig zijn.</p>"
            ),
            "implications": (
                "<ul><li>Gebruik de richtlijn als leidraad voor het IMPD: productie, "
                "karakterisering, specificaties, stabiliteit en vergelijkbaarheid na "
                "proceswijzigingen.</li><li>Eisen groeien mee met de fase van de studie; voor "
                "first-in-human-studies ligt de nadruk op veiligheid en een onderbouwde "
                "startdosis.</li><li>Onvoldoende kwaliteitsontwikkeling kan ertoe leiden dat "
                "klinische gegevens later niet bruikbaar zijn voor een handelsvergunning; plan "
                "potentietesten en vergelijkbaarheid daarom vroeg.</li><li>Voor studies bij "
                "kinderen verwijst de richtlijn naar de specifieke pediatrische richtsnoeren, "
                "zoals ICH E11.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "EMA guideline on quality, non-clinical and clinical requirements for "
                "investigational ATMPs"
            ),
            "summary": (
                "Multidisciplinary EMA guideline on the structure and data requirements of a "
                "clinical trial application with an ATMP, for both exploratory (first-in-human) "
                "and confirmatory trials. In effect since 1 July 2025."
            ),
            "plain_summary": (
                "<p>Anyone who wants to test a new cell or gene therapy in people for the first "
                "time must show that the product is made properly and is safe enough to try. This "
                "European guideline describes what information is needed for that.</p><p>The "
                "further the research has progressed, the more data are needed.</p>"
            ),
            "implications": (
                "<ul><li>Use the guideline as a roadmap for the IMPD: manufacture, "
                "characterisation, specifications, stability and comparability after process "
                "changes.</li><li>Requirements grow with the trial phase; for first-in-human "
                "trials the focus is on safety and a justified starting dose.</li><li>Insufficient "
                "quality development may make clinical data unusable for a later marketing "
                "authorisation; plan potency assays and comparability early.</li><li>For trials in "
                "children the guideline refers to the specific paediatric guidance, such as ICH "
                "E11.</li></ul>"
            ),
        },
    },
    {
        "key": "ema-gm-cells-guideline",
        "reference": "EMA/CAT/GTWP/671639/2008 Rev. 1",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": date(2021, 6, 1),
        "source_url": "https://www.ema.europa.eu/en/quality-non-clinical-clinical-aspects-medicinal-products-containing-genetically-modified-cells",
        "related_protocols": ["DARE-SOP-0014", "DARE-SOP-0030"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "EMA-richtlijn geneesmiddelen met genetisch gemodificeerde cellen (revisie 1)",
            "summary": (
                "Wetenschappelijke EMA-richtlijn over kwaliteit, niet-klinische en klinische "
                "aspecten van geneesmiddelen met genetisch gemodificeerde cellen. De herziening "
                "behandelt ook CAR-T-cellen, geïnduceerde pluripotente stamcellen en "
                "genoombewerking."
            ),
            "plain_summary": (
                "<p>Bij sommige behandelingen worden cellen in het laboratorium genetisch "
                "aangepast, bijvoorbeeld zodat ze kankercellen herkennen. Deze Europese richtlijn "
                "beschrijft hoe de kwaliteit en veiligheid van zulke cellen worden "
                "onderzocht.</p><p>Er wordt onder meer gekeken of de aanpassing in het erfelijk "
                "materiaal geen schade veroorzaakt.</p>"
            ),
            "implications": (
                "<ul><li>Beschrijf de vector of het genoombewerkingsinstrument als "
                "uitgangsmateriaal, met passende controles op identiteit, zuiverheid en "
                "afwezigheid van replicatiecompetent virus.</li><li>Karakteriseer het product met "
                "onder meer vectorkopieaantal, transductie-efficiëntie en, bij genoombewerking, "
                "ongewenste bewerkingen buiten het doel.</li><li>Plan langetermijnfollow-up van "
                "patiënten op risico's zoals insertiemutagenese.</li><li>Ook voor klinisch "
                "onderzoek is deze richtlijn de inhoudelijke referentie, naast de richtlijn voor "
                "onderzoeks-ATMP's.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "EMA guideline on medicinal products containing genetically modified cells "
                "(Revision 1)"
            ),
            "summary": (
                "EMA scientific guideline on quality, non-clinical and clinical aspects of "
                "medicinal products containing genetically modified cells. The revision also "
                "covers CAR-T cells, induced pluripotent stem cells and genome editing."
            ),
            "plain_summary": (
                "<p>In some treatments, cells are genetically changed in the laboratory, for "
                "example so that they recognise cancer cells. This European guideline describes "
                "how the quality and safety of such cells are studied.</p><p>Among other things, "
                "it is checked that the change to the genetic material does not cause harm.</p>"
            ),
            "implications": (
                "<ul><li>Describe the vector or genome editing tool as a starting material, with "
                "suitable controls on identity, purity and absence of replication-competent "
                "virus.</li><li>Characterise the product with, among others, vector copy number, "
                "transduction efficiency and, for genome editing, unintended off-target "
                "edits.</li><li>Plan long-term follow-up of patients for risks such as insertional "
                "mutagenesis.</li><li>For clinical research this guideline is the scientific "
                "reference too, alongside the guideline on investigational ATMPs.</li></ul>"
            ),
        },
    },
    {
        "key": "ema-risk-based-approach",
        "reference": "EMA/CAT/CPWP/686637/2011",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": date(2013, 2, 12),
        "source_url": "https://www.ema.europa.eu/en/risk-based-approach-according-annex-i-part-iv-directive-2001-83-ec-applied-advanced-therapy",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "EMA-richtlijn risicogebaseerde benadering voor ATMP's",
            "summary": (
                "Beschrijft hoe een aanvrager met een risicogebaseerde benadering (Bijlage I, deel "
                "IV, van Richtlijn 2001/83/EG) de omvang van kwaliteits-, niet-klinische en "
                "klinische gegevens in een ATMP-dossier kan onderbouwen."
            ),
            "plain_summary": (
                "<p>Elke cel- of gentherapie is anders. Daarom hoeft niet voor elk product precies "
                "hetzelfde onderzoek te worden gedaan. De ontwikkelaar zoekt uit welke risico's "
                "het product heeft en laat zien hoe die risico's zijn onderzocht.</p>"
            ),
            "implications": (
                "<ul><li>Breng voor uw product de risico's (zoals tumorvorming of ongewenste "
                "immuunreacties) en de risicofactoren (zoals celtype, manipulatie en "
                "toedieningswijze) systematisch in kaart.</li><li>Gebruik dat risicoprofiel om te "
                "onderbouwen waarom bepaalde studies wel of niet nodig zijn.</li><li>Dezelfde "
                "denkwijze helpt bij het opstellen van een IMPD en bij wetenschappelijk "
                "advies.</li></ul>"
            ),
        },
        "en": {
            "title": "EMA guideline on the risk-based approach for ATMPs",
            "summary": (
                "Describes how an applicant can use a risk-based approach (Annex I, Part IV of "
                "Directive 2001/83/EC) to justify the extent of quality, non-clinical and clinical "
                "data in an ATMP dossier."
            ),
            "plain_summary": (
                "<p>Every cell or gene therapy is different. So not every product needs exactly "
                "the same studies. The developer works out which risks the product has and shows "
                "how those risks have been studied.</p>"
            ),
            "implications": (
                "<ul><li>Map the risks of your product (such as tumour formation or unwanted "
                "immune reactions) and the risk factors (such as cell type, manipulation and route "
                "of administration) systematically.</li><li>Use that risk profile to justify why "
                "certain studies are or are not needed.</li><li>The same way of thinking helps "
                "when drafting an IMPD and when seeking scientific advice.</li></ul>"
            ),
        },
    },
    {
        "key": "atmp-classification",
        "reference": (
            "Article 17 of Regulation (EC) No 1394/2007: CAT classification recommendation"
        ),
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.ema.europa.eu/en/committees/committee-advanced-therapies-cat",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "ATMP-classificatie door het CAT",
            "summary": (
                "Iedere ontwikkelaar van een product op basis van genen, cellen of weefsels kan "
                "het CAT vragen of het product een ATMP is en, zo ja, welk type. Het EMA geeft "
                "binnen 60 dagen na een geldige aanvraag een wetenschappelijke aanbeveling, na "
                "overleg met de Europese Commissie."
            ),
            "plain_summary": (
                "<p>Soms is niet meteen duidelijk of een nieuwe behandeling een cel- of "
                "gentherapie is in de zin van de wet. Dat maakt uit voor de regels die gelden. Een "
                "Europese commissie van deskundigen kan daar een advies over geven.</p>"
            ),
            "implications": (
                "<ul><li>Vraag classificatie aan bij grensgevallen, bijvoorbeeld bij minimaal "
                "bewerkte cellen, niet-homoloog gebruik of combinaties met een medisch "
                "hulpmiddel.</li><li>De uitkomst bepaalt welke route en welke richtlijnen gelden, "
                "zoals GMP Part IV en de toetsing door de CCMO.</li><li>Eerdere aanbevelingen "
                "worden in samenvatting gepubliceerd en geven een goed beeld van de lijn van het "
                "CAT.</li></ul>"
            ),
        },
        "en": {
            "title": "ATMP classification by the CAT",
            "summary": (
                "Any developer of a product based on genes, cells or tissues can ask the CAT "
                "whether the product is an ATMP and, if so, which type. EMA delivers a scientific "
                "recommendation within 60 days of a valid request, after consulting the European "
                "Commission."
            ),
            "plain_summary": (
                "<p>Sometimes it is not immediately clear whether a new treatment is a cell or "
                "gene therapy in the legal sense. That matters for which rules apply. A European "
                "committee of experts can give advice on this.</p>"
            ),
            "implications": (
                "<ul><li>Request classification in borderline cases, for example minimally "
                "manipulated cells, non-homologous use or combinations with a medical "
                "device.</li><li>The outcome determines which route and which guidelines apply, "
                "such as GMP Part IV and review by the CCMO.</li><li>Earlier recommendations are "
                "published as summaries and show the CAT's line of thinking well.</li></ul>"
            ),
        },
    },
    {
        "key": "gcp-atmp",
        "reference": "C(2019) 7140 final: Guidelines on GCP specific to ATMPs",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "clinical-trials",
        "legal_status": "in-force",
        "adopted_date": date(2019, 10, 10),
        "applicable_date": None,
        "source_url": "https://health.ec.europa.eu/medicinal-products/eudralex/eudralex-volume-10_en",
        "related_protocols": ["DARE-SOP-0022", "DARE-SOP-0039", "DARE-SOP-0040"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Richtsnoeren goede klinische praktijk specifiek voor ATMP's",
            "summary": (
                "Richtsnoeren van de Europese Commissie die de GCP-eisen uitwerken voor klinische "
                "proeven met ATMP's, naast de ICH-GCP-richtlijn. Onderwerpen zijn onder meer "
                "traceerbaarheid, bewaren van monsters, langetermijnfollow-up en het toedienen van "
                "producten buiten specificatie."
            ),
            "plain_summary": (
                "<p>Onderzoek met cel- en gentherapie heeft eigen uitdagingen. Het product is soms "
                "maar kort houdbaar en wordt vaak voor één patiënt gemaakt. Deze Europese "
                "richtsnoeren beschrijven hoe onderzoekers daar zorgvuldig mee omgaan.</p><p>Er "
                "staat bijvoorbeeld in hoe lang patiënten na de behandeling worden gevolgd en wat "
                "er gebeurt als een product niet helemaal aan de eisen voldoet.</p>"
            ),
            "implications": (
                "<ul><li>Leg in het protocol de ingrepen vóór de productie vast, zoals leukaferese "
                "of biopsie, inclusief de training van het betrokken personeel.</li><li>Zorg voor "
                "een traceerbaarheidssysteem dat patiënt, uitgangsmateriaal en product koppelt "
                "(chain of identity).</li><li>Beschrijf vooraf hoe wordt besloten over toediening "
                "van een product buiten specificatie en hoe de patiënt daarover wordt "
                "geïnformeerd.</li><li>Plan langetermijnfollow-up en beschrijf die in het "
                "toestemmingsformulier.</li></ul>"
            ),
        },
        "en": {
            "title": "Guidelines on good clinical practice specific to ATMPs",
            "summary": (
                "European Commission guidelines that set out GCP requirements for clinical trials "
                "with ATMPs, alongside ICH GCP. Topics include traceability, retention of samples, "
                "long-term follow-up and administration of out-of-specification products."
            ),
            "plain_summary": (
                "<p>Research with cell and gene therapy has its own challenges. The product often "
                "keeps for only a short time and is often made for one patient. These European "
                "guidelines describe how researchers handle this carefully.</p><p>They say, for "
                "example, how long patients are followed after treatment and what happens if a "
                "product does not fully meet the requirements.</p>"
            ),
            "implications": (
                "<ul><li>Describe the interventions before manufacture in the protocol, such as "
                "leukapheresis or biopsy, including the training of the staff "
                "involved.</li><li>Set up a traceability system linking patient, starting material "
                "and product (chain of identity).</li><li>Describe in advance how decisions on "
                "administering an out-of-specification product are made and how the patient is "
                "informed.</li><li>Plan long-term follow-up and describe it in the consent "
                "form.</li></ul>"
            ),
        },
    },
    {
        "key": "ich-e6-r3",
        "reference": "ICH E6(R3) Guideline for good clinical practice",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "clinical-trials",
        "legal_status": "in-force",
        "adopted_date": date(2025, 1, 6),
        "applicable_date": date(2025, 7, 23),
        "source_url": "https://www.ema.europa.eu/en/ich-e6-good-clinical-practice-scientific-guideline",
        "related_protocols": ["DARE-SOP-0022"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "ICH E6(R3): richtlijn goede klinische praktijk",
            "summary": (
                "De herziene internationale GCP-richtlijn, in de EU van toepassing sinds 23 juli "
                "2025. Zij benadrukt een risicogebaseerde, proportionele aanpak, kwaliteit vanaf "
                "het ontwerp en een zorgvuldig toestemmingsproces."
            ),
            "plain_summary": (
                "<p>GCP staat voor goede klinische praktijk. Het zijn internationale afspraken "
                "over hoe medisch onderzoek met mensen goed en eerlijk wordt gedaan. De nieuwste "
                "versie geldt sinds juli 2025.</p><p>De afspraken beschermen de deelnemers en "
                "zorgen ervoor dat de resultaten betrouwbaar zijn.</p>"
            ),
            "implications": (
                "<ul><li>Richt het onderzoek in op wat echt belangrijk is voor de veiligheid van "
                "deelnemers en de betrouwbaarheid van de resultaten, en pas monitoring daarop "
                "aan.</li><li>Zorg dat onderzoekers en ondersteunend personeel zijn getraind op de "
                "nieuwe versie.</li><li>Voor ATMP-studies gelden daarnaast de GCP-richtsnoeren "
                "specifiek voor ATMP's.</li></ul>"
            ),
        },
        "en": {
            "title": "ICH E6(R3): guideline for good clinical practice",
            "summary": (
                "The revised international GCP guideline, applicable in the EU since 23 July 2025. "
                "It emphasises a risk-based, proportionate approach, quality by design and a "
                "careful consent process."
            ),
            "plain_summary": (
                "<p>GCP stands for good clinical practice. It is a set of international agreements "
                "on how medical research with people is done well and fairly. The newest version "
                "has applied since July 2025.</p><p>The agreements protect participants and make "
                "sure the results are reliable.</p>"
            ),
            "implications": (
                "<ul><li>Focus the study on what truly matters for participant safety and reliable "
                "results, and adapt monitoring accordingly.</li><li>Make sure investigators and "
                "support staff are trained on the new version.</li><li>ATMP trials must also "
                "follow the GCP guidelines specific to ATMPs.</li></ul>"
            ),
        },
    },
    {
        "key": "pharmacovigilance",
        "reference": "Guideline on good pharmacovigilance practices (GVP)",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "pharmacovigilance",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.ema.europa.eu/en/human-regulatory-overview/post-authorisation/pharmacovigilance-post-authorisation/good-pharmacovigilance-practices-gvp",
        "related_protocols": ["DARE-SOP-0022"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Goede praktijken voor geneesmiddelenbewaking (GVP)",
            "summary": (
                "De Europese richtlijn voor geneesmiddelenbewaking, opgebouwd uit modules over "
                "onder meer het bewakingssysteem, risicomanagementplannen, het melden van "
                "bijwerkingen en signaaldetectie. Voor ATMP's geldt daarnaast een EMA-richtlijn "
                "over follow-up en risicomanagement."
            ),
            "plain_summary": (
                "<p>Ook als een geneesmiddel is goedgekeurd, blijven artsen en fabrikanten letten "
                "op bijwerkingen. Dat heet geneesmiddelenbewaking. Bij cel- en gentherapie is dat "
                "extra belangrijk, omdat sommige effecten pas na jaren zichtbaar "
                "worden.</p><p>Patiënten en zorgverleners kunnen bijwerkingen ook zelf melden, in "
                "Nederland bij Lareb.</p>"
            ),
            "implications": (
                "<ul><li>Na een handelsvergunning zijn een risicomanagementplan en een "
                "farmacovigilantiesysteem verplicht; voor ATMP's hoort daar vaak "
                "langetermijnfollow-up bij, bijvoorbeeld via een register.</li><li>Tijdens "
                "klinische proeven gelden de meldplichten van de Verordening klinische proeven, "
                "zoals het melden van SUSAR's.</li><li>Voor ATMP's onder de Nederlandse "
                "ziekenhuisuitzondering moeten onverwachte ernstige bijwerkingen binnen 48 uur bij "
                "de IGJ worden gemeld.</li></ul>"
            ),
        },
        "en": {
            "title": "Good pharmacovigilance practices (GVP)",
            "summary": (
                "The European guideline on pharmacovigilance, made up of modules on the "
                "pharmacovigilance system, risk management plans, adverse reaction reporting and "
                "signal detection, among others. For ATMPs an additional EMA guideline covers "
                "follow-up and risk management."
            ),
            "plain_summary": (
                "<p>Even after a medicine has been approved, doctors and manufacturers keep "
                "watching for side effects. This is called pharmacovigilance. For cell and gene "
                "therapy it is extra important, because some effects only show after "
                "years.</p><p>Patients and healthcare professionals can also report side effects "
                "themselves; in the Netherlands this is done through Lareb.</p>"
            ),
            "implications": (
                "<ul><li>After a marketing authorisation, a risk management plan and a "
                "pharmacovigilance system are mandatory; for ATMPs they often include long-term "
                "follow-up, for example through a registry.</li><li>During clinical trials the "
                "reporting duties of the Clinical Trials Regulation apply, such as reporting "
                "SUSARs.</li><li>For ATMPs under the Dutch hospital exemption, unexpected serious "
                "adverse reactions must be reported to the IGJ within 48 hours.</li></ul>"
            ),
        },
    },
    {
        "key": "prime",
        "reference": "PRIME: PRIority MEdicines scheme (EMA)",
        "instrument_type": "eu-guideline",
        "jurisdiction": "eu",
        "authority": "ema-cat",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.ema.europa.eu/en/human-regulatory/research-development/prime-priority-medicines",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "PRIME: EMA-ondersteuning voor prioritaire geneesmiddelen",
            "summary": (
                "Vrijwillig EMA-programma dat ontwikkelaars van veelbelovende geneesmiddelen voor "
                "een onvervulde medische behoefte vroeg en intensief ondersteunt, met als doel een "
                "versnelde beoordeling van de handelsvergunning."
            ),
            "plain_summary": (
                "<p>Voor sommige ziekten bestaat nog geen goede behandeling. Als een nieuw middel "
                "daarvoor veelbelovend lijkt, kan het Europees Geneesmiddelenbureau de "
                "ontwikkelaar extra helpen. Zo kan het middel sneller en met beter onderzoek bij "
                "patiënten komen.</p>"
            ),
            "implications": (
                "<ul><li>Academische instellingen en mkb-bedrijven kunnen al in een vroeg stadium "
                "instappen, op basis van een sterke wetenschappelijke onderbouwing en eerste "
                "gegevens bij mensen.</li><li>PRIME biedt onder meer een vroeg aangestelde "
                "rapporteur van het CHMP of CAT en wetenschappelijk advies op belangrijke "
                "momenten.</li><li>Een PRIME-status vergroot de kans op versnelde beoordeling, "
                "maar vraagt een realistisch ontwikkelplan richting handelsvergunning, vaak met "
                "een industriële partner.</li></ul>"
            ),
        },
        "en": {
            "title": "PRIME: EMA support for priority medicines",
            "summary": (
                "Voluntary EMA scheme that gives developers of promising medicines for an unmet "
                "medical need early and enhanced support, aiming at accelerated assessment of the "
                "marketing authorisation application."
            ),
            "plain_summary": (
                "<p>For some diseases there is still no good treatment. If a new medicine looks "
                "promising for such a disease, the European Medicines Agency can give the "
                "developer extra help. This way the medicine can reach patients sooner and with "
                "better research.</p>"
            ),
            "implications": (
                "<ul><li>Academic institutions and SMEs can enter at an early stage, based on a "
                "strong scientific rationale and first data in humans.</li><li>PRIME offers, among "
                "other things, an early appointed CHMP or CAT rapporteur and scientific advice at "
                "key milestones.</li><li>PRIME status makes accelerated assessment more likely, "
                "but requires a realistic development plan towards marketing authorisation, often "
                "with an industry partner.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ HTA, data, reform
    {
        "key": "hta-regulation",
        "reference": "Regulation (EU) 2021/2282",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "reimbursement",
        "legal_status": "in-force",
        "adopted_date": date(2021, 12, 15),
        "applicable_date": date(2025, 1, 12),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2021/2282/oj",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "HTA-verordening: gezamenlijke Europese klinische beoordeling (Verordening (EU) "
                "2021/2282)"
            ),
            "summary": (
                "Voert gezamenlijke klinische beoordelingen (JCA) van nieuwe geneesmiddelen op "
                "EU-niveau in. Sinds 12 januari 2025 geldt dit voor nieuwe oncologische "
                "geneesmiddelen en alle ATMP's; weesgeneesmiddelen volgen vanaf januari 2028 en "
                "alle nieuwe centraal toegelaten geneesmiddelen vanaf januari 2030."
            ),
            "plain_summary": (
                "<p>Voordat een nieuw geneesmiddel wordt vergoed, wordt gekeken hoeveel beter het "
                "is dan bestaande behandelingen. Europese landen doen een deel van dat onderzoek "
                "nu samen. Voor nieuwe cel- en gentherapieën gebeurt dat sinds januari "
                "2025.</p><p>Elk land beslist daarna nog steeds zelf over prijs en vergoeding.</p>"
            ),
            "implications": (
                "<ul><li>Voor een ATMP dat een handelsvergunning aanvraagt, wordt parallel een "
                "Europees JCA-dossier opgesteld; houd rekening met de relevante vergelijkende "
                "behandelingen en uitkomstmaten.</li><li>Gezamenlijk wetenschappelijk overleg "
                "(JSC) over het studieontwerp is mogelijk en nuttig om later bewijs te laten "
                "aansluiten.</li><li>Het Zorginstituut blijft verantwoordelijk voor het "
                "Nederlandse pakketadvies, maar houdt rekening met het JCA-rapport.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "HTA Regulation: joint European clinical assessment (Regulation (EU) 2021/2282)"
            ),
            "summary": (
                "Introduces joint clinical assessments (JCA) of new medicines at EU level. Since "
                "12 January 2025 they apply to new cancer medicines and all ATMPs; orphan "
                "medicines follow from January 2028 and all new centrally authorised medicines "
                "from January 2030."
            ),
            "plain_summary": (
                "<p>Before a new medicine is reimbursed, experts look at how much better it is "
                "than existing treatments. European countries now do part of that work together. "
                "For new cell and gene therapies this has happened since January 2025.</p><p>Each "
                "country still decides for itself on price and reimbursement.</p>"
            ),
            "implications": (
                "<ul><li>For an ATMP seeking marketing authorisation, a European JCA dossier is "
                "prepared in parallel; consider the relevant comparators and outcome "
                "measures.</li><li>Joint scientific consultation (JSC) on trial design is possible "
                "and useful so that later evidence fits.</li><li>The National Health Care "
                "Institute remains responsible for Dutch benefit package advice, but takes the JCA "
                "report into account.</li></ul>"
            ),
        },
    },
    {
        "key": "gdpr",
        "reference": "Regulation (EU) 2016/679",
        "instrument_type": "eu-regulation",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "data-protection",
        "legal_status": "in-force",
        "adopted_date": date(2016, 4, 27),
        "applicable_date": date(2018, 5, 25),
        "source_url": "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "related_protocols": ["DARE-SOP-0039"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Algemene verordening gegevensbescherming (AVG, Verordening (EU) 2016/679)",
            "summary": (
                "De Europese privacywet voor het verwerken van persoonsgegevens. Gezondheids- en "
                "genetische gegevens zijn bijzondere persoonsgegevens met extra bescherming; in "
                "Nederland vult de Uitvoeringswet AVG de regels aan."
            ),
            "plain_summary": (
                "<p>Bij onderzoek en behandeling worden veel gegevens over patiënten vastgelegd. "
                "Deze Europese wet beschermt die gegevens. Alleen wie dat echt nodig heeft, mag ze "
                "gebruiken, en alleen voor een duidelijk doel.</p><p>Patiënten hebben het recht om "
                "te weten wat er met hun gegevens gebeurt.</p>"
            ),
            "implications": (
                "<ul><li>Werk in de productie- en traceerbaarheidsketen met gepseudonimiseerde "
                "codes; beperk de koppeling aan direct identificerende gegevens tot wie die nodig "
                "heeft.</li><li>Voer een gegevensbeschermingseffectbeoordeling (DPIA) uit voor "
                "registers en langetermijnfollow-up.</li><li>Stem de bewaartermijnen uit de "
                "geneesmiddelenwetgeving (zoals 30 jaar traceerbaarheid voor ATMP's) af met het "
                "privacybeleid van het centrum.</li><li>Maak afspraken over gegevensuitwisseling "
                "tussen centra, bijvoorbeeld in een verwerkersovereenkomst of afspraken over "
                "gezamenlijke verantwoordelijkheid.</li></ul>"
            ),
        },
        "en": {
            "title": "General Data Protection Regulation (GDPR, Regulation (EU) 2016/679)",
            "summary": (
                "The European privacy law for processing personal data. Health and genetic data "
                "are special categories with extra protection; in the Netherlands the GDPR "
                "Implementation Act (UAVG) supplements the rules."
            ),
            "plain_summary": (
                "<p>Research and treatment record a lot of data about patients. This European law "
                "protects those data. Only people who really need them may use them, and only for "
                "a clear purpose.</p><p>Patients have the right to know what happens to their "
                "data.</p>"
            ),
            "implications": (
                "<ul><li>Use pseudonymised codes in the manufacturing and traceability chain; "
                "limit the link to directly identifying data to those who need it.</li><li>Carry "
                "out a data protection impact assessment (DPIA) for registries and long-term "
                "follow-up.</li><li>Align retention periods from medicines law (such as 30-year "
                "traceability for ATMPs) with the centre's privacy policy.</li><li>Make "
                "arrangements for data exchange between centres, for example a processing "
                "agreement or a joint controllership arrangement.</li></ul>"
            ),
        },
    },
    {
        "key": "pharma-reform-proposal",
        "reference": "COM(2023) 192 and COM(2023) 193: EU pharmaceutical package",
        "instrument_type": "eu-directive",
        "jurisdiction": "eu",
        "authority": "ec",
        "topic": "marketing-authorisation",
        "legal_status": "proposed",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52023PC0192",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Hervorming van de Europese geneesmiddelenwetgeving (geneesmiddelenpakket)",
            "summary": (
                "Voorstellen van de Europese Commissie (april 2023) voor een nieuwe richtlijn en "
                "verordening die onder meer Richtlijn 2001/83/EG en Verordening (EG) nr. 726/2004 "
                "vervangen. Parlement en Raad bereikten in december 2025 een voorlopig politiek "
                "akkoord; controleer op EUR-Lex of de definitieve teksten inmiddels zijn "
                "vastgesteld en gepubliceerd."
            ),
            "plain_summary": (
                "<p>De Europese regels voor geneesmiddelen zijn meer dan twintig jaar oud. De EU "
                "werkt aan nieuwe regels. Die moeten geneesmiddelen beter beschikbaar en "
                "betaalbaar maken en vernieuwing stimuleren.</p><p>De nieuwe regels gaan ook over "
                "behandelingen die ziekenhuizen zelf maken.</p>"
            ),
            "implications": (
                "<ul><li>De voorstellen bevatten nieuwe regels voor de ziekenhuisuitzondering, "
                "zoals gegevensverzameling en rapportage over gebruik, veiligheid en "
                "werkzaamheid.</li><li>Ook termijnen voor beoordeling, gegevensbescherming, "
                "regelingen voor weesgeneesmiddelen en kindergeneesmiddelen en regulatoire "
                "'sandboxes' veranderen.</li><li>Na formele vaststelling volgt een "
                "overgangsperiode; DARE-NL volgt de definitieve teksten en past deze inventaris "
                "daarop aan.</li></ul>"
            ),
        },
        "en": {
            "title": "Reform of the EU pharmaceutical legislation (pharma package)",
            "summary": (
                "European Commission proposals (April 2023) for a new directive and regulation "
                "replacing, among others, Directive 2001/83/EC and Regulation (EC) No 726/2004. "
                "Parliament and Council reached a provisional political agreement in December "
                "2025; check EUR-Lex whether the final texts have since been adopted and "
                "published."
            ),
            "plain_summary": (
                "<p>The European rules for medicines are more than twenty years old. The EU is "
                "working on new rules. They should make medicines more available and affordable "
                "and encourage innovation.</p><p>The new rules also cover treatments that "
                "hospitals make themselves.</p>"
            ),
            "implications": (
                "<ul><li>The proposals contain new rules for the hospital exemption, such as data "
                "collection and reporting on use, safety and efficacy.</li><li>Assessment "
                "timelines, regulatory data protection, orphan and paediatric incentives and "
                "regulatory sandboxes also change.</li><li>Formal adoption will be followed by a "
                "transition period; DARE-NL follows the final texts and will update this inventory "
                "accordingly.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ European Pharmacopoeia
    {
        "key": "ph-eur-5-14",
        "reference": "Ph. Eur. 5.14",
        "instrument_type": "pharmacopoeia",
        "jurisdiction": "eu",
        "authority": "edqm",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.edqm.eu/en/european-pharmacopoeia",
        "related_protocols": [
            "DARE-SOP-0023",
            "DARE-SOP-0024",
            "DARE-SOP-0025",
            "DARE-SOP-0026",
            "DARE-SOP-0027",
            "DARE-SOP-0028",
            "DARE-SOP-0029",
        ],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Ph. Eur. 5.14 Geneesmiddelen voor gentransfer voor menselijk gebruik",
            "summary": (
                "Algemene tekst van de Europese Farmacopee over productie en kwaliteitscontrole "
                "van geneesmiddelen voor gentransfer, met onder meer eisen voor virale vectoren "
                "(zoals adenovirale, AAV- en retrovirale, waaronder lentivirale, vectoren) en "
                "genetisch gemodificeerde cellen."
            ),
            "plain_summary": (
                "<p>De Europese Farmacopee is een groot boek met kwaliteitseisen voor "
                "geneesmiddelen. Dit hoofdstuk gaat over gentherapie. Er staat in hoe virussen die "
                "genen overbrengen, en cellen die zo zijn aangepast, worden gecontroleerd voordat "
                "ze bij een patiënt worden gebruikt.</p>"
            ),
            "implications": (
                "<ul><li>Gebruik de tekst als basis voor de specificaties van vectoren en "
                "genetisch gemodificeerde cellen: identiteit, titer, infectiviteit, zuiverheid en "
                "afwezigheid van replicatiecompetent virus.</li><li>Het hoofdstuk beschrijft ook "
                "eisen aan celbanken en virusbanken.</li><li>Onderbouw afwijkingen van de "
                "farmacopee in het dossier.</li></ul>"
            ),
        },
        "en": {
            "title": "Ph. Eur. 5.14 Gene transfer medicinal products for human use",
            "summary": (
                "General text of the European Pharmacopoeia on production and quality control of "
                "gene transfer medicinal products, with requirements for viral vectors (such as "
                "adenoviral, AAV and retroviral, including lentiviral, vectors) and genetically "
                "modified cells, among others."
            ),
            "plain_summary": (
                "<p>The European Pharmacopoeia is a large book of quality requirements for "
                "medicines. This chapter is about gene therapy. It describes how viruses that "
                "carry genes, and cells that have been changed this way, are checked before they "
                "are used in a patient.</p>"
            ),
            "implications": (
                "<ul><li>Use the text as the basis for specifications of vectors and genetically "
                "modified cells: identity, titre, infectivity, purity and absence of "
                "replication-competent virus.</li><li>The chapter also sets requirements for cell "
                "banks and virus banks.</li><li>Justify deviations from the pharmacopoeia in the "
                "dossier.</li></ul>"
            ),
        },
    },
    {
        "key": "ph-eur-2-6-27",
        "reference": "Ph. Eur. 2.6.27",
        "instrument_type": "pharmacopoeia",
        "jurisdiction": "eu",
        "authority": "edqm",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.edqm.eu/en/european-pharmacopoeia",
        "related_protocols": ["DARE-SOP-0035", "DARE-SOP-0040"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Ph. Eur. 2.6.27 Microbiologisch onderzoek van celpreparaten",
            "summary": (
                "Farmacopeemethode voor het aantonen van bacteriële en schimmelbesmetting in "
                "celpreparaten, bijvoorbeeld met geautomatiseerde kweeksystemen. Geschikt voor "
                "producten met weinig materiaal en een korte houdbaarheid."
            ),
            "plain_summary": (
                "<p>Een celtherapie mag geen bacteriën of schimmels bevatten. Dit hoofdstuk "
                "beschrijft hoe het laboratorium dat test. Omdat cellen vaak snel moeten worden "
                "gegeven, kan de uitslag soms pas komen als de patiënt de cellen al heeft "
                "gekregen. Daarvoor zijn vaste afspraken.</p>"
            ),
            "implications": (
                "<ul><li>Valideer de methode voor uw matrix (bijvoorbeeld cellen in cryomedium met "
                "DMSO) met een geschiktheidstest.</li><li>Leg vast welk monstervolume wordt getest "
                "en op welk moment in het proces, zodat het resultaat representatief "
                "is.</li><li>Beschrijf vooraf hoe wordt gehandeld als een kweek positief wordt "
                "nadat het product al is toegediend, inclusief het informeren van de behandelend "
                "arts.</li></ul>"
            ),
        },
        "en": {
            "title": "Ph. Eur. 2.6.27 Microbiological examination of cell-based preparations",
            "summary": (
                "Pharmacopoeial method for detecting bacterial and fungal contamination in "
                "cell-based preparations, for example with automated culture systems. Suited to "
                "products with little material and a short shelf life."
            ),
            "plain_summary": (
                "<p>A cell therapy must not contain bacteria or fungi. This chapter describes how "
                "the laboratory tests for this. Because cells often have to be given quickly, the "
                "result sometimes only arrives after the patient has received the cells. There are "
                "fixed arrangements for that.</p>"
            ),
            "implications": (
                "<ul><li>Validate the method for your matrix (for example cells in cryomedium with "
                "DMSO) with a suitability test.</li><li>Record which sample volume is tested and "
                "at which point in the process, so the result is representative.</li><li>Describe "
                "in advance what happens when a culture turns positive after the product has been "
                "administered, including informing the treating physician.</li></ul>"
            ),
        },
    },
    {
        "key": "ph-eur-2-6-7",
        "reference": "Ph. Eur. 2.6.7",
        "instrument_type": "pharmacopoeia",
        "jurisdiction": "eu",
        "authority": "edqm",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.edqm.eu/en/european-pharmacopoeia",
        "related_protocols": ["DARE-SOP-0035"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Ph. Eur. 2.6.7 Mycoplasma's",
            "summary": (
                "Farmacopeemethoden om mycoplasma's aan te tonen: de kweekmethode, de "
                "indicatorcelkweekmethode en nucleïnezuuramplificatietechnieken (NAT). "
                "NAT-methoden zijn toegestaan mits gevalideerd en geven sneller uitslag."
            ),
            "plain_summary": (
                "<p>Mycoplasma's zijn heel kleine bacteriën die celkweken kunnen besmetten zonder "
                "dat je het ziet. Daarom wordt elk celproduct erop getest. Dit hoofdstuk "
                "beschrijft welke testen daarvoor geschikt zijn.</p>"
            ),
            "implications": (
                "<ul><li>Voor producten met een korte houdbaarheid is een gevalideerde NAT-methode "
                "meestal de enige praktische keuze, omdat de kweekmethode weken "
                "duurt.</li><li>Toon aan dat de NAT-methode even gevoelig is als de kweekmethode "
                "of onderbouw het verschil.</li><li>Test op het moment dat de kans op detectie het "
                "grootst is, bijvoorbeeld op cellen met supernatant vóór het wassen.</li></ul>"
            ),
        },
        "en": {
            "title": "Ph. Eur. 2.6.7 Mycoplasmas",
            "summary": (
                "Pharmacopoeial methods for detecting mycoplasmas: the culture method, the "
                "indicator cell culture method and nucleic acid amplification techniques (NAT). "
                "NAT methods are allowed if validated and give results faster."
            ),
            "plain_summary": (
                "<p>Mycoplasmas are very small bacteria that can infect cell cultures without "
                "being seen. That is why every cell product is tested for them. This chapter "
                "describes which tests are suitable.</p>"
            ),
            "implications": (
                "<ul><li>For products with a short shelf life a validated NAT method is usually "
                "the only practical choice, because the culture method takes weeks.</li><li>Show "
                "that the NAT method is as sensitive as the culture method, or justify the "
                "difference.</li><li>Test when the chance of detection is highest, for example on "
                "cells with supernatant before washing.</li></ul>"
            ),
        },
    },
    {
        "key": "ph-eur-5-2-12",
        "reference": "Ph. Eur. 5.2.12",
        "instrument_type": "pharmacopoeia",
        "jurisdiction": "eu",
        "authority": "edqm",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.edqm.eu/en/european-pharmacopoeia",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Ph. Eur. 5.2.12 Grondstoffen van biologische oorsprong voor cel- en gentherapie"
            ),
            "summary": (
                "Algemene tekst over de kwaliteit van grondstoffen van biologische oorsprong die "
                "bij de productie van cel- en gentherapieproducten worden gebruikt, zoals serum, "
                "cytokinen, groeifactoren en enzymen."
            ),
            "plain_summary": (
                "<p>Om cellen te laten groeien zijn hulpstoffen nodig, bijvoorbeeld eiwitten die "
                "de groei stimuleren. Sommige daarvan komen van mensen of dieren. Dit hoofdstuk "
                "beschrijft hoe je zeker weet dat die hulpstoffen veilig en van goede kwaliteit "
                "zijn.</p>"
            ),
            "implications": (
                "<ul><li>Beoordeel per grondstof het risico op overdracht van virussen en andere "
                "agentia, en kies waar mogelijk materialen zonder dierlijke "
                "bestanddelen.</li><li>Vraag leveranciers om documentatie over herkomst, productie "
                "en testen, en leg de beoordeling vast in uw leveranciersbeheer.</li><li>Onderbouw "
                "het gebruik van 'research grade'-materialen in vroege fasen met een "
                "risicoanalyse.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Ph. Eur. 5.2.12 Raw materials of biological origin for cell-based and gene "
                "therapy products"
            ),
            "summary": (
                "General text on the quality of raw materials of biological origin used to produce "
                "cell-based and gene therapy medicinal products, such as serum, cytokines, growth "
                "factors and enzymes."
            ),
            "plain_summary": (
                "<p>To grow cells, helper substances are needed, for example proteins that "
                "stimulate growth. Some of them come from people or animals. This chapter "
                "describes how to be sure that these helper substances are safe and of good "
                "quality.</p>"
            ),
            "implications": (
                "<ul><li>Assess for each raw material the risk of transmitting viruses and other "
                "agents, and choose animal-component-free materials where possible.</li><li>Ask "
                "suppliers for documentation on origin, production and testing, and record the "
                "assessment in your supplier management.</li><li>Justify the use of research-grade "
                "materials in early phases with a risk assessment.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ Dutch law
    {
        "key": "geneesmiddelenwet",
        "reference": "Geneesmiddelenwet",
        "instrument_type": "nl-law",
        "jurisdiction": "nl",
        "authority": "vws",
        "topic": "marketing-authorisation",
        "legal_status": "in-force",
        "adopted_date": date(2007, 2, 8),
        "applicable_date": date(2007, 7, 1),
        "source_url": "https://wetten.overheid.nl/BWBR0021505",
        "related_protocols": ["DARE-SOP-0035"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Geneesmiddelenwet",
            "summary": (
                "De Nederlandse wet over het bereiden, in de handel brengen, afleveren en bewaken "
                "van geneesmiddelen. Zij zet onder meer Richtlijn 2001/83/EG om en regelt de "
                "fabrikantenvergunning, apotheekbereidingen en de ziekenhuisuitzondering voor "
                "ATMP's."
            ),
            "plain_summary": (
                "<p>In deze Nederlandse wet staat wie geneesmiddelen mag maken, verkopen en aan "
                "patiënten mag geven. Er staat ook in welke vergunningen daarvoor nodig "
                "zijn.</p><p>De wet regelt ook wanneer een ziekenhuis zelf een cel- of gentherapie "
                "mag maken voor een eigen patiënt.</p>"
            ),
            "implications": (
                "<ul><li>Voor het bereiden van geneesmiddelen, ook onderzoeksgeneesmiddelen, is in "
                "principe een fabrikantenvergunning nodig; deze wordt via Farmatec "
                "aangevraagd.</li><li>De IGJ houdt toezicht op naleving van de wet, waaronder "
                "GMP.</li><li>De ziekenhuisuitzondering voor ATMP's is in deze wet uitgewerkt en "
                "vraagt toestemming van de IGJ.</li></ul>"
            ),
        },
        "en": {
            "title": "Medicines Act (Geneesmiddelenwet)",
            "summary": (
                "The Dutch act on preparing, marketing, supplying and monitoring medicines. Among "
                "other things, it transposes Directive 2001/83/EC and regulates the manufacturing "
                "licence, pharmacy preparations and the hospital exemption for ATMPs."
            ),
            "plain_summary": (
                "<p>This Dutch law says who may make and sell medicines and give them to patients. "
                "It also says which licences are needed for this.</p><p>The law also says when a "
                "hospital may make a cell or gene therapy itself for one of its own patients.</p>"
            ),
            "implications": (
                "<ul><li>Preparing medicines, including investigational medicinal products, in "
                "principle requires a manufacturing licence, applied for through "
                "Farmatec.</li><li>The IGJ supervises compliance with the act, including "
                "GMP.</li><li>The hospital exemption for ATMPs is set out in this act and requires "
                "permission from the IGJ.</li></ul>"
            ),
        },
    },
    {
        "key": "hospital-exemption-nl",
        "reference": "Geneesmiddelenwet: ziekenhuisuitzondering voor ATMP's (toestemming IGJ)",
        "instrument_type": "nl-law",
        "jurisdiction": "nl",
        "authority": "igj",
        "topic": "hospital-exemption",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.igj.nl/zorgsectoren/geneesmiddelen/geavanceerde-therapie-atmp/atmp-zonder-handelsvergunning",
        "related_protocols": ["DARE-SOP-0010", "DARE-SOP-0035", "DARE-SOP-0040"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Ziekenhuisuitzondering voor ATMP's in Nederland",
            "summary": (
                "Een ATMP zonder handelsvergunning mag in Nederland worden bereid en gebruikt als "
                "de IGJ daar toestemming voor geeft: op niet-routinematige basis, volgens "
                "specifieke kwaliteitsnormen, voor een individuele patiënt in een Nederlands "
                "ziekenhuis en onder verantwoordelijkheid van een arts."
            ),
            "plain_summary": (
                "<p>Soms is er voor een patiënt geen goedgekeurde behandeling, terwijl een "
                "ziekenhuis wel een cel- of gentherapie zelf kan maken. Met toestemming van de "
                "Inspectie Gezondheidszorg en Jeugd mag dat dan, onder strenge "
                "voorwaarden.</p><p>De behandeling moet net zo zorgvuldig worden gemaakt als een "
                "goedgekeurd geneesmiddel. De toestemming geldt voor een beperkt aantal "
                "behandelingen en voor korte tijd.</p>"
            ),
            "implications": (
                "<ul><li>Begin met vooroverleg met de IGJ over de vraag of een "
                "ziekenhuisuitzondering voor uw product mogelijk is en welke documenten nodig "
                "zijn.</li><li>De formele aanvraag wordt ingediend door of namens de raad van "
                "bestuur; de IGJ beslist binnen zes weken.</li><li>Toestemming geldt voor een "
                "beperkt aantal behandelingen of batches en ten hoogste een jaar; voor "
                "voortzetting daarna is opnieuw toestemming nodig.</li><li>De bereiding moet "
                "voldoen aan kwaliteitsnormen die gelijkwaardig zijn aan GMP voor ATMP's; leg "
                "vrijgifte, traceerbaarheid en het meldproces vast.</li><li>Onverwachte ernstige "
                "bijwerkingen of voorvallen meldt u binnen 48 uur bij de IGJ.</li></ul>"
            ),
        },
        "en": {
            "title": "Hospital exemption for ATMPs in the Netherlands",
            "summary": (
                "An ATMP without marketing authorisation may be prepared and used in the "
                "Netherlands with permission from the IGJ: on a non-routine basis, according to "
                "specific quality standards, for an individual patient in a Dutch hospital and "
                "under a physician's responsibility."
            ),
            "plain_summary": (
                "<p>Sometimes there is no approved treatment for a patient, while a hospital can "
                "make a cell or gene therapy itself. With permission from the Health and Youth "
                "Care Inspectorate this is then allowed, under strict conditions.</p><p>The "
                "treatment must be made just as carefully as an approved medicine. The permission "
                "covers a limited number of treatments and a short period.</p>"
            ),
            "implications": (
                "<ul><li>Start with a preliminary consultation with the IGJ on whether a hospital "
                "exemption is possible for your product and which documents are "
                "needed.</li><li>The formal application is submitted by or on behalf of the "
                "hospital's executive board; the IGJ decides within six weeks.</li><li>Permission "
                "covers a limited number of treatments or batches for at most one year; continuing "
                "after that requires new permission.</li><li>Preparation must meet quality "
                "standards equivalent to GMP for ATMPs; document release, traceability and the "
                "reporting process.</li><li>Report unexpected serious adverse reactions or events "
                "to the IGJ within 48 hours.</li></ul>"
            ),
        },
    },
    {
        "key": "wmo",
        "reference": "Wet medisch-wetenschappelijk onderzoek met mensen (WMO)",
        "instrument_type": "nl-law",
        "jurisdiction": "nl",
        "authority": "ccmo",
        "topic": "clinical-trials",
        "legal_status": "in-force",
        "adopted_date": date(1998, 2, 26),
        "applicable_date": date(1999, 12, 1),
        "source_url": "https://wetten.overheid.nl/BWBR0009408",
        "related_protocols": ["DARE-SOP-0022"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Wet medisch-wetenschappelijk onderzoek met mensen (WMO)",
            "summary": (
                "De Nederlandse wet die proefpersonen beschermt bij medisch-wetenschappelijk "
                "onderzoek. Voor geneesmiddelenonderzoek vult de WMO de Verordening klinische "
                "proeven aan, bijvoorbeeld met regels over de toetsingscommissies, de "
                "proefpersonenverzekering en onderzoek met minderjarigen."
            ),
            "plain_summary": (
                "<p>Als u meedoet aan medisch onderzoek, beschermt deze wet u. Een onafhankelijke "
                "commissie moet het onderzoek eerst goedkeuren. U krijgt duidelijke informatie en "
                "beslist zelf of u meedoet. U mag altijd stoppen.</p><p>Voor deelnemers is er een "
                "verplichte verzekering voor het geval er door het onderzoek schade ontstaat.</p>"
            ),
            "implications": (
                "<ul><li>Bepaal of uw onderzoek WMO-plichtig is; de CCMO biedt daarvoor "
                "hulpmiddelen.</li><li>Onderzoek met gentherapie en genetisch gemodificeerde "
                "cellen wordt centraal door de CCMO getoetst.</li><li>Regel tijdig de "
                "proefpersonenverzekering en de verklaring van geschiktheid van de deelnemende "
                "instellingen.</li><li>Voor onderzoek met minderjarigen gelden aanvullende "
                "voorwaarden, wat relevant is voor kinderoncologische ATMP-studies.</li></ul>"
            ),
        },
        "en": {
            "title": "Medical Research Involving Human Subjects Act (WMO)",
            "summary": (
                "The Dutch act that protects participants in medical research. For trials with "
                "medicines the WMO supplements the Clinical Trials Regulation, for example with "
                "rules on the review committees, participant insurance and research with minors."
            ),
            "plain_summary": (
                "<p>If you take part in medical research, this law protects you. An independent "
                "committee must approve the study first. You get clear information and decide "
                "yourself whether to take part. You may always stop.</p><p>Participants are "
                "covered by compulsory insurance in case the research causes harm.</p>"
            ),
            "implications": (
                "<ul><li>Determine whether your study falls under the WMO; the CCMO offers tools "
                "for this.</li><li>Research with gene therapy and genetically modified cells is "
                "reviewed centrally by the CCMO.</li><li>Arrange the participant insurance and the "
                "site suitability declarations of participating institutions in good "
                "time.</li><li>Additional conditions apply to research with minors, which is "
                "relevant for paediatric oncology ATMP trials.</li></ul>"
            ),
        },
    },
    {
        "key": "ccmo-gene-therapy",
        "reference": (
            "Besluit centrale beoordeling medisch-wetenschappelijk onderzoek met mensen (BCB)"
        ),
        "instrument_type": "nl-decree",
        "jurisdiction": "nl",
        "authority": "ccmo",
        "topic": "clinical-trials",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.ccmo.nl/onderzoekers/aanvullende-informatie-over-bepaalde-soorten-onderzoek/onderzoek-naar-gentherapie-overige-middelen-die-het-functioneren-van-het-erfelijk-materiaal-specifiek-beinvloeden-of-een-geneesmiddel-met-ggo",
        "related_protocols": ["DARE-SOP-0022", "DARE-SOP-0030"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Toetsing van gen- en celtherapieonderzoek door de CCMO",
            "summary": (
                "Op grond van het Besluit centrale beoordeling is de CCMO, en niet een lokale "
                "METC, de toetsingscommissie voor onderzoek waarbij het erfelijk materiaal van "
                "menselijke lichaamscellen opzettelijk wordt gewijzigd en voor onderzoek met "
                "geneesmiddelen die een ggo bevatten. De CCMO toetst ook bepaalde vormen van "
                "celtherapieonderzoek."
            ),
            "plain_summary": (
                "<p>Onderzoek met gentherapie is nieuw en ingewikkeld. Daarom beoordeelt één "
                "landelijke commissie, de CCMO, dit soort onderzoek. Zij kijkt extra goed naar de "
                "risico's voor de deelnemers en voor anderen.</p>"
            ),
            "implications": (
                "<ul><li>Dien studies met CAR-T-, TCR-T- of genetisch gemodificeerde stamcellen en "
                "met AAV- of andere virale vectoren in bij de CCMO (via CTIS voor "
                "geneesmiddelenonderzoek).</li><li>Stem de CCMO-procedure af met de ggo-vergunning "
                "bij het ministerie van IenW; het Loket Gentherapie coördineert vooroverleg en "
                "formulieren.</li><li>Twijfelt u in welke categorie uw product valt, neem dan "
                "vooraf contact op met de CCMO.</li></ul>"
            ),
        },
        "en": {
            "title": "Review of gene and cell therapy research by the CCMO",
            "summary": (
                "Under the Central Review Decree, the CCMO, rather than a local MREC, is the "
                "review committee for research in which the genetic material of human body cells "
                "is deliberately modified and for research with medicinal products containing a "
                "GMO. The CCMO also reviews certain forms of cell therapy research."
            ),
            "plain_summary": (
                "<p>Research with gene therapy is new and complex. That is why one national "
                "committee, the CCMO, reviews this kind of research. It looks especially closely "
                "at the risks for participants and for others.</p>"
            ),
            "implications": (
                "<ul><li>Submit studies with CAR-T, TCR-T or genetically modified stem cells and "
                "with AAV or other viral vectors to the CCMO (through CTIS for medicinal product "
                "trials).</li><li>Align the CCMO procedure with the GMO permit from the Ministry "
                "of Infrastructure and Water Management; the Gene Therapy Office (Loket "
                "Gentherapie) coordinates pre-submission meetings and forms.</li><li>If you are "
                "unsure which category your product falls into, contact the CCMO "
                "beforehand.</li></ul>"
            ),
        },
    },
    {
        "key": "besluit-ggo",
        "reference": "Besluit genetisch gemodificeerde organismen milieubeheer 2013",
        "instrument_type": "nl-decree",
        "jurisdiction": "nl",
        "authority": "bggo",
        "topic": "gmo",
        "legal_status": "in-force",
        "adopted_date": date(2014, 4, 1),
        "applicable_date": None,
        "source_url": "https://wetten.overheid.nl/BWBR0035090",
        "related_protocols": ["DARE-SOP-0022", "DARE-SOP-0023", "DARE-SOP-0029", "DARE-SOP-0037"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Besluit genetisch gemodificeerde organismen milieubeheer 2013 (Besluit ggo)",
            "summary": (
                "Nederlandse regels voor ingeperkt gebruik en introductie in het milieu van ggo's, "
                "ter uitvoering van de Richtlijnen 2009/41/EG en 2001/18/EG. Vergunningen worden "
                "verleend door de minister van IenW; Bureau GGO behandelt de aanvragen."
            ),
            "plain_summary": (
                "<p>Bij gentherapie worden vaak aangepaste virussen gebruikt. In Nederland is een "
                "vergunning nodig om daarmee te werken, in het laboratorium en bij de behandeling "
                "van patiënten. Zo wordt voorkomen dat mensen of het milieu schade oplopen.</p>"
            ),
            "implications": (
                "<ul><li>Voor vectorproductie en laboratoriumwerk is een vergunning of "
                "kennisgeving voor ingeperkt gebruik nodig, onder toezicht van een biologische "
                "veiligheidsfunctionaris.</li><li>Voor klinisch gentherapieonderzoek vraagt u een "
                "vergunning aan bij het ministerie van IenW via Bureau GGO; de reguliere procedure "
                "duurt maximaal 120 dagen, met terinzagelegging en advies van de "
                "COGEM.</li><li>Voor bepaalde AAV- en retrovirale vectoren bestaat onder vaste "
                "voorwaarden een vereenvoudigde procedure van 56 of 28 dagen; andere centra kunnen "
                "voor exact hetzelfde onderzoek een kopievergunning krijgen.</li><li>Vraag "
                "vooroverleg aan via het Loket Gentherapie, zodat de CCMO- en de IenW-procedure op "
                "elkaar aansluiten.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "GMO Decree 2013 (Besluit genetisch gemodificeerde organismen milieubeheer 2013)"
            ),
            "summary": (
                "Dutch rules for contained use and environmental release of GMOs, implementing "
                "Directives 2009/41/EC and 2001/18/EC. Permits are granted by the Minister of "
                "Infrastructure and Water Management; the GMO Office (Bureau GGO) handles "
                "applications."
            ),
            "plain_summary": (
                "<p>Gene therapy often uses modified viruses. In the Netherlands a permit is "
                "needed to work with them, both in the laboratory and when treating patients. This "
                "prevents harm to people or the environment.</p>"
            ),
            "implications": (
                "<ul><li>Vector production and laboratory work need a permit or notification for "
                "contained use, supervised by a biological safety officer.</li><li>For clinical "
                "gene therapy research, apply for a permit from the Ministry of Infrastructure and "
                "Water Management through the GMO Office; the regular procedure takes up to 120 "
                "days, with public inspection and advice from COGEM.</li><li>For certain AAV and "
                "retroviral vectors a simplified procedure of 56 or 28 days exists under fixed "
                "conditions; other centres can obtain a copy permit for exactly the same "
                "study.</li><li>Request a pre-submission meeting through the Gene Therapy Office "
                "(Loket Gentherapie) so that the CCMO and ministry procedures fit "
                "together.</li></ul>"
            ),
        },
    },
    {
        "key": "regeling-ggo",
        "reference": "Regeling genetisch gemodificeerde organismen milieubeheer 2013",
        "instrument_type": "nl-decree",
        "jurisdiction": "nl",
        "authority": "bggo",
        "topic": "gmo",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.ggo-vergunningverlening.nl/",
        "related_protocols": ["DARE-SOP-0023", "DARE-SOP-0037"],
        "languages": ["nl", "en"],
        "nl": {
            "title": (
                "Regeling genetisch gemodificeerde organismen milieubeheer 2013 (Regeling ggo)"
            ),
            "summary": (
                "Ministeriële regeling met de technische uitwerking van het Besluit ggo: de "
                "indeling van organismen en werkzaamheden, de inperkingsmaatregelen per niveau en "
                "de eisen aan aanvragen en meldingen."
            ),
            "plain_summary": (
                "<p>Deze regeling beschrijft in detail hoe laboratoria en ziekenhuizen veilig "
                "werken met aangepaste virussen en cellen. Er staat bijvoorbeeld in welke "
                "beschermende maatregelen nodig zijn en hoe afval onschadelijk wordt gemaakt.</p>"
            ),
            "implications": (
                "<ul><li>De regeling bepaalt welk inperkingsniveau (ML-niveau) nodig is voor werk "
                "met een bepaalde vector en welke fysieke en organisatorische maatregelen daarbij "
                "horen.</li><li>Wijzigingen in een klinisch protocol kunnen een melding aan het "
                "ministerie van IenW vereisen, afhankelijk van het effect op de "
                "milieurisicobeoordeling.</li><li>Leg in uw afval-SOP vast hoe ggo-afval wordt "
                "geïnactiveerd en afgevoerd.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "GMO Regulation 2013 (Regeling genetisch gemodificeerde organismen milieubeheer "
                "2013)"
            ),
            "summary": (
                "Ministerial regulation with the technical details of the GMO Decree: the "
                "classification of organisms and activities, the containment measures per level "
                "and the requirements for applications and notifications."
            ),
            "plain_summary": (
                "<p>This regulation describes in detail how laboratories and hospitals work safely "
                "with modified viruses and cells. It says, for example, which protective measures "
                "are needed and how waste is made harmless.</p>"
            ),
            "implications": (
                "<ul><li>The regulation determines which containment level (ML level) is needed "
                "for work with a given vector and which physical and organisational measures go "
                "with it.</li><li>Changes to a clinical protocol may require a notification to the "
                "Ministry of Infrastructure and Water Management, depending on their effect on the "
                "environmental risk assessment.</li><li>Record in your waste SOP how GMO waste is "
                "inactivated and disposed of.</li></ul>"
            ),
        },
    },
    {
        "key": "wvkl",
        "reference": "Wet veiligheid en kwaliteit lichaamsmateriaal (Wvkl)",
        "instrument_type": "nl-law",
        "jurisdiction": "nl",
        "authority": "vws",
        "topic": "tissues-cells",
        "legal_status": "in-force",
        "adopted_date": date(2003, 2, 6),
        "applicable_date": None,
        "source_url": "https://wetten.overheid.nl/BWBR0014682",
        "related_protocols": ["DARE-SOP-0001", "DARE-SOP-0038"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Wet veiligheid en kwaliteit lichaamsmateriaal (Wvkl)",
            "summary": (
                "Nederlandse wet over de veiligheid en kwaliteit van menselijke weefsels en cellen "
                "die voor toepassing op de mens bestemd zijn. Zij zet Richtlijn 2004/23/EG om; "
                "weefselinstellingen hebben een erkenning nodig."
            ),
            "plain_summary": (
                "<p>Deze wet zorgt ervoor dat weefsels en cellen van mensen veilig worden "
                "verkregen, bewerkt en bewaard als ze bij een andere patiënt of bij de donor zelf "
                "worden gebruikt. Instellingen die dit doen, moeten aan strenge eisen voldoen en "
                "worden gecontroleerd.</p>"
            ),
            "implications": (
                "<ul><li>De verkrijging en het testen van cellen als uitgangsmateriaal voor ATMP's "
                "moet voldoen aan de Wvkl en het Eisenbesluit lichaamsmateriaal.</li><li>Een "
                "weefselinstelling die cellen bewerkt, bewaart of distribueert heeft een erkenning "
                "van de minister van VWS nodig.</li><li>Leg in een overeenkomst vast waar de "
                "verantwoordelijkheid van de weefselinstelling eindigt en die van de GMP-fabrikant "
                "begint.</li><li>De Nederlandse regels moeten worden aangepast aan de "
                "SoHO-verordening, die vanaf 7 augustus 2027 geldt.</li></ul>"
            ),
        },
        "en": {
            "title": "Safety and Quality of Body Material Act (Wvkl)",
            "summary": (
                "Dutch act on the safety and quality of human tissues and cells intended for human "
                "application. It transposes Directive 2004/23/EC; tissue establishments need an "
                "accreditation."
            ),
            "plain_summary": (
                "<p>This law makes sure that human tissues and cells are collected, processed and "
                "stored safely when they are used in another patient or in the donor. Institutions "
                "that do this must meet strict requirements and are inspected.</p>"
            ),
            "implications": (
                "<ul><li>Procurement and testing of cells as starting material for ATMPs must "
                "comply with the Wvkl and the Body Material Requirements Decree.</li><li>A tissue "
                "establishment that processes, stores or distributes cells needs an accreditation "
                "from the Minister of Health.</li><li>Record in an agreement where the tissue "
                "establishment's responsibility ends and the GMP manufacturer's "
                "begins.</li><li>Dutch rules must be adapted to the SoHO Regulation, which applies "
                "from 7 August 2027.</li></ul>"
            ),
        },
    },
    {
        "key": "wet-zeggenschap-lichaamsmateriaal",
        "reference": "Wetsvoorstel Wet zeggenschap lichaamsmateriaal (Kamerstukken 35 844)",
        "instrument_type": "nl-law",
        "jurisdiction": "nl",
        "authority": "vws",
        "topic": "tissues-cells",
        "legal_status": "proposed",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.tweedekamer.nl/kamerstukken/wetsvoorstellen/detail?cfg=wetsvoorsteldetails&qry=wetsvoorstel%3A35844",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Wet zeggenschap lichaamsmateriaal (wetsvoorstel)",
            "summary": (
                "Wetsvoorstel met regels voor het gebruik van lichaamsmateriaal voor andere doelen "
                "dan de behandeling of diagnostiek van de donor, zoals wetenschappelijk onderzoek "
                "en de ontwikkeling van geneesmiddelen. Het voorstel is in 2021 bij de Tweede "
                "Kamer ingediend en was bij de laatste controle nog in behandeling."
            ),
            "plain_summary": (
                "<p>Soms wordt bloed of weefsel dat bij u is afgenomen later gebruikt voor "
                "onderzoek. Dit wetsvoorstel moet regelen dat u daar meer over te zeggen krijgt. "
                "Meestal moet u dan eerst toestemming geven. Voor sommig onderzoek in het algemeen "
                "belang gelden uitzonderingen.</p><p>Het is nog geen wet. De Tweede Kamer "
                "bespreekt het voorstel.</p>"
            ),
            "implications": (
                "<ul><li>Het voorstel introduceert plichten voor beheerders van lichaamsmateriaal, "
                "zoals ziekenhuizen en biobanken, en eisen aan toestemming voor bepaalde "
                "toepassingen.</li><li>Het kan gevolgen hebben voor het gebruik van restmateriaal "
                "en biobankmateriaal bij de ontwikkeling van ATMP's en van "
                "QC-methoden.</li><li>Volg de parlementaire behandeling; tot de wet is aangenomen, "
                "gelden de bestaande regels en gedragscodes.</li></ul>"
            ),
        },
        "en": {
            "title": "Control of Body Material Act (bill)",
            "summary": (
                "Bill setting rules for using body material for purposes other than the donor's "
                "treatment or diagnosis, such as scientific research and medicine development. It "
                "was submitted to the House of Representatives in 2021 and was still under "
                "consideration at the last check."
            ),
            "plain_summary": (
                "<p>Sometimes blood or tissue taken from you is later used for research. This bill "
                "should give you more say in that. Usually you would have to give permission "
                "first. There are exceptions for some research in the public interest.</p><p>It is "
                "not yet a law. Parliament is discussing the proposal.</p>"
            ),
            "implications": (
                "<ul><li>The bill introduces duties for custodians of body material, such as "
                "hospitals and biobanks, and consent requirements for certain uses.</li><li>It may "
                "affect the use of residual material and biobank material in developing ATMPs and "
                "QC methods.</li><li>Follow the parliamentary process; until the act is passed, "
                "the existing rules and codes of conduct apply.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ Dutch reimbursement
    {
        "key": "zvw-basic-package",
        "reference": (
            "Zorgverzekeringswet en Besluit zorgverzekering: stand van de wetenschap en praktijk"
        ),
        "instrument_type": "nl-law",
        "jurisdiction": "nl",
        "authority": "zin",
        "topic": "reimbursement",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://wetten.overheid.nl/BWBR0018492",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Basispakket en het criterium 'stand van de wetenschap en praktijk'",
            "summary": (
                "Zorg hoort alleen bij het basispakket van de Zorgverzekeringswet als zij voldoet "
                "aan de stand van de wetenschap en praktijk. Het Zorginstituut Nederland "
                "beoordeelt dat en adviseert de minister over de inhoud van het pakket."
            ),
            "plain_summary": (
                "<p>Iedereen in Nederland heeft een basisverzekering voor zorg. Een nieuwe "
                "behandeling wordt daaruit alleen betaald als goed onderzoek laat zien dat ze "
                "werkt. Het Zorginstituut Nederland kijkt daarnaar.</p><p>Bij een nieuwe cel- of "
                "gentherapie wordt ook gekeken of de prijs in verhouding staat tot wat de "
                "behandeling oplevert.</p>"
            ),
            "implications": (
                "<ul><li>Academische ATMP's die in de zorg worden ingezet, moeten uiteindelijk "
                "aantonen dat ze aan de stand van de wetenschap en praktijk voldoen; ontwerp "
                "studies zo dat ze vergelijkend bewijs opleveren.</li><li>Bespreek vroeg met het "
                "Zorginstituut welk bewijs nodig is, bijvoorbeeld via een vooroverleg of "
                "horizonscan.</li><li>Voor dure intramurale geneesmiddelen kan de minister de "
                "sluisprocedure toepassen.</li></ul>"
            ),
        },
        "en": {
            "title": (
                "Basic benefit package and the 'established medical science and practice' criterion"
            ),
            "summary": (
                "Care only belongs to the basic package under the Health Insurance Act if it meets "
                "established medical science and practice. The National Health Care Institute "
                "(Zorginstituut Nederland) assesses this and advises the minister on the package."
            ),
            "plain_summary": (
                "<p>Everyone in the Netherlands has basic health insurance. A new treatment is "
                "only paid for from it if good research shows that it works. The National Health "
                "Care Institute looks at this.</p><p>For a new cell or gene therapy it also checks "
                "whether the price is in proportion to what the treatment achieves.</p>"
            ),
            "implications": (
                "<ul><li>Academic ATMPs used in routine care must eventually show that they meet "
                "established medical science and practice; design studies so they provide "
                "comparative evidence.</li><li>Discuss early with the Zorginstituut what evidence "
                "is needed, for example in a preliminary consultation or horizon scan.</li><li>For "
                "expensive hospital medicines the minister can apply the 'lock' procedure "
                "(sluis).</li></ul>"
            ),
        },
    },
    {
        "key": "sluis",
        "reference": "Besluit zorgverzekering, artikel 2.4a (sluis voor dure geneesmiddelen)",
        "instrument_type": "nl-policy",
        "jurisdiction": "nl",
        "authority": "vws",
        "topic": "reimbursement",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://wetten.overheid.nl/BWBR0018492",
        "related_protocols": [],
        "languages": ["nl"],
        "nl": {
            "title": "Sluis voor dure geneesmiddelen",
            "summary": (
                "Nieuwe geneesmiddelen met zeer hoge verwachte kosten per patiënt of in totaal kan "
                "de minister van VWS tijdelijk uitsluiten van het basispakket. In die tijd brengt "
                "het Zorginstituut advies uit en onderhandelt de minister met de fabrikant over de "
                "prijs."
            ),
            "plain_summary": (
                "<p>Sommige nieuwe geneesmiddelen zijn erg duur. Dan kan de minister het middel "
                "eerst 'in de sluis' zetten. Het wordt dan nog niet vergoed. Intussen wordt "
                "onderzocht of het middel zijn prijs waard is, en onderhandelt de overheid over "
                "een lagere prijs.</p><p>Daardoor kan het langer duren voordat patiënten het "
                "middel krijgen.</p>"
            ),
            "implications": (
                "<ul><li>Commerciële ATMP's, zoals CAR-T-producten en gentherapieën, komen vaak in "
                "de sluis terecht; academische alternatieven en klinische studies kunnen in die "
                "periode extra relevant worden.</li><li>De sluis geldt voor geneesmiddelen met een "
                "handelsvergunning; voor producten onder de ziekenhuisuitzondering gelden andere "
                "financieringsroutes.</li><li>Houd er in businesscases rekening mee dat vergoeding "
                "pas volgt na pakketadvies en prijsafspraken.</li></ul>"
            ),
        },
    },
    {
        "key": "nza-add-on",
        "reference": "NZa-beleid add-on geneesmiddelen",
        "instrument_type": "nl-policy",
        "jurisdiction": "nl",
        "authority": "nza",
        "topic": "reimbursement",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.nza.nl/zorgsectoren/geneesmiddelenzorg/registreren-en-declareren-in-de-msz/wilt-u-een-add-on-geneesmiddel-aanvragen",
        "related_protocols": [],
        "languages": ["nl"],
        "nl": {
            "title": "Add-on voor dure geneesmiddelen (NZa)",
            "summary": (
                "Dure geneesmiddelen in het ziekenhuis kunnen een add-onstatus krijgen, zodat ze "
                "apart van de zorgprestatie (dbc) kunnen worden gedeclareerd. Zorgverzekeraar en "
                "zorgaanbieder dienen de aanvraag samen in; de NZa stelt de status en een "
                "maximumtarief vast."
            ),
            "plain_summary": (
                "<p>Een ziekenhuis krijgt voor een behandeling meestal één vast bedrag. Voor "
                "sommige heel dure geneesmiddelen is dat niet genoeg. Dan kan het ziekenhuis het "
                "geneesmiddel apart in rekening brengen bij de zorgverzekeraar. Dat heet een "
                "add-on.</p>"
            ),
            "implications": (
                "<ul><li>Een aanvraag kan al worden ingediend na een positief CHMP-advies, dus "
                "vóór de handelsvergunning; de NZa houdt het besluit dan aan.</li><li>Ook voor "
                "apotheekbereidingen kan een add-on worden aangevraagd; de zorgaanbieder levert "
                "dan kostprijzen aan met een bestuursverklaring.</li><li>Een add-onstatus zegt "
                "niets over vergoeding: of een indicatie onder de basisverzekering valt, wordt "
                "apart beoordeeld.</li></ul>"
            ),
        },
    },
    {
        "key": "promising-care",
        "reference": "Subsidieregeling veelbelovende zorg (regeling van 21 december 2018)",
        "instrument_type": "nl-decree",
        "jurisdiction": "nl",
        "authority": "zin",
        "topic": "reimbursement",
        "legal_status": "repealed",
        "adopted_date": date(2018, 12, 21),
        "applicable_date": date(2019, 2, 1),
        "source_url": "https://www.zorginstituutnederland.nl/over-ons/werkwijzen-en-procedures/adviseren-over-en-verduidelijken-van-het-basispakket-aan-zorg/subsidieregeling-veelbelovende-zorg",
        "related_protocols": [],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Subsidieregeling veelbelovende zorg",
            "summary": (
                "Regeling, uitgevoerd door het Zorginstituut samen met ZonMw, die tijdelijk zorg "
                "en onderzoek financierde voor veelbelovende behandelingen die nog niet in het "
                "basispakket zaten, zodat binnen de looptijd bewijs over (kosten)effectiviteit kon "
                "worden verzameld. ATMP's konden in aanmerking komen. Volgens wetten.overheid.nl "
                "is de regeling per 1 februari 2025 vervallen."
            ),
            "plain_summary": (
                "<p>Soms lijkt een nieuwe behandeling goed te werken, maar is dat nog niet genoeg "
                "bewezen om haar te vergoeden. Met deze regeling kon de overheid zo'n behandeling "
                "een paar jaar betalen, terwijl werd onderzocht of ze echt beter is.</p><p>Er "
                "worden geen nieuwe aanvragen meer gedaan. Projecten die al geld kregen, lopen "
                "volgens hun eigen afspraken door.</p>"
            ),
            "implications": (
                "<ul><li>Nieuwe aanvragen zijn niet meer mogelijk; ga bij het Zorginstituut en "
                "ZonMw na of er een opvolgende regeling is.</li><li>Lopende projecten ronden hun "
                "onderzoek af; na afloop beoordeelt het Zorginstituut of de zorg tot het "
                "basispakket behoort.</li><li>De opzet van de regeling, met vergelijkend onderzoek "
                "naar (kosten)effectiviteit, blijft een goed voorbeeld voor de financiering van "
                "academische ATMP-studies.</li></ul>"
            ),
        },
        "en": {
            "title": "Promising Care subsidy scheme (Subsidieregeling veelbelovende zorg)",
            "summary": (
                "Scheme, run by the Zorginstituut with ZonMw, that temporarily funded care and "
                "research for promising treatments not yet in the basic package, so that evidence "
                "on (cost-)effectiveness could be gathered within the funding period. ATMPs could "
                "qualify. According to wetten.overheid.nl the scheme lapsed on 1 February 2025."
            ),
            "plain_summary": (
                "<p>Sometimes a new treatment seems to work well, but there is not yet enough "
                "proof to reimburse it. With this scheme the government could pay for such a "
                "treatment for a few years while research checked whether it is really "
                "better.</p><p>No new applications are being made. Projects that already received "
                "money continue under their own agreements.</p>"
            ),
            "implications": (
                "<ul><li>New applications are no longer possible; check with the Zorginstituut and "
                "ZonMw whether there is a successor scheme.</li><li>Running projects complete "
                "their research; afterwards the Zorginstituut assesses whether the care belongs to "
                "the basic package.</li><li>The scheme's design, with comparative research on "
                "(cost-)effectiveness, remains a good model for funding academic ATMP "
                "studies.</li></ul>"
            ),
        },
    },
    # ------------------------------------------------------------------ Dutch supervision
    {
        "key": "igj-gmp-inspections",
        "reference": "GMP-toezicht door de IGJ (Geneesmiddelenwet; Verordening (EU) 2017/1569)",
        "instrument_type": "nl-policy",
        "jurisdiction": "nl",
        "authority": "igj",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.igj.nl/zorgsectoren/geneesmiddelen/productie-gmp/gmp-inspecties-en-certificaat",
        "related_protocols": ["DARE-SOP-0032", "DARE-SOP-0033", "DARE-SOP-0036"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "GMP-inspecties en GMP-certificaat (IGJ)",
            "summary": (
                "De IGJ inspecteert periodiek alle fabrikanten van geneesmiddelen in Nederland, "
                "ook van geneesmiddelen voor onderzoek en van geneesmiddelen zonder "
                "handelsvergunning, en toetst of zij aan GMP voldoen. Bij naleving volgt een "
                "GMP-certificaat; de IGJ adviseert ook over vergunningaanvragen."
            ),
            "plain_summary": (
                "<p>De Inspectie Gezondheidszorg en Jeugd controleert of geneesmiddelen op de "
                "juiste manier worden gemaakt. Inspecteurs bezoeken de productieruimtes, bekijken "
                "documenten en praten met medewerkers. Ook ziekenhuizen die zelf cel- en "
                "gentherapieën maken, worden geïnspecteerd.</p>"
            ),
            "implications": (
                "<ul><li>Houd de faciliteit altijd inspectieklaar: actuele SOP's, afgesloten "
                "afwijkingen en CAPA's, en een bijgewerkte "
                "contaminatiecontrolestrategie.</li><li>Inspecties toetsen ook de rol en "
                "onafhankelijkheid van de QP en de kwaliteitsafdeling.</li><li>GMP-certificaten en "
                "vergunningen worden gepubliceerd in EudraGMDP; verrichters en "
                "samenwerkingspartners vragen er vaak naar.</li></ul>"
            ),
        },
        "en": {
            "title": "GMP inspections and GMP certificate (IGJ)",
            "summary": (
                "The IGJ periodically inspects all medicine manufacturers in the Netherlands, "
                "including those of investigational medicinal products and medicines without a "
                "marketing authorisation, to check GMP compliance. Compliance leads to a GMP "
                "certificate; the IGJ also advises on licence applications."
            ),
            "plain_summary": (
                "<p>The Health and Youth Care Inspectorate checks that medicines are made in the "
                "right way. Inspectors visit the production rooms, look at documents and talk to "
                "staff. Hospitals that make cell and gene therapies themselves are inspected "
                "too.</p>"
            ),
            "implications": (
                "<ul><li>Keep the facility inspection-ready at all times: current SOPs, closed "
                "deviations and CAPAs, and an up-to-date contamination control "
                "strategy.</li><li>Inspections also assess the role and independence of the QP and "
                "the quality unit.</li><li>GMP certificates and licences are published in "
                "EudraGMDP; sponsors and partners often ask for them.</li></ul>"
            ),
        },
    },
    {
        "key": "farmatec-manufacturing-licence",
        "reference": "Fabrikantenvergunning op grond van de Geneesmiddelenwet",
        "instrument_type": "nl-policy",
        "jurisdiction": "nl",
        "authority": "farmatec",
        "topic": "gmp",
        "legal_status": "in-force",
        "adopted_date": None,
        "applicable_date": None,
        "source_url": "https://www.farmatec.nl/vergunningen/fabrikantenvergunning",
        "related_protocols": ["DARE-SOP-0035"],
        "languages": ["nl", "en"],
        "nl": {
            "title": "Fabrikantenvergunning (Farmatec)",
            "summary": (
                "Wie geneesmiddelen bereidt, laat bereiden of van buiten de EER invoert, heeft een "
                "fabrikantenvergunning nodig; ook verpakken en etiketteren tellen als bereiden. "
                "Farmatec beslist namens de minister van VWS, mede op advies van de IGJ."
            ),
            "plain_summary": (
                "<p>Een ziekenhuis of bedrijf dat geneesmiddelen maakt, heeft daarvoor een "
                "vergunning nodig. Die vraagt het aan bij Farmatec, een onderdeel van de overheid. "
                "De inspectie kijkt eerst of de productie goed is geregeld.</p>"
            ),
            "implications": (
                "<ul><li>Vraag de vergunning of een wijziging ervan ruim op tijd aan, bijvoorbeeld "
                "bij een nieuwe productruimte, een nieuw type product (zoals ATMP's) of een nieuwe "
                "QP.</li><li>Op de vergunning staan de afzonderlijke handelingen en "
                "productcategorieën; controleer dat vrijgifte van onderzoeks-ATMP's en eventuele "
                "invoer zijn opgenomen.</li><li>De vergunning wordt gepubliceerd in "
                "EudraGMDP.</li></ul>"
            ),
        },
        "en": {
            "title": "Manufacturing licence (Farmatec)",
            "summary": (
                "Anyone who prepares medicines, has them prepared or imports them from outside the "
                "EEA needs a manufacturing licence; packaging and labelling also count as "
                "preparation. Farmatec decides on behalf of the Minister of Health, partly on the "
                "advice of the IGJ."
            ),
            "plain_summary": (
                "<p>A hospital or company that makes medicines needs a licence to do so. It "
                "applies to Farmatec, part of the government. The inspectorate first checks that "
                "production is well organised.</p>"
            ),
            "implications": (
                "<ul><li>Apply for the licence or a variation in good time, for example for a new "
                "production suite, a new product type (such as ATMPs) or a new QP.</li><li>The "
                "licence lists the individual operations and product categories; check that "
                "release of investigational ATMPs and any import are included.</li><li>The licence "
                "is published in EudraGMDP.</li></ul>"
            ),
        },
    },
]
