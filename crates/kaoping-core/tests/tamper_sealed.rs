//! Tamper evidence of sealed cohort results, score sheets and the audit chain: a result is
//! sealed into the audit log (its fingerprint and its inputs' fingerprints, anchored); verifying
//! re-runs the inputs and checks the chain. Changing any byte of a score sheet, a dossier or the
//! log that still reads as one — or any figure of the sealed result — fails verification.
#![allow(clippy::unwrap_used, clippy::indexing_slicing, clippy::expect_used, clippy::panic)]

use kaoping_core::api::cohort::CohortRequest;
use kaoping_core::rules::audit::{Anchor, AuditEvent, AuditLog};
use kaoping_core::rules::cohort::CohortResult;
use kaoping_core::rules::committee::ScoreSheet;
use kaoping_core::{Date, Decimal, Dossier};

fn request() -> CohortRequest {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/cohort/001-three-raters-trimmed-mean.json"
    );
    let fixture: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    CohortRequest::from_json(&fixture["input"].to_string()).unwrap()
}

fn seal(request: &CohortRequest) -> (CohortResult, AuditLog, Anchor) {
    let result = request.clone().run().unwrap();
    let mut log = AuditLog::new();
    let at = Date::parse("2026-12-28").unwrap();
    for sheet in &request.sheets {
        log.append(
            at,
            sheet.rater.as_str(),
            AuditEvent::SheetSubmitted {
                rater: sheet.rater.clone(),
                sheet: format!("sheet-{}", sheet.rater),
                ratings: sheet.ratings.len() as u32,
            },
        );
    }
    assert!(log.seal(&result, at, "chair"));
    let anchor = log.anchor();
    (result, log, anchor)
}

/// The verification a platform runs: the chain holds against the anchor, and re-running the
/// inputs gives the sealed result and input fingerprints.
fn verify(request: &CohortRequest, log: &AuditLog, anchor: &Anchor) -> bool {
    if !log.verify_against(anchor).ok {
        return false;
    }
    let Some(AuditEvent::ResultSealed { result, inputs }) = log.entries.last().map(|e| &e.event) else {
        return false;
    };
    match request.clone().run() {
        Ok(r) => r.fingerprint.as_ref() == Some(result) && r.inputs.as_ref() == Some(inputs),
        Err(_) => false,
    }
}

/// Applies every single-byte change (to each of `replacements`) to `canonical`; for each text
/// that still parses into a different value, `check` must report the tampering. Returns how
/// many such changes there were.
fn each_byte_change<T: serde::Serialize>(
    canonical: &str,
    replacements: &[u8],
    parse: impl Fn(&str) -> Option<T>,
    detected: impl Fn(T) -> bool,
) -> usize {
    let bytes = canonical.as_bytes();
    let mut n = 0;
    for i in 0..bytes.len() {
        for &r in replacements {
            if bytes[i] == r {
                continue;
            }
            let mut changed = bytes.to_vec();
            changed[i] = r;
            let Ok(text) = std::str::from_utf8(&changed) else { continue };
            let Some(value) = parse(text) else { continue };
            if serde_json::to_string(&value).unwrap() == canonical {
                continue;
            }
            n += 1;
            assert!(detected(value), "byte {i} → {:?} not detected: {text}", r as char);
        }
    }
    n
}

#[test]
fn an_untouched_sealed_result_verifies() {
    let req = request();
    let (result, log, anchor) = seal(&req);
    assert!(verify(&req, &log, &anchor));
    assert!(result.fingerprint.is_some() && result.inputs.is_some());
}

#[test]
fn changing_any_byte_of_a_score_sheet_is_detected() {
    let req = request();
    let (_, log, anchor) = seal(&req);
    for (s, sheet) in req.sheets.iter().enumerate() {
        let canonical = serde_json::to_string(sheet).unwrap();
        let n = each_byte_change(
            &canonical,
            b"019a.",
            |t| serde_json::from_str::<ScoreSheet>(t).ok(),
            |changed| {
                let mut r = req.clone();
                r.sheets[s] = changed;
                !verify(&r, &log, &anchor)
            },
        );
        assert!(n > 10, "sheet {s}: only {n} changes read as sheets");
    }
}

#[test]
fn changing_any_byte_of_a_dossier_is_detected() {
    let req = request();
    let (_, log, anchor) = seal(&req);
    let canonical = serde_json::to_string(&req.dossiers[0]).unwrap();
    let n = each_byte_change(
        &canonical,
        b"019a",
        |t| Dossier::from_json(t).ok(),
        |changed| {
            let mut r = req.clone();
            r.dossiers[0] = changed;
            !verify(&r, &log, &anchor)
        },
    );
    assert!(n > 10, "only {n} changes read as dossiers");
}

#[test]
fn changing_any_byte_of_the_audit_chain_is_detected() {
    let req = request();
    let (_, log, anchor) = seal(&req);
    let canonical = serde_json::to_string(&log).unwrap();
    let n = each_byte_change(
        &canonical,
        b"09af-",
        |t| serde_json::from_str::<AuditLog>(t).ok(),
        |changed| !verify(&req, &changed, &anchor),
    );
    assert!(n > 100, "only {n} changes read as logs");
}

#[test]
fn changing_a_figure_of_the_sealed_result_is_detected() {
    let req = request();
    let (result, log, anchor) = seal(&req);
    // The platform stores the result; verification re-runs the inputs and compares.
    let recomputed = req.clone().run().unwrap();
    assert_eq!(recomputed, result);
    let mut tampered = result.clone();
    tampered.officers[0].total =
        tampered.officers[0].total.checked_add(Decimal::from_micros(10_000)).unwrap();
    assert_ne!(recomputed, tampered);
    let mut tampered = result.clone();
    tampered.officers.swap(0, 1);
    assert_ne!(recomputed, tampered);
    // A result whose fingerprint was replaced no longer matches the sealed entry.
    let Some(AuditEvent::ResultSealed { result: sealed, .. }) = log.entries.last().map(|e| &e.event) else {
        panic!("no sealed entry")
    };
    let mut forged = result.clone();
    forged.fingerprint = Some("0".repeat(64));
    assert_ne!(forged.fingerprint.as_ref(), Some(sealed));
    assert!(verify(&req, &log, &anchor));
}
