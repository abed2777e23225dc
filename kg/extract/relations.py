"""Relation rules over one sentence (plus two marked document-level rules) → Assertions.

Consumes a :class:`~kg.extract.context.Context`; produces :class:`~kg.model.Assertion`
objects, one per (subject, predicate, object, sentence). A rule fires on entity types
plus a trigger word; bare co-occurrence never makes an edge. Negation and hedging cues
are looked for in the clause that holds the mentions and are recorded on the
:class:`~kg.model.Evidence`, never used to drop it. Titles name a paper's topic, not
its findings, so no relation is read from a title.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import replace
from decimal import Decimal

from kg.extract.context import (
    HEDGE_CUES,
    HISTORY,
    NEGATION_CUES,
    Context,
    clause_bounds,
    contrast_between,
    contrast_bounds,
)
from kg.extract.stoplist import ANALYTES
from kg.model import Assertion, Evidence, Mention, Sentence, Span

TREAT = re.compile(
    r"\b(treat(?:s|ed|ing|ment)?|therap(?:y|ies|eutic)|efficacy|effective|activity|active against|"
    r"respon(?:se|ses|ded|d)|benefit(?:s|ed)?|management of|first[- ]line|remission|"
    r"improv(?:e|es|ed|ing) (?:\w+ )?survival|prolong(?:s|ed|ing)? (?:\w+ )?survival|"
    # "resulted in significantly longer progression-free and overall survival than chemotherapy"
    # (found by an oncology user: trastuzumab deruxtecan treated nothing)
    r"(?:longer|improved|better|superior) (?:[\w-]+ ){0,3}?survival|"
    # "Nilotinib was superior to imatinib in chronic myeloid leukemia": the comparison's winner
    # treats it (:data:`_COMPARATOR_BEFORE` leaves the comparator out; found in the trials)
    r"(?:superior|non-?inferior)\s+to|superiority\s+(?:over|to)|outperform(?:s|ed)?)\b",
    re.IGNORECASE,
)
#: A drug "in" a disease as the subject of a study's verb: "Selpercatinib in RET fusion-positive
#: non-small-cell lung cancer and RET-mutant medullary thyroid cancer was studied in a phase
#: 1/2 trial" (found by an oncology user: no treats). The diseases before the verb are its.
_DRUG_IN = re.compile(r"\s+in\s+(?:(?:patients|adults|children|subjects|participants)\s+with\s+)?", re.IGNORECASE)
_STUDIED_VERB = re.compile(r"\b(?:was|were|has\s+been|have\s+been|is|are)\s+(?:(?:being|first|further|also|prospectively)\s+)?"
                           r"(?:studied|evaluated|assessed|investigated|tested|examined|explored)\b", re.IGNORECASE)
#: ("the approved dose" is a dose, no approval: found by a neurology user, risdiplam was
#: "approved for" the retinal toxicity it was not associated with)
APPROVED = re.compile(r"\b(approved|licensed|indicated)\b(?!\s+(?:doses?|dosages?|dosing|regimens?|strengths?|labels?|labelling)\b)",
                      re.IGNORECASE)
#: Words that turn a drug–disease sentence into a comparison, not a treatment claim
#: (seed 000: "pharmacokinetics similar to those reported in patients with CML").
NOT_TREAT = re.compile(r"\b(pharmacokinetic\w*|similar to those|compared with those|as reported in)\b", re.IGNORECASE)
# "neutralizes IL-17A": an antibody's way of inhibiting a cytokine (found by an immunology user);
# "a reversible antagonist of the P2Y12 receptor" a receptor's
INHIBIT = re.compile(r"\b(inhibit(?:s|ed|ing|ion of|ors? of)?|block(?:s|ed|ing|ade of|ers? of)?|suppress(?:es|ed)?|"
                     r"antagoni[sz]es?|antagonists? (?:of|at)|"
                     r"neutrali[sz](?:es|ed|ing))\b", re.IGNORECASE)
# "a humanized monoclonal antibody against interleukin-5" (found by a respiratory user)
# ("attainment of target tacrolimus exposure" is a level aimed at, found by a transplant user)
TARGET = re.compile(r"\b(target(?:s|ed|ing)?(?!\s+(?:[\w-]+\s+){0,2}?(?:exposures?|concentrations?|levels?|ranges?|"
                    r"troughs?|doses?|AUC|INR)\b)|bind(?:s|ing)? to|selective for|directed (?:against|at|to)|"
                    r"antibod(?:y|ies) (?:against|to))\b", re.IGNORECASE)
#: Verbs of a drug acting on its target, read only drug first, target after: "binds alpha4-
#: integrin", "a modulator of sphingosine 1-phosphate receptor 1", "activates the NRF2
#: pathway", "depletes CD20-expressing B cells" (found by a neurology user: no target), not
#: "Mutant KRAS activates ERK signalling despite sorafenib" (found in review).
# (active forms only: "Tamoxifen is activated by CYP2D6" is its metabolism, found in review)
# (not "activates": "Vemurafenib paradoxically activates ERK signalling", found in review)
# ("a potentiator of CFTR", "a corrector of", "a stabilizer of": the target nouns of "a CFTR potentiator")
TARGET_VERB = re.compile(r"\b(binds?|modulat(?:or|ors|es|ing)(?: of)?|activator of|(?:potentiator|corrector|stabili[sz]er)s? of|"
                         r"agonists? (?:of|at)|deplet(?:es|ing))\b(?!\s+by\b)", re.IGNORECASE)
MECHANISM_BEFORE = re.compile(
    r"\b(inhibition|blockade|inhibiting|blocking|targeting|(?:constitutive|aberrant|oncogenic|ligand-independent) activation)"
    r"\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
ASSOCIATED = re.compile(
    r"\b(pathogenesis|associat\w+|implicated in|driver|drives|caus(?:e|es|ed|ing|ative)|underl(?:ie|ies|ying)|"
    r"critical (?:in|for)|oncogenic|predispos\w+|linked|linkage|risk|susceptib\w+|polymorphisms?|"
    r"mutations? (?:in|of)|variants? (?:in|of)|carriers?|role in|involved in|contribut\w+|responsible for|"
    r"pathogenic|etiology|aetiology|germline|heterozygous|homozygous)\b",
    re.IGNORECASE,
)
ADVERSE = re.compile(
    r"\b(common|frequent(?:ly)?|occurred|occurring|reported|observed|experienced|developed|adverse|"
    r"side[- ]effects?|toxicit(?:y|ies)|tolerated|grade \d|caus(?:e|es|ed|ing)|induced|led to|resulted in|"
    # "… was rare among patients treated with venetoclax" (found by a haematology user)
    r"rare|uncommon|infrequent)\b",
    re.IGNORECASE,
)
SENSITIVE = re.compile(
    r"\b(benefit(?:s|ed|ing)?|sensitiv(?:e|ity|ized|ised)|respon(?:d|ds|ded|se|ses|sive)|improv(?:e|es|ed)|efficacy|"
    r"effective(?:ly)?|inhibit(?:s|ed|ing|ion)?|potent|overc[oa]me[s]?|remission|survival|"
    # "alectinib is active against L1196M" (found by a new user: no response edge)
    r"active\s+against|activity\s+against|"
    # "Gilteritinib was active in patients with either FLT3-ITD or FLT3 D835Y" (found by a new user)
    r"(?:active|activity)\s+in\s+(?:patients|subjects|participants|cells|tumou?rs|those|cases)\s+(?:with|harbou?ring|carrying)|"
    # "Dolutegravir did not achieve virological suppression in patients with Q148H" (wave 5)
    r"(?:virolog(?:ic|ical)|viral)\s+suppression|"
    # "Gefitinib had no effect on cells expressing EGFR T790M", "Lamivudine did not reduce HBV
    # DNA in patients with rtM204V" (wave 5: nothing)
    r"(?:had|has|have|showed|exerted)\s+(?:an?\s+|no\s+|any\s+)?(?:[\w-]+\s+)?effects?\s+(?:on|against)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:cells|tumou?rs|growth|proliferation|viability|xenografts|lines|mutants?|clones|variants?)\b|"
    r"(?:reduc(?:e|ed|es|tion)|lower(?:ed|s|ing)?|decreas(?:e|ed|es))\s+(?:in\s+|of\s+)?(?:the\s+)?(?:serum\s+|plasma\s+)?"
    r"(?:HBV|HIV(?:-1)?|HCV|viral)[\s-]+(?:DNA|RNA|load|replication)|"
    # "Osimertinib is active in EGFR T790M-positive tumours" (wave 5: nothing)
    r"(?:is|was|are|were|remained|remains|proved)\s+(?:also\s+|highly\s+|clinically\s+)?active\s+in\s+(?:[\w-]+\s+){0,3}?"
    r"(?:patients|subjects|cells|tumou?rs|cases|cancers?|NSCLC|melanomas?|leukaemias?|leukemias?|lines)\b"
    r"(?!\s+(?:with|harbou?ring|carrying)\b)|"
    # "have shown tumor-agnostic activity in NTRK fusion-positive cancers" (found by an oncology
    # user: nothing); a qualified activity is the drug's, not a kinase's ("ERK activity in cells")
    r"(?:(?:clinical|anti-?tumou?r|tumou?r-agnostic|durable|promising|encouraging|substantial|robust|"
    r"(?:have|has)\s+shown|showed|demonstrated)\s+)+activity\s+in|"
    # "Ivacaftor is approved for cystic fibrosis in patients with the G551D mutation" (found by
    # a respiratory user: only approvedFor)
    # ("The FDA approved osimertinib for patients with EGFR T790M", "approved for the treatment
    # of patients with …", "approval of ivacaftor for patients aged 2 years and older carrying …")
    r"(?:approved|approval|indicated|licensed)\s+(?:(?:of\s+)?(?:[\w-]+\s+){1,4}?(?=for\b|in\b))?"
    r"(?:for\s+[^.;,]{1,60}?\s+)?(?:in|for|of)\s+(?:patients|adults|children|those|people|"
    r"individuals)\s+(?:(?:aged|who|with|\d+|years|and|older|or)\s+){0,6}?(?:with|harbou?ring|carrying|who\s+have)|"
    # A treatment advised for the carriers: "Lorlatinib may be considered for patients with
    # ALK G1202R", "Patients with EGFR T790M are candidates for osimertinib" (wave 5: nothing);
    # not "considered for enrolment", nor "candidates for the trial"
    r"(?:considered|recommended|preferred|reserved)\s+(?:(?:as\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:option|therapy|treatment|choice)\s+)?(?:for|in)\s+(?:patients|adults|children|those|people|individuals|"
    r"tumou?rs|cases|carriers)\b|"
    r"(?:treatment|therapy|drug|agent|option)\s+of\s+choice\s+(?:for|in)\b|eligible\s+for\s+(?:treatment|therapy)\s+with\b|"
    r"should\s+(?:(?:therefore|preferably|also|not)\s+)?(?:receive|be\s+(?:offered|treated\s+with|given))\b|"
    r"(?:candidates?|considered|recommended|preferred)\s+for\s+(?!(?:the\s+|a\s+|this\s+)?(?:inclusion|enrol?ment|trials?|stud(?:y|ies)|surgery|"
    r"resection|transplant\w*|screening|randomi[sz]ation)\b)|"
    # "virologically suppressed adults" are a population, no drug's effect (found by an
    # infectious-disease user: a sensitivity of M184V)
    r"led to|resulted in|(?<!virologically )(?<!virologically-)(?<!virally )(?<!virally-)suppress(?:es|ed)?|susceptib(?:le|ility)|"
    r"stable disease|disease control|regression|shrinkage|apoptosis|abrogated|disappeared|"
    # "baricitinib did not control the disease" (found by a haematology user: nothing; now a
    # denied sensitivity, as "did not respond to")
    r"(?<!un)control(?:s|led)?\s+(?:the\s+|(?:his|her|their)\s+)?(?:disease|symptoms|tumou?rs?)|"
    r"(?:reduc|decreas)(?:ed|es|tion) (?:in )?(?:cell )?(?:viability|proliferation|growth)|"
    # "Carriers of CYP2C9*2 required lower warfarin maintenance doses than noncarriers": a lower
    # dose needed is a greater sensitivity (found by a cardiology user: only an undirected link)
    r"(?:requir|need)(?:e|es|ed|ing)\s+(?:a\s+|significantly\s+|substantially\s+)*(?:lower|reduced|smaller)\s+"
    r"(?:[\w-]+\s+){0,3}?doses?)\b",
    re.IGNORECASE,
)
RESISTANT = re.compile(
    # "the T790M resistance mutation" names a kind of mutation (resistant to other drugs);
    # whether this drug overcomes it is said elsewhere in the sentence ("osimertinib inhibits …").
    # ("treatment-resistant schizophrenia" is a population, found by a psychiatry user)
    # "a high genetic barrier to resistance" is a drug's property, no mutation's resistance
    # (found by an HIV user: M184V resisted dolutegravir).
    r"\b((?<!treatment-)(?<!treatment )(?<!therapy-)(?<!barrier to )(?<!barrier against )resist(?:ance(?!\s+mutations?\b)|ant|s|ed)?|(?<=-)refractory|refractory(?=\s+(?:to|on|after|following|during|under)\b|\s*[,.;:)]|\s*$)|"
    # "progressed on one or two prior regimens" is the patients' history, no resistance to
    # the drug they are then given (found by a new user: IDH1 resistance to ivosidenib).
    # "approved … after progression on endocrine therapy" is the patients' line of treatment,
    # no resistance to the drug named with it (found by an oncology user: PIK3CA resisted
    # fulvestrant).
    r"insensitive|(?<!not )ineffective|(?:was|were|is|are|remained|proved)\s+inactive\s+(?:against|in)\b|"
    r"(?:less |un)likely to (?:respond|benefit)|unlikely\s+to\s+be\s+(?:effective|active|beneficial|of\s+benefit)|poor(?:er)? response|"
    # "T315I was not inhibited by imatinib", "no longer responded to gefitinib": the phrase's
    # own "not" tells the resistance, and denies nothing (:data:`_OWN_DENIAL`)
    # The disease went on despite the drug: "progressed despite imatinib", "Despite initial
    # responses to crizotinib, ALK G1202R emerged" (wave 5: nothing, or a sensitivity)
    r"(?:progress(?:ed|ion|ive\s+disease)|relaps(?:ed|e)|recurr(?:ed|ence)|rebound(?:ed)?|expanded|emerged|persisted|"
    r"grew|worsened|continued\s+to\s+(?:grow|progress|expand|rise|replicate|proliferate))\b[^.;]{0,60}?\bdespite\b|"
    r"\bdespite\b[^.;]{0,100}?\b(?:progressed|relapsed|recurred|rebounded|expanded|emerged|persisted|grew|worsened|"
    r"continued\s+to\s+(?:grow|progress|expand|rise|replicate|proliferate))\b|"
    r"(?:cannot|not|no\s+longer)\s+(?:(?:be|been|significantly|effectively|efficiently|potently|fully)\s+)?"
    r"(?:inhibited|suppressed|blocked)\s+by|no\s+longer\s+(?:sensitive|responsive|respond(?:s|ed)?|susceptible)|(?<!after )(?<!following )progress(?:ed|ion) on"
    r"(?!\s+(?:(?:one|two|three|\d+|at\s+least|or|and|more|≥\s*\d)\s+)*(?:(?:prior|previous|earlier|standard|"
    r"first-line|second-line|systemic)\s+)*(?:lines?|regimens?|therap(?:y|ies)|treatments?|chemotherapy)\b"
    r"(?!\s+(?:with|of)\b))|"
    # "non-susceptible", "nonsusceptible" (found by a new user: read as susceptibility);
    # "were nonresponsive to sapropterin" (found by a rare-disease user: nothing)
    r"non-?susceptib(?:le|ility)|(?:non-?|un)responsive|non-?responders?|"
    # "lost activity against V804M", "loss of sensitivity to trastuzumab", "diminished the
    # growth inhibitory effects of trastuzumab" (found by a new user and in CIViC)
    # ("lost neutralizing activity against XBB.1.5 owing to F486S", found by an infectious-disease
    # user: read as sensitivity, "activity against")
    r"less sensitive|lost (?:its |their )?(?:(?:neutrali[sz]ing|inhibitory|antiviral|antibacterial|in\s+vitro)\s+)?"
    r"(?:activity|potency|efficacy)|loss of (?:(?:neutrali[sz]ing|inhibitory|antiviral|antibacterial|in\s+vitro)\s+)?"
    r"(?:activity|potency|efficacy|sensitivity)|"
    r"(?:less|reduced|decreased|diminished) (?:active|potent|activity|potency)|"
    # "a 754-fold reduction in susceptibility to oseltamivir" (found by an infectious-disease
    # user: read as sensitivity)
    # (not "a reduction in ERK activity", the drug's own effect: found in review)
    r"(?:reduction|decrease|decline|loss)\s+(?:in|of)\s+(?:[\w-]+\s+)?(?:susceptibility|sensitivity)|"
    r"(?:diminish|attenuat|impair|blunt)(?:ed|es|s|ing)? (?:the )?(?:[\w-]+ ){0,3}(?:effects?|activity|efficacy|inhibition)|"
    r"acquired|secondary mutations?|escape|loss of response|"
    # "lost major molecular response after 4 years of imatinib therapy" (found by a haematology
    # user: read as sensitivity); "the benefit of daratumumab was attenuated" (found by a
    # haematology user: read as sensitivity)
    r"(?:lost|loss\s+of)\s+(?:(?:a|the|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}(?:response|remission)|"
    r"(?:benefit|efficacy|activity|effect)\s+(?:of\s+[\w-]+\s+)?(?:was|were|is|are|appeared)\s+(?:\w+\s+)?"
    r"(?:attenuated|diminished|blunted|abrogated|lost)|"
    # "relapsed" and "refractory" name a population before its disease ("relapsed or
    # refractory IDH1-mutated AML … treated with ivosidenib"), a resistance after it.
    r"relapsed?(?=\s+(?:on|after|following|during|while|under|from)\b|\s*[,.;:)]|\s*$)|"
    # "derived less benefit from pembrolizumab" (found by a new user: read as sensitivity)
    r"(?:reduc(?:e|es|ed)|shorter|poor(?:er)?|worse|lower|decreas(?:e|es|ed)|inferior|diminish(?:es|ed)?|less|limited|"
    # ("derived little benefit from imatinib", wave 5: read as sensitivity)
    r"little|minimal|marginal) "
    r"(?:[\w-]+ ){0,2}"
    # ("a lower complete remission rate", found by a haematology user: read as sensitivity)
    r"(?:survival|response|responses|remissions?|outcomes?|benefit|efficacy|sensitivity|susceptibility))\b|"
    # "responded poorly to zidovudine" (found by a new user: read as sensitivity)
    r"\brespond(?:s|ed)?\s+poorly\b|\bpoorly\s+respon\w*|"
    # "Carriers of P1104A may respond less to deucravacitinib" (found by an immunology user:
    # read as sensitivity)
    r"\brespond(?:s|ed)?\s+less(?:\s+well)?\b|\bless\s+responsive\b|"
    # "Carriers of rs9934336 had a smaller reduction in HbA1c with empagliflozin" (found by a
    # nephrology user: only the pair classifier's undirected affectsResponseTo)
    r"\b(?:smaller|lesser|attenuated|blunted|weaker)\s+(?:[\w-]+\s+)?(?:reductions?|decreases?|declines?|lowering|"
    r"falls?|drops?|improvements?|effects?)\b|"
    # "required higher doses of warfarin" (the other way of the lower dose's sensitivity)
    r"\b(?:requir|need)(?:e|es|ed|ing)\s+(?:a\s+|significantly\s+|substantially\s+)*(?:higher|increased|greater|larger)\s+"
    r"(?:[\w-]+\s+){0,3}?doses?\b",
    re.IGNORECASE,
)
#: A resistance told as a likelihood: "unlikely to benefit", "unlikely to respond".
_UNLIKELY = re.compile(r"\bunlikely\s+to\s+(?:respond|benefit|be\s+(?:effective|active|beneficial|of\s+benefit))",
                       re.IGNORECASE)
#: The negation inside a resistance phrase of :data:`RESISTANT` ("was not inhibited by", "no
#: longer responded"): the resistance is stated, not denied (found by an oncology user: "BCR-ABL
#: T315I was not inhibited by imatinib" was a denied sensitivity).
# ("could not be inhibited": the "could" goes with the "not", no hedge)
_OWN_DENIAL = re.compile(r"\b(?:(?:could|can|would)\s+)?(?:cannot|not|no\s+longer)(?=\s+(?:(?:be|been|significantly|effectively|efficiently|potently|"
                         r"fully)\s+)?(?:inhibited|suppressed|blocked)\s+by\b|(?<=longer)\s+(?:sensitive|responsive|"
                         r"respond(?:s|ed)?|susceptible)\b)", re.IGNORECASE)
#: After a disease, what makes it the drug's efficacy: "tumor regression", "tumour growth inhibition".
EFFICACY_AFTER = re.compile(r"[\s-]+(?:growth\s+|volume\s+)?(?:regression|shrinkage|inhibition|response|remission|"
                            # "not superior for stroke prevention" (found by a new user: a harm)
                            r"control|stasis|reduction|suppression|prevention|prophylaxis)\b", re.IGNORECASE)
#: "<drug>-induced <disease>": the drug right before, the disease within a few words after.
#: After a disease, an experimental model of it: "in BRAF-mutant melanoma cells", "breast cancer
#: xenografts". What a drug induced there is the model's answer, no harm to a patient (found in
#: the trials: "Trametinib induced feedback activation of AKT in … melanoma cells" caused melanoma).
MODEL_AFTER = re.compile(r"[\s-]+(?:(?:derived|bearing)\s+)?(?:cells?|cell\s+lines?|xenografts?|organoids?|spheroids?|"
                         r"models?|tumou?r\s+models?|mice|rats)\b", re.IGNORECASE)
INDUCED_AFTER = re.compile(r"[\s-]*(?:induced|associated|related|provoked|triggered)\b", re.IGNORECASE)
def _unlikely_hedged(ctx: Context, sentence: Sentence, predicate: str, evidence: Evidence, at: int) -> Evidence:
    """``evidence`` hedged (cue kept) when it tells a resistance as a likelihood
    (:data:`_UNLIKELY`) in the part of ``sentence`` around ``at`` that no contrast divides,
    and is neither denied nor hedged already; else ``evidence`` itself."""
    if predicate != "confersResistanceTo" or evidence.negated or evidence.hedged:
        return evidence
    unlikely = _UNLIKELY.search(ctx.document.text, *contrast_bounds(sentence, at))
    return evidence if unlikely is None else replace(evidence, hedged=True, cue=unlikely.group().lower())


def _told(ctx: Context, sentence: Sentence, predicate: str) -> Context:
    """The context to read a response's evidence from: for a resistance, without the negations
    its own words hold (:func:`_without_own_denial`)."""
    return _without_own_denial(ctx, sentence) if predicate == "confersResistanceTo" else ctx


def _without_own_denial(ctx: Context, sentence: Sentence) -> Context:
    """``ctx`` with the negations of :data:`_OWN_DENIAL` in ``sentence`` blanked out (offsets
    kept), so that evidence read from it is not negated by them; ``ctx`` itself when there are none."""
    text = ctx.document.text
    own = list(_OWN_DENIAL.finditer(text, sentence.start, sentence.end))
    if not own:
        return ctx
    for match in reversed(own):
        text = text[:match.start()] + " " * (match.end() - match.start()) + text[match.end():]
    return replace(ctx, document=replace(ctx.document, text=text))


#: Right before a noun phrase, what denies it: "no clozapine-induced agranulocytosis", "without …".
NEGATED_NOUN_BEFORE = re.compile(r"\b(?:no|without|absence\s+of|lack\s+of|free\s+of|neither|nor|not\s+a|not\s+any|"
                                 # "None of the patients developed …", "We did not observe …"
                                 # (found in review)
                                 r"none\s+of\s+(?:the\s+|our\s+|these\s+)?\w+\s+(?:developed|experienced|had|showed)|"
                                 r"(?:did|do|does)\s+not\s+(?:observe|experience|develop|have|show|see|detect|find))\s+"
                                 r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: After a harm: words that deny it was seen ("cisplatin-induced nephrotoxicity was not observed").
_NOT_SEEN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+not|"
                             r"(?:was|were|is|are)\s+never|did\s+not|could\s+not\s+be|failed\s+to)\s+"
                             r"(?:observed|seen|reported|detected|found|noted|documented|occur|develop|evident|apparent|"
                             r"present|confirmed|demonstrated|shown)", re.IGNORECASE)
#: "<disease> induced by / caused by / due to / after <drug>": the drug within a few words after.
#: Between "caused by" and a drug, what makes the drug no agent of it: "caused by MRSA to linezolid".
_ANOTHER_AGENT = re.compile(r"\b(?:to|in|with|and|or|of|versus|vs)\b|[,;()]", re.IGNORECASE)
#: … unless it is the drug's use: "caused by the use of amiodarone".
_AGENT_OF = re.compile(r"\s*(?:the\s+)?(?:use|administration|treatment|therapy|intake|ingestion|exposure|overdose)"
                       r"\s+(?:of|with|to)\s+", re.IGNORECASE)
# ("No cases of respiratory depression … were attributed to esketamine", found by a psychiatry
# user: esketamine "treated" it, denied)
INDUCED_BEFORE = re.compile(
    r"\s*(?:(?:was|were|is|are)\s+)?(?:induced|caused|provoked|triggered)\s+by\b|\s*due\s+to\b"
    r"|\s*(?:(?:was|were|is|are)\s+)?(?:attributed|attributable)\s+to\b"
    r"|\s*(?:(?:occurring|occurred|developing|developed|seen|observed)\s+)?(?:after|following|during)\s+"
    r"(?:(?:the\s+)?(?:treatment|therapy|administration|use|intake|ingestion|infusion|exposure|overdose)"
    r"\s+(?:with|of|to)\s+)?",
    re.IGNORECASE,
)
#: Right before a drug, words that make it the remedy of a harm, not its cause: "was
#: prevented by pyridoxine", "managed with ondansetron", "reversed by naloxone".
REMEDY_BEFORE = re.compile(r"\b(?:prevent|avert|revers|manag|resolv|abolish|attenuat|ameliorat|"
                           r"alleviat|counteract|antagoni[sz]|rescu|mitigat|relieve)\w*\s+(?:by|with)\s+"
                           r"(?:(?:the|a|an|oral|intravenous|iv|prophylactic|concomitant|high-dose|low-dose)\s+)*$",
                           re.IGNORECASE)
#: After a drug, a change of its own dosing: "resolved with capecitabine dose interruption"
#: names the cause, not a remedy (found in review).
_DOSE_CHANGE_AFTER = re.compile(r"\s+(?:dose\s+|dosing\s+|treatment\s+|therapy\s+)?(?:interruption|discontinuation|withdrawal|"
                                r"reduction|cessation|hold|holding|modification|delay|stop(?:ping)?)\b", re.IGNORECASE)
#: Around a chemical, words that make it a value measured, not an agent given: "serum
#: creatinine", "blood urea nitrogen", "glutathione levels" (found by a new user: creatinine
#: "caused" acute tubular necrosis).
# ("total bilirubin rising from 1.4 to 6.8 mg/dL", found by a respiratory user: bilirubin caused jaundice)
_MEASURED_BEFORE = re.compile(r"\b(?:serum|plasma|blood|urine|urinary|renal|hepatic|tissue|cellular|intracellular|total|"
                              r"circulating|cerebrospinal|CSF|salivary|faecal|fecal)\s+$", re.IGNORECASE)
_MEASURED_AFTER = re.compile(r"\s+(?:levels?|concentrations?|clearance|excretion|content|values?)\b", re.IGNORECASE)
_MEASURED_NAME = re.compile(r"(?:serum|plasma|blood|urine|urinary)\b", re.IGNORECASE)


def measured(text: str, chemical: Mention) -> bool:
    """Whether a chemical is named as a value measured ("serum creatinine", "glutathione levels"):
    an analyte of :data:`~kg.extract.stoplist.ANALYTES` next to a word of measurement, or a
    name that says so ("blood urea nitrogen"). "Digoxin concentrations caused arrhythmias"
    is the drug's harm (found in review).

    >>> from kg.model import Entity
    >>> text = "Cisplatin increased serum creatinine."
    >>> m = Mention(26, 36, "creatinine", Entity("CHEBI:16737", "Drug", "creatinine"))
    >>> measured(text, m), measured(text, Mention(0, 9, "Cisplatin", Entity("CHEBI:27899", "Drug", "cisplatin")))
    (True, False)
    >>> measured("Serum lithium above 1.5 mmol/L", Mention(6, 13, "lithium", Entity("CHEBI:30145", "Drug", "Lithium")))
    False
    """
    if _MEASURED_NAME.match(chemical.text):
        return True
    return (chemical.entity.label.lower() in ANALYTES or chemical.text.lower() in ANALYTES) and bool(
        _MEASURED_BEFORE.search(text, max(0, chemical.start - 16), chemical.start) or _MEASURED_AFTER.match(text, chemical.end))


#: From a drug to the "-induced" of its own compound: "lidocaine (50 mg/kg)-induced", or a
#: hyphen left hanging for the next one's ("caffeine- but not pentylenetetrazole-induced").
_OWN_COMPOUND = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?-|-\s*(?:,|and|or|and/or|but\s+not|not)\s+[^\s.;]+-",
                           re.IGNORECASE)
#: Before a drug: it is what another is compared with ("Compared with paclitaxel, docetaxel
#: caused more fluid retention", "unlike carboplatin"), no subject of the verb (found in review).
_COMPARING = (r"compared\s+(?:with|to)|in\s+contrast\s+(?:with|to)|unlike|versus|vs\.?|relative\s+to|rather\s+than|"
              r"instead\s+of")
COMPARED_BEFORE = re.compile(rf"\b(?:{_COMPARING})\s+(?:the\s+|that\s+of\s+)?$", re.IGNORECASE)
#: Before a drug: what makes it the comparator of a result, more than COMPARED_BEFORE says:
#: "Sotorasib improved PFS over docetaxel in KRAS G12C-mutated NSCLC" (found by an oncology
#: user: G12C conferred sensitivity to docetaxel, which treated NSCLC).
# ("Upadacitinib 30 mg showed superior efficacy to dupilumab in atopic dermatitis", found by a
# dermatology user: dupilumab treated it)
_COMPARATOR_BEFORE = re.compile(rf"\b(?:{_COMPARING}|over|than(?:\s+with)?|(?:superior|inferior|non-?inferior)\s+"
                                rf"(?:(?:efficacy|effectiveness|efficacious|effective)\s+)?to)\s+(?:the\s+|that\s+of\s+)?$",
                                re.IGNORECASE)


#: Between the drugs of one comparator arm: "superior to interferon alfa plus cytarabine".
_ARM_JOINER = re.compile(r"\s*(?:\+|/|plus|and|or|with|combined\s+with|in\s+combination\s+with)\s*", re.IGNORECASE)


def _not_compared(text: str, sentence: Sentence, drugs: list[Mention]) -> list[Mention]:
    """The drugs that are no comparator of another (:data:`_COMPARATOR_BEFORE`) nor joined to
    one after it in its arm ("… superior to interferon alfa plus cytarabine", found in the
    trials: cytarabine treated the CML, imatinib nothing), else all."""
    compared: list[Mention] = []
    for d in drugs:
        if _COMPARATOR_BEFORE.search(text, max(sentence.start, d.start - 30), d.start) or (
                compared and compared[-1].end <= d.start and _ARM_JOINER.fullmatch(text, compared[-1].end, d.start)):
            compared.append(d)
    return [d for d in drugs if d not in compared] or drugs


#: "<drug> caused / produced / induced … <disease>", within one clause.
#: The bare form too: "did not cause".
#: Endpoints that count harm, not benefit.
HARM_ENDPOINTS = frozenset({"kgr:endpoint-adverse-event-rate", "kgr:endpoint-ae-discontinuation",
                            "kgr:endpoint-progressive-disease", "kgr:endpoint-early-resistance",
                            # counted harms as much as outcomes: "Bupivacaine produced mortality,
                            # convulsions and …" (found in review: the convulsions were "treated")
                            "kgr:endpoint-all-cause-mortality", "kgr:endpoint-cardiovascular-death",
                            "kgr:endpoint-hospitalization", "kgr:endpoint-heart-failure-hospitalization",
                            "kgr:endpoint-mace"})
#: Verbs that make a disease worse (never their "-ing" adjective: "worsening heart failure").
WORSEN_VERB = r"exacerbat(?:e|es|ed)|aggravat(?:e|es|ed)|worsen(?:s|ed)?"
#: The verb of harm alone, which no efficacy shares ("induced remission" is efficacy) ...
# ("is a second-line therapy for PBC but can precipitate hepatic decompensation in patients
# with advanced cirrhosis": the patients of a harm clause are no indication, found by a
# respiratory user: obeticholic acid treated cirrhosis)
_CAUSES = re.compile(r"\b(?:caus(?:e|es|ed|ing)|precipitat(?:e|es|ed)|provok(?:e|es|ed)|trigger(?:s|ed)?|"
                     + WORSEN_VERB + r")\b", re.IGNORECASE)
#: ... as the drug's second predicate: "is a treatment for epilepsy but causes", not "effective
#: against the bacteria that cause meningitis".
#: A relative clause after a comma too: "lomitapide, a … inhibitor approved for homozygous FH,
#: which frequently causes hepatic steatosis" (found by a cardiology user: lomitapide was
#: approvedFor the fatty liver disease it causes); the comma keeps "the bacteria that cause" out.
_ITS_OWN_VERB = re.compile(r"(?:\b(?:but|and|yet|although|though|while)|,\s*which)\s+(?:(?:also|can|may|might|often|"
                           r"frequently|commonly|rarely|sometimes|occasionally|it)\s+)*$", re.IGNORECASE)
#: (and a verb that makes a disease worse: "carbamazepine and lamotrigine may exacerbate
#: seizures", found by a neurology user: they treated them; not "worsening heart failure")
CAUSE_VERB = re.compile(r"\b(caus(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|provok(?:e|es|ed)|elicit(?:s|ed)?|"
                        r"" + WORSEN_VERB + r")\b",
                        re.IGNORECASE)
#: A disease told by how often it occurred is an event of the drug, not what the drug
#: treats: "Interstitial lung disease occurred in 4% of patients treated with osimertinib",
#: "hearing loss occurred in 40% and acute kidney injury in 25%". "observed", "reported"
#: and the like need their auxiliary ("melanoma seen at our center" is no event).
#: A turn to a drug's harm after what it does well: "… but is associated with", "yet linked to".
BUT_ASSOCIATED = (r"(?:but|yet|although|though|whereas)\s+(?:it\s+|they\s+)?(?:(?:is|are|was|were|has\s+been|have\s+been|"
                  r"can\s+be|may\s+be)\s+)?(?:also\s+)?(?:associated|linked)\s+(?:with|to)\s+")
#: Before a disease, what makes it a harm of the drug: "its use is limited by the risk of
#: severe neutropenia and agranulocytosis", "an increased risk of bleeding" (found by a new
#: user: clozapine treated agranulocytosis). Not a population "at increased risk of stroke".
HARM_RISK_BEFORE = re.compile(
    r"\b(?:(?:limited|complicated|hampered|restricted|offset|tempered|overshadowed)\s+by\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:risks?|concerns?|occurrence|incidence)\s+(?:of|about|over)\s+|"
    r"(?<!\bat\s)(?<!\bat\sa\s)(?<!\bat\san\s)(?:increased|higher|elevated|greater|excess)\s+risks?\s+of\s+|"
    # the drug's second predicate, turned from its efficacy: "is highly effective in
    # relapsing-remitting multiple sclerosis but is associated with progressive multifocal
    # leukoencephalopathy" (found by a neurology user: natalizumab treated the PML)
    + BUT_ASSOCIATED + r"(?:(?:an?|the)\s+)?(?:(?:increased|higher|elevated|greater)\s+)?(?:risks?\s+of\s+)?)"
    r"(?:(?!(?:in|among|with|for|of)\b)[\w-]+,?\s+){0,3}$", re.IGNORECASE)
#: Before "increased risk of", what makes it the patients' risk or the one the drug lowers:
#: "patients with an increased risk of myocardial infarction", "Statins lower the increased
#: risk of …" (found in review).
_RISK_NOT_HARM = re.compile(r"\b(?:with|lower\w*|reduc\w*|decreas\w*|prevent\w*|mitigat\w*|attenuat\w*)\s+"
                            r"(?:the\s+|an?\s+|their\s+|this\s+)?(?:increased|higher|elevated|greater|excess)\s+risks?\s+of\b",
                            re.IGNORECASE)


RISK_WORD = re.compile(r"\b(?:risks?|concerns?|incidence|occurrence)\b", re.IGNORECASE)


#: One word of a list's item: no verb, clause word or preposition.
_ITEM = (r"(?:(?!(?:was|were|is|are|be|been|who|which|that|and|or|with|in|but|whereas|while|although|"
         r"produc\w*|develop\w*|caus\w*|induc\w*|increas\w*|led|resulted)\b)[\w()/-]+)")
#: Down a list to the mention after it, item by item: "serum ALT, hepatic inflammation and
#: " before "fibrosis"; never past a verb or a clause's word.
LIST_BEFORE = (rf"(?:{_ITEM}(?:\s+{_ITEM}){{0,2}}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){{0,4}}"
               rf"(?:{_ITEM}\s+){{0,2}}$")
#: Right before a disease (down a list), a verb that makes it what a drug caused: "it can
#: cause severe neutropenia and agranulocytosis" (found by a new user: clozapine treated them).
#: Right before a cause verb: its subject, a pronoun or drug word, or the end of a name
#: (a drug's, checked by the caller), after the modals between.
_CAUSER = re.compile(r"(?:\b(?P<word>it|they|this\s+drug|the\s+drug|these\s+drugs|drugs?|agents?|medications?|"
                     r"combinations?|regimens?|treatments?|therap(?:y|ies)|chemotherapy)|"
                     r"(?P<name>[\w)\]-]))\s+(?:(?:can|may|might|could|will|would|often|also|frequently|rarely|"
                     r"commonly|reportedly|occasionally|sometimes|not|did|does|do|has|have|been|known\s+to|"
                     r"reported\s+to|shown\s+to)\s+)*$", re.IGNORECASE)
#: A drug's apposition closed by a comma right before the verb: ", a … inhibitor …, " .
_APPOSED_CAUSER = re.compile(r",\s+(?:an?|the)\s+[^,;]{3,120},\s+(?:(?:can|may|might|could|often|also|frequently|commonly)\s+)*$",
                             re.IGNORECASE)
CAUSED_BEFORE = re.compile(r"(?<!-)\b(?P<verb>caus(?:e|es|ed|ing)|induc(?:e|es|ed|ing)|" + WORSEN_VERB + "|"
                           # the drug the verb's subject: "Erenumab did not increase the incidence of
                           # hypertension" (found by a new user: no claim, where it denies one)
                           r"(?:increase[sd]?|raise[sd]?)\s+the\s+(?:risk|incidence|rate|frequency|occurrence)s?\s+of)\s+"
                           + LIST_BEFORE, re.IGNORECASE)


#: After a disease, the rest of its list: "… or acute myeloid leukemia" before "was reported in 2%"
#: (found by a new user: olaparib "treated" the myelodysplastic syndrome it caused).
_LIST_AFTER = re.compile(r"(?:\s*,\s*(?:(?:and/or|and|or)\s+)?|\s+(?:and/or|and|or)\s+)(?:(?!(?:was|were|is|are|has|have|had|in|with|of|by|for)\b)"
                         r"[\w()/'-]+(?:\s*,\s*|\s+)){1,6}(?=(?:was|were|has|have|occurred|occurring|developed)\b)",
                         re.IGNORECASE)
#: Before a disease, how many developed it: "87 (7.2%) developed hypothyroidism", "12% of
#: patients experienced grade 3 neutropenia" (found by a new user: no rate recorded).
INCIDENCE_BEFORE = re.compile(
    r"(?<![\w.])\d+(?:\.\d+)?\s*(?:%|\(\s*\d+(?:\.\d+)?\s*%\s*\))\s*(?:of\s+(?:the\s+)?(?:patients|subjects|participants|users)\s+)?"
    r"(?:patients\s+)?(?:developed|experienced|had|suffered)\s+(?:(?:an?|grade\s*[≥>]?\s*\d(?:\s*(?:or|-|–)\s*\d)?|severe|mild|"
    r"symptomatic|subclinical|overt|clinical|serious|new[- ]onset)\s+)*$", re.IGNORECASE)


#: Before a case's events, the time since the drug was started: "Within 10 weeks she developed
#: jaundice, ascites and severe pruritus" (found by a respiratory user: no adverse event).
_ONSET_BEFORE = re.compile(r"\b(?:within|after)\s+(?:\d+|a\s+few|several|one|two|three|four|five|six|eight|ten|twelve)\s+"
                           r"(?:days?|weeks?|months?)(?:\s+of\s+(?:treatment|therapy|starting\s+\S+))?\s*,?\s+"
                           r"(?:she|he|the\s+patient)\s+(?:subsequently\s+|rapidly\s+)?(?:developed|experienced)\s+",
                           re.IGNORECASE)
#: Before a disease, how many patients (in words or digits) developed it, the drug's event as
#: "87 (7.2%) developed" is: "One patient developed chorioretinal atrophy at the injection
#: site" (found by a nephrology user: the gene therapy treated it).
_COUNT_DEVELOPED = re.compile(r"(?<![\w.,-])(?:one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|\d+)\s+(?:(?:other|more|additional)\s+)?(?:patients?|participants?|subjects?|eyes?|"
                              r"children|recipients?)\s+(?:\([^()]{1,20}\)\s+)?(?:subsequently\s+|later\s+)?"
                              r"(?:developed|experienced)\s+(?:(?:an?|severe|mild|moderate|symptomatic|serious|"
                              r"new[- ]onset|grade\s*\d)\s+)*$", re.IGNORECASE)
#: Before a disease, a patient given the drug who then developed it: "One patient treated with
#: voretigene neparvovec developed chorioretinal atrophy" (found by a nephrology user: treated).
_TREATED_DEVELOPED = re.compile(
    r"\b(?:patients?|participants?|subjects?|recipients?|eyes?|children|adults|women|men|she|he)\s+(?:treated\s+with|"
    r"receiving|who\s+(?:had\s+)?received|given|taking|on)\s+[^.;,()]{1,50}?\s+(?:developed|experienced|suffered)\s+"
    r"(?:(?:an?|severe|mild|moderate|symptomatic|serious|new[- ]onset|grade\s*\d)\s+)*$", re.IGNORECASE)


#: After a disease, what makes it the harm that holds a drug back: "…, but severe
#: myelosuppression limits their use" (found by a pharmacogenomics user: azathioprine and
#: mercaptopurine treated the bone marrow disorder). A toxicity that limits a drug's use is
#: its harm, never its indication.
_LIMITS_USE_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+(?:(?:can|may|might|often|frequently|further|also|still|"
                               r"severely|substantially|has|have)\s+)*(?:limit(?:s|ed)?|restrict(?:s|ed)?|preclude[sd]?|"
                               r"hamper(?:s|ed)?|curtail(?:s|ed)?)\s+(?:the\s+)?(?:its|their|the\s+drugs?'s?|this\s+drug's|"
                               r"[\w-]+'s?)?\s*(?:(?:clinical|wider|widespread|long-term|routine|therapeutic)\s+)?"
                               r"(?:use|usefulness|utility|application|dosing|tolerability)\b", re.IGNORECASE)


def harm_risk(text: str, sentence: Sentence, disease: Mention, drug_ends: AbstractSet[int] = frozenset()) -> bool:
    """Whether the words before ``disease`` name it as a risk of the treatment (:data:`HARM_RISK_BEFORE`)
    or what a drug (one of those ending at ``drug_ends``, or a pronoun) caused
    (:data:`CAUSED_BEFORE`, no word of efficacy between), or the words after it as what limits
    the drug's use (:data:`_LIMITS_USE_AFTER`)."""
    if _LIMITS_USE_AFTER.match(text, disease.end, sentence.end) is not None:
        return True
    start = max(sentence.start, disease.start - 90)
    found = HARM_RISK_BEFORE.search(text, start, disease.start)
    if found is not None and _RISK_NOT_HARM.search(text, max(sentence.start, found.start() - 30), found.end()) is None:
        return True
    caused = CAUSED_BEFORE.search(text, start, disease.start)
    if caused is None:
        return False
    # The causer is a drug or stands for one: "it can cause", "Clozapine may induce"; not
    # "the bacteria that cause meningitis", "HCV infection, which causes cirrhosis" (found in review).
    causer = _CAUSER.search(text, max(sentence.start, caused.start() - 40), caused.start())
    if causer is None or (causer.group("word") is None and causer.end("name") not in drug_ends):
        # "Abacavir, a nucleoside reverse transcriptase inhibitor used for HIV-1 infection,
        # causes a hypersensitivity reaction" (found by a new user): the apposition's drug.
        appositive = _APPOSED_CAUSER.search(text, sentence.start, caused.start())
        if appositive is None or appositive.start() not in drug_ends:
            return False
    # "induced remission of CML", "induced apoptosis and inhibited tumour growth" is efficacy.
    return (not TREAT.search(text, caused.end("verb"), disease.start)
            and not INHIBIT.search(text, caused.end("verb"), disease.start) and not EFFICACY_AFTER.match(text, disease.end))


