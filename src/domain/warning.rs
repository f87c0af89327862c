//! A warned action's typed parts: how long the players are warned (`warn:10m`), what they
//! are told (`message:`), and the moments the in-game warnings go out.

use std::time::Duration;

use super::typed_text::is_hidden;

/// The shortest warning: long enough for one in-game line to be read.
pub const MIN_WARN: Duration = Duration::from_secs(5);
/// The longest warning: a countdown holds its server (no other action) all along.
pub const MAX_WARN: Duration = Duration::from_secs(60 * 60);
/// The longest `warn:` a member may type (Discord is told, so it stops them typing more).
pub const MAX_WARN_TEXT_LEN: usize = 20;
/// The longest message: a console line, and a game's chat, are short.
pub const MAX_MESSAGE_CHARS: usize = 200;

/// Before the action, the players are warned at these times (those shorter than the whole
/// warning), and once at the start with the whole warning.
const STEPS: [Duration; 4] = [
    Duration::from_secs(600),
    Duration::from_secs(300),
    Duration::from_secs(60),
    Duration::from_secs(10),
];

/// How long before a warned action the players are warned, between [`MIN_WARN`] and
/// [`MAX_WARN`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WarnPeriod(Duration);

/// Why a typed warning period was refused; each names what to type instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidWarnPeriod {
    /// Not a number followed by `s`, `m` or `h` (nor a sum of such, like `1m30s`).
    #[error("not a duration like 10m, 90s or 1h")]
    Unreadable,
    /// Shorter than [`MIN_WARN`].
    #[error("shorter than the shortest warning")]
    TooShort,
    /// Longer than [`MAX_WARN`].
    #[error("longer than the longest warning")]
    TooLong,
}

impl WarnPeriod {
    /// Reads `10m`, `90s`, `1h`, `1m30s` (case and spaces ignored).
    pub fn parse(text: &str) -> Result<Self, InvalidWarnPeriod> {
        let text: String = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        let mut total: u64 = 0;
        let mut digits = String::new();
        for c in text.chars() {
            if c.is_ascii_digit() {
                digits.push(c);
                continue;
            }
            let unit = match c {
                's' => 1,
                'm' => 60,
                'h' => 3600,
                _ => return Err(InvalidWarnPeriod::Unreadable),
            };
            // Long digit runs would overflow; anything that long is too long anyway.
            let amount: u64 = digits.parse().map_err(|_| InvalidWarnPeriod::Unreadable)?;
            total = total.saturating_add(amount.saturating_mul(unit));
            digits.clear();
        }
        if text.is_empty() || !digits.is_empty() {
            return Err(InvalidWarnPeriod::Unreadable);
        }
        Self::new(Duration::from_secs(total))
    }

    /// `period`, if it is within the limits.
    pub fn new(period: Duration) -> Result<Self, InvalidWarnPeriod> {
        if period < MIN_WARN {
            Err(InvalidWarnPeriod::TooShort)
        } else if period > MAX_WARN {
            Err(InvalidWarnPeriod::TooLong)
        } else {
            Ok(Self(period))
        }
    }

    pub fn duration(self) -> Duration {
        self.0
    }

    /// How long before the action each in-game warning goes out, longest first: the whole
    /// period, then each of 10 min, 5 min, 1 min and 10 s that is shorter.
    pub fn steps(self) -> Vec<Duration> {
        std::iter::once(self.0)
            .chain(STEPS.into_iter().filter(|step| *step < self.0))
            .collect()
    }

    /// Stored as whole seconds.
    pub fn as_secs(self) -> u64 {
        self.0.as_secs()
    }
}

/// What the players are told besides the time left (`message:`): one line, shown in game.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarnMessage(String);

/// Why a typed message was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidWarnMessage {
    /// Longer than [`MAX_MESSAGE_CHARS`].
    #[error("longer than {MAX_MESSAGE_CHARS} characters")]
    TooLong,
    /// Holds a line break, control or invisible character: in a console command a line
    /// break would start a second command of the member's choosing.
    #[error("holds a line break, control or invisible character")]
    HiddenCharacter,
    /// Nothing but spaces.
    #[error("empty")]
    Empty,
}

