//! The load both benchmarks put on the bot: numbered `/server restart` interactions, a fixed
//! number in flight. Included by each with `#[path]`; both declare `mod discord` at their
//! root.

use std::future::Future;
use std::ops::Range;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::discord::{Interaction, Member, model};

/// Runs `one(i)` for every `i` in `numbers`, `concurrency` at a time, and returns what each
/// recorded and the wall time of the whole run.
pub async fn drive<F, Fut>(
    numbers: Range<usize>,
    concurrency: usize,
    one: F,
) -> (Vec<model::Interaction>, Duration)
where
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = model::Interaction> + Send,
{
    let next = Arc::new(AtomicUsize::new(numbers.start));
    let end = numbers.end;
    let started = Instant::now();
    let workers: Vec<_> = (0..concurrency)
        .map(|_| {
            let (next, one) = (next.clone(), one.clone());
            tokio::spawn(async move {
                let mut records = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= end {
                        return records;
                    }
                    records.push(one(i).await);
                }
            })
        })
        .collect();
    let mut records = Vec::with_capacity(numbers.len());
    for worker in workers {
        records.extend(worker.await.expect("a benchmark worker panicked"));
    }
    (records, started.elapsed())
}

/// `/server restart server:srv_<i>` through the bot, as `member`; checks the reply names the
/// server, so a bot that answered with an error, fast, does not pass.
pub async fn restart(member: &Member, i: usize) -> Interaction {
    let interaction = member
        .slash(&format!("/server restart server:srv_{i}"))
        .await;
    let reply = interaction.reply().await.message();
    let wanted = format!("**Restart requested** for `srv_{i}`");
    assert!(reply.content.contains(&wanted), "{:?}", reply.content);
    interaction
}

/// The same member in `guild` (and its channel): interactions spread over many guilds.
pub fn in_guild(member: &Member, guild: u64) -> Member {
    let mut member = member.clone();
    member.channel = guild * 1000 + 1;
    member.guild = guild;
    member
}
