"""Words passed on by another source: the person whose words they are is the speaker, and
the agency, paper or channel that relayed them is the claim's ``via``. An analyst who
follows what Lukashenko is reported to have said finds "Lukashenko said A, Belta
reported" under his name, and still sees that Belta reported it: in the claims pane, the
speaker screen, the CLI and the bookmark exports."""

from __future__ import annotations

import csv
import io
import json

from textual.app import App, ComposeResult

from belreader.bookmarks import BookmarkStore
from belreader.claims import Claim, extract_claims
from belreader.cli import main
from belreader.tui.widgets.claims import ClaimsPane

from .claims_helpers import only

WAR = "the West was preparing for war"


# -- the four ways an agency passes words on ---------------------------------------------
def test_a_report_followed_by_agency_reported_is_the_speakers_via_the_agency():
    claim = only(f"Lukashenko said {WAR}, Belta reported.")
    assert (claim.speaker, claim.via, claim.text) == ("Alexander Lukashenko", "Belta", WAR)
    assert claim.cue == "said"


def test_told_and_a_time_after_the_relay():
    claim = only(
        "Lukashenko told officials that the harvest would be the best in a decade, state "
        "television reported on Sunday."
    )
    assert claim.speaker == "Alexander Lukashenko"
    assert claim.via == "state television"
    assert claim.text == "the harvest would be the best in a decade"


def test_according_to_before_and_after_the_report():
    before = only(f"According to Belta, Lukashenko said {WAR}.")
    after = only(f"Lukashenko said {WAR}, according to Belta.")
    for claim in (before, after):
        assert (claim.speaker, claim.via, claim.text) == ("Alexander Lukashenko", "Belta", WAR)


def test_a_quote_with_according_to_after_its_attribution():
    claim = only("“We will not give up Belarus,” Lukashenko said, according to Belta.")
    assert (claim.speaker, claim.via) == ("Alexander Lukashenko", "Belta")
    assert claim.kind == "direct"


def test_quoted_as_saying_in_both_voices():
    active = only(f"Belta quoted Lukashenko as saying {WAR}.")
    passive = only(f"Lukashenko was quoted by the state news agency Belta as saying {WAR}.")
    assert (active.speaker, active.via) == ("Alexander Lukashenko", "Belta")
    assert passive.speaker == "Alexander Lukashenko"
    # one outlet, one name: "the state news agency Belta" relays as "Belta" does
    assert passive.via == "Belta"


# -- what is not a relay -------------------------------------------------------------------
def test_an_agencys_own_report_has_no_via():
    claim = only(f"{WAR.capitalize()}, Belta reported.")
    assert (claim.speaker, claim.via) == ("Belta", None)


def test_an_act_described_by_the_agency_stays_its_claim():
    # "slammed" is something the minister did, which the agency reports: not his words
    claim = only(
        "The minister slammed the Lithuanian authorities for closing the border, Belta reported."
    )
    assert claim.speaker == "Belta" and claim.via is None


def test_quoted_as_saying_without_a_source_has_no_via():
    claim = only("Peskov was quoted as saying the talks had gone well.")
    assert claim.speaker == "Dmitry Peskov" and claim.via is None


def test_a_person_telling_an_agency_is_no_relay():
    claim = only(f"Lukashenko told Belta that {WAR}.")
    assert (claim.speaker, claim.via) == ("Alexander Lukashenko", None)


# -- stored and shown --------------------------------------------------------------------------
def test_via_is_stored_and_indexes_without_it_read_as_none():
    claim = only(f"Lukashenko said {WAR}, Belta reported.")
    stored = claim.to_dict()
    assert stored["via"] == "Belta"
    assert Claim.from_dict(stored) == claim
    del stored["via"]  # an index written before the field existed
    assert Claim.from_dict(stored).via is None


class PaneApp(App):
    def compose(self) -> ComposeResult:
        yield ClaimsPane()


async def test_the_pane_names_the_relay_beside_the_cue():
    app = PaneApp()
    async with app.run_test(size=(100, 30)) as pilot:
        pane = app.query_one(ClaimsPane)
        pane.show_claims(
            extract_claims(
                f"Lukashenko said {WAR}, Belta reported.\n\n"
                "Lukashenko said the harvest was the best in a decade."
            )
        )
        await pilot.pause()
        lines = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        relayed = next(s for s in lines if "preparing for war" in s)
        own = next(s for s in lines if "harvest" in s)
        assert "via Belta" in relayed
        assert "via" not in own


RELAYED = (
    "---\ntitle: Lukashenko warns of war\nsource: Euroradio\ndate: 2024-11-04\n---\n"
    "Lukashenko warns of war\n\n"
    f"Lukashenko said {WAR}, Belta reported.\n"
)


