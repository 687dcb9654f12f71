"""The structural pages of the demo site, per language: the home page, the five section index
pages and the information pages (about, accessibility statement, privacy).

``HOME`` holds the introduction and exactly three ways in, one per user group. Each audience
link is a ``(target, label)`` pair whose target is a key of ``SECTIONS`` or of
``INFORMATION_PAGES``; the loader turns it into a link to that page in the same language.
``SECTIONS`` gives the title, slug and summary of each index page. ``INFORMATION_PAGES`` are
plain pages whose body is a list of ``("heading", text)`` and ``("paragraph", html)`` blocks.
Plain data: ``knowledge.demo.schema.validate_pages`` checks its shape.
"""

LANGUAGES = ("nl", "en")

HOME = {
    "nl": {
        "title": "DARE-NL: kennis over academische cel- en gentherapie",
        "summary": (
            "Geharmoniseerde werkvoorschriften, kwaliteitscontrolemethoden en regelgeving voor "
            "academische ontwikkelaars van cel- en gentherapieën (ATMP's) in Nederland."
        ),
        "intro": (
            "<p>DARE-NL is het samenwerkingsverband van Nederlandse academische ontwikkelaars van "
            "cel- en gentherapieën: de universitair medische centra, het Prinses Máxima Centrum, "
            "het Antoni van Leeuwenhoek, Sanquin en het Utrecht Institute for Pharmaceutical "
            "Sciences. Op dit platform delen we geharmoniseerde werkvoorschriften (SOP's), "
            "methoden voor kwaliteitscontrole en een overzicht van de regels die gelden voor "
            "geneesmiddelen voor geavanceerde therapie (ATMP's).</p><p>Ons doel is nieuwe "
            "behandelingen sneller, veiliger en betaalbaarder bij patiënten te brengen, door "
            "kennis te delen in plaats van in elk centrum opnieuw het wiel uit te vinden.</p>"
        ),
        "audiences": [
            {
                "heading": "Voor onderzoekers en productiemedewerkers",
                "text": (
                    "Vind geharmoniseerde SOP's voor productie, kwaliteitscontrole en toediening, "
                    "QC-methoden met hun validatiestatus en de expertise en GMP-faciliteiten van "
                    "de deelnemende centra. Bij elk document ziet u de geldende versie en wat er "
                    "is veranderd ten opzichte van eerdere versies."
                ),
                "links": [
                    ("protocols", "Blader door protocollen"),
                    ("qc_methods", "Bekijk QC-methoden"),
                    ("centres", "Ontdek de centra"),
                ],
            },
            {
                "heading": "Voor redacteuren van de centra",
                "text": (
                    "Redacteuren beheren de pagina's van hun eigen centrum. Een gewijzigd "
                    "werkvoorschrift wordt gepubliceerd als nieuwe versie, met een "
                    "wijzigingsnotitie, een ingangsdatum en een datum voor de volgende herziening; "
                    "eerdere versies blijven beschikbaar en te vergelijken. Lees hoe het "
                    "harmoniseren en publiceren van SOP's werkt."
                ),
                "links": [
                    ("about", "Zo werkt harmoniseren en publiceren"),
                    ("protocols", "Bekijk gepubliceerde protocollen"),
                ],
            },
            {
                "heading": "Voor patiënten en andere belanghebbenden",
                "text": (
                    "Lees in begrijpelijke taal welke regels gelden voor cel- en gentherapie en "
                    "wat vaktermen betekenen, in het Nederlands en het Engels. Binnenkort kunt u "
                    "via dit platform ook reageren op consultaties over nieuwe werkvoorschriften "
                    "en beleid."
                ),
                "links": [
                    ("regulations", "Regelgeving in begrijpelijke taal"),
                    ("glossary", "Naar de begrippenlijst"),
                ],
            },
        ],
    },
    "en": {
        "title": "DARE-NL: knowledge on academic cell and gene therapy",
        "summary": (
            "Harmonised operating procedures, quality control methods and regulations for academic "
            "developers of cell and gene therapies (ATMPs) in the Netherlands."
        ),
        "intro": (
            "<p>DARE-NL is the consortium of Dutch academic developers of cell and gene therapies: "
            "the university medical centres, the Princess Máxima Center, the Netherlands Cancer "
            "Institute - Antoni van Leeuwenhoek, Sanquin and the Utrecht Institute for "
            "Pharmaceutical Sciences. On this platform we share harmonised standard operating "
            "procedures (SOPs), quality control methods and an overview of the rules that apply to "
            "advanced therapy medicinal products (ATMPs).</p><p>Our aim is to bring new treatments "
            "to patients faster, more safely and more affordably, by sharing knowledge instead of "
            "reinventing the wheel in every centre.</p>"
        ),
        "audiences": [
            {
                "heading": "For researchers and manufacturing staff",
                "text": (
                    "Find harmonised SOPs for manufacturing, quality control and administration, "
                    "QC methods with their validation status, and the expertise and GMP facilities "
                    "of the member centres. Each document shows the current version and what has "
                    "changed compared with earlier versions."
                ),
                "links": [
                    ("protocols", "Browse protocols"),
                    ("qc_methods", "View QC methods"),
                    ("centres", "Explore the centres"),
                ],
            },
            {
                "heading": "For centre editors",
                "text": (
                    "Editors manage their own centre's pages. A changed procedure is published as "
                    "a new version, with a change note, an effective date and a date for the next "
                    "review; earlier versions remain available and can be compared. Read how "
                    "harmonising and publishing SOPs works."
                ),
                "links": [
                    ("about", "How harmonising and publishing works"),
                    ("protocols", "View published protocols"),
                ],
            },
            {
                "heading": "For patients and other stakeholders",
                "text": (
                    "Read in plain language which rules apply to cell and gene therapy and what "
                    "technical terms mean, in Dutch and English. Soon you will also be able to "
                    "respond to consultations on new procedures and policy through this platform."
                ),
                "links": [
                    ("regulations", "Regulations in plain language"),
                    ("glossary", "Go to the glossary"),
                ],
            },
        ],
    },
}

