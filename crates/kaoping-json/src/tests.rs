use super::*;

#[test]
fn parses_and_writes_back() {
    let text = r#"{"a":[1,-2.5e3,true,null],"b":{"c":"x\"y\\z\n\u0001é"},"d":0}"#;
    let v = parse(text).unwrap();
    assert_eq!(to_string(&v), text);
    assert_eq!(v.get("d"), Some(&Json::Number("0".into())));
}

#[test]
fn syntax_errors_are_located_at_their_container() {
    let e = parse(r#"{"officer": {"id": "T-1""#).unwrap_err();
    assert_eq!((e.code(), e.path().as_str()), ("E_PARSE", "officer"));
    let e = parse(r#"{"a": [1, {"b": tru}]}"#).unwrap_err();
    assert_eq!((e.code(), e.path().as_str()), ("E_PARSE", "a[1]"));
    let e = parse(r#"{"a": 1 "b"}"#).unwrap_err();
    assert_eq!((e.code(), e.path().as_str()), ("E_PARSE", ""));
    assert_eq!(parse("1e400").unwrap_err().code(), "E_PARSE");
    assert_eq!(parse("[01]").unwrap_err().code(), "E_PARSE");
    assert_eq!(parse("\"\\ud800\"").unwrap_err().code(), "E_PARSE");
    assert_eq!(parse(&"[".repeat(200)).unwrap_err().code(), "E_LIMIT");
}

#[test]
fn integers_and_their_errors() {
    assert_eq!(from_str::<u32>("7").unwrap(), 7);
    assert_eq!(from_str::<u32>("-0").unwrap_err().code(), "E_TYPE");
    assert_eq!(from_str::<u32>("-1").unwrap_err().code(), "E_TYPE");
    assert_eq!(from_str::<u32>("1.5").unwrap_err().code(), "E_TYPE");
    assert_eq!(from_str::<u16>("70000").unwrap_err().code(), "E_TYPE");
    assert_eq!(from_str::<i64>("-9").unwrap(), -9);
    assert_eq!(from_str::<Vec<Option<u8>>>("[1,null]").unwrap(), vec![Some(1), None]);
    let e = from_str::<Vec<u8>>("[1,\"x\"]").unwrap_err();
    assert_eq!(e.path(), "[1]");
}

#[test]
fn floats_like_serde_json() {
    let mut values =
        vec![0.1, 1.0, 1e-6, 1.5e-5, 0.00012, 1e16, 1.2e16, 123456789.5, 1e15, -2.5, 1e21, 0.0, -0.0];
    let mut x = 1.234567e-9_f64;
    while x < 1e25 {
        // Up to 15 significant digits (what kaoping writes); beyond that two shortest forms
        // may tie and writers differ in the pick.
        let v: f64 = format!("{x:.11e}").parse().unwrap();
        values.push(v);
        values.push(-v * 3.0);
        x *= 7.3;
    }
    for v in values {
        let mut out = String::new();
        write_f64(&mut out, v);
        assert_eq!(out, serde_json::to_string(&v).unwrap(), "{v}");
    }
}

#[test]
fn strings_like_serde_json() {
    let s: String = (0u32..0x90).filter_map(char::from_u32).chain("é中/\\\"😀".chars()).collect();
    let mut out = String::new();
    write_str(&mut out, &s);
    assert_eq!(out, serde_json::to_string(&s).unwrap());
    assert_eq!(parse(&out).unwrap(), Json::String(s));
}

#[test]
fn a_malformed_value_is_a_syntax_error_before_a_type_error() {
    assert_eq!(from_str::<Vec<u8>>("not json").unwrap_err().code(), "E_PARSE");
    assert_eq!(from_str::<Vec<u8>>("nul").unwrap_err().code(), "E_PARSE");
    assert_eq!(from_str::<Vec<u8>>("null").unwrap_err().code(), "E_TYPE");
    assert_eq!(from_str::<Vec<u8>>("\"abc").unwrap_err().code(), "E_PARSE");
    assert_eq!(from_str::<Vec<u8>>("-x").unwrap_err().code(), "E_PARSE");
}
