//! Tamper evidence of fingerprints: any changed byte of a fingerprinted input that still reads
//! as an input changes the fingerprint; the same input and engine version give the same
//! fingerprint, computed exactly as documented; another engine version gives another.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::expect_used)]

use kaoping_core::base::fingerprint::{fingerprint, hex, Fingerprinter};
use kaoping_core::{api::builtin, AssessOptions, Dossier, Engine, Scheme, ENGINE_VERSION};
use sha2::{Digest, Sha256};

fn demo() -> (Engine, Dossier) {
    let engine = Engine::new(builtin::scheme("court-judge").unwrap()).unwrap();
    let dossier = builtin::demo_cohort().into_iter().next().unwrap();
    (engine, dossier)
}

/// The documented construction, written out independently of `Fingerprinter`.
fn sha(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p);
    }
    hex(&h.finalize())
}

#[test]
fn fingerprints_are_computed_as_documented() {
    let (engine, dossier) = demo();
    let scheme_json = serde_json::to_string(engine.scheme()).unwrap();
    let expected_scheme = sha(&[
        b"kaoping-fingerprint-v1\n",
        ENGINE_VERSION.as_bytes(),
        b"\nscheme\nscheme=",
        scheme_json.as_bytes(),
        b"\n",
    ]);
    assert_eq!(engine.scheme_fingerprint(), expected_scheme);

    let a = engine.assess(&dossier, &AssessOptions::default()).unwrap();
    let scheme_fp = serde_json::to_string(engine.scheme_fingerprint()).unwrap();
    let dossier_json = serde_json::to_string(&dossier).unwrap();
    let expected = sha(&[
        b"kaoping-fingerprint-v1\n",
        ENGINE_VERSION.as_bytes(),
        b"\nassessment\nscheme=",
        scheme_fp.as_bytes(),
        b"\ndossier=",
        dossier_json.as_bytes(),
        b"\ncontext={\"waivers\":[]}\n",
    ]);
    assert_eq!(a.fingerprint.as_deref(), Some(expected.as_str()));
    assert!(ENGINE_VERSION.starts_with("kaoping-core/"));
}

#[test]
fn fingerprints_are_stable_for_the_same_engine_version_and_change_with_it() {
    let (engine, dossier) = demo();
    let a = engine.assess(&dossier, &AssessOptions::default()).unwrap();
    let b = Engine::new(builtin::scheme("court-judge").unwrap())
        .unwrap()
        .assess(&dossier, &AssessOptions { trace: false, ..AssessOptions::default() })
        .unwrap();
    assert_eq!(a.fingerprint, b.fingerprint);
    assert_eq!(fingerprint("scheme", engine.scheme()), engine.scheme_fingerprint());

    let mut same = Fingerprinter::for_version(ENGINE_VERSION, "scheme");
    same.add("scheme", engine.scheme());
    assert_eq!(same.finish(), engine.scheme_fingerprint());
    let mut other = Fingerprinter::for_version("kaoping-core/0.1.1", "scheme");
    other.add("scheme", engine.scheme());
    assert_ne!(other.finish(), engine.scheme_fingerprint());
}

/// Every single-byte change of `canonical` that still parses as a `T` either leaves the value
/// the same (its canonical text is unchanged) or changes the fingerprint. Returns how many
/// changes gave a different valid input (so the test cannot pass vacuously).
fn every_byte<T>(
    canonical: &str,
    replacements: &[u8],
    fp: impl Fn(&T) -> String,
    parse: impl Fn(&str) -> Option<T>,
) -> usize
where
    T: serde::Serialize,
{
    let original = parse(canonical).unwrap();
    let original_fp = fp(&original);
    let bytes = canonical.as_bytes();
    let mut distinct = 0;
    for i in 0..bytes.len() {
        for &replacement in replacements {
            if bytes[i] == replacement {
                continue;
            }
            let mut changed = bytes.to_vec();
            changed[i] = replacement;
            let Ok(text) = std::str::from_utf8(&changed) else { continue };
            let Some(value) = parse(text) else { continue };
            if serde_json::to_string(&value).unwrap() == canonical {
                assert_eq!(fp(&value), original_fp, "same value, other fingerprint (byte {i})");
            } else {
                distinct += 1;
                assert_ne!(
                    fp(&value),
                    original_fp,
                    "byte {i} changed to {:?}: fingerprint unchanged",
                    replacement as char
                );
            }
        }
    }
    distinct
}

#[test]
fn changing_any_byte_of_a_dossier_changes_the_assessment_fingerprint() {
    let (engine, dossier) = demo();
    let canonical = serde_json::to_string(&dossier).unwrap();
    let n = every_byte(
        &canonical,
        b"019a-. \"",
        |d: &Dossier| {
            engine
                .assess(d, &AssessOptions { trace: false, ..AssessOptions::default() })
                .map(|a| a.fingerprint.unwrap())
                .unwrap_or_else(|_| kaoping_core::base::fingerprint::fingerprint("dossier-invalid", d))
        },
        |t| Dossier::from_json(t).ok(),
    );
    assert!(n > 200, "only {n} changed dossiers were valid");
}

#[test]
fn changing_any_byte_of_a_scheme_changes_its_fingerprint() {
    let scheme = builtin::scheme("court-judge").unwrap();
    let canonical = serde_json::to_string(&scheme).unwrap();
    let n =
        every_byte(&canonical, b"1a", |s: &Scheme| fingerprint("scheme", s), |t| Scheme::from_json(t).ok());
    assert!(n > 1000, "only {n} changed schemes were valid");
}
