"""Configuration loading: valid files, and bad ones that exit 2 naming the key and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from config import ConfigError, load_config
from config.loader import PACKAGED_CONFIG_DIR
from config.schema import parse_duration


def write(tmp_path: Path, text: str, name: str = "policywatch.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_default_config_lists_the_five_seed_vendors() -> None:
    config = load_config(PACKAGED_CONFIG_DIR / "policywatch.yaml")
    names = [v.name for v in config.vendors]
    assert names == ["Koofr", "KOBEINmini", "Kotopro", "CloudBacko", "KOOPR"]
    urls = [d.url for v in config.vendors for d in v.documents]
    assert all(u.startswith("https://") for u in urls)
    assert {d.language for v in config.vendors for d in v.documents} == {"sl", "sv", "en"}
    assert config.database_url.startswith("sqlite:///") and config.database_url.endswith("policywatch.db")
    assert config.settings.robots_txt is True
    assert config.settings.allow_private_addresses is False


def test_inline_and_watchlist_vendors_are_merged(tmp_path: Path) -> None:
    write(tmp_path, "vendors:\n  - name: B\n    documents: [{url: 'https://b.example/privacy'}]\n", "wl.yaml")
    path = write(
        tmp_path,
        "database: sqlite:////tmp/x.db\nwatchlist: wl.yaml\nvendors:\n"
        "  - name: A\n    category: storage\n    documents:\n"
        "      - {url: 'https://a.example/p', interval: 6h, select: ['main'], remove: [{startBefore: '#a', endAfter: '#b'}]}\n",
    )
    config = load_config(path)
    assert [v.name for v in config.vendors] == ["A", "B"]
    doc = config.vendors[0].documents[0]
    assert doc.interval is not None and doc.interval.total_seconds() == 6 * 3600
    assert doc.selectors_as_data() == (["main"], [{"startBefore": "#a", "endAfter": "#b"}])
    assert config.watchlist_path == tmp_path / "wl.yaml"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vendors: [\n  - name: x\n", "is not valid YAML"),
        ("databse: sqlite:////tmp/x.db\n", "line 1: databse: unknown key"),
        ("robots_txt: true\ncrawl:\n  timeout: soon\n", "line 3: crawl.timeout: 'soon' is not a duration"),
        ("vendors:\n  - name: A\n    documents:\n      - url: https://a.example\n        type: blog\n", "line 5: vendors.0.documents.0.type"),
        ("allow_private_addresses: maybe\n", "allow_private_addresses"),
        ("- just\n- a list\n", "expected a mapping"),
        ("vendors:\n  - name: A\n  - name: a\n", "listed twice"),
        ("watchlist: missing.yaml\n", "missing.yaml: file not found"),
        ("vendors:\n  - name: A\n    documents:\n      - url: https://a\n        select: [{startBefore: '#x'}]\n", "range selector needs"),
    ],
)
def test_bad_config_names_the_problem(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path, text))
    assert expected in str(info.value)
    assert str(tmp_path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_env_variable_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "vendors: [{name: Z, documents: [{url: 'https://z.example'}]}]\n")
    monkeypatch.setenv("POLICYWATCH_CONFIG", str(path))
    assert [v.name for v in load_config().vendors] == ["Z"]


@pytest.mark.parametrize(("value", "seconds"), [("12h", 43200), ("10m", 600), ("0s", 0), ("1.5d", 129600), (90, 90)])
def test_durations(value: object, seconds: float) -> None:
    assert parse_duration(value).total_seconds() == seconds


@pytest.mark.parametrize("value", ["-5s", "soon", "5 parsecs", True])
def test_bad_durations(value: object) -> None:
    with pytest.raises(ValueError):
        parse_duration(value)


def test_a_large_watchlist_loads_whole_and_equal_to_what_was_validated(tmp_path: Path) -> None:
    from config.loader import _load

    lines = ["vendors:"]
    for i in range(2000):
        lines += [f"  - name: Vendor {i}", "    documents:", f"      - url: https://v{i}.example/privacy",
                  *(["        ignore: ['Last visit: .*']"] if i % 7 == 0 else [])]
    (tmp_path / "watchlist.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "policywatch.yaml").write_text("watchlist: watchlist.yaml\n", encoding="utf-8")
    loaded = load_config(tmp_path / "policywatch.yaml")  # parsed once, then compacted (a copy)
    assert loaded == _load(tmp_path / "policywatch.yaml")
    assert len(loaded.vendors) == 2000 and loaded.vendors[7].documents[0].ignore == ["Last visit: .*"]
    assert loaded.watchlist_path == tmp_path / "watchlist.yaml"
