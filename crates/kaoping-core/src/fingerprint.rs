//! Fingerprints: SHA-256 over the canonical form of everything a result depends on.
//!
//! The canonical form is the compact JSON that kaoping itself writes for the parsed, typed
//! values (field order fixed by the types, maps sorted by key, numbers in shortest decimal
//! form), so the same inputs written with other whitespace, key order or number spelling give
//! the same fingerprint, and any change of a value gives another. The engine version is part of
//! the hashed text: a new engine version gives new fingerprints for the same inputs.

use serde::Serialize;
use sha2::{Digest, Sha256};

/// Version of the engine, hashed into every fingerprint.
pub const ENGINE_VERSION: &str = concat!("kaoping-core/", env!("CARGO_PKG_VERSION"));

/// An incremental fingerprint.
#[derive(Clone)]
pub struct Fingerprinter {
    hasher: Sha256,
}

impl Fingerprinter {
    /// Starts a fingerprint of the given kind (`assessment`, `scheme`, …) for this engine version.
    pub fn new(kind: &str) -> Fingerprinter {
        let mut hasher = Sha256::new();
        hasher.update(b"kaoping-fingerprint-v1\n");
        hasher.update(ENGINE_VERSION.as_bytes());
        hasher.update(b"\n");
        hasher.update(kind.as_bytes());
        hasher.update(b"\n");
        Fingerprinter { hasher }
    }

    /// Adds a labelled value in canonical JSON form.
    pub fn add<T: Serialize + ?Sized>(&mut self, label: &str, value: &T) -> &mut Self {
        self.hasher.update(label.as_bytes());
        self.hasher.update(b"=");
        // Serialising our own types cannot fail: no map has non-string keys. `to_vec` (not a
        // writer into the hasher) shares its code with the JSON the wasm package returns.
        if let Ok(bytes) = serde_json::to_vec(value) {
            self.hasher.update(&bytes);
        }
        self.hasher.update(b"\n");
        self
    }

    /// The fingerprint as 64 lowercase hex digits.
    pub fn finish(self) -> String {
        hex(&self.hasher.finalize())
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(*DIGITS.get(usize::from(b >> 4)).unwrap_or(&b'0')));
        out.push(char::from(*DIGITS.get(usize::from(b & 15)).unwrap_or(&b'0')));
    }
    out
}

/// Fingerprint of one value of a kind.
pub fn fingerprint<T: Serialize + ?Sized>(kind: &str, value: &T) -> String {
    let mut f = Fingerprinter::new(kind);
    f.add(kind, value);
    f.finish()
}
