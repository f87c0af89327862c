//! Countdowns (warned actions) without Discord: the real engine on a real SQLite file and a
//! wiremock HEO, driven by a clock the test moves, shown on a board that records what Discord
//! would show. The Discord side (the posted message, the Abort click) is in
//! `e2e::countdowns`.

mod bench;
mod languages;
mod panels;

use std::time::Duration;

use heo_bot::audit::CannotPost;
use heo_bot::countdown::{Aborted, BeginError};
use heo_bot::domain::PowerAction;
use heo_bot::power::{PowerRequest, Refusal};
use serde_json::json;

use bench::*;

#[tokio::test]
async fn a_warned_restart_warns_at_each_step_in_order_then_sends_one_restart() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("15m", Some("Back in 5!")).await.unwrap();
    let posted = bench.board.last();
    assert_eq!(posted.abort, Some(countdown.id), "{posted:?}");
    assert!(posted.text.contains("<t:"), "{}", posted.text);

    let mut expected = vec!["say Server restart in 15 minutes. Back in 5!"];
    assert_eq!(bench.console_lines(1).await, expected);
    for (advance, line) in [
        (300, "say Server restart in 10 minutes. Back in 5!"),
        (300, "say Server restart in 5 minutes. Back in 5!"),
        (240, "say Server restart in 1 minute. Back in 5!"),
        (50, "say Server restart in 10 seconds. Back in 5!"),
    ] {
        assert_eq!(bench.restarts().await, 0, "nothing sent before its time");
        bench.advance(advance);
        expected.push(line);
        assert_eq!(bench.console_lines(expected.len()).await, expected);
    }
    assert_eq!(bench.restarts().await, 0);
    bench.advance(10);
    let ended = bench
        .board
        .wait_for("the outcome", |s| s.text.contains("Restart requested"))
        .await;
    assert_eq!(ended.abort, None, "the button goes when it ends");
    assert_eq!(
        ended.message, posted.message,
        "the countdown is edited, not reposted"
    );
    assert_eq!(bench.restarts().await, 1);
    assert!(bench.store.countdown(countdown.id).await.unwrap().is_none());
    assert_eq!(
        bench.power.check(&request()),
        None,
        "the server is free again"
    );
}

#[tokio::test]
async fn another_action_on_the_server_is_refused_while_a_countdown_holds_it() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("1m", None).await.unwrap();
    let now = PowerRequest {
        action: PowerAction::Stop,
        ..request()
    };
    let Err(Refusal::CountingDown(hold)) = bench.power.admit(&now) else {
        panic!("a stop got past the countdown");
    };
    assert_eq!(
        (hold.countdown, hold.action),
        (countdown.id, PowerAction::Restart)
    );
    let second = bench.begin("2m", None).await.unwrap_err();
    assert!(
        matches!(second, BeginError::Refused(Refusal::CountingDown(_))),
        "{second:?}"
    );
}

#[tokio::test]
async fn an_aborted_countdown_sends_nothing_more_and_tells_the_players() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("1m", None).await.unwrap();
    bench.console_lines(1).await;

    let other_admin = MEMBER + 1;
    let Aborted::Now(aborted) = bench
        .countdowns
        .abort(countdown.id, other_admin)
        .await
        .unwrap()
    else {
        panic!("not aborted");
    };
    assert_eq!(aborted.id, countdown.id);
    let lines = bench.console_lines(2).await;
    assert_eq!(lines[1], "say Server restart cancelled.");
    bench.advance(120);
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(bench.restarts().await, 0);
    assert_eq!(
        bench.console_lines(2).await.len(),
        2,
        "no warning after the abort"
    );
    let again = bench.countdowns.abort(countdown.id, MEMBER).await.unwrap();
    assert!(matches!(again, Aborted::Gone), "{again:?}");
    assert_eq!(
        bench.power.check(&request()),
        None,
        "the server is free again"
    );
}

#[tokio::test]
async fn an_abort_once_the_action_is_being_sent_is_too_late() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("1m", None).await.unwrap();
    assert!(
        bench
            .store
            .start_sending_countdown(countdown.id)
            .await
            .unwrap()
    );
    let late = bench.countdowns.abort(countdown.id, MEMBER).await.unwrap();
    assert!(
        matches!(late, Aborted::TooLate(PowerAction::Restart)),
        "{late:?}"
    );
}

#[tokio::test]
async fn once_aborted_a_countdown_cannot_be_taken_for_sending() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("1m", None).await.unwrap();
    let aborted = bench.countdowns.abort(countdown.id, MEMBER).await.unwrap();
    assert!(matches!(aborted, Aborted::Now(_)), "{aborted:?}");
    let taken = bench.store.start_sending_countdown(countdown.id).await;
    assert!(!taken.unwrap());
}