#: Between two arms' rates, a word that starts another statement.
_OTHER_CLAUSE = re.compile(r"\b(?:was|were|is|are|had|has|have|achieved|managed|treated|showed|observed|reported|"
                           r"while|whereas|but|although|respon\w*)\b", re.IGNORECASE)
#: A rate right before a drug names the drug's arm: "in 16% on sorafenib", "12% of those given placebo".
RATE_ON = re.compile(r"\d(?:\.\d+)?\s*%\s*(?:of\s+(?:the\s+)?(?:patients|those|subjects)\s+)?"
                     r"(?:on|with|in|receiving|given|treated\s+with|taking|in\s+the)\s+(?:the\s+)?$", re.IGNORECASE)
_RATE_OF = re.compile(r"\d(?:\.\d+)?\s*%\s*of\s+(?:the\s+)?$", re.IGNORECASE)
#: After a drug, the word that makes it an arm: "dolutegravir recipients", "adalimumab-treated".
ARM_NOUN = re.compile(r"[\s-](?:treated|exposed|recipients|group|arm)\b", re.IGNORECASE)
INCIDENCE_AFTER = re.compile(
    # "QT prolongation of any grade was reported in 9.5%" (found by a new user)
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:of\s+(?:any\s+)?grades?\s*(?:[≥>]?\s*\d(?:\s*(?:or|-|–|to)\s*\d)?)?"
    r"(?:\s+or\s+(?:higher|above|worse|greater))?\s+)?(?:(?:occurred|occurring|developed|developing)\b|"
    # "hypertension and bruising were also reported" (found by a new user: both "treated")
    # … or none: "Severe hypoglycemia was not observed with semaglutide" (found by a new user)
    r"(?:was|were|has been|have been)\s+(?:not\s+)?(?:also\s+|frequently\s+|commonly\s+|rarely\s+|occasionally\s+)?"
    r"(?:reported|observed|seen|noted|experienced|developed)\b|"
    # "thrombocytopenia and neutropenia were the most common with asciminib" (found by a
    # haematology user: the pair classifier gave them to bosutinib too)
    r"(?:was|were)\s+(?:the\s+)?most\s+(?:common|frequent)\s+(?=(?:with|on)\s)|"
    # "Tumor lysis syndrome was rare among patients treated with venetoclax": how often it
    # occurred on the drug (found by a haematology user: venetoclax treated it)
    r"(?:was|were)\s+(?:(?:very|extremely|relatively|also)\s+)?(?:rare|uncommon|infrequent|common|frequent)\s+"
    r"(?:among|in)\s+(?:the\s+)?(?:patients|participants|subjects|those|adults|children|recipients)\s+"
    r"(?:(?:who\s+(?:were\s+)?)?(?:treated|received|receiving|given|taking|on)\b)|"
    # … or rare but reported with a drug: "Rhabdomyolysis is rare but has been reported with
    # simvastatin" (found by a pharmacogenomics user: no adverse event)
    r"(?:is|are|was|were)\s+(?:(?:very|extremely|relatively)\s+)?(?:rare|uncommon|infrequent)\s*,?\s+but\s+"
    r"(?:has|have)\s+been\s+(?:(?:repeatedly|widely|frequently)\s+)?(?:reported|observed|described|documented)\s+"
    r"(?=(?:with|on|during|after|in\s+(?:patients|users)\s+(?:taking|receiving|treated\s+with))\s)|"
    # … or the trial's report of it alone: "Tumor lysis syndrome was rare." (the same user)
    r"(?:was|were)\s+(?:(?:very|extremely)\s+)?(?:rare|uncommon|infrequent)(?=\s*[.;])|"
    # "were the most frequently reported adverse events" (found by a respiratory user), not
    # "… reported diagnoses" (found in review)
    # … and "were the most common serious adverse event" (found by a nephrology user:
    # voclosporin treated the infections)
    r"(?:was|were)\s+(?:the\s+)?most\s+(?:(?:frequently|commonly)\s+(?:reported|observed)|frequent|common)\s+"
    r"(?:(?:treatment-\w+|serious|severe)\s+)?"
    r"(?:adverse\s+(?:events?|reactions?|effects?)|side\s+effects?|AEs|TEAEs|toxicit(?:y|ies)|events)\b|"
    # "Nephrogenic diabetes insipidus was diagnosed in 29 patients (19.6%)" (found by a new
    # user: its rate went to the next event), not "CML was diagnosed in 2010"
    r"(?:was|were)\s+(?:diagnosed|documented|confirmed|identified)\s+in\s+\d+(?:\.\d+)?\s*(?:%|patients|subjects|cases)"
    # … but not what was there before the drug: "at baseline", "at screening" (found in review)
    r"(?![^.;]{0,40}\b(?:at\s+(?:baseline|screening|enrol?ment|entry|diagnosis|presentation)|before|prior\s+to)\b))"
    r"|\s+in\s+\d+(?:\.\d+)?\s*%",
    re.IGNORECASE)
#: A rate in brackets after a disease, "hypothyroidism (9.1%)": an event's only in a sentence
#: about adverse events (:data:`EVENT_WORDS`); "sarcoma (30%)" may be a share of patients.
PAREN_RATE = re.compile(r"\s*\(\s*(?:grade[^()%]{0,12}?)?\d+(?:\.\d+)?\s*%")
EVENT_WORDS = re.compile(r"\b(?:adverse|toxicit(?:y|ies)|side[- ]effects?|AEs|irAEs)\b", re.IGNORECASE)
#: The opening of a list of events, right before it: "Immune-mediated adverse events …
#: included hypothyroidism (9.1%), pneumonitis …" (found by a new user: each was a disease
#: pembrolizumab treats). Only a listing word opens one ("were more frequent in patients
#: with diabetes" lists nothing).
EVENT_LIST = re.compile(r"\b(?:adverse (?:events?|reactions?|effects?)|toxicit(?:y|ies)|side[- ]effects?|AEs|irAEs)\b"
                        r"[^.;]{0,80}?(?:\b(?:includ(?:ed|ing|es?)|such as|most commonly|most common\s+(?:were|was)|"
                        # "Adverse events of X were mainly dizziness, headache and rash", "… were
                        # predominantly hematologic, mainly neutropenia, anemia and …" (found in the
                        # trials: only the lexicon's events were X's)
                        r"(?:were|was)(?:\s+(?:mainly|mostly|predominantly|primarily|chiefly|principally|largely))?|"
                        r"mainly|mostly|predominantly|primarily|chiefly|principally|consist(?:ed|ing)?\s+of)\b|:)",
                        re.IGNORECASE)
#: A comparison of how often events occurred, "Rates of serious infection, eczema herpeticum
#: and herpes zoster were higher for patients who received upadacitinib" (found by an
#: immunology user: the pair classifier gave them to both drugs of the head-to-head trial).
RATES_OF = re.compile(r"\b(?:rates?|incidences?|frequenc(?:y|ies))\s+of\s+", re.IGNORECASE)
#: After "higher" or "more frequently", a control as the higher arm: "higher in the placebo
#: group than in the evolocumab group", "among unvaccinated participants" (found in review:
#: evolocumab "caused" the infarctions it prevented).
_CONTROL_HIGHER = (r"(?!\s+(?:in|with|among|for|on)\s+(?:the\s+)?(?:(?:patients|participants|those|subjects)\s+"
                   r"(?:who\s+(?:received|were\s+given)|receiving|given|in\s+the)\s+)?(?:placebo|control|unvaccinated|"
                   r"non-?vaccinated|untreated|usual\s+care|standard\s+care|observation|no\s+treatment)\b)")
_HIGHER_AFTER = re.compile(r"(?:[^.;]{0,140}?\s)??(?:was|were)\s+(?:(?:numerically|significantly|also|slightly|"
                           r"substantially|markedly)\s+)?(?:higher|greater|increased|more\s+(?:common|frequent))\b"
                           + _CONTROL_HIGHER, re.IGNORECASE)
_ADDED_TO = re.compile(r"\baddition\s+of\s+(?:[\w-]+\s+){1,3}to\s+(?:the\s+)?(?:standard\s+)?$", re.IGNORECASE)
_HIGHER_WORD = re.compile(r"\b(?:higher|greater|increased|more)\b", re.IGNORECASE)
_THAN_BEFORE = re.compile(r"\b(?:more|higher|greater)\b[^.;]{0,80}\bthan\s+(?:with\s+|in\s+|among\s+|for\s+|on\s+)?"
                          r"(?:the\s+)?(?:(?:patients|those|participants|subjects)\s+(?:who\s+received|receiving|"
                          r"treated\s+with|given|on)\s+)?$", re.IGNORECASE)
#: After a disease, the rest of a list of events and their verb of frequency: "Lymphopenia,
#: bradycardia at treatment initiation, macular edema … and convulsions occurred more
#: frequently with siponimod than with placebo" (found by a neurology user: the first items
#: were "treated", the noun "treatment" of the list their trigger).
_MORE_FREQUENT_AFTER = re.compile(
    r"(?:(?!\b(?:was|were|is|are|has|have|had|with|who|which|that|than|in|among)\b)[^.;:])*?"
    r"\b(?:(?:occurred|were\s+(?:reported|observed|seen|noted)|developed|was\s+(?:reported|observed|seen|noted))\s+"
    r"(?:(?:significantly|numerically|slightly)\s+)?more\s+(?:frequently|often|commonly)"
    # "Pharyngitis, arthralgia and back pain were more frequent with tezepelumab than with
    # placebo" (found by a respiratory user)
    r"|(?:was|were)\s+(?:(?:significantly|numerically|slightly)\s+)?more\s+(?:frequent|common)\s+(?=with|in|among|on)"
    r")\b" + _CONTROL_HIGHER,
    re.IGNORECASE)
#: Words that end a list of events before the disease: "… were recorded in patients with".
_NOT_A_LIST = re.compile(r"\b(?:in|with|among|treated|patients?|who|which|that)\b", re.IGNORECASE)


#: What makes a disease followed by a rate the object of a response, not an event:
#: "complete remission of chronic myeloid leukemia was observed in 80%", "an effective
#: treatment for GIST in 80% of cases", "relapse of CML occurred in 10%".
# ("PASI 90 response in plaque psoriasis", "mucosal healing in ulcerative colitis", "cure of
# hepatitis C" were more frequent with a drug: found in review, read as its harms)
COURSE_BEFORE = re.compile(
    r"\b(?:remissions?|respon\w*|control|improvements?|regression|benefit|efficacy|effective|treatment|therapy|"
    r"management|relapses?|recurrences?|progression|healing|cure|eradication|clearance|freedom|normali[sz]ation|"
    r"resolution)\s+(?:[\w-]+\s+){0,2}(?:of|in|for|to|from)\s+(?:the\s+)?(?:(?:plaque|chronic|active|acute|moderate|"
    r"severe|moderate-to-severe|early|focal|persistent)\s+)?"
    # "Objective responses in patients with melanoma were also observed" (found in review)
    r"(?:(?:patients|subjects|participants|those|adults|children)\s+with\s+(?:[\w-]+\s+){0,2})?$",
    re.IGNORECASE)
#: What sets a comparator apart from the drug studied: "vemurafenib versus dacarbazine",
#: "48% for vemurafenib and 5% for dacarbazine", "randomized to vemurafenib or dacarbazine".
COMPARATOR = re.compile(r"\b(?:versus|vs\.?|compared (?:with|to)|or|relative to)(?!\w)|\d%?\s+(?:for|with|in)\b",
                        re.IGNORECASE)
#: "than" sets apart what follows it only: "more durable with dabrafenib than vemurafenib".
THAN = re.compile(r"\bthan\b", re.IGNORECASE)
#: Outcomes the disease vocabularies hold that no drug "treats" ("hazard ratio for death").
NOT_TREATED = frozenset({"death", "mortality"})
#: Before a drug: the patients' history ("previously treated with platinum-based chemotherapy",
#: found by a new user: platinum treated the NSCLC the paper's own drug was given for).
HISTORY_BEFORE = re.compile(r"\b(?:previously|prior|pre-?)\s*(?:treated|exposed)\s+(?:with|to)\s+(?:[\w-]+\s+){0,2}$|"
                            # "who had an inadequate response to methotrexate" (found by an immunology
                            # user: methotrexate "treated" the arthritis upadacitinib was tried in)
                            r"\b(?:inadequate|insufficient|incomplete|suboptimal|poor|no)\s+response\s+to\s+"
                            r"(?:(?:one\s+or\s+more|at\s+least\s+one|conventional|prior)\s+)?(?:[\w-]+\s+){0,2}$|"
                            r"\b(?:intoleran(?:t|ce)|refractory|failure)\s+(?:to|of)\s+(?:[\w-]+\s+){0,2}$|"
                            r"\b(?:after|following)\s+(?:failure|progression)\s+(?:of|on)\s+(?:[\w-]+\s+){0,2}$|"
                            # "patients … who had previously received ledipasvir or daclatasvir were
                            # treated with sofosbuvir …": what they had before (found by an
                            # infectious-disease user: the history drugs treated, the study's none)
                            r"\b(?:(?:had|have|has)\s+(?:been\s+)?(?:previously|already|formerly|prior)\s*|"
                            r"(?:previously|already|formerly)\s+(?:had\s+)?)(?:received|taken|used|been\s+given|been\s+treated\s+with)\s+"
                            r"(?:[\w-]+\s+){0,2}$",
                            re.IGNORECASE)
#: Between a disease and a drug: the line of treatment the disease came back after, the
#: patients' history ("patients with EGFR exon 20 insertion-mutated NSCLC after platinum
#: chemotherapy", "NSCLC that progressed on osimertinib"; found by an oncology user: platinum
#: caused and treated the NSCLC, and the fusion conferred sensitivity to it).
_PRIOR_LINE = re.compile(r"\s+(?:(?P<progressed>(?:(?:that|which|who)\s+(?:had\s+)?)?(?:progressed|progressing|relapsed|"
                         r"relapsing|recurred)\s+(?:on|after|following|despite|during))|after|following)\s+"
                         r"(?:(?P<line>prior|previous|first-line|front-line)\s+)?(?:[\w-]+\s+){0,1}", re.IGNORECASE)
#: Before a disease: the patients it describes, within the clause.
_PATIENTS_BEFORE = re.compile(r"\b(?:patients|subjects|adults|children|those|individuals|cases)\s+with\s+[^.;,()]{0,80}$",
                              re.IGNORECASE)


def prior_line(ctx: Context, sentence: Sentence, drug: Mention) -> bool:
    """Whether ``drug`` is the line of treatment the patients' disease came after (:data:`_PRIOR_LINE`).

    A bare "after" takes the patients named before the disease, and a line of therapy
    ("after platinum chemotherapy") or another drug the sentence gives them ("Lorlatinib was
    active in patients with NSCLC after alectinib"): "patients with myopathy following
    simvastatin" and "hepatitis after isoniazid" are the drug's harm (found in review).
    """
    text = ctx.document.text
    for disease in ctx.in_sentence(sentence, "Disease"):
        if disease.end > drug.start or drug.start - disease.end > 60:
            continue
        match = _PRIOR_LINE.fullmatch(text, disease.end, drug.start)
        if match is None:
            continue
        if match.group("progressed"):
            return True
        if _PATIENTS_BEFORE.search(text, max(sentence.start, disease.start - 100), disease.start) and (
                _LINE_AFTER.match(text, drug.end) or match.group("line")
                or any(d.curie != drug.curie for d in ctx.in_sentence(sentence, "Drug"))):
            return True
    return False


#: After a drug: that it was a line of therapy ("after platinum chemotherapy", "after one
#: prior TKI regimen").
_LINE_AFTER = re.compile(r"[\s-]+(?:based\s+)?(?:chemotherapy|therapy|treatment|regimens?|doublet|TKIs?)\b", re.IGNORECASE)


#: Other drugs of a class: "Resistance to second-generation ALK inhibitors arises through
#: secondary mutations" is not about the paper's own drug (found by a new user: an ALK
#: mutation resisted lorlatinib, the third-generation drug the paper showed overcomes).
#: A class alone often includes it ("sensitivity … to ABL-type tyrosine kinase inhibitors"
#: in a paper on imatinib), so it takes "other", "prior" or an earlier generation.
OTHER_DRUGS = re.compile(r"\b(?:other|prior|previous|earlier|older|(?:first|second|1st|2nd)[- ]generation)\s+"
                         r"(?:[\w-]+\s+){0,3}(?:inhibitors|TKIs|antagonists|blockers|agents|drugs)\b", re.IGNORECASE)
#: Small molecules an antibody is none of: "insensitive to approved EGFR tyrosine kinase
#: inhibitors" in a paper on amivantamab, the antibody that overcomes them (found by an
#: oncology user); in a paper on osimertinib, "all approved EGFR inhibitors" include it.
_KINASE_INHIBITORS = re.compile(r"\b(?:tyrosine\s+kinase\s+inhibitors|TKIs)\b", re.IGNORECASE)
#: After a resistance word, an older class of drugs as its object: "resistance to first- and
#: second-generation EGFR TKIs", "resistant to other tyrosine kinase inhibitors", "to prior NNRTIs".
_OLDER_CLASS = re.compile(r"\s+(?:to|against)\s+(?:(?:the|all|most|many|currently|available|approved|and|or)\s+)*"
                          r"(?:other|(?:prior|previous|earlier|older)(?:[- ]generation)?|standard|conventional|(?:first|second|1st|2nd)(?:[- ]generation|"
                          r"[- ]line|-(?=\s+and\b)))"
                          r"\s+(?:(?!such\b|including\b|like\b)[\w-]+\s+){0,4}?(?:inhibitors|TKIs|NNRTIs|NRTIs|INSTIs|PIs|"
                          r"antagonists|blockers|agents|drugs|antibodies|therap(?:y|ies)|chemotherapy|treatments?)\b", re.IGNORECASE)
#: After a class, the drugs it names as its examples: "such as gefitinib", "(gefitinib and erlotinib)".
_CLASS_EXAMPLES = re.compile(r"\s*,?\s*(?:such\s+as|including|like|e\.g\.,?|namely|\(|—|-)", re.IGNORECASE)


#: The patients' history told of a regimen no drug names: "who were in response after
#: platinum-based chemotherapy", "who had responded to prior chemotherapy".
_REGIMEN_HISTORY = re.compile(r"\b(?:who|that|which)\s+(?:(?:were|was|had\s+been|are|is)\s+in\s+(?:(?:complete|partial|"
                              r"or|and)\s+)*(?:response|remission)\s+(?:after|to|following|on)|(?:had\s+)?responded\s+"
                              r"to)\s+(?:prior\s+|previous\s+|first-line\s+)?(?:[\w-]+\s+){0,2}?(?:chemotherapy|therapy|"
                              r"treatment|regimens?|induction)\b", re.IGNORECASE)


