//! The message bar for rejected imports and edits, and the same message at the form of the
//! set-up screen it is about.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::i18n::Msg;
use crate::state::{Action, Form, Notice};
use yew::prelude::*;

/// Shows the current notice, with a close button.
#[function_component(NoticeBar)]
pub fn notice_bar() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let Some(notice) = store.state.ui.notice.clone().filter(|_| store.state.ui.form.is_none()) else {
        return html! {};
    };
    let close = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Dismiss))
    };
    let body = notice_body(notice, lang);
    html! {
        <div class="notice noprint" role="alert" id="notice">
            <div class="notice-body">{ body }</div>
            <button class="close" onclick={close}>{ "×" }</button>
        </div>
    }
}

/// What a notice says: the refusal with the core's problems, or the text that is no number.
pub fn notice_body(notice: Notice, lang: crate::i18n::Lang) -> Html {
    match notice {
        Notice::Rejected(p) => html! { <>{ Msg::ImportRejected.text(lang) }<ProblemList problems={p} /></> },
        Notice::BadNumber(text) => html! { <>{ format!("{} {text}", Msg::InvalidNumber.text(lang)) }</> },
        Notice::BadDate(text) => html! { <>{ format!("{} {text}", Msg::BadDate.text(lang)) }</> },
    }
}

/// Properties of [`FormNotice`].
#[derive(Properties, PartialEq)]
pub struct FormNoticeProps {
    /// The form.
    pub form: Form,
}

/// The current notice when it is about this form, shown at it.
#[function_component(FormNotice)]
pub fn form_notice(props: &FormNoticeProps) -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let ui = &store.state.ui;
    let Some(notice) = ui.notice.clone().filter(|_| ui.form == Some(props.form)) else { return html! {} };
    let close = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Dismiss))
    };
    html! {
        <div class="notice form-notice" role="alert" id="form-notice">
            <div class="notice-body">{ notice_body(notice, lang) }</div>
            <button class="close" onclick={close}>{ "×" }</button>
        </div>
    }
}