#[tokio::test]
async fn a_countdown_outlives_a_bot_restart_and_skips_the_warnings_whose_time_passed() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    bench.begin("10m", None).await.unwrap();
    assert_eq!(
        bench.console_lines(1).await,
        ["say Server restart in 10 minutes."]
    );
    // Down for six minutes: the 5-minute warning's time passes meanwhile.
    bench.countdowns.stop();
    bench.advance(360);
    let bench = bench.restart().await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        bench.console_lines(1).await.len(),
        1,
        "no stale 5-minute warning"
    );
    bench.advance(180);
    let lines = bench.console_lines(2).await;
    assert_eq!(lines[1], "say Server restart in 1 minute.");
    bench.advance(60);
    bench
        .board
        .wait_for("the outcome", |s| s.text.contains("Restart requested"))
        .await;
    assert_eq!(bench.restarts().await, 1, "sent once, by the new bot only");
}

#[tokio::test]
async fn a_countdown_whose_moment_passed_while_the_bot_was_down_is_reported_not_sent() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("1m", None).await.unwrap();
    bench.countdowns.stop();
    bench.advance(60 + 61);
    let bench = bench.restart().await;
    let missed = bench.board.last();
    assert!(
        missed.text.contains("the bot was not running"),
        "{}",
        missed.text
    );
    assert_eq!(missed.abort, None);
    assert_eq!(bench.restarts().await, 0);
    assert!(bench.store.countdown(countdown.id).await.unwrap().is_none());
}

#[tokio::test]
async fn warnings_that_cannot_be_sent_are_said_at_once_and_the_action_still_goes() {
    let bench = Bench::start(RecordingBoard::default()).await;
    let scope = json!({"success": false, "error": "insufficient_scope",
        "message": "This API key only has read scope"});
    mount(&bench.heo, CONSOLE, 403, scope).await;
    let accepted = json!({"success": true, "action": "restart", "server_id": "srv_42",
        "status": "requested", "message": "Restart action sent"});
    mount(&bench.heo, RESTART, 200, accepted).await;
    bench.begin("90s", None).await.unwrap();
    let problem = bench
        .board
        .wait_for("the warning problem", |s| {
            s.text.contains("game-console:read_write")
        })
        .await;
    assert!(problem.text.contains("still happens"), "{}", problem.text);
    assert!(problem.abort.is_some(), "it can still be aborted");
    bench.advance(90);
    bench
        .board
        .wait_for("the outcome", |s| s.text.contains("Restart requested"))
        .await;
    assert_eq!(
        requests_to(&bench.heo, CONSOLE).await.len(),
        1,
        "a key without the scope is not asked again at each step"
    );
}

#[tokio::test]
async fn a_countdown_that_cannot_be_posted_is_not_started() {
    let board = RecordingBoard {
        refuse: true,
        ..RecordingBoard::default()
    };
    let bench = Bench::start(board).await;
    accept_all(&bench.heo).await;
    let refused = bench.begin("1m", None).await.unwrap_err();
    assert!(
        matches!(refused, BeginError::CannotPost(CannotPost::NotAllowed)),
        "{refused:?}"
    );
    assert!(bench.store.countdowns().await.unwrap().is_empty());
    assert_eq!(
        bench.power.check(&request()),
        None,
        "nothing holds the server"
    );
    bench.advance(120);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(bench.heo.received_requests().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_countdown_cut_off_while_sending_says_it_cannot_tell_and_sends_nothing_again() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("1m", None).await.unwrap();
    // The bot stopped between taking the countdown for sending and hearing from HEO.
    assert!(
        bench
            .store
            .start_sending_countdown(countdown.id)
            .await
            .unwrap()
    );
    bench.countdowns.stop();
    let bench = bench.restart().await;
    let said = bench.board.last();
    assert!(
        said.text.contains("cannot tell whether HEO got it"),
        "{}",
        said.text
    );
    assert_eq!(said.abort, None);
    bench.advance(120);
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(bench.restarts().await, 0, "never sent twice");
    assert!(bench.store.countdown(countdown.id).await.unwrap().is_none());
}

#[tokio::test]
async fn a_countdown_aborted_by_another_process_warns_the_players_no_more_and_frees_its_server() {
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let countdown = bench.begin("10m", None).await.unwrap();
    bench.console_lines(1).await;
    // Another process answered the Abort click: only the database knows.
    assert!(
        bench
            .store
            .abort_countdown(countdown.id)
            .await
            .unwrap()
            .is_some()
    );
    bench.advance(600);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        bench.console_lines(1).await.len(),
        1,
        "no warning after the abort"
    );
    assert_eq!(bench.restarts().await, 0);
    assert_eq!(
        bench.power.check(&request()),
        None,
        "its server is free once its runner has seen it gone"
    );
}
