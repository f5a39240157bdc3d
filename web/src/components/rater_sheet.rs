//! One member's score sheet: the member picker, the sheet's state (draft, or signed and locked)
//! with signing and withdrawing the sign-off, and a rating per officer and rated indicator. Only
//! the member themself edits their draft sheet (the person acting, chosen in the header); a
//! signed sheet is locked until the sign-off is withdrawn with a reason. The core decides.

use crate::components::app::Ctx;
use crate::i18n::{pick, Lang, Msg};
use crate::state::Action;
use kaoping_core::model::scheme::{Indicator, InputSource};
use kaoping_core::{OfficerId, RaterId};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A role's label in `lang`.
pub fn role(r: kaoping_core::rules::committee::RaterRole, lang: Lang) -> &'static str {
    kaoping_core::api::session::describe::role_label(r, lang)
}

/// One officer's row of the sheet: the ratings (editable when `editable`) and the recusal.
fn sheet_row(
    ctx: &Ctx,
    rated: &[&Indicator],
    member: &RaterId,
    officer: &OfficerId,
    name: &str,
    editable: bool,
) -> Html {
    let st = &ctx.state;
    let lang = st.lang();
    let recused = st.recused(member, officer);
    let sheet = st.sheet(member);
    let recuse = {
        let ctx = ctx.clone();
        let (member, officer) = (member.clone(), officer.clone());
        Callback::from(move |_| {
            ctx.dispatch(Action::Recuse { member: member.clone(), officer: officer.clone() })
        })
    };
    html! {
        <tr data-officer={officer.as_str().to_string()}>
            <td class="mono">{ officer.as_str() }</td><td>{ name }</td>
            { for rated.iter().map(|i| {
                let value = sheet.and_then(|s| s.ratings.iter().find(|r| &r.officer == officer && r.indicator == i.id)).map(|r| r.value.to_string()).unwrap_or_default();
                let onchange = {
                    let ctx = ctx.clone();
                    let (member, officer, indicator) = (member.clone(), officer.clone(), i.id.as_str().to_string());
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        ctx.dispatch(Action::SetRating { member: member.clone(), officer: officer.clone(), indicator: indicator.clone(), value: input.value() });
                    })
                };
                html! {
                    <td class={classes!("num", recused.then_some("recused"))}>
                        if recused { <span class="sub">{ Msg::Recused.text(lang) }{ " " }</span> }
                        <input class="num-input" data-rating={i.id.as_str().to_string()} value={value} disabled={!editable || recused} {onchange} />
                    </td>
                }
            }) }
            <td>if editable && !recused { <button class="small recuse" data-recuse={officer.as_str().to_string()} onclick={recuse}>{ Msg::Recuse.text(lang) }</button> }</td>
        </tr>
    }
}

/// The sheet's state and the sign-off buttons.
fn sign_bar(ctx: &Ctx, member: &RaterId, own: bool) -> Html {
    let st = &ctx.state;
    let lang = st.lang();
    let sign = {
        let ctx = ctx.clone();
        let member = member.clone();
        Callback::from(move |_| ctx.dispatch(Action::SignSheet(member.clone())))
    };
    let withdraw = {
        let ctx = ctx.clone();
        let member = member.clone();
        Callback::from(move |_| ctx.dispatch(Action::WithdrawSignOff(member.clone())))
    };
    let signed = st.sheet(member).and_then(|s| s.sign_off.as_ref());
    html! {
        <>
        { match signed {
            Some(so) => html! { <>
                <span class="ok" id="signed">{ format!("{} {} · {}", Msg::SignedOn.text(lang), so.date, Msg::Locked.text(lang)) }</span>
                if own { <button id="withdraw-sign-off" onclick={withdraw}>{ Msg::WithdrawSignOff.text(lang) }</button> }
            </> },
            None => html! { <>
                <span class="sub" id="unsigned">{ Msg::Unsigned.text(lang) }</span>
                if own { <button id="sign-sheet" onclick={sign}>{ Msg::SignOffSheet.text(lang) }</button> }
            </> },
        } }
        </>
    }
}

/// The shown member's sheet, or a hint when the scheme has no rated indicators or no committee.
#[function_component(RaterSheet)]
pub fn rater_sheet() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let rated: Vec<&Indicator> = st
        .scheme()
        .indicators()
        .filter(|(_, i)| matches!(i.input, InputSource::Rated {}))
        .map(|(_, i)| i)
        .collect();
    let members = st.members();
    if rated.is_empty() || members.is_empty() {
        return html! { <p class="hint">{ Msg::NoRatedIndicators.text(lang) }</p> };
    }
    let acting = st.ui.actor.member_id();
    let Some(member) =
        st.ui.rater.clone().or_else(|| acting.clone()).or_else(|| members.first().map(|m| m.id.clone()))
    else {
        return html! {};
    };
    let own = acting.as_ref() == Some(&member);
    let signed = st.signed(&member);
    let editable = own && !signed && !st.published();
    let on_rater = {
        let ctx = ctx.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            ctx.dispatch(Action::ShowRater(RaterId(s.value())));
        })
    };
    let why = html! { <>
        if signed { <p class="hint" id="sheet-locked">{ Msg::SheetLockedHint.text(lang) }</p> }
        if !own { <p class="hint" id="sheet-not-own">{ Msg::SheetNotOwnHint.text(lang) }</p> }
    </> };
    html! {
        <>
        <div class="toolbar">
            <label>{ Msg::Rater.text(lang) }
                <select id="rater" onchange={on_rater}>
                    { for members.iter().map(|m| html! {
                        <option value={m.id.as_str().to_string()} selected={m.id == member}>{ format!("{} {} · {}", m.id, m.name, role(m.role, lang)) }</option>
                    }) }
                </select>
            </label>
            { sign_bar(&ctx, &member, own) }
        </div>
        { why }
        <table class={classes!("grid", (!editable).then_some("locked"))} id="sheet">
            <thead><tr>
                <th>{ Msg::OfficerId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th>
                { for rated.iter().map(|i| html! { <th class="num">{ format!("{} {}", i.id, pick(lang, &i.title, i.title_en.as_deref())) }</th> }) }
                <th></th>
            </tr></thead>
            <tbody>
            { for st.dossiers().map(|d| sheet_row(&ctx, &rated, &member, &d.officer.id, &d.officer.name, editable)) }
            </tbody>
        </table>
        </>
    }
}
