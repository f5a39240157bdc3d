//! Writes the fixture roster `tests/fixtures/roster.xlsx` (three officers of the
//! court-judge scheme under the core's roster template), which the web app's browser test
//! imports: `cargo run -p kaoping-office --example make-roster` from the repository root. A test
//! (`tests/roster_fixture.rs`) fails when the committed file differs from what this writes.

mod roster;

fn main() -> std::process::ExitCode {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    match roster::bytes() {
        Ok(bytes) => match std::fs::write(root.join(roster::PATH), bytes) {
            Ok(()) => {
                println!("wrote {}", roster::PATH);
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}: {e}", roster::PATH);
                std::process::ExitCode::FAILURE
            }
        },
        Err(problems) => {
            for p in &problems.0 {
                eprintln!("{} {}: {}", p.code, p.path, p.message);
            }
            std::process::ExitCode::FAILURE
        }
    }
}
