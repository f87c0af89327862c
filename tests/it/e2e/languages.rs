//! Languages through the real bot: each member reads private replies in their own Discord
//! language, the channel reads the guild's (or the one `/language set` chose), the commands
//! are registered with every language's descriptions, and the pseudo-locale shows that
//! nothing the bot sends is written outside the catalogues.

use poise::serenity_prelude::Permissions;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, ResponseTemplate};

use heo_bot::domain::{InvalidServerId, ServerId};
use heo_bot::i18n::{self, Lang, PSEUDO_LOCALE};
use heo_bot::power::{PowerOutcome, PowerRequest};
use heo_bot::replies::{self, LanguageChoice};

use super::{
    admin, assert_contains, kill_prompt, private_answer, private_reply, public_reply, start_linked,
};
use crate::support::bot::World;
use crate::support::discord::Member;
use crate::support::pseudo::outside_catalogues;

fn lang(locale: &str) -> Lang {
    let lang = Lang::for_discord(Some(locale));
    assert!(
        lang.code() == locale || lang.is_pseudo(),
        "{locale} has its own catalogue"
    );
    lang
}

/// What `/server start server:srv_1` by `member` says in the channel in `lang`.
fn start_requested(lang: Lang, member: &Member) -> String {
    let request = PowerRequest {
        guild: member.guild,
        member: member.id,
        server: ServerId::parse("srv_1").unwrap(),
        name: None,
        action: heo_bot::domain::PowerAction::Start,
        schedule: None,
        panel: None,
    };
    replies::power_outcome(lang, &request, &PowerOutcome::Requested)
}

