//! Officer preview: an officer picks or loads their dossier (and may type changes into a draft
//! copy) and sees the core's projected total and grade, the distance to the next grades and the
//! counterfactual suggestions; an objection tied to one result item is dated by the core and
//! exported as JSON.

use crate::browser;
use crate::components::app::Ctx;
use crate::components::officer_detail::explanation_table;
use crate::components::problems::ProblemList;
use crate::components::sheets_view::today;
use crate::i18n::{pick, Lang, Msg};
use crate::state::MAX_IMPORT_BYTES;
use kaoping_core::rules::preview::{Change, Counterfactual, ObjectionKind, ObjectionRequest};
use kaoping_core::{Date, Decimal, Dossier, Problems};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

fn grade_title(
    scheme: &kaoping_core::Scheme,
    g: &kaoping_core::model::assessment::GradeRef,
    lang: Lang,
) -> String {
    scheme
        .grade(&g.id)
        .map(|s| pick(lang, &s.title, s.title_en.as_deref()).to_string())
        .unwrap_or_else(|| g.title.clone())
}

fn change_text(c: &Counterfactual, scheme: &kaoping_core::Scheme, dp: u32, lang: Lang) -> Html {
    let what = match &c.change {
        Change::Indicator { indicator, title, from, to, delta, .. } => format!(
            "{indicator} {title}: {from} → {to} ({}{delta})",
            if delta.is_negative() { "" } else { "+" }
        ),
        Change::RemoveDeduction { item, title, occurrence, points } => {
            format!("{item} {title} ({occurrence}): −{points}")
        }
    };
    html! {
        <tr>
            <td>{ what }</td>
            <td class="num">{ c.total.format_dp(dp) }</td>
            <td>{ c.grade.as_ref().map(|g| grade_title(scheme, g, lang)).unwrap_or_else(|| "—".into()) }</td>
            <td class="sub">{ if lang == Lang::Zh { c.text.clone() } else { String::new() } }</td>
        </tr>
    }
}

