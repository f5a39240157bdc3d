//! The derives on small types: attributes, error codes and paths, written text.
#![allow(clippy::unwrap_used, clippy::panic, clippy::disallowed_types, missing_docs, dead_code)]

use kaoping_json::{from_str, to_string, FromJson, ToJson};
use std::collections::BTreeMap;

#[derive(Debug, PartialEq, FromJson, ToJson)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Outer {
    long_name: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    #[serde(default = "seven")]
    with_default: u8,
    #[serde(rename = "ref", default, skip_serializing_if = "Vec::is_empty")]
    reference: Vec<Shape>,
    #[serde(default)]
    by_key: BTreeMap<String, Kind>,
}

fn seven() -> u8 {
    7
}

#[derive(Debug, PartialEq, Clone, Copy, FromJson, ToJson)]
#[serde(rename_all = "camelCase")]
enum Kind {
    HigherIsBetter,
    Lower,
}

#[derive(Debug, PartialEq, FromJson, ToJson)]
#[serde(tag = "type", rename_all = "camelCase", deny_unknown_fields)]
enum Shape {
    #[serde(rename_all = "camelCase")]
    Circle {
        radius_mm: u32,
    },
    Empty {},
}

#[derive(Debug, PartialEq, FromJson, ToJson)]
#[serde(rename_all = "camelCase")]
enum Cond {
    All(Vec<Cond>),
    Flag(Kind),
}

#[derive(Debug, PartialEq, FromJson, ToJson)]
#[serde(transparent)]
struct Id(String);

fn err<T: FromJson + std::fmt::Debug>(text: &str) -> (String, String) {
    let e = from_str::<T>(text).unwrap_err();
    (e.code().to_owned(), e.path())
}

