"""The study a paper reports and its outcome measurements, read from numbers in sentences.

Consumes a :class:`~kg.extract.context.Context`; produces a :class:`~kg.model.Study`
(size, design, arms) when the paper reports its own trial, and one
:class:`~kg.model.OutcomeMeasurement` per reported result: a count with its percent
("79 patients (53.7 percent) had a partial response"), a percent or a fraction with
its qualifier ("approximately 5 percent", "up to two-thirds"), a zero ("No patient had
a complete response"), a median not reached, a hazard ratio with its CI and p-value,
a comparison with no significant difference, or a qualitative change ("substantially
prolonged progression-free and overall survival"). Numbers go with the endpoint in
the same comma-delimited segment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from kg.extract.context import (
    CLAUSE_BREAK,
    HEDGE_CUES,
    HISTORY,
    NEGATION_CUES,
    Context,
    clause_bounds,
    find_cue,
)
from kg.extract.relations import ARM_NOUN, HISTORY_BEFORE, NOT_TREATED, RESPECTIVELY, incidence
from kg.model import (
    Entity,
    Evidence,
    Mention,
    OutcomeMeasurement,
    Sentence,
    Span,
    Study,
    StudyArm,
)

# (not "mg/dL", "mg/L", "g/dL": concentrations, found in review: "LDL-C above 100 mg/dL" was a 100 mg arm)
# (not a concentration or a lab ratio: "5 mg/dL", "200 to 5000 mg/g" of albumin to creatinine,
# found by a nephrology user: a 200-5000 mg arm)
_UNIT = (r"mg/m(?:2|²)|mg/kg|mg per (?:kilogram|square meter)(?: of body[- ]surface area)?|"
         r"(?:mg|g|µg|mcg|IU)(?!/(?:d?[lL]|g|mmol|mol|m[lL])\b)")
#: A number as written: "400", "2.5", "1,000" (never starting inside another number).
NUMBER = r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
DOSE = re.compile(
    rf"(?P<dose>{NUMBER})(?:\s*(?:-|–|to)\s*(?P<max>{NUMBER}))?\s*(?P<unit>{_UNIT})\b"
    r"(?P<per>/day|/d\b| per day| daily| once daily| twice daily| bid\b| qd\b)?"
)
DOSE_ABOVE = re.compile(
    rf"(?P<qual>higher than|more than|greater than|above|>)\s*(?P<dose>{NUMBER})\s*(?P<unit>{_UNIT})(?P<per>/day|/d\b| per day| daily)?"
    rf"\s*\(up to (?P<max>{NUMBER})\s*(?:{_UNIT})(?:/day|/d\b| per day| daily)?\)"
)
#: Inside "(i.e. …" or "(e.g. …": a dose restated, not a new arm.
RESTATED = re.compile(r"\((?:i\.e\.|e\.g\.|ie|eg),?\s[^)]*$")
#: A control of the usual treatment, no named drug: "standard of care", "usual care", "standard
#: therapy" (not "standard chemotherapy", which the chemotherapy rules read).
_STANDARD_CARE = (r"(?:standard[- ]of[- ]care|standard\s+care|usual\s+care|"
                  r"standard\s+(?:medical\s+)?(?:therapy|treatment)|conventional\s+(?:therapy|treatment)|"
                  r"standard\s+management|supportive\s+care)")
#: Controls of no drug beyond placebo: "best available therapy", "sham", "the sham-procedure group"
#: (found by infectious-disease and neurology users: their rates went to the drug).
_CONTROL_EXTRA = (r"best available therapy|sham(?:[- ](?:procedures?|injections?|controls?|treatment|stimulation|surgery))?|"
                  # "30% with standard of care", "6.2% with usual care" (found by infectious-disease and
                  # cardiology users: each was the drug's)
                  + _STANDARD_CARE)
#: A control arm named beside the doses: "… 800 mg daily or placebo".
CONTROL_ARM = re.compile(r"\b(?:or|versus|vs\.?|and|to)\s+(?:(?:matching|identical|intranasal|oral|intravenous|subcutaneous|"
                         # ("… to remdesivir or standard of care": found by an infectious-disease user)
                         r"inhaled|saline)\s+)?(placebo|best supportive care|observation|" + _STANDARD_CARE + r")\b",
                         re.IGNORECASE)
SCHEDULE = re.compile(r"\b((?:once|twice|three times)\s+(?:daily|a day|weekly|a week|monthly|a month)|daily|weekly|monthly|"
                      r"every (?:\d+|two|three|four|six|eight|twelve|other) (?:hours?|days?|weeks?|months?))\b|/day\b")
#: Before a dose that is no arm's: "with reduction to 15 mg upon response" (found by a new user).
DOSE_CHANGE = re.compile(r"\b(?:reduc(?:tion|ed)|decrease[sd]?)\s+"
                         r"(?:to|of)\s+$", re.IGNORECASE)
#: An arm's size right after its dose: "asciminib 40 mg twice daily (n=157)".
ARM_SIZE = re.compile(r"[^();,]{0,30}?\([^()]{0,40}?\bn\s*=\s*(?P<n>\d[\d,]*)\s*\)", re.IGNORECASE)
DESIGN_WORDS = re.compile(
    r"\b(open-label|randomi[sz]ed|randomly assigned|randomly allocated|multicent(?:er|re)|double-blind|single-blind|placebo-controlled|"
    # "We retrospectively studied 412 patients", "a retrospective multicenter cohort study"
    # (found by haematology and oncology users: not recorded)
    r"non-?blind|crossover|single-arm|retrospective(?:ly)?|prospective(?:ly)?)\b",
    re.IGNORECASE,
)
# ("2184 outpatients with influenza were randomly assigned", found by an infectious-disease user: no size)
_PEOPLE = (r"(?:[\w-]+\s+){0,2}?(?:patients|subjects|participants|adults|children|women|men|individuals|people|infants|"
           r"outpatients|inpatients)")
OWN_TRIAL = re.compile(
    # "We retrospectively studied 286 patients" (found by an infectious-disease user)
    r"\bwe (?:(?:retrospectively|prospectively|consecutively)\s+)?(?:conducted|performed|carried out|report|enrolled|"
    r"randomi[sz]ed|randomly (?:assigned|allocated)|"
    # a cohort's own patients: "We analysed 15,408 patients who started clozapine" (found by a new user)
    r"(?:analy[sz]ed|studied|followed|treated)\s+(?:data\s+(?:from|on)\s+)?(?:a total of\s+)?\d[\d,]*\s)\b|"
    # ("In this phase 1/2 trial, patients received selpercatinib", found by an oncology user: no
    # study; "In this pooled analysis of 13026 patients", found by a nephrology user)
    r"\bthis (?:[\w/-]+,?\s+){0,4}?(?:trial|study|analysis)\b|"
    # "In an 18-month phase 3 trial, 1795 participants …" (found by a new user)
    # (not "In a previous trial, 40 patients …": found in review)
    rf"\b(?:in|during) (?:a|an|the) (?:(?!(?:previous|prior|earlier|pivotal|another|original|parent|landmark|"
    rf"recent|published|other|similar)\b)[\w-]+,?\s+){{0,4}}?(?:trial|study),?\s+(?:a total of\s+)?\d[\d,]*\s+{_PEOPLE}\b|"
    r"\bwere (?:randomly assigned|randomi[sz]ed|enrolled)\b",
    re.IGNORECASE,
)
SAMPLE = re.compile(
    # "283 patients with chronic-phase CML were randomized" (found by a new user: the words
    # between the people and the verb lost every such size)
    rf"\b(?:a total of\s+)?(?<![\d.,])(?P<n>\d[\d,]*)\s+{_PEOPLE}(?:\s+(?:with|who|aged|from|in|hospitali[sz]ed|admitted|"
    # (a short form in brackets on the way: "with early Alzheimer's disease (AD) received", found
    # by a neurology user: no size)
    rf"undergoing)\b(?:[^.;()]|\([\w-]{{1,12}}\)){{0,120}}?)?\s+"
    # (not "12 patients receiving rescue insulin were analyzed separately": a subgroup, found in review)
    r"(?:(?:were|was)\s+(?:randomly\s+)?(?:assigned|allocated|randomi[sz]ed|enrolled|included|treated|"
    r"studied)|received)\b"
    # "This study included 148 patients" (found in review: 12 "patients … underwent" won)
    rf"|\b(?:study|trial|cohort|analysis)\s+(?:included|enrolled|comprised|involved)\s+(?:a total of\s+)?(?P<n3>\d[\d,]*)\s+"
    rf"{_PEOPLE}\b"
    # "In this pooled analysis of 13026 patients treated with …" (found by a nephrology user)
    rf"|\b(?:this|our)\s+(?:[\w-]+\s+){{0,3}}?(?:study|trial|analysis)\s+of\s+(?:a total of\s+)?(?P<n4>\d[\d,]*)\s+"
    rf"{_PEOPLE}\b"
    # "Patients (n=671) were randomized 1:1 to …" (found by a nephrology user: no size)
    r"|\b(?:patients|participants|subjects)\s*\(\s*n\s*=\s*(?P<n5>\d[\d,]*)\s*\)\s+(?:were|was)\s+(?:randomly\s+)?"
    r"(?:assigned|allocated|randomi[sz]ed|enrolled|included)\b"
    r"|\bwe\s+(?:(?:retrospectively|prospectively|consecutively)\s+)?(?:enrolled|randomi[sz]ed|randomly (?:assigned|allocated)|included|recruited|treated|studied|analy[sz]ed|"
    r"followed)\s+(?:data\s+(?:from|on)\s+)?(?:a total of\s+)?"
    rf"(?P<n2>\d[\d,]*)\s+{_PEOPLE}\b",
    re.IGNORECASE,
)
#: In a "we" sentence, what makes its patients other papers': "review the literature on 45 patients".
_OTHERS_PATIENTS = re.compile(r"\b(?:literature|review(?:ed)?|previously\s+(?:reported|published)|published\s+cases?)\b",
                              re.IGNORECASE)
#: The people a study of our own looked at, in its "we" sentence: "samples from 112 patients".
SAMPLE_OF = re.compile(rf"\b(?:from|on|in|of)\s+(?:a total of\s+)?(?<![\d.,])(?P<n>\d[\d,]*)\s+{_PEOPLE}\b",
                       re.IGNORECASE)
# "phase 3b", "phase IIa": the letter is the phase's stage (found by an infectious-disease user)
PHASE = re.compile(r"\bphase\s+(I{1,3}V?|IV|[1-4](?:/[1-4])?)[ab]?\b", re.IGNORECASE)
COUNT_PERCENT = re.compile(
    # ("4 children (10.3%)", found by a respiratory user: the count was lost)
    # ("30/148 (20.3%)": the slash is "of", not a count of 148)
    r"(?<![\d/])(?P<count>\d[\d,]*)(?:\s+of\s+(?P<den>\d[\d,]*)|\s*/\s*(?P<den3>\d[\d,]*))?\s+(?:patients?|subjects?|participants?|cases?|children|"
    r"adults|infants|women|men)?\s*"
    # "(78 of 264 [29.5%] vs. 76 of 177 [42.9%]" (found by a rare-disease user: the square
    # brackets lost count and denominator)
    r"(?:\((?P<pct>\d+(?:\.\d+)?)\s*(?:percent|%)\)|\[(?P<pct2>\d+(?:\.\d+)?)\s*(?:percent|%)\])"
    # "44 (68%) of 65 patients in the efgartigimod group" (found by a neurology user)
    r"(?:\s+of\s+(?P<den2>\d[\d,]*)(?![\d.,]))?"
)
#: The people a count is of, one word of theirs allowed before: "patients", "valproate-exposed infants"
#: ("Acute liver failure developed in 24 of 87 patients given valproate", found by a neurology user).
_PEOPLE = (r"(?:[\w-]+\s+)?(?:patients|participants|subjects|infants|children|adults|women|men|people|"
           r"individuals|outpatients|inpatients)\b")
#: A count of its denominator with no percentage: "occurred in 3 of 11 participants receiving
#: dolutegravir plus lamivudine and in 0 of 12 receiving the three-drug regimen" (found by an
#: infectious-disease user: no record); only of people, or of those an arm's verb names.
# (and a comparator's, "compared with 12 of 150 patients receiving placebo", "vs 8/140 with placebo":
# found by users of dermatology and diabetes trials, no record or the drug's)
BARE_COUNT = re.compile(r"\b(?:in|among|versus|vs\.?|compared\s+(?:with|to))\s+(?P<count>\d[\d,]*)"
                        r"(?:\s+of\s+(?:the\s+)?|\s*/\s*)(?P<den>\d[\d,]*)\s+"
                        rf"(?:{_PEOPLE}|(?=(?:receiving|given|treated|taking|assigned)\b)|"
                        r"(?=(?:with|on|in\s+the)\s+(?:placebo|" + _CONTROL_EXTRA + r")\b))(?!\s*[(\[]\s*\d)",
                        re.IGNORECASE)
#: After such a count, the arm its people had: "receiving the three-drug regimen", "given placebo".
_COUNT_ARM = re.compile(r"\s*(?:who\s+(?:were\s+)?)?(?:receiving|received|given|taking|treated\s+with|assigned\s+to|"
                        r"with(?=\s+(?:the\s+)?\S+\s+(?:regimen|therapy|treatment|group|arm)\b|\s+placebo\b|\s+\S+\s*[.,;)]|\s+\S+$))"
                        r"\s+(?:the\s+)?(?:(?P<label>(?:[\w-]+\s+){0,2}?(?:regimen|therapy|treatment|group|arm)|"
                        r"placebo|observation|usual\s+care|standard\s+(?:of\s+)?care|no\s+treatment)\b)?",
                        re.IGNORECASE)
QUALIFIER = (r"(?:(?P<qual>approximately|about|around|nearly|almost|roughly|up to|more than|over|less than|at least)\s+"
             r"|(?P<sym>[~∼≈≥>≤<])\s*)?")
#: Qualifier symbols, written out.
SYMBOLS = {"~": "approximately", "∼": "approximately", "≈": "approximately", "≥": "at least", ">": "more than",
           "≤": "at most", "<": "less than"}
#: A percentage, but not the level of a confidence interval ("95% CI").
PERCENT = re.compile(QUALIFIER + r"(?<![\d.])(?P<pct>\d+(?:\.\d+)?)\s*(?:percent(?!age)|%)(?!\s*(?:CI\b|confidence|credible))"
                     # a responder threshold, no rate: "a 50% or greater reduction in monthly
                     # migraine days" (found by a new user)
                     r"(?!\s*(?:or\s+(?:greater|more|higher|above|larger)\b|responders?\b))")
#: Before a percentage, a responder threshold: "achieving at least a ", "with ≥", "had a reduction of at least ".
_RESPONDER_BEFORE = re.compile(r"\b(?:achiev\w*|reach\w*|attain\w*|had|ha(?:ve|ving)|with|experienc\w*|show\w*)\s+"
                               r"(?:an?\s+)?(?:at\s+least|≥|>=|a\s+minimum\s+of)\s*(?:an?\s+)?$", re.IGNORECASE)
#: After a change's percentage, the share of patients who reached it: "… was achieved by 43% of
#: patients", "… in 30% of patients" (the change is then their threshold).
_SHARE_LATER = re.compile(r"[^.;%]{0,80}?\b(?:in|by|among)\s+(?:\d+(?:\.\d+)?\s*%|\d+\s+\(\d+(?:\.\d+)?\s*%\))"
                          r"\s+of\s+(?:the\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:patients|participants|subjects|"
                          r"adults|children|infants|women|men|people)\b", re.IGNORECASE)
#: After a percentage, the rest of an endpoint's definition up to its short form in brackets:
#: "75% improvement in the Eczema Area and Severity Index (" before "EASI-75)".
_DEFINES_AFTER = re.compile(r"\s*(?:or\s+(?:greater|more)\s+)?(?:improvement|reduction|decrease|decline)\b"
                            r"[^.;%()]{0,80}?\(\s*", re.IGNORECASE)
#: After a measure, a threshold: "HbA1c < 6%", "HbA1c above 9%", "HbA1c 7% or lower".
_THRESHOLD_AFTER = re.compile(r"\s*(?:levels?\s+)?(?:of\s+)?(?:[<>≤≥]|(?:below|above|under|over|between|less\s+than|"
                              r"more\s+than|greater\s+than|lower\s+than|higher\s+than|at\s+least|at\s+most)\b|"
                              r"\d+(?:\.\d+)?\s*%\s*or\s+(?:lower|higher|less|more|above|below|greater)\b)",
                              re.IGNORECASE)
#: :data:`_THRESHOLD_AFTER` with its number: "HbA1c < 6%", "HbA1c above 9.0%".
_THRESHOLD_NUMBER_AFTER = re.compile(_THRESHOLD_AFTER.pattern + r"[^%;,()]{0,20}?%", re.IGNORECASE)
#: After a percentage, a dose it changes: "a 25% dose reduction did not sufficiently reduce
#: toxicity" is the regimen's cut, no share of patients (found by a pharmacogenomics user: a 25% adverse-event rate).
_DOSE_CUT_AFTER = re.compile(r"\s*(?:(?:starting|initial|daily)\s+)?(?:dose|dosing|dosage)\s+(?:reduction|decrease|"
                             r"escalation|increase|adjustment|cut|intensity)\b", re.IGNORECASE)
#: Before a measure, a verb of its own that changes nothing, past the sentence's change word:
#: "reduced left ventricular hypertrophy and preserved LVEF (52% vs 38%)" are levels (found by
#: a cardiology user: read as changes, reduced).
_OTHER_VERB_BEFORE = re.compile(r"\b(?:reduc|decreas|increas|improv|chang|slow|declin|lower|rais|worsen)\w*\b"
                                r"[^;]*?\b(?:and|but|while|whereas)\s+(?:(?:significantly|also)\s+)?"
                                r"(?:preserved|maintained|stabili[sz]ed|kept|normali[sz]ed|restored)\s+"
                                r"(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: Before a percentage, words that make it a relative change: "the median percentage reduction in …".
_PERCENT_CHANGE = re.compile(r"\bpercent(?:age)?\s+(?:change|reduction|decrease|increase|improvement|decline)\b",
                             re.IGNORECASE)
#: Before a percentage, the change of a measure it is the size of: "the reduction in the UPCR was ".
# (the measure before it too: "the LDL-C reduction was 44.6% with inclisiran", found by a
# cardiology user: read as a rate)
_CHANGE_IN_WAS = re.compile(r"\b(?:reduction|decrease|increase|change|decline|improvement)\s+(?:from\s+baseline\s+)?"
                            r"(?:in\s+(?:the\s+)?[^.;,%]{1,60}?\s+)?(?:was|were)\s+(?:an?\s+)?$", re.IGNORECASE)
#: Before a percentage, a time to reach it, which defines the endpoint: "time to a 50% reduction in …".
_TIME_TO_BEFORE = re.compile(r"\btime\s+to\s+(?:an?\s+|the\s+first\s+)?$", re.IGNORECASE)
#: Right before the comparator's number: "compared with ", "versus ", "and ".
_COMPARED_BEFORE = re.compile(r"(?:\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\band|,)\s+$", re.IGNORECASE)
#: Before a percentage, the change it is the size of: "weight gain of more than 10%".
_MAGNITUDE_BEFORE = re.compile(r"\b(?:gain|loss|increase|decrease|reduction|decline|improvement|change|drop|rise)\s+"
                               # "a sustained decline in eGFR of at least 50%" (found by a nephrology
                               # user: the threshold of a composite's part was an eGFR rate)
                               r"(?:in\s+(?:the\s+)?(?:[\w-]+\s+){1,5}?)?(?:of\s+)?$", re.IGNORECASE)
#: Before a percentage, a relative risk reduction: "The relative risk reduction was 89.1%".
_RRR_BEFORE = re.compile(r"\b(?:relative\s+risk\s+reduction|RRR)\s*(?:\(RRR\)\s*)?(?:of|was|,|:|=)?\s*$",
                         re.IGNORECASE)
#: Words of a sentence about harms.
_HARM_WORDS = re.compile(r"\b(?:adverse|side[- ]effects?|toxicit\w*|safety|reported|occurred|common|frequent)\b",
                         re.IGNORECASE)
#: Right after a name, its rate in brackets: " (14%)".
#: Before a disease, what tells its incidence: "The incidence of any-grade atrial fibrillation
#: was lower with acalabrutinib than with ibrutinib (9.4% vs. 16.0%" (found by a haematology user: no record).
_INCIDENCE_OF = re.compile(r"\b(?:incidences?|frequency|occurrence)\s+of\s+(?:(?:any|all)[- ]grade\s+|"
                           r"grade\s*(?:[≥>]\s*)?\d(?:\s+or\s+(?:higher|greater|more))?\s+|serious\s+|severe\s+|"
                           r"new[- ]onset\s+|treatment-emergent\s+)*$", re.IGNORECASE)
_RATE_BRACKET = re.compile(r"\s*\(\s*(?:[<>≤≥~]\s*)?\d+(?:\.\d+)?\s*%")
#: Right before a bracket, a word that is no arm's: "Decreased appetite (" (not "the placebo group (").
_WORD_BEFORE = re.compile(r"(?<![\w-])(?!(?:group|arm|cohort|placebo|patients|participants|subjects|overall|total|"
                          r"respectively|vs|versus)\s*$)[A-Za-z][\w-]*\s*$", re.IGNORECASE)
#: Endpoints measured in percent, whose percentages are levels or changes of the measure.
PERCENT_MEASURES = frozenset({"kgr:endpoint-hba1c", "kgr:endpoint-lvef"})
#: After a percentage, what makes it a share of patients: "47% of patients", "(47%) of".
SHARE_AFTER = re.compile(r"\)?\s*(?:of|among)\s+(?:the\s+|all\s+)?(?:\w+\s+){0,2}?"
                         r"(?:patients|participants|subjects|people|persons|adults|children|women|men)\b",
                         re.IGNORECASE)
#: Before a percentage, a count it is the share of: "312 patients (", "312 (".
COUNT_BEFORE = re.compile(r"\d\s+(?:\w+\s+)?\($")
#: Before a percentage, what makes it a target: "an HbA1c below 7%", "HbA1c of less than 7.0%".
_TARGET_BEFORE = re.compile(r"(?:\b(?:below|under|above|over|between|less\s+than|lower\s+than|more\s+than|target\s+of|"
                            r"goal\s+of)\s+|[<>≤≥]\s*)$", re.IGNORECASE)
#: Between a measure and its number, a baseline: "HbA1c at baseline was", "baseline HbA1c".
_BASELINE = re.compile(r"\bbaseline\b", re.IGNORECASE)
#: After a level, the rest of "from X% to Y% with": its drug follows.
_FROM_PAIR_AFTER = re.compile(r"\s*%?\s*to\s+[-−]?\d+(?:\.\d+)?\s*%\s+(?:with|in|on|for)\s+(?:the\s+)?", re.IGNORECASE)
#: Right before a level that is no change: "from 28% to 35%", "to 35%" after "from".
_FROM_TO = re.compile(r"(?:\bfrom\s+|\bfrom\s+[-−]?\d+(?:\.\d+)?\s*%?\s+to\s+)$", re.IGNORECASE)
#: A range of percentages, seen from either end: "7.5% to 10.5%", "between 7% and 10%".
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*%")
_RANGE_BEFORE = re.compile(r"(?:\d\s*%?\s*(?:to|-|–)|\bbetween\s+\d+(?:\.\d+)?\s*%?\s*and)\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
#: Before a percentage, "by" and the low end of its range: "lowered LDL-C by 20-25%".
_BY_RANGE_BEFORE = re.compile(r"\bby\s+\d+(?:\.\d+)?\s*%?\s*(?:to|-|–)\s*$", re.IGNORECASE)
#: Right before a relative change's number, its average: "decreased by a median of ".
_BY_CENTRAL = re.compile(r"\bby\s+(?:an?\s+|the\s+)?(?P<c>median|mean|average)\s+(?:of\s+)?$", re.IGNORECASE)
#: Right before a number: "by" ("reduced HbA1c by 2.30%").
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
#: After a percentage, what makes it a relative change: "a 27% slowing", "a 38% reduction in …".
_RELATIVE_AFTER = re.compile(r"\s*(?:relative\s+)?(?:reduction|decrease|slowing|increase|improvement|decline|"
                             r"lower|higher|fewer|more|less\s+likely)\b", re.IGNORECASE)
#: A measurement's unit: "-114.7 ml", "64.2 ml/min/1.73 m2", "5.2 mmol/L" (found by respiratory
#: and transplant users: FEV1, FVC and eGFR values had no record).
# ("+5.8 letters with faricimab": visual acuity's, found by a nephrology user)
# (spelled out too, "48.1 mmol per liter", found by a new user's trial: no record)
MEASURE_UNIT = (r"(?i:ml/min(?:/1\.73\s*m(?:2|²))?|ml|mg/dl|mmol/l|[µμ]mol/l|g/dl|letters|"
                r"(?:mmol|[µμ]mol|mg|g)\s+per\s+(?:deci)?lit(?:er|re))(?![\w/])")
#: A difference between arms and its value: "(difference, 12.2 percentage points; 95% CI …",
#: "difference for 84 mg, -4.0" (found by a new user: 12.2 was read as a rate).
DIFFERENCE = re.compile(r"\b(?i:(?:absolute\s+|mean\s+|risk\s+)?difference)(?:"
                        # what it is of, then a word before its value: "difference for 140 mg, -1.9 days",
                        # "difference in MADRS score from baseline to day 28 was -4.0" (not 28: found in review)
                        r"\s+(?:for|in|of|between)\s+[^,;:()=]{0,60}?(?:\s*,|\s*=|\s*:|\s+(?i:was|were|is|of))\s*|"
                        r"\s*(?:,|=|:|of|was)?\s*)"
                        # "difference, 125.3 ml" (found by a respiratory user: the unit was lost)
                        r"(?P<v>[-−]?\d+(?:\.\d+)?)\s*(?P<unit>percentage points?|points?|days|weeks|months|%|"
                        + MEASURE_UNIT + ")?")
#: Before a mention that only defines another: "Remission, defined as a MADRS score of 12 or less".
DEFINED_AS = re.compile(r"\bdefined\s+as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: A change in a measure, with its unit: "were reduced by 3.1 days with erenumab 70 mg",
#: "compared with 1.7 days with placebo", "mean change … was -19.8 with esketamine 84 mg".
CHANGE_WORD = re.compile(r"\b(?:reduc|decreas|increas|improv|chang|slow|declin|lower|rais|worsen)\w*", re.IGNORECASE)
CHANGE_VALUE = re.compile(r"(?<![\w.,/−-])(?P<v>[-−]?\d+(?:\.\d+)?)\s*(?:(?P<unit>days|points?|mmHg|kg|mg/dL|mmol/L)\b|"
                          r"(?=\s+(?:with|in|for|on)\s))")
#: After a value, a regimen's arm: " with the three-drug regimen".
_REGIMEN_AFTER = re.compile(r"\s+(?:with|in|among|on|receiving)\s+(?:the\s+)?(?P<label>(?:[\w-]+\s+){0,2}?regimen)\b",
                            re.IGNORECASE)
#: A risk of an event, which a hazard ratio with no endpoint then measures.
_RISK_OF = re.compile(r"\b(?:higher|lower|increased|reduced|decreased|greater)\s+risk\s+of\b", re.IGNORECASE)
#: Before a number that is a time or a threshold, not a change: "within 10 days", "over 28
#: days", "body weight ≤60 kg", "above 100 mg/dL" (found in review).
_TIME_BEFORE = re.compile(r"(?:\b(?:within|over|for|after|at|before|during|up\s+to|until|from|to|about|approximately|"
                          r"than|every|day|first|last|of|above|below|under|weighing|least|exceeding)\s+|[<>≤≥]\s*)$",
                          re.IGNORECASE)
#: Before a number of days, what makes it a time: "the median time to response was 7 days".
_DURATION_BEFORE = re.compile(r"\b(?:time|duration|length|follow-up|interval|delay)\b[^.;,]{0,40}$", re.IGNORECASE)
#: Before "by N%" that is no change: "was reached by 40.8% of patients" (found by a new user).
def _elided_by(text: str, sentence: Sentence, endpoint: Mention) -> bool:
    """Whether "<endpoint> by N%" leaves out an earlier "achieved by": the endpoint opens a
    list's next item (", and PASI 90 by 54.2%"), and no verb of change comes between
    ("… and sacubitril-valsartan reduced hospitalization by 21%" is a change, found in review)."""
    reached = list(_REACHED.finditer(text, sentence.start, endpoint.start))
    return (bool(reached) and _ITEM_BEFORE.search(text, reached[-1].end(), endpoint.start) is not None
            and CHANGE_WORD.search(text, reached[-1].end(), endpoint.start) is None)


#: Before the next item of a list: ", and", ";", ", while".
_ITEM_BEFORE = re.compile(r"(?:[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+)$", re.IGNORECASE)
#: Between a name and its rate: "developed in 16%", "was reported in approximately 3%".
_TOLD_IN = re.compile(r"\s+(?:(?:was|were)\s+(?:reported|observed|seen|noted)|developed|occurred)\s+in\s+"
                      r"(?:approximately\s+|about\s+|nearly\s+)?", re.IGNORECASE)
#: Right before a number, the verb that makes the endpoint before it its subject: "… rate was 36.7%".
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:(?:approximately|about|around|nearly|only)\s+)?$", re.IGNORECASE)
#: Between the items of a list of endpoints: "ACR 20, ACR 50 and ACR 70".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)\s*", re.IGNORECASE)
#: :data:`_LIST_JOIN`, past a short form in brackets: "(MACE) and ".
_LIST_JOIN_PAST_SHORT = re.compile(r"(?:\s*\([A-Za-z][^()%]{0,14}\))?" + _LIST_JOIN.pattern, re.IGNORECASE)
#: Between an endpoint and its rate when the verb is left out: "and PASI 90 by 54.2%", after
#: a sentence that said it (:data:`_REACHED`); "reduced body weight by 5%" is a change.
_BY_AFTER = re.compile(r"\s+by\s+", re.IGNORECASE)
_REACHED = re.compile(r"\b(?:reached|achieved|attained|obtained|experienced|met)\s+by\b", re.IGNORECASE)
_REACHED_BY = re.compile(r"\b(?:reached|achieved|attained|obtained|experienced|reported|observed|seen|met|shown)\s+by\s+$",
                         re.IGNORECASE)
#: "(18/40)" or "(18 of 40)" right after a percentage.
RATIO_AFTER = re.compile(r"\s*\((?P<count>\d+)\s*(?:/|of)\s*(?P<den>\d+)\)")
#: After "N patients (x%)" or "N (x%) who": the endpoint follows the verb ("had a partial response").
SUBJECT_VERB = re.compile(r"\s*(?:who\s+|that\s+)?(?:had|developed|experienced|achieved|showed|attained|reported|were|was)\b")
FRACTIONS = {
    "half": Decimal("50"), "one-half": Decimal("50"), "two-thirds": Decimal("66.7"),
    "one-third": Decimal("33.3"), "a third": Decimal("33.3"), "a quarter": Decimal("25"),
    "one-quarter": Decimal("25"), "three-quarters": Decimal("75"),
}
FRACTION = re.compile(
    QUALIFIER + r"(?P<frac>" + "|".join(FRACTIONS) + r")\s+of\s+(?:the\s+)?(?:patients|subjects|participants)"
)
#: After "none of those", the arm they are of: "receiving risankizumab", "in the placebo group".
_GROUP_NAMED = (r"\s+(?:who\s+(?:were\s+)?)?(?:receiving|received|given|taking|treated\s+with|assigned\s+to|"
                r"randomi[sz]ed\s+to|in\s+the)\b")
NO_PATIENT = re.compile(r"\b(?:no|none of the)\s+(?:patients?|subjects?|participants?)\b|"
                        # "… in 3.7% of patients receiving secukinumab and in none of those receiving
                        # risankizumab" (found by a pharmacogenomics user: no zero row); only with its arm
                        # after it, which the count is of
                        r"\bnone\s+of\s+(?:the\s+)?(?:patients|subjects|participants|those)(?=" + _GROUP_NAMED
                        + ")", re.IGNORECASE)
NOT_REACHED = re.compile(r"\bnot (?:(?:yet|been|yet been)\s+)*reached\b", re.IGNORECASE)
FOLLOW_UP = re.compile(r"follow-up (?:of|was|period of)\s+(?P<v>\d+(?:\.\d+)?)\s+(?P<u>days|weeks|months|years)")
MEDIAN = re.compile(r"\bmedian\b", re.IGNORECASE)
DURATION = re.compile(r"(?P<v>\d+(?:\.\d+)?)\s*(?P<u>days|weeks|months|years)\b")
HAZARD = re.compile(r"\b(?:(?i:hazard ratio)|HR)\b(?![-–])(?:[^\d;]{0,45}?|"
                    # "The hazard ratio for treatment discontinuation with ustekinumab versus vedolizumab was
                    # 0.62" (found by a respiratory user: too far for the value)
                    r"\s+for\s+[^\d;]{0,80}?\s(?:was|of)\s+)(?P<hr>\d+(?:\.\d+)?)")   # not "HR-positive"
CI = re.compile(
    # a difference's bounds may be below zero: "95% CI, -7.3 to -0.6" (found by a new user)
    # (any level: "96.95% CI, 57.9 to 94.1", found by a nephrology user: the bounds were lost)
    r"(?<![\d.])\d{2}(?:\.\d+)?\s*%\s*(?:CI|confidence interval)\s*[,:=]?\s*(?P<lo>[-−]?\d+(?:\.\d+)?)\s*%?\s*(?:-|–|to)\s*(?:(?P<hi>[-−]?\d+(?:\.\d+)?)\s*%?|"
    # an open upper bound: "11.1 months (95% CI, 6.9 to not reached)" (found by a precision-oncology
    # user: the bound was read as the median, and 11.1 lost)
    r"(?P<open>not\s+(?:yet\s+)?(?:reached|estimable|evaluable)|NR\b|NE\b))",
    re.IGNORECASE,
)
#: A confidence interval right after a value, in its brackets: "68% (95% CI, 57%–77%)".
CI_AFTER = re.compile(r"\s*[(\[]\s*" + CI.pattern, re.IGNORECASE)
#: What a value in a comparison belongs to: "with placebo", "in the imatinib group".
ARM_AFTER = re.compile(r"^[^;]{0,40}?\b(?:with|in|for|on|receiving)\s+(?:the\s+)?(?P<label>placebo|observation|"
                       # "5.6 months with salvage chemotherapy" (found by a haematology user: the
                       # control's median was lost)
                       r"best supportive care|control|(?:(?:standard|conventional|salvage|"
                       r"(?:investigator|physician)(?:'s|’s|s')[- ]choice(?:\s+of)?)\s+)?"
                       r"chemotherapy)\b", re.IGNORECASE)
#: An odds ratio, relative risk or incidence rate ratio and its value: "OR 16.9", "odds ratio
#: [OR], 2.8", "adjusted OR = 2.41", "relative risk 1.8". The abbreviations only in capitals.
RATIO = re.compile(r"(?:\b(?P<kind>(?i:(?:adjusted\s+)?(?:odds|risk|incidence\s+rate|rate)\s+ratios?|relative\s+risk)"
                   r"(?:\s*[\[(]\s*(?:a?OR|RR|IRR)\s*[\])])?)"
                   # what it measures, named between it and its value: "the odds ratio for
                   # hepatotoxicity with isoniazid was 2.3" (found in review: nothing recorded)
                   r"(?:(?P<about>\s+(?i:for|of)\s+(?=[^\d\s])[^\d;()\[\]=]{1,80}?)\s+(?i:was|were|is|of)\s+(?=\d)|"
                   # … or the dose of its arm: "odds ratio for 140 mg, 2.51" (found by a new user)
                   r"\s+for\s+\d+(?:\.\d+)?\s*(?:mg(?:/kg)?|µg|mcg|g)\b\s*(?:,|=|:|was|of)?\s*|"
                   r"\s*(?:,|=|:|of|was|\(|\[)?\s*)"
                   # the abbreviations only where a statistic stands: "(OR 16.9", "; RR=1.2", "OR,
                   # 2.43" (found in review: "returned to the OR 2 days later")
                   # "(adjusted OR, 2.84" (found by a cardiometabolic user)
                   r"|(?:(?<=[(\[;,])|(?<=[(\[;,]\s))(?:(?i:adjusted)\s+)?(?P<abbr>a?OR|a?RR|IRR)\s*(?:,|=|:)?\s*)"
                   r"(?P<v>\d+(?:[.·]\d+)?)(?![\d.·]*\s*%)")
VERSUS = re.compile(r"\b(?:versus|vs\.?|compared with|compared to)\s", re.IGNORECASE)
P_VALUE = re.compile(r"\b[Pp]\s*(?P<op>[<=>≤≥])\s*(?P<p>0?\.\d+)")
NO_DIFFERENCE = re.compile(
    r"\bno (?:statistically )?significant differences?\b|\bdid not differ significantly\b|\bnot significantly different\b",
    re.IGNORECASE,
)
NOT_SIGNIFICANT = re.compile(r"\b(?:not|non-?)\s*(?:statistically\s+)?significant\b|"
                             # "did not reach statistical significance" (found by an oncology user)
                             r"\b(?:not|never|failed\s+to)\s+(?:reach|reached|achieve|achieved)\s+"
                             r"(?:statistical\s+)?significance\b", re.IGNORECASE)
#: After a disease, a verb that makes it its clause's subject: "intracranial hemorrhage was also
#: lower with apixaban (hazard ratio, 0.53)" (found by a cardiology user).
_SUBJECT_AFTER = re.compile(r"\s+(?:(?:was|were|occurred|developed)\b|(?:rates?|risk|incidence)\s+(?:was|were)\b)",
                            re.IGNORECASE)
#: Words that turn a sentence to another result: a significance said past them is not this one's.
_TURN = re.compile(r"\b(?:whereas|but|while|however|although)\b|;", re.IGNORECASE)
#: Before a drug, the patients' history with it: "prior primary nonresponse to infliximab",
#: "previously exposed to adalimumab" (:data:`HISTORY_BEFORE` and the non-response it lacks).
_PAST_DRUG_BEFORE = re.compile(HISTORY_BEFORE.pattern + r"|\b(?:non-?response|loss\s+of\s+response|"
                               r"(?:primary|secondary)\s+failure)\s+(?:to|of)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: Between an endpoint and "did not differ significantly", the words of its subject: "remission rates ".
_SUBJECT_BEFORE_NO_DIFFERENCE = re.compile(r"\s*(?:rates?|scores?|levels?|values?|proportions?)?\s*$", re.IGNORECASE)
#: After "did not differ significantly", the two arms: "between ustekinumab and vedolizumab".
_BETWEEN_TWO = re.compile(r"\s*between\s+(?:the\s+)?", re.IGNORECASE)
BETWEEN_ARMS = re.compile(r"\bbetween the (?:two )?(?:doses|arms|groups|dose groups|drugs|treatments)\b", re.IGNORECASE)
EFFECT = re.compile(
    r"\b(?P<verb>improv(?:e|es|ed)|prolong(?:s|ed)?|increas(?:e|es|ed)|reduc(?:e|es|ed)|decreas(?:e|es|ed)|"
    r"extend(?:s|ed)?|shorten(?:s|ed)?|worsen(?:s|ed)?)\b"
)
EFFECT_NAMES = {"improv": "improved", "prolong": "prolonged", "increas": "increased", "reduc": "reduced",
                "decreas": "decreased", "extend": "prolonged", "shorten": "shortened", "worsen": "worsened"}
EFFECT_QUALIFIER = re.compile(r"(dose-related|dose-dependent|significant(?:ly)?|substantial(?:ly)?|marked(?:ly)?|modest(?:ly)?)\s+$")
#: Words before a mutation that put an outcome in the stratum *without* it.
NO_MUTATION = re.compile(r"\b(without|lacking|negative for|no)\b[^,;.]{0,30}$", re.IGNORECASE)


def extract_study(ctx: Context) -> Study | None:
    """The trial the paper reports, or ``None`` for reviews and papers reporting none.

    A paper reports its own trial when a sentence says so ("We conducted …", "patients
    were randomly assigned …"); design words, size, phase and arms come from those.
    """
    if any("review" in t.lower() for t in ctx.document.publication_types):
        return None
    own = [s for s in ctx.sentences if s.section != "TITLE" and OWN_TRIAL.search(s.text)]
    if not own:
        return None
    design: list[str] = []
    size = None
    phase = None
    arms: list[StudyArm] = []
    evidence = []
    for sentence in own:
        for word in DESIGN_WORDS.findall(sentence.text):
            word = word.lower().replace("randomised", "randomized").replace("multicentre", "multicenter")
            word = "randomized" if word.startswith("randomly") else re.sub(r"ly$", "", word)
            if word not in design:
                design.append(word)
        if size is None and (match := SAMPLE.search(sentence.text)):
            group = next(g for g in ("n", "n2", "n3", "n4", "n5") if match.group(g))
            size = int(match.group(group).replace(",", ""))
            # "We analysed 179 patients with IDH1-mutated AML and 176 patients with IDH2-mutated
            # AML": the groups add up (found by a haematology user: the size was the first's)
            noun = re.match(r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(\w+)", sentence.text[match.start(group):])
            at = match.start(group)
            while noun is not None and (more := re.compile(
                    rf"\d[\d,]*\s+{re.escape(noun.group(1))}\s+(?:with|who|harbou?ring|carrying)\b[^.;]{{0,80}}?"
                    rf"\band\s+(?P<n>\d[\d,]*)\s+{re.escape(noun.group(1))}\s+(?:with|who|harbou?ring|carrying)\b",
                    re.IGNORECASE).match(sentence.text, at)) is not None:
                size += int(more.group("n").replace(",", ""))
                at = more.start("n")
        if phase is None and (match := PHASE.search(sentence.text)):
            phase = match.group(1).upper()
        if not arms and (assigned := re.search(r"\b(?:assigned|allocated|randomi[sz]ed)\b[^.;]{0,80}?\bto\b", sentence.text)):
            # the doses after the verb: "patients … receiving atorvastatin 80 mg daily were
            # assigned to evolocumab or placebo" (found by a new user: the background was an arm)
            arms = _arms(ctx, sentence, after=assigned.start())
        evidence.append(_evidence(ctx, sentence, "study:own-trial", None, None))
    if not arms:
        # A single-arm trial: the doses its own sentences give ("treated them with imatinib 400 mg daily").
        arms = [arm for sentence in own for arm in _arms(ctx, sentence)][:4]
    if size is None:
        # "We performed targeted sequencing on samples from 112 patients …" (found by a new user)
        size = next((int(m.group("n").replace(",", "")) for sentence in own if re.search(r"(?i)\bwe\b", sentence.text)
                     and not _OTHERS_PATIENTS.search(sentence.text) and (m := SAMPLE_OF.search(sentence.text))), None)
    if size is None and len(arms) >= 2 and all(arm.size for arm in arms):
        # "randomized 2:1 to asciminib 40 mg twice daily (n=157) or bosutinib 500 mg once
        # daily (n=76)": the arms' sizes add up to the trial's (found by a new user).
        size = sum(arm.size or 0 for arm in arms)
    if phase is None and (match := PHASE.search(ctx.document.title)):
        phase = match.group(1).upper()
    # "… results of a multicentre, single-arm phase 2 study" (found by an oncology user: the
    # title's design was not recorded)
    for word in DESIGN_WORDS.findall(ctx.document.title):
        word = word.lower().replace("randomised", "randomized").replace("multicentre", "multicenter")
        word = "randomized" if word.startswith("randomly") else re.sub(r"ly$", "", word)
        if word not in design:
            design.append(word)
    return Study(ctx.document.curie, size, tuple(design), phase, tuple(arms), tuple(evidence))


#: Right after a drug, its arm's size: " (n=860)".
_DRUG_SIZE = re.compile(r"(?:-?[\w-]*)(?:\s+[a-z][\w-]*){0,3}?(?P<open>\s*\()\s*n\s*=\s*(?P<n>\d[\d,]*)\s*\)")

#: Before a dose, another of the same unit: "10 or " in "10 or 20 mg once daily".
_OR_DOSE_BEFORE = re.compile(rf"(?<![\w/²])(?P<dose>{NUMBER})\s+or\s+$")   # (not the "2" of "mg/m2 or")


def _arms(ctx: Context, sentence: Sentence, after: int = 0) -> list[StudyArm]:
    """One arm per dose in a sentence ("400 mg or 600 mg of imatinib daily"), from ``after`` (in the sentence's text) on."""
    drugs = ctx.in_sentence(sentence, "Drug")
    drug = drugs[0].curie if drugs else (ctx.main_drug.curie if ctx.main_drug else None)
    schedule_match = SCHEDULE.search(sentence.text)
    shared_schedule = _schedule(schedule_match.group(0)) if schedule_match else None
    doses = [match for match in DOSE.finditer(sentence.text, after) if not RESTATED.search(sentence.text[:match.start()])
             and not DOSE_CHANGE.search(sentence.text, max(0, match.start() - 30), match.start())]
    arms = []
    for i, match in enumerate(doses):
        # "vemurafenib (960 mg twice daily) or dacarbazine (1000 mg … every 3 weeks)": a dose
        # is the drug's named last before it, with the schedule that follows it, if any.
        named = [d for d in drugs if d.end <= sentence.start + match.start()]
        following = doses[i + 1].start() if i + 1 < len(doses) else len(sentence.text)
        own = SCHEDULE.search(sentence.text, match.end(), following)
        # "45 mg (n=94) … daily" or "40 mg twice daily (n=157)"
        sized = ARM_SIZE.match(sentence.text, match.end(), following) or (
            ARM_SIZE.match(sentence.text, own.end(), following) if own else None)
        # "faricimab 6.0 mg or aflibercept 2.0 mg every 8 weeks": a schedule written after another
        # drug's dose is that drug's (found by a nephrology user: faricimab got aflibercept's)
        shared = shared_schedule if schedule_match is None or not any(
            match.end() <= d.start - sentence.start and d.end - sentence.start <= schedule_match.start()
            # (not the dose's own drug named after it: "400 mg or 600 mg of imatinib daily")
            and d.curie != (named[-1].curie if named else drug) for d in drugs) else None
        arm = replace(_arm(ctx, match, named[-1].curie if named else drug,
                           _schedule(own.group(0)) if own else shared),
                      size=int(sized.group("n").replace(",", "")) if sized else None)
        if (first := _OR_DOSE_BEFORE.search(sentence.text, 0, match.start())) is not None and not arm.dose_qualifier:
            # "finerenone 10 or 20 mg once daily": the first dose shares the second's unit (found by
            # a nephrology user: no 10 mg arm)
            dose = Decimal(first.group("dose").replace(",", ""))
            arms.append(replace(arm, dose=dose, dose_max=None, size=None,
                                label=" ".join(p for p in (f"{dose}", arm.dose_unit, arm.schedule) if p)))
        arms.append(arm)
    if not arms:
        # "randomized to donanemab (n=860) or placebo (n=876)": arms with no dose, by their
        # drugs and sizes (found by a neurology user: no arm)
        text = ctx.document.text
        arms = []
        for d in drugs:
            sized = _DRUG_SIZE.match(text, d.end)
            if d.start < sentence.start + after or sized is None:
                continue
            if any(d.end < o.start and o.end <= sized.start("open") for o in drugs):
                # "infliximab or adalimumab who started vedolizumab (n=248)": the size is the later
                # drug's (found by a respiratory user: an arm "adalimumab who started vedolizumab")
                continue
            # the regimen as written: "ceftazidime-avibactam (n=165)", "colistin-based combination
            # therapy (n=147)" (found in review: "avibactam", and no colistin arm)
            start = d.start
            while start > sentence.start and (text[start - 1].isalnum() or text[start - 1] in "-/"):
                start -= 1
            label = re.sub(r"\s+", " ", text[start:sized.start("open")]).strip().lower()
            if any(a.label == label for a in arms):
                continue
            arms.append(StudyArm(ctx.document.curie, label, drug=d.curie, size=int(sized.group("n").replace(",", ""))))
    if arms and (control := CONTROL_ARM.search(sentence.text, after)):
        sized = ARM_SIZE.match(sentence.text, control.end())
        arms.append(StudyArm(ctx.document.curie, control.group(1).lower(),
                             size=int(sized.group("n").replace(",", "")) if sized else None))
    return arms


def _respective_count(ctx: Context, sentence: Sentence, count: re.Match[str]) -> dict[str, Any]:
    """The arm fields of a count in a "respectively" sentence: "18 of 152 patients (11.8%) and 12
    of 150 patients (8.0%) receiving tofacitinib and placebo, respectively" gives each count the
    arm named in its place, when the arms after the counts are as many as they; else ``{}``
    (found by a rheumatology user: the placebo count was tofacitinib's)."""
    text = ctx.document.text
    if not RESPECTIVELY.search(sentence.text):
        return {}
    counts = list(COUNT_PERCENT.finditer(text, sentence.start, sentence.end))
    arms = [item for start, item in _earlier_arms(ctx, sentence) if start >= counts[-1].end()]
    if len(arms) < 2 or len(counts) != len(arms):
        return {}
    item = arms[[c.start() for c in counts].index(count.start())]
    if isinstance(item, Mention):
        return {"drug": item.curie}
    if isinstance(item, StudyArm):
        return {"drug": item.drug, "arm": item}
    return {"drug": None, "arm": StudyArm(ctx.document.curie, item)}


#: The people of a count named by their control: "placebo-treated patients", "placebo recipients".
_CONTROL_PEOPLE = re.compile(r"\s*(?P<label>placebo|sham|vehicle)(?:[- ](?:treated|exposed|allocated)|\s+"
                             r"(?=recipients|patients|participants|subjects|group|arm))", re.IGNORECASE)


def _count_control(ctx: Context, den_end: int) -> StudyArm | None:
    """The control arm a count's people are of, read from the end of its denominator on:
    "… 150 placebo-treated patients", "… 150 patients in the placebo group", "… 140 with
    placebo"; else ``None`` (a drug's people, or no arm named)."""
    text = ctx.document.text
    named = _CONTROL_PEOPLE.match(text, den_end)
    if named is not None:
        return StudyArm(ctx.document.curie, named.group("label").lower())
    people = re.match(rf"\s*{_PEOPLE}", text[den_end:], re.IGNORECASE)
    start = den_end + (people.end() if people else 0)
    control = CONTROL_AFTER.match(text, start) or CONTROL_AFTER.match(text, den_end)
    return StudyArm(ctx.document.curie, control.group("label").lower()) if control is not None else None


def _schedule(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip().lower()
    if text in ("/day", "/d", "per day", "daily", "qd", "once daily"):
        return "daily"
    if text in ("bid", "twice daily", "twice a day"):
        return "twice daily"
    return re.sub(r"\s+", " ", text).replace(" a day", " daily").replace(" a week", " weekly").replace(
        " a month", " monthly").replace("once weekly", "weekly").replace("once monthly", "monthly")


def _arm(ctx: Context, match: re.Match[str], drug: str | None, schedule: str | None,
         qualifier: str | None = None) -> StudyArm:
    dose = Decimal(match.group("dose").replace(",", ""))
    dose_max = Decimal(match.group("max").replace(",", "")) if match.group("max") else None
    # "5.4 mg per kilogram" is 5.4 mg/kg (found by a new user: it was 5.4 mg).
    unit = re.sub(r"mg per square meter.*", "mg/m²", re.sub(r"mg per kilogram.*", "mg/kg",
                                                             match.group("unit"))).replace("m2", "m²")
    schedule = _schedule(match.group("per")) or schedule
    amount = f"{dose}-{dose_max}" if dose_max is not None else f"{dose}"
    label = " ".join(p for p in (qualifier, amount, unit, schedule) if p)
    if qualifier and dose_max is not None:
        label = " ".join(p for p in (qualifier, f"{dose}", unit, schedule, f"(up to {dose_max} {unit})") if p)
    return StudyArm(ctx.document.curie, label, drug=drug, dose=dose, dose_max=dose_max, dose_unit=unit,
                    schedule=schedule, dose_qualifier=qualifier)


#: After an endpoint, its own verb denied: "Progression-free survival was also not improved".
_DENIED_AFTER = re.compile(r"\s+(?:was|were|is|are)\s+(?:also\s+|again\s+|similarly\s+|likewise\s+|still\s+)?"
                           r"(not)\s+(?:significantly\s+|statistically\s+significantly\s+|meaningfully\s+)?"
                           r"(?:improved|prolonged|extended|increased|reduced|decreased|lowered|different|better)\b",
                           re.IGNORECASE)


def _denied_after(text: str, end: int) -> str | None:
    """The negation cue of an endpoint's own verb right after it (:data:`_DENIED_AFTER`), which
    a cue looked for before the endpoint misses (found by a new user: the OS sentence before it
    was negated, "Progression-free survival was also not improved (hazard ratio 0.96)" not)."""
    denied = _DENIED_AFTER.match(text, end)
    return denied.group(1).lower() if denied else None


def _evidence(ctx: Context, sentence: Sentence, rule: str, subject: Mention | Span | None,
              obj: Span | None, *, inferred: bool = False) -> Evidence:
    """Evidence for a study or outcome sentence; hedging is read from the segment of the number."""
    text = ctx.document.text
    negation = None
    anchor = obj.start if obj is not None else subject.start if subject is not None else None
    start, end = sentence.start, sentence.end
    if anchor is not None:
        start, end = next((s, e) for s, e in _segments(sentence) if s <= anchor < e or e == sentence.end)
    hedge = find_cue(HEDGE_CUES, text, start, end)
    return Evidence(
        publication=ctx.document.curie,
        sentence=Span(sentence.start, sentence.end),
        text=sentence.text,
        section=sentence.section,
        rule=rule,
        subject_span=Span(subject.start, subject.end) if subject is not None else None,
        object_span=obj,
        negated=negation is not None,
        hedged=hedge is not None,
        cue=hedge,
        inferred=inferred,
    )


#: Words that say which way a relative change went.
_LOWER = re.compile(r"^(?:reduc|decreas|lower|declin|slow|fewer|less|drop|fell|cut)", re.IGNORECASE)
_HIGHER = re.compile(r"^(?:increas|rais|rose|higher|more|greater|elevat|grew)", re.IGNORECASE)
_DIRECTION_WORD = re.compile(r"\b(?:reduc|decreas|lower|declin|slow|fewer|less|drop|fell|cut|increas|rais|rose|"
                             r"higher|more|greater|elevat|grew)\w*", re.IGNORECASE)


def _direction(text: str, sentence: Sentence, match: re.Match[str]) -> str | None:
    """Which way a relative change went: "reduced … by 47.9%", "a 38% reduction" → "reduced";
    "increased by 8.2%" → "increased"; else ``None`` (found by a cardiology user: both values of
    "reduced by 47.9% with inclisiran and increased by 8.2% with placebo" had no direction)."""
    after = _RELATIVE_AFTER.match(text, match.end())
    word = _DIRECTION_WORD.search(text, after.start(), after.end()) if after else None
    if word is None:
        clause = text.rfind(",", sentence.start, match.start()) + 1 or sentence.start
        # (not a threshold's "or more": "a decline of 10% or more … by 47.9%", found in review)
        before = [w for w in _DIRECTION_WORD.finditer(text, max(clause, sentence.start), match.start())
                  if not re.search(r"\bor\s+$", text[max(0, w.start() - 4):w.start()])]
        word = before[-1] if before else None
    if word is None:
        return None
    return "reduced" if _LOWER.match(word.group(0)) else "increased" if _HIGHER.match(word.group(0)) else None


def _decimal(text: str) -> Decimal:
    """A number as written, with a typographic minus ("−0.6") read as one."""
    return Decimal(text.replace("−", "-"))


def _bounds(ci: re.Match[str] | None) -> dict[str, Any]:
    """A confidence interval's ``ci_lower`` and ``ci_upper``; an open upper bound ("6.9 to not
    reached") has none, the model holding numbers only."""
    if ci is None:
        return {"ci_lower": None, "ci_upper": None}
    return {"ci_lower": _decimal(ci.group("lo")), "ci_upper": _decimal(ci.group("hi")) if ci.group("hi") else None}


def _segments(sentence: Sentence) -> list[tuple[int, int]]:
    """Comma- and semicolon-delimited segments of a sentence, as absolute spans."""
    bounds = [sentence.start]
    for match in re.finditer(r"[,;]", sentence.text):
        bounds.append(sentence.start + match.end())
    bounds.append(sentence.end)
    return list(zip(bounds, bounds[1:], strict=False))


def _in(m: Mention | re.Match[str], span: tuple[int, int], base: int = 0) -> bool:
    start = m.start if isinstance(m, Mention) else m.start() + base
    return span[0] <= start < span[1]


#: Between the parts of a composite endpoint: "cardiovascular death, myocardial infarction, or
#: stroke", "worsening heart failure or death"; a part's own qualifier ("nonfatal") may follow.
_PART_JOIN = re.compile(r"\s*(?:,\s*(?:or\s+|and\s+|and/or\s+)?|\s+(?:or|and/or|and)\s+)"
                        r"(?:(?:non-?fatal|fatal|urgent|new-onset|recurrent|worsening)\s+)?", re.IGNORECASE)
_PART_JOIN_NAMED = re.compile(_PART_JOIN.pattern + r"(?:[a-z][\w-]+\s+)?", re.IGNORECASE)
#: A sentence that may name a composite: "or", "composite", "combined".
_MAY_COMPOSE = re.compile(r"\bor\b|composite|combined", re.IGNORECASE)
#: Endpoints that name a composite rather than being a part of one: "The primary outcome, death … or …".
_NAMES_A_COMPOSITE = frozenset({"kgr:endpoint-primary-outcome", "kgr:endpoint-primary-composite-outcome"})
#: The endpoints that are deaths, whose "or" makes an event beside them a composite's part.
_DEATHS = frozenset({"kgr:endpoint-all-cause-mortality", "kgr:endpoint-cardiovascular-death"})
#: Before a composite's first part, what names it one: "the composite of", "combined risk of",
#: "The primary outcome, death from cardiovascular causes or …".
_COMPOSITE_BEFORE = re.compile(r"(?:\b(?:composite|combined)\b[^.;()]{0,40}?\b(?:of|:)|"
                               r"\bprimary\s+(?:composite\s+)?(?:efficacy\s+)?(?:outcome|end\s?point)\s*(?:,|:|was))"
                               r"\s+(?:the\s+)?(?:(?:non-?fatal|fatal|worsening|first)\s+)?$", re.IGNORECASE)
#: Before a part, its qualifier, which makes it an endpoint of its own: "nonfatal stroke".
_PART_QUALIFIER = re.compile(r"\b(?P<q>non-?fatal|fatal|worsening|urgent|new-onset|recurrent)\s+$", re.IGNORECASE)


def _composites(text: str, sentence: Sentence, endpoints: list[Mention], events: list[Mention],
                diseases: list[Mention]) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """``endpoints``, ``events`` and ``diseases`` with each composite endpoint one mention of
    its own: "the composite of death from cardiovascular causes, myocardial infarction, or
    stroke", "worsening heart failure or cardiovascular death (hazard ratio, 0.74)".

    A run of names joined by commas and "or" is a composite when it holds an endpoint or
    death (not "diabetes or hypertension"), or, joined by "and" too, when "composite" or
    "combined" names it one. Its entity is ``kgr:endpoint-<part>-or-<part>…``, its parts in
    sorted order, so the same composite written in another order is the same endpoint (found
    by a cardiometabolic user: "the combined risk of cardiovascular death or hospitalization
    for heart failure" gave its hazard ratio to the hospitalization alone).
    """
    if len(endpoints) + len(events) + len(diseases) < 2 or not _MAY_COMPOSE.search(sentence.text):
        return endpoints, events, diseases      # (most sentences: no name to join)
    names = sorted([m for m in endpoints + events + diseases if m.curie not in _NAMES_A_COMPOSITE],
                   key=lambda m: (m.start, -m.end))
    # (not a name inside another: the tagger's "death" inside "cardiovascular death")
    names = [m for m in names if not any(o is not m and o.start <= m.start and m.end <= o.end
                                         and (o.start, o.end) != (m.start, m.end) for o in names)]
    composites: list[tuple[Mention, list[Mention]]] = []
    i = 0
    while i < len(names):
        run = [names[i]]
        joins: list[str] = []
        named = _COMPOSITE_BEFORE.search(text, max(sentence.start, run[0].start - 60), run[0].start)
        # named a composite, a part may carry a word of its own: "…, stent thrombosis, or stroke"
        joiner = _PART_JOIN_NAMED if named else _PART_JOIN
        while i + len(run) < len(names) and (join := joiner.fullmatch(text, run[-1].end, names[i + len(run)].start)):
            joins.append(join.group(0).lower())
            run.append(names[i + len(run)])
        i += len(run)
        either = any(re.search(r"\bor\b", j) for j in joins)
        weighty = any(m.type == "Endpoint" or m.entity.label.lower() in NOT_TREATED for m in run)
        # (not "differences in toxic effects or response": a generic response or a harm is a
        # list's item, no part of a composite the paper does not name one)
        # (an event joined to a death is a composite's part: "worsening heart failure or death",
        # "cardiovascular death or worsening heart failure", found in review: read as the event)
        plain = all(m.curie != "kgr:endpoint-response" and m.type != "AdverseEvent" for m in run) or any(
            m.curie in _DEATHS for m in run)
        # "Myelodysplastic syndrome or acute myeloid leukemia occurred in 1.5% …": two events
        # joined by "or" alone, told as one by their verb, are one event (found by an oncology
        # user: 1.5% went to one and 0.8% to the other)
        told = (len(run) == 2 and joins == [" or "] and not (run[0].type == "Endpoint" or run[1].type == "Endpoint")
                and _TOLD_IN.match(text, run[-1].end) is not None)
        if len(run) < 2 or not (named or (either and weighty and plain) or told):
            continue
        parts = []
        for m in run:
            slug = ("death" if m.how == "pattern" and m.curie == _MORTALITY.curie    # (as a named death's)
                    else m.curie.split("endpoint-", 1)[1] if m.curie.startswith("kgr:endpoint-")
                    else re.sub(r"[^a-z0-9]+", "-", m.entity.label.lower()).strip("-"))
            qualifier = _PART_QUALIFIER.search(text, max(sentence.start, m.start - 12), m.start)
            parts.append(f"{qualifier.group('q').lower().replace('-', '')}-{slug}" if qualifier else slug)
        start = run[0].start
        qualifier = _PART_QUALIFIER.search(text, max(sentence.start, start - 12), start)
        start = qualifier.start() if qualifier else start
        # Two harms told as one ("MDS or AML occurred in 1.5%") are one adverse event, as
        # either alone would be: its rate is an event rate that names it (found in review:
        # the composite rows carried no kg:adverseEvent, so a harm query missed them)
        event = told and not named and not (either and weighty)
        entity = Entity(("kgr:ae-" if event else "kgr:endpoint-") + "-or-".join(sorted(set(parts))),
                        "AdverseEvent" if event else "Endpoint",
                        " or ".join(p.replace("-", " ") for p in sorted(set(parts))))
        composites.append((replace(run[0], start=start, end=run[-1].end, text=text[start:run[-1].end],
                                   entity=entity, how="composite"), run))
    if not composites:
        return endpoints, events, diseases
    merged = {id(m) for _, run in composites for m in run}
    return (sorted([m for m in endpoints if id(m) not in merged]
                   + [c for c, _ in composites if c.type == "Endpoint"], key=lambda m: m.start),
            sorted([m for m in events if id(m) not in merged]
                   + [c for c, _ in composites if c.type == "AdverseEvent"], key=lambda m: m.start),
            [m for m in diseases if id(m) not in merged])


#: Before an endpoint, the "X-free" that makes it a stricter endpoint: "transfusion-free remission".
_FREE_BEFORE = re.compile(r"(?<![\w-])(?P<what>[A-Za-z][\w]*(?:-[A-Za-z]\w*)?)[- ]free\s+$")
#: After a bare death, an "or" and a part kg has no name for: "death or mechanical ventilation",
#: "death or disability" (its words end at a verb, a bracket, a comma, a time or an arm).
_OR_UNNAMED = re.compile(r"\s+or\s+(?P<what>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                         r"(?=\s*[,;:()\[\]]|\s+(?:was|were|is|occurred|at|by|in|through|within|with|among|on|"
                         r"versus|vs\.?|than|compared|\d|(?:hazard|odds|risk)\b))")
#: Before a bare death, "or" and a part kg has no name for: "hepatic decompensation or death"
#: (its words begin at the sentence or after a little word: "the risk of …").
_NOT_A_PART_WORD = r"(?!(?:of|the|a|an|and|with|in|for|to|from|risk|rate|rates|incidence|reduced|lowered)\b)"
_UNNAMED_OR = re.compile(r"(?:^|\b(?:of|the|an|a|for|from|and|with|that|in)\s+|[,:;(]\s*)"
                         rf"(?P<what>{_NOT_A_PART_WORD}[A-Za-z][\w-]*(?:\s+{_NOT_A_PART_WORD}[A-Za-z][\w-]*){{0,2}})"
                         r"\s+or\s+$", re.IGNORECASE)
_CAUSE_OF = re.compile(r"\b(?:causes?|time)\s+(?:of|to)\s+$", re.IGNORECASE)
#: A bare death's risk: "the risk of death", "the hazard of death" (not a composite's "death or …").
#: ("The hazard ratio for death with dapagliflozin versus placebo was 0.83", found by a cardiology
#: user: no record)
_RISK_OF_DEATH = re.compile(r"\b(?:(?:risk|hazard|odds|rate|incidence)\s+of|(?:hazard|odds|risk|rate)\s+ratios?\s+for)\s+"
                            r"(?P<w>death)\b(?!\s*(?:,|or\b|and\b|from\b))",
                            re.IGNORECASE)
#: Death named bare, as a composite's part: "death or hospitalization for heart failure",
#: "worsening heart failure or death" (kg has no "death" name of its own: "cause of death").
_BARE_DEATH = re.compile(r"\b(?P<w>death(?:\s+from\s+any\s+cause)?)\b", re.IGNORECASE)


def _without_redundant_coordinations(endpoints: list[Mention]) -> list[Mention]:
    """``endpoints`` less a coordination that starts where a whole name of the same endpoint
    does: "ACR20, ACR50, and ACR70 responses" read "ACR50, and ACR70 responses" as ACR50's, over
    the list's own names, so the list's numbers went astray (found in review: 70% was ACR70's).
    "progression-free and overall survival" stays: "progression-free" alone names nothing."""
    whole = {(m.start, m.curie) for m in endpoints if m.how != "coordination"}
    return [m for m in endpoints if m.how != "coordination" or (m.start, m.curie) not in whole]


def _named_responses(text: str, endpoints: list[Mention]) -> list[Mention]:
    """``endpoints`` with a generic response right after a specific endpoint folded into it.

    "ACR 50% responses were seen in 45%": the responses are ACR50's, no generic response of
    their own (found in review: the 45% went to "response").
    """
    out: list[Mention] = []
    for m in sorted(endpoints, key=lambda m: m.start):
        if (out and m.curie == "kgr:endpoint-response" and out[-1].curie != m.curie
                and m.start >= out[-1].end and not text[out[-1].end:m.start].strip()):
            head = out.pop()
            out.append(replace(head, end=m.end, text=text[head.start:m.end]))
            continue
        out.append(m)
    return out


#: "<X>-free survival" (its X one word or two: "treatment-free", "GVHD-free, relapse-free").
_FREE_SURVIVAL = re.compile(r"(?<![\w-])(?P<what>[A-Za-z][\w]*(?:-[A-Za-z]\w*)?)[- ]free\s+survival\b", re.IGNORECASE)


def _free_endpoints(text: str, sentence: Sentence, endpoints: list[Mention]) -> list[Mention]:
    """``endpoints`` with an "X-free" before one made an endpoint of its own.

    "Transfusion-free remission", "opioid-free survival": remission without the thing is a
    stricter result than remission (found in review: "corticosteroid-free remission" was
    filed as remission). The lexicon's own X-free names ("progression-free survival") are
    whole mentions already and never reach here. In: the sentence's endpoint mentions; out:
    the same list, an X-free one replaced by ``kgr:endpoint-<x>-free-<endpoint>``.
    """
    out = []
    for m in endpoints:
        free = _FREE_BEFORE.search(text, max(sentence.start, m.start - 40), m.start)
        if free is None or not m.curie.startswith("kgr:endpoint-"):
            out.append(m)
            continue
        what = free.group("what").lower()
        slug = re.sub(r"[^a-z0-9]+", "-", f"{what}-free-{m.curie.split('endpoint-', 1)[1]}")
        label = f"{what}-free {m.entity.label}"
        out.append(replace(m, start=free.start(), text=text[free.start():m.end],
                           entity=Entity(f"kgr:endpoint-{slug}", "Endpoint", label), how="pattern"))
    for survival in _FREE_SURVIVAL.finditer(text, sentence.start, sentence.end):
        # "transfusion-free survival", "leukemia-free survival": survival free of X, an endpoint
        # whose name the lexicon may not list (found in review: no record)
        if any(m.start < survival.end() and survival.start() < m.end for m in out):
            continue
        what = survival.group("what").lower()
        out.append(Mention(survival.start(), survival.end(), survival.group(0),
                           Entity(f"kgr:endpoint-{re.sub(r'[^a-z0-9]+', '-', what)}-free-survival", "Endpoint",
                                  f"{what}-free survival"), how="pattern"))
    return sorted(out, key=lambda m: m.start)


def _unnamed_part(text: str, sentence: Sentence, death: re.Match[str]) -> tuple[int, int, str] | None:
    """The part a bare death is joined to by "or" when kg has no name for it: (start, end,
    its words in lower case), after ("death or mechanical ventilation") or before it
    ("hepatic decompensation or death"); else ``None``."""
    after = _OR_UNNAMED.match(text, death.end())
    if after is not None:
        return after.start("what"), after.end("what"), re.sub(r"\s+", " ", after.group("what")).lower()
    before = _UNNAMED_OR.search(text[sentence.start:death.start()])
    if before is not None:
        return (sentence.start + before.start("what"), sentence.start + before.end("what"),
                re.sub(r"\s+", " ", before.group("what")).lower())
    return None


_VIRUS = r"(?P<virus>HBV\s+DNA|HIV(?:-1)?\s+RNA|HCV\s+RNA|viral\s+loads?)"
#: A viral load under a threshold, the endpoint of antiviral trials: "HBV DNA below 400 copies
#: per millilitre", "HIV-1 RNA <200 copies/mL", "serum HBV DNA levels of less than 60 IU/mL",
#: "undetectable HCV RNA" (found by a new user's trial: no record unless the lexicon had the
#: very threshold).
_VIRAL_THRESHOLD = re.compile(
    r"(?:(?:serum|plasma)\s+)?" + _VIRUS + r"(?:\s+levels?)?(?:\s+(?:of|was|were))?\s*"
    r"(?:below|under|less\s+than|lower\s+than|of\s+less\s+than|<|≤|<=)\s*(?P<n>\d[\d,]*)\s*"
    r"(?:copies|IU|international\s+units)\s*(?:/|per\s+)\s*(?:mL|ml|milliliters?|millilitres?)\b|"
    r"\bundetectable\s+(?:(?:serum|plasma)\s+)?" + _VIRUS.replace("virus", "virus2"), re.IGNORECASE)
_VIRAL_ENDPOINTS = {
    "hbv": Entity("kgr:endpoint-hbv-dna-suppression", "Endpoint", "HBV DNA suppression"),
    "hiv50": Entity("kgr:endpoint-hiv-rna-below-50", "Endpoint", "HIV-1 RNA below 50 copies/mL"),
    "other": Entity("kgr:endpoint-virologic-response", "Endpoint", "virologic response"),
}


def _viral_thresholds(text: str, sentence: Sentence, endpoints: list[Mention]) -> list[Mention]:
    """``endpoints`` with each viral load under a threshold added as its endpoint.

    In: the sentence's endpoint mentions. Out: the same list, sorted, plus one mention per
    :data:`_VIRAL_THRESHOLD` no mention overlaps: HBV DNA's is HBV DNA suppression, HIV-1
    RNA below 50 copies its own, any other (HIV-1 RNA below 200 or 400 copies, HCV RNA, a
    viral load) a virologic response.
    """
    found = []
    for match in _VIRAL_THRESHOLD.finditer(text, sentence.start, sentence.end):
        if any(m.start < match.end() and match.start() < m.end for m in endpoints):
            continue
        virus = (match.group("virus") or match.group("virus2")).lower()
        key = "hbv" if virus.startswith("hbv") else "hiv50" if (
            virus.startswith("hiv") and match.group("n") == "50") else "other"
        found.append(Mention(match.start(), match.end(), match.group(0), _VIRAL_ENDPOINTS[key], how="pattern"))
    return sorted(endpoints + found, key=lambda m: m.start) if found else endpoints


def _bare_deaths(text: str, sentence: Sentence, names: list[Mention]) -> list[Mention]:
    """Mentions of death named bare next to another endpoint by "or": "death or
    hospitalization for heart failure", "worsening heart failure or death".

    kg's lexicon has no "death" (the word is too common alone), so a composite with it
    lost its part and went to the other name (found in review: the ratio of "death or
    hospitalization for heart failure" was the hospitalization's). In: the sentence's
    endpoint, event and disease mentions; out: new all-cause-mortality mentions, for
    :func:`_composites` to join.
    """
    out: list[Mention] = []
    for death in _BARE_DEATH.finditer(text, sentence.start, sentence.end):
        overlapping = [m for m in names if m.start <= death.start() < m.end or death.start() <= m.start < death.end()]
        # (inside another name: "cardiovascular death"; death named already joins its named parts itself)
        named_death = bool(overlapping) and all(m.entity.label.lower() in NOT_TREATED for m in overlapping)
        if overlapping and not named_death:
            continue
        joins = [j.group(0) for m in names
                 if (j := _PART_JOIN.fullmatch(text, death.end(), m.start) or _PART_JOIN.fullmatch(text, m.end, death.start()))]
        if _CAUSE_OF.search(text, max(sentence.start, death.start() - 12), death.start()):
            continue    # "the cause of death or hospitalization": no endpoint
        if any(re.search(r"\bor\b", j, re.IGNORECASE) for j in joins):
            if not named_death:
                out.append(Mention(death.start(), death.end(), death.group("w"), _MORTALITY, how="pattern"))
        elif (part := _unnamed_part(text, sentence, death)) is not None and not any(
                m.start < part[1] and part[0] < m.end for m in names):
            # "death or mechanical ventilation occurred in 17%", "hepatic decompensation or
            # death": its other part no name kg knows, the composite is minted whole (found in
            # review: 17% was mortality's)
            slugs = sorted(["death", re.sub(r"[^a-z0-9]+", "-", part[2]).strip("-")])   # (as a named death's)
            start, end = min(death.start(), part[0]), max(death.end(), part[1])
            out.append(Mention(start, end, text[start:end],
                               Entity("kgr:endpoint-" + "-or-".join(slugs), "Endpoint",
                                      " or ".join(s.replace("-", " ") for s in slugs)), how="composite"))
    return out


def _in_a_name(offset: int, names: list[Mention]) -> bool:
    """Whether ``offset`` lies inside one of ``names``: the 75 of "PASI 75", the 20 of "ACR20"."""
    return any(m.start <= offset < m.end for m in names)


#: Hazard ratios told together: "The hazard ratios for progression-free and overall survival were
#: 0.58 and 0.81", "HRs, 0.82 and 0.70" (the singular :data:`HAZARD` stops at "ratio").
PLURAL_HAZARD = re.compile(r"\b(?:(?i:hazard\s+ratios)|HRs)\b")
#: One of the plural's values, with what may stand between two: "0.82 (95% CI, …) and 0.70".
_PLURAL_VALUE = re.compile(r"(?<![\w.,/−-])(?P<v>\d+(?:\.\d+)?)(?![\w/])"
                           r"(?!\s*(?:%|percent|(?:days?|weeks?|months?|years?|mg|kg|patients|participants)\b))")


#: An interval told bare in brackets after a value, its level in a header: "0.52 (0.41-0.66)".
_BARE_RANGE = re.compile(r"\s*[(\[]\s*(?P<lo>[-−]?\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(?P<hi>[-−]?\d+(?:\.\d+)?)\s*[)\]]")
#: Times told as a list either way: "at 12 and 24 weeks", "at weeks 12 and 24".
_TIME_LIST = re.compile(r"\b(?:at|by|through|over|after)\s+(?:(?P<ua>weeks|months|years|days)\s+"
                        r"(?P<la>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)|"
                        r"(?P<lb>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)\s+(?P<ub>weeks|months|years|days))\b",
                        re.IGNORECASE)


def _time_list(text: str, sentence: Sentence) -> tuple[tuple[int, int], list[str]] | None:
    """The sentence's list of times, as its span and labels ("week 12", "week 24"), or ``None``."""
    listed = _TIME_LIST.search(text, sentence.start, sentence.end)
    if listed is None:
        return None
    if listed.group("ua"):      # "at weeks 12 and 24" as "at week 12": "week 12"
        unit = listed.group("ua").lower().rstrip("s")
        return listed.span(), [f"{unit} {v}" for v in re.findall(r"\d+", listed.group("la"))]
    unit = listed.group("ub").lower()   # "at 12 and 24 months" as "at 12 months": "12 months"
    return listed.span(), [f"{v} {unit}" for v in re.findall(r"\d+", listed.group("lb"))]


#: Other ratios told together: "The odds ratios for remission and endoscopic response were 2.1 and 1.8".
PLURAL_RATIO = re.compile(r"\b(?:(?i:(?:adjusted\s+)?(?P<kind>odds|risk|rate|incidence\s+rate)\s+ratios|relative\s+risks)|"
                          r"(?P<abbr>a?ORs|a?RRs|IRRs))\b")


def _plural_statistic(plural: re.Match[str]) -> str:
    """The statistic a plural ratio's name says: "odds ratios" → "odds ratio", "IRRs" → "incidence rate ratio"."""
    kind = (plural.group("kind") or plural.group("abbr") or "relative").lower()
    if kind.startswith(("incidence", "rate", "irr")):
        return "incidence rate ratio"
    return "odds ratio" if kind.startswith(("odds", "or", "aor")) else "relative risk"


def _plural_hazards(text: str, sentence: Sentence, endpoints: list[Mention], plural_name: re.Pattern[str] = PLURAL_HAZARD
                    ) -> list[tuple[Mention, Span, Decimal, re.Match[str] | None, re.Match[str] | None, str | None]]:
    """Each endpoint of a plural "hazard ratios … were X and Y" with its own ratio, in order.

    "The hazard ratios for progression-free survival and overall survival were 0.58 and 0.81,
    respectively", "… (hazard ratios, 0.82 [95% CI, 0.69 to 0.98] and 0.70 [95% CI, …])":
    the first value is the first endpoint's, and so on (found in review: such sentences gave
    no record). The endpoints are those named between "hazard ratios" and its values, else
    after the values ("of 0.62 and 0.75 for PFS and OS"), else the last ones before it. In:
    the sentence's endpoint mentions; out: (endpoint, value span, value, interval, p-value)
    per endpoint, nothing when the numbers and the endpoints do not pair up.
    """
    plural = plural_name.search(text, sentence.start, sentence.end)
    if plural is None:
        return []
    stop = sentence.end
    if (turn := _TURN.search(text, plural.end(), sentence.end)) is not None:
        stop = turn.start()     # (a later clause's numbers are its own)
    skip = [m.span() for m in CI.finditer(text, plural.end(), stop)]
    skip += [m.span() for m in P_VALUE.finditer(text, plural.end(), stop)]
    skip += [(m.start, m.end) for m in endpoints]
    times = _time_list(text, sentence)
    skip += [times[0]] if times else []
    values = [v for v in _PLURAL_VALUE.finditer(text, plural.end(), stop)
              if not any(s <= v.start() < e for s, e in skip)]
    # "(95% CI) … were 0.52 (0.41-0.66) and 0.73 (0.58-0.92)": a bare range after a value is its interval
    ranges = {v.start(): r for v in values if (r := _BARE_RANGE.match(text, v.end())) is not None}
    values = [v for v in values if not any(r.start() <= v.start() < r.end() for r in ranges.values())]
    named = [m for m in endpoints if m.curie != "kgr:endpoint-response"]
    if len(values) < 2:
        return []
    own = ([m for m in named if plural.end() <= m.start and m.end <= values[0].start()]
           or [m for m in named if values[-1].end() <= m.start and m.end <= stop]
           or [m for m in named if m.end <= plural.start()][-len(values):])
    at: list[str | None] = [None] * len(values)
    if len(own) == 1 and times is not None and len(times[1]) == len(values):
        # "The hazard ratios for confirmed disability progression at 12 and 24 weeks were 0.60
        # and 0.62": one endpoint, a ratio per time (found in review: no record)
        own, at = own * len(values), list(times[1])
    if len(own) != len(values):
        return []
    out = []
    for index, (mention, value) in enumerate(zip(own, values, strict=True)):
        until = values[index + 1].start() if index + 1 < len(values) else stop
        ci = CI.search(text, value.end(), until) or ranges.get(value.start())
        p = P_VALUE.search(text, value.end(), until)
        out.append((mention, Span(value.start(), value.end()), Decimal(value.group("v")), ci, p, at[index]))
    return out


#: After a percentage, what makes it a level against a reference, no share of patients:
#: "factor VIII activity 45% of normal", "FEV1 of 62% of predicted", "< 40% of the upper limit of normal".
_OF_NORMAL = re.compile(r"\s*(?:of\s+(?:the\s+)?(?:normal|predicted|(?:the\s+)?(?:upper|lower)\s+limit|ULN\b|LLN\b)"
                        r"|predicted\b)", re.IGNORECASE)
#: A rate of events per a number of patient-years: "3.2 events per 100 patient-years", "4.1/100 PY",
#: and, its unit left out, the next arm's "versus 3.1 with warfarin".
EVENT_RATE = re.compile(r"(?<![\w.,/−-])(?P<v>\d+(?:\.\d+)?)\s*(?:(?:events?|cases?|episodes?|infections?)\s*)?"
                        r"(?:per|/)\s*(?P<per>100|1,?000|10,?000|100,?000)\s*"
                        r"(?P<basis>(?:patient|person|subject)[- ]years?|P-?YE?s?\b)(?:\s+of\s+(?:exposure|follow-up))?",
                        re.IGNORECASE)
_NEXT_RATE = re.compile(r"[^;.%\d]{0,50}?(?:,\s*)?\b(?:versus|vs\.?|compared\s+with|and|as\s+against)\s+"
                        r"(?P<v>\d+(?:\.\d+)?)(?=\s+(?:with|in|among|on|receiving)\s)", re.IGNORECASE)
_RATE_ARM = re.compile(r"\s+(?:with|in|among|on|receiving)\s+(?:the\s+)?(?:patients\s+(?:receiving|given|treated\s+with)\s+)?",
                       re.IGNORECASE)


#: The words of an arm kg has no name for, up to what ends them: "TNF inhibitors", "standard care".
_ARM_WORDS_AFTER = re.compile(r"[A-Za-z][\w-]*(?:\s+(?!(?:and|or|versus|vs|than|compared|was|were|in|at|during)\b)"
                              r"[A-Za-z][\w-]*){0,3}(?=\s*(?:[,;.()\[\]]|$|\s(?:and|or|versus|vs|than|compared|was|"
                              r"were|in|at|during)\b))")


def _event_rates(text: str, sentence: Sentence) -> list[tuple[Span, Decimal, str, int]]:
    """Each rate per patient-years of the sentence: (the number and its unit, the rate, the
    unit written one way, where its arm may be named).

    "Serious infections occurred at 3.2 events per 100 patient-years with tofacitinib versus
    2.4 with adalimumab": rates with a unit of their own, no percentages (found in review).
    The second, its unit left out, takes the first's.
    """
    out: list[tuple[Span, Decimal, str, int]] = []
    for rate in EVENT_RATE.finditer(text, sentence.start, sentence.end):
        basis = rate.group("basis").lower()
        basis = "person-years" if basis.startswith("person") else "patient-years"
        unit = f"per {rate.group('per').replace(',', '')} {basis}"
        out.append((Span(rate.start(), rate.end()), Decimal(rate.group("v")), unit, rate.end()))
        if (next_rate := _NEXT_RATE.match(text, rate.end())) is not None:
            out.append((Span(next_rate.start("v"), next_rate.end("v")), Decimal(next_rate.group("v")), unit,
                        next_rate.end("v")))
    return out


#: "time to first exacerbation", "time to treatment discontinuation": a time-to-event endpoint
#: of the words up to what ends its name (a verb, a bracket, an arm).
_TIME_TO_PHRASE = re.compile(
    r"\btime\s+to\s+(?:the\s+)?(?:first\s+|an?\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?=\s*[,;:()\[\]]|\s+(?:was|were|is|with|in|among|on|versus|vs\.?|compared|than|by|of|for|and|or|"
    r"favou?red|\d))", re.IGNORECASE)
#: Between a ratio's name and the time-to phrase it is for: "hazard ratio for time to flare, 0.70".
_FOR_TIME_TO = re.compile(r"\s+for\s+(?:the\s+)?(?=time\s+to\b)", re.IGNORECASE)


def _time_to_endpoints(text: str, sentence: Sentence, named: list[Mention]) -> list[Mention]:
    """Endpoints minted for the "time to X" phrases of a sentence with a hazard ratio, X
    being no name kg knows: "Time to first seizure recurrence was longer with levetiracetam
    (HR 0.72)" gives ``kgr:endpoint-time-to-seizure-recurrence`` (found in review: no record).

    In: the sentence's endpoint and event mentions; out: the new mentions only (none where
    one of them lies inside the phrase: "time to first relapse" is relapse's).
    """
    if HAZARD.search(text, sentence.start, sentence.end) is None:
        return []
    out = []
    for phrase in _TIME_TO_PHRASE.finditer(text, sentence.start, sentence.end):
        if any(m.start < phrase.end() and phrase.start() < m.end for m in named):
            continue
        what = re.sub(r"\s+", " ", phrase.group("what")).lower()
        out.append(Mention(phrase.start(), phrase.end(), text[phrase.start():phrase.end()],
                           Entity(f"kgr:endpoint-time-to-{re.sub(r'[^a-z0-9]+', '-', what).strip('-')}", "Endpoint",
                                  f"time to {what}"), how="pattern"))
    return out


def _time_to_for(text: str, start: int, value: int, named: list[Mention], mention: Mention | None) -> Mention | None:
    """The endpoint a ratio between ``start`` and its ``value`` says it is for as "for time to
    X": the one named in X ("hazard ratio for time to flare, 0.70" is flare's, not the
    sentence's remission, found in review), else ``mention``."""
    window = text[start:value]
    found = _FOR_TIME_TO.search(window)
    if found is None:
        return mention
    inside = [m for m in named if start + found.end() <= m.start and m.end <= value]
    return min(inside, key=lambda m: m.start) if inside else mention


#: After a hazard ratio, another endpoint's told without the words: "… and that for overall
#: survival was 0.72", "… and 0.72 for overall survival".
_THAT_FOR = re.compile(r"\s*(?:,\s*)?(?:and|while|whereas)\s+(?:that|the\s+one|the\s+ratio)\s+for\s+(?:the\s+)?$",
                       re.IGNORECASE)
_THAT_FOR_VALUE = re.compile(r"\s*(?:was|were|of|,|:|=)\s*(?P<v>\d+(?:\.\d+)?)\b")
_AND_VALUE_FOR = re.compile(r"(?:\s*[(\[][^()\[\]]{0,80}[)\]])?\s*(?:,\s*)?and\s+(?P<v>\d+(?:\.\d+)?)"
                            r"(?P<ci>\s*[(\[][^()\[\]]{0,80}[)\]])?\s+for\s+(?:the\s+)?", re.IGNORECASE)


def _more_hazards(text: str, sentence: Sentence, hazard: re.Match[str], endpoints: list[Mention]
                  ) -> list[tuple[Mention, Span, Decimal, re.Match[str] | None, re.Match[str] | None]]:
    """The other endpoints' ratios a hazard ratio's sentence goes on to: "The hazard ratio for
    progression-free survival was 0.48 and that for overall survival was 0.72", "… was 0.48
    (95% CI, …) and 0.72 for overall survival" (found in review: the second was lost). In:
    the ratio's match and the sentence's endpoints; out: (endpoint, value span, value,
    interval, p-value) of each further one."""
    out = []
    for m in endpoints:
        if m.start < hazard.end() or m.curie == "kgr:endpoint-response":
            continue
        value: re.Match[str] | None = None
        if _THAT_FOR.search(text, max(hazard.end(), m.start - 40), m.start):
            value = _THAT_FOR_VALUE.match(text, m.end)
        elif (pair := _AND_VALUE_FOR.match(text, hazard.end())) is not None and pair.end() == m.start:
            value = pair
        if value is None:
            continue
        until = min([e.start for e in endpoints if e.start > m.end] + [sentence.end])
        ci = CI.search(text, value.start("v"), until)
        p = P_VALUE.search(text, value.end(), until)
        out.append((m, Span(value.start("v"), value.end("v")), Decimal(value.group("v")), ci, p))
    return out


#: After a ratio, the whole trial's population then a subgroup's value: "… 0.66 in the overall
#: population and 0.58 in patients with PD-L1 expression of 50% or more".
_OVERALL_THEN_SUBGROUP = re.compile(
    r"\s*(?:[(\[][^()\[\]]{0,80}[)\]]\s*)?(?:,\s*)?(?:(?:in|among|for)\s+(?:the\s+)?(?:overall|whole|entire|total|"
    r"intention-to-treat|ITT|full)\s+(?:(?:study|trial|analysis)\s+)?(?:population|cohort|group|set)|overall|"
    r"(?:in|among|for)\s+all\s+(?:randomi[sz]ed\s+)?(?:patients|participants|subjects))\s*"
    r"(?:[(\[][^()\[\]]{0,80}[)\]]\s*)?(?:,\s*)?(?:and|but|versus|vs\.?)\s+(?P<v>\d+(?:\.\d+)?)\s*"
    r"(?P<ci>[(\[][^()\[\]]{0,80}[)\]]\s*)?(?:,\s*)?(?:in|among|for)\s+(?:the\s+)?(?P<sub>[^;,()]+)",
    re.IGNORECASE)
#: A subgroup's words that name an arm instead: "patients receiving the higher dose".
_ARM_NOT_SUBGROUP = re.compile(r"\b(?:receiv\w*|treated|given|assigned|randomi[sz]ed|allocated|taking|group|arm)\b",
                               re.IGNORECASE)


def _subgroup_ratio(text: str, sentence: Sentence, ratio_end: int) -> tuple[Span, Decimal, str, re.Match[str] | None] | None:
    """The subgroup's value after a ratio told for the overall population: "The hazard ratio was
    0.66 in the overall population and 0.58 in patients with PD-L1 expression of 50% or more"
    gives (span of 0.58, 0.58, "patients with PD-L1 expression of 50% or more", its interval);
    else ``None`` (found by an oncology user: the subgroup's ratio was lost).
    """
    found = _OVERALL_THEN_SUBGROUP.match(text, ratio_end, sentence.end)
    if found is None:
        return None
    subgroup = re.sub(r"\s+", " ", found.group("sub")).strip().rstrip(".").strip()
    if not subgroup or _ARM_NOT_SUBGROUP.search(subgroup):
        return None
    ci = CI.search(text, found.start("ci"), found.end("ci")) if found.group("ci") else None
    return Span(found.start("v"), found.end("v")), Decimal(found.group("v")), subgroup, ci


#: Right before a disease, the words that make it what a ratio measures: "the risk of stroke".
_RISK_OF_BEFORE = re.compile(r"\b(?:risk|incidence|rates?|hazard|odds)\s+of\s+(?:(?:a|an|the)\s+)?"
                             r"(?:(?:new|first|recurrent|incident|fatal|nonfatal|non-fatal)\s+)?$", re.IGNORECASE)


def _risk_of_disease(text: str, sentence: Sentence, diseases: list[Mention]) -> Mention | None:
    """The disease a sentence's ratio measures when it names no endpoint or event: "The risk of
    stroke was higher with warfarin than with apixaban (hazard ratio 1.27 …)" gives stroke, as
    an event (found by a cardiology user: no record); the last "risk of" disease before the
    sentence's first ratio, else ``None``."""
    ratio = HAZARD.search(text, sentence.start, sentence.end) or RATIO.search(text, sentence.start, sentence.end)
    if ratio is None:
        return None
    named = [d for d in diseases if d.entity.label.lower() not in NOT_TREATED and d.end <= ratio.start()
             and _RISK_OF_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)]
    return named[-1] if named else None


#: Between a name and its number, the verb left out: "and clinical response in 60%".
_ELIDED_IN = re.compile(r"\s+(?:in|among)\s+(?:approximately\s+|about\s+|nearly\s+)?", re.IGNORECASE)
#: Right before a number, a list's next "by": "… and by 90%", ", by 88%".
_AND_BY_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+(?:and|or|versus|vs\.?)\s+)by\s+$", re.IGNORECASE)


def _by_again(text: str, sentence: Sentence, offset: int) -> bool:
    """Whether "by N%" at ``offset`` repeats an earlier "achieved by" of the sentence: "SVR12
    was achieved by 97% in the glecaprevir group and by 90% in the sofosbuvir group" (found in
    review: 90% was read as a relative change), with no verb of change between."""
    if _AND_BY_BEFORE.search(text, max(sentence.start, offset - 16), offset) is None:
        return False
    reached = [m for m in _REACHED.finditer(text, sentence.start, offset)]
    return bool(reached) and CHANGE_WORD.search(text, reached[-1].end(), offset) is None


def extract_outcomes(ctx: Context, study: Study | None) -> list[OutcomeMeasurement]:
    """Read every outcome measurement of the document (titles excepted)."""
    out: list[OutcomeMeasurement] = []
    for sentence in ctx.sentences:
        if sentence.section != "TITLE":
            out.extend(_sentence_outcomes(ctx, sentence, study))
    return out


def _sentence_outcomes(ctx: Context, sentence: Sentence, study: Study | None) -> list[OutcomeMeasurement]:
    """The outcome measurements of one sentence, one per number (or per qualitative claim)."""
    text = ctx.document.text
    endpoints = _free_endpoints(text, sentence, _named_responses(
        text, _without_redundant_coordinations(ctx.in_sentence(sentence, "Endpoint"))))
    endpoints = _viral_thresholds(text, sentence, endpoints)
    events = ctx.in_sentence(sentence, "AdverseEvent")
    diseases = ctx.in_sentence(sentence, "Disease")
    # "mean body weight change was -9.8% with semaglutide": MeSH's "Body Weight Changes" names
    # the measure, no disease (found by a cardiology user: the trial's primary endpoint had no record)
    # "Mean weight gain at week 96 was 2.1 kg with …": a gain or loss of weight told in kilograms
    # is the body weight's change, no event (found by an infectious-disease user: no record)
    measured = [d for d in diseases if d.entity.label.lower() in _MEASURE_HEADINGS or (
        d.entity.label.lower() in _WEIGHT_CHANGES and any(
            not _TIME_BEFORE.search(text, max(sentence.start, k.start() - 12), k.start())
            for k in _KILOGRAMS.finditer(text, d.end, sentence.end)))]   # (not "weight gain of more than 10 kg")
    if measured:
        endpoints = sorted(endpoints + [replace(d, entity=_MEASURE_HEADINGS.get(d.entity.label.lower(), _BODY_WEIGHT))
                                        for d in measured],
                           key=lambda m: m.start)
        diseases = [d for d in diseases if d not in measured]
    # A disease told by its incidence is an event of its own: "… included hypothyroidism
    # (9.1%), pneumonitis (7.8%)" gives each its number (found by a new user).
    # "Headache (14%) and nausea (9%) were reported with BIIB122": a disease with its rate in
    # brackets, in a sentence about harms (found by a neurology user: headache got no record)
    harms = _HARM_WORDS.search(text, sentence.start, sentence.end) is not None
    incident = [d for d in diseases if d.entity.label.lower() not in NOT_TREATED
                and (incidence(text, sentence, d) or (harms and _RATE_BRACKET.match(text, d.end))
                     or _INCIDENCE_OF.search(text, max(sentence.start, d.start - 60), d.start)
                     # "Hyperkalemia leading to permanent discontinuation occurred in 1.7%" (found by a
                     # nephrology user: no record)
                     or _EVENT_LED_TO_STOP.match(text, d.end))]
    if not endpoints and not events and (risked := _risk_of_disease(text, sentence, diseases)) is not None:
        incident = [risked]
    if incident:
        events = sorted(events + incident, key=lambda m: m.start)
    # Neither an event nor death ("hazard ratio for progression or death") is the disease studied.
    # (death first joins its composite: "hospitalization or death")
    # "Severe hypoglycaemia (HbA1c < 6%) occurred in 3%", "patients with HbA1c above 9%": a
    # measure told with a threshold names who was counted, no result of its own (found in review)
    thresholds = [(m.start, t.end()) for m in endpoints if m.curie in PERCENT_MEASURES
                  and (t := _THRESHOLD_NUMBER_AFTER.match(text, m.end)) is not None]
    endpoints = [m for m in endpoints if not (m.curie in PERCENT_MEASURES and _THRESHOLD_AFTER.match(text, m.end))]
    if _MAY_COMPOSE.search(sentence.text):
        endpoints = sorted(endpoints + _bare_deaths(text, sentence, endpoints + events + diseases), key=lambda m: m.start)
    endpoints, events, diseases = _composites(text, sentence, endpoints, events,
                                              [d for d in diseases if d not in incident])
    diseases = [d for d in diseases if d.entity.label.lower() not in NOT_TREATED]
    ratios = list(RATIO.finditer(text, sentence.start, sentence.end))
    if ratios and not endpoints and not events:
        # An odds ratio's disease is the event it measures ("a higher risk of agranulocytosis (OR 16.9)").
        events = [d for d in diseases if d.end <= ratios[-1].start("v")]
        diseases = [d for d in diseases if d not in events]
    elif (not endpoints and not events and _RISK_OF.search(sentence.text)
          and (risk := next(HAZARD.finditer(text, sentence.start, sentence.end), None)) is not None):
        # … and so is a hazard ratio's, told as a risk: "associated with a higher risk of
        # valproate-induced liver failure (hazard ratio 2.1)" (found by a neurology user: no record)
        events = [d for d in diseases if d.end <= risk.start()][-1:]
        diseases = [d for d in diseases if d not in events]
    if (timed := _time_to_endpoints(text, sentence, endpoints + events)):
        # (a disease inside the phrase is the endpoint's word, no disease studied: "time to first seizure recurrence")
        diseases = [d for d in diseases if not any(t.start <= d.start and d.end <= t.end for t in timed)]
        endpoints = sorted(endpoints + timed, key=lambda m: m.start)
    if not endpoints and not events:
        # "Death occurred in 78 of 264 patients (29.5%) in the tafamidis group …": death told by
        # numbers, of no other endpoint, is all-cause mortality (found by a rare-disease user: no
        # record); not a composite's ("death or hospitalization"), which is no mortality.
        endpoints = [replace(d, entity=_MORTALITY) for d in ctx.in_sentence(sentence, "Disease")
                     if d.entity.label.lower() in NOT_TREATED and not _COMPOSITE_AFTER.match(text, d.end)]
    if not endpoints and not events and (risk := _RISK_OF_DEATH.search(text, sentence.start, sentence.end)):
        # "The risk of death was lower with tafamidis (hazard ratio, 0.70)": a bare death's risk
        # is all-cause mortality (found in review: no record, the word alone being no name kg has)
        endpoints = [Mention(risk.start("w"), risk.end("w"), risk.group("w"), _MORTALITY, how="pattern")]
    if not endpoints and not events and (alive := _ALIVE.search(text, sentence.start, sentence.end)) is not None:
        # "At 7 years, 67.0% of olaparib patients versus 46.5% of placebo patients were alive":
        # the shares alive are overall survival (found by an oncology user: no record)
        endpoints = [Mention(alive.start("w"), alive.end("w"), alive.group("w"), _SURVIVAL)]
    for share in PERCENT.finditer(text, sentence.start, sentence.end):
        # "BNT162b2 showed 95.0% efficacy (95% CI, 90.3 to 97.6) against symptomatic COVID-19"
        # (found by a nephrology user: no vaccine efficacy recorded)
        if (efficacy := EFFICACY_AFTER.match(text, share.end())) and _EFFICACY_AGAINST.match(text, efficacy.end()):
            endpoints = sorted(endpoints + [Mention(efficacy.start(), efficacy.end(), efficacy.group(0).strip(),
                                                    _VACCINE_EFFICACY)], key=lambda m: m.start)
    if not endpoints and not events and (relief := _SYMPTOM_TIME.search(text, sentence.start, sentence.end)):
        # "The median time to improvement of influenza symptoms was 73.2 hours with baloxavir":
        # the time to relief of symptoms (found by an infectious-disease user: no record)
        endpoints = [Mention(relief.start("w"), relief.end("w"), relief.group("w"), _SYMPTOM_RELIEF)]
    if not endpoints and not events:
        return []
    # A drug the patients had before is no arm of a result: "previously treated with
    # platinum-based chemotherapy, the objective response rate was 64%", "13 of 21
    # crizotinib-naive patients (62%)" (found by an oncology user: the rates were the prior drug's)
    named = ctx.in_sentence(sentence, "Drug")
    drugs = [d for d in named if not _had_before(text, sentence, d)]
    history = {d.curie for d in named if d not in drugs and d.curie not in {g.curie for g in drugs}}
    # "Among patients with prior primary nonresponse to infliximab, remission rates did not differ
    # between ustekinumab and vedolizumab (31% vs 27%)": the drug the patients failed before is
    # no arm of the numbers, when the sentence names others (found by a respiratory user: 31%
    # was infliximab's)
    given = [d for d in drugs if not _PAST_DRUG_BEFORE.search(text, max(sentence.start, d.start - 50), d.start)]
    if len(given) < len(drugs):
        drugs = given   # (all of them, when it names no other: "between the two drugs")
    arm = _sentence_arm(ctx, sentence, drugs)
    drug = drugs[0].curie if drugs else (arm.drug if arm else None)
    # "Compared with warfarin, apixaban reduced major bleeding (HR 0.69)": the drug named
    # first is the comparator (found by a cardiology user: the result was warfarin's)
    lead = _lead_comparator(text, sentence, drugs)
    if lead is not None:
        drug = next(d.curie for d in drugs if d.curie != lead.curie and d.start > lead.end)
    control_partner = _lead_control_partner(ctx, sentence, drugs) if lead is None else None
    if control_partner is not None:
        partner = control_partner[0]
        drug = next(d.curie for d in drugs if d.curie != partner.curie and d.start > partner.end)
    inferred = False
    if drug is None and ctx.main_drug is not None and ctx.main_drug.curie not in history:
        # (never the sentence's history: the paper's main drug is the prior one only when the
        # paper names no other, found by an oncology user)
        drug, inferred = ctx.main_drug.curie, True
    # A comparison's comparator: "with apixaban than with warfarin (HR 0.59)", "versus placebo"
    # (found by a new user: no record named its comparator).
    comparison_arms = _comparison(ctx, sentence, drugs, drug) or (
        {"comparator_arm": StudyArm(ctx.document.curie, lead.text.lower(), drug=lead.curie)} if lead else {}) or (
        {"comparator_arm": control_partner[1]} if control_partner else {}) or (
        _lead_control(ctx, sentence, drug))
    base = {
        "publication": ctx.document.curie, "drug": drug, "arm": arm,
        # (never death: "reduced the risk of death or hospitalization" studies no disease "death")
        "disease": diseases[0].curie if diseases else (
            ctx.main_disease.curie if ctx.main_disease and ctx.main_disease.entity.label.lower() not in NOT_TREATED
            and ctx.main_disease.entity.label.lower() not in _MEASURE_HEADINGS else None),
    }
    if not drugs and (opening := _lead_group_control(ctx, sentence)) is not None:
        # "Among patients receiving placebo, 12 of 150 (8.0%) had …": the sentence is the
        # control's (found by a rheumatology user: its count went to the paper's drug)
        base.update(drug=None, arm=opening)
        inferred = False
    size = study.sample_size if study else None
    short_forms = _short_forms(ctx)
    segments = _segments(sentence)
    intervals_of_sentence = [m.span() for m in CI.finditer(text, sentence.start, sentence.end)]
    out: list[OutcomeMeasurement] = []
    recorded: set[int] = set()
    used: list[tuple[int, int]] = []
    # "HLA-B*15:02 was present in 59 of 62 patients with SJS/TEN (95.2%)": the shares are the
    # allele's carrier frequencies, no outcome's (found by a pharmacogenomics user: read as
    # adverse-event rates); the model has no statistic for them, so they give no record.
    carried = any(CARRIED.match(text, m.end) for m in ctx.in_sentence(sentence, "Mutation"))

    def segment_of(offset: int) -> tuple[int, int]:
        return next(s for s in segments if s[0] <= offset < s[1])

    def endpoint_for(span: tuple[int, int], number: Span | None) -> Mention | None:
        """The endpoint or adverse event a number belongs to.

        Candidates are the mentions in ``span`` (else the sentence); a generic "response"
        yields to a specific endpoint. After "N patients (x%) had …" the endpoint follows
        the number; otherwise the nearest mention wins.
        """
        if number is not None and (listed := listed_endpoint(number)) is not None:
            return listed
        if number is not None and (led := _LED_TO_STOP.search(text, max(sentence.start, number.start - 60),
                                                              number.start)) is not None:
            # "caused dyspnea in 14.2% of patients, leading to discontinuation in 3.1%" (found by a
            # cardiology user: 3.1% was a dyspnea rate); a verb, so no endpoint name of the lexicon
            return Mention(led.start(), led.end(), text[led.start():led.end()], _AE_DISCONTINUATION)
        if number is not None:
            # "Autoimmune thyroid disease developed in 16% and immune thrombocytopenia in 1%":
            # the name its verb joins to the number (found by a neurology user: 16% was the
            # thrombocytopenia's, the nearer name)
            told = next((m for m in endpoints + events if 0 <= number.start - m.end <= 60
                         and _TOLD_IN.fullmatch(text, m.end, number.start)), None)
            if told is not None:
                return told
            # "… and clinical response in 60% with etrolizumab": the name right before "in N%" is
            # the number's, a generic response too (found in review: 60% was the remission's)
            elided = next((m for m in endpoints + events if _ELIDED_IN.fullmatch(text, m.end, number.start)), None)
            if elided is not None:
                return elided
        if number is not None and _WAS_BEFORE.search(text, max(sentence.start, number.start - 30), number.start):
            # "The complete remission rate was 36.7% and the composite complete remission rate was
            # 66.4%": the endpoint its verb's subject names, not the nearer one after it (found
            # by a haematology user: 36.7% was the composite's)
            subject = [m for m in endpoints if m.end <= number.start and m.curie != "kgr:endpoint-response"
                       and not re.search(r"\d", text[m.end:number.start])]
            if subject and not any(m.end <= number.start for m in events if m.start > subject[-1].end):
                return subject[-1]
        pool = [m for m in endpoints + events if span[0] <= m.start < span[1]]
        if not pool and number is not None:
            # A number in a segment that names nothing goes on from what came before it:
            # "adverse events occurred in 97.4%, grade 3 or higher in 44.8%; the most common
            # were nausea …" (found by a new user: 44.8% was nausea's).
            pool = [m for m in endpoints + events if m.end <= number.start
                    # "Remission, defined as a MADRS score of 12 or less, was reached by 36.0%"
                    # is remission's (found by a new user)
                    and not DEFINED_AS.search(text, max(sentence.start, m.start - 30), m.start)]
        if not pool and number is not None:
            # "Volume depletion was reported in 1.4% of dapagliflozin recipients; diabetic
            # ketoacidosis was rare": a name past a semicolon after the number is another
            # clause's event, not an unknown name's (found by a cardiology user: 1.4% was the
            # ketoacidosis's); so is one past a comma with its own number ("…, and diabetic
            # ketoacidosis in 0.1%")
            pool = [m for m in endpoints + events if m.start < number.start or not (
                ";" in text[number.end:m.start] or ("," in text[number.end:m.start]
                                                    and PERCENT.search(text, m.end, segment_of(m.start)[1])))]
            if not pool:
                return None
        pool = pool or endpoints + events
        if number is not None:
            # "Injection-site reactions, mostly swelling and erythema, were reported in 63%": the
            # head's rate, not an item's of the aside after it (found by an infectious-disease
            # user: 63% went to the swelling); with no head kg knows, no one's ("Adverse events,
            # including nausea and vomiting, occurred in 60%")
            for aside in _ASIDE.finditer(text, sentence.start, number.start):
                pool = [m for m in pool if not aside.start() <= m.start < aside.end()]
            if not pool:
                return None
        specific = [m for m in pool if m.curie != "kgr:endpoint-response"] or pool
        if number is None:
            return min(specific, key=lambda m: m.start)
        opened = text.rfind("(", sentence.start, number.start)
        if opened >= 0 and ")" not in text[opened:number.start] and unnamed_item(opened, number):
            # "Decreased appetite (36%), diarrhea (23%)": the rate of a name kg does not know
            # is no other's (found by a neurology user: 36% was diarrhea's)
            return None
        if opened >= 0 and ")" not in text[opened:number.start]:
            # "neutropenia (5% vs 4%) and fatigue": the numbers in parentheses right after a
            # name are that name's, however near the next name is.
            named = [m for m in endpoints + events if m.end <= opened and not text[m.end:opened].strip()]
            if named:
                return named[-1]
        if SUBJECT_VERB.match(text, number.end):
            after = [m for m in specific if m.start >= number.end]
            if after:
                return min(after, key=lambda m: m.start)
        return min(specific, key=lambda m: (_distance(m, number), m.start))

    def unnamed_item(opened: int, number: Span) -> bool:
        """Whether the bracket opened at ``opened`` gives the rate of a list item that names
        nothing kg knows: a word right before it that ends no mention and is no arm, and the
        list going on to a known name after it."""
        if text[opened + 1:number.start].strip(" ~<>≤≥") or not _WORD_BEFORE.search(text, sentence.start, opened):
            return False
        if any(m.end == len(text[:opened].rstrip()) for m in ctx.in_sentence(sentence)):
            return False
        closed = text.find(")", number.end, sentence.end)
        return closed >= 0 and any(_LIST_JOIN.fullmatch(text, closed + 1, m.start)
                                   for m in endpoints + events if m.start > closed)

    def respective(number: Span) -> Mention | str | StudyArm | None:
        """The arm a number is of in a "respectively" sentence: its drugs and controls (a
        label), in order, as many as its rates; else the study's arms, when it has as many
        ("… were 34.0% and 15.3%, respectively" after the trial's two arms were named)."""
        if not RESPECTIVELY.search(sentence.text):
            return None
        numbers = [m.start("pct") for m in PERCENT.finditer(text, sentence.start, sentence.end)
                   if not any(s <= m.start("pct") < e for s, e in intervals_of_sentence)]
        if any(listed_endpoint(Span(n, n)) is not None for n in numbers):
            return None     # "ORR and DCR were 45% and 80%, respectively": the endpoints are listed
        items: list[tuple[int, Mention | str | StudyArm]] = [(d.start, d) for d in _arm_drugs(text, sentence, drugs)]
        items += [(m.start(), m.group("label").lower()) for m in _CONTROL_LABEL.finditer(text, sentence.start, sentence.end)]
        # "… 47.6% and 24.9%, respectively" of "the daratumumab group and the control group"
        items += [(m.start(), "control") for m in _CONTROL_GROUP.finditer(text, sentence.start, sentence.end)]
        if (len(items) < 2 or len(numbers) % len(items)) and len(
                {i[1].curie for i in items if isinstance(i[1], Mention)}) <= 1:     # (one drug's doses)
            # "… in 38% of participants receiving linezolid 1200 mg … and in 24% of those receiving
            # 600 mg …; myelosuppression occurred in 22% and 2%, respectively": the doses, in
            # order (found by an infectious-disease user: no row had an arm)
            doses: dict[tuple[object, ...], tuple[int, StudyArm]] = {}
            for dose in DOSE.finditer(text, sentence.start, sentence.end):
                if not DOSE_CHANGE.search(text, max(sentence.start, dose.start() - 20), dose.start()):
                    arm_of_dose = _arm(ctx, dose, drug, None)
                    own = [a for a in (study.arms if study else ()) if (a.dose, a.dose_unit) == (
                        arm_of_dose.dose, arm_of_dose.dose_unit)]
                    doses.setdefault((arm_of_dose.dose, arm_of_dose.dose_unit),
                                     (dose.start(), own[0] if len(own) == 1 else arm_of_dose))
            doses_items = [i for i in items if not isinstance(i[1], Mention)] + list(doses.values())
            if len(doses) >= 2 and not len(numbers) % len(doses_items):
                # (and a control beside them: "10 mg, 20 mg or placebo")
                items = doses_items
        items.sort(key=lambda item: item[0])
        if number.start not in numbers:
            return None
        if len(items) >= 2 and len(numbers) % len(items) == 0:
            # "42% of patients in the venetoclax group and 19% in the placebo group, and
            # thrombocytopenia in 45% and 38%, respectively": the arms, over and over (found by a
            # haematology user: both later rates were venetoclax's)
            return items[numbers.index(number.start) % len(items)][1]
        if len(items) < 2 and study is not None and len(study.arms) == len(numbers) >= 2:
            return study.arms[numbers.index(number.start)]
        previous = _previous(ctx, sentence)
        for _ in range(2):
            # "Mean weight gain … was 2.1 kg with dolutegravir plus lamivudine and 1.4 kg with the
            # three-drug regimen. Decreases in eGFR … were smaller with dolutegravir plus lamivudine.
            # Drug-related adverse events occurred in 17% and 24% of participants, respectively":
            # the last sentence before that names two arms or more (found by an infectious-disease
            # user: both were dolutegravir's, with no arm)
            if items or previous is None or len(_earlier_arms(ctx, previous)) >= 2:
                break
            previous = _previous(ctx, previous)
        if not items and previous is not None:
            # "Capmatinib and tepotinib were studied … The ORRs were 41.0% and 45.8%,
            # respectively": the drugs the sentence before named, in order (found by a
            # precision-oncology user: both rates were the first drug's)
            # (and its controls: "… with evolocumab than with placebo. Neurocognitive adverse
            # events were reported in 1.6% and 1.5% of patients, respectively", found by a
            # cardiology user: both were evolocumab's)
            earlier = _earlier_arms(ctx, previous)
            if len(earlier) == len(numbers) >= 2:
                return earlier[numbers.index(number.start)][1]
        return None

    def listed_endpoint(number: Span) -> Mention | None:
        """The endpoint of a list whose numbers follow in its order: "ACR 20, ACR 50 and ACR 70
        responses were achieved by 60%, 40% and 20%", "ACR50 and ACR70 … 45% and 25% …
        15% and 5%" (found in review: each went to the nearest, the last)."""
        # (events too: "the incidences of MACE and cancer were higher with tofacitinib (3.4% and
        # 4.2%)", found by a dermatology user: all four numbers were cancer's)
        named = sorted(endpoints + events, key=lambda m: m.start)
        # (a short form in brackets is its long form's: "major adverse cardiovascular events (MACE)")
        named = [m for m in named if not any(o.curie == m.curie and o.end <= m.start
                                             and not text[o.end:m.start].strip(" (") for o in named)]
        for first in range(len(named) - 1):
            group = [named[first]]
            while (len(group) + first < len(named)
                   and _LIST_JOIN_PAST_SHORT.fullmatch(text, group[-1].end, named[first + len(group)].start)):
                group.append(named[first + len(group)])
            if len(group) < 2 or len({m.curie for m in group}) < len(group) or group[-1].end > number.start:
                continue
            later = [m.start for m in endpoints + events if m.start >= group[-1].end]
            stop = min(later, default=sentence.end)
            numbers = [m.start("pct") for m in PERCENT.finditer(text, group[-1].end, stop)]
            if number.start in numbers and len(numbers) % len(group) == 0:
                return group[numbers.index(number.start) % len(group)]
        return None

    def record(rule: str, span: tuple[int, int], number: Span | None, **fields: Any) -> None:
        # ``mention`` (the endpoint, else the one the span names) and ``check_negation`` (read
        # the clause's negation) ride in ``fields``, so records can spread optional fields in
        mention: Mention | None = fields.pop("mention", None) or endpoint_for(span, number)
        check_negation: bool = fields.pop("check_negation", False)
        if mention is None:
            return
        recorded.add(mention.start)
        if mention.type in ("AdverseEvent", "Disease") and (
                _EVENT_LED_TO_STOP.match(text, mention.end)
                # "No participant discontinued lenacapavir because of injection-site reactions" (found
                # by an infectious-disease user: an injection-site reaction rate)
                or _STOPPED_FOR.search(text, max(sentence.start, mention.start - 80), mention.start)):
            # "Hyperkalemia leading to permanent discontinuation occurred in 1.7%": the rate of
            # stopping for that event, not of the event (found by a nephrology user)
            endpoint, event = _AE_DISCONTINUATION.curie, mention.curie
        elif mention.type in ("AdverseEvent", "Disease"):
            endpoint, event = "kgr:endpoint-adverse-event-rate", mention.curie
        else:
            endpoint, event = mention.curie, None
        stratum = _stratum(ctx, sentence, mention, number)
        evidence = _evidence(ctx, sentence, rule, mention, number, inferred=inferred and not drugs)
        if fields.get("negated") and number is not None:
            evidence = replace(evidence, negated=True, cue=text[number.start:number.end].split()[0].lower())
        elif check_negation:
            clause_start = clause_bounds(sentence, mention.start)[0]
            # "alive without disease progression", "patients without a BRCA mutation": a
            # phrase's "without" denies no measured effect (found by an oncology user).
            cue = next((m.group(1).lower() for m in NEGATION_CUES.finditer(text, clause_start, mention.start)
                        if m.group(1).lower() not in _PHRASE_CUES), None) or _denied_after(text, mention.end)
            if cue is not None:
                fields["negated"] = True
                evidence = replace(evidence, negated=True, cue=cue)
        if mention.curie in PERCENT_MEASURES and fields.get("statistic") in ("count", "rate"):
            return      # a count of patients is no HbA1c level (found in review)
        values = {**base, **fields}
        if values.get("timepoint") is None and number is not None:
            values["timepoint"] = _timepoint(text, sentence, number)
        if ("arm" not in fields and number is not None and values.get("arm") is not None
                and values["arm"] is base["arm"] and _dose_of_earlier_group(text, sentence, number)):
            # "in 28% of UGT1A1*1/*1 patients receiving irinotecan 260 mg/m2 and in 22% of
            # UGT1A1*28/*28 patients": the dose told of an earlier number's group is not this
            # group's (found by a pharmacogenomics user: 22% was the 260 mg/m² arm's)
            values["arm"] = None
        if ("arm" not in fields and number is not None and not RESPECTIVELY.search(sentence.text)
                and (dosed := _dose_arm(ctx, number, study, drug))):
            # "5.3% of patients in the 45 mg arm, 5.3% in the 30 mg arm": each number is its dose's.
            values["arm"], values["drug"] = dosed, dosed.drug or values["drug"]
        if "drug" not in fields and number is not None and (item := respective(number)) is not None:
            # "2.5% and 1.8% of patients receiving ofatumumab and teriflunomide, respectively"
            # (found by a neurology user: both were ofatumumab's)
            if isinstance(item, Mention):
                values["drug"] = item.curie
            elif isinstance(item, StudyArm):
                values["arm"], values["drug"] = item, item.drug
            else:
                values["drug"], values["arm"] = None, StudyArm(ctx.document.curie, item)
        elif "drug" not in fields and number is not None and (control := CONTROL_AFTER.match(text, number.end)):
            # "34% with olaparib and 12% with placebo": the 12% is no drug's (found by a new user).
            values["drug"], values["arm"] = None, StudyArm(ctx.document.curie, control.group("label").lower())
        elif "drug" not in fields and number is not None and (
                drug_class := _class_after(ctx, number, drugs)) is not None:
            # "3.1% with tofacitinib and 2.5% with TNF inhibitors": a class's arm, of no one drug
            # (found by a rheumatology user: 2.5% was tofacitinib's)
            values["drug"], values["arm"] = None, drug_class
        elif "drug" not in fields and number is not None and _UNEXPOSED_AFTER.match(text, number.end):
            # "2 of 127 (1.6%) patients never exposed to valproate": a control of no drug (found
            # by a neurology user: it was valproate's)
            values["drug"], values["arm"] = None, StudyArm(ctx.document.curie, "unexposed")
        elif "drug" not in fields and number is not None and (short := _short_arm(text, number, short_forms)):
            # "92.5% with DRd and 79.3% with Rd": a regimen's short form, defined earlier ("daratumumab
            # plus lenalidomide and dexamethasone (DRd; n=228) or lenalidomide and dexamethasone alone
            # (Rd; n=184)"), is its arm (found by a haematology user: 79.3% was daratumumab's)
            values["arm"], values["drug"] = short, short.drug
        elif "drug" not in fields and number is not None and (left := _WITHOUT_DRUG.match(text, number.end)) and (
                absent := next((d for d in drugs if d.start == left.end()), None)) is not None:
            # "SVR12 was 84% without ribavirin and 96% with ribavirin": the arm without it (found
            # by an infectious-disease user: both were ribavirin's)
            values["arm"] = StudyArm(ctx.document.curie, f"without {absent.text.lower()}")
            values["drug"] = next((d.curie for d in drugs if d.curie != absent.curie), None)
        elif "drug" not in fields and number is not None and (versus := _against_bracket(ctx, number, drugs)) is not None:
            # "higher with tofacitinib (3.4% and 4.2%) than with a TNF inhibitor (2.5% and 2.9%)":
            # the numbers in brackets after "than with X" are X's (found by a dermatology user)
            values["arm"], values["drug"] = versus, versus.drug
        elif "drug" not in fields and number is not None and (group := _group_arm(ctx, number, drugs)) is not None:
            # "10% in the combination group and 18% in the vancomycin group": each number names
            # its group (found by an infectious-disease user: all were vancomycin's)
            values["arm"] = group
            if group.drug is not None or any(g.drug == values["drug"] for g in _groups(ctx, sentence, drugs)):
                # (a group of no drug keeps the sentence's, "1.5% in the every-2-months arm", unless
                # another group names that drug: "10% in the combination group and 18% in the
                # vancomycin group", found in review)
                values["drug"] = group.drug
        elif "drug" not in fields and number is not None and (pair := _versus_pair(text, number)) is not None:
            # "anaemia (19% vs 2%)": the second number is the comparator's; the study's arms,
            # when it has two (three would be ambiguous), say whose.
            in_order = list(dict.fromkeys(d.curie for d in drugs))
            arms = study.arms if study is not None and len(study.arms) == 2 else None
            against = next((a for a in _AGAINST.finditer(text, sentence.start, number.start)), None)
            control = _CONTROL_LABEL.search(text, against.end(), number.start) if against else None
            if against is not None and control is not None:
                # "higher with docetaxel plus ramucirumab than with docetaxel plus placebo (16% vs.
                # 10%)": the second is the control's, the first the drug only the first arm has
                # (found in review: 10% went to ramucirumab)
                added = [d.curie for d in drugs if d.end <= against.start()
                         and not any(o.curie == d.curie and o.start >= against.end() for o in drugs)]
                if pair:
                    values["drug"], values["arm"] = None, StudyArm(ctx.document.curie, control.group("label").lower())
                elif added:
                    values["drug"] = added[-1]
            elif lead is not None:
                # "Compared with warfarin, apixaban … (2.1% vs 3.1%)": the second is the comparator's
                values["drug"] = lead.curie if pair else drug
            elif (later := next((c for a in _AGAINST.finditer(text, number.end, sentence.end)
                                 if (c := _CONTROL_LABEL.match(text, a.end())) is not None), None)) is not None:
                # "Dysgeusia (5.6% vs 0.3%) … were more common with nirmatrelvir-ritonavir than with
                # placebo" (found by an infectious-disease user: 0.3% was ritonavir's)
                if pair:
                    values["drug"], values["arm"] = None, StudyArm(ctx.document.curie, later.group("label").lower())
                elif in_order:
                    values["drug"] = in_order[0]
            elif (named_own := _own_drug_after(text, number, drugs)) is not None or (
                    pair is False and (named_own := _own_drug_after(text, _partner(text, number), drugs)) is not None):
                # "PASI 90 in 66.0% versus 21.4% of those continuing adalimumab": the second
                # number's group names its drug, the first is the other drug's (found by a
                # dermatology user: the two were swapped)
                if pair:
                    values["drug"] = named_own.curie
                else:
                    values["drug"] = next((d.curie for d in reversed(drugs) if d.end <= number.start
                                           and d.curie != named_own.curie), None)
            elif len(in_order) == 2:
                # "Fatigue (16% vs 33%) was less frequent with nivolumab than with docetaxel":
                # the sentence's own drugs, in its order, over the design's (found in review).
                values["drug"] = in_order[1] if pair else in_order[0]
            elif arms is not None and not in_order:
                own, other = (arms[1], arms[0]) if pair else (arms[0], arms[1])
                values["arm"], values["comparator_arm"], values["drug"] = own, other, own.drug
            elif pair:
                values["drug"], values["arm"] = None, None
        elif "drug" not in fields and number is not None and len({d.curie for d in drugs}) > 1:
            # "48% for vemurafenib and 5% for dacarbazine": each number is its own arm's.
            # "less frequent with asciminib (5.8%) than with bosutinib (21.1%)": a number in
            # brackets right after a drug is that drug's (found by a new user).
            # (A rate's number, not "warfarin (hazard ratio, 0.59": that compares the arms.)
            # "(capmatinib 51%, tepotinib 63%)": in a listing, the drug right before (found by a
            # precision-oncology user: 63% was capmatinib's)
            bracketed = next((d for d in drugs if _RATE_START.match(text, number.start)
                              and (_BRACKET_AFTER.fullmatch(text, d.end, number.start)
                                   or _LISTED_BEFORE.fullmatch(text, d.end, number.start))), None)
            named = bracketed or next((d for d in drugs if 0 <= d.start - number.end <= 40
                                       and _arm_of(text, number, d)), None)
            # "X had an ORR of 49%, whereas Y produced an ORR of 36%": else the drug that opens
            # the number's own clause (found by a precision-oncology user: 36% was X's)
            # (not the comparator a sentence opens on: "Compared with dabigatran, rivaroxaban …")
            named = named or (_clause_drug(text, sentence, drugs, number) if lead is None else None)
            if named is not None:
                values["drug"] = named.curie
                # "19% with adagrasib monotherapy and 46% with adagrasib plus cetuximab": a
                # combination (or the drug alone) is an arm of its own (found by a
                # precision-oncology user: both were adagrasib's, with no arm)
                if values.get("arm") is None and (regimen := _regimen(ctx, named, drugs)) is not None:
                    values["arm"] = regimen
        # (a rule that names the drug itself names its arm too: "from 28% to 35% with
        # sacubitril/valsartan" leaves the first level of no arm)
        if ("arm" not in fields and "drug" not in fields and values.get("arm") is None
                and (combination := _combination_arm(ctx, drugs, values.get("drug")))):
            values["arm"] = combination
        values["arm"] = _dose_arm_of_drug(ctx, drugs, values.get("drug"), values.get("arm"), given="arm" in fields)
        if "arm" not in fields and values.get("arm") is None and number is not None:
            values["arm"] = _number_drug_arm(ctx, number, drugs, values.get("drug"))
        arm_now, against_now = values.get("arm"), values.get("comparator_arm")
        if isinstance(against_now, StudyArm) and (
                (isinstance(arm_now, StudyArm) and against_now.label == arm_now.label)
                # (another dose of the same drug is a comparator: "between the two doses")
                or (against_now.drug is not None and against_now.drug == values.get("drug")
                    and against_now.dose is None
                    # (the drug in another regimen is one: "nivolumab plus ipilimumab … than with
                    # nivolumab alone", found by an oncology user)
                    and not (isinstance(arm_now, StudyArm) and arm_now.drug == against_now.drug))):
            values["comparator_arm"] = None     # "… increased by 8.2% with placebo" is no comparison with itself
        out.append(OutcomeMeasurement(
            endpoint=endpoint, evidence=evidence, adverse_event=event,
            mutation=stratum[0] if stratum else None, stratum_has_mutation=stratum[1] if stratum else None,
            **values,
        ))

    for match in COUNT_PERCENT.finditer(text, sentence.start, sentence.end):
        if carried:
            break
        if _in_a_name(match.start("count"), endpoints):
            continue    # "ACR20 (68%)": the 20 names the endpoint, no count of patients (found in review)
        count = int(match.group("count").replace(",", ""))
        pct = Decimal(match.group("pct") or match.group("pct2"))
        written = match.group("den") or match.group("den3") or match.group("den2")
        den = int(written.replace(",", "")) if written else None
        if den is None and size and abs(Decimal(count * 100) / size - pct) < Decimal("0.1"):
            den = size
        # "… versus 14 of 158 (8.9%) placebo recipients" (found by a neurology user: it was the drug's)
        people = _CONTROL_PEOPLE.match(text, match.end())
        record("outcome:count-percent", segment_of(match.start()), Span(match.start(), match.end()),
               count=count, percent=pct, denominator=den, statistic="count",
               **({"drug": None, "arm": StudyArm(ctx.document.curie, people.group("label").lower())} if people
                  else _respective_count(ctx, sentence, match)))
        used.append((match.start(), match.end()))
    for match in BARE_COUNT.finditer(text, sentence.start, sentence.end):
        if carried or any(s <= match.start("count") < e for s, e in used):
            continue
        count, den = int(match.group("count").replace(",", "")), int(match.group("den").replace(",", ""))
        if count > den:
            continue
        # each count's own arm, named right after it: the drug (with its partner), else a control or regimen
        arm_fields: dict[str, Any] = {}
        people = re.match(rf"\s*{_PEOPLE}", text[match.end("den"):], re.IGNORECASE)
        had = _COUNT_ARM.match(text, match.end("den") + (people.end() if people else 0))
        if had is not None:
            own = next((d for d in drugs if d.start == had.end()), None)
            if own is not None:
                arm_fields = {"drug": own.curie, "arm": _regimen(ctx, own, drugs) or base["arm"]}
            elif had.group("label"):
                arm_fields = {"drug": None, "arm": StudyArm(ctx.document.curie, had.group("label").lower())}
        if not arm_fields and (control := _count_control(ctx, match.end("den"))) is not None:
            # "12 of 150 patients in the placebo group", "12 of 150 placebo-treated patients" (found
            # by a dermatology user: the placebo count was the drug's)
            arm_fields = {"drug": None, "arm": control}
        record("outcome:count", segment_of(match.start("count")), Span(match.start("count"), match.end("den")),
               count=count, denominator=den, statistic="count", **arm_fields)
        used.append((match.start("count"), match.end("den")))
    intervals = [m.span() for m in CI.finditer(text, sentence.start, sentence.end)]
    # "the difference in remission rate at week 8 was 12%" is a difference, not a rate
    differences = [m.span("v") for m in DIFFERENCE.finditer(text, sentence.start, sentence.end)]
    # "A 75% improvement in PASI was achieved by 80%", "an HbA1c below 7%": a percentage in an
    # endpoint's name is no result (found in review: 75% was a relative change)
    named_percents = [(m.start, m.end) for m in endpoints] + thresholds
    relative_before = False
    averaged: str | None = None     # "median" or "mean", when the relative changes are told as one
    central: re.Match[str] | None = None
    range_lows: list[int] = []     # the ends of relative ranges whose first number was left out
    for match in PERCENT.finditer(text, sentence.start, sentence.end):
        if carried:
            break
        central = None
        if any(s <= match.start("pct") < e for s, e in used + intervals + differences + named_percents):
            continue
        if (match.group("qual") or match.group("sym")) and _MAGNITUDE_BEFORE.search(
                text, max(sentence.start, match.start() - 60), match.start()):
            continue    # "weight gain of more than 10%": what defines the event (found by an infectious-disease user)
        if _TIME_TO_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start()):
            continue    # "Median time to a 50% reduction in UPCR was 29 days" (found by a nephrology user)
        if _OF_NORMAL.match(text, match.end()) or (
                (span_to := _RANGE_AFTER.match(text, match.end())) is not None and _OF_NORMAL.match(text, span_to.end())):
            continue    # "factor VIII activity of 45% of normal": a level, no share of patients (found in review)
        if _DOSE_CUT_AFTER.match(text, match.end()):
            continue    # "a 25% dose reduction": the dose cut, no result (found by a pharmacogenomics user)
        if (_RESPONDER_BEFORE.search(text, max(sentence.start, match.start("pct") - 60), match.start("pct"))
                and _RELATIVE_AFTER.match(text, match.end())) or (
                (_RELATIVE_AFTER.match(text, match.end()) or _BY_BEFORE.search(
                    text, max(sentence.start, match.start() - 4), match.start()))
                and _SHARE_LATER.match(text, match.end(), sentence.end)):
            # "the proportion of patients achieving at least a 50% reduction in monthly migraine
            # days", "a 50% reduction … was achieved by 43% of patients": a responder threshold,
            # no result (found by a neurology user: a relative change)
            continue
        defined = _DEFINES_AFTER.match(text, match.end(), sentence.end)
        if defined is not None and any(m.start == defined.end() for m in endpoints):
            # "at least 75% improvement in the Eczema Area and Severity Index (EASI-75)": the
            # threshold that defines an endpoint, no result (found by a dermatology user)
            continue
        ratio = RATIO_AFTER.match(text, match.end())
        end = ratio.end() if ratio else match.end()
        interval = CI_AFTER.match(text, end)
        bounds: dict[str, Any] = _bounds(interval) if interval else {}
        pct = Decimal(match.group("pct"))
        qualifier = match.group("qual") or SYMBOLS.get(match.group("sym") or "")
        measure = endpoint_for(segment_of(match.start()), Span(match.start(), end))
        if (measure is not None and measure.curie in PERCENT_MEASURES and not SHARE_AFTER.match(text, match.end())
                and not COUNT_BEFORE.search(text, max(sentence.start, match.start() - 12), match.start())):
            # "reduced HbA1c by 2.30% from baseline, compared with 1.86% with semaglutide": a
            # level measured in percent and its change, no share of patients (found in review)
            used.append((match.start(), end))
            ranged = _RANGE_AFTER.match(text, match.end()) or _RANGE_BEFORE.search(
                text, max(sentence.start, match.start() - 16), match.start())
            if qualifier in ("less than", "at most", "more than", "at least") or _TARGET_BEFORE.search(
                    text, max(sentence.start, match.start() - 24), match.start()) or (
                    ranged and not _FROM_TO.search(text, max(sentence.start, match.start() - 30), match.start())
                    and not _FROM_BEFORE.search(text, max(sentence.start, match.start() - 8), match.start())):
                continue    # a target ("an HbA1c below 7%") or a window ("of 7.5% to 10.5%"), no result
            # "reduced HbA1c by 2.30% …, compared with 1.86% with semaglutide", "the change from
            # baseline in HbA1c was -1.1%" are changes; "LVEF improved from 28% to 35%" two levels
            changed = (_BY_BEFORE.search(text, max(sentence.start, match.start() - 4), match.start())
                       or (CHANGE_WORD.search(text, sentence.start, match.start())
                           and not _FROM_TO.search(text, max(sentence.start, match.start() - 30), match.start())
                           and not _OTHER_VERB_BEFORE.search(text, sentence.start, measure.start)))
            sign = "-" if text[max(sentence.start, match.start("pct") - 1):match.start("pct")] in ("-", "−") else ""
            own_fields: dict[str, Any] = {}
            if not changed and _BASELINE.search(text, measure.start, match.start()):
                # "Mean HbA1c at baseline was 8.1%": no drug's result (found in review)
                own_fields = {"drug": None, "timepoint": "baseline"}
            elif (pair_to := _FROM_PAIR_AFTER.match(text, match.end())) and (
                    paired := next((d for d in drugs if d.start == pair_to.end()), None)) is not None:
                # "from 8.44% to 7.12% with glargine": both levels are glargine's (found in review)
                own_fields = {"drug": paired.curie}
            record("outcome:measure-percent", segment_of(match.start()), Span(match.start(), end), mention=measure,
                   statistic="change" if changed else "value", value=_decimal(sign + match.group("pct")),
                   qualifier=qualifier, effect=_direction(text, sentence, match) if changed else None, **own_fields,
                   unit="percentage points" if changed else "%", **bounds)
            continue
        if (range_to := _RANGE_AFTER.match(text, match.end())) and _RELATIVE_AFTER.match(text, range_to.end()):
            # "an additional 20% to 25% reduction in LDL-C": one relative change, told as a
            # range; the model holds one number, so its upper bound, "up to" (found by a
            # cardiology user: 20% was a rate)
            used.append((match.start(), match.end()))
            range_lows.append(range_to.end())
            continue
        by_range = _BY_RANGE_BEFORE.search(text, max(sentence.start, match.start() - 24), match.start()) and not (
            SHARE_AFTER.match(text, match.end()))     # (not "achieved by 20-25% of patients")
        if not qualifier and (match.end() in range_lows or by_range):
            qualifier = "up to"     # (and "lowered LDL-C by 20-25%": the range's upper bound)
        if (measure is not None and measure.type == "Endpoint" and not qualifier
                and text[max(sentence.start, match.start("pct") - 1):match.start("pct")] in ("-", "−")
                # (a minus, not a range's dash: "95% CI=16.8%-65.0%", found in review)
                and not re.match(r"[\d%.]", text[max(sentence.start, match.start("pct") - 2)])
                # (a "percentage decrease" told signed stays the relative change it names)
                and not _PERCENT_CHANGE.search(text, sentence.start, match.start())):
            # "mean change in body weight was -9.8% with semaglutide and -14.1% with tirzepatide": a
            # signed percentage is a change of the measure, never a share of patients (found by a
            # cardiology user: read as rates of 9.8% and 14.1%)
            record("outcome:signed-percent", segment_of(match.start()), Span(match.start(), end), mention=measure,
                   statistic="change", value=_decimal("-" + match.group("pct")), unit="percent",
                   effect="reduced", **bounds)
            used.append((match.start(), end))
            continue
        if pct > 100 or by_range or _RELATIVE_AFTER.match(text, match.end()) or _RRR_BEFORE.search(
                text, max(sentence.start, match.start() - 40), match.start()) or (
                # "the mean percent change in body weight was 4.21% with OLZ/SAM and 6.59% with
                # olanzapine", "decreased by 62.3% … compared with 1.2% with placebo" (found in review)
                not SHARE_AFTER.match(text, match.end()) and (
                    _PERCENT_CHANGE.search(text, sentence.start, match.start())
                    # "the reduction in the urine protein-to-creatinine ratio was 49.8% with sparsentan"
                    # (found by a nephrology user: read as a rate)
                    or _CHANGE_IN_WAS.search(text, max(sentence.start, match.start() - 100), match.start())
                    or (relative_before and _COMPARED_BEFORE.search(text, max(sentence.start, match.start() - 20),
                                                                   match.start())))) or (
                (re.search(r"\bby\s+$", text[max(sentence.start, match.start() - 4):match.start()])
                 # "decreased by a median of 74.9%" (found by a neurology user: read as a rate)
                 or (central := _BY_CENTRAL.search(text, max(sentence.start, match.start() - 30), match.start())))
                and not _REACHED_BY.search(text, max(sentence.start, match.start() - 20), match.start())
                # "PASI 75 was achieved by 77.1% …, and PASI 90 by 54.2%": the verb left out
                # (found by an immunology user: read as a relative change)
                and not any(_BY_AFTER.fullmatch(text, m.end, match.start()) and _elided_by(text, sentence, m)
                            for m in endpoints)
                and not _by_again(text, sentence, match.start())):
            # "increased by 150%" is a relative change, not a share of patients.
            # "63% lower in the ivacaftor group than in the placebo group": against its comparator
            # (found by a respiratory user)
            relative_before = True
            # (its average told: "by a median of 74.9% … and 19.2% with placebo" are both medians)
            averaged = averaged or (central.group("c").lower() if central else None)
            record("outcome:relative-change", segment_of(match.start()), Span(match.start(), end),
                   value=pct, unit="percent", qualifier=qualifier or averaged, statistic="relative change",
                   **comparison_arms,
                   effect=_direction(text, sentence, match))
        elif measure is not None and measure.curie == _VACCINE_EFFICACY.curie:
            # "Vaccine efficacy against RSV-related lower respiratory tract disease was 82.6% (96.95%
            # CI, 57.9 to 94.1)": a reduction of the disease's risk, no share of patients (found by
            # a nephrology user)
            # (each its own vaccine's: "BNT162b2 showed 95.0% efficacy …, and mRNA-1273 … showed 94.1% efficacy")
            before_drugs = [d for d in drugs if d.end <= match.start()]
            while len(before_drugs) > 1 and not text[before_drugs[-2].end:before_drugs[-1].start].strip():
                before_drugs.pop()      # "the BNT162b2 mRNA vaccine": the product, not its class
            record("outcome:vaccine-efficacy", segment_of(match.start()), Span(match.start(), end), mention=measure,
                   **({"drug": before_drugs[-1].curie} if before_drugs else {}),
                   value=pct, unit="percent", qualifier=qualifier, statistic="vaccine efficacy",
                   # (its interval after the word: "95.0% efficacy (95% CI, 90.3 to 97.6)")
                   # (the word right after this number, not the sentence's first: "… and mRNA-1273
                   # showed 94.1% efficacy (95% CI, 89.3 to 96.8)", found in review)
                   **(bounds if interval else _bounds(CI_AFTER.match(text, (
                       own_word.end() if (own_word := EFFICACY_AFTER.match(text, match.end())) else measure.end)))),
                   **({"disease": against.curie} if (against := _against_disease(text, diseases, measure, match))
                      else {}))
        else:
            record("outcome:percent", segment_of(match.start()), Span(match.start(), end),
                   percent=pct, qualifier=qualifier, statistic="rate",
                   count=int(ratio.group("count")) if ratio else None,
                   denominator=int(ratio.group("den")) if ratio else None, **bounds)
        used.append((match.start(), end))
    for match in FRACTION.finditer(text, sentence.start, sentence.end):
        record("outcome:fraction", segment_of(match.start()), Span(match.start(), match.end()),
               percent=FRACTIONS[match.group("frac")], qualifier=match.group("qual") or SYMBOLS.get(match.group("sym") or ""),
               statistic="rate")
        used.append((match.start(), match.end()))
    for match in NO_PATIENT.finditer(text, sentence.start, sentence.end):
        # (an arm's none is of the arm, not of the whole study: no denominator)
        record("outcome:none", segment_of(match.start()), Span(match.start(), match.end()), count=0,
               denominator=None if re.match(_GROUP_NAMED, text[match.end():]) else size, negated=True,
               statistic="count")
        used.append((match.start(), match.end()))
    for match in NOT_REACHED.finditer(text, sentence.start, sentence.end):
        if any(s <= match.start() < e for s, e in intervals_of_sentence):
            continue    # an interval's open bound, not a median: "(95% CI, 6.9 to not reached)"
        follow = FOLLOW_UP.search(text, match.end(), sentence.end)
        record("outcome:not-reached", (sentence.start, match.start()), Span(match.start(), match.end()),
               statistic="median", qualifier="not reached", **_bounds(CI_AFTER.match(text, match.end())),
               timepoint=f"{follow.group('v')} {follow.group('u')}" if follow else None)
        used.append((match.start(), match.end()))
    # (not only when the sentence had no other number: "the ORR was 37.1%, the median DOR was
    # 11.1 months, and the median PFS was 6.8 months" lost both medians, found by a
    # precision-oncology user)
    used.extend(_medians(ctx, sentence, record, drugs, endpoints, used + intervals_of_sentence))
    hazards = list(HAZARD.finditer(text, sentence.start, sentence.end))
    for index, hazard in enumerate(hazards):
        # "… of major bleeding (hazard ratio, 1.42; 95% CI, 1.16-1.74) and gastrointestinal
        # bleeding (hazard ratio, 1.61; 95% CI, 1.23-2.10)": each ratio its own, its interval and
        # p-value before the next ratio (found by a cardiology user: the second was dropped)
        stop = hazards[index + 1].start() if index + 1 < len(hazards) else sentence.end
        ci = CI.search(text, hazard.end(), stop)
        p = P_VALUE.search(text, hazard.end(), stop)
        if index == 0:
            # The endpoint named last before the ratio: "reduced the annualized relapse rate …
            # and the risk of confirmed disability progression (hazard ratio 0.60)" (found by a
            # neurology user: the first endpoint took it).
            before = [m for m in endpoints if sentence.start <= m.end <= hazard.start()
                      and m.curie != "kgr:endpoint-response"]
            mention = max(before, key=lambda m: m.end) if len(before) > 1 else endpoint_for(
                (sentence.start, sentence.end), None)
            if len(hazards) > 1 and mention is not None and mention.start > hazard.start():
                continue    # (a name past it, with another ratio to come, is that ratio's)
        else:
            # A later ratio's is what is named between it and the ratio before; none, no record
            # (a subgroup's "and in women (hazard ratio, 0.80)" measures no new endpoint). A
            # disease counts as the clause's subject: "and intracranial hemorrhage was also lower
            # with apixaban (hazard ratio, 0.53)".
            start = hazards[index - 1].end()
            # (or inside it: "; the hazard ratio for death was 0.81")
            between = [m for m in endpoints + events if start <= m.start and m.end <= hazard.start("hr")
                       and m.curie != "kgr:endpoint-response"] or [
                d for d in diseases if start <= d.start and d.end <= hazard.start()
                and _SUBJECT_AFTER.match(text, d.end)]
            mention = max(between, key=lambda m: m.end) if between else None
            if mention is None:
                continue
        # "(adjusted hazard ratio for unfavourable outcome, 2.41 …)": a ratio "for" an endpoint
        # names its own, known or minted (found by an infectious-disease user: it went to the
        # sentence's treatment success)
        mention = _ratio_for(text, hazard.start(), hazard.start("hr"), endpoints + events, mention)
        mention = _time_to_for(text, hazard.start(), hazard.start("hr"), endpoints + events, mention)
        effect = _effect_before(text, sentence, mention) if mention is not None else None
        # "(hazard ratio 0.79 …), which was not statistically significant" (found by a new user)
        said = NOT_SIGNIFICANT.search(text, hazard.end(), min(stop, hazard.end() + 160))
        # … unless it is said of something else, past a contrast ("…, whereas the difference
        # in overall survival was not significant", found in review).
        insignificant = said is not None and not re.search(r"\b(?:whereas|but|while|however|although)\b",
                                                           text[hazard.end():said.start()], re.IGNORECASE)
        insignificant = insignificant or _insignificant_before(text, sentence, hazard.start())
        insignificant = insignificant or _insignificant_numbers(text, sentence, Decimal(1), ci, p)
        # "randomly assigned to finerenone 10 or 20 mg or placebo … Finerenone reduced the risk
        # (hazard ratio, 0.82 …)": a design's only control is the comparator of its drug's ratio
        # (found in review: no comparator)
        against_design = {} if comparison_arms or any(d.curie != drug for d in drugs) else _design_control(study, drug)
        record("outcome:hazard-ratio", (sentence.start, sentence.end), Span(hazard.start(), hazard.end()),
               mention=mention, check_negation=True, statistic="hazard ratio", **(comparison_arms or against_design),
               # (a disease it measures is no disease studied: "intracranial hemorrhage was lower …")
               **({"disease": None} if mention is not None and mention.type == "Disease" and index else {}),
               significant=_significance(text, sentence, hazard.start(), Decimal(1), ci, p, insignificant=insignificant),
               hazard_ratio=Decimal(hazard.group("hr")),
               **_bounds(ci),
               p_value=_p_value(p), effect=effect[0] if effect else None)
        used.append((hazard.start(), hazard.end()))
        for further, number, value, more_ci, more_p in _more_hazards(text, sentence, hazard, endpoints):
            if any(s <= number.start < e for s, e in used):
                continue
            record("outcome:hazard-ratio", (sentence.start, sentence.end), number, mention=further, check_negation=True,
                   statistic="hazard ratio", hazard_ratio=value, **(comparison_arms or against_design),
                   **_bounds(more_ci), p_value=_p_value(more_p),
                   significant=_significance(text, sentence, number.start, Decimal(1), more_ci, more_p, insignificant=(
                       _insignificant_numbers(text, sentence, Decimal(1), more_ci, more_p))))
            used.append((number.start, number.end))
        if (subgroup_ratio := _subgroup_ratio(text, sentence, hazard.end())) is not None:
            number, value, subgroup, sub_ci = subgroup_ratio
            record("outcome:hazard-ratio-subgroup", (sentence.start, sentence.end), number, mention=mention,
                   check_negation=True, statistic="hazard ratio", hazard_ratio=value, subgroup=subgroup,
                   **(comparison_arms or against_design), **_bounds(sub_ci))
            used.append((number.start, number.end))
    for mention, number, value, ci, p, at in _plural_hazards(text, sentence, endpoints):
        if any(s <= number.start < e for s, e in used):
            continue
        record("outcome:hazard-ratios", (sentence.start, sentence.end), number, mention=mention,
               **({"timepoint": at} if at else {}),
               check_negation=True, statistic="hazard ratio", hazard_ratio=value, **comparison_arms, **_bounds(ci),
               significant=_significance(text, sentence, number.start, Decimal(1), ci, p,
                                         insignificant=_insignificant_numbers(text, sentence, Decimal(1), ci, p)),
               p_value=_p_value(p), effect="reduced" if value < 1 else "increased" if value > 1 else None)
        used.append((number.start, number.end))
    if (plural_ratio := PLURAL_RATIO.search(text, sentence.start, sentence.end)) is not None:
        # … and so do plural odds, risk and rate ratios (found in review: one record, the wrong endpoint's)
        for mention, number, value, ci, p, at in _plural_hazards(text, sentence, endpoints, PLURAL_RATIO):
            if any(s <= number.start < e for s, e in used):
                continue
            record("outcome:ratios", (sentence.start, sentence.end), number, mention=mention,
                   **({"timepoint": at} if at else {}), check_negation=True,
                   statistic=_plural_statistic(plural_ratio), value=value, **comparison_arms, **_bounds(ci),
                   **({"significant": False} if _insignificant_numbers(text, sentence, Decimal(1), ci, p) else {}),
                   p_value=_p_value(p), effect="reduced" if value < 1 else "increased" if value > 1 else None)
            used.append((number.start, number.end))
    for ratio in ratios:
        # "a higher risk of agranulocytosis (OR 16.9; 95% CI 4.2-68.0)": the effect size of
        # most safety studies (found by a pharmacovigilance user: none was stored).
        if any(s <= ratio.start("v") < e for s, e in used):
            continue
        ci = CI_AFTER.match(text, ratio.end()) or CI.match(text, ratio.end())
        ci = ci or CI.search(text, ratio.end(), min(sentence.end, ratio.end() + 30))
        p = P_VALUE.search(text, ratio.end(), min(sentence.end, ratio.end() + 60))
        kind = re.sub(r"^a(?=OR|RR)", "", re.sub(r"(?i)^adjusted\s+", "", ratio.group("kind") or ratio.group("abbr")))
        statistic = "relative risk" if re.match(r"(?i)relative|risk|RR", kind) else (
            "incidence rate ratio" if re.match(r"(?i)incidence|rate|IRR", kind) else "odds ratio")
        value = Decimal(ratio.group("v").replace("·", "."))
        # Its event is the one named last before it: "aortic aneurysm (OR 2.43 …) and aortic
        # dissection (OR 1.66 …)" (found in review: both went to the aneurysm).
        before = [m for m in endpoints + events if m.end <= ratio.start()]
        if ratio.group("about"):
            # … unless it names its own between it and its value.
            before = [m for m in endpoints + events if ratio.start("about") <= m.start < ratio.end("about")] or before
        own = max(before, key=lambda m: m.end) if before else None
        own = _ratio_for(text, ratio.start(), ratio.start("v"), endpoints + events, own)
        # "a 25% dose reduction did not sufficiently reduce toxicity (relative risk 2.00; 95% CI
        # 1.19-3.34)": an interval clear of 1 is a stated effect, the clause's "not" denies
        # something else (found by a pharmacogenomics user: the ratio was negated)
        clear = ci is not None and ci.group("hi") is not None and (
            _decimal(ci.group("lo")) > 1 or _decimal(ci.group("hi")) < 1)
        record("outcome:ratio", segment_of(ratio.start()), Span(ratio.start(), ratio.end()), check_negation=not clear,
               mention=own, statistic=statistic, value=value, **comparison_arms,
               # below 1 the drug lowers the event's odds (a protective association, found in review)
               effect="reduced" if value < 1 else "increased" if value > 1 else None,
               significant=_significance(text, sentence, ratio.start(), Decimal(1), ci, p,
                                         insignificant=_insignificant_numbers(text, sentence, Decimal(1), ci, p)),
               **_bounds(ci),
               p_value=_p_value(p))
        used.append((ratio.start(), ratio.end()))
    for more in MORE_BY.finditer(text, sentence.start, sentence.end):
        # "the mean increase in FEV1 was 100 ml greater with mepolizumab than with placebo": the
        # difference of the arm named after it from the one after "than"
        arm = _named_arm(ctx, more.end(), drugs)
        if arm is None or arm.drug is None or any(s <= more.start("v") < e for s, e in used):
            continue
        sign = "-" if more.group("dir").lower() in ("less", "lower", "smaller") else ""
        record("outcome:difference", (sentence.start, sentence.end), Span(more.start(), more.end("dir")),
               statistic="difference", value=_decimal(sign + more.group("v")), unit=_measure_unit(more.group("unit")),
               drug=arm.drug, **_comparison(ctx, sentence, drugs, arm.drug))
        used.append((more.start(), more.end("dir")))
    for number, value, unit, after in _event_rates(text, sentence):
        if any(s <= number.start < e for s, e in used + intervals):
            continue
        # each rate's own arm, named right after it: "… with tofacitinib", "… with placebo"
        arm_said = _RATE_ARM.match(text, after)
        rate_arm = _named_arm(ctx, arm_said.end(), drugs) if arm_said is not None else None
        if rate_arm is None and arm_said is not None and (words := _ARM_WORDS_AFTER.match(text, arm_said.end())):
            # "… versus 2.5 per 100 patient-years with TNF inhibitors": an arm kg has no name
            # for is its own, no other drug's (found in review: the rate was tofacitinib's)
            rate_arm = StudyArm(ctx.document.curie, re.sub(r"\s+", " ", words.group(0)).lower())
        # (a drug's arm is the drug, as a rate's; a control is an arm of no drug)
        rate_fields: dict[str, Any] = {} if rate_arm is None else {"drug": rate_arm.drug} if rate_arm.drug else {
            "drug": None, "arm": rate_arm}
        record("outcome:event-rate", segment_of(number.start), number, statistic="incidence rate", value=value,
               unit=unit, **rate_fields)
        used.append((number.start, number.end))
    per_arm = _arm_values(ctx, sentence, endpoints, drugs, used + intervals + differences)
    # "(difference, 125.3 ml; …)" after "… -239.9 ml with placebo": the values' control is the
    # difference's comparator, when the sentence names no other
    control = next((f["comparator_arm"] for _, _, f in per_arm if f["comparator_arm"] is not None), None)
    for difference in DIFFERENCE.finditer(text, sentence.start, sentence.end):
        # "25.5% with asciminib and 13.2% with bosutinib (difference, 12.2 percentage points;
        # 95% CI, 2.19-22.30; P=0.029)": the effect between arms, of the sentence's endpoint.
        if any(s <= difference.start("v") < e for s, e in used):
            continue
        ci = CI_AFTER.match(text, difference.end()) or CI.search(text, difference.end(),
                                                                   min(sentence.end, difference.end() + 30))
        p = P_VALUE.search(text, difference.end(), min(sentence.end, difference.end() + 60))
        unit = difference.group("unit")
        value = _decimal(difference.group("v"))
        # "The final overall survival difference of 7.9 months … did not reach statistical
        # significance" (found by an oncology user: it was stored as a plain difference)
        said = NOT_SIGNIFICANT.search(text, difference.end(), sentence.end)
        insignificant = (said is not None and not _TURN.search(text, difference.end(), said.start())) or (
            _insignificant_before(text, sentence, difference.start())) or (
            _insignificant_numbers(text, sentence, Decimal(0), ci, p))
        record("outcome:difference", (sentence.start, sentence.end), Span(difference.start(), difference.end()),
               # the first arm's drug, as written first ("… with asciminib and … with bosutinib")
               check_negation=True, statistic="difference", value=value, drug=drug,
               significant=_significance(text, sentence, difference.start(), Decimal(0), ci, p, insignificant=insignificant),
               **(comparison_arms or ({"comparator_arm": control} if control is not None else {})),
               unit="percentage points" if unit in ("%", "percentage point", "percentage points") else
               _measure_unit(unit),
               **_bounds(ci),
               p_value=_p_value(p))
        used.append((difference.start(), difference.end()))
    for amount in BY_AMOUNT.finditer(text, sentence.start, sentence.end):
        # "Nintedanib reduced the annual rate of decline in FVC by about 110 mL compared with
        # placebo": the size of the change, of the endpoint named before it; against a comparator,
        # the difference between the arms (found by a respiratory user: only "reduced" was kept)
        own = max((m for m in endpoints if m.end <= amount.start()), key=lambda m: m.end, default=None)
        if own is None or any(s <= amount.start("v") < e for s, e in used + intervals) or any(
                m.start("v") == amount.start("v") for m, _, _ in per_arm):
            continue    # (nor an arm's value: "increased by 160 mL with dupilumab and 77 mL with placebo")
        told = _effect_before(text, sentence, own)
        unit = amount.group("unit")
        if unit.lower() == "days" and (not re.search(r"\bdays?\b", own.text, re.IGNORECASE)
                                       or _ARM_NAMED_AFTER.match(text, amount.end())):
            continue    # (days of a measure counted in days only: "delayed relapse by 30 days" is a time;
            # nor an arm's: "reduced by 3.1 days with erenumab 70 mg and by 3.6 days with …")
        direction = told[0] if told else _direction(text, sentence, amount)
        # "reduced monthly migraine days by 1.61 days more than placebo (95% CI -2.70 to -0.52)": a
        # reduction against a comparator is a difference below 0, as its interval says (found by a
        # neurology user); its interval right after the comparator
        ci = CI_AFTER.match(text, amount.end()) or CI.search(text, amount.end(), sentence.end)
        if ci is not None and (ci.start() > amount.end() + 40 or P_VALUE.search(text, amount.end(), ci.start())):
            ci = None
        sign = "-" if comparison_arms and direction == "reduced" else ""
        record("outcome:change-by", segment_of(amount.start()), Span(amount.start("v"), amount.end()), mention=own,
               statistic="difference" if comparison_arms else "change", value=_decimal(sign + amount.group("v")),
               unit="percentage points" if unit.lower().startswith("percentage") else _measure_unit(unit),
               qualifier=amount.group("qual") or SYMBOLS.get(amount.group("sym") or ""), **comparison_arms,
               effect=direction, **(_bounds(ci) if comparison_arms else {}))
        used.append((amount.start("v"), amount.end()))
    # (a weight gain or loss in kilograms is itself the change: "weight gain … was 2.1 kg")
    if endpoints and (CHANGE_WORD.search(sentence.text) or any(
            d.entity.label.lower() in _WEIGHT_CHANGES for d in measured)):
        for change in CHANGE_VALUE.finditer(text, sentence.start, sentence.end):
            # A signed value needs no unit ("-19.8 with esketamine 84 mg"); any other does.
            unit = change.group("unit")
            if ((unit is None and not change.group("v").startswith(("-", "−")))
                    or any(s <= change.start("v") < e for s, e in used + intervals)
                    or _TIME_BEFORE.search(text, max(sentence.start, change.start() - 12), change.start())
                    or (unit == "days" and _DURATION_BEFORE.search(text, max(sentence.start, change.start() - 50),
                                                                   change.start()))):
                continue
            # "… and 1.4 kg with the three-drug regimen": a regimen no drug names is an arm of no
            # drug (found by an infectious-disease user: 1.4 kg went to dolutegravir)
            regimen = _REGIMEN_AFTER.match(text, change.end())
            unnamed = ({"drug": None, "arm": StudyArm(ctx.document.curie, regimen.group("label").lower())}
                       if regimen is not None and not any(regimen.start("label") <= d.start < regimen.end()
                                                          for d in drugs) else {})
            record("outcome:change", segment_of(change.start()), Span(change.start(), change.end()),
                   statistic="change", value=_decimal(change.group("v")),
                   unit="points" if unit == "point" else unit, **unnamed)
            used.append((change.start(), change.end()))
    for match, endpoint, value_fields in per_arm:
        if any(s <= match.start("v") < e for s, e in used):
            continue
        end = match.end("unit") if match.group("unit") else match.end("v")
        record("outcome:arm-value", segment_of(match.start()), Span(match.start(), end), mention=endpoint,
               **value_fields)
        used.append((match.start(), end))
    if (no_difference := NO_DIFFERENCE.search(text, sentence.start, sentence.end)):
        comparison: dict[str, Any] = {}
        if BETWEEN_ARMS.search(sentence.text) and study is not None and len(study.arms) >= 2:
            comparison = {"arm": study.arms[0], "comparator_arm": study.arms[1]}
        # "did not differ significantly between ustekinumab and vedolizumab (…; P=0.54)": the two
        # drugs compared, and the p-value (found by a respiratory user: the significance was lost)
        between_two = _BETWEEN_TWO.match(text, no_difference.end())
        first = next((d for d in drugs if between_two is not None and d.start == between_two.end()), None)
        second = next((d for d in drugs if first is not None and d.curie != first.curie
                       and re.fullmatch(r"\s+(?:and|or)\s+(?:the\s+)?", text[first.end:d.start])), None)
        if first is not None and second is not None:
            comparison = {"drug": first.curie,
                          "arm": StudyArm(ctx.document.curie, first.text.lower(), drug=first.curie),
                          "comparator_arm": StudyArm(ctx.document.curie, second.text.lower(), drug=second.curie)}
        p_no = P_VALUE.search(text, no_difference.end(), sentence.end)
        for endpoint in endpoints or events:
            # (or its subject right before it: "remission rates did not differ significantly")
            if endpoint.start < no_difference.start() and not _SUBJECT_BEFORE_NO_DIFFERENCE.fullmatch(
                    text, endpoint.end, no_difference.start()):
                continue
            record("outcome:no-significant-difference", (endpoint.start, endpoint.end),
                   Span(no_difference.start(), no_difference.end()), mention=endpoint, significant=False,
                   statistic="comparison", **comparison,
                   **({"p_value": _p_value(p_no)} if p_no is not None and "drug" in comparison else {}))
        used.append((no_difference.start(), no_difference.end()))
    for endpoint in endpoints:
        if endpoint.start not in recorded:
            effect = _effect_before(text, sentence, endpoint)
            if effect is not None:
                verb, qualifier, span = effect
                # ("Ivacaftor reduced sweat chloride … versus placebo": against the comparator, found
                # by a cystic-fibrosis user)
                record("outcome:qualitative", (endpoint.start, endpoint.end), span, mention=endpoint,
                       check_negation=True, effect=verb, qualifier=qualifier, statistic="qualitative",
                       **comparison_arms)
    # "… 9.2% in the dapagliflozin group and … 14.5% in the placebo group (hazard ratio, 0.61)": a
    # comparison with no comparator of its own is against the one other arm the numbers of its
    # endpoint name, when one of them is its drug's (found by a nephrology user: hazard and odds
    # ratios and differences had no comparator)
    for i, outcome in enumerate(out):
        if outcome.comparator_arm is not None or outcome.drug is None or outcome.statistic not in _BETWEEN_ARMS:
            continue
        same = [o for o in out if o.endpoint == outcome.endpoint and o.adverse_event == outcome.adverse_event
                and o.statistic not in _BETWEEN_ARMS and o.statistic not in ("qualitative", "comparison")]
        rivals = {o.arm.label: o.arm for o in same if o.arm is not None and o.drug != outcome.drug}
        if len(rivals) == 1 and any(o.drug == outcome.drug for o in same):
            out[i] = replace(outcome, comparator_arm=next(iter(rivals.values())))
    adjusted = _ADJUSTED_FOR.search(sentence.text)
    out = _measure_comparators(out, comparison_arms.get("comparator_arm") or (
        StudyArm(ctx.document.curie, adjusted.group("label").lower()) if adjusted else None),
        compared=VERSUS.search(sentence.text) is not None or adjusted is not None)
    out = _paired_drug_values(ctx, sentence, drugs, out)
    return _no_self_comparisons(_dosed_comparators(ctx, drugs, _rival_drug_comparators(ctx, drugs, out)))


#: Two percentages told as a pair: "in 10% and 4%", "25% versus 5%" (not "at weeks 12 and 24").
_PERCENT_PAIR = re.compile(r"(?<![\d.])(?P<a>\d+(?:\.\d+)?)\s*%\s*(?:,\s*)?(?:and|vs\.?|versus)\s+"
                           r"(?P<b>\d+(?:\.\d+)?)\s*%(?!\s*(?:,\s*)?(?:at|after|by)\s+(?:weeks?|months?|years?|days?)\b)",
                           re.IGNORECASE)


def _paired_drug_values(ctx: Context, sentence: Sentence, drugs: list[Mention],
                        out: list[OutcomeMeasurement]) -> list[OutcomeMeasurement]:
    """``out`` with the second of a pair of percentages given the second of the sentence's two
    drugs, when both went to the first: "With nivolumab and everolimus, … complete responses in
    10% and 4%" gives 4% to everolimus (found by an oncology user: both were nivolumab's).

    Only when the sentence names two drugs, each alone (no combination), in that order; records
    with an arm of their own or different timepoints are left as they are.
    """
    text = ctx.document.text
    order = list(dict.fromkeys(d.curie for d in drugs))
    if len(order) != 2 or any(_partner_drug(text, d, drugs) is not None for d in drugs):
        return out
    first, second = order
    at = {o.evidence.object_span.start: i for i, o in enumerate(out) if o.evidence.object_span is not None}
    result = list(out)
    for pair in _PERCENT_PAIR.finditer(text, sentence.start, sentence.end):
        a, b = at.get(pair.start("a")), at.get(pair.start("b"))
        if a is None or b is None:
            continue
        one, two = result[a], result[b]
        if (one.drug == two.drug == first and one.arm is None and two.arm is None and one.endpoint == two.endpoint
                and one.timepoint == two.timepoint and one.statistic == two.statistic):
            result[b] = replace(two, drug=second)
    return result


#: Statistics that compare two arms (:func:`_sentence_outcomes`).
def _combination_arm(ctx: Context, drugs: list[Mention], drug: str | None) -> StudyArm | None:
    """The combination the sentence first names ``drug`` in, as the arm of a record that has
    none ("longer with nivolumab in combination with ipilimumab than with nivolumab alone
    (hazard ratio 0.74)" is the combination's); ``None`` when it first names the drug alone.

    (found by oncology and cystic-fibrosis users: the ratio's arm was the first drug only)
    """
    text = ctx.document.text
    first = next((d for d in drugs if d.curie == drug), None)
    if first is None or (_partner_drug(text, first, drugs) is None and _other_partner(text, first) is None):
        return None
    return _regimen(ctx, first, drugs)


def _self_comparison(outcome: OutcomeMeasurement) -> bool:
    """Whether ``outcome`` sets its drug against itself: a comparator of its own drug that no
    dose or regimen tells apart from its arm ("X … versus X"); another dose ("10 mg versus
    5 mg") or regimen ("X plus Y versus X alone") is a comparison."""
    against, arm = outcome.comparator_arm, outcome.arm
    if against is None or against.drug is None or against.drug != outcome.drug:
        return False
    if arm is None:
        return against.dose is None
    return arm.label == against.label and (arm.dose, arm.dose_unit) == (against.dose, against.dose_unit)


def _rival_drug_comparators(ctx: Context, drugs: list[Mention],
                            out: list[OutcomeMeasurement]) -> list[OutcomeMeasurement]:
    """``out`` with a comparison between arms (:data:`_BETWEEN_ARMS`) that has no comparator given
    the one other drug whose own number of the same endpoint the sentence gives, beside the
    comparison's drug's ("1.1% per year with dabigatran 150 mg and 1.7% per year with warfarin
    (relative risk 0.66)", found by a cardiology user: no comparator)."""
    result = []
    for outcome in out:
        if outcome.comparator_arm is None and outcome.drug is not None and outcome.statistic in _BETWEEN_ARMS:
            same = [o for o in out if o.endpoint == outcome.endpoint and o.adverse_event == outcome.adverse_event
                    and o.statistic not in _BETWEEN_ARMS and o.statistic not in ("qualitative", "comparison")]
            rivals = {o.drug for o in same if o.drug is not None and o.drug != outcome.drug}
            mention = next((d for d in drugs if len(rivals) == 1 and d.curie in rivals), None)
            if mention is not None and any(o.drug == outcome.drug for o in same) and not any(
                    o.drug is None and o.arm is not None for o in same):     # (nor beside a control's number)
                own = next((o.arm for o in same if o.drug == mention.curie and o.arm is not None), None)
                outcome = replace(outcome, comparator_arm=own or StudyArm(
                    ctx.document.curie, re.sub(r"\s+", " ", mention.text).lower(), drug=mention.curie))
        result.append(outcome)
    return result


def _dosed_comparators(ctx: Context, drugs: list[Mention], out: list[OutcomeMeasurement]) -> list[OutcomeMeasurement]:
    """``out`` with a comparator named by its drug alone given the one dose the sentence
    writes after that drug: "… 2.2% of patients receiving warfarin 5 mg (hazard ratio 0.66)"
    is against warfarin 5 mg (found by a cardiology user: the comparator's dose was lost)."""
    result = []
    for outcome in out:
        against = outcome.comparator_arm
        if against is not None and against.drug is not None and against.dose is None:
            doses = {(d.dose, d.dose_unit, d.schedule): d for m in drugs if m.curie == against.drug
                     and re.sub(r"\s+", " ", m.text).lower() == against.label and (d := _drug_dose(ctx, m)) is not None}
            if len(doses) == 1:
                outcome = replace(outcome, comparator_arm=next(iter(doses.values())))
        result.append(outcome)
    return result


def _no_self_comparisons(out: list[OutcomeMeasurement]) -> list[OutcomeMeasurement]:
    """``out`` with no record comparing a drug with itself (:func:`_self_comparison`): such a
    record keeps its number, without the comparator (found by users of several trials: a
    record compared X with X)."""
    return [replace(o, comparator_arm=None) if _self_comparison(o) else o for o in out]


#: A measure told net of its control: "placebo-adjusted", "placebo-corrected change".
_ADJUSTED_FOR = re.compile(r"\b(?P<label>placebo|sham|vehicle)[- ](?:adjusted|corrected|subtracted)\b", re.IGNORECASE)
#: Statistics of one arm's continuous measure: a change from baseline, a value at a time point.
_ARM_MEASURES = frozenset({"change", "value", "annualized rate"})


def _measure_comparators(out: list[OutcomeMeasurement], against: StudyArm | None, *,
                         compared: bool) -> list[OutcomeMeasurement]:
    """``out`` with each drug arm's continuous measure (:data:`_ARM_MEASURES`) given the arm it
    was set against, when the sentence ``compared`` them ("versus", "compared with"): the one
    other arm with a value of the same measure ("-14.9% with semaglutide versus -2.4% with
    placebo"), else the sentence's comparator ``against`` ("-48 mmol/L with ivacaftor vs
    placebo"). A record that has one, or is the comparator's own, is left alone; so are values
    merely listed with "and".

    (found by a cystic-fibrosis user: the sweat chloride change had no placebo comparator)
    """
    result = list(out)
    for i, outcome in enumerate(out):
        if (outcome.comparator_arm is not None or outcome.drug is None or outcome.statistic not in _ARM_MEASURES
                or (outcome.arm is not None and outcome.arm.drug not in (None, outcome.drug))
                # (nor the comparator's own: "0.16 with ocrelizumab and 0.29 with interferon beta-1a")
                or any(o.comparator_arm is not None and o.comparator_arm.drug == outcome.drug
                       and o.endpoint == outcome.endpoint for o in result)):
            continue
        rivals = {o.arm.label: o.arm for o in out if o.endpoint == outcome.endpoint and o.statistic == outcome.statistic
                  and o.arm is not None and o.drug != outcome.drug and o.arm.drug != outcome.drug}
        if not compared:
            continue
        rival = next(iter(rivals.values())) if len(rivals) == 1 else None
        if rival is None and not rivals and against is not None and against.drug != outcome.drug:
            rival = against
        if rival is not None and (outcome.arm is None or rival.label != outcome.arm.label):
            result[i] = replace(outcome, comparator_arm=rival)
    return result


_BETWEEN_ARMS = frozenset({"hazard ratio", "odds ratio", "relative risk", "incidence rate ratio", "difference",
                           "relative change"})


#: Vaccine efficacy, whose percentages are reductions of the disease's risk.
_VACCINE_EFFICACY = Entity("kgr:endpoint-vaccine-efficacy", "Endpoint", "vaccine efficacy")
#: The time to relief of a disease's symptoms, after "median": "time to alleviation of symptoms".
_SYMPTOM_RELIEF = Entity("kgr:endpoint-time-to-symptom-improvement", "Endpoint", "time to improvement of symptoms")
_SYMPTOM_TIME = re.compile(r"\bmedian\s+(?P<w>time\s+to\s+(?:the\s+)?(?:improvement|alleviation|resolution|relief)\s+"
                           r"(?:of|in)\s+(?:(?:the\s+)?[\w-]+\s+){0,2}?symptoms)\b", re.IGNORECASE)
#: Right after a vaccine efficacy or its percentage, the disease it protects against: "against symptomatic ".
_AGAINST_DISEASE = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?against\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?$", re.IGNORECASE)
#: "95.0% efficacy": a vaccine efficacy told after its number (found by a nephrology user).
EFFICACY_AFTER = re.compile(r"\s*(?:vaccine\s+)?efficacy\b", re.IGNORECASE)
_EFFICACY_AGAINST = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?against\b", re.IGNORECASE)


def _against_disease(text: str, diseases: list[Mention], measure: Mention, number: re.Match[str]) -> Mention | None:
    """The disease a vaccine efficacy is against: "Vaccine efficacy against COVID-19 was 95%", "95% efficacy
    (…) against symptomatic COVID-19"; else ``None``."""
    return next((d for d in diseases if _AGAINST_DISEASE.fullmatch(text, measure.end, d.start)
                 or _AGAINST_DISEASE.fullmatch(text, number.end(), d.start)), None)


#: All-cause mortality, the endpoint a death told by numbers is (:func:`_sentence_outcomes`).
_MORTALITY = Entity("kgr:endpoint-all-cause-mortality", "Endpoint", "all-cause mortality")
#: Disease headings of the lexicon that name a measure, and the endpoint they are.
_BODY_WEIGHT = Entity("kgr:endpoint-body-weight", "Endpoint", "body weight")
_MEASURE_HEADINGS = {"body weight changes": _BODY_WEIGHT}
#: Diseases that are a change of body weight, and a value in kilograms that makes them one.
_WEIGHT_CHANGES = frozenset({"weight gain", "weight loss"})
_KILOGRAMS = re.compile(r"(?<![\w.])[-−]?\d+(?:\.\d+)?\s*kg\b(?!/)", re.IGNORECASE)
_SURVIVAL = Entity("kgr:endpoint-overall-survival", "Endpoint", "overall survival")
#: The verb that makes a share of patients overall survival: "… were alive at 5 years".
# (not "alive and free of progression", "alive without relapse": another endpoint's)
_ALIVE = re.compile(r"\b(?:were|was|remained|remain|are|is)\s+(?:still\s+)?(?P<w>alive)\b"
                    r"(?!\s+(?:and\s+)?(?:free|without|progression|relapse|event|disease))", re.IGNORECASE)
_AE_DISCONTINUATION = Entity("kgr:endpoint-ae-discontinuation", "Endpoint", "discontinuation because of adverse events")
#: Right before a number, that it counts those who stopped: "leading to discontinuation in ".
_LED_TO_STOP = re.compile(r"\b(?:leading|led|resulting|resulted)\s+(?:to|in)\s+(?:the\s+)?(?:treatment\s+|drug\s+|"
                          # "led to bedaquiline discontinuation in 1.2%" (found by an infectious-disease
                          # user: a QT prolongation rate)
                          r"study[- ]drug\s+|permanent\s+|[a-z][\w-]+\s+)?discontinuation(?:\s+of\s+(?:the\s+)?(?:treatment|"
                          r"study\s+drug|therapy|[a-z][\w-]+))?\s+(?:in\s+)?(?:only\s+)?$", re.IGNORECASE)
#: Before an event, the stopping it caused: "discontinued lenacapavir because of ", "stopped
#: treatment due to ", "discontinuation owing to ".
_STOPPED_FOR = re.compile(r"\b(?:discontinu\w*|stopp?(?:ed)?|withdr[ae]w\w*)\s+(?:[\w-]+\s+){0,3}?(?:because\s+of|"
                          r"due\s+to|owing\s+to|as\s+a\s+result\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
                          re.IGNORECASE)
#: An aside of examples after a head: ", mostly swelling and erythema,", "(mainly nausea)".
_ASIDE = re.compile(r"[,(]\s*(?:mostly|mainly|predominantly|primarily|largely|chiefly|principally|including|"
                    r"such\s+as|e\.g\.,?)\s[^,;()]{1,80}?[,)]", re.IGNORECASE)
#: Right after an event, the stopping it led to, then the verb of its rate: " leading to permanent
#: discontinuation occurred in".
_EVENT_LED_TO_STOP = re.compile(r"\s+(?:leading|that\s+led|led)\s+to\s+(?:the\s+)?(?:treatment\s+|drug\s+|"
                                r"study[- ]drug\s+|permanent\s+)?discontinuation(?:\s+of\s+(?:the\s+)?(?:treatment|"
                                r"study\s+drug|therapy))?\s+(?:occurred|was\s+reported|were\s+reported|was\s+seen)\s+in\b",
                                re.IGNORECASE)
#: After "death", what makes it part of a composite endpoint: "death or hospitalization".
_COMPOSITE_AFTER = re.compile(r"\s*(?:,|\bor\b|\band/or\b)", re.IGNORECASE)
#: After a mutation, what makes the numbers its carrier frequencies: "HLA-B*15:02 was present in
#: 59 of 62 patients", "… carriers".
CARRIED = re.compile(r"\s+(?:was|were)\s+(?:present|found|detected|identified|carried)\s+(?:in|by)\b", re.IGNORECASE)


#: Negation cues that deny the phrase after them, never an effect measured.
_PHRASE_CUES = frozenset({"without", "absence of", "lack of"})


#: What lies between a number and the drug of its arm: "48% for vemurafenib", "5% with
#: dacarbazine", "12 (8%) in the dacarbazine arm".
ARM_WORDS = re.compile(r"\s*(?:\([^()]{0,20}\)\s*)?"
                       # a yearly rate: "1.64% per year in the warfarin group" (found by a new user)
                       r"(?:(?:per|a|/)\s*(?:year|yr|annum|(?:100\s+)?(?:patient|person)-years?)\s+)?"
                       # "in 43% of those receiving erlotinib", "19% of olaparib-treated patients"
                       # (found by a new user: both were the other arm's)
                       # "21.5% among patients receiving placebo", "37.2% of those who received placebo"
                       # (found by an immunology user: both were the drug's)
                       r"(?:(?:of|among|in)\s+(?:the\s+)?(?:patients|those|subjects|participants)\s+"
                       # (not "who had been treated with sunitinib": their history, found in review)
                       r"(?:who\s+(?:were\s+)?)?)?"
                       r"(?:for|with|in|on|among|receiving|received|given|taking|took|treated\s+with|assigned\s+to|"
                       r"randomi[sz]ed\s+to|"
                       # "1.7% of placebo recipients", "17.3% of the lecanemab group" (found by a new user)
                       # "46.5% of placebo patients" (found by an oncology user: it was olaparib's)
                       r"of(?=\s+(?:the\s+)?[\w-]+?[\s-](?:treated|exposed|recipients|group|arm|patients|participants|"
                       r"subjects)\b))\s+(?:the\s+)?",
                       re.IGNORECASE)


def _arm_of(text: str, number: Span, drug: Mention) -> bool:
    """Whether ``drug`` names the arm of the number before it: "48% for vemurafenib", "2% of
    dolutegravir recipients", "1.7% of adalimumab-treated patients" (not "12% of imatinib's").

    "Of" alone needs the arm's word after the drug, which a match ending at the drug cannot
    look ahead to (found by an infectious-disease user: each rate went to the first drug).
    """
    if HISTORY.match(text, drug.end):
        return False
    if _OF_ONLY.fullmatch(text, number.end, drug.start):
        return ARM_NOUN.match(text, drug.end) is not None
    return ARM_WORDS.fullmatch(text, number.end, drug.start) is not None


#: How a rate's number starts: "21.1%", "<1%", "approximately 3%" (not "hazard ratio, 0.59").
_RATE_START = re.compile(r"(?:[<>≤≥~≈∼]\s*|(?:approximately|about|around|nearly|up to|less than|more than)\s+)?\d",
                         re.IGNORECASE)
#: Between a drug and its number in brackets: "bosutinib (21.1%)".
_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*[-−]?")
#: Between a drug and its number in a listing: "capmatinib 51%", "tepotinib: 63%".
_LISTED_BEFORE = re.compile(r"\s*:?\s+|:")
#: Between a number and its arm's drug, "of" alone: the drug's arm only as "of DRUG-treated patients".
_OF_ONLY = re.compile(r"\s*(?:%\s*)?of\s+(?:the\s+)?", re.IGNORECASE)


#: Between a ratio's name and its value, the endpoint it is "for": "hazard ratio for unfavourable
#: outcome, ", "odds ratio for an adverse outcome was " (its head a word only endpoints end on;
#: not "death", which the sentence's survival endpoint names).
_RATIO_FOR = re.compile(r"\s+for\s+(?:an?\s+|the\s+)?(?P<what>(?:[a-z][\w-]*\s+){0,3}?(?:outcomes?|failure))\s*(?:,|:|=|\(|\[|was|were|is|of)?\s*$", re.IGNORECASE)


def _ratio_for(text: str, start: int, value: int, named: list[Mention], mention: Mention | None) -> Mention | None:
    """The endpoint a ratio between ``start`` and its ``value`` says it is "for": one kg
    knows named there, else one minted from the words ("unfavourable outcome"), else ``mention``."""
    found = _RATIO_FOR.search(text, start, value)
    if found is None or found.end() != value:
        return mention
    inside = [m for m in named if found.start("what") <= m.start and m.end <= found.end("what")]
    if inside:
        return max(inside, key=lambda m: m.end)
    what = re.sub(r"\s+", " ", found.group("what")).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", what).strip("-")
    return Mention(found.start("what"), found.end("what"), text[found.start("what"):found.end("what")],
                   Entity(f"kgr:endpoint-{slug}", "Endpoint", what), how="pattern")


#: A number's arm when it is a control's: "12% with placebo", "16.3% in the chemotherapy group".
CONTROL_AFTER = re.compile(ARM_WORDS.pattern + r"(?P<label>placebo|observation|best supportive care|"
                           # "67.4% of those who received the physician's choice of chemotherapy"
                           # (found by an oncology user: the rate was the drug's)
                           r"(?:(?:standard|conventional|salvage|(?:investigator|physician)(?:'s|’s|s')[- ]choice"
                           # "52% vs 38% with vehicle": an animal study's control (found by a cardiology
                           # user: 38% was another drug's)
                           r"(?:\s+of)?)\s+)?chemotherapy|control|vehicle|"
                           # "29.4% with best available therapy", "0% in the sham-procedure group":
                           # controls of no drug (found by infectious-disease and neurology users:
                           # each was the drug's)
                           + _CONTROL_EXTRA + r")"
                           r"(?:(?=-(?:treated|exposed)\b)|(?![\w-]))"
                           # "chemotherapy plus pembrolizumab" is the drug's arm; "chemotherapy-naive" no arm
                           # … but "placebo plus escitalopram" is still the control (found by a new user)
                           r"(?!(?<!placebo)\s+(?:plus|and|with|combined|\+))", re.IGNORECASE)
#: After a number, a group of no exposure to the drug: "(1.6%) patients never exposed to valproate",
#: "1% of those not exposed to", "3% of unexposed patients", "4% in the unexposed group".
_UNEXPOSED_AFTER = re.compile(r"\s*%?\s*(?:\([^()]{0,20}\)\s*)?(?:(?:of|among|in)\s+)?(?:the\s+)?"
                              r"(?:(?:patients|participants|subjects|those|people|individuals|children|adults|women|"
                              r"men|infants|pregnancies)\s+(?:who\s+(?:were|had)\s+(?:been\s+)?)?"
                              r"(?:never|not)\s+(?:been\s+)?exposed\b|(?:un|non-?)exposed\b)", re.IGNORECASE)
#: Two numbers set side by side: "19% vs 2%", "38.6% versus 53.3%".
# (and "29.5%] vs. 76 of 177 [42.9%]": a count's bracket, found by a rare-disease user)
_VERSUS_NUMBERS = re.compile(r"\s*%?\s*[\])]?\s*(?:vs\.?|versus)\s*", re.IGNORECASE)


#: Where a sentence turns to another arm: "…, whereas amivantamab plus lazertinib produced …".
_CONTRAST = re.compile(r"(?:,\s*|\b)(?:whereas|while|but)\s|;\s*", re.IGNORECASE)
#: After a drug, what makes it an arm alone: "adagrasib monotherapy", "adagrasib alone".
_ALONE = re.compile(r"\s+(?:monotherapy|alone)\b", re.IGNORECASE)


def _clause_drug(text: str, sentence: Sentence, drugs: list[Mention], number: Span) -> Mention | None:
    """The drug that opens the number's clause, when a contrast (:data:`_CONTRAST`) splits
    the sentence into clauses of their own arms; else ``None``."""
    before = [m for m in _CONTRAST.finditer(text, sentence.start, number.start)]
    start = before[-1].end() if before else sentence.start
    if not before and _CONTRAST.search(text, number.end, sentence.end) is None:
        return None
    # (not a drug the patients had before: "whereas in patients previously treated with crizotinib")
    return next((d for d in drugs if start <= d.start < number.start and not HISTORY.match(text, d.end)
                 and not HISTORY_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)), None)


#: Before a drug, a previous line it is named as an exception of: "at least one previous ALK
#: inhibitor other than crizotinib" (found by an oncology user: the response was crizotinib's).
_PRIOR_OTHER_THAN = re.compile(r"\b(?:previous|prior|earlier)\s+(?:[\w-]+\s+){0,4}?(?:other\s+than|except|besides)\s+"
                               r"(?:[\w-]+\s+(?:or|and)\s+)?$", re.IGNORECASE)


#: A short form in brackets: "(DRd; n=228)", "(Rd)", "(FLAG-Ida)".
_SHORT_FORM = re.compile(r"\(\s*(?P<abbr>[A-Z][A-Za-z0-9+/-]{0,9}[A-Za-z0-9+])\s*(?:[;,]\s*n\s*=\s*\d[\d,]*\s*)?\)")
#: Between a regimen's drugs: "daratumumab plus lenalidomide and dexamethasone".
_REGIMEN_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|plus|\+|/|-|–|with|combined\s+with|"
                           r"in\s+combination\s+with)\s*", re.IGNORECASE)


