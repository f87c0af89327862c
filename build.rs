//! Build steps that cargo cannot see on its own.

use std::path::Path;
use std::{env, fs};

fn main() {
    // New migration files do not trigger a rebuild on their own; `sqlx::migrate!()` embeds them.
    println!("cargo:rerun-if-changed=migrations");
    embed_catalogues();
}

/// Writes `catalogues.rs` into OUT_DIR: every `locales/<language>.ftl`, named by its file
/// name and embedded with `include_str!`, so that adding a language is adding its file and
/// nothing else (`src/i18n/catalogue.rs` includes the list).
fn embed_catalogues() {
    println!("cargo:rerun-if-changed=locales");
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let dir = Path::new(&manifest).join("locales");
    let mut languages: Vec<String> = fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.expect("a readable entry in locales/").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .map(|path| {
            let stem = path.file_stem().and_then(|stem| stem.to_str());
            stem.expect("a catalogue's file name is UTF-8").to_owned()
        })
        .collect();
    languages.sort();
    let mut list = String::from("&[\n");
    for language in &languages {
        let path = dir.join(format!("{language}.ftl"));
        list.push_str(&format!(
            "    ({language:?}, include_str!({:?})),\n",
            path.display().to_string()
        ));
    }
    list.push(']');
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalogues.rs");
    fs::write(&out, list).unwrap_or_else(|error| panic!("cannot write {}: {error}", out.display()));
}
