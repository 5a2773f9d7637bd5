"""Where the claims pane, the CLI and the stored index show how a speaker was named."""

from __future__ import annotations

from textual.app import App, ComposeResult

from belreader.claims import Claim, extract_claims
from belreader.tui.widgets.claims import ClaimsPane

TEXT = (
    "Belarusian President Alexander Lukashenko spoke in Minsk on Friday.\n\n"
    "The president said that the border with Poland would stay closed all winter.\n\n"
    "Lukashenko said that the harvest had been the best in a decade.\n\n"
    "“Nobody will dictate to us,” he said.\n\n"
    "“We stand alone,” she said."
)


def test_mention_shown_only_where_it_names_the_speaker_otherwise():
    claims = extract_claims(TEXT)
    assert len(claims) == 4

    def about(words: str) -> Claim:
        return next(c for c in claims if words in c.text)

    border = about("border with Poland")
    assert border.speaker == "Alexander Lukashenko"
    assert border.speaker_mention == "The president" and border.shown_mention == "The president"
    dictate = about("dictate")
    assert dictate.speaker == "Alexander Lukashenko" and dictate.shown_mention == "he"
    # a surname is the name: nothing to show
    harvest = about("harvest")
    assert harvest.speaker_mention == "Lukashenko" and harvest.shown_mention is None
    # no woman named: no speaker, and the words are shown instead
    alone = about("stand alone")
    assert alone.speaker is None and alone.shown_mention == "she"


def test_old_stored_claims_keep_their_mention():
    d = next(c for c in extract_claims(TEXT) if "Poland" in c.text).to_dict()
    assert d["speaker_mention"] == "The president"
    old = dict(d)
    old["speaker_surface"] = old.pop("speaker_mention")  # as indexes before the rename
    assert Claim.from_dict(old) == Claim.from_dict(d)


class PaneApp(App):
    def compose(self) -> ComposeResult:
        yield ClaimsPane()


async def test_the_pane_shows_the_mention_beside_the_cue():
    app = PaneApp()
    async with app.run_test(size=(100, 40)) as pilot:
        pane = app.query_one(ClaimsPane)
        pane.show_claims(extract_claims(TEXT))
        await pilot.pause()
        lines = [str(pane.get_option_at_index(i).prompt) for i in range(pane.option_count)]
        president = next(s for s in lines if "border with Poland" in s)
        assert "as “The president”" in president
        harvest = next(s for s in lines if "harvest" in s)
        assert "as “" not in harvest
        assert any(s.startswith("Alexander Lukashenko (3)") for s in lines)
