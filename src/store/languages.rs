//! The language an admin chose for a guild's public messages (`/language set`).
//!
//! Codes are stored as text, unchecked: which languages exist is the catalogues' business
//! (`i18n`), and the store imports nothing above `domain`. A guild without a row follows the
//! server language Discord reports for it.

use super::{Store, StoreError, snowflake_to_i64};

impl Store {
    /// The catalogue code (such as `"de"` or `"pt-BR"`) chosen for `guild`'s public messages;
    /// `None` if none was, or the choice was cleared.
    pub async fn guild_language(&self, guild: u64) -> Result<Option<String>, StoreError> {
        let guild = snowflake_to_i64(guild)?;
        let language = with_pool!(self.pool()?, |pool| sqlx::query_scalar(
            "SELECT language FROM guild_languages WHERE guild_id = $1"
        )
        .bind(guild)
        .fetch_optional(pool)
        .await?);
        Ok(language)
    }

    /// Sets `guild`'s language to the catalogue code `language`, replacing any earlier choice;
    /// `None` deletes the choice, so the guild follows Discord's server language again.
    pub async fn set_guild_language(
        &self,
        guild: u64,
        language: Option<&str>,
        set_by: u64,
    ) -> Result<(), StoreError> {
        let (guild, set_by) = (snowflake_to_i64(guild)?, snowflake_to_i64(set_by)?);
        with_pool!(self.pool()?, |pool| match language {
            Some(language) => sqlx::query(
                "INSERT INTO guild_languages (guild_id, language, set_by) VALUES ($1, $2, $3)
                 ON CONFLICT (guild_id) DO UPDATE SET
                     language = excluded.language, set_by = excluded.set_by,
                     set_at = excluded.set_at",
            )
            .bind(guild)
            .bind(language)
            .bind(set_by)
            .execute(pool)
            .await
            .map(drop)?,
            // Who cleared it is not kept: no row is the state a guild starts in.
            None => sqlx::query("DELETE FROM guild_languages WHERE guild_id = $1")
                .bind(guild)
                .execute(pool)
                .await
                .map(drop)?,
        });
        Ok(())
    }
}
