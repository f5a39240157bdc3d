//! The officer detail's input table: one editable value per scheme input of the selected dossier.

use crate::components::app::Ctx;
use crate::components::notice::notice_body;
use crate::i18n::{pick, Msg};
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of [`OfficerInputs`].
#[derive(Properties, PartialEq)]
pub struct OfficerInputsProps {
    /// The officer.
    pub officer: kaoping_core::OfficerId,
}

/// The scheme's inputs of one dossier, each editable (a bad number is refused by the state).
#[function_component(OfficerInputs)]
pub fn officer_inputs(props: &OfficerInputsProps) -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let i = props.officer.clone();
    let Some(dossier) = st.dossier(&i) else { return html! {} };
    html! {
        <table class="grid inputs">
            <thead><tr><th>{ Msg::Input.text(lang) }</th><th class="num">{ Msg::Value.text(lang) }</th></tr></thead>
            <tbody>
            { for scheme.inputs.iter().map(|def| {
                let key = def.key.as_str().to_string();
                let value = dossier.inputs.get(def.key.as_str()).map(|v| v.to_string()).unwrap_or_default();
                let onchange = {
                    let store = store.clone();
                    let key = key.clone();
                    let i = i.clone();
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        store.dispatch(Action::SetInput { officer: i.clone(), key: key.clone(), value: input.value() });
                    })
                };
                let here = st.ui.field.as_ref().filter(|f| f.officer == i && f.key == key);
                html! {
                    <>
                    <tr class={classes!(here.is_some().then_some("refused"))}>
                        <td>{ pick(lang, &def.title, def.title_en.as_deref()) }
                            { def.unit.as_ref().map(|u| html! { <span class="sub">{ format!(" ({u})") }</span> }) }</td>
                        <td class="num"><input class="num-input" data-input={key.clone()} inputmode="decimal"
                            aria-invalid={here.is_some().then_some("true")} value={value} {onchange} /></td>
                    </tr>
                    { for here.map(|f| html! {
                        <tr class="field-notice"><td colspan="2" id="field-notice" role="alert">
                            { notice_body(f.notice.clone(), lang) }
                        </td></tr>
                    }) }
                    </>
                }
            }) }
            </tbody>
        </table>
    }
}
