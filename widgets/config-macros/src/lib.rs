//! `#[section]`: one declaration per config section, from which the struct's serde and schema
//! attributes, its `Default`, its reader and its `data-*` rows are all generated.
//!
//! Before it, every field was written five or six times (the struct, `Default`, the reader's
//! field list, the reader, the schema's bounds, the attribute table), and the reader's ranges
//! and the schema's were two hand-kept copies. Now a field is written once:
//!
//! ```ignore
//! #[section]
//! pub struct FeedbackConfig {
//!     /// Maximum message length in characters.
//!     #[field(default = 1000, range(10, 5000), attr = "feedbackMaxLength")]
//!     pub max_length: u16,
//! }
//! ```
//!
//! Options of `#[field(…)]`, all optional:
//! - `default = EXPR`: the value when the field is absent (`Default::default()` otherwise);
//! - `required = "what it is"`: JSON must set it, and leaving it out is reported with that
//!   text (a `default` then serves only Rust's `Default`);
//! - `range(MIN, MAX)`: a number's bounds; `length(MIN, MAX)`: a text's characters or a list's
//!   items. The reader enforces them and the schema publishes the same two numbers;
//! - `read = PATH`: a reader `fn(&Obj, key) -> Option<T>` for a field no type rule covers;
//! - `attr = "datasetKey"` (or a list): the `data-*` attributes that set this field.
//!
//! `#[section(feature = "help")]` reads the section only when the crate has that feature;
//! `#[section(finish = PATH)]` calls `PATH(&mut value)` after reading, for a default that
//! depends on another field.
//!
//! The generated code names `crate::config::…`: the macro serves `vox-core` alone.

use proc_macro::TokenStream;
use proc_macro2::TokenStream as Tokens;
use quote::{format_ident, quote};
use syn::{
    parse::Parser, parse_macro_input, punctuated::Punctuated, Attribute, Expr, Fields, ItemStruct,
    LitStr, Path, Token,
};

