//! Property tests of cohort assessment and the audit chain over random valid schemes with
//! quotas and random cohorts: the result does not depend on the input order, no quota gives
//! more places than it has, and every tamper of an audit log is detected.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_types,
    clippy::disallowed_methods
)]

mod gen;

use kaoping_core::model::scheme::{Quota, QuotaRounding};
use kaoping_core::rules::audit::{AuditEvent, AuditLog};
use kaoping_core::rules::cohort::{assess_cohort, CohortInput, CohortOptions};
use kaoping_core::{Date, Decimal, Dossier, Engine, Scheme};
use proptest::prelude::*;
use proptest::sample::Index;

fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(default)
}

/// A scheme with quotas on some grades, and 1–12 dossiers for distinct officers.
fn cohort() -> impl Strategy<Value = (Scheme, Vec<Dossier>)> {
    gen::scheme()
        .prop_flat_map(|s| {
            let n_grades = s.grades.len();
            let quotas = prop::collection::vec((any::<Index>(), 1_i64..=1_000_000, 0_u8..3), 0..=n_grades);
            (Just(s), quotas)
        })
        .prop_map(|(mut s, quotas)| {
            let above_lowest = s.grades.len().saturating_sub(1);
            for (pick, share, rounding) in quotas {
                if above_lowest == 0 {
                    break;
                }
                let grade = s.grades[pick.index(above_lowest)].id.clone();
                if s.quotas.iter().any(|q| q.grade == grade) {
                    continue;
                }
                s.quotas.push(Quota {
                    grade,
                    max_share: Decimal::from_micros(share),
                    rounding: match rounding {
                        0 => QuotaRounding::Floor,
                        1 => QuotaRounding::Nearest,
                        _ => QuotaRounding::Ceil,
                    },
                    per: Default::default(),
                });
            }
            s
        })
        .prop_flat_map(|s| {
            let d = prop::collection::vec(gen::dossier(&s), 1..12);
            (Just(s), d)
        })
        .prop_map(|(s, mut ds)| {
            for (i, d) in ds.iter_mut().enumerate() {
                d.officer.id = format!("P-{i:02}").as_str().into();
            }
            (s, ds)
        })
}

fn input(dossiers: Vec<Dossier>) -> CohortInput {
    CohortInput { dossiers, ..CohortInput::default() }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(128), ..ProptestConfig::default() })]

    /// Shuffling the dossiers changes nothing; ranks are 1..n; no quota is exceeded; an
    /// officer moved by a quota lost exactly the grade it capped.
    #[test]
    fn cohort_is_order_independent_and_quotas_hold((scheme, dossiers) in cohort(), seed in any::<u64>()) {
        let engine = Engine::new(scheme.clone()).unwrap();
        let options = CohortOptions::default();
        let a = assess_cohort(&engine, &input(dossiers.clone()), &options);
        let mut shuffled = dossiers.clone();
        // deterministic shuffle from the seed
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let b = assess_cohort(&engine, &input(shuffled), &options);
        let (a, b) = match (a, b) {
            (Ok(a), Ok(b)) => (a, b),
            (Err(a), Err(b)) => {
                let mut ca: Vec<_> = a.0.iter().map(|p| p.code).collect();
                let mut cb: Vec<_> = b.0.iter().map(|p| p.code).collect();
                ca.sort(); cb.sort();
                prop_assert_eq!(ca, cb);
                return Ok(());
            }
            (a, b) => { prop_assert!(false, "order changed success: {:?} / {:?}", a.is_ok(), b.is_ok()); unreachable!() }
        };
        prop_assert_eq!(&a.officers, &b.officers);
        prop_assert_eq!(&a.changes, &b.changes);
        prop_assert_eq!(&a.fingerprint, &b.fingerprint);
        let ranks: Vec<u32> = a.officers.iter().map(|e| e.rank).collect();
        prop_assert_eq!(ranks, (1..=a.officers.len() as u32).collect::<Vec<_>>());
        for q in &a.quotas {
            // Officers whose grade a veto fixes hold it without taking a place.
            let holders = a
                .officers
                .iter()
                .filter(|e| !e.flags.veto && e.grade.as_ref().is_some_and(|g| g.id == q.grade))
                .count();
            prop_assert!(holders <= q.places as usize, "quota {} has {} places, {} hold it", q.grade, q.places, holders);
        }
        for c in &a.changes {
            let e = a.entry(&c.officer).unwrap();
            prop_assert!(e.quota_changed);
            let from = scheme.grade_rank(&c.from.id).unwrap();
            let to = scheme.grade_rank(&e.grade.as_ref().unwrap().id).unwrap();
            prop_assert!(to > from, "a quota moved {} up", c.officer);
        }
    }

    /// Any change to an audit log built by appending — an edit of any entry's actor, a dropped
    /// entry, two entries swapped — is detected against the anchor.
    #[test]
    fn audit_tampering_is_detected(
        actors in prop::collection::vec("[A-Z][0-9]{2}", 1..10),
        pick in any::<Index>(),
        op in 0_u8..3,
    ) {
        let mut log = AuditLog::new();
        let at = Date::parse("2026-12-20").unwrap();
        for (i, a) in actors.iter().enumerate() {
            log.append(at, a, AuditEvent::SignOff { rater: a.as_str().into(), sheet: format!("sheet-{i}") });
        }
        let anchor = log.anchor();
        prop_assert!(log.verify_against(&anchor).ok);
        let i = pick.index(actors.len());
        let mut t = log.clone();
        match op {
            0 => t.entries[i].actor.push('x'),
            1 => { t.entries.remove(i); }
            _ => {
                prop_assume!(actors.len() > 1);
                let j = (i + 1) % actors.len();
                t.entries.swap(i, j);
            }
        }
        let v = t.verify_against(&anchor);
        prop_assert!(!v.ok, "op {} at {} not detected", op, i);
        prop_assert!(v.first_bad.is_some());
    }
}
