//! How each language writes a number (1,234.5 · 1.234,5 · 1 234,5), read from its own
//! catalogue (`number-group-separator`, `number-decimal-separator`,
//! `number-group-min-digits`), so a new language brings its own. Fluent picks plural forms
//! itself; this only writes the digits.

use std::convert::Infallible;
use std::sync::{Mutex, PoisonError};

use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;
use unic_langid::LanguageIdentifier;

/// Each catalogue's separators by code, filled as the catalogues load (before any message is
/// formatted, since formatting needs the loaded catalogues).
static REGISTERED: Mutex<Vec<(String, Separators)>> = Mutex::new(Vec::new());

pub(super) fn register(code: &str, separators: Separators) {
    let mut registered = REGISTERED.lock().unwrap_or_else(PoisonError::into_inner);
    registered.push((code.to_owned(), separators));
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Separators {
    group: String,
    decimal: String,
    /// Digits a number needs before its first group separator counts: 4 writes 1234 and
    /// 12 345 (Spanish), 1 writes 1,234.
    group_from: usize,
}

impl Separators {
    /// From the catalogue's three number messages; any left empty reads as English.
    pub fn new(group: &str, decimal: &str, min_digits: &str) -> Separators {
        let or = |text: &str, english: &str| match text.is_empty() {
            true => english.to_owned(),
            false => text.to_owned(),
        };
        let min_digits: usize = min_digits.trim().parse().unwrap_or(1).clamp(1, 3);
        Separators {
            group: or(group, ","),
            decimal: or(decimal, "."),
            group_from: 3 + min_digits,
        }
    }

    /// `plain` (as Fluent writes a number: `-1234.5`) in this language's way.
    fn write(&self, plain: &str) -> String {
        let (sign, digits) = match plain.strip_prefix('-') {
            Some(digits) => ("-", digits),
            None => ("", plain),
        };
        let (whole, fraction) = match digits.split_once('.') {
            Some((whole, fraction)) => (whole, Some(fraction)),
            None => (digits, None),
        };
        let mut text = String::from(sign);
        if whole.len() >= self.group_from {
            for (index, digit) in whole.chars().enumerate() {
                if index > 0 && (whole.len() - index) % 3 == 0 {
                    text.push_str(&self.group);
                }
                text.push(digit);
            }
        } else {
            text.push_str(whole);
        }
        if let Some(fraction) = fraction {
            text.push_str(&self.decimal);
            text.push_str(fraction);
        }
        text
    }
}

impl Memoizable for Separators {
    type Args = ();
    type Error = Infallible;

    fn construct(language: LanguageIdentifier, _: ()) -> Result<Self, Infallible> {
        let code = language.to_string();
        let registered = REGISTERED.lock().unwrap_or_else(PoisonError::into_inner);
        let found = registered.iter().find(|(each, _)| *each == code);
        Ok(found.map_or_else(
            || Separators::new("", "", ""),
            |(_, separators)| separators.clone(),
        ))
    }
}

/// The bundles' formatter: numbers in the catalogue's own way, anything else as Fluent writes it.
pub(super) fn format(value: &FluentValue<'_>, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let plain = number.as_string();
    let written = memoizer
        .with_try_get_threadsafe::<Separators, _, _>((), |separators| separators.write(&plain));
    Some(written.unwrap_or_else(|never| match never {}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_style_groups_and_marks_decimals_its_own_way() {
        let english = Separators::new(",", ".", "1");
        let german = Separators::new(".", ",", "1");
        let french = Separators::new("\u{202f}", ",", "1");
        let spanish = Separators::new(".", ",", "2");
        assert_eq!(english.write("1234567.5"), "1,234,567.5");
        assert_eq!(english.write("999"), "999");
        assert_eq!(english.write("-1000"), "-1,000");
        assert_eq!(german.write("1234.25"), "1.234,25");
        assert_eq!(french.write("12345"), "12\u{202f}345");
        assert_eq!(spanish.write("1234"), "1234");
        assert_eq!(spanish.write("12345"), "12.345");
    }

    #[test]
    fn an_empty_catalogue_entry_reads_as_english() {
        assert_eq!(Separators::new("", "", ""), Separators::new(",", ".", "1"));
    }
}
