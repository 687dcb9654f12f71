"""Demo participants and the discussions of the demo consultations, in Dutch and English.

Each consultation (by its key in data.py) has threads; a thread is a comment with replies
(nested up to two levels), written by a participant (by key), ``days`` after the consultation
opened. A comment may be anchored to a step of a linked SOP's latest released version (for
DARE-SOP-0039 a draft written for the open consultation): the step whose title contains one of
``match`` (in either language), else the ``step``-th step.
The people and their words are invented; the clinical content is a realistic example, not
advice.
"""

PARTICIPANTS = [
    {
        "key": "patient",
        "username": "demo-patient",
        "display_name": "Marieke Jansen",
        "role": "patient",
        "organisation": "",
        "language": "nl",
    },
    {
        "key": "patient_rep",
        "username": "demo-patient-rep",
        "display_name": "Henk Visser",
        "role": "patient_representative",
        "organisation": "Patiëntenplatform Bloedkanker (demo)",
        "language": "nl",
    },
    {
        "key": "clinician",
        "username": "demo-clinician",
        "display_name": "Dr. Sanne de Boer",
        "role": "clinician",
        "organisation": "Amsterdam UMC",
        "language": "nl",
    },
    {
        "key": "pharmacist",
        "username": "demo-pharmacist",
        "display_name": "Pieter Mulder",
        "role": "pharmacist",
        "organisation": "UMC Utrecht",
        "language": "en",
    },
    {
        "key": "regulator",
        "username": "demo-regulator",
        "display_name": "Eva Smit",
        "role": "regulator",
        "organisation": "",
        "language": "en",
    },
    {
        "key": "insurer",
        "username": "demo-insurer",
        "display_name": "Johan Bos",
        "role": "payer",
        "organisation": "",
        "language": "nl",
    },
    {
        "key": "industry",
        "username": "demo-industry",
        "display_name": "ColdChain Solutions",
        "role": "industry",
        "organisation": "ColdChain Solutions B.V. (demo)",
        "language": "en",
    },
]

MODERATOR = {"username": "moderator", "description": "comment moderator (admin: Moderation)"}

