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

fn read_limited(text: &str, limits: Limits) -> Result<Json, Error> {
    let mut r = Reader::with_limits(text, limits)?;
    let v = Json::from_json(&mut r)?;
    r.finish()?;
    Ok(v)
}

const SMALL: Limits = Limits { max_bytes: 40, max_depth: 2, max_items: 3, max_string_bytes: 5 };

#[test]
fn limits_are_enforced_where_the_reader_meets_them() {
    // Within every limit: read as usual.
    assert!(read_limited(r#"[[1,2,3],{"abcde":"a\"b"}]"#, SMALL).is_ok());
    let limit_at = |text: &str| {
        let e = read_limited(text, SMALL).unwrap_err();
        assert_eq!(e.code(), "E_LIMIT", "{e}");
        (e.limit().unwrap(), e.path())
    };
    assert_eq!(limit_at(&" ".repeat(41)), (Limit::TextTooLarge { bytes: 41, max: 40 }, String::new()));
    assert_eq!(limit_at("[[[1]]]"), (Limit::TooDeep { max: 2 }, "[0][0]".to_owned()));
    assert_eq!(limit_at("[1,[1,2,3,4]]"), (Limit::ArrayTooLong { max: 3 }, "[1][3]".to_owned()));
    assert_eq!(
        limit_at(r#"{"a":{"a":1,"b":2,"c":3,"d":4}}"#),
        (Limit::ObjectTooLarge { max: 3 }, "a".to_owned())
    );
    // A string's bytes as written (escapes included), keys too; the whole length is reported.
    assert_eq!(limit_at(r#"{"k":"abcdef"}"#), (Limit::StringTooLong { bytes: 6, max: 5 }, "k".to_owned()));
    assert_eq!(limit_at(r#"["a\"cdefgh"]"#), (Limit::StringTooLong { bytes: 9, max: 5 }, "[0]".to_owned()));
    assert_eq!(limit_at(r#"{"abcdef":1}"#).0, Limit::StringTooLong { bytes: 6, max: 5 });
    let e = read_limited("[[[1]]]", SMALL).unwrap_err();
    assert_eq!(e.message(), "JSON nested deeper than 2 levels");
}

#[test]
fn limits_hold_in_skipped_values_and_read_ahead_tags() {
    #[derive(Debug)]
    struct Only;
    impl FromJson for Only {
        fn from_json(r: &mut Reader<'_>) -> Result<Self, Error> {
            // peek_tag reads ahead through the members, then reads them again: the member
            // count starts over, so three members are still admitted.
            let tag = r.peek_tag("t", "an object")?;
            assert_eq!(tag, "x");
            while r.next_field(&["t"], None, false)?.is_some() {
                r.skip_value()?;
            }
            Ok(Only)
        }
        fn placeholder() -> Self {
            Only
        }
    }
    let mut r = Reader::with_limits(r#"{"a":[1,2],"b":2,"t":"x"}"#, SMALL).unwrap();
    assert!(Only::from_json(&mut r).is_ok());
    let mut r = Reader::with_limits(r#"{"a":[[[1]]],"t":"x"}"#, SMALL).unwrap();
    assert_eq!(Only::from_json(&mut r).unwrap_err().limit(), Some(Limit::TooDeep { max: 2 }));
}

#[test]
fn a_million_deep_text_is_refused_at_the_depth_limit_without_deep_recursion() {
    let text = "[".repeat(1_000_000);
    let e = read_limited(&text, Limits { max_depth: 32, ..Limits::DEFAULT }).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::TooDeep { max: 32 }));
    assert_eq!(e.path(), "[0]".repeat(32));
}