def _short_forms(ctx: Context) -> dict[str, StudyArm]:
    """The regimens the document names by a short form, each as an arm of its first drug:
    "lenalidomide and dexamethasone alone (Rd; n=184)" gives ``{"Rd": arm "Rd" of lenalidomide}``."""
    text = ctx.document.text
    drugs = sorted((m for m in ctx.mentions if m.entity.type == "Drug"), key=lambda m: m.start)
    forms: dict[str, StudyArm] = {}
    for match in _SHORT_FORM.finditer(text):
        if any(m.start <= match.start("abbr") < m.end for m in ctx.mentions):
            continue    # a name kg knows
        last = next((d for d in reversed(drugs) if d.end <= match.start()
                     and re.fullmatch(r"\s*(?:(?:alone|monotherapy)\s*)?", text[d.end:match.start()])), None)
        if last is None:
            continue
        first = last
        while (earlier := next((d for d in reversed(drugs) if d.end <= first.start
                                and _REGIMEN_JOIN.fullmatch(text, d.end, first.start)), None)) is not None:
            first = earlier
        forms.setdefault(match.group("abbr"), StudyArm(ctx.document.curie, match.group("abbr"), drug=first.curie))
    return forms


def _short_arm(text: str, number: Span, forms: dict[str, StudyArm]) -> StudyArm | None:
    """The regimen a short form right after ``number`` names: "79.3% with Rd"."""
    words = ARM_WORDS.match(text, number.end) if forms else None
    if words is None:
        return None
    name = re.match(r"[A-Za-z0-9+/-]+", text[words.end():words.end() + 12])
    return forms.get(name.group(0)) if name else None


