"""The compliance check of one policy text: passages → language → cue matches with polarity →
findings (present / absent / not_applicable) with evidence and extracted values → vendor requirements."""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass, field
from hashlib import blake2b
from typing import Any

from crawler.normalize import count_words
from monitor.checks import values as V
from monitor.checks.language import detect_language, detect_passage_languages, dominant_language
from monitor.checks.prefilter import may_match
from monitor.checks.rules import CompiledRequirement, LanguagePack, RuleSet, default_rules
from monitor.checks.segment import Passage, Sentence, clause_spans, fold, split_passages, split_sentences

MAX_EVIDENCE = 5
MAX_TEXT_CHARS = 8_000_000
# a passage detected as another language than the document's needs this many words to keep it
MIN_WORDS_FOR_OWN_LANGUAGE = 8
MIN_SHARE_FOR_OWN_LANGUAGE = 0.55


class CheckInputError(ValueError):
    """The text cannot be checked (e.g. too large); the message says why."""


@dataclass(frozen=True)
class Evidence:
    """A sentence that addresses an item: where it is and whether its clause is negated."""

    text: str
    heading_path: tuple[str, ...]
    start: int
    end: int
    language: str
    negated: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "heading_path": list(self.heading_path),
            "start": self.start,
            "end": self.end,
            "language": self.language,
            "negated": self.negated,
        }


@dataclass
class Finding:
    """The verdict on one checklist item or user requirement."""

    id: str
    status: str  # present | absent | not_applicable
    title: str
    kind: str = "checklist"  # checklist | requirement
    evidence: list[Evidence] = field(default_factory=list)
    value: Any = None
    affirmed: bool = False
    denied: bool = False

    def as_contract(self) -> dict[str, Any]:
        """The `check --json` finding: the contract fields plus title, kind and located evidence."""
        shown = self.evidence[:MAX_EVIDENCE]
        return {
            "id": self.id,
            "status": self.status,
            "evidence": [e.text for e in shown],
            "value": self.value,
            "title": self.title,
            "kind": self.kind,
            "locations": [e.as_dict() for e in shown],
        }


@dataclass(frozen=True)
class Hit:
    item: str
    sentence: int  # index into Analysis.sentences
    negated: bool


@dataclass
class Analysis:
    """Everything the check saw: sentences with their language and the cue hits (used by re-checks)."""

    sentences: list[Sentence]
    languages: list[str | None]
    hits: dict[str, list[Hit]]
    sentence_items: list[set[str]]
    # one Evidence per (sentence, negated): a sentence addresses several items
    evidence_of: dict[tuple[int, bool], Evidence] = field(default_factory=dict, repr=False, compare=False)


@dataclass
class CheckReport:
    status: str  # ok | empty | unsupported_language
    language: str | None
    languages: list[dict[str, Any]]
    findings: list[Finding]
    words: int
    analysis: Analysis | None = None
    message: str | None = None

    def finding(self, item_id: str) -> Finding | None:
        return next((f for f in self.findings if f.id == item_id), None)

    def as_contract(self) -> dict[str, Any]:
        """The `check --json` object (contract: language, findings; plus status, languages, words)."""
        data: dict[str, Any] = {
            "language": self.language,
            "status": self.status,
            "languages": self.languages,
            "words": self.words,
            "findings": [f.as_contract() for f in self.findings],
        }
        if self.message:
            data["message"] = self.message
        return data


