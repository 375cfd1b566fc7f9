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
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from monitor.checks.engine import Analysis, CheckReport, Finding, listed_under_item
from monitor.checks.names import CAPITALISED_NOUNS, TERM_WORDS, NamesIn, compact_name, marked_as_name
from monitor.checks.rules import LanguagePack, RuleSet, default_rules
from monitor.checks.segment import GERMAN_MONTHS, clause_spans, fold, matching_form
from monitor.checks.values import EMAIL, age_threshold, durations, legal_entities, non_eea, organisation_names, places_in

SEVERITIES = ("none", "low", "medium", "high", "critical")
HIGH_RISK_CATEGORIES = {"storage", "backup"}
RIGHTS = tuple(f"C{n}" for n in range(12, 20))
ANOMALY_RATIO = 0.5
MIN_WORDS = 200
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)  # "_" too: Markdown's _emphasis_
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.\w|\b\d{3,}\b|\+\d")  # an e-mail address, a postal code or street number, a phone number


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


MAX_CONTROLLERS_NAMED = 2  # a sentence naming more companies lists recipients (joint controllers come in pairs)
DEDICATED_SIGNAL = {"ai_training": "R03", "profiling": "R13", "advertising": "R02"}  # purposes with their own signal




_ENUMERATOR = re.compile(r"^[\W_]*(?:§\s*)?\d+(?:\.\d+)*\.(?!\d)[\W_]*(?=\w)")  # "6. ", "**5.9. **", "§ 7." (not "30 days")


def _words_of(folded: str) -> str:
    """:func:`_key` of a text already in the matching form (a sentence's ``lowered``); a leading section
    number does not count ("6. Requests from authorities" is "7. Requests from authorities" renumbered),
    a German date's day does ("1. März 2024")."""
    folded = folded.casefold()
    number = _ENUMERATOR.match(folded)
    if number and folded[number.end():].split(None, 1)[0].strip(".,") not in GERMAN_MONTHS:
        folded = folded[number.end():]
    return " ".join(_PUNCT.sub(" ", folded).split())


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


def _days(days: float) -> str:
    return f"{days:g} days"


MIN_LIST_ELEMENT_WORDS, MAX_LIST_ELEMENT_WORDS = 2, 6  # "or rent", "Le Chat Team,"; not "and" → "&"
_LIST_JOINT = re.compile(r"[,;]|\b(and|or|und|oder|et|ou|en|och|eller|ja|tai|ali|including|such as)\b")


def _narrowed(before: str, after: str) -> bool:
    """The after sentence is the before one with one list element cut out and nothing else changed
    ("when you use Le Chat Team, Le Chat Enterprise or …" → "when you use Le Chat Enterprise or …")."""
    was, now = _words_of(before).split(), _words_of(after).split()
    if not MIN_LIST_ELEMENT_WORDS <= len(was) - len(now) <= MAX_LIST_ELEMENT_WORDS:
        return False
    for start in range(len(now) + 1):  # the one place where the cut words were
        if was[:start] == now[:start] and was[start + len(was) - len(now):] == now[start:]:
            cut = re.search(r"\W+".join(map(re.escape, was[start:start + len(was) - len(now)])), before)  # with its punctuation
            if cut is None:
                return False
            around = before[max(0, cut.start() - 3):cut.start()] + " " + before[cut.end():cut.end() + 5]
            opening = before[cut.start():cut.start() + 12]  # "…data to anyone, including advertisers"
            return bool(_LIST_JOINT.search(around) or _LIST_JOINT.search(opening))
    return False


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
        # not "general", the periods whose category the text did not say: a reworded sentence moves its
        # period in or out of it (a statement's own period is compared in signals' retention)
        for category in sorted(set(old_cat) & set(new_cat) - {"general"}):
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
    normal = compact_name if field == "names" else str.casefold
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
    _SignalFinder(before, after, removed, added, result, category, rules).find_all()