def _insignificant_before(text: str, sentence: Sentence, offset: int) -> bool:
    """Whether the clause before ``offset`` says its result is not significant: "Overall
    survival did not differ significantly between the groups (hazard ratio, 0.87 …)" (found by
    an oncology user: the ratio was stored as significant)."""
    turns = list(_TURN.finditer(text, sentence.start, offset))
    start = turns[-1].end() if turns else sentence.start
    return (NO_DIFFERENCE.search(text, start, offset) is not None
            or NOT_SIGNIFICANT.search(text, start, offset) is not None)


#: "significant" said of a result (no "not significant" in the sentence): the sentence's own word
#: on significance, which the numbers never overrule.
_SIGNIFICANT_SAID = re.compile(r"\bsignifican(?:t|tly|ce)\b", re.IGNORECASE)
#: A p-value of another test than the comparison's: "P=0.40 for interaction".
_OTHER_TEST_AFTER = re.compile(r"\s*(?:\)\s*)?(?:for|of)\s+(?:the\s+)?(?:interaction|heterogeneity|trend|"
                               r"non-?inferiority|equivalence)\b", re.IGNORECASE)
#: A confidence interval's level: "95% CI", "(90% confidence interval".
_CI_LEVEL = re.compile(r"[(\[\s]*(?P<level>\d{2}(?:\.\d+)?)")


