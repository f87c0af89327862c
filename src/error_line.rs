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

/// The innermost cause alone ("dns error: failed to lookup address information: …",
/// "Connection refused (os error 111)"): for a line that already says what was attempted
/// and where, the outer layers only repeat it.
pub fn root_cause(error: &dyn std::error::Error) -> String {
    let mut innermost = error;
    while let Some(cause) = innermost.source() {
        innermost = cause;
    }
    innermost.to_string()
}
