//! Discord's bad weather, on demand: the whole host going away and coming back, a gateway
//! that accepts connections and says nothing, sessions Discord invalidates, close codes,
//! and frames that are not JSON.

use serde_json::json;

use super::FakeDiscord;
use super::server::{self, Listening};
use super::state::Outgoing;

impl FakeDiscord {
    /// Discord goes away: the port is closed (connections are refused) and every open
    /// connection, REST or gateway, is dropped unanswered. The sessions stay, as Discord's
    /// do for a while, so that the bot can resume them after [`Self::come_back`].
    pub fn go_away(&self) {
        self.stop_listening();
        self.take_connections(|| Outgoing::Drop);
    }

    /// Discord is back on the same address.
    pub async fn come_back(&self) {
        let listener = server::rebind(self.state.addr).await;
        let listening = Listening::start(listener, self.state.clone());
        let replaced = self.listening().replace(listening);
        assert!(replaced.is_none(), "come_back without go_away");
    }

    pub(super) fn stop_listening(&self) {
        if let Some(listening) = self.listening().take() {
            listening.stop();
        }
    }

    fn listening(&self) -> std::sync::MutexGuard<'_, Option<Listening>> {
        self.listening
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// From now on a new gateway connection gets no HELLO until [`Self::release_hellos`]:
    /// the bot's shard waits on a connection that never starts.
    pub fn hold_hellos(&self) {
        self.state.with(|inner| inner.gateway.holding_hellos = true);
    }

    /// Sends the HELLOs held back, and to every later connection at once.
    pub fn release_hellos(&self) {
        self.state.with(|inner| {
            let gateway = &mut inner.gateway;
            gateway.holding_hellos = false;
            for conn in std::mem::take(&mut gateway.held_hellos) {
                gateway.hello(conn);
            }
        });
    }

    /// Sends op 9 INVALID SESSION on every connection. `resumable` is its `d`: with `true`
    /// the sessions stay and the bot should RESUME; with `false` they are gone, a RESUME is
    /// answered with another op 9, and the bot should IDENTIFY again.
    pub fn invalidate_sessions(&self, resumable: bool) {
        let frame = json!({"op": 9, "d": resumable});
        self.state.with(|inner| {
            inner
                .gateway
                .take_connections(|| Outgoing::Frame(frame.clone()));
            if !resumable {
                inner.gateway.sessions.clear();
            }
        });
    }

    /// Closes every gateway connection with `code` (recorded in [`Self::closes`]).
    pub fn close_gateway(&self, code: u16) {
        self.state.with(|inner| {
            let gateway = &mut inner.gateway;
            gateway.closes.extend(gateway.conns.keys().map(|_| code));
            gateway.take_connections(|| Outgoing::Close(code));
        });
    }

    /// From now on every IDENTIFY is answered by closing its connection with `code`, as
    /// Discord does for a refused token (4004) or refused intents (4013, 4014).
    pub fn close_identifies_with(&self, code: u16) {
        self.state
            .with(|inner| inner.gateway.refusing_identifies = Some(code));
    }

    /// Sends a text frame that is not JSON on every gateway connection; the connections and
    /// sessions stay as they were.
    pub fn send_garbage(&self) {
        self.state.with(|inner| {
            for tx in inner.gateway.conns.values() {
                let _ = tx.send(Outgoing::Garbage("\u{1}not json{".into()));
            }
        });
    }
}
