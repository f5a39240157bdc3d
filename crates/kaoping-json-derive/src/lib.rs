//! Derives `kaoping_json::FromJson` and `kaoping_json::ToJson` from a type's existing
//! `#[serde(...)]` attributes, so every model type keeps one set of attributes. `serde` is one of
//! the derives' helper attributes: the attributes are accepted whether or not serde's own derive
//! is there (the core derives serde only behind its `serde` feature).
//!
//! Understood: container `rename_all` (`"camelCase"`, `"lowercase"`), `deny_unknown_fields`,
//! `default`, `tag`, `transparent`, `untagged` (writing only); variant `rename`, `rename_all` (of
//! its fields); field `rename`, `default`, `default = "path"`, `skip_serializing_if = "path"`.
//! A field's `deserialize_with` needs its kaoping-json counterpart, `#[json(from_json_with =
//! "path")]`, a `fn(&mut Reader<'_>) -> Result<T, Error>`. Everything else is refused at compile
//! time (another `rename_all`, a `deserialize_with` alone, any other serde attribute): an
//! attribute silently ignored would read or write another JSON than serde's.
//!
//! The derives know no type of their clients: only std types are recognised by name.
//!
//! The generated code is small on purpose: a struct's reader builds the struct (each field
//! holding its default, `None` or `FromJson::placeholder`) and hands its fields as `&mut dyn
//! Slot` to one shared loop over a constant table of names (`__private::read_members`); unit
//! enums read through one shared helper and a match on the variant's index.

mod attrs;
mod from_json;
mod read;
mod to_json;

use proc_macro::TokenStream;
use proc_macro2::{Ident, TokenStream as Tokens};
use syn::{parse_macro_input, DeriveInput};

/// Derives `FromJson` (and `JsonKey` for enums of unit variants).
#[proc_macro_derive(FromJson, attributes(json, serde))]
pub fn derive_from_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    from_json::from_json(&input).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Derives `ToJson`.
#[proc_macro_derive(ToJson, attributes(json, serde))]
pub fn derive_to_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    to_json::to_json(&input).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// The type's generics, each type parameter bound by `bound`.
fn bounded_generics(input: &DeriveInput, bound: Tokens) -> syn::Generics {
    let mut generics = input.generics.clone();
    let params: Vec<Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    let where_clause = generics.make_where_clause();
    for p in params {
        where_clause.predicates.push(syn::parse_quote! { #p: #bound });
    }
    generics
}
