//! Test servers and the bot harness for the end-to-end tests.

// Not every test uses every helper: the harness is also meant for the next feature's tests.
#![allow(dead_code, unused_imports)]

pub mod bot;
pub mod discord;
pub mod process;
