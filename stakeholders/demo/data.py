"""Three demo consultations in Dutch and English: one open, one closed with an outcome
report, one announced. Times are offsets from the moment the demo is loaded, so a fresh demo
always shows each phase. Protocols are named by identifier and regulations by reference, as
in the knowledge base's demo data; a missing one is left out."""

from datetime import timedelta

INDEX = {
    "nl": {
        "title": "Consultaties",
        "slug": "consultaties",
        "summary": "Denk mee over de regels en werkwijzen voor cel- en gentherapie. Patiënten, "
        "zorgverleners, onderzoekers, toezichthouders, verzekeraars en industrie zijn welkom.",
    },
    "en": {
        "title": "Consultations",
        "slug": "consultations",
        "summary": "Help shape the rules and ways of working for cell and gene therapy. "
        "Patients, care providers, researchers, regulators, insurers and industry are welcome.",
    },
}

CONSULTATIONS = [
    {
        "key": "leukapheresis-acceptance",
        "opens_in": timedelta(days=-10),
        "closes_in": timedelta(days=25),
        "audiences": ["patient", "patient_representative", "clinician", "pharmacist", "regulator"],
        "protocols": ["DARE-SOP-0001", "DARE-SOP-0039"],
        "regulations": ["Regulation (EU) 2024/1938", "Directive 2004/23/EC"],
        "nl": {
            "title": "Eén werkwijze voor de ontvangst van leukaferesemateriaal",
            "slug": "ontvangst-leukaferesemateriaal",
            "summary": "Moeten alle centra leukaferesemateriaal op dezelfde manier ontvangen, "
            "controleren en accepteren?",
            "questions": [
                "Is een maximale bewaartijd van 24 uur bij 2–8 °C tussen afname en ontvangst "
                "haalbaar in uw centrum?",
                "Welke gegevens over de patiënt en de afname moeten altijd met het materiaal "
                "meekomen?",
                "Wat vindt u als patiënt belangrijk om te weten als uw materiaal wordt afgekeurd?",
                "Werkt de etikettering uit het concept van DARE-SOP-0039 (versie 2) in uw centrum?",
            ],
            "plain_summary": "Voor CAR-T-therapie halen we witte bloedcellen bij u op. Dat heet "
            "leukaferese. Het laboratorium maakt daar uw medicijn van. Nu werkt elk ziekenhuis "
            "op zijn eigen manier. Wij willen één vaste werkwijze. Zo is het materiaal overal "
            "even veilig. Wat vindt u daarvan? Uw mening helpt ons.",
            "background": "<p>Acht centra ontvangen leukaferesemateriaal voor de productie van "
            "CAR-T-cellen. De werkinstructies verschillen in bewaartijd, transporttemperatuur en "
            "de controle van de identiteit. De SoHO-verordening vraagt vanaf 2027 om "
            "aantoonbaar gelijke kwaliteitseisen voor stoffen van menselijke oorsprong.</p>"
            "<p>De werkgroep Uitgangsmateriaal stelt voor om <b>DARE-SOP-0001</b> als "
            "gezamenlijke referentie te gebruiken, met de etikettering uit DARE-SOP-0039.</p>"
            "<p>Versie 2 van DARE-SOP-0039 is een concept dat voor deze consultatie is "
            "geschreven: het donatienummer van het afnemende centrum blijft in alle centra bij "
            "het product. Reageer gerust op een stap van het concept.</p>",
        },
        "en": {
            "title": "One way to receive leukapheresis material",
            "slug": "receipt-of-leukapheresis-material",
            "summary": "Should all centres receive, check and accept leukapheresis material "
            "in the same way?",
            "questions": [
                "Is a maximum storage time of 24 hours at 2–8 °C between collection and receipt "
                "feasible in your centre?",
                "Which details about the patient and the collection must always travel with "
                "the material?",
                "As a patient, what would you want to know if your material is rejected?",
                "Does the labelling in the draft of DARE-SOP-0039 (version 2) work in your centre?",
            ],
            "plain_summary": "For CAR-T therapy we collect white blood cells from you. This is "
            "called leukapheresis. The laboratory turns them into your medicine. Today each "
            "hospital works in its own way. We want one fixed way of working. Then the "
            "material is equally safe everywhere. What do you think? Your view helps us.",
            "background": "<p>Eight centres receive leukapheresis material for CAR-T "
            "manufacturing. Their work instructions differ in storage time, transport "
            "temperature and the identity check. From 2027 the SoHO Regulation asks for "
            "demonstrably equal quality requirements for substances of human origin.</p>"
            "<p>The starting-material working group proposes <b>DARE-SOP-0001</b> as the "
            "shared reference, with the labelling of DARE-SOP-0039.</p>"
            "<p>Version 2 of DARE-SOP-0039 is a draft written for this consultation: the "
            "collecting centre's donation number stays with the product in every centre. You "
            "are welcome to comment on any step of the draft.</p>",
        },
    },
    {
        "key": "exceptional-release",
        "opens_in": timedelta(days=-95),
        "closes_in": timedelta(days=-35),
        "audiences": ["patient_representative", "clinician", "pharmacist", "regulator", "payer"],
        "protocols": ["DARE-SOP-0035", "DARE-SOP-0040"],
        "regulations": ["Regulation (EC) No 1394/2007"],
        "nl": {
            "title": "Uitzonderlijke vrijgifte van CAR-T-producten buiten specificatie",
            "slug": "uitzonderlijke-vrijgifte",
            "summary": "Wanneer mag een CAR-T-product dat niet aan alle eisen voldoet toch "
            "aan de patiënt worden gegeven?",
            "questions": [
                "Wie moet betrokken zijn bij het besluit over uitzonderlijke vrijgifte?",
                "Hoe informeren we de patiënt en de behandelaar over het afwijkende resultaat?",
            ],
            "plain_summary": "Soms voldoet een CAR-T-product niet aan alle eisen. Er zijn dan "
            "bijvoorbeeld te weinig levende cellen. Toch kan het product de beste kans voor "
            "de patiënt zijn. Een nieuw product maken is vaak niet mogelijk. Wie beslist dan? "
            "En hoe hoort u dat als patiënt? Daarover ging deze consultatie.",
            "background": "<p>Bij een resultaat buiten specificatie (OOS) kan de QP een product "
            "in uitzonderlijke gevallen vrijgeven, als de behandelaar dat na een "
            "risicoafweging vraagt. De centra volgen hierbij nog verschillende procedures.</p>",
            "outcome": "<p>Er kwamen 41 reacties binnen, van patiëntenorganisaties, "
            "behandelaars, ziekenhuisapothekers en de inspectie.</p><ul><li>De behandelaar "
            "vraagt de vrijgifte schriftelijk aan; de QP beslist.</li><li>De patiënt krijgt "
            "uitleg in gewone taal en geeft opnieuw toestemming.</li><li>Elk geval wordt binnen "
            "vijf werkdagen gemeld aan de DARE-NL-commissie.</li></ul><p>DARE-SOP-0040 is "
            "hierop aangepast.</p>",
        },
        "en": {
            "title": "Exceptional release of out-of-specification CAR-T products",
            "slug": "exceptional-release",
            "summary": "When may a CAR-T product that does not meet every requirement still be "
            "given to the patient?",
            "questions": [
                "Who should take part in the decision on an exceptional release?",
                "How do we inform the patient and the treating physician about the deviating "
                "result?",
            ],
            "plain_summary": "Sometimes a CAR-T product does not meet every requirement. For "
            "example, there are too few living cells. Still, the product can be the best "
            "chance for the patient. Making a new product is often not possible. Who decides "
            "then? And how do you hear about it as a patient? This consultation was about that.",
            "background": "<p>When a result is out of specification (OOS), the QP may release a "
            "product in exceptional cases, if the treating physician asks for it after weighing "
            "the risks. The centres still follow different procedures for this.</p>",
            "outcome": "<p>We received 41 responses from patient organisations, physicians, "
            "hospital pharmacists and the inspectorate.</p><ul><li>The physician requests the "
            "release in writing; the QP decides.</li><li>The patient gets an explanation in "
            "plain language and gives consent again.</li><li>Every case is reported to the "
            "DARE-NL committee within five working days.</li></ul><p>DARE-SOP-0040 has been "
            "updated accordingly.</p>",
        },
    },
    {
        "key": "nitrogen-free-freezing",
        "opens_in": timedelta(days=14),
        "closes_in": timedelta(days=60),
        "audiences": ["clinician", "researcher", "pharmacist", "industry", "other"],
        "protocols": ["DARE-SOP-0031", "DARE-SOP-0007"],
        "regulations": ["EudraLex Volume 4, Part IV: GMP specific to ATMPs"],
        "nl": {
            "title": "Stikstofvrij invriezen van genetisch gemodificeerde stamcellen",
            "slug": "stikstofvrij-invriezen",
            "summary": "Het conceptprotocol vervangt de invriezer met vloeibare stikstof door "
            "een stikstofvrije invriezer. Reageer op de concepttekst.",
            "questions": [
                "Zijn de voorgestelde vriescurve en de aanvaardingscriteria na ontdooien "
                "voldoende onderbouwd?",
                "Welke gevolgen heeft de overstap voor de validatie in uw centrum?",
            ],
            "plain_summary": "Stamcellen worden ingevroren tot ze nodig zijn. Daarvoor "
            "gebruiken we nu vloeibare stikstof. Een nieuw apparaat werkt zonder stikstof. Dat "
            "is veiliger voor het personeel. Wij willen weten of de cellen even goed blijven.",
            "background": "<p>Versie 2 van DARE-SOP-0031 is een concept. Na een "
            "vergelijkingsstudie stelt Erasmus MC voor om de Planer-invriezer te vervangen door "
            "een stikstofvrije invriezer, en het klonogeen potentieel na ontdooien als "
            "informatieve test toe te voegen.</p>",
        },
        "en": {
            "title": "Nitrogen-free freezing of gene-modified stem cells",
            "slug": "nitrogen-free-freezing",
            "summary": "The draft protocol replaces the liquid-nitrogen freezer with a "
            "nitrogen-free freezer. Comment on the draft text.",
            "questions": [
                "Are the proposed freezing curve and the acceptance criteria after thawing "
                "sufficiently supported?",
                "What does the change mean for validation in your centre?",
            ],
            "plain_summary": "Stem cells are frozen until they are needed. Today we use liquid "
            "nitrogen for that. A new machine works without nitrogen. That is safer for the "
            "staff. We want to know if the cells stay just as good.",
            "background": "<p>Version 2 of DARE-SOP-0031 is a draft. After a comparison study, "
            "Erasmus MC proposes to replace the Planer freezer with a nitrogen-free freezer, "
            "and to add the clonogenic potential after thawing as an informative test.</p>",
        },
    },
]
