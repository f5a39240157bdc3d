//! Runs the `## Example` of the root README: assesses its dossier with its scheme and prints the
//! explanation, one line per rule.

#[path = "../tests/readme/mod.rs"]
mod readme;

fn main() {
    match readme::run() {
        Ok((_, text)) => print!("{text}"),
        Err(problems) => eprintln!("{problems}"),
    }
}
