//! TEMPORARY: replaced by the guild-languages branch at merge.

use super::{Store, StoreError};

impl Store {
    pub async fn guild_language(&self, _guild: u64) -> Result<Option<String>, StoreError> {
        Ok(None)
    }

    pub async fn set_guild_language(
        &self,
        _guild: u64,
        _language: Option<&str>,
        _set_by: u64,
    ) -> Result<(), StoreError> {
        Ok(())
    }
}
