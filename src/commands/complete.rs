//! Autocomplete for the `server` option: the guild's named servers, answered straight from
//! the database (Discord gives autocomplete no way to defer).

use poise::serenity_prelude as serenity;

use super::Context;

/// Discord shows at most this many choices.
const MAX_CHOICES: usize = 25;
/// Discord refuses a choice label longer than this.
const MAX_LABEL_CHARS: usize = 100;

/// Choices "name (ID)" whose value is the ID, for what the member has typed so far.
pub async fn servers(ctx: Context<'_>, typed: &str) -> serenity::CreateAutocompleteResponse {
    let choices = match ctx.guild_id() {
        Some(guild) => match ctx
            .data()
            .power
            .complete(guild.get(), typed, MAX_CHOICES)
            .await
        {
            Ok(found) => found,
            Err(error) => {
                tracing::warn!(
                    error = &error as &dyn std::error::Error,
                    "could not list servers for autocomplete"
                );
                Vec::new()
            }
        },
        None => Vec::new(),
    };
    let choices = choices
        .into_iter()
        .map(|server| serenity::AutocompleteChoice::new(label(&server.name, &server.id), server.id))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Time zone names containing what the member has typed, those starting with it first.
pub async fn zones(_: Context<'_>, typed: &str) -> serenity::CreateAutocompleteResponse {
    let choices = crate::domain::Zone::complete(typed, MAX_CHOICES)
        .into_iter()
        .map(|name| serenity::AutocompleteChoice::new(name, name))
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// "name (ID)", cut with an ellipsis to Discord's limit (IDs may be up to 100 characters).
fn label(name: &str, id: &str) -> String {
    let full = format!("{name} ({id})");
    if full.chars().count() <= MAX_LABEL_CHARS {
        return full;
    }
    let mut cut: String = full.chars().take(MAX_LABEL_CHARS - 2).collect();
    cut.push_str("…)");
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_fit_discords_limit() {
        assert_eq!(label("mc", "srv_1"), "mc (srv_1)");
        let long = label(&"n".repeat(32), &"i".repeat(100));
        assert_eq!(long.chars().count(), MAX_LABEL_CHARS);
        assert!(long.ends_with("…)"));
    }
}
