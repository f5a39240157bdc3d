//! The units screen (部门): the unit tree with each unit's members, aggregated result, grades and
//! the core's words for how it was aggregated, and the ranking within the unit chosen. Without an
//! organisation the screen offers to import one (units and their parents, posts, the rule).

use crate::components::app::Ctx;
use crate::components::notice::FormNotice;
use crate::i18n::{pick, Msg};
use crate::state::{Action, Form, View};
use kaoping_core::rules::organisation::units::UnitResult;
use yew::prelude::*;

/// The ranking within one unit.
fn ranking(store: &Ctx, unit: &UnitResult) -> Html {
    let st = &store.state;
    let lang = st.lang();
    html! {
        <>
        <h4>{ format!("{} · {}", Msg::UnitRanking.text(lang), unit.title) }</h4>
        <p class="sub" id="unit-text">{ &unit.text }</p>
        <table class="grid" id="unit-ranking">
            <thead><tr><th class="num">{ Msg::RankInUnit.text(lang) }</th><th class="num">{ Msg::Rank.text(lang) }</th>
                <th>{ Msg::Officer.text(lang) }</th><th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grade.text(lang) }</th></tr></thead>
            <tbody>{ for unit.ranking.iter().map(|r| {
                let open = {
                    let (store, id) = (store.clone(), r.officer.clone());
                    Callback::from(move |_| {
                        store.dispatch(Action::Select(Some(id.clone())));
                        store.dispatch(Action::Show(View::Cohort));
                    })
                };
                let name = st.dossier(&r.officer).map(|d| d.officer.name.clone()).unwrap_or_default();
                html! {
                    <tr data-officer={r.officer.as_str().to_owned()}>
                        <td class="num unit-rank">{ r.rank }</td><td class="num">{ r.cohort_rank }</td>
                        <td><button class="small link open-officer" onclick={open}>{ format!("{} {name}", r.officer) }</button></td>
                        <td class="num">{ r.total.to_string() }</td>
                        <td>{ r.grade.as_ref().map(|g| g.title.clone()).unwrap_or_else(|| "—".into()) }</td>
                    </tr>
                }
            }) }</tbody>
        </table>
        </>
    }
}

/// The units screen.
#[function_component(UnitsView)]
pub fn units_view() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let chosen = use_state(|| None::<String>);
    let units = st.units();
    let on_import = crate::components::data_panel::on_json_file(&store, Action::ImportOrganisation);
    let import = html! {
        <>
        <label class="file-pick">{ Msg::ImportOrganisation.text(lang) }
            <span class="file-button">{ Msg::ChooseFile.text(lang) }</span>
            <input id="import-organisation" type="file" accept=".json,application/json" onchange={on_import} /></label>
        <FormNotice form={Form::Organisation} />
        </>
    };
    if st.session.state().organisation.is_none() {
        return html! { <section class="panel units-view"><p class="hint" id="no-organisation">{ Msg::NoOrganisation.text(lang) }</p>{ import }</section> };
    }
    let grade_title = |id: &kaoping_core::base::ids::GradeId| {
        st.scheme()
            .grades
            .iter()
            .find(|g| &g.id == id)
            .map(|g| pick(lang, &g.title, g.title_en.as_deref()).to_owned())
            .unwrap_or_default()
    };
    let shown =
        chosen.as_ref().and_then(|c| units.iter().find(|u| u.unit.as_str() == c)).or_else(|| units.first());
    html! {
        <section class="panel units-view">
            <div class="toolbar">{ import }</div>
            <div class="split">
                <div class="pane-left">
                    <h4>{ Msg::UnitTree.text(lang) }</h4>
                    <table class="grid" id="unit-tree">
                        <thead><tr><th>{ Msg::Unit.text(lang) }</th><th class="num">{ Msg::Members.text(lang) }</th><th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grades.text(lang) }</th></tr></thead>
                        <tbody>{ for units.iter().map(|u| {
                            let pick_unit = {
                                let (chosen, id) = (chosen.clone(), u.unit.as_str().to_owned());
                                Callback::from(move |_| chosen.set(Some(id.clone())))
                            };
                            let active = shown.is_some_and(|s| s.unit == u.unit);
                            let grades: Vec<String> = u.grades.iter().filter(|g| g.count > 0).map(|g| format!("{} {}", grade_title(&g.grade), g.count)).collect();
                            html! {
                                <tr data-unit={u.unit.as_str().to_owned()} class={classes!(active.then_some("selected"))} onclick={pick_unit}>
                                    <td class={format!("unit-title depth-{}", u.depth.min(4))}>{ &u.title }</td>
                                    <td class="num">{ u.members }</td>
                                    <td class="num unit-total">{ u.total.map(|t| t.to_string()).unwrap_or_else(|| "—".into()) }</td>
                                    <td class="small">{ grades.join("、") }</td>
                                </tr>
                            }
                        }) }</tbody>
                    </table>
                </div>
                <div class="pane-right">{ for shown.map(|u| ranking(&store, u)) }</div>
            </div>
        </section>
    }
}
