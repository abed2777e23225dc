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
from dataclasses import replace
from decimal import Decimal

from kg.extract.context import CLAUSE_BREAK, HEDGE_CUES, Context, find_cue
from kg.model import (
    Evidence,
    Mention,
    OutcomeMeasurement,
    Sentence,
    Span,
    Study,
    StudyArm,
)

_UNIT = r"mg/m(?:2|²)|mg/kg|mg|g|µg|mcg|IU"
DOSE = re.compile(
    rf"(?P<dose>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<max>\d+(?:\.\d+)?))?\s*(?P<unit>{_UNIT})\b"
    r"(?P<per>/day|/d\b| per day| daily| once daily| twice daily| bid\b| qd\b)?"
)
DOSE_ABOVE = re.compile(
    rf"(?P<qual>higher than|more than|greater than|above|>)\s*(?P<dose>\d+(?:\.\d+)?)\s*(?P<unit>{_UNIT})(?P<per>/day|/d\b| per day| daily)?"
    rf"\s*\(up to (?P<max>\d+(?:\.\d+)?)\s*(?:{_UNIT})(?:/day|/d\b| per day| daily)?\)"
)
SCHEDULE = re.compile(r"\b(twice daily|once daily|daily|weekly|every \d+ (?:days|weeks))\b|/day\b")
DESIGN_WORDS = re.compile(
    r"\b(open-label|randomi[sz]ed|multicent(?:er|re)|double-blind|single-blind|placebo-controlled|"
    r"non-?blind|crossover|single-arm)\b",
    re.IGNORECASE,
)
OWN_TRIAL = re.compile(
    r"\bwe (?:conducted|performed|carried out|report|enrolled|randomi[sz]ed)\b|\bthis (?:trial|study)\b|"
    r"\bwere (?:randomly assigned|randomi[sz]ed|enrolled)\b",
    re.IGNORECASE,
)
SAMPLE = re.compile(
    r"\b(?:a total of\s+)?(?P<n>\d[\d,]*)\s+(?:patients|subjects|participants|adults|children|women|men)\s+"
    r"(?:were|was)\s+(?:randomly assigned|randomi[sz]ed|enrolled|included|treated)",
    re.IGNORECASE,
)
PHASE = re.compile(r"\bphase\s+(I{1,3}V?|IV|[1-4](?:/[1-4])?)\b", re.IGNORECASE)
COUNT_PERCENT = re.compile(
    r"(?P<count>\d[\d,]*)\s+(?:of\s+(?P<den>\d[\d,]*)\s+)?(?:patients?|subjects?|participants?|cases?)?\s*"
    r"\((?P<pct>\d+(?:\.\d+)?)\s*(?:percent|%)\)"
)
QUALIFIER = r"(?:(?P<qual>approximately|about|around|nearly|almost|roughly|up to|more than|over|less than|at least|~)\s+)?"
PERCENT = re.compile(QUALIFIER + r"(?P<pct>\d+(?:\.\d+)?)\s*(?:percent|%)")
FRACTIONS = {
    "half": Decimal("50"), "one-half": Decimal("50"), "two-thirds": Decimal("66.7"),
    "one-third": Decimal("33.3"), "a third": Decimal("33.3"), "a quarter": Decimal("25"),
    "one-quarter": Decimal("25"), "three-quarters": Decimal("75"),
}
FRACTION = re.compile(
    QUALIFIER + r"(?P<frac>" + "|".join(FRACTIONS) + r")\s+of\s+(?:the\s+)?(?:patients|subjects|participants)"
)
NO_PATIENT = re.compile(r"\b(?:no|none of the)\s+(?:patients?|subjects?|participants?)\b", re.IGNORECASE)
NOT_REACHED = re.compile(r"\bnot (?:(?:yet|been|yet been)\s+)*reached\b", re.IGNORECASE)
FOLLOW_UP = re.compile(r"follow-up (?:of|was|period of)\s+(?P<v>\d+(?:\.\d+)?)\s+(?P<u>days|weeks|months|years)")
MEDIAN_VALUE = re.compile(r"\bmedian\b[^.;]{0,60}?\b(?:was|of|were|:)\s+(?P<v>\d+(?:\.\d+)?)\s+(?P<u>days|weeks|months|years)")
HAZARD = re.compile(r"\bhazard ratio[^\d]{0,20}(?P<hr>\d+(?:\.\d+)?)", re.IGNORECASE)
CI = re.compile(r"95\s*%\s*(?:CI|confidence interval)[,:]?\s*(?P<lo>\d+(?:\.\d+)?)\s*(?:-|–|to)\s*(?P<hi>\d+(?:\.\d+)?)", re.IGNORECASE)
P_VALUE = re.compile(r"\b[Pp]\s*(?P<op>[<=>≤≥])\s*(?P<p>0?\.\d+)")
NO_DIFFERENCE = re.compile(
    r"\bno (?:statistically )?significant differences?\b|\bdid not differ significantly\b|\bnot significantly different\b",
    re.IGNORECASE,
)
BETWEEN_ARMS = re.compile(r"\bbetween the (?:two )?(?:doses|arms|groups|dose groups)\b", re.IGNORECASE)
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
            if word not in design:
                design.append(word)
        if size is None and (match := SAMPLE.search(sentence.text)):
            size = int(match.group("n").replace(",", ""))
        if phase is None and (match := PHASE.search(sentence.text)):
            phase = match.group(1).upper()
        if not arms and re.search(r"\b(?:assigned|randomi[sz]ed) to\b", sentence.text):
            arms = _arms(ctx, sentence)
        evidence.append(_evidence(ctx, sentence, "study:own-trial", None, None))
    return Study(ctx.document.curie, size, tuple(design), phase, tuple(arms), tuple(evidence))