def _insignificant_numbers(text: str, sentence: Sentence, null: Decimal, ci: re.Match[str] | None,
                           p: re.Match[str] | None) -> bool:
    """Whether the numbers a paper reports for a comparison say it is not significant.

    The rule (``kg:significant false`` from numbers; found by a pharmacogenomics user: a hazard
    ratio of 1.31, 95% CI 0.76 to 2.27, P=0.33, was not marked):

    * its confidence interval, at a level of 95% or below, holds the null value strictly inside
      (``null`` is 1 for a ratio, 0 for a difference): "95% CI, 0.76 to 2.27", "95% CI, -2.2 to
      18.6"; a bound on the null value itself, or an open bound, says nothing; or
    * its reported p-value is 0.05 or more ("P=0.33", "P>0.05"), unless the p-value is of
      another test ("P=0.40 for interaction", "… for noninferiority");

    and the sentence says nothing of significance itself: a sentence that calls something
    significant (and nothing not significant) keeps its word. What makes a result significant
    is :func:`_significance`'s.
    """
    if _SIGNIFICANT_SAID.search(text, sentence.start, sentence.end) and not (
            NOT_SIGNIFICANT.search(text, sentence.start, sentence.end)
            or NO_DIFFERENCE.search(text, sentence.start, sentence.end)):
        return False
    if ci is not None and ci.group("hi") and (level := _CI_LEVEL.match(ci.group(0))) is not None and (
            Decimal(level.group("level")) <= 95 and _decimal(ci.group("lo")) < null < _decimal(ci.group("hi"))):
        return True
    return (p is not None and p.group("op") in ("=", ">", "≥") and Decimal(p.group("p")) >= Decimal("0.05")
            and not _OTHER_TEST_AFTER.match(text, p.end()))


