// kaoping-json's own attribute knows one key.
#[derive(kaoping_json::FromJson)]
struct Tally {
    #[json(to_json_with = "write_count")]
    count: u32,
}

fn main() {}