def _regimen_history(ctx: Context, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The span of each history phrase of a regimen without a drug's name (:data:`_REGIMEN_HISTORY`),
    when the sentence names a drug: its response is the history's, not that drug's ("BRCA1
    mutation who were in response after platinum-based chemotherapy were assigned to olaparib";
    the history rule reads one only by its drug, and "platinum" is no drug given)."""
    if not ctx.in_sentence(sentence, "Drug"):
        return ()
    return tuple((m.start(), m.end()) for m in _REGIMEN_HISTORY.finditer(ctx.document.text, sentence.start, sentence.end))


def _older_class_resistance(ctx: Context, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The span of each resistance word in ``sentence`` whose object is an older class of drugs
    (:data:`_OLDER_CLASS`) named without its examples: a resistance to that class, not to the
    drug the sentence names elsewhere, nor to the paper's own drug."""
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    spans = []
    for word in RESISTANT.finditer(text, sentence.start, sentence.end):
        older = _OLDER_CLASS.match(text, word.end(), sentence.end)
        if older is None or _CLASS_EXAMPLES.match(text, older.end(), sentence.end) or any(
                d.start >= older.end() and not text[older.end():d.start].strip(" (") for d in drugs):
            continue
        spans.append((word.start(), word.end()))
    return tuple(spans)


#: Before a mutation: the patients it describes ("patients with EGFR T790M-positive …").
POPULATION_BEFORE = re.compile(r"\b(?:patients|subjects|cases|those|individuals)\s+(?:with|harbou?ring|carrying|having)\s+"
                               r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A general statement of prognosis: "FLT3-ITD is associated with poor outcomes in AML". Without
#: a word of treatment (:data:`TREATMENT_WORD`), no response to the paper's drug; the
#: patients of a study who "had a shorter overall survival" on it are still its resistance.
PROGNOSIS = re.compile(r"\b(?:is|are|confers?|predicts?)\s+(?:\w+\s+)?(?:associated\s+with\s+|linked\s+to\s+)?"
                       r"(?:an?\s+)?(?:poor|worse|shorter|inferior|adverse|unfavou?rable)\b", re.IGNORECASE)
#: A sentence about treatment at all: without one, a mutation's poor outcome is a prognosis.
TREATMENT_WORD = re.compile(r"\b(?:treat\w*|therap\w*|drugs?|inhibitors?|TKIs?|agents?|regimens?|doses?|dosing|"
                            r"benefit\w*|given|receiv\w*|antibod\w*|anti-\w+|"
                            r"exposure|sensitiv\w*|resist\w*|refractory|respon\w*|IC50|chemotherapy)\b", re.IGNORECASE)
DRUG_ANAPHOR = re.compile(r"\b(the|this) (drug|agent|compound)\b", re.IGNORECASE)


def extract_relations(ctx: Context) -> list[Assertion]:
    """Apply every relation rule to every sentence of the document (titles excepted).

    :returns: Assertions with one Evidence each, in sentence order.
    """
    out: list[Assertion] = []
    for sentence in ctx.sentences:
        if sentence.section == "TITLE":
            continue
        for rule in (_treats, _targets, _named_inhibitor, _mechanism, _associated, _risk_allele, _drug_associated,
                     _given_for, _population_received, _assigned_treats, _enrolled_received, _adverse_events, _induced,
                     _response,
                     _response_anaphor):
            out.extend(rule(ctx, sentence))
    out = [a for a in out if not _wild_type_denial(ctx, a)]
    out.extend(_response_document(ctx, out))
    out.extend(_mutation_genes(ctx))
    wanted = wanted_losses(ctx)
    return _dedupe([a for a in out if not (a.object in wanted and a.predicate in ("treats", "causesAdverseEvent"))])


#: Before a gene: its unmutated form, "wild-type EGFR", "WT KRAS", "non-mutant BRAF".
_WILD_TYPE_BEFORE = re.compile(r"\b(?:wild[-\s]?type|WT|non-?mutant|non-?mutated|unmutated|native)[\s-]+$", re.IGNORECASE)


def _wild_type_denial(ctx: Context, assertion: Assertion) -> bool:
    """Whether ``assertion`` denies a drug's action on a gene only in its wild-type form:
    "Osimertinib is an irreversible EGFR tyrosine kinase inhibitor that is selective for EGFR
    T790M … but does not inhibit wild-type EGFR" spares the unmutated protein, which the
    gene's node is not; the mutant-selective inhibition stands (found by a new user: only a
    denied inhibits EGFR was kept)."""
    if assertion.predicate not in ("inhibits", "targets", "interactsWith") or not assertion.evidence[0].negated:
        return False
    span = assertion.evidence[0].object_span
    return span is not None and _WILD_TYPE_BEFORE.search(ctx.document.text, max(0, span.start - 20), span.start) is not None


#: A loss that is a treatment's aim where the patients are obese: "Tirzepatide produced greater
#: weight loss than semaglutide in adults with obesity" (found by a cardiology user:
#: tirzepatide caused Weight Loss, semaglutide treated it). It is the trial's efficacy, told
#: by its endpoint, neither a harm nor a disease treated.
_WEIGHT_LOSS = re.compile(r"(?:body\s+)?weight\s+(?:loss|reduction|decrease)", re.IGNORECASE)
_OBESE = re.compile(r"\b(?:obes\w*|overweight)\b", re.IGNORECASE)


def wanted_losses(ctx: Context) -> frozenset[str]:
    """The weight-loss entities of a document whose patients are obese or overweight (:data:`_WEIGHT_LOSS`)."""
    if not any(_OBESE.search(m.entity.label) or _OBESE.search(m.text) for m in ctx.mentions if m.type == "Disease"):
        return frozenset()
    return frozenset(m.curie for m in ctx.mentions if m.type in ("Disease", "AdverseEvent")
                     and (_WEIGHT_LOSS.fullmatch(m.entity.label) or _WEIGHT_LOSS.fullmatch(m.text)))


def _dedupe(assertions: list[Assertion]) -> list[Assertion]:
    """One assertion per claim and sentence: the first, unless a later one is stated where it
    was inferred ("Acquired Y96D … emerged; Y96D conferred resistance to sotorasib")."""
    unique: dict[tuple[str, str, str, int], Assertion] = {}
    for assertion in assertions:
        key = (assertion.subject, assertion.predicate, assertion.object, assertion.evidence[0].sentence.start)
        if key not in unique or (unique[key].evidence[0].inferred and not assertion.evidence[0].inferred):
            unique[key] = assertion
    return list(unique.values())


#: "was evaluated", said of the drug a study evaluated, and the hedge cues without it.
_STUDIED = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?evaluated\b", re.IGNORECASE)
_HEDGE_BUT_STUDIED = re.compile(HEDGE_CUES.pattern.replace("evaluated?|", ""), re.IGNORECASE)
#: Doubt about whether the drug caused an event.
_CAUSALITY_DOUBT = re.compile(r"\b(?:causal(?:ity)?|causal\s+(?:relationship|link|association|role))\b[^.;]{0,40}?\b"
                              r"(?:could\s+not\s+be|cannot\s+be|was\s+not|were\s+not|not)\s+(?:established|determined|"
                              r"confirmed|excluded|ruled\s+out|proven|proved)\b|\b(?:causal(?:ity)?\s+)?relationship\s+"
                              r"(?:to|with)\s+(?:the\s+)?(?:study\s+)?(?:drug|vaccine|vaccination|treatment)\s+(?:is|was|remains)\s+"
                              r"(?:unclear|uncertain|unknown)\b", re.IGNORECASE)
#: A result short of significance, hedged as "may" is: "showed a trend towards higher response"
#: (found by a dermatology user: told as stated).
_TREND = re.compile(r"\b(trends?|trended)\s+(?:towards?|for|to)\b", re.IGNORECASE)


def sentence_evidence(ctx: Context, sentence: Sentence, rule: str, subject: Mention | None, obj: Mention | None,
              *, inferred: bool = False, anchor: int | None = None) -> Evidence:
    """Evidence for a sentence, with negation and hedging read from the mentions' clause."""
    spans = [m for m in (subject, obj) if m is not None and sentence.start <= m.start < sentence.end]
    at = anchor if anchor is not None else (spans[-1].start if spans else sentence.start)
    start, end = clause_bounds(sentence, at)
    if spans:
        # A cue in the clause of either mention covers the claim ("Imatinib, a KIT
        # inhibitor, did not …"), unless a contrast divides them: "Gefitinib did not
        # inhibit EGFR but inhibited HER2" denies EGFR, not HER2.
        first = min(clause_bounds(sentence, m.start)[0] for m in spans)
        if first < start and not contrast_between(sentence, first, start):
            start = first
    text = ctx.document.text
    negation = _cue(NEGATION_CUES, text, start, end, spans)
    hedge = _cue(HEDGE_CUES, text, start, end, spans) or _cue(_TREND, text, start, end, spans)
    if hedge in ("evaluate", "evaluated") and not rule.endswith("pair-classifier") and _STUDIED.search(text, start, end):
        # "Voclosporin … was evaluated in patients with active lupus nephritis": a study
        # evaluated the drug, which doubts nothing (found by a nephrology user)
        hedge = _cue(_HEDGE_BUT_STUDIED, text, start, end, spans) or _cue(_TREND, text, start, end, spans)
    hedge = hedge or _restated_hedge(ctx, sentence, spans, end)
    if hedge is None and rule.startswith("causesAdverseEvent"):
        # "… was reported in one recipient, although a causal relationship could not be
        # established": the event's cause is in doubt, in another clause (found by a nephrology user)
        doubt = _CAUSALITY_DOUBT.search(text, sentence.start, sentence.end)
        hedge = doubt.group(0).lower() if doubt else None
    return Evidence(
        publication=ctx.document.curie,
        sentence=Span(sentence.start, sentence.end),
        text=sentence.text,
        section=sentence.section,
        rule=rule,
        subject_span=Span(subject.start, subject.end) if subject else None,
        object_span=Span(obj.start, obj.end) if obj else None,
        negated=negation is not None,
        hedged=hedge is not None,
        cue=negation or hedge,
        # A mention grounded through its antecedent ("such tumors") makes the claim inferred.
        inferred=inferred or any(m.how == "anaphor" for m in spans),
    )


#: After a hedge, a second predicate that restates a response's claim: "… was detected at
#: progression on osimertinib and may confer resistance to osimertinib", "… in two
#: osimertinib-resistant organoid lines and might represent an alternative bypass mechanism"
#: (found by an oncology user: both told as stated).
_RESTATED = re.compile(r"\s+(?:(?:also|therefore|thus|partly|in\s+part)\s+)?(?:confer|represent|constitute|explain|underlie|"
                       r"mediate|drive|cause|contribute\s+to|account\s+for|be)\s+(?:to\s+)?(?:an?\s+|the\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:resistance|mechanisms?|sensitivity|susceptibility)\b", re.IGNORECASE)


def _restated_hedge(ctx: Context, sentence: Sentence, spans: list[Mention], end: int) -> str | None:
    """A hedge after every mention of the claim whose predicate restates it (:data:`_RESTATED`),
    which :func:`_cue` passes over as another predicate's; never one that names another
    entity after it ("… and may confer resistance to erlotinib")."""
    if not spans:
        return None
    text = ctx.document.text
    last = max(m.end for m in spans)
    own = {m.curie for m in spans}
    for match in HEDGE_CUES.finditer(text, last, end):
        restated = _RESTATED.match(text, match.end(), end)
        if restated is None:
            continue
        if any(match.end() <= m.start < end and m.curie not in own and m.type in ("Drug", "Mutation", "Target")
               for m in ctx.in_sentence(sentence)):
            continue
        return match.group(1).lower()
    return None


#: Where the scope of "without" ends: it denies the phrase after it, not the clause
#: ("… led to a durable benefit without new safety signals in patients with KRAS G12C …").
_WITHOUT_END = re.compile(r"[,;:()]|\b(?:in|among|with|who|whose|that|which|and|but|or|after|before|during|at|by|"
                          r"for|from|than|to|was|were|is|are)\b", re.IGNORECASE)
#: After "without": a change whose "in …" names what is denied.
_INCREASE_IN = re.compile(r"\s+(?:an?\s+|any\s+)?(?:(?:significant|clinically\s+(?:meaningful|relevant)|meaningful|"
                          r"notable|substantial|marked)\s+)*(?:increases?|rises?|excess|changes?|differences?)\s+in\s+"
                          r"(?:(?:the\s+)?(?:rates?|risks?|incidence|frequency|odds)\s+of\s+)?", re.IGNORECASE)
#: After "no": the patients' history, which it denies as "without" does ("no history of
#: alcohol use", "no prior therapy", "no previous systemic treatment").
_HISTORY_OF = re.compile(r"\s+(?:(?:prior|previous|known|personal|family)\s+)?history\s+of\b|"
                         r"\s+(?:prior|previous|earlier|preceding)\s", re.IGNORECASE)
#: Inside the scope of "without" / "no" after its first word: the clause's own verb, which
#: ends the phrase denied ("Patients … without prior chemotherapy received erlotinib": the
#: history is denied, not the erlotinib; "without receiving X" still denies X).
_SCOPE_VERB = re.compile(r"\s(?:received|receiving|were|was|had|have|underwent|started|initiated|began|"
                         r"(?:were|was)\s+(?:treated|given|randomi[sz]ed|assigned))\b", re.IGNORECASE)
#: After "lack of" / "absence of": the claim's own noun, which they deny.
_EFFECT_NOUN = re.compile(r"\s*(?:(?:a|any|the|clinical|objective|significant)\s+)*(?:respon\w*|activit\w*|efficacy|"
                          r"benefit\w*|sensitivit\w*|effects?|inhibition|association|improvement|toxicit\w*)\b",
                          re.IGNORECASE)
#: Between a claim's mentions and a cue after both, what starts another predicate: "RET
#: … and did not inhibit FGFR1" denies FGFR1, not RET.
_NEXT_PREDICATE = re.compile(r",|\b(?:and|or|but|who|whom|whose|which)\b", re.IGNORECASE)
#: … and for a cue after the claim, a relative "that": "a KRAS G12C inhibitor that does not bind
#: wild-type KRAS", "a KIT inhibitor that does not inhibit FLT3" deny the relative clause's own
#: object (found by a new user: KRAS's inhibition was denied).
_RELATIVE_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
#: A cue that denies an outcome of the disease, not the disease: "No treatment-related
#: deaths from colitis were reported" (found by a new user) still reports colitis.
_OUTCOME_OF = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:deaths?|fatalit(?:y|ies)|discontinuations?|hospitali[sz]ations?)"
                         r"\s+(?:from|due to|of|attributed to|attributable to|related to|caused by|because of)\b",
                         re.IGNORECASE)

#: After a cue: a null dose result, which denies the dose's relationship, not the drug's effect
#: ("No dose-response relationship was observed for everolimus in renal cell carcinoma", "the
#: effect was not dose-dependent"; found in the trials: the treats fact was denied).
_NULL_DOSE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:(?:dose|exposure|concentration)[\s-]+(?:response|efficacy|effect|toxicity)"
                        r"\s+(?:relationships?|relations?|correlations?|associations?|curves?|trends?)|"
                        r"dose[\s-]+(?:dependen\w*|related\b|relationships?|effects?)|"
                        # "Efficacy did not differ between doses of sotorasib"
                        r"(?:differ|vary|change|increase)\s+(?:significantly\s+)?(?:between|across|by|with)\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+)?(?:doses|dose\s+levels|dosing|dose\s+groups|dose))", re.IGNORECASE)
#: … or before it: "A dose-response relationship was not observed for nivolumab".
_NULL_DOSE_BEFORE = re.compile(r"\b(?:dose|exposure|concentration)[\s-]+(?:response|efficacy|effect|toxicity)\s+"
                               r"(?:relationships?|relations?|correlations?|associations?|curves?|trends?)\s+"
                               r"(?:(?:was|were|is|are|has\s+been|have\s+been|could\s+be)\s+)?$", re.IGNORECASE)


#: Before a cue: a relative clause about the patients ("who had not responded to …").
_WHO_BEFORE = re.compile(r"\b(?:who|whose\s+disease)\s+(?:had\s+|have\s+|has\s+)?$", re.IGNORECASE)
#: After it: a prior therapy failed ("not responded to", "did not tolerate", "failed to respond to").
# ("who had no response to olanzapine were switched to clozapine", found in review)
_PRIOR_AFTER = re.compile(r"\s+(?:(?:had|have|been)\s+)?(?:(?:an?\s+|adequate\s+|prior\s+)?respon(?:d(?:ed)?|se)"
                          r"(?:\s+adequately)?\s+to|tolerat(?:e|ed)|"
                          r"benefit(?:ed)?\s+from)\b", re.IGNORECASE)
#: Where the history ends: the main verb or the next clause.
_HISTORY_END = re.compile(r"[,;:]|\b(?:were|was|are|is|received|receiving|then|and\s+(?:were|then))\b", re.IGNORECASE)


#: Before "without" or "absence of": both ways, which denies neither.
_EITHER_WAY = re.compile(r"\b(?:presence|with)\s+or\s+(?:the\s+)?$", re.IGNORECASE)


def _cue(pattern: re.Pattern[str], text: str, start: int, end: int, mentions: list[Mention]) -> str | None:
    """The first cue of ``pattern`` in ``text[start:end]`` that bears on the claim of ``mentions``, lower-cased.

    Like :func:`find_cue`, but "without" counts only when one of the mentions is in the
    phrase it denies, a cue after every mention counts only when nothing between
    them starts another predicate ("Selpercatinib was selective for RET and did not
    inhibit FGFR1": RET is not denied; "Imatinib and KIT were not associated" is), and
    "no deaths from colitis" denies the deaths, not colitis.
    """
    last = max((m.end for m in mentions), default=start)
    for match in pattern.finditer(text, start, end):
        cue = match.group(1).lower()
        if cue in ("without", "absence of") and _EITHER_WAY.search(text, max(start, match.start() - 20), match.start()):
            # "regardless of the presence or absence of diabetes", "with or without diabetes"
            # deny nothing (found by a nephrology user: dapagliflozin's treats was denied)
            continue
        # "in the absence of T790M" and "lack of" deny the phrase after them, as "without"
        # does (found by a new user: "C797S in the absence of T790M restored sensitivity"
        # denied C797S's).
        # "a woman with obesity and no history of alcohol use or gallstones who developed severe
        # epigastric pain" denies the history, not the pain (found by an endocrinology user).
        if cue in ("without", "absence of", "lack of") or (cue == "no" and _HISTORY_OF.match(text, match.end())):
            # "without a significant increase in major bleeding": the increase's "in" and
            # "of" lead to what it denies (found by a haematology user: apixaban caused the
            # bleeding, stated)
            head = _INCREASE_IN.match(text, match.end(), end) if cue == "without" else None
            stop = _WITHOUT_END.search(text, head.end() if head else match.end(), end)
            scope_end = stop.start() if stop else end
            verb = _SCOPE_VERB.search(text, match.end() + 1, scope_end)
            scope_end = verb.start() if verb else scope_end
            if not any(match.end() <= m.start < scope_end for m in mentions) and not (
                    cue != "without" and _EFFECT_NOUN.match(text, match.end(), scope_end)):
                continue    # "lack of response to imatinib" still denies the response
        elif mentions and match.start() >= last and (_NEXT_PREDICATE.search(text, last, match.start())
                                                     or _RELATIVE_THAT.search(text, last, match.start())):
            continue
        elif _NULL_DOSE.match(text, match.end(), end) or _NULL_DOSE_BEFORE.search(
                text, max(start, match.start() - 60), match.start()):
            continue
        elif (outcome := _OUTCOME_OF.match(text, match.end(), end)) and any(
                m.start >= outcome.end() for m in mentions):
            continue
        elif _WHO_BEFORE.search(text, max(start, match.start() - 20), match.start()) and (
                prior := _PRIOR_AFTER.match(text, match.end(), end)):
            # "patients who had not responded to TNF antagonists were randomly assigned to
            # ustekinumab": the cue tells the patients' history, and denies only what it names
            # (found by an immunology user: ustekinumab's treats was denied).
            stop = _HISTORY_END.search(text, prior.end(), end)
            if not any(match.end() <= m.start < (stop.start() if stop else end) for m in mentions):
                continue
        return cue
    return None


def _nearest(mentions: list[Mention], offset: int, sentence: Sentence | None = None) -> Mention:
    """The mention nearest ``offset``; given the sentence, one in the clause of ``offset`` first.

    In "Trametinib did not inhibit BRAF, but dabrafenib inhibited BRAF" dabrafenib is
    nearer the first BRAF, but trametinib is its clause's drug.
    """
    if sentence is not None and len(mentions) > 1:
        start, end = clause_bounds(sentence, offset)
        mentions = [m for m in mentions if start <= m.start < end] or mentions
    return min(mentions, key=lambda m: (abs(m.start - offset), m.start))


#: "respectively" pairs coordinated lists item by item: no item takes the whole other list.
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: What joins the members of a coordination: "A, B and C", "A or B", "A/B", "A plus B".
# A short bracket may follow an item: "raltegravir (>150-fold) and elvitegravir" (found by an
# infectious-disease user: the fold-change ended the list).
# A drug's dose may too: "ranibizumab 0.3 mg or aflibercept 2 mg", "sparsentan 400 mg once daily
# or irbesartan" (found by nephrology users: the second drug treated nothing).
_JOINER = re.compile(r"(?:\s+\d[\d.,]*\s*(?:mg|g|mcg|µg|IU|mL)(?:/(?:kg|m2|m²|day|d))?(?:\s+(?:once|twice)\s+"
                     r"(?:daily|weekly|a\s+day))?)?"
                     r"\s*(?:\([^()]{1,25}\)\s*)?(?:,\s*(?:(?:and|or|and/or|plus)\s+)?|(?:and|or|and/or|plus)\s+|/|\+)\s*", re.IGNORECASE)


#: The start of a list's rest that may be another clause's, and the preposition of a disease
#: that is not an item.
_CLAUSE_AND = re.compile(r"\s*,\s*(?:and|or)\s", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|with|for|against|among)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: Before a case's event, the patient found with it: "On the second postoperative day he was found
#: unresponsive with respiratory depression" (found by a pharmacogenomics user: no codeine
#: event in its case report). Not "admitted with" or "presented with", often the reason for the drug.
_FOUND_WITH = re.compile(r"\b(?:he|she|the\s+(?:patient|child|boy|girl|infant|neonate|man|woman))\s+(?:was|had\s+been)\s+"
                         r"found\s+(?:(?:unresponsive|unconscious|obtunded|comatose|somnolent|apn(?:o)?eic|cyanotic|"
                         r"lethargic|collapsed|dead)\s+(?:and\s+\w+\s+)?)?with\s+(?:(?:severe|profound|marked|acute|"
                         r"fatal|life-threatening)\s+)*$", re.IGNORECASE)


#: Before a disease, the person who has it: "A woman with trigeminal neuralgia developed
#: Stevens-Johnson syndrome …" (found by a neurology user: carbamazepine caused the neuralgia
#: it was given for). The verb after is the person's, the disease their condition.
_PERSON_WITH = re.compile(r"\b(?:woman|man|girl|boy|child|infant|neonate|patients?|participants?|subjects?|adults?|"
                          r"children|women|men|individuals?|people|persons?|cases?)\s+(?:aged\s+\d+\s+(?:years?\s+)?)?"
                          # down a list of conditions: "a woman with atrial fibrillation, hypertension and
                          # diabetes developed hepatitis" (found in the trials: all three were events)
                          r"with\s+(?:(?:an?|the)\s+)?(?:(?:[\w'-]+\s+){0,3}$|" + LIST_BEFORE + ")", re.IGNORECASE)


def incidence(text: str, sentence: Sentence, disease: Mention) -> bool:
    """Whether the sentence tells how often a disease occurred (:data:`INCIDENCE_AFTER`) or
    lists it among adverse events (:data:`EVENT_LIST`), not how it responded (:data:`COURSE_BEFORE`)."""
    if COURSE_BEFORE.search(text, max(sentence.start, disease.start - 50), disease.start) is not None:
        return False
    after = INCIDENCE_AFTER.match(text, disease.end)
    if after is not None and not (after.group().split()[-1].lower() in ("developed", "developing")
                                  and _PERSON_WITH.search(text, max(sentence.start, disease.start - 120), disease.start)):
        return True
    listed = _LIST_AFTER.match(text, disease.end, sentence.end)
    if listed is not None and _CLAUSE_AND.match(listed.group()) and _PREPOSITION_BEFORE.search(
            text, max(sentence.start, disease.start - 40), disease.start):
        # "Voclosporin was evaluated in lupus nephritis, and infections were the most common
        # serious adverse event": ", and" starts another clause, no list (found by a nephrology user)
        listed = None
    after = INCIDENCE_AFTER.match(text, listed.end()) if listed is not None else None
    if after is not None and not (after.group().split()[-1].lower() in ("developed", "developing")
                                  and _PERSON_WITH.search(text, max(sentence.start, disease.start - 120), disease.start)):
        # "myelodysplastic syndrome or acute myeloid leukemia was reported in 2%"; not "a man
        # with hypertension and diabetes developed rash", his conditions (found in the trials)
        return True
    if INCIDENCE_BEFORE.search(text, max(sentence.start, disease.start - 60), disease.start) is not None:
        return True     # "87 (7.2%) developed hypothyroidism"
    onset = _ONSET_BEFORE.search(text, max(sentence.start, disease.start - 200), disease.start)
    if onset is not None and _NOT_A_LIST.search(text, onset.end(), disease.start) is None and not any(
            ch in ".;" for ch in text[onset.end():disease.start]):
        return True     # "Within 10 weeks she developed jaundice, ascites and severe pruritus"
    if _TREATED_DEVELOPED.search(text, max(sentence.start, disease.start - 110), disease.start) is not None:
        return True     # "One patient treated with <drug> developed chorioretinal atrophy"
    if _FOUND_WITH.search(text, max(sentence.start, disease.start - 90), disease.start) is not None:
        return True     # "he was found unresponsive with respiratory depression"
    if _COUNT_DEVELOPED.search(text, max(sentence.start, disease.start - 60), disease.start) is not None and not (
            (after := INDUCED_BEFORE.match(text, disease.end)) and after.end() > disease.end):
        # "One patient developed chorioretinal atrophy at the injection site"; "… hepatitis after
        # isoniazid" names its drug, which :func:`_induced` reads
        return True
    if PAREN_RATE.match(text, disease.end) is not None and EVENT_WORDS.search(text, sentence.start, sentence.end):
        return True
    # the last before the disease opens its list
    if _MORE_FREQUENT_AFTER.match(text, disease.end, sentence.end) is not None:
        return True     # "Lymphopenia, bradycardia at treatment initiation, … occurred more frequently with siponimod"
    rates = max(RATES_OF.finditer(text, max(sentence.start, disease.start - 160), disease.start),
                key=lambda m: m.start(), default=None)
    if (rates is not None and _NOT_A_LIST.search(text, rates.end(), disease.start) is None
            and _HIGHER_AFTER.match(text, disease.end, sentence.end) is not None):
        return True     # "Rates of serious infection, herpes zoster … were higher for patients who received X"
    opening = EVENT_LIST.search(text, max(sentence.start, disease.start - 240), disease.start)
    # The disease must be an item of the list that opening starts, nothing else in between.
    return opening is not None and _NOT_A_LIST.search(text, opening.end(), disease.start) is None


def _coordinated(ctx: Context, sentence: Sentence, mention: Mention) -> list[Mention]:
    """The mention and those of its type coordinated with it, one per entity, in reading order.

    "Gefitinib, erlotinib and afatinib did not inhibit EGFR" says it of all three. A run
    joined by commas alone ("After imatinib, dasatinib was given") is no coordination: it
    takes an "and", "or", "plus" or "/", and a comma after that word ends it ("Unlike
    warfarin and aspirin, imatinib inhibited KIT" says it of imatinib alone), unless the run
    is in brackets ("inhibitors (alectinib, ceritinib, brigatinib) are active"). In a
    sentence saying "respectively" each item is its own.
    """
    text = ctx.document.text
    same = ctx.in_sentence(sentence, mention.type)
    # A synonym in brackets is the item's own ("imatinib (Gleevec) and dasatinib"), which
    # the joiner's bracket then passes over (found while probing).
    same = [m for n, m in enumerate(same) if m is mention or not (
        n and same[n - 1].curie == m.curie and text[same[n - 1].end:m.start].strip() == "("
        and text.startswith(")", m.end))]
    if len(same) < 2 or mention not in same or RESPECTIVELY.search(sentence.text):
        return [mention]
    at = i = j = same.index(mention)

    def joined(k: int) -> str | None:
        """What joins ``same[k]`` to the next: "," alone, else its word ("and", "/"); None: not joined."""
        match = _JOINER.fullmatch(text, same[k].end, same[k + 1].start)
        return None if match is None else (match.group().strip(" ,").lower() or ",")

    while i > 0 and joined(i - 1):
        i -= 1
    while j + 1 < len(same) and joined(j):
        j += 1
    # A list is commas, then one word ("A, B and C"): a comma after the word starts anew
    # ("Unlike warfarin and aspirin, imatinib …"), and the mention's part needs the word.
    start = i
    for k in range(i, j):
        if joined(k) == "," and any(joined(n) != "," for n in range(start, k)):
            if at <= k:
                j = k
                break
            start = k + 1
    i = start
    # A list in brackets needs no word: "second-generation inhibitors (alectinib, ceritinib,
    # brigatinib) are active against L1196M" (found by a new user).
    bracketed = (text[max(0, same[i].start - 2):same[i].start].strip().endswith("(")
                 and text[same[j].end:same[j].end + 2].strip().startswith(")"))
    if i == j or (all(joined(k) == "," for k in range(i, j)) and not bracketed):
        return [mention]
    group = {m.curie: m for m in reversed(same[i:j + 1])}    # each entity's first mention
    return sorted(group.values(), key=lambda m: m.start)


#: Before a drug: a history the patients lack, "no previous imatinib therapy", "without prior
#: exposure to ibrutinib".
_NO_PRIOR_BEFORE = re.compile(r"\b(?:no|without|not)\s+(?:(?:had|received)\s+)?(?:any\s+)?(?:prior|previous|earlier)\s+"
                              r"(?:(?:exposure|treatment|therapy)\s+(?:to|with)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

#: Before a drug: the patients' past treatment with it, "previously treated with".
_TREATED_BEFORE = re.compile(r"\b(?:previously|already|formerly|heavily)\s+(?:pre)?treated\s+with\s+(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)


def _subject_drug(ctx: Context, sentence: Sentence, obj: Mention) -> tuple[Mention | None, bool]:
    """The drug of a sentence (nearest to ``obj``), or the main drug named by an anaphor.

    A drug named as the patients' history ("gefitinib-resistant NSCLC") gives way to another.
    """
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    # "… and no previous imatinib therapy": never the subject, with or without another drug
    drugs = [d for d in drugs if not _NO_PRIOR_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)
             # "… had higher LDH than patients previously treated with ipilimumab" (found in the trials)
             and not _TREATED_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)]
    drugs = [d for d in drugs if not HISTORY.match(text, d.end)
             and not HISTORY_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)
             and not prior_line(ctx, sentence, d)] or drugs
    if drugs:
        return _nearest(_not_compared(text, sentence, drugs), obj.start, sentence), False
    if ctx.main_drug is not None and DRUG_ANAPHOR.search(sentence.text):
        return ctx.main_drug, True
    return None, False


#: A treatment word that tells the patients' history, no claim: "Treatment-naive patients",
#: "patients previously treated with ipilimumab".
_HISTORY_TREATMENT = re.compile(r"\b(?:treatment|therapy)[\s-]+(?:naive|naïve|experienced|exposed|history)\b",
                                re.IGNORECASE)


def _treatment_said(text: str) -> bool:
    """Whether a sentence's text holds a word of treatment (:data:`TREAT`) outside the patients'
    history (:data:`_HISTORY_TREATMENT`; found in the trials: "Treatment-naive patients with
    melanoma had higher LDH than patients previously treated with ipilimumab" treated it)."""
    history = [m.span() for m in _HISTORY_TREATMENT.finditer(text)]
    return any(not any(s <= m.start() < e for s, e in history) for m in TREAT.finditer(text))