def check_text(
    text: str,
    *,
    rules: RuleSet | None = None,
    language: str | None = None,
    vendor: str | None = None,
    category: str | None = None,
    verdicts: VerdictLog | None = None,
) -> CheckReport:
    """Check one policy text against the checklist and the requirements that apply to the vendor.

    ``verdicts``: sentence verdicts known from an earlier check (e.g. the previous version's, read back
    from the database), used instead of matching the cues; the verdicts of this text's sentences are
    added to its ``seen``. Same findings with or without it.
    """
    rules = rules or default_rules()
    if len(text) > MAX_TEXT_CHARS:
        raise CheckInputError(
            f"text has {len(text):,} characters; the compliance check reads at most {MAX_TEXT_CHARS:,} "
            "(is this really one policy?)"
        )
    passages = split_passages(text)
    words = count_words(text)
    if not passages or words == 0:
        return CheckReport("empty", language, [], [], 0, message="no policy text to check")

    passage_langs = _passage_languages(passages, language)
    weights = [len(p.text) for p in passages]
    doc_language = language or dominant_language(passage_langs, weights)
    language_stats = _language_stats(passages, passage_langs, rules)
    if doc_language not in rules.packs:
        return CheckReport(
            "unsupported_language",
            doc_language,
            language_stats,
            [],
            words,
            message=(
                f"no rule pack for language {doc_language or 'unknown'!r} (packs: {', '.join(rules.languages)}); "
                "nothing was checked"
            ),
        )

    analysis = analyse(passages, passage_langs, rules, verdicts)
    findings = [_checklist_finding(item_id, rules, analysis) for item_id in sorted(rules.checklist)]
    by_id = {f.id: f for f in findings}
    _extract_values(by_id, analysis, rules)
    for requirement in rules.requirements:
        if requirement.applies_to(vendor, category):
            findings.append(_requirement_finding(requirement, by_id, analysis, rules))
    return CheckReport("ok", doc_language, language_stats, findings, words, analysis)


def _passage_languages(passages: list[Passage], forced: str | None) -> list[str | None]:
    if forced:
        return [forced] * len(passages)
    detected = detect_passage_languages([p.text for p in passages])
    dominant = dominant_language(detected, [len(p.text) for p in passages])
    result = []
    for passage, lang in zip(passages, detected):
        if lang != dominant and (
            len(passage.text.split()) < MIN_WORDS_FOR_OWN_LANGUAGE or detect_language(passage.text)[1] < MIN_SHARE_FOR_OWN_LANGUAGE
        ):
            lang = dominant  # names, addresses and short lines follow the document
        result.append(lang or dominant)
    return result


def _language_stats(passages: list[Passage], langs: list[str | None], rules: RuleSet) -> list[dict[str, Any]]:
    stats: dict[str | None, dict[str, Any]] = {}
    for passage, lang in zip(passages, langs):
        entry = stats.setdefault(lang, {"language": lang, "passages": 0, "chars": 0, "supported": lang in rules.packs})
        entry["passages"] += 1
        entry["chars"] += len(passage.text)
    return sorted(stats.values(), key=lambda e: -e["chars"])


Verdict = tuple[tuple[str, bool, bool], ...]  # (item, negated, weak) for every item a sentence addresses


@dataclass
class VerdictLog:
    """Sentence verdicts by language and sentence digest (:func:`sentence_digest`): ``known`` ones to
    use instead of matching the cues (valid for the packs they were computed with: the caller checks
    the pack digest), and the ``seen`` ones of the texts checked with this log (to store)."""

    known: dict[str, dict[str, Verdict]] = field(default_factory=dict)
    seen: dict[str, dict[str, Verdict]] = field(default_factory=dict)


def sentence_digest(lowered: str, path: str, lead_in: str) -> str:
    """The key of a sentence verdict: what it depends on besides the pack (64 bits, hex)."""
    return blake2b(f"{len(path)}:{path}{len(lead_in)}:{lead_in}{lowered}".encode(), digest_size=8).hexdigest()


def analyse(passages: list[Passage], langs: list[str | None], rules: RuleSet, log: VerdictLog | None = None) -> Analysis:
    """Match every item's cues against every sentence of a supported language, with clause polarity."""
    sentences: list[Sentence] = []
    sentence_langs: list[str | None] = []
    hits: dict[str, list[Hit]] = {item: [] for item in rules.checklist}
    sentence_items: list[set[str]] = []
    folded_paths: dict[tuple[tuple[str, ...], str], str] = {}
    pending: list[Hit] = []  # matches of `triggered_cues`, kept only if the item's trigger occurs
    for passage, lang in zip(passages, langs):
        pack = rules.packs.get(lang) if lang else None
        for sentence in split_sentences(passage):
            index = len(sentences)
            sentences.append(sentence)
            sentence_langs.append(lang)
            items: set[str] = set()
            sentence_items.append(items)
            if pack is None:
                continue
            key = (passage.heading_path, passage.lead_in)
            path = folded_paths.get(key)
            if path is None:  # the heading path plus a list item's lead-in ("You have the right to:")
                path = folded_paths[key] = fold(" / ".join(passage.heading_path + ((passage.lead_in,) if passage.lead_in else ())))
            if log is None:
                verdicts = sentence_verdicts(sentence.lowered, path, passage.lead_in or "", pack)
            else:
                digest = sentence_digest(sentence.lowered, path, passage.lead_in or "")
                known = log.known.get(pack.language)
                verdicts = sentence_verdicts(sentence.lowered, path, passage.lead_in or "", pack,
                                             known.get(digest) if known else None)
                log.seen.setdefault(pack.language, {})[digest] = verdicts
            for item_id, negated, weak in verdicts:
                if weak:
                    pending.append(Hit(item_id, index, negated))
                    continue
                hits[item_id].append(Hit(item_id, index, negated))
                items.add(item_id)
    analysis = Analysis(sentences, sentence_langs, hits, sentence_items)
    promoted: dict[str, bool] = {}
    for hit in pending:
        if hit.item not in promoted:
            promoted[hit.item] = hit.item in rules.checklist and _triggered(hit.item, rules, analysis)
        if promoted[hit.item]:
            hits[hit.item].append(hit)
            sentence_items[hit.sentence].add(hit.item)
    for item_hits in hits.values():
        item_hits.sort(key=lambda h: h.sentence)
    return analysis


