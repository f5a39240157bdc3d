//! One rater's score sheet: the rater picker, sign-off, and a rating per officer and rated
//! indicator (recused pairs marked). The core decides whether ratings are acceptable.

use crate::components::app::Ctx;
use crate::components::sheets_view::today;
use crate::i18n::{pick, Msg};
use crate::state::Action;
use kaoping_core::model::scheme::InputSource;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// The shown rater's sheet, or a hint when the scheme has no rated indicators or no committee.
#[function_component(RaterSheet)]
pub fn rater_sheet() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let st = &ctx.state;
    let lang = st.lang();
    let scheme = &st.ws.scheme;
    let rated: Vec<_> = scheme
        .indicators()
        .filter(|(_, i)| matches!(i.input, InputSource::Rated {}))
        .map(|(_, i)| i)
        .collect();
    match (&st.ws.committee, rated.is_empty()) {
        (Some(committee), false) => {
            let rater_id = st
                .ui
                .rater
                .clone()
                .or_else(|| committee.members.first().map(|m| m.id.as_str().to_string()))
                .unwrap_or_default();
            let on_rater = {
                let ctx = ctx.clone();
                Callback::from(move |e: Event| {
                    let s: HtmlSelectElement = e.target_unchecked_into();
                    ctx.dispatch(Action::ShowRater(s.value()));
                })
            };
            let sheet = st.ws.sheets.iter().find(|s| s.rater.as_str() == rater_id);
            let sign = {
                let ctx = ctx.clone();
                let rater = rater_id.clone();
                Callback::from(move |_| {
                    ctx.dispatch(Action::SignSheet { rater: rater.clone(), today: today() })
                })
            };
            html! {
                <>
                <div class="toolbar">
                    <label>{ Msg::Rater.text(lang) }
                        <select id="rater" onchange={on_rater}>
                            { for committee.members.iter().map(|m| html! {
                                <option value={m.id.as_str().to_string()} selected={m.id.as_str() == rater_id}>{ format!("{} {} · {}", m.id, m.name, if lang == crate::i18n::Lang::Zh { m.role.zh().to_string() } else { format!("{:?}", m.role).to_lowercase() }) }</option>
                            }) }
                        </select>
                    </label>
                    { match sheet.and_then(|s| s.sign_off.as_ref()) {
                        Some(so) => html! { <span class="ok" id="signed">{ format!("{} {}", Msg::SignedOn.text(lang), so.date) }</span> },
                        None => html! { <><span class="sub">{ Msg::Unsigned.text(lang) }</span><button id="sign-sheet" onclick={sign}>{ Msg::SignOffSheet.text(lang) }</button></> },
                    } }
                </div>
                <table class="grid" id="sheet">
                    <thead><tr>
                        <th>{ Msg::OfficerId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th>
                        { for rated.iter().map(|i| html! { <th class="num">{ format!("{} {}", i.id, pick(lang, &i.title, i.title_en.as_deref())) }</th> }) }
                    </tr></thead>
                    <tbody>
                    { for st.ws.dossiers.iter().map(|d| {
                        let recused = committee.recusals.iter().any(|r| r.rater.as_str() == rater_id && r.officer == d.officer.id);
                        html! {
                            <tr data-officer={d.officer.id.as_str().to_string()}>
                                <td class="mono">{ d.officer.id.as_str() }</td><td>{ &d.officer.name }</td>
                                { for rated.iter().map(|i| {
                                    let value = sheet.and_then(|s| s.ratings.iter().find(|r| r.officer == d.officer.id && r.indicator == i.id)).map(|r| r.value.to_string()).unwrap_or_default();
                                    let onchange = {
                                        let ctx = ctx.clone();
                                        let (rater, officer, indicator) = (rater_id.clone(), d.officer.id.as_str().to_string(), i.id.as_str().to_string());
                                        Callback::from(move |e: Event| {
                                            let input: HtmlInputElement = e.target_unchecked_into();
                                            ctx.dispatch(Action::SetRating { rater: rater.clone(), officer: officer.clone(), indicator: indicator.clone(), value: input.value(), today: today() });
                                        })
                                    };
                                    html! {
                                        <td class={classes!("num", recused.then_some("recused"))}>
                                            if recused { <span class="sub">{ Msg::Recused.text(lang) }{ " " }</span> }
                                            <input class="num-input" data-rating={i.id.as_str().to_string()} value={value} {onchange} />
                                        </td>
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
                </>
            }
        }
        _ => html! { <p class="hint">{ Msg::NoRatedIndicators.text(lang) }</p> },
    }
}
