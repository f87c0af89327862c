//! Picking countdowns up after a restart: those still ahead continue, those whose moment
//! passed (or whose sending was cut off) are reported, never sent late.

use crate::i18n::Lang;
use crate::power::CommandRefusal;
use crate::replies;
use crate::store::StoreError;

use super::rows::{countdown_of, hold_of};
use super::{Countdown, Countdowns, MISSED_GRACE};

impl Countdowns {
    /// Picks up the countdowns stored for the guilds `serves` accepts: continues those still
    /// ahead, and reports those whose moment passed (or whose sending was cut off).
    pub async fn resume(&self, serves: impl Fn(u64) -> bool) -> Result<(), StoreError> {
        let now = self.0.clock.now();
        for row in self.0.store.countdowns().await? {
            if !serves(row.guild) {
                continue;
            }
            let Some(countdown) = countdown_of(&row) else {
                tracing::warn!(countdown = row.id, "dropping an unreadable countdown row");
                self.0.store.end_countdown(row.id).await?;
                continue;
            };
            let lang = self.language(&countdown).await;
            if row.sending {
                let text = replies::countdown_interrupted(lang, &countdown);
                self.finish(&countdown, lang, text).await;
            } else if countdown.due + MISSED_GRACE < now {
                self.0
                    .power
                    .record_refusal(&countdown.request, CommandRefusal::Missed);
                let text = replies::countdown_missed(lang, &countdown);
                self.finish(&countdown, lang, text).await;
            } else {
                let request = &countdown.request;
                let hold = hold_of(&countdown);
                if let Err(other) = self
                    .0
                    .power
                    .hold(request.guild, request.server.as_str(), hold)
                {
                    tracing::warn!(countdown = row.id, ?other, "two countdowns hold one server");
                }
                tracing::info!(countdown = row.id, "continuing a countdown after a restart");
                self.spawn(countdown);
            }
        }
        Ok(())
    }

    /// [`Countdowns::resume`] in the background, the failure logged: the bot serves its
    /// guilds meanwhile, and a countdown left in the database is picked up at the next start.
    pub fn resume_in_background(&self, serves: impl Fn(u64) -> bool + Send + 'static) {
        let countdowns = self.clone();
        tokio::spawn(async move {
            if let Err(error) = countdowns.resume(serves).await {
                let error = &error as &dyn std::error::Error;
                tracing::error!(error, "could not pick up the countdowns under way");
            }
        });
    }

    /// Shows `text` (in `lang`) on the countdown's message, without the button, and deletes
    /// its row.
    pub(super) async fn finish(&self, countdown: &Countdown, lang: Lang, text: String) {
        if let Err(why) = self.show(countdown, lang, text, false).await {
            tracing::warn!(
                countdown = countdown.id,
                ?why,
                "could not update a countdown"
            );
        }
        if let Err(error) = self.0.store.end_countdown(countdown.id).await {
            let error = &error as &dyn std::error::Error;
            tracing::error!(
                countdown = countdown.id,
                error,
                "could not delete a countdown"
            );
        }
    }
}
