//! Fingerprints: SHA-256 over the canonical form of everything a result depends on.
//!
//! The canonical form is the compact JSON that kaoping itself writes for the parsed, typed
//! values (field order fixed by the types, maps sorted by key, numbers in shortest decimal
//! form), so the same inputs written with other whitespace, key order or number spelling give
//! the same fingerprint, and any change of a value gives another. The engine version is part of
//! the hashed text: a new engine version gives new fingerprints for the same inputs.

use kaoping_json::ToJson;
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
        Fingerprinter::for_version(ENGINE_VERSION, kind)
    }

    /// Starts a fingerprint as another engine version would: the version is the second line of
    /// the hashed text, so every fingerprint changes with it. For tests and for verifiers that
    /// recompute fingerprints made by a named engine version.
    pub fn for_version(engine_version: &str, kind: &str) -> Fingerprinter {
        let mut hasher = Sha256::new();
        for part in [b"kaoping-fingerprint-v1\n", engine_version.as_bytes(), b"\n", kind.as_bytes(), b"\n"] {
            hasher.update(part);
        }
        Fingerprinter { hasher }
    }

    /// Adds a labelled value in canonical JSON form.
    pub fn add<T: ToJson + ?Sized>(&mut self, label: &str, value: &T) -> &mut Self {
        // kaoping-json writes the same bytes as serde_json (tested against it in
        // tests/json_layer.rs), with the code the wasm package uses for its answers.
        self.add_json(label, &kaoping_json::to_string(value))
    }

    /// Adds a labelled value already in canonical JSON form (not generic: one copy of the
    /// hashing for every value type).
    #[inline(never)]
    fn add_json(&mut self, label: &str, json: &str) -> &mut Self {
        for part in [label.as_bytes(), b"=", json.as_bytes(), b"\n"] {
            self.hasher.update(part);
        }
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
pub fn fingerprint<T: ToJson + ?Sized>(kind: &str, value: &T) -> String {
    fingerprint_json(kind, &kaoping_json::to_string(value))
}

/// Fingerprint of one value of a kind, given in canonical JSON (the part of [`fingerprint`] that
/// does not depend on the value's type).
#[inline(never)]
fn fingerprint_json(kind: &str, json: &str) -> String {
    let mut f = Fingerprinter::new(kind);
    f.add_json(kind, json);
    f.finish()
}
