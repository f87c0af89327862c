//! What one mode measured, and how it is printed.

use std::time::Duration;

use crate::processes::Mode;
use crate::stats::{Run, ms};

/// One bot process's memory, from `/proc/<pid>/status`.
pub struct Process {
    /// `VmRSS` once every guild had arrived and the bot had nothing to do.
    pub idle_kb: Option<u64>,
    /// `VmHWM` at the end: the most the process ever held.
    pub peak_kb: Option<u64>,
}

pub struct Outcome {
    /// Linking every guild's key before the bot started.
    pub seeding: Duration,
    /// From starting the bot until every shard was ready and had been sent its guilds.
    pub shards_up: Duration,
    /// Until the bot had answered one interaction on every shard (every guild taken in).
    pub all_in: Duration,
    pub serial: Run,
    pub parallel: Run,
    pub processes: Vec<Process>,
}

fn mb(kb: Option<u64>) -> String {
    kb.map_or_else(
        || "unknown".to_owned(),
        |kb| format!("{:.1} MB", kb as f64 / 1024.0),
    )
}

impl Outcome {
    pub fn print(&self, mode: Mode) {
        println!("\n{}:", mode.name());
        println!(
            "  seeding {:.1} s; shards up and guilds sent {:.1} s; every shard answering {:.1} s",
            self.seeding.as_secs_f64(),
            self.shards_up.as_secs_f64(),
            self.all_in.as_secs_f64()
        );
        for (at, run) in [
            ("concurrency 1", &self.serial),
            ("concurrency N", &self.parallel),
        ] {
            println!(
                "  {at}: ack p50 {} p99 {}, reply p50 {} p99 {}, {:.0} interactions/s",
                ms(run.ack(0.5)),
                ms(run.ack(0.99)),
                ms(run.reply(0.5)),
                ms(run.reply(0.99)),
                run.throughput()
            );
        }
        for (n, process) in self.processes.iter().enumerate() {
            println!(
                "  process {}: idle RSS {}, peak RSS (VmHWM) {}",
                n + 1,
                mb(process.idle_kb),
                mb(process.peak_kb)
            );
        }
    }
}
