//! Shown instead of the app when the saved workspace cannot be read: what happened, the raw data
//! to download, and a way back to the demo cohort. Never a blank page.

use crate::browser;
use crate::components::problems::ProblemList;
use crate::i18n::{Lang, Msg};
use kaoping_core::Problems;
use std::rc::Rc;
use yew::prelude::*;

/// Properties of [`Recovery`].
#[derive(Properties, PartialEq)]
pub struct RecoveryProps {
    /// The unreadable saved text.
    pub raw: Rc<String>,
    /// Why it could not be read.
    pub problems: Problems,
    /// Start again from the demo cohort.
    pub on_reset: Callback<()>,
}

/// The recovery screen (both languages: the saved language is unknown).
#[function_component(Recovery)]
pub fn recovery(props: &RecoveryProps) -> Html {
    let raw = props.raw.clone();
    let download =
        Callback::from(move |_| browser::download("kaoping-corrupt-workspace.txt", "text/plain", &raw));
    let reset = props.on_reset.reform(|_| ());
    html! {
        <section class="panel recovery" id="recovery" role="alert">
            <h2>{ Msg::CorruptTitle.text(Lang::Zh) }<span class="sub">{ format!(" / {}", Msg::CorruptTitle.text(Lang::En)) }</span></h2>
            <p>{ Msg::CorruptBody.text(Lang::Zh) }</p>
            <p class="sub">{ Msg::CorruptBody.text(Lang::En) }</p>
            <ProblemList problems={props.problems.clone()} />
            <p>
                <button id="download-raw" onclick={download}>{ format!("{} / {}", Msg::DownloadRaw.text(Lang::Zh), Msg::DownloadRaw.text(Lang::En)) }</button>
                { " " }
                <button id="recover-reset" onclick={reset}>{ format!("{} / {}", Msg::ResetDemo.text(Lang::Zh), Msg::ResetDemo.text(Lang::En)) }</button>
            </p>
        </section>
    }
}
