//! The derived `ToJson`: compact JSON, the same bytes as `serde_json::to_string`.

use crate::attrs::{container_attrs, field_attrs, named_fields, Field, RenameAll};
use crate::bounded_generics;
use proc_macro2::{Span, TokenStream as Tokens};
use quote::quote;
use syn::{Data, DeriveInput, Fields, Ident};

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

/// The `ToJson` impl of `input`.
pub fn to_json(input: &DeriveInput) -> syn::Result<Tokens> {
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
                let fields = named_fields(&s.fields, c.rename_all)?;
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
                    va.rename.clone().unwrap_or_else(|| RenameAll::apply(c.rename_all, &vid.to_string()));
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
                            let fields = named_fields(&v.fields, va.rename_all)?;
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
