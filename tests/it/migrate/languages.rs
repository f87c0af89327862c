//! Each guild's chosen language in the copy: the latest choice, and no row for a guild whose
//! choice was cleared (it follows Discord's server language on PostgreSQL as on SQLite).

use heo_bot::store::Store;

use super::{ADMIN, GUILD_A, GUILD_B};

/// Guild A's language after [`fill`]: a regional code, replacing an earlier choice.
const CHOSEN: &str = "pt-BR";

/// Chooses guild A's language twice, and one for guild B that is then cleared.
pub(super) async fn fill(store: &Store) {
    for language in ["de", CHOSEN] {
        let chosen = Some(language);
        store
            .set_guild_language(GUILD_A, chosen, ADMIN)
            .await
            .unwrap();
    }
    let french = Some("fr");
    store
        .set_guild_language(GUILD_B, french, ADMIN)
        .await
        .unwrap();
    store
        .set_guild_language(GUILD_B, None, ADMIN)
        .await
        .unwrap();
}

/// Fails unless `store` (the PostgreSQL copy) reads back what [`fill`] left.
pub(super) async fn assert_copied(store: &Store) {
    let language = store.guild_language(GUILD_A).await.unwrap();
    assert_eq!(language.as_deref(), Some(CHOSEN));
    assert_eq!(store.guild_language(GUILD_B).await.unwrap(), None);
}
