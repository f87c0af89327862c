//! Control panels. Their IDs are kept: the buttons of every posted panel carry them.

use sqlx::PgConnection;

use super::{Source, insert};
use crate::store::StoreError;

type PanelRow = (
    String,
    i64,
    i64,
    i64,
    String,
    Option<String>,
    i64,
    Option<i64>,
    Option<String>,
    String,
);

pub(super) async fn copy_panels(source: &Source, tx: &mut PgConnection) -> Result<i64, StoreError> {
    let rows: Vec<PanelRow> = sqlx::query_as(
        "SELECT id, guild_id, channel_id, message_id, server_id, server_name, posted_by,
             warn_secs, warn_message, posted_at
         FROM panels ORDER BY id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO panels (id, guild_id, channel_id, message_id, server_id,
        server_name, posted_by, warn_secs, warn_message, posted_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(&row.0).push_bind(row.1).push_bind(row.2);
        b.push_bind(row.3).push_bind(&row.4).push_bind(&row.5);
        b.push_bind(row.6).push_bind(row.7).push_bind(&row.8);
        b.push_bind(&row.9);
    })
    .await
}