SENTENCE_VERDICTS_KEPT = 5_000  # per language pack: two versions of a long policy, ~1.5 MB


def sentence_verdicts(lowered: str, path: str, lead_in: str, pack: LanguagePack, known: Verdict | None = None) -> Verdict:
    """(item, negated, weak) for every item a sentence addresses under its heading path and lead-in.

    Remembered per pack (the newest SENTENCE_VERDICTS_KEPT), since a new version repeats most of the
    previous version's sentences. ``known``: the verdict read back from an earlier check with this pack.
    """
    cache = pack.sentence_verdicts
    key = (lowered, path, lead_in)
    verdicts = cache.get(key)
    if verdicts is not None:
        cache.move_to_end(key)
        return verdicts
    if known is not None:
        cache[key] = known
        if len(cache) > SENTENCE_VERDICTS_KEPT:
            cache.popitem(last=False)
        return known
    found_items: list[tuple[str, bool, bool]] = []
    clauses: list[tuple[int, int]] | None = None
    for item_id in pack.item_ids:
        found = _match_item(item_id, lowered, lead_in, path, pack)
        if found is None:
            continue
        pattern, match, weak = found
        if clauses is None:
            clauses = clause_spans(lowered, pack.clause_breaks)
        # the sentence affirms the item when any cue occurrence sits in a clause without negation
        negated = _negated(lowered, match.start(), clauses, pack)
        if negated:
            for later in pattern.finditer(lowered, match.end()):
                if not _negated(lowered, later.start(), clauses, pack):
                    negated = False
                    break
        found_items.append((item_id, negated, weak))
    verdicts = cache[key] = tuple(found_items)
    if len(cache) > SENTENCE_VERDICTS_KEPT:
        cache.popitem(last=False)
    return verdicts


def _match_item(item_id: str, lowered: str, lead_in: str, path: str, pack: LanguagePack) -> tuple[re.Pattern[str], re.Match[str], bool] | None:
    """The cue that makes ``sentence`` address ``item_id``: (pattern, match, weak) or None.

    Order: the item's cues; its `section_cues` when the heading path (or the list lead-in) matches its
    `section`; its `triggered_cues` (weak: kept only if the document triggers the item). A match is
    dropped when the sentence matches `exclude`, or when the item has `context` cues and neither the
    sentence, the lead-in nor a `section` heading provides that context.
    """
    # cheapest first: most sentences match none of an item's cues, so `exclude` and the heading test
    # are only run for a sentence that matched (same verdicts, fewer searches)
    # each search only where the sentence has one of the strings every match contains (``prefilter``)
    pattern = pack.cues.get(item_id)
    match = pattern.search(lowered) if pattern is not None and may_match(pack.cue_literals[item_id], lowered) else None
    in_section: bool | None = None
    if match is None and (section_cues := pack.section_cues.get(item_id)) is not None:
        in_section = _in_section(item_id, path, pack)
        if in_section and may_match(pack.section_cue_literals[item_id], lowered):
            pattern, match = section_cues, section_cues.search(lowered)
    if match is not None and pattern is not None:
        if in_section is None and item_id in pack.context:
            in_section = _in_section(item_id, path, pack)
        if _has_context(item_id, lowered, lead_in, bool(in_section), pack):
            return None if _excluded(item_id, lowered, pack) else (pattern, match, False)
    weak = pack.triggered_cues.get(item_id)
    if weak is None or not may_match(pack.triggered_cue_literals[item_id], lowered):
        return None
    if (match := weak.search(lowered)) is not None:
        return None if _excluded(item_id, lowered, pack) else (weak, match, True)
    return None


