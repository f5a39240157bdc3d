//! The last applied edit under the header: its number, who, what (worded by the core) and the
//! officers it moved (before → after).

use crate::components::app::Ctx;
use crate::i18n::Msg;
use yew::prelude::*;

/// The last edit bar (nothing before the first edit of this visit).
#[function_component(LastEditBar)]
pub fn last_edit_bar() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let Some(last) = &st.ui.last else { return html! {} };
    html! {
        <div class="last-edit noprint" id="last-edit">
            <span class="label">{ format!("{} #{}", Msg::LastEdit.text(lang), last.seq) }</span>
            <span class="who">{ &last.actor }</span>
            <span class="what">{ &last.action }</span>
            { last.reason.as_ref().map(|r| html! { <span class="why">{ format!("{}：{r}", Msg::Reason.text(lang)) }</span> }) }
            if last.moved.is_empty() {
                <span class="sub">{ Msg::NobodyMoved.text(lang) }</span>
            } else {
                <ul class="moved">{ for last.moved.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
            }
        </div>
    }
}