def _arms(ctx: Context, sentence: Sentence) -> list[StudyArm]:
    """One arm per dose in a sentence ("400 mg or 600 mg of imatinib daily")."""
    drugs = ctx.in_sentence(sentence, "Drug")
    drug = drugs[0].curie if drugs else (ctx.main_drug.curie if ctx.main_drug else None)
    schedule_match = SCHEDULE.search(sentence.text)
    shared_schedule = _schedule(schedule_match.group(0)) if schedule_match else None
    arms = []
    for match in DOSE.finditer(sentence.text):
        arms.append(_arm(ctx, match, drug, shared_schedule))
    return arms


def _schedule(text: str | None) -> str | None:
    if not text:
        return None
    text = text.strip().lower()
    if text in ("/day", "/d", "per day", "daily", "qd", "once daily"):
        return "daily"
    if text in ("bid", "twice daily"):
        return "twice daily"
    return text


def _arm(ctx: Context, match: re.Match[str], drug: str | None, schedule: str | None,
         qualifier: str | None = None) -> StudyArm:
    dose = Decimal(match.group("dose"))
    dose_max = Decimal(match.group("max")) if match.group("max") else None
    unit = match.group("unit").replace("m2", "m²")
    schedule = _schedule(match.group("per")) or schedule
    amount = f"{dose}-{dose_max}" if dose_max is not None else f"{dose}"
    label = " ".join(p for p in (qualifier, amount, unit, schedule) if p)
    if qualifier and dose_max is not None:
        label = " ".join(p for p in (qualifier, f"{dose}", unit, schedule, f"(up to {dose_max} {unit})") if p)
    return StudyArm(ctx.document.curie, label, drug=drug, dose=dose, dose_max=dose_max, dose_unit=unit,
                    schedule=schedule, dose_qualifier=qualifier)


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


def extract_outcomes(ctx: Context, study: Study | None) -> list[OutcomeMeasurement]:
    """Read every outcome measurement of the document (titles excepted)."""
    out: list[OutcomeMeasurement] = []
    for sentence in ctx.sentences:
        if sentence.section != "TITLE":
            out.extend(_sentence_outcomes(ctx, sentence, study))
    return out


