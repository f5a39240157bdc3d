// serde would write `MAX_SCORE`; the derive implements no SCREAMING_SNAKE_CASE, so it refuses
// the rule rather than write another member name than serde.
#[derive(kaoping_json::FromJson)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
struct Item {
    max_score: u32,
}

fn main() {}
