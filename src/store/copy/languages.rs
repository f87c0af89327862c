//! Each guild's chosen language, copied as its code: the catalogues are the same in every
//! process, whichever database it reads.

use sqlx::PgConnection;

use super::{Source, insert};
use crate::store::StoreError;

pub(super) async fn copy_languages(
    source: &Source,
    tx: &mut PgConnection,
) -> Result<i64, StoreError> {
    let rows: Vec<(i64, String, i64, String)> = sqlx::query_as(
        "SELECT guild_id, language, set_by, set_at FROM guild_languages ORDER BY guild_id",
    )
    .fetch_all(source)
    .await?;
    let head = "INSERT INTO guild_languages (guild_id, language, set_by, set_at) ";
    insert(tx, head, &rows, |mut b, row| {
        b.push_bind(row.0).push_bind(&row.1).push_bind(row.2);
        b.push_bind(&row.3);
    })
    .await
}
