//! The top bar: title, scheme, screens, language switch.

use crate::components::app::Ctx;
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, View};
use yew::prelude::*;

/// The top bar.
#[function_component(Header)]
pub fn header() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let scheme = &store.state.ws.scheme;
    let tab = |view: View, msg: Msg, id: &'static str| {
        let store = store.clone();
        let active = store.state.ui.view == view;
        html! {
            <button id={id} class={classes!("tab", active.then_some("active"))}
                onclick={Callback::from(move |_| store.dispatch(Action::Show(view)))}>{ msg.text(lang) }</button>
        }
    };
    let other = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
    let switch = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::SetLang(other)))
    };
    html! {
        <header class="topbar noprint">
            <div class="brand">
                <strong>{ Msg::AppTitle.text(lang) }</strong>
                <span class="scheme-name">{ format!("{} · {} {}", pick(lang, &scheme.title, scheme.title_en.as_deref()), scheme.id, scheme.version) }</span>
            </div>
            <nav class="tabs">
                { tab(View::Cohort, Msg::NavCohort, "tab-cohort") }
                { tab(View::Sheets, Msg::NavSheets, "tab-sheets") }
                { tab(View::Scheme, Msg::NavScheme, "tab-scheme") }
                { tab(View::Tolerance, Msg::NavTolerance, "tab-tolerance") }
                { tab(View::Preview, Msg::NavPreview, "tab-preview") }
                { tab(View::Print, Msg::NavPrint, "tab-print") }
                { tab(View::Data, Msg::NavData, "tab-data") }
            </nav>
            <button id="lang-switch" class="lang" onclick={switch}>{ Msg::LangSwitch.text(lang) }</button>
        </header>
    }
}
