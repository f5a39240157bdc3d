// A variant's rename_all (of its fields) is checked like a container's.
#[derive(kaoping_json::ToJson)]
#[serde(tag = "kind")]
enum Shape {
    #[serde(rename_all = "kebab-case")]
    Box { side_length: u32 },
}

fn main() {}
