//! The derived reading of a struct's members (one shared loop over a constant table) and the
//! placeholder values that hold a field's place until it is read.

use crate::attrs::Field;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote, ToTokens};
use syn::{Data, Fields, Ident};

/// Whether a type is written `Option<...>` (such a field is `None` when absent).
fn is_option(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            p.path.segments.last().is_some_and(|s| s.ident == "Option" && !s.arguments.is_empty())
        }
        _ => false,
    }
}
/// The derived reading of one struct or struct variant.
///
/// The value is built first, every field holding its value for "absent" (its default, `None`,
/// or its type's placeholder for a required field): that is `inits`. Then the one shared loop
/// `read_members` reads each member straight into its field through a `&mut dyn Slot` (one
/// vtable per field type, shared by every struct), checking duplicates and required fields
/// against a constant `Shape`: that is `read`, an expression of type `Result<(), Error>` over
/// `places` (expressions of type `&mut FieldType`, one per field). Per type there is only
/// setting the value up: no per-field code paths, moves or drops.
///
/// `expected`: `Some("struct Name")` for a struct, whose object is still to be entered; `None`
/// for an internally tagged variant, whose object has been entered.
pub struct Members {
    /// The fields' initial values (`field: value,` …).
    pub inits: Tokens,
    /// The reading of the members, of type `Result<(), Error>`.
    pub read: Tokens,
}