SECTIONS = {
    "centres": {
        "nl": {
            "title": "Centra",
            "slug": "centra",
            "summary": (
                "De universitair medische centra en instituten die samenwerken in DARE-NL, met hun "
                "expertise, GMP-faciliteiten en contactpersonen."
            ),
        },
        "en": {
            "title": "Centres",
            "slug": "centres",
            "summary": (
                "The university medical centres and institutes working together in DARE-NL, with "
                "their expertise, GMP facilities and contacts."
            ),
        },
    },
    "protocols": {
        "nl": {
            "title": "Protocollen",
            "slug": "protocollen",
            "summary": (
                "Geharmoniseerde standaardwerkvoorschriften (SOP's) voor de productie, controle en "
                "toediening van cel- en gentherapieën, met versiegeschiedenis."
            ),
        },
        "en": {
            "title": "Protocols",
            "slug": "protocols",
            "summary": (
                "Harmonised standard operating procedures (SOPs) for manufacturing, testing and "
                "administering cell and gene therapies, with version history."
            ),
        },
    },
    "qc_methods": {
        "nl": {
            "title": "QC-methoden",
            "slug": "qc-methoden",
            "summary": (
                "Methoden voor de kwaliteitscontrole van celproducten en vectoren, zoals "
                "steriliteit, mycoplasma, endotoxine, potentie en vectorkopieaantal, met hun "
                "validatiestatus."
            ),
        },
        "en": {
            "title": "QC methods",
            "slug": "qc-methods",
            "summary": (
                "Methods for quality control of cell products and vectors, such as sterility, "
                "mycoplasma, endotoxin, potency and vector copy number, with their validation "
                "status."
            ),
        },
    },
    "regulations": {
        "nl": {
            "title": "Regelgeving",
            "slug": "regelgeving",
            "summary": (
                "Europese en Nederlandse wet- en regelgeving voor academische ATMP-ontwikkeling, "
                "met een uitleg in begrijpelijke taal en wat de regels betekenen voor "
                "ontwikkelaars."
            ),
        },
        "en": {
            "title": "Regulations",
            "slug": "regulations",
            "summary": (
                "European and Dutch legislation and guidance for academic ATMP development, with a "
                "plain-language explanation and what the rules mean for developers."
            ),
        },
    },
    "glossary": {
        "nl": {
            "title": "Begrippenlijst",
            "slug": "begrippenlijst",
            "summary": (
                "Uitleg van vaktermen uit de cel- en gentherapie, met bij elk begrip de "
                "Nederlandse en de Engelse term."
            ),
        },
        "en": {
            "title": "Glossary",
            "slug": "glossary",
            "summary": (
                "Explanations of technical terms in cell and gene therapy, with the Dutch and the "
                "English term for each concept."
            ),
        },
    },
}

