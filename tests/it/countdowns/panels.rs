//! A countdown begun from a control panel's button: the panel is kept with it, so that its
//! action, however late, is marked in the audit trail as from the panel.

use heo_bot::domain::{Outcome, PanelId, PowerAction};
use heo_bot::power::PowerRequest;

use super::bench::*;

#[tokio::test]
async fn a_countdown_begun_from_a_panel_keeps_it_across_a_restart_and_audits_its_action_as_from_it()
{
    let bench = Bench::start(RecordingBoard::default()).await;
    accept_all(&bench.heo).await;
    let panel = PanelId::generate();
    let clicked = PowerRequest {
        panel: Some(panel.clone()),
        ..request()
    };
    let countdown = bench.begin_for(clicked, "1m", None).await.unwrap();
    let row = bench.store.countdown(countdown.id).await.unwrap().unwrap();
    assert_eq!(row.panel.as_deref(), Some(panel.as_str()));

    // Only the row can tell the restarted bot where the countdown came from.
    bench.countdowns.stop();
    let bench = bench.restart().await;
    let resumed = bench.countdowns.get(countdown.id).await.unwrap().unwrap();
    assert_eq!(resumed.request.panel.as_ref(), Some(&panel));
    bench.advance(60);
    bench
        .board
        .wait_for("the outcome", |s| s.text.contains("Restart requested"))
        .await;
    bench.power.audit().flush().await;
    let audit = bench.store.recent_audit(GUILD, None, 10).await.unwrap();
    let sent: Vec<_> = audit
        .iter()
        .filter(|entry| (entry.action, entry.outcome) == (PowerAction::Restart, Outcome::Requested))
        .map(|entry| entry.panel.as_ref())
        .collect();
    assert_eq!(sent, [Some(&panel)]);
}