def _in_section(item_id: str, path: str, pack: LanguagePack) -> bool:
    section = pack.section.get(item_id)
    return section is not None and section.search(path) is not None


def _excluded(item_id: str, lowered: str, pack: LanguagePack) -> bool:
    exclude = pack.exclude.get(item_id)
    return exclude is not None and exclude.search(lowered) is not None


def _has_context(item_id: str, lowered: str, lead_in: str, in_section: bool, pack: LanguagePack) -> bool:
    context = pack.context.get(item_id)
    if context is None or in_section or context.search(lowered):
        return True
    return bool(lead_in) and context.search(fold(lead_in)) is not None


def _negated(lowered: str, position: int, clauses: list[tuple[int, int]], pack: LanguagePack) -> bool:
    if pack.negation is None:
        return False
    for start, end in clauses:
        if start <= position < end:
            return pack.negation.search(lowered[start:end]) is not None
    return False


def _evidence(analysis: Analysis, hit: Hit) -> Evidence:
    key = (hit.sentence, hit.negated)
    evidence = analysis.evidence_of.get(key)
    if evidence is None:
        sentence = analysis.sentences[hit.sentence]
        evidence = analysis.evidence_of[key] = Evidence(
            sentence.text, sentence.passage.heading_path, sentence.start, sentence.end,
            analysis.languages[hit.sentence] or "", hit.negated,
        )
    return evidence


def _checklist_finding(item_id: str, rules: RuleSet, analysis: Analysis) -> Finding:
    item = rules.checklist[item_id]
    hits = analysis.hits.get(item_id, [])
    finding = Finding(item_id, "absent", item.title)
    if hits:
        finding.status = "present"
        seen: set[int] = set()
        for hit in hits:
            if hit.sentence not in seen:
                seen.add(hit.sentence)
                finding.evidence.append(_evidence(analysis, hit))
        finding.affirmed = any(not h.negated for h in hits)
        finding.denied = any(h.negated for h in hits)
    elif item.conditional and not _triggered(item_id, rules, analysis):
        finding.status = "not_applicable"
    return finding


def _triggered(item_id: str, rules: RuleSet, analysis: Analysis) -> bool:
    scope = rules.checklist[item_id].trigger_scope
    candidates = range(len(analysis.sentences))
    if scope:
        candidates = sorted({h.sentence for h in analysis.hits.get(scope, [])})
    for index in candidates:
        pack = rules.packs.get(analysis.languages[index] or "")
        trigger = pack.trigger.get(item_id) if pack else None
        if trigger is not None and _searched(trigger, analysis.sentences[index].lowered):
            return True
    return False


_SEARCHES_KEPT = 8_000
_searches: OrderedDict[tuple[int, str], tuple[re.Pattern[str], bool]] = OrderedDict()


def _searched(pattern: re.Pattern[str], lowered: str) -> bool:
    """Whether ``pattern`` occurs in ``lowered``, remembered (the newest _SEARCHES_KEPT): a re-check
    tests the triggers of the same sentences in both versions."""
    key = (id(pattern), lowered)
    entry = _searches.get(key)
    if entry is None or entry[0] is not pattern:  # the entry holds its pattern: an id is not reused while it lives
        entry = _searches[key] = (pattern, pattern.search(lowered) is not None)
        if len(_searches) > _SEARCHES_KEPT:
            _searches.popitem(last=False)
    return entry[1]


def _sentences_of(analysis: Analysis, item_id: str) -> list[int]:
    return sorted({h.sentence for h in analysis.hits.get(item_id, [])})


def _affirming_sentences_of(analysis: Analysis, item_id: str) -> list[int]:
    """The sentences that address ``item_id`` without negation."""
    return sorted({h.sentence for h in analysis.hits.get(item_id, []) if not h.negated})