def _treats(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    # Each rule first asks whether the sentence names what it links (cheap, the mentions
    # are indexed) and only then reads the sentence's words.
    diseases = ctx.in_sentence(sentence, "Disease")
    if not diseases or NOT_TREAT.search(sentence.text):
        return
    approved = APPROVED.search(sentence.text)
    if not approved and not _treatment_said(sentence.text):
        yield from _drug_in_disease(ctx, sentence, diseases)
        return
    predicate = "approvedFor" if approved else "treats"
    text = ctx.document.text
    drug_ends = {d.end for d in ctx.in_sentence(sentence, "Drug")}
    # "Compared with adalimumab, the only approved biologic for HS, bimekizumab may provide
    # deeper responses": the approval is the apposition's drug's, no other's (found by a
    # dermatology user: bimekizumab was approvedFor HS).
    approval_of = {d.curie for d in ctx.in_sentence(sentence, "Drug") if approved
                   and _APPOSITION_OPEN.match(text, d.end, approved.start() + sentence.start)}
    # at the sentence's start or a semicolon's: "…; unlike in melanoma, where …, …"
    fronted = [f for at in [0] + [n + 1 for n, c in enumerate(sentence.text) if c == ";"]
               if (f := _FRONTED_CONTRAST.match(text, sentence.start + at, sentence.end)) is not None]
    harms: list[Mention] = []
    for disease in diseases:
        if _MARKER_NAME.search(disease.text):
            continue    # "patients with high-risk cytogenetic abnormalities": a subgroup, no disease treated
        if (disease.entity.label.lower() in NOT_TREATED or incidence(text, sentence, disease)
                or _EVENT_NAME.search(disease.text)
                or harm_risk(text, sentence, disease, drug_ends)
                # its short form takes its verdict: "… leukoencephalopathy (PML)" (found by a
                # neurology user: natalizumab treated the PML it is associated with)
                or any(h.curie == disease.curie and text[h.end:disease.start].strip() == "(" for h in harms)):
            harms.append(disease)
            continue    # an outcome, or an event of the drug (:func:`_adverse_events`)
        if _GENE_ASSOCIATED_WITH.search(text, max(sentence.start, disease.start - 120), disease.start) and any(
                m.type in ("Gene", "Target", "Mutation") and m.end <= disease.start for m in ctx.in_sentence(sentence)) and not any(
                d.end <= disease.start for d in ctx.in_sentence(sentence, "Drug")):
            # "The ITPA c.94C>A variant was not associated with leukopenia in patients treated
            # with azathioprine": the disease is the variant's association, the drug only
            # the patients' (found by a pharmacogenomics user: azathioprine treated leukopenia)
            continue
        if any(d.end <= disease.start for d in ctx.in_sentence(sentence, "Drug")) and _RESOLVED_OTHERWISE.match(
                text, disease.end, sentence.end):
            continue    # "In patients treated with ipilimumab, colitis resolved with steroids"
        if cautioned(text, disease, sentence.start):
            continue    # "should be used cautiously in patients with renal impairment": no indication
        if EITHER_WAY_BEFORE.search(text, max(sentence.start, disease.start - 70), disease.start):
            # "reduced kidney failure regardless of the presence or absence of diabetes": a
            # subgroup, which the drug was not said to treat (found by a nephrology user)
            continue
        drug, inferred = _subject_drug(ctx, sentence, disease)
        if drug is None:
            continue
        if POOR_RESPONSE_TO.search(text, sentence.start, drug.start):
            # "Seizures in patients with POLG variants responded poorly to carbamazepine and
            # phenytoin, whereas the ketogenic diet may reduce seizure burden": the disease
            # resisted the drugs, which treated neither it nor the next clause's (found by a
            # neurology user: all three treated seizures).
            continue
        if any((f.start() <= drug.start < f.end()) != (f.start() <= disease.start < f.end()) for f in fronted):
            continue    # "Unlike in melanoma, where dabrafenib … is effective, … in colorectal cancer"
        causes = max(_CAUSES.finditer(text, drug.end, disease.start), key=lambda m: m.start(), default=None)
        if (causes is not None and not TREAT.search(text, causes.end(), disease.start)
                and _ITS_OWN_VERB.search(text, max(drug.end, causes.start() - 40), causes.start())):
            # "a first-line treatment for epilepsy but causes Stevens-Johnson syndrome": the
            # verb nearest the disease is harm's (found by a pharmacogenomics user)
            continue
        induced = INDUCED_AFTER.match(text, drug.end)
        if induced is not None and 0 <= disease.start - induced.end() <= 20 and not TREAT.search(
                text, induced.end(), disease.start):
            # "attenuated simvastatin-induced myopathy": the drug's harm, which another
            # treats (found by a new user: simvastatin treated its myopathy).
            continue
        if approved is not None and not inferred and _PARTNER_AFTER_APPROVED.fullmatch(
                text, approved.end() + sentence.start, drug.start):
            # "Alpelisib is … approved in combination with fulvestrant for …": the approval
            # is the drug before the word's, the partner only its companion (found by an
            # oncology user: fulvestrant alone was approvedFor the breast cancer). The partner
            # keeps its approval in the combination.
            first = next((d for d in reversed(ctx.in_sentence(sentence, "Drug"))
                          if d.end <= approved.start() + sentence.start), None)
            if first is not None:
                for each in _coordinated(ctx, sentence, first):
                    yield Assertion(each.curie, predicate, disease.curie,
                                    (sentence_evidence(ctx, sentence, f"{predicate}:trigger", each, disease),))
        anchor = None
        if not inferred and drug.end <= disease.start and contrast_between(sentence, drug.end, disease.start):
            part = contrast_bounds(sentence, disease.start)
            if not TREAT.search(text, *part) and not APPROVED.search(text, *part):
                # "Although everolimus was effective in RCC, stomatitis was common": the claim is
                # the drug's clause's, about its own disease if it names one; if not ("Although
                # rituximab did not improve survival, it was well tolerated in patients with
                # FL"), its cues are the claim's (found in the trials)
                own = contrast_bounds(sentence, drug.start)
                if any(own[0] <= d.start < own[1] for d in diseases if d.curie != disease.curie):
                    continue
                anchor = drug.start
        rule = f"{predicate}:trigger" + (":drug-anaphor" if inferred else "")
        each_predicate = predicate
        if approved is not None and contrast_between(sentence, *sorted((approved.start() + sentence.start, disease.start))):
            # "While nivolumab is approved for melanoma, it did not improve survival in RCC": the
            # approval is its own clause's; across the contrast, at most a treatment (found in the trials)
            if not TREAT.search(text, *contrast_bounds(sentence, disease.start)):
                continue
            each_predicate, rule = "treats", rule.replace("approvedFor", "treats")
        apposed = next((d for d in ctx.in_sentence(sentence, "Drug") if d.curie in approval_of
                        and _APPOSITION_OPEN.match(text, d.end, disease.start)), None)
        if apposed is not None:
            drug, inferred = apposed, False     # "adalimumab, the only approved biologic for HS"
        elif approval_of and drug.curie not in approval_of:
            if not TREAT.search(sentence.text):
                continue
            each_predicate, rule = "treats", rule.replace("approvedFor", "treats")
        for each in [drug] if inferred else _apposed_first(ctx, sentence, _coordinated(ctx, sentence, drug)):
            yield Assertion(each.curie, each_predicate, disease.curie,
                            (sentence_evidence(ctx, sentence, rule, each, disease, inferred=inferred, anchor=anchor),))


#: Between a disease and its drug (or the first of a list of them): a poor response, "responded
#: poorly to", "was refractory to", "unresponsive to sodium valproate, carbamazepine and".
POOR_RESPONSE_TO = re.compile(r"\b(?:respon(?:d|ds|ded)\s+(?:poorly|inadequately|less(?:\s+well)?)|"
                               r"(?:un|non-?)responsive|refractory|resistant|insensitive)\s+to\s+(?:the\s+)?"
                               r"(?:(?:[\w-]+\s+){0,2}?[\w-]+(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,4}$",
                               re.IGNORECASE)


#: Between two drugs, the first's apposition and the word joining them: "Upadacitinib, an oral
#: selective JAK1 inhibitor, and dupilumab, an anti-IL-4Rα antibody, are approved for atopic
#: dermatitis" (found by a pharmacogenomics user: upadacitinib was approved for nothing). Read
#: for a disease's drugs only: the apposition's own target is not the second drug's.
# (a symbol in brackets too: "an oral selective Janus kinase 1 (JAK1) inhibitor")
_APPOSED_AND = re.compile(r"\s*,\s*(?:an?|the)\s+(?:(?:(?!(?:is|are|was|were|which|that|who|and|or|but)\b)[^\s,;()]+|"
                          r"\([^()]{1,20}\))\s+){0,8}"
                          r"(?!(?:is|are|was|were|which|that|who|and|or|but)\b)[^\s,;()]+\s*,\s*(?:and|or)\s+", re.IGNORECASE)


def _apposed_first(ctx: Context, sentence: Sentence, listed: list[Mention]) -> list[Mention]:
    """``listed`` with the drug before its first item that :data:`_APPOSED_AND` joins to it."""
    text = ctx.document.text
    before = [d for d in ctx.in_sentence(sentence, "Drug") if d.end <= listed[0].start]
    if before and before[-1].curie not in {m.curie for m in listed} and _APPOSED_AND.fullmatch(
            text, before[-1].end, listed[0].start) and not _COMPARATOR_BEFORE.search(
            text, max(sentence.start, before[-1].start - 30), before[-1].start):
        return [before[-1], *listed]
    return listed


#: A sentence's opening set against its main clause, with the relative clauses of its own:
#: "Unlike in melanoma, where dabrafenib plus trametinib is highly effective, BRAF inhibitor
#: monotherapy has limited activity in colorectal cancer" (found by an oncology user: the
#: drugs of melanoma treated colorectal cancer). No drug crosses it to a disease.
_FRONTED_CONTRAST = re.compile(r"\s*(?:unlike|in\s+contrast\s+(?:to|with)|contrary\s+to|as\s+opposed\s+to)\b[^,;]*"
                               r"(?:,\s*(?:where|in\s+which|which|who|whose|when|as)\b[^,;]*)*,", re.IGNORECASE)
#: Right before a disease (down a list), an association's object: "was not associated with
#: leukopenia", "associated with an increased risk of myopathy".
#: (and a risk the carriers bore: "Carriers … had higher rates of myopathy when treated with simvastatin")
_GENE_ASSOCIATED_WITH = re.compile(r"\b(?:(?:associated|linked)\s+(?:with|to)\s+(?:(?:an?|the)\s+)?(?:(?:increased|higher|elevated|"
                                   r"greater|lower|reduced|decreased)\s+)?(?:(?:risks?|incidence|odds|rates?)\s+of\s+)?|"
                                   r"(?:increased|higher|elevated|greater|excess)\s+(?:risks?|incidence|odds|rates?)\s+of\s+)"
                                   + LIST_BEFORE, re.IGNORECASE)
#: From an approval's word to its partner drug: "approved in combination with fulvestrant".
_PARTNER_AFTER_APPROVED = re.compile(r"\s+(?:(?:for\s+use|to\s+be\s+used)\s+)?(?:in\s+combination\s+with|combined\s+with|"
                                     r"together\s+with|with|plus|alongside)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?",
                                     re.IGNORECASE)
#: A name that calls itself an event: "a lower incidence of cardiovascular adverse events"
#: (found by a haematology user: acalabrutinib and ibrutinib treated a cardiovascular disorder).
_EVENT_NAME = re.compile(r"\b(?:adverse\s+(?:events?|effects?|reactions?)|side[- ]effects?|toxicit(?:y|ies)|AEs)$",
                         re.IGNORECASE)
#: A name of the patients' genetic marker, which no drug treats: "its benefit in patients with
#: high-risk cytogenetic abnormalities remains uncertain" (found by a haematology user:
#: daratumumab treated Chromosome Aberrations).
_MARKER_NAME = re.compile(r"\b(?:cytogenetic|chromosom(?:e|al)|karyotyp(?:e|ic)|genetic|genomic|molecular)\s+"
                          r"(?:abnormalit(?:y|ies)|aberrations?|alterations?|anomal(?:y|ies)|lesions?)$", re.IGNORECASE)
#: Before a disease (down a list), a caution about the patients who have it: "should be used
#: cautiously in patients with renal impairment", "is contraindicated in severe hepatic
#: impairment" (found in the trials: the drug treated the renal impairment).
_CAUTION_BEFORE = re.compile(r"\b(?:cautio(?:n|usly)|carefully|with\s+care|contraindicat\w*|avoided|"
                             r"dose\s+(?:adjustments?|reductions?))\b[^.;,]{0,40}?\b(?:in|for|to|among)\s+"
                             r"(?:(?:patients|people|subjects|adults|children|those|individuals)\s+with\s+)?"
                             r"(?:(?:an?|the|known|pre-?existing|underlying)\s+)?" + LIST_BEFORE, re.IGNORECASE)

#: After a disease, that it went by other means than the drug: "colitis resolved with steroids",
#: "… resolved after discontinuation", "… subsided spontaneously". The event's course, no
#: treatment by the sentence's drug (found in the trials: ipilimumab treated its colitis).
_RESOLVED_OTHERWISE = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:resolved|subsided|abated|disappeared|reversed|normali[sz]ed)"
                                 r"(?:\s+(?:completely|fully|promptly|rapidly|quickly|gradually))?\s+(?:spontaneously\b|"
                                 r"(?:with|after|following|upon|on|within\s+[\w\s-]{1,20}?\s+(?:of|after))\s+(?:[\w-]+\s+){0,3}?"
                                 r"(?:discontinu\w*|interrupt\w*|withdraw\w*|cessation|stopp\w*|dose|holding|"
                                 r"(?:cortico)?steroids?|prednison\w*|supportive|symptomatic|topical|treatment\s+"
                                 r"(?:discontinuation|interruption|withdrawal)))", re.IGNORECASE)


def cautioned(text: str, disease: Mention, floor: int = 0) -> bool:
    """Whether ``disease`` is named as the patients a caution is about (:data:`_CAUTION_BEFORE`),
    reading no further back than ``floor`` (a sentence's start)."""
    return _CAUTION_BEFORE.search(text, max(floor, disease.start - 160), disease.start) is not None


def _drug_in_disease(ctx: Context, sentence: Sentence, diseases: list[Mention]) -> Iterator[Assertion]:
    """The sentence's opening drug "in" the diseases before its verb of study (:data:`_DRUG_IN`)."""
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    if not drugs or drugs[0].start > sentence.start + 4:
        return
    opening = _DRUG_IN.match(text, drugs[0].end, sentence.end)
    verb = _STUDIED_VERB.search(text, drugs[0].end, sentence.end)
    if opening is None or verb is None or any(opening.end() <= d.start < verb.start() for d in drugs):
        return
    named = [d for d in diseases if opening.end() <= d.start and d.end <= verb.start()]
    # nothing but the diseases' own words between: no clause of its own
    if not named or re.search(r"[,;()]|\b(?:who|which|that|with|after|before|than)\b", text[opening.end():verb.start()]):
        return
    for disease in named:
        if _MARKER_NAME.search(disease.text):
            continue
        yield Assertion(drugs[0].curie, "treats", disease.curie,
                        (sentence_evidence(ctx, sentence, "treats:drug-in-disease", drugs[0], disease),))


#: Between a drug and a gene, a verb that raises it, not one that inhibits.
_RAISED = re.compile(r"\b(?:increas|enhanc|activat|promot|upregulat|up-regulat|restor|stimulat|induc)\w*", re.IGNORECASE)
#: A drug mention that names a class: "mineralocorticoid receptor antagonist", "TNF inhibitors".
_CLASS_NAME = re.compile(r"\b(?:inhibitors?|antagonists?|agonists?|blockers?|antibod(?:y|ies)|modulators?|analogu?es?)$",
                         re.IGNORECASE)
#: Before a disease, a subgroup had either way: "regardless of the presence or absence of", "with or without".
EITHER_WAY_BEFORE = re.compile(r"\b(?:(?:irrespective|regardless|independent(?:ly)?)\s+of\s+(?:the\s+)?"
                                r"(?:(?:presence|absence|status)\s+(?:or\s+(?:the\s+)?(?:presence|absence)\s+)?of\s+)?|"
                                # "Results were consistent in patients with and without type 2
                                # diabetes mellitus" (found by a cardiology user: dapagliflozin treated it)
                                r"with\s+(?:or|and)\s+without\s+)(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: From a drug to a word of its apposition: ", the only approved biologic for …".
_APPOSITION_OPEN = re.compile(r"\s*,\s+(?:an?|the)\s+[^,;()]{0,60}$", re.IGNORECASE)


def _targets(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    if not ctx.in_sentence(sentence, "Target") or not ctx.in_sentence(sentence, "Drug"):
        return
    if (not INHIBIT.search(sentence.text) and not TARGET.search(sentence.text)
            and not TARGET_VERB.search(sentence.text) and "activat" not in sentence.text.lower()
            and "bound" not in sentence.text.lower()):
        return
    text = ctx.document.text
    genes, drugs = ctx.in_sentence(sentence, "Target"), ctx.in_sentence(sentence, "Drug")
    # Found by a new user: "locks KRAS in its inactive GDP-bound state" (GDP is no inhibitor
    # of KRAS); "blocks the interaction of PD-1 with its ligands PD-L1 and PD-L2" (the drug
    # binds PD-1, not its ligands).
    drugs = [d for d in drugs if not _BOUND.match(text, d.end)
             # "crizotinib-resistant ROS1-positive tumours … not inhibited by entrectinib": the
             # patients' history inhibits nothing (found by an oncology user)
             and not HISTORY.match(text, d.end)]
    genes = [g for g in genes if not _LIGAND_BEFORE.search(text, max(sentence.start, g.start - 40), g.start)] or genes
    if not drugs:
        return
    mutated = {m.start for m in ctx.in_sentence(sentence, "Mutation")} | {
        m.end for m in ctx.in_sentence(sentence, "Mutation")}
    if RESPECTIVELY.search(sentence.text) and len({g.curie for g in genes}) == len({d.curie for d in drugs}) > 1:
        predicate = "inhibits" if INHIBIT.search(sentence.text) else "targets"
        # "Dabrafenib and trametinib inhibit BRAF and MEK1, respectively": item by item.
        firsts = [list({m.curie: m for m in reversed(ms)}.values())[::-1] for ms in (drugs, genes)]
        for drug, gene in zip(*firsts, strict=True):
            yield Assertion(drug.curie, predicate, gene.curie,
                            (sentence_evidence(ctx, sentence, f"{predicate}:trigger", drug, gene),))
        return
    for gene in genes:
        if not_drugs_target(ctx, sentence, gene):
            continue
        # The verb's subject before the nearest name: "Resveratrol also inhibited OCT2 and
        # reduced renal platinum accumulation" (found by a toxicology user: platinum inhibited it).
        clause = clause_bounds(sentence, gene.start)
        subjects = [d for d in drugs if clause[0] <= d.start and d.end <= gene.start
                    and INHIBIT.search(text, d.end, gene.start)]
        nearest = subjects[-1] if subjects else _nearest(drugs, gene.start, sentence)
        # "Finerenone is a selective, nonsteroidal mineralocorticoid receptor antagonist that
        # blocks …": the drug in apposition with its class is the subject (found by a
        # nephrology user: the class had the targets, finerenone none)
        if _CLASS_NAME.search(nearest.text):
            nearest = next((d for d in drugs if d.end <= nearest.start and not _CLASS_NAME.search(d.text)
                            and _APPOSITION.fullmatch(text, d.end, nearest.start)), nearest)
        listed = _coordinated(ctx, sentence, gene)
        if nearest.start > gene.end and _ANOTHER_PREDICATE.search(text, max(g.end for g in listed), nearest.start):
            # "… results from on-target inhibition of insulin signalling and may be mitigated by
            # prophylactic metformin": the drug after is another verb's (found by an oncology
            # user: metformin inhibited INS).
            continue
        # The trigger must be said of the pair, in the gene's clause or the drug's: "an
        # inhibitor of ALK, and EGFR mutations predict resistance to erlotinib" (an older
        # rule's fact, seen by a reviewer) says nothing of erlotinib and EGFR; "Dasatinib
        # inhibits SRC, and nilotinib is more selective for ABL1" targets ABL1.
        clauses = {clause_bounds(sentence, m.start) for m in (gene, nearest)}
        inhibiting = [verb for clause in clauses for verb in INHIBIT.finditer(text, *clause)]
        if nearest.end <= gene.start and inhibiting and _RAISED.search(text, nearest.end, gene.start) and all(
                verb.start() >= gene.end and _NEXT_PREDICATE.search(text, gene.end, verb.start())
                for verb in inhibiting):
            # "Empagliflozin increased phosphorylation of PRKAA1 and suppressed NLRP3
            # activation": the verb after "and" is the next gene's (found by a nephrology
            # user: empagliflozin inhibited PRKAA1)
            inhibiting = []
        if inhibiting:
            predicate = "inhibits"
        elif any(TARGET.search(text, *clause) for clause in clauses):
            predicate = "targets"
        elif any(nearest.end <= verb.start()
                 # "binds CD80 and CD86" says it of both (found by a transplant user), in its clause;
                 # an item's bracketed symbol is the item's: "a dual agonist of the GIP receptor
                 # (GIPR) and GLP-1R" (found by a cardiology user: no GLP1R)
                 and not any(verb.end() <= g.start < gene.start and g.curie not in {m.curie for m in listed}
                             for g in genes)
                 and gene.start < clause_bounds(sentence, verb.start())[1]
                 # the drug's own verb: "Nivolumab binds PD-1, and EGFR signaling modulates PD-L1"
                 # gives nivolumab no PD-L1 (found in review)
                 # (through the drug's apposition: "Risankizumab, a humanized monoclonal antibody
                 # that binds the p19 subunit of interleukin-23", found by a pharmacogenomics user)
                 and (not _NEXT_PREDICATE.search(text, nearest.end, verb.start())
                      or _APPOSED_THAT.fullmatch(text, nearest.end, verb.start()) is not None)
                 and not any(nearest.end <= g.start < verb.start() for g in genes)
                 for verb in TARGET_VERB.finditer(text, nearest.end, gene.start)) and not HISTORY.match(text, nearest.end):
            predicate = "targets"
        elif nearest.end <= gene.start and (
                (_ACTIVATES.fullmatch(text, nearest.end, head := _list_head(listed, nearest, gene).start)
                 and not _ACTIVATED_PART.match(text, max(g.end for g in listed)) and not _EFFECTOR.match(gene.text))
                or _BOUND_WITHIN.fullmatch(text, nearest.end, head)):
            # (the genes of a list after the verb are each its object: "Elafibranor activates PPAR
            # alpha and PPAR delta", found by a new user: no PPARD)
            predicate = "targets"
        else:
            continue
        each_drug = _coordinated(ctx, sentence, nearest)
        if len(each_drug) > 1 and _THEIR_TARGETS.search(text, min(nearest.end, gene.end), max(nearest.start, gene.start)):
            # "remdesivir, nirmatrelvir and molnupiravir … because their targets, the RNA-dependent
            # RNA polymerase and Mpro, are conserved": a list of drugs and a list of targets pair
            # up by nothing (found by an infectious-disease user: all three targeted Mpro)
            continue
        for drug in each_drug:
            evidence = sentence_evidence(ctx, sentence, f"{predicate}:trigger", drug, gene)
            if evidence.cue in ("evaluate", "evaluated"):
                # "We evaluated ixekizumab, a … antibody against interleukin-17A, in 341
                # patients": the study evaluated the drug, its target is not in question
                # (found by an immunology user). Its results stay hedged.
                evidence = replace(evidence, hedged=False, cue=None)
            if evidence.negated and (gene.start in mutated or gene.end + 1 in mutated or gene.end in mutated):
                # "did not inhibit the growth of FLT3 D835Y-transformed cells" is about the
                # mutant (a response), not the drug's target.
                continue
            yield Assertion(drug.curie, predicate, gene.curie, (evidence,))


def _list_head(listed: list[Mention], drug: Mention, gene: Mention) -> Mention:
    """The first gene of ``gene``'s coordinated list that follows ``drug`` (``gene`` itself when alone)."""
    return min((g for g in listed if g.start >= drug.end and g.start <= gene.start), key=lambda g: g.start, default=gene)


#: Several drugs' targets named together: "their targets, A and B" (:func:`_targets`).
_THEIR_TARGETS = re.compile(r"\b(?:their|whose)\s+(?:(?:respective|molecular|viral|cellular|own|main|principal)\s+)*"
                            r"targets\b", re.IGNORECASE)


#: After a trigger's gene, a relative clause with a verb of its own: "… of cardiac myosin that reduces".
_RELATIVE_VERB = re.compile(r"\b(?:that|which)\s+(?:(?:also|thereby|then|in\s+turn)\s+)?[a-z]+(?:s|ed)\b")
#: Before a gene, a subgroup either way: "regardless of LDLR genotype", "irrespective of the patients' CYP2C19 status".
_IRRESPECTIVE_GENE_BEFORE = re.compile(r"\b(?:irrespective|regardless|independent(?:ly)?)\s+of\s+(?:(?:the|their|patients'?)\s+)*$",
                                       re.IGNORECASE)


#: A drug that activates a protein names its target, the verb right after the drug and the
#: protein right after the verb: "Empagliflozin activated AMPK in isolated cardiomyocytes"
#: (found by a cardiology user: no target). Not the pathway or signal a drug turns on
#: ("Vemurafenib paradoxically activates ERK signalling", found in review).
_ACTIVATES = re.compile(r"\s+(?:(?:also|directly|potently|selectively|allosterically|further)\s+)?"
                        r"activat(?:es|ed)\s+(?:the\s+)?", re.IGNORECASE)
#: Downstream effectors that any cytotoxic or stressing drug activates, no target of it:
#: "Venetoclax activated caspase-3", "Cisplatin activated p53" (found while probing).
_EFFECTOR = re.compile(r"(?:caspase|CASP\d|p53|TP53|BAX|BAK1?|PARP|JNK|p38|ERK|MAPK|AKT|NF-?κB|NF-?kB|STAT\d|"
                       r"ATM|ATR|CHEK\d|CHK\d)", re.IGNORECASE)
_ACTIVATED_PART = re.compile(r"(?:\s*\([^()]{1,20}\))?[\s-]+(?:signal\w*|pathways?|cascades?|phosphorylation|expression|"
                             r"transcription|dependent|mediated|activity|targets?|downstream)\b", re.IGNORECASE)


#: The drug's past "bound", right after it, and its protein, or a pocket of it: "Abacavir bound
#: non-covalently within the F pocket of HLA-B*57:01" (found by a pharmacogenomics user: no
#: target). Not "GDP-bound" (:data:`_BOUND`), nor "is bound" (a plasma protein's binding).
_BOUND_ADVERB = r"(?:also|directly|selectively|specifically|(?:non-?)?covalently|reversibly|irreversibly|tightly|avidly)"
_BOUND_WITHIN = re.compile(rf"\s+(?:{_BOUND_ADVERB}\s+)*bound\s+(?:{_BOUND_ADVERB}\s+)*(?:(?:to|within|in|at|into)\s+)?"
                           r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:pocket|groove|cleft|site|domain|subunit)\s+of\s+(?:the\s+)?)?",
                           re.IGNORECASE)
#: From a drug to the verb of its apposition's relative clause: ", a humanized antibody that ".
_APPOSED_THAT = re.compile(r"\s*,\s+(?:an?|the)\s+(?:(?!(?:and|or|but|which|who|that)\b)[^,;()\s]+\s+){1,6}"
                           r"(?:that|which)\s+(?:(?:also|selectively|specifically|potently|irreversibly|reversibly)\s+)?",
                           re.IGNORECASE)


#: Between a gene and a drug after it: the start of another predicate ("and may be mitigated by").
_ANOTHER_PREDICATE = re.compile(r"\b(?:and|but|which|that)\s+(?:(?:also|then|thus|therefore)\s+)?"
                                r"(?:may|might|can|could|is|are|was|were|be|has|have|had|should|will|would)\b",
                                re.IGNORECASE)


#: Before an enzyme: that it clears the drug ("it is metabolized mainly by CYP2C9", "a substrate
#: of CYP3A4"; found by a pharmacogenomics user: warfarin "inhibited" CYP2C9).
# ("a prodrug that requires bioactivation by cytochrome P450 2C19 (CYP2C19)": found by a
# cardiology user, clopidogrel "inhibited" CYP2C19)
_METABOLISED_BY = re.compile(r"\b(?:(?:metaboli[sz]ed|cleared|hydroxylated|oxidi[sz]ed|glucuronidated|inactivated|"
                             r"(?:bio)?activat(?:ed|ion)|converted|conversion|metabolism)\s+"
                             r"(?:(?:mainly|primarily|predominantly|largely|mostly|extensively|chiefly)\s+)?"
                             r"(?:by|via|through)|substrates?\s+(?:of|for))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                             re.IGNORECASE)
#: Around a gene, its expression, which a drug changes without acting on the gene: "suppressed
#: hepatic expression of Srebf1 and Col1a1", "reduced Col1a1 mRNA" (found by a respiratory user:
#: semaglutide inhibited both); and what does not go through it: "NR3C1-independent" (found by a
#: nephrology user: finerenone's class inhibited NR3C1).
_EXPRESSION_BEFORE = re.compile(r"\b(?:expression|transcription|transcripts?|mRNA|(?:mRNA|transcript|gene)\s+levels?)\s+"
                                r"(?:levels?\s+)?of\s+(?:the\s+)?(?:genes?\s+)?(?:encoding\s+)?$", re.IGNORECASE)
_EXPRESSION_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?[\s-]+(?:gene\s+|mRNA\s+)?(?:expression|mRNA|transcripts?|transcription)\b"
                               r"|-(?:independent|unrelated)\b", re.IGNORECASE)
#: Before a gene: the receptor it is the ligand of, which is what the drug acts on: "blocks the
#: shared receptor component for interleukin-4 and interleukin-13" (found by a respiratory
#: user: dupilumab inhibited IL4 and IL13).
_RECEPTOR_FOR_BEFORE = re.compile(r"\breceptors?(?:\s+[\w-]+){0,2}?\s+(?:for|of)\s+(?:the\s+)?(?:cytokines?\s+|ligands?\s+)?$",
                                  re.IGNORECASE)

#: Before a gene (down a list), the cell's answer to the drug: "induced feedback activation of
#: AKT", "compensatory upregulation of ERBB3", "relieves feedback inhibition of ESR1" (found in
#: the trials: the drug inhibited AKT). The answer is no target.
_FEEDBACK_BEFORE = re.compile(r"\b(?:feedback|compensatory|paradoxical|rebound|adaptive|reciprocal)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:re-?)?(?:activation|upregulation|up-regulation|induction|signal\w*|inhibition|"
                              r"phosphorylation|expression|increases?)\s+(?:of|in)\s+(?:the\s+)?"
                              # down a list of names, never past a verb ("… of the MAPK pathway and
                              # also inhibited EGFR" is the drug's own)
                              r"(?:(?!(?:also|then|thereby|inhibit\w*|block\w*|target\w*|bind\w*|suppress\w*)\b)"
                              r"[\w()/-]+(?<!ed)(?:\s*,\s*(?:and\s+|or\s+)?|\s+)){0,6}$", re.IGNORECASE)

#: Before a gene's alteration, the cells or patients that carry it: "cells with", "tumours harbouring".
_CARRIERS_BEFORE = re.compile(r"\b(?:cells?|lines?|tumou?rs?|patients|cancers?|xenografts?|models?|those|cases)\s+"
                              r"(?:with|harbou?ring|carrying|bearing|containing|expressing)\s+(?:an?\s+|the\s+)?"
                              r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def not_drugs_target(ctx: Context, sentence: Sentence, gene: Mention) -> bool:
    """Whether the words around a gene make it no target of the sentence's drug: the enzyme
    that clears or activates it (:data:`_METABOLISED_BY`), what its target is kept from
    acting on (:data:`_PREVENTED_FROM`), or the target of a class of drugs the patients had
    before (:data:`_CLASS_AFTER`, :data:`_HISTORY_BEFORE`); a short form in parentheses
    takes its long form's verdict ("… receptor (LDLR)")."""
    text = ctx.document.text
    start = max(sentence.start, gene.start - 60)
    first = _coordinated(ctx, sentence, gene)[0]
    if _EXPRESSION_AFTER.match(text, gene.end) or _EXPRESSION_BEFORE.search(
            text, max(sentence.start, first.start - 60), first.start):
        return True     # its expression changed, or it is not gone through
    if _RECEPTOR_FOR_BEFORE.search(text, max(sentence.start, first.start - 60), first.start):
        return True     # a receptor's ligand
    if _FEEDBACK_BEFORE.search(text, max(sentence.start, gene.start - 120), gene.start):
        return True     # the cell's feedback, not the drug's target
    if any(m.start <= gene.start and gene.end <= m.end and (m.start, m.end) != (gene.start, gene.end)
           for m in ctx.in_sentence(sentence, "Mutation")) and _CARRIERS_BEFORE.search(
            text, max(sentence.start, gene.start - 60), gene.start):
        # "inhibited growth of cells with MET amplification": the cells' alteration, whose
        # response is the mutation's, not a target (found in the trials: gefitinib inhibited MET)
        return True
    if _METABOLISED_BY.search(text, start, gene.start):
        return True     # the enzyme that clears the drug, not its target
    if _relative_clauses(ctx, sentence, gene):
        # "an allosteric inhibitor of cardiac myosin that reduces actin-myosin cross-bridge
        # formation": the trigger's object is the first gene; one in the relative clause after
        # it is what that clause's verb acts on (found by a cardiology user: mavacamten
        # inhibited ACTB)
        return True
    if _IRRESPECTIVE_GENE_BEFORE.search(text, max(sentence.start, first.start - 60), first.start):
        # "lowers LDL-C regardless of LDLR genotype": a subgroup of the patients, no target
        # (found by a cardiology user: evinacumab targeted LDLR)
        return True
    if _PREVENTED_FROM.search(text, start, gene.start):
        # "binds PCSK9 and prevents it from targeting the low-density lipoprotein receptor
        # (LDLR)": the target's own target (found by a cardiology user: evolocumab targeted LDLR)
        return True
    if (_CLASS_AFTER.match(text, gene.end) or (ANTI_BEFORE.search(text, max(sentence.start, gene.start - 5), gene.start)
                                               and _CLASS_THERAPY_AFTER.match(text, gene.end))) and _HISTORY_BEFORE.search(
            text, start, gene.start):
        # "intolerance to one or two tumour necrosis factor inhibitors": the patients'
        # earlier drugs' target (found by an immunology user: ixekizumab targeted TNF)
        return True
    if _CLASS_AFTER.match(text, gene.end) and _ALONGSIDE_BEFORE.search(text, start, gene.start):
        # "in patients receiving concomitant SGLT2 inhibitors": another drug the patients
        # took, whose target the paper's drug does not share (found by a nephrology user:
        # finerenone interacted with SLC5A2)
        return True
    anti = ANTI_BEFORE.search(text, max(sentence.start, gene.start - 5), gene.start) is not None
    therapy = None if anti else _INHIBITOR_AFTER.match(text, gene.end)
    if (anti or (therapy is not None and not therapy.group("agonist"))) and HISTORY.match(
            text, therapy.end() if therapy is not None else gene.end):
        # "anti-TNF-experienced Crohn's disease", "TNF inhibitor-naive patients": the
        # patients' history with a class of drugs (found by a respiratory user: vedolizumab
        # and ustekinumab interacted with TNF)
        return True
    long = next((g for g in ctx.in_sentence(sentence, "Target") if g.curie == gene.curie and g.end <= gene.start
                 and text[g.end:gene.start].strip() == "("), None)
    return long is not None and not_drugs_target(ctx, sentence, long)


def _relative_clauses(ctx: Context, sentence: Sentence, gene: Mention) -> bool:
    """Whether a gene is in a relative clause (:data:`_RELATIVE_VERB`, its verb no trigger) after
    another gene that a trigger (:data:`INHIBIT`, :data:`TARGET`) names right before."""
    text = ctx.document.text
    for other in ctx.in_sentence(sentence, "Target"):
        if other.end > gene.start or other.curie == gene.curie:
            continue
        relative = _RELATIVE_VERB.search(text, other.end, gene.start)
        if relative is None or INHIBIT.search(text, relative.start(), gene.start) or TARGET.search(
                text, relative.start(), gene.start) or any(
                other.end <= g.start < relative.start() for g in ctx.in_sentence(sentence, "Target")):
            continue
        window = max(sentence.start, other.start - 40)
        if any(t.end() <= other.start and not re.search(r"[,;]", text[t.end():other.start])
               for t in (*INHIBIT.finditer(text, window, other.start), *TARGET.finditer(text, window, other.start))):
            return True
    return False


#: Before a gene: what the drug stops its target doing to it ("prevents it from targeting").
_PREVENTED_FROM = re.compile(r"\b(?:prevent|stop|keep|block|inhibit)\w*\s+(?:it|them|its|their|\w+)\s+from\s+\w+ing\s+"
                             r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: After a gene: a class of drugs, in the plural ("tumour necrosis factor inhibitors").
_CLASS_AFTER = re.compile(r"[\s-]+(?:inhibitors|antagonists|blockers|antibodies|agents|biologics)\b(?!\s+(?:such\s+as|like|including)\b)",
                          re.IGNORECASE)
#: After an "anti-" gene, that it names a class of therapy: "no prior anti-PD-1 therapy".
_CLASS_THERAPY_AFTER = re.compile(r"[\s-]+(?:therapy|therapies|treatment|agents?|antibod(?:y|ies)|drugs?|regimens?)\b",
                                  re.IGNORECASE)
#: Before a drug class: the patients' history with it.
_HISTORY_BEFORE = re.compile(r"\b(?:intoleran\w*|inadequate(?:\s+response)?|refractory|failed|failure|prior|previous(?:ly)?|"
                             r"exposed|experienced|resistant|naive|naïve)\b[^.;]{0,45}$", re.IGNORECASE)
#: Before a drug class: another drug the patients took alongside ("concomitant SGLT2 inhibitors").
_ALONGSIDE_BEFORE = re.compile(r"\b(?:concomitant(?:ly)?|concurrent(?:ly)?|background|co-?administered|co-?medicat\w*|"
                               r"on\s+top\s+of|add-?on\s+to)\b[^.;]{0,40}$", re.IGNORECASE)
#: After a drug: the state a protein binds it in, not an agent ("GDP-bound", "ATP-binding").
_BOUND = re.compile(r"-(?:bound|binding)\b", re.IGNORECASE)
#: Before a gene: a receptor's ligands ("with its ligands PD-L1 and PD-L2"); a drug that
#: "binds the ligand VEGF-A" does target it.
_LIGAND_BEFORE = re.compile(r"\b(?:its|their)\s+ligands?\s+(?:[\w-]+\s*(?:,|\band\b|\bor\b)\s*){0,3}$",
                            re.IGNORECASE)


#: After a gene: "… a BRAF inhibitor" (with :data:`_APPOSITION` between the drug and the gene).
# "an NS3/4A protease inhibitor", "an NS5B polymerase inhibitor" (found by an infectious-disease
# user: the pair classifier crossed glecaprevir's and pibrentasvir's targets)
# … and a receptor's antagonist, blocker or agonist: "a selective adenosine A2A receptor
# (ADORA2A) antagonist", "a GLP-1 receptor agonist" (found by psychiatry and endocrinology
# users: no target); an agonist targets its receptor, the others inhibit it.
_INHIBITOR_AFTER = re.compile(r"\)?[\s-]+(?:(?:tyrosine\s+)?kinases?\s+|(?:serine\s+)?proteases?\s+|polymerases?\s+|"
                              r"integrases?\s+|endonucleases?\s+|receptors?\s+(?:\([^()]{1,20}\)\s+)?)?"
                              # "a CFTR potentiator", "CFTR correctors" (found by a respiratory user: no target)
                              r"(?:inhibitors?|antagonists?|blockers?|(?:(?:partial|full|selective)\s+)?"
                              r"(?P<agonist>agonists?|potentiators?|correctors?|activators?|stabili[sz]ers?))\b",
                              re.IGNORECASE)
#: The same, up to the drug named next, its inhibitor: "the BRAF (kinase) inhibitor
#: vemurafenib", "EGFR tyrosine kinase inhibitors (erlotinib …".
# "Covalent Bruton tyrosine kinase (BTK) inhibitors such as ibrutinib, acalabrutinib and
# zanubrutinib" (found by a haematology user: no target)
_INHIBITOR_NAMED = re.compile(_INHIBITOR_AFTER.pattern + r"(?:\s*,?\s+(?:such\s+as|including|like|namely|e\.g\.,?))?"
                              r"\s+(?:\(\s*)?", re.IGNORECASE)
#: Between a drug and the gene of "a <gene> inhibitor" said of it: "vemurafenib, a selective BRAF inhibitor",
#: "ibrutinib is an oral BTK inhibitor".
#: "ribociclib and abemaciclib, other CDK4/6 inhibitors" and "osimertinib is an irreversible,
#: mutant-selective EGFR tyrosine kinase inhibitor" too (found by new users).
# … and a bracketed word among them: "Pirtobrutinib is a highly selective, noncovalent
# (reversible) BTK inhibitor" (found by a haematology user: no target)
# (and the drug's code in brackets first: "Ivacaftor (VX-770), a CFTR potentiator", found by a new
# user: no target; or the bracket's close, when the code is the drug's mention)
_APPOSITION = re.compile(r"(?:\s*\([^()]{1,20}\)|\))?,?\s+(?:(?:is|was|as|are|were)\s+)?(?:an?|other|both|two)\s+(?:(?:[\w-]+|\([\w-]+\)),?\s+){0,4}",
                         re.IGNORECASE)


#: From a drug to a bracketed symbol whose long form is no mention: ", an oral poly(ADP-ribose)
#: polymerase (" (no verb, clause word or preposition of a clause between).
_APPOSED_LONG_FORM = re.compile(r",?\s+(?:(?:is|was)\s+)?(?:an?|the)\s+"
                                r"(?:(?!\b(?:is|was|are|were|and|or|with|in|for|by|than|that|which)\b)[^,;.])*?\s*\(\s*",
                                re.IGNORECASE)
#: Between a gene's spelt-out name and its bracketed symbol: "epidermal growth factor receptor (".
_ABBREVIATED = re.compile(r"\s*\(\s*")
#: Right before a gene: the "anti-" of "an anti-PD-1 antibody".
ANTI_BEFORE = re.compile(r"\banti-$", re.IGNORECASE)
#: After the gene of "anti-<gene>": the antibody noun.
# (its bracketed symbol first: "an anti-interleukin-5 receptor alpha (IL-5Ralpha) monoclonal
# antibody", found by a respiratory user)
_ANTIBODY_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:humani[sz]ed|chimeric|fully\s+human|human|monoclonal|IgG\d?|bispecific))*"
                             r"\s+(?:antibod(?:y|ies)|mAbs?)\b", re.IGNORECASE)
