"""Values extracted from the sentences that address an item: durations in days, places, transfer
mechanisms, legal bases, contacts, the supervisory authority, the children's age, the last-updated date."""

from __future__ import annotations

import re
from collections import OrderedDict
from datetime import date
from functools import lru_cache
from typing import Any

from monitor.checks.rules import LanguagePack, Places

DAYS_PER_UNIT = {"hour": 1 / 24, "day": 1, "week": 7, "month": 365 / 12, "year": 365}  # 12 months = 1 year
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
LEGAL_ENTITY = re.compile(
    r"\b((?:[A-Z0-9][\w&'’.-]*)(?:\s+(?:[A-Z0-9][\w&'’.-]*|&|and|of)){0,4}),?\s+"
    r"(Inc\.?|Ltd\.?|LLC|L\.L\.C\.|GmbH|AG|AB|Oy|Oyj|B\.V\.|BV|N\.V\.|NV|SAS|SARL|SA|S\.A\.S?\.?|S\.r\.l\.|Srl|S\.p\.A\.|SpA|d\.o\.o\.|d\.d\.|Unlimited Company|DAC|LLP|S\.L\.|s\.r\.o\.|Kft\.|Sp\. z o\.o\.|Limited|Corporation|Corp\.?|plc|PLC|Pty|ApS|A/S|AS|SE|KG|KGaA|UG)(?![\w])"
)
CAPITALISED_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)\b([A-Z][a-zA-Z0-9]+(?:[ -][A-Z][a-zA-Z0-9]+){0,3})\b")


@lru_cache(maxsize=64)
def _duration_pattern(pack_key: int, numbers: tuple[tuple[str, int], ...], units: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w, _ in sorted(numbers, key=lambda x: -len(x[0])))
    number = r"\d{1,4}(?:[.,]5)?" + (f"|{words}" if words else "")
    unit = "|".join(f"(?P<{name}>{pattern})" for name, pattern in units)
    return re.compile(rf"(?<![\w.,/-])(?P<num>{number})(?:\s*-\s*|\s+|\s*(?=[a-zäöåčšž]))(?:\(\d+\)\s+)?(?:{unit})")


def durations(lowered: str, pack: LanguagePack) -> list[tuple[float, str, int, int]]:
    """(days, matched text, start, end) of every "N unit" in a lower-cased sentence."""
    if not pack.units:
        return []
    known = _DURATIONS_MEMO.get(pack, lowered)
    if known is not None:
        return known
    pattern = _duration_pattern(
        id(pack), tuple(sorted(pack.numbers.items())), tuple((u, p.pattern) for u, p in sorted(pack.units.items()))
    )
    found = []
    for match in pattern.finditer(lowered):
        raw = match.group("num")
        number = pack.numbers.get(raw)
        if number is None:
            try:
                number = float(raw.replace(",", "."))
            except ValueError:
                continue
        unit = next(name for name in DAYS_PER_UNIT if match.groupdict().get(name))
        days = number * DAYS_PER_UNIT[unit]
        found.append((round(days) if unit in {"month", "year"} else round(days, 2), match.group(0), match.start(), match.end()))
    return _DURATIONS_MEMO.put(pack, lowered, found)


