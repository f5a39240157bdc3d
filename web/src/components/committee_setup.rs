//! The committee card of the set-up screen: the members with their roles (a removal asked
//! first), the form that adds one, and the recusals with their reasons; a recusal is recorded by
//! the member themself (the person acting), as the core requires.

use crate::components::app::Ctx;
use crate::components::notice::FormNotice;
use crate::components::rater_sheet::role;
use crate::components::setup_view::value;
use crate::i18n::Msg;
use crate::state::{Action, Form, ROLES};
use kaoping_core::rules::committee::RaterRole;
use kaoping_core::{OfficerId, RaterId};
use yew::prelude::*;

/// The role a select's value names (its position in [`ROLES`]).
fn role_of(v: &str) -> RaterRole {
    v.parse::<usize>().ok().and_then(|i| ROLES.get(i).copied()).unwrap_or(RaterRole::Member)
}

/// The members' table, each with 移除 and its question.
fn members_table(store: &Ctx, asking: &UseStateHandle<Option<RaterId>>) -> Html {
    let st = &store.state;
    let lang = st.lang();
    if st.members().is_empty() {
        return html! { <p class="hint" id="members-empty">{ Msg::NoMembersYet.text(lang) }</p> };
    }
    let row = |m: &kaoping_core::rules::committee::Rater| {
        let ask = {
            let (asking, id) = (asking.clone(), m.id.clone());
            Callback::from(move |_| asking.set(Some(id.clone())))
        };
        let confirm = {
            let (store, asking, id) = (store.clone(), asking.clone(), m.id.clone());
            Callback::from(move |_| {
                asking.set(None);
                store.dispatch(Action::RemoveMember(id.clone()));
            })
        };
        let cancel = {
            let asking = asking.clone();
            Callback::from(move |_| asking.set(None))
        };
        let who = format!("{} {}", m.id, m.name);
        html! {
            <>
            <tr data-member={m.id.as_str().to_owned()}>
                <td class="mono">{ m.id.as_str() }</td><td>{ &m.name }</td><td class="role">{ role(m.role, lang) }</td>
                <td><button class="small remove-member" onclick={ask}>{ Msg::RemoveOfficer.text(lang) }</button></td>
            </tr>
            if asking.as_ref() == Some(&m.id) {
                <tr class="replace-ask"><td colspan="4" role="alert">{ Msg::RemoveMemberAsk.text(lang).replace("{who}", &who) }
                    <button class="small danger confirm-remove-member" onclick={confirm}>{ Msg::RemoveConfirm.text(lang) }</button>
                    <button class="small" onclick={cancel}>{ Msg::Cancel.text(lang) }</button>
                </td></tr>
            }
            </>
        }
    };
    html! {
        <table class="grid" id="members">
            <thead><tr><th>{ Msg::MemberId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th><th>{ Msg::MemberRole.text(lang) }</th><th></th></tr></thead>
            <tbody>{ for st.members().iter().map(row) }</tbody>
        </table>
    }
}

/// The recusals with their reasons, and the form the acting member records one with.
fn recusals(store: &Ctx, officer: &NodeRef, reason: &NodeRef) -> Html {
    let st = &store.state;
    let lang = st.lang();
    let name_of = |id: &OfficerId| {
        st.dossier(id).map(|d| format!("{} {}", id, d.officer.name)).unwrap_or_else(|| id.to_string())
    };
    let member_name = |id: &RaterId| {
        st.members()
            .iter()
            .find(|m| &m.id == id)
            .map(|m| format!("{} {}", m.id, m.name))
            .unwrap_or_else(|| id.to_string())
    };
    let list = &st.session.state().committee.recusals;
    let acting = st.ui.actor.member_id().filter(|m| st.members().iter().any(|x| &x.id == m));
    let form = match acting {
        Some(member) => {
            let add = {
                let (store, officer, reason, member) =
                    (store.clone(), officer.clone(), reason.clone(), member.clone());
                Callback::from(move |_| {
                    store.dispatch(Action::AddRecusal {
                        member: member.clone(),
                        officer: OfficerId(value(&officer)),
                        reason: value(&reason),
                    })
                })
            };
            html! {
                <div class="toolbar" id="recusal-form">
                    <span>{ format!("{}：{}", Msg::RecusalMember.text(lang), member_name(&member)) }</span>
                    <label>{ Msg::RecusalOfficer.text(lang) }
                        <select id="recuse-officer" ref={officer.clone()}>
                            { for st.dossiers().map(|d| html! { <option value={d.officer.id.as_str().to_owned()}>{ format!("{} {}", d.officer.id, d.officer.name) }</option> }) }
                        </select></label>
                    <label>{ Msg::Reason.text(lang) }<input id="recuse-reason" ref={reason.clone()} placeholder={Msg::ReasonPlaceholder.text(lang)} /></label>
                    <button id="add-recusal" onclick={add}>{ Msg::AddRecusal.text(lang) }</button>
                </div>
            }
        }
        None => html! { <p class="hint" id="recusal-actor-hint">{ Msg::RecusalActorHint.text(lang) }</p> },
    };
    html! {
        <>
        <h4>{ Msg::RecusalSection.text(lang) }</h4>
        if list.is_empty() { <p class="hint">{ Msg::NoRecusals.text(lang) }</p> } else {
            <table class="grid" id="recusals">
                <thead><tr><th>{ Msg::RecusalMember.text(lang) }</th><th>{ Msg::RecusalOfficer.text(lang) }</th><th>{ Msg::Reason.text(lang) }</th></tr></thead>
                <tbody>{ for list.iter().map(|r| html! {
                    <tr><td>{ member_name(&r.rater) }</td><td>{ name_of(&r.officer) }</td><td class="reason">{ r.reason.clone().unwrap_or_default() }</td></tr>
                }) }</tbody>
            </table>
        }
        { form }
        </>
    }
}

/// The committee card.
#[function_component(CommitteeSetup)]
pub fn committee_setup() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let asking = use_state(|| None::<RaterId>);
    let (id, name, role_ref) = (use_node_ref(), use_node_ref(), use_node_ref());
    let (officer, reason) = (use_node_ref(), use_node_ref());
    let add = {
        let (store, id, name, role_ref) = (store.clone(), id.clone(), name.clone(), role_ref.clone());
        Callback::from(move |_| {
            store.dispatch(Action::AddMember {
                id: value(&id),
                name: value(&name),
                role: role_of(&value(&role_ref)),
            })
        })
    };
    html! {
        <section class="card" id="committee-card">
            <h3>{ Msg::CommitteeSection.text(lang) }</h3>
            { members_table(&store, &asking) }
            <div class="toolbar" id="add-member-form">
                <label>{ Msg::MemberId.text(lang) }<input id="new-member-id" ref={id} /></label>
                <label>{ Msg::Name.text(lang) }<input id="new-member-name" ref={name} /></label>
                <label>{ Msg::MemberRole.text(lang) }
                    <select id="new-member-role" ref={role_ref}>
                        { for ROLES.iter().enumerate().map(|(i, r)| html! { <option value={i.to_string()} selected={*r == RaterRole::Member}>{ role(*r, lang) }</option> }) }
                    </select></label>
                <button id="add-member" onclick={add}>{ Msg::AddMember.text(lang) }</button>
            </div>
            <FormNotice form={Form::Committee} />
            { recusals(&store, &officer, &reason) }
        </section>
    }
}
