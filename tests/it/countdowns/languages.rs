//! A countdown is read by the guild's channel and its players: its message, its Abort button
//! and its in-game lines are in the guild's language, as it is at each step. The pseudo-locale
//! (every message in ⟦ ⟧) shows which text came from the catalogue in that language.

use heo_bot::countdown::Aborted;

use super::bench::*;

/// Whether `text` came whole from the pseudo-locale's catalogue.
fn pseudo(text: &str) -> bool {
    text.starts_with('⟦') && text.ends_with('⟧')
}

#[tokio::test]
async fn a_countdown_its_button_and_its_in_game_lines_read_the_guilds_language() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    bench.power.note_guild_locale(GUILD, Some("en-XA"));
    let countdown = bench.begin("1m", None).await.unwrap();

    let posted = bench.board.last();
    assert!(posted.text.starts_with('⟦'), "{}", posted.text);
    let label = posted.abort_label.expect("an Abort button");
    assert!(pseudo(&label), "{label}");
    let warning = bench.console_lines(1).await.remove(0);
    let line = warning.strip_prefix("say ").expect("the server's template");
    assert!(pseudo(line), "{warning}");

    let Aborted::Now(_) = bench.countdowns.abort(countdown.id, MEMBER).await.unwrap() else {
        panic!("not aborted");
    };
    let cancelled = bench.console_lines(2).await.remove(1);
    let line = cancelled
        .strip_prefix("say ")
        .expect("the server's template");
    assert!(pseudo(line), "{cancelled}");
}

#[tokio::test]
async fn a_countdown_is_rerendered_in_the_language_the_guild_reads_when_it_ends() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    bench.begin("1m", None).await.unwrap();
    let posted = bench.board.last();
    assert!(posted.text.starts_with("⏳ **Restart**"), "{}", posted.text);
    assert_eq!(posted.abort_label.as_deref(), Some("Abort"));

    bench.power.note_guild_locale(GUILD, Some("en-XA"));
    bench.advance(60);
    let ended = bench
        .board
        .wait_for("the outcome", |shown| shown.abort.is_none())
        .await;
    assert!(ended.text.starts_with('⟦'), "{}", ended.text);
    assert_eq!(ended.message, posted.message, "the same message, edited");
}
