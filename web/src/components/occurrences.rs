//! The officer detail's occurrences of list items and vetoes: the dossier's occurrences, each
//! removable, and a row to add one.

use crate::components::app::Ctx;
use crate::i18n::{pick, Msg};
use crate::state::Action;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of [`Occurrences`].
#[derive(Properties, PartialEq)]
pub struct OccurrencesProps {
    /// The officer.
    pub officer: kaoping_core::OfficerId,
}

/// One dossier's occurrences, with a row adding one (item, date, reference).
#[function_component(Occurrences)]
pub fn occurrences(props: &OccurrencesProps) -> Html {
    let item_ref = use_node_ref();
    let date_ref = use_node_ref();
    let ref_ref = use_node_ref();
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let i = props.officer.clone();
    let Some(dossier) = st.dossier(&i) else { return html! {} };
    let items: Vec<(String, String)> = scheme
        .bonuses
        .items
        .iter()
        .chain(scheme.deductions.items.iter())
        .filter(|it| it.from_case_review.is_none())
        .map(|it| {
            (
                it.id.as_str().to_string(),
                format!("{} {}", it.id, pick(lang, &it.title, it.title_en.as_deref())),
            )
        })
        .chain(scheme.vetoes.iter().map(|v| {
            (v.id.as_str().to_string(), format!("{} {}", v.id, pick(lang, &v.title, v.title_en.as_deref())))
        }))
        .collect();
    let item_title = |id: &str| {
        items.iter().find(|(k, _)| k == id).map(|(_, t)| t.clone()).unwrap_or_else(|| id.to_string())
    };
    let on_add = {
        let store = store.clone();
        let (item_ref, date_ref, ref_ref) = (item_ref.clone(), date_ref.clone(), ref_ref.clone());
        let i = i.clone();
        Callback::from(move |_| {
            let item = item_ref.cast::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            let date = date_ref.cast::<HtmlInputElement>().map(|s| s.value()).unwrap_or_default();
            let reference = ref_ref.cast::<HtmlInputElement>().map(|s| s.value()).unwrap_or_default();
            store.dispatch(Action::AddOccurrence { officer: i.clone(), item, date, reference });
        })
    };
    html! {
        <table class="grid occurrences">
            <thead><tr>
                <th>{ Msg::Item.text(lang) }</th><th>{ Msg::Date.text(lang) }</th><th class="num">{ Msg::Count.text(lang) }</th>
                <th>{ Msg::Reference.text(lang) }</th><th></th>
            </tr></thead>
            <tbody>
            { for dossier.occurrences.iter().map(|o| {
                let store = store.clone();
                let id = o.id.as_str().to_string();
                let i = i.clone();
                let remove = Callback::from(move |_| store.dispatch(Action::RemoveOccurrence { officer: i.clone(), id: id.clone() }));
                html! {
                    <tr data-occurrence={o.id.as_str().to_string()}>
                        <td>{ item_title(o.item.as_str()) }</td>
                        <td class="mono">{ o.date.to_string() }</td>
                        <td class="num">{ o.count }</td>
                        <td>{ o.reference.clone().unwrap_or_default() }</td>
                        <td><button class="small" onclick={remove}>{ Msg::Remove.text(lang) }</button></td>
                    </tr>
                }
            }) }
            <tr class="add-row">
                <td><select ref={item_ref} id="occ-item">{ for items.iter().map(|(id, t)| html! { <option value={id.clone()}>{ t }</option> }) }</select></td>
                <td><input ref={date_ref} id="occ-date" type="date" value={scheme.period.start.to_string()} /></td>
                <td></td>
                <td><input ref={ref_ref} id="occ-ref" /></td>
                <td><button id="occ-add" class="small" onclick={on_add}>{ Msg::Add.text(lang) }</button></td>
            </tr>
            </tbody>
        </table>
    }
}
