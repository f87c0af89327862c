//! The master key every stored HEO API key is sealed under: the sealing itself ([`seal`]),
//! the key file beside the database ([`key_file`]), choosing the key and unlocking the store
//! at start ([`unlock`]), and the `rotate-master-key` operator command ([`rotation`]).
//!
//! `seal` needs nothing but the cipher, and `store` uses it to seal and open rows; `unlock`
//! and `rotation` run before (or instead of) the bot and use `store` in turn.

mod key_file;
mod rotation;
mod seal;
mod unlock;

pub use key_file::{KeyFile, KeyFileError};
pub use rotation::{RotateError, Rotated, rotate_master_key};
pub use seal::{BadMasterKey, MasterKey, OpenError, Sealed};
pub use unlock::{Chosen, UnlockError, Unlocked, choose, unlock};
