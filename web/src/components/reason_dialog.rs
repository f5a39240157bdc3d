//! Asks for the reason the core requires (withdrawing a sign-off, a recusal, amending a decided
//! incident, any edit after a seal): the core's message, a reason field, and applying the
//! waiting edit again with it, or dropping it.

use crate::components::app::Ctx;
use crate::i18n::Msg;
use crate::state::Action;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The reason dialog, shown while an edit waits for a reason.
#[function_component(ReasonDialog)]
pub fn reason_dialog() -> Html {
    let text = use_node_ref();
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let Some(pending) = &st.ui.pending else { return html! {} };
    let submit = {
        let ctx = ctx.clone();
        let text = text.clone();
        Callback::from(move |_| {
            let reason = text.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
            ctx.dispatch(Action::GiveReason(reason));
        })
    };
    let cancel = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.dispatch(Action::CancelReason))
    };
    html! {
        <div class="reason-dialog noprint" role="dialog" id="reason-dialog">
            <h3>{ Msg::ReasonNeeded.text(lang) }</h3>
            <ul class="why">{ for pending.problems.0.iter().map(|p| html! { <li data-code={p.code.as_str()}>{ p.text(lang) }</li> }) }</ul>
            <p class="sub">{ format!("{}：{}", Msg::ActingAs.text(lang), st.ui.actor.id) }</p>
            <textarea id="reason-text" rows="2" ref={text} placeholder={Msg::ReasonPlaceholder.text(lang)} />
            <div class="toolbar">
                <button id="reason-submit" onclick={submit}>{ Msg::ReasonSubmit.text(lang) }</button>
                <button id="reason-cancel" onclick={cancel}>{ Msg::Cancel.text(lang) }</button>
            </div>
        </div>
    }
}
