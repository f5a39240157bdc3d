//! Assesses the built-in demo cohort, each officer with the scheme their dossier names, and
//! prints one ranked table per scheme (total, grade after vetoes, flags).
use kaoping_core::{builtin, AssessOptions, Engine};

fn main() {
    let options = AssessOptions { trace: false, fingerprint: false, ..AssessOptions::default() };
    let entries = builtin::demo_entries();
    for id in builtin::scheme_ids() {
        let engine = match builtin::scheme(id).and_then(Engine::new) {
            Ok(e) => e,
            Err(p) => {
                println!("{id}: {p}");
                continue;
            }
        };
        let mut rows = Vec::new();
        for e in entries.iter().filter(|e| e.scheme == id) {
            match engine.assess(&e.dossier, &options) {
                Ok(a) => rows.push(a),
                Err(p) => println!("{}: {p}", e.dossier.officer.id),
            }
        }
        rows.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.officer.id.cmp(&b.officer.id)));
        println!("\n{} {}（{}）", engine.scheme().title, engine.scheme().version, id);
        println!("{:>3}  {:<8} {:<14} {:>7}  {:<10} flags", "#", "id", "name", "total", "grade");
        for (i, a) in rows.iter().enumerate() {
            let grade = a.grade.as_ref().map_or("（不定等次）", |g| g.title.as_str());
            let mut flags = Vec::new();
            if a.flags.veto {
                flags.push("veto");
            }
            if a.flags.incomplete {
                flags.push("incomplete");
            }
            if a.flags.tolerance {
                flags.push("tolerance");
            }
            let total = a.total.format_dp(engine.scheme().precision);
            println!(
                "{:>3}  {:<8} {:<14} {:>7}  {:<10} {}",
                i + 1,
                a.officer.id,
                a.officer.name,
                total,
                grade,
                flags.join(",")
            );
        }
    }
}
