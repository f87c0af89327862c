//! The pseudo-locale's check: text the bot wrote in code rather than from a catalogue stands
//! outside the ⟦ ⟧ every pseudo-locale message comes in, in unaccented letters.

/// The readable text of `texts` outside the pseudo-locale's ⟦ ⟧ that still holds letters,
/// once Discord markup (mentions, timestamps), links and `data` (what the test typed: server
/// IDs and names) are taken out: any such text was written in code, not a catalogue.
pub fn outside_catalogues(texts: &[String], data: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for text in texts {
        let mut outside = String::new();
        let mut depth = 0usize;
        for c in text.chars() {
            match c {
                '⟦' => depth += 1,
                '⟧' => depth = depth.saturating_sub(1),
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        let mut left = strip_markup(&outside);
        for datum in data {
            left = left.replace(datum, " ");
        }
        if left.chars().any(|c| c.is_ascii_alphabetic()) {
            found.push(format!("{left:?} in {text:?}"));
        }
    }
    found
}

/// `text` without `<…>` Discord markup and `http…` links.
fn strip_markup(text: &str) -> String {
    let mut kept = String::new();
    let mut in_markup = false;
    for c in text.chars() {
        match c {
            '<' => in_markup = true,
            '>' if in_markup => in_markup = false,
            c if !in_markup => kept.push(c),
            _ => {}
        }
    }
    kept.split_whitespace()
        .filter(|word| !word.contains("http"))
        .collect::<Vec<_>>()
        .join(" ")
}