def test_cli_claims_and_exports_carry_via(library, corpus, capsys):
    from belreader.search import SearchIndex

    (corpus / "war.md").write_text(RELAYED, "utf-8")
    ix = SearchIndex(library)
    ix.sync()
    hits = ix.search("preparing war").hits
    article = next(a for a in map(ix.article, (h.id for h in hits)) if a.source == "Euroradio")
    claim = next(c for c in article.claims if "preparing for war" in c.text)
    assert (claim.speaker, claim.via) == ("Alexander Lukashenko", "Belta")
    ix.close()
    args = ["--index", str(library.index_dir), "--data", str(library.data_dir)]

    assert main(["claims", "--speaker", "Lukashenko", "--json", *args]) == 0
    rows = [r for r in json.loads(capsys.readouterr().out) if "preparing" in r["text"]]
    assert [r["via"] for r in rows] == ["Belta"]
    assert main(["claims", "--speaker", "Lukashenko", *args]) == 0
    assert f"said (reported, via Belta): {WAR}" in capsys.readouterr().out

    with BookmarkStore(library.bookmarks_db) as store:
        store.add(article, claim.start, claim.end)
    outputs = {}
    for fmt in ("md", "csv", "json"):
        assert main(["bookmarks", "export", "--format", fmt, *args]) == 0
        outputs[fmt] = capsys.readouterr().out
    assert "— said by Alexander Lukashenko (via Belta)" in outputs["md"]
    row = next(csv.DictReader(io.StringIO(outputs["csv"])))
    assert (row["speaker"], row["via"]) == ("Alexander Lukashenko", "Belta")
    extension = json.loads(outputs["json"])[0]["target"]["belreader"]
    assert extension["via"] == "Belta"


def test_a_relay_in_an_english_paragraph_of_a_mixed_language_article():
    text = (
        "Лукашенко заявил, что урожай в этом году будет лучшим за десять лет.\n\n"
        f"Lukashenko said {WAR}, Belta reported."
    )
    relayed = next(c for c in extract_claims(text) if "preparing" in c.text)
    assert (relayed.speaker, relayed.via, relayed.text) == ("Alexander Lukashenko", "Belta", WAR)


def test_reported_after_a_possessive_is_an_adjective_not_a_relay():
    claims = extract_claims(
        "Lukashenko's reported deal would also open the border to Lithuanian trucks, says "
        "the Times."
    )
    assert [(c.speaker, c.via) for c in claims] == [("the Times", None)]


def test_an_inner_report_deep_in_the_relays_content_is_not_its_whole_content():
    text = (
        "A blogger, Anna Petrova, reported this week that she had obtained a video of the "
        "minister at a dinner in Minsk in which he said: “We will build the plant.”"
    )
    speakers = {c.speaker for c in extract_claims(text)}
    assert "Anna Petrova" in speakers


# -- Russian and Belarusian outlets ------------------------------------------------------------
RU_WAR = "Запад готовится к войне"


def test_russian_report_followed_by_soobshchaet_belta():
    claim = only(f"Лукашенко заявил, что {RU_WAR}, сообщает БелТА.")
    assert (claim.speaker, claim.via, claim.text) == ("Alexander Lukashenko", "БелТА", RU_WAR)


def test_russian_relay_leads_before_the_report():
    for lead in ("Как сообщает БелТА", "По данным БелТА"):
        claim = only(f"{lead}, Лукашенко заявил, что {RU_WAR}.")
        assert (claim.speaker, claim.via) == ("Alexander Lukashenko", "БелТА"), lead


def test_russian_quote_with_its_own_attribution_then_peredaet():
    claim = only("«Мы не отдадим Беларусь», — заявил Лукашенко, передает БелТА.")
    assert (claim.speaker, claim.via, claim.kind) == ("Alexander Lukashenko", "БелТА", "direct")


def test_russian_acts_and_findings_are_no_relay():
    act = only("Лукашенко призвал Запад снять санкции, передает БелТА.")
    assert (act.speaker, act.via) == ("БелТА", None)
    poll = only("По данным опроса, большинство белорусов заявили, что не доверяют властям.")
    assert poll.via is None


# -- state TV shows, agencies quote without "as" -----------------------------------------------
def test_state_tv_showed_him_telling_officials():
    claim = only(
        "Belarusian state TV showed Lukashenko telling officials that the harvest must be saved."
    )
    assert (claim.speaker, claim.via) == ("Alexander Lukashenko", "Belarusian state TV")
    assert claim.text == "the harvest must be saved"


def test_quoted_saying_without_as_in_both_voices():
    active = only(f"Interfax quoted Lukashenko saying {WAR}.")
    passive = only(f"Lukashenko was quoted by Belta saying {WAR}.")
    assert (active.speaker, active.via) == ("Alexander Lukashenko", "Interfax")
    assert (passive.speaker, passive.via) == ("Alexander Lukashenko", "Belta")


def test_quoted_in_a_newspaper_saying_is_the_subjects_quote():
    claim = only('Mr Houston was quoted in the Herald newspaper saying: "We will appeal."')
    assert claim.speaker == "Mr Houston" and claim.kind == "direct"


def test_a_video_showing_people_then_saying_is_no_relay():
    # (a guard: a comma after the object ends the "showed X" phrase)
    claims = extract_claims(
        "The video showed police beating protesters, saying the crowd had attacked first."
    )
    assert all(c.speaker != "police beating protesters" for c in claims)


def test_a_quoting_outlet_with_an_appositive_is_the_via():
    (claim,) = extract_claims(
        "Belta, the state news agency, quoted Lukashenko as saying the West was preparing for war."
    )
    assert claim.speaker == "Alexander Lukashenko"
    assert claim.via == "Belta"


def test_a_telegram_channel_described_in_commas_is_the_via():
    (claim,) = extract_claims(
        "Pul Pervogo, a Telegram channel close to Lukashenko's office, quoted him as "
        "saying: “We will not give up.”"
    )
    assert claim.via == "Pul Pervogo"
