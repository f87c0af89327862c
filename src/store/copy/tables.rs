//! The tables the copy has held from the start: keys, servers, role grants and the audit
//! trail.

use sqlx::PgConnection;

use super::{Source, continue_identity, insert};
use crate::store::StoreError;

type KeyRow = (i64, Vec<u8>, Vec<u8>, i64, String);
type ServerRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    Option<String>,
);
type GrantRow = (i64, i64, String, i64, i64, String);

pub(super) async fn copy_keys(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<KeyRow> = sqlx::query_as(
        "SELECT guild_id, nonce, ciphertext, linked_by, linked_at FROM guild_keys ORDER BY guild_id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO guild_keys (guild_id, nonce, ciphertext, linked_by, linked_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(&row.1).push_bind(&row.2);
        b.push_bind(row.3).push_bind(&row.4);
    })
    .await
}

pub(super) async fn copy_check(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<(i64, Vec<u8>, Vec<u8>)> =
        sqlx::query_as("SELECT id, nonce, ciphertext FROM master_key_check")
            .fetch_all(source)
            .await?;
    let head = "INSERT INTO master_key_check (id, nonce, ciphertext) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(&row.1).push_bind(&row.2);
    })
    .await
}

pub(super) async fn copy_servers(
    source: &Source,
    tx: &mut PgConnection,
) -> Result<i64, StoreError> {
    let rows: Vec<ServerRow> = sqlx::query_as(
        "SELECT rowid, guild_id, server_id, name, name_key, id_key, added_by, added_at,
             console_template
         FROM servers ORDER BY rowid",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO servers
        (rowid, guild_id, server_id, name, name_key, id_key, added_by, added_at,
         console_template)
        OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(&row.2);
        b.push_bind(&row.3).push_bind(&row.4).push_bind(&row.5);
        b.push_bind(row.6).push_bind(&row.7).push_bind(&row.8);
    })
    .await?;
    continue_identity(tx, "servers", "rowid", rows.last().map(|row| row.0)).await?;
    Ok(copied)
}

pub(super) async fn copy_grants(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<GrantRow> = sqlx::query_as(
        "SELECT rowid, guild_id, action, role_id, granted_by, granted_at
         FROM power_role_grants ORDER BY rowid",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO power_role_grants
        (rowid, guild_id, action, role_id, granted_by, granted_at) OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(&row.2);
        b.push_bind(row.3).push_bind(row.4).push_bind(&row.5);
    })
    .await?;
    continue_identity(
        tx,
        "power_role_grants",
        "rowid",
        rows.last().map(|row| row.0),
    )
    .await?;
    Ok(copied)
}

type AuditRow = (
    i64,
    i64,
    i64,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    i64,
    Option<i64>,
    Option<String>,
);

pub(super) async fn copy_audit(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<AuditRow> = sqlx::query_as(
        "SELECT rowid, guild_id, member_id, server_id, server_name, action, outcome,
                http_status, at, schedule_id, panel_id
         FROM audit ORDER BY rowid",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO audit (rowid, guild_id, member_id, server_id, server_name, action,
        outcome, http_status, at, schedule_id, panel_id) OVERRIDING SYSTEM VALUE ";
    let copied = insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(row.2);
        b.push_bind(&row.3).push_bind(&row.4).push_bind(&row.5);
        b.push_bind(&row.6).push_bind(row.7).push_bind(row.8);
        b.push_bind(row.9).push_bind(&row.10);
    })
    .await?;
    continue_identity(tx, "audit", "rowid", rows.last().map(|row| row.0)).await?;
    Ok(copied)
}

pub(super) async fn copy_channels(
    source: &Source,
    tx: &mut PgConnection,
) -> Result<i64, StoreError> {
    let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT guild_id, channel_id, set_by, set_at FROM audit_channels ORDER BY guild_id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO audit_channels (guild_id, channel_id, set_by, set_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(row.1).push_bind(row.2);
        b.push_bind(&row.3);
    })
    .await
}
