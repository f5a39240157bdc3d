//! Derives `kaoping_json::FromJson` and `kaoping_json::ToJson` from a type's existing
//! `#[serde(...)]` attributes, so every model type keeps one set of attributes.
//!
//! Understood: container `rename_all`, `deny_unknown_fields`, `default`, `tag`, `transparent`,
//! `untagged` (writing only); variant `rename`, `rename_all` (of its fields); field `rename`,
//! `default`, `default = "path"`, `skip_serializing_if = "path"`. A field's
//! `deserialize_with` has a kaoping-json counterpart: `#[json(from_json_with = "path")]`, a
//! `fn(&Json) -> Result<T, Error>`. Other serde attributes are refused at compile time.
//!
//! The generated code is small on purpose: a struct's reader builds the struct (each field
//! holding its default, `None` or `FromJson::placeholder`) and hands its fields as `&mut dyn
//! Slot` to one shared loop over a constant table of names (`__private::read_members`); unit
//! enums read through one shared helper and a match on the variant's index.

use proc_macro::TokenStream;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::{format_ident, quote, ToTokens};
use syn::{parse_macro_input, Data, DeriveInput, Fields, Ident, LitStr};

/// Derives `FromJson` (and `JsonKey` for enums of unit variants).
#[proc_macro_derive(FromJson, attributes(json, serde))]
pub fn derive_from_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    from_json(&input).unwrap_or_else(syn::Error::into_compile_error).into()
}

/// Derives `ToJson`.
#[proc_macro_derive(ToJson, attributes(json, serde))]
pub fn derive_to_json(input: TokenStream) -> TokenStream {
    let input = parse_macro_input!(input as DeriveInput);
    to_json(&input).unwrap_or_else(syn::Error::into_compile_error).into()
}

// ---- attributes ------------------------------------------------------------------------------

#[derive(Default)]
struct Container {
    rename_all: Option<String>,
    deny_unknown_fields: bool,
    default: bool,
    tag: Option<String>,
    transparent: bool,
    untagged: bool,
}

#[derive(Default)]
struct FieldAttrs {
    rename: Option<String>,
    rename_all: Option<String>,
    default: Option<Option<syn::Path>>,
    skip_serializing_if: Option<syn::Path>,
    from_json_with: Option<syn::Path>,
}

fn lit_str(meta: &syn::meta::ParseNestedMeta<'_>) -> syn::Result<String> {
    let lit: LitStr = meta.value()?.parse()?;
    Ok(lit.value())
}

fn container_attrs(attrs: &[syn::Attribute]) -> syn::Result<Container> {
    let mut c = Container::default();
    for attr in attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename_all") {
                c.rename_all = Some(lit_str(&meta)?);
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
                return Err(meta.error("kaoping-json-derive does not understand this serde attribute"));
            }
            Ok(())
        })?;
    }
    Ok(c)
}

fn field_attrs(attrs: &[syn::Attribute]) -> syn::Result<FieldAttrs> {
    let mut f = FieldAttrs::default();
    for attr in attrs {
        if attr.path().is_ident("serde") {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("rename") {
                    f.rename = Some(lit_str(&meta)?);
                } else if meta.path.is_ident("rename_all") {
                    f.rename_all = Some(lit_str(&meta)?);
                } else if meta.path.is_ident("default") {
                    if meta.input.peek(syn::Token![=]) {
                        f.default = Some(Some(syn::parse_str(&lit_str(&meta)?)?));
                    } else {
                        f.default = Some(None);
                    }
                } else if meta.path.is_ident("skip_serializing_if") {
                    f.skip_serializing_if = Some(syn::parse_str(&lit_str(&meta)?)?);
                } else if meta.path.is_ident("deserialize_with") {
                    // Read through `#[json(from_json_with = ...)]` instead.
                    let _ = lit_str(&meta)?;
                } else {
                    return Err(meta.error("kaoping-json-derive does not understand this serde attribute"));
                }
                Ok(())
            })?;
        } else if attr.path().is_ident("json") {
            attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("from_json_with") {
                    f.from_json_with = Some(syn::parse_str(&lit_str(&meta)?)?);
                    Ok(())
                } else {
                    Err(meta.error("unknown json attribute"))
                }
            })?;
        }
    }
    Ok(f)
}