/// Declares a config section: see the crate docs.
#[proc_macro_attribute]
pub fn section(args: TokenStream, item: TokenStream) -> TokenStream {
    let mut item = parse_macro_input!(item as ItemStruct);
    match expand(args.into(), &mut item) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

/// What `#[section(…)]` says.
#[derive(Default)]
struct SectionArgs {
    feature: Option<LitStr>,
    finish: Option<Path>,
}

/// What one field's `#[field(…)]` says.
#[derive(Default)]
struct FieldArgs {
    default: Option<Expr>,
    required: Option<LitStr>,
    /// (min, max, the schemars keyword: `range` or `length`).
    bounds: Option<(Expr, Expr, &'static str)>,
    read: Option<Path>,
    attrs: Vec<LitStr>,
}

fn section_args(args: Tokens) -> syn::Result<SectionArgs> {
    let mut out = SectionArgs::default();
    let parser = syn::meta::parser(|meta| {
        if meta.path.is_ident("feature") {
            out.feature = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("finish") {
            out.finish = Some(meta.value()?.parse()?);
        } else {
            return Err(meta.error("expected `feature = \"…\"` or `finish = path`"));
        }
        Ok(())
    });
    parser.parse2(args)?;
    Ok(out)
}

fn field_args(attr: &Attribute) -> syn::Result<FieldArgs> {
    let mut out = FieldArgs::default();
    attr.parse_nested_meta(|meta| {
        let bound = |name: &'static str| -> syn::Result<(Expr, Expr, &'static str)> {
            let content;
            syn::parenthesized!(content in meta.input);
            let both = Punctuated::<Expr, Token![,]>::parse_terminated(&content)?;
            match (both.first(), both.iter().nth(1), both.len()) {
                (Some(min), Some(max), 2) => Ok((min.clone(), max.clone(), name)),
                _ => Err(meta.error("expected two bounds: (MIN, MAX)")),
            }
        };
        if meta.path.is_ident("default") {
            out.default = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("required") {
            out.required = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("range") {
            out.bounds = Some(bound("range")?);
        } else if meta.path.is_ident("length") {
            out.bounds = Some(bound("length")?);
        } else if meta.path.is_ident("read") {
            out.read = Some(meta.value()?.parse()?);
        } else if meta.path.is_ident("attr") {
            let value = meta.value()?;
            if value.peek(syn::token::Bracket) {
                let content;
                syn::bracketed!(content in value);
                out.attrs
                    .extend(Punctuated::<LitStr, Token![,]>::parse_terminated(&content)?);
            } else {
                out.attrs.push(value.parse()?);
            }
        } else {
            return Err(
                meta.error("expected `default`, `required`, `range`, `length`, `read` or `attr`")
            );
        }
        Ok(())
    })?;
    Ok(out)
}

/// `max_length` → `maxLength`, as serde's `rename_all = "camelCase"` spells it.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        match c {
            '_' => upper = true,
            c if upper => {
                out.extend(c.to_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

fn expand(args: Tokens, item: &mut ItemStruct) -> syn::Result<Tokens> {
    let section = section_args(args)?;
    let name = item.ident.clone();
    let Fields::Named(fields) = &mut item.fields else {
        return Err(syn::Error::new_spanned(
            &item.ident,
            "a section has named fields",
        ));
    };

    let mut keys = Vec::new();
    let mut default_fns = Vec::new();
    let mut defaults = Vec::new();
    let mut reads = Vec::new();
    let mut required = Vec::new();
    let mut attrs = Vec::new();
    let mut children = Vec::new();

    for field in fields.named.iter_mut() {
        let ident = field.ident.clone().expect("named field");
        let ty = field.ty.clone();
        let key = camel(&ident.to_string());
        let mut args = FieldArgs::default();
        let mut kept = Vec::new();
        for attr in field.attrs.drain(..) {
            if attr.path().is_ident("field") {
                args = field_args(&attr)?;
            } else {
                kept.push(attr);
            }
        }
        field.attrs = kept;

        // The default, once: a function serde's `default = "…"` names (so the schema
        // publishes it) and `Default` calls.
        if let Some(expected) = &args.required {
            required.push(quote! {
                if o.value(#key).is_null() {
                    o.missing::<()>(#key, #expected);
                }
            });
            // Only Rust's `Default` uses it: JSON must say it.
            let value = args
                .default
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::core::default::Default::default()));
            defaults.push(quote! { #ident: #value });
        } else {
            let function = format_ident!("__default_{}", ident);
            let value = args
                .default
                .clone()
                .unwrap_or_else(|| syn::parse_quote!(::core::default::Default::default()));
            default_fns.push(quote! {
                #[doc(hidden)]
                fn #function() -> #ty { #value }
            });
            defaults.push(quote! { #ident: Self::#function() });
            let path = LitStr::new(&format!("{name}::{function}"), ident.span());
            field
                .attrs
                .push(syn::parse_quote!(#[serde(default = #path)]));
        }

        let (min, max) = match &args.bounds {
            Some((min, max, keyword)) => {
                let keyword = format_ident!("{}", keyword);
                field.attrs.push(syn::parse_quote!(
                    #[cfg_attr(feature = "schema", schemars(#keyword(min = #min, max = #max)))]
                ));
                (quote!((#min) as u64), quote!((#max) as u64))
            }
            None => (quote!(0), quote!(u64::MAX)),
        };
        let read = match &args.read {
            Some(reader) => quote! { #reader(o, #key) },
            None => quote! {
                <#ty as crate::config::field::Field>::read(o, #key, #min, #max)
            },
        };
        // An absent field calls its default function: no default is built only to be
        // dropped, and the wasm holds each default once (here and in `Default`).
        let fallback = match &args.required {
            Some(_) => quote! { ::core::default::Default::default },
            None => {
                let function = format_ident!("__default_{}", ident);
                quote! { Self::#function }
            }
        };
        reads.push(quote! { #ident: #read.unwrap_or_else(#fallback) });

        // Its `data-*` rows, and the table of rows inside it (a section's). A field with its
        // own reader is no section, and its type may have no `Field`.
        for attr in &args.attrs {
            attrs.push(quote! { (#attr, #key, <#ty as crate::config::field::Field>::KIND) });
        }
        if args.read.is_none() {
            children.push(quote! { (#key, <#ty as crate::config::field::Field>::TABLE) });
        }
        keys.push(key);
    }

    // Before the section's own attributes, which may use the derives' helpers.
    let derives: [Attribute; 3] = [
        syn::parse_quote!(#[derive(Debug, Clone, PartialEq, serde::Serialize)]),
        syn::parse_quote!(#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]),
        syn::parse_quote!(#[serde(rename_all = "camelCase", deny_unknown_fields)]),
    ];
    item.attrs.splice(0..0, derives);

    let enabled = match &section.feature {
        Some(feature) => quote! { cfg!(feature = #feature) },
        None => quote! { true },
    };
    let finish = section.finish.as_ref().map(|f| quote! { #f(&mut value); });

    Ok(quote! {
        #item

        impl #name {
            #(#default_fns)*
        }

        impl ::core::default::Default for #name {
            fn default() -> Self {
                #name { #(#defaults),* }
            }
        }

        impl crate::config::field::Section for #name {
            const FIELDS: &'static [&'static str] = &[#(#keys),*];
            const ENABLED: bool = #enabled;

            fn read(o: &crate::config::read::Obj) -> Self {
                o.only(<Self as crate::config::field::Section>::FIELDS);
                #(#required)*
                #[allow(unused_mut)]
                let mut value = #name { #(#reads),* };
                #finish
                value
            }

            const TABLE: crate::config::field::Table = crate::config::field::Table {
                attrs: &[#(#attrs),*],
                children: &[#(#children),*],
            };
        }
    })
}
