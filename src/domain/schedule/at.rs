//! `at:` as typed: a wall-clock time (`04:00`), or a date and time for a one-time run
//! (`2026-12-24 18:00`).

use chrono::{NaiveDate, NaiveTime};

/// A typed `at:`: the local time, and the date when one was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct At {
    pub date: Option<NaiveDate>,
    pub time: NaiveTime,
}

/// Why a typed `at:` was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidAt {
    /// Neither `HH:MM` nor `YYYY-MM-DD HH:MM`.
    #[error("not a time like 04:00 or 2026-12-24 18:00")]
    Unreadable,
    /// Readable, but no such time or date (`25:00`, `2026-02-30`).
    #[error("no such time or date")]
    NoSuchMoment,
}

impl At {
    /// Reads `H:MM`, `HH:MM`, and either with a `YYYY-MM-DD ` (or `YYYY-MM-DDT`) before it.
    pub fn parse(text: &str) -> Result<Self, InvalidAt> {
        let text = text.trim();
        let (date, time) = match text.split_once([' ', 'T']) {
            Some((date, time)) => (Some(date), time.trim_start()),
            None => (None, text),
        };
        let date = date.map(parse_date).transpose()?;
        Ok(Self {
            date,
            time: parse_time(time)?,
        })
    }
}

fn parse_time(text: &str) -> Result<NaiveTime, InvalidAt> {
    let (hours, minutes) = text.split_once(':').ok_or(InvalidAt::Unreadable)?;
    let hours = number(hours, 1..=2)?;
    let minutes = number(minutes, 2..=2)?;
    NaiveTime::from_hms_opt(hours, minutes, 0).ok_or(InvalidAt::NoSuchMoment)
}

fn parse_date(text: &str) -> Result<NaiveDate, InvalidAt> {
    let mut parts = text.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(InvalidAt::Unreadable);
    };
    let year = number(year, 4..=4)?;
    let (month, day) = (number(month, 2..=2)?, number(day, 2..=2)?);
    let year = i32::try_from(year).map_err(|_| InvalidAt::Unreadable)?;
    NaiveDate::from_ymd_opt(year, month, day).ok_or(InvalidAt::NoSuchMoment)
}

/// Digits only (no sign, no spaces), as many as `len` allows.
fn number(text: &str, len: std::ops::RangeInclusive<usize>) -> Result<u32, InvalidAt> {
    if !len.contains(&text.len()) || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InvalidAt::Unreadable);
    }
    text.parse().map_err(|_| InvalidAt::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn a_time_reads_with_one_or_two_hour_digits_and_a_date_is_optional() {
        assert_eq!(
            At::parse("04:00").unwrap(),
            At {
                date: None,
                time: hm(4, 0)
            }
        );
        assert_eq!(At::parse(" 4:05 ").unwrap().time, hm(4, 5));
        assert_eq!(At::parse("23:59").unwrap().time, hm(23, 59));
        let dated = At::parse("2026-12-24 18:00").unwrap();
        assert_eq!(dated.date, NaiveDate::from_ymd_opt(2026, 12, 24));
        assert_eq!(dated.time, hm(18, 0));
        assert_eq!(At::parse("2026-12-24T18:00").unwrap(), dated);
    }

    #[test]
    fn unreadable_times_and_impossible_moments_are_refused_apart() {
        for text in [
            "",
            "4",
            "4pm",
            "04:0",
            "04:000",
            "-1:00",
            "04.00",
            "2026-12-24",
            "24/12/2026 18:00",
            "2026-1-2 18:00",
            "+4:00",
        ] {
            assert_eq!(At::parse(text), Err(InvalidAt::Unreadable), "{text:?}");
        }
        for text in ["24:00", "12:60", "2026-02-30 10:00", "2026-13-01 10:00"] {
            assert_eq!(At::parse(text), Err(InvalidAt::NoSuchMoment), "{text:?}");
        }
    }
}
