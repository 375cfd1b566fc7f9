"""Re-check: compare two versions' checks → flips (status and value changes) and risk signals
R01–R23 with severity (../shared/research/compliance.md §5).

Signals are computed from the sentences that were added or removed (exact match after folding case,
punctuation and spacing), so unchanged text never raises one, and from the differences of the
extracted values. A fetch anomaly (R22) suppresses every other signal; a change that only touches
the last-updated line is cosmetic (R23) and has severity ``none`` overall.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from crawler.normalize import fold_typography
from monitor.checks.engine import Analysis, CheckReport, Finding, listed_under_item
from monitor.checks.rules import RuleSet, default_rules
from monitor.checks.segment import clause_spans, fold, matching_form, without_link_targets
from monitor.checks.values import age_threshold, durations, legal_entities, non_eea, organisation_names, places_in

SEVERITIES = ("none", "low", "medium", "high", "critical")
HIGH_RISK_CATEGORIES = {"storage", "backup"}
RIGHTS = tuple(f"C{n}" for n in range(12, 20))
ANOMALY_RATIO = 0.5
MIN_WORDS = 200
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)  # "_" too: Markdown's _emphasis_
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters
# words of privacy-policy terms that policies capitalise as defined terms or headings ("Personal
# Information", "Standard Contractual Clauses", "Your Privacy Choices"): a name made only of these
# (and of words the policy also writes in lower case) names no recipient
TERM_WORDS = frozenset("""personal data information sensitive special category categories standard contractual clauses
    clause privacy framework european commission union policy notice statement agreement processing processor
    processors controller controllers joint protection recipient recipients location compliance third party parties
    service services provider providers your our my choices choice rights right terms law act regulation general
    security cookie cookies user users account accounts content website websites platform app application share
    sell do not
    gps otp sms mms ip id ids dpa dpo gdpr ccpa cpra api apis url urls faq pdf eu eea uk ai ml ssl tls vpn 2fa mfa
    iso soc scc sccs dpf bcr bcrs qr nfc imei ios""".split())  # and common acronyms, written in capitals only


@dataclass
class Signal:
    id: str
    severity: str
    evidence: list[str]
    detail: str = ""

    def as_contract(self) -> dict[str, Any]:
        return {"id": self.id, "severity": self.severity, "evidence": self.evidence[:5], "detail": self.detail}


@dataclass
class Flip:
    id: str
    before: Any
    after: Any
    kind: str = "status"  # status | value
    field: str | None = None

    def as_contract(self) -> dict[str, Any]:
        data = {"id": self.id, "before": self.before, "after": self.after, "kind": self.kind}
        if self.field:
            data["field"] = self.field
        return data


@dataclass
class Recheck:
    flips: list[Flip] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    suppressed: list[str] = field(default_factory=list)

    @property
    def severity(self) -> str:
        ranks = [SEVERITIES.index(s.severity) for s in self.signals if s.id != "R23"]
        return SEVERITIES[max(ranks)] if ranks else "none"

    def as_contract(self) -> dict[str, Any]:
        """The `recheck --json` object of the CLI contract (plus `suppressed`)."""
        return {
            "flips": [f.as_contract() for f in self.flips],
            "signals": [s.as_contract() for s in self.signals],
            "severity": self.severity,
            "suppressed": self.suppressed,
        }


def _key(text: str) -> str:
    """What must differ for a sentence to count as changed: its words, not case, punctuation, spacing,
    invisible characters or a Markdown link's target."""
    return _words_of(matching_form(text))


def _compact(name: str) -> str:
    """A name's letters and digits only: "Max Mind Inc." is "MaxMind, Inc."."""
    return _PUNCT.sub("", matching_form(name).casefold())


MAX_CONTROLLERS_NAMED = 2  # a sentence naming more companies lists recipients (joint controllers come in pairs)
DEDICATED_SIGNAL = {"ai_training": "R03", "profiling": "R13", "advertising": "R02"}  # purposes with their own signal
CAPITALISED_NOUNS = {"de"}  # languages that capitalise every noun: a capital letter marks no name there


def _marked_as_name(name: str) -> bool:
    """A name by more than its first capital: a legal form, or a capital inside a word ("GitHub",
    "DeepL", "AWS"); in German "Artikel" or "Auftragsverarbeiter" are nouns, not recipients."""
    return bool(legal_entities(name)) or any(any(c.isupper() for c in word[1:]) for word in name.split())


MIN_COMPACT_NAME = 8  # letters a name needs before it is looked for with its spaces removed


