// New migration files do not trigger a rebuild on their own; `sqlx::migrate!()` embeds them.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
