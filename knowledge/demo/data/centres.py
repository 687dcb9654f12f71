"""The eleven DARE-NL member centres.

Descriptions are deliberately generic: they describe the kind of work each centre does in cell
and gene therapy, not specific trials or products. Contact details are role-based and fictional
(``.example`` domains); websites are the centres' official homepages.
"""

CENTRES = [
    {
        "code": "amsterdam-umc",
        "short_name": "Amsterdam UMC",
        "city": "Amsterdam",
        "kind": "umc",
        "expertise": ["car-t", "aav", "lv", "hsc"],
        "contact_name": "Coördinator ATMP-faciliteit",
        "contact_email": "atmp@amsterdamumc.example",
        "website": "https://www.amsterdamumc.nl",
        "nl": {
            "title": "Amsterdam UMC",
            "summary": (
                "Universitair medisch centrum in Amsterdam met translationeel onderzoek naar "
                "celtherapie en gentherapie, van vectorontwikkeling tot productie voor klinische "
                "studies."
            ),
            "description": (
                "<p>Amsterdam UMC combineert patiëntenzorg, onderzoek en onderwijs op twee "
                "locaties in Amsterdam. Binnen het centrum werken klinische afdelingen, "
                "onderzoeksgroepen en de ziekenhuisapotheek samen aan de ontwikkeling van "
                "geneesmiddelen voor geavanceerde therapie (ATMP's).</p><p>Het onderzoek omvat "
                "genetisch gemodificeerde T-cellen, zoals CAR-T-cellen, en gentherapie met virale "
                "vectoren, waaronder AAV- en lentivirale vectoren. Onderzoekers begeleiden "
                "kandidaat-producten van het laboratorium naar de eerste toepassing bij "
                "patiënten.</p><p>Binnen DARE-NL deelt Amsterdam UMC kennis over flowcytometrische "
                "karakterisering van CAR-T-producten en over analytische methoden voor "
                "AAV-vectoren.</p>"
            ),
            "gmp_facilities": (
                "<p>De ziekenhuisapotheek beschikt over een GMP-faciliteit met cleanrooms van "
                "klasse B als achtergrond voor aseptische handelingen in klasse A, en over "
                "gesloten systemen voor celbewerking. Kwaliteitscontrole en vrijgifte vallen onder "
                "de verantwoordelijkheid van de ziekenhuisapotheker en de Qualified "
                "Person.</p><p>Werkzaamheden met genetisch gemodificeerde organismen vinden plaats "
                "onder de daarvoor vereiste vergunningen en inperkingsmaatregelen.</p>"
            ),
        },
        "en": {
            "title": "Amsterdam UMC",
            "summary": (
                "University medical centre in Amsterdam with translational research in cell and "
                "gene therapy, from vector development to manufacturing for clinical trials."
            ),
            "description": (
                "<p>Amsterdam UMC combines patient care, research and education at two locations "
                "in Amsterdam. Within the centre, clinical departments, research groups and the "
                "hospital pharmacy work together on the development of advanced therapy medicinal "
                "products (ATMPs).</p><p>Research covers genetically modified T cells, such as "
                "CAR-T cells, and gene therapy with viral vectors, including AAV and lentiviral "
                "vectors. Researchers take candidate products from the laboratory to first use in "
                "patients.</p><p>Within DARE-NL, Amsterdam UMC shares expertise in flow-cytometric "
                "characterisation of CAR-T products and in analytical methods for AAV vectors.</p>"
            ),
            "gmp_facilities": (
                "<p>The hospital pharmacy operates a GMP facility with grade B cleanrooms as "
                "background for aseptic operations in grade A, and closed systems for cell "
                "processing. Quality control and release are the responsibility of the hospital "
                "pharmacist and the Qualified Person.</p><p>Work with genetically modified "
                "organisms is carried out under the required permits and containment measures.</p>"
            ),
        },
    },
    {
        "code": "erasmus-mc",
        "short_name": "Erasmus MC",
        "city": "Rotterdam",
        "kind": "umc",
        "expertise": ["car-t", "nk", "hsc", "lv"],
        "contact_name": "Coördinator celtherapie-faciliteit",
        "contact_email": "celtherapie@erasmusmc.example",
        "website": "https://www.erasmusmc.nl",
        "nl": {
            "title": "Erasmus MC",
            "summary": (
                "Universitair medisch centrum in Rotterdam met onderzoek naar cellulaire "
                "immuuntherapie en gentherapie met gemodificeerde bloedvormende stamcellen."
            ),
            "description": (
                "<p>Erasmus MC in Rotterdam is een van de grootste universitaire medische centra "
                "van Nederland. Hematologie, stamceltransplantatie en immunologie vormen een "
                "belangrijke basis voor het werk aan celtherapie en "
                "gentherapie.</p><p>Onderzoeksgroepen werken aan cellulaire immuuntherapie, "
                "waaronder CAR-T- en NK-celproducten, en aan gentherapie waarbij bloedvormende "
                "stamcellen van de patiënt buiten het lichaam genetisch worden gecorrigeerd met "
                "lentivirale vectoren.</p><p>Binnen DARE-NL levert Erasmus MC onder meer expertise "
                "op het gebied van endotoxinebepaling en functionele testen (potentie) voor "
                "effectorcellen.</p>"
            ),
            "gmp_facilities": (
                "<p>Het centrum beschikt over een GMP-faciliteit voor celtherapie met cleanrooms "
                "van klasse B, aseptische werkplekken van klasse A en gesloten, deels "
                "geautomatiseerde systemen voor celbewerking. Een eigen laboratorium voor "
                "kwaliteitscontrole voert vrijgiftetesten uit.</p><p>De faciliteit werkt onder een "
                "fabrikantenvergunning en het farmaceutisch kwaliteitssysteem van de "
                "ziekenhuisapotheek.</p>"
            ),
        },
        "en": {
            "title": "Erasmus MC",
            "summary": (
                "University medical centre in Rotterdam with research in cellular immunotherapy "
                "and gene therapy with modified haematopoietic stem cells."
            ),
            "description": (
                "<p>Erasmus MC in Rotterdam is one of the largest university medical centres in "
                "the Netherlands. Haematology, stem cell transplantation and immunology form an "
                "important basis for its work on cell and gene therapy.</p><p>Research groups work "
                "on cellular immunotherapy, including CAR-T and NK cell products, and on gene "
                "therapy in which the patient's haematopoietic stem cells are genetically "
                "corrected outside the body with lentiviral vectors.</p><p>Within DARE-NL, Erasmus "
                "MC contributes expertise in endotoxin testing and in functional (potency) assays "
                "for effector cells.</p>"
            ),
            "gmp_facilities": (
                "<p>The centre operates a GMP facility for cell therapy with grade B cleanrooms, "
                "grade A aseptic workstations and closed, partly automated systems for cell "
                "processing. An in-house quality control laboratory performs release "
                "testing.</p><p>The facility operates under a manufacturing authorisation and the "
                "pharmaceutical quality system of the hospital pharmacy.</p>"
            ),
        },
    },
    {
        "code": "lumc",
        "short_name": "LUMC",
        "city": "Leiden",
        "kind": "umc",
        "expertise": ["msc", "tcr-t", "hsc", "lv"],
        "contact_name": "Coördinator cel- en gentherapie",
        "contact_email": "atmp@lumc.example",
        "website": "https://www.lumc.nl",
        "nl": {
            "title": "Leids Universitair Medisch Centrum (LUMC)",
            "summary": (
                "Universitair medisch centrum in Leiden met een lange traditie in "
                "stamceltransplantatie, mesenchymale stromale cellen, T-celtherapie en lentivirale "
                "vectoren."
            ),
            "description": (
                "<p>Het LUMC in Leiden heeft een lange traditie in stamceltransplantatie en "
                "transplantatie-immunologie. Vanuit die basis is onderzoek naar cel- en "
                "gentherapie uitgegroeid tot een belangrijk aandachtsgebied.</p><p>Onderzoekers en "
                "de GMP-faciliteit werken onder meer aan mesenchymale stromale cellen (MSC's), "
                "T-celreceptor-gemodificeerde T-cellen, gentherapie met bloedvormende stamcellen "
                "en de productie van lentivirale vectoren voor klinisch onderzoek.</p><p>Binnen "
                "DARE-NL is het LUMC eigenaar van diverse QC-methoden, waaronder "
                "mycoplasmadetectie, testen op replicatiecompetent lentivirus en karakterisering "
                "van MSC's.</p>"
            ),
            "gmp_facilities": (
                "<p>Het LUMC beschikt over een GMP-faciliteit voor cel- en gentherapie met "
                "cleanrooms van klasse B en aseptische werkplekken van klasse A, gescheiden "
                "ruimten voor werk met virale vectoren en gesloten systemen voor "
                "celbewerking.</p><p>Een laboratorium voor kwaliteitscontrole ondersteunt de "
                "vrijgifte van producten en de kwalificatie van nieuwe analysemethoden.</p>"
            ),
        },
        "en": {
            "title": "Leiden University Medical Center (LUMC)",
            "summary": (
                "University medical centre in Leiden with a long tradition in stem cell "
                "transplantation, mesenchymal stromal cells, T-cell therapy and lentiviral vectors."
            ),
            "description": (
                "<p>LUMC in Leiden has a long tradition in stem cell transplantation and "
                "transplantation immunology. From that basis, research into cell and gene therapy "
                "has grown into an important area of focus.</p><p>Researchers and the GMP facility "
                "work on, among other things, mesenchymal stromal cells (MSCs), T-cell "
                "receptor-modified T cells, gene therapy with haematopoietic stem cells and the "
                "production of lentiviral vectors for clinical research.</p><p>Within DARE-NL, "
                "LUMC owns several QC methods, including mycoplasma detection, testing for "
                "replication-competent lentivirus and characterisation of MSCs.</p>"
            ),
            "gmp_facilities": (
                "<p>LUMC operates a GMP facility for cell and gene therapy with grade B cleanrooms "
                "and grade A aseptic workstations, segregated areas for work with viral vectors "
                "and closed systems for cell processing.</p><p>A quality control laboratory "
                "supports product release and the qualification of new analytical methods.</p>"
            ),
        },
    },
    {
        "code": "mumc",
        "short_name": "Maastricht UMC+",
        "city": "Maastricht",
        "kind": "umc",
        "expertise": ["msc", "car-t", "general"],
        "contact_name": "Coördinator ATMP-productie ziekenhuisapotheek",
        "contact_email": "atmp@mumc.example",
        "website": "https://www.mumc.nl",
        "nl": {
            "title": "Maastricht UMC+",
            "summary": (
                "Universitair medisch centrum in Maastricht dat translationeel onderzoek naar "
                "celtherapie koppelt aan de ziekenhuisapotheek en de regionale zorg."
            ),
            "description": (
                "<p>Maastricht UMC+ is het universitair medisch centrum van Zuid-Limburg en werkt "
                "nauw samen met de Universiteit Maastricht. Zorg, onderzoek en onderwijs zijn in "
                "één organisatie gebundeld.</p><p>Op het gebied van geavanceerde therapieën richt "
                "het centrum zich op translationeel onderzoek met celtherapieproducten en op de "
                "voorbereiding en toediening van ATMP's in de kliniek. De ziekenhuisapotheek "
                "speelt een centrale rol bij de ontvangst, opslag en verwerking van deze "
                "producten.</p><p>Binnen DARE-NL draagt Maastricht UMC+ bij aan het harmoniseren "
                "van werkwijzen voor de ziekenhuisapotheek en aan methoden voor de karakterisering "
                "van stromale cellen.</p>"
            ),
            "gmp_facilities": (
                "<p>De ziekenhuisapotheek beschikt over een GMP-faciliteit met cleanrooms van "
                "klasse B voor aseptische bereidingen en gesloten systemen voor celbewerking. "
                "Kwaliteitscontrole wordt deels intern en deels bij gekwalificeerde "
                "partnerlaboratoria uitgevoerd.</p>"
            ),
        },
        "en": {
            "title": "Maastricht UMC+",
            "summary": (
                "University medical centre in Maastricht that links translational research in cell "
                "therapy with the hospital pharmacy and regional care."
            ),
            "description": (
                "<p>Maastricht UMC+ is the university medical centre for South Limburg and works "
                "closely with Maastricht University. Care, research and education are combined in "
                "one organisation.</p><p>In advanced therapies, the centre focuses on "
                "translational research with cell therapy products and on the preparation and "
                "administration of ATMPs in the clinic. The hospital pharmacy plays a central role "
                "in the receipt, storage and handling of these products.</p><p>Within DARE-NL, "
                "Maastricht UMC+ contributes to harmonising hospital pharmacy practices and to "
                "methods for characterising stromal cells.</p>"
            ),
            "gmp_facilities": (
                "<p>The hospital pharmacy operates a GMP facility with grade B cleanrooms for "
                "aseptic preparations and closed systems for cell processing. Quality control is "
                "performed partly in-house and partly at qualified partner laboratories.</p>"
            ),
        },
    },
    {
        "code": "radboudumc",
        "short_name": "Radboudumc",
        "city": "Nijmegen",
        "kind": "umc",
        "expertise": ["dc", "nk", "general"],
        "contact_name": "Coördinator celtherapie-faciliteit",
        "contact_email": "celtherapie@radboudumc.example",
        "website": "https://www.radboudumc.nl",
        "nl": {
            "title": "Radboudumc",
            "summary": (
                "Universitair medisch centrum in Nijmegen met ruime ervaring in "
                "dendritische-celvaccins en onderzoek naar NK-celtherapie."
            ),
            "description": (
                "<p>Het Radboudumc in Nijmegen heeft jarenlange ervaring met cellulaire "
                "immuuntherapie. Onderzoek naar dendritische cellen als vaccin tegen kanker is "
                "daarbij een belangrijk speerpunt.</p><p>Daarnaast werken onderzoekers aan "
                "NK-celtherapie en aan methoden om immuuncellen in het laboratorium te maken en te "
                "karakteriseren. Klinische studies worden in nauwe samenwerking tussen "
                "onderzoekers, artsen en de GMP-faciliteit voorbereid.</p><p>Binnen DARE-NL is het "
                "Radboudumc eigenaar van de methode voor fenotypering en rijpingsmarkers van "
                "dendritische cellen.</p>"
            ),
            "gmp_facilities": (
                "<p>Het Radboudumc beschikt over een GMP-faciliteit voor celtherapie met "
                "cleanrooms van klasse B, aseptische werkplekken van klasse A en gesloten systemen "
                "voor celkweek en -bewerking. Een eigen QC-laboratorium voert onder meer "
                "flowcytometrische vrijgiftetesten uit.</p>"
            ),
        },
        "en": {
            "title": "Radboudumc",
            "summary": (
                "University medical centre in Nijmegen with extensive experience in dendritic-cell "
                "vaccines and research into NK cell therapy."
            ),
            "description": (
                "<p>Radboudumc in Nijmegen has many years of experience in cellular immunotherapy. "
                "Research into dendritic cells as a cancer vaccine is an important "
                "focus.</p><p>Researchers also work on NK cell therapy and on methods for "
                "manufacturing and characterising immune cells in the laboratory. Clinical trials "
                "are prepared in close collaboration between researchers, physicians and the GMP "
                "facility.</p><p>Within DARE-NL, Radboudumc owns the method for dendritic-cell "
                "phenotype and maturation markers.</p>"
            ),
            "gmp_facilities": (
                "<p>Radboudumc operates a GMP facility for cell therapy with grade B cleanrooms, "
                "grade A aseptic workstations and closed systems for cell culture and processing. "
                "An in-house QC laboratory performs, among other things, flow-cytometric release "
                "testing.</p>"
            ),
        },
    },
    {
        "code": "umcg",
        "short_name": "UMCG",
        "city": "Groningen",
        "kind": "umc",
        "expertise": ["car-t", "hsc", "general"],
        "contact_name": "Coördinator ATMP-faciliteit",
        "contact_email": "atmp@umcg.example",
        "website": "https://www.umcg.nl",
        "nl": {
            "title": "Universitair Medisch Centrum Groningen (UMCG)",
            "summary": (
                "Universitair medisch centrum in Groningen met onderzoek naar cellulaire therapie "
                "en een rol in de toegang tot ATMP's voor patiënten in Noord-Nederland."
            ),
            "description": (
                "<p>Het UMCG is het universitair medisch centrum van Noord-Nederland. Het centrum "
                "verleent complexe zorg, waaronder stamceltransplantatie, en doet onderzoek in "
                "samenwerking met de Rijksuniversiteit Groningen.</p><p>Op het gebied van "
                "geavanceerde therapieën werkt het UMCG aan translationeel onderzoek met "
                "celtherapieproducten en aan de organisatie van zorg rond de toediening van "
                "ATMP's, zodat patiënten in de regio toegang hebben tot deze "
                "behandelingen.</p><p>Binnen DARE-NL neemt het UMCG deel aan de harmonisatie van "
                "microbiologische vrijgiftetesten en van werkwijzen voor de ontvangst en opslag "
                "van celproducten.</p>"
            ),
            "gmp_facilities": (
                "<p>Het UMCG beschikt via de ziekenhuisapotheek over een GMP-faciliteit met "
                "cleanrooms van klasse B en gesloten systemen voor celbewerking, en over "
                "faciliteiten voor cryopreservatie en opslag in de dampfase van vloeibare "
                "stikstof.</p>"
            ),
        },
        "en": {
            "title": "University Medical Center Groningen (UMCG)",
            "summary": (
                "University medical centre in Groningen with research in cellular therapy and a "
                "role in access to ATMPs for patients in the north of the Netherlands."
            ),
            "description": (
                "<p>UMCG is the university medical centre for the north of the Netherlands. It "
                "provides complex care, including stem cell transplantation, and carries out "
                "research together with the University of Groningen.</p><p>In advanced therapies, "
                "UMCG works on translational research with cell therapy products and on organising "
                "care around the administration of ATMPs, so that patients in the region have "
                "access to these treatments.</p><p>Within DARE-NL, UMCG takes part in harmonising "
                "microbiological release tests and practices for the receipt and storage of cell "
                "products.</p>"
            ),
            "gmp_facilities": (
                "<p>Through its hospital pharmacy, UMCG operates a GMP facility with grade B "
                "cleanrooms and closed systems for cell processing, as well as facilities for "
                "cryopreservation and storage in the vapour phase of liquid nitrogen.</p>"
            ),
        },
    },
    {
        "code": "umcu",
        "short_name": "UMC Utrecht",
        "city": "Utrecht",
        "kind": "umc",
        "expertise": ["car-t", "tcr-t", "msc", "hsc"],
        "contact_name": "Coördinator celtherapie-faciliteit",
        "contact_email": "celtherapie@umcutrecht.example",
        "website": "https://www.umcutrecht.nl",
        "nl": {
            "title": "UMC Utrecht",
            "summary": (
                "Universitair medisch centrum in Utrecht met onderzoek en productie van genetisch "
                "gemodificeerde T-cellen en andere celtherapieproducten voor klinische studies."
            ),
            "description": (
                "<p>UMC Utrecht werkt op het Utrecht Science Park nauw samen met de Universiteit "
                "Utrecht, het Prinses Máxima Centrum en andere partners. Celtherapie en "
                "gentherapie vormen een belangrijk onderdeel van het translationele "
                "onderzoek.</p><p>Onderzoekers ontwikkelen genetisch gemodificeerde T-cellen, "
                "zoals CAR-T- en TCR-T-cellen, en werken aan andere celtherapieproducten, "
                "waaronder mesenchymale stromale cellen en bewerkte stamcelproducten. De "
                "GMP-faciliteit produceert materiaal voor vroege klinische studies.</p><p>Binnen "
                "DARE-NL is UMC Utrecht eigenaar van de methoden voor geautomatiseerde "
                "steriliteitstesten en voor de bepaling van het vectorkopieaantal.</p>"
            ),
            "gmp_facilities": (
                "<p>UMC Utrecht beschikt over een GMP-faciliteit voor celtherapie met cleanrooms "
                "van klasse B, aseptische werkplekken van klasse A en gesloten, geautomatiseerde "
                "systemen voor celbewerking en genetische modificatie. Het QC-laboratorium voert "
                "microbiologische, moleculaire en flowcytometrische vrijgiftetesten uit.</p>"
            ),
        },
        "en": {
            "title": "UMC Utrecht",
            "summary": (
                "University medical centre in Utrecht with research and manufacturing of "
                "genetically modified T cells and other cell therapy products for clinical trials."
            ),
            "description": (
                "<p>UMC Utrecht works closely on the Utrecht Science Park with Utrecht University, "
                "the Princess Máxima Center and other partners. Cell and gene therapy are an "
                "important part of its translational research.</p><p>Researchers develop "
                "genetically modified T cells, such as CAR-T and TCR-T cells, and work on other "
                "cell therapy products, including mesenchymal stromal cells and processed stem "
                "cell products. The GMP facility manufactures material for early-phase clinical "
                "trials.</p><p>Within DARE-NL, UMC Utrecht owns the methods for automated "
                "sterility testing and for determining vector copy number.</p>"
            ),
            "gmp_facilities": (
                "<p>UMC Utrecht operates a GMP facility for cell therapy with grade B cleanrooms, "
                "grade A aseptic workstations and closed, automated systems for cell processing "
                "and genetic modification. The QC laboratory performs microbiological, molecular "
                "and flow-cytometric release testing.</p>"
            ),
        },
    },
    {
        "code": "pmc",
        "short_name": "Prinses Máxima Centrum",
        "city": "Utrecht",
        "kind": "paediatric",
        "expertise": ["car-t", "general"],
        "contact_name": "Coördinator cellulaire therapie kinderoncologie",
        "contact_email": "celtherapie@prinsesmaximacentrum.example",
        "website": "https://www.prinsesmaximacentrum.nl",
        "nl": {
            "title": "Prinses Máxima Centrum voor kinderoncologie",
            "summary": (
                "Nationaal centrum voor kinderoncologie in Utrecht, waar zorg en onderzoek voor "
                "kinderen met kanker samenkomen, inclusief cellulaire immuuntherapie."
            ),
            "description": (
                "<p>In het Prinses Máxima Centrum in Utrecht komen zorg en onderzoek voor kinderen "
                "met kanker in Nederland samen. Artsen en onderzoekers werken onder één dak aan "
                "betere behandelingen met minder late effecten.</p><p>Cellulaire immuuntherapie, "
                "zoals behandeling met CAR-T-cellen, is een van de onderzoeksrichtingen. Bij "
                "kinderen vragen onder meer de kleine hoeveelheden uitgangsmateriaal, de dosering "
                "op basis van lichaamsgewicht en de aanwezigheid van leukemiecellen in het "
                "aferesemateriaal om specifieke aandacht bij productie en "
                "kwaliteitscontrole.</p><p>Binnen DARE-NL is het Prinses Máxima Centrum eigenaar "
                "van de methode voor T-celsubsets en residuele B-cellen en brengt het de "
                "pediatrische invalshoek in bij de harmonisatie van methoden.</p>"
            ),
            "gmp_facilities": (
                "<p>Het centrum werkt voor de productie van celtherapieproducten samen met "
                "GMP-faciliteiten op het Utrecht Science Park. Deze faciliteiten beschikken over "
                "cleanrooms van klasse B en gesloten systemen voor celbewerking; "
                "kwaliteitscontrole en vrijgifte zijn in samenwerkingsafspraken vastgelegd.</p>"
            ),
        },
        "en": {
            "title": "Princess Máxima Center for Paediatric Oncology",
            "summary": (
                "National centre for paediatric oncology in Utrecht, bringing together care and "
                "research for children with cancer, including cellular immunotherapy."
            ),
            "description": (
                "<p>At the Princess Máxima Center in Utrecht, care and research for children with "
                "cancer in the Netherlands come together. Physicians and researchers work under "
                "one roof on better treatments with fewer late effects.</p><p>Cellular "
                "immunotherapy, such as treatment with CAR-T cells, is one of the research "
                "directions. In children, the small amounts of starting material, dosing based on "
                "body weight and the presence of leukaemic cells in the apheresis material, among "
                "other things, call for specific attention in manufacturing and quality "
                "control.</p><p>Within DARE-NL, the Princess Máxima Center owns the method for "
                "T-cell subsets and residual B cells and brings the paediatric perspective to the "
                "harmonisation of methods.</p>"
            ),
            "gmp_facilities": (
                "<p>For the manufacture of cell therapy products, the centre works with GMP "
                "facilities on the Utrecht Science Park. These facilities have grade B cleanrooms "
                "and closed systems for cell processing; quality control and release are laid down "
                "in collaboration agreements.</p>"
            ),
        },
    },
    {
        "code": "nki-avl",
        "short_name": "Antoni van Leeuwenhoek",
        "city": "Amsterdam",
        "kind": "cancer-institute",
        "expertise": ["til", "tcr-t", "car-t"],
        "contact_name": "Coördinator celtherapie",
        "contact_email": "celtherapie@avl.example",
        "website": "https://www.avl.nl",
        "nl": {
            "title": "Antoni van Leeuwenhoek (Nederlands Kanker Instituut)",
            "summary": (
                "Gespecialiseerd kankerziekenhuis en onderzoeksinstituut in Amsterdam met "
                "onderzoek naar therapie met tumor-infiltrerende lymfocyten (TIL) en "
                "T-celreceptortherapie."
            ),
            "description": (
                "<p>Het Antoni van Leeuwenhoek is een gespecialiseerd kankerziekenhuis met een "
                "eigen onderzoeksinstituut, het Nederlands Kanker Instituut. Patiëntenzorg en "
                "laboratoriumonderzoek liggen daardoor dicht bij elkaar.</p><p>Op het gebied van "
                "celtherapie werkt het instituut onder meer aan behandeling met "
                "tumor-infiltrerende lymfocyten (TIL), waarbij T-cellen uit de tumor van de "
                "patiënt worden opgekweekt en teruggegeven, en aan T-cellen met een ingebrachte "
                "T-celreceptor of CAR.</p><p>Binnen DARE-NL is het Antoni van Leeuwenhoek eigenaar "
                "van de methoden voor IFN-γ-afgifte als potentietest en voor celtelling en "
                "fenotypering van TIL-producten.</p>"
            ),
            "gmp_facilities": (
                "<p>Het instituut beschikt over een GMP-faciliteit voor de productie van "
                "celtherapieproducten met cleanrooms van klasse B en aseptische werkplekken van "
                "klasse A. Kwaliteitscontrole, waaronder celtelling, flowcytometrie en functionele "
                "testen, wordt uitgevoerd onder het farmaceutisch kwaliteitssysteem van het "
                "ziekenhuis.</p>"
            ),
        },
        "en": {
            "title": "Antoni van Leeuwenhoek (Netherlands Cancer Institute)",
            "summary": (
                "Specialised cancer hospital and research institute in Amsterdam with research in "
                "tumour-infiltrating lymphocyte (TIL) therapy and T-cell receptor therapy."
            ),
            "description": (
                "<p>The Antoni van Leeuwenhoek is a specialised cancer hospital with its own "
                "research institute, the Netherlands Cancer Institute. Patient care and laboratory "
                "research are therefore closely connected.</p><p>In cell therapy, the institute "
                "works on, among other things, treatment with tumour-infiltrating lymphocytes "
                "(TIL), in which T cells from the patient's tumour are expanded and given back, "
                "and on T cells carrying an introduced T-cell receptor or CAR.</p><p>Within "
                "DARE-NL, the Antoni van Leeuwenhoek owns the methods for IFN-γ release as a "
                "potency assay and for cell count and phenotyping of TIL products.</p>"
            ),
            "gmp_facilities": (
                "<p>The institute operates a GMP facility for the manufacture of cell therapy "
                "products with grade B cleanrooms and grade A aseptic workstations. Quality "
                "control, including cell counting, flow cytometry and functional assays, is "
                "performed under the hospital's pharmaceutical quality system.</p>"
            ),
        },
    },
    {
        "code": "sanquin",
        "short_name": "Sanquin",
        "city": "Amsterdam",
        "kind": "blood-supply",
        "expertise": ["car-t", "hsc", "msc", "general"],
        "contact_name": "Coördinator celtherapie Sanquin",
        "contact_email": "celtherapie@sanquin.example",
        "website": "https://www.sanquin.nl",
        "nl": {
            "title": "Sanquin",
            "summary": (
                "Nationale bloedvoorzieningsorganisatie met een celtherapiefaciliteit en expertise "
                "in de bewerking van bloed- en celproducten en de bijbehorende kwaliteitscontrole."
            ),
            "description": (
                "<p>Sanquin verzorgt in Nederland de bloedvoorziening en doet onderzoek op het "
                "gebied van bloed, immunologie en transfusiegeneeskunde. Het werken met donoren, "
                "aferese en de bewerking van bloedproducten onder een streng kwaliteitssysteem is "
                "de kern van de organisatie.</p><p>Die ervaring is direct relevant voor "
                "celtherapie: het verzamelen en bewerken van uitgangsmateriaal, celselectie, "
                "cryopreservatie en microbiologische controle. Sanquin ondersteunt de productie "
                "van celtherapieproducten voor klinische studies en deelt kennis over "
                "gestandaardiseerde testmethoden.</p><p>Binnen DARE-NL is Sanquin eigenaar van "
                "onder meer de methoden voor steriliteit door membraanfiltratie, celtelling en "
                "viabiliteit, en residuele activatiebeads.</p>"
            ),
            "gmp_facilities": (
                "<p>Sanquin beschikt over een celtherapiefaciliteit met cleanrooms van klasse B en "
                "aseptische werkplekken van klasse A, gesloten systemen voor celselectie en -kweek "
                "en gecontroleerde opslag in de dampfase van vloeibare stikstof. Een "
                "QC-laboratorium voert microbiologische en celbiologische vrijgiftetesten uit.</p>"
            ),
        },
        "en": {
            "title": "Sanquin",
            "summary": (
                "National blood supply organisation with a cell therapy facility and expertise in "
                "processing blood and cell products and the associated quality control."
            ),
            "description": (
                "<p>Sanquin is responsible for the blood supply in the Netherlands and carries out "
                "research in blood, immunology and transfusion medicine. Working with donors, "
                "apheresis and the processing of blood products under a strict quality system is "
                "at the core of the organisation.</p><p>That experience is directly relevant to "
                "cell therapy: collecting and processing starting material, cell selection, "
                "cryopreservation and microbiological control. Sanquin supports the manufacture of "
                "cell therapy products for clinical trials and shares knowledge about standardised "
                "test methods.</p><p>Within DARE-NL, Sanquin owns, among others, the methods for "
                "sterility by membrane filtration, cell count and viability, and residual "
                "activation beads.</p>"
            ),
            "gmp_facilities": (
                "<p>Sanquin operates a cell therapy facility with grade B cleanrooms and grade A "
                "aseptic workstations, closed systems for cell selection and culture, and "
                "controlled storage in the vapour phase of liquid nitrogen. A QC laboratory "
                "performs microbiological and cell-biological release testing.</p>"
            ),
        },
    },
    {
        "code": "uips",
        "short_name": "UIPS",
        "city": "Utrecht",
        "kind": "university",
        "expertise": ["aav", "lv", "general"],
        "contact_name": "Coördinator analytische en regulatoire wetenschap",
        "contact_email": "uips-atmp@uu.example",
        "website": "https://www.uu.nl/en/research/utrecht-institute-for-pharmaceutical-sciences",
        "nl": {
            "title": "Utrecht Institute for Pharmaceutical Sciences (UIPS), Universiteit Utrecht",
            "summary": (
                "Farmaceutisch onderzoeksinstituut van de Universiteit Utrecht met expertise in "
                "analytische methoden en regulatoire wetenschap voor geavanceerde therapieën."
            ),
            "description": (
                "<p>Het Utrecht Institute for Pharmaceutical Sciences (UIPS) is het "
                "onderzoeksinstituut voor farmaceutische wetenschappen van de Universiteit "
                "Utrecht. Het instituut werkt aan de hele keten van geneesmiddelontwikkeling, van "
                "formulering en analyse tot regelgeving en gebruik.</p><p>Voor cel- en gentherapie "
                "draagt UIPS bij met de ontwikkeling en vergelijking van analytische methoden, "
                "bijvoorbeeld voor de karakterisering van virale vectoren en voor alternatieve "
                "microbiologische testen, en met onderzoek naar regelgeving en toegang tot "
                "ATMP's.</p><p>Binnen DARE-NL coördineert UIPS vergelijkende studies tussen "
                "laboratoria en is het eigenaar van enkele methoden die nog in ontwikkeling of "
                "kwalificatie zijn.</p>"
            ),
            "gmp_facilities": (
                "<p>UIPS heeft geen GMP-productiefaciliteit en voert geen vrijgiftetesten uit voor "
                "klinische producten. Het instituut beschikt over onderzoekslaboratoria voor "
                "analytische en biofysische karakterisering en richt zich op methodeontwikkeling, "
                "kwalificatiestudies en regulatoire wetenschap, in samenwerking met de "
                "GMP-faciliteiten van de partners.</p>"
            ),
        },
        "en": {
            "title": "Utrecht Institute for Pharmaceutical Sciences (UIPS), Utrecht University",
            "summary": (
                "Pharmaceutical research institute of Utrecht University with expertise in "
                "analytical methods and regulatory science for advanced therapies."
            ),
            "description": (
                "<p>The Utrecht Institute for Pharmaceutical Sciences (UIPS) is the research "
                "institute for pharmaceutical sciences of Utrecht University. The institute works "
                "across the whole chain of medicine development, from formulation and analysis to "
                "regulation and use.</p><p>For cell and gene therapy, UIPS contributes the "
                "development and comparison of analytical methods, for example for characterising "
                "viral vectors and for alternative microbiological tests, and research into "
                "regulation of and access to ATMPs.</p><p>Within DARE-NL, UIPS coordinates "
                "comparative studies between laboratories and owns several methods that are still "
                "in development or qualification.</p>"
            ),
            "gmp_facilities": (
                "<p>UIPS has no GMP manufacturing facility and does not perform release testing "
                "for clinical products. The institute has research laboratories for analytical and "
                "biophysical characterisation and focuses on method development, qualification "
                "studies and regulatory science, in collaboration with the partners' GMP "
                "facilities.</p>"
            ),
        },
    },
]
