//! The indented writer: the compact text laid out as `serde_json::to_string_pretty` lays it out
//! (two spaces per level, `"key": value`, `[]` and `{}` for empty containers).

use crate::ToJson;

/// The indented JSON text of `value`: the same bytes as `serde_json::to_string_pretty`.
pub fn to_string_pretty<T: ToJson + ?Sized>(value: &T) -> String {
    indent(&crate::to_string(value))
}

fn newline(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Lays out compact JSON text (as the compact writer writes it: no whitespace outside strings)
/// with indentation. Not generic: one copy serves every type.
#[inline(never)]
pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                let close = if c == '{' { '}' } else { ']' };
                if chars.peek() == Some(&close) {
                    chars.next();
                    out.push(close);
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::indent;

    #[test]
    fn containers_are_indented_two_spaces_a_level() {
        let text = r#"{"a":[1,{"b":null,"c":"x,y:{"}],"d":{},"e":[],"f":"q\"}"}"#;
        let expected =
            "{\n  \"a\": [\n    1,\n    {\n      \"b\": null,\n      \"c\": \"x,y:{\"\n    }\n  ],\n  \
                        \"d\": {},\n  \"e\": [],\n  \"f\": \"q\\\"}\"\n}";
        assert_eq!(indent(text), expected);
    }

    #[test]
    fn scalars_and_empty_containers_stay_on_one_line() {
        assert_eq!(indent("[]"), "[]");
        assert_eq!(indent("{}"), "{}");
        assert_eq!(indent("\"a\\\\\""), "\"a\\\\\"");
        assert_eq!(indent("-1.5e-7"), "-1.5e-7");
        assert_eq!(indent("[[]]"), "[\n  []\n]");
    }

    #[test]
    fn the_layout_is_serde_json_s() {
        // Keys in sorted order: serde_json::Value keeps its members sorted.
        for text in [
            r#"{"a":1,"b":[true,false,null],"c":{"d":"名\n","e":[[],{}]}}"#,
            r#"[{"x":[1,2,{"y":"\\\"]"}]},-0.0,1e-7]"#,
        ] {
            let v: serde_json::Value = serde_json::from_str(text).unwrap();
            let compact = serde_json::to_string(&v).unwrap();
            assert_eq!(indent(&compact), serde_json::to_string_pretty(&v).unwrap(), "{text}");
        }
    }
}