def as_days(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


MAX_LISTED_PLACES = 12
SENTENCES_KEPT = 5_000  # per memo: a long policy's sentences, from a re-check's first reading to its second


class _SentenceMemo:
    """Results per (rule object, lower-cased sentence), bounded. A re-check reads the previous version and
    the new one, which share nearly every sentence: the second reading costs dictionary look-ups. The
    memo only has to span one re-check: a long-lived process checks many vendors' texts, and a larger
    memo would only keep more of them (20,000 sentences per memo kept 5.5 MB more after the 200 GT-200
    policies, each read twice)."""

    def __init__(self, size: int = SENTENCES_KEPT) -> None:
        self.size = size
        self._entries: OrderedDict[tuple[int, str], tuple[object, list[str]]] = OrderedDict()

    def get(self, owner: object, lowered: str) -> list[Any] | None:
        entry = self._entries.get((id(owner), lowered))
        # the entry holds its owner, so an id is never reused while the entry lives
        return list(entry[1]) if entry is not None and entry[0] is owner else None

    def put(self, owner: object, lowered: str, found: list[Any]) -> list[Any]:
        self._entries[(id(owner), lowered)] = (owner, list(found))
        if len(self._entries) > self.size:
            self._entries.popitem(last=False)
        return found


_PLACES_MEMO = _SentenceMemo()
_LABELS_MEMO = _SentenceMemo()
# what the two checks of a re-check share: entries live from the new version's check to the previous one's
_DURATIONS_MEMO = _SentenceMemo(4_000)
_NAMES_MEMO = _SentenceMemo(4_000)
_ENTITIES = object()  # owners in _NAMES_MEMO
_ORGANISATIONS = object()


def places_in(lowered: str, places: Places) -> list[str]:
    """Country codes and region names (EU, EEA, non_EEA, worldwide) named in a lower-cased sentence."""
    known = _PLACES_MEMO.get(places, lowered)
    return known if known is not None else _PLACES_MEMO.put(places, lowered, _places_in(lowered, places))


def _places_in(lowered: str, places: Places) -> list[str]:
    beyond = _listed_after_outside(lowered, places)
    found = [code for code, pattern in places.country_patterns.items()
             if any(m.start() not in beyond for m in pattern.finditer(lowered))]
    found += [region for region, pattern in places.regions.items() if pattern.search(lowered)]
    if "non_EEA" in found and "EEA" in found:
        found.remove("EEA")  # "outside the EEA" names the EEA only to point beyond it
    if "non_EEA" in found and "EU" in found:
        found.remove("EU")
    return found


def _listed_after_outside(lowered: str, places: Places) -> set[int]:
    """Where the countries listed right after an "outside the EEA" start ("outside the EEA, Switzerland
    and the UK"): the sentence names them as places the data leaves, not as destinations."""
    outside = places.regions.get("non_EEA")
    if outside is None or places.list_joiner is None:
        return set()
    starts: set[int] = set()
    for region in outside.finditer(lowered):
        position = region.end()
        for _ in range(MAX_LISTED_PLACES):
            joined = places.list_joiner.match(lowered, position)
            if joined is None:
                break
            country = next((m for p in places.country_patterns.values() if (m := p.match(lowered, joined.end()))), None)
            if country is None:
                break
            starts.add(country.start())
            position = country.end()
    return starts


def non_eea(codes: list[str], places: Places) -> list[str]:
    """The places outside the EU/EEA (countries, or the regions non_EEA and worldwide)."""
    result = []
    for code in codes:
        if code in {"EU", "EEA"}:
            continue
        country = places.countries.get(code)
        if country is None or not country.eea:
            result.append(code)
    return result


def labels_in(lowered: str, labelled: dict[str, re.Pattern[str]] | None) -> list[str]:
    if not labelled:
        return []
    known = _LABELS_MEMO.get(labelled, lowered)
    if known is not None:
        return known
    return _LABELS_MEMO.put(labelled, lowered, [label for label, pattern in labelled.items() if pattern.search(lowered)])


def authorities_in(lowered: str, places: Places) -> list[str]:
    return [name for name, pattern in places.authorities.items() if pattern.search(lowered)]


def legal_entities(text: str) -> list[str]:
    """Company names with a legal-form suffix ("Koofr d.o.o.", "ActiveCampaign, LLC")."""
    known = _NAMES_MEMO.get(_ENTITIES, text)
    return known if known is not None else _NAMES_MEMO.put(_ENTITIES, text, _legal_entities(text))


def _legal_entities(text: str) -> list[str]:
    names = []
    for match in LEGAL_ENTITY.finditer(text):
        name = f"{match.group(1)} {match.group(2)}".strip()
        if name not in names:
            names.append(name)
    return names


_LEGAL_FORMS = {"inc", "ltd", "llc", "gmbh", "ag", "ab", "oy", "oyj", "bv", "sas", "sarl", "limited", "corporation", "corp", "plc", "pty"}


def organisation_names(text: str) -> list[str]:
    """Recipient candidates in a sentence: company names with a legal form, a leading name followed by
    a parenthesis ("Postmark (ActiveCampaign, LLC) delivers …"), and capitalised names after the first word."""
    known = _NAMES_MEMO.get(_ORGANISATIONS, text)
    return known if known is not None else _NAMES_MEMO.put(_ORGANISATIONS, text, _organisation_names(text))


def _organisation_names(text: str) -> list[str]:
    names = legal_entities(text)
    words = text.split()
    if len(words) > 1 and words[0][:1].isupper() and words[1].startswith("("):
        names.append(words[0].strip("-–\"'“"))
    body = text.split(None, 1)[1] if len(words) > 1 else ""
    for match in CAPITALISED_NAME.finditer(body):
        name = match.group(1)
        if len(name) < 3 or name.lower().replace(".", "") in _LEGAL_FORMS:
            continue
        if not any(name in other for other in names):
            names.append(name)
    return names


def age_threshold(lowered: str) -> int | None:
    """The age in a sentence about children ("under 13", "mlajših od 16 let", "moins de 15 ans")."""
    ages = [int(m.group(1)) for m in re.finditer(r"(?<![\d.,])(1[0-8]|[6-9])(?![\d.,]\d)(?:\s*(?:-?v|years?|let|år|vuot|jaar|jahr|ans)\w*)?", lowered)]
    return max(ages) if ages else None


_NUMERIC_DATE = [
    (re.compile(r"\b(20\d\d|19\d\d)-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(20\d\d|19\d\d)\b"), ("d", "m", "y")),
]


def parse_date(lowered: str, pack: LanguagePack) -> str | None:
    """The first date in a sentence, as ISO 8601 (numeric forms, or day/month-name/year in the pack's language)."""
    for pattern, order in _NUMERIC_DATE:
        match = pattern.search(lowered)
        if match:
            parts = dict(zip(order, (int(g) for g in match.groups())))
            try:
                return date(parts["y"], parts["m"], parts["d"]).isoformat()
            except ValueError:
                continue
    year = re.search(r"\b(19|20)\d\d\b", lowered)
    if not year or not pack.months:
        return None
    for month_index, month_pattern in enumerate(pack.months, start=1):
        for month in month_pattern.finditer(lowered):
            window = lowered[max(0, month.start() - 12): month.end() + 12]
            day = re.search(r"(?<!\d)([0-3]?\d)(?:\.|st|nd|rd|th|er)?(?!\d)", window.replace(year.group(0), " "))
            try:
                return date(int(year.group(0)), month_index, int(day.group(1)) if day else 1).isoformat()
            except ValueError:
                continue
    return None


def summarise_retention(periods: list[dict[str, Any]]) -> dict[str, Any]:
    """Max days overall and per category."""
    by_category: dict[str, float] = {}
    for period in periods:
        key = period["category"]
        by_category[key] = max(by_category.get(key, 0), period["days"])
    return {
        "periods": periods,
        "max_days": as_days(max(by_category.values())) if by_category else None,
        "by_category": {k: as_days(v) for k, v in by_category.items()},
    }