#[tokio::test]
async fn the_same_refusal_reads_german_to_a_german_member_and_english_to_an_english_one() {
    let (world, admin) = start_linked(&[]).await;
    let prompt = kill_prompt(&admin, "srv_1").await;
    let german = super::admin(&world, 1).speaking("de");
    let english = super::admin(&world, 1);

    let in_german = private_answer(&german.click(&prompt, "Kill").await)
        .await
        .content;
    let in_english = private_answer(&english.click(&prompt, "Kill").await)
        .await
        .content;

    assert_eq!(in_german, replies::kill_not_yours(lang("de")));
    assert_eq!(in_english, replies::kill_not_yours(Lang::ENGLISH));
    assert_contains(&in_english, "Only the person who ran");
    assert_ne!(in_german, in_english);
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn the_channel_reads_the_guilds_language_and_each_member_their_own() {
    let (world, _) = start_linked(&[super::NO_COOLDOWN]).await;
    let guild = world.discord.guild(1);
    guild.set_locale("fr");
    let german = admin(&world, 1).speaking("de");

    let public = public_reply(&german, "/server start server:srv_1").await;
    assert_eq!(public.content, start_requested(lang("fr"), &german));

    let private = private_reply(&german, "/server start server:..").await;
    assert_eq!(
        private,
        replies::invalid_server_id(lang("de"), InvalidServerId::DotSegment)
    );
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn a_regional_locale_reads_its_base_language() {
    let (world, _) = start_linked(&[]).await;
    for (locale, base) in [("de-AT", "de"), ("es-419", "es-ES"), ("en-GB", "en-US")] {
        let member = admin(&world, 1).speaking(locale);
        let text = private_reply(&member, "/server start server:..").await;
        let expected = replies::invalid_server_id(lang(base), InvalidServerId::DotSegment);
        assert_eq!(text, expected, "{locale}");
    }
    // A language without a catalogue reads English.
    let japanese = admin(&world, 1).speaking("ja");
    let text = private_reply(&japanese, "/server start server:..").await;
    assert_contains(&text, "is not a server ID");
}

#[tokio::test]
async fn language_set_overrides_the_guilds_discord_language_until_set_back_to_auto() {
    let (world, admin) = start_linked(&[super::NO_COOLDOWN]).await;
    world.discord.guild(1).set_locale("fr");
    let portuguese = lang("pt-BR");

    let set = private_reply(&admin, "/language set language:pt-BR").await;
    assert_eq!(
        set,
        replies::language_set(Lang::ENGLISH, portuguese, LanguageChoice::Chosen)
    );
    let shown = private_reply(&admin, "/language show").await;
    assert_eq!(
        shown,
        replies::language_shown(Lang::ENGLISH, portuguese, LanguageChoice::Chosen)
    );
    let public = public_reply(&admin, "/server start server:srv_1").await;
    assert_eq!(public.content, start_requested(portuguese, &admin));

    let unknown = private_reply(&admin, "/language set language:klingon").await;
    assert_contains(&unknown, "no language `klingon`");
    let auto = private_reply(&admin, "/language set language:auto").await;
    assert_eq!(
        auto,
        replies::language_set(Lang::ENGLISH, lang("fr"), LanguageChoice::Discord)
    );
    let public = public_reply(&admin, "/server start server:srv_1").await;
    assert_eq!(public.content, start_requested(lang("fr"), &admin));

    let plain = world
        .discord
        .guild(1)
        .member(Permissions::USE_APPLICATION_COMMANDS);
    let refused = private_reply(&plain, "/language set language:de").await;
    assert_contains(&refused, "Manage Server");
    world.discord.assert_no_errors();
}

#[tokio::test]
async fn the_registered_commands_carry_french_descriptions_that_meet_discords_schema() {
    let world = World::start().await;
    let registration = world.discord.registration().await;
    let french = lang("fr");
    let server = registration
        .commands
        .iter()
        .find(|command| command["name"] == "server")
        .expect("/server is registered");
    assert_eq!(
        server["description_localizations"]["fr"],
        i18n::text(french, "command-server", &[])
    );
    let start = &server["options"].as_array().unwrap()[0];
    assert_eq!(start["name"], "start", "names stay English");
    assert_eq!(
        start["description_localizations"]["fr"],
        i18n::text(french, "command-server-start", &[])
    );
    assert_eq!(
        start["options"][0]["description_localizations"]["fr"],
        i18n::text(french, "command-server-start.server", &[])
    );
    assert_ne!(
        start["description_localizations"]["fr"],
        start["description"]
    );
    // The test server checked the registration body against Discord's schema on arrival.
    world.discord.assert_no_errors();
}

#[test]
fn the_pseudo_locale_check_finds_english_written_in_code() {
    let pseudo = replies::kill_not_yours(Lang::pseudo());
    assert!(
        outside_catalogues(std::slice::from_ref(&pseudo), &[]).is_empty(),
        "{pseudo}"
    );
    let glued = format!("⚠️ **Could not start**: {pseudo}");
    assert_eq!(outside_catalogues(&[glued], &[]).len(), 1);
    let data = format!("<@12> <t:1:R> https://discord.com/x `srv_1` {pseudo}");
    assert!(outside_catalogues(&[data], &["srv_1"]).is_empty());
}

/// Every text the bot sent while both the member and the guild use the pseudo-locale.
#[tokio::test]
async fn in_the_pseudo_locale_every_text_the_bot_sends_comes_from_a_catalogue() {
    let (world, _) = start_linked(&[super::NO_COOLDOWN]).await;
    Mock::given(method("GET"))
        .and(path_regex("^/v1/hosting/game/logs/.*"))
        .respond_with(ResponseTemplate::new(200).set_body_string("line one\nline two\n"))
        .mount(&world.heo)
        .await;
    Mock::given(method("GET"))
        .and(path_regex("^/v1/status$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"status": "up"})))
        .mount(&world.heo)
        .await;
    let guild = world.discord.guild(1);
    guild.set_locale(PSEUDO_LOCALE);
    let admin = admin(&world, 1).speaking(PSEUDO_LOCALE);
    let plain = guild
        .member(Permissions::USE_APPLICATION_COMMANDS)
        .speaking(PSEUDO_LOCALE);
    // What the bot said in English while the world started is not the tour's.
    let before = world.discord.sent_texts().len();
    super::tour::visit_everything(&world, &admin, &plain).await;

    let sent = world.discord.sent_texts().into_iter().skip(before);
    let mut texts: Vec<String> = sent.map(|(_, text)| text).collect();
    texts.extend(super::tour::console_lines(&world.heo).await);
    assert!(texts.len() > 40, "the tour saw too little: {texts:#?}");
    let written_in_code = outside_catalogues(&texts, super::tour::DATA);
    assert!(
        written_in_code.is_empty(),
        "written outside the catalogues: {written_in_code:#?}"
    );
}
