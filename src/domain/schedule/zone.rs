//! A schedule's time zone: an IANA name (`Europe/Berlin`), matched in any case.

use std::fmt;

use chrono_tz::{TZ_VARIANTS, Tz};

/// An IANA time zone known to the bot's compiled-in database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone(Tz);

/// A typed zone the database does not know.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an IANA time zone name")]
pub struct InvalidZone;

impl Zone {
    /// The zone of guilds that never chose one.
    pub const UTC: Self = Self(Tz::UTC);

    /// The zone named `text`, in any case (`europe/berlin` is `Europe/Berlin`).
    pub fn parse(text: &str) -> Result<Self, InvalidZone> {
        let text = text.trim();
        // The exact name first: chrono-tz's own lookup is a hash map; the scan is for case.
        text.parse::<Tz>()
            .ok()
            .or_else(|| {
                TZ_VARIANTS
                    .iter()
                    .copied()
                    .find(|zone| zone.name().eq_ignore_ascii_case(text))
            })
            .map(Self)
            .ok_or(InvalidZone)
    }

    /// Up to `max` zone names containing `typed` (in any case), those starting with it first.
    pub fn complete(typed: &str, max: usize) -> Vec<&'static str> {
        let typed = typed.trim().to_ascii_lowercase();
        let typed = typed.as_str();
        let matching = |prefix: bool| {
            TZ_VARIANTS
                .iter()
                .map(|zone| zone.name())
                .filter(move |name| {
                    let name = name.to_ascii_lowercase();
                    name.starts_with(typed) == prefix && name.contains(typed)
                })
        };
        matching(true).chain(matching(false)).take(max).collect()
    }

    pub fn name(self) -> &'static str {
        self.0.name()
    }

    pub fn tz(self) -> Tz {
        self.0
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_are_found_in_any_case_and_unknown_ones_refused() {
        assert_eq!(
            Zone::parse("Europe/Berlin").unwrap().name(),
            "Europe/Berlin"
        );
        assert_eq!(
            Zone::parse(" america/new_york ").unwrap().name(),
            "America/New_York"
        );
        assert_eq!(Zone::parse("UTC").unwrap(), Zone::UTC);
        for text in ["", "Berlin", "Europe/Atlantis", "CEST+1"] {
            assert_eq!(Zone::parse(text), Err(InvalidZone), "{text:?}");
        }
    }

    #[test]
    fn completion_offers_prefix_matches_before_others_and_at_most_max() {
        let berlin = Zone::complete("berl", 25);
        assert_eq!(berlin, ["Europe/Berlin"]);
        let europe = Zone::complete("Europe/", 25);
        assert_eq!(europe.len(), 25);
        assert!(europe.iter().all(|name| name.starts_with("Europe/")));
        let york = Zone::complete("york", 25);
        assert!(york.contains(&"America/New_York"), "{york:?}");
    }
}