#: The same, up to the drug named next: "the anti-CD20 monoclonal antibody rituximab".
_ANTIBODY_NAMED = re.compile(_ANTIBODY_AFTER.pattern + r"\s+(?:\(\s*)?", re.IGNORECASE)
#: The verb of "<drug> is an anti-<gene> antibody".
_COPULA = re.compile(r"\b(?:is|was|are|were|as)\b", re.IGNORECASE)
#: What closes an apposition: a comma, a bracket, the sentence's end, or a clause about the drug.
_CLOSED = re.compile(r"\s*(?:[,;:).]|$|(?:that|which|approved|indicated|used|directed|targeting)\b)", re.IGNORECASE)
#: After a gene, its blockade by the drug named next: "PD-1 blockade with nivolumab".
_BLOCKADE_WITH = re.compile(r"[\s-]+(?:blockade|inhibition)\s+(?:with|by|using)\s+(?:the\s+)?", re.IGNORECASE)


#: A gene mention that took the apposition's article, and what is left between it and its drug.
_ARTICLE_LED = re.compile(r"(?:an?|the)\s", re.IGNORECASE)
_BARE_APPOSITION = re.compile(r",?\s+(?:(?:is|was|as)\s+)?", re.IGNORECASE)
#: Before a gene, the "pan-" of "a pan-PPAR agonist".
_PAN = re.compile(r"\bpan-$", re.IGNORECASE)
#: Between plural drugs and their class without an article: "… are CFTR correctors".
_PLURAL_COPULA = re.compile(r"\s+(?:are|were)\s+(?:(?:both|all|selective|oral|potent|small-molecule)\s+)*", re.IGNORECASE)
#: Between a drug and the last gene of "a dual <gene> and <gene> antagonist".
_DUAL_APPOSITION = re.compile(r",?\s+(?:(?:is|was|as)\s+)?an?\s+(?:[\w-]+,?\s+){0,2}?(?:dual|double)\s+"
                              r"(?P<list>[^,;:.]{2,120}?\s+and\s+[^,;:.]{2,120}?)", re.IGNORECASE)


def _fusion_partners(text: str, genes: list[Mention], gene: Mention) -> list[Mention]:
    """The genes joined to ``gene`` by a hyphen before it, a fusion's name ("BCR-ABL1",
    "EML4-ALK"), first first; empty when there are none."""
    partners: list[Mention] = []
    head = gene
    while (before := next((g for g in genes if g.end == head.start - 1 and text[g.end] == "-"), None)) is not None:
        partners.insert(0, before)
        head = before
    return partners


def _named_inhibitor(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """A drug called a gene's inhibitor: "the BTK inhibitor ibrutinib", "vemurafenib, a BRAF
    inhibitor" (found by a new user: no rule read the noun, so no drug had its target)."""
    genes, drugs = ctx.in_sentence(sentence, "Target"), ctx.in_sentence(sentence, "Drug")
    if not genes or not drugs:
        return
    text = ctx.document.text
    starting = {d.start: d for d in drugs}
    for gene in genes:
        antibody = ANTI_BEFORE.search(text, max(sentence.start, gene.start - 5), gene.start) and _ANTIBODY_AFTER.match(
            text, gene.end)
        if antibody:
            # "Pembrolizumab, an anti-PD-1 antibody", "the anti-CD20 monoclonal antibody
            # rituximab" (found by a new user): the antibody targets the gene.
            named_ab = _ANTIBODY_NAMED.match(text, gene.end)
            drug = starting.get(named_ab.end()) if named_ab else None
            # An apposition set off by a comma must close ("Rituximab, an anti-CD20 antibody,
            # was given"): "After ipilimumab, an anti-PD-1 antibody was given" names another
            # antibody (found in review).
            drug = drug or next((d for d in reversed(drugs) if d.end <= gene.start
                                 and (appositive := _APPOSITION.fullmatch(text, d.end, gene.start - 5))
                                 and (_COPULA.search(appositive.group()) or _CLOSED.match(text, antibody.end()))),
                                None)
            if drug is not None:
                for each in _coordinated(ctx, sentence, drug):
                    yield Assertion(each.curie, "targets", gene.curie,
                                    (sentence_evidence(ctx, sentence, "targets:named-antibody", each, gene),))
            continue
        blockade = _BLOCKADE_WITH.match(text, gene.end)
        if blockade and blockade.end() in starting:
            # "PD-1 blockade with nivolumab"
            for each in _coordinated(ctx, sentence, starting[blockade.end()]):
                yield Assertion(each.curie, "inhibits", gene.curie,
                                (sentence_evidence(ctx, sentence, "inhibits:blockade", each, gene),))
            continue
        if text[gene.end:gene.end + 1] == ")" and not text[max(sentence.start, gene.start - 2):gene.start].strip() == "(":
            continue    # the bracket is not the gene's own: "(a KIT) inhibitor" reads nothing
        # "The KRAS G12C inhibitors sotorasib and adagrasib": the mutant's inhibitor is its
        # gene's (found by an oncology user: no target)
        tail = next((m.end for m in ctx.in_sentence(sentence, "Mutation")
                     if m.start > gene.end and not text[gene.end:m.start].strip()), gene.end)
        named = _INHIBITOR_NAMED.match(text, tail)
        drug = starting.get(named.end()) if named else None
        dual_listed: list[Mention] = []
        # "Imatinib, a BCR-ABL inhibitor, …": a fusion's genes are one name, its inhibitor's
        # apposition opens at the first (found in the trials: no target for imatinib)
        fused = _fusion_partners(text, genes, gene)
        spelt = fused[0] if fused else gene
        if drug is None and _INHIBITOR_AFTER.match(text, tail):
            # "osimertinib is an irreversible epidermal growth factor receptor (EGFR) tyrosine
            # kinase inhibitor": the apposition runs to the name the bracket abbreviates.
            spelt = next((g for g in genes if g.curie == gene.curie and g.end < gene.start
                          and _ABBREVIATED.fullmatch(text, g.end, gene.start)), spelt)
            drug = next((d for d in reversed(drugs)
                         if d.end <= spelt.start and _APPOSITION.fullmatch(text, d.end, spelt.start)), None)
            if drug is None and text[max(sentence.start, gene.start - 2):gene.start].strip() == "(":
                # "Olaparib, an oral poly(ADP-ribose) polymerase (PARP) inhibitor": the long form
                # is no mention of the gene (found by an oncology user: no target).
                drug = next((d for d in reversed(drugs)
                             if d.end <= gene.start and _APPOSED_LONG_FORM.fullmatch(text, d.end, gene.start)), None)
            if drug is None:
                # "Crizotinib is an ALK and ROS1 inhibitor": the list's first gene opens it.
                first = _coordinated(ctx, sentence, gene)[0]
                drug = next((d for d in reversed(drugs)
                             if d.end <= first.start and _APPOSITION.fullmatch(text, d.end, first.start)), None)
            if drug is None:
                # "Obeticholic acid, a farnesoid X receptor (FXR) agonist": a spelt name no gene
                # of the lexicon before the symbol's bracket; "bezafibrate, a pan-PPAR agonist";
                # "Elexacaftor and tezacaftor are CFTR correctors" (found by a respiratory user)
                pan = _PAN.search(text, sentence.start, spelt.start)
                opens = [pan.start() if pan else spelt.start]
                if _ARTICLE_LED.match(spelt.text):
                    opens.append(-1)    # the tagger's "a farnesoid X receptor": the apposition's own article
                opening = text.rfind("(", sentence.start, spelt.start)
                if opening >= 0 and not text[opening + 1:spelt.start].strip():
                    opens.append(opening)
                plural = noun.group().endswith(("s", "S")) if (noun := _INHIBITOR_AFTER.match(text, tail)) else False
                drug = next((d for at in opens for d in reversed(drugs) if (
                    at < 0 and d.end <= spelt.start and _BARE_APPOSITION.fullmatch(text, d.end, spelt.start)) or (
                    0 <= at and d.end <= at and (_APPOSITION.fullmatch(text, d.end, at)
                                                 or (plural and _PLURAL_COPULA.fullmatch(text, d.end, at))))), None)
            if drug is None:
                # "Sparsentan is a dual endothelin type A receptor (EDNRA) and angiotensin II
                # type 1 receptor (AGTR1) antagonist": each gene of the list (found by a
                # nephrology user: no target)
                dual = next(((d, m) for d in reversed(drugs) if d.end <= gene.start
                             and (m := _DUAL_APPOSITION.fullmatch(text, d.end, gene.start))), None)
                if dual is not None:
                    drug = dual[0]
                    dual_listed = [g for g in genes if dual[1].start("list") <= g.start and g.end <= gene.start
                                   and g.curie != gene.curie]
        if drug is None:
            continue
        # "The CDK4/6 inhibitor palbociclib": the noun follows the widest of a slashed
        # symbol's genes ("CDK4/6", CDK6); the others share its start ("CDK4"). "An ALK and
        # ROS1 inhibitor" inhibits both (found by a new user).
        listed = [g for g in _coordinated(ctx, sentence, gene) if g.curie != gene.curie]
        listed += [g for g in dual_listed + fused if g.curie not in {m.curie for m in listed} | {gene.curie}]
        noun = _INHIBITOR_AFTER.match(text, tail)
        predicate = "targets" if noun is not None and noun.group("agonist") else "inhibits"
        for named_gene in [g for g in genes if g.start == gene.start and g.end <= gene.end] + listed:
            for each in _coordinated(ctx, sentence, drug):
                yield Assertion(each.curie, predicate, named_gene.curie,
                                (sentence_evidence(ctx, sentence, f"{predicate}:named-inhibitor", each, named_gene),))


def _mechanism(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """Document-level rule: "inhibition of / activation of <target>" + the main drug.

    Fires only when the sentence names no drug and the document's main drug exists;
    the evidence is ``inferred`` since no single sentence names both.
    """
    if ctx.main_drug is None or ctx.in_sentence(sentence, "Drug"):
        return
    text = ctx.document.text
    for gene in ctx.in_sentence(sentence, "Target"):
        if MECHANISM_BEFORE.search(text[max(sentence.start, gene.start - 60):gene.start]):
            yield Assertion(ctx.main_drug.curie, "inhibits", gene.curie,
                            (sentence_evidence(ctx, sentence, "inhibits:mechanism-main-drug", ctx.main_drug, gene,
                                       inferred=True, anchor=gene.start),))


#: After a gene, a drug class or therapy it names: "SGLT2 inhibitors", "a pan-JAK inhibitor",
#: "renin-angiotensin system blockade" (not past "and"/"or": "BRCA1 and PARP inhibitors").
_THERAPY_AFTER = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?(?:[\s-]+(?!(?:and|or|with|in|of|to|for|the|is|are|was|were)\b)[A-Za-z][\w]*){0,2}?"
                            r"[\s-]+(?:inhibitors?|inhibition|antagonists?|agonists?|blockers?|blockade|"
                            r"antibod(?:y|ies)|(?:targeted\s+)?therap(?:y|ies))\b", re.IGNORECASE)


def names_therapy(text: str, gene: Mention) -> bool:
    """Whether a gene is named as part of a drug class or therapy ("SGLT2 inhibitors", "a
    pan-JAK inhibitor", "renin-angiotensin system blockade", "anti-TNF therapy"): what is
    said of the class is no claim about the gene (found by respiratory and nephrology users:
    SLC5A2 associated with kidney failure, JAK with venous thromboembolism, renin with type
    2 diabetes).

    >>> from kg.model import Entity
    >>> gene = Entity("HGNC:11037", "Target", "SLC5A2")
    >>> names_therapy("SGLT2 inhibitors reduce the risk", Mention(0, 5, "SGLT2", gene))
    True
    >>> names_therapy("SGLT2 variants raise the risk", Mention(0, 5, "SGLT2", gene))
    False
    """
    # "anti-TNF-experienced Crohn's disease" (not "anti-MOG antibody-associated disease", an
    # autoantigen's)
    return _THERAPY_AFTER.match(text, gene.end) is not None or (
        ANTI_BEFORE.search(text, max(0, gene.start - 5), gene.start) is not None and HISTORY.match(text, gene.end) is not None)


def _associated(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    diseases = ctx.in_sentence(sentence, "Disease")
    mutations = ctx.in_sentence(sentence, "Mutation")
    # A gene named inside its allele ("HLA-B*57:01") is not said to be associated itself:
    # "HLA-B*58:01 was not associated" denied it of HLA-B, which another sentence's allele
    # had (found by a new user: a false conflict). "EGFR mutations are associated with"
    # says it of the gene too.
    alleles = [m for m in mutations if m.entity.variant_type == "SO:0001023"]
    subjects = [g for g in ctx.in_sentence(sentence, "Target")
                if not any(m.start <= g.start and g.end <= m.end for m in alleles)
                and not names_therapy(ctx.document.text, g)] + mutations
    if not diseases or not subjects or not ASSOCIATED.search(sentence.text):
        return
    for subject in subjects:
        part = contrast_bounds(sentence, subject.start)
        if not any(part[0] <= d.start < part[1] for d in diseases):
            # "Factor V Leiden carriers had a higher rate of recurrent VTE, whereas prothrombin
            # G20210A was not associated with recurrence": the disease is the other side's
            # (found by a haematology user: G20210A was associated with VTE, not negated).
            continue
        if subject.type == "Target" and drugs_own_target(ctx, sentence, subject):
            continue
        disease = _nearest(diseases, subject.end, sentence)
        evidence = sentence_evidence(ctx, sentence, "associatedWith:trigger", subject, disease)
        text = ctx.document.text
        if (evidence.negated or evidence.hedged) and (
                (disease.end <= subject.start and _CAUSED_BY_GENE.fullmatch(text, disease.end, subject.start))
                or (subject.end <= disease.start and _GENE_ASSOCIATED.fullmatch(text, subject.end, disease.start))):
            # "not effective in patients with retinitis pigmentosa caused by RHO mutations",
            # "RPE65 mutation-associated retinal dystrophy": the disease's cause is named in
            # its own noun phrase, which the clause's "not" (the drug's) does not deny (found
            # by a nephrology user: RHO associatedWith retinitis pigmentosa, negated).
            evidence = replace(evidence, negated=False, hedged=False, cue=None)
        yield Assertion(subject.curie, "associatedWith", disease.curie, (evidence,))


def drugs_own_target(ctx: Context, sentence: Sentence, gene: Mention) -> bool:
    """Whether a gene is named as what a drug before it acts on: "Statins inhibit HMG-CoA
    reductase (HMGCR) and … remain first-line therapy in heterozygous FH", "evinacumab, a …
    antibody against ANGPTL3, lowers LDL-C … in homozygous FH" (found by a cardiology user:
    HMGCR associatedWith FH). A drug's target is no disease gene, whatever the disease's
    name says ("heterozygous", "homozygous")."""
    text = ctx.document.text
    first = _coordinated(ctx, sentence, gene)[0]
    start = max(sentence.start, first.start - 60)
    for trigger in (*INHIBIT.finditer(text, start, first.start), *TARGET.finditer(text, start, first.start),
                    *TARGET_VERB.finditer(text, start, first.start)):
        between = text[trigger.end():first.start]
        if re.search(r"[;.]|\b(?:and|but|which|that|who|in|with)\b", between) or any(
                trigger.end() <= m.start < first.start for m in ctx.in_sentence(sentence) if m.type != "Target"):
            continue
        if any(sentence.start <= d.start and d.end <= trigger.start() and trigger.start() - d.end <= 120
               for d in ctx.in_sentence(sentence, "Drug")) or _DRUG_CLASS_SUBJECT.search(
                text, max(sentence.start, trigger.start() - 40), trigger.start()):
            return True
    return False


#: Right before a trigger, a class of drugs as its subject, which the lexicon names no drug:
#: "Statins inhibit", "These agents block" (INN stems in the plural).
_DRUG_CLASS_SUBJECT = re.compile(r"\b(?:drugs|agents|medications|therapies|inhibitors|antibodies|[A-Za-z]*(?:statins|mabs|nibs|"
                                 r"sartans|prils|olols|gliflozins|glutides|parins|xabans|gatrans|azoles|coxibs))\s+"
                                 r"(?:(?:also|potently|selectively|competitively|directly|reversibly|irreversibly)\s+)*$",
                                 re.IGNORECASE)


#: Between a disease and the gene (or mutation) that causes it: "… caused by (biallelic) RHO mutations".
_CAUSED_BY_GENE = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:caused\s+by|due\s+to|resulting\s+from|attributable\s+to)\s+"
                             r"(?:(?:an?|the|one|two|biallelic|bi-allelic|monoallelic|germline|pathogenic|inherited|"
                             r"heterozygous|homozygous|compound|dominant|recessive|de\s+novo)\s+)*", re.IGNORECASE)
#: Between a gene (or mutation) and the disease it names: "RPE65 mutation-associated (inherited) retinal dystrophy".
_GENE_ASSOCIATED = re.compile(r"(?:[\s-]+(?:mutations?|variants?|gene))?[\s-]+(?:associated|related|mediated|linked|driven)"
                              r"\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)


#: A genotype's tie to a drug's harm: "associated with", "risk of", "carriers", "present in".
_RISK_WORD = re.compile(r"\b(?:associat\w*|risks?|predispos\w*|susceptib\w*|carriers?|present\s+in|odds\s+ratio|"
                        # "a child who was a CYP2D6*2xN ultrarapid metabolizer" (found by a
                        # pharmacogenomics user: codeine's fatal harm gave the allele nothing)
                        r"screening|positive\s+for|(?:ultra-?rapid|poor|intermediate|extensive)\s+metaboli[sz]ers?)\b",
                        re.IGNORECASE)
#: Between a drug and its harm, a verb of causing: "Codeine caused fatal respiratory depression".
_CAUSED_HARM = re.compile(r"\s+(?:caused|induced|precipitated|provoked|triggered|led\s+to|resulted\s+in)\s+"
                          r"(?:(?:an?|the|fatal|severe|serious|life-threatening|grade\s+\d)\s+){0,3}$", re.IGNORECASE)
#: Before a drug, the carriers' treatment, whose harm follows: "TPMT*3A heterozygotes treated with
#: azathioprine had an increased risk of leukopenia" (found by a pharmacogenomics user: nothing).
_TREATED_WITH = re.compile(r"\b(?:treated\s+with|receiving|exposed\s+to|taking)\s+$", re.IGNORECASE)


#: After the carriers' drug, their risk of a harm: "… had an increased risk of leukopenia".
_RISK_HARM_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?\s+(?:had|have|has|showed|were\s+at|was\s+at)\s+(?:an?\s+)?"
                              r"(?:(?:significantly|markedly|substantially|\d+(?:\.\d+)?-fold)\s+)?"
                              r"(?:increased|higher|greater|elevated|excess)\s+(?:risk|odds|incidence|rates?)\s+of\b",
                              re.IGNORECASE)


def _risk_allele(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """A variant tied to a drug's harm: it affects the response to that drug.

    "HLA-B*15:02 was present in 89 of 92 patients with carbamazepine-induced SJS",
    "Carriers of HLA-B*57:01 are at risk of abacavir hypersensitivity" (found by a neurology
    user: the pharmacogenomic link, which PharmGKB-style curation is about, was missing). The
    direction is not a sensitivity or resistance, so the edge is kg:affectsResponseTo; a
    denial ("was not associated with carbamazepine-induced exanthema") denies one harm only,
    and gives no edge.
    """
    mutations = ctx.in_sentence(sentence, "Mutation")
    if not mutations or not _RISK_WORD.search(sentence.text):
        return
    text = ctx.document.text
    harms = {d.start for d in ctx.in_sentence(sentence, "Disease") + ctx.in_sentence(sentence, "AdverseEvent")}
    # the drug of a harm: "carbamazepine-induced SJS", "abacavir hypersensitivity"
    drugs = [d for d in ctx.in_sentence(sentence, "Drug") if not measured(text, d) and (
        ((m := INDUCED_AFTER.match(text, d.end)) and any(0 <= h - m.end() <= 30 for h in harms))
        or any(0 < h - d.end <= 2 for h in harms)
        or any(0 < h - d.end <= 60 and _CAUSED_HARM.fullmatch(text, d.end, h) for h in harms)
        or (_TREATED_WITH.search(text, max(sentence.start, d.start - 20), d.start) is not None
            and _RISK_HARM_AFTER.match(text, d.end) is not None
            and any(d.end < h for h in harms)))]
    for mutation in mutations:
        for drug in drugs:
            evidence = sentence_evidence(ctx, sentence, "affectsResponseTo:risk-allele", mutation, drug)
            if evidence.negated and _named_together_elsewhere(ctx, sentence, mutation.curie, drug.curie):
                # "HLA-B*15:02 was not associated with carbamazepine-induced maculopapular
                # eruption or DRESS" denies one harm, not the allele's response to the drug, which
                # the paper's SJS/TEN odds ratio states (found by a pharmacogenomics user: a
                # conflict). Nothing, then; a denial the paper says nothing else of stands
                # ("Lamotrigine-induced cutaneous reactions were not associated with HLA-B*15:02",
                # found in review).
                continue
            yield Assertion(mutation.curie, "affectsResponseTo", drug.curie, (evidence,))


def _named_together_elsewhere(ctx: Context, sentence: Sentence, first: str, second: str) -> bool:
    """Whether a sentence of the document other than ``sentence`` names both entities."""
    return any(other is not sentence and {first, second} <= {m.curie for m in ctx.in_sentence(other)}
               for other in ctx.sentences)


#: Right after a drug: its use "was (not) associated with" what follows.
DRUG_ASSOCIATED = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:(?:use|exposure|therapy|treatment|intake|users?|prescriptions?|administration)\s+)?"
    r"(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
    r"(?:(?:not|also|significantly|independently|strongly|positively|consistently|further|only|weakly)\s+)*"
    r"(?:associated|linked)\s+(?:with|to)\s+", re.IGNORECASE)
#: Between "associated with" and a harm: "an increased risk of", "higher rates of", a list's
#: items; nothing that lowers it (checked apart: :data:`_LOWERED`).
_ASSOCIATED_HARM = re.compile(
    r"(?:(?:an?|the)\s+)?(?:(?:significantly\s+)?(?:increased|higher|elevated|greater|excess|\d+(?:\.\d+)?-fold)\s+)?"
    r"(?:(?:risks?|incidence|rates?|odds|occurrence|development|onset|cases?|hazard)\s+(?:of|for)\s+)?" + LIST_BEFORE,
    re.IGNORECASE)
_LOWERED = re.compile(r"\b(?:lower\w*|reduc\w*|decreas\w*|improv\w*|better|protect\w*|less|fewer|prevent\w*|"
                      r"resolution|remission|response|survival|regression|clearance|healing|cure|eradication|control|"
                      r"shrinkage|stabili[sz]ation|normali[sz]ation)\b", re.IGNORECASE)
#: After the disease: what the drug did to it ("colorectal cancer-specific survival").
_COURSE_AFTER = re.compile(r"[\s-]+(?:specific\s+|related\s+|free\s+)?(?:survival|mortality|death|regression|clearance|"
                           r"remission|response|healing|control|recurrence|progression)\b", re.IGNORECASE)
#: Words that make an association a safety finding: without one, "Warfarin use was associated
#: with atrial fibrillation" is the drug's indication (found in review), not its harm.
# "associated with progressive multifocal leukoencephalopathy (PML), an opportunistic infection"
# (found by a neurology user: natalizumab's PML was lost)
_SAFETY = re.compile(r"\b(?:risks?|incidence|odds|hazard|adverse|toxic\w*|side[- ]effects?|safety|harm\w*|"
                     r"opportunistic|fatal|life-threatening|"
                     r"pharmacovigilance|signal|reports?|occurrence|complications?)\b|\b(?:use|users|exposure|intake)\b",
                     re.IGNORECASE)
_NOT_IN = re.compile(r"\bnot\b", re.IGNORECASE)
#: After a drug, its efficacy and then a turn to harm (:data:`BUT_ASSOCIATED`), in one clause
#: of the drug's own: "Natalizumab … is highly effective in … but is associated with PML".
_TURNED_ASSOCIATED = re.compile(r"[^.;]{0,160}?\b" + BUT_ASSOCIATED, re.IGNORECASE)
#: After a list of harms: the second claim of "associated with weight gain but not with neutropenia".
_BUT_NOT_WITH = re.compile(r"\s*,?\s*(?:but|and|or)\s+not\s+(?:with\s+|to\s+)?(?:(?:an?|the)\s+)?", re.IGNORECASE)


#: Between a drug and the disease it was given for: the dose, route and schedule, then
#: "for": "haloperidol 5 mg every 6 hours for agitation", "azithromycin for pneumonia",
#: "is widely used for generalized epilepsy" (found by a new user: both "caused" what they
#: were given for). No verb but "used"/"given"/"prescribed", so "was stopped for
#: hepatotoxicity" and "was hospitalized for" stay out.
#: A word of a dose, route or schedule: "45/90 mg", "every 12 weeks", "at weeks 0 and 4 and then"
#: (found by a dermatology user: "received ustekinumab 45 mg at weeks 0 and 4 … for psoriasis").
_DOSING_WORD = (r"[\d.,/]+\s*(?:mg|g|mcg|µg|ug|IU|units?|mL|mmol)(?:/(?:kg|m2|m²|day|d|h))*|every|each|per|daily|"
                r"twice|once|three|times|a|day|days|hours?|h|weeks?|months?|orally|intravenously|intravenous|oral|"
                r"subcutaneous(?:ly)?|iv|po|bid|tid|qd|q\d+h|q\d+w|\d+|at|and|then|thereafter|loading|maintenance|"
                r"doses?")
GIVEN_FOR = re.compile(
    r"(?:\s*,?\s*(?:" + _DOSING_WORD + r"|(?:is|was|are|were)\s+(?:widely\s+|commonly\s+|often\s+|also\s+|"
    r"frequently\s+)?(?:used|given|prescribed)|(?:widely\s+|commonly\s+)?(?:used|given|prescribed))\b)*"
    r"\s+for\s+(?:the\s+)?(?:(?:treatment|management|prevention|prophylaxis|control)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:suspected|presumed|acute|chronic|severe|recurrent|refractory|newly\s+diagnosed|generali[sz]ed)\s+)*"
    # "for knee osteoarthritis", "for her bipolar disorder" (found by a new user)
    r"(?:(?:his|her|their|the\s+patient's|knee|hip|hand|back|lumbar|cervical|pelvic|bacterial|viral|fungal)\s+){0,2}$",
    re.IGNORECASE)


#: After a disease: an animal model's induction ("streptozotocin 60 mg/kg for diabetes
#: induction"), which the drug causes (found in review).
_MODEL_AFTER = re.compile(r"[\s-]+(?:induction|models?|modell?ing|development)\b", re.IGNORECASE)


def _given_for(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """A drug given "for" a disease (:data:`GIVEN_FOR`): it treats it."""
    if " for " not in sentence.text:
        return
    drugs = ctx.in_sentence(sentence, "Drug")
    diseases = ctx.in_sentence(sentence, "Disease")
    if not drugs or not diseases:
        return
    text = ctx.document.text
    # "Imatinib was superior to interferon alfa plus cytarabine for CML": the comparator's arm
    # is given for it by no claim of the sentence
    principal = _not_compared(text, sentence, drugs)
    for drug in drugs:
        if measured(text, drug) or drug not in principal:
            continue
        disease = next((d for d in diseases if d.start >= drug.end), None)
        if (disease is None or disease.start - drug.end > 70 or disease.entity.label.lower() in NOT_TREATED
                or GIVEN_FOR.match(text, drug.end, disease.start) is None or _MODEL_AFTER.match(text, disease.end)):
            continue
        yield Assertion(drug.curie, "treats", disease.curie,
                        (sentence_evidence(ctx, sentence, "treats:given-for", drug, disease),))


#: Before a disease, the people of a trial who have it: "1795 participants with early Alzheimer's disease".
# (an adjective of the disease's kind too, "severe eosinophilic asthma", and infants and
# recipients: found by respiratory and rare-disease users)
_PEOPLE_WITH = re.compile(r"\b(?:patients|participants|subjects|adults|children|adolescents|women|men|individuals|"
                          r"people|infants|neonates|newborns|recipients|eyes)"
                          # "Patients aged 12 to 80 years with severe uncontrolled asthma" (found by a
                          # respiratory user: no treats)
                          r"(?:\s+aged\s+\d+\s*(?:-|–|to)\s*\d+\s+years|\s+aged\s+\d+\s+years\s+or\s+(?:older|more))?"
                          r"\s+with\s+(?:(?:early|mild|moderate|severe|"
                          r"advanced|active|chronic|episodic|[a-z]+(?:ic|ous|ive|ary|oid)|"
                          r"nosocomial|hospital-acquired|ventilator-associated|community-acquired|complicated|"
                          r"uncomplicated|acute|moderately|severely|to|moderate-to-severe|"
                          r"relapsed|refractory|newly\s+diagnosed|untreated|previously\s+treated|treatment-naive|"
                          r"metastatic|recurrent|stable|symptomatic|uncontrolled|biopsy-proven|biopsy-confirmed|"
                          # "class III, IV or V lupus nephritis" (found by a nephrology user)
                          r"class\s+[IVX]+(?:\s*(?:,|or|and|\+)\s*[IVX]+)*)[\s,]+(?:or\s+|and\s+)?)*"
                          # and a word or two of the disease's kind: "moderate to severe plaque
                          # psoriasis" (found by a dermatology user: no treats, as with "psoriasis")
                          r"(?:(?!(?:of|who|and|or|history|prior|previous|no|without|a|an|the)\b)[a-z][a-z-]*\s+){0,2}$",
                          re.IGNORECASE)
#: A sentence of the trial's own assignment, "We randomly assigned 448 adults with …".
_WE_ASSIGNED = re.compile(r"\bwe\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed)\s+(?:a total of\s+)?\d[\d,]*\s",
                          re.IGNORECASE)
#: … and between its people's disease and their drug: "… caused by MRSA to linezolid".
_ASSIGNED_TO = re.compile(r"(?:(?!\b(?:who|and|were|was|had|received|with)\b)[^.;()])*?\bto(?:\s+receive)?\s+"
                          r"(?:(?:either|intravenous|oral|subcutaneous|open-label|adjunctive|add-on)\s+)*$", re.IGNORECASE)
#: After that disease, the trial giving them a drug: "… received intravenous lecanemab",
#: "… were randomized to erenumab 70 mg or placebo".
_RECEIVED_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?"
                             # an entry criterion with its threshold: "and proteinuria of at least
                             # 1.0 g/day" (found by a nephrology user)
                             r"(?:\s+and\s+(?:(?!(?:who|were|was|had|received|with|without|no)\b)[^\s.;()]+\s+){0,6}?"
                             r"[^\s;()]*\d[^\s;()]*(?:\s+(?!(?:who|were|was)\b)[^\s.;()]+){0,2})?"
                             # their history, no treatment of theirs: "… without prior chemotherapy",
                             # "… naive to tyrosine kinase inhibitors" (found in the trials: no treats)
                             r"(?:\s*,?\s+(?:without|with\s+no|and\s+no|na[iï]ve\s+to)\s+"
                             r"(?:(?!(?:who|were|was|received)\b)[^\s.;,()]+\s+){0,4}?[^\s.;,()]+)?"
                             r",?\s*(?:(?:who\s+)?(?:were|was)\s+(?:randomly\s+)?"
                             r"(?:randomi[sz]ed|assigned|allocated)\s+(?:\(?\d(?::\d)+\)?\s+|in\s+an?\s+\d(?::\d)+\s+ratio\s+)?"
                             r"to(?:\s+(?:receive|undergo))?|"
                             # not "patients with hepatitis who received isoniazid": who they are
                             r"received|(?:were|was)\s+(?:given|treated\s+with))\s+"
                             r"(?:(?:either|intravenous|oral|subcutaneous|intranasal|inhaled|intrathecal|intravitreal|"
                             r"open-label|adjunctive|add-on|daily|weekly|monthly|administration\s+of|treatment\s+with|"
                             r"infusions?\s+of|injections?\s+of)\s+)*"
                             # a regimen's name the lexicon lacks, then its drug: "received FOLFIRI
                             # with irinotecan" (found by a pharmacogenomics user: no treats)
                             r"(?:(?!(?:placebo|no|standard|usual|best)\b)[A-Z][\w-]*\s+(?:with|plus|containing|including)\s+)?$",
                             re.IGNORECASE)