def _sentence_outcomes(ctx: Context, sentence: Sentence, study: Study | None) -> list[OutcomeMeasurement]:
    text = ctx.document.text
    out: list[OutcomeMeasurement] = []
    endpoints = ctx.in_sentence(sentence, "Endpoint")
    events = ctx.in_sentence(sentence, "AdverseEvent")
    if not endpoints and not events:
        return []
    drugs = ctx.in_sentence(sentence, "Drug")
    diseases = ctx.in_sentence(sentence, "Disease")
    arm = _sentence_arm(ctx, sentence, drugs)
    drug = drugs[0].curie if drugs else (arm.drug if arm else None)
    inferred = False
    if drug is None and ctx.main_drug is not None:
        drug, inferred = ctx.main_drug.curie, True
    disease = diseases[0].curie if diseases else (ctx.main_disease.curie if ctx.main_disease else None)
    size = study.sample_size if study else None
    segments = _segments(sentence)

    def endpoint_in(span: tuple[int, int]) -> tuple[str, Mention | None, str | None]:
        """The most specific endpoint in a segment, else an adverse-event rate."""
        local = [e for e in endpoints if _in(e, span)]
        specific = [e for e in local if e.curie != "kgr:endpoint-response"] or local
        if specific:
            return specific[0].curie, specific[0], None
        local_events = [e for e in events if _in(e, span)] or events
        if local_events:
            return "kgr:endpoint-adverse-event-rate", local_events[0], local_events[0].curie
        return "", None, None

    recorded: set[int] = set()

    def record(rule: str, endpoint_span: tuple[int, int], number: Span | None, **fields: object) -> None:
        endpoint, mention, event = endpoint_in(endpoint_span)
        if not endpoint:
            return
        if mention is not None:
            recorded.add(mention.start)
        stratum = _stratum(ctx, sentence, mention)
        evidence = _evidence(ctx, sentence, rule, mention, number, inferred=inferred and not drugs)
        if fields.get("negated") and number is not None:
            evidence = replace(evidence, negated=True, cue=text[number.start:number.end].split()[0].lower())
        out.append(OutcomeMeasurement(
            publication=ctx.document.curie, endpoint=endpoint, evidence=evidence, drug=drug, disease=disease,
            adverse_event=event, arm=fields.pop("arm", arm),  # type: ignore[arg-type]
            mutation=stratum[0] if stratum else None,
            stratum_has_mutation=stratum[1] if stratum else None,
            **fields,  # type: ignore[arg-type]
        ))

    used: list[tuple[int, int]] = []
    for match in COUNT_PERCENT.finditer(text, sentence.start, sentence.end):
        count = int(match.group("count").replace(",", ""))
        pct = Decimal(match.group("pct"))
        den = int(match.group("den").replace(",", "")) if match.group("den") else None
        if den is None and size and abs(Decimal(count * 100) / size - pct) < Decimal("0.1"):
            den = size
        seg = next(s for s in segments if s[0] <= match.start() < s[1])
        record("outcome:count-percent", seg, Span(match.start(), match.end()),
               count=count, percent=pct, denominator=den, statistic="count")
        used.append((match.start(), match.end()))
    for match in PERCENT.finditer(text, sentence.start, sentence.end):
        if any(s <= match.start("pct") < e for s, e in used):
            continue
        seg = next(s for s in segments if s[0] <= match.start() < s[1])
        record("outcome:percent", seg, Span(match.start(), match.end()), percent=Decimal(match.group("pct")),
               qualifier=match.group("qual"), statistic="rate")
        used.append((match.start(), match.end()))
    for match in FRACTION.finditer(text, sentence.start, sentence.end):
        seg = next(s for s in segments if s[0] <= match.start() < s[1])
        record("outcome:fraction", seg, Span(match.start(), match.end()), percent=FRACTIONS[match.group("frac")],
               qualifier=match.group("qual"), statistic="rate")
        used.append((match.start(), match.end()))
    for match in NO_PATIENT.finditer(text, sentence.start, sentence.end):
        seg = next(s for s in segments if s[0] <= match.start() < s[1])
        record("outcome:none", seg, Span(match.start(), match.end()), count=0, denominator=size,
               negated=True, statistic="count")
        used.append((match.start(), match.end()))
    for match in NOT_REACHED.finditer(text, sentence.start, sentence.end):
        follow = FOLLOW_UP.search(text, match.end(), sentence.end)
        record("outcome:not-reached", (sentence.start, match.start()), Span(match.start(), match.end()),
               statistic="median", qualifier="not reached",
               timepoint=f"{follow.group('v')} {follow.group('u')}" if follow else None)
        used.append((match.start(), match.end()))
    if not used and (median := MEDIAN_VALUE.search(text, sentence.start, sentence.end)):
        record("outcome:median", (sentence.start, sentence.end), Span(median.start("v"), median.end("u")),
               statistic="median", value=Decimal(median.group("v")), unit=median.group("u"))
        used.append((median.start(), median.end()))
    if (hazard := HAZARD.search(text, sentence.start, sentence.end)):
        ci = CI.search(text, hazard.end(), sentence.end)
        p = P_VALUE.search(text, hazard.end(), sentence.end)
        record("outcome:hazard-ratio", (sentence.start, sentence.end), Span(hazard.start(), hazard.end()),
               statistic="hazard ratio", hazard_ratio=Decimal(hazard.group("hr")),
               ci_lower=Decimal(ci.group("lo")) if ci else None, ci_upper=Decimal(ci.group("hi")) if ci else None,
               p_value=f"{p.group('op')}{p.group('p')}" if p else None)
        used.append((hazard.start(), hazard.end()))
    if (no_difference := NO_DIFFERENCE.search(text, sentence.start, sentence.end)):
        comparison = {}
        if BETWEEN_ARMS.search(sentence.text) and study is not None and len(study.arms) >= 2:
            comparison = {"arm": study.arms[0], "comparator_arm": study.arms[1]}
        for endpoint in endpoints or events:
            if endpoint.start < no_difference.start():
                continue
            record("outcome:no-significant-difference", (endpoint.start, endpoint.end),
                   Span(no_difference.start(), no_difference.end()), significant=False, statistic="comparison",
                   **comparison)
        used.append((no_difference.start(), no_difference.end()))
    for endpoint in endpoints:
        if endpoint.start not in recorded:
            effect = _effect_before(text, sentence, endpoint)
            if effect is not None:
                verb, qualifier, span = effect
                record("outcome:qualitative", (endpoint.start, endpoint.end), span,
                       effect=verb, qualifier=qualifier, statistic="qualitative")
    return out


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
    return (EFFECT_NAMES[stem], qualifier.group(1) if qualifier else None,
            Span(window_start + best.start(), window_start + best.end()))


def _sentence_arm(ctx: Context, sentence: Sentence, drugs: list[Mention]) -> StudyArm | None:
    """The dose a sentence names ("imatinib 400-800 mg/day"), as an arm."""
    drug = drugs[0].curie if drugs else (ctx.main_drug.curie if ctx.main_drug else None)
    above = DOSE_ABOVE.search(sentence.text)
    if above:
        return _arm(ctx, above, drug, None, qualifier=above.group("qual"))
    doses = list(DOSE.finditer(sentence.text))
    if len(doses) == 1:
        return _arm(ctx, doses[0], drug, None)
    return None


def _stratum(ctx: Context, sentence: Sentence, endpoint: Mention | None) -> tuple[str, bool] | None:
    """The mutation stratum of an outcome: a mutation in the endpoint's clause."""
    if endpoint is None:
        return None
    text = ctx.document.text
    for mutation in ctx.in_sentence(sentence, "Mutation"):
        between = text[min(endpoint.end, mutation.start):max(endpoint.start, mutation.start)]
        if CLAUSE_BREAK.search(between):
            continue
        absent = NO_MUTATION.search(text[max(sentence.start, mutation.start - 40):mutation.start])
        return mutation.curie, absent is None
    return None