/// The preview screen.
#[function_component(PreviewView)]
pub fn preview_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let draft = use_state(|| None::<Dossier>);
    let pick_index = use_state(|| None::<usize>);
    let load_problem = use_state(|| None::<Problems>);
    let objection = use_state(|| None::<Result<kaoping_core::rules::preview::Objection, Problems>>);
    let notice_date = use_state(today);
    let filed_date = use_state(today);
    let kind_ref = use_node_ref();
    let item_ref = use_node_ref();
    let notice_ref = use_node_ref();
    let filed_ref = use_node_ref();
    let text_ref = use_node_ref();
    let st = &ctx.state;
    let lang = st.lang();
    let scheme = &st.ws.scheme;
    let dp = scheme.precision;
    let index = (*pick_index).or(st.ui.selected).unwrap_or(0);
    let Some(base) = st.ws.dossiers.get(index).cloned().or_else(|| (*draft).clone()) else {
        return html! { <p class="hint">{ Msg::SelectOfficer.text(lang) }</p> };
    };
    let dossier = (*draft).clone().unwrap_or(base);
    let on_pick = {
        let (pick_index, draft, objection) = (pick_index.clone(), draft.clone(), objection.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            pick_index.set(s.value().parse().ok());
            draft.set(None);
            objection.set(None);
        })
    };
    let on_load = {
        let (draft, load_problem) = (draft.clone(), load_problem.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (draft, load_problem) = (draft.clone(), load_problem.clone());
            browser::read_chosen_file(
                &input,
                MAX_IMPORT_BYTES,
                Callback::from(move |r: Result<String, String>| {
                    match r
                        .map_err(|why| {
                            Problems::one(kaoping_core::Code::Limit, "", crate::state::too_large(why))
                        })
                        .and_then(|t| Dossier::from_json(&t))
                    {
                        Ok(d) => {
                            draft.set(Some(d));
                            load_problem.set(None);
                        }
                        Err(p) => load_problem.set(Some(p)),
                    }
                }),
            );
        })
    };
    let inputs = html! {
        <table class="grid inputs">
            <tbody>
            { for scheme.inputs.iter().map(|def| {
                let key = def.key.as_str().to_string();
                let value = dossier.inputs.get(def.key.as_str()).map(|v| v.to_string()).unwrap_or_default();
                let onchange = {
                    let draft = draft.clone();
                    let current = dossier.clone();
                    let key = key.clone();
                    Callback::from(move |e: Event| {
                        let input: HtmlInputElement = e.target_unchecked_into();
                        let mut d = current.clone();
                        match Decimal::parse(input.value().trim()) {
                            Some(v) => { d.inputs.insert(key.as_str().into(), v); }
                            None => { d.inputs.remove(key.as_str()); }
                        }
                        draft.set(Some(d));
                    })
                };
                html! { <tr><td>{ pick(lang, &def.title, def.title_en.as_deref()) }</td>
                    <td class="num"><input class="num-input" data-preview-input={key.clone()} value={value} {onchange} /></td></tr> }
            }) }
            </tbody>
        </table>
    };
    let result = st.preview(&dossier);
    let body = match &result {
        Err(p) => html! { <div class="error-box"><ProblemList problems={p.clone()} /></div> },
        Ok(p) => {
            let items: Vec<(String, String)> =
                std::iter::once(("grade".to_string(), Msg::Grade.text(lang).to_string()))
                    .chain(
                        p.assessment
                            .dimensions
                            .iter()
                            .flat_map(|d| &d.indicators)
                            .map(|i| (i.id.as_str().to_string(), format!("{} {}", i.id, i.title))),
                    )
                    .chain(
                        p.assessment
                            .bonuses
                            .items
                            .iter()
                            .chain(&p.assessment.deductions.items)
                            .map(|i| (i.id.as_str().to_string(), format!("{} {}", i.id, i.title))),
                    )
                    .chain(
                        p.assessment
                            .vetoes
                            .iter()
                            .map(|v| (v.id.as_str().to_string(), format!("{} {}", v.id, v.title))),
                    )
                    .collect();
            let draft_objection = {
                let (objection, ctx) = (objection.clone(), ctx.clone());
                let assessment = p.assessment.clone();
                let (kind_ref, item_ref, notice_ref, filed_ref, text_ref) = (
                    kind_ref.clone(),
                    item_ref.clone(),
                    notice_ref.clone(),
                    filed_ref.clone(),
                    text_ref.clone(),
                );
                Callback::from(move |_| {
                    let value = |r: &NodeRef| {
                        r.cast::<HtmlInputElement>()
                            .map(|i| i.value())
                            .or_else(|| r.cast::<HtmlSelectElement>().map(|s| s.value()))
                            .unwrap_or_default()
                    };
                    let kind = match value(&kind_ref).as_str() {
                        "statement" => ObjectionKind::Statement,
                        "defence" => ObjectionKind::Defence,
                        "appeal" => ObjectionKind::Appeal,
                        _ => ObjectionKind::Review,
                    };
                    let (notice, filed) = (Date::parse(&value(&notice_ref)), Date::parse(&value(&filed_ref)));
                    let text = text_ref.cast::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default();
                    let result = match (notice, filed) {
                        (Some(notice), Some(filed)) => ctx.state.objection(
                            &assessment,
                            &ObjectionRequest { kind, item: value(&item_ref), notice, filed, text },
                        ),
                        _ => Err(Problems::one(
                            kaoping_core::Code::Date,
                            "notice",
                            kaoping_core::base::message::Message::given(
                                "a date is missing or invalid",
                                "日期缺失或无效",
                            ),
                        )),
                    };
                    objection.set(Some(result));
                })
            };
            let export = {
                let objection = objection.clone();
                Callback::from(move |_| {
                    if let Some(Ok(o)) = &*objection {
                        browser::download(
                            "kaoping-objection.json",
                            "application/json",
                            &kaoping_json::to_string_pretty(o),
                        );
                    }
                })
            };
            html! {
                <>
                <div class="summary">
                    <div class="big"><span class="label">{ Msg::Projected.text(lang) }</span><span id="preview-total" class="value">{ p.total.format_dp(dp) }</span></div>
                    <div class="big"><span class="label">{ Msg::Grade.text(lang) }</span><span id="preview-grade" class="value">{ p.grade.as_ref().map(|g| grade_title(scheme, g, lang)).unwrap_or_else(|| "—".into()) }</span></div>
                    { p.up.as_ref().map(|u| html! { <div class="big"><span class="label">{ format!("{} ({})", Msg::ToNextUp.text(lang), grade_title(scheme, &u.grade, lang)) }</span><span id="preview-up" class="value">{ format!("+{}", u.points.format_dp(dp)) }</span></div> }) }
                    { p.down.as_ref().map(|d| html! { <div class="big"><span class="label">{ format!("{} ({})", Msg::ToNextDown.text(lang), grade_title(scheme, &d.grade, lang)) }</span><span class="value">{ format!("−{}", d.points.format_dp(dp)) }</span></div> }) }
                </div>
                <h3>{ Msg::Summary.text(lang) }</h3>
                <ul class="summary-lines">{ for p.summary.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                <h3>{ Msg::Raise.text(lang) }</h3>
                <table class="grid" id="counterfactuals-raise">
                    <thead><tr><th>{ Msg::Change.text(lang) }</th><th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grade.text(lang) }</th><th>{ Msg::Text.text(lang) }</th></tr></thead>
                    <tbody>{ for p.raise.iter().map(|c| change_text(c, scheme, dp, lang)) }
                        if p.raise.is_empty() { <tr class="none"><td colspan="4" class="sub">{ "—" }</td></tr> }</tbody>
                </table>
                <h3>{ Msg::Lower.text(lang) }</h3>
                <table class="grid" id="counterfactuals-lower">
                    <thead><tr><th>{ Msg::Change.text(lang) }</th><th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grade.text(lang) }</th><th>{ Msg::Text.text(lang) }</th></tr></thead>
                    <tbody>{ for p.lower.iter().map(|c| change_text(c, scheme, dp, lang)) }
                        if p.lower.is_empty() { <tr class="none"><td colspan="4" class="sub">{ "—" }</td></tr> }</tbody>
                </table>
                <h3>{ Msg::Objection.text(lang) }</h3>
                <table class="grid kv" id="objection-form">
                    <tr><th>{ Msg::ObjectionKind.text(lang) }</th><td>
                        <select ref={kind_ref} id="objection-kind">
                            <option value="statement">{ if lang == Lang::Zh { "陈述" } else { "statement" } }</option>
                            <option value="defence">{ if lang == Lang::Zh { "申辩" } else { "defence" } }</option>
                            <option value="review" selected=true>{ if lang == Lang::Zh { "复核申请" } else { "review" } }</option>
                            <option value="appeal">{ if lang == Lang::Zh { "申诉" } else { "appeal" } }</option>
                        </select></td>
                        <th>{ Msg::ObjectionItem.text(lang) }</th><td>
                        <select ref={item_ref} id="objection-item">{ for items.iter().map(|(id, t)| html! { <option value={id.clone()}>{ t }</option> }) }</select></td></tr>
                    <tr><th>{ Msg::NoticeDate.text(lang) }</th><td><input ref={notice_ref} id="objection-notice" type="date" value={(*notice_date).clone()}
                            onchange={{ let s = notice_date.clone(); Callback::from(move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().value())) }} /></td>
                        <th>{ Msg::FiledDate.text(lang) }</th><td><input ref={filed_ref} id="objection-filed" type="date" value={(*filed_date).clone()}
                            onchange={{ let s = filed_date.clone(); Callback::from(move |e: Event| s.set(e.target_unchecked_into::<HtmlInputElement>().value())) }} /></td></tr>
                    <tr><th>{ Msg::ObjectionText.text(lang) }</th><td colspan="3"><textarea ref={text_ref} id="objection-text" rows="3" /></td></tr>
                </table>
                <button id="objection-draft" onclick={draft_objection}>{ Msg::DraftObjection.text(lang) }</button>
                { match &*objection {
                    Some(Ok(o)) => html! {
                        <div id="objection-result">
                            <table class="grid kv">
                                <tr><th>{ Msg::ObjectionItem.text(lang) }</th><td>{ format!("{} {}", o.item, o.item_title) }</td><th>{ Msg::ObjectionKind.text(lang) }</th><td>{ &o.kind_title }</td></tr>
                                <tr><th>{ Msg::ObjectionDeadline.text(lang) }</th><td class="mono" id="objection-deadline">{ o.deadline.to_string() }</td>
                                    <th>{ Msg::DecideBy.text(lang) }</th><td class="mono">{ o.decide_by.map(|d| d.to_string()).unwrap_or_else(|| "—".into()) }</td></tr>
                            </table>
                            <button id="objection-export" onclick={export}>{ Msg::ExportObjection.text(lang) }</button>
                        </div>
                    },
                    Some(Err(p)) => html! { <div class="error-box" id="objection-result"><ProblemList problems={p.clone()} /></div> },
                    None => html! {},
                } }
                <h3>{ Msg::Explanation.text(lang) }</h3>
                { explanation_table(&p.assessment.explanation, dp, lang) }
                </>
            }
        }
    };
    html! {
        <div class="split preview">
            <section class="pane-left">
                <div class="toolbar">
                    <label>{ Msg::PreviewOfficer.text(lang) }
                        <select id="preview-officer" onchange={on_pick}>
                            { for st.ws.dossiers.iter().enumerate().map(|(i, d)| html! {
                                <option value={i.to_string()} selected={i == index && draft.is_none()}>{ format!("{} {}", d.officer.id, d.officer.name) }</option>
                            }) }
                        </select>
                    </label>
                    <label>{ Msg::LoadDossier.text(lang) }<input id="preview-load" type="file" accept=".json,application/json" onchange={on_load} /></label>
                </div>
                { (*load_problem).clone().map(|p| html! { <ProblemList problems={p} /> }) }
                <h3>{ format!("{} · {} {}", Msg::Inputs.text(lang), dossier.officer.id, dossier.officer.name) }</h3>
                { inputs }
            </section>
            <section class="pane-right">{ body }</section>
        </div>
    }
}
