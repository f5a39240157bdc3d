//! The derived `FromJson`: the shape of a struct or an enum picks one of a few readers, each
//! setting the value up and handing it to the shared helpers of `kaoping_json::__private`.

use crate::attrs::{container_attrs, field_attrs, named_fields, Container, RenameAll};
use crate::bounded_generics;
use crate::read::{members, placeholder_of, read_variant, Members};
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::{DataEnum, DataStruct, DeriveInput, Fields, Ident};

/// The pieces of one `FromJson` impl.
#[derive(Default)]
struct Parts {
    /// The body of `from_json`.
    body: Tokens,
    /// Further items of the impl (`READS_IN_PLACE`, `read_into`).
    items: Tokens,
    /// Further impls (`JsonKey`, `ToJsonKey` of a unit enum).
    impls: Tokens,
    /// The body of `placeholder`, when not the generic one.
    placeholder: Option<Tokens>,
}

/// The `FromJson` impl of `input`.
pub fn from_json(input: &DeriveInput) -> syn::Result<Tokens> {
    let c = container_attrs(&input.attrs)?;
    let ident = &input.ident;
    let generics = bounded_generics(input, quote! { ::kaoping_json::FromJson });
    let (impl_g, ty_g, where_g) = generics.split_for_impl();
    let parts = match &input.data {
        syn::Data::Struct(s) => struct_parts(&c, s, &format!("struct {ident}"))?,
        syn::Data::Enum(e) => {
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
                    Ok(a.rename.unwrap_or_else(|| RenameAll::apply(c.rename_all, &v.ident.to_string())))
                })
                .collect::<syn::Result<_>>()?;
            let expected_enum = format!("enum {ident}");
            match &c.tag {
                None if e.variants.iter().any(|v| !matches!(v.fields, Fields::Unit)) => {
                    Parts { body: external_enum(e, &names, &expected_enum)?, ..Parts::default() }
                }
                None => {
                    let (body, keys) = unit_enum(e, &names, &expected_enum)?;
                    let impls = quote! {
                        impl #impl_g ::kaoping_json::JsonKey for #ident #ty_g #where_g { #keys }
                    };
                    let vids = e.variants.iter().map(|v| &v.ident);
                    let key_str = quote! {
                        impl #impl_g ::kaoping_json::ToJsonKey for #ident #ty_g #where_g {
                            fn key_str(&self) -> &str {
                                match self { #(Self::#vids => #names,)* }
                            }
                        }
                    };
                    Parts { body, impls: quote! { #impls #key_str }, ..Parts::default() }
                }
                Some(tag) => {
                    Parts { body: tagged_enum(&c, e, &names, &expected_enum, tag)?, ..Parts::default() }
                }
            }
        }
        syn::Data::Union(_) => return Err(syn::Error::new(Span::call_site(), "unions are not supported")),
    };
    let Parts { body, items, impls, placeholder } = parts;
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
            #items
        }
        #impls
    })
}

/// A struct: a newtype reads as its inner value, a transparent struct as its one field, a
/// struct with named fields in place through the shared member loop.
fn struct_parts(c: &Container, s: &DataStruct, expected: &str) -> syn::Result<Parts> {
    let mut extra_items = quote! {};
    let mut placeholder = None;
    let body = match &s.fields {
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
            let fields = named_fields(&s.fields, c.rename_all)?;
            let places: Vec<Tokens> = fields
                .iter()
                .map(|f| {
                    let ident = &f.ident;
                    quote! { &mut self.#ident }
                })
                .collect();
            let Members { inits, read } =
                members(&fields, &places, c.deny_unknown_fields, None, c.default, Some(expected))?;
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
    };
    Ok(Parts { body, items: extra_items, impls: quote! {}, placeholder })
}

/// An externally tagged enum: `"unitVariant"` or `{"variant": value}`.
fn external_enum(e: &DataEnum, names: &[String], expected_enum: &str) -> syn::Result<Tokens> {
    let mut unit_names = Vec::new();
    let mut unit_arms = Vec::new();
    let mut data_names = Vec::new();
    let mut arms = Vec::new();
    let mut slots = Vec::new();
    for (v, name) in e.variants.iter().zip(names) {
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
    Ok(quote! {
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
    })
}

/// An enum of unit variants: the body of `from_json` and the items of its `JsonKey` impl.
fn unit_enum(e: &DataEnum, names: &[String], expected_enum: &str) -> syn::Result<(Tokens, Tokens)> {
    let vids: Vec<&Ident> = e.variants.iter().map(|v| &v.ident).collect();
    // The variant at an index the shared helpers found (always below the count,
    // so the last arm takes the last variant).
    let (last, rest) = vids
        .split_last()
        .ok_or_else(|| syn::Error::new(Span::call_site(), "FromJson: an enum needs a variant"))?;
    let idx: Vec<usize> = (0..rest.len()).collect();
    let of_index = quote! {
        match __i {
            #(#idx => Self::#rest,)*
            _ => Self::#last,
        }
    };
    let keys = quote! {
        fn from_key(__s: &str) -> ::core::result::Result<Self, ::kaoping_json::Error> {
            const __VARIANTS: &[&str] = &[#(#names),*];
            let __i = ::kaoping_json::__private::variant_index(__s, __VARIANTS)?;
            ::core::result::Result::Ok(#of_index)
        }
    };
    let body = quote! {
        const __VARIANTS: &[&str] = &[#(#names),*];
        let __i = ::kaoping_json::__private::read_unit_variant(__r, #expected_enum, __VARIANTS)?;
        ::core::result::Result::Ok(#of_index)
    };
    Ok((body, keys))
}

/// An internally tagged enum (`tag`) of unit and struct variants.
fn tagged_enum(
    c: &Container,
    e: &DataEnum,
    names: &[String],
    expected_enum: &str,
    tag: &str,
) -> syn::Result<Tokens> {
    // The variant is built first (one match on its name), then its members are
    // read in place (one match on the value): one error exit and one move for all.
    let mut builds = Vec::new();
    let mut reads = Vec::new();
    for v in &e.variants {
        let vid = &v.ident;
        let va = field_attrs(&v.attrs)?;
        let fields = match &v.fields {
            Fields::Unit => Vec::new(),
            Fields::Named(_) => named_fields(&v.fields, va.rename_all)?,
            Fields::Unnamed(_) => {
                return Err(syn::Error::new(Span::call_site(), "tagged newtype variants: write by hand"))
            }
        };
        let (build, read) = read_variant(&quote! { Self::#vid }, &fields, c.deny_unknown_fields, tag)?;
        let i = builds.len();
        builds.push(quote! { ::core::option::Option::Some(#i) => #build, });
        reads.push(read);
    }
    Ok(quote! {
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
    })
}
