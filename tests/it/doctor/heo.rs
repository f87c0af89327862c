//! HEO: down (no answer, or an error from a load balancer) fails; a provider that answers but
//! reports trouble warns, naming it.

use serde_json::json;
use wiremock::ResponseTemplate;

use super::{Installed, healthy, heo_answering, up};

#[tokio::test]
async fn a_heo_that_does_not_answer_fails_with_what_to_check_and_doctor_exits_1() {
    let installed = Installed::new().await;

    // Nothing listens on the discard port.
    let report = installed
        .doctor(&[("HEO_API_URL", "http://127.0.0.1:9")])
        .await;

    report.assert_failed();
    report.assert_line(
        "✘",
        "HEO",
        "no healthy answer from http://127.0.0.1:9/health (could not connect to HEO",
    );
    report.assert_line(
        "✘",
        "HEO",
        "→ Check HEO_API_URL, and that this machine can reach it",
    );
    report.assert_line("–", "HEO status", "not checked: HEO does not answer");
}

#[tokio::test]
async fn a_heo_answering_errors_fails_and_a_wrong_url_is_told_apart_from_an_outage() {
    let installed = Installed::new().await;
    let cases = [
        (
            ResponseTemplate::new(503).set_body_string("<html>Service Unavailable</html>"),
            "(HEO answered 503)",
            "HEO is having trouble",
        ),
        (
            ResponseTemplate::new(404)
                .set_body_json(json!({"success": false, "error": "not_found"})),
            "(HEO answered 404)",
            "Check HEO_API_URL: it should be HEO's API",
        ),
        (
            ResponseTemplate::new(200).set_body_json(json!({"status": "degraded"})),
            "(HEO says it is not healthy (degraded))",
            "HEO is having trouble",
        ),
    ];
    for (health, finding, todo) in cases {
        let heo = heo_answering(health, up()).await;
        let report = installed.doctor(&[("HEO_API_URL", &heo.uri())]).await;
        report.assert_failed();
        report.assert_line("✘", "HEO", finding);
        report.assert_line("✘", "HEO", todo);
    }
}

#[tokio::test]
async fn a_disruption_or_maintenance_at_heo_is_a_warning_naming_it_and_doctor_still_exits_0() {
    let installed = Installed::new().await;
    let cases = [
        (
            json!({"status": "disrupted", "disrupted": ["game-power", {"name": "eu-west"}]}),
            200,
            "HEO reports a disruption: game-power and eu-west",
            "nothing needs changing",
        ),
        (
            json!({"status": "maintenance", "maintenance": [{"service": "consoles"}]}),
            200,
            "HEO reports maintenance: consoles",
            "nothing needs changing",
        ),
        (
            json!({"status": "error"}),
            503,
            "HEO does not know its own status right now (503)",
            "Run `heo-bot doctor` again later",
        ),
    ];
    for (body, code, finding, todo) in cases {
        let status = ResponseTemplate::new(code).set_body_json(body);
        let heo = heo_answering(healthy(), status).await;
        let report = installed.doctor(&[("HEO_API_URL", &heo.uri())]).await;
        report.assert_passed();
        report.assert_line("✔", "HEO", "healthy");
        report.assert_line("!", "HEO status", finding);
        report.assert_line("!", "HEO status", todo);
    }
}

#[tokio::test]
async fn a_status_endpoint_that_does_not_answer_properly_beside_a_healthy_heo_is_a_warning() {
    let installed = Installed::new().await;
    let missing = ResponseTemplate::new(404).set_body_json(json!({"error": "not_found"}));
    let heo = heo_answering(healthy(), missing).await;

    let report = installed.doctor(&[("HEO_API_URL", &heo.uri())]).await;

    report.assert_passed();
    report.assert_line("✔", "HEO", "healthy");
    report.assert_line(
        "!",
        "HEO status",
        "could not read HEO's status (HEO answered 404)",
    );
}
