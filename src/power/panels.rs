//! Control panels' records: which panels are posted where, for which game server. Posting,
//! clicking and retiring their messages is the commands' business; a click's power action
//! goes through the desk like any other, its request naming the panel.

use crate::domain::{Panel, PanelId, ServerId};
use crate::store::StoreError;

use super::Power;

impl Power {
    /// Stores `panel`; returns the panels it replaces (its server's in its channel), already
    /// deleted, whose messages are to be retired.
    pub async fn add_panel(&self, panel: &Panel) -> Result<Vec<Panel>, StoreError> {
        let replaced = self.store.add_panel(panel).await?;
        tracing::info!(
            guild = panel.guild,
            channel = panel.channel,
            server = %panel.server,
            panel = %panel.id,
            member = panel.posted_by,
            replaced = ?ids(&replaced),
            "control panel posted"
        );
        Ok(replaced)
    }

    /// Panel `id`, if it is still posted: every click looks it up.
    pub async fn panel(&self, id: &PanelId) -> Result<Option<Panel>, StoreError> {
        self.store.panel(id).await
    }

    /// Deletes the panels of `server` in `channel` of `guild`; returns them, whose messages
    /// are to be retired.
    pub async fn remove_panels(
        &self,
        guild: u64,
        channel: u64,
        server: &ServerId,
    ) -> Result<Vec<Panel>, StoreError> {
        let removed = self.store.remove_panels(guild, channel, server).await?;
        tracing::info!(
            guild,
            channel,
            server = %server,
            removed = ?ids(&removed),
            "control panels removed"
        );
        Ok(removed)
    }

    /// Deletes panel `id` (its message turned out deleted, say): whether it was stored.
    pub async fn forget_panel(&self, id: &PanelId) -> Result<bool, StoreError> {
        let forgotten = self.store.forget_panel(id).await?;
        tracing::info!(panel = %id, forgotten, "control panel forgotten");
        Ok(forgotten)
    }

    /// How many panels `guild` has posted and not removed, for its cap.
    pub async fn count_panels(&self, guild: u64) -> Result<u64, StoreError> {
        self.store.count_panels(guild).await
    }
}

/// The panels' IDs, for a log line.
fn ids(panels: &[Panel]) -> Vec<&str> {
    panels.iter().map(|panel| panel.id.as_str()).collect()
}
