//! One check's result, and the report that prints each as it comes and decides the exit code.

use std::io::Write;
use std::process::ExitCode;

use crate::logging;

/// How a check came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Nothing to do.
    Ok,
    /// Works, but something deserves the operator's attention; the exit code stays 0.
    Warn,
    /// The bot will not work as it should until this is fixed; the exit code becomes 1.
    Fail,
    /// Not checked, because a check it depends on failed (the line says which).
    Skipped,
}

impl Verdict {
    fn mark(self) -> &'static str {
        match self {
            Self::Ok => "✔",
            Self::Warn => "!",
            Self::Fail => "✘",
            Self::Skipped => "–",
        }
    }
}

/// One line of the report: what was checked, what was found, and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub verdict: Verdict,
    /// What was checked, such as `Discord token`.
    pub subject: String,
    /// What was found, one sentence.
    pub finding: String,
    /// What to do about it, when there is something to do.
    pub todo: Option<String>,
}

impl Check {
    pub fn ok(subject: impl Into<String>, finding: impl Into<String>) -> Self {
        Self::new(Verdict::Ok, subject, finding, None)
    }

    pub fn warn(subject: impl Into<String>, finding: impl Into<String>, todo: &str) -> Self {
        Self::new(Verdict::Warn, subject, finding, Some(todo))
    }

    pub fn fail(subject: impl Into<String>, finding: impl Into<String>, todo: &str) -> Self {
        Self::new(Verdict::Fail, subject, finding, Some(todo))
    }

    /// A failure whose finding already says what to do (the bot's own start-up lines do).
    pub fn fail_as_at_start(subject: impl Into<String>, finding: impl Into<String>) -> Self {
        Self::new(Verdict::Fail, subject, finding, None)
    }

    pub fn skipped(subject: impl Into<String>, why: impl Into<String>) -> Self {
        Self::new(Verdict::Skipped, subject, why, None)
    }

    fn new(
        verdict: Verdict,
        subject: impl Into<String>,
        finding: impl Into<String>,
        todo: Option<&str>,
    ) -> Self {
        Self {
            verdict,
            subject: subject.into(),
            finding: finding.into(),
            todo: todo.filter(|todo| !todo.is_empty()).map(str::to_owned),
        }
    }

    /// The check as printed: one line, and the "what to do" on the next.
    pub fn render(&self) -> String {
        let mut text = format!("{} {}: {}", self.verdict.mark(), self.subject, self.finding);
        if let Some(todo) = &self.todo {
            text.push_str("\n    → ");
            text.push_str(todo);
        }
        text
    }
}

/// The checks so far, printed to `out` as they are added.
pub struct Report<W: Write> {
    out: W,
    verdicts: Vec<Verdict>,
}

impl<W: Write> Report<W> {
    pub fn new(out: W) -> Self {
        Self {
            out,
            verdicts: Vec::new(),
        }
    }

    /// Prints `check` at once, so that a slow check shows what came before it.
    pub fn add(&mut self, check: Check) {
        // The checks never put a secret in their words; the bot token is cut out anyway,
        // as from every log line, in case a library's error text ever carries it.
        let text = logging::redact(&check.render());
        // A closed stdout (`heo-bot doctor | head -1`) must not hide the exit code.
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
        self.verdicts.push(check.verdict);
    }

    pub fn add_all(&mut self, checks: impl IntoIterator<Item = Check>) {
        for check in checks {
            self.add(check);
        }
    }

    /// Whether any check failed so far.
    pub fn failed(&self) -> bool {
        self.verdicts.contains(&Verdict::Fail)
    }

    /// Prints the summary line and gives the exit code: 1 if any check failed, else 0.
    pub fn finish(mut self) -> ExitCode {
        let line = super::sentences::summary(&self.verdicts);
        let _ = writeln!(self.out, "{line}");
        let _ = self.out.flush();
        if self.failed() {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_is_one_line_with_what_to_do_on_the_next() {
        let failed = Check::fail("HEO", "HEO does not answer", "Check HEO_API_URL.");
        assert_eq!(
            failed.render(),
            "✘ HEO: HEO does not answer\n    → Check HEO_API_URL."
        );
        assert_eq!(Check::ok("HEO", "answers").render(), "✔ HEO: answers");
    }

    #[test]
    fn the_exit_code_fails_on_a_failure_and_not_on_a_warning_or_a_skip() {
        let outcome = |checks: Vec<Check>| {
            let mut report = Report::new(Vec::new());
            report.add_all(checks);
            report.failed()
        };
        let warned = Check::warn("HEO status", "disrupted", "Wait.");
        let skipped = Check::skipped("commands", "needs the token");
        assert!(!outcome(vec![Check::ok("a", "b"), warned, skipped]));
        assert!(outcome(vec![
            Check::ok("a", "b"),
            Check::fail("c", "d", "e")
        ]));
    }
}