#: A trial's own enrolment, "We enrolled 64 adults with …", whose "who received" is the trial's drug.
_WE_ENROLLED = re.compile(r"\bwe\s+(?:prospectively\s+|consecutively\s+)?(?:enrolled|recruited|included|treated)\s+"
                          r"(?:a total of\s+)?\d[\d,]*\s", re.IGNORECASE)
#: A who-clause of entry criteria between the people's disease and the drug they were assigned:
#: "… with acute coronary syndrome who carried … and underwent percutaneous coronary intervention
#: to ticagrelor" (found by a pharmacogenomics user: no treats); not "who were switched to warfarin".
_WHO_ASSIGNED_TO = re.compile(r"\s*,?\s+who\s+(?:[^.;()]{0,160}?\s)?"
                              r"(?<!switched\s)(?<!converted\s)(?<!transitioned\s)(?<!changed\s)(?<!progressed\s)"
                              r"(?<!refractory\s)(?<!intolerant\s)(?<!resistant\s)(?<!unresponsive\s)(?<!exposed\s)"
                              r"to(?:\s+receive)?\s+(?:(?:either|intravenous|oral|subcutaneous|open-label|adjunctive|add-on)\s+)*$",
                              re.IGNORECASE)


#: Between a drug and the people who have a disease: "Ustekinumab 45 mg was given every 12 weeks
#: to 300 adults with psoriasis" (found by a dermatology user: nothing said it treats psoriasis).
_GIVEN_TO = re.compile(r"(?:\s*,?\s*(?:" + _DOSING_WORD + r")\b)*\s*,?\s*(?:was|were|is|are)\s+(?:given|administered)"
                       r"(?:\s*,?\s*(?:" + _DOSING_WORD + r")\b)*\s+to\s+(?:a\s+total\s+of\s+)?(?:\d[\d,]*\s+)?",
                       re.IGNORECASE)


#: After the drugs a trial gave, what makes them supportive care, not the disease's treatment.
_SUPPORTIVE_AFTER = re.compile(r"\b(?:for|against)\s+(?!\d|one|two|three|four|six|eight|twelve|up\s+to)(?:the\s+)?"
                               r"(?:prevention|prophylaxis|management|[\w-]+-induced|[\w-]+-related|nausea|pain|"
                               r"infection|anaemia|anemia|neutropenia)|\b(?:before|prior\s+to|during|after|with)\s+"
                               r"(?:[\w-]+\s+){0,2}?(?:surgery|angiography|catheteri[sz]ation|imaging|chemotherapy|"
                               r"radiotherapy|transplant\w*|procedures?|infusions?)|\bto\s+prevent\b|"
                               r"\bor\s+no\s+[\w-]+|\bcardioprotect|\bantiemetic|\bcontrast\b", re.IGNORECASE)


#: Between people's disease and a drug: "… who received", and after it, that they fared better.
_WHO_RECEIVED = re.compile(r"\s*,?\s*who\s+(?:(?:received|were\s+given|were\s+treated\s+with)\s+)"
                           r"(?:(?:intravenous|oral|subcutaneous|inhaled|add-on|adjunctive)\s+)*", re.IGNORECASE)
_FARED_BETTER = re.compile(r"(?:\s*,?\s*(?:" + _DOSING_WORD + r")\b)*\s*,?\s*(?:had|showed|experienced|achieved)\s+"
                           r"(?:(?:significantly|markedly|substantially|numerically)\s+)?(?:fewer|less|lower|reduced|"
                           r"greater\s+improvements?|improved|better)\b", re.IGNORECASE)


#: Right before a drug: the people's passive assignment to it, "… were randomly assigned (2:1) to oral".
_PASSIVE_ASSIGNED_BEFORE = re.compile(r"\b(?:were|was)\s+(?:randomly\s+)?(?:randomi[sz]ed|assigned|allocated)\s+"
                                      r"(?:\(?\d(?::\d)+\)?\s+)?to(?:\s+receive)?\s+"
                                      r"(?:(?:either|intravenous|oral|subcutaneous|open-label)\s+)*$", re.IGNORECASE)
#: Between a drug (and its dose) and the people given it, a placebo arm: "Olaparib 400 mg twice
#: daily or placebo was given to 265 women with …".
_OR_PLACEBO_GIVEN = re.compile(r"(?:\s+[\w./-]+){0,5}?\s+(?:or|versus|vs\.?)\s+(?:matching\s+)?placebo" + _GIVEN_TO.pattern,
                               re.IGNORECASE)


#: Between the people's disease and the drug "we assigned" them to, their mutation: "… with cystic
#: fibrosis and at least one G551D-CFTR mutation to receive".
_AND_CARRIERS_TO = re.compile(r"\s+and\s+(?:at\s+least\s+one\s+|an?\s+|the\s+)?[^.;()]{0,60}?\s*(?:mutations?|variants?|"
                              r"alleles?|fusions?)\s+to(?:\s+receive)?\s+(?:(?:either|intravenous|oral|subcutaneous|"
                              r"open-label)\s+)*", re.IGNORECASE)


def _assigned_past_criteria(ctx: Context, sentence: Sentence, disease: Mention) -> Mention | None:
    """The drug the people with ``disease`` were given, past their entry criteria or a placebo
    arm: "345 patients with KRAS G12C-mutated NSCLC who had progressed after platinum-based
    chemotherapy and a PD-1 or PD-L1 inhibitor were randomly assigned to oral sotorasib",
    "Olaparib 400 mg twice daily or placebo was given to 265 women with … ovarian cancer"
    (found by a new user: no treats), "We randomly assigned 167 patients with cystic fibrosis and at
    least one G551D-CFTR mutation to receive ivacaftor". Not "who were switched to warfarin"
    (:data:`_WHO_ASSIGNED_TO`)."""
    text = ctx.document.text
    for drug in ctx.in_sentence(sentence, "Drug"):
        if (0 <= drug.start - disease.end <= 200 and _WHO_ASSIGNED_TO.fullmatch(text, disease.end, drug.start)
                and _PASSIVE_ASSIGNED_BEFORE.search(text, disease.end, drug.start)):
            return drug
        if (0 <= drug.start - disease.end <= 120 and _WE_ASSIGNED.search(text, sentence.start, disease.start)
                and _AND_CARRIERS_TO.fullmatch(text, disease.end, drug.start)):
            return drug
        given = _OR_PLACEBO_GIVEN.match(text, drug.end, disease.start) if drug.end < disease.start <= drug.end + 140 else None
        if given is not None and _PEOPLE_WITH.match(text, given.end(), disease.start):
            return drug
    return None


#: Before a disease, people with a molecular kind of it: "patients with KRAS G12C-mutated".
_PEOPLE_WITH_MARKER = re.compile(r"\b(?:patients|participants|adults|women|men|people)\s+with\s+(?:(?:advanced|metastatic|"
                                 r"recurrent|relapsed|previously\s+treated)\s+)*[A-Z][\w/-]*\s+(?:[\w/-]+\s+){0,2}$")


def _assigned_treats(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """:func:`_assigned_past_criteria` for each disease of people (:data:`_PEOPLE_WITH`, or a
    molecular kind of it, :data:`_PEOPLE_WITH_MARKER`): the drug treats it."""
    text = ctx.document.text
    for disease in ctx.in_sentence(sentence, "Disease"):
        window = max(sentence.start, disease.start - 80)
        if disease.entity.label.lower() in NOT_TREATED or not (
                _PEOPLE_WITH.search(text, window, disease.start) or _PEOPLE_WITH_MARKER.search(text, window, disease.start)):
            continue
        drug = _assigned_past_criteria(ctx, sentence, disease)
        if drug is None or measured(text, drug):
            continue
        listed = _coordinated(ctx, sentence, drug)
        if _SUPPORTIVE_AFTER.search(text, max(d.end for d in listed), sentence.end):
            continue
        for each in listed:
            yield Assertion(each.curie, "treats", disease.curie,
                            (sentence_evidence(ctx, sentence, "treats:population-received", each, disease),))


def _population_received(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """The drug a trial gave the people who have a disease: it treats it (found by a new user:
    "1795 participants with early Alzheimer's disease received intravenous lecanemab" said
    nothing, nor "patients with migraine were randomized to erenumab 70 mg or placebo")."""
    drugs = ctx.in_sentence(sentence, "Drug")
    if not drugs:
        return
    text = ctx.document.text
    for disease in ctx.in_sentence(sentence, "Disease"):
        if (disease.entity.label.lower() in NOT_TREATED
                or not _PEOPLE_WITH.search(text, max(sentence.start, disease.start - 80), disease.start)):
            continue
        drug = next((d for d in drugs if 0 <= d.start - disease.end <= 110
                     and _RECEIVED_AFTER.fullmatch(text, disease.end, d.start)), None)
        if drug is None:
            drug = next((d for d in drugs if 0 < disease.start - d.end <= 120
                         and (given := _GIVEN_TO.match(text, d.end, disease.start))
                         and _PEOPLE_WITH.match(text, given.end(), disease.start)), None)
        if drug is None:
            # "Patients with severe asthma who received tezepelumab had fewer exacerbations than
            # those who received placebo": who they are, told by what the drug did for them
            # (found by a respiratory user: no treats)
            drug = next((d for d in drugs if 0 <= d.start - disease.end <= 60
                         and _WHO_RECEIVED.fullmatch(text, disease.end, d.start)
                         and _FARED_BETTER.match(text, d.end, sentence.end)), None)
        if drug is None and _WE_ASSIGNED.search(text, sentence.start, disease.start):
            # "We randomly assigned 448 adults with nosocomial pneumonia caused by MRSA to
            # linezolid … or vancomycin" (found by an infectious-disease user: both "caused" it)
            drug = next((d for d in drugs if 0 <= d.start - disease.end <= 80
                         and _ASSIGNED_TO.fullmatch(text, disease.end, d.start)), None)
            if drug is None:
                drug = next((d for d in drugs if 0 <= d.start - disease.end <= 200
                             and _WHO_ASSIGNED_TO.fullmatch(text, disease.end, d.start)), None)
        if drug is None and _WE_ENROLLED.search(text, sentence.start, disease.start):
            # "We enrolled 64 adults with obstructive hypertrophic cardiomyopathy who received
            # mavacamten" (found by a cardiology user: no treats): the trial's drug, no history
            drug = next((d for d in drugs if 0 <= d.start - disease.end <= 60
                         and _WHO_RECEIVED.fullmatch(text, disease.end, d.start)), None)
        if drug is None or measured(text, drug):
            continue
        listed = _coordinated(ctx, sentence, drug)
        if _SUPPORTIVE_AFTER.search(text, max(d.end for d in listed), sentence.end):
            # "… randomized to receive ondansetron or placebo for chemotherapy-induced nausea",
            # "dexrazoxane … before doxorubicin": a drug given for something else (found in review).
            continue
        for each in listed:
            yield Assertion(each.curie, "treats", disease.curie,
                            (sentence_evidence(ctx, sentence, "treats:population-received", each, disease),))


#: A sentence that opens with the enrolled patients given the trial's drug: "Patients received
#: mavacamten starting at 5 mg daily" after "We enrolled 64 adults with obstructive hypertrophic
#: cardiomyopathy and …" (found by a cardiology user: no treats in a single-arm trial).
_THEY_RECEIVED = re.compile(r"\s*(?:all\s+|the\s+|these\s+|enrolled\s+)?(?:patients|participants|subjects)\s+(?:then\s+)?"
                            r"(?:received|were\s+given|were\s+treated\s+with)\s+(?:(?:intravenous|oral|subcutaneous|"
                            r"open-label|daily|weekly)\s+)*", re.IGNORECASE)


def _enrolled_received(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """The drug the enrolled patients received (:data:`_THEY_RECEIVED`) treats the diseases of the
    sentence before, the trial's enrolment (:data:`_WE_ENROLLED`, :data:`_PEOPLE_WITH`)."""
    drugs = ctx.in_sentence(sentence, "Drug")
    if not drugs or ctx.in_sentence(sentence, "Disease"):
        return
    text = ctx.document.text
    opening = _THEY_RECEIVED.match(text, sentence.start, sentence.end)
    if opening is None or opening.end() != drugs[0].start or measured(text, drugs[0]):
        return
    at = ctx.sentences.index(sentence)
    if at == 0:
        return
    before = ctx.sentences[at - 1]
    enrolled = _WE_ENROLLED.search(text, before.start, before.end)
    if enrolled is None:
        return
    listed = _coordinated(ctx, sentence, drugs[0])
    if _SUPPORTIVE_AFTER.search(text, max(d.end for d in listed), sentence.end):
        return
    for disease in ctx.in_sentence(before, "Disease"):
        if (disease.start < enrolled.end() or disease.entity.label.lower() in NOT_TREATED
                or not _PEOPLE_WITH.search(text, max(before.start, disease.start - 80), disease.start)):
            continue
        for each in listed:
            yield Assertion(each.curie, "treats", disease.curie,
                            (sentence_evidence(ctx, sentence, "treats:enrolled-received", each, disease, inferred=True),))


def _drug_associated(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """A drug whose use "was (not) associated with" a disease: an adverse event, stated or denied.

    "Amoxicillin use was not associated with tendon rupture", "Olanzapine was associated with
    weight gain but not with neutropenia" (found by a new user: no evidence at all, where
    pharmacovigilance studies say most of what they find this way).
    """
    if "associated" not in sentence.text and "linked" not in sentence.text:
        return
    drugs = ctx.in_sentence(sentence, "Drug")
    diseases = sorted(ctx.in_sentence(sentence, "Disease") + ctx.in_sentence(sentence, "AdverseEvent"),
                      key=lambda m: m.start)
    if not drugs or not diseases:
        return
    text = ctx.document.text
    for drug in drugs:
        said = DRUG_ASSOCIATED.match(text, drug.end, sentence.end)
        turned = None if said is not None else _TURNED_ASSOCIATED.match(text, drug.end, sentence.end)
        if turned is not None and not any(drug.end <= d.start < turned.end() for d in drugs):
            said = turned
        if said is None or measured(text, drug):
            continue
        first = next((d for d in diseases if d.start >= said.end()), None)
        if (first is None or _ASSOCIATED_HARM.match(text, said.end(), first.start) is None
                or _LOWERED.search(text, said.end(), first.start) or EFFICACY_AFTER.match(text, first.end)
                or _COURSE_AFTER.match(text, first.end)):
            continue
        # A denial is always told; a stated association only where the sentence speaks of
        # safety or the name is an adverse event's.
        stated = _SAFETY.search(text, sentence.start, sentence.end) or first.type == "AdverseEvent" or said is turned
        if not stated and not _NOT_IN.search(said.group()):
            continue
        harms = _coordinated(ctx, sentence, first)
        denied = _BUT_NOT_WITH.match(text, harms[-1].end)
        if denied is not None:
            harms += [d for d in diseases if d.start == denied.end()]
        for each in _coordinated(ctx, sentence, drug):
            for harm in harms:
                if harm.entity.label.lower() in NOT_TREATED:
                    continue
                yield Assertion(each.curie, "causesAdverseEvent", harm.curie,
                                (sentence_evidence(ctx, sentence, "causesAdverseEvent:associated", each, harm,
                                                   anchor=harm.start),))


#: Right before an event, a compound naming its cause: "chemotherapy-induced", "opioid-induced",
#: "cisplatin-associated" — but not the drug's own treatment ("treatment-related nausea").
_OTHER_CAUSE_BEFORE = re.compile(r"(?<![\w-])(?!(?:treatment|drug|therapy|study[- ]drug|infusion|injection|immune|"
                                 r"dose|medication|vaccine|vaccination)-)[\w()/]+(?:[\s-]+(?:and|or|but\s+not)\s+"
                                 r"[\w()/-]+)?-(?:induced|associated|related|provoked|triggered)\s+(?:[\w-]+\s+){0,2}$",
                                 re.IGNORECASE)


#: A dose: "1200 mg", "10 mg/kg".
#: (not a lab value's "6.8 mg/dL")
_DOSE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(mg|g|mcg|µg|ug|IU)(?:/(?:kg|m2|m²|day|d))?(?![\w/])", re.IGNORECASE)
#: After a drug, the doses it was given at: "linezolid 1200 mg or 600 mg daily", "(10 mg)".
_DOSES_AFTER = re.compile(r"(?:\s*(?:\(|,|\bat\b|\bor\b|\band\b|/|\bto\b)?\s*\d+(?:\.\d+)?\s*(?:mg|g|mcg|µg|ug|IU)"
                          r"(?:/(?:kg|m2|m²|day|d))?(?![\w/]))+", re.IGNORECASE)


def _dose_owner(ctx: Context, sentence: Sentence, main: Mention) -> Mention | None:
    """The drug whose doses a sentence naming no drug gives, or ``main`` if it gives none.

    "Optic neuropathy was reported in 4 participants receiving 1200 mg and in none receiving
    600 mg" is said of the drug the document gives at those doses ("linezolid 1200 mg or 600
    mg"), not of its main drug (found by an infectious-disease user: bedaquiline's event).
    Doses no drug (or several) of the document is given at: unsure, no drug.
    """
    doses = {(float(m.group(1)), m.group(2).lower()) for m in _DOSE.finditer(sentence.text)}
    if not doses:
        return main
    text = ctx.document.text
    owners: dict[str, Mention] = {}
    for drug in ctx.mentions:
        if drug.type != "Drug":
            continue
        given = _DOSES_AFTER.match(text, drug.end)
        if given is not None and doses & {(float(m.group(1)), m.group(2).lower()) for m in _DOSE.finditer(given.group())}:
            owners.setdefault(drug.curie, drug)
    return next(iter(owners.values())) if len(owners) == 1 else None


#: At a clause's start, a pronoun for the drug as its subject.
_PRONOUN_SUBJECT = re.compile(r"\s*(?:it|they|this\s+(?:drug|agent)|the\s+drug)\s", re.IGNORECASE)


#: After an event, its rate among the patients on a drug, with no verb: "Blood bilirubin increased in
#: 12% of patients receiving sotorasib", "ALT increased in 20% of patients given elafibranor" (found
#: by a new user: the lab abnormality's name holds the verb, and the event had no drug).
_EVENT_RATE_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:was\s+|were\s+)?(?:seen\s+|noted\s+)?in\s+\d+(?:\.\d+)?\s*%\s+"
                               r"(?:and\s+\d+(?:\.\d+)?\s*%\s+)?of\s+(?:the\s+)?(?:patients|participants|subjects|"
                               r"those|recipients|adults|children)\s+(?:who\s+(?:were\s+)?)?(?:receiving|received|given|"
                               r"treated\s+with|taking|on)\b", re.IGNORECASE)


def _adverse_events(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """Adverse events of the sentence's drug, or of the main drug (``inferred``).

    A disease told by its incidence (:data:`INCIDENCE_AFTER`) counts as an event.
    """
    # The sentence's own test first: :func:`incidence` reads around every disease of it.
    text = ctx.document.text
    if not ADVERSE.search(sentence.text) and not RISK_WORD.search(sentence.text) and not (
            RATES_OF.search(sentence.text) and _HIGHER_WORD.search(sentence.text)) and " found " not in sentence.text and not any(
            _EVENT_RATE_AFTER.match(text, e.end) for e in ctx.in_sentence(sentence, "AdverseEvent")):
        return
    drug_ends = {m.end for m in ctx.in_sentence(sentence, "Drug")}
    events = ctx.in_sentence(sentence, "AdverseEvent") + [
        d for d in ctx.in_sentence(sentence, "Disease")
        if d.entity.label.lower() not in NOT_TREATED and (incidence(text, sentence, d) or _EVENT_NAME.search(d.text)
                                                         or harm_risk(text, sentence, d, drug_ends))
        # "After starting ibuprofen … for knee osteoarthritis, she developed …": what the drug
        # was given for is no harm of it (found by a new user)
        and not any(0 <= d.start - end <= 70 and GIVEN_FOR.match(text, end, d.start) for end in drug_ends)]
    if not events:
        return
    events.sort(key=lambda m: m.start)
    # A drug that prevented or treated the event ("was prevented by pyridoxine"), or a lab
    # value ("serum creatinine"), is not what caused it (found by a new user).
    drugs = [d for d in ctx.in_sentence(sentence, "Drug") if not measured(text, d)
             and not (REMEDY_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)
                      and not _DOSE_CHANGE_AFTER.match(text, d.end))]
    # "… were higher for patients who received upadacitinib than for those receiving
    # dupilumab": the arm after "than" is the comparator (found in review)
    compared = [d for d in drugs if _THAN_BEFORE.search(text, max(sentence.start, d.start - 120), d.start)
                # "The addition of ramucirumab to docetaxel did not increase …": docetaxel is
                # the background both arms had (found in review)
                or _ADDED_TO.search(text, max(sentence.start, d.start - 60), d.start)
                # "Acalabrutinib was noninferior to ibrutinib … and had a lower incidence of
                # cardiovascular adverse events" (found by a haematology user)
                or _COMPARATOR_BEFORE.search(text, max(sentence.start, d.start - 30), d.start)]
    if compared and len(compared) < len(drugs):
        drugs = [d for d in drugs if d not in compared]
    main = ctx.main_drug
    if main is not None and any(d.curie == main.curie for d in ctx.in_sentence(sentence, "Drug")):
        main = next((d for d in drugs if d.curie == main.curie), None)  # the remedy itself is no cause
    if not drugs and main is not None:
        main = _dose_owner(ctx, sentence, main)
    for n, event in enumerate(events):
        drug, inferred = (_nearest(drugs, event.start, sentence), False) if drugs else (main, True)
        clause = clause_bounds(sentence, event.start)
        if drugs and not any(clause[0] <= d.start < clause[1] for d in drugs) and _PRONOUN_SUBJECT.match(text, clause[0]):
            # "Upadacitinib 30 mg showed superior efficacy to dupilumab …, although it may
            # carry a higher risk of herpes zoster": "it" is the sentence's subject, not the
            # drug nearest (found by a dermatology user: dupilumab caused the zoster).
            drug = drugs[0]
        if drug is None:
            continue
        rule = "causesAdverseEvent:trigger" + (":main-drug" if inferred else "")
        each_drug = [drug] if inferred else _coordinated(ctx, sentence, drug)
        # "Hand-foot syndrome occurred in 17% on sunitinib and 16% on sorafenib": each arm
        # with its own rate of the event, up to the next event named (found by a new user).
        until = events[n + 1].start if n + 1 < len(events) else sentence.end
        for d in drugs:
            if not (event.end <= d.start < until) or d.curie in {e.curie for e in each_drug}:
                continue
            before = max((e.end for e in each_drug if e.end <= d.start), default=event.end)
            # "… in 16% on sorafenib" after "17% on sunitinib and": nothing but the list between
            # (found in review: "and disease control was achieved in 40% on gefitinib").
            if (RATE_ON.search(text, max(event.end, d.start - 40), d.start)
                    # "18.2% of vancomycin recipients" (found by an infectious-disease user)
                    or (_RATE_OF.search(text, max(event.end, d.start - 40), d.start)
                        and ARM_NOUN.match(text, d.end))) and not _OTHER_CLAUSE.search(
                    text, before, d.start) and not any(before <= m.start < d.start for m in ctx.in_sentence(sentence, "Endpoint")):
                each_drug.append(d)
        if _OTHER_CAUSE_BEFORE.search(text, max(sentence.start, event.start - 40), event.start):
            # "Ondansetron prevents chemotherapy-induced nausea": the compound names the
            # event's own cause, which is no drug of the sentence (found while probing: the
            # antiemetic "caused" nausea); a drug's compound is :func:`_induced`'s.
            continue
        for each in each_drug:
            compound = INDUCED_AFTER.match(text, each.end) if text.startswith("-", each.end) else None
            if compound is not None and 0 <= event.start - compound.end() <= 40:
                continue    # "nevirapine-induced rash": the compound's own claim (:func:`_induced`)
            yield Assertion(each.curie, "causesAdverseEvent", event.curie,
                            (sentence_evidence(ctx, sentence, rule, each, event, inferred=inferred, anchor=event.start),))


#: After a harm, a relative clause that gives it to a drug named next: "… arterial occlusive
#: disease requiring angioplasty, which we attributed to ponatinib" (found by a haematology
#: user: only the pair classifier's edge), or that it went when the drug was stopped, the
#: case report's dechallenge: "acute pancreatitis, which resolved after ponatinib was withheld",
#: "… which resolved after discontinuation of ponatinib" (found by the same: no edge).
_WHICH_ATTRIBUTED = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s+(?:which|that)\s+(?:(?:we|the\s+authors|was|were|is|are)\s+)?"
                               r"(?:(?:likely|probably|also)\s+)?(?:attributed|ascribed)\s+to\s+(?:the\s+)?", re.IGNORECASE)
_WHICH_RESOLVED = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,?\s+(?:which|that)\s+(?:(?:promptly|completely|rapidly|later|then)\s+)?"
                             r"(?:resolved|improved|subsided|abated|disappeared|regressed|normali[sz]ed)\s+"
                             r"(?:(?:promptly|completely|rapidly)\s+)?(?:after|upon|on|following|when)\s+(?:the\s+)?"
                             r"(?P<stopped>(?:discontinuation|withdrawal|cessation|interruption|stopping)\s+of\s+(?:the\s+)?)?",
                             re.IGNORECASE)
_WAS_STOPPED = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:(?:temporarily|permanently)\s+)?"
                          r"(?:withheld|discontinued|stopped|interrupted|held|withdrawn|ceased)\b", re.IGNORECASE)


#: Between a drug's verb of harm and a disease: the patients the disease describes ("forskolin-induced
#: organoid swelling in patients with cystic fibrosis"). Their disease is no harm of the drug's
#: (found by a cystic-fibrosis user: forskolin, an assay's reagent, caused cystic fibrosis).
_PATIENTS_WITH = re.compile(r"\b(?:patients|subjects|adults|children|adolescents|infants|individuals|people|those)\s+"
                            r"with\b", re.IGNORECASE)


