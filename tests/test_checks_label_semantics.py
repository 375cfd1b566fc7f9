"""Cues that follow how GDPR Art. 13/14 items are read in labelled policies (consent as a legal basis,
transfers to "other jurisdictions", ...), on short sentences written for these tests."""

from __future__ import annotations

import pytest

from monitor.checks.engine import check_text


def status(text: str, item: str, language: str | None = "en") -> str:
    found = check_text(text, language=language).finding(item)
    assert found is not None
    return found.status


@pytest.mark.parametrize(
    "text",
    [
        "We will not send you newsletters without your consent.",
        "With your permission, we may send you e-mails about new products.",
        "By signing up you give consent to share your profile with other members.",
    ],
)
def test_consent_is_a_legal_basis(text: str) -> None:
    assert status(text, "C06") == "present"


def test_consent_as_legal_basis_keeps_its_legal_basis_label() -> None:
    found = check_text("We only process your contact details with your consent.").finding("C06")
    assert found is not None and found.value == {"bases": ["consent"]}


@pytest.mark.parametrize(
    "text",
    [
        "Some of our service providers may be located in other jurisdictions than you.",
        "We may share your data with our affiliates located within or outside India.",
        "Your data may be processed outside your country of residence.",
    ],
)
def test_processing_in_other_jurisdictions_is_a_transfer(text: str) -> None:
    assert status(text, "C10") == "present"


def test_a_plain_country_mention_is_not_a_transfer() -> None:
    assert status("Our company was founded in India in 2012.", "C10") != "present"


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("C12", "You can make a subject access request by e-mail."),
        ("C12", "You may find out which personal information we hold about you."),
        ("C15", "You may ask us to limit the use of your personal data."),
        ("C19", "You can raise a complaint with your local data protection regulator."),
        ("C19", "You have the right to complain to the competent supervisory authority."),
        ("C21", "No decision about you is made without human intervention."),
        ("C07", "We keep access logs for legitimate business purposes such as preventing abuse."),
    ],
)
def test_general_gdpr_phrasings(item: str, text: str) -> None:
    assert status(text, item) == "present"


def test_a_complaint_to_the_vendor_alone_is_not_the_supervisory_authority() -> None:
    assert status("If you are unhappy with our app, please send your complaint to support.", "C19") == "absent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We may receive information about you from our marketing partners.", "present"),
        ("Some features connect to your social media account to obtain your profile picture.", "present"),
        ("We collect your e-mail address and share it with the third party that sends our newsletter.", "absent"),
        ("Our app shows advertising from our partner networks.", "absent"),
    ],
)
def test_source_of_data_is_where_we_get_data_from(text: str, expected: str) -> None:
    assert (status(text, "C22") == "present") == (expected == "present")


def test_a_named_subject_that_collects_data_is_the_controller() -> None:
    assert status("Acme Notes collects your e-mail address to create your account.", "C01") == "present"
    assert status("Google Analytics collects anonymous usage statistics.", "C01") == "absent"


def test_reaching_out_to_ask_for_deletion_is_the_user_acting() -> None:
    assert status("To delete your account data, please reach out to support@example.com.", "C14") == "present"
    assert status("We delete inactive accounts after two years.", "C14") == "absent"


@pytest.mark.parametrize(
    ("language", "text", "destinations"),
    [
        ("en", "We process your personal data on servers located outside of the EEA, Switzerland and the UK.", ["non_EEA"]),
        ("en", "We transfer personal data outside the EU, to the United States and Canada.", ["US", "CA", "non_EEA"]),
        ("de", "Wir übermitteln personenbezogene Daten außerhalb der EU und der Schweiz, in die USA.", ["US", "non_EEA"]),
        ("fr", "Nous transférons vos données personnelles hors de l'UE et de la Suisse, vers les États-Unis.", ["US", "non_EEA"]),
        ("sv", "Vi överför dina personuppgifter utanför EU och Schweiz, till USA.", ["US", "non_EEA"]),
    ],
)
def test_places_listed_after_outside_are_not_destinations(language: str, text: str, destinations: list[str]) -> None:
    """ "outside the EEA, Switzerland and the UK" names Switzerland and the UK as places the data leaves:
    they are not transfer countries (R04 would call them new destinations)."""
    found = check_text(text, language=language).finding("C10")
    assert found is not None and found.status == "present"
    assert found.value["countries"] == destinations


@pytest.mark.parametrize("text", ["We also use your usage data for statistics.", "We may also use the information to send you offers."])
def test_we_also_use_states_a_purpose(text: str) -> None:
    assert status(text, "C05") == "present"
