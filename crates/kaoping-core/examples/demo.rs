//! Assesses the built-in demo cohort, scheme by scheme, with `assess_cohort` and prints the
//! ranked table: totals, grades after quotas, flags.
#![allow(clippy::disallowed_types, clippy::disallowed_methods)]
use kaoping_core::rules::cohort::{assess_cohort, table, CohortOptions};
use kaoping_core::{api::builtin, Engine, Lang};
use std::collections::BTreeMap;

fn main() {
    let mut by_scheme: BTreeMap<String, Vec<kaoping_core::Dossier>> = BTreeMap::new();
    for e in builtin::demo_entries() {
        by_scheme.entry(e.scheme).or_default().push(e.dossier);
    }
    for (scheme_id, dossiers) in by_scheme {
        let engine = match builtin::scheme(&scheme_id).and_then(Engine::new) {
            Ok(e) => e,
            Err(p) => {
                println!("{scheme_id}: {p}\n");
                continue;
            }
        };
        let input = builtin::demo_cohort_input(engine.scheme(), dossiers);
        let options = CohortOptions { trace: false, ..CohortOptions::default() };
        println!("== {}（{} {}）==", engine.scheme().title, scheme_id, engine.scheme().version);
        match assess_cohort(&engine, &input, &options) {
            Ok(result) => {
                print!("{}", table::render(&result, Lang::Zh));
                if let Some(c) = &input.committee {
                    let recusals: Vec<String> =
                        c.recusals.iter().map(|r| format!("{} 对 {} 回避", r.rater, r.officer)).collect();
                    println!(
                        "考评委员会 {} 人，评分表 {} 份{}",
                        c.members.len(),
                        input.sheets.len(),
                        if recusals.is_empty() {
                            String::new()
                        } else {
                            format!("；{}", recusals.join("、"))
                        }
                    );
                }
                for w in &result.warnings.0 {
                    println!("提示 {}：{}", w.code, w.message);
                }
                if let Some(fp) = &result.fingerprint {
                    println!("结果指纹 {}", fp.get(..16).unwrap_or(fp));
                }
            }
            Err(p) => println!("{p}"),
        }
        println!();
    }
}
