//! Officer preview: an officer picks or loads their dossier (and may type changes into a draft
//! copy) and sees the core's projected total and grade, the distance to the next grades and the
//! counterfactual suggestions; an objection tied to one result item is dated by the core and
//! exported as JSON.

use crate::browser;
use crate::components::app::Ctx;
use crate::components::objection_form::{objection_form, ObjectionForm};
use crate::components::officer_detail::explanation_table;
use crate::components::problems::ProblemList;
use crate::components::sheets_view::today;
use crate::i18n::{pick, Lang, Msg};
use crate::state::MAX_IMPORT_BYTES;
use kaoping_core::rules::preview::{Change, Counterfactual, Objection, Preview};
use kaoping_core::{Decimal, Dossier, Problems};
use web_sys::{HtmlInputElement, HtmlSelectElement};
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

/// The draft's inputs, each editable (an unreadable number removes the input from the draft).
fn draft_inputs(
    dossier: &Dossier,
    scheme: &kaoping_core::Scheme,
    lang: Lang,
    draft: &UseStateHandle<Option<Dossier>>,
) -> Html {
    html! {
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
    }
}

/// Loads a dossier from a chosen JSON file into the draft, or shows why it could not be read.
fn on_load(
    draft: &UseStateHandle<Option<Dossier>>,
    load_problem: &UseStateHandle<Option<Problems>>,
) -> Callback<Event> {
    let (draft, load_problem) = (draft.clone(), load_problem.clone());
    Callback::from(move |e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let (draft, load_problem) = (draft.clone(), load_problem.clone());
        browser::read_chosen_file(
            &input,
            MAX_IMPORT_BYTES,
            Callback::from(move |r: Result<String, String>| {
                match r
                    .map_err(|why| Problems::one(kaoping_core::Code::Limit, "", crate::state::too_large(why)))
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
}

/// One table of counterfactual suggestions (raising or lowering the total).
fn counterfactuals(
    id: &'static str,
    list: &[Counterfactual],
    scheme: &kaoping_core::Scheme,
    lang: Lang,
) -> Html {
    let dp = scheme.precision;
    html! {
        <table class="grid" id={id}>
            <thead><tr><th>{ Msg::Change.text(lang) }</th><th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grade.text(lang) }</th><th>{ Msg::Text.text(lang) }</th></tr></thead>
            <tbody>{ for list.iter().map(|c| change_text(c, scheme, dp, lang)) }
                if list.is_empty() { <tr class="none"><td colspan="4" class="sub">{ "—" }</td></tr> }</tbody>
        </table>
    }
}

/// The preview's result: projected total and grade, distances to the next grades, summary,
/// counterfactuals, the objection form and the explanation.
fn preview_result(
    p: &Preview,
    scheme: &kaoping_core::Scheme,
    form: &ObjectionForm,
    ctx: &Ctx,
    lang: Lang,
) -> Html {
    let dp = scheme.precision;
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
        { counterfactuals("counterfactuals-raise", &p.raise, scheme, lang) }
        <h3>{ Msg::Lower.text(lang) }</h3>
        { counterfactuals("counterfactuals-lower", &p.lower, scheme, lang) }
        { objection_form(p, form, ctx, lang) }
        <h3>{ Msg::Explanation.text(lang) }</h3>
        { explanation_table(&p.assessment.explanation, dp, lang) }
        </>
    }
}

/// The preview screen.
#[function_component(PreviewView)]
pub fn preview_view() -> Html {
    let Some(ctx) = use_context::<Ctx>() else { return html! {} };
    let draft = use_state(|| None::<Dossier>);
    let pick_index = use_state(|| None::<kaoping_core::OfficerId>);
    let load_problem = use_state(|| None::<Problems>);
    let form = ObjectionForm {
        objection: use_state(|| None::<Result<Objection, Problems>>),
        notice_date: use_state(today),
        filed_date: use_state(today),
        kind_ref: use_node_ref(),
        item_ref: use_node_ref(),
        notice_ref: use_node_ref(),
        filed_ref: use_node_ref(),
        text_ref: use_node_ref(),
    };
    let objection = form.objection.clone();
    let st = &ctx.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let index = (*pick_index)
        .clone()
        .or_else(|| st.ui.selected.clone())
        .or_else(|| st.dossiers().next().map(|d| d.officer.id.clone()));
    let Some(base) = index.as_ref().and_then(|i| st.dossier(i)).cloned().or_else(|| (*draft).clone()) else {
        return html! { <p class="hint">{ Msg::SelectOfficer.text(lang) }</p> };
    };
    let dossier = (*draft).clone().unwrap_or(base);
    let on_pick = {
        let (pick_index, draft, objection) = (pick_index.clone(), draft.clone(), objection.clone());
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            pick_index.set(Some(s.value().as_str().into()));
            draft.set(None);
            objection.set(None);
        })
    };
    let on_load = on_load(&draft, &load_problem);
    let body = match &st.preview(&dossier) {
        Err(p) => html! { <div class="error-box"><ProblemList problems={p.clone()} /></div> },
        Ok(p) => preview_result(p, scheme, &form, &ctx, lang),
    };
    html! {
        <div class="split preview">
            <section class="pane-left">
                <div class="toolbar">
                    <label>{ Msg::PreviewOfficer.text(lang) }
                        <select id="preview-officer" onchange={on_pick}>
                            { for st.dossiers().map(|d| html! {
                                <option value={d.officer.id.to_string()} selected={index.as_ref() == Some(&d.officer.id) && draft.is_none()}>{ format!("{} {}", d.officer.id, d.officer.name) }</option>
                            }) }
                        </select>
                    </label>
                    <label class="file-pick">{ Msg::LoadDossier.text(lang) }<span class="file-button">{ Msg::ChooseFile.text(lang) }</span><input id="preview-load" type="file" accept=".json,application/json" onchange={on_load} /></label>
                </div>
                { (*load_problem).clone().map(|p| html! { <ProblemList problems={p} /> }) }
                <h3>{ format!("{} · {} {}", Msg::Inputs.text(lang), dossier.officer.id, dossier.officer.name) }</h3>
                { draft_inputs(&dossier, scheme, lang, &draft) }
            </section>
            <section class="pane-right">{ body }</section>
        </div>
    }
}