#: A sentence's own word that a result is significant: "significantly improved", "a statistically
#: significant reduction", "a significant improvement" (not "significant hepatic impairment").
_SIGNIFICANT_WORD = re.compile(r"\bsignificantly\b|\bstatistically\s+significant\b|\bsignificant\s+(?:improvement|"
                               r"reduction|increase|decrease|prolongation|benefit|difference|decline|gain|lowering|"
                               r"advantage|effect)\b", re.IGNORECASE)
#: Right before that word, a denial: "did not significantly improve", "without a significant".
_DENIED_BEFORE = re.compile(r"\b(?:not|no|never|nor|without|neither)\b(?:\s+[\w-]+){0,2}?\s*$|n't\s*$",
                            re.IGNORECASE)


def _significance(text: str, sentence: Sentence, offset: int, null: Decimal, ci: re.Match[str] | None,
                  p: re.Match[str] | None, *, insignificant: bool) -> bool | None:
    """``kg:significant`` of the comparison whose number starts at ``offset``.

    In: its interval and p-value, its null value (1 for a ratio, 0 for a difference) and
    whether other rules found it not significant. Out: False when they did; True when its
    clause calls it significant ("Sotorasib significantly improved PFS (hazard ratio, 0.66
    …)") or its own numbers do (a p-value below 0.05, or a 95% interval clear of the null:
    "(hazard ratio, 0.63; 95% CI, 0.47 to 0.86; P=0.002)"); else None, unknown. Found by a new
    user's trial: it was never true.
    """
    said = _significance_said(text, sentence, offset)
    if insignificant or said is False:
        return False
    return True if said or _significant_numbers(text, null, ci, p) else None


