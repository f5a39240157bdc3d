//! Problems found in input, with a stable code and a path into the input.
//!
//! Every failure caused by a scheme, a dossier or any other input is a [`Problem`]: a stable
//! [`Code`] that programs match on, a JSON path (`dimensions[1].indicators[3].weight`) that
//! locates it, a message for people, and a [`Severity`]. Validation collects *all* problems at
//! once into [`Problems`]. Messages are lowercase, quote user input, and have no final period.

use crate::base::lang::Lang;
use crate::base::message::Message;
use std::fmt;

pub use crate::base::code::{Code, Severity};

/// One problem in the input.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Clone, Debug, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// Stable code, e.g. `E_WEIGHT_SUM`.
    pub code: Code,
    /// JSON path into the input, e.g. `dimensions[1].indicators[3].weight`; empty for the root.
    pub path: String,
    /// What is wrong, for people, in English.
    pub message: String,
    /// What is wrong, for people, in Chinese (the same message as `message`).
    pub message_zh: String,
    /// Error or warning.
    pub severity: Severity,
}

impl Problem {
    /// A problem with the code's own severity, its message rendered in both languages.
    pub fn new(code: Code, path: impl Into<String>, message: impl Into<Message>) -> Problem {
        let message = message.into();
        Problem {
            code,
            path: path.into(),
            message: message.text(Lang::En),
            message_zh: message.text(Lang::Zh),
            severity: code.severity(),
        }
    }

    /// The message in `lang`.
    pub fn text(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.message_zh,
            Lang::En => &self.message,
        }
    }

    /// The same problem, said of one officer of a cohort (`officer `T-1`: …`, `人员「T-1」：…`).
    #[must_use]
    pub fn of_officer(self, officer: &str) -> Problem {
        Problem {
            message: format!("officer `{officer}`: {}", self.message),
            message_zh: format!("人员「{officer}」：{}", self.message_zh),
            ..self
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.code, self.message)
        } else {
            write!(f, "{} at {}: {}", self.code, self.path, self.message)
        }
    }
}

/// Every problem found in one input, errors and warnings together.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(
    Clone, Debug, Default, PartialEq, Eq, kaoping_json::ToJson, kaoping_json::FromJson, thiserror::Error,
)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[serde(transparent)]
pub struct Problems(pub Vec<Problem>);

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for p in &self.0 {
            if !first {
                f.write_str("; ")?;
            }
            first = false;
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl Problems {
    /// No problems.
    pub fn new() -> Problems {
        Problems(Vec::new())
    }

    /// A single problem.
    pub fn one(code: Code, path: impl Into<String>, message: impl Into<Message>) -> Problems {
        Problems(vec![Problem::new(code, path, message)])
    }

    /// Records a problem.
    pub fn push(&mut self, code: Code, path: impl Into<String>, message: impl Into<Message>) {
        self.0.push(Problem::new(code, path, message));
    }

    /// Whether any problem is an error (warnings alone do not block).
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(|p| p.severity == Severity::Error)
    }

    /// The errors.
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter().filter(|p| p.severity == Severity::Error)
    }

    /// The warnings.
    pub fn warnings(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter().filter(|p| p.severity == Severity::Warning)
    }

    /// Whether there is no problem at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Appends all problems of another list.
    pub fn extend(&mut self, other: Problems) {
        self.0.extend(other.0);
    }

    /// The problems of a part of a larger input, located from the larger input's root: each
    /// path goes under `prefix` (`prefix` itself for the part's root, `prefix.path` otherwise).
    pub fn under(self, prefix: &str) -> Problems {
        self.relocated(prefix, false)
    }

    /// Like [`Problems::under`], but a path that starts with an index joins without a dot
    /// (`prefix[0].id`), for parts that may be arrays.
    pub fn within(self, prefix: &str) -> Problems {
        self.relocated(prefix, true)
    }

    /// One copy of the path rewriting of [`Problems::under`] and [`Problems::within`].
    #[inline(never)]
    fn relocated(mut self, prefix: &str, index_joins: bool) -> Problems {
        for p in &mut self.0 {
            p.path = if p.path.is_empty() {
                prefix.to_owned()
            } else if index_joins && p.path.starts_with('[') {
                format!("{prefix}{}", p.path)
            } else {
                format!("{prefix}.{}", p.path)
            };
        }
        self
    }

    /// `Ok(warnings)` when there are no errors, `Err(all)` otherwise.
    pub fn into_result(self) -> Result<Problems, Problems> {
        if self.has_errors() {
            Err(self)
        } else {
            Ok(self)
        }
    }
}

/// Builds JSON paths: `Path::root().key("dimensions").index(1).key("weight")`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Path(String);

impl Path {
    /// The root of the input (empty path).
    pub fn root() -> Path {
        Path(String::new())
    }

    /// A field of this object.
    pub fn key(&self, key: &str) -> Path {
        if self.0.is_empty() {
            Path(key.to_owned())
        } else {
            let mut s = String::with_capacity(self.0.len() + 1 + key.len());
            s.push_str(&self.0);
            s.push('.');
            s.push_str(key);
            Path(s)
        }
    }

    /// An element of this array.
    pub fn index(&self, i: usize) -> Path {
        let mut s = String::with_capacity(self.0.len() + 6);
        s.push_str(&self.0);
        push_index(&mut s, i);
        Path(s)
    }

    /// The path as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Appends `[i]`.
fn push_index(s: &mut String, i: usize) {
    s.push('[');
    if i < 10 {
        s.push(char::from(b'0' + (i as u8)));
    } else {
        use std::fmt::Write;
        let _ = write!(s, "{i}");
    }
    s.push(']');
}

impl From<Path> for String {
    fn from(p: Path) -> String {
        p.0
    }
}

impl From<&Path> for String {
    fn from(p: &Path) -> String {
        p.0.clone()
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
