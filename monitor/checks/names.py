"""Organisation names in a policy: whether a version names a company, in any punctuation or spacing,
and whether a capitalised phrase is a name at all. Used by the re-check's R01 (new recipients), R04 (a
transfer sentence that names another company) and R09 (controller) signals and by its value flips.

Two normalisations, for two questions: ``compact_name`` (case folded, letters and digits only) says
whether two values of the C01 finding are the same name; ``NamesIn`` (case kept, "&" is "and") says
whether a text names a company, where case tells "Box" from "box".
"""

from __future__ import annotations

import re

from crawler.normalize import fold_typography
from monitor.checks.engine import Analysis
from monitor.checks.segment import matching_form, without_link_targets
from monitor.checks.values import legal_entities

PUNCTUATION = re.compile(r"[\W_]+", re.UNICODE)  # "_" too: Markdown's _emphasis_

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
    iso soc scc sccs dpf bcr bcrs qr nfc imei ios
    article articles art""".split())  # and common acronyms, written in capitals only
CAPITALISED_NOUNS = {"de"}  # languages that capitalise every noun: a capital letter marks no name there


def compact_name(name: str) -> str:
    """A name's letters and digits only: "Max Mind Inc." is "MaxMind, Inc."."""
    return PUNCTUATION.sub("", matching_form(name).casefold())


def marked_as_name(name: str) -> bool:
    """A name by more than its first capital: a legal form, or a capital inside a word ("GitHub",
    "DeepL", "AWS"); in German "Artikel" or "Auftragsverarbeiter" are nouns, not recipients."""
    parts = [part for word in name.split() for part in word.split("-") if part]  # "SMS-Authentifizierung" is no name
    return bool(legal_entities(name)) or any(any(c.isupper() for c in part[1:]) and part.lower() not in TERM_WORDS
                                             for part in parts)


MIN_COMPACT_NAME = 8  # letters a name needs before it is looked for with its spaces removed


class NamesIn:
    """Whether a version names an organisation, in any punctuation ("Acme, Inc." names "Acme Inc."),
    and, for a long name, any spacing ("MaxMind Inc." names "Max Mind Inc."); "&" is "and"; case
    counts; whole words only ("checkbox" does not name "Box"). The version's text is prepared on the
    first question only."""

    def __init__(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._words: str | None = None
        self._folded: str | None = None
        self._letters = ""

    def has(self, name: str, *, any_case: bool = False) -> bool:
        """Whether the version names ``name``; ``any_case`` for a company with its legal form, which a
        policy may write in capitals ("AI21 LABS LTD." names "AI21 Labs Ltd.")."""
        if self._words is None:
            words = name_words(" ".join(s.text for s in self.analysis.sentences))
            self._words, self._letters = f" {' '.join(words)} ", "".join(words)
        words = name_words(name)
        letters = "".join(words)
        if f" {' '.join(words)} " in self._words or (len(letters) >= MIN_COMPACT_NAME and letters in self._letters):
            return True
        if any_case:
            if self._folded is None:
                self._folded = self._words.casefold()
            return f" {' '.join(words)} ".casefold() in self._folded
        return False


CONJUNCTIONS = frozenset("and und et en och og ja in".split())  # "Acme & Co" names "Acme and Co" ("&" is punctuation)


def name_words(text: str) -> list[str]:
    """The words of a name or a text as names are compared: typography folded, punctuation and "and"
    dropped, case kept."""
    typed = fold_typography(without_link_targets(text))  # case kept: "Box" is not "box"
    return [w for w in PUNCTUATION.sub(" ", typed).split() if w.casefold() not in CONJUNCTIONS]