def _significance_said(text: str, sentence: Sentence, offset: int) -> bool | None:
    """What the clause of the number at ``offset`` says of its significance: True for
    "significantly improved", False for "did not significantly reduce", None for nothing.

    The clause runs from the last contrast ("whereas", "but", ";") before the number to the
    first after it: "PFS was significantly longer (HR 0.60), whereas OS did not differ (HR 0.98)"
    makes the first significant, not the second.
    """
    turns = list(_TURN.finditer(text, sentence.start, offset))
    start = turns[-1].end() if turns else sentence.start
    later = re.search(r"\b(?:whereas|but|while|however|although)\b", text[offset:sentence.end], re.IGNORECASE)
    end = offset + later.start() if later else sentence.end
    denied = [_DENIED_BEFORE.search(text, max(start, word.start() - 30), word.start()) is not None
              for word in _SIGNIFICANT_WORD.finditer(text, start, end)]
    return None if not denied else not all(denied)


def _significant_numbers(text: str, null: Decimal, ci: re.Match[str] | None, p: re.Match[str] | None) -> bool:
    """Whether a comparison's own numbers say it is significant: a p-value below 0.05 ("P=0.002",
    "P<0.001"; not one of another test, "P=0.01 for interaction"), or an interval at a level of
    95% or more with both bounds on one side of ``null`` ("95% CI, 0.47 to 0.86")."""
    if p is not None and p.group("op") in ("=", "<", "≤") and Decimal(p.group("p")) < Decimal("0.05") and (
            not _OTHER_TEST_AFTER.match(text, p.end())):
        return True
    return (ci is not None and ci.group("hi") is not None and (level := _CI_LEVEL.match(ci.group(0))) is not None
            and Decimal(level.group("level")) >= 95
            and (_decimal(ci.group("lo")) > null or _decimal(ci.group("hi")) < null))


def _had_before(text: str, sentence: Sentence, drug: Mention) -> bool:
    """Whether ``drug`` is the patients' history ("crizotinib-pretreated", "previously treated
    with vandetanib or cabozantinib", "a previous ALK inhibitor other than crizotinib")."""
    window = max(sentence.start, drug.start - 60)
    history = HISTORY.match(text, drug.end)
    # (not the verb: "patients receiving nivolumab experienced fatigue")
    return ((history is not None and not re.match(r"\s+experienced", history.group(0)))
            or HISTORY_BEFORE.search(text, max(sentence.start, drug.start - 40), drug.start) is not None
            or _PRIOR_OTHER_THAN.search(text, window, drug.start) is not None)


def _partner_drug(text: str, drug: Mention, drugs: list[Mention]) -> Mention | None:
    """The drug joined to ``drug`` right after it ("plus", "+", "in combination with", "-"), else
    ``None``; not the other arm of "comparing X with Y", "replacing X with Y" (found in review:
    a combination "tocilizumab with adalimumab")."""
    partner = next((d for d in drugs if d.start > drug.end and d.curie != drug.curie
                    and (_COMBINED.fullmatch(text, drug.end, d.start) or _ADDED_TO.fullmatch(text, drug.end, d.start)
                         # "the combination of lenvatinib and pembrolizumab" (found by an oncology user)
                         or (re.fullmatch(r"\s+and\s+", text[drug.end:d.start])
                             and _COMBINATION_OF.search(text, max(0, drug.start - 30), drug.start)))), None)
    if (partner is not None and re.fullmatch(r"\s*with\s*", text[drug.end:partner.start], re.IGNORECASE)
            and _COMPARING_BEFORE.search(text, max(0, drug.start - 40), drug.start)):
        return None
    return partner


#: Between a drug and the one it is added to: "cannabidiol added to clobazam", "as add-on to".
_ADDED_TO = re.compile(r"\s+(?:(?:was\s+)?added\s+(?:on\s+)?to|(?:as\s+)?(?:an\s+)?add-on\s+to)\s+(?:the\s+)?",
                       re.IGNORECASE)
#: Before the first drug of a combination joined by "and": "the combination of", "combined".
_COMBINATION_OF = re.compile(r"\b(?:combination\s+(?:therapy\s+)?(?:of|with)|combined)\s+(?:the\s+)?$", re.IGNORECASE)
#: Before the first of two drugs that "with" sets against each other: "comparing", "replacing".
_COMPARING_BEFORE = re.compile(r"\b(?:compar\w*|replac\w*|substitut\w*|switch\w*|exchang\w*)\s+(?:the\s+)?(?:[\w-]+\s+)?$",
                               re.IGNORECASE)


#: A partner of a drug no lexicon names: "chemotherapy", "platinum-based chemotherapy", "radiotherapy".
_OTHER_PARTNER = (r"(?:(?:standard|conventional|platinum-based|platinum-doublet|adjuvant|concurrent)\s+)?"
                  r"(?:chemotherapy|chemoradiotherapy|chemoradiation|radiotherapy|radiation\s+therapy|"
                  r"best supportive care|" + _STANDARD_CARE + r")")
_OTHER_PARTNER_AFTER = re.compile(r"\s*(?:plus|\+|combined\s+with|in\s+combination\s+with|added\s+to|with)\s+"
                                  rf"(?:the\s+)?{_OTHER_PARTNER}\b", re.IGNORECASE)
_OTHER_PARTNER_BEFORE = re.compile(rf"\b{_OTHER_PARTNER}\s*(?:plus|\+|combined\s+with|in\s+combination\s+with)\s*$",
                                   re.IGNORECASE)


def _other_partner(text: str, drug: Mention) -> tuple[int, int] | None:
    """The span of ``drug`` and a partner no lexicon names joined to it ("pembrolizumab plus
    chemotherapy", "chemotherapy plus pembrolizumab"), else ``None``."""
    after = _OTHER_PARTNER_AFTER.match(text, drug.end)
    if after is not None:
        return drug.start, after.end()
    before = _OTHER_PARTNER_BEFORE.search(text, max(0, drug.start - 60), drug.start)
    return (before.start(), drug.end) if before is not None else None


def _regimen(ctx: Context, drug: Mention, drugs: list[Mention]) -> StudyArm | None:
    """The arm of ``drug`` when the text names it with a partner ("adagrasib plus cetuximab")
    or alone ("adagrasib monotherapy"), else ``None``."""
    text = ctx.document.text
    partner = _partner_drug(text, drug, drugs)
    if partner is not None:
        # the regimen whole: "elexacaftor-tezacaftor-ivacaftor" (found by a cystic-fibrosis user:
        # "elexacaftor-tezacaftor")
        while (further := _partner_drug(text, partner, drugs)) is not None and further.curie != drug.curie:
            partner = further
        label = re.sub(r"\s+", " ", text[drug.start:partner.end]).lower()
        return StudyArm(ctx.document.curie, label, drug=drug.curie)
    if (other := _other_partner(text, drug)) is not None:
        # "pembrolizumab plus chemotherapy", "chemotherapy plus pembrolizumab" (found by an
        # oncology user: the combination's ratio was pembrolizumab's alone)
        label = re.sub(r"\s+", " ", text[other[0]:other[1]]).lower()
        return StudyArm(ctx.document.curie, label, drug=drug.curie)
    if _ALONE.match(text, drug.end):
        return StudyArm(ctx.document.curie, f"{drug.text.lower()} monotherapy", drug=drug.curie)
    return None


