//! Placeholder for a screen whose core API has not landed: says so instead of faking results.

use crate::components::app::Ctx;
use crate::i18n::{Lang, Msg};
use yew::prelude::*;

/// Properties of [`Pending`].
#[derive(Properties, PartialEq)]
pub struct PendingProps {
    /// The screen's title.
    pub what: Msg,
}

/// An honest "not yet" panel.
#[function_component(Pending)]
pub fn pending(props: &PendingProps) -> Html {
    let lang = use_context::<Ctx>().map_or(Lang::Zh, |s| s.state.lang());
    html! {
        <section class="panel pending">
            <h2>{ props.what.text(lang) }</h2>
            <p>{ Msg::NotAvailable.text(lang) }</p>
        </section>
    }
}
