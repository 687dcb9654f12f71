"""The bilingual glossary: one entry per concept, with the Dutch and the English term side by
side. Definitions are plain and short so that patients and new staff can follow them; the
synonyms let search expand, for example, "vrijgifte" to "release". ``excluded_pages`` names the
regulations (by key) or documents (by identifier) where the word has another meaning, so the
term is not explained there."""

TERMS = [
    {
        "slug": "atmp",
        "term_nl": "Geneesmiddel voor geavanceerde therapie",
        "term_en": "Advanced therapy medicinal product",
        "abbreviation": "ATMP",
        "definition_nl": (
            "Geneesmiddel op basis van genen, cellen of weefsels: een geneesmiddel voor "
            "gentherapie, voor somatische celtherapie of een weefselmanipulatieproduct. ATMP's "
            "vallen onder Verordening (EG) nr. 1394/2007 en hebben voor de markt een centrale "
            "Europese handelsvergunning nodig."
        ),
        "definition_en": (
            "A medicine based on genes, cells or tissues: a gene therapy medicinal product, a "
            "somatic cell therapy medicinal product or a tissue-engineered product. ATMPs fall "
            "under Regulation (EC) No 1394/2007 and need a central EU marketing authorisation to "
            "be marketed."
        ),
        "synonyms": (
            "geavanceerde therapie, advanced therapy, cel- en gentherapie, cell and gene therapy"
        ),
    },
    {
        "slug": "gmp",
        "term_nl": "Goede manier van produceren",
        "term_en": "Good manufacturing practice",
        "abbreviation": "GMP",
        "definition_nl": (
            "Het geheel van eisen en werkwijzen dat ervoor zorgt dat geneesmiddelen steeds volgens "
            "vaste kwaliteitsnormen worden gemaakt en gecontroleerd. Voor ATMP's staan de "
            "GMP-eisen in deel IV van EudraLex deel 4."
        ),
        "definition_en": (
            "The set of requirements and working methods that ensures medicines are consistently "
            "made and controlled to set quality standards. For ATMPs the GMP requirements are in "
            "Part IV of EudraLex Volume 4."
        ),
        "synonyms": "goede productiepraktijk, Good Manufacturing Practice, cGMP",
    },
    {
        "slug": "qualified-person",
        "term_nl": "Qualified Person",
        "term_en": "Qualified Person",
        "abbreviation": "QP",
        "definition_nl": (
            "Deskundige met wettelijk vastgelegde opleiding en ervaring die elke batch van een "
            "geneesmiddel certificeert voordat deze wordt vrijgegeven. De QP bevestigt dat de "
            "batch volgens GMP en volgens de vergunning of het klinische dossier is gemaakt en "
            "gecontroleerd."
        ),
        "definition_en": (
            "An expert with legally defined qualifications and experience who certifies each batch "
            "of a medicine before it is released. The QP confirms that the batch was made and "
            "tested according to GMP and to the authorisation or clinical trial dossier."
        ),
        "synonyms": "gekwalificeerde persoon, QP-certificering, QP certification",
    },
    {
        "slug": "vcn",
        "term_nl": "Vectorkopieaantal",
        "term_en": "Vector copy number",
        "abbreviation": "VCN",
        "definition_nl": (
            "Het gemiddelde aantal ingebouwde kopieën van een vector per cel in een genetisch "
            "gemodificeerd celproduct, meestal gemeten met qPCR of digitale PCR. Een hoog aantal "
            "kan het risico op insertiemutagenese vergroten, daarom heeft de specificatie een "
            "bovengrens."
        ),
        "definition_en": (
            "The average number of integrated vector copies per cell in a genetically modified "
            "cell product, usually measured by qPCR or digital PCR. A high number may increase the "
            "risk of insertional mutagenesis, so the specification sets an upper limit."
        ),
        "synonyms": "kopieaantal, VCN-bepaling, copy number, integrated copies",
    },
    {
        "slug": "release",
        "term_nl": "Vrijgifte",
        "term_en": "Release",
        "abbreviation": "",
        "definition_nl": (
            "Het formele besluit dat een batch geschikt is voor gebruik, nadat "
            "productiedocumentatie en testresultaten zijn beoordeeld. Bij geneesmiddelen "
            "certificeert de QP de batch; bij ATMP's kan vrijgifte in stappen plaatsvinden als "
            "sommige uitslagen pas na toediening bekend zijn."
        ),
        "definition_en": (
            "The formal decision that a batch is fit for use, after review of the manufacturing "
            "records and test results. For medicines the QP certifies the batch; for ATMPs release "
            "may happen in stages when some results only become available after administration."
        ),
        "synonyms": "batchvrijgifte, QP-vrijgifte, batch release, certification",
        # Regulations where "release" means release of organisms into the environment.
        "excluded_pages": ["besluit-ggo", "deliberate-release-directive"],
    },
    {
        "slug": "sterility",
        "term_nl": "Steriliteit",
        "term_en": "Sterility",
        "abbreviation": "",
        "definition_nl": (
            "Afwezigheid van levensvatbare micro-organismen zoals bacteriën en schimmels. Omdat "
            "celproducten niet kunnen worden gesteriliseerd, wordt steriliteit geborgd door "
            "aseptische verwerking en aangetoond met een test volgens Ph. Eur. 2.6.1 of 2.6.27."
        ),
        "definition_en": (
            "Absence of viable micro-organisms such as bacteria and fungi. Because cell products "
            "cannot be sterilised, sterility is assured by aseptic processing and demonstrated "
            "with a test according to Ph. Eur. 2.6.1 or 2.6.27."
        ),
        "synonyms": "steriliteitstest, microbiologische zuiverheid, sterility test",
    },
    {
        "slug": "endotoxin",
        "term_nl": "Endotoxine",
        "term_en": "Endotoxin",
        "abbreviation": "",
        "definition_nl": (
            "Stof (lipopolysacharide) uit de buitenste celwand van gramnegatieve bacteriën die "
            "koorts en ontstekingsreacties kan veroorzaken, ook als de bacteriën dood zijn. "
            "Endotoxine wordt gemeten volgens Ph. Eur. 2.6.14, bijvoorbeeld met de LAL-test."
        ),
        "definition_en": (
            "A substance (lipopolysaccharide) from the outer cell wall of Gram-negative bacteria "
            "that can cause fever and inflammation, even when the bacteria are dead. Endotoxin is "
            "measured according to Ph. Eur. 2.6.14, for example with the LAL test."
        ),
        "synonyms": "bacteriële endotoxinen, LAL-test, pyrogenen, bacterial endotoxins, pyrogens",
    },
    {
        "slug": "mycoplasma",
        "term_nl": "Mycoplasma",
        "term_en": "Mycoplasma",
        "abbreviation": "",
        "definition_nl": (
            "Zeer kleine bacteriën zonder celwand die celkweken kunnen besmetten zonder dat de "
            "kweek troebel wordt. Celproducten worden op mycoplasma's getest volgens Ph. Eur. "
            "2.6.7, vaak met een gevalideerde NAT-methode."
        ),
        "definition_en": (
            "Very small bacteria without a cell wall that can contaminate cell cultures without "
            "making them cloudy. Cell products are tested for mycoplasmas according to Ph. Eur. "
            "2.6.7, often with a validated NAT method."
        ),
        "synonyms": "mycoplasma's, mycoplasmas, mycoplasmatest, mycoplasma test",
    },
    {
        "slug": "car-t",
        "term_nl": "CAR-T-cel",
        "term_en": "CAR T cell",
        "abbreviation": "CAR-T",
        "definition_nl": (
            "T-cel die genetisch is aangepast om een chimere antigeenreceptor (CAR) te maken, "
            "waarmee de cel een eiwit op bijvoorbeeld kankercellen herkent en aanvalt. "
            "CAR-T-cellen worden meestal gemaakt uit de eigen T-cellen van de patiënt met een "
            "virale vector."
        ),
        "definition_en": (
            "A T cell genetically modified to make a chimeric antigen receptor (CAR), which lets "
            "the cell recognise and attack a protein on, for example, cancer cells. CAR T cells "
            "are usually made from the patient's own T cells using a viral vector."
        ),
        "synonyms": (
            "CAR-T-celtherapie, chimere antigeenreceptor, chimeric antigen receptor, CAR T-cell "
            "therapy"
        ),
    },
    {
        "slug": "tcr-t",
        "term_nl": "TCR-T-cel",
        "term_en": "TCR-T cell",
        "abbreviation": "TCR-T",
        "definition_nl": (
            "T-cel die genetisch is voorzien van een bepaalde T-celreceptor (TCR), waarmee de cel "
            "stukjes eiwit herkent die door HLA-moleculen op het celoppervlak worden getoond. Zo "
            "kunnen ook eiwitten binnen in de tumorcel een doelwit zijn."
        ),
        "definition_en": (
            "A T cell genetically equipped with a specific T-cell receptor (TCR), which lets the "
            "cell recognise protein fragments presented by HLA molecules on the cell surface. This "
            "way proteins inside the tumour cell can also be a target."
        ),
        "synonyms": "TCR-therapie, T-celreceptor, T-cell receptor, TCR-engineered T cells",
    },
    {
        "slug": "til",
        "term_nl": "Tumorinfiltrerende lymfocyten",
        "term_en": "Tumour-infiltrating lymphocytes",
        "abbreviation": "TIL",
        "definition_nl": (
            "Afweercellen die uit een tumor worden gehaald, in het laboratorium in grote aantallen "
            "worden opgekweekt en daarna aan dezelfde patiënt worden teruggegeven. De behandeling "
            "wordt onder meer toegepast bij gevorderd melanoom."
        ),
        "definition_en": (
            "Immune cells taken from a tumour, grown to large numbers in the laboratory and then "
            "given back to the same patient. The treatment is used, among others, in advanced "
            "melanoma."
        ),
        "synonyms": "TIL-therapie, TIL therapy, tumor-infiltrating lymphocytes",
    },
    {
        "slug": "msc",
        "term_nl": "Mesenchymale stromale cel",
        "term_en": "Mesenchymal stromal cell",
        "abbreviation": "MSC",
        "definition_nl": (
            "Cel uit onder meer beenmerg, vetweefsel of navelstrengweefsel die in kweek kan worden "
            "vermeerderd en het afweersysteem kan remmen of bijsturen. MSC's worden onder meer "
            "onderzocht bij graft-versus-hostziekte."
        ),
        "definition_en": (
            "A cell from sources such as bone marrow, adipose tissue or umbilical cord tissue that "
            "can be expanded in culture and can dampen or modulate the immune system. MSCs are "
            "studied, among others, in graft-versus-host disease."
        ),
        "synonyms": "mesenchymale stamcel, mesenchymal stem cell, MSC-therapie",
    },
    {
        "slug": "nk-cell",
        "term_nl": "NK-cel",
        "term_en": "NK cell",
        "abbreviation": "NK",
        "definition_nl": (
            "Natural killer-cel: een afweercel van het aangeboren immuunsysteem die tumorcellen en "
            "met virus geïnfecteerde cellen kan doden zonder eerdere kennismaking. NK-cellen "
            "kunnen van een donor komen en worden soms genetisch aangepast, bijvoorbeeld met een "
            "CAR."
        ),
        "definition_en": (
            "Natural killer cell: an immune cell of the innate immune system that can kill tumour "
            "cells and virus-infected cells without prior sensitisation. NK cells can come from a "
            "donor and are sometimes genetically modified, for example with a CAR."
        ),
        "synonyms": "natural killer-cel, natural killer cell, NK-celtherapie, NK cell therapy",
    },
    {
        "slug": "dendritic-cell",
        "term_nl": "Dendritische cel",
        "term_en": "Dendritic cell",
        "abbreviation": "DC",
        "definition_nl": (
            "Afweercel die stukjes eiwit (antigenen) aan T-cellen laat zien en zo een "
            "afweerreactie op gang brengt. Bij een DC-vaccin worden dendritische cellen in het "
            "laboratorium beladen met tumorantigenen en daarna aan de patiënt gegeven."
        ),
        "definition_en": (
            "An immune cell that shows protein fragments (antigens) to T cells and so starts an "
            "immune response. In a DC vaccine, dendritic cells are loaded with tumour antigens in "
            "the laboratory and then given to the patient."
        ),
        "synonyms": "DC-vaccin, dendritische-celvaccinatie, DC vaccine, dendritic cell vaccine",
    },
    {
        "slug": "aav",
        "term_nl": "Adeno-geassocieerd virus",
        "term_en": "Adeno-associated virus",
        "abbreviation": "AAV",
        "definition_nl": (
            "Klein virus dat bij mensen geen ziekte veroorzaakt en als vector wordt gebruikt om "
            "een gen in het lichaam af te leveren (in-vivogentherapie). AAV-vectoren bouwen zich "
            "grotendeels niet in het genoom in en kunnen maar een beperkte hoeveelheid genetisch "
            "materiaal meenemen."
        ),
        "definition_en": (
            "A small virus that does not cause disease in humans and is used as a vector to "
            "deliver a gene inside the body (in vivo gene therapy). AAV vectors largely do not "
            "integrate into the genome and can carry only a limited amount of genetic material."
        ),
        "synonyms": "AAV-vector, rAAV, adeno-associated viral vector",
    },
    {
        "slug": "lentiviral-vector",
        "term_nl": "Lentivirale vector",
        "term_en": "Lentiviral vector",
        "abbreviation": "LV",
        "definition_nl": (
            "Virale vector afgeleid van een lentivirus (meestal hiv-1), zo aangepast dat hij zich "
            "niet kan vermenigvuldigen. De vector bouwt het meegebrachte gen stabiel in het genoom "
            "in, ook van cellen die niet delen, en wordt veel gebruikt voor CAR-T-cellen en "
            "gemodificeerde stamcellen."
        ),
        "definition_en": (
            "A viral vector derived from a lentivirus (usually HIV-1), modified so that it cannot "
            "replicate. The vector stably integrates the gene it carries into the genome, "
            "including that of non-dividing cells, and is widely used for CAR T cells and modified "
            "stem cells."
        ),
        "synonyms": "LV-vector, lentivirus, zelfinactiverende vector, SIN vector",
    },
    {
        "slug": "hospital-exemption",
        "term_nl": "Ziekenhuisuitzondering",
        "term_en": "Hospital exemption",
        "abbreviation": "HE",
        "definition_nl": (
            "Uitzondering in de Europese regels waardoor een ATMP zonder handelsvergunning mag "
            "worden bereid en gebruikt voor een individuele patiënt in een ziekenhuis in dezelfde "
            "lidstaat, op niet-routinematige basis en volgens specifieke kwaliteitsnormen. In "
            "Nederland is daarvoor toestemming van de IGJ nodig."
        ),
        "definition_en": (
            "An exception in EU law that allows an ATMP without a marketing authorisation to be "
            "prepared and used for an individual patient in a hospital in the same member state, "
            "on a non-routine basis and according to specific quality standards. In the "
            "Netherlands this requires permission from the IGJ."
        ),
        "synonyms": "hospital exemption, ziekenhuisvrijstelling, HE",
    },
    {
        "slug": "gmo",
        "term_nl": "Genetisch gemodificeerd organisme",
        "term_en": "Genetically modified organism",
        "abbreviation": "GGO/GMO",
        "definition_nl": (
            "Organisme, met uitzondering van de mens, waarvan het genetisch materiaal is veranderd "
            "op een manier die van nature niet door voortplanting of natuurlijke recombinatie "
            "ontstaat. Virale vectoren voor gentherapie zijn ggo's; werken ermee vraagt in "
            "Nederland een vergunning op grond van het Besluit ggo."
        ),
        "definition_en": (
            "An organism, other than a human being, whose genetic material has been altered in a "
            "way that does not occur naturally by mating or natural recombination. Viral vectors "
            "for gene therapy are GMOs; in the Netherlands working with them requires a permit "
            "under the GMO Decree."
        ),
        "synonyms": "ggo, GMO, genetisch gemodificeerd, genetically modified",
    },
    {
        "slug": "leukapheresis",
        "term_nl": "Leukaferese",
        "term_en": "Leukapheresis",
        "abbreviation": "",
        "definition_nl": (
            "Procedure waarbij bloed door een apparaat wordt geleid dat de witte bloedcellen, "
            "vooral lymfocyten, afscheidt, waarna de rest van het bloed wordt teruggegeven. Het "
            "verkregen product is vaak het uitgangsmateriaal voor CAR-T- en andere "
            "T-celtherapieën."
        ),
        "definition_en": (
            "A procedure in which blood is passed through a machine that separates the white blood "
            "cells, mainly lymphocytes, and returns the rest of the blood. The collected product "
            "is often the starting material for CAR-T and other T-cell therapies."
        ),
        "synonyms": "aferese, apheresis, leukaferese-product, leukapheresis product",
    },
    {
        "slug": "cryopreservation",
        "term_nl": "Cryopreservatie",
        "term_en": "Cryopreservation",
        "abbreviation": "",
        "definition_nl": (
            "Het invriezen en bewaren van cellen bij zeer lage temperatuur, meestal in de dampfase "
            "van vloeibare stikstof onder -150 °C, met een beschermende stof zoals DMSO. Zo kunnen "
            "cellen worden bewaard en vervoerd tot het moment van toediening."
        ),
        "definition_en": (
            "Freezing and storing cells at very low temperature, usually in the vapour phase of "
            "liquid nitrogen below -150 °C, with a protective agent such as DMSO. This allows "
            "cells to be stored and shipped until the time of administration."
        ),
        "synonyms": "invriezen, cryoconservering, freezing, cryoprotectant",
    },
    {
        "slug": "potency",
        "term_nl": "Potentie",
        "term_en": "Potency",
        "abbreviation": "",
        "definition_nl": (
            "Kwantitatieve maat voor de biologische werkzaamheid van een product, gemeten met een "
            "test die aansluit bij het verwachte werkingsmechanisme, zoals het doden van "
            "tumorcellen of de afgifte van interferon-gamma. Een geschikte potentietest is nodig "
            "voor vrijgifte en voor het aantonen van vergelijkbaarheid."
        ),
        "definition_en": (
            "A quantitative measure of a product's biological activity, measured with an assay "
            "linked to the expected mechanism of action, such as killing tumour cells or releasing "
            "interferon-gamma. A suitable potency assay is needed for release and to show "
            "comparability."
        ),
        "synonyms": "potentietest, werkzaamheid, potency assay, biological activity",
    },
    {
        "slug": "cell-therapy",
        "term_nl": "Celtherapie",
        "term_en": "Cell therapy",
        "abbreviation": "",
        "definition_nl": (
            "Behandeling waarbij levende cellen aan een patiënt worden toegediend om een ziekte te "
            "behandelen. Als de cellen substantieel zijn bewerkt of in het lichaam een andere "
            "functie krijgen dan hun oorspronkelijke, is het product een geneesmiddel voor "
            "somatische celtherapie (een ATMP)."
        ),
        "definition_en": (
            "A treatment in which living cells are given to a patient to treat a disease. If the "
            "cells have been substantially manipulated or are used for a different function than "
            "their original one, the product is a somatic cell therapy medicinal product (an "
            "ATMP)."
        ),
        "synonyms": "somatische celtherapie, somatic cell therapy, cellulaire therapie, sCTMP",
    },
    {
        "slug": "gene-therapy",
        "term_nl": "Gentherapie",
        "term_en": "Gene therapy",
        "abbreviation": "",
        "definition_nl": (
            "Behandeling waarbij genetisch materiaal wordt ingebracht, vervangen of aangepast om "
            "een ziekte te behandelen of te voorkomen. Dat kan in het lichaam gebeuren (in vivo, "
            "bijvoorbeeld met een AAV-vector) of in cellen buiten het lichaam die daarna worden "
            "teruggegeven (ex vivo)."
        ),
        "definition_en": (
            "A treatment in which genetic material is added, replaced or modified to treat or "
            "prevent a disease. This can happen inside the body (in vivo, for example with an AAV "
            "vector) or in cells outside the body that are then given back (ex vivo)."
        ),
        "synonyms": "geneesmiddel voor gentherapie, GTMP, gene therapy medicinal product",
    },
    {
        "slug": "clean-room",
        "term_nl": "Cleanroom",
        "term_en": "Clean room",
        "abbreviation": "",
        "definition_nl": (
            "Ruimte waarin het aantal deeltjes in de lucht en de microbiologische besmetting "
            "worden beheerst en bewaakt. EU-GMP kent de klassen A tot en met D; aseptische "
            "handelingen met open product gebeuren in klasse A."
        ),
        "definition_en": (
            "A room in which airborne particles and microbial contamination are controlled and "
            "monitored. EU GMP defines grades A to D; aseptic operations with open product take "
            "place in grade A."
        ),
        "synonyms": "schone ruimte, cleanroomklasse, cleanroom, clean room grade",
    },
    {
        "slug": "media-fill",
        "term_nl": "Media fill",
        "term_en": "Media fill",
        "abbreviation": "",
        "definition_nl": (
            "Simulatie van een aseptisch proces waarbij in plaats van het product een groeimedium "
            "wordt gebruikt, dat daarna wordt bebroed om besmetting op te sporen. Een geslaagde "
            "media fill toont aan dat proces en medewerkers aseptisch kunnen werken."
        ),
        "definition_en": (
            "A simulation of an aseptic process in which a growth medium is used instead of the "
            "product and then incubated to detect contamination. A successful media fill shows "
            "that the process and the operators can work aseptically."
        ),
        "synonyms": "aseptische processimulatie, APS, aseptic process simulation, procesvalidatie",
    },
    {
        "slug": "oos",
        "term_nl": "Resultaat buiten specificatie",
        "term_en": "Out-of-specification result",
        "abbreviation": "OOS",
        "definition_nl": (
            "Testuitslag die niet voldoet aan de vastgestelde specificatie. Een OOS-resultaat "
            "wordt onderzocht om vast te stellen of het om een laboratoriumfout gaat of om een "
            "echt kwaliteitsprobleem van het product."
        ),
        "definition_en": (
            "A test result that does not meet the established specification. An OOS result is "
            "investigated to establish whether it is due to a laboratory error or a genuine "
            "quality problem with the product."
        ),
        "synonyms": "OOS-resultaat, buiten specificatie, out of specification",
    },
    {
        "slug": "capa",
        "term_nl": "Corrigerende en preventieve maatregelen",
        "term_en": "Corrective and preventive action",
        "abbreviation": "CAPA",
        "definition_nl": (
            "Systeem om de oorzaak van afwijkingen, klachten of auditbevindingen te onderzoeken en "
            "maatregelen te nemen die herhaling (corrigerend) of een eerste optreden (preventief) "
            "voorkomen. Achteraf wordt gecontroleerd of de maatregelen effectief zijn."
        ),
        "definition_en": (
            "A system for investigating the root cause of deviations, complaints or audit findings "
            "and taking actions that prevent recurrence (corrective) or first occurrence "
            "(preventive). The effectiveness of the actions is checked afterwards."
        ),
        "synonyms": (
            "corrigerende maatregel, preventieve maatregel, corrective action, preventive action"
        ),
    },
    {
        "slug": "deviation",
        "term_nl": "Afwijking",
        "term_en": "Deviation",
        "abbreviation": "",
        "definition_nl": (
            "Elke afwijking van een goedgekeurde instructie, specificatie of vastgestelde norm "
            "tijdens productie of controle. Afwijkingen worden vastgelegd, beoordeeld op hun "
            "invloed op de kwaliteit en zo nodig opgevolgd met een CAPA."
        ),
        "definition_en": (
            "Any departure from an approved instruction, specification or established standard "
            "during manufacture or testing. Deviations are recorded, assessed for their impact on "
            "quality and followed up with a CAPA where needed."
        ),
        "synonyms": "deviatie, non-conformiteit, non-conformity, incident",
    },
    {
        "slug": "chain-of-identity",
        "term_nl": "Identiteitsketen",
        "term_en": "Chain of identity",
        "abbreviation": "COI",
        "definition_nl": (
            "De ononderbroken, vastgelegde koppeling tussen een patiënt, het afgenomen "
            "uitgangsmateriaal en het eindproduct gedurende het hele proces. Bij autologe "
            "therapieën voorkomt dit dat een patiënt de cellen van iemand anders krijgt."
        ),
        "definition_en": (
            "The unbroken, documented link between a patient, the collected starting material and "
            "the final product throughout the whole process. In autologous therapies it prevents a "
            "patient from receiving someone else's cells."
        ),
        "synonyms": "chain of identity, COI, chain of custody, traceerbaarheid",
    },
    {
        "slug": "crs",
        "term_nl": "Cytokine-releasesyndroom",
        "term_en": "Cytokine release syndrome",
        "abbreviation": "CRS",
        "definition_nl": (
            "Ontstekingsreactie door het vrijkomen van grote hoeveelheden cytokinen, bijvoorbeeld "
            "na CAR-T-celtherapie, met koorts, lage bloeddruk en zuurstoftekort. Ernstige vormen "
            "worden onder meer behandeld met tocilizumab en corticosteroïden."
        ),
        "definition_en": (
            "An inflammatory reaction caused by the release of large amounts of cytokines, for "
            "example after CAR T-cell therapy, with fever, low blood pressure and lack of oxygen. "
            "Severe forms are treated with, among others, tocilizumab and corticosteroids."
        ),
        "synonyms": "cytokinestorm, cytokine storm, cytokine-afgiftesyndroom",
    },
    {
        "slug": "icans",
        "term_nl": "Immuuneffectorcel-geassocieerd neurotoxiciteitssyndroom",
        "term_en": "Immune effector cell-associated neurotoxicity syndrome",
        "abbreviation": "ICANS",
        "definition_nl": (
            "Neurologische bijwerking van therapie met immuuneffectorcellen zoals CAR-T-cellen, "
            "met bijvoorbeeld verwardheid, moeite met spreken en schrijven, epileptische aanvallen "
            "en in ernstige gevallen hersenoedeem. Patiënten worden na toediening daarom "
            "neurologisch gecontroleerd."
        ),
        "definition_en": (
            "A neurological side effect of immune effector cell therapy such as CAR T cells, with "
            "for example confusion, difficulty speaking and writing, seizures and, in severe "
            "cases, brain swelling. Patients are therefore checked neurologically after "
            "administration."
        ),
        "synonyms": "neurotoxiciteit, neurotoxicity, ICANS-score",
    },
    {
        "slug": "rcl",
        "term_nl": "Replicatiecompetent lentivirus",
        "term_en": "Replication-competent lentivirus",
        "abbreviation": "RCL",
        "definition_nl": (
            "Lentivirus dat zich zelfstandig kan vermenigvuldigen en dat in theorie tijdens de "
            "productie van een lentivirale vector kan ontstaan. Vectorbatches en gemodificeerde "
            "cellen worden op RCL getest en patiënten worden er tijdens de follow-up op "
            "gecontroleerd."
        ),
        "definition_en": (
            "A lentivirus that can replicate on its own and could in theory arise during "
            "production of a lentiviral vector. Vector batches and modified cells are tested for "
            "RCL, and patients are monitored for it during follow-up."
        ),
        "synonyms": "RCL-test, replicatiecompetent virus, replication-competent virus, RCR",
    },
    {
        "slug": "transduction",
        "term_nl": "Transductie",
        "term_en": "Transduction",
        "abbreviation": "",
        "definition_nl": (
            "Het inbrengen van genetisch materiaal in een cel met een virale vector. De "
            "transductie-efficiëntie is het percentage cellen dat het nieuwe gen tot expressie "
            "brengt."
        ),
        "definition_en": (
            "Introducing genetic material into a cell with a viral vector. Transduction efficiency "
            "is the percentage of cells that express the new gene."
        ),
        "synonyms": (
            "transductie-efficiëntie, genetische modificatie, transduction efficiency, gene "
            "transfer"
        ),
    },
    {
        "slug": "batch-record",
        "term_nl": "Batchdossier",
        "term_en": "Batch record",
        "abbreviation": "",
        "definition_nl": (
            "Het volledige verslag van de productie en controle van één batch, met onder meer "
            "gebruikte materialen, uitgevoerde stappen, apparatuur, tijden, afwijkingen en "
            "handtekeningen. Het batchdossier is de basis voor de beoordeling door de QP."
        ),
        "definition_en": (
            "The complete record of the manufacture and testing of one batch, including materials "
            "used, steps performed, equipment, times, deviations and signatures. The batch record "
            "is the basis for the QP's review."
        ),
        "synonyms": "productierapport, batchprotocol, batch manufacturing record, BMR",
    },
    {
        "slug": "investigational-medicinal-product",
        "term_nl": "Onderzoeksgeneesmiddel",
        "term_en": "Investigational medicinal product",
        "abbreviation": "IMP",
        "definition_nl": (
            "Geneesmiddel dat in een klinische proef wordt getest of als vergelijking wordt "
            "gebruikt, inclusief placebo. Voor de vervaardiging gelden GMP-eisen en certificering "
            "door een QP."
        ),
        "definition_en": (
            "A medicine that is being tested or used as a reference in a clinical trial, including "
            "a placebo. Its manufacture is subject to GMP requirements and certification by a QP."
        ),
        "synonyms": "geneesmiddel voor onderzoek, studiemedicatie, study drug, IMP",
    },
    {
        "slug": "marketing-authorisation",
        "term_nl": "Handelsvergunning",
        "term_en": "Marketing authorisation",
        "abbreviation": "MA",
        "definition_nl": (
            "Toestemming van de overheid om een geneesmiddel in de handel te brengen, na "
            "beoordeling van kwaliteit, veiligheid en werkzaamheid. Voor ATMP's verleent de "
            "Europese Commissie de vergunning na advies van het EMA."
        ),
        "definition_en": (
            "Permission from the authorities to place a medicine on the market, after assessment "
            "of quality, safety and efficacy. For ATMPs the European Commission grants the "
            "authorisation after an opinion from EMA."
        ),
        "synonyms": "registratie, markttoelating, marketing authorization, MAA",
    },
    {
        "slug": "ema",
        "term_nl": "Europees Geneesmiddelenbureau",
        "term_en": "European Medicines Agency",
        "abbreviation": "EMA",
        "definition_nl": (
            "Het agentschap van de Europese Unie dat geneesmiddelen wetenschappelijk beoordeelt en "
            "hun veiligheid bewaakt. Het EMA is sinds 2019 gevestigd in Amsterdam."
        ),
        "definition_en": (
            "The European Union agency that scientifically assesses medicines and monitors their "
            "safety. EMA has been based in Amsterdam since 2019."
        ),
        "synonyms": "Europees Medicijnagentschap, European Medicines Agency",
    },
    {
        "slug": "cat",
        "term_nl": "Comité voor geavanceerde therapieën",
        "term_en": "Committee for Advanced Therapies",
        "abbreviation": "CAT",
        "definition_nl": (
            "Wetenschappelijk comité van het EMA dat ATMP's beoordeelt, een ontwerpadvies over "
            "handelsvergunningen voor het CHMP opstelt en aanbevelingen geeft over de "
            "classificatie van producten als ATMP."
        ),
        "definition_en": (
            "EMA's scientific committee that assesses ATMPs, prepares a draft opinion on marketing "
            "authorisations for the CHMP and gives recommendations on classifying products as "
            "ATMPs."
        ),
        "synonyms": "CAT-advies, Committee for Advanced Therapies",
    },
    {
        "slug": "cbg-meb",
        "term_nl": "College ter Beoordeling van Geneesmiddelen",
        "term_en": "Medicines Evaluation Board",
        "abbreviation": "CBG-MEB",
        "definition_nl": (
            "De Nederlandse autoriteit die geneesmiddelen beoordeelt op werkzaamheid, veiligheid "
            "en kwaliteit, nationale handelsvergunningen verleent en meewerkt aan Europese "
            "beoordelingen. Ontwikkelaars kunnen er ook wetenschappelijk advies vragen."
        ),
        "definition_en": (
            "The Dutch authority that assesses medicines for efficacy, safety and quality, grants "
            "national marketing authorisations and takes part in European assessments. Developers "
            "can also ask it for scientific advice."
        ),
        "synonyms": "CBG, MEB, Medicines Evaluation Board",
    },
    {
        "slug": "ccmo",
        "term_nl": "Centrale Commissie Mensgebonden Onderzoek",
        "term_en": "Central Committee on Research Involving Human Subjects",
        "abbreviation": "CCMO",
        "definition_nl": (
            "Landelijke commissie die toeziet op de medisch-ethische toetsing van onderzoek met "
            "mensen, METC's erkent en zelf bepaald onderzoek toetst, zoals onderzoek met "
            "gentherapie en genetisch gemodificeerde cellen."
        ),
        "definition_en": (
            "The national committee that oversees the ethical review of research involving people, "
            "accredits MRECs and reviews certain research itself, such as research with gene "
            "therapy and genetically modified cells."
        ),
        "synonyms": "Central Committee on Research Involving Human Subjects",
    },
    {
        "slug": "igj",
        "term_nl": "Inspectie Gezondheidszorg en Jeugd",
        "term_en": "Health and Youth Care Inspectorate",
        "abbreviation": "IGJ",
        "definition_nl": (
            "De Nederlandse toezichthouder op de kwaliteit en veiligheid van zorg en "
            "geneesmiddelen. De IGJ inspecteert onder meer fabrikanten op GMP en geeft toestemming "
            "voor de ziekenhuisuitzondering voor ATMP's."
        ),
        "definition_en": (
            "The Dutch supervisory body for the quality and safety of care and medicines. Among "
            "other things, the IGJ inspects manufacturers for GMP and grants permission for the "
            "hospital exemption for ATMPs."
        ),
        "synonyms": "inspectie, inspectorate, IGZ",
    },
    {
        "slug": "zin",
        "term_nl": "Zorginstituut Nederland",
        "term_en": "National Health Care Institute",
        "abbreviation": "ZIN",
        "definition_nl": (
            "Overheidsorganisatie die adviseert over de inhoud van het basispakket van de "
            "zorgverzekering en beoordeelt of zorg voldoet aan de stand van de wetenschap en "
            "praktijk."
        ),
        "definition_en": (
            "A government body that advises on the content of the basic health insurance package "
            "and assesses whether care meets established medical science and practice."
        ),
        "synonyms": "Zorginstituut, ZINL, Dutch Health Care Institute",
    },
    {
        "slug": "nza",
        "term_nl": "Nederlandse Zorgautoriteit",
        "term_en": "Dutch Healthcare Authority",
        "abbreviation": "NZa",
        "definition_nl": (
            "Toezichthouder op de zorgmarkten die onder meer bepaalt welke prestaties "
            "zorgaanbieders mogen declareren en welke tarieven daarbij horen, zoals add-ons voor "
            "dure geneesmiddelen."
        ),
        "definition_en": (
            "The supervisor of the healthcare markets which, among other things, determines which "
            "services providers may bill and at which tariffs, such as add-ons for expensive "
            "medicines."
        ),
        "synonyms": "Zorgautoriteit, Dutch Healthcare Authority",
    },
    {
        "slug": "metc",
        "term_nl": "Medisch-ethische toetsingscommissie",
        "term_en": "Medical research ethics committee",
        "abbreviation": "METC",
        "definition_nl": (
            "Door de CCMO erkende commissie die vooraf beoordeelt of medisch-wetenschappelijk "
            "onderzoek met mensen ethisch en wetenschappelijk verantwoord is en de deelnemers "
            "voldoende beschermt."
        ),
        "definition_en": (
            "A committee accredited by the CCMO that assesses in advance whether medical research "
            "involving people is ethically and scientifically sound and protects participants "
            "adequately."
        ),
        "synonyms": "MEC, MREC, ethische commissie, ethics committee",
    },
    {
        "slug": "informed-consent",
        "term_nl": "Geïnformeerde toestemming",
        "term_en": "Informed consent",
        "abbreviation": "",
        "definition_nl": (
            "Vrijwillige toestemming van een patiënt of deelnemer na duidelijke informatie over "
            "doel, belasting, risico's en alternatieven. De toestemming wordt schriftelijk "
            "vastgelegd en kan altijd worden ingetrokken."
        ),
        "definition_en": (
            "Voluntary permission from a patient or participant after clear information on "
            "purpose, burden, risks and alternatives. Consent is recorded in writing and can "
            "always be withdrawn."
        ),
        "synonyms": (
            "toestemmingsformulier, proefpersoneninformatie, consent form, informed consent"
        ),
    },
    {
        "slug": "sop",
        "term_nl": "Standaardwerkvoorschrift",
        "term_en": "Standard operating procedure",
        "abbreviation": "SOP",
        "definition_nl": (
            "Goedgekeurde, geschreven instructie die beschrijft hoe een bepaalde handeling steeds "
            "op dezelfde manier wordt uitgevoerd. SOP's vallen onder documentbeheer en hebben een "
            "versienummer, een ingangsdatum en een herzieningsdatum."
        ),
        "definition_en": (
            "An approved written instruction describing how a given task is always carried out the "
            "same way. SOPs are under document control and have a version number, an effective "
            "date and a review date."
        ),
        "synonyms": "werkvoorschrift, werkinstructie, procedure, protocol",
    },
    {
        "slug": "qc",
        "term_nl": "Kwaliteitscontrole",
        "term_en": "Quality control",
        "abbreviation": "QC",
        "definition_nl": (
            "Het deel van GMP dat zich bezighoudt met monstername, specificaties en het testen van "
            "materialen, tussenproducten en eindproducten, zodat alleen producten van de juiste "
            "kwaliteit worden vrijgegeven."
        ),
        "definition_en": (
            "The part of GMP concerned with sampling, specifications and testing of materials, "
            "intermediates and finished products, so that only products of the right quality are "
            "released."
        ),
        "synonyms": "QC-laboratorium, testen, analyse, quality control testing",
    },
    {
        "slug": "qa",
        "term_nl": "Kwaliteitsborging",
        "term_en": "Quality assurance",
        "abbreviation": "QA",
        "definition_nl": (
            "Het geheel van georganiseerde maatregelen dat ervoor zorgt dat geneesmiddelen de "
            "vereiste kwaliteit hebben, zoals documentbeheer, afwijkingsbeheer, audits en "
            "wijzigingsbeheer. QA werkt onafhankelijk van productie."
        ),
        "definition_en": (
            "The total of organised arrangements ensuring that medicines have the required "
            "quality, such as document control, deviation management, audits and change control. "
            "QA is independent of production."
        ),
        "synonyms": "kwaliteitszorg, kwaliteitssysteem, quality system, PQS",
    },
    {
        "slug": "validation",
        "term_nl": "Validatie",
        "term_en": "Validation",
        "abbreviation": "",
        "definition_nl": (
            "Het gedocumenteerd aantonen dat een proces, methode of systeem steeds het verwachte "
            "resultaat oplevert. Analysemethoden worden gevalideerd volgens ICH Q2(R2); voor "
            "productieprocessen gebeurt dit met procesvalidatie."
        ),
        "definition_en": (
            "Documented evidence that a process, method or system consistently produces the "
            "expected result. Analytical methods are validated according to ICH Q2(R2); "
            "manufacturing processes through process validation."
        ),
        "synonyms": "procesvalidatie, methodevalidatie, process validation, method validation",
    },
    {
        "slug": "ph-eur",
        "term_nl": "Europese Farmacopee",
        "term_en": "European Pharmacopoeia",
        "abbreviation": "Ph. Eur.",
        "definition_nl": (
            "Verzameling van wettelijk bindende kwaliteitsnormen voor geneesmiddelen en hun "
            "bestanddelen, uitgegeven door het EDQM van de Raad van Europa. Voor celproducten zijn "
            "onder meer de hoofdstukken 2.6.27 en 5.14 van belang."
        ),
        "definition_en": (
            "A collection of legally binding quality standards for medicines and their components, "
            "published by the EDQM of the Council of Europe. Chapters 2.6.27 and 5.14, among "
            "others, are relevant to cell products."
        ),
        "synonyms": "farmacopee, pharmacopoeia, EDQM, Pharmacopoeia Europaea",
    },
    {
        "slug": "traceability",
        "term_nl": "Traceerbaarheid",
        "term_en": "Traceability",
        "abbreviation": "",
        "definition_nl": (
            "Het kunnen volgen van een product en zijn uitgangsmaterialen van donor tot ontvanger "
            "en terug. Voor ATMP's moeten traceerbaarheidsgegevens ten minste 30 jaar worden "
            "bewaard."
        ),
        "definition_en": (
            "The ability to follow a product and its starting materials from donor to recipient "
            "and back. For ATMPs, traceability data must be kept for at least 30 years."
        ),
        "synonyms": "herleidbaarheid, tracering, tracking, chain of custody",
    },
    {
        "slug": "viability",
        "term_nl": "Viabiliteit",
        "term_en": "Viability",
        "abbreviation": "",
        "definition_nl": (
            "Het percentage levende cellen in een product, bijvoorbeeld gemeten met een kleuring "
            "die dode cellen herkent. Viabiliteit is een vaste vrijgifteparameter voor "
            "celproducten."
        ),
        "definition_en": (
            "The percentage of living cells in a product, for example measured with a stain that "
            "identifies dead cells. Viability is a standard release parameter for cell products."
        ),
        "synonyms": "levensvatbaarheid, celviabiliteit, cell viability",
    },
    {
        "slug": "flow-cytometry",
        "term_nl": "Flowcytometrie",
        "term_en": "Flow cytometry",
        "abbreviation": "",
        "definition_nl": (
            "Techniek waarbij cellen één voor één langs een laser stromen, zodat met "
            "fluorescerende antistoffen hun eigenschappen kunnen worden gemeten. Wordt gebruikt "
            "voor identiteit, zuiverheid en transductie-efficiëntie van celproducten."
        ),
        "definition_en": (
            "A technique in which cells flow past a laser one by one, so that their properties can "
            "be measured with fluorescent antibodies. It is used for identity, purity and "
            "transduction efficiency of cell products."
        ),
        "synonyms": "FACS, flowcytometer, immunofenotypering, immunophenotyping",
    },
    {
        "slug": "contamination-control-strategy",
        "term_nl": "Contaminatiecontrolestrategie",
        "term_en": "Contamination control strategy",
        "abbreviation": "CCS",
        "definition_nl": (
            "Een samenhangend, op risico's gebaseerd plan met alle maatregelen om besmetting met "
            "micro-organismen, endotoxinen en deeltjes te voorkomen en te bewaken. Annex 1 van "
            "EU-GMP verlangt een CCS voor de hele faciliteit."
        ),
        "definition_en": (
            "A coherent, risk-based plan of all measures to prevent and monitor contamination with "
            "micro-organisms, endotoxins and particles. Annex 1 of EU GMP requires a CCS covering "
            "the whole facility."
        ),
        "synonyms": "contaminatiebeheersing, besmettingspreventie, CCS",
    },
    {
        "slug": "environmental-monitoring",
        "term_nl": "Omgevingsmonitoring",
        "term_en": "Environmental monitoring",
        "abbreviation": "EM",
        "definition_nl": (
            "Het regelmatig meten van deeltjes en micro-organismen in de lucht, op oppervlakken en "
            "op kleding in cleanrooms, om te bewaken dat de ruimte aan de eisen blijft voldoen."
        ),
        "definition_en": (
            "Regular measurement of particles and micro-organisms in the air, on surfaces and on "
            "garments in clean rooms, to check that the room continues to meet its requirements."
        ),
        "synonyms": "omgevingscontrole, luchtmonitoring, sedimentatieplaten, settle plates",
    },
    {
        "slug": "isolator",
        "term_nl": "Isolator",
        "term_en": "Isolator",
        "abbreviation": "",
        "definition_nl": (
            "Afgesloten werkkast met een eigen, gecontroleerde omgeving van klasse A, waarin "
            "handelingen via handschoenpoorten worden uitgevoerd. Een isolator scheidt product en "
            "medewerker en verkleint zo het risico op besmetting."
        ),
        "definition_en": (
            "An enclosed workstation with its own controlled grade A environment, in which "
            "operations are carried out through glove ports. An isolator separates product and "
            "operator and so reduces the risk of contamination."
        ),
        "synonyms": "handschoenkast, glovebox, barrier system",
    },
    {
        "slug": "closed-system",
        "term_nl": "Gesloten systeem",
        "term_en": "Closed system",
        "abbreviation": "",
        "definition_nl": (
            "Productiesysteem waarbij het product tijdens de bewerking niet aan de omgeving wordt "
            "blootgesteld, bijvoorbeeld door steriele slangverbindingen en zakken. Gesloten "
            "systemen kunnen een lagere achtergrondklasse van de cleanroom rechtvaardigen."
        ),
        "definition_en": (
            "A manufacturing system in which the product is not exposed to the environment during "
            "processing, for example through sterile tube welding and bags. Closed systems can "
            "justify a lower background grade of the clean room."
        ),
        "synonyms": "functioneel gesloten systeem, gesloten verwerking, closed processing",
    },
    {
        "slug": "starting-material",
        "term_nl": "Uitgangsmateriaal",
        "term_en": "Starting material",
        "abbreviation": "",
        "definition_nl": (
            "Het materiaal waaruit de werkzame stof wordt gemaakt, zoals de cellen of het weefsel "
            "van de donor of patiënt. Bij genetisch gemodificeerde cellen horen ook de vector en "
            "de materialen om de vector te maken tot de uitgangsmaterialen."
        ),
        "definition_en": (
            "The material from which the active substance is made, such as the donor's or "
            "patient's cells or tissue. For genetically modified cells, the vector and the "
            "materials used to make it also count as starting materials."
        ),
        "synonyms": "startmateriaal, uitgangscellen, starting materials",
    },
    {
        "slug": "viral-vector",
        "term_nl": "Virale vector",
        "term_en": "Viral vector",
        "abbreviation": "",
        "definition_nl": (
            "Virus dat zo is aangepast dat het een therapeutisch gen in een cel kan afleveren maar "
            "zich niet meer kan vermenigvuldigen. Veelgebruikte vectoren zijn lentivirale, "
            "gammaretrovirale en AAV-vectoren."
        ),
        "definition_en": (
            "A virus modified so that it can deliver a therapeutic gene into a cell but can no "
            "longer replicate. Commonly used vectors are lentiviral, gammaretroviral and AAV "
            "vectors."
        ),
        "synonyms": "vector, gentransfervector, gene transfer vector",
    },
    {
        "slug": "vector-titre",
        "term_nl": "Vectortiter",
        "term_en": "Vector titre",
        "abbreviation": "",
        "definition_nl": (
            "De concentratie van een vector, uitgedrukt als aantal genoomkopieën (bijvoorbeeld bij "
            "AAV) of als infectieuze eenheden (bijvoorbeeld transducerende eenheden bij "
            "lentivirale vectoren)."
        ),
        "definition_en": (
            "The concentration of a vector, expressed as genome copies (for example for AAV) or as "
            "infectious units (for example transducing units for lentiviral vectors)."
        ),
        "synonyms": "titer, genoomkopieën, genome copies, transducing units",
    },
    {
        "slug": "insertional-mutagenesis",
        "term_nl": "Insertiemutagenese",
        "term_en": "Insertional mutagenesis",
        "abbreviation": "",
        "definition_nl": (
            "Verandering in het erfelijk materiaal doordat een integrerende vector zich in of bij "
            "een gen inbouwt, waardoor dat gen anders gaat werken. In zeldzame gevallen kan dit "
            "leiden tot ongeremde celgroei."
        ),
        "definition_en": (
            "A change in the genetic material caused by an integrating vector inserting in or near "
            "a gene, so that the gene behaves differently. In rare cases this can lead to "
            "uncontrolled cell growth."
        ),
        "synonyms": "insertionele mutagenese, integratierisico, vector integration",
    },
    {
        "slug": "lymphodepletion",
        "term_nl": "Lymfodepletie",
        "term_en": "Lymphodepletion",
        "abbreviation": "",
        "definition_nl": (
            "Kortdurende chemotherapie, vaak met fludarabine en cyclofosfamide, die vóór de "
            "toediening van CAR-T- of TIL-cellen wordt gegeven om ruimte te maken voor de nieuwe "
            "cellen en hun groei te bevorderen."
        ),
        "definition_en": (
            "Short-course chemotherapy, often with fludarabine and cyclophosphamide, given before "
            "CAR-T or TIL cells to make room for the new cells and support their growth."
        ),
        "synonyms": "conditionering, lymfodepleterende chemotherapie, lymphodepleting chemotherapy",
    },
    {
        "slug": "autologous",
        "term_nl": "Autoloog",
        "term_en": "Autologous",
        "abbreviation": "",
        "definition_nl": (
            "Afkomstig van de patiënt zelf: de cellen worden bij de patiënt afgenomen, bewerkt en "
            "aan dezelfde patiënt teruggegeven."
        ),
        "definition_en": (
            "Derived from the patient: the cells are collected from the patient, processed and "
            "given back to the same patient."
        ),
        "synonyms": "eigen cellen, patiëntspecifiek, autologe therapie, patient-specific",
    },
    {
        "slug": "allogeneic",
        "term_nl": "Allogeen",
        "term_en": "Allogeneic",
        "abbreviation": "",
        "definition_nl": (
            "Afkomstig van een andere persoon (een donor) dan de patiënt. Allogene producten "
            "kunnen voor meerdere patiënten worden gemaakt, maar vragen aandacht voor afstoting en "
            "graft-versus-hostziekte."
        ),
        "definition_en": (
            "Derived from a person (a donor) other than the patient. Allogeneic products can be "
            "made for several patients, but require attention to rejection and graft-versus-host "
            "disease."
        ),
        "synonyms": "donorcellen, allogene therapie, off-the-shelf",
    },
    {
        "slug": "gvhd",
        "term_nl": "Graft-versus-hostziekte",
        "term_en": "Graft-versus-host disease",
        "abbreviation": "GVHD",
        "definition_nl": (
            "Complicatie waarbij afweercellen van een donor de weefsels van de ontvanger "
            "aanvallen, bijvoorbeeld na een stamceltransplantatie. De ziekte kan onder meer huid, "
            "lever en darmen treffen."
        ),
        "definition_en": (
            "A complication in which a donor's immune cells attack the recipient's tissues, for "
            "example after a stem cell transplant. The disease can affect the skin, liver and gut, "
            "among others."
        ),
        "synonyms": "GvHD, omgekeerde afstoting, graft-versus-host",
    },
    {
        "slug": "hsc",
        "term_nl": "Hematopoëtische stamcel",
        "term_en": "Haematopoietic stem cell",
        "abbreviation": "HSC",
        "definition_nl": (
            "Stamcel in het beenmerg waaruit alle soorten bloedcellen ontstaan. Bij gentherapie "
            "worden deze cellen, vaak geselecteerd op CD34, buiten het lichaam genetisch "
            "gecorrigeerd en aan de patiënt teruggegeven."
        ),
        "definition_en": (
            "A stem cell in the bone marrow that gives rise to all types of blood cells. In gene "
            "therapy these cells, often selected for CD34, are genetically corrected outside the "
            "body and given back to the patient."
        ),
        "synonyms": "bloedvormende stamcel, CD34-positieve cel, hematopoietic stem cell",
    },
    {
        "slug": "genome-editing",
        "term_nl": "Genoombewerking",
        "term_en": "Genome editing",
        "abbreviation": "",
        "definition_nl": (
            "Techniek om het DNA op een precieze plek te veranderen, bijvoorbeeld met CRISPR-Cas9. "
            "Bij de kwaliteitscontrole wordt ook gezocht naar ongewenste bewerkingen op andere "
            "plaatsen in het genoom (off-target-effecten)."
        ),
        "definition_en": (
            "A technique to change DNA at a precise location, for example with CRISPR-Cas9. "
            "Quality control also looks for unwanted edits elsewhere in the genome (off-target "
            "effects)."
        ),
        "synonyms": "CRISPR, CRISPR-Cas9, gene editing, genbewerking",
    },
    {
        "slug": "ctis",
        "term_nl": "Clinical Trials Information System",
        "term_en": "Clinical Trials Information System",
        "abbreviation": "CTIS",
        "definition_nl": (
            "Het Europese portaal en de databank voor het indienen, beoordelen en openbaar maken "
            "van klinische proeven met geneesmiddelen onder Verordening (EU) nr. 536/2014."
        ),
        "definition_en": (
            "The European portal and database for submitting, assessing and publishing clinical "
            "trials with medicines under Regulation (EU) No 536/2014."
        ),
        "synonyms": "EU-portaal, EU portal, CTR-portaal",
    },
    {
        "slug": "impd",
        "term_nl": "Dossier over het onderzoeksgeneesmiddel",
        "term_en": "Investigational medicinal product dossier",
        "abbreviation": "IMPD",
        "definition_nl": (
            "Deel van de aanvraag voor een klinische proef met gegevens over kwaliteit, productie "
            "en controle van het onderzoeksgeneesmiddel, en over de niet-klinische en klinische "
            "gegevens."
        ),
        "definition_en": (
            "Part of a clinical trial application containing data on the quality, manufacture and "
            "control of the investigational medicinal product, and on non-clinical and clinical "
            "data."
        ),
        "synonyms": "IMPD-Q, kwaliteitsdossier, quality dossier",
    },
    {
        "slug": "pharmacovigilance",
        "term_nl": "Geneesmiddelenbewaking",
        "term_en": "Pharmacovigilance",
        "abbreviation": "PV",
        "definition_nl": (
            "Het verzamelen, beoordelen en voorkomen van bijwerkingen van geneesmiddelen, zowel "
            "tijdens klinisch onderzoek als na toelating."
        ),
        "definition_en": (
            "Collecting, assessing and preventing adverse effects of medicines, both during "
            "clinical research and after authorisation."
        ),
        "synonyms": "farmacovigilantie, bijwerkingenbewaking, drug safety",
    },
    {
        "slug": "sae",
        "term_nl": "Ernstig ongewenst voorval",
        "term_en": "Serious adverse event",
        "abbreviation": "SAE",
        "definition_nl": (
            "Ongewenst medisch voorval bij een deelnemer dat leidt tot overlijden, levensgevaar, "
            "ziekenhuisopname of verlenging daarvan, blijvende invaliditeit of een aangeboren "
            "afwijking. Een onverwachte ernstige bijwerking van het onderzoeksgeneesmiddel heet "
            "een SUSAR."
        ),
        "definition_en": (
            "An untoward medical occurrence in a participant that results in death, is "
            "life-threatening, requires or prolongs hospitalisation, or causes persistent "
            "disability or a congenital anomaly. An unexpected serious adverse reaction to the "
            "investigational product is called a SUSAR."
        ),
        "synonyms": "SUSAR, ernstige bijwerking, serious adverse reaction",
    },
    {
        "slug": "long-term-follow-up",
        "term_nl": "Langetermijnfollow-up",
        "term_en": "Long-term follow-up",
        "abbreviation": "LTFU",
        "definition_nl": (
            "Het gedurende jaren volgen van patiënten na een cel- of gentherapie om late effecten "
            "op te sporen, zoals nieuwe tumoren of het verdwijnen van het effect."
        ),
        "definition_en": (
            "Following patients for years after a cell or gene therapy to detect late effects, "
            "such as new tumours or loss of effect."
        ),
        "synonyms": "langdurige follow-up, nacontrole, register, registry",
    },
    {
        "slug": "comparability",
        "term_nl": "Vergelijkbaarheid",
        "term_en": "Comparability",
        "abbreviation": "",
        "definition_nl": (
            "Het aantonen dat een product na een wijziging in het productieproces vergelijkbaar is "
            "met het product van vóór de wijziging, zodat eerdere klinische gegevens geldig "
            "blijven."
        ),
        "definition_en": (
            "Showing that a product made after a change in the manufacturing process is comparable "
            "to the product made before it, so that earlier clinical data remain valid."
        ),
        "synonyms": "vergelijkbaarheidsonderzoek, proceswijziging, comparability exercise",
    },
    {
        "slug": "specification",
        "term_nl": "Specificatie",
        "term_en": "Specification",
        "abbreviation": "",
        "definition_nl": (
            "Lijst van testen, methoden en aanvaardingscriteria waaraan een materiaal of product "
            "moet voldoen om te worden vrijgegeven."
        ),
        "definition_en": (
            "A list of tests, methods and acceptance criteria that a material or product must meet "
            "to be released."
        ),
        "synonyms": "aanvaardingscriteria, vrijgiftespecificatie, acceptance criteria",
    },
    {
        "slug": "stability",
        "term_nl": "Stabiliteit",
        "term_en": "Stability",
        "abbreviation": "",
        "definition_nl": (
            "Het vermogen van een product om gedurende de bewaartermijn en onder de opgegeven "
            "omstandigheden binnen de specificaties te blijven. Stabiliteitsonderzoek bepaalt de "
            "houdbaarheid."
        ),
        "definition_en": (
            "The ability of a product to remain within specification throughout its storage period "
            "under the stated conditions. Stability studies determine the shelf life."
        ),
        "synonyms": "houdbaarheid, stabiliteitsonderzoek, shelf life",
    },
    {
        "slug": "exceptional-release",
        "term_nl": "Uitzonderlijke vrijgifte",
        "term_en": "Exceptional release",
        "abbreviation": "",
        "definition_nl": (
            "Toediening van een ATMP-batch die niet aan alle specificaties voldoet, omdat er voor "
            "de patiënt geen goed alternatief is. De behandelend arts beslist op basis van een "
            "risicobeoordeling van de fabrikant en de patiënt wordt geïnformeerd; GMP deel IV "
            "beschrijft de voorwaarden."
        ),
        "definition_en": (
            "Administration of an ATMP batch that does not meet all specifications because the "
            "patient has no suitable alternative. The treating physician decides based on the "
            "manufacturer's risk assessment and the patient is informed; GMP Part IV sets out the "
            "conditions."
        ),
        "synonyms": (
            "vrijgifte buiten specificatie, OOS-toediening, administration of out-of-specification "
            "product"
        ),
    },
    {
        "slug": "aseptic-processing",
        "term_nl": "Aseptische verwerking",
        "term_en": "Aseptic processing",
        "abbreviation": "",
        "definition_nl": (
            "Het bewerken van een product onder omstandigheden die besmetting met micro-organismen "
            "voorkomen, nodig omdat het product achteraf niet kan worden gesteriliseerd."
        ),
        "definition_en": (
            "Processing a product under conditions that prevent contamination with "
            "micro-organisms, needed because the product cannot be sterilised afterwards."
        ),
        "synonyms": "aseptisch werken, aseptische techniek, aseptic technique",
    },
    {
        "slug": "dmso",
        "term_nl": "Dimethylsulfoxide",
        "term_en": "Dimethyl sulfoxide",
        "abbreviation": "DMSO",
        "definition_nl": (
            "Stof die bij het invriezen van cellen wordt toegevoegd om ze te beschermen tegen "
            "schade door ijskristallen. DMSO kan na toediening bijwerkingen geven, zoals "
            "misselijkheid en een kenmerkende knoflookachtige geur van adem en huid."
        ),
        "definition_en": (
            "A substance added when freezing cells to protect them from damage by ice crystals. "
            "DMSO can cause side effects after administration, such as nausea and a characteristic "
            "garlic-like odour of breath and skin."
        ),
        "synonyms": "cryoprotectant, cryoprotectivum, invriesmedium",
    },
    {
        "slug": "biosafety-officer",
        "term_nl": "Biologische veiligheidsfunctionaris",
        "term_en": "Biological safety officer",
        "abbreviation": "BVF",
        "definition_nl": (
            "Deskundige die binnen een instelling toezicht houdt op het veilig werken met ggo's en "
            "de vergunninghouder daarover adviseert, zoals het Besluit ggo vereist."
        ),
        "definition_en": (
            "An expert who supervises safe work with GMOs within an institution and advises the "
            "permit holder on it, as required by the GMO Decree."
        ),
        "synonyms": "BVF, biosafety officer, BSO",
    },
    {
        "slug": "cogem",
        "term_nl": "Commissie Genetische Modificatie",
        "term_en": "Netherlands Commission on Genetic Modification",
        "abbreviation": "COGEM",
        "definition_nl": (
            "Wetenschappelijke commissie die de Nederlandse regering adviseert over de risico's "
            "van ggo's voor mens en milieu, onder meer bij vergunningaanvragen voor klinische "
            "studies."
        ),
        "definition_en": (
            "A scientific committee that advises the Dutch government on the risks of GMOs to "
            "people and the environment, including on permit applications for clinical studies."
        ),
        "synonyms": "COGEM-advies",
    },
    {
        "slug": "bureau-ggo",
        "term_nl": "Bureau GGO",
        "term_en": "GMO Office",
        "abbreviation": "",
        "definition_nl": (
            "Onderdeel van het RIVM dat namens de minister van Infrastructuur en Waterstaat "
            "vergunningaanvragen en meldingen voor werken met ggo's behandelt."
        ),
        "definition_en": (
            "The part of RIVM that handles permit applications and notifications for work with "
            "GMOs on behalf of the Minister of Infrastructure and Water Management."
        ),
        "synonyms": (
            "Bureau Genetisch Gemodificeerde Organismen, ggo-vergunningverlening, GMO Office"
        ),
    },
    {
        "slug": "jca",
        "term_nl": "Gezamenlijke klinische beoordeling",
        "term_en": "Joint clinical assessment",
        "abbreviation": "JCA",
        "definition_nl": (
            "Europese beoordeling van de relatieve klinische effectiviteit van een nieuw "
            "geneesmiddel ten opzichte van bestaande behandelingen, op grond van de "
            "HTA-verordening. Voor ATMP's gebeurt dit sinds januari 2025."
        ),
        "definition_en": (
            "A European assessment of the relative clinical effectiveness of a new medicine "
            "compared with existing treatments, under the HTA Regulation. For ATMPs this has "
            "happened since January 2025."
        ),
        "synonyms": "HTA, health technology assessment, EU-HTA",
    },
    {
        "slug": "add-on",
        "term_nl": "Add-on",
        "term_en": "Add-on",
        "abbreviation": "",
        "definition_nl": (
            "Duur geneesmiddel in het ziekenhuis dat apart van de zorgprestatie mag worden "
            "gedeclareerd, nadat de NZa er een add-onstatus en een maximumtarief voor heeft "
            "vastgesteld."
        ),
        "definition_en": (
            "An expensive hospital medicine that may be billed separately from the care product, "
            "once the NZa has granted it add-on status and set a maximum tariff."
        ),
        "synonyms": "add-ongeneesmiddel, dure geneesmiddelen, expensive medicines",
    },
    {
        "slug": "basic-package",
        "term_nl": "Basispakket",
        "term_en": "Basic benefit package",
        "abbreviation": "",
        "definition_nl": (
            "De zorg die iedereen in Nederland via de verplichte basisverzekering vergoed krijgt. "
            "De minister bepaalt de inhoud, op advies van het Zorginstituut."
        ),
        "definition_en": (
            "The care that everyone in the Netherlands is reimbursed for through compulsory basic "
            "health insurance. The minister decides its content, advised by the Zorginstituut."
        ),
        "synonyms": "basisverzekering, verzekerd pakket, basic health insurance",
    },
    {
        "slug": "gcp",
        "term_nl": "Goede klinische praktijk",
        "term_en": "Good clinical practice",
        "abbreviation": "GCP",
        "definition_nl": (
            "Internationale ethische en wetenschappelijke kwaliteitsnorm voor het opzetten, "
            "uitvoeren, vastleggen en rapporteren van klinisch onderzoek met mensen (ICH E6). Voor "
            "ATMP's gelden aanvullende Europese richtsnoeren."
        ),
        "definition_en": (
            "An international ethical and scientific quality standard for designing, conducting, "
            "recording and reporting clinical research with people (ICH E6). Additional European "
            "guidelines apply to ATMPs."
        ),
        "synonyms": "ICH-GCP, Good Clinical Practice",
    },
    {
        "slug": "donor-eligibility",
        "term_nl": "Donorgeschiktheid",
        "term_en": "Donor eligibility",
        "abbreviation": "",
        "definition_nl": (
            "De beoordeling of iemand als donor van cellen of weefsel kan dienen, op basis van "
            "vragenlijst, medische gegevens en laboratoriumtesten op onder meer hiv en hepatitis."
        ),
        "definition_en": (
            "The assessment of whether someone can serve as a donor of cells or tissue, based on a "
            "questionnaire, medical information and laboratory tests for HIV and hepatitis, among "
            "others."
        ),
        "synonyms": "donorselectie, donorscreening, donor screening",
    },
    {
        "slug": "data-integrity",
        "term_nl": "Data-integriteit",
        "term_en": "Data integrity",
        "abbreviation": "",
        "definition_nl": (
            "De volledigheid, consistentie en juistheid van gegevens gedurende hun hele "
            "levensduur. Gegevens moeten onder meer toe te schrijven, leesbaar, gelijktijdig "
            "vastgelegd, origineel en juist zijn (ALCOA+)."
        ),
        "definition_en": (
            "The completeness, consistency and accuracy of data throughout their life cycle. Data "
            "must be attributable, legible, contemporaneous, original and accurate, among other "
            "things (ALCOA+)."
        ),
        "synonyms": "ALCOA+, gegevensintegriteit, data governance",
    },
    {
        "slug": "change-control",
        "term_nl": "Wijzigingsbeheer",
        "term_en": "Change control",
        "abbreviation": "",
        "definition_nl": (
            "Formeel systeem waarin voorgestelde wijzigingen in processen, apparatuur, materialen "
            "of documenten vooraf worden beoordeeld op hun invloed op de kwaliteit, worden "
            "goedgekeurd en worden vastgelegd."
        ),
        "definition_en": (
            "A formal system in which proposed changes to processes, equipment, materials or "
            "documents are assessed in advance for their impact on quality, approved and recorded."
        ),
        "synonyms": "wijzigingsprocedure, change management",
    },
    {
        "slug": "qualification",
        "term_nl": "Kwalificatie",
        "term_en": "Qualification",
        "abbreviation": "",
        "definition_nl": (
            "Het aantonen dat apparatuur, ruimten of systemen goed zijn geïnstalleerd en goed "
            "werken voor het beoogde doel, meestal in de stappen IQ, OQ en PQ."
        ),
        "definition_en": (
            "Demonstrating that equipment, rooms or systems are correctly installed and work "
            "properly for their intended purpose, usually in the steps IQ, OQ and PQ."
        ),
        "synonyms": "IQ/OQ/PQ, installatiekwalificatie, equipment qualification",
    },
    {
        "slug": "sponsor",
        "term_nl": "Verrichter",
        "term_en": "Sponsor",
        "abbreviation": "",
        "definition_nl": (
            "Persoon, bedrijf of instelling die verantwoordelijk is voor het starten, het beheer "
            "en de financiering van een klinische proef. Bij academisch onderzoek is dat meestal "
            "het ziekenhuis of de universiteit."
        ),
        "definition_en": (
            "The person, company or institution responsible for starting, managing and financing a "
            "clinical trial. In academic research this is usually the hospital or university."
        ),
        "synonyms": "opdrachtgever, verrichter van onderzoek, trial sponsor",
    },
]