def listed_under_item(analysis: Analysis, rules: RuleSet, index: int, item_id: str) -> bool:
    """A list item or table row whose lead-in ("We process the following data:") or heading ("Information
    we collect") affirms ``item_id``: "- Health data, such as the reasons for sick leave" is collected."""
    passage = analysis.sentences[index].passage
    if passage.kind not in ("list_item", "table_row"):
        return False
    pack = _pack_of(analysis, rules, index)
    cue = pack.cues.get(item_id) if pack else None
    if cue is None or pack is None:
        return False
    if pack.negation is not None and pack.negation.search(analysis.sentences[index].lowered):
        return False  # "| Biometric information | No |" in a table of what is collected
    # a list's lead-in says what the list is ("Personal information does not include:"); else its heading
    line = passage.lead_in or (passage.heading_path[-1] if passage.heading_path else "")
    lowered = fold(line)
    return bool(line and cue.search(lowered)) and (pack.negation is None or pack.negation.search(lowered) is None)


def _pack_of(analysis: Analysis, rules: RuleSet, index: int) -> LanguagePack | None:
    return rules.packs.get(analysis.languages[index] or "")


def _extract_values(by_id: dict[str, Finding], analysis: Analysis, rules: RuleSet) -> None:
    """Fill ``Finding.value`` for the items that carry one."""
    places = rules.places
    sents = analysis.sentences

    def lexicon_match(index: int, name: str) -> re.Match[str] | None:
        pack = _pack_of(analysis, rules, index)
        pattern = pack.lexicon(name) if pack else None
        return pattern.search(sents[index].lowered) if pattern else None

    def labels(indices: list[int], name: str) -> list[str]:
        found: list[str] = []
        for index in indices:
            pack = _pack_of(analysis, rules, index)
            for label in V.labels_in(sents[index].lowered, pack.labels.get(name) if pack else None):
                if label not in found:
                    found.append(label)
        return found

    all_indices = [i for i in range(len(sents)) if _pack_of(analysis, rules, i) is not None]

    # C01 controller names
    if (f := by_id.get("C01")) and f.status == "present":
        names: list[str] = []
        for index in _sentences_of(analysis, "C01"):
            names += [n for n in V.legal_entities(sents[index].text) if n not in names]
        f.value = {"names": names[:5]}
    # C02 contact e-mails, not a supervisory authority's ("contact the ICO at casework@ico.org.uk")
    if (f := by_id.get("C02")) and f.status == "present":
        emails = []
        for index in _sentences_of(analysis, "C02"):
            if "C19" in analysis.sentence_items[index]:
                continue
            emails += [e.lower() for e in V.EMAIL.findall(sents[index].text) if e.lower() not in emails]
        f.value = {"emails": emails}
    # C04 DPO contact
    if (f := by_id.get("C04")) and f.status == "present":
        emails = []
        for index in _sentences_of(analysis, "C04"):
            found = V.EMAIL.findall(sents[index].text)
            if not found and index + 1 < len(sents):
                found = V.EMAIL.findall(sents[index + 1].text)
            emails += [e.lower() for e in found if e.lower() not in emails]
        f.value = {"emails": emails}
    # C06 legal bases
    if (f := by_id.get("C06")) and f.status == "present":
        f.value = {"bases": labels(_sentences_of(analysis, "C06"), "legal_bases")}
    # C05 sensitive purposes, C08 special categories, C09 recipients, C25 trackers, C26 security measures
    # a purpose or category the policy denies ("we do not share your location for advertising", "we do
    # not collect health data") is not one it has: a later sentence that affirms it is then new
    if (f := by_id.get("C05")) and f.status == "present":
        # a legal-basis statement names its purpose too ("| Market research | Legitimate interest |")
        stated = set(_affirming_sentences_of(analysis, "C05")) | set(_affirming_sentences_of(analysis, "C06"))
        f.value = {"purposes": labels(sorted(stated), "purposes")}
    if (f := by_id.get("C08")) and f.status == "present":
        listed = [i for i in all_indices if listed_under_item(analysis, rules, i, "C08")]
        f.value = {"special_categories": labels(sorted(set(_affirming_sentences_of(analysis, "C08")) | set(listed)), "special_categories")}
    if (f := by_id.get("C09")) and f.status == "present":
        indices = _sentences_of(analysis, "C09")
        names = []
        for index in indices:
            names += [n for n in V.organisation_names(sents[index].text) if n not in names]
        f.value = {"categories": labels(indices, "recipient_categories"), "names": names[:40]}
    if (f := by_id.get("C25")) and f.status == "present":
        f.value = {"trackers": labels(all_indices, "trackers")}
    if (f := by_id.get("C26")) and f.status == "present":
        f.value = {"measures": labels(all_indices, "security")}
    # C10 transfers
    if (f := by_id.get("C10")) and f.status != "not_applicable":
        indices = _sentences_of(analysis, "C10")
        countries: list[str] = []
        for index in _affirming_sentences_of(analysis, "C10"):  # "we never transfer data to India" sends none there
            countries += [c for c in V.non_eea(V.places_in(sents[index].lowered, places), places) if c not in countries]
        f.value = {
            "countries": countries,
            "mechanisms": labels(indices or all_indices, "mechanisms"),
            "affirmed": f.affirmed,
            "denied": f.denied and not f.affirmed,
        }
    # C11 retention periods
    if (f := by_id.get("C11")) and f.status == "present":
        f.value = _retention(analysis, rules)
    # C19 supervisory authority
    if (f := by_id.get("C19")) and f.status == "present":
        authorities: list[str] = []
        for index in all_indices:
            authorities += [a for a in V.authorities_in(sents[index].lowered, places) if a not in authorities]
        f.value = {"authorities": authorities}
    # C24 children's age threshold
    if (f := by_id.get("C24")) and f.status == "present":
        ages = []
        for index in _sentences_of(analysis, "C24"):
            if (lexicon_match(index, "children") or lexicon_match(index, "minimum_age")) and (age := V.age_threshold(sents[index].lowered)):
                ages.append(age)
        f.value = {"age": max(ages) if ages else None}
    # C27 breach notification time
    if (f := by_id.get("C27")) and f.status == "present":
        hours = []
        for index in _sentences_of(analysis, "C27"):
            pack = _pack_of(analysis, rules, index)
            if pack:
                hours += [d * 24 for d, *_ in V.durations(sents[index].lowered, pack)]
        f.value = {"notification_hours": V.as_days(round(min(hours), 2)) if hours else None}
    # C28 last updated
    if (f := by_id.get("C28")) and f.status != "not_applicable":
        updated = None
        for index in all_indices:
            pack = _pack_of(analysis, rules, index)
            if pack and lexicon_match(index, "last_updated"):
                updated = V.parse_date(sents[index].lowered, pack)
                if updated:
                    break
        if f.status == "present" or updated:
            f.value = {"last_updated": updated}
    # C29 data location
    if (f := by_id.get("C29")) and f.status == "present":
        locations: list[str] = []
        for index in _sentences_of(analysis, "C29"):
            if lexicon_match(index, "hosting"):
                locations += [p for p in V.places_in(sents[index].lowered, places) if p not in locations]
        f.value = {"locations": locations, "outside_eea": V.non_eea(locations, places)}
    # polarity items
    for item_id in ("C21", "C31", "C32"):
        if (f := by_id.get(item_id)) and f.status == "present":
            f.value = {"affirmed": f.affirmed, "denied": f.denied and not f.affirmed}


