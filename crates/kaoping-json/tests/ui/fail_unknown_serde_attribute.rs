// flatten is not implemented: refused, not ignored.
#[derive(kaoping_json::FromJson)]
struct Outer {
    #[serde(flatten)]
    inner: Inner,
}

#[derive(kaoping_json::FromJson)]
struct Inner {
    a: u32,
}

fn main() {}
