//! Which language a guild's channel reads: the one an admin chose with `/language set`, else
//! the server's own Discord language (as Discord last told it), else English.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use crate::i18n::Lang;
use crate::store::StoreError;

use super::Power;
use super::guild_cache::GuildCache;

/// The guilds' languages as this process knows them.
#[derive(Clone, Debug, Default)]
pub(super) struct GuildLanguages {
    /// `/language set`, as stored: `None` follows Discord's server language.
    chosen: GuildCache<Option<Lang>>,
    /// Each guild's Discord language, from its GUILD_CREATE and every interaction's
    /// `guild_locale`: what a countdown or scheduled run started with no interaction reads.
    discord: Arc<Mutex<HashMap<u64, Lang>>>,
}

impl Power {
    /// Remembers `guild`'s Discord language (`guild_locale`, a guild's `preferred_locale`).
    pub fn note_guild_locale(&self, guild: u64, locale: Option<&str>) {
        let Some(locale) = locale else {
            return;
        };
        let lang = Lang::for_discord(Some(locale));
        let mut discord = self
            .languages
            .discord
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        discord.insert(guild, lang);
    }

    /// The language `guild`'s channels read. An unreadable database falls back to Discord's
    /// server language: a message in the wrong language beats no message.
    pub async fn guild_language(&self, guild: u64) -> Lang {
        match self.chosen_language(guild).await {
            Ok(Some(chosen)) => return chosen,
            Ok(None) => {}
            Err(error) => {
                let error = &error as &dyn std::error::Error;
                tracing::warn!(guild, error, "could not read the guild's language");
            }
        }
        let discord = self
            .languages
            .discord
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        discord.get(&guild).copied().unwrap_or(Lang::ENGLISH)
    }

    /// The language chosen with `/language set`, if any.
    pub async fn chosen_language(&self, guild: u64) -> Result<Option<Lang>, StoreError> {
        match self.languages.chosen.get(guild) {
            Ok(chosen) => Ok(*chosen),
            Err(miss) => {
                let stored = self.store.guild_language(guild).await?;
                // A code no catalogue has any more (a language removed) follows Discord.
                let chosen = stored.as_deref().and_then(Lang::by_code);
                Ok(*self.languages.chosen.store(guild, miss, chosen))
            }
        }
    }

    /// Sets (or with `None` clears) `guild`'s chosen language.
    pub async fn choose_language(
        &self,
        guild: u64,
        lang: Option<Lang>,
        member: u64,
    ) -> Result<(), StoreError> {
        let written = self
            .store
            .set_guild_language(guild, lang.map(Lang::code), member)
            .await;
        self.languages.chosen.forget(guild);
        written?;
        tracing::info!(guild, member, language = ?lang, "guild language chosen");
        Ok(())
    }

    /// Forgets what this process remembers of `guild`'s language (it left the guild).
    pub(super) fn forget_language(&self, guild: u64) {
        self.languages.chosen.forget(guild);
        let mut discord = self
            .languages
            .discord
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        discord.remove(&guild);
    }
}