def _arm_drugs(text: str, sentence: Sentence, drugs: list[Mention]) -> list[Mention]:
    """A sentence's drugs, one per arm, in order: a drug the patients had before is none
    ("refractory to lenalidomide"), and a combination is one ("nivolumab plus ipilimumab",
    "sofosbuvir-velpatasvir"), found in review."""
    given = [d for d in drugs if not HISTORY.match(text, d.end)
             and not HISTORY_BEFORE.search(text, max(sentence.start, d.start - 40), d.start)]
    arms: list[Mention] = []
    for d in given:
        if arms and _COMBINED.fullmatch(text, arms[-1].end, d.start):
            continue
        # (the drug again in another regimen is another arm: "sofosbuvir-velpatasvir and …
        # sofosbuvir plus ribavirin", found by a hepatology user: the second was ribavirin's)
        if all(a.curie != d.curie for a in arms) or _partner_drug(text, d, drugs) is not None:
            arms.append(d)
    return arms


#: A group of no single drug a sentence sets against a drug: "with the three-drug regimen", "in
#: the triple-therapy group".
_REGIMEN_GROUP = re.compile(r"\b(?:with|in|on|receiving)\s+the\s+(?P<label>(?:[\w-]+\s+){0,2}?[\w-]+\s+"
                            r"(?:regimen|group|arm))\b", re.IGNORECASE)


def _earlier_arms(ctx: Context, sentence: Sentence) -> list[tuple[int, Mention | str | StudyArm]]:
    """The arms ``sentence`` names, in order: its drugs (a combination as its regimen's arm),
    its controls and its groups of no single drug ("the three-drug regimen")."""
    text = ctx.document.text
    drugs = ctx.in_sentence(sentence, "Drug")
    earlier: list[tuple[int, Mention | str | StudyArm]] = []
    for d in _arm_drugs(text, sentence, drugs):
        earlier.append((d.start, _regimen(ctx, d, drugs) or d))
    earlier += [(m.start(), m.group("label").lower()) for m in _CONTROL_LABEL.finditer(text, sentence.start, sentence.end)]
    earlier += [(m.start(), re.sub(r"\s+", " ", m.group("label")).lower())
                for m in _REGIMEN_GROUP.finditer(text, sentence.start, sentence.end)
                if not any(m.start("label") <= d.start < m.end("label") for d in drugs)
                and not _HISTORY_LABEL.search(m.group("label")) and not _CONTROL_LABEL.match(m.group("label"))]
    return sorted(earlier, key=lambda item: item[0])


def _previous(ctx: Context, sentence: Sentence) -> Sentence | None:
    """The sentence before ``sentence`` in the same section, if any."""
    index = ctx.sentences.index(sentence)
    before = ctx.sentences[index - 1] if index > 0 else None
    return before if before is not None and before.section == sentence.section else None


#: After a number, the group that names its drug: "of those continuing adalimumab".
_OWN_GROUP_AFTER = re.compile(r"\s*%?\s*(?:of|in|among)\s+(?:the\s+)?(?:those|patients|participants|subjects)\s+"
                              r"(?:who\s+)?(?:continuing|continued|receiving|received|on|given|treated\s+with|"
                              r"assigned\s+to|randomized\s+to|switched\s+to|switching\s+to)\s+(?:the\s+)?",
                              re.IGNORECASE)


def _own_drug_after(text: str, number: Span | None, drugs: list[Mention]) -> Mention | None:
    """The drug the group right after ``number`` names: "21.4% of those continuing adalimumab"."""
    group = _OWN_GROUP_AFTER.match(text, number.end) if number is not None else None
    return next((d for d in drugs if group is not None and d.start == group.end()), None)


def _partner(text: str, number: Span) -> Span | None:
    """The second number of the "a% versus b%" pair ``number`` opens."""
    end = text.find("%", number.start, number.end + 1)
    after = _VERSUS_NUMBERS.match(text, end) if end >= 0 else None
    second = PERCENT.match(text, after.end()) if after else None
    return Span(second.start(), second.end()) if second else None


def _versus_pair(text: str, number: Span) -> bool | None:
    """Whether ``number`` is the second of "a% vs b%" (True), the first (False), or in no such pair."""
    end = text.find("%", number.start, number.end + 1)
    if end >= 0 and (after := _VERSUS_NUMBERS.match(text, end)) and (
            PERCENT.match(text, after.end()) or COUNT_PERCENT.match(text, after.end())):
        return False
    before = text[max(0, number.start - 20):number.start]
    if re.search(r"\d\s*%\s*[\])]?\s*(?:vs\.?|versus)\s*$", before, re.IGNORECASE):
        return True
    return None


def _distance(mention: Mention, number: Span) -> int:
    if mention.end <= number.start:
        return number.start - mention.end
    if number.end <= mention.start:
        return mention.start - number.end
    return 0


def _p_value(match: re.Match[str] | None) -> str | None:
    """A p-value as written: ``"<0.001"``, or ``"0.74"`` for ``P=0.74``."""
    if match is None:
        return None
    op = match.group("op")
    return match.group("p") if op == "=" else op + match.group("p")