#[test]
fn reads_and_writes_with_the_serde_attributes() {
    let text = r#"{"longName":3,"ref":[{"radiusMm":2,"type":"circle"},{"type":"empty"}],"byKey":{"a":"higherIsBetter"}}"#;
    let v: Outer = from_str(text).unwrap();
    assert_eq!(v.long_name, 3);
    assert_eq!(v.note, None);
    assert_eq!(v.with_default, 7);
    assert_eq!(v.reference, vec![Shape::Circle { radius_mm: 2 }, Shape::Empty {}]);
    assert_eq!(
        to_string(&v),
        r#"{"longName":3,"withDefault":7,"ref":[{"type":"circle","radiusMm":2},{"type":"empty"}],"byKey":{"a":"higherIsBetter"}}"#
    );
    let c: Cond = from_str(r#"{"all":[{"flag":"lower"}]}"#).unwrap();
    assert_eq!(c, Cond::All(vec![Cond::Flag(Kind::Lower)]));
    assert_eq!(to_string(&c), r#"{"all":[{"flag":"lower"}]}"#);
    assert_eq!(from_str::<Id>("\"x\"").unwrap(), Id("x".into()));
}

#[test]
fn errors_have_codes_and_paths() {
    let e = |t| err::<Outer>(t);
    assert_eq!(e(r#"{"longName":1,"colour":1}"#), ("E_UNKNOWN_FIELD".into(), "colour".into()));
    assert_eq!(e(r#"{"note":"x"}"#), ("E_MISSING_FIELD".into(), "".into()));
    assert_eq!(e(r#"{"longName":"x"}"#), ("E_TYPE".into(), "longName".into()));
    assert_eq!(e(r#"{"longName":1,"longName":2}"#), ("E_PARSE".into(), "longName".into()));
    assert_eq!(
        e(r#"{"longName":1,"ref":[{"type":"square"}]}"#),
        ("E_UNKNOWN_VARIANT".into(), "ref[0].type".into())
    );
    assert_eq!(e(r#"{"longName":1,"ref":[{"radiusMm":1}]}"#), ("E_MISSING_FIELD".into(), "ref[0]".into()));
    assert_eq!(
        e(r#"{"longName":1,"ref":[{"type":"circle","radiusMm":1,"x":0}]}"#),
        ("E_UNKNOWN_FIELD".into(), "ref[0].x".into())
    );
    assert_eq!(
        e(r#"{"longName":1,"byKey":{"k":"sideways"}}"#),
        ("E_UNKNOWN_VARIANT".into(), "byKey.k".into())
    );
    assert_eq!(e(r#"{"longName":1,"ref":[{"type":"circle","radiusMm":1}"#), ("E_PARSE".into(), "ref".into()));
    assert_eq!(
        e(r#"{"longName":1,"ref":[{"type":"circle","radiusMm":tru}]}"#),
        ("E_PARSE".into(), "ref[0]".into())
    );
    assert_eq!(err::<Cond>(r#"{"any":[]}"#), ("E_UNKNOWN_VARIANT".into(), "any".into()));
}

#[derive(Debug, PartialEq, FromJson, ToJson)]
struct Skippable {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    a: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    b: Option<u8>,
    c: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    d: Option<u8>,
    e: Option<u8>,
}

#[test]
fn commas_are_right_whichever_members_are_skipped() {
    let all = [None, Some(1)];
    for a in all {
        for b in all {
            for d in all {
                for e in all {
                    let v = Skippable { a, b, c: 3, d, e };
                    let mut parts = Vec::new();
                    for (k, x) in [("a", a), ("b", b)] {
                        if let Some(x) = x {
                            parts.push(format!("\"{k}\":{x}"));
                        }
                    }
                    parts.push("\"c\":3".to_owned());
                    if let Some(d) = d {
                        parts.push(format!("\"d\":{d}"));
                    }
                    parts.push(e.map_or("\"e\":null".to_owned(), |e| format!("\"e\":{e}")));
                    let text = to_string(&v);
                    assert_eq!(text, format!("{{{}}}", parts.join(",")));
                    assert_eq!(from_str::<Skippable>(&text).unwrap(), v);
                }
            }
        }
    }
    // `e` is an Option without a default: absent reads as None; `c` is required.
    assert_eq!(from_str::<Skippable>(r#"{"c":3}"#).unwrap().e, None);
    assert_eq!(err::<Skippable>(r#"{"a":1}"#).0, "E_MISSING_FIELD");
}

// ---- reading in place: placeholders, defaults, read_into --------------------------------------

/// `Default` differs from the serde defaults on purpose: a field of this type with
/// `#[serde(default)]` must start out as `Default::default()` when absent, and read with the
/// serde defaults when present.
#[derive(Debug, PartialEq, FromJson)]
#[serde(deny_unknown_fields)]
struct Inner {
    #[serde(default = "seven")]
    n: u8,
    req: u32,
    #[serde(default)]
    tags: Vec<String>,
}

impl Default for Inner {
    fn default() -> Inner {
        Inner { n: 0, req: 5, tags: vec!["d".into()] }
    }
}

#[derive(Debug, PartialEq, FromJson)]
#[serde(deny_unknown_fields)]
struct Holder {
    #[serde(default)]
    inner: Inner,
    plain: Inner,
    maybe: Option<Inner>,
    list: Vec<Inner>,
    #[serde(default)]
    flags: Option<bool>,
}

#[derive(Debug, PartialEq, FromJson)]
#[serde(default)]
struct AllDefault {
    a: u8,
    inner: Inner,
    #[serde(default = "seven")]
    b: u8,
}

impl Default for AllDefault {
    fn default() -> AllDefault {
        AllDefault { a: 9, inner: Inner { n: 1, req: 2, tags: Vec::new() }, b: 3 }
    }
}

#[test]
fn fields_are_read_in_place_with_the_right_values_for_absent() {
    let h: Holder =
        from_str(r#"{"plain":{"req":1},"maybe":null,"list":[{"req":2,"n":3},{"req":4}]}"#).unwrap();
    // Absent with `default`: the type's Default, not its placeholder.
    assert_eq!(h.inner, Inner::default());
    // Present: the serde defaults of its own absent fields.
    assert_eq!(h.plain, Inner { n: 7, req: 1, tags: vec![] });
    assert_eq!(h.maybe, None);
    assert_eq!(h.list, vec![Inner { n: 3, req: 2, tags: vec![] }, Inner { n: 7, req: 4, tags: vec![] }]);
    assert_eq!(h.flags, None);
    let h: Holder = from_str(
        r#"{"inner":{"req":8},"plain":{"req":1,"tags":["x"]},"maybe":{"req":6},"list":[],"flags":true}"#,
    )
    .unwrap();
    assert_eq!(h.inner, Inner { n: 7, req: 8, tags: vec![] });
    assert_eq!(h.plain.tags, vec!["x".to_owned()]);
    assert_eq!(h.maybe, Some(Inner { n: 7, req: 6, tags: vec![] }));
    assert_eq!(h.flags, Some(true));

    // A container default: absent fields from its Default, a field's own default first.
    let a: AllDefault = from_str("{}").unwrap();
    assert_eq!(a, AllDefault { a: 9, inner: Inner { n: 1, req: 2, tags: Vec::new() }, b: 7 });
    let a: AllDefault = from_str(r#"{"inner":{"req":4}}"#).unwrap();
    assert_eq!(a.inner, Inner { n: 7, req: 4, tags: vec![] });
}

#[test]
fn in_place_errors_keep_their_codes_and_paths() {
    let e = |t| err::<Holder>(t);
    // The first required field absent, in declaration order.
    assert_eq!(e("{}"), ("E_MISSING_FIELD".into(), "".into()));
    assert_eq!(from_str::<Holder>("{}").unwrap_err().message(), "missing field `plain`");
    // An `Option` without a default is not required (serde reads it as `None`).
    assert_eq!(from_str::<Holder>(r#"{"plain":{"req":1}}"#).unwrap_err().message(), "missing field `list`");
    assert_eq!(e(r#"{"plain":{}}"#), ("E_MISSING_FIELD".into(), "plain".into()));
    // A member given twice, also after `null`.
    assert_eq!(e(r#"{"maybe":null,"maybe":{"req":1}}"#), ("E_PARSE".into(), "maybe".into()));
    assert_eq!(e(r#"{"flags":true,"flags":null}"#), ("E_PARSE".into(), "flags".into()));
    assert_eq!(e(r#"{"inner":{"req":1},"inner":{"req":1}}"#), ("E_PARSE".into(), "inner".into()));
    // Errors inside values read in place.
    assert_eq!(e(r#"{"maybe":{"req":"x"}}"#), ("E_TYPE".into(), "maybe.req".into()));
    assert_eq!(e(r#"{"list":[{"req":1},{"req":1,"n":300}]}"#), ("E_TYPE".into(), "list[1].n".into()));
    assert_eq!(e(r#"{"inner":{"req":1,"zz":0}}"#), ("E_UNKNOWN_FIELD".into(), "inner.zz".into()));
    assert_eq!(e(r#"{"plain":[]}"#), ("E_TYPE".into(), "plain".into()));
    assert_eq!(
        from_str::<Holder>(r#"{"plain":[]}"#).unwrap_err().message(),
        "invalid type: sequence, expected struct Inner"
    );
    assert_eq!(err::<Kind>("\"sideways\""), ("E_UNKNOWN_VARIANT".into(), "".into()));
    assert_eq!(err::<Kind>("3"), ("E_TYPE".into(), "".into()));
    assert_eq!(
        from_str::<Vec<Kind>>(r#"["lower","higherIsBetter"]"#).unwrap(),
        vec![Kind::Lower, Kind::HigherIsBetter]
    );
}

/// The placeholder of a recursive enum must not recurse: `Not` (a `Box` of itself) comes first.
#[derive(Debug, PartialEq, FromJson)]
#[serde(rename_all = "camelCase")]
enum Rec {
    Not(Box<Rec>),
    All(Vec<Rec>),
    Leaf(u8),
}

#[derive(Debug, PartialEq, FromJson)]
struct HasRec {
    when: Rec,
    list: Vec<Rec>,
}

#[test]
fn recursive_enums_have_a_finite_placeholder() {
    assert_eq!(<Rec as FromJson>::placeholder(), Rec::All(Vec::new()));
    let h: HasRec = from_str(r#"{"when":{"not":{"leaf":1}},"list":[{"all":[]},{"leaf":2}]}"#).unwrap();
    assert_eq!(h.when, Rec::Not(Box::new(Rec::Leaf(1))));
    assert_eq!(h.list, vec![Rec::All(vec![]), Rec::Leaf(2)]);
}
