//! The attributes the derives read: `#[serde(...)]` (the one set every model type carries) and
//! `#[json(...)]` (kaoping-json's own counterparts). Whatever the derives do not implement is
//! refused here, at compile time, at the attribute: a serde attribute silently ignored would
//! make kaoping-json read or write another JSON than serde does.

use proc_macro2::Span;
use syn::{Fields, Ident, LitStr};

/// A `rename_all` rule the derives implement.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum RenameAll {
    /// `"camelCase"`: `snake_case` fields and `PascalCase` variants become `camelCase`.
    CamelCase,
    /// `"lowercase"`: every letter lower case.
    Lowercase,
}

impl RenameAll {
    /// The rule written in `lit`; any other serde rule is a compile error at `lit`.
    fn parse(lit: &LitStr) -> syn::Result<RenameAll> {
        match lit.value().as_str() {
            "camelCase" => Ok(RenameAll::CamelCase),
            "lowercase" => Ok(RenameAll::Lowercase),
            other => Err(syn::Error::new(
                lit.span(),
                format!(
                    "kaoping-json-derive does not implement rename_all = \"{other}\" \
                     (implemented: \"camelCase\", \"lowercase\")"
                ),
            )),
        }
    }

    /// The member name of field or variant `name` under `rule` (serde's conversion).
    pub fn apply(rule: Option<RenameAll>, name: &str) -> String {
        match rule {
            Some(RenameAll::CamelCase) => camel_case(name),
            Some(RenameAll::Lowercase) => name.to_lowercase(),
            None => name.to_owned(),
        }
    }
}

/// serde's `camelCase`: a `snake_case` field loses its underscores, each following letter upper
/// case; a `PascalCase` variant gets a lower-case first letter.
fn camel_case(name: &str) -> String {
    if name.contains('_') || name.chars().all(|c| !c.is_uppercase()) {
        let mut out = String::new();
        let mut upper = false;
        for ch in name.chars() {
            if ch == '_' {
                upper = true;
            } else if upper {
                out.extend(ch.to_uppercase());
                upper = false;
            } else {
                out.push(ch);
            }
        }
        out
    } else {
        let mut chars = name.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }
}

/// A container's attributes.
#[derive(Default)]
pub struct Container {
    /// `rename_all`.
    pub rename_all: Option<RenameAll>,
    /// `deny_unknown_fields`.
    pub deny_unknown_fields: bool,
    /// `default` (every field from the type's `Default`).
    pub default: bool,
    /// `tag = "..."` (internally tagged enum).
    pub tag: Option<String>,
    /// `transparent`.
    pub transparent: bool,
    /// `untagged` (writing only).
    pub untagged: bool,
}

/// A field's (or a variant's) attributes.
#[derive(Default)]
pub struct FieldAttrs {
    /// `rename = "..."`.
    pub rename: Option<String>,
    /// A variant's `rename_all` (of its fields).
    pub rename_all: Option<RenameAll>,
    /// `default` (`Some(None)`) or `default = "path"` (`Some(Some(path))`).
    pub default: Option<Option<syn::Path>>,
    /// `skip_serializing_if = "path"`.
    pub skip_serializing_if: Option<syn::Path>,
    /// `#[json(from_json_with = "path")]`.
    pub from_json_with: Option<syn::Path>,
}

fn lit(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<LitStr> {
    meta.value()?.parse()
}

fn lit_str(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<String> {
    Ok(lit(meta)?.value())
}

fn not_understood(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Error {
    meta.error("kaoping-json-derive does not understand this serde attribute")
}

/// Reads a container's `#[serde(...)]` attributes.
pub fn container_attrs(attrs: &[syn::Attribute]) -> syn::Result<Container> {
    let mut c = Container::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                c.rename_all = Some(RenameAll::parse(&lit(&meta)?)?);
            } else if meta.path.is_ident("deny_unknown_fields") {
                c.deny_unknown_fields = true;
            } else if meta.path.is_ident("default") {
                c.default = true;
            } else if meta.path.is_ident("tag") {
                c.tag = Some(lit_str(&meta)?);
            } else if meta.path.is_ident("transparent") {
                c.transparent = true;
            } else if meta.path.is_ident("untagged") {
                c.untagged = true;
            } else {
                return Err(not_understood(&meta));
            }
            Ok(())
        })?;
    }
    Ok(c)
}

/// Reads a field's or a variant's `#[serde(...)]` and `#[json(...)]` attributes. A serde
/// `deserialize_with` must have its kaoping-json counterpart `#[json(from_json_with = ...)]`.
pub fn field_attrs(attrs: &[syn::Attribute]) -> syn::Result<FieldAttrs> {
    let mut f = FieldAttrs::default();
    let mut deserialize_with: Option<Span> = None;
    for attr in attrs {
        if attr.path().is_ident("serde") {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    f.rename = Some(lit_str(&meta)?);
                } else if meta.path.is_ident("rename_all") {
                    f.rename_all = Some(RenameAll::parse(&lit(&meta)?)?);
                } else if meta.path.is_ident("default") {
                    if meta.input.peek(syn::Token![=]) {
                        f.default = Some(Some(syn::parse_str(&lit_str(&meta)?)?));
                    } else {
                        f.default = Some(None);
                    }
                } else if meta.path.is_ident("skip_serializing_if") {
                    f.skip_serializing_if = Some(syn::parse_str(&lit_str(&meta)?)?);
                } else if meta.path.is_ident("deserialize_with") {
                    deserialize_with = Some(lit(&meta)?.span());
                } else {
                    return Err(not_understood(&meta));
                }
                Ok(())
            })?;
        } else if attr.path().is_ident("json") {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("from_json_with") {
                    f.from_json_with = Some(syn::parse_str(&lit_str(&meta)?)?);
                    Ok(())
                } else {
                    Err(meta.error("unknown json attribute (known: from_json_with)"))
                }
            })?;
        }
    }
    if let (Some(span), None) = (deserialize_with, &f.from_json_with) {
        return Err(syn::Error::new(
            span,
            "serde's deserialize_with needs its kaoping-json counterpart: \
             #[json(from_json_with = \"path\")], a fn(&mut Reader) -> Result<T, Error>",
        ));
    }
    Ok(f)
}

/// A named field with its member name.
pub struct Field {
    /// The field.
    pub ident: Ident,
    /// Its member's name (renamed).
    pub name: String,
    /// Its type.
    pub ty: syn::Type,
    /// Its attributes.
    pub attrs: FieldAttrs,
}

/// The named fields of a struct or variant, their names under `rule`.
pub fn named_fields(fields: &Fields, rule: Option<RenameAll>) -> syn::Result<Vec<Field>> {
    let mut out = Vec::new();
    for f in fields.iter() {
        let Some(ident) = f.ident.clone() else {
            return Err(syn::Error::new(Span::call_site(), "expected named fields"));
        };
        let attrs = field_attrs(&f.attrs)?;
        let raw = ident.to_string();
        let raw = raw.strip_prefix("r#").unwrap_or(&raw).to_owned();
        let name = attrs.rename.clone().unwrap_or_else(|| RenameAll::apply(rule, &raw));
        out.push(Field { ident, name, ty: f.ty.clone(), attrs });
    }
    Ok(out)
}
