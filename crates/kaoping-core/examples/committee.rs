//! The README's three-rater committee: `cargo run -q -p kaoping-core --example committee`
//! assesses the cohort in `README.md` and prints its ranked table and each rated line.
use kaoping_core::rules::cohort::{assess_cohort, table, CohortInput, CohortOptions};
use kaoping_core::{Engine, Lang};

const README: &str = include_str!("../../../README.md");

fn block(name: &str) -> Option<&'static str> {
    let marker = format!("<!-- readme-committee:{name} -->");
    let after = README.split_once(marker.as_str())?.1;
    let body = after.get(after.find("```")?..)?.split_once('\n')?.1;
    body.get(..body.find("```")?)
}

fn main() {
    let (Some(scheme), Some(cohort)) = (block("scheme"), block("cohort")) else {
        println!("README blocks not found");
        return;
    };
    let engine = match Engine::from_json(scheme) {
        Ok(e) => e,
        Err(p) => return println!("{p}"),
    };
    let input: CohortInput = match kaoping_core::base::json::from_json_str(cohort) {
        Ok(i) => i,
        Err(p) => return println!("{p}"),
    };
    match assess_cohort(&engine, &input, &CohortOptions::default()) {
        Ok(result) => {
            print!("{}", table::render(&result, Lang::Zh));
            for e in &result.officers {
                if let Some(line) = e
                    .assessment
                    .as_ref()
                    .and_then(|a| a.explanation.iter().find(|l| l.text.starts_with("C1 ")))
                {
                    println!("{}  {}", e.officer.id, line.text);
                }
            }
        }
        Err(p) => println!("{p}"),
    }
}
