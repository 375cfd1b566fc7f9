"""`policywatch import-ota`: OTA declarations become watched documents in the watchlist YAML file."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from config.loader import load_config
from monitor.cli_ota import import_declarations, register
from monitor.demo.servers import FixtureSite, Page
from tests.test_crawl import crawl_all

WATCHLIST = """# Our vendors (comment kept)
vendors:
  - name: Koofr   # storage
    category: storage
    documents:
      - type: privacy_policy
        url: https://koofr.si/zasebnost
        language: sl

  - name: Other
    documents:
      - url: https://other.example/privacy
"""

ACME = {
    "name": "Acme Cloud",
    "documents": {
        "Privacy Policy": {
            "fetch": "https://acme.example/privacy",
            "select": ["main", {"startAfter": "#toc", "endBefore": "footer"}],
            "remove": ".cookie-banner",
        },
        "Terms of Service": {"combine": [{"fetch": "https://acme.example/tos/1"}, {"fetch": "https://acme.example/tos/2"}]},
        "Data Processing Agreement": {"select": "main"},
        "Subprocessors List": {"fetch": "https://acme.example/subprocessors"},
    },
}
KOOFR = {"name": "koofr", "documents": {"Privacy Policy": {"fetch": "https://KOOFR.si/zasebnost/"},
                                          "Terms of Service": {"fetch": "https://koofr.si/pogoji"}}}


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_import_merges_keeps_comments_and_never_duplicates(tmp_path: Path) -> None:
    watchlist = tmp_path / "watchlist.yaml"
    watchlist.write_text(WATCHLIST, encoding="utf-8")
    files = [write(tmp_path / "Acme Cloud.json", ACME), write(tmp_path / "Koofr.json", KOOFR), write(tmp_path / "x.json", [1])]
    report = import_declarations(files, watchlist)

    assert [(a["vendor"], a["type"], a["url"]) for a in report.added] == [
        ("Acme Cloud", "privacy_policy", "https://acme.example/privacy"),
        ("Acme Cloud", "subprocessors", "https://acme.example/subprocessors"),
        ("Koofr", "terms_of_service", "https://koofr.si/pogoji"),
    ]
    reasons = {(s["vendor"], s["terms_type"]): s["reason"] for s in report.skipped}
    assert "combine" in reasons[("Acme Cloud", "Terms of Service")]
    assert reasons[("Acme Cloud", "Data Processing Agreement")] == "no `fetch` URL"
    assert reasons[("koofr", "Privacy Policy")] == "already watched (vendor Koofr)"
    assert "not an Open Terms Archive declaration" in reasons[(None, None)]

    text = watchlist.read_text(encoding="utf-8")
    assert "# Our vendors (comment kept)" in text and "# storage" in text
    assert text.count("name: Koofr") == 1 and "Acme Cloud" in text

    config_file = tmp_path / "policywatch.yaml"
    config_file.write_text("watchlist: watchlist.yaml\n", encoding="utf-8")
    vendors = {v.name: v for v in load_config(config_file).vendors}
    assert [d.url for d in vendors["Koofr"].documents] == ["https://koofr.si/zasebnost", "https://koofr.si/pogoji"]
    acme = vendors["Acme Cloud"].documents[0]
    assert acme.selectors_as_data() == (
        ["main", {"startAfter": "#toc", "endBefore": "footer"}], [".cookie-banner"]
    )

    again = import_declarations(files, watchlist)  # idempotent: everything is already watched
    assert again.added == [] and watchlist.read_text(encoding="utf-8") == text


def test_cli_creates_the_configured_watchlist_and_prints_what_it_did(tmp_path: Path) -> None:
    from monitor.cli import app

    register(app)
    config_file = tmp_path / "policywatch.yaml"
    config_file.write_text("watchlist: lists/watchlist.yaml\n", encoding="utf-8")
    declaration = write(tmp_path / "Acme.json", ACME)
    runner = CliRunner()
    result = runner.invoke(app, ["--config", str(config_file), "import-ota", str(declaration)])
    assert result.exit_code == 0, result.output
    assert "added    Acme Cloud privacy_policy: https://acme.example/privacy (select 2, remove 1)" in result.output
    assert "skipped  Acme Cloud Terms of Service: multi-page (`combine`) declarations are not supported" in result.output
    assert "skipped  Acme Cloud Data Processing Agreement: no `fetch` URL" in result.output
    assert (tmp_path / "lists" / "watchlist.yaml").exists()
    assert len(load_config(config_file).vendors[0].documents) == 2

    as_json = runner.invoke(app, ["--config", str(config_file), "import-ota", "--json", str(declaration)])
    data = json.loads(as_json.output)
    assert data["added"] == [] and len(data["skipped"]) == 4


def test_cli_refuses_to_guess_a_watchlist(tmp_path: Path) -> None:
    from monitor.cli import app as main_app

    register(main_app)
    config_file = tmp_path / "policywatch.yaml"
    config_file.write_text("robots_txt: true\n", encoding="utf-8")
    result = CliRunner().invoke(main_app, ["--config", str(config_file), "import-ota", str(write(tmp_path / "a.json", ACME))])
    assert result.exit_code == 2 and "names no `watchlist:` file" in result.output


def test_imported_selectors_are_used_by_the_crawl(fixture_site: FixtureSite, sqlite_url: str, tmp_path: Path) -> None:
    html = (
        "<!doctype html><html lang='en'><head><title>Privacy</title></head><body><nav>Home</nav>"
        "<div id='toc'>Contents: 1 2 3</div><article><h1>Privacy Policy</h1>"
        + "".join(f"<h2>{n}. Part</h2><p>We keep data number {n} for thirty days and then delete it for good.</p>" for n in range(1, 6))
        + "<div class='cookie-banner'>We use cookies.</div></article><footer>© Acme</footer></body></html>"
    )
    fixture_site.set_page("/privacy", Page(html.encode()))
    declaration = {"name": "Acme", "documents": {"Privacy Policy": {
        "fetch": fixture_site.url("/privacy"), "select": [{"startAfter": "#toc", "endBefore": "footer"}],
        "remove": [".cookie-banner"]}}}
    watchlist = tmp_path / "watchlist.yaml"
    import_declarations([write(tmp_path / "Acme.json", declaration)], watchlist)
    config_file = tmp_path / "policywatch.yaml"
    config_file.write_text(
        f"database: {sqlite_url}\nallow_private_addresses: true\nwatchlist: watchlist.yaml\n"
        "crawl: {download_delay: 0s, timeout: 2s, retry_times: 0}\n", encoding="utf-8",
    )
    outcome, _ = crawl_all(load_config(config_file))
    assert outcome["Acme"].change_kind == "first"
    from storage.database import open_database
    from storage.queries import history

    from sqlalchemy import select

    from storage.blobs import get_text
    from storage.models import Version

    db = open_database(sqlite_url)
    assert len(history(db, "Acme")) == 1
    with db.read() as session:
        text = get_text(session, session.scalars(select(Version.text_sha256)).one())
    db.close()
    assert "## 5. Part" in text and "Contents" not in text and "cookies" not in text and "Home" not in text