pub fn members(
    fields: &[Field],
    places: &[Tokens],
    deny: bool,
    tag: Option<&str>,
    cdefault: bool,
    expected: Option<&str>,
) -> syn::Result<Members> {
    if fields.len() > 64 {
        return Err(syn::Error::new(Span::call_site(), "FromJson: at most 64 fields"));
    }
    let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
    // A field is required when it has no default and is not an `Option`.
    let required: Vec<bool> =
        fields.iter().map(|f| f.attrs.default.is_none() && !cdefault && !is_option(&f.ty)).collect();
    let mask: u64 = required.iter().enumerate().filter(|(_, r)| **r).map(|(i, _)| 1u64 << i).sum();
    let checks = fields.iter().zip(&required).filter(|(_, r)| **r).map(|(f, _)| {
        let ty = &f.ty;
        // A required field's type has no value for "absent" (else it would be optional).
        quote! { const { ::core::assert!(!<#ty as ::kaoping_json::FromJson>::OPTIONAL) }; }
    });
    let skip = match tag {
        Some(t) => quote! { ::core::option::Option::Some(#t) },
        None => quote! { ::core::option::Option::None },
    };
    let expected = match expected {
        Some(e) => quote! { ::core::option::Option::Some(#e) },
        None => quote! { ::core::option::Option::None },
    };
    // The value a field holds before (and unless) its member is read.
    let inits = fields.iter().filter_map(|f| {
        let ident = &f.ident;
        let init = match &f.attrs.default {
            Some(Some(path)) => quote! { #path() },
            Some(None) => quote! { ::core::default::Default::default() },
            None if cdefault => return None,
            None => quote! { ::kaoping_json::FromJson::placeholder() },
        };
        Some(quote! { #ident: #init, })
    });
    let rest = if cdefault {
        quote! { ..<Self as ::core::default::Default>::default() }
    } else {
        quote! {}
    };
    // A field that starts out as its type's placeholder is read into (`FromJson::read_into`);
    // one that starts out as a default is behind a `Reset` (back to the placeholder first when
    // its type reads in place).
    let slots = fields.iter().zip(places).map(|(f, place)| match (&f.attrs.from_json_with, &f.attrs.default) {
        (Some(path), _) => quote! {
            &mut ::kaoping_json::__private::With { slot: #place, read: #path } as &mut dyn ::kaoping_json::Slot
        },
        (None, Some(None)) if default_is_placeholder(&f.ty) => {
            quote! { #place as &mut dyn ::kaoping_json::Slot }
        }
        (None, Some(_)) => quote! { &mut ::kaoping_json::__private::Reset(#place) as &mut dyn ::kaoping_json::Slot },
        (None, None) if cdefault => {
            quote! { &mut ::kaoping_json::__private::Reset(#place) as &mut dyn ::kaoping_json::Slot }
        }
        (None, None) => quote! { #place as &mut dyn ::kaoping_json::Slot },
    });
    Ok(Members {
        inits: quote! { #(#inits)* #rest },
        read: quote! {{
            #(#checks)*
            const __SHAPE: ::kaoping_json::__private::Shape = ::kaoping_json::__private::Shape {
                expected: #expected,
                fields: &[#(#names),*],
                required: #mask,
                skip: #skip,
                deny: #deny,
            };
            ::kaoping_json::__private::read_members(__r, &__SHAPE, &mut [#(#slots),*])
        }},
    })
}

/// Whether a type is written as a std type whose `Default` is its `FromJson::placeholder`
/// (`Option`, `Vec`, `String`, `BTreeMap`, `bool`, an integer): a field of such a type with a
/// plain `#[serde(default)]` is read into like a required one. Only std names: the derive knows
/// no type of its clients (their defaulted fields go through `Reset`, which is as correct).
fn default_is_placeholder(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "Option"
                    | "Vec"
                    | "String"
                    | "BTreeMap"
                    | "bool"
                    | "u8"
                    | "u16"
                    | "u32"
                    | "u64"
                    | "usize"
                    | "i8"
                    | "i16"
                    | "i32"
                    | "i64"
            )
        }),
        _ => false,
    }
}

/// An internally tagged struct variant `ctor { fields }`: the expression building it with its
/// fields' values for "absent", and the match arm (on `&mut` the value built) reading its
/// members in place (its object entered, `tag` passed over), of type `Result<(), Error>`.
pub fn read_variant(ctor: &Tokens, fields: &[Field], deny: bool, tag: &str) -> syn::Result<(Tokens, Tokens)> {
    let places: Vec<Tokens> =
        (0..fields.len()).map(|i| format_ident!("__f{}", i).into_token_stream()).collect();
    let Members { inits, read } = members(fields, &places, deny, Some(tag), false, None)?;
    let binds = fields.iter().zip(&places).map(|(f, place)| {
        let ident = &f.ident;
        quote! { #ident: #place }
    });
    Ok((quote! { #ctor { #inits } }, quote! { #ctor { #(#binds),* } => #read, }))
}

/// The value of a type that holds a field's place while a struct is read
/// (`FromJson::placeholder`): the fields' placeholders, in the first unit variant of an enum,
/// else its first variant that cannot hold the enum itself.
pub fn placeholder_of(ident: &Ident, data: &Data) -> syn::Result<Tokens> {
    let fill = |fields: &Fields| match fields {
        Fields::Unit => quote! {},
        Fields::Unnamed(u) => {
            let ps = u.unnamed.iter().map(|_| quote! { ::kaoping_json::FromJson::placeholder() });
            quote! { ( #(#ps),* ) }
        }
        Fields::Named(n) => {
            let ps = n.named.iter().map(|f| {
                let ident = &f.ident;
                quote! { #ident: ::kaoping_json::FromJson::placeholder() }
            });
            quote! { { #(#ps),* } }
        }
    };
    match data {
        Data::Struct(s) => {
            let f = fill(&s.fields);
            Ok(quote! { Self #f })
        }
        Data::Enum(e) => {
            // A variant whose placeholder cannot lead back to the enum itself (a field of the
            // enum's own type, or any `Box`; `Vec<Self>` and `Option<Self>` are empty), so that
            // building one always ends.
            let recursive = |v: &&syn::Variant| {
                v.fields.iter().any(|f| {
                    let outer = match &f.ty {
                        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
                        _ => None,
                    };
                    let boxed =
                        f.ty.to_token_stream()
                            .to_string()
                            .split(|c: char| !c.is_alphanumeric() && c != '_')
                            .any(|w| w == "Box");
                    boxed || outer.is_some_and(|o| o == "Self" || *ident == o)
                })
            };
            let v = e
                .variants
                .iter()
                .find(|v| matches!(v.fields, Fields::Unit))
                .or_else(|| e.variants.iter().find(|v| !recursive(v)))
                .ok_or_else(|| {
                    syn::Error::new(
                        Span::call_site(),
                        "FromJson: an enum needs a variant without itself or a Box in its fields",
                    )
                })?;
            let vid = &v.ident;
            let f = fill(&v.fields);
            Ok(quote! { Self::#vid #f })
        }
        Data::Union(_) => Err(syn::Error::new(Span::call_site(), "unions are not supported")),
    }
}
