//! The top bar: title, scheme, the person acting (当前操作人: a committee member or a named
//! user; every edit is theirs), screens, language switch.

use crate::components::app::Ctx;
use crate::components::rater_sheet::role;
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, View};
use kaoping_core::api::session::{Actor, ActorKind};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// An actor as an option value: `member:R01`, `user:李静`.
fn key(actor: &Actor) -> String {
    match actor.kind {
        ActorKind::Member => format!("member:{}", actor.id),
        ActorKind::User => format!("user:{}", actor.id),
    }
}

/// The chooser of the person acting.
fn actor_chooser(store: &Ctx, lang: Lang) -> Html {
    let st = &store.state;
    let current = key(&st.ui.actor);
    let onchange = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let v = s.value();
            let actor = match v.split_once(':') {
                Some(("member", id)) => Actor::member(id),
                Some((_, name)) => Actor::user(name),
                None => Actor::user(&v),
            };
            store.dispatch(Action::SetActor(actor));
        })
    };
    html! {
        <label class="actor">{ Msg::ActingAs.text(lang) }
            <select id="actor" {onchange}>
                { for st.members().iter().map(|m| {
                    let k = format!("member:{}", m.id);
                    html! { <option value={k.clone()} selected={k == current}>{ format!("{} · {}", m.name, role(m.role, lang)) }</option> }
                }) }
                { for st.ui.users.iter().map(|u| {
                    let k = format!("user:{}", u.name);
                    html! { <option value={k.clone()} selected={k == current}>{ format!("{} · {}", u.name, u.role) }</option> }
                }) }
            </select>
        </label>
    }
}

/// The top bar.
#[function_component(Header)]
pub fn header() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let scheme = store.state.scheme();
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
                <span class="scheme-name">{ format!("{} · {}", pick(lang, &scheme.title, scheme.title_en.as_deref()), scheme.version) }</span>
            </div>
            <nav class="tabs">
                { tab(View::Setup, Msg::NavSetup, "tab-setup") }
                { tab(View::Cohort, Msg::NavCohort, "tab-cohort") }
                { tab(View::Sheets, Msg::NavSheets, "tab-sheets") }
                { tab(View::Audit, Msg::NavAudit, "tab-audit") }
                { tab(View::Scheme, Msg::NavScheme, "tab-scheme") }
                { tab(View::Tolerance, Msg::NavTolerance, "tab-tolerance") }
                { tab(View::Warnings, Msg::NavWarnings, "tab-warnings") }
                { tab(View::Units, Msg::NavUnits, "tab-units") }
                { tab(View::Results, Msg::NavResults, "tab-results") }
                { tab(View::Preview, Msg::NavPreview, "tab-preview") }
                { tab(View::Print, Msg::NavPrint, "tab-print") }
                { tab(View::Data, Msg::NavData, "tab-data") }
            </nav>
            { actor_chooser(&store, lang) }
            <button id="lang-switch" class="lang" onclick={switch}>{ Msg::LangSwitch.text(lang) }</button>
        </header>
    }
}
