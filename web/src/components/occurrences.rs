//! The officer detail's occurrences of list items and vetoes: the dossier's occurrences, each
//! removable, and a row to add one. The row starts with no item chosen; a veto is added only
//! after a second click that confirms it, beside a line saying what the veto does.

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

/// One choice of the add row: item id and label.
type Choice = (String, String);

/// The add row's item choices: list items, then vetoes.
fn choices(scheme: &kaoping_core::Scheme, lang: kaoping_core::Lang) -> (Vec<Choice>, Vec<Choice>) {
    let items = scheme
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
        .collect();
    let vetoes = scheme
        .vetoes
        .iter()
        .map(|v| {
            (v.id.as_str().to_string(), format!("{} {}", v.id, pick(lang, &v.title, v.title_en.as_deref())))
        })
        .collect();
    (items, vetoes)
}

/// The add row's state: nothing to say, "choose an item first", or a veto waiting for its
/// confirmation.
#[derive(Clone, PartialEq)]
enum Ask {
    Nothing,
    ChooseFirst,
    Veto(String),
}

/// One dossier's occurrences, with a row adding one (item, date, count, reference).
#[function_component(Occurrences)]
pub fn occurrences(props: &OccurrencesProps) -> Html {
    let item_ref = use_node_ref();
    let date_ref = use_node_ref();
    let count_ref = use_node_ref();
    let ref_ref = use_node_ref();
    let ask = use_state(|| Ask::Nothing);
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let i = props.officer.clone();
    let Some(dossier) = st.dossier(&i) else { return html! {} };
    let (items, vetoes) = choices(scheme, lang);
    let item_title = |id: &str| {
        items
            .iter()
            .chain(vetoes.iter())
            .find(|(k, _)| k == id)
            .map(|(_, t)| t.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let add = {
        let store = store.clone();
        let (item_ref, date_ref, count_ref, ref_ref) =
            (item_ref.clone(), date_ref.clone(), count_ref.clone(), ref_ref.clone());
        let (i, ask) = (i.clone(), ask.clone());
        let veto_ids: Vec<String> = vetoes.iter().map(|(k, _)| k.clone()).collect();
        move |confirmed: bool| {
            let item = item_ref.cast::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            if item.is_empty() {
                ask.set(Ask::ChooseFirst);
                return;
            }
            if veto_ids.contains(&item) && !confirmed {
                ask.set(Ask::Veto(item));
                return;
            }
            let value = |r: &NodeRef| r.cast::<HtmlInputElement>().map(|s| s.value()).unwrap_or_default();
            let (date, count, reference) = (value(&date_ref), value(&count_ref), value(&ref_ref));
            ask.set(Ask::Nothing);
            store.dispatch(Action::AddOccurrence { officer: i.clone(), item, date, reference, count });
            // the row starts over: no item chosen (a second click adds nothing by accident)
            if let Some(s) = item_ref.cast::<HtmlSelectElement>() {
                s.set_value("");
            }
            for (r, v) in [(&count_ref, "1"), (&ref_ref, "")] {
                if let Some(input) = r.cast::<HtmlInputElement>() {
                    input.set_value(v);
                }
            }
        }
    };
    let on_add = {
        let add = add.clone();
        Callback::from(move |_| add(false))
    };
    let on_confirm = Callback::from(move |_| add(true));
    let on_cancel = {
        let ask = ask.clone();
        Callback::from(move |_| ask.set(Ask::Nothing))
    };
    let on_choose = {
        let ask = ask.clone();
        Callback::from(move |_: Event| ask.set(Ask::Nothing))
    };
    let option = |(id, t): &(String, String)| html! { <option value={id.clone()}>{ t }</option> };
    let asking = match &*ask {
        Ask::Veto(id) => question(scheme, id, &item_title(id), lang, on_confirm, on_cancel),
        other => question_first(other, lang),
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
                <td><select ref={item_ref} id="occ-item" onchange={on_choose}>
                    <option value="" selected=true>{ Msg::ChooseItem.text(lang) }</option>
                    <optgroup label={Msg::ListGroup.text(lang)}>{ for items.iter().map(option) }</optgroup>
                    <optgroup label={Msg::VetoGroup.text(lang)}>{ for vetoes.iter().map(option) }</optgroup>
                </select></td>
                <td><input ref={date_ref} id="occ-date" type="date" value={scheme.period.start.to_string()} /></td>
                <td><input ref={count_ref} id="occ-count" class="num count" type="number" min="1" step="1" value="1" /></td>
                <td><input ref={ref_ref} id="occ-ref" /></td>
                <td><button id="occ-add" class="small" onclick={on_add}>{ Msg::Add.text(lang) }</button></td>
            </tr>
            { asking }
            </tbody>
        </table>
    }
}

/// The add row's hint when no item was chosen (nothing otherwise).
fn question_first(ask: &Ask, lang: kaoping_core::Lang) -> Html {
    match ask {
        Ask::ChooseFirst => html! {
            <tr class="add-ask"><td colspan="5" id="occ-ask" class="hint" role="alert">{ Msg::ChooseItemFirst.text(lang) }</td></tr>
        },
        _ => html! {},
    }
}

/// The add row's question before a veto is added: what the veto does, confirm or cancel.
fn question(
    scheme: &kaoping_core::Scheme,
    id: &str,
    title: &str,
    lang: kaoping_core::Lang,
    on_confirm: Callback<MouseEvent>,
    on_cancel: Callback<MouseEvent>,
) -> Html {
    let effect = scheme
        .vetoes
        .iter()
        .find(|v| v.id.as_str() == id)
        .map(|v| kaoping_core::api::words::veto_effect_words(scheme, &v.effect, lang))
        .unwrap_or_default();
    let sep = if lang == kaoping_core::Lang::Zh { "：" } else { ": " };
    html! {
        <tr class="add-ask veto-ask"><td colspan="5" id="occ-ask" role="alert">
            { format!("「{title}」{}{sep}{effect}。{}", Msg::ConfirmVeto.text(lang), Msg::ConfirmVetoAsk.text(lang)) }
            <button id="occ-confirm" class="small danger" onclick={on_confirm}>{ Msg::ConfirmAdd.text(lang) }</button>
            <button id="occ-cancel" class="small" onclick={on_cancel}>{ Msg::Cancel.text(lang) }</button>
        </td></tr>
    }
}
