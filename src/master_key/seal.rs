//! Keys at rest: each API key is sealed with XChaCha20-Poly1305 under the master key, with a
//! fresh random 24-byte nonce per write and the guild ID as associated data, so a row copied
//! onto another guild fails to open.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use chacha20poly1305::aead::rand_core::RngCore;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretBox, SecretString};

/// Length of a master key in bytes.
const MASTER_KEY_LEN: usize = 32;
/// Length of a nonce in bytes.
const NONCE_LEN: usize = 24;

/// The 32-byte key every stored API key is sealed under. Zeroed when dropped; its `Debug`
/// prints nothing of it.
pub struct MasterKey(SecretBox<[u8; MASTER_KEY_LEN]>);

impl Clone for MasterKey {
    fn clone(&self) -> Self {
        Self(SecretBox::init_with_mut(
            |key: &mut [u8; MASTER_KEY_LEN]| key.copy_from_slice(self.0.expose_secret()),
        ))
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MasterKey([redacted])")
    }
}

/// Text that cannot be a master key. Says why, never what the text was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BadMasterKey {
    /// Not standard base64.
    #[error("expected base64 (for example the output of `openssl rand -base64 32`)")]
    NotBase64,
    /// Base64, but not of exactly 32 bytes.
    #[error("expected base64 of exactly 32 bytes (for example `openssl rand -base64 32`)")]
    WrongLength,
}

/// A sealed value could not be opened: the master key is not the one it was sealed under,
/// the row belongs to another guild, or the bytes were changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a stored key could not be decrypted with this master key")]
pub struct OpenError;

/// A sealed value as stored: its nonce and the ciphertext with its tag.
#[derive(Clone, PartialEq, Eq)]
pub struct Sealed {
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl fmt::Debug for Sealed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sealed")
            .field("ciphertext_len", &self.ciphertext.len())
            .finish_non_exhaustive()
    }
}

impl MasterKey {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Self {
        Self(SecretBox::init_with_mut(
            |key: &mut [u8; MASTER_KEY_LEN]| OsRng.fill_bytes(key),
        ))
    }

    /// Reads the base64 text of a key (surrounding whitespace ignored).
    pub fn from_base64(text: &str) -> Result<Self, BadMasterKey> {
        let bytes = zeroizing(
            BASE64
                .decode(text.trim())
                .map_err(|_| BadMasterKey::NotBase64)?,
        );
        if bytes.len() != MASTER_KEY_LEN {
            return Err(BadMasterKey::WrongLength);
        }
        Ok(Self(SecretBox::init_with_mut(
            |key: &mut [u8; MASTER_KEY_LEN]| key.copy_from_slice(&bytes),
        )))
    }

    /// The key as base64, for the key file.
    pub fn to_base64(&self) -> SecretString {
        SecretString::from(BASE64.encode(self.0.expose_secret()))
    }

    /// Seals `plaintext` for `guild` under a fresh random nonce.
    pub fn seal(&self, guild: u64, plaintext: &[u8]) -> Sealed {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let aad = guild.to_be_bytes();
        let ciphertext = self
            .cipher()
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            // Encryption fails only for messages beyond ~256 GiB.
            .expect("XChaCha20-Poly1305 encrypts any key-sized message");
        Sealed {
            nonce: nonce.to_vec(),
            ciphertext,
        }
    }

    /// Opens what [`seal`](Self::seal) sealed for `guild`.
    pub fn open(&self, guild: u64, sealed: &Sealed) -> Result<SecretString, OpenError> {
        if sealed.nonce.len() != NONCE_LEN {
            return Err(OpenError);
        }
        let aad = guild.to_be_bytes();
        let payload = Payload {
            msg: &sealed.ciphertext,
            aad: &aad,
        };
        let plaintext = self
            .cipher()
            .decrypt(XNonce::from_slice(&sealed.nonce), payload)
            .map_err(|_| OpenError)?;
        let plaintext = zeroizing(plaintext);
        let text = std::str::from_utf8(&plaintext).map_err(|_| OpenError)?;
        Ok(SecretString::from(text.to_owned()))
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.expose_secret().into())
    }
}

fn zeroizing(bytes: Vec<u8>) -> secrecy::zeroize::Zeroizing<Vec<u8>> {
    secrecy::zeroize::Zeroizing::new(bytes)
}
