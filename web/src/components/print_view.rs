//! Printable sheets: one officer's result or the whole cohort, with signature lines (print CSS
//! hides everything else).

use crate::browser;
use crate::components::app::Ctx;
use crate::components::officer_detail::{explanation_table, score_table};
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, PrintTarget};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

fn signatures(lang: Lang, officer: bool) -> Html {
    html! {
        <div class="signatures">
            { officer.then(|| html! { <div class="sig"><span>{ Msg::SignOfficer.text(lang) }</span><span class="line"></span><span>{ Msg::SignDate.text(lang) }</span><span class="line short"></span></div> }) }
            <div class="sig"><span>{ Msg::SignCommittee.text(lang) }</span><span class="line"></span><span>{ Msg::SignDate.text(lang) }</span><span class="line short"></span></div>
            <div class="sig"><span>{ Msg::SignMembers.text(lang) }</span><span class="line long"></span></div>
        </div>
    }
}

/// The print screen.
#[function_component(PrintView)]
pub fn print_view() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let dp = scheme.precision;
    let on_target = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let v = s.value();
            let target =
                if v == "cohort" { PrintTarget::Cohort } else { PrintTarget::Officer(v.as_str().into()) };
            store.dispatch(Action::Print(target));
        })
    };
    let grade_title = |g: Option<&kaoping_core::model::assessment::GradeRef>| {
        g.and_then(|g| scheme.grade(&g.id))
            .map(|g| pick(lang, &g.title, g.title_en.as_deref()).to_string())
            .unwrap_or_else(|| "—".into())
    };
    let head = html! {
        <p class="meta">{ format!("{}: {} {} · {}: {}", Msg::SchemeLabel.text(lang), pick(lang, &scheme.title, scheme.title_en.as_deref()), scheme.version, Msg::Period.text(lang), scheme.period.label) }</p>
    };
    let sheet = match st.ui.print {
        PrintTarget::Cohort => html! {
            <article class="sheet" id="sheet-cohort">
                <h1>{ Msg::SheetTitleCohort.text(lang) }</h1>
                { head }
                <table class="grid">
                    <thead><tr><th class="num">{ Msg::Rank.text(lang) }</th><th>{ Msg::OfficerId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th><th>{ Msg::Unit.text(lang) }</th>
                        <th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grade.text(lang) }</th></tr></thead>
                    <tbody>
                    { for st.table_order().into_iter().filter_map(|i| {
                        let e = st.entry(&i)?;
                        let d = &e.officer;
                        Some(html! { <tr><td class="num">{ e.rank }</td><td class="mono">{ d.id.as_str() }</td><td>{ &d.name }</td>
                            <td>{ d.unit.clone().unwrap_or_default() }</td><td class="num">{ e.total.format_dp(dp) }</td><td>{ grade_title(e.grade.as_ref()) }</td></tr> })
                    }) }
                    </tbody>
                </table>
                { signatures(lang, false) }
            </article>
        },
        PrintTarget::Officer(ref i) => match (st.dossier(i), st.detail(i)) {
            (Some(d), Ok(a)) => html! {
                <article class="sheet" id="sheet-officer">
                    <h1>{ Msg::SheetTitleOfficer.text(lang) }</h1>
                    { head }
                    <table class="grid kv">
                        <tr><th>{ Msg::Name.text(lang) }</th><td>{ &d.officer.name }</td><th>{ Msg::OfficerId.text(lang) }</th><td class="mono">{ d.officer.id.as_str() }</td></tr>
                        <tr><th>{ Msg::Unit.text(lang) }</th><td>{ d.officer.unit.clone().unwrap_or_default() }</td><th>{ Msg::Total.text(lang) }</th><td class="num strong">{ a.total.format_dp(dp) }</td></tr>
                        <tr><th>{ Msg::Grade.text(lang) }</th><td class="strong">{ grade_title(st.final_grade(i)) }</td><th>{ Msg::ScoreGrade.text(lang) }</th><td>{ grade_title(Some(&a.score_grade)) }</td></tr>
                        { st.entry(i).map(|e| html! { <tr><th>{ Msg::Rank.text(lang) }</th><td>{ format!("{} / {}", e.rank, st.officer_count()) }</td>
                            <th>{ Msg::Flags.text(lang) }</th><td>{ if e.quota_changed { Msg::FlagQuota.text(lang) } else { "" } }</td></tr> }) }
                    </table>
                    { score_table(&a, scheme, lang, None) }
                    <h3>{ Msg::Explanation.text(lang) }</h3>
                    { explanation_table(&a.explanation, dp, lang) }
                    { a.fingerprint.clone().map(|f| html! { <p class="fingerprint mono">{ format!("{}: {f}", Msg::Fingerprint.text(lang)) }</p> }) }
                    { signatures(lang, true) }
                </article>
            },
            _ => html! { <p>{ Msg::ResultProblems.text(lang) }</p> },
        },
    };
    let selected = match st.ui.print {
        PrintTarget::Cohort => String::from("cohort"),
        PrintTarget::Officer(ref i) => i.to_string(),
    };
    html! {
        <div class="print-view">
            <div class="toolbar noprint">
                <select id="print-target" onchange={on_target}>
                    <option value="cohort" selected={selected == "cohort"}>{ Msg::PrintCohort.text(lang) }</option>
                    { for st.dossiers().map(|d| html! {
                        <option value={d.officer.id.to_string()} selected={selected == d.officer.id.as_str()}>{ format!("{} {}", d.officer.id, d.officer.name) }</option>
                    }) }
                </select>
                <button id="print-now" onclick={Callback::from(|_| browser::print())}>{ Msg::PrintNow.text(lang) }</button>
            </div>
            { sheet }
        </div>
    }
}
