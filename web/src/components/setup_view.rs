//! The set-up screen (设置): a new, empty workspace of a built-in scheme (listed by title) for a
//! period, the period changed, then the roster and the committee. Every change is a session
//! event; the core checks it and a refusal is said in Chinese.

use crate::components::app::Ctx;
use crate::components::committee_setup::CommitteeSetup;
use crate::components::notice::FormNotice;
use crate::components::roster_setup::RosterSetup;
use crate::i18n::{pick, Msg};
use crate::state::{Action, Form, PeriodForm};
use kaoping_core::api::builtin;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The value of an input or select element behind a node reference (empty when there is none).
pub fn value(node: &NodeRef) -> String {
    node.cast::<HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| node.cast::<HtmlSelectElement>().map(|s| s.value()))
        .unwrap_or_default()
}

/// A period as the form shows it at first: the scheme's.
fn typed(now: &kaoping_core::model::scheme::Period) -> PeriodForm {
    PeriodForm { label: now.label.clone(), start: now.start.to_string(), end: now.end.to_string() }
}

/// Three inputs of a period (label, first day, last day), with ids under `prefix`; what is typed
/// is kept in `form` (a re-render keeps it).
fn period_inputs(prefix: &str, form: &UseStateHandle<PeriodForm>, lang: crate::i18n::Lang) -> Html {
    let field = |which: u8| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let mut next = (*form).clone();
            match which {
                0 => next.label = v,
                1 => next.start = v,
                _ => next.end = v,
            }
            form.set(next);
        })
    };
    html! {
        <>
        <label>{ Msg::PeriodLabel.text(lang) }<input id={format!("{prefix}-label")} value={form.label.clone()} oninput={field(0)} /></label>
        <label>{ Msg::PeriodStart.text(lang) }<input id={format!("{prefix}-start")} type="date" value={form.start.clone()} oninput={field(1)} /></label>
        <label>{ Msg::PeriodEnd.text(lang) }<input id={format!("{prefix}-end")} type="date" value={form.end.clone()} oninput={field(2)} /></label>
        </>
    }
}

/// The new-workspace card: the scheme by its title, the period, and the question before it
/// replaces the current workspace.
#[function_component(NewWorkspace)]
fn new_workspace() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = use_node_ref();
    let form = use_state(|| typed(&st.scheme().period));
    let asking = use_state(|| false);
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(true))
    };
    let confirm = {
        let (store, asking, scheme, form) = (store.clone(), asking.clone(), scheme.clone(), form.clone());
        Callback::from(move |_| {
            asking.set(false);
            store.dispatch(Action::NewWorkspace { scheme: value(&scheme), period: (*form).clone() });
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(false))
    };
    let what = Msg::ReplaceWhat
        .text(lang)
        .replace("{officers}", &st.officer_count().to_string())
        .replace("{events}", &st.session.log().len().to_string());
    html! {
        <section class="card" id="new-workspace-card">
            <h3>{ Msg::NewWorkspace.text(lang) }</h3>
            <p class="hint">{ Msg::NewWorkspaceHint.text(lang) }</p>
            <div class="toolbar">
                <label>{ Msg::SchemeChoice.text(lang) }
                    <select id="new-scheme" ref={scheme}>
                        { for builtin::scheme_ids().into_iter().filter_map(|id| builtin::scheme(id).ok().map(|s| (id, s))).map(|(id, s)| html! {
                            <option value={id} selected={st.ui.builtin.as_deref() == Some(id)}>{ pick(lang, &s.title, s.title_en.as_deref()) }</option>
                        }) }
                    </select>
                </label>
                { period_inputs("new", &form, lang) }
                <button id="new-workspace" onclick={ask}>{ Msg::CreateWorkspace.text(lang) }</button>
            </div>
            <FormNotice form={Form::NewWorkspace} />
            if *asking {
                <p class="replace-ask" id="new-ask" role="alert">{ format!("{}{what}", Msg::NewAsk.text(lang)) }
                    <button id="confirm-new" class="small danger" onclick={confirm}>{ Msg::ReplaceConfirm.text(lang) }</button>
                    <button id="cancel-new" class="small" onclick={cancel}>{ Msg::Cancel.text(lang) }</button>
                </p>
            }
        </section>
    }
}

/// The period card: the current period and the form that changes it.
#[function_component(PeriodCard)]
fn period_card() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let period = &st.scheme().period;
    let form = use_state(|| typed(period));
    let change = {
        let (store, form) = (store.clone(), form.clone());
        Callback::from(move |_| store.dispatch(Action::SetPeriod((*form).clone())))
    };
    html! {
        <section class="card" id="period-card">
            <h3>{ Msg::PeriodSection.text(lang) }</h3>
            <p id="period-now">{ format!("{}：{}（{} – {}）", Msg::PeriodNow.text(lang), period.label, period.start, period.end) }</p>
            <div class="toolbar">
                { period_inputs("period", &form, lang) }
                <button id="set-period" onclick={change}>{ Msg::ChangePeriod.text(lang) }</button>
            </div>
            <FormNotice form={Form::Period} />
            <p class="hint">{ Msg::PeriodHint.text(lang) }</p>
            if st.ui.period_changed { <p class="ok" id="period-changed">{ Msg::PeriodChanged.text(lang) }</p> }
        </section>
    }
}

/// The set-up screen.
#[function_component(SetupView)]
pub fn setup_view() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let p = &store.state.scheme().period;
    // the forms start again from the period in force whenever it changes
    let key = format!("{}|{}|{}", p.label, p.start, p.end);
    html! {
        <div class="setup-view">
            <div class="two-col"><NewWorkspace key={format!("new|{key}")} /><PeriodCard key={key} /></div>
            <RosterSetup />
            <CommitteeSetup />
        </div>
    }
}