def _induced(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """A drug that induces a disease ("cocaine-induced seizures", "hepatitis caused by X").

    The disease is then an adverse event of the drug (DESIGN: a disease can be both).
    """
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    # "induced tumor regression", "produced 86% tumor growth inhibition" is efficacy (found by a new user).
    diseases = [d for d in ctx.in_sentence(sentence, "Disease") + ctx.in_sentence(sentence, "AdverseEvent")
                if not EFFICACY_AFTER.match(text, d.end) and not MODEL_AFTER.match(text, d.end)]
    for drug in drugs:
        if not INDUCED_AFTER.match(text, drug.end):
            continue
        after = [d for d in diseases if 0 <= d.start - drug.end <= 40 and not TREAT.search(text, drug.end, d.start)
                 and not INHIBIT.search(text, drug.end, d.start) and not _PATIENTS_WITH.search(text, drug.end, d.start)]
        if after:
            disease = min(after, key=lambda d: d.start)
            evidence = sentence_evidence(ctx, sentence, "causesAdverseEvent:induced", drug, disease, anchor=drug.start)
            if (evidence.negated and text.startswith("-", drug.end)
                    and not NEGATED_NOUN_BEFORE.search(text, max(sentence.start, drug.start - 45), drug.start)
                    and not _NOT_SEEN_AFTER.match(text, disease.end)):
                # "Lithium does not protect against clozapine-induced agranulocytosis": the
                # compound takes the harm as given; the clause's "not" denies the protection
                # (found by a new user), as "HLA-B*57:01 was not associated with nevirapine-
                # induced rash" denies the allele's part (found by a pharmacogenomics user).
                # "No clozapine-induced agranulocytosis", "… was not observed" deny the harm.
                hedge = _cue(HEDGE_CUES, text, sentence.start, sentence.end, [drug, disease]) if evidence.hedged else None
                evidence = replace(evidence, negated=False, cue=hedge)
            yield Assertion(drug.curie, "causesAdverseEvent", disease.curie, (evidence,))
    agents = [d for d in drugs if not measured(text, d)]
    for drug in agents:
        verb = CAUSE_VERB.search(text, drug.end, min(sentence.end, drug.end + 40))
        if verb is None or NOT_TREAT.search(text, drug.end, verb.start()):
            continue
        listed = _coordinated(ctx, sentence, drug)
        if any(COMPARED_BEFORE.search(text, max(sentence.start, d.start - 30), d.start) for d in listed):
            continue
        if text[verb.start() - 1] == "-" and not _OWN_COMPOUND.fullmatch(text, drug.end, verb.start()):
            # "N-acetylcysteine attenuated cisplatin-induced nephrotoxicity": the verb is
            # another drug's compound (found by a new user); "lidocaine (50 mg/kg)-induced"
            # and "caffeine- but not pentylenetetrazole-induced" are the drug's own.
            continue
        start, end = clause_bounds(sentence, verb.start())
        # "induced remission of CML" is efficacy, not harm: no treatment word in between.
        # Nor is "induced G2/M arrest and inhibited tumour growth" harm to the tumour.
        # Nor "induce durable remissions in AML": an efficacy endpoint between (found by a new user).
        benefits = [e for e in ctx.in_sentence(sentence, "Endpoint") if e.curie not in HARM_ENDPOINTS]
        caused = [d for d in diseases if verb.end() <= d.start < end and d.start - verb.end() <= 60
                  and not TREAT.search(text, verb.end(), d.start) and not INHIBIT.search(text, verb.end(), d.start)
                  and not any(verb.end() <= e.start < d.start for e in benefits)
                  # "produced a larger reduction in proteinuria than irbesartan" is efficacy
                  # (found by a nephrology user: sparsentan caused proteinuria)
                  and not _LOWERED.search(text, verb.end(), d.start) and not MODEL_AFTER.match(text, d.end)
                  # "causes motor improvement in spinal muscular atrophy" (found in review)
                  and not COURSE_BEFORE.search(text, max(verb.end(), d.start - 50), d.start)
                  and not _PATIENTS_WITH.search(text, verb.end(), d.start)]
        if not caused:
            continue
        # The list on either side: "ciprofloxacin, levofloxacin and moxifloxacin may cause
        # tendinopathy and tendon rupture" says it of each (found by a new user).
        for each in listed:
            for disease in _coordinated(ctx, sentence, caused[0]):
                yield Assertion(each.curie, "causesAdverseEvent", disease.curie,
                                (sentence_evidence(ctx, sentence, "causesAdverseEvent:cause-verb", each, disease,
                                                   anchor=disease.start),))
    starting = {d.start: d for d in drugs}
    for disease in diseases:
        attributed = _WHICH_ATTRIBUTED.match(text, disease.end, sentence.end)
        resolved = _WHICH_RESOLVED.match(text, disease.end, sentence.end)
        blamed = starting.get(attributed.end()) if attributed else None
        if blamed is None and resolved is not None and (stopped := starting.get(resolved.end())) is not None and (
                resolved.group("stopped") or _WAS_STOPPED.match(text, stopped.end)):
            blamed = stopped
        if blamed is not None and not any(disease.end <= d.start < blamed.start for d in diseases):
            yield Assertion(blamed.curie, "causesAdverseEvent", disease.curie,
                            (sentence_evidence(ctx, sentence, "causesAdverseEvent:induced-by", blamed, disease,
                                               anchor=disease.start),))
            continue
        cue = INDUCED_BEFORE.match(text, disease.end)
        if not cue or cue.end() == disease.end:
            continue
        # … right after it: "pneumonia caused by MRSA to linezolid" was caused by MRSA (found
        # by an infectious-disease user: linezolid "caused" the pneumonia it was given for)
        following = [d for d in drugs if 0 <= d.start - cue.end() <= 12
                     and (not _ANOTHER_AGENT.search(text, cue.end(), d.start)
                          or _AGENT_OF.fullmatch(text, cue.end(), d.start))
                     and not prior_line(ctx, sentence, d)]
        if following:
            drug = min(following, key=lambda d: d.start)
            yield Assertion(drug.curie, "causesAdverseEvent", disease.curie,
                            (sentence_evidence(ctx, sentence, "causesAdverseEvent:induced-by", drug, disease,
                                       anchor=disease.start),))


def _response(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """Mutation → drug sensitivity or resistance, by the trigger nearest the mutation.

    The trigger is looked for in the mutation's clause, and in the whole sentence when a
    drug is named in it ("A patient with V600E ... was treated with vemurafenib and had a
    partial response"); the drug is the nearest one in the sentence, else the document's
    main drug (``inferred``).
    """
    text = ctx.document.text
    previous: tuple[str, list[Mention], bool] | None = None    # the last response read: predicate, drugs, inferred
    history = _history_spans(ctx, sentence)
    # The history's own words tell no response when another drug is named: "In patients who had
    # progressed on alectinib, G1202R … a response rate of 57% with lorlatinib" (found by an
    # oncology user: G1202R resisted alectinib); alone, "T790M was detected in patients who
    # progressed on erlotinib" still resists it.
    skip = tuple(history.values()) if len(history) < len(ctx.in_sentence(sentence, "Drug")) else ()
    # Nor do those of a resistance to an older class: "resistant to first-generation EGFR
    # inhibitors, and osimertinib was active" (wave 5: T790M resisted osimertinib)
    skip += _older_class_resistance(ctx, sentence) + _disease_kinds(ctx, sentence)
    skip += _regimen_history(ctx, sentence)
    for mutation in ctx.in_sentence(sentence, "Mutation"):
        if IRRESPECTIVE_BEFORE.search(text, max(sentence.start, mutation.start - 60), mutation.start):
            continue    # "benefit irrespective of STK11 mutation status": no response of it
        if reference_allele(mutation) or _NEGATIVE_AFTER.match(text, mutation.end):
            # "tolerated in UGT1A1*1/*1 patients", "No T-cell response … in 10 HLA-B*57:01-negative
            # donors": the reference allele, and patients who lack the allele, tell no response
            # of a variant (found by a pharmacogenomics user: UGT1A1*1 sensitive to irinotecan,
            # HLA-B*57:01 denied abacavir's).
            continue
        if (_ABSENT_AFTER.match(text, mutation.end)
                or _ABSENT_BEFORE.search(text, max(sentence.start, mutation.start - 20), mutation.start)):
            continue    # "cells in which T790M was lost": it is gone, no response of it
        if _PARTNER_BEFORE.search(text, max(sentence.start, mutation.start - 30), mutation.start) or (
                _PARTNER_AFTER.match(text, mutation.end) and any(
                    m.end <= mutation.start and _JOINER.fullmatch(text, m.end, mutation.start)
                    for m in ctx.in_sentence(sentence, "Mutation"))):
            continue    # "C797S and T790M in trans": T790M is the partner allele
        if _SETTING_BEFORE.search(text, max(sentence.start, mutation.start - 40), mutation.start) and _SETTING_AFTER.match(
                text, mutation.end) and any(
                    m.end <= d.start < mutation.start
                    for m in ctx.in_sentence(sentence, "Mutation") if m.curie != mutation.curie
                    for d in ctx.in_sentence(sentence, "Drug")):
            continue    # "C797S … resistance to osimertinib in EGFR T790M-positive NSCLC": the setting
        start, end = clause_bounds(sentence, mutation.start)
        if (but := _BUT_WITHOUT.match(text, end, sentence.end)) is not None:
            # "Patients with L858R but without T790M responded to erlotinib": the "but" names
            # who else the patients are, it starts no clause (wave 5: L858R told nothing)
            end = clause_bounds(sentence, but.end())[1]
        if previous is not None and BUT_NOT_BEFORE.search(text, max(sentence.start, mutation.start - 40), mutation.start):
            # "active against L1196M but not against G1202R": the same response, denied
            # (found by a new user). The clause's own "not" makes the evidence negated.
            predicate, drugs, inferred = previous
            for each in drugs:
                yield Assertion(mutation.curie, predicate, each.curie, (
                    sentence_evidence(ctx, sentence, f"{predicate}:elided", mutation, each, inferred=inferred,
                                      anchor=mutation.start),))
            continue
        if previous is not None and _DID_NOT_AFTER.fullmatch(text, mutation.end, end) and not any(
                start <= d.start < end for d in ctx.in_sentence(sentence, "Drug")):
            # "Patients with G12C responded to sotorasib, but those with KRAS G12D did not": the
            # response before, elided and denied by the clause's own "not" (wave 5: nothing)
            predicate, drugs, inferred = previous
            for each in drugs:
                yield Assertion(mutation.curie, predicate, each.curie, (
                    sentence_evidence(ctx, sentence, f"{predicate}:elided", mutation, each, inferred=inferred,
                                      anchor=mutation.start),))
            continue
        if _lacked(ctx, sentence, mutation):
            # "Patients without EGFR T790M did not respond to osimertinib", "tumours negative
            # for BRAF V600E", "C797S in the absence of T790M": who lacks the mutation tells
            # no response of it (wave 5: denied sensitivities of T790M, V600E)
            continue
        if _WITHOUT_BEFORE.search(text, max(sentence.start, mutation.start - 30), mutation.start) and any(
                (m.curie == mutation.curie or (m.entity.gene and m.entity.gene == mutation.entity.gene))
                and m.end <= mutation.start for m in ctx.in_sentence(sentence, "Mutation")):
            # "… versus 71% in patients without TP53 mutations": the comparison's other group;
            # so are "patients without detectable ALK mutations" after G1202R's (found by an
            # oncology user: a denied sensitivity of the ALK mutation)
            continue
        if _NO_DIFFERENCE.search(text, sentence.start, sentence.end) or _SIMILAR_IN.search(
                text, *clause_bounds(sentence, mutation.start)) or _NOT_DIFFERENT.search(
                text, *clause_bounds(sentence, mutation.start)):
            # "Patients with FLG loss-of-function mutations … did not have a different EASI-75
            # response rate", "had similar response rates": the carriers fared as the others
            # did, no response of the mutation (found by a dermatology user: a sensitivity).
            continue
        yield from _continued(ctx, sentence, mutation, end)
        yield from _resistance_caused(ctx, sentence, mutation)
        yield from _function_restored(ctx, sentence, mutation)
        drugs = [d for d in ctx.in_sentence(sentence, "Drug") if start <= d.start < end]
        near = (mutation.start, mutation.end)
        population = POPULATION_BEFORE.search(text, max(sentence.start, mutation.start - 40), mutation.start) is not None
        triggers = _triggers(text, near, start, end, population=population, skip=skip)
        anchor = mutation.start
        if not drugs and (elided := _ELIDED_BUT.match(text, end, sentence.end)) is not None:
            # "M184V did not alter integrase inhibitor susceptibility but increased
            # susceptibility to tenofovir": the clause after "but" is the mutation's too, with
            # its own drug, trigger and (no) negation (found by an HIV user: the first
            # clause's "not" denied the sensitivity, given to the main drug).
            part = clause_bounds(sentence, elided.end())
            after = [d for d in ctx.in_sentence(sentence, "Drug") if part[0] <= d.start < part[1]]
            after_triggers = _triggers(text, near, *part, population=population, skip=skip)
            if after and after_triggers:
                drugs, triggers, anchor = after, after_triggers, after[0].start
        if not triggers or not drugs:
            # Not past a semicolon or a contrast: "Acquired KRAS Y96D, R68S and H95D mutations
            # emerged at progression; KRAS Y96D conferred resistance to sotorasib" says it of
            # Y96D alone (found by an oncology user).
            part = contrast_bounds(sentence, mutation.start)
            sentence_drugs = [d for d in ctx.in_sentence(sentence, "Drug") if part[0] <= d.start < part[1]]
            if sentence_drugs and not triggers:
                # Not past a contrast: "approved for ALK-rearranged NSCLC, but acquired
                # resistance invariably develops" (found by a new user) says nothing of the fusion.
                triggers = _triggers(text, near, *contrast_bounds(sentence, mutation.start), population=population,
                                     skip=skip)
            drugs = drugs or sentence_drugs
        if not triggers:
            continue
        predicate = min(triggers)[1]
        if _IRRESPECTIVE_TREATMENT.search(text, start, end):
            continue    # "shorter PFS … irrespective of treatment": a prognosis
        if IRRESPECTIVE_GENOTYPE.search(text, sentence.start, sentence.end):
            continue    # "improved LVOT obstruction in carriers of R719W irrespective of sarcomere genotype"
        regardless = [d for d in ctx.in_sentence(sentence, "Drug")
                      if IRRESPECTIVE_DRUG.search(text, max(sentence.start, d.start - 50), d.start)]
        if regardless:
            # "… irrespective of treatment with daratumumab": no response to it, nor to the main
            # drug; another drug the sentence names keeps its own ("benefit from osimertinib
            # regardless of prior gefitinib").
            drugs = [d for d in drugs if d not in regardless]
            if not drugs:
                continue
        if drugs and all(d.start in history for d in drugs):
            # Only the patients' history is named: a response is the paper's own drug's
            # (inferred); a resistance stays the history's ("T790M emerged in patients
            # previously treated with erlotinib").
            if (predicate == "confersSensitivityTo" and ctx.main_drug is not None
                    and ctx.main_drug.curie not in {d.curie for d in drugs}):
                drugs = []
        else:
            drugs = [d for d in drugs if d.start not in history]
        drugs = [d for d in drugs if not prior_line(ctx, sentence, d)] or drugs
        comparators = _comparators(text, sentence, drugs) | _backbone(ctx, sentence)
        drugs = [d for d in drugs if d.start not in comparators] or drugs
        drug, inferred = ((_nearest(drugs, mutation.start, sentence), False) if drugs
                          else (ctx.main_drug, True))
        named = [d for d in ctx.in_sentence(sentence, "Drug") if d.start not in history]
        across = not drugs and bool(named) and (drug is None or drug.curie not in {d.curie for d in named})
        if across:
            # The sentence names its drugs across a contrast: they, not the main drug, are the
            # subject ("Covalent BTK inhibitors such as ibrutinib have transformed CLL treatment,
            # but resistance frequently emerges through BTK C481S" in a paper on pirtobrutinib;
            # found by a haematology user: C481S resisted pirtobrutinib). Still inferred.
            drug = _nearest(named, mutation.start, sentence)
        if drug is None or (inferred and predicate == "confersResistanceTo"
                            and (OTHER_DRUGS.search(text, sentence.start, sentence.end)
                                 or _FAILED_CLASS.search(text, sentence.start, sentence.end)
                                 or (drug.entity.label.lower().endswith("mab")
                                     and _KINASE_INHIBITORS.search(text, sentence.start, sentence.end))
                                 or (PROGNOSIS.search(text, sentence.start, sentence.end)
                                     and not TREATMENT_WORD.search(text, sentence.start, sentence.end)))):
            # Nor of the main drug where the sentence speaks of no treatment: "FLT3-ITD is
            # associated with poor outcomes in AML" is a prognosis (found by a new user:
            # FLT3-ITD resisted gilteritinib).
            continue
        compared = _strata_direction(ctx, sentence, mutation)
        if compared is not None:
            # "41% in patients with TP53 mutations versus 71% in patients without": the
            # carriers did worse, whatever word of efficacy the sentence has (found by a
            # haematology user: read as sensitivity)
            predicate = compared
        elif not inferred and len({p for _, p in triggers}) == 2:
            # Both directions in one clause: the word that takes the drug as its object
            # decides. "Patients with G595R-mediated resistance responded to selitrectinib"
            # (found by a new user).
            predicate = _governing(text, drug, start) or predicate
        rule = f"{predicate}:trigger" + (":across-contrast" if across else ":main-drug" if inferred else "")
        each_drug = [drug] if inferred and not across else _coordinated(ctx, sentence, drug)
        # Not past a clause's ", and": "G1202R confers resistance to crizotinib, and lorlatinib
        # was active" says nothing of lorlatinib's response (wave 5: it resisted too)
        own_clause = clause_bounds(sentence, drug.start)
        each_drug = [d for d in each_drug if clause_bounds(sentence, d.start) == own_clause]
        previous = (predicate, each_drug, inferred)
        # "…, although this association was not significant": the clause after denies the
        # response its own clause told (found by a nephrology user: rs9934336's smaller
        # HbA1c reduction with empagliflozin was stated).
        unproven = end < sentence.end and _NOT_SIGNIFICANT_AFTER.match(text, end, sentence.end) is not None
        denied = _denied_trigger(ctx, sentence, mutation, predicate) if inferred and not across else None
        doubted = _hedged_trigger(ctx, sentence, mutation, predicate) if inferred and not across else None
        # "T315I was not inhibited by imatinib": the resistance's own "not" denies nothing
        told = _told(ctx, sentence, predicate)
        for each in each_drug:
            evidence = sentence_evidence(told, sentence, rule, mutation, each, inferred=inferred, anchor=anchor)
            if unproven and not evidence.negated:
                evidence = replace(evidence, negated=True, hedged=False, cue="not significant")
            elif denied is not None and not evidence.negated:
                evidence = replace(evidence, negated=True, hedged=False, cue=denied)
            elif doubted is not None and not evidence.negated and not evidence.hedged:
                evidence = replace(evidence, hedged=True, cue=doubted)
            # "Patients with KRAS G12D are unlikely to benefit from cetuximab": a resistance
            # foretold, in doubt (HEDGE_CUES leave "unlikely to benefit" out, as it is the resistance)
            evidence = _unlikely_hedged(ctx, sentence, predicate, evidence, mutation.start)
            yield Assertion(mutation.curie, predicate, each.curie, (evidence,))
        if not inferred:
            # "conferred resistance to asciminib but not to bosutinib": the same response of the
            # drug after "but not", denied (found by a new user: nothing was said of bosutinib).
            last = max(d.end for d in each_drug)
            for other in ctx.in_sentence(sentence, "Drug"):
                if other.start > last and other.curie not in {d.curie for d in each_drug} and _BUT_NOT_WITH.fullmatch(
                        text, _bracket_end(text, last), other.start):
                    evidence = sentence_evidence(ctx, sentence, f"{predicate}:elided", mutation, other,
                                                 anchor=mutation.start)
                    yield Assertion(mutation.curie, predicate, other.curie,
                                    (replace(evidence, negated=True, hedged=False, cue="but not"),))
                    break


#: A response said not to depend on the patients' genotype: "Mavacamten improved LVOT obstruction
#: in carriers of MYH7 R719W irrespective of sarcomere genotype", "sarcomere genotype was not
#: associated with response to mavacamten": no response of a carrier's variant, in its sentence
#: or (document rule) in another (found by a cardiology user: R719W and R403Q sensitive to mavacamten).
IRRESPECTIVE_GENOTYPE = re.compile(r"\b(?:irrespective|regardless|independent(?:ly)?)\s+of\s+(?:the\s+|their\s+|its\s+)?"
                                   r"(?:[\w-]+\s+){0,2}?(?:genotypes?|carrier\s+status)\b|"
                                   r"\bgenotypes?\s+(?:was|were|is|are)\s+not\s+(?:significantly\s+)?"
                                   r"(?:associated\s+with|predictive\s+of|related\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                   r"(?:response|benefit|efficacy|outcomes?)\b", re.IGNORECASE)
#: A star allele's reference (wild-type) allele, "*1" (also "*1A"), a closed class of the
#: star nomenclature: no variant, so no response (found by a pharmacogenomics user).
_REFERENCE_ALLELE = re.compile(r"-star1[A-Z]?$")
#: After an allele: its carriers' absence, "HLA-B*57:01-negative donors" (the mutation patterns
#: drop "T790M-negative", but not a star allele's).
_NEGATIVE_AFTER = re.compile(r"[\s-]+(?:negative|non-?carriers?)\b", re.IGNORECASE)


def reference_allele(mutation: Mention) -> bool:
    """Whether ``mutation`` is a star allele's reference allele ("UGT1A1*1", "CYP2C19*1")."""
    return mutation.entity.variant_type == "SO:0001023" and _REFERENCE_ALLELE.search(mutation.curie) is not None


#: A later clause that denies the finding: "although this association was not (statistically) significant".
# ("In the subgroup with FLT3-TKD mutations alone, the survival benefit was not statistically
# significant", found in review: a stated sensitivity)
_NOT_SIGNIFICANT_AFTER = re.compile(r"\s*[,;]?\s*(?:(?:although|though|but|however|yet)\s*,?\s+)?(?:this|the|these|that|which)\s+"
                                    r"(?:[\w-]+\s+)?(?:associations?|differences?|effects?|findings?|trends?|interactions?|"
                                    r"reductions?|benefits?|improvements?|gains?)?\s*(?:was|were|is|are|did)\s+not\s+(?:statistically\s+)?(?:significant|"
                                    r"reach\s+(?:statistical\s+)?significance)\b", re.IGNORECASE)
#: A short bracket after a drug, "(>100-fold)", which a denial after it passes over.
_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,25}\)")


def _bracket_end(text: str, end: int) -> int:
    """Where the short bracket right after ``end`` closes, or ``end`` when there is none."""
    bracket = _BRACKET_AFTER.match(text, end)
    return end if bracket is None else bracket.end()

#: At a clause's end, a "but" that only adds what the patients lack: "… with L858R but without T790M".
_BUT_WITHOUT = re.compile(r"\s*,?\s*but\s+(?:without|lacking|no|not\s+(?:harbou?ring|carrying))\b|"
                          # "Patients with KRAS G12C, but not those with G12D, may be considered for
                          # sotorasib": the aside names who is left out, and the clause goes on
                          r"\s*,\s*but\s+not\s+(?:those|patients|tumou?rs|cells|cases)\s+(?:with|harbou?ring|carrying)\s+"
                          r"[^,;()]{1,40},(?=\s*[a-z])", re.IGNORECASE)
#: After a mutation, to its clause's end, a denial with its verb elided: "(but those with G12D)
#: did not", "(whereas G12D tumours) did not respond".
_DID_NOT_AFTER = re.compile(r"(?:[\s-]+[\w-]+){0,3}?\s+(?:did|do|does|was|were|had|have|has)\s+not"
                            r"(?:\s+(?:respond|benefit|do\s+so))?\s*[.)]?\s*", re.IGNORECASE)
#: Right before a mutation, words that say the patients or cells lack it: "patients without (EGFR)
#: T790M", "in the absence of T790M", "negative for BRAF V600E", "no detectable T790M"; not "no"
#: alone ("No KRAS G12D-mutant tumour responded" denies the response).
_LACKING_BEFORE = re.compile(r"\b(?:(?<!with or )(?<!with and )(?<!and )without|(?:the\s+)?absence\s+of|negative\s+for|"
                             r"free\s+of|wild[- ]type\s+for|no\s+(?:detectable|evidence\s+of)|(?<=with\s)no|(?<=but\s)no|(?<=and\s)no|did\s+not\s+(?:have|harbou?r|"
                             r"carry)|not\s+(?:harbou?ring|carrying|having)|lacking|lacked|lack)\s+(?:an?\s+|the\s+|any\s+|detectable\s+)?"
                             # ("lacking KIT or PDGFRA mutations": a gene coordinated before)
                             r"(?:[\w-]+\s+(?:or|and|and/or|nor)\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _lacked(ctx: Context, sentence: Sentence, mutation: Mention) -> bool:
    """Whether ``mutation`` is named as what the patients or cells lack (:data:`_LACKING_BEFORE`),
    or is coordinated with a mutation that is ("without KRAS G12D or G13D")."""
    text = ctx.document.text
    earlier = [m for m in ctx.in_sentence(sentence, "Mutation") if m.end <= mutation.start]
    while True:
        if _LACKING_BEFORE.search(text, max(sentence.start, mutation.start - 40), mutation.start):
            return True
        joined = [m for m in earlier if _JOINER.fullmatch(text, m.end, mutation.start)]
        if not joined:
            return False
        mutation = joined[-1]


_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A response told as no different from the others': "similar response rates", "did not have a
#: different EASI-75 response rate".
_NO_DIFFERENCE = re.compile(r"\b(?:similar|comparable|equivalent|(?:not|no)\s+(?:have\s+)?(?:an?\s+)?(?:significantly\s+|"
                            r"statistically\s+)?different)\s+(?:[\w-]+\s+){0,2}(?:response|responses|outcomes?|benefit)\b|"
                            # "responded similarly to resmetirom as non-carriers" (found by a
                            # respiratory user: a sensitivity of PNPLA3 I148M)
                            r"\b(?:respond(?:ed|s)?|benefit(?:ed|s)?|fared)\s+(?:similarly|comparably|equally(?:\s+well)?|alike)\b|"
                            # "virologic response did not differ between groups", "response to
                            # fenfluramine was similar to that of patients with missense variants"
                            # (found by infectious-disease and neurology users: sensitivities of
                            # K103N and of SCN1A R1407X)
                            r"\b(?:response|responses|outcomes?|benefit|efficacy)(?:\s+rates?|\s+to\s+[\w-]+)?\s+"
                            r"(?:(?:was|were)\s+(?:\w+\s+)?(?:similar|comparable|equivalent)\s+to\s+th(?:at|ose)\b|"
                            r"(?:did|does|do)\s+not\s+(?:significantly\s+)?differ\b)",
                            re.IGNORECASE)
#: Before the groups compared, a result that did not differ between them: "Progression-free
#: survival with cetuximab did not differ between KRAS G12D mutant and wild-type patients", "no
#: significant difference in response rate between carriers and non-carriers": no response of
#: the mutation, in its own clause (wave 5: a denied sensitivity).
_NOT_DIFFERENT = re.compile(r"\b(?:(?:did|does|do)\s+not|(?:was|were|is|are)\s+not)\s+(?:significantly\s+|statistically\s+|"
                            r"materially\s+)?differ(?:ent)?\s+(?:(?:significantly|statistically)\s+)?"
                            r"(?:between|among|across|according\s+to|by)\b|"
                            r"\bno\s+(?:(?:statistically\s+)?significant\s+|meaningful\s+|apparent\s+)?differences?\s+"
                            r"(?:(?:in|of)\s+(?:[\w-]+\s+){0,4}?)?(?:between|among|across|according\s+to|by)\b|"
                            r"\b(?:similar|comparable)\s+(?:[\w-]+\s+){0,3}?between\b",
                            re.IGNORECASE)
#: In the mutation's own clause: "Reductions in LVOT gradient were similar in patients carrying MYH7
#: R403Q and in genotype-negative patients" (found by a cardiology user: a sensitivity of R403Q);
#: the clause after may still tell a response ("…, and pirtobrutinib was active in patients with BTK C481S").
_SIMILAR_IN = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:similar|comparable|equivalent)\s+(?:in|among|for|between|across)\b",
                         re.IGNORECASE)
#: After a clause, a contrast whose verb has the same subject: "… but increased susceptibility to tenofovir".
_ELIDED_BUT = re.compile(r"\s*,?\s*but\s+(?:also\s+|instead\s+|rather\s+)?(?=(?:[a-z]+ed|was|were|is|are|had|has|"
                         r"shows|confers|retains|remains)\b)", re.IGNORECASE)
#: The patients without a mutation: "in patients without TP53 mutations", "TP53 wild-type".
_NON_CARRIERS = re.compile(r"\b(?:(?P<elided>(?:those|patients|others)\s+without)(?=\s*[,;.)(]|\s+(?:and|vs|versus)\b)|"
                           r"(?P<carriers>non-?carriers)|without|wild[- ]type|unmutated|non-?mutated|(?<=-)negative)\b",
                           re.IGNORECASE)
_INTERVAL_AFTER = re.compile(r"\s*(?:-|–|to)\s*\d")
_CONTROL_WORDS = re.compile(r"\b(?:placebo|control|chemotherapy|observation)\b", re.IGNORECASE)
#: A number a stratum's result is told by: "41%", "5.2 months".
_STRATUM_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(%|months?|weeks?|years?)", re.IGNORECASE)
#: Before a number, what makes it a bound or a statistic, not a group's result.
_INTERVAL_BEFORE = re.compile(r"(?:\bCI\b|interval|ratio|\bHR\b|\bOR\b|[Pp]\s*[=<>])[^;)]*$|\d\s*(?:-|–|to)\s*$")
#: Endpoints where more is worse: relapse, progression, death, events.
_WORSE_IF_MORE = frozenset({"kgr:endpoint-relapse", "kgr:endpoint-progressive-disease"}) | HARM_ENDPOINTS


def _strata_direction(ctx: Context, sentence: Sentence, mutation: Mention) -> str | None:
    """Resistance or sensitivity told by numbers of carriers against non-carriers.

    "The remission rate was 41% in patients with TP53 mutations versus 71% in patients
    without", "5.2 months in TP53-mutated patients and 19.4 months in TP53 wild-type
    patients": the first group is the one named first; fewer responses or shorter survival
    for the carriers is resistance, more is sensitivity (and the other way round for
    relapse, progression or death). ``None`` when the sentence sets no two such numbers.
    """
    text = ctx.document.text
    gene = mutation.entity.gene or ""
    # The non-carriers of this mutation: "without (TP53 mutations)", "TP53 wild-type",
    # "non-carriers"; not "PD-L1-negative" nor "the test … was negative" (found in review)
    same = [m.start for m in ctx.in_sentence(sentence, "Mutation") if m.curie == mutation.curie and m.start > mutation.end]
    other = next((m for m in _NON_CARRIERS.finditer(text, mutation.end, min(sentence.end, mutation.end + 120))
                  if m.group("elided") or m.group("carriers")
                  or (gene and gene in text[max(sentence.start, m.start() - 12):m.end() + 12])
                  # "… 41% in patients without del(17p)": the mutation named again
                  or any(0 <= start - m.end() <= 15 for start in same)), None)
    if other is None:
        return None
    # Two numbers, no more (three groups, "uncommon … 47.5%, common … 74.1%, and wild type
    # EGFR at 16.5%", compare no carriers with non-carriers: found in CIViC), not a bound or
    # statistic, the first next to the carriers and the second next to the non-carriers,
    # no drug or control between them (that compares arms, found in review).
    numbers = [m for m in _STRATUM_NUMBER.finditer(text, sentence.start, sentence.end)
               if not _INTERVAL_BEFORE.search(text, max(sentence.start, m.start() - 25), m.start())
               and not _INTERVAL_AFTER.match(text, m.end())]
    if (len(numbers) != 2 or numbers[0].group(2)[0].lower() != numbers[1].group(2)[0].lower()
            or numbers[0].start() > other.start() or numbers[1].start() < mutation.end
            or abs(numbers[0].start() - mutation.start) > 80 or abs(numbers[1].start() - other.start()) > 80
            or any(numbers[0].end() <= d.start < numbers[1].start() for d in ctx.in_sentence(sentence, "Drug"))
            or _CONTROL_WORDS.search(text, numbers[0].end(), numbers[1].start())):
        return None
    first, second = Decimal(numbers[0].group(1)), Decimal(numbers[1].group(1))
    if first == second:
        return None
    # The endpoint the numbers measure: the one named last before the first.
    told = [e for e in ctx.in_sentence(sentence, "Endpoint") if e.end <= numbers[0].start()]
    worse_if_more = bool(told) and max(told, key=lambda e: e.end).curie in _WORSE_IF_MORE
    carriers_more = first > second
    return "confersResistanceTo" if carriers_more == worse_if_more else "confersSensitivityTo"


#: Right before a mutation, an elided repeat of the response denied: "… but not (against) G1202R".
BUT_NOT_BEFORE = re.compile(r"\bbut\s+not\s+(?:(?:against|in|on|for|to|with|by|of)\s+)?(?:the\s+)?"
                            r"(?:[\w-]+\s+)?$", re.IGNORECASE)

