//! Embeds the built-in JSON (schemes, demo data, tolerance policies) minified: whitespace
//! outside strings is dropped and everything else is kept byte for byte, so the texts parse to
//! the same values. The package's `.wasm` carries ~10 KB less.

use std::path::Path;
use std::{env, fs, io};

/// Drops JSON whitespace outside string literals.
fn minify(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
        } else if !matches!(c, ' ' | '\t' | '\r' | '\n') {
            out.push(c);
            in_string = c == '"';
        }
    }
    out
}

fn main() -> io::Result<()> {
    let out = env::var_os("OUT_DIR").ok_or_else(|| io::Error::other("OUT_DIR is not set"))?;
    for dir in ["schemes", "policies"] {
        println!("cargo:rerun-if-changed={dir}");
        let target = Path::new(&out).join(dir);
        fs::create_dir_all(&target)?;
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            if let (Some(name), true) = (path.file_name(), path.extension().is_some_and(|e| e == "json")) {
                fs::write(target.join(name), minify(&fs::read_to_string(&path)?))?;
            }
        }
    }
    Ok(())
}
