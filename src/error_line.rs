//! An error and its causes on one line, as the operator's terminal shows them: `main` prints
//! a start-up error this way, and `heo-bot doctor` repeats that line word for word.

/// "error: cause: root cause".
pub fn with_causes(error: &dyn std::error::Error) -> String {
    let mut line = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        // Some errors (sqlx's) repeat their cause in their own text already.
        if !line.ends_with(&text) {
            line.push_str(": ");
            line.push_str(&text);
        }
        source = cause.source();
    }
    line
}
