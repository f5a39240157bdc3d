//! Property tests of the use of results (issue #17) over random cohorts and calendars: a bonus
//! allocation always adds up to the pool to the fen, each share is its exact share cut to the
//! fen plus at most one, the fen left go to the largest remainders, and the order of the rows
//! does not matter; a count of working days ends on a working day and only counts working days.
#![allow(
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::expect_used,
    clippy::panic,
    clippy::disallowed_types,
    clippy::disallowed_methods
)]

use kaoping_core::api::allocation::run_allocation_json;
use kaoping_core::api::publication::run_working_days_json;
use proptest::prelude::*;
use serde_json::{json, Value};

const GRADES: &[&str] = &["excellent", "competent", "basic", "incompetent"];

fn rows() -> impl Strategy<Value = Vec<Value>> {
    prop::collection::vec((0u32..=10_000, 0usize..4, any::<bool>(), 0u8..10), 1..40).prop_map(|v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (hundredths, g, vetoed, withheld))| {
                let grade = if withheld == 0 { Value::Null } else { json!(GRADES[g]) };
                json!({"officer": format!("J-{i:03}"), "total": f64::from(hundredths) / 100.0,
                       "grade": grade, "vetoed": vetoed, "rank": i + 1})
            })
            .collect()
    })
}

fn method() -> impl Strategy<Value = &'static str> {
    prop_oneof![Just("gradeCoefficient"), Just("score"), Just("coefficientTimesScore")]
}

fn fen(v: &Value) -> i64 {
    (v.as_f64().unwrap() * 100.0).round() as i64
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_allocation_adds_up_to_the_pool(
        rows in rows(),
        method in method(),
        pool_fen in 0i64..100_000_000,
        coefficients in prop::collection::vec(0u32..=300, 4),
        exclude_vetoed in any::<bool>(),
    ) {
        let coefficients: serde_json::Map<String, Value> = GRADES
            .iter()
            .zip(&coefficients)
            .map(|(g, c)| ((*g).to_owned(), json!(f64::from(*c) / 100.0)))
            .collect();
        let vetoed = if exclude_vetoed { json!({"rule": "exclude"}) } else { json!({"rule": "coefficient", "coefficient": 0.5}) };
        let pool = pool_fen as f64 / 100.0;
        let request = |rows: &[Value]| json!({"table": rows, "allocation": {"pool": pool, "method": method,
            "coefficients": coefficients, "vetoed": vetoed}});
        let a = match run_allocation_json(&request(&rows).to_string()) {
            Ok(a) => a,
            Err(p) => {
                // only when nobody shares
                prop_assert!(p.0.iter().all(|p| p.code == kaoping_core::Code::NoEligible), "{}", p);
                return Ok(());
            }
        };
        let a = serde_json::to_value(a).unwrap();
        let shares = a["shares"].as_array().unwrap();
        let total: i64 = shares.iter().map(|s| fen(&s["amount"])).sum();
        prop_assert_eq!(total, pool_fen);
        prop_assert_eq!(fen(&a["allocated"]), pool_fen);
        let left = a["leftoverFen"].as_i64().unwrap();
        prop_assert!(left >= 0 && (left as usize) < shares.len().max(1));
        let mut extra = 0;
        for s in shares {
            let (floor, amount) = (fen(&s["floor"]), fen(&s["amount"]));
            prop_assert!(amount == floor || amount == floor + 1);
            extra += amount - floor;
            if let Some(place) = s["remainderPlace"].as_i64() {
                prop_assert_eq!(amount == floor + 1, place <= left, "{}", s);
            }
        }
        prop_assert_eq!(extra, left);
        // the order of the rows does not matter
        let mut reversed = rows.clone();
        reversed.reverse();
        let b = serde_json::to_value(run_allocation_json(&request(&reversed).to_string()).unwrap()).unwrap();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn working_days_are_working_days(start in 0i64..330, days in 0u16..25, swap in any::<bool>()) {
        let calendar = json!({"years": [2026],
            "holidays": [{"from": "2026-01-01", "to": "2026-01-03"}, {"from": "2026-02-15", "to": "2026-02-23"},
                         {"from": "2026-10-01", "to": "2026-10-07"}],
            "workdays": if swap { json!(["2026-01-04", "2026-02-14", "2026-02-28", "2026-10-10"]) } else { json!([]) }});
        let from = kaoping_core::Date::new(2026, 1, 1).unwrap().add_days(start).unwrap();
        let request = json!({"calendar": calendar, "from": from.to_string(), "days": days});
        let w = serde_json::to_value(run_working_days_json(&request.to_string()).unwrap()).unwrap();
        let counted = w["counted"].as_array().unwrap();
        prop_assert_eq!(counted.len(), usize::from(days));
        let mut previous = from.to_string();
        for d in counted {
            let date = d["date"].as_str().unwrap().to_owned();
            prop_assert!(date > previous);
            let kind = d["kind"].as_str().unwrap();
            prop_assert!(kind == "workday" || (swap && kind == "swappedWorkday"));
            previous = date;
        }
        prop_assert_eq!(w["end"].as_str().unwrap(), previous);
    }
}
