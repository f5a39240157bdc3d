//! The early-warning screen (预警): the thresholds a committee sets (the date, the points from a
//! grade boundary, the days before a correction is due), and the warnings the core finds and
//! words, each linking to its officer and, for a correction, to the tolerance case.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::components::setup_view::value;
use crate::components::sheets_view::today;
use crate::i18n::{Lang, Msg};
use crate::state::{Action, View};
use kaoping_core::model::warning::{EarlyWarning, WarningCause, WarningCode};
use kaoping_core::{Date, Decimal, Problems};
use yew::prelude::*;

/// A warning's kind in words.
fn kind(code: WarningCode) -> Msg {
    match code {
        WarningCode::NearBoundary => Msg::WarnNearBoundary,
        WarningCode::TimeLimit => Msg::WarnTimeLimit,
        WarningCode::CorrectionDue => Msg::WarnCorrectionDue,
        WarningCode::CorrectionOverdue => Msg::WarnCorrectionOverdue,
        WarningCode::DisciplineLead => Msg::WarnDisciplineLead,
        WarningCode::QuotaTie => Msg::WarnQuotaTie,
    }
}

/// The thresholds as typed: date, boundary points, correction days.
#[derive(Clone, PartialEq)]
struct Typed {
    as_of: String,
    boundary: String,
    corrections: String,
}

/// One warning's row: its kind, the officer (a link), the case (a link, for a correction) and
/// the core's words.
fn warning_row(store: &Ctx, w: &EarlyWarning, lang: Lang) -> Html {
    let st = &store.state;
    let open_officer = {
        let (store, id) = (store.clone(), w.officer.clone());
        Callback::from(move |_| {
            store.dispatch(Action::Select(Some(id.clone())));
            store.dispatch(Action::Show(View::Cohort));
        })
    };
    let case = match &w.cause {
        WarningCause::Correction { incident, .. } => {
            let open = {
                let (store, id) = (store.clone(), incident.clone());
                Callback::from(move |_| {
                    store.dispatch(Action::SelectIncident(id.clone()));
                    store.dispatch(Action::Show(View::Tolerance));
                })
            };
            html! { <button class="small link open-case" data-incident={incident.clone()} onclick={open}>{ format!("{} {incident}", Msg::OpenCase.text(lang)) }</button> }
        }
        _ => html! {},
    };
    let name = st.dossier(&w.officer).map(|d| d.officer.name.clone()).unwrap_or_default();
    html! {
        <tr data-officer={w.officer.as_str().to_owned()} data-kind={format!("{:?}", w.code)}>
            <td class="kind">{ kind(w.code).text(lang) }</td>
            <td><button class="small link open-officer" onclick={open_officer}>{ format!("{} {name}", w.officer) }</button>
                <div class="sub">{ w.unit.clone().unwrap_or_default() }</div></td>
            <td class="text">{ &w.text }</td>
            <td>{ case }</td>
        </tr>
    }
}

/// The warnings screen.
#[function_component(WarningsView)]
pub fn warnings_view() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let lang = store.state.lang();
    let typed = use_state(|| Typed { as_of: today(), boundary: "2".into(), corrections: "14".into() });
    let (as_of, boundary, corrections) = (use_node_ref(), use_node_ref(), use_node_ref());
    let show = {
        let (typed, a, b, c) = (typed.clone(), as_of.clone(), boundary.clone(), corrections.clone());
        Callback::from(move |_| {
            typed.set(Typed { as_of: value(&a), boundary: value(&b), corrections: value(&c) })
        })
    };
    let answer: Result<Vec<EarlyWarning>, Html> = match Date::parse(typed.as_of.trim()) {
        None => Err(
            html! { <p class="notice" id="warnings-bad">{ format!("{} {}", Msg::BadDate.text(lang), typed.as_of) }</p> },
        ),
        Some(day) => {
            let boundary = Decimal::parse(typed.boundary.trim());
            let corrections = typed.corrections.trim().parse::<u32>().ok();
            store
                .state
                .warnings(day, boundary, corrections)
                .map_err(|p: Problems| html! { <ProblemList problems={p} /> })
        }
    };
    let body = match answer {
        Err(html) => html,
        Ok(list) if list.is_empty() => {
            html! { <p class="ok" id="no-warnings">{ Msg::NoWarnings.text(lang) }</p> }
        }
        Ok(list) => html! {
            <table class="grid" id="warnings">
                <thead><tr><th>{ Msg::WarningKind.text(lang) }</th><th>{ Msg::Concerning.text(lang) }</th><th>{ Msg::Text.text(lang) }</th><th></th></tr></thead>
                <tbody>{ for list.iter().map(|w| warning_row(&store, w, lang)) }</tbody>
            </table>
        },
    };
    html! {
        <section class="panel warnings-view">
            <h3>{ Msg::WarningsSection.text(lang) }</h3>
            <div class="toolbar">
                <label>{ Msg::WarningsAsOf.text(lang) }<input id="warn-as-of" type="date" ref={as_of} value={typed.as_of.clone()} /></label>
                <label>{ Msg::BoundaryPoints.text(lang) }<input id="warn-boundary" class="num-input" ref={boundary} value={typed.boundary.clone()} /></label>
                <label>{ Msg::CorrectionDays.text(lang) }<input id="warn-corrections" class="num-input" ref={corrections} value={typed.corrections.clone()} /></label>
                <button id="show-warnings" onclick={show}>{ Msg::ShowWarnings.text(lang) }</button>
            </div>
            { body }
        </section>
    }
}