def _retention(analysis: Analysis, rules: RuleSet) -> dict[str, Any]:
    periods: list[dict[str, Any]] = []
    vague = False
    for index in _sentences_of(analysis, "C11"):
        sentence = analysis.sentences[index]
        pack = _pack_of(analysis, rules, index)
        if pack is None:
            continue
        if (pattern := pack.lexicon("vague_retention")) and pattern.search(sentence.lowered):
            vague = True
        section = pack.section.get("C11")
        in_section = bool(section and section.search(fold(" / ".join(sentence.passage.heading_path))))
        verbs = pack.lexicon("retention_verbs")
        clauses = clause_spans(sentence.lowered, pack.clause_breaks)
        for days, raw, start, _end in V.durations(sentence.lowered, pack):
            clause = next((sentence.lowered[a:b] for a, b in clauses if a <= start < b), sentence.lowered)
            if not in_section and not (verbs and verbs.search(clause)):
                continue
            children = pack.lexicon("children")
            if children and children.search(clause):
                continue  # "we do not keep data of children under 16 years" is an age, not a period
            periods.append({"category": _retention_category(sentence, clause, verbs), "days": V.as_days(days), "text": raw})
    summary = V.summarise_retention(periods)
    summary["criteria_only"] = bool(vague and not periods)
    return summary


