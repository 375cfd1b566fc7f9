"""Registrable domains (the politeness slot of a vendor's hosts) against tldextract, rule by rule."""

from __future__ import annotations

import tldextract

from crawler.domains import _suffix_rules, registrable_domain
from crawler.spider import download_slot


def _tldextract_domain(extract: tldextract.TLDExtract, host: str) -> str:
    parts = extract(host)
    return f"{parts.domain}.{parts.suffix}" if parts.domain and parts.suffix else host


def test_every_icann_rule_gives_tldextracts_answer() -> None:
    extract = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    rules = _suffix_rules()
    assert len(rules) > 5_000 and "co.uk" in rules and "*.ck" in rules and "!www.ck" in rules
    hosts = []
    for rule in rules:
        name = rule.lstrip("!").replace("*", "x")
        hosts += [name, f"b.{name}", f"a.b.{name}"]
        try:
            hosts.append(f"a.b.{name.encode('idna').decode('ascii')}")  # as a URL's host spells it
        except UnicodeError:
            pass
    mismatches = [(h, _tldextract_domain(extract, h), registrable_domain(h))
                  for h in hosts if _tldextract_domain(extract, h) != registrable_domain(h)]
    assert mismatches == []


def test_registrable_domains_of_the_kinds_of_hosts_a_watchlist_has() -> None:
    assert registrable_domain("www.legal.example.co.uk") == "example.co.uk"
    assert registrable_domain("koofr.eu") == "koofr.eu"
    assert registrable_domain("Docs.Example.COM") == "example.com"
    assert registrable_domain("www.city.kawasaki.jp") == "city.kawasaki.jp"  # an exception rule
    assert registrable_domain("a.b.c.kawasaki.jp") == "b.c.kawasaki.jp"  # under a wildcard rule
    assert registrable_domain("www.ck") == "www.ck" and registrable_domain("shop.foo.ck") == "shop.foo.ck"
    assert registrable_domain("vendor.github.io") == "github.io"  # private section: not a boundary
    # no registrable domain: the host is its own slot
    for host in ("localhost", "127.0.0.5", "co.uk", "intranet.corp", "::1", ""):
        assert registrable_domain(host) == host


def test_a_vendors_subdomains_share_one_download_slot() -> None:
    assert download_slot("https://www.example.co.uk/privacy") == download_slot("https://legal.example.co.uk/terms")
    assert download_slot("https://example.com/privacy") != download_slot("https://example.org/privacy")
    assert download_slot("http://127.0.0.7:8080/p/1") == "127.0.0.7"
