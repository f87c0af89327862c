//! Where a countdown is shown: one public message per countdown, posted once and edited as
//! it goes, with an Abort button while it can still be aborted.

use std::future::Future;
use std::pin::Pin;

use crate::audit::PostError;

/// A boxed future, so that [`Board`] can be a trait object.
pub type Showing<'a> = Pin<Box<dyn Future<Output = Result<u64, PostError>> + Send + 'a>>;

/// Posts (`message` is `None`) or edits a countdown's message in `channel`, with the Abort
/// button of countdown `abort` if given; answers the message's id.
pub trait Board: Send + Sync + 'static {
    fn show(
        &self,
        channel: u64,
        message: Option<u64>,
        text: String,
        abort: Option<i64>,
    ) -> Showing<'_>;
}
