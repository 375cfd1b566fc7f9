"""Registrable domains ("example.co.uk" for "www.legal.example.co.uk"): the unit of politeness, so that
a vendor's subdomains share one download slot.

The public suffix list's ICANN section, as the snapshot tldextract ships with its package, is kept as
one frozenset of its rules (~7,000 strings, ~1 MB). ``tldextract.TLDExtract`` keeps the same rules in
two lists, two sets and two tries (~6 MB in every crawling process); the answers are the same for
the ICANN rules (a test compares them rule by rule).
"""

from __future__ import annotations

import importlib.util
import ipaddress
import re
import threading
from functools import lru_cache
from pathlib import Path

__all__ = ["registrable_domain"]

_PRIVATE_SECTION = "// ===BEGIN PRIVATE DOMAINS==="
_RULE = re.compile(r"^(?P<suffix>[.*!]*\w\S*)", re.MULTILINE)  # as tldextract reads the list
_rules: frozenset[str] | None = None
_rules_lock = threading.Lock()


def _suffix_rules() -> frozenset[str]:
    """The ICANN rules of the public suffix list: ``co.uk``, wildcards ``*.ck``, exceptions ``!www.ck``."""
    global _rules
    with _rules_lock:
        if _rules is None:
            icann = _snapshot_text().partition(_PRIVATE_SECTION)[0]
            public = [match.group("suffix") for match in _RULE.finditer(icann)]
            _rules = frozenset(public)
        return _rules


def _snapshot_text() -> str:
    """The list as tldextract ships it (``.tld_set_snapshot``, package data its maintainers guarantee),
    read without importing tldextract, which imports requests and filelock (~2 MB)."""
    spec = importlib.util.find_spec("tldextract")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("tldextract is not installed: its public suffix list snapshot is needed")
    return (Path(next(iter(spec.submodule_search_locations))) / ".tld_set_snapshot").read_text("utf-8")


def _label_for_rules(label: str) -> str:
    """A (lowercase) host label as the list spells it: punycode ("xn--...") decoded."""
    if label.startswith("xn--"):
        try:
            return label.encode("ascii").decode("idna")
        except UnicodeError:
            return label
    return label


@lru_cache(maxsize=4096)  # by host: a batch has far fewer hosts than URLs
def registrable_domain(host: str) -> str:
    """The registrable domain of ``host`` (its public suffix and one label more), or ``host`` itself
    for an IP address, a bare public suffix, or a name under no known suffix ("localhost")."""
    host = host.rstrip(".").lower()
    if not host or ":" in host:
        return host
    try:
        ipaddress.ip_address(host)
        return host
    except ValueError:
        pass
    labels = host.split(".")
    names = [_label_for_rules(label) for label in labels]
    rules = _suffix_rules()
    # the longest matching rule wins, and an exception rule over a wildcard: scanning from the left
    # meets the longest candidate first
    for start in range(len(names)):
        candidate = ".".join(names[start:])
        if "!" + candidate in rules:  # "!city.kawasaki.jp": not a suffix itself, its parent is
            suffix_start = start + 1
        elif candidate in rules or (start + 1 < len(names) and "*." + ".".join(names[start + 1:]) in rules):
            suffix_start = start
        else:
            continue
        if suffix_start == 0:
            return host  # the host is a public suffix itself
        return ".".join(labels[suffix_start - 1:])
    return host