/// serde's `rename_all` conversions used here.
fn rename(name: &str, rule: Option<&str>) -> String {
    match rule {
        Some("camelCase") => {
            if name.contains('_') || name.chars().all(|c| !c.is_uppercase()) {
                // snake_case field → camelCase.
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
                // PascalCase variant → camelCase.
                let mut chars = name.chars();
                match chars.next() {
                    Some(first) => first.to_lowercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
        }
        Some("lowercase") => name.to_lowercase(),
        _ => name.to_owned(),
    }
}

// ---- fields ----------------------------------------------------------------------------------

struct Field {
    ident: Ident,
    name: String,
    ty: syn::Type,
    attrs: FieldAttrs,
}

fn named_fields(fields: &Fields, rule: Option<&str>) -> syn::Result<Vec<Field>> {
    let mut out = Vec::new();
    for f in fields.iter() {
        let Some(ident) = f.ident.clone() else {
            return Err(syn::Error::new(Span::call_site(), "expected named fields"));
        };
        let attrs = field_attrs(&f.attrs)?;
        let raw = ident.to_string();
        let raw = raw.strip_prefix("r#").unwrap_or(&raw).to_owned();
        let name = attrs.rename.clone().unwrap_or_else(|| rename(&raw, rule));
        out.push(Field { ident, name, ty: f.ty.clone(), attrs });
    }
    Ok(out)
}

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
struct Members {
    inits: Tokens,
    read: Tokens,
}

fn members(
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

/// Whether a type is written as one whose `Default` is its `FromJson::placeholder` (`Option`,
/// `Vec`, `String`, `BTreeMap`, the core's `SortedMap`/`SortedSet`, `bool`, a number): a field of
/// such a type with a plain `#[serde(default)]` is read into like a required one.
fn default_is_placeholder(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => p.path.segments.last().is_some_and(|s| {
            matches!(
                s.ident.to_string().as_str(),
                "Option"
                    | "Vec"
                    | "String"
                    | "BTreeMap"
                    | "SortedMap"
                    | "SortedSet"
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
fn read_variant(ctor: &Tokens, fields: &[Field], deny: bool, tag: &str) -> syn::Result<(Tokens, Tokens)> {
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
fn placeholder_of(ident: &Ident, data: &Data) -> syn::Result<Tokens> {
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

/// Writes the fields (bound to references named as the fields) after `{` and any tag
/// (`first`: nothing written yet). Where it is known at compile time whether a member comes
/// first, its key is one literal (`"name":` or `,"name":`); only after a field that may be
/// skipped does a run-time flag (`__first`, starting as `first`) decide the comma.
fn write_fields(fields: &[Field], first: bool, access: impl Fn(&Ident) -> Tokens) -> Tokens {
    // Some(first) while known at compile time.
    let mut known = Some(first);
    let mut out = Vec::new();
    for f in fields {
        let name = &f.name;
        let value = access(&f.ident);
        // A skippable first member goes through the flag, which the members after it read.
        let skippable = f.attrs.skip_serializing_if.is_some();
        let key = match known {
            Some(true) if skippable => quote! { ::kaoping_json::__private::key(__out, &mut __first, #name); },
            Some(true) => {
                let lit = format!("\"{name}\":");
                quote! { __out.push_str(#lit); }
            }
            Some(false) => {
                let lit = format!(",\"{name}\":");
                quote! { __out.push_str(#lit); }
            }
            None => quote! { ::kaoping_json::__private::key(__out, &mut __first, #name); },
        };
        let write = quote! {
            #key
            ::kaoping_json::ToJson::to_json(#value, __out);
        };
        match &f.attrs.skip_serializing_if {
            Some(path) => {
                out.push(quote! { if !#path(#value) { #write } });
                // Still known when a member was written before; unknown if this was the first.
                if known == Some(true) {
                    known = None;
                }
            }
            None => {
                out.push(write);
                known = Some(false);
            }
        }
    }
    quote! {
        let mut __first = #first;
        #(#out)*
    }
}

// ---- FromJson --------------------------------------------------------------------------------

fn bounded_generics(input: &DeriveInput, bound: Tokens) -> syn::Generics {
    let mut generics = input.generics.clone();
    let params: Vec<Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    let where_clause = generics.make_where_clause();
    for p in params {
        where_clause.predicates.push(syn::parse_quote! { #p: #bound });
    }
    generics
}

fn from_json(input: &DeriveInput) -> syn::Result<Tokens> {
    let c = container_attrs(&input.attrs)?;
    let ident = &input.ident;
    let generics = bounded_generics(input, quote! { ::kaoping_json::FromJson });
    let (impl_g, ty_g, where_g) = generics.split_for_impl();
    let expected = format!("struct {ident}");
    let mut extra = quote! {};
    let mut extra_items = quote! {};
    let mut placeholder = None;
    let body = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                // A newtype reads as its inner value, in place when that one does.
                let inner = u.unnamed.first().map(|f| &f.ty);
                extra_items = quote! {
                    const READS_IN_PLACE: bool = <#inner as ::kaoping_json::FromJson>::READS_IN_PLACE;
                    fn read_into(
                        &mut self,
                        __r: &mut ::kaoping_json::Reader<'_>,
                    ) -> ::core::result::Result<(), ::kaoping_json::Error> {
                        ::kaoping_json::FromJson::read_into(&mut self.0, __r)
                    }
                };
                quote! { ::core::result::Result::Ok(Self(::kaoping_json::FromJson::from_json(__r)?)) }
            }
            Fields::Named(_) if c.transparent => {
                let fields = named_fields(&s.fields, None)?;
                let Some(f) = fields.first() else {
                    return Err(syn::Error::new(Span::call_site(), "transparent needs one field"));
                };
                let fi = &f.ident;
                quote! { ::core::result::Result::Ok(Self { #fi: ::kaoping_json::FromJson::from_json(__r)? }) }
            }
            Fields::Named(_) => {
                let fields = named_fields(&s.fields, c.rename_all.as_deref())?;
                let places: Vec<Tokens> = fields
                    .iter()
                    .map(|f| {
                        let ident = &f.ident;
                        quote! { &mut self.#ident }
                    })
                    .collect();
                let Members { inits, read } =
                    members(&fields, &places, c.deny_unknown_fields, None, c.default, Some(&expected))?;
                // Read in place: the placeholder is the struct as of an empty object.
                placeholder = Some(quote! { Self { #inits } });
                extra_items = quote! {
                    const READS_IN_PLACE: bool = true;
                    fn read_into(
                        &mut self,
                        __r: &mut ::kaoping_json::Reader<'_>,
                    ) -> ::core::result::Result<(), ::kaoping_json::Error> {
                        #read
                    }
                };
                quote! {
                    let mut __s = <Self as ::kaoping_json::FromJson>::placeholder();
                    ::kaoping_json::FromJson::read_into(&mut __s, __r)?;
                    ::core::result::Result::Ok(__s)
                }
            }
            _ => return Err(syn::Error::new(Span::call_site(), "unsupported struct shape")),
        },
        Data::Enum(e) => {
            if c.untagged {
                return Err(syn::Error::new(
                    Span::call_site(),
                    "FromJson for untagged enums: write it by hand",
                ));
            }
            let names: Vec<String> = e
                .variants
                .iter()
                .map(|v| {
                    let a = field_attrs(&v.attrs)?;
                    Ok(a.rename.unwrap_or_else(|| rename(&v.ident.to_string(), c.rename_all.as_deref())))
                })
                .collect::<syn::Result<_>>()?;
            let expected_enum = format!("enum {ident}");
            match &c.tag {
                None if e.variants.iter().any(|v| !matches!(v.fields, Fields::Unit)) => {
                    // Externally tagged: `"unitVariant"` or `{"variant": value}`.
                    let mut unit_names = Vec::new();
                    let mut unit_arms = Vec::new();
                    let mut data_names = Vec::new();
                    let mut arms = Vec::new();
                    let mut slots = Vec::new();
                    for (v, name) in e.variants.iter().zip(&names) {
                        let vid = &v.ident;
                        match &v.fields {
                            Fields::Unit => {
                                let i = unit_arms.len();
                                unit_names.push(name);
                                unit_arms.push(quote! {
                                    ::core::option::Option::Some(#i) => ::core::result::Result::Ok(Self::#vid),
                                })
                            }
                            Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                                let i = arms.len();
                                data_names.push(name);
                                arms.push(quote! {
                                    ::core::option::Option::Some(#i) =>
                                        Self::#vid(::kaoping_json::FromJson::placeholder()),
                                });
                                slots.push(quote! {
                                    Self::#vid(__x) => ::core::option::Option::Some(__x),
                                });
                            }
                            _ => return Err(syn::Error::new(Span::call_site(), "unsupported variant shape")),
                        }
                    }
                    quote! {
                        const __VARIANTS: &[&str] = &[#(#names),*];
                        if __r.kind()? == ::kaoping_json::Kind::String {
                            let __s = __r.str(#expected_enum)?;
                            return match ::kaoping_json::__private::variant_of(&__s, &[#(#unit_names),*]) {
                                #(#unit_arms)*
                                _ => ::core::result::Result::Err(
                                    ::kaoping_json::__private::external_unit(&__s, __VARIANTS)),
                            };
                        }
                        __r.begin_object(#expected_enum)?;
                        let __k = __r.variant_key(#expected_enum)?;
                        // The variant is built holding its value's placeholder, then read into.
                        let mut __v = match ::kaoping_json::__private::variant_of(&__k, &[#(#data_names),*]) {
                            #(#arms)*
                            _ => return ::core::result::Result::Err(
                                ::kaoping_json::__private::unknown_variant(&__k, __VARIANTS).at_key(&__k)),
                        };
                        #[allow(unreachable_patterns)]
                        let __slot: ::core::option::Option<&mut dyn ::kaoping_json::Slot> = match &mut __v {
                            #(#slots)*
                            _ => ::core::option::Option::None,
                        };
                        if let ::core::option::Option::Some(__x) = __slot {
                            __x.read(__r).map_err(|e| e.at_key(&__k))?;
                        }
                        __r.end_variant(#expected_enum)?;
                        ::core::result::Result::Ok(__v)
                    }
                }
                None => {
                    let vids: Vec<&Ident> = e.variants.iter().map(|v| &v.ident).collect();
                    // The variant at an index the shared helpers found (always below the count,
                    // so the last arm takes the last variant).
                    let (last, rest) = vids.split_last().ok_or_else(|| {
                        syn::Error::new(Span::call_site(), "FromJson: an enum needs a variant")
                    })?;
                    let idx: Vec<usize> = (0..rest.len()).collect();
                    let of_index = quote! {
                        match __i {
                            #(#idx => Self::#rest,)*
                            _ => Self::#last,
                        }
                    };
                    extra = quote! {
                        impl #impl_g ::kaoping_json::JsonKey for #ident #ty_g #where_g {
                            fn from_key(__s: &str) -> ::core::result::Result<Self, ::kaoping_json::Error> {
                                const __VARIANTS: &[&str] = &[#(#names),*];
                                let __i = ::kaoping_json::__private::variant_index(__s, __VARIANTS)?;
                                ::core::result::Result::Ok(#of_index)
                            }
                        }
                        impl #impl_g ::kaoping_json::ToJsonKey for #ident #ty_g #where_g {
                            fn key_str(&self) -> &str {
                                match self { #(Self::#vids => #names,)* }
                            }
                        }
                    };
                    quote! {
                        const __VARIANTS: &[&str] = &[#(#names),*];
                        let __i = ::kaoping_json::__private::read_unit_variant(__r, #expected_enum, __VARIANTS)?;
                        ::core::result::Result::Ok(#of_index)
                    }
                }
                Some(tag) => {
                    // The variant is built first (one match on its name), then its members are
                    // read in place (one match on the value): one error exit and one move for all.
                    let mut builds = Vec::new();
                    let mut reads = Vec::new();
                    for v in &e.variants {
                        let vid = &v.ident;
                        let va = field_attrs(&v.attrs)?;
                        let fields = match &v.fields {
                            Fields::Unit => Vec::new(),
                            Fields::Named(_) => named_fields(&v.fields, va.rename_all.as_deref())?,
                            Fields::Unnamed(_) => {
                                return Err(syn::Error::new(
                                    Span::call_site(),
                                    "tagged newtype variants: write by hand",
                                ))
                            }
                        };
                        let (build, read) =
                            read_variant(&quote! { Self::#vid }, &fields, c.deny_unknown_fields, tag)?;
                        let i = builds.len();
                        builds.push(quote! { ::core::option::Option::Some(#i) => #build, });
                        reads.push(read);
                    }
                    quote! {
                        const __VARIANTS: &[&str] = &[#(#names),*];
                        let __tag = __r.peek_tag(#tag, #expected_enum)?;
                        let mut __s = match ::kaoping_json::__private::variant_of(&__tag, __VARIANTS) {
                            #(#builds)*
                            _ => return ::core::result::Result::Err(
                                ::kaoping_json::__private::unknown_variant(&__tag, __VARIANTS).at_key(#tag)),
                        };
                        match &mut __s {
                            #(#reads)*
                        }?;
                        ::core::result::Result::Ok(__s)
                    }
                }
            }
        }
        Data::Union(_) => return Err(syn::Error::new(Span::call_site(), "unions are not supported")),
    };
    let placeholder = match placeholder {
        Some(p) => p,
        None => placeholder_of(ident, &input.data)?,
    };
    Ok(quote! {
        impl #impl_g ::kaoping_json::FromJson for #ident #ty_g #where_g {
            #[allow(unused_variables)]
            #[inline(never)]
            fn from_json(__r: &mut ::kaoping_json::Reader<'_>) -> ::core::result::Result<Self, ::kaoping_json::Error> {
                #body
            }
            fn placeholder() -> Self {
                #placeholder
            }
            #extra_items
        }
        #extra
    })
}

// ---- ToJson ----------------------------------------------------------------------------------

fn to_json(input: &DeriveInput) -> syn::Result<Tokens> {
    let c = container_attrs(&input.attrs)?;
    let ident = &input.ident;
    let generics = bounded_generics(input, quote! { ::kaoping_json::ToJson });
    let (impl_g, ty_g, where_g) = generics.split_for_impl();
    let body = match &input.data {
        Data::Struct(s) => match &s.fields {
            Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                quote! { ::kaoping_json::ToJson::to_json(&self.0, __out); }
            }
            Fields::Named(_) if c.transparent => {
                let fields = named_fields(&s.fields, None)?;
                let Some(f) = fields.first() else {
                    return Err(syn::Error::new(Span::call_site(), "transparent needs one field"));
                };
                let fi = &f.ident;
                quote! { ::kaoping_json::ToJson::to_json(&self.#fi, __out); }
            }
            Fields::Named(_) => {
                let fields = named_fields(&s.fields, c.rename_all.as_deref())?;
                let writes = write_fields(&fields, true, |i| quote! { &self.#i });
                quote! {
                    __out.push('{');
                    #writes
                    __out.push('}');
                }
            }
            _ => return Err(syn::Error::new(Span::call_site(), "unsupported struct shape")),
        },
        Data::Enum(e) => {
            let mut arms = Vec::new();
            for v in &e.variants {
                let vid = &v.ident;
                let va = field_attrs(&v.attrs)?;
                let name =
                    va.rename.clone().unwrap_or_else(|| rename(&vid.to_string(), c.rename_all.as_deref()));
                let arm = if c.untagged {
                    match &v.fields {
                        Fields::Unnamed(u) if u.unnamed.len() == 1 => {
                            quote! { Self::#vid(__x) => ::kaoping_json::ToJson::to_json(__x, __out), }
                        }
                        _ => {
                            return Err(syn::Error::new(Span::call_site(), "untagged: newtype variants only"))
                        }
                    }
                } else {
                    match (&c.tag, &v.fields) {
                        (None, Fields::Unit) => {
                            let quoted = format!("\"{name}\"");
                            quote! { Self::#vid => __out.push_str(#quoted), }
                        }
                        (None, Fields::Unnamed(u)) if u.unnamed.len() == 1 => {
                            let head = format!("{{\"{name}\":");
                            quote! {
                                Self::#vid(__x) => {
                                    __out.push_str(#head);
                                    ::kaoping_json::ToJson::to_json(__x, __out);
                                    __out.push('}');
                                }
                            }
                        }
                        (Some(tag), Fields::Unit) => {
                            let head = format!("{{\"{tag}\":\"{name}\"}}");
                            quote! { Self::#vid => __out.push_str(#head), }
                        }
                        (Some(tag), Fields::Named(_)) => {
                            let fields = named_fields(&v.fields, va.rename_all.as_deref())?;
                            let ids: Vec<&Ident> = fields.iter().map(|f| &f.ident).collect();
                            let writes = write_fields(&fields, false, |i| quote! { #i });
                            let head = format!("{{\"{tag}\":\"{name}\"");
                            quote! {
                                Self::#vid { #(#ids),* } => {
                                    __out.push_str(#head);
                                    #writes
                                    __out.push('}');
                                }
                            }
                        }
                        _ => return Err(syn::Error::new(Span::call_site(), "unsupported enum shape")),
                    }
                };
                arms.push(arm);
            }
            quote! { match self { #(#arms)* } }
        }
        Data::Union(_) => return Err(syn::Error::new(Span::call_site(), "unions are not supported")),
    };
    Ok(quote! {
        impl #impl_g ::kaoping_json::ToJson for #ident #ty_g #where_g {
            #[allow(unused_mut, unused_variables, unused_assignments)]
            #[inline(never)]
            fn to_json(&self, __out: &mut ::std::string::String) {
                #body
            }
        }
    })
}