INFORMATION_PAGES = [
    {
        "key": "about",
        "nl": {
            "title": "Over DARE-NL",
            "slug": "over-dare-nl",
            "summary": (
                "Wie we zijn, waarom we werkvoorschriften en methoden harmoniseren en hoe een "
                "geharmoniseerd protocol op dit platform tot stand komt."
            ),
            "body": [
                ("heading", "Wie we zijn"),
                (
                    "paragraph",
                    (
                        "<p>DARE-NL is het samenwerkingsverband van Nederlandse academische "
                        "ontwikkelaars van cel- en gentherapieën. Deelnemers zijn de universitair "
                        "medische centra, het Prinses Máxima Centrum voor kinderoncologie, het "
                        "Antoni van Leeuwenhoek, Sanquin en het Utrecht Institute for "
                        "Pharmaceutical Sciences van de Universiteit Utrecht. Samen ontwikkelen, "
                        "maken en onderzoeken zij geneesmiddelen voor geavanceerde therapie "
                        "(ATMP's), zoals CAR-T-cellen, tumorinfiltrerende lymfocyten, mesenchymale "
                        "stromale cellen en gentherapie met virale vectoren.</p>"
                    ),
                ),
                ("heading", "Waarom harmoniseren?"),
                (
                    "paragraph",
                    (
                        "<p>Elk centrum met een GMP-faciliteit schrijft eigen werkvoorschriften en "
                        "valideert eigen testmethoden. Dat kost veel tijd, en verschillen tussen "
                        "centra maken het lastiger om producten te vergelijken en om studies in "
                        "meerdere centra uit te voeren. Door werkvoorschriften en methoden op "
                        "elkaar af te stemmen:</p><ul><li>kan een product dat in het ene centrum "
                        "wordt gemaakt, worden vergeleken met hetzelfde product uit een ander "
                        "centrum;</li><li>hoeft niet elk centrum dezelfde validatie opnieuw te "
                        "doen;</li><li>leren centra van elkaars afwijkingen, inspectiebevindingen "
                        "en verbeteringen;</li><li>wordt het eenvoudiger om bewijs te verzamelen "
                        "dat nodig is voor vergoeding of een handelsvergunning.</li></ul>"
                    ),
                ),
                ("heading", "Hoe een geharmoniseerd protocol tot stand komt"),
                (
                    "paragraph",
                    (
                        "<ol><li>Een werkgroep van deskundigen uit de centra kiest een onderwerp "
                        "en een centrum dat het eerste ontwerp schrijft, vaak op basis van een "
                        "bestaand lokaal werkvoorschrift.</li><li>Deskundigen uit de andere centra "
                        "geven commentaar op inhoud, materialen, kritische stappen en "
                        "aanvaardingscriteria.</li><li>De kwaliteitsafdeling van het "
                        "verantwoordelijke centrum keurt de versie goed volgens het eigen "
                        "documentbeheer.</li><li>De redacteur van het centrum publiceert de versie "
                        "op dit platform, met een wijzigingsnotitie, een ingangsdatum en een datum "
                        "voor de volgende herziening.</li><li>Bij een herziening verschijnt een "
                        "nieuwe versie; eerdere versies blijven zichtbaar en kunnen met elkaar "
                        "worden vergeleken.</li></ol><p>Redacteuren kunnen alleen de pagina's van "
                        "hun eigen centrum bewerken. In een volgende stap kunnen centra hun lokale "
                        "werkvoorschrift naast het geharmoniseerde referentieprotocol leggen.</p>"
                    ),
                ),
                ("heading", "Waarvoor dit platform niet bedoeld is"),
                (
                    "paragraph",
                    (
                        "<p>De inhoud is een gedeelde kennisbron. Zij vervangt niet het "
                        "goedgekeurde kwaliteitssysteem van uw eigen instelling: bindend is altijd "
                        "de versie in het documentbeheersysteem van het centrum. De samenvattingen "
                        "van regelgeving helpen bij de oriëntatie; raadpleeg voor besluiten altijd "
                        "de officiële bron en de deskundigen in uw instelling.</p><p>Patiënten "
                        "vinden hier algemene informatie. Voor vragen over uw eigen behandeling "
                        "kunt u het beste terecht bij uw behandelend arts.</p>"
                    ),
                ),
                ("heading", "Contact"),
                (
                    "paragraph",
                    (
                        "<p>Hebt u vragen of suggesties, of wilt u bijdragen aan een werkgroep? "
                        "Mail naar info@dare-nl.example.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "About DARE-NL",
            "slug": "about",
            "summary": (
                "Who we are, why we harmonise procedures and methods, and how a harmonised "
                "protocol comes about on this platform."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    (
                        "<p>DARE-NL is the consortium of Dutch academic developers of cell and "
                        "gene therapies. Its members are the university medical centres, the "
                        "Princess Máxima Center for paediatric oncology, the Netherlands Cancer "
                        "Institute - Antoni van Leeuwenhoek, Sanquin and the Utrecht Institute for "
                        "Pharmaceutical Sciences of Utrecht University. Together they develop, "
                        "manufacture and study advanced therapy medicinal products (ATMPs), such "
                        "as CAR T cells, tumour-infiltrating lymphocytes, mesenchymal stromal "
                        "cells and gene therapy with viral vectors.</p>"
                    ),
                ),
                ("heading", "Why harmonise?"),
                (
                    "paragraph",
                    (
                        "<p>Every centre with a GMP facility writes its own procedures and "
                        "validates its own test methods. That takes a lot of time, and differences "
                        "between centres make it harder to compare products and to run studies "
                        "across several centres. By aligning procedures and methods:</p><ul><li>a "
                        "product made in one centre can be compared with the same product from "
                        "another centre;</li><li>not every centre has to repeat the same "
                        "validation;</li><li>centres learn from each other's deviations, "
                        "inspection findings and improvements;</li><li>it becomes easier to gather "
                        "the evidence needed for reimbursement or a marketing "
                        "authorisation.</li></ul>"
                    ),
                ),
                ("heading", "How a harmonised protocol comes about"),
                (
                    "paragraph",
                    (
                        "<ol><li>A working group of experts from the centres chooses a topic and a "
                        "centre that writes the first draft, often based on an existing local "
                        "procedure.</li><li>Experts from the other centres comment on content, "
                        "materials, critical steps and acceptance criteria.</li><li>The quality "
                        "unit of the responsible centre approves the version under its own "
                        "document control.</li><li>The centre's editor publishes the version on "
                        "this platform, with a change note, an effective date and a date for the "
                        "next review.</li><li>A revision produces a new version; earlier versions "
                        "remain visible and can be compared with each other.</li></ol><p>Editors "
                        "can only edit their own centre's pages. As a next step, centres will be "
                        "able to place their local procedure side by side with the harmonised "
                        "reference protocol.</p>"
                    ),
                ),
                ("heading", "What this platform is not for"),
                (
                    "paragraph",
                    (
                        "<p>The content is a shared source of knowledge. It does not replace the "
                        "approved quality system of your own institution: the binding version is "
                        "always the one in the centre's document management system. The regulation "
                        "summaries help you find your way; for decisions, always consult the "
                        "official source and the experts in your institution.</p><p>Patients will "
                        "find general information here. For questions about your own treatment, "
                        "your treating physician is the best person to ask.</p>"
                    ),
                ),
                ("heading", "Contact"),
                (
                    "paragraph",
                    (
                        "<p>Do you have questions or suggestions, or would you like to contribute "
                        "to a working group? Email info@dare-nl.example.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "accessibility",
        "nl": {
            "title": "Toegankelijkheidsverklaring",
            "slug": "toegankelijkheid",
            "summary": (
                "DARE-NL wil dat iedereen dit platform kan gebruiken. In deze verklaring leest u "
                "in hoeverre de website toegankelijk is, welke beperkingen we kennen en hoe u een "
                "probleem meldt."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>DARE-NL wil dat iedereen het kennisplatform kan gebruiken, ook mensen "
                        "met een beperking. Daarom werken we aan een website die voldoet aan de "
                        "Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA, zoals "
                        "vastgelegd in de Europese norm EN 301 549. Deze verklaring volgt het "
                        "model dat Nederlandse overheidsorganisaties gebruiken.</p>"
                    ),
                ),
                ("heading", "Voor welke website geldt deze verklaring?"),
                (
                    "paragraph",
                    (
                        "<p>Deze verklaring geldt voor de openbare pagina's van het "
                        "DARE-NL-kennisplatform, in het Nederlands en in het Engels: de "
                        "startpagina, de centra, de protocollen, de QC-methoden, de regelgeving, "
                        "de begrippenlijst en de informatiepagina's.</p><p>De beheeromgeving "
                        "waarin redacteuren van de centra pagina's bewerken, valt buiten deze "
                        "verklaring.</p>"
                    ),
                ),
                ("heading", "Nalevingsstatus"),
                (
                    "paragraph",
                    (
                        "<p>Deze website voldoet gedeeltelijk aan WCAG 2.1 niveau AA. De website "
                        "wordt op dit moment geëvalueerd. Zodra het onderzoek is afgerond, "
                        "publiceren we de uitkomsten en een bijgewerkte verklaring met een "
                        "overzicht van de gevonden problemen en de planning om ze op te "
                        "lossen.</p>"
                    ),
                ),
                ("heading", "Wat we al doen"),
                (
                    "paragraph",
                    (
                        "<ul><li>Elke pagina begint met een link om direct naar de inhoud te "
                        "springen.</li><li>De taal van de inhoud is technisch aangegeven, zodat "
                        "voorleessoftware de juiste uitspraak gebruikt.</li><li>Bij regelgeving "
                        "staat een samenvatting in begrijpelijke taal.</li><li>Vaktermen worden "
                        "uitgelegd in een tweetalige begrippenlijst.</li><li>Tekst die nog niet is "
                        "vertaald, wordt getoond in de andere taal, met een melding.</li></ul>"
                    ),
                ),
                ("heading", "Bekende beperkingen"),
                (
                    "paragraph",
                    (
                        "<ul><li>Oudere pdf-bijlagen bij protocollen en QC-methoden zijn mogelijk "
                        "niet toegankelijk, bijvoorbeeld omdat koppen of tabellen niet goed zijn "
                        "opgemaakt. Op verzoek sturen we u de inhoud in een toegankelijke "
                        "vorm.</li><li>Sommige pagina's bestaan alleen in het Nederlands. Op de "
                        "Engelse website ziet u dan de Nederlandse tekst met een "
                        "melding.</li><li>Links naar officiële bronnen, zoals EUR-Lex en websites "
                        "van toezichthouders, leiden naar websites van derden. Op de "
                        "toegankelijkheid daarvan hebben we geen invloed.</li><li>De "
                        "beheeromgeving voor redacteuren valt buiten deze verklaring; redacteuren "
                        "die daarin problemen ervaren, kunnen contact met ons opnemen.</li></ul>"
                    ),
                ),
                ("heading", "Een probleem melden"),
                (
                    "paragraph",
                    (
                        "<p>Kunt u een onderdeel van de website niet gebruiken, of hebt u een "
                        "vraag over de toegankelijkheid? Stuur dan een e-mail naar "
                        "toegankelijkheid@dare-nl.example. Vermeld om welke pagina het gaat en wat "
                        "er niet werkt. U ontvangt binnen 5 werkdagen een ontvangstbevestiging. "
                        "Binnen 3 weken laten we u weten wat we met uw melding doen, en we zorgen "
                        "er intussen voor dat u de informatie op een andere manier kunt "
                        "krijgen.</p>"
                    ),
                ),
                ("heading", "Handhavingsprocedure"),
                (
                    "paragraph",
                    (
                        "<p>Bent u niet tevreden met de manier waarop wij uw melding of klacht "
                        "hebben behandeld? Dan kunt u contact opnemen met de Nationale ombudsman, "
                        "via nationaleombudsman.nl. De Nationale ombudsman neemt een klacht in "
                        "behandeling nadat u eerst bij ons hebt geklaagd.</p>"
                    ),
                ),
                ("heading", "Over deze verklaring"),
                (
                    "paragraph",
                    (
                        "<p>Deze verklaring is opgesteld op 23 november 2026. We herzien haar na "
                        "afronding van de evaluatie en ten minste eenmaal per jaar.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Accessibility statement",
            "slug": "accessibility",
            "summary": (
                "DARE-NL wants everyone to be able to use this platform. This statement explains "
                "how accessible the website is, which limitations we know of and how to report a "
                "problem."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>DARE-NL wants everyone to be able to use the knowledge platform, "
                        "including people with disabilities. That is why we are working towards a "
                        "website that meets the Web Content Accessibility Guidelines (WCAG) 2.1 at "
                        "level AA, as set out in the European standard EN 301 549. This statement "
                        "follows the model used by Dutch public sector bodies.</p>"
                    ),
                ),
                ("heading", "Which website does this statement cover?"),
                (
                    "paragraph",
                    (
                        "<p>This statement covers the public pages of the DARE-NL knowledge "
                        "platform, in Dutch and in English: the home page, the centres, the "
                        "protocols, the QC methods, the regulations, the glossary and the "
                        "information pages.</p><p>The editing environment in which centre editors "
                        "edit pages is outside the scope of this statement.</p>"
                    ),
                ),
                ("heading", "Compliance status"),
                (
                    "paragraph",
                    (
                        "<p>This website is partially compliant with WCAG 2.1 level AA. The "
                        "website is currently being evaluated. Once the evaluation is complete, we "
                        "will publish the results and an updated statement listing the problems "
                        "found and our plan to fix them.</p>"
                    ),
                ),
                ("heading", "What we already do"),
                (
                    "paragraph",
                    (
                        "<ul><li>Every page starts with a link to skip straight to the "
                        "content.</li><li>The language of the content is marked up, so that screen "
                        "readers use the right pronunciation.</li><li>Each regulation has a "
                        "summary in plain language.</li><li>Technical terms are explained in a "
                        "bilingual glossary.</li><li>Text that has not yet been translated is "
                        "shown in the other language, with a notice.</li></ul>"
                    ),
                ),
                ("heading", "Known limitations"),
                (
                    "paragraph",
                    (
                        "<ul><li>Older PDF attachments to protocols and QC methods may not be "
                        "accessible, for example because headings or tables are not marked up "
                        "properly. On request we will send you the content in an accessible "
                        "form.</li><li>Some pages exist only in Dutch. On the English website you "
                        "will then see the Dutch text with a notice.</li><li>Links to official "
                        "sources, such as EUR-Lex and regulators' websites, lead to third-party "
                        "websites. We have no control over their accessibility.</li><li>The "
                        "editing environment for editors is outside the scope of this statement; "
                        "editors who run into problems there can contact us.</li></ul>"
                    ),
                ),
                ("heading", "Reporting a problem"),
                (
                    "paragraph",
                    (
                        "<p>Is there a part of the website you cannot use, or do you have a "
                        "question about accessibility? Please email "
                        "toegankelijkheid@dare-nl.example. Tell us which page it concerns and what "
                        "does not work. You will receive an acknowledgement within 5 working days. "
                        "Within 3 weeks we will let you know what we are doing with your report, "
                        "and in the meantime we will make sure you can get the information another "
                        "way.</p>"
                    ),
                ),
                ("heading", "Enforcement procedure"),
                (
                    "paragraph",
                    (
                        "<p>Are you not satisfied with how we handled your report or complaint? "
                        "Then you can contact the National Ombudsman (Nationale ombudsman) via "
                        "nationaleombudsman.nl. The National Ombudsman deals with a complaint "
                        "after you have first complained to us.</p>"
                    ),
                ),
                ("heading", "About this statement"),
                (
                    "paragraph",
                    (
                        "<p>This statement was drawn up on 23 November 2026. We will review it "
                        "once the evaluation is complete and at least once a year.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "privacy",
        "nl": {
            "title": "Privacy",
            "slug": "privacy",
            "summary": (
                "Welke gegevens dit platform verwerkt wanneer u het bezoekt, waarom, hoe lang we "
                "ze bewaren en waar u terechtkunt met vragen."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>U kunt dit kennisplatform bezoeken zonder account en zonder uw naam of "
                        "e-mailadres op te geven. We verwerken zo weinig persoonsgegevens als "
                        "mogelijk.</p>"
                    ),
                ),
                ("heading", "Welke gegevens verwerken we?"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Serverlogs.</b> Bij elk bezoek registreert de webserver "
                        "technische gegevens, zoals uw IP-adres, het tijdstip, de opgevraagde "
                        "pagina en het type browser. We gebruiken deze gegevens alleen om de "
                        "website veilig en goed werkend te houden en om storingen en misbruik op "
                        "te sporen. We bewaren ze kort en delen ze niet met anderen, tenzij de wet "
                        "ons daartoe verplicht.</li><li><b>Accounts.</b> Lezen kan zonder account. "
                        "Wie meedoet aan consultaties, maakt een account: we bewaren uw "
                        "e-mailadres (nooit getoond), de naam, rol, organisatie en taal die u "
                        "kiest, en wat u plaatst. Vanuit uw profiel downloadt u uw gegevens of "
                        "verwijdert u uw account, wanneer u wilt. Zie de <a "
                        'href="/nl/accounts/privacy/">privacyverklaring voor deelnemers</a>.'
                        "</li><li><b>E-mail.</b> Als u ons mailt, gebruiken "
                        "we uw gegevens alleen om uw vraag te beantwoorden.</li></ul>"
                    ),
                ),
                ("heading", "Geen tracking"),
                (
                    "paragraph",
                    (
                        "<p>We gebruiken geen advertentiecookies en volgen u niet over andere "
                        "websites. Het platform bevat geen patiëntgegevens: protocollen en "
                        "methoden beschrijven werkwijzen, geen personen.</p>"
                    ),
                ),
                ("heading", "Uw rechten en contact"),
                (
                    "paragraph",
                    (
                        "<p>U hebt op grond van de Algemene verordening gegevensbescherming (AVG) "
                        "onder meer het recht op inzage, correctie en verwijdering van uw "
                        "gegevens. Voor vragen of verzoeken over privacy kunt u mailen naar "
                        "privacy@dare-nl.example. Bent u niet tevreden over hoe we met uw gegevens "
                        "omgaan, dan kunt u een klacht indienen bij de Autoriteit "
                        "Persoonsgegevens.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "title": "Privacy",
            "slug": "privacy",
            "summary": (
                "Which data this platform processes when you visit it, why, how long we keep them "
                "and who to contact with questions."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>You can visit this knowledge platform without an account and without "
                        "giving your name or email address. We process as little personal data as "
                        "possible.</p>"
                    ),
                ),
                ("heading", "Which data do we process?"),
                (
                    "paragraph",
                    (
                        "<ul><li><b>Server logs.</b> On every visit the web server records "
                        "technical data, such as your IP address, the time, the page requested and "
                        "the type of browser. We use these data only to keep the website secure "
                        "and working, and to detect faults and abuse. We keep them for a short "
                        "time and do not share them with others unless the law requires us "
                        "to.</li><li><b>Accounts.</b> Reading needs no account. To take part in "
                        "consultations you create one: we keep your email address (never shown), "
                        "the name, role, organisation and language you choose, and what you post. "
                        "From your profile you can download your data or delete your account at "
                        'any time. See the <a href="/en/accounts/privacy/">privacy statement '
                        "for participants</a>.</li><li><b>Email.</b> If you email us, we use your "
                        "details only to answer your question.</li></ul>"
                    ),
                ),
                ("heading", "No tracking"),
                (
                    "paragraph",
                    (
                        "<p>We do not use advertising cookies and do not follow you across other "
                        "websites. The platform contains no patient data: protocols and methods "
                        "describe ways of working, not people.</p>"
                    ),
                ),
                ("heading", "Your rights and contact"),
                (
                    "paragraph",
                    (
                        "<p>Under the General Data Protection Regulation (GDPR) you have, among "
                        "other things, the right to access, correct and erase your data. For "
                        "questions or requests about privacy, please email "
                        "privacy@dare-nl.example. If you are not satisfied with how we handle your "
                        "data, you can lodge a complaint with the Dutch Data Protection Authority "
                        "(Autoriteit Persoonsgegevens).</p>"
                    ),
                ),
            ],
        },
    },
]