#: Before a mutation, words that say the response does not depend on it (found by a new user:
#: "irrespective of STK11 mutation status" gave STK11 mutation sensitivity to sotorasib).
IRRESPECTIVE_BEFORE = re.compile(r"\b(?:irrespective|regardless|independent(?:ly)?)\s+of\s+"
                                 r"(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# A drug named as an example of a class passes over it: "remaining sensitive to type II
# inhibitors such as cabozantinib" (found by an oncology user: D1228N resisted cabozantinib).
_TO_DRUG = re.compile(r"\s+(?:to|with|from|on|against)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:inhibitors|TKIs|agents|drugs)"
                      r"\s*,?\s+(?:such\s+as|including|like)\s+)?", re.IGNORECASE)
#: After a mutation: it is gone, so no response of it ("In cells in which T790M was lost,
#: C797S-mutant clones retained sensitivity to gefitinib", found by an oncology user).
_ABSENT_AFTER = re.compile(r"[\s-]+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+(?:subsequently\s+|then\s+|later\s+)?"
                           r"(?:lost|absent|undetectable|no\s+longer\s+detect\w+)|loss(?![\s-]+of\b))\b", re.IGNORECASE)
_ABSENT_BEFORE = re.compile(r"\b(?:loss\s+of|lost|lacking|lacked|lack)\s+(?:the\s+|an?\s+)?(?!function\b)$", re.IGNORECASE)
#: A partner allele: "C797S in cis with T790M", "C797S and T790M in trans": the response is the
#: first one's (or the compound's), not the partner's alone (found by an oncology user: T790M
#: resisted osimertinib).
_PARTNER_BEFORE = re.compile(r"\bin\s+(?:cis|trans)\s+(?:with|to)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_PARTNER_AFTER = re.compile(r"\s+in\s+(?:cis|trans)\b", re.IGNORECASE)
#: After a drug and its response, a mutation that names the disease setting: "C797S is a
#: mechanism of resistance to osimertinib in EGFR T790M-positive NSCLC" says it of C797S (found
#: by an oncology user: T790M resisted osimertinib).
_SETTING_BEFORE = re.compile(r"\b(?:in|among)\s+(?:(?:patients|tumou?rs|cases)\s+with\s+)?(?:an?\s+|the\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_SETTING_AFTER = re.compile(r"[\s-]+(?:positive|mutant|mutated|driven|rearranged)\b", re.IGNORECASE)
#: Before a drug: the response does not depend on it ("shorter progression-free survival …
#: irrespective of treatment with daratumumab" is a prognosis, found by a haematology user).
IRRESPECTIVE_DRUG = re.compile(r"\b(?:irrespective|regardless|independent(?:ly)?)\s+of\s+(?:(?:the\s+)?(?:treatment|therapy|"
                               r"use|receipt|exposure|administration)\s+(?:with\s+|of\s+|to\s+)?|(?:the\s+)?)"
                               r"(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
#: In the mutation's clause: the outcome does not depend on the treatment ("patients with del(17p)
#: had shorter progression-free survival … irrespective of treatment", found by a haematology user).
_IRRESPECTIVE_TREATMENT = re.compile(r"\b(?:irrespective|regardless|independent(?:ly)?)\s+of\s+(?:the\s+|their\s+)?"
                                     r"(?:[\w-]+\s+)?(?:treatments?|therap(?:y|ies)|arms?|regimens?)\b", re.IGNORECASE)
#: Between a comparator drug and the next: the rest of the comparator regimen ("than platinum
#: therapy plus pemetrexed", found by an oncology user: T790M was sensitive to pemetrexed).
_REGIMEN_JOINER = re.compile(r"(?:[\s-]+(?:based\s+)?(?:chemotherapy|therapy|doublet|treatment))?\s*,?\s*"
                             r"(?:and|plus|with|or|\+|/|-)\s*", re.IGNORECASE)


#: A drug class by its mode of action ("NS5A inhibitor", "CGRP receptor antagonists").
_DRUG_CLASS = r"(?:inhibitors?|antagonists?|blockers?|agonists?|analogu?es?|antibod(?:y|ies))"
#: Before a drug: the patients' treatment history, besides :data:`HISTORY_BEFORE` ("at least one
#: previous ALK inhibitor other than crizotinib", "in patients who had progressed on alectinib").
_HISTORY_DRUG_BEFORE = re.compile(r"\bother\s+than\s+$|\b(?:who|that|which)\s+(?:had\s+|have\s+|has\s+)?(?:progressed|"
                                  r"relapsed|failed)\s+(?:on|after|with|following|despite)\s+(?:prior\s+)?$|"
                                  # "BRCA-mutated ovarian cancer who were in response after platinum-based
                                  # chemotherapy were assigned to olaparib" (found by an oncology user:
                                  # the BRCA mutations were sensitive to platinum)
                                  r"\b(?:who|that|which)\s+(?:were|was|had\s+been|are|is)\s+in\s+(?:(?:complete|partial|"
                                  r"or|and)\s+)*(?:response|remission)\s+(?:after|to|following|on)\s+(?:prior\s+)?$|"
                                  r"\b(?:who|that|which)\s+(?:had\s+)?responded\s+to\s+(?:prior\s+|previous\s+)?$",
                                  re.IGNORECASE)
#: A drug class as what the patients failed: "Patients in whom an NS5A inhibitor has failed
#: frequently harbour … Y93H", "after failure of a prior NS5A inhibitor", "NS5A inhibitor-experienced":
#: a resistance the sentence tells is that class's, not the paper's own drug's (found by an
#: infectious-disease user: Y93H resisted sofosbuvir, the main drug, an NS5B inhibitor).
_FAILED_CLASS = re.compile(r"\b(?:an?|the|prior|previous|earlier|one\s+or\s+more)\s+(?:[\w-]+\s+){0,3}?" + _DRUG_CLASS +
                           r"\s+(?:had|has|have)\s+(?:previously\s+|already\s+)?failed\b|"
                           r"\b(?:failed|failure\s+(?:of|on|with)|progress(?:ed|ion)\s+on)\s+(?:on\s+)?(?:an?|the|prior|"
                           r"previous|earlier)\s+(?:[\w-]+\s+){0,3}?" + _DRUG_CLASS + r"|"
                           + _DRUG_CLASS + r"[- ](?:experienced|pre-?treated|exposed)\b", re.IGNORECASE)
#: After a drug: the patients' history ("crizotinib-naive", "crizotinib-pretreated"); not
#: "-resistant", which a mutation may make cells.
_HISTORY_DRUG_AFTER = re.compile(r"[\s-]*(?:pre-?treated|naive|naïve|experienced|exposed|intolerant)\b", re.IGNORECASE)


#: A history told as a response: "inadequate response to", "poor response to" (:data:`HISTORY_BEFORE`).
_RESPONSE_WORDS = re.compile(r"\w+\s+response\s+to\b", re.IGNORECASE)
#: … which is the patients' history when they had it: "who had an inadequate response to".
_HAD_BEFORE = re.compile(r"\b(?:(?:who|that|which)\s+(?:had|have|has|showed|experienced)|(?:patients|those|people|"
                         r"adults|children)\s+with|despite|after)\s+(?:an?\s+)?$", re.IGNORECASE)


def _history_spans(ctx: Context, sentence: Sentence) -> dict[int, tuple[int, int]]:
    """For each drug named as the patients' history, by its start, the span of that phrase:
    "Among patients previously treated with vandetanib or cabozantinib, 69% had a response"
    (found by an oncology user: the RET mutation was sensitive to vandetanib). The drugs
    coordinated with one are history too ("who had progressed on alectinib or ceritinib")."""
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    spans: dict[int, tuple[int, int]] = {}
    for drug in drugs:
        before = (HISTORY_BEFORE.search(text, max(sentence.start, drug.start - 60), drug.start)
                  or _HISTORY_DRUG_BEFORE.search(text, max(sentence.start, drug.start - 60), drug.start))
        if (before is not None and _RESPONSE_WORDS.match(text, before.start())
                and not _HAD_BEFORE.search(text, max(sentence.start, before.start() - 30), before.start())):
            # "KRAS mutation was associated with poor response to cetuximab" is the mutation's
            # resistance, not the patients' history, which they "had" (found by the CIViC check:
            # five KRAS statements turned to sensitivity)
            before = None
        after = _HISTORY_DRUG_AFTER.match(text, drug.end)
        if before is not None:
            spans[drug.start] = (before.start(), drug.end)
        elif after is not None:
            spans[drug.start] = (drug.start, after.end())
    for drug in [d for d in drugs if d.start in spans]:
        for other in _coordinated(ctx, sentence, drug):
            span = spans[drug.start]
            spans.setdefault(other.start, (min(span[0], other.start), max(span[1], other.end)))
    return spans


#: "Adding binimetinib to encorafenib and cetuximab did not improve survival": the drug added is
#: the subject, the ones it is added to the backbone (found by an oncology user: the denial
#: went to encorafenib and cetuximab).
_ADDING = re.compile(r"\b(?:adding|addition\s+of|add(?:s|ed)?)\s+(?:the\s+)?$", re.IGNORECASE)
_ADDED_TO_BEFORE = re.compile(r"^\s+to\s+(?:the\s+)?(?:standard\s+|backbone\s+|doublet\s+)?$", re.IGNORECASE)


#: Before a drug: it is the partner of the one named before it ("Inavolisib combined with
#: palbociclib and fulvestrant improved progression-free survival", found by an oncology user:
#: the PIK3CA mutation was sensitive to palbociclib and fulvestrant, not inavolisib).
_COMBINED_WITH = re.compile(r"^\s*(?:,\s*(?:an?\s+|the\s+)?[^,;()]{0,60},\s*)?(?:combined|in\s+combination)\s+with\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)


def _backbone(ctx: Context, sentence: Sentence) -> set[int]:
    """The starts of the drugs another is added to ("adding X to Y and Z": Y and Z) or combined
    with ("X combined with Y and Z")."""
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    found: set[int] = set()
    for n, drug in enumerate(drugs[:-1]):
        following = drugs[n + 1]
        if drug.start not in found and _COMBINED_WITH.match(text[drug.end:following.start]):
            found.update(d.start for d in _coordinated(ctx, sentence, following))
    for n, drug in enumerate(drugs[:-1]):
        if not _ADDING.search(text, max(sentence.start, drug.start - 20), drug.start):
            continue
        following = drugs[n + 1]
        if _ADDED_TO_BEFORE.match(text[drug.end:following.start]):
            found.update(d.start for d in _coordinated(ctx, sentence, following))
    return found


def _comparators(text: str, sentence: Sentence, drugs: list[Mention]) -> set[int]:
    """The starts of the drugs that are a comparator (:data:`_COMPARATOR_BEFORE`), with the
    drugs of the comparator's regimen after it."""
    found: set[int] = set()
    ordered = sorted(drugs, key=lambda d: d.start)
    for n, drug in enumerate(ordered):
        if _COMPARATOR_BEFORE.search(text, max(sentence.start, drug.start - 30), drug.start) or (
                n and ordered[n - 1].start in found and _REGIMEN_JOINER.fullmatch(text, ordered[n - 1].end, drug.start)):
            found.add(drug.start)
    return found


def _governing(text: str, drug: Mention, start: int) -> str | None:
    """The direction of the response word right before ``drug`` ("responded to", "remained
    sensitive to", "resistance to"), if one is; ``start`` bounds the search."""
    resistant = list(RESISTANT.finditer(text, start, drug.start))
    found = [(m.end(), "confersResistanceTo") for m in resistant] + [
        (m.end(), "confersSensitivityTo") for m in SENSITIVE.finditer(text, start, drug.start)
        if not any(r.start() <= m.start() < r.end() for r in resistant)]
    for end, predicate in sorted(found, reverse=True):
        if _TO_DRUG.fullmatch(text, end, drug.start):
            return predicate
    return None


#: A clause that goes on with the mutation as its subject: "I1171T conferred resistance to
#: alectinib but remained sensitive to ceritinib" (found by a new user).
# ("… conferred resistance to ensitrelvir but did not reduce susceptibility to nirmatrelvir", found
# by an infectious-disease user: nothing of nirmatrelvir)
_ELIDED = re.compile(r"\s*,?\s*(?:but|and|yet)\s+(?:(?:it|they)\s+)?(?:still\s+)?(?=remain|retain|"
                     # "… were not inhibited by alectinib but responded to lorlatinib" (wave 5)
                     r"respond(?:s|ed)?\s+to\b|(?:was|were|is|are)\s+(?:still\s+)?(?:potently\s+)?inhibited\s+by\b|"
                     r"(?:did|does|do)\s+not\s+(?:reduce|decrease|diminish|impair|confer)\b|"
                     r"(?:was|were|is|are)\s+(?:still\s+)?(?:fully\s+)?(?:sensitive|resistant|susceptible|insensitive))",
                     re.IGNORECASE)


def _continued(ctx: Context, sentence: Sentence, mutation: Mention, end: int) -> Iterator[Assertion]:
    """The response stated of ``mutation`` in the clause after its own (which ends at ``end``)
    when that clause has no subject of its own ("… but remained sensitive to ceritinib")."""
    text = ctx.document.text
    elided = _ELIDED.match(text, end, sentence.end) if end < sentence.end else None
    if elided is None:
        return
    start, end = clause_bounds(sentence, elided.end())
    drugs = [d for d in ctx.in_sentence(sentence, "Drug") if start <= d.start < end]
    triggers = _triggers(text, (start, start), start, end)
    if not drugs or not triggers:
        return
    predicate = min(triggers)[1]
    drug = min(drugs, key=lambda d: d.start)
    for each in _coordinated(ctx, sentence, drug):
        yield Assertion(mutation.curie, predicate, each.curie, (
            sentence_evidence(ctx, sentence, f"{predicate}:trigger", mutation, each, anchor=each.start),))


#: A resistance told first and its cause after: "Resistance to ceftazidime-avibactam emerged in 4
#: patients and was caused by the blaKPC-3 D179Y substitution" (found by an infectious-disease
#: user: only the clause's meropenem sensitivity). Read from the word "resistance" to the mutation.
_RESISTANCE_TO = re.compile(r"\bresistance\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_CAUSED_BY = re.compile(r"\b(?:was|were|is|are)\s+(?:(?:mainly|largely|primarily|mostly|all|invariably)\s+)?"
                        r"(?:caused|conferred|mediated|explained|driven)\s+by\s+(?:the\s+|an?\s+)?"
                        r"(?:(?!(?:and|or|but|which|that|who)\b)[\w.-]+\s+){0,3}$", re.IGNORECASE)


def _resistance_caused(ctx: Context, sentence: Sentence, mutation: Mention) -> Iterator[Assertion]:
    """Resistance of ``mutation`` to the drug named after a "resistance to" before it, when a
    "was caused by" leads to the mutation: "Resistance to X emerged … and was caused by D179Y"."""
    text = ctx.document.text
    caused = _CAUSED_BY.search(text, sentence.start, mutation.start)
    if caused is None or ";" in text[sentence.start:mutation.start]:
        return
    drugs = [d for d in ctx.in_sentence(sentence, "Drug") if d.end <= caused.start()
             and _RESISTANCE_TO.search(text, max(sentence.start, d.start - 30), d.start)]
    if not drugs:
        return
    # with a combination's partners: "ceftazidime-avibactam", "ceftolozane/tazobactam"
    each_drug = _coordinated(ctx, sentence, drugs[-1])
    for other in ctx.in_sentence(sentence, "Drug"):
        if other.start >= each_drug[-1].end and re.fullmatch(r"\s*[-/+]\s*", text[each_drug[-1].end:other.start]):
            each_drug.append(other)
    for each in each_drug:
        yield Assertion(mutation.curie, "confersResistanceTo", each.curie, (
            sentence_evidence(ctx, sentence, "confersResistanceTo:trigger", mutation, each, anchor=mutation.start),))


#: Right after a drug (and its dose), the function it gave back to a loss-of-function variant:
#: "Retigabine restored current amplitude in the KCNQ2 variants R213W and R207W", "lumacaftor
#: restored F508del-CFTR trafficking" (found by a neurology user: nothing). Not a mutation's own
#: restoring ("a reversion mutation restored BRCA2 function" is resistance), and only a
#: function's words ("restored ERK signalling" is a pathway's rebound).
_DRUG_RESTORED = re.compile(r"(?:\s+\d[\d.]*\s*(?:[uµμn]M|mg|mg/kg))?\s+(?:(?:partially|fully|completely|largely|also)\s+)?"
                            r"(?:restored|rescued|normali[sz]ed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:currents?|conductance|"
                            r"amplitude|(?:channel\s+)?function|trafficking|folding|maturation|(?:surface\s+)?expression|"
                            r"chloride\s+transport|splicing)\b", re.IGNORECASE)


def _function_restored(ctx: Context, sentence: Sentence, mutation: Mention) -> Iterator[Assertion]:
    """Sensitivity of ``mutation`` to a drug whose sentence says it restored the variants'
    function (:data:`_DRUG_RESTORED`), when the sentence tells no resistance."""
    text = ctx.document.text
    if RESISTANT.search(text, sentence.start, sentence.end) or NEGATION_CUES.search(text, sentence.start, sentence.end):
        return
    for drug in ctx.in_sentence(sentence, "Drug"):
        if _DRUG_RESTORED.match(text, drug.end, sentence.end):
            yield Assertion(mutation.curie, "confersSensitivityTo", drug.curie, (
                sentence_evidence(ctx, sentence, "confersSensitivityTo:trigger", mutation, drug, anchor=mutation.start),))
            return


#: A mutation named again by a noun: "lorlatinib retained potent activity against this mutant".
MUTANT_ANAPHOR = re.compile(r"\b(?:this|the|these|such)\s+(?:mutants?|mutations?|variants?|alleles?)\b",
                            re.IGNORECASE)


def _response_anaphor(ctx: Context, sentence: Sentence) -> Iterator[Assertion]:
    """A response stated of "this mutant" in a clause that names a drug but no mutation.

    The mutation is the last one named before it, in the sentence or else in the sentence
    before (``inferred``): "G1202R conferred resistance to crizotinib, whereas lorlatinib
    retained potent activity against this mutant" (found by a new user).
    """
    text = ctx.document.text
    for anaphor in MUTANT_ANAPHOR.finditer(text, sentence.start, sentence.end):
        if _LACKING_BEFORE.search(text, max(sentence.start, anaphor.start() - 40), anaphor.start()):
            continue    # "Patients without the mutation did not respond": no response of it (wave 5)
        start, end = clause_bounds(sentence, anaphor.start())
        drugs = [d for d in ctx.in_sentence(sentence, "Drug") if start <= d.start < end]
        if not drugs or any(start <= m.start < end for m in ctx.in_sentence(sentence, "Mutation")):
            continue
        triggers = _triggers(text, anaphor.span(), start, end)
        if not triggers:
            continue
        index = ctx.sentences.index(sentence)
        before = [m for m in ctx.in_sentence(sentence, "Mutation") if m.end <= anaphor.start()]
        inferred = not before and index > 0
        if inferred:
            before = ctx.in_sentence(ctx.sentences[index - 1], "Mutation")
        if not before:
            continue
        mutation, predicate = before[-1], min(triggers)[1]
        for each in _coordinated(ctx, sentence, _nearest(drugs, anaphor.start(), sentence)):
            evidence = sentence_evidence(_told(ctx, sentence, predicate), sentence, f"{predicate}:anaphor", mutation, each,
                                         inferred=inferred, anchor=anaphor.start())
            yield Assertion(mutation.curie, predicate, each.curie, (
                _unlikely_hedged(ctx, sentence, predicate, evidence, anaphor.start()),))


#: A sentence that keeps patients out of the study: "Patients harboring T315I were excluded".
EXCLUDED = re.compile(r"\b(?:were|was)\s+(?:(?!not\b)\w+\s+)?(?:excluded|ineligible|not eligible)\b|\bexclusion criteri|"
                      r"\bexcept (?:for )?(?:those|patients)\b", re.IGNORECASE)
#: Sensitivity words too general to carry a response across sentences ("resulted in p21 expression").
_WEAK = {"led to", "resulted in", "inhibit", "inhibits", "inhibited", "inhibiting", "inhibition", "survival"}


def _denied_trigger(ctx: Context, sentence: Sentence, mutation: Mention, predicate: str) -> str | None:
    """The negation cue of the response word after ``mutation`` when the sentence names no
    drug: "In the subgroup with FLT3-TKD mutations alone, the survival benefit was not
    statistically significant" denies the benefit, though a comma parts the cue from the
    mutation (found in review: the main drug's sensitivity was stated). ``None`` otherwise."""
    text = ctx.document.text
    words = RESISTANT if predicate == "confersResistanceTo" else SENSITIVE
    word = next(words.finditer(text, mutation.end, sentence.end), None)
    if word is None:
        return None
    start, end = clause_bounds(sentence, word.start())
    return _cue(NEGATION_CUES, text, max(start, word.start()), end,
                [replace(mutation, start=word.start(), end=word.end())])


#: Before a response word, a testing strategy as its subject: "SLCO1B1 genotyping improves
#: adherence", "Genotype-guided dosing improved the safety of capecitabine" tell what the test
#: did for the patients, not how a variant's carriers respond to the drug (found by a
#: pharmacogenomics user: SLCO1B1 c.521T>C sensitive to simvastatin, DPYD*2A to capecitabine).
_TESTING_BEFORE = re.compile(r"\b(?:(?:genotype|genotyping|pharmacogen\w*|genetic(?:ally)?)[- ](?:guided|directed|based|"
                             r"tailored|informed)|genotyping|(?:genetic|genotype|pharmacogen\w*|pre-?emptive)\s+"
                             # (not what the test found: "plasma genotyping revealed an acquired MET D1228N")
                             r"(?:testing|screening))(?:\s+(?!(?:revealed|showed|identified|detected|found|confirmed|"
                             r"demonstrated)\b)[\w-]+){0,2}\s+$", re.IGNORECASE)
#: After "improved": the treatment's safety, not its effect: "improved the safety of capecitabine
#: treatment in DPYD*2A carriers" is no sensitivity (found by a pharmacogenomics user).
_SAFER_AFTER = re.compile(r"\s+(?:the\s+)?(?:safety|tolerability|adherence|compliance)\b", re.IGNORECASE)


def _hedged_trigger(ctx: Context, sentence: Sentence, mutation: Mention, predicate: str) -> str | None:
    """The hedge cue before the response word after ``mutation``, in that word's clause, when
    the drug is the main one (no drug named): "CYP4F2 V433M was associated with higher dose
    requirements and may reduce warfarin sensitivity" doubts the resistance, though "and"
    starts the predicate after the mutation's (found by a cardiology user: told as stated)."""
    text = ctx.document.text
    words = RESISTANT if predicate == "confersResistanceTo" else SENSITIVE
    word = next(words.finditer(text, mutation.end, sentence.end), None)
    if word is None:
        return None
    start = max(clause_bounds(sentence, word.start())[0], mutation.end)
    cue = _HEDGE_BUT_STUDIED.search(text, start, word.start())
    return cue.group(1).lower() if cue else None


#: Before "progressed": the patients it describes, "who had", "whose disease had" (found by a new
#: user: "patients with ALK-positive NSCLC whose disease had progressed on alectinib" made the
#: fusion resist alectinib). Wider than the negation rules' ``_WHO_BEFORE``: "that", "which",
#: "subsequently".
_POPULATION_WHO = re.compile(r"\b(?:who|that|which|whose\s+(?:disease|cancer|tumou?rs?|illness))\s+"
                             r"(?:had\s+|have\s+|has\s+|subsequently\s+|later\s+|then\s+)*$", re.IGNORECASE)


def _triggers(text: str, near: tuple[int, int], start: int, end: int, *, strong: bool = False,
              population: bool = False, skip: tuple[tuple[int, int], ...] = ()) -> list[tuple[int, str]]:
    """``(characters between it and the span near, predicate)`` of each response trigger in ``text[start:end]``.

    The gap is counted from the span's nearer edge: in "D816V confers resistance to
    imatinib, and exon 11 deletions confer sensitivity", "sensitivity" is 8 characters
    after "exon 11 deletions" and "resistance" 18 before it (from the span's start,
    "resistance" looked nearer). A sensitivity word inside a resistance phrase ("reduced
    progression-free survival") does not count; ``strong`` leaves out the general words
    of :data:`_WEAK`; ``population``, that the mutation describes the patients
    (:data:`POPULATION_BEFORE`), leaves out their history ("who progressed on").
    """
    # (not inside the patients' history, ``skip``: "in patients who had progressed on alectinib")
    resistant = [m for m in RESISTANT.finditer(text, start, end) if not any(a <= m.start() < b for a, b in skip)]
    if population:
        # "patients with T790M-positive NSCLC who progressed on osimertinib" are who was
        # studied, the mutation their reason for the drug (found by a new user: T790M
        # resisted osimertinib); "T790M was detected in patients who progressed on
        # erlotinib" still resists it (found in review).
        resistant = [m for m in resistant if not (m.group().lower().startswith("progress")
                                                  and _POPULATION_WHO.search(text, max(start, m.start() - 40), m.start()))]
    sensitive = [m for m in SENSITIVE.finditer(text, start, end)
                 if not any(r.start() <= m.start() < r.end() for r in resistant)
                 and not any(a <= m.start() < b for a, b in skip)
                 and not (strong and m.group().lower() in _WEAK)
                 and not (m.group().lower().startswith("improv") and _SAFER_AFTER.match(text, m.end()))]
    # "Whether SLCO1B1 genotyping improves adherence …", "Genotype-guided dosing improved …":
    # what the testing did, no response of a variant (found by a pharmacogenomics user).
    resistant = [m for m in resistant if not _TESTING_BEFORE.search(text, max(start, m.start() - 60), m.start())]
    sensitive = [m for m in sensitive if not _TESTING_BEFORE.search(text, max(start, m.start() - 60), m.start())]
    def gap(m: re.Match[str]) -> int:
        return m.start() - near[1] if m.start() >= near[1] else max(near[0] - m.end(), 0)

    return [(gap(m), "confersResistanceTo") for m in resistant] + [
        (gap(m), "confersSensitivityTo") for m in sensitive]


def _response_document(ctx: Context, found: list[Assertion]) -> Iterator[Assertion]:
    """Document-level response: a drug's outcome sentence read for the document's mutations.

    Case reports and short summaries name the mutation in one sentence ("harboring the
    K642E mutation") and the outcome with the drug in another ("treatment with imatinib
    … all nodules had disappeared"). When a document names at most three mutations and
    no sentence already links a mutation to that drug, each sentence with the drug and a
    response trigger (and no mutation of its own) links every mutation of the document to
    the drug, ``inferred``, in the direction of its trigger nearest the drug.
    """
    # Not a pharmacogene's alleles ("CYP3A5*3", "rs776746"): they change a drug's exposure, which
    # a sentence of dosing or of another drug's interaction tells without them (found by
    # pharmacogenomics and transplant users: "Ondansetron … may reduce the analgesic efficacy
    # of tramadol" made CYP2D6*10 resist ondansetron).
    mutations = [m for m in ctx.mentions if m.type == "Mutation" and m.entity.variant_type != "SO:0001023"
                 and not m.curie.startswith("kgr:mutation-rs")]
    if not mutations or len({m.curie for m in mutations}) > 3:
        return
    linked = {(a.subject, a.object) for a in found if a.predicate in ("confersSensitivityTo", "confersResistanceTo")}
    text = ctx.document.text
    # A mutation only named to exclude its carriers is no stratum of the results (found by a
    # new user: "Patients harboring the T315I mutation were excluded" gave T315I sensitivity
    # to the trial's drug). (One a sentence ties to another drug still counts: dropping those
    # cost 10 of the 1,314 CIViC statements.)
    excluded = {m.curie for m in mutations if EXCLUDED.search(text, *clause_bounds(next(
        s for s in ctx.sentences if s.start <= m.start < s.end), m.start))}
    # A mutation whose own sentence denies it a response to no drug named ("1007fs was not
    # associated with response to either agent") takes none from the document's outcome
    # sentences (found in review: the denial became sensitivity to ustekinumab and to the
    # infliximab the patients had failed); one denied a named drug's still may another's.
    denied = {a.subject for a in found if a.predicate in ("confersSensitivityTo", "confersResistanceTo")
              and all(e.negated and e.inferred for e in a.evidence)}
    mutations = [m for m in mutations if m.curie not in excluded and m.curie not in denied]
    # (a harm's marker may still resist: "Seizures in patients with POLG variants responded
    # poorly to sodium valproate" is A467T's too, whose own sentence is its liver failure)
    markers = {m.curie for m in mutations if _toxicity_marker(ctx, found, m.curie)}
    genes = {m.entity.gene for m in mutations}
    # A review of several drugs reads a trial's result over placebo of all its patients
    # ("N-acetylcysteine monotherapy provided no benefit over placebo in IPF"), no carriers'
    # response: there, only the main drug, or one named beside a mutation, takes the
    # document's mutations (found by a respiratory user: TERT mutations were denied a
    # sensitivity to N-acetylcysteine). A case report's later line of therapy still does.
    several = len({d.curie for d in ctx.mentions if d.type == "Drug"}) > 2
    beside = {d.curie for s in ctx.sentences if ctx.in_sentence(s, "Mutation") for d in ctx.in_sentence(s, "Drug")}
    for sentence in ctx.sentences:
        if not mutations:
            return
        if sentence.section == "TITLE" or ctx.in_sentence(sentence, "Mutation"):
            continue
        if _NON_CARRIER_WORDS.search(text, sentence.start, sentence.end) or IRRESPECTIVE_GENOTYPE.search(
                text, sentence.start, sentence.end) or _NO_DIFFERENCE.search(text, sentence.start, sentence.end) or (
                _NOT_DIFFERENT.search(text, sentence.start, sentence.end)):
            # (nor a response told as no different from the others': "response to fenfluramine was
            # similar to that of patients with missense variants", found by a neurology user)
            continue
        # (a gene of the document's mutations may come later: "mutations in codon 12 or 13 of
        # KRAS"; and another gene the drug acted on is no other topic: "Trametinib also fully
        # abrogated ERK activation" still tells the BRAF fusion's sensitivity. Found in review:
        # CIViC's KRAS, BRCA1, BRAF-fusion and NRG1-fusion statements lost their responses.)
        if any(not any(g and g in text[m.end():m.end() + 40] for g in genes) for m in _OTHER_MUTATIONS.finditer(
                text, sentence.start, sentence.end)):
            # "Mutations in Rv0678 (mmpR5) were associated with reduced susceptibility to
            # bedaquiline", "ruxolitinib reduced STAT1 phosphorylation": a sentence about other
            # mutations, or another gene, tells no response of the document's mutations
            # (found by infectious-disease and haematology users: S450L resisted bedaquiline,
            # JAK2 V617F was sensitive to ruxolitinib from its STAT1 sentence).
            continue
        drugs = ctx.in_sentence(sentence, "Drug")
        main = [d for d in drugs if ctx.main_drug is not None and d.curie == ctx.main_drug.curie][:1]
        if main:
            # "Response rates were 48% for vemurafenib and 5% for dacarbazine": the paper's
            # mutations are its drug's, not its comparator's.
            drugs = [d for d in drugs if d.curie == main[0].curie or not (
                _compared(text, d, main[0]) or _set_against(text, d, main[0]))]
        # (with no main drug named, the one a result is set against is the comparator as well;
        # the main drug itself keeps its mutations: "more durable with dabrafenib than vemurafenib")
        drugs = [d for d in drugs if d in main or not any(e.curie != d.curie and _set_against(text, d, e) for e in drugs)]
        # "Adding binimetinib to encorafenib and cetuximab did not improve survival": the drug
        # added takes the result, and the denial that follows the whole phrase (found by an
        # oncology user: the backbone's sensitivity was denied, binimetinib's stated).
        backbone = [d for d in drugs if d.start in _backbone(ctx, sentence)]
        drugs = [d for d in drugs if d not in backbone]
        for drug in drugs:
            if (several and drug.curie not in beside and (ctx.main_drug is None or drug.curie != ctx.main_drug.curie)
                    and _PLACEBO.search(text, sentence.start, sentence.end)):
                continue
            triggers = _triggers(text, (drug.start, drug.end), sentence.start, sentence.end, strong=True,
                                 skip=_disease_kinds(ctx, sentence))
            if not triggers:
                continue
            predicate = min(triggers)[1]
            for mutation in {m.curie: m for m in mutations}.values():
                if (mutation.curie, drug.curie) in linked or (
                        predicate == "confersSensitivityTo" and mutation.curie in markers):
                    continue
                if predicate == "confersSensitivityTo" and sentence.start < _resisted_from(found, mutation.curie):
                    continue
                evidence = _unlikely_hedged(ctx, sentence, predicate, sentence_evidence(
                    _told(ctx, sentence, predicate), sentence, f"{predicate}:document", None, drug, inferred=True,
                    anchor=drug.start), drug.start)
                if evidence.negated and _MIXED_BUT.search(text, drug.end, sentence.end):
                    # "Tofersen did not significantly improve clinical endpoints at 28 weeks but
                    # lowered SOD1 protein": a mixed result of the trial's whole population tells
                    # no denied response of its mutations (found by a neurology user: SOD1 A4V
                    # was denied a sensitivity to tofersen).
                    continue
                if backbone and drug.end <= backbone[0].start:
                    told = sentence_evidence(ctx, sentence, f"{predicate}:document", None, backbone[-1], inferred=True,
                                             anchor=drug.start)
                    evidence = replace(evidence, negated=told.negated, hedged=told.hedged, cue=told.cue)
                yield Assertion(mutation.curie, predicate, drug.curie, (evidence,))


#: After a denied result, a contrasting effect of the same drug: "did not improve … but lowered SOD1 protein".
_MIXED_BUT = re.compile(r"\s*,?\s+but\s+(?:(?:it|they)\s+)?(?:also\s+|significantly\s+|markedly\s+|substantially\s+)?"
                        r"(?!(?:was|were|had|did|not)\b)[a-z]+ed\b", re.IGNORECASE)


#: In a mutation's own sentence, its tie to a harm: "had a higher risk of leukopenia", "was not
#: associated with leukopenia".
_HARM_RISK = re.compile(r"\b(?:risks?|odds|incidence)\s+(?:of|for)\b|\b(?:associated|linked)\s+with\b|\bpredispos\w*",
                        re.IGNORECASE)


def _toxicity_marker(ctx: Context, found: list[Assertion], curie: str) -> bool:
    """Whether the mutation ``curie`` is told only as a marker of harm: a sentence of its own
    ties it to a disease no drug of the paper treats ("Carriers of NUDT15 R139C had a markedly
    higher risk of leukopenia", "the ITPA c.94C>A variant was not associated with leukopenia")
    and none tells a response of it. The drug's efficacy in another sentence ("Thiopurines …
    are widely used to maintain remission") is then no response of its carriers (found by a
    pharmacogenomics user: both sensitive to azathioprine and mercaptopurine)."""
    text = ctx.document.text
    treated = {a.object for a in found if a.predicate == "treats"}
    harm = responded = False
    for sentence in ctx.sentences:
        own = [m for m in ctx.in_sentence(sentence, "Mutation") if m.curie == curie]
        if not own:
            continue
        if _HARM_RISK.search(text, sentence.start, sentence.end) and any(
                d.curie not in treated for d in ctx.in_sentence(sentence, "Disease") + ctx.in_sentence(sentence, "AdverseEvent")):
            harm = True
        if any(_triggers(text, (m.start, m.end), *clause_bounds(sentence, m.start), strong=True) for m in own):
            responded = True
    return harm and not responded


#: A sentence about the patients without the mutation: "Patients with BRCA wild-type tumors did
#: not derive a comparable benefit from olaparib" tells nothing of the carriers (found by an
#: oncology user: the BRCA1 and BRCA2 mutations' sensitivity to olaparib was denied).
_NON_CARRIER_WORDS = re.compile(r"\b(?:wild[- ]type|non-?mutated|unmutated|non-?carriers?|"
                                # ("Patients lacking these mutations did not respond", wave 5)
                                r"(?:without|lacking|lacked|negative\s+for|absence\s+of|not\s+(?:harbou?ring|carrying))\s+"
                                r"(?:an?\s+|the\s+|these\s+|this\s+|such\s+|any\s+)?"
                                r"(?:[\w-]+\s+){0,2}(?:mutations?|variants?|alterations?|fusions?|rearrangements?))\b|"
                                r"(?:mutation|variant|fusion|alteration)[- ]negative\b", re.IGNORECASE)
_PLACEBO = re.compile(r"\bplacebo\b", re.IGNORECASE)
#: Mutations spoken of as a class of their own, in a gene: "Mutations in Rv0678 (mmpR5)".
_OTHER_MUTATIONS = re.compile(r"\b(?:mutations|variants|substitutions)\s+(?:in|of|within)\s+(?!(?:the\s+)?(?:same|this|these|both)\b)",
                              re.IGNORECASE)


#: Right before a drug: what a result is set against ("compared with intravenous docetaxel").
_AGAINST_BEFORE = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|relative\s+to|than|over)\s+"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


#: A hyphened response word that makes what precedes it a kind of what follows: "platinum-sensitive",
#: "cisplatin-resistant" (a drug's mention, or a bare word where it is no drug).
_PROPERTY = re.compile(r"\b\w+-(?:sensitive|resistant|refractory|insensitive)\b", re.IGNORECASE)


def _disease_kinds(ctx: Context, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The spans of a drug and its response word that name a kind of the patients' disease a
    few words on ("women with platinum-sensitive recurrent ovarian cancer"), for
    :func:`_triggers` to skip: they tell who was studied, no response of a mutation (found
    by a new user: BRCA1 and BRCA2 mutations were sensitive to platinum in an olaparib trial)."""
    diseases = ctx.in_sentence(sentence, "Disease")
    return tuple((m.start(), m.end()) for m in _PROPERTY.finditer(ctx.document.text, sentence.start, sentence.end)
                 if any(0 <= d.start - m.end() <= 40 for d in diseases))


def _set_against(text: str, drug: Mention, main: Mention) -> bool:
    """Whether ``drug``, after ``main`` in its sentence, is what ``main``'s result is set
    against, however far apart: "Sotorasib significantly improved progression-free survival
    compared with docetaxel" tells the comparator's arm, no response of the trial's mutation
    to it (found by a new user: KRAS G12C was sensitive to docetaxel). :func:`_compared`
    only looks a few words apart."""
    return main.end <= drug.start and _AGAINST_BEFORE.search(text, max(main.end, drug.start - 40), drug.start) is not None


def _resisted_from(found: list[Assertion], curie: str) -> int:
    """The offset of the first sentence that states (not inferred, not denied) the mutation
    ``curie`` resists a drug, or -1. An outcome told before it is of the treatment the
    mutation then resisted, no sensitivity of it ("Sotorasib improved progression-free
    survival … Acquired KRAS Y96D mutations conferred resistance to sotorasib", found by a
    new user); a later line of therapy ("She then received osimertinib, with a partial
    response") still may be."""
    starts = [e.sentence.start for a in found if a.subject == curie and a.predicate == "confersResistanceTo"
              for e in a.evidence if not e.inferred and not e.negated]
    return min(starts, default=-1)


def _compared(text: str, drug: Mention, other: Mention) -> bool:
    """Whether ``drug`` is set against ``other`` as its comparator, within a few words of it."""
    start, end = min(drug.end, other.end), max(drug.start, other.start)
    return end - start <= 60 and (COMPARATOR.search(text, start, end) is not None
                                  or (drug.start > other.start and THAN.search(text, start, end) is not None))


def _mutation_genes(ctx: Context) -> Iterator[Assertion]:
    """Each mutation is a mutation of its gene (``inferred`` when the text names no gene)."""
    genes = {m.entity.label: m for m in ctx.mentions if m.type == "Target"}
    for mutation in (m for m in ctx.mentions if m.type == "Mutation"):
        gene_mention = genes.get(mutation.entity.gene or "")
        if gene_mention is None:
            continue
        sentence = next(s for s in ctx.sentences if s.start <= mutation.start < s.end)
        local = [g for g in ctx.in_sentence(sentence, "Target") if g.curie == gene_mention.curie]
        gene = local[0] if local and not mutation.inferred else (ctx.main_gene if mutation.inferred else gene_mention)
        if gene is not None and gene.curie != gene_mention.curie:
            gene = gene_mention     # (the kinase partner of the main gene's fusion: "BCR-ABL … T315I")
        rule = "mutationOf:document-gene" if mutation.inferred else "mutationOf:pattern"
        evidence = sentence_evidence(ctx, sentence, rule, mutation, gene, inferred=mutation.inferred, anchor=mutation.start)
        # The gene of a mutation is part of its name, not a claim of the sentence: a "not"
        # or "may" elsewhere in the clause says nothing about it.
        evidence = replace(evidence, negated=False, hedged=False, cue=None)
        yield Assertion(mutation.curie, "mutationOf", gene_mention.curie, (evidence,))
