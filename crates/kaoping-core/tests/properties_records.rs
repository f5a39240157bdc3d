//! Derived inputs equal a naive reference over random case records (issue #15 item 10): random
//! records (fields present or absent, dates either side of the period), random filters nested up
//! to three deep, every aggregation, with and without an as-of date. The reference below is
//! written from the rules as documented, independently of `rules::records`: plain structs,
//! day numbers instead of dates, integer arithmetic.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)] // test code
#![allow(clippy::disallowed_methods)] // the reference may use std's sort and integer parsing (not in the package)

use kaoping_core::base::json::from_json_str;
use kaoping_core::model::records::Record;
use kaoping_core::model::scheme::Derivation;
use kaoping_core::{Date, Decimal, Dossier, Scheme};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Day 0 is 2025-06-01; the period is 2026-01-01 (day 214) to 2026-12-31 (day 578).
const START: i64 = 214;
const END: i64 = 578;

#[derive(Clone, Debug)]
struct Rec {
    filed: i64,
    closed: Option<i64>,
    limit: Option<i64>,
    days: Option<i64>,
    procedure: Option<&'static str>,
    role: Option<&'static str>,
    reversed: Option<bool>,
}

#[derive(Clone, Debug)]
enum F {
    All(Vec<F>),
    Any(Vec<F>),
    Not(Box<F>),
    DaysGt(i64),
    ProcedureIn(Vec<&'static str>),
    Present(&'static str),
    InPeriod(&'static str),
    SpanLeLimit,
    SpanGt(i64),
    Undertaker,
    Reversed(bool),
}

fn rec() -> impl Strategy<Value = Rec> {
    (
        // dates either side of the period's ends often, so that the ends' tests are told apart
        prop_oneof![0i64..760, prop::sample::select(vec![START - 1, START, END, END + 1])],
        prop::option::of(prop_oneof![0i64..200, Just(0i64), Just(1i64)]),
        prop::option::of(-2i64..=2),
        prop::option::of(0i64..400),
        prop::option::of(prop::sample::select(vec!["first", "second"])),
        prop::option::of(prop::sample::select(vec!["undertaker", "member"])),
        prop::option::of(any::<bool>()),
    )
        .prop_map(|(filed, span, near, days, procedure, role, reversed)| Rec {
            filed,
            closed: span.map(|s| filed + s),
            // the time limit lies around the span, so that ≤ and < are told apart
            limit: near.map(|n| (span.unwrap_or(60) + n).max(1)),
            days,
            procedure,
            role,
            reversed,
        })
}

fn filter() -> impl Strategy<Value = F> {
    let leaf = prop_oneof![
        (0i64..300).prop_map(F::DaysGt),
        prop::sample::subsequence(vec!["first", "second"], 0..=2).prop_map(F::ProcedureIn),
        prop::sample::select(vec!["closed", "limitDays", "days", "procedure", "role", "reversed"])
            .prop_map(F::Present),
        prop::sample::select(vec!["filed", "closed"]).prop_map(F::InPeriod),
        Just(F::SpanLeLimit),
        (0i64..150).prop_map(F::SpanGt),
        Just(F::Undertaker),
        any::<bool>().prop_map(F::Reversed),
    ];
    leaf.prop_recursive(3, 16, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(F::All),
            prop::collection::vec(inner.clone(), 0..3).prop_map(F::Any),
            inner.prop_map(|f| F::Not(Box::new(f))),
        ]
    })
}

fn filter_json(f: &F) -> Value {
    match f {
        F::All(of) => json!({"test": "all", "of": of.iter().map(filter_json).collect::<Vec<_>>()}),
        F::Any(of) => json!({"test": "any", "of": of.iter().map(filter_json).collect::<Vec<_>>()}),
        F::Not(of) => json!({"test": "not", "of": filter_json(of)}),
        F::DaysGt(n) => json!({"test": "compare", "field": "days", "op": "gt", "value": n}),
        F::ProcedureIn(v) => json!({"test": "in", "field": "procedure", "values": v}),
        F::Present(f) => json!({"test": "present", "field": f}),
        F::InPeriod(f) => json!({"test": "inPeriod", "field": f}),
        F::SpanLeLimit => {
            json!({"test": "days", "from": "filed", "to": "closed", "op": "le", "than": "limitDays"})
        }
        F::SpanGt(n) => json!({"test": "days", "from": "filed", "to": "closed", "op": "gt", "value": n}),
        F::Undertaker => json!({"test": "compare", "field": "role", "op": "eq", "value": "undertaker"}),
        F::Reversed(b) => json!({"test": "compare", "field": "reversed", "op": "eq", "value": b}),
    }
}

/// The reference: a record as known at the as-of day (a date after it is not known yet).
fn holds(f: &F, r: &Rec, as_of: Option<i64>) -> bool {
    let known = |d: Option<i64>| d.filter(|d| as_of.is_none_or(|a| *d <= a));
    let closed = known(r.closed);
    let end = as_of.map_or(END, |a| a.min(END));
    match f {
        F::All(of) => of.iter().all(|f| holds(f, r, as_of)),
        F::Any(of) => of.iter().any(|f| holds(f, r, as_of)),
        F::Not(of) => !holds(of, r, as_of),
        F::DaysGt(n) => r.days.is_some_and(|d| d > *n),
        F::ProcedureIn(v) => r.procedure.is_some_and(|p| v.contains(&p)),
        F::Present(field) => match *field {
            "closed" => closed.is_some(),
            "limitDays" => r.limit.is_some(),
            "days" => r.days.is_some(),
            "procedure" => r.procedure.is_some(),
            "role" => r.role.is_some(),
            _ => r.reversed.is_some(),
        },
        F::InPeriod(field) => {
            let d = if *field == "filed" { known(Some(r.filed)) } else { closed };
            d.is_some_and(|d| (START..=end).contains(&d))
        }
        F::SpanLeLimit => matches!((closed, r.limit), (Some(c), Some(l)) if c - r.filed <= l),
        F::SpanGt(n) => closed.is_some_and(|c| c - r.filed > *n),
        F::Undertaker => r.role == Some("undertaker"),
        F::Reversed(b) => r.reversed == Some(*b),
    }
}

/// The reference aggregation in millionths: (value, kept indices).
fn reference(aggregate: &str, recs: &[Rec], f: &F, as_of: Option<i64>) -> (Option<i64>, Vec<usize>) {
    let kept: Vec<usize> = (0..recs.len())
        .filter(|&i| as_of.is_none_or(|a| recs[i].filed <= a))
        .filter(|&i| holds(f, &recs[i], as_of))
        .collect();
    let days: Vec<i64> = kept.iter().filter_map(|&i| recs[i].days).collect();
    let m = 1_000_000;
    let value = match aggregate {
        "count" => Some(kept.len() as i64 * m),
        "sum" => Some(days.iter().sum::<i64>() * m),
        "mean" if days.is_empty() => None,
        "mean" => {
            // half away from zero at six places (all values are ≥ 0)
            let (n, d) = (days.iter().sum::<i64>() * m, days.len() as i64);
            Some((2 * n + d) / (2 * d))
        }
        "min" => days.iter().min().map(|v| v * m),
        "max" => days.iter().max().map(|v| v * m),
        _ => {
            let mut p: Vec<&str> = kept.iter().filter_map(|&i| recs[i].procedure).collect();
            p.sort_unstable();
            p.dedup();
            Some(p.len() as i64 * m)
        }
    };
    (value, kept)
}

fn scheme() -> Scheme {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/fixtures/assess/070-records-derive-every-aggregation.json"),
    )
    .unwrap();
    let f: Value = serde_json::from_str(&text).unwrap();
    Scheme::from_json(&f["input"]["scheme"].to_string()).unwrap()
}

