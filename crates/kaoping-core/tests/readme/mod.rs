//! The `## Example` of the root README: its scheme, its dossier and the output it shows.

/// The root README.
pub const README: &str = include_str!("../../../../README.md");

/// The fenced block that follows `<!-- readme-example:{name} -->` in the README.
pub fn block(name: &str) -> Option<&'static str> {
    let marker = format!("<!-- readme-example:{name} -->");
    let after = README.split_once(marker.as_str())?.1;
    let fence_start = after.find("```")?;
    let body = after.get(fence_start..)?.split_once('\n')?.1;
    let end = body.find("```")?;
    body.get(..end)
}

/// Assesses the README's dossier with the README's scheme; returns the assessment and the lines
/// the example prints (the explanation texts).
pub fn run() -> Result<(kaoping_core::Assessment, String), kaoping_core::Problems> {
    let none = || {
        kaoping_core::Problems::one(
            kaoping_core::Code::Parse,
            "",
            kaoping_core::base::message::Message::given("README block not found", "找不到 README 中的代码块"),
        )
    };
    let engine = kaoping_core::Engine::from_json(block("scheme").ok_or_else(none)?)?;
    let dossier = kaoping_core::Dossier::from_json(block("dossier").ok_or_else(none)?)?;
    let assessment = engine.assess(&dossier, &kaoping_core::AssessOptions::default())?;
    let mut text = String::new();
    for line in &assessment.explanation {
        text.push_str(&line.text);
        text.push('\n');
    }
    Ok((assessment, text))
}
