// The one set of attributes compiles with kaoping-json's derives alone (serde's derive is
// behind the core's `serde` feature), and means what serde means by it.
#[derive(kaoping_json::FromJson, kaoping_json::ToJson, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Indicator {
    max_score: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(deserialize_with = "ignored_by_kaoping_json")]
    #[json(from_json_with = "read_twice")]
    weight: u32,
}

fn read_twice(r: &mut kaoping_json::Reader<'_>) -> Result<u32, kaoping_json::Error> {
    let n: u32 = kaoping_json::FromJson::from_json(r)?;
    Ok(n * 2)
}

fn main() {
    let i: Indicator = kaoping_json::from_str(r#"{"maxScore":10,"weight":3}"#).unwrap();
    assert_eq!(i, Indicator { max_score: 10, note: None, weight: 6 });
    assert_eq!(kaoping_json::to_string(&i), r#"{"maxScore":10,"weight":6}"#);
    assert!(kaoping_json::from_str::<Indicator>(r#"{"max_score":10,"weight":3}"#).is_err());
}
