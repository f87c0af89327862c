//! Latencies from what the Discord test server recorded, and the printed report. Shared by
//! the benchmarks with `#[path]`; each declares `mod discord` at its root.

use std::time::Duration;

use crate::discord::FakeDiscord;
use crate::discord::model::Interaction;

/// One measured run: per interaction, from INTERACTION_CREATE to the acknowledgement and
/// to the final reply, both as the Discord test server saw them arrive.
pub struct Run {
    ack: Vec<Duration>,
    reply: Vec<Duration>,
    wall: Duration,
}

impl Run {
    pub fn new(discord: &FakeDiscord, records: &[Interaction], wall: Duration) -> Self {
        let messages = discord.messages();
        let mut ack = Vec::with_capacity(records.len());
        let mut reply = Vec::with_capacity(records.len());
        for record in records {
            let response = record
                .response
                .as_ref()
                .expect("every interaction acknowledged");
            ack.push(response.at - record.sent_at);
            let original = record.original.expect("a deferred message");
            let filled = messages[&original]
                .edits
                .first()
                .expect("the defer was filled");
            reply.push(*filled - record.sent_at);
        }
        ack.sort();
        reply.sort();
        Self { ack, reply, wall }
    }

    pub fn throughput(&self) -> f64 {
        self.ack.len() as f64 / self.wall.as_secs_f64()
    }

    /// The `p` quantile (0 to 1) of the times to the acknowledgement.
    pub fn ack(&self, p: f64) -> Duration {
        percentile(&self.ack, p)
    }

    /// The `p` quantile (0 to 1) of the times to the final reply.
    pub fn reply(&self, p: f64) -> Duration {
        percentile(&self.reply, p)
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let rank = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[rank]
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn ratio(bot: Duration, floor: Duration) -> String {
    format!("{:.2}x", bot.as_secs_f64() / floor.as_secs_f64())
}

pub fn report(concurrency: usize, bot: &Run, floor: &Run) {
    println!("\nconcurrency {concurrency}:");
    println!(
        "  {:<22} {:>10} {:>10} {:>10} {:>10} {:>12}",
        "", "ack p50", "ack p99", "reply p50", "reply p99", "throughput"
    );
    for (name, run) in [("bot", bot), ("floor (bare reqwest)", floor)] {
        println!(
            "  {:<22} {:>10} {:>10} {:>10} {:>10} {:>10.0}/s",
            name,
            ms(percentile(&run.ack, 0.5)),
            ms(percentile(&run.ack, 0.99)),
            ms(percentile(&run.reply, 0.5)),
            ms(percentile(&run.reply, 0.99)),
            run.throughput()
        );
    }
    println!(
        "  {:<22} {:>10} {:>10} {:>10} {:>10} {:>11.2}x",
        "bot / floor",
        ratio(percentile(&bot.ack, 0.5), percentile(&floor.ack, 0.5)),
        ratio(percentile(&bot.ack, 0.99), percentile(&floor.ack, 0.99)),
        ratio(percentile(&bot.reply, 0.5), percentile(&floor.reply, 0.5)),
        ratio(percentile(&bot.reply, 0.99), percentile(&floor.reply, 0.99)),
        bot.throughput() / floor.throughput()
    );
}