def _medians(ctx: Context, sentence: Sentence, record: Callable[..., None], drugs: list[Mention],
             endpoints: list[Mention], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Median times, each after "median <endpoint>", with its CI and its arm in a comparison.

    "median PFS was 18.2 months (95% CI, 14.1 to 22.3) with imatinib versus 9.1 months with
    placebo" gives 18.2 months (imatinib arm, comparator placebo) and 9.1 months (placebo
    arm). A "median" not followed by an endpoint ("median age was 58 years", "median
    follow-up") measures no outcome, unless it opens a bracket after one ("improved PFS
    over docetaxel (median 5.6 months vs 4.5 months"). Numbers in ``taken`` (read by
    other rules, or bounds of an interval) and a median said not reached are left alone.
    """
    text = ctx.document.text
    words = list(MEDIAN.finditer(text, sentence.start, sentence.end))
    used: list[tuple[int, int]] = []
    for i, word in enumerate(words):
        stop = words[i + 1].start() if i + 1 < len(words) else sentence.end
        named = [m for m in endpoints if word.end() <= m.start <= word.end() + 2
                 # "Median time to a 50% reduction in urine protein-to-creatinine ratio was 29 days with
                 # voclosporin" (found by a nephrology user: no median)
                 or _MEDIAN_TIME_TO.fullmatch(text, word.end(), m.start)]
        if not named and _BRACKETED_MEDIAN.match(text, word.end()) and text[max(sentence.start, word.start() - 3):word.start()].rstrip().endswith("("):
            # "Sotorasib improved PFS over docetaxel (median 5.6 months vs 4.5 months; HR 0.66)":
            # the endpoint named last before the bracket (found by a precision-oncology user)
            named = [m for m in endpoints if sentence.start <= m.start and m.end <= word.start()][-1:]
        if not named:
            continue
        endpoint = named[0]
        begin = max(endpoint.end, word.end())
        # (in hours, only a time to relief of symptoms: "73.2 hours with baloxavir")
        values = [v for v in (_PAIRED_HOURS if endpoint.entity is _SYMPTOM_RELIEF else _PAIRED_DURATION).finditer(
                      text, begin, stop)
                  if not FOLLOW_UP.search(text[max(sentence.start, v.start() - 20):v.end()])
                  and not any(s <= v.start() < e for s, e in taken)]
        if values and NOT_REACHED.search(text, begin, values[0].start()):
            # "Median PFS was not reached with DRd and was 31.8 months with Rd": a later value that
            # names its own arm is that arm's median (found by a haematology user: it was lost)
            # (not a time: "not reached at 24 months in the nivolumab group")
            values = [v for v in values if _ARM_NAMED_AFTER.match(text, v.end()) and not _THRESHOLD_BEFORE.search(
                text, max(sentence.start, v.start() - 12), v.start())][:1]
            for value in values:
                record("outcome:median", (sentence.start, sentence.end), Span(value.start(), value.end()),
                       mention=endpoint, statistic="median", value=Decimal(value.group("v")), unit=value.group("u"),
                       **_bounds(CI_AFTER.match(text, value.end())))
                used.append((value.start(), value.end()))
            continue
        if not values:
            continue
        arms = [_value_arm(ctx, text[v.end():(values[j + 1].start() if j + 1 < len(values) else stop)], drugs)
                for j, v in enumerate(values)]
        arms = _shared_unit_arms(ctx, sentence, values, stop, drugs) or arms
        # "18.2 months with imatinib versus 9.1 months with placebo", and "10.1 months with
        # trastuzumab deruxtecan and 5.4 months with chemotherapy": each value names its arm.
        compared = len(values) > 1 and (VERSUS.search(text, values[0].end(), values[1].start()) is not None or (
            arms[0] is not None and arms[1] is not None and arms[0].label != arms[1].label))
        values, arms = (values, arms) if compared else (values[:1], arms[:1])
        # (a combination is one arm: "with osimertinib than with platinum-pemetrexed (10.1 months
        # vs. 4.4 months", found by an oncology user: the three drugs took no arm and the two
        # values went to the wrong ones)
        in_order = _arm_drugs(text, sentence, drugs)
        if compared and len(values) == 2 and all(a is None for a in arms) and len(in_order) == 2:
            # "… over docetaxel (median 5.6 months vs 4.5 months": the values name no arm, the
            # sentence's two drugs do, in its order
            arms = [_regimen(ctx, d, drugs) or StudyArm(ctx.document.curie, d.entity.label, drug=d.curie)
                    for d in in_order]
        elif compared and len(values) == 2 and arms[1] is None and len(in_order) < 2:
            # "prolonged overall survival compared with placebo …, with a median overall survival
            # of 74.7 months versus 25.6 months", "With trastuzumab deruxtecan, the median PFS was
            # 8.5 months versus 2.9 months": the second is the comparator's, the control the
            # sentence names or no drug's, never the study drug's (found by haematology and
            # oncology users: both went to the drug)
            control = next((c for a in _AGAINST.finditer(text, sentence.start, sentence.end)
                            if (c := _CONTROL_LABEL.match(text, a.end())) is not None), None)
            if control is not None:
                arms[1] = StudyArm(ctx.document.curie, control.group("label").lower())
        for j, value in enumerate(values):
            ci = CI_AFTER.match(text, value.end())
            fields: dict[str, Any] = {
                "statistic": "median", "value": Decimal(value.group("v")), "unit": value.group("u"),
                **_bounds(ci),
            }
            if compared:
                fields["arm"] = arms[j]
                fields["comparator_arm"] = next((a for k, a in enumerate(arms) if k != j and a is not None), None)
                if len(values) > 2 and arms[j] is not None and arms[j].drug is not None and (  # type: ignore[union-attr]
                        control_arm := next((a for a in arms if a is not None and a.drug is None), None)) is not None:
                    # "73.2 hours with baloxavir and 102.3 hours with placebo, and 81.0 hours with
                    # oseltamivir": of three arms, each drug's is compared with the control
                    fields["comparator_arm"] = control_arm
                if arms[j] is not None:
                    fields["drug"] = arms[j].drug  # type: ignore[union-attr]
                elif j > 0:
                    fields["drug"] = None   # a later value is never the first arm's (found by an oncology user)
            record("outcome:median", (sentence.start, sentence.end), Span(value.start(), value.end()),
                   mention=endpoint, **fields)
            used.append((value.start(), value.end()))
    return used


_HOURS_OR_DURATION = re.compile(r"(?P<v>\d+(?:\.\d+)?)\s*(?P<u>hours|days|weeks|months|years)\b")


def _shared_unit(units: str) -> re.Pattern[str]:
    """A value with its unit, or a value whose unit comes after the next ("3.9 vs 2.8 months").

    In: the unit words as a regex alternation. Out: a pattern with groups ``v`` and ``u``,
    ``u`` read ahead so the first of "median 3.9 vs 2.8 months" is 3.9 months, not dropped
    (found by a new user's trial). "and" shares a unit only in a "respectively" list: "between
    3 and 6 months" is a range, not two arms.
    """
    pair = (r"\s*(?:vs\.?|versus|(?:,\s*)?and(?=\s*\d+(?:\.\d+)?\s*(?:" + units + r")\b[^.;]{0,60}?\brespectively\b))"
            r"\s*\d+(?:\.\d+)?")
    return re.compile(r"(?P<v>\d+(?:\.\d+)?)(?=(?:" + pair + r")?\s*(?P<u>" + units + r")\b)(?:\s*(?:" + units
                      + r")\b)?")


_PAIRED_DURATION = _shared_unit("days|weeks|months|years")
_PAIRED_HOURS = _shared_unit("hours|days|weeks|months|years")


def _shared_unit_arms(ctx: Context, sentence: Sentence, values: list[re.Match[str]], stop: int,
                      drugs: list[Mention]) -> list[StudyArm | None] | None:
    """The arms of two values sharing a unit, named together after them, in order.

    In: the medians of one "median" (from :func:`_shared_unit`), the end of their stretch.
    Out: one arm per value when the second's text names two arms ("3.9 versus 2.8 months with
    nivolumab and docetaxel", "3.9 and 2.8 months, respectively, with regorafenib and
    placebo"); one named arm is the first's. Else None. Without it the arm named after the
    second value went to the second alone.
    """
    text = ctx.document.text
    if len(values) != 2 or any(c.isalpha() for c in values[0].group()):
        return None
    after = values[1].end()
    named: list[tuple[int, StudyArm]] = [
        (d.start, _regimen(ctx, d, drugs) or StudyArm(ctx.document.curie, d.entity.label, drug=d.curie))
        for d in _arm_drugs(text, sentence, drugs) if after <= d.start < stop]
    named += [(c.start("label"), StudyArm(ctx.document.curie, c.group("label").lower()))
              for c in _LATER_CONTROL.finditer(text, after, stop)]
    if len(named) == 1:
        return [named[0][1], None]  # "7.2 vs 5.1 months in the tocilizumab group": the second is not its
    if len(named) != 2:
        return None
    return [arm for _, arm in sorted(named, key=lambda pair: pair[0])]
#: After a value, the word that names its arm: " with Rd", " in the placebo group".
_ARM_NAMED_AFTER = re.compile(r"\s+(?:with|in|among|for|on)\s+(?:the\s+)?[\w-]", re.IGNORECASE)
#: After "median", a value with no endpoint between: "(median 5.6 months vs 4.5 months".
#: Between "median" and the endpoint a time is to: " time to a 50% reduction in ".
_MEDIAN_TIME_TO = re.compile(r"\s+time\s+to\s+(?:an?\s+|the\s+first\s+)?[^.;,()]{0,40}?\b(?:in|of)\s+(?:the\s+)?",
                             re.IGNORECASE)
_BRACKETED_MEDIAN = re.compile(r"\s*[,:]?\s*" + _PAIRED_DURATION.pattern)


def _value_arm(ctx: Context, after: str, drugs: list[Mention]) -> StudyArm | None:
    """The arm named right after a value: "with placebo", or a drug named before the next value."""
    label = ARM_AFTER.match(after)
    if label:
        return StudyArm(ctx.document.curie, label.group("label").lower())
    for drug in drugs:
        if drug.text in after[:60]:
            return StudyArm(ctx.document.curie, drug.entity.label, drug=drug.curie)
    return None


def _effect_before(text: str, sentence: Sentence, endpoint: Mention) -> tuple[str, str | None, Span] | None:
    """A change verb at most four words before the endpoint ("may improve PFS")."""
    window_start = max(sentence.start, endpoint.start - 60)
    window = text[window_start:endpoint.start]
    best = None
    for match in EFFECT.finditer(window):
        between = window[match.end():]
        if len(between.split()) <= 4 and not re.search(r"[,;]", between):
            best = match
    if best is None:
        return None
    stem = next(k for k in EFFECT_NAMES if best.group("verb").startswith(k))
    qualifier = EFFECT_QUALIFIER.search(window[:best.start()])
    name = EFFECT_NAMES[stem]
    if _DECLINE.search(window[best.end():] + " " + endpoint.text):
        # "reduced the annual rate of decline in FVC": a smaller loss of the measure is a benefit,
        # a larger one a harm (found by a respiratory user: read as FVC reduced)
        name = _OF_DECLINE.get(name, name)
    return (name, qualifier.group(1) if qualifier else None,
            Span(window_start + best.start(), window_start + best.end()))


#: In an endpoint's name or right before it, a loss of the measure: "decline in FVC", "loss of eGFR".
_DECLINE = re.compile(r"\b(?:declines?|loss|worsening|deterioration)\b", re.IGNORECASE)
#: The effect on the measure of an effect on its decline.
_OF_DECLINE = {"reduced": "improved", "decreased": "improved", "shortened": "improved",
               "increased": "worsened", "prolonged": "worsened", "improved": "improved", "worsened": "worsened"}


def _sentence_arm(ctx: Context, sentence: Sentence, drugs: list[Mention]) -> StudyArm | None:
    """The dose a sentence names ("imatinib 400-800 mg/day"), as an arm."""
    drug = drugs[0].curie if drugs else (ctx.main_drug.curie if ctx.main_drug else None)
    above = DOSE_ABOVE.search(sentence.text)
    if above:
        return _arm(ctx, above, drug, None, qualifier=above.group("qual"))
    # (not a threshold in an endpoint's name: "HBV DNA less than 29 IU/mL", found in review)
    named = [(m.start - sentence.start, m.end - sentence.start) for m in ctx.in_sentence(sentence, "Endpoint")]
    doses = [d for d in DOSE.finditer(sentence.text) if not any(s <= d.start() < e for s, e in named)]
    if len(doses) == 1:
        # the dose of the drug named last before it: "3.6% … receiving warfarin versus 2.1% …
        # receiving apixaban 5 mg" is apixaban's (found by a cardiology user: warfarin's 5 mg)
        before = [d for d in drugs if d.end <= sentence.start + doses[0].start()]
        return _arm(ctx, doses[0], before[-1].curie if before else drug, None)
    return None


#: Between a drug and its comparator: "versus", "than (with)", "compared with", "relative to".
_AGAINST = re.compile(r"\b(?:versus|vs\.?|compared\s+(?:with|to)|than|relative\s+to)\s+(?:with\s+|those\s+(?:on|given|"
                      r"receiving)\s+|"
                      # "than in the placebo group", "than among the 177 patients who received placebo"
                      # (found by respiratory and rare-disease users: no comparator)
                      r"(?:in|among)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:(?:patients|participants|subjects|those)\s+"
                      r"(?:who\s+(?:received|were\s+given)|receiving|given|assigned\s+to)\s+)?|the\s+)?", re.IGNORECASE)
_CONTROL_LABEL = re.compile(r"(?P<label>placebo|observation|best supportive care|standard care|usual care|"
                            # "compared with standard therapy alone (43% vs 32%)" (found by a nephrology user)
                            r"standard therapy|standard of care|standard treatment|"
                            r"no prophylaxis|no treatment|" + _CONTROL_EXTRA + r")\b", re.IGNORECASE)
#: A control named after an arm's value: "… with regorafenib and placebo" (see _shared_unit_arms).
_LATER_CONTROL = re.compile(r"\b(?:with|and|versus|vs\.?|or)\s+(?:the\s+)?" + _CONTROL_LABEL.pattern, re.IGNORECASE)


#: After "compared with", the control's own number before its name: "0% in the ", "2.1% with ".
_AGAINST_VALUE = re.compile(r"[<>≤≥]?\s*\d+(?:\.\d+)?\s*%?\s*(?:\([^()]{0,20}\)\s*)?(?:with|in|among|on|receiving)\s+"
                            r"(?:the\s+)?", re.IGNORECASE)


#: A sentence that opens on its comparator: "Compared with dabigatran, …", "Versus placebo, …".
_LEAD_AGAINST = re.compile(r"\s*(?:(?:as\s+)?compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?|"
                           r"relative\s+to)\s+(?:the\s+)?", re.IGNORECASE)


def _lead_comparator(text: str, sentence: Sentence, drugs: list[Mention]) -> Mention | None:
    """The drug a sentence opens on as its comparator ("Compared with dabigatran, rivaroxaban
    was associated with …"), when another drug follows its comma; else ``None``."""
    lead = _LEAD_AGAINST.match(text, sentence.start)
    first = next((d for d in drugs if lead is not None and d.start == lead.end()), None)
    if first is None:
        return None
    comma = text.find(",", first.end, sentence.end)
    if comma < 0 or not any(d.curie != first.curie and d.start > comma for d in drugs):
        return None
    return first


#: A control's partner drug: "placebo plus methotrexate", "placebo and background metformin".
_CONTROL_PARTNER = re.compile(r"\s*(?:plus|\+|with|and|added\s+to|in\s+combination\s+with)\s+"
                              r"(?:(?:background|stable|ongoing|concomitant)\s+)?", re.IGNORECASE)


def _lead_control_partner(ctx: Context, sentence: Sentence, drugs: list[Mention]
                          ) -> tuple[Mention, StudyArm] | None:
    """The partner drug and the control arm a sentence opens on, when the control is given with
    a drug and another drug follows the comma: "Compared with placebo plus methotrexate,
    secukinumab improved …" gives (methotrexate, "placebo plus methotrexate"); else ``None``.

    (found by a rheumatology user: the record was methotrexate's, with no comparator)
    """
    text = ctx.document.text
    lead = _LEAD_AGAINST.match(text, sentence.start)
    control = _CONTROL_LABEL.match(text, lead.end()) if lead is not None else None
    join = _CONTROL_PARTNER.match(text, control.end()) if control is not None else None
    partner = next((d for d in drugs if join is not None and d.start == join.end()), None)
    if control is None or partner is None:
        return None
    comma = re.match(r"\s*(?:\([^()]{0,40}\)\s*)?,", text[partner.end:sentence.end])
    if comma is None or not any(d.curie != partner.curie and d.start > partner.end + comma.end() for d in drugs):
        return None
    label = re.sub(r"\s+", " ", text[control.start():partner.end]).lower()
    return partner, StudyArm(ctx.document.curie, label)


#: A sentence opening on a control's people: "Among patients receiving placebo,", "In the
#: placebo group,", "In placebo-treated patients,".
_LEAD_GROUP = re.compile(r"\s*(?:among|in|of)\s+(?:the\s+)?(?:\d[\d,]*\s+)?(?:(?:patients|participants|subjects|those)\s+"
                         r"(?:who\s+(?:received|were\s+given)|receiving|given|assigned\s+to|randomi[sz]ed\s+to|"
                         r"treated\s+with|on)\s+(?:the\s+)?)?(?P<label>placebo|sham|vehicle|" + _STANDARD_CARE + r")"
                         r"(?:[- ](?:treated|recipients|group|arm)\b(?:\s+(?:patients|participants|subjects))?)?\s*,",
                         re.IGNORECASE)


def _lead_group_control(ctx: Context, sentence: Sentence) -> StudyArm | None:
    """The control arm whose people a sentence opens on (:data:`_LEAD_GROUP`), else ``None``."""
    opening = _LEAD_GROUP.match(ctx.document.text, sentence.start)
    return StudyArm(ctx.document.curie, opening.group("label").lower()) if opening is not None else None


def _lead_control(ctx: Context, sentence: Sentence, drug: str | None) -> dict[str, Any]:
    """``{"comparator_arm": …}`` of a sentence that opens on a control ("Compared with placebo,
    erenumab reduced …", "Versus standard of care, …"), when it names a drug; else ``{}``
    (found by a neurology user: the reduction had no comparator)."""
    text = ctx.document.text
    lead = _LEAD_AGAINST.match(text, sentence.start)
    control = _CONTROL_LABEL.match(text, lead.end()) if lead is not None and drug is not None else None
    if control is None or not re.match(r"\s*(?:\([^()]{0,40}\)\s*)?,", text[control.end():sentence.end]):
        return {}
    return {"comparator_arm": StudyArm(ctx.document.curie, control.group("label").lower())}


def _design_control(study: Study | None, drug: str | None) -> dict[str, Any]:
    """``{"comparator_arm": …}`` when ``study``'s arms are ``drug`` (at one dose or more) and
    one control (:data:`_CONTROL_LABEL`: placebo, observation, standard care …), else ``{}``.

    >>> arms = (StudyArm("PMID:1", "10 mg daily", drug="X:1"), StudyArm("PMID:1", "20 mg daily", drug="X:1"),
    ...         StudyArm("PMID:1", "placebo"))
    >>> _design_control(Study("PMID:1", None, ("randomized",), None, arms, ()), "X:1")["comparator_arm"].label
    'placebo'
    >>> _design_control(Study("PMID:1", None, (), None, arms + (StudyArm("PMID:1", "5 mg", drug="Y:2"),), ()), "X:1")
    {}
    """
    if study is None or drug is None:
        return {}
    controls = [a for a in study.arms if a.drug is None]
    if (len(controls) != 1 or not _CONTROL_LABEL.fullmatch(controls[0].label)
            or not all(a.drug == drug for a in study.arms if a.drug is not None)
            or not any(a.drug == drug for a in study.arms)):
        return {}
    return {"comparator_arm": controls[0]}


def _comparison(ctx: Context, sentence: Sentence, drugs: list[Mention], drug: str | None) -> dict[str, Any]:
    """``{"comparator_arm": …}`` when the sentence sets its drug against another drug or a
    control (:data:`_AGAINST`), else ``{}``."""
    text = ctx.document.text
    if drug is None:
        return {}
    for against in _AGAINST.finditer(text, sentence.start, sentence.end):
        if not any(d.curie == drug and d.end <= against.start() for d in drugs):
            continue
        # the arm right after the word: "versus placebo added to metformin" is placebo's,
        # "larger than that of metformin" no comparison of arms (found in review)
        control = _CONTROL_LABEL.match(text, against.end())
        if control is None and (valued := _AGAINST_VALUE.match(text, against.end())) is not None:
            # "51% … with nusinersen compared with 0% in the sham-procedure group": the control
            # after its own number (found by a neurology user: the hazard ratio had no comparator)
            control = _CONTROL_LABEL.match(text, valued.end())
        if control is not None:
            return {"comparator_arm": StudyArm(ctx.document.curie, control.group("label").lower())}
        if _CONTROL_GROUP.match(text, against.end()):
            # "… lower in the nusinersen group than in the control group" (found by a rare-disease user)
            return {"comparator_arm": StudyArm(ctx.document.curie, "control")}
        other = next((d for d in drugs if d.start == against.end() and d.curie != drug), None)
        if other is not None:
            # (a combination whole: "than with platinum-pemetrexed", found by an oncology user: "platinum")
            regimen = _regimen(ctx, other, drugs)
            # (with its own dose: "than with atorvastatin 40 mg", found by a cardiology user: the
            # comparator's dose was lost)
            dosed = _drug_dose(ctx, other) if regimen is None else None
            return {"comparator_arm": dosed or StudyArm(ctx.document.curie,
                                                        regimen.label if regimen else other.text.lower(),
                                                        drug=other.curie)}
        if (rival := _against_other(ctx, against.end(), drugs, drug)) is not None:
            # (another dose of the drug: "with finerenone 20 mg than with finerenone 10 mg" is the
            # 20 mg arm's, found by a nephrology user: no comparison)
            own = next((_drug_dose(ctx, d) for d in reversed(drugs) if d.curie == drug and d.end <= against.start()),
                       None) if rival.dose is not None else None
            return {"comparator_arm": rival, **({"arm": own} if own is not None else {})}
    for first in drugs:
        # "did not differ between rivaroxaban and warfarin", "was similar with apixaban and warfarin
        # (hazard ratio, 0.95)": the second of two arms compared is the first's comparator (found by
        # a cardiology user: no comparator); not "treated with aspirin and clopidogrel", a regimen
        if first.curie != drug or not _COMPARED_PAIR_BEFORE.search(text, max(sentence.start, first.start - 40),
                                                                   first.start):
            continue
        joined = _PAIR_AND.match(text, first.end)
        if joined is None:
            continue
        arm = _named_arm(ctx, joined.end(), drugs)
        if arm is not None and arm.drug != drug and not _PAIR_GOES_ON.match(text, joined.end() + len(arm.label)):
            return {"comparator_arm": arm}
    # "… occurred in 5.6% with ofatumumab and 8.2% with teriflunomide (hazard ratio, 0.66)": the
    # arms the numbers name, when one is the drug's (found by a neurology user: no comparator)
    named = [arm for m in _NUMBER_ARM.finditer(text, sentence.start, sentence.end)
             if (arm := _named_arm(ctx, m.end(), drugs)) is not None]
    rival = next((a for a in named if a.drug != drug), None)
    if len({a.label for a in named}) == 2 and any(a.drug == drug for a in named) and rival is not None:
        return {"comparator_arm": rival}
    return _compared_with(ctx, sentence, drugs, drug)


def _compared_with(ctx: Context, sentence: Sentence, drugs: list[Mention], drug: str) -> dict[str, Any]:
    """``{"comparator_arm": …}`` of "comparing X with Y" (the drug ``drug`` first): Y's arm, a
    drug or a control; else ``{}`` (found in review: "a trial comparing tocilizumab with
    adalimumab" gave the difference no comparator)."""
    text = ctx.document.text
    for first in drugs:
        if first.curie != drug or not re.search(r"\bcompar(?:ing|ed|e|ison\s+of)\s+(?:the\s+)?$",
                                                text[max(sentence.start, first.start - 30):first.start],
                                                re.IGNORECASE):
            continue
        joined = re.compile(r"\s+(?:with|to|versus|vs\.?|and)\s+", re.IGNORECASE).match(text, first.end)
        arm = _named_arm(ctx, joined.end(), drugs) if joined is not None else None
        if arm is not None and arm.drug != drug:
            return {"comparator_arm": arm}
    return {}


#: Between a drug and its own dose: "atorvastatin 40 mg", "apixaban (10 mg".
_DOSE_OF_DRUG = re.compile(r"\s*(?:\(\s*|,\s*)?")


def _drug_dose(ctx: Context, drug: Mention) -> StudyArm | None:
    """The arm of the dose written right after ``drug`` ("atorvastatin 40 mg", "ticagrelor 90 mg
    twice daily"), with the drug's id; else ``None``."""
    text = ctx.document.text
    between = _DOSE_OF_DRUG.match(text, drug.end)
    dose = DOSE.match(text, between.end() if between else drug.end)
    if dose is None:
        return None
    schedule = SCHEDULE.match(text.lower(), dose.end() + 1) if text[dose.end():dose.end() + 1] == " " else None
    return _arm(ctx, dose, drug.curie, _schedule(schedule.group(0)) if schedule else None)


def _number_drug_arm(ctx: Context, number: Span, drugs: list[Mention], drug: str | None) -> StudyArm | None:
    """The arm of ``drug`` named right after ``number`` with its own dose or schedule: "31% of
    patients receiving vedolizumab every 8 weeks" (found by a gastroenterology user: both
    schedules' rates had no arm); else ``None``."""
    text = ctx.document.text
    named = next((d for d in drugs if d.curie == drug and 0 <= d.start - number.end <= 60
                  and _arm_of(text, number, d)), None)
    if named is None:
        return None
    dosed = _drug_dose(ctx, named)
    if dosed is not None:
        return dosed
    schedule = SCHEDULE.match(text.lower(), named.end + 1) if text[named.end:named.end + 1] == " " else None
    label = _schedule(schedule.group(0)) if schedule is not None else None
    return StudyArm(ctx.document.curie, label, drug=drug, schedule=label) if label else None


def _dose_arm_of_drug(ctx: Context, drugs: list[Mention], drug: str | None, arm: StudyArm | None, *,
                      given: bool) -> StudyArm | None:
    """The arm a record of ``drug`` should carry, from ``arm``: the drug's own dose when the
    sentence writes one dose right after it and the record has another drug's dose (unless a
    rule ``given`` it) or none while another drug has its own; no arm rather than another
    drug's dose.

    "with rosuvastatin 10 mg than with atorvastatin 40 mg (hazard ratio 0.85)" is rosuvastatin
    10 mg's; "62% with tofacitinib 10 mg … versus 48% with methotrexate 20 mg" gives 48% the
    20 mg of methotrexate, not of tofacitinib (found by cardiology and rheumatology users).
    """
    if drug is None or (arm is not None and (arm.drug in (None, drug) or given)):
        return arm
    doses = {(d.dose, d.dose_max, d.dose_unit, d.schedule): d for m in drugs if m.curie == drug
             and (d := _drug_dose(ctx, m)) is not None}
    if arm is not None and arm.dose is None:
        return arm      # (a regimen named by another drug: "dabrafenib plus trametinib")
    # (no arm is filled in unless another drug has its own dose too, a comparison of two dosed
    # drugs: one drug's dose told of an earlier group is no later group's, found in review)
    rivals = arm is None and any(m.curie != drug and _drug_dose(ctx, m) is not None for m in drugs)
    return next(iter(doses.values())) if len(doses) == 1 and (arm is not None or rivals) else None


#: A class of drugs set against a drug: "TNF inhibitors", "other DMARDs", "a DPP-4 inhibitor",
#: "conventional synthetic DMARDs" (its head a word only classes end on).
_DRUG_CLASS = re.compile(r"(?:(?:patients|participants|subjects|those|users|people)\s+(?:who\s+(?:received|were\s+given|"
                         r"took)|receiving|treated\s+with|given|on|taking|of)\s+)?"
                         r"(?:an?\s+|the\s+)?(?P<label>(?:(?:other|another|conventional|older|standard|non-?biologic|"
                         r"first-generation|second-generation)\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:inhibitors?|antagonists?|agonists?|blockers?|DMARDs?|biologics?|antibiotics?|"
                         r"anticoagulants?|antiplatelets?|statins|antiepileptics?|antidepressants?|antipsychotics?|"
                         r"corticosteroids|glucocorticoids|bisphosphonates|sulfonylureas|triptans|NSAIDs|"
                         r"immunomodulators|immunosuppressants|gliptins|analogues|analogs))\b"
                         r"(?!\s*[-–]?\s*(?:treated|naive|naïve|exposed|experienced|refractory|resistant))")


def _drug_class_arm(ctx: Context, offset: int, drugs: list[Mention]) -> StudyArm | None:
    """The comparator arm of a class of drugs named at ``offset`` ("than with TNF inhibitors",
    "vs. other DMARDs"), of no single drug; else ``None`` (found by rheumatology and cardiology
    users: a class comparator was no arm)."""
    text = ctx.document.text
    named = _DRUG_CLASS.match(text, offset)
    inside = [d for d in drugs if named is not None and offset <= d.start < named.end()]
    if named is None or (inside and (len(inside) > 1 or inside[0].start != named.start("label"))):
        return None     # (a drug's own arm: "than with adalimumab plus other DMARDs")
    # (a class the lexicon names, "sulfonylureas", keeps its id)
    return StudyArm(ctx.document.curie, re.sub(r"\s+", " ", named.group("label")).lower(),
                    drug=inside[0].curie if inside else None)


def _class_after(ctx: Context, number: Span, drugs: list[Mention]) -> StudyArm | None:
    """The class arm named right after ``number`` ("2.5% with TNF inhibitors", "4% in those
    receiving other DMARDs"), else ``None``."""
    words = ARM_WORDS.match(ctx.document.text, number.end)
    return _drug_class_arm(ctx, words.end(), drugs) if words is not None and words.end() > number.end else None


def _against_other(ctx: Context, offset: int, drugs: list[Mention], drug: str) -> StudyArm | None:
    """The comparator named at ``offset`` (after "than with", "versus") that is no control and no
    other drug: the drug itself at another dose ("than with finerenone 10 mg") or alone ("than
    with nivolumab alone"), or chemotherapy ("than with chemotherapy alone"); else ``None``."""
    text = ctx.document.text
    same = next((d for d in drugs if d.start == offset and d.curie == drug), None)
    if same is not None and (dosed := _drug_dose(ctx, same)) is not None:
        return dosed
    if same is not None:
        regimen = _regimen(ctx, same, drugs)
        # (only as another regimen: "versus nivolumab" itself is no comparison)
        return regimen if regimen is not None and _ALONE.match(text, same.end) else None
    chemotherapy = _CHEMOTHERAPY_ARM.match(text, offset)
    if chemotherapy is not None and not any(d.start < chemotherapy.end() and d.end > offset for d in drugs):
        alone = _ALONE.match(text, chemotherapy.end())
        return StudyArm(ctx.document.curie, re.sub(r"\s+", " ", text[offset:alone.end() if alone
                                                                        else chemotherapy.end()]).lower())
    return _drug_class_arm(ctx, offset, drugs)


#: Before the first of two arms compared: "did not differ between", "was similar with",
#: "comparable in" (:func:`_comparison`).
_COMPARED_PAIR_BEFORE = re.compile(r"(?:\bbetween|\b(?:similar|comparable|equivalent|no\s+different|did\s+not\s+differ)"
                                   r"(?:\s+(?:significantly|statistically))?\s+(?:with|in|for|among|on))"
                                   r"\s+(?:the\s+|patients\s+(?:receiving|given|treated\s+with)\s+)?$", re.IGNORECASE)
_PAIR_AND = re.compile(r"\s+and\s+(?:the\s+|with\s+|patients\s+(?:receiving|given|treated\s+with)\s+)?",
                       re.IGNORECASE)
#: After the second arm, a regimen going on ("between apixaban and warfarin plus aspirin"): no pair.
_PAIR_GOES_ON = re.compile(r"\s*(?:plus|\+|/|-|–|with|combined|in\s+combination|and\b|,\s*and\b)", re.IGNORECASE)


#: After a number, the group it is of: "in the vancomycin group", "of the combination arm".
_GROUP_AFTER = re.compile(r"\s*(?:%\s*)?(?:\([^()]{0,20}\)\s*)?(?:of\s+patients\s+)?(?:in|among|of)\s+the\s+"
                          r"(?P<label>[\w/+-]+(?:\s+[\w/+-]+){0,3}?)\s+(?:group|arm|cohort)\b", re.IGNORECASE)


#: After a number, the drug its arm went without: "84% without ribavirin".
_WITHOUT_DRUG = re.compile(r"\s*%?\s*(?:in\s+(?:those|patients)\s+)?without\s+(?:the\s+)?(?:addition\s+of\s+)?",
                           re.IGNORECASE)


def _against_bracket(ctx: Context, number: Span, drugs: list[Mention]) -> StudyArm | None:
    """The comparator arm whose numbers a bracket gives: "than with a TNF inhibitor (2.5% and
    2.9%)", "versus placebo (12%)"; else ``None``."""
    text = ctx.document.text
    opened = text.rfind("(", max(0, number.start - 30), number.start)
    closed = text.find(")", number.start, number.end + 40)
    if (opened < 0 or closed < 0 or not text[number.start:number.end + 1].strip()[:1].isdigit()
            or not re.fullmatch(r"\s*(?:\d+(?:\.\d+)?\s*%\s*(?:,\s*|\s+and\s+))?", text[opened + 1:number.start])
            or not re.fullmatch(r"\s*%?(?:\s*(?:,\s*|\s+and\s+)\d+(?:\.\d+)?\s*%)?\s*", text[number.end:closed])):
        return None     # (not "(7.9% vs. 3.6%)", each its own arm's; nor "(hazard ratio, 0.69")
    against = next((a for a in _AGAINST.finditer(text, max(0, opened - 50), opened)
                    if re.fullmatch(r"[\w\s/+-]{1,40}", text[a.end():opened])), None)
    if against is None:
        return None
    label = re.sub(r"^(?:an?|the)\s+", "", re.sub(r"\s+", " ", text[against.end():opened].strip())).lower()
    if any(against.end() <= d.start and d.end <= opened for d in drugs):
        return None     # a drug's, which the drug rules give ("than with bosutinib (21.1%)")
    return StudyArm(ctx.document.curie, label)


_HISTORY_LABEL = re.compile(r"(?i)treated|naive|naïve|refractory|resistant|exposed|intolerant|progress|"
                            r"\b(?:high|low|positive|negative|mutant|mutated|wild[- ]type|carriers?|non-?carriers?)\b|"
                            r"-(?:high|low|positive|negative|mutant|mutated)\b|\bage|\bold|\byoung|\bmale|\bfemale")


def _groups(ctx: Context, sentence: Sentence, drugs: list[Mention]) -> list[StudyArm]:
    """Every group a number of ``sentence`` names (:func:`_group_arm`)."""
    return [g for m in re.finditer(r"\d%?", sentence.text)
            if (g := _group_arm(ctx, Span(sentence.start + m.start(), sentence.start + m.end()), drugs)) is not None]


def _group_arm(ctx: Context, number: Span, drugs: list[Mention]) -> StudyArm | None:
    """The arm a group named right after ``number`` stands for: its drug's ("18% in the
    vancomycin group") or one of no drug ("10% in the combination group"); not the control
    group or a dose's group (other rules read those)."""
    text = ctx.document.text
    group = _GROUP_AFTER.match(text, number.end)
    if group is None or re.match(r"(?i)control\b|placebo\b|\d", group.group("label")) or _HISTORY_LABEL.search(
            group.group("label")):
        return None     # (nor "the gefitinib-pretreated cohort": the patients' history, nor "the PD-L1-high group")
    inside = [d for d in drugs if group.start("label") <= d.start and d.end <= group.end("label")]
    # (not "patients in the empagliflozin" of "9.4% of the patients in the empagliflozin group")
    label = re.sub(r"^(?:patients|participants|subjects|those)\s+(?:in|of)\s+the\s+", "",
                   re.sub(r"\s+", " ", group.group("label")).lower())
    if len({d.curie for d in inside}) == 1:
        return StudyArm(ctx.document.curie, label, drug=inside[0].curie)
    if inside:
        return None     # a combination's group: "the nivolumab plus ipilimumab group" (the regimen rule's)
    return StudyArm(ctx.document.curie, label)


#: A number and the word that names its arm: "5.6% with ", "10% in the ", "0.83 among ".
# (and a time: "9.3 months with gilteritinib and 5.6 months with salvage chemotherapy (hazard
# ratio for death, 0.64)", found by a haematology user: the ratio had no comparator)
_NUMBER_ARM = re.compile(r"\d(?:\s*%|\s+(?:days|weeks|months|years))?\s+(?:with|in|among|on|receiving|"
                         # "73.8% of patients receiving risankizumab and 65.6% of patients receiving
                         # secukinumab (difference, 8.2 percentage points)" (found by a pharmacogenomics
                         # user: the difference had no comparator)
                         r"(?:of|in|among)\s+(?:the\s+)?(?:patients|participants|subjects|those)\s+"
                         r"(?:receiving|given|treated\s+with|assigned\s+to|randomi[sz]ed\s+to))\s+(?:the\s+)?",
                         re.IGNORECASE)
#: A chemotherapy control arm: "salvage chemotherapy", "physician's choice of chemotherapy" (not
#: "chemotherapy plus pembrolizumab", the drug's arm).
_CHEMOTHERAPY_ARM = re.compile(r"(?:(?:standard|conventional|salvage|(?:investigator|physician)(?:'s|’s|s')[- ]choice"
                               r"(?:\s+of)?)\s+)?chemotherapy\b(?!\s+(?:plus|and|with|combined|\+)|-)", re.IGNORECASE)


#: Endpoints told as events per patient-year, whose bare numbers are each arm's annualized
#: rate: "The annualized exacerbation rate was 0.83 with mepolizumab … as compared with 1.74
#: with placebo" (found by a respiratory user: no record). Other endpoints' bare numbers are none.
PER_YEAR_ENDPOINTS = frozenset({"kgr:endpoint-exacerbation-rate", "kgr:endpoint-annualized-relapse-rate",
                                "kgr:endpoint-annualized-bleeding-rate", "kgr:endpoint-vaso-occlusive-crisis-rate"})
#: Endpoints that are scores on a rating scale, whose bare numbers are each arm's value or change.
SCORE_ENDPOINTS = frozenset({"kgr:endpoint-cdr-sb", "kgr:endpoint-madrs", "kgr:endpoint-edss", "kgr:endpoint-alsfrs-r",
                             "kgr:endpoint-easi", "kgr:endpoint-pasi"})
#: A value and the arm it is of: "0.83 with subcutaneous mepolizumab", "-239.9 ml with placebo",
#: "64.2 ml/min/1.73 m2 with belatacept", "0.22 in the interferon beta-1a group".
ARM_VALUE = re.compile(rf"(?<![\w.,/−-])(?P<v>[-−]?\d+(?:\.\d+)?)(?:\s*(?P<unit>{MEASURE_UNIT}))?"
                       r"\s+(?:with|in|among|on|receiving)\s+(?:the\s+)?", re.IGNORECASE)
#: Before a value, what makes it a time or a threshold: "at 12 months", "over 2 years".
_THRESHOLD_BEFORE = re.compile(r"(?:\b(?:within|over|after|at|before|during|up\s+to|until|from|every|above|below|"
                               r"under|exceeding)\s+|[<>≤≥]\s*)$", re.IGNORECASE)
#: Before an arm's drug, its route: "subcutaneous mepolizumab" and "intravenous mepolizumab" are two arms.
_ROUTE = re.compile(r"(?:(?:subcutaneous|intravenous|oral|inhaled|intranasal|intramuscular)\s+)?", re.IGNORECASE)
#: A difference told as more of one arm than of another: "100 ml greater with mepolizumab than
#: with placebo" (found by a respiratory user: only a qualitative increase was recorded).
MORE_BY = re.compile(rf"(?<![\w.,/−-])(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>{MEASURE_UNIT}|points?)\s+"
                     r"(?P<dir>greater|more|higher|larger|less|lower|smaller)\s+(?:with|in|among)\s+(?:the\s+)?",
                     re.IGNORECASE)

#: A change told by its size after "by": "decreased by 41.8 mmol/L", "by about 110 mL", "increased
#: by 13.8 percentage points" (found by a respiratory user: FVC, FEV1 and sweat chloride had no value).
#: "reduced monthly migraine days by 1.61 days more than placebo": days, of a measure counted
#: in days (found by a neurology user: read as a plain change of the drug's own).
BY_AMOUNT = re.compile(r"\bby\s+" + QUALIFIER + rf"(?P<v>\d+(?:\.\d+)?)\s*(?P<unit>{MEASURE_UNIT}|"
                       r"percentage[- ]points?\b|days\b)", re.IGNORECASE)


_SPELLED_PER = re.compile(r"\s+per\s+")


def _measure_unit(unit: str | None) -> str | None:
    """A measurement's unit, written one way: "ml" → "mL", "ml/min/1.73 m2" → "mL/min/1.73 m²"."""
    if unit is None:
        return None
    low = _SPELLED_PER.sub("/", re.sub(r"\s+", " ", unit).lower()).replace("/deciliter", "/dl").replace(
        "/decilitre", "/dl").replace("/liter", "/l").replace("/litre", "/l")
    if low.startswith("ml/min"):
        return "mL/min/1.73 m²" if "1.73" in low else "mL/min"
    return {"ml": "mL", "mg/dl": "mg/dL", "mmol/l": "mmol/L", "µmol/l": "µmol/L", "μmol/l": "µmol/L",
            "g/dl": "g/dL", "point": "points"}.get(low, unit)


def _named_arm(ctx: Context, offset: int, drugs: list[Mention]) -> StudyArm | None:
    """The arm named at ``offset``: a control ("placebo", "the control group") or a drug, with
    its route ("subcutaneous mepolizumab"); else ``None``."""
    text = ctx.document.text
    control = _CONTROL_LABEL.match(text, offset)
    if control is not None:
        return StudyArm(ctx.document.curie, control.group("label").lower())
    if _CONTROL_GROUP.match(text, offset):
        return StudyArm(ctx.document.curie, "control")
    if (chemotherapy := _CHEMOTHERAPY_ARM.match(text, offset)) is not None and not any(
            d.start < chemotherapy.end() and d.end > offset for d in drugs):
        return StudyArm(ctx.document.curie, re.sub(r"\s+", " ", chemotherapy.group(0)).lower())
    route = _ROUTE.match(text, offset)
    drug = next((d for d in drugs if route is not None and d.start == route.end()), None)
    if drug is None:
        return None
    return StudyArm(ctx.document.curie, re.sub(r"\s+", " ", text[offset:drug.end]).lower(), drug=drug.curie)


def _arm_values(ctx: Context, sentence: Sentence, endpoints: list[Mention], drugs: list[Mention],
                skip: list[tuple[int, int]]) -> list[tuple[re.Match[str], Mention, dict[str, Any]]]:
    """Each arm's value of an endpoint told arm by arm, with the control as every drug arm's
    comparator: "The annualized exacerbation rate was 0.83 with subcutaneous mepolizumab … as
    compared with 1.74 with placebo" (an annualized rate, for :data:`PER_YEAR_ENDPOINTS`
    only), "eGFR … was 64.2 ml/min/1.73 m2 with belatacept versus 50.5 with cyclosporine" (a
    value with its unit, which a second value may leave out). Numbers in ``skip`` are left alone.

    The control is the arm no drug names (placebo), else the one after "versus" or
    "compared with", else the last.
    """
    text = ctx.document.text
    found: list[tuple[re.Match[str], Mention, StudyArm, str | None]] = []
    for match in ARM_VALUE.finditer(text, sentence.start, sentence.end):
        if (any(s <= match.start("v") < e for s, e in skip)
                or _THRESHOLD_BEFORE.search(text, max(sentence.start, match.start() - 12), match.start())):
            continue
        named = [m for m in endpoints if m.end <= match.start()]
        arm = _named_arm(ctx, match.end(), drugs)
        if not named or arm is None:
            continue
        endpoint = named[-1]
        unit = match.group("unit") or next((u for _, e, _, u in found if e == endpoint), None)
        if unit is None and endpoint.curie not in PER_YEAR_ENDPOINTS | SCORE_ENDPOINTS:
            continue
        found.append((match, endpoint, arm, unit))
    if len({arm for _, _, arm, _ in found}) < 2:
        return []   # one arm's bare number could be anything's
    arms = [arm for _, _, arm, _ in found]
    control = next((a for a in arms if a.drug is None), None) or next(
        (arm for match, _, arm, _ in found if VERSUS.search(text, max(sentence.start, match.start() - 20), match.start())),
        arms[-1])
    out = []
    for match, endpoint, arm, unit in found:
        before = text[sentence.start:match.start()]
        # "The annual rate of decline in FVC was -114.7 ml …" is a change; "eGFR … was 64.2" a value
        # (a score's bare number: "the CDR-SB score increased by 1.21 with lecanemab and 1.66
        # with placebo", found by a neurology user: no record)
        statistic = ("annualized rate" if unit is None and endpoint.curie in PER_YEAR_ENDPOINTS
                     else "change" if CHANGE_WORD.search(before) else "value")
        out.append((match, endpoint, {
            "statistic": statistic, "value": _decimal(match.group("v")), "unit": _measure_unit(unit),
            "arm": arm, "drug": arm.drug, "comparator_arm": None if arm == control else control}))
    return out


#: Between a number and the dose of its arm: "5.3% of patients in the 45 mg arm", "60.6% with 45 mg".
_DOSE_AFTER = re.compile(r"\s*(?:%\s*)?(?:(?:of|among)\s+(?:the\s+)?(?:patients|participants|subjects|those)\s+"
                         # "69.4% of patients who received 5 mg of infliximab per kilogram" (found by
                         # an immunology user: no arm)
                         r"(?:who\s+(?:were\s+)?)?)?"
                         # "3.1 days with erenumab 70 mg": the drug's name may come first
                         r"(?:in|with|on|at|receiving|received|given|treated\s+with)\s+(?:the\s+)?"
                         r"(?:[A-Za-z][\w-]*\s+)?(?=\d)", re.IGNORECASE)


#: After a number, a dose's group written with a hyphen: "% of the 1500-mg group".
_HYPHENED_DOSE_GROUP = re.compile(r"\s*%?\s*(?:of|in|among)\s+the\s+(?P<dose>\d+(?:\.\d+)?)(?P<max>)(?P<per>)-"
                                  r"(?P<unit>mg|g|µg|mcg)\s+(?:group|arm|cohort)\b", re.IGNORECASE)


def _dose_arm(ctx: Context, number: Span, study: Study | None, drug: str | None) -> StudyArm | None:
    """The arm of the dose named right after a number (found by a new user: a dose-ranging
    trial's per-arm rates had no arm), the study's own arm of that dose when it has one."""
    text = ctx.document.text
    between = _DOSE_AFTER.match(text, number.end)
    dose = DOSE.match(text, between.end()) if between else None
    if dose is None:
        # "51% of the 1500-mg group, 33% of the 900-mg group" (found by a cardiology user: 33%
        # was the 1500 mg arm's)
        dose = _HYPHENED_DOSE_GROUP.match(text, number.end)
    if dose is None:
        return None
    arm = _arm(ctx, dose, drug, None)
    own = [a for a in (study.arms if study else ()) if (a.dose, a.dose_unit) == (arm.dose, arm.dose_unit)]
    return own[0] if len(own) == 1 else arm


#: After a number, the group it is a share of: "22% of UGT1A1*28/*28 patients".
_SHARE_OF_GROUP = re.compile(r"\s*%?\s*(?:\([^()]{0,20}\)\s*)?(?:of|among)\s", re.IGNORECASE)


def _dose_of_earlier_group(text: str, sentence: Sentence, number: Span) -> bool:
    """Whether the sentence's dose is told of the group of an earlier number, this number
    being a share of a group of its own: "28% of … patients receiving irinotecan 260 mg/m2 and
    in 22% of UGT1A1*28/*28 patients"."""
    if not _SHARE_OF_GROUP.match(text, number.end):
        return False
    earlier = [m.end() for m in PERCENT.finditer(text, sentence.start, number.start)]
    return bool(earlier) and any(earlier[0] <= sentence.start + d.start() and sentence.start + d.end() <= number.start
                                 for d in DOSE.finditer(sentence.text))


#: Between a number and the stratum it is a share of: "86.1% of patients without M184V".
_STRATUM_AFTER = re.compile(r"\s*(?:%\s*)?(?:\([^()]{0,20}\)\s*)?(?:of|in|among)\s+(?:the\s+)?"
                            r"(?:patients|those|subjects|participants|carriers|tumou?rs|cases|isolates)\s+"
                            r"(?:who\s+(?:had|carried)\s+|(?:with|without|harbou?ring|carrying|lacking)\s+)"
                            r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_COMBINED = re.compile(r"\s*(?:plus|\+|/|-|–|with|combined\s+with|in\s+combination\s+with)\s*", re.IGNORECASE)
_CONTROL_GROUP = re.compile(r"\bcontrol\s+(?:group|arm)\b", re.IGNORECASE)
_THAN_WITHOUT = re.compile(r"\b(?:than|versus|vs\.?|compared\s+with)\s+(?:in\s+)?(?:those|patients|others)\s+without\b",
                           re.IGNORECASE)
#: "97.1% of those without": the stratum without the mutation named before.
_WITHOUT_ELIDED = re.compile(r"\s*(?:%\s*)?(?:\([^()]{0,20}\)\s*)?(?:of|in|among)\s+(?:the\s+)?"
                             r"(?:patients|those|subjects|participants|others)\s+without\s*(?:[,;.)]|and\b|vs\b|"
                             r"versus\b|\(|$)", re.IGNORECASE)


#: When a result was measured: "at week 16", "at 12 months", "through week 52", "by day 28".
# (not "aged 18 to 75 years" nor "for up to 5 years", found in review: only "at", "by" and
# "after" before a number of units)
TIMEPOINT = re.compile(r"\b(?:(?:at|by|through|to|in|from)\s+(?P<unit1>week|month|day|year)\s+(?P<v1>\d+)|"
                       r"(?:at|by|after)\s+(?P<v2>\d+)\s+(?P<unit2>weeks?|months?|days?|years?))\b"
                       r"(?!\s+(?:of\s+age|old)\b)", re.IGNORECASE)
_NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "eighteen": "18", "twenty-four": "24"}
#: The other ways a time is told (found in review: each record of these sentences had none):
#: a period ("over 96 weeks", "at the end of 12 weeks"), a number in words ("at one year"),
#: a visit ("at the 52-week visit", "at the 3-year follow-up").
TIMEPOINT_MORE = re.compile(
    r"(?<!\bage\s)(?<!\baged\s)\b(?:(?:over|during|through|within|after|at|by)\s+(?:the\s+(?:end|course)\s+of\s+|"
    r"(?:the\s+)?(?:first|initial)\s+)?(?P<v>\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>weeks?|months?|days?|years?)"
    r"(?!\s+(?:of\s+age|old|or\s+(?:older|younger|more|less))\b)|"
    r"(?:at|by)\s+(?:the\s+)?(?P<vv>\d+)-(?P<vu>week|month|day|year)\s+(?:visit|follow-up|assessment|time\s*point|"
    r"landmark|mark|analysis|evaluation)|"
    r"(?:at|by)\s+(?P<wv>" + "|".join(_NUMBER_WORDS) + r")\s+(?P<wu>weeks?|months?|days?|years?))\b",
    re.IGNORECASE)

#: A trial told by its length: "In the 52-week trial", "over the 24-week double-blind period" is
#: week 52's, week 24's (found by an immunology user: no timepoint); not a run-in or washout.
TIMEPOINT_TRIAL = re.compile(
    r"\b(?:in|during|over|throughout|across)\s+(?:the|this|a|an|both|each)\s+(?:(?:randomi[sz]ed|pivotal|"
    r"placebo-controlled|double-blind|open-label|phase\s+(?:[1-4]|I{1,3}V?)[ab]?|core|main),?\s+){0,3}"
    r"(?P<v>\d+)-(?P<u>week|month|day|year)\s+(?:(?:randomi[sz]ed|placebo-controlled|double-blind|open-label|"
    r"core|main|phase\s+(?:[1-4]|I{1,3}V?)[ab]?)\s+){0,3}(?:trials?|stud(?:y|ies)|(?:treatment\s+)?period|extension)\b",
    re.IGNORECASE)

#: Before "over 18 years", the people it is the age of: "patients", "adults aged".
_AGE_BEFORE = re.compile(r"\b(?:aged?|patients|adults|children|participants|subjects|people|individuals|women|men)\s+$",
                         re.IGNORECASE)


def _times(text: str, sentence: Sentence) -> list[tuple[int, int, str]]:
    """Every time the sentence names, as (start, end, label): "week 16", "12 months", "1 year"."""
    out = []
    for m in TIMEPOINT.finditer(text, sentence.start, sentence.end):
        label = (f"{m.group('unit1').lower()} {m.group('v1')}" if m.group("unit1")
                 else f"{m.group('v2')} {m.group('unit2').lower()}")    # as written: "12 months", "1 year"
        out.append((m.start(), m.end(), label))
    for m in TIMEPOINT_MORE.finditer(text, sentence.start, sentence.end):
        if any(s < m.end() and m.start() < e for s, e, _ in out):
            continue    # (the plain reading first)
        if _AGE_BEFORE.search(text, max(sentence.start, m.start() - 20), m.start()):
            continue    # "patients over 18 years": an age, no time
        if m.group("vv"):
            label = f"{m.group('vu').lower()} {m.group('vv')}"     # "the 52-week visit" is week 52's
        else:
            value, unit = (m.group("v"), m.group("unit")) if m.group("v") else (m.group("wv"), m.group("wu"))
            label = f"{_NUMBER_WORDS.get(value.lower(), value)} {unit.lower()}"
        out.append((m.start(), m.end(), label))
    for m in TIMEPOINT_TRIAL.finditer(text, sentence.start, sentence.end):
        if not any(s < m.end() and m.start() < e for s, e, _ in out):
            out.append((m.start(), m.end(), f"{m.group('u').lower()} {m.group('v')}"))
    return sorted(out)


#: Times told as a list: "at weeks 12 and 52", "at months 6, 12 and 24".
TIMEPOINT_LIST = re.compile(r"\b(?:at|by|through|in)\s+(?P<unit>weeks|months|days|years)\s+"
                            r"(?P<list>\d+(?:\s*,\s*\d+)*\s*,?\s*(?:and|or)\s+\d+)\b", re.IGNORECASE)


def _listed_time(text: str, sentence: Sentence, number: Span) -> str | None:
    """The time of a list ("at weeks 12 and 52") a number has by its place, in a "respectively"
    sentence: "ACR20 was achieved by 60% and 70% at weeks 12 and 52, respectively" gives 70%
    week 52 (found in review: neither had a time). ``None`` when the counts do not pair up."""
    if not RESPECTIVELY.search(sentence.text):
        return None
    for listed in TIMEPOINT_LIST.finditer(text, sentence.start, sentence.end):
        values = re.findall(r"\d+", listed.group("list"))
        window = (listed.end(), sentence.end) if listed.end() <= number.start else (sentence.start, listed.start())
        if not window[0] <= number.start < window[1]:
            continue
        numbers = [m.start("pct") for m in PERCENT.finditer(text, *window)
                   if not CI.match(text, m.start("pct"))]
        if number.start in numbers and len(numbers) == len(values):
            return f"{listed.group('unit').lower().rstrip('s')} {values[numbers.index(number.start)]}"
    return None


def _timepoint(text: str, sentence: Sentence, number: Span) -> str | None:
    """When the sentence says the number was measured ("At week 16, PASI 75 was achieved by 77%":
    ``"week 16"``): the time named last before the number, else the first after it (found by
    an immunology user: every record's timepoint was empty, so week 16 and week 52 looked alike)."""
    if (listed := _listed_time(text, sentence, number)) is not None:
        return listed
    times = [t for t in _times(text, sentence) if not (t[0] < number.end and number.start < t[1])]
    before = [t for t in times if t[1] <= number.start]
    after = [t for t in times if t[0] >= number.end]
    # "4% at week 24 and 9% at week 48": a time right after the number is its own
    right_after = after[0] if after and not text[number.end:after[0][0]].strip(" %),") else None
    chosen = right_after or (before[-1] if before else after[0] if after else None)
    return chosen[2] if chosen is not None else None


#: After a number, the patients of the reference genotype: "14.8% of *1/*1 patients", "of wild-type homozygotes".
# (a gene before the genotype, "of UGT1A1*1/*1 patients", and the non-carriers: "4.1% of CYP2C9*3
# carriers and 1.9% of noncarriers", found by pharmacogenomics and cardiology users: both were the carriers')
_REFERENCE_GENOTYPE = re.compile(r"\s*%?\s*(?:\([^()]{0,20}\)\s*)?(?:of|in|among)\s+(?:the\s+)?(?:patients\s+(?:with|"
                                 r"homozygous\s+for)\s+(?:the\s+)?)?(?:(?:[A-Z][A-Z0-9-]{1,9})?\*1/\*1(?![\w/*])|"
                                 r"wild[- ]type\s+(?:patients|homozygotes|subjects|genotype)|non-?carriers\b)",
                                 re.IGNORECASE)
#: Between a number and the genotype its patients have: "22% of UGT1A1*28/*28 patients", "of CYP2C9*3 carriers".
_GENOTYPE_AFTER = re.compile(r"\s*%?\s*(?:\([^()]{0,20}\)\s*)?(?:of|in|among)\s+(?:the\s+)?", re.IGNORECASE)
#: A star-allele mention of the reference allele, "*1" (no variant).
_REFERENCE_ALLELE = re.compile(r"\*1$")
_WITH_WORD = re.compile(r"\b(?:with|harbou?ring|carrying)\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
#: A "with" of arms, not of a group's mutation: "compared with", "treated with".
_NOT_PEOPLE_WITH = re.compile(r"\b(?:compared|treated|combined|combination)\s+$", re.IGNORECASE)


def _stratum(ctx: Context, sentence: Sentence, endpoint: Mention | None,
             number: Span | None = None) -> tuple[str, bool] | None:
    """The mutation stratum of an outcome: the mutation a number is a share of ("86.1% of
    patients without M184V", found by an infectious-disease user: read as carriers), else a
    mutation in the endpoint's clause."""
    if endpoint is None:
        return None
    text = ctx.document.text
    mutations = ctx.in_sentence(sentence, "Mutation")
    if number is not None and mutations and (reference := _REFERENCE_GENOTYPE.match(text, number.end)):
        # "14.8% of *1/*1 patients": the reference genotype carries no variant allele (found by
        # a pharmacogenomics user: the UGT1A1*28 stratum), so the stratum is without the
        # sentence's variant, never its *1 (found by a pharmacogenomics user: "28% of
        # UGT1A1*1/*1 patients" had UGT1A1*1); none named, no stratum
        variants = [m for m in mutations if not _REFERENCE_ALLELE.search(m.text)
                    and not (number.end <= m.start < reference.end())]
        return (variants[0].curie, False) if variants else None
    if number is not None:
        # "22% of UGT1A1*28/*28 patients": the genotype right after the number is its stratum
        # (found by a pharmacogenomics user: the sentence's first, UGT1A1*1)
        genotype = _GENOTYPE_AFTER.match(text, number.end)
        own = next((m for m in mutations if genotype is not None and m.start == genotype.end()
                    and not _REFERENCE_ALLELE.search(m.text)), None)
        if own is not None:
            return own.curie, True
        own = next((m for m in mutations if 0 <= m.start - number.end <= 60
                    and _STRATUM_AFTER.fullmatch(text, number.end, m.start)), None)
        if own is not None:
            absent = NO_MUTATION.search(text[max(sentence.start, own.start - 40):own.start])
            return own.curie, absent is None
        if mutations and _versus_pair(text, number) and _THAN_WITHOUT.search(text, sentence.start, number.start):
            # "had a lower complete remission rate than those without (8% vs 24%)": the second
            # is the non-carriers' (found by a haematology user)
            return mutations[0].curie, False
        if mutations and _WITHOUT_ELIDED.match(text, number.end):
            # "84.2% of patients with Y93H and 97.1% of those without": the mutation of the
            # last "with" before (not "60% in those with prior immunotherapy and 70% in those
            # without", found in review)
            opened = [w for w in _WITH_WORD.finditer(text, sentence.start, number.start)
                      if ";" not in text[w.end():number.start]
                      and not _NOT_PEOPLE_WITH.search(text, max(sentence.start, w.start() - 12), w.start())]
            if opened:
                said = next((m for m in mutations if 0 <= m.start - opened[-1].end() <= 12), None)
                if said is not None:
                    return said.curie, False
    for mutation in mutations:
        between = text[min(endpoint.end, mutation.start):max(endpoint.start, mutation.start)]
        if CLAUSE_BREAK.search(between):
            continue
        absent = NO_MUTATION.search(text[max(sentence.start, mutation.start - 40):mutation.start])
        return mutation.curie, absent is None
    return None