class _Names:
    """Whether a version names an organisation, in any punctuation ("Acme, Inc." names "Acme Inc."),
    and, for a long name, any spacing ("MaxMind Inc." names "Max Mind Inc."); "&" is "and"; case
    counts; whole words only ("checkbox" does not name "Box"). The version's text is prepared on the
    first question only."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._words: str | None = None
        self._letters = ""

    def has(self, name: str) -> bool:
        if self._words is None:
            words = _name_words(" ".join(s.text for s in self.analysis.sentences))
            self._words, self._letters = f" {' '.join(words)} ", "".join(words)
        words = _name_words(name)
        letters = "".join(words)
        return f" {' '.join(words)} " in self._words or (len(letters) >= MIN_COMPACT_NAME and letters in self._letters)


_CONJUNCTIONS = frozenset("& and und et en och og ja in".split())  # "Acme & Co" names "Acme and Co"


def _name_words(text: str) -> list[str]:
    typed = fold_typography(without_link_targets(text))  # case kept: "Box" is not "box"
    return [w for w in _PUNCT.sub(" ", typed).split() if w.casefold() not in _CONJUNCTIONS]


def _words_of(folded: str) -> str:
    """:func:`_key` of a text already in the matching form (a sentence's ``lowered``)."""
    return " ".join(_PUNCT.sub(" ", folded.casefold()).split())


def _changed(before: Analysis, after: Analysis) -> tuple[list[int], list[int]]:
    """Indices of removed (before) and added (after) sentences."""
    keys: dict[str, str] = {}  # most sentences are in both versions: each sentence's key once

    def key(lowered: str) -> str:
        found = keys.get(lowered)
        if found is None:
            found = keys[lowered] = _words_of(lowered)
        return found

    before_list = [key(s.lowered) for s in before.sentences]
    after_list = [key(s.lowered) for s in after.sentences]
    before_keys, after_keys = Counter(before_list), Counter(after_list)
    removed, added = [], []
    seen: Counter[str] = Counter()
    for i, k in enumerate(before_list):
        seen[k] += 1
        if seen[k] > after_keys.get(k, 0):
            removed.append(i)
    seen = Counter()
    for i, k in enumerate(after_list):
        seen[k] += 1
        if seen[k] > before_keys.get(k, 0):
            added.append(i)
    return removed, added


def _one_lower(severity: str) -> str:
    return SEVERITIES[max(1, SEVERITIES.index(severity) - 1)]


REWORDED_DICE = 0.7  # shared words / mean length of two sentences: the same sentence, reworded
REWORDED_CONTAINED = 0.9  # share of the shorter sentence's words in the longer one: split or joined
MIN_CONTAINED_WORDS = 6  # fewer words than this match by Dice only


def _reworded(before: Analysis, after: Analysis, removed: list[int], added: list[int]) -> dict[int, list[int]]:
    """For each added sentence, the removed sentences it rewords: a few words changed ("e-mail" →
    "email", "U.S." → "US"), or the same words split or joined at another sentence end. A signal that
    an added sentence raises is no news when a sentence it rewords raised it too."""
    if not removed or not added:
        return {}
    words_of_removed = [set(_words_of(before.sentences[j].lowered).split()) for j in removed]
    index: dict[str, list[int]] = {}
    for position, words in enumerate(words_of_removed):
        for word in words:
            index.setdefault(word, []).append(position)
    result: dict[int, list[int]] = {}
    for i in added:
        words = set(_words_of(after.sentences[i].lowered).split())
        shared: Counter[int] = Counter()
        for word in words:
            shared.update(index.get(word, ()))
        matches = []
        for position, count in shared.items():
            other = len(words_of_removed[position])
            shorter = min(len(words), other)
            if (2 * count / (len(words) + other) >= REWORDED_DICE
                    or (shorter >= MIN_CONTAINED_WORDS and count / shorter >= REWORDED_CONTAINED)):
                matches.append(removed[position])
        if matches:
            result[i] = sorted(matches)
    return result


SAME_STATEMENT_DICE = 0.5  # a removed and an added sentence under one heading: the same statement, edited


def _same_statement(before: Analysis, after: Analysis, removed: list[int], added: list[int]) -> list[tuple[int, int]]:
    """(added, removed) pairs of sentences under the same heading that share at least half their words:
    one statement whose detail changed (a table row's basis, a period). Each removed sentence pairs once."""
    pairs, taken = [], set()
    for i in added:
        words = set(_words_of(after.sentences[i].lowered).split())
        best, best_dice = None, SAME_STATEMENT_DICE
        for j in removed:
            if j in taken or before.sentences[j].passage.heading_path != after.sentences[i].passage.heading_path:
                continue
            other = set(_words_of(before.sentences[j].lowered).split())
            dice = 2 * len(words & other) / (len(words) + len(other)) if words or other else 0.0
            if dice >= best_dice:
                best, best_dice = j, dice
        if best is not None:
            taken.add(best)
            pairs.append((i, best))
    return pairs


def _value(report: CheckReport, item: str, key: str, default: Any = None) -> Any:
    finding = report.finding(item)
    if finding is None or not isinstance(finding.value, dict):
        return default
    got = finding.value.get(key)
    return default if got is None else got


def _negation_of(analysis: Analysis, item: str, index: int) -> bool | None:
    """None when the sentence does not address the item, else whether its cue is negated."""
    for hit in analysis.hits.get(item, []):
        if hit.sentence == index:
            return hit.negated
    return None


def recheck(before: CheckReport, after: CheckReport, *, category: str | None = None, rules: RuleSet | None = None) -> Recheck:
    """Flips and risk signals from ``before`` to ``after``."""
    rules = rules or default_rules()
    result = Recheck()
    anomaly = _fetch_anomaly(before, after)
    if anomaly is not None:
        result.signals.append(anomaly)
        return result
    if before.analysis is None or after.analysis is None:
        return result
    _flips(before, after, result)
    removed, added = _changed(before.analysis, after.analysis)
    if not removed and not added:
        return result
    if _cosmetic(before, after, removed, added, rules):
        result.signals.append(Signal("R23", "low", [after.analysis.sentences[i].text for i in added][:3], "only the date line changed"))
        return result
    _signals(before, after, removed, added, result, category, rules)
    return result


def _fetch_anomaly(before: CheckReport, after: CheckReport) -> Signal | None:
    if after.status == "empty" or (before.words >= MIN_WORDS and after.words < MIN_WORDS):
        return Signal("R22", "medium", [], f"document shrank from {before.words} to {after.words} words: extraction failure? needs a refetch")
    if before.words and (after.words < ANOMALY_RATIO * before.words or after.words > before.words / ANOMALY_RATIO):
        return Signal("R22", "medium", [], f"document size changed from {before.words} to {after.words} words: needs review")
    if before.language and after.language and before.language != after.language:
        return Signal("R22", "medium", [], f"language changed from {before.language} to {after.language}")
    return None


def _flips(before: CheckReport, after: CheckReport, result: Recheck) -> None:
    before_by_id = {f.id: f for f in before.findings}
    for finding in after.findings:
        old = before_by_id.get(finding.id)
        if old is None:
            continue
        if old.status != finding.status:
            result.flips.append(Flip(finding.id, old.status, finding.status))
        result.flips.extend(_value_flips(old, finding))


_VALUE_FIELDS = {
    "C01": ["names"], "C04": ["emails"], "C06": ["bases"], "C10": ["countries", "mechanisms"], "C19": ["authorities"],
    "C24": ["age"], "C27": ["notification_hours"], "C28": ["last_updated"], "C29": ["locations"], "C32": ["affirmed"], "C31": ["affirmed"],
}


def _value_flips(old: Finding, new: Finding) -> list[Flip]:
    if not isinstance(old.value, dict) or not isinstance(new.value, dict):
        return []
    flips = []
    if old.id == "C11":
        old_cat, new_cat = old.value.get("by_category", {}), new.value.get("by_category", {})
        for category in sorted(set(old_cat) & set(new_cat)):
            if old_cat[category] != new_cat[category]:
                flips.append(Flip("C11", old_cat[category], new_cat[category], "value", f"retention_days[{category}]"))
        if not flips and old.value.get("max_days") != new.value.get("max_days"):
            flips.append(Flip("C11", old.value.get("max_days"), new.value.get("max_days"), "value", "retention_days.max"))
        return flips
    for key in _VALUE_FIELDS.get(old.id, []):
        a, b = old.value.get(key), new.value.get(key)
        if isinstance(a, list) and isinstance(b, list) and _same_values(key, a, b):
            continue
        if a != b:
            flips.append(Flip(old.id, a, b, "value", key))
    return flips


def _same_values(field: str, old: list[Any], new: list[Any]) -> bool:
    """The same values in another order or case; names also in other punctuation ("Acme Inc" is
    "Acme, Inc."), but not e-mail addresses ("a.b@x.com" is not "a-b@x.com")."""
    normal = _compact if field == "names" else str.casefold
    return {normal(str(x)) for x in old} == {normal(str(x)) for x in new}


def _cosmetic(before: CheckReport, after: CheckReport, removed: list[int], added: list[int], rules: RuleSet) -> bool:
    """Every changed sentence is a last-updated/date line."""
    for analysis, indices in ((before.analysis, removed), (after.analysis, added)):
        assert analysis is not None
        for i in indices:
            pack = rules.packs.get(analysis.languages[i] or "")
            lexicon = pack.lexicon("last_updated") if pack else None
            if lexicon is None or not lexicon.search(analysis.sentences[i].lowered) or len(analysis.sentences[i].text) > 120:
                return False
    return True


def _signals(before: CheckReport, after: CheckReport, removed: list[int], added: list[int], result: Recheck,
             category: str | None, rules: RuleSet) -> None:
    b, a = before.analysis, after.analysis
    assert b is not None and a is not None
    storage_like = (category or "").casefold() in HIGH_RISK_CATEGORIES
    places = rules.places

    def add(signal_id: str, severity: str, evidence: list[str], detail: str) -> None:
        existing = next((s for s in result.signals if s.id == signal_id), None)
        if existing is None:
            result.signals.append(Signal(signal_id, severity, evidence, detail))
        else:
            if SEVERITIES.index(severity) > SEVERITIES.index(existing.severity):
                existing.severity = severity
            existing.evidence += [e for e in evidence if e not in existing.evidence]
            existing.detail = f"{existing.detail}; {detail}" if detail and detail not in existing.detail else existing.detail

    def lexicon(analysis: Analysis, i: int, name: str) -> bool:
        pack = rules.packs.get(analysis.languages[i] or "")
        pattern = pack.lexicon(name) if pack else None
        return bool(pattern and pattern.search(analysis.sentences[i].lowered))

    def labels(analysis: Analysis, i: int, name: str) -> list[str]:
        pack = rules.packs.get(analysis.languages[i] or "")
        patterns = pack.labels.get(name, {}) if pack else {}
        return [label for label, p in patterns.items() if p.search(analysis.sentences[i].lowered)]

    def states_training(analysis: Analysis, i: int) -> bool:
        """An AI sentence that says data trains or develops models ("use AI to answer requests" does
        not); a pack without an ``ai_training`` lexicon counts every AI sentence."""
        pack = rules.packs.get(analysis.languages[i] or "")
        return pack is None or pack.lexicon("ai_training") is None or lexicon(analysis, i, "ai_training")

    rewordings = _reworded(b, a, removed, added)

    def rewords(i: int, said: Callable[[int], bool]) -> bool:
        """Whether added sentence ``i`` rewords a removed sentence of which ``said`` holds."""
        return any(said(j) for j in rewordings.get(i, ()))

    # R02 sale / R03 AI training / R13 profiling: affirmative statement added, or a denial removed.
    # A sale or profiling statement added to a policy that already made one introduces nothing: one
    # severity lower. Not so for training: a new training sentence is how opt-in becomes opt-out or
    # "inputs and outputs" join the training data.
    for signal_id, item, severity, what in (("R02", "C32", "critical", "sale or ad sharing"),
                                            ("R03", "C31", "critical", "AI/ML training"),
                                            ("R13", "C21", "high", "automated decisions / profiling")):
        already = signal_id != "R03" and (before.finding(item) or Finding(item, "absent", "")).affirmed
        def affirms(analysis: Analysis, i: int, item: str = item, signal_id: str = signal_id) -> bool:
            return _negation_of(analysis, item, i) is False and (signal_id != "R03" or states_training(analysis, i))

        for i in added:
            if affirms(a, i) and not rewords(i, lambda j: affirms(b, j)):
                if already:
                    add(signal_id, _one_lower(severity), [a.sentences[i].text], f"further {what} statement (the previous version already made one)")
                else:
                    add(signal_id, severity, [a.sentences[i].text], f"{what} stated")
        after_denies = (after.finding(item) or Finding(item, "absent", "")).denied
        for i in removed:
            if _negation_of(b, item, i) is True and not after_denies:
                add(signal_id, severity, [b.sentences[i].text], f"promise removed: no {what}")

    # R01 new recipients
    named_before, named_after = _Names(b), _Names(a)
    def about_recipients(i: int) -> bool:
        if "C09" in a.sentence_items[i] or "C10" in a.sentence_items[i] or listed_under_item(a, rules, i, "C09"):
            return True
        pack = rules.packs.get(a.languages[i] or "")
        cue = pack.cues.get("C09") if pack else None
        heading = " / ".join(a.sentences[i].passage.heading_path).lower()
        return bool(cue and cue.search(heading))

    def is_place(name: str) -> bool:
        lowered = name.lower()
        return any(p.search(lowered) for p in places.country_patterns.values()) or any(p.search(lowered) for p in places.regions.values())

    lower_case_words: set[str] | None = None

    def is_term(name: str) -> bool:
        """A capitalised phrase each of whose words the policy also writes in lower case ("Private
        Repositories", "Sensitive Personal Data", "Analytics Partners"): a heading or a defined term,
        not an organisation. A name with a legal form ("Acme Data Ltd") is always a name."""
        nonlocal lower_case_words
        words = _LETTERS.findall(name)
        if not words or legal_entities(name):
            return False
        if lower_case_words is None:
            lower_case_words = {w for analysis in (b, a) for s in analysis.sentences for w in _LETTERS.findall(s.text) if w.islower()}
        return all(w.lower() in lower_case_words or w.lower() in TERM_WORDS for w in words)

    def is_tracker(analysis: Analysis, i: int, name: str) -> bool:
        """A tracker ("Google Analytics", "Meta Pixel") in a sentence about cookies and tracking is R19's
        new tracker, not a new recipient; named as a processor ("Intercom R&D … (in-app chat)") it is R01's."""
        if "C25" not in analysis.sentence_items[i]:
            return False
        pack = rules.packs.get(analysis.languages[i] or "")
        trackers = pack.labels.get("trackers", {}) if pack else {}
        return any(p.search(fold(name)) for p in trackers.values())

    for i in added:
        if about_recipients(i):
            new_names = [n for n in organisation_names(a.sentences[i].text)
                         if not named_before.has(n) and not is_place(n) and not is_term(n)
                         and (a.languages[i] not in CAPITALISED_NOUNS or _marked_as_name(n))
                         and not is_tracker(a, i, n)]
            sold_here = any(a.sentences[i].text in sig.evidence for sig in result.signals if sig.id == "R02")
            new_categories = [c for c in labels(a, i, "recipient_categories") if c in {"advertisers", "data_brokers"}
                              and c not in _value(before, "C09", "categories", []) and not sold_here]  # R02's
            if new_names or new_categories:
                add("R01", "high", [a.sentences[i].text], "new recipient: " + ", ".join(new_names + new_categories))

    # R04 transfers
    new_countries = [c for c in _value(after, "C10", "countries", []) if c not in _value(before, "C10", "countries", [])]
    if new_countries and _value(after, "C10", "affirmed", False):
        evidence = [e.text for e in (after.finding("C10") or Finding("C10", "", "")).evidence
                    if any(places.country_patterns.get(c) and places.country_patterns[c].search(e.text.lower()) or c in {"non_EEA", "worldwide"} for c in new_countries)]
        add("R04", "high", evidence or [a.sentences[i].text for i in added if "C10" in a.sentence_items[i]],
            "transfer outside the EU/EEA added: " + ", ".join(new_countries))
    # a country outside the EEA that the previous version never named, in an added sentence about
    # transfers or storage or under such a heading ("Our support team in India may access your data")
    sections_about_transfers: set[tuple[str, ...]] | None = None  # found on the first question only

    def about_transfers(i: int) -> bool:
        nonlocal sections_about_transfers
        if a.sentence_items[i] & {"C01", "C02", "C04", "C19"}:
            return False  # an address or a contact ("Registered Address: …, Seoul, South Korea") sends no data there
        pack = rules.packs.get(a.languages[i] or "")
        exclude = pack.exclude.get("C10") if pack else None
        if exclude is not None and exclude.search(a.sentences[i].lowered):
            return False  # a residence lead-in: "If you live outside the EEA, … Canada, Japan and Brazil:"
        if a.sentence_items[i] & {"C10", "C29"} or lexicon(a, i, "hosting"):
            return True
        if sections_about_transfers is None:
            sections_about_transfers = {analysis.sentences[k].passage.heading_path for analysis in (b, a)
                                        for k in range(len(analysis.sentences)) if analysis.sentence_items[k] & {"C10", "C29"}}
        if a.sentences[i].passage.heading_path in sections_about_transfers:
            return True  # a section that speaks of transfers or storage ("No other transfers are made.")
        heading = fold(" / ".join(a.sentences[i].passage.heading_path))
        tests = [pack.cues.get("C10"), pack.cues.get("C29"), pack.lexicon("hosting"), pack.lexicon("transfer_sections")] if pack else []
        return any(t is not None and t.search(heading) for t in tests)

    def denied_there(i: int, countries: list[str]) -> bool:
        """The clause naming the country is negated ("we never transfer your data to India")."""
        pack = rules.packs.get(a.languages[i] or "")
        if pack is None or pack.negation is None:
            return False
        lowered = a.sentences[i].lowered
        for country in countries:
            match = places.country_patterns[country].search(lowered)
            clause = next((lowered[x:y] for x, y in clause_spans(lowered, pack.clause_breaks) if match and x <= match.start() < y), lowered)
            if not pack.negation.search(clause):
                return False
        return True

    reported = set(new_countries)
    for i in added:
        named = [c for c in non_eea(places_in(a.sentences[i].lowered, places), places)
                 if c not in reported and c in places.country_patterns
                 and not any(places.country_patterns[c].search(s.lowered) for s in b.sentences)]
        if named and about_transfers(i) and not denied_there(i, named):
            reported.update(named)
            add("R04", "high", [a.sentences[i].text], "data outside the EU/EEA in a new country: " + ", ".join(named))
    lost_mechanisms = [m for m in _value(before, "C10", "mechanisms", []) if m not in _value(after, "C10", "mechanisms", [])]
    if lost_mechanisms:
        add("R04", "high", [b.sentences[i].text for i in removed if "C10" in b.sentence_items[i]], "safeguard removed: " + ", ".join(lost_mechanisms))

    # R05 data location
    new_outside = [p for p in _value(after, "C29", "outside_eea", []) if p not in _value(before, "C29", "outside_eea", [])]
    anywhere = places.regions.get("worldwide")

    def hosts_anywhere(analysis: Analysis, i: int) -> bool:
        return bool(anywhere and anywhere.search(analysis.sentences[i].lowered)
                    and ("C29" in analysis.sentence_items[i] or lexicon(analysis, i, "hosting")))

    worldwide = [i for i in added if hosts_anywhere(a, i) and not rewords(i, lambda j: hosts_anywhere(b, j))]
    if new_outside or worldwide:
        evidence = [a.sentences[i].text for i in added if "C29" in a.sentence_items[i]] + [a.sentences[i].text for i in worldwide]
        add("R05", "critical" if storage_like else "high", evidence, "data location now includes " + ", ".join(new_outside or ["anywhere"]))

    # R06 retention lengthened / replaced by vague criteria
    for flip in [f for f in result.flips if f.id == "C11" and f.kind == "value"]:
        if isinstance(flip.before, (int, float)) and isinstance(flip.after, (int, float)) and flip.after > flip.before:
            severity = "high" if flip.after >= 2 * flip.before else "medium"
            add("R06", severity, [a.sentences[i].text for i in added if "C11" in a.sentence_items[i]],
                f"retention {flip.field}: {flip.before} → {flip.after} days")
    if _value(before, "C11", "max_days") and not _value(after, "C11", "max_days") and _value(after, "C11", "criteria_only", False):
        add("R06", "medium", [a.sentences[i].text for i in added if "C11" in a.sentence_items[i]], "concrete period replaced by vague criteria")
    # one period replaced by criteria under the same heading ("Log files are deleted after 12 months" →
    # "… retained for as long as necessary"), while other periods stay
    def period_of(analysis: Analysis, i: int) -> list[tuple[float, str, int, int]]:
        pack = rules.packs.get(analysis.languages[i] or "")
        return durations(analysis.sentences[i].lowered, pack) if pack and "C11" in analysis.sentence_items[i] else []

    # one statement whose period grew ("| Account data | 3 months |" → "| … | 5 years |") while the
    # category's longest period elsewhere hides it in the value
    for i, j in _same_statement(b, a, [j for j in removed if period_of(b, j)], [i for i in added if period_of(a, i)]):
        was, now = max(period_of(b, j)), max(period_of(a, i))
        if now[0] > was[0]:
            add("R06", "high" if now[0] >= 2 * was[0] else "medium", [a.sentences[i].text], f"retention {was[1]} → {now[1]}")
    lost_periods = [j for j in removed if period_of(b, j)]
    for i in added:
        if "C11" not in a.sentence_items[i] or not lexicon(a, i, "vague_retention") or period_of(a, i):
            continue
        heading = a.sentences[i].passage.heading_path
        replaced = [j for j in lost_periods if b.sentences[j].passage.heading_path == heading]
        if replaced:
            add("R06", "medium", [a.sentences[i].text], "concrete period replaced by vague criteria: "
                + ", ".join(raw for j in replaced for _, raw, _, _ in period_of(b, j)) + " → criteria only")

    # R07 rights removed or restricted
    for flip in result.flips:
        if flip.id in RIGHTS and flip.kind == "status" and flip.before == "present" and flip.after != "present":
            add("R07", "high", [e.text for e in (before.finding(flip.id) or Finding(flip.id, "", "")).evidence][:2], f"{flip.id} no longer found")
    def restricts_a_right(analysis: Analysis, i: int) -> bool:
        return bool(analysis.sentence_items[i] & set(RIGHTS)) and lexicon(analysis, i, "right_restrictions")

    for i in added:
        if restricts_a_right(a, i) and not rewords(i, lambda j: restricts_a_right(b, j)):
            add("R07", "medium", [a.sentences[i].text], "a right gained conditions")

    # R08 DPO / contact
    if (before.finding("C04") and before.finding("C04").status == "present" and after.finding("C04") and after.finding("C04").status != "present"):
        add("R08", "high", [e.text for e in before.finding("C04").evidence][:2], "DPO contact removed")
    elif set(_value(before, "C04", "emails", [])) - set(_value(after, "C04", "emails", [])):
        add("R08", "medium", [a.sentences[i].text for i in added if "C04" in a.sentence_items[i]], "DPO contact changed")
    lost_contacts = set(_value(before, "C02", "emails", [])) - set(_value(after, "C02", "emails", []))
    if lost_contacts:
        add("R08", "medium", [b.sentences[i].text for i in removed if "C02" in b.sentence_items[i]], "contact address removed: " + ", ".join(sorted(lost_contacts)))

    # R09 controller identity: a company named in a changed controller sentence that the other version
    # never names (not the list of names in the C01 value: it is cut at five, and a name added earlier in
    # the text pushes another out of it)
    def unnamed_in(entities: list[tuple[int, str]], other: _Names) -> list[tuple[int, str]]:
        return [(i, n) for i, n in entities if not other.has(n)]

    def controller_entities(analysis: Analysis, indices: list[int]) -> list[tuple[int, str]]:
        # a sentence about recipients ("| Processor | Acme Inc. |") names them for R01, not a controller;
        # so does a list of companies ("We use Hetzner Online GmbH for hosting, Stripe … Ltd for …, Brevo SAS …")
        found = []
        for i in indices:
            if ("C01" in analysis.sentence_items[i] and "C09" not in analysis.sentence_items[i]
                    and not listed_under_item(analysis, rules, i, "C09")):  # a row of a processors table
                entities = legal_entities(analysis.sentences[i].text)
                if len(entities) <= MAX_CONTROLLERS_NAMED:
                    found += [(i, n) for n in entities]
        return found

    if _value(before, "C01", "names") and _value(after, "C01", "names"):
        named = unnamed_in(controller_entities(a, added), named_before)
        unnamed = unnamed_in(controller_entities(b, removed), named_after)
        if named or unnamed:
            detail = "; ".join(part for part in (
                "now named: " + ", ".join(dict.fromkeys(n for _, n in named)) if named else "",
                "no longer named: " + ", ".join(dict.fromkeys(n for _, n in unnamed)) if unnamed else "") if part)
            add("R09", "high", list(dict.fromkeys([a.sentences[i].text for i, _ in named] + [b.sentences[i].text for i, _ in unnamed])),
                f"controller: {detail}")

    # R10 legal basis
    new_bases = [x for x in _value(after, "C06", "bases", []) if x not in _value(before, "C06", "bases", [])]
    if new_bases:
        add("R10", "high" if "legitimate_interests" in new_bases else "medium",
            [a.sentences[i].text for i in added if "C06" in a.sentence_items[i]], "new legal basis: " + ", ".join(new_bases))
    # a processing that keeps its sentence but changes its basis ("| Newsletter | Consent |" → "| Newsletter
    # | Legitimate interests |"), while the policy used the new basis elsewhere already
    for i, j in _same_statement(b, a, [j for j in removed if "C06" in b.sentence_items[j]],
                                [i for i in added if "C06" in a.sentence_items[i]]):
        gained = [x for x in labels(a, i, "legal_bases") if x not in labels(b, j, "legal_bases") and x not in new_bases]
        lost = [x for x in labels(b, j, "legal_bases") if x not in labels(a, i, "legal_bases")]
        if gained and lost:
            add("R10", "high" if "legitimate_interests" in gained else "medium", [a.sentences[i].text],
                f"legal basis changed: {', '.join(lost)} → {', '.join(gained)}")

    # R11 purposes, R12 special categories, R19 trackers
    # (R11 last: a purpose said only by sentences another signal quotes, "the Meta pixel measures our
    # ads" for R19, is that signal's)
    for signal_id, item, key, severity, what in (("R19", "C25", "trackers", "medium", "new tracker"),
                                                 ("R12", "C08", "special_categories", "high", "new special category"),
                                                 ("R11", "C05", "purposes", "medium", "new purpose")):
        quoted = {e for s in result.signals for e in s.evidence}
        new = [x for x in _value(after, item, key, []) if x not in _value(before, item, key, [])
               and DEDICATED_SIGNAL.get(x) not in {s.id for s in result.signals}
               and not (signal_id == "R11" and (saying := [i for i in added if x in labels(a, i, key)])
                        and all(a.sentences[i].text in quoted for i in saying))
               # a tracker company named only as a processor ("HubSpot … (CRM)") is R01's new recipient
               and not (signal_id == "R19" and (saying := [i for i in added if x in labels(a, i, key)])
                        and all("C25" not in a.sentence_items[i] and a.sentences[i].text in quoted for i in saying))]
        if new:
            about = [i for i in added if item in a.sentence_items[i]]
            naming = [i for i in added if set(labels(a, i, key)) & set(new)]  # the sentences that say the new one
            add(signal_id, severity, [a.sentences[i].text for i in naming or about], f"{what}: " + ", ".join(new))

    # R14 security commitments removed
    lost_measures = [m for m in _value(before, "C26", "measures", []) if m not in _value(after, "C26", "measures", [])]
    if lost_measures:
        add("R14", "critical" if storage_like else "high", [b.sentences[i].text for i in removed if "C26" in b.sentence_items[i]],
            "security measure no longer mentioned: " + ", ".join(lost_measures))

    # R15 breach notification removed, or its deadline dropped or lengthened
    if before.finding("C27") and before.finding("C27").status == "present" and after.finding("C27").status != "present":
        add("R15", "medium", [e.text for e in before.finding("C27").evidence][:2], "breach handling no longer mentioned")
    else:
        old_hours, new_hours = _value(before, "C27", "notification_hours"), _value(after, "C27", "notification_hours")
        if old_hours and (not new_hours or new_hours > old_hours):
            add("R15", "medium", [a.sentences[i].text for i in added if "C27" in a.sentence_items[i]]
                or [b.sentences[j].text for j in removed if "C27" in b.sentence_items[j]],
                f"breach notification within {old_hours} h → {f'{new_hours} h' if new_hours else 'no deadline'}")

    # R16 change notice, R17 arbitration/forum, R18 liability/termination, R21 government access (added sentences)
    for signal_id, name, severity, what in (("R16", "no_notice_change", "medium", "changes without notice"),
                                            ("R17", "arbitration", "medium", "arbitration / forum / governing law"),
                                            ("R18", "liability", "medium", "liability limitation / unilateral termination"),
                                            ("R21", "government_access", "medium", "government / law-enforcement access")):
        before_hits: set[str] | None = None  # only wanted when an added sentence matches
        for i in added:
            if lexicon(a, i, name):
                if before_hits is None:
                    before_hits = {_words_of(b.sentences[j].lowered) for j in range(len(b.sentences)) if lexicon(b, j, name)}
                if (_words_of(a.sentences[i].lowered) not in before_hits
                        and not rewords(i, lambda j, name=name: lexicon(b, j, name))):
                    add(signal_id, severity, [a.sentences[i].text], what)

    # R20 children's age lowered: in the value, or in one statement that keeps its place ("at least 18" →
    # "at least 13") while another sentence keeps the highest age
    old_age, new_age = _value(before, "C24", "age"), _value(after, "C24", "age")
    if old_age and new_age and new_age < old_age:
        add("R20", "medium", [a.sentences[i].text for i in added if "C24" in a.sentence_items[i]], f"minimum age {old_age} → {new_age}")

    def age_in(analysis: Analysis, i: int) -> int | None:
        if "C24" not in analysis.sentence_items[i] and not lexicon(analysis, i, "minimum_age"):
            return None
        return age_threshold(analysis.sentences[i].lowered)

    for i, j in _same_statement(b, a, removed, added):
        was, now = age_in(b, j), age_in(a, i)
        if was and now and now < was:
            add("R20", "medium", [a.sentences[i].text], f"minimum age {was} → {now}")
