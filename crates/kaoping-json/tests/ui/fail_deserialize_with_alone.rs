// serde reads this field through `parse_count`; kaoping-json would read it as a plain u32
// unless told how, so a deserialize_with without #[json(from_json_with)] is refused.
#[derive(kaoping_json::FromJson)]
struct Tally {
    #[serde(deserialize_with = "parse_count")]
    count: u32,
}

fn main() {}
