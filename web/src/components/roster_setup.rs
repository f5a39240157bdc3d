//! The roster card of the set-up screen: every officer with their name, unit and post editable,
//! a removal asked first and undone afterwards (the officer added back with their data), and
//! the form that adds an officer with the inputs the scheme asks for (by their titles).

use crate::components::app::Ctx;
use crate::components::cohort_table::MAX_ROWS;
use crate::components::notice::FormNotice;
use crate::components::setup_view::value;
use crate::i18n::{pick, Msg};
use crate::state::{Action, Form};
use kaoping_core::OfficerId;
use yew::prelude::*;

/// Properties of [`OfficerRow`].
#[derive(Properties, PartialEq)]
struct OfficerRowProps {
    officer: OfficerId,
}

/// One officer of the roster: the fields, 保存, and 移除 with its question.
#[function_component(OfficerRow)]
fn officer_row(props: &OfficerRowProps) -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let asking = use_state(|| false);
    let entry = st.session.state().roster.get(&props.officer);
    // what is typed is kept in the row (a re-render keeps it); the row starts again from the
    // roster when the officer changes (its key)
    let typed = use_state(|| {
        entry.map_or_else(Default::default, |e| {
            [
                e.dossier.officer.name.clone(),
                e.dossier.officer.unit.clone().unwrap_or_default(),
                e.post.clone().unwrap_or_default(),
            ]
        })
    });
    let Some(entry) = entry else { return html! {} };
    let o = &entry.dossier.officer;
    let field = |i: usize| {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*typed).clone();
            if let Some(f) = next.get_mut(i) {
                *f = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
            }
            typed.set(next);
        })
    };
    let save = {
        let (store, typed, officer) = (store.clone(), typed.clone(), props.officer.clone());
        Callback::from(move |_| {
            let [name, unit, post] = (*typed).clone();
            store.dispatch(Action::UpdateOfficer { officer: officer.clone(), name, unit, post });
        })
    };
    let (ask, cancel) = {
        let (a, c) = (asking.clone(), asking.clone());
        (Callback::from(move |_| a.set(true)), Callback::from(move |_| c.set(false)))
    };
    let confirm = {
        let (store, asking, officer) = (store.clone(), asking.clone(), props.officer.clone());
        Callback::from(move |_| {
            asking.set(false);
            store.dispatch(Action::RemoveOfficer(officer.clone()));
        })
    };
    let [name, unit, post] = (*typed).clone();
    let who = format!("{} {}", o.id, o.name);
    html! {
        <>
        <tr data-officer={o.id.as_str().to_owned()}>
            <td class="mono">{ o.id.as_str() }</td>
            <td><input class="edit-name" value={name} oninput={field(0)} /></td>
            <td><input class="edit-unit" value={unit} oninput={field(1)} /></td>
            <td><input class="edit-post" value={post} oninput={field(2)} /></td>
            <td><button class="small edit-save" onclick={save}>{ Msg::SaveChanges.text(lang) }</button>
                <button class="small remove-officer" onclick={ask}>{ Msg::RemoveOfficer.text(lang) }</button></td>
        </tr>
        if *asking {
            <tr class="replace-ask"><td colspan="5" class="remove-ask" role="alert">{ Msg::RemoveAsk.text(lang).replace("{who}", &who) }
                <button class="small danger confirm-remove" onclick={confirm}>{ Msg::RemoveConfirm.text(lang) }</button>
                <button class="small" onclick={cancel}>{ Msg::Cancel.text(lang) }</button>
            </td></tr>
        }
        </>
    }
}

/// The form that adds an officer: id, name, unit, post and every input the scheme declares
/// that is not derived from case records.
#[function_component(AddOfficerForm)]
fn add_officer_form() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let refs = [use_node_ref(), use_node_ref(), use_node_ref(), use_node_ref()];
    let inputs: Vec<_> = st.scheme().inputs.iter().filter(|d| d.derive.is_none()).collect();
    let input_refs = use_memo(inputs.len(), |n| (0..*n).map(|_| NodeRef::default()).collect::<Vec<_>>());
    let keys: Vec<String> = inputs.iter().map(|d| d.key.as_str().to_owned()).collect();
    let add = {
        let (store, refs, input_refs) = (store.clone(), refs.clone(), input_refs.clone());
        Callback::from(move |_| {
            let [id, name, unit, post] = &refs;
            let typed = keys.iter().zip(input_refs.iter()).map(|(k, r)| (k.clone(), value(r))).collect();
            store.dispatch(Action::AddOfficer {
                id: value(id),
                name: value(name),
                unit: value(unit),
                post: value(post),
                inputs: typed,
            });
        })
    };
    let [id, name, unit, post] = refs;
    html! {
        <div class="add-officer" id="add-officer-form">
            <div class="toolbar">
                <label>{ Msg::OfficerId.text(lang) }<input id="new-officer-id" ref={id} /></label>
                <label>{ Msg::Name.text(lang) }<input id="new-officer-name" ref={name} /></label>
                <label>{ Msg::Unit.text(lang) }<input id="new-officer-unit" ref={unit} /></label>
                <label>{ Msg::Post.text(lang) }<input id="new-officer-post" ref={post} /></label>
            </div>
            <p class="hint">{ Msg::AddOfficerHint.text(lang) }</p>
            <div class="input-grid">
                { for inputs.iter().zip(input_refs.iter()).map(|(d, r)| html! {
                    <label>{ pick(lang, &d.title, d.title_en.as_deref()) }
                        { d.unit.as_ref().map(|u| html! { <span class="sub">{ format!("（{u}）") }</span> }) }
                        <input class="num-input new-input" data-input={d.key.as_str().to_owned()} inputmode="decimal" ref={r.clone()} /></label>
                }) }
            </div>
            <FormNotice form={Form::Roster} />
            <button id="add-officer" onclick={add}>{ Msg::AddOfficerButton.text(lang) }</button>
        </div>
    }
}

/// The roster card.
#[function_component(RosterSetup)]
pub fn roster_setup() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let undo = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::UndoRemoveOfficer))
    };
    let removed =
        st.ui.removed.as_ref().map(|r| format!("{} {}", r.officer.officer.id, r.officer.officer.name));
    html! {
        <section class="card" id="roster-card">
            <h3>{ format!("{}（{} {}）", Msg::RosterSection.text(lang), st.officer_count(), Msg::Officers.text(lang)) }</h3>
            { for removed.map(|who| html! {
                <div class="undo-bar" id="removed-bar" role="status">
                    <span>{ Msg::RemovedOfficer.text(lang).replace("{who}", &who) }</span>
                    <button id="undo-remove" class="small" onclick={undo}>{ Msg::UndoRemove.text(lang) }</button>
                </div>
            }) }
            if st.officer_count() == 0 {
                <p class="hint" id="roster-empty">{ Msg::NoOfficersYet.text(lang) }</p>
            } else {
                <table class="grid" id="roster-setup">
                    <thead><tr><th>{ Msg::OfficerId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th><th>{ Msg::Unit.text(lang) }</th><th>{ Msg::Post.text(lang) }</th><th></th></tr></thead>
                    <tbody>{ for st.session.state().roster.iter().take(MAX_ROWS).map(|(id, e)| {
                        let key = format!("{id}|{}|{}|{}", e.dossier.officer.name, e.dossier.officer.unit.as_deref().unwrap_or_default(), e.post.as_deref().unwrap_or_default());
                        html! { <OfficerRow {key} officer={id.clone()} /> }
                    }) }</tbody>
                </table>
            }
            <AddOfficerForm />
        </section>
    }
}