def _retention_category(sentence: Sentence, clause: str, verbs: re.Pattern[str] | None) -> str:
    """What a period applies to: a list item's label ("Account data: …") or the words before the verb."""
    text = sentence.passage.text
    if ":" in text[:60] and sentence.start == sentence.passage.start:
        return text.split(":", 1)[0].strip()
    if verbs and (match := verbs.search(clause)):
        head = clause[: match.start()].strip(" ,")
        words = head.split()[-6:]
        if len(words) >= 2:
            return " ".join(words)
    return "general"


def _requirement_finding(requirement: CompiledRequirement, by_id: dict[str, Finding], analysis: Analysis, rules: RuleSet) -> Finding:
    spec = requirement.spec
    finding = Finding(spec.id, "absent", spec.title, kind="requirement")
    met = False
    reason = ""
    if spec.item:
        base = by_id[spec.item]
        finding.evidence = list(base.evidence)
        expect = spec.expect
        if expect == "present":
            met, reason = base.status == "present", f"{spec.item} is {base.status}"
        elif expect == "absent":
            met, reason = base.status != "present", f"{spec.item} is {base.status}"
        elif expect == "affirmed":
            met, reason = base.affirmed, "stated" if base.affirmed else "not stated"
        elif expect == "denied":
            met = base.denied and not base.affirmed
            reason = "explicitly excluded" if met else ("stated without negation" if base.affirmed else "no statement")
        else:  # not_affirmed
            met = not base.affirmed
            reason = "explicitly excluded" if base.denied and met else ("no statement" if met else "stated without negation")
        if expect in {"denied", "not_affirmed"} and base.affirmed:
            finding.evidence = [e for e in base.evidence if not e.negated]
    elif spec.value:
        met, reason, finding.evidence = _value_requirement(spec, by_id, rules)
    else:
        hits = []
        for index, sentence in enumerate(analysis.sentences):
            lang = analysis.languages[index] or ""
            start = requirement.cue_match_start(lang, sentence.lowered)
            if start is not None:
                pack = rules.packs.get(lang)
                clauses = clause_spans(sentence.lowered, pack.clause_breaks if pack else None)
                negated = _negated(sentence.lowered, start, clauses, pack) if pack else False
                hits.append(Hit(spec.id, index, negated))
        finding.evidence = [_evidence(analysis, h) for h in hits]
        affirmed = any(not h.negated for h in hits)
        denied = any(h.negated for h in hits)
        met = {"present": bool(hits), "absent": not hits, "affirmed": affirmed,
               "denied": denied and not affirmed, "not_affirmed": not affirmed}[spec.expect or "present"]
        if not requirement.cues.get(analysis.languages[0] or "") and not hits:
            reason = "no cues for this language"
        else:
            reason = "stated" if hits else "no statement found"
    finding.status = "present" if met else "absent"
    finding.value = {"met": met, "reason": reason, "severity": spec.severity}
    return finding


def _value_requirement(spec: Any, by_id: dict[str, Finding], rules: RuleSet) -> tuple[bool, str, list[Evidence]]:
    values: list[Any] = []
    evidence: list[Evidence] = []
    for ref in spec.value:
        item_id, key = ref.split(".", 1)
        finding = by_id.get(item_id)
        if finding is None or not isinstance(finding.value, dict):
            continue
        got = finding.value.get(key)
        if got is None:
            continue
        if key == "countries" and not finding.value.get("affirmed", True):
            continue  # "we do not transfer to …" names a country without sending data there
        values.extend(got if isinstance(got, list) else [got])
        evidence.extend(finding.evidence)
    if not values:
        return False, "no value stated", evidence
    if spec.within:
        allowed = set(spec.within)
        if allowed & {"EEA", "EU"}:
            allowed |= {code for code, c in rules.places.countries.items() if c.eea} | {"EU", "EEA"}
        outside = list(dict.fromkeys(v for v in values if v not in allowed))
        return (not outside), (f"outside {', '.join(spec.within)}: {', '.join(map(str, outside))}" if outside else f"all within {', '.join(spec.within)}"), evidence
    numbers = [float(v) for v in values if isinstance(v, (int, float))]
    if not numbers:
        return False, "no number stated", evidence
    worst = max(numbers)
    return worst <= (spec.at_most or 0), f"{V.as_days(worst)} (at most {V.as_days(spec.at_most or 0)})", evidence