class _SignalFinder:
    """The risk signals of one change, one method per signal or family of signals, which add them to
    ``result``. ``old`` and ``new`` are the two versions' analyses (their sentences, items and hits),
    ``removed`` and ``added`` the indices of the sentences that changed."""

    def __init__(self, before: CheckReport, after: CheckReport, removed: list[int], added: list[int], result: Recheck,
                 category: str | None, rules: RuleSet) -> None:
        assert before.analysis is not None and after.analysis is not None
        self.before, self.after, self.result, self.rules = before, after, result, rules
        self.old, self.new = before.analysis, after.analysis
        self.removed, self.added = removed, added
        self.storage_like = (category or "").casefold() in HIGH_RISK_CATEGORIES
        self.places = rules.places
        self.rewordings = _reworded(self.old, self.new, removed, added)
        self.named_before, self.named_after = NamesIn(self.old), NamesIn(self.new)
        self._sections: dict[tuple[int, frozenset[str]], set[tuple[str, ...]]] = {}

    def find_all(self) -> None:
        # the order matters where a signal reads another's evidence: R01 skips the sentences R02 quotes,
        # R11 the purposes said only by sentences another signal quotes
        for find in (self.sale_training_profiling, self.training_opt_out, self.advertising_recipients, self.new_recipients, self.transfers, self.data_location,
                     self.retention, self.rights, self.contacts, self.controller, self.legal_basis, self.new_tracking,
                     self.new_special_categories, self.new_values,
                     self.security, self.mandatory_security, self.breach_notification, self.added_statements, self.notice_period,
                     self.children):
            find()

    def add(self, signal_id: str, severity: str, evidence: list[str], detail: str) -> None:
        """Add a signal, or merge into the one already raised: the higher severity, all the evidence."""
        existing = next((s for s in self.result.signals if s.id == signal_id), None)
        if existing is None:
            self.result.signals.append(Signal(signal_id, severity, evidence, detail))
        else:
            if SEVERITIES.index(severity) > SEVERITIES.index(existing.severity):
                existing.severity = severity
            existing.evidence += [e for e in evidence if e not in existing.evidence]
            existing.detail = f"{existing.detail}; {detail}" if detail and detail not in existing.detail else existing.detail

    def says(self, analysis: Analysis, i: int, name: str) -> bool:
        """Whether sentence ``i`` matches the lexicon ``name`` of its language's pack."""
        pack = self.pack_of(analysis, i)
        pattern = pack.lexicon(name) if pack else None
        return bool(pattern and pattern.search(analysis.sentences[i].lowered))

    def labels(self, analysis: Analysis, i: int, name: str) -> list[str]:
        """The labels of the pack's label set ``name`` (purposes, trackers, ...) that sentence ``i`` says."""
        pack = self.pack_of(analysis, i)
        patterns = pack.labels.get(name, {}) if pack else {}
        return [label for label, p in patterns.items() if p.search(analysis.sentences[i].lowered)]

    def states_training(self, analysis: Analysis, i: int) -> bool:
        """An AI sentence that says data trains or develops models ("use AI to answer requests" does
        not); a pack without an ``ai_training`` lexicon counts every AI sentence."""
        pack = self.pack_of(analysis, i)
        return pack is None or pack.lexicon("ai_training") is None or self.says(analysis, i, "ai_training")

    def sections_with(self, analysis: Analysis, items: set[str]) -> set[tuple[str, ...]]:
        """The headings over a sentence of ``analysis`` that addresses one of ``items``; found on the first
        question only."""
        key = (id(analysis), frozenset(items))
        if key not in self._sections:
            self._sections[key] = {s.passage.heading_path for k, s in enumerate(analysis.sentences)
                                   if analysis.sentence_items[k] & items}
        return self._sections[key]

    def pack_of(self, analysis: Analysis, i: int) -> LanguagePack | None:
        """The rule pack of sentence ``i``'s language."""
        return self.rules.packs.get(analysis.languages[i] or "")

    def stating(self) -> list[int]:
        """The added sentences that can state something: not headings, which name a topic ("12. Profiling")."""
        return [i for i in self.added if self.new.sentences[i].passage.kind != "heading"]

    def rewords(self, i: int, said: Callable[[int], bool]) -> bool:
        """Whether added sentence ``i`` rewords a removed sentence of which ``said`` holds."""
        return any(said(j) for j in self.rewordings.get(i, ()))

    def sale_training_profiling(self) -> None:
        """R02 sale or ad sharing, R03 AI training, R13 automated decisions and profiling: an affirmative
        statement added, or a denial removed."""
        # A sale or profiling statement added to a policy that already made one introduces nothing: one
        # severity lower. Not so for training: a new training sentence is how opt-in becomes opt-out or
        # "inputs and outputs" join the training data.
        for signal_id, item, severity, what in (("R02", "C32", "critical", "sale or ad sharing"),
                                                ("R03", "C31", "critical", "AI/ML training"),
                                                ("R13", "C21", "high", "automated decisions / profiling")):
            already = signal_id != "R03" and (self.before.finding(item) or Finding(item, "absent", "")).affirmed
            def affirms(analysis: Analysis, i: int, item: str = item, signal_id: str = signal_id) -> bool:
                # a heading names a topic ("12. Profiling"), it states nothing
                return (_negation_of(analysis, item, i) is False and analysis.sentences[i].passage.kind != "heading"
                        and (signal_id != "R03" or self.states_training(analysis, i)))

            for i in self.added:
                if affirms(self.new, i) and not self.rewords(i, lambda j: affirms(self.old, j)):
                    if already:
                        self.add(signal_id, _one_lower(severity), [self.new.sentences[i].text], f"further {what} statement (the previous version already made one)")
                    else:
                        self.add(signal_id, severity, [self.new.sentences[i].text], f"{what} stated")
            after_denies = (self.after.finding(item) or Finding(item, "absent", "")).denied
            for i in self.removed:
                if _negation_of(self.old, item, i) is True and not after_denies and self.old.sentences[i].passage.kind != "heading":
                    self.add(signal_id, severity, [self.old.sentences[i].text], f"promise removed: no {what}")
            if signal_id == "R03":  # training said without a C31 cue ("… may be used to train and improve the assistant")
                for i in self.stating():
                    if ("C31" not in self.new.sentence_items[i] and self.says(self.new, i, "ai_terms")
                            and self.affirms_lexicon(self.new, i, "trains_models")
                            and not self.rewords(i, lambda j: self.affirms_lexicon(self.old, j, "trains_models"))):
                        self.add("R03", severity, [self.new.sentences[i].text], f"{what} stated")
            # the same denial with an exception carved into it ("… to train AI models, except in de-identified
            # form"), or with part of what it covered cut ("when you use Le Chat Team, Le Chat Enterprise or …"
            # → "when you use Le Chat Enterprise or …")
            for i in self.added:
                if _negation_of(self.new, item, i) is not True:
                    continue
                denials = [j for j in self.rewordings.get(i, ()) if _negation_of(self.old, item, j) is True]
                if self.says(self.new, i, "exception") and any(not self.says(self.old, j, "exception") for j in denials):
                    self.add(signal_id, _one_lower(severity), [self.new.sentences[i].text], f"promise of no {what} now has an exception")
                elif self.new.sentences[i].passage.kind != "heading" and any(
                        _narrowed(self.old.sentences[j].lowered, self.new.sentences[i].lowered) for j in denials):
                    self.add(signal_id, _one_lower(severity), [self.new.sentences[i].text], f"promise of no {what} now covers less")
        # "we do not make automated decisions, and we do not build profiles" → only the first half: the
        # denial of C21 stays, the one of profiling is gone
        if any(self.denies(self.old, j, "profiling") for j in self.removed) and not any(
                self.denies(self.new, i, "profiling") for i in range(len(self.new.sentences))):
            self.add("R13", "high", [self.old.sentences[j].text for j in self.removed if self.denies(self.old, j, "profiling")],
                     "promise removed: no profiling")

    def training_opt_out(self) -> None:
        """R03: training on customer data now happens unless one opts out, where it needed an opt-in or
        was denied ("off by default, administrators can opt in" → "on by default, … can switch it off")."""
        def about_training(analysis: Analysis, i: int) -> bool:
            return ("C31" in analysis.sentence_items[i] or self.says(analysis, i, "ai_training")
                    or analysis.sentences[i].passage.heading_path in self.sections_with(analysis, {"C31"}))

        def opts_out(analysis: Analysis, i: int) -> bool:
            return self.says(analysis, i, "training_opt_out") and about_training(analysis, i)

        opting_out = [i for i in self.added if opts_out(self.new, i) and not self.rewords(i, lambda j: opts_out(self.old, j))]
        if not opting_out or any(self.says(self.new, i, "training_opt_in") and about_training(self.new, i) for i in self.added):
            return
        if any((self.says(self.old, j, "training_opt_in") and about_training(self.old, j)) or _negation_of(self.old, "C31", j) is True
               for j in self.removed):
            self.add("R03", "critical", [self.new.sentences[i].text for i in opting_out], "AI training now opt-out")

    def advertising_recipients(self) -> None:
        """R02: sharing with advertisers or data brokers stated where the previous version never did, its
        denial dropped while the denial of sale stays ("we do not sell your data, and we do not share it
        with advertisers" → "we do not sell your data"), or made conditional on consent."""
        stated = {i: kinds for i in self.stating() if (kinds := self.affirmed_labels(self.new, i, "ad_recipients"))}
        if stated:
            before = self.affirmed_before("ad_recipients", {k for kinds in stated.values() for k in kinds})
            if new := [i for i, kinds in stated.items() if set(kinds) - before]:
                already = (self.before.finding("C32") or Finding("C32", "absent", "")).affirmed  # a sale was stated before
                self.add("R02", _one_lower("critical") if already else "critical", [self.new.sentences[i].text for i in new],
                         "sharing with advertisers stated")
        denied_before = {j: kinds for j in self.removed if (kinds := self.denied_labels(self.old, j, "ad_recipients"))}
        if denied_before:
            denied_now = {i: kinds for i in range(len(self.new.sentences)) if (kinds := self.denied_labels(self.new, i, "ad_recipients"))}
            still_denied = {k for kinds in denied_now.values() for k in kinds}
            if dropped := [j for j, kinds in denied_before.items() if set(kinds) - still_denied]:
                self.add("R02", "critical", [self.old.sentences[j].text for j in dropped], "promise removed: no sharing with advertisers")
            elif (conditional := [i for i in denied_now if i in self.added and self.says(self.new, i, "unless_consent")]) and not any(
                    self.says(self.old, j, "unless_consent") for j in denied_before):
                self.add("R02", "high", [self.new.sentences[i].text for i in conditional], "promise not to share with advertisers now depends on consent")

    def new_recipients(self) -> None:
        """R01: a new recipient named in an added sentence about recipients."""
        def about_recipients(i: int) -> bool:
            if "C09" in self.new.sentence_items[i] or "C10" in self.new.sentence_items[i] or listed_under_item(self.new, self.rules, i, "C09"):
                return True
            pack = self.pack_of(self.new, i)
            cue = pack.cues.get("C09") if pack else None
            heading = " / ".join(self.new.sentences[i].passage.heading_path).lower()
            return bool(cue and cue.search(heading))

        def is_place(name: str, i: int) -> bool:
            """A country or region, or a town the sentence places in one ("Belgrade, Serbia", "Skopju
            (Severna Makedonija)")."""
            lowered = name.lower()
            if any(p.search(lowered) for p in self.places.country_patterns.values()) or any(p.search(lowered) for p in self.places.regions.values()):
                return True
            if legal_entities(name):
                return False  # "Brightdesk Support Services Inc. (Philippines)" is a company
            sentence = self.new.sentences[i].lowered
            return any(bool(places_in(m.group(1), self.places))
                       for m in re.finditer(re.escape(lowered) + r"\s*[,(]\s*([^,;()]{1,40})", sentence))

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
                lower_case_words = {w for analysis in (self.old, self.new) for s in analysis.sentences for w in _LETTERS.findall(s.text) if w.islower()}
            return all(w.lower() in lower_case_words or w.lower() in TERM_WORDS for w in words)

        def is_tracker(analysis: Analysis, i: int, name: str) -> bool:
            """A tracker ("Google Analytics", "Meta Pixel") in a sentence about cookies and tracking is R19's
            new tracker, not a new recipient; named as a processor ("Intercom R&D … (in-app chat)") it is R01's."""
            if "C25" not in analysis.sentence_items[i]:
                return False
            pack = self.pack_of(analysis, i)
            trackers = pack.labels.get("trackers", {}) if pack else {}
            return any(p.search(fold(name)) for p in trackers.values())

        for i in self.added:
            if not about_recipients(i):
                # a company with its legal form in any other sentence ("Chat is provided by Intercom R&D
                # Unlimited Company"), unless the sentence names the controller, a contact or an authority
                if not self.new.sentence_items[i] & {"C01", "C02", "C03", "C04", "C19"}:
                    companies = [n for n in legal_entities(self.new.sentences[i].text) if not self.named_before.has(n)]
                    if companies:
                        self.add("R01", "high", [self.new.sentences[i].text], "new recipient: " + ", ".join(companies))
                continue
            new_names = [n for n in organisation_names(self.new.sentences[i].text)
                         if not self.named_before.has(n) and not is_place(n, i) and not is_term(n)
                         and (self.new.languages[i] not in CAPITALISED_NOUNS or marked_as_name(n))
                         and not is_tracker(self.new, i, n)]
            sold_here = any(self.new.sentences[i].text in sig.evidence for sig in self.result.signals if sig.id == "R02")
            new_categories = [c for c in self.labels(self.new, i, "recipient_categories") if c in {"advertisers", "data_brokers"}
                              and c not in _value(self.before, "C09", "categories", []) and not sold_here]  # R02's
            if new_names or new_categories:
                self.add("R01", "high", [self.new.sentences[i].text], "new recipient: " + ", ".join(new_names + new_categories))

    def transfers(self) -> None:
        """R04: a new destination outside the EU/EEA, or a safeguard removed."""
        new_countries = [c for c in _value(self.after, "C10", "countries", []) if c not in _value(self.before, "C10", "countries", [])]
        if new_countries and _value(self.after, "C10", "affirmed", False):
            evidence = [e.text for e in (self.after.finding("C10") or Finding("C10", "", "")).evidence
                        if any(self.places.country_patterns.get(c) and self.places.country_patterns[c].search(e.text.lower()) or c in {"non_EEA", "worldwide"} for c in new_countries)]
            self.add("R04", "high", evidence or [self.new.sentences[i].text for i in self.added if "C10" in self.new.sentence_items[i]],
                "transfer outside the EU/EEA added: " + ", ".join(new_countries))
        # a country outside the EEA that the previous version never named, in an added sentence about
        # transfers or storage or under such a heading ("Our support team in India may access your data")
        def about_transfers(i: int) -> bool:
            if self.new.sentence_items[i] & {"C01", "C04", "C19"} or ("C02" in self.new.sentence_items[i] and _ADDRESS.search(self.new.sentences[i].text)):
                return False  # an address or a contact ("Registered Address: …, Seoul, South Korea") sends no data there
            pack = self.pack_of(self.new, i)
            exclude = pack.exclude.get("C10") if pack else None
            if exclude is not None and exclude.search(self.new.sentences[i].lowered):
                return False  # a residence lead-in: "If you live outside the EEA, … Canada, Japan and Brazil:"
            if self.new.sentence_items[i] & {"C10", "C29"} or self.says(self.new, i, "hosting"):
                return True
            transfer_items = {"C10", "C29"}
            if self.new.sentences[i].passage.heading_path in self.sections_with(self.old, transfer_items) | self.sections_with(self.new, transfer_items):
                return True  # a section that speaks of transfers or storage ("No other transfers are made.")
            heading = fold(" / ".join(self.new.sentences[i].passage.heading_path))
            tests = [pack.cues.get("C10"), pack.cues.get("C29"), pack.lexicon("hosting"), pack.lexicon("transfer_sections")] if pack else []
            return any(t is not None and t.search(heading) for t in tests)

        def denied_there(i: int, countries: list[str]) -> bool:
            """The clause naming each country is negated ("we never transfer your data to India")."""
            return all(any(negated for _, negated in self.clause_matches(self.new, i, self.places.country_patterns[c]))
                       for c in countries)

        reported = set(new_countries)
        for i in self.added:
            named = [c for c in non_eea(places_in(self.new.sentences[i].lowered, self.places), self.places)
                     if c not in reported and c in self.places.country_patterns
                     and not any(self.places.country_patterns[c].search(s.lowered) for s in self.old.sentences)]
            if named and about_transfers(i) and not denied_there(i, named):
                reported.update(named)
                self.add("R04", "high", [self.new.sentences[i].text], "data outside the EU/EEA in a new country: " + ", ".join(named))
        # a new transfer to a country already named: an added transfer sentence (C10, affirmed) naming it
        # that rewords no removed sentence naming it ("Error reports sent to Sentry are also transferred to
        # the United States")
        def transfers_to(analysis: Analysis, i: int) -> list[str]:
            if _negation_of(analysis, "C10", i) is not False:
                return []
            return [c for c in non_eea(places_in(analysis.sentences[i].lowered, self.places), self.places) if c in self.places.country_patterns]

        for i in self.added:
            if (again := [c for c in transfers_to(self.new, i) if c not in reported]) and about_transfers(i) and not any(
                    set(again) & set(transfers_to(self.old, j)) for j in self.rewordings.get(i, ())) and not denied_there(i, again):
                reported.update(again)
                self.add("R04", "high", [self.new.sentences[i].text], "new transfer outside the EU/EEA: " + ", ".join(again))
        # or a sentence about a transfer there that now names another company ("Zendesk and Postmark process
        # data in the United States" → "Zendesk, Postmark and Datadog …")
        added_entities = [e for i in self.added for e in legal_entities(self.new.sentences[i].text)]
        for i in self.added:
            countries = [c for c in non_eea(places_in(self.new.sentences[i].lowered, self.places), self.places)
                         if c in self.places.country_patterns]
            if not countries or not about_transfers(i) or denied_there(i, countries):
                continue
            for j in self.rewordings.get(i, ()):
                if set(countries) & set(non_eea(places_in(self.old.sentences[j].lowered, self.places), self.places)):
                    companies = [n for n in organisation_names(self.new.sentences[i].text)
                                 if not self.named_before.has(n) and n not in organisation_names(self.old.sentences[j].text)
                                 and any(n in entity for entity in added_entities)]  # a company the new version adds
                    if companies:
                        self.add("R04", "high", [self.new.sentences[i].text],
                                 f"new transfer to {', '.join(countries)}: " + ", ".join(companies))
                        break
        lost_mechanisms = [m for m in _value(self.before, "C10", "mechanisms", []) if m not in _value(self.after, "C10", "mechanisms", [])]
        if lost_mechanisms:
            self.add("R04", "high", [self.old.sentences[i].text for i in self.removed if "C10" in self.old.sentence_items[i]], "safeguard removed: " + ", ".join(lost_mechanisms))

    def data_location(self) -> None:
        """R05: data stored in a new place outside the EEA, or anywhere."""
        new_outside = [p for p in _value(self.after, "C29", "outside_eea", []) if p not in _value(self.before, "C29", "outside_eea", [])]
        anywhere = self.places.regions.get("worldwide")

        def hosts_anywhere(analysis: Analysis, i: int) -> bool:
            return bool(anywhere and anywhere.search(analysis.sentences[i].lowered)
                        and ("C29" in analysis.sentence_items[i] or self.says(analysis, i, "hosting")))

        worldwide = [i for i in self.added if hosts_anywhere(self.new, i) and not self.rewords(i, lambda j: hosts_anywhere(self.old, j))]
        if new_outside or worldwide:
            evidence = [self.new.sentences[i].text for i in self.added if "C29" in self.new.sentence_items[i]] + [self.new.sentences[i].text for i in worldwide]
            self.add("R05", "critical" if self.storage_like else "high", evidence, "data location now includes " + ", ".join(new_outside or ["anywhere"]))
            # data stored outside the EEA is transferred there, whether or not the country was named before
            self.add("R04", "high", evidence, "data now stored outside the EU/EEA: " + ", ".join(new_outside or ["anywhere"]))
            return
        # within the EEA: the places named for storage changed ("only in Germany" → "in the EU"; "in
        # Stockholm and Malmö" → "in our providers' data centres"), or a promise that data stays in a
        # place was dropped ("Your files never leave the EU.")
        was, now = _value(self.before, "C29", "locations", []), _value(self.after, "C29", "locations", [])
        regions = set(self.places.regions)
        lost = [p for p in was if p not in now]
        widened = [p for p in now if p in regions and p not in was]  # "only in Germany" → "in the EU"
        if was and (lost or widened):
            evidence = ([self.new.sentences[i].text for i in self.added if "C29" in self.new.sentence_items[i]]
                        or [self.old.sentences[j].text for j in self.removed if "C29" in self.old.sentence_items[j]])
            self.add("R05", "medium", evidence, f"data location {', '.join(was)} → {', '.join(now) or 'not stated'}")
        promises = [j for j in self.removed if self.promises_residency(self.old, j)]
        if promises:  # compared by place: "only in France" dropped while "stays in the EU" is kept is R05
            kept = {p for i in range(len(self.new.sentences)) if self.promises_residency(self.new, i)
                    for p in places_in(self.new.sentences[i].lowered, self.places)}
            dropped = [j for j in promises if set(places_in(self.old.sentences[j].lowered, self.places)) - kept]
            if dropped:
                self.add("R05", "medium", [self.old.sentences[j].text for j in dropped], "promise that data stays in place removed")

    def promises_residency(self, analysis: Analysis, i: int) -> bool:
        """Sentence ``i`` says that data stays in a named place ("Your files never leave the EU")."""
        return self.says(analysis, i, "data_residency") and bool(places_in(analysis.sentences[i].lowered, self.places))

    def retention(self) -> None:
        """R06: a retention period lengthened, or replaced by vague criteria."""
        for flip in [f for f in self.result.flips if f.id == "C11" and f.kind == "value"]:
            if isinstance(flip.before, (int, float)) and isinstance(flip.after, (int, float)) and flip.after > flip.before:
                severity = "high" if flip.after >= 2 * flip.before else "medium"
                self.add("R06", severity, [self.new.sentences[i].text for i in self.added if "C11" in self.new.sentence_items[i]],
                    f"retention {flip.field}: {flip.before} → {flip.after} days")
        if _value(self.before, "C11", "max_days") and not _value(self.after, "C11", "max_days") and _value(self.after, "C11", "criteria_only", False):
            self.add("R06", "medium", [self.new.sentences[i].text for i in self.added if "C11" in self.new.sentence_items[i]], "concrete period replaced by vague criteria")
        # one period replaced by criteria under the same heading ("Log files are deleted after 12 months" →
        # "… retained for as long as necessary"), while other periods stay
        def period_of(analysis: Analysis, i: int) -> list[tuple[float, str, int, int]]:
            pack = self.pack_of(analysis, i)
            return durations(analysis.sentences[i].lowered, pack) if pack and "C11" in analysis.sentence_items[i] else []

        # one statement whose period grew ("| Account data | 3 months |" → "| … | 5 years |") while the
        # category's longest period elsewhere hides it in the value
        for i, j in _same_statement(self.old, self.new, [j for j in self.removed if period_of(self.old, j)], [i for i in self.added if period_of(self.new, i)]):
            was, now = max(period_of(self.old, j)), max(period_of(self.new, i))
            if now[0] > was[0]:
                self.add("R06", "high" if now[0] >= 2 * was[0] else "medium", [self.new.sentences[i].text], f"retention {was[1]} → {now[1]}")
        # a period replaced by criteria under the same heading, in a sentence or a table row that may not
        # name retention itself ("| Raw data | 13 months |" → "| Raw data | As long as necessary |") and
        # may keep another period ("12 months …, invoices 10 years" → "as long as needed …, invoices 10 years")
        lost_periods = [j for j in self.removed if period_of(self.old, j)]
        for i in self.added:
            if not lost_periods or not self.says(self.new, i, "vague_retention"):
                continue
            heading = self.new.sentences[i].passage.heading_path
            still_stated = {days for k in self.added if self.new.sentences[k].passage.heading_path == heading
                            for days, _, _, _ in period_of(self.new, k)}  # restated by an added sentence
            replaced = [raw for j in lost_periods if self.old.sentences[j].passage.heading_path == heading
                        for days, raw, _, _ in period_of(self.old, j) if days not in still_stated]
            if replaced:
                self.add("R06", "medium", [self.new.sentences[i].text], "concrete period replaced by vague criteria: "
                    + ", ".join(replaced) + " → criteria only")

    def rights(self) -> None:
        """R07: a data-subject right removed or given conditions."""
        for flip in self.result.flips:
            if flip.id in RIGHTS and flip.kind == "status" and flip.before == "present" and flip.after != "present":
                self.add("R07", "high", [e.text for e in (self.before.finding(flip.id) or Finding(flip.id, "", "")).evidence][:2], f"{flip.id} no longer found")
        def restricts_a_right(analysis: Analysis, i: int) -> bool:
            # not an extra right for the residents of a place outside the EEA ("If you live in the United
            # States, you may opt out …", "California residents can request … once a year")
            return (self.about_rights(analysis, i) and self.says(analysis, i, "right_restrictions")
                    and not self.says(analysis, i, "non_eu_regimes")
                    and not non_eea(places_in(analysis.sentences[i].lowered, self.places), self.places))

        for i in self.added:
            if restricts_a_right(self.new, i) and not self.rewords(i, lambda j: restricts_a_right(self.old, j)):
                self.add("R07", "medium", [self.new.sentences[i].text], "a right gained conditions")
        # a right dropped from the list of rights while another sentence still names it ("have your data
        # erased" gone, "we erase your data after 60 days" kept)
        still_named = {item for i in self.added for item in self.new.sentence_items[i]}
        for j in self.removed:
            dropped = sorted(self.old.sentence_items[j] & set(RIGHTS) - still_named)
            # not a legal-basis statement that mentions withdrawing consent ("… with your consent, which
            # you can withdraw at any time" → "… on our legitimate interest"): R10's
            if dropped and "C06" not in self.old.sentence_items[j] and self.in_rights_section(self.old, j):
                self.add("R07", "high", [self.old.sentences[j].text], "no longer listed: " + ", ".join(dropped))

    def about_rights(self, analysis: Analysis, i: int) -> bool:
        """Sentence ``i`` names a data-subject right, or stands in the section about them."""
        return bool(analysis.sentence_items[i] & set(RIGHTS)) or self.in_rights_section(analysis, i)

    def in_rights_section(self, analysis: Analysis, i: int) -> bool:
        pack = self.pack_of(analysis, i)
        section = pack.section.get("C12") if pack else None
        return bool(section and section.search(fold(" / ".join(analysis.sentences[i].passage.heading_path))))

    def rewordings_of(self, j: int) -> list[int]:
        """The added sentences that reword removed sentence ``j``."""
        return [i for i, removed in self.rewordings.items() if j in removed]

    def contacts(self) -> None:
        """R08: the DPO or a contact address removed or changed."""
        dpo_before, dpo_after = self.before.finding("C04"), self.after.finding("C04")
        if dpo_before and dpo_before.status == "present" and dpo_after and dpo_after.status != "present":
            self.add("R08", "high", [e.text for e in dpo_before.evidence][:2], "DPO contact removed")
        elif set(_value(self.before, "C04", "emails", [])) - set(_value(self.after, "C04", "emails", [])):
            self.add("R08", "medium", [self.new.sentences[i].text for i in self.added if "C04" in self.new.sentence_items[i]], "DPO contact changed")
        # the channel for requests changed in one statement ("write to dpo@x.fr" → "use the form on x.fr")
        with_email = [j for j in self.removed if EMAIL.search(self.old.sentences[j].text)
                      and (self.old.sentence_items[j] & {"C02", "C04"} or self.about_rights(self.old, j))]
        still_given = {e for i in self.added for e in EMAIL.findall(self.new.sentences[i].text)}
        for i, j in [(i, j) for i, j in (_same_statement(self.old, self.new, self.removed, self.added) if with_email else [])
                     if j in with_email]:
            was, now = set(EMAIL.findall(self.old.sentences[j].text)), set(EMAIL.findall(self.new.sentences[i].text))
            if was - now - still_given:  # an address the changed text no longer gives anywhere
                self.add("R08", "medium", [self.new.sentences[i].text],
                         f"contact changed: {', '.join(sorted(was))} → {', '.join(sorted(now)) or 'no e-mail address'}")
        lost_contacts = set(_value(self.before, "C02", "emails", [])) - set(_value(self.after, "C02", "emails", []))
        if lost_contacts:
            self.add("R08", "medium", [self.old.sentences[i].text for i in self.removed if "C02" in self.old.sentence_items[i]], "contact address removed: " + ", ".join(sorted(lost_contacts)))

    def controller(self) -> None:
        """R09: the controller's identity changed: a company named in a changed controller sentence that
        the other version never names (not the list of names in the C01 value: it is cut at five, and a
        name added earlier in the text pushes another out of it)."""
        def unnamed_in(entities: list[tuple[int, str]], other: NamesIn) -> list[tuple[int, str]]:
            return [(i, n) for i, n in entities if not other.has(n, any_case=True)]

        def controller_entities(analysis: Analysis, indices: list[int]) -> list[tuple[int, str]]:
            # a sentence about recipients ("| Processor | Acme Inc. |") names them for R01, not a controller;
            # so does a list of companies ("We use Hetzner Online GmbH for hosting, Stripe … Ltd for …, Brevo SAS …")
            found = []
            for i in indices:
                if analysis.sentences[i].passage.kind == "list_item":
                    continue  # a list of companies lists processors ("- Visma Solutions Oy – invoicing")
                if ("C01" in analysis.sentence_items[i] and not analysis.sentence_items[i] & {"C09", "C04"}  # not the DPO's firm
                        and not listed_under_item(analysis, self.rules, i, "C09")):  # a row of a processors table
                    entities = legal_entities(analysis.sentences[i].text)
                    if len(entities) <= MAX_CONTROLLERS_NAMED:
                        found += [(i, n) for n in entities]
            return found

        # (the previous version may have named its controller without a legal form the names read:
        # "Spletnik, spletne rešitve, d.o.o.")
        controller_before = (self.before.finding("C01") or Finding("C01", "absent", "")).status == "present"
        if (_value(self.before, "C01", "names") or controller_before) and _value(self.after, "C01", "names"):
            named = unnamed_in(controller_entities(self.new, self.added), self.named_before)
            unnamed = unnamed_in(controller_entities(self.old, self.removed), self.named_after)
            if named or unnamed:
                detail = "; ".join(part for part in (
                    "now named: " + ", ".join(dict.fromkeys(n for _, n in named)) if named else "",
                    "no longer named: " + ", ".join(dict.fromkeys(n for _, n in unnamed)) if unnamed else "") if part)
                self.add("R09", "high", list(dict.fromkeys([self.new.sentences[i].text for i, _ in named] + [self.old.sentences[i].text for i, _ in unnamed])),
                    f"controller: {detail}")

    def legal_basis(self) -> None:
        """R10: a new legal basis, or a processing's basis changed."""
        new_bases = [x for x in _value(self.after, "C06", "bases", []) if x not in _value(self.before, "C06", "bases", [])]
        if new_bases:
            self.add("R10", "high" if "legitimate_interests" in new_bases else "medium",
                [self.new.sentences[i].text for i in self.added if "C06" in self.new.sentence_items[i]], "new legal basis: " + ", ".join(new_bases))
        # a processing that keeps its sentence but changes its basis ("| Newsletter | Consent |" → "| Newsletter
        # | Legitimate interests |"), while the policy used the new basis elsewhere already
        # or that is said in another sentence about the same purpose ("only if you have consented to our
        # newsletter" → "the newsletter is sent on the basis of our legitimate interest")
        based_before = [j for j in self.removed if self.labels(self.old, j, "legal_bases")]
        based_after = [i for i in self.added if self.labels(self.new, i, "legal_bases")]
        pairs = _same_statement(self.old, self.new, based_before, based_after)
        paired = {i for i, _ in pairs} | {j for _, j in pairs}
        for i in based_after:
            purposes = set(self.labels(self.new, i, "purposes"))
            for j in based_before:
                if i not in paired and j not in paired and purposes & set(self.labels(self.old, j, "purposes")):
                    pairs.append((i, j))
                    paired.update((i, j))
        for i, j in pairs:
            now, was = self.labels(self.new, i, "legal_bases"), self.labels(self.old, j, "legal_bases")
            lost = [x for x in was if x not in now]
            named_now = [x for x in now if x not in was]  # a basis the statement did not give before
            # (a basis new to the policy is reported above; consent giving way to legitimate interests in a
            # statement that already named both for other purposes is still the change that matters)
            if lost and ((named_now and not set(named_now) <= set(new_bases)) or ("consent" in lost and "legitimate_interests" in now)):
                self.add("R10", "high" if "legitimate_interests" in (named_now or now) else "medium", [self.new.sentences[i].text],
                    f"legal basis changed: {', '.join(lost)} → {', '.join(named_now or now)}")

    def new_tracking(self) -> None:
        """R19: a kind of tracking (session recording, fingerprinting, analytics, advertising or tracking
        cookies, A/B tests) that an added sentence affirms and the previous version never did, whoever
        provides it; or the option to reject all cookies no longer mentioned."""
        kinds = {i: found for i in self.stating() if (found := self.affirmed_labels(self.new, i, "tracking_kinds"))}
        if kinds:
            before = self.affirmed_before("tracking_kinds", {k for found in kinds.values() for k in found})
            for i, found in kinds.items():
                if new := [k for k in found if k not in before]:
                    self.add("R19", "medium", [self.new.sentences[i].text], "new kind of tracking: " + ", ".join(new))
        dropped = [j for j in self.removed if self.says(self.old, j, "reject_all")]
        if dropped and not any(self.says(self.new, i, "reject_all") for i in range(len(self.new.sentences))):
            self.add("R19", "medium", [self.old.sentences[j].text for j in dropped], "the option to reject all cookies is no longer mentioned")

    def clause_matches(self, analysis: Analysis, i: int, pattern: re.Pattern[str] | None) -> list[tuple[str, bool]]:
        """Each match of ``pattern`` in sentence ``i``, with whether the clause it starts in is negated
        ("we do not sell your data, but we share it with partners": "sell" negated, "share" not). The one
        place where signals read polarity per clause."""
        pack = self.pack_of(analysis, i)
        lowered = analysis.sentences[i].lowered
        if pack is None or pattern is None:
            return []
        matches = list(pattern.finditer(lowered))
        if not matches:
            return []
        spans = clause_spans(lowered, pack.clause_breaks)
        found = []
        for match in matches:
            clause = next((lowered[x:y] for x, y in spans if x <= match.start() < y), lowered)
            found.append((match.group(0), bool(pack.negation and pack.negation.search(clause))))
        return found

    def lexicon_matches(self, analysis: Analysis, i: int, name: str) -> list[tuple[str, bool]]:
        pack = self.pack_of(analysis, i)
        return self.clause_matches(analysis, i, pack.lexicon(name) if pack else None)

    def affirms_lexicon(self, analysis: Analysis, i: int, name: str) -> bool:
        """Whether sentence ``i`` says lexicon ``name`` in a clause that is not negated."""
        return any(not negated for _, negated in self.lexicon_matches(analysis, i, name))

    def denies(self, analysis: Analysis, i: int, name: str) -> bool:
        """Whether sentence ``i`` says lexicon ``name`` in a negated clause ("we do not build profiles")."""
        return bool(self.denied_terms(analysis, i, name))

    def denied_terms(self, analysis: Analysis, i: int, name: str) -> list[str]:
        """The words of the matches of lexicon ``name`` in the negated clauses of sentence ``i``."""
        return [_words_of(text) for text, negated in self.lexicon_matches(analysis, i, name) if negated]

    def denied_labels(self, analysis: Analysis, i: int, name: str) -> list[str]:
        """The labels of set ``name`` that sentence ``i`` says only in negated clauses ("we do not share it
        with advertisers")."""
        return [label for label in self.labels(analysis, i, name) if label not in self.affirmed_labels(analysis, i, name)]

    def affirmed_labels(self, analysis: Analysis, i: int, name: str, only: Collection[str] | None = None) -> list[str]:
        """The labels of set ``name`` (those in ``only`` when given) that sentence ``i`` says in a clause
        that is not negated ("we use no analytics cookies" affirms none)."""
        pack = self.pack_of(analysis, i)
        labelled = pack.labels.get(name, {}) if pack else {}
        return [label for label, pattern in labelled.items() if (only is None or label in only)
                and any(not negated for _, negated in self.clause_matches(analysis, i, pattern))]

    def affirmed_before(self, name: str, labels: Collection[str]) -> set[str]:
        """Which of ``labels`` (of set ``name``) any sentence of the previous version affirms; asked only
        for the labels an added sentence says, and stopping when all are found."""
        wanted, found = set(labels), set[str]()
        for j in range(len(self.old.sentences)):
            found.update(self.affirmed_labels(self.old, j, name, only=wanted - found))
            if found == wanted:
                break
        return found

    def new_special_categories(self) -> None:
        """R12: a special category of data (health, biometrics, precise location, ...) that an added
        sentence affirms and the previous version never did, wherever it is said ("we create a voiceprint
        for each participant"), besides the categories the C08 value lists."""
        said = {i: found for i in self.stating() if not self.says(self.new, i, "defines_terms")  # "Personal data includes biometric …"
                and (found := self.affirmed_labels(self.new, i, "special_categories"))}
        if said:
            before = self.affirmed_before("special_categories", {k for found in said.values() for k in found})
            for i, found in said.items():
                if new := [k for k in found if k not in before]:
                    self.add("R12", "high", [self.new.sentences[i].text], "new special category: " + ", ".join(new))

    def new_values(self) -> None:
        """R19 new trackers, R12 new special categories, R11 new purposes, from the C25, C08 and C05 values
        (``new_tracking`` and ``new_special_categories`` read any added sentence besides)."""
        # (R11 last: a purpose said only by sentences another signal quotes, "the Meta pixel measures our
        # ads" for R19, is that signal's)
        for signal_id, item, key, severity, what in (("R19", "C25", "trackers", "medium", "new tracker"),
                                                     ("R12", "C08", "special_categories", "high", "new special category"),
                                                     ("R11", "C05", "purposes", "medium", "new purpose")):
            # what trackers, ads or training quote ("the Meta pixel measures our ads"); profiling for marketing
            # is a new purpose besides R13
            quoted = {e for s in self.result.signals if s.id in {"R19", "R02", "R03", "R01"} for e in s.evidence}
            new = [x for x in _value(self.after, item, key, []) if x not in _value(self.before, item, key, [])
                   and DEDICATED_SIGNAL.get(x) not in {s.id for s in self.result.signals}
               # not every purpose of a version whose purposes were not found at all before
               and not (signal_id == "R11" and (self.before.finding("C05") or Finding("C05", "absent", "")).status != "present")
                   and not (signal_id == "R11" and (saying := [i for i in self.added if x in self.labels(self.new, i, key)])
                            and all(self.new.sentences[i].text in quoted for i in saying))
                   # a tracker company named only as a processor ("HubSpot … (CRM)") is R01's new recipient
                   and not (signal_id == "R19" and (saying := [i for i in self.added if x in self.labels(self.new, i, key)])
                            and all("C25" not in self.new.sentence_items[i] and self.new.sentences[i].text in quoted for i in saying))]
            if new:
                about = [i for i in self.added if item in self.new.sentence_items[i]]
                naming = [i for i in self.added if set(self.labels(self.new, i, key)) & set(new)]  # the sentences that say the new one
                self.add(signal_id, severity, [self.new.sentences[i].text for i in naming or about], f"{what}: " + ", ".join(new))

    def security(self) -> None:
        """R14: a security measure no longer mentioned."""
        lost_measures = [m for m in _value(self.before, "C26", "measures", []) if m not in _value(self.after, "C26", "measures", [])]
        if lost_measures:
            self.add("R14", "critical" if self.storage_like else "high", [self.old.sentences[i].text for i in self.removed if "C26" in self.old.sentence_items[i]],
                "security measure no longer mentioned: " + ", ".join(lost_measures))

    def mandatory_security(self) -> None:
        """R14: a security measure the previous version made mandatory ("two-factor authentication is
        always on") that the new one still names but no longer requires."""
        required = {m: j for j in self.removed if self.affirms_lexicon(self.old, j, "mandatory") for m in self.labels(self.old, j, "security")}
        if not required:
            return
        still = {m for i in range(len(self.new.sentences)) if self.affirms_lexicon(self.new, i, "mandatory") for m in self.labels(self.new, i, "security")}
        named = {m for i in self.added for m in self.labels(self.new, i, "security")}
        if optional := sorted(m for m in required if m not in still and m in named):
            self.add("R14", "critical" if self.storage_like else "high", [self.old.sentences[required[m]].text for m in optional],
                     "no longer mandatory: " + ", ".join(optional))

    def breach_notification(self) -> None:
        """R15: breach notification removed, or its deadline dropped or lengthened."""
        breach_before, breach_after = self.before.finding("C27"), self.after.finding("C27")
        if breach_before and breach_before.status == "present" and (breach_after is None or breach_after.status != "present"):
            self.add("R15", "medium", [e.text for e in breach_before.evidence][:2], "breach handling no longer mentioned")
        else:
            old_hours, new_hours = _value(self.before, "C27", "notification_hours"), _value(self.after, "C27", "notification_hours")
            if old_hours and (not new_hours or new_hours > old_hours):
                self.add("R15", "medium", [self.new.sentences[i].text for i in self.added if "C27" in self.new.sentence_items[i]]
                    or [self.old.sentences[j].text for j in self.removed if "C27" in self.old.sentence_items[j]],
                    f"breach notification within {old_hours} h → {f'{new_hours} h' if new_hours else 'no deadline'}")

    def added_statements(self) -> None:
        """R16 change notice, R17 arbitration, R18 liability, R21 government access: added sentences."""
        for signal_id, name, severity, what in (("R16", "no_notice_change", "medium", "changes without notice"),
                                                ("R17", "arbitration", "medium", "arbitration / forum / governing law"),
                                                ("R18", "liability", "medium", "liability limitation / unilateral termination"),
                                                ("R21", "government_access", "medium", "government / law-enforcement access")):
            before_hits: set[str] | None = None  # only wanted when an added sentence matches

            def said_before(j: int, name: str = name) -> bool:
                return self.says(self.old, j, name)

            terms_before: set[str] | None = None
            for i in self.added:
                if self.says(self.new, i, name):
                    if before_hits is None or terms_before is None:
                        matching = [j for j in range(len(self.old.sentences)) if self.says(self.old, j, name)]
                        before_hits = {_words_of(self.old.sentences[j].lowered) for j in matching}
                        terms_before = {t for j in matching for t in self.lexicon_terms(self.old, j, name)}
                    if (_words_of(self.new.sentences[i].lowered) not in before_hits
                            and not self.rewords(i, said_before)):
                        self.add(signal_id, severity, [self.new.sentences[i].text], what)
                    elif new_terms := [t for t in self.lexicon_terms(self.new, i, name) if t not in terms_before]:
                        # a reworded sentence that says more ("the police" → "the police, an intelligence
                        # service or an authority abroad")
                        self.add(signal_id, severity, [self.new.sentences[i].text], f"{what}: now also {', '.join(new_terms)}")

    def lexicon_terms(self, analysis: Analysis, i: int, name: str) -> list[str]:
        """The words of every match of lexicon ``name`` in sentence ``i``."""
        return [_words_of(text) for text, _ in self.lexicon_matches(analysis, i, name)]

    def notice_period(self) -> None:
        """R16: the advance notice of changes to the policy shortened or dropped ("at least 30 days before
        they take effect" → "changes take effect when we post them"), when a changed sentence gave it."""
        if not any(self.notice_days_in(self.old, j) for j in self.removed):
            return
        was = max(d for j in range(len(self.old.sentences)) for d in self.notice_days_in(self.old, j))
        now = max((d for i in range(len(self.new.sentences)) for d in self.notice_days_in(self.new, i)), default=None)
        if now is None or now < was:
            evidence = ([self.new.sentences[i].text for i in self.added
                         if "C28" in self.new.sentence_items[i] or self.says(self.new, i, "change_notice")]
                        or [self.old.sentences[j].text for j in self.removed if self.notice_days_in(self.old, j)])
            self.add("R16", "medium", evidence, f"notice of changes {_days(was)} → {_days(now) if now else 'none'}")

    def notice_days_in(self, analysis: Analysis, i: int) -> list[float]:
        """The periods of advance notice sentence ``i`` gives ("we will tell you at least 30 days before")."""
        if not self.says(analysis, i, "change_notice"):
            return []
        pack = self.pack_of(analysis, i)
        return [days for days, _raw, _start, _end in durations(analysis.sentences[i].lowered, pack)] if pack else []

    def children(self) -> None:
        """R20: the children's minimum age lowered, in the value, or in one statement that keeps its
        place ("at least 18" → "at least 13") while another sentence keeps the highest age."""
        old_age, new_age = _value(self.before, "C24", "age"), _value(self.after, "C24", "age")
        if old_age and new_age and new_age < old_age:
            self.add("R20", "medium", [self.new.sentences[i].text for i in self.added if "C24" in self.new.sentence_items[i]], f"minimum age {old_age} → {new_age}")

        def age_in(analysis: Analysis, i: int) -> int | None:
            if "C24" not in analysis.sentence_items[i] and not self.says(analysis, i, "minimum_age"):
                return None
            return age_threshold(analysis.sentences[i].lowered)

        for i, j in _same_statement(self.old, self.new, self.removed, self.added):
            was, now = age_in(self.old, j), age_in(self.new, i)
            if was and now and now < was:
                self.add("R20", "medium", [self.new.sentences[i].text], f"minimum age {was} → {now}")
        # an age said by an added sentence about children below every age the previous version gave
        # ("accounts of anyone under 16 are deleted" → "parents can create accounts for children from 8")
        def child_age(analysis: Analysis, i: int) -> int | None:
            if not (age_in(analysis, i) or self.says(analysis, i, "children")):
                return None
            return age_threshold(analysis.sentences[i].lowered)

        new_ages = [(age, i) for i in self.added if (age := child_age(self.new, i))]
        if new_ages and not old_age:
            old_ages = [age for j in range(len(self.old.sentences)) if (age := child_age(self.old, j))]
            youngest, i = min(new_ages)
            if old_ages and youngest < min(old_ages):
                self.add("R20", "medium", [self.new.sentences[i].text], f"minimum age {min(old_ages)} → {youngest}")
        # a denial that children's data is collected replaced by a statement that it is ("we do not knowingly
        # collect data of children under 13" → "schools may use the chat with children under 13")
        if any(_negation_of(self.old, "C24", j) for j in self.removed) and not (
                self.after.finding("C24") or Finding("C24", "absent", "")).denied:
            affirming = [i for i in self.added if _negation_of(self.new, "C24", i) is False and self.says(self.new, i, "children")]
            if affirming:
                self.add("R20", "medium", [self.new.sentences[i].text for i in affirming], "children's data now collected")
