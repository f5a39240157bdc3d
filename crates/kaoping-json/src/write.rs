//! The compact writer's pieces: strings escaped and floats laid out as serde_json writes them.

use crate::{Json, ToJson};

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Appends `s` as a JSON string, escaped as serde_json escapes it (`"`, `\`, control
/// characters; everything else, non-ASCII included, as is).
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &str = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        // `i` is at an ASCII byte, so both slices are on character boundaries.
        out.push_str(s.get(run..i).unwrap_or_default());
        if escape.is_empty() {
            out.push_str("\\u00");
            out.push(char::from(HEX.get(usize::from(b >> 4)).copied().unwrap_or(b'0')));
            out.push(char::from(HEX.get(usize::from(b & 0xf)).copied().unwrap_or(b'0')));
        } else {
            out.push_str(escape);
        }
        run = i + 1;
    }
    out.push_str(s.get(run..).unwrap_or_default());
    out.push('"');
}

/// Appends `digits` (no sign, no leading zeros) × 10^`k` laid out as ryu (serde_json's float
/// writer) lays it out: `0.0001`, `12.5`, `100.0`, `1e-7`, `1.5e21`.
pub fn write_number_layout(out: &mut String, negative: bool, digits: &str, k: i32) {
    if negative {
        out.push('-');
    }
    let n = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let kk = n + k;
    if (0..=16).contains(&kk) && k >= 0 {
        out.push_str(digits);
        for _ in 0..k {
            out.push('0');
        }
        out.push_str(".0");
    } else if 0 < kk && kk <= 16 {
        let (a, b) = digits.split_at(usize::try_from(kk).unwrap_or(0).min(digits.len()));
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    } else if -5 < kk && kk <= 0 {
        out.push_str("0.");
        for _ in 0..-kk {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let (a, b) = digits.split_at(1.min(digits.len()));
        out.push_str(a);
        if !b.is_empty() {
            out.push('.');
            out.push_str(b);
        }
        out.push('e');
        if kk > 0 {
            out.push('+');
        }
        out.push_str(&(kk - 1).to_string());
    }
}

/// Appends a float as serde_json writes it (shortest round-trip digits, ryu's layout; `null`
/// when not finite).
#[allow(clippy::disallowed_methods, reason = "an integer parse (the exponent): no float tables")]
pub fn write_f64(out: &mut String, v: f64) {
    if !v.is_finite() {
        out.push_str("null");
        return;
    }
    if v == 0.0 {
        out.push_str(if v.is_sign_negative() { "-0.0" } else { "0.0" });
        return;
    }
    // `{:e}` gives the shortest round-trip digits: `-1.2345e3`.
    let sci = format!("{v:e}");
    let (negative, body) = match sci.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, sci.as_str()),
    };
    let (mantissa, exp) = body.split_once('e').unwrap_or((body, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let n = i32::try_from(digits.len()).unwrap_or(0);
    write_number_layout(out, negative, &digits, exp - (n - 1));
}

impl ToJson for Json {
    fn to_json(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_str(out, s),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.to_json(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (k, v)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(out, k);
                    out.push(':');
                    v.to_json(out);
                }
                out.push('}');
            }
        }
    }
}