impl WarnMessage {
    pub fn parse(text: &str) -> Result<Self, InvalidWarnMessage> {
        let text = text.trim();
        if text.is_empty() {
            Err(InvalidWarnMessage::Empty)
        } else if text.chars().count() > MAX_MESSAGE_CHARS {
            Err(InvalidWarnMessage::TooLong)
        } else if text.chars().any(is_hidden) {
            Err(InvalidWarnMessage::HiddenCharacter)
        } else {
            Ok(Self(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The longest console template.
pub const MAX_TEMPLATE_CHARS: usize = 100;

/// The console command a server's players are warned with, `{message}` standing for the
/// warning line: `say {message}` in Minecraft and Rust, `broadcast {message}` elsewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsoleTemplate(String);

/// Why a typed console template was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidConsoleTemplate {
    /// It has no `{message}`: the players would not read the time left.
    #[error("has no {{message}}")]
    NoPlaceholder,
    /// Longer than [`MAX_TEMPLATE_CHARS`].
    #[error("longer than {MAX_TEMPLATE_CHARS} characters")]
    TooLong,
    /// Holds a line break, control or invisible character (a second console command).
    #[error("holds a line break, control or invisible character")]
    HiddenCharacter,
}

impl ConsoleTemplate {
    pub fn parse(text: &str) -> Result<Self, InvalidConsoleTemplate> {
        let text = text.trim();
        if text.chars().count() > MAX_TEMPLATE_CHARS {
            Err(InvalidConsoleTemplate::TooLong)
        } else if text.chars().any(is_hidden) {
            Err(InvalidConsoleTemplate::HiddenCharacter)
        } else if !text.contains("{message}") {
            Err(InvalidConsoleTemplate::NoPlaceholder)
        } else {
            Ok(Self(text.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn secs(s: u64) -> Duration {
        Duration::from_secs(s)
    }

    #[test]
    fn periods_read_in_seconds_minutes_hours_and_sums_of_them() {
        for (text, expected) in [
            ("10m", 600),
            ("90s", 90),
            ("1h", 3600),
            ("1m30s", 90),
            (" 2M ", 120),
            ("5s", 5),
        ] {
            assert_eq!(WarnPeriod::parse(text).unwrap().duration(), secs(expected));
        }
    }

    #[test]
    fn unreadable_too_short_and_too_long_periods_are_refused() {
        for text in [
            "",
            "10",
            "m",
            "10x",
            "ten minutes",
            "1.5m",
            "-5m",
            "99999999999999999999s",
        ] {
            let refused = WarnPeriod::parse(text).unwrap_err();
            assert!(
                matches!(
                    refused,
                    InvalidWarnPeriod::Unreadable | InvalidWarnPeriod::TooLong
                ),
                "{text:?}: {refused:?}"
            );
        }
        assert_eq!(WarnPeriod::parse("4s"), Err(InvalidWarnPeriod::TooShort));
        assert_eq!(WarnPeriod::parse("61m"), Err(InvalidWarnPeriod::TooLong));
        assert_eq!(WarnPeriod::parse("0s"), Err(InvalidWarnPeriod::TooShort));
    }

    #[test]
    fn the_steps_are_the_whole_period_then_each_standard_step_that_fits() {
        let steps = |text| WarnPeriod::parse(text).unwrap().steps();
        assert_eq!(
            steps("15m"),
            [secs(900), secs(600), secs(300), secs(60), secs(10)]
        );
        assert_eq!(steps("10m"), [secs(600), secs(300), secs(60), secs(10)]);
        assert_eq!(steps("90s"), [secs(90), secs(60), secs(10)]);
        assert_eq!(steps("12s"), [secs(12), secs(10)]);
        assert_eq!(steps("10s"), [secs(10)]);
        assert_eq!(steps("5s"), [secs(5)]);
    }

    #[test]
    fn a_template_is_one_line_that_says_where_the_warning_goes() {
        assert_eq!(
            ConsoleTemplate::parse(" broadcast {message} ")
                .unwrap()
                .as_str(),
            "broadcast {message}"
        );
        assert_eq!(
            ConsoleTemplate::parse("say hello"),
            Err(InvalidConsoleTemplate::NoPlaceholder)
        );
        assert_eq!(
            ConsoleTemplate::parse("say {message}\nop me"),
            Err(InvalidConsoleTemplate::HiddenCharacter)
        );
        let long = format!("say {{message}}{}", "x".repeat(90));
        assert_eq!(
            ConsoleTemplate::parse(&long),
            Err(InvalidConsoleTemplate::TooLong)
        );
    }

    #[test]
    fn a_message_is_one_visible_line_of_at_most_200_characters() {
        assert_eq!(
            WarnMessage::parse("  back in 5 minutes ").unwrap().as_str(),
            "back in 5 minutes"
        );
        assert_eq!(
            WarnMessage::parse("bye\nop alice"),
            Err(InvalidWarnMessage::HiddenCharacter)
        );
        assert_eq!(
            WarnMessage::parse("a\u{202E}b"),
            Err(InvalidWarnMessage::HiddenCharacter)
        );
        assert_eq!(WarnMessage::parse("   "), Err(InvalidWarnMessage::Empty));
        assert_eq!(
            WarnMessage::parse(&"x".repeat(201)),
            Err(InvalidWarnMessage::TooLong)
        );
        assert!(WarnMessage::parse(&"é".repeat(200)).is_ok());
    }
}