fn record_json(i: usize, r: &Rec, dates: &[String]) -> Value {
    let mut fields = json!({"filed": dates[r.filed as usize]});
    if let Some(c) = r.closed {
        fields["closed"] = json!(dates[c as usize]);
    }
    if let Some(l) = r.limit {
        fields["limitDays"] = json!(l);
    }
    if let Some(d) = r.days {
        fields["days"] = json!(d);
    }
    if let Some(p) = r.procedure {
        fields["procedure"] = json!(p);
    }
    if let Some(role) = r.role {
        fields["role"] = json!(role);
    }
    if let Some(b) = r.reversed {
        fields["reversed"] = json!(b);
    }
    json!({"kind": "case", "id": format!("（2026）示{i}号"), "fields": fields})
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn derived_inputs_equal_the_naive_reference(
        recs in prop::collection::vec(rec(), 0..25),
        f in filter(),
        aggregate in prop::sample::select(vec!["count", "sum", "mean", "min", "max", "distinct"]),
        as_of in prop::option::of(START..=END),
    ) {
        let dates: Vec<String> = date_texts();
        let scheme = scheme();
        let records: Vec<Record> = recs
            .iter()
            .enumerate()
            .map(|(i, r)| from_json_str(&record_json(i, r, &dates).to_string()).unwrap())
            .collect();
        let field = match aggregate { "count" => None, "distinct" => Some("procedure"), _ => Some("days") };
        let mut d = json!({"from": "case", "aggregate": aggregate, "where": filter_json(&f)});
        if let Some(field) = field { d["field"] = json!(field); }
        let derivation: Derivation = from_json_str(&d.to_string()).unwrap();
        let mut dossier: Dossier = from_json_str(r#"{"officer": {"id": "J-1", "name": "张三"}}"#).unwrap();
        dossier.as_of = as_of.map(|a| Date::parse(&dates[a as usize]).unwrap());
        let window = kaoping_core::rules::records::Window::of(&scheme, &dossier);
        let got = kaoping_core::rules::records::derive_one(&scheme, &derivation, &records, &window, &"x".into());
        let (want, kept) = reference(aggregate, &recs, &f, as_of);
        prop_assert_eq!(got.value.map(Decimal::micros), want);
        let ids: Vec<String> = kept.iter().map(|i| format!("（2026）示{i}号")).collect();
        prop_assert_eq!(got.records.iter().map(|r| r.as_str().to_owned()).collect::<Vec<_>>(), ids);
    }
}

/// Day `i`'s date text, for every day the strategies use.
fn date_texts() -> Vec<String> {
    thread_local! {
        static DATES: Vec<String> = {
            let mut out = vec!["2025-06-01".to_owned()];
            for _ in 1..1000 {
                let last = out.last().unwrap().clone();
                let (y, m, d) = (last[0..4].parse::<u16>().unwrap(), last[5..7].parse::<u8>().unwrap(), last[8..10].parse::<u8>().unwrap());
                let next = Date::new(y, m, d + 1).or_else(|| Date::new(y, m + 1, 1)).or_else(|| Date::new(y + 1, 1, 1)).unwrap();
                out.push(next.to_string());
            }
            out
        };
    }
    DATES.with(Clone::clone)
}

#[test]
fn the_day_numbers_match_the_period() {
    let dates = date_texts();
    assert_eq!(dates[START as usize], "2026-01-01");
    assert_eq!(dates[END as usize], "2026-12-31");
}