THREADS = {
    "leukapheresis-acceptance": [
        {
            "key": "transport-delay",
            "author": "patient",
            "stance": "agree",
            "days": 0.4,
            "endorsed_by": ["patient_rep", "pharmacist", "insurer"],
            "nl": "Als patiënt vind ik het fijn dat alle ziekenhuizen op dezelfde manier gaan "
            "werken. Mijn cellen waren een keer een dag langer onderweg door een staking bij de "
            "vervoerder. Niemand kon mij toen vertellen of dat erg was.",
            "en": "As a patient I am glad that all hospitals will work in the same way. My "
            "cells were once a day longer on the road because the courier was on strike. "
            "Nobody could tell me whether that mattered.",
            "replies": [
                {
                    "key": "transport-delay-clinician",
                    "author": "clinician",
                    "days": 1.1,
                    "nl": "Dank voor het delen. Juist daarom stellen we 24 uur bij 2–8 °C voor "
                    "als harde grens. Dan weet iedereen waar hij aan toe is, ook de patiënt.",
                    "en": "Thank you for sharing this. That is exactly why we propose 24 hours "
                    "at 2–8 °C as a firm limit. Then everyone knows where they stand, the "
                    "patient too.",
                },
                {
                    "key": "transport-delay-who-calls",
                    "author": "patient_rep",
                    "days": 1.6,
                    "endorsed_by": ["patient"],
                    "nl": "Spreek dan ook af wie de patiënt belt als het materiaal te laat is. "
                    "Nu hoort een patiënt het soms pas bij de volgende afspraak.",
                    "en": "Then please also agree who calls the patient when the material is "
                    "late. Today a patient sometimes only hears at the next appointment.",
                    "replies": [
                        {
                            "key": "transport-delay-one-day",
                            "author": "clinician",
                            "days": 2.0,
                            "nl": "Goed punt. Bij ons belt de behandelend arts binnen één "
                            "werkdag. Dat kunnen we in de SOP opnemen.",
                            "en": "Good point. In our centre the treating physician calls within "
                            "one working day. We can add that to the SOP.",
                        }
                    ],
                },
            ],
        },
        {
            "key": "identity-at-night",
            "author": "pharmacist",
            "stance": "neutral",
            "days": 2.5,
            "anchor": {"protocol": "DARE-SOP-0001", "match": ["identit"], "step": 3},
            "endorsed_by": ["clinician"],
            "nl": "De identiteitscontrole door twee personen is goed, maar bij ontvangst 's "
            "nachts is er vaak maar één medewerker. Mag de tweede controle ook een scan van de "
            "ISBT 128-code zijn?",
            "en": "The identity check by two persons is sound, but when material arrives at "
            "night there is often only one operator. May the second check be a scan of the "
            "ISBT 128 code?",
            "replies": [
                {
                    "key": "identity-at-night-annex-11",
                    "author": "regulator",
                    "days": 3.2,
                    "nl": "Een elektronische controle kan de tweede persoon vervangen, als het "
                    "systeem gevalideerd is volgens Annex 11 en elke afwijking wordt "
                    "vastgelegd.",
                    "en": "An electronic check can replace the second person, provided the "
                    "system is validated according to Annex 11 and every discrepancy is "
                    "recorded.",
                }
            ],
        },
        {
            "key": "soho-traceability",
            "author": "regulator",
            "stance": "agree",
            "days": 4.0,
            "endorsed_by": ["pharmacist", "clinician"],
            "nl": "Vanuit het toezicht: één vaste bewaartijd voor alle centra maakt de "
            "beoordeling eenvoudiger. Let op: de SoHO-verordening stelt ook eisen aan de "
            "traceerbaarheid van het transport, niet alleen aan de temperatuur.",
            "en": "From the supervisory side: one fixed storage time for all centres makes "
            "assessment simpler. Note that the SoHO Regulation also sets requirements for the "
            "traceability of transport, not only for its temperature.",
        },
        {
            "key": "cost-of-rejection",
            "author": "insurer",
            "stance": "neutral",
            "days": 5.5,
            "nl": "Wat betekent een afgekeurde zak voor de kosten? Als de aferese opnieuw moet, "
            "wie betaalt dat dan? Graag in de uitkomst ook iets over de gevolgen voor de "
            "vergoeding.",
            "en": "What does a rejected bag mean for the costs? If the apheresis has to be "
            "repeated, who pays for it? Please say something in the outcome about the "
            "consequences for reimbursement.",
            "replies": [
                {
                    "key": "cost-of-rejection-contracts",
                    "author": "clinician",
                    "days": 6.0,
                    "nl": "Een nieuwe aferese valt nu onder de ziekenhuisbehandeling. Dat "
                    "verschilt per contract; goed om dat apart te bespreken.",
                    "en": "A repeated apheresis currently falls under the hospital treatment. "
                    "It differs per contract; worth discussing separately.",
                }
            ],
        },
        {
            "key": "thirty-six-hours",
            "author": "clinician",
            "stance": "disagree",
            "days": 7.0,
            "anchor": {"protocol": "DARE-SOP-0001", "match": ["accept"], "step": 4},
            "endorsed_by": ["insurer"],
            "nl": "24 uur is krap voor centra zonder eigen afereseafdeling. Wij krijgen het "
            "materiaal uit een ander ziekenhuis. Ik stel 36 uur voor, met een extra controle "
            "van de levensvatbaarheid bij ontvangst.",
            "en": "24 hours is tight for centres without their own apheresis unit. We receive "
            "the material from another hospital. I propose 36 hours, with an extra viability "
            "check on receipt.",
            "replies": [
                {
                    "key": "thirty-six-hours-evidence",
                    "author": "patient",
                    "days": 7.5,
                    "nl": "Ik begrijp het, maar 36 uur klinkt voor mij als een risico. Is er "
                    "onderzoek dat laat zien dat het veilig is?",
                    "en": "I understand, but 36 hours sounds like a risk to me. Is there "
                    "research showing that it is safe?",
                }
            ],
        },
        {
            "key": "bedside-explain",
            "author": "patient_rep",
            "stance": "agree",
            "days": 3.6,
            "anchor": {"protocol": "DARE-SOP-0039", "match": ["bed"], "step": 7},
            "endorsed_by": ["patient", "clinician"],
            "nl": "Goed dat het concept zegt dat het product niet wordt gegeven als polsbandje en "
            "etiket verschillen. Zet er ook in dat de patiënt hoort waarom het wacht. Patiënten "
            "willen zeker weten dat het hun eigen cellen zijn.",
            "en": "Good that the draft says the product is not given when wristband and label "
            "differ. Please also write that the patient is told why it is waiting. Patients "
            "want to be sure that these are their own cells.",
            "replies": [
                {
                    "key": "bedside-explain-read-aloud",
                    "author": "clinician",
                    "days": 4.1,
                    "nl": "Dat kan. Bij ons leest de verpleegkundige naam en geboortedatum voor "
                    "en bevestigt de patiënt ze. We stellen voor dat in deze stap op te nemen.",
                    "en": "We can do that. In our centre the nurse reads out the name and date "
                    "of birth and the patient confirms them. We propose adding that to this "
                    "step.",
                }
            ],
        },
        {
            "key": "second-label-room",
            "author": "pharmacist",
            "stance": "neutral",
            "days": 6.4,
            "anchor": {"protocol": "DARE-SOP-0039", "match": ["ontvangst", "receipt"], "step": 6},
            "nl": "Een eigen etiket naast dat van het afnemende centrum: op een cryozak van 50 mL "
            "is daar nauwelijks plaats voor. Mag het tweede etiket ook op een label aan de zak "
            "of op de overzak?",
            "en": "Our own label beside the collecting centre's label: on a 50 mL cryobag there "
            "is hardly room for it. May the second label go on a tag attached to the bag, or on "
            "the overwrap?",
            "replies": [
                {
                    "key": "second-label-room-tag",
                    "author": "regulator",
                    "days": 7.3,
                    "endorsed_by": ["pharmacist"],
                    "nl": "Een label aan de zak is aanvaardbaar als het er niet ongemerkt af kan "
                    "en het DIN op beide scanbaar is. Een overzak alleen is niet genoeg: die "
                    "gaat er vóór het ontdooien af.",
                    "en": "A tag attached to the bag is acceptable if it cannot come off "
                    "unnoticed and the DIN on both can be scanned. The overwrap alone is not "
                    "enough: it comes off before thawing.",
                }
            ],
        },
        {
            "key": "advert",
            "author": "industry",
            "stance": "",
            "days": 8.2,
            "report": {
                "by": "patient_rep",
                "nl": "Dit is reclame en gaat niet over de vraag.",
                "en": "This is an advertisement and not about the question.",
            },
            "nl": "Onze gevalideerde transportboxen houden 48 uur lang 2–8 °C. Vraag nu een "
            "offerte aan via https://coldchain.example en krijg 10% korting!",
            "en": "Our validated shippers keep 2–8 °C for 48 hours. Ask for a quote now at "
            "https://coldchain.example and get 10% off!",
        },
    ],
    "exceptional-release": [
        {
            "key": "consent-again",
            "author": "patient_rep",
            "stance": "agree",
            "days": 3.0,
            "endorsed_by": ["patient", "regulator"],
            "nl": "Een patiënt moet altijd zelf opnieuw toestemming geven als het product "
            "afwijkt. Het gaat om zijn of haar behandeling.",
            "en": "A patient must always give consent again when the product deviates. It is "
            "their treatment.",
            "replies": [
                {
                    "key": "consent-again-time",
                    "author": "clinician",
                    "days": 4.5,
                    "nl": "Eens. Dan wel met uitleg in gewone taal en tijd om erover na te "
                    "denken. Soms is er maar één dag.",
                    "en": "Agreed. But with an explanation in plain language and time to think "
                    "it over. Sometimes there is only one day.",
                }
            ],
        },
        {
            "key": "written-request",
            "author": "pharmacist",
            "stance": "neutral",
            "days": 12.0,
            "endorsed_by": ["clinician"],
            "nl": "De QP beslist, maar wie is verantwoordelijk als het misgaat? Leg vast dat de "
            "behandelaar het verzoek schriftelijk doet.",
            "en": "The QP decides, but who is responsible if it goes wrong? Please record that "
            "the treating physician makes the request in writing.",
            "replies": [
                {
                    "key": "written-request-shared",
                    "author": "regulator",
                    "days": 14.0,
                    "nl": "De verantwoordelijkheid is gedeeld: de QP voor de vrijgifte, de arts "
                    "voor de keuze van de behandeling. Een schriftelijk verzoek is ook voor de "
                    "inspectie nodig.",
                    "en": "The responsibility is shared: the QP for the release, the physician "
                    "for the choice of treatment. The inspectorate also needs a written "
                    "request.",
                }
            ],
        },
        {
            "key": "report-to-insurer",
            "author": "insurer",
            "stance": "disagree",
            "days": 30.0,
            "nl": "Wij willen weten hoe vaak dit gebeurt. Meld elk geval ook aan de "
            "zorgverzekeraar.",
            "en": "We want to know how often this happens. Please report every case to the "
            "health insurer as well.",
            "replies": [
                {
                    "key": "report-to-insurer-committee",
                    "author": "pharmacist",
                    "days": 31.0,
                    "nl": "Melden aan de DARE-NL-commissie lijkt ons genoeg; de commissie kan "
                    "elk jaar de cijfers delen.",
                    "en": "Reporting to the DARE-NL committee seems enough to us; the "
                    "committee can share the figures every year.",
                }
            ],
        },
    ],
}
