//! Printable sheets: one officer's result or the whole cohort, with signature lines (print CSS
//! hides everything else).

use crate::browser;
use crate::components::app::Ctx;
use crate::components::officer_detail::{explanation_table, score_table};
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, PrintTarget};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// The signature block: the officer's line (on an officer's sheet), the chair's, and one line
/// per committee member with the member's printed name and role.
fn signatures(lang: Lang, officer: bool, members: &[kaoping_core::rules::committee::Rater]) -> Html {
    let line = |label: String| {
        html! {
            <div class="sig"><span>{ label }</span><span class="line"></span><span>{ Msg::SignDate.text(lang) }</span><span class="line short"></span></div>
        }
    };
    let role = |r: kaoping_core::rules::committee::RaterRole| if lang == Lang::Zh { r.zh() } else { r.en() };
    html! {
        <div class="signatures">
            { officer.then(|| line(Msg::SignOfficer.text(lang).to_owned())) }
            { line(Msg::SignCommittee.text(lang).to_owned()) }
            if members.is_empty() {
                <div class="sig"><span>{ Msg::SignMembers.text(lang) }</span><span class="line long"></span></div>
            } else {
                <div class="sig-members">{ Msg::SignMembers.text(lang) }</div>
                { for members.iter().map(|m| line(format!("{}（{}）", m.name, role(m.role)))) }
            }
        </div>
    }
}

/// Boxes a committee writes its opinion in, and the officer theirs (on an officer's sheet).
fn opinions(lang: Lang, officer: bool) -> Html {
    html! {
        <div class="opinions">
            <div class="opinion"><div class="opinion-title">{ Msg::CommitteeOpinion.text(lang) }</div></div>
            { officer.then(|| html! { <div class="opinion"><div class="opinion-title">{ Msg::OfficerOpinion.text(lang) }</div></div> }) }
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
    let grade_title =
        |g: Option<&kaoping_core::model::assessment::GradeRef>| st.grade_title(g.map(|g| &g.id));
    let table = st.session.table();
    let members = st.session.state().committee.members.as_slice();
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
                        <th class="num">{ Msg::Total.text(lang) }</th><th>{ Msg::Grade.text(lang) }</th><th>{ Msg::Flags.text(lang) }</th></tr></thead>
                    <tbody>
                    // the whole cohort in rank order, whatever the screen's filter or sort
                    { for table.iter().flat_map(|t| t.officers.iter()).map(|e| {
                        let d = &e.officer;
                        html! { <tr><td class="num">{ e.rank }</td><td class="mono">{ d.id.as_str() }</td><td>{ &d.name }</td>
                            <td>{ d.unit.clone().unwrap_or_default() }</td><td class="num">{ e.total.format_dp(dp) }</td><td>{ grade_title(e.grade.as_ref()) }</td>
                            <td>{ flag_words(e, lang) }</td></tr> }
                    }) }
                    </tbody>
                </table>
                { quota_reasons(table.map(|t| t.changes.as_slice()).unwrap_or_default(), None, lang) }
                { opinions(lang, false) }
                { signatures(lang, false, members) }
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
                        <tr><th>{ Msg::Post.text(lang) }</th><td colspan="3">{ st.session.state().roster.get(i).and_then(|r| r.post.clone()).unwrap_or_default() }</td></tr>
                        <tr><th>{ Msg::Grade.text(lang) }</th><td class="strong">{ grade_title(st.final_grade(i)) }</td><th>{ Msg::ScoreGrade.text(lang) }</th><td>{ grade_title(Some(&a.score_grade)) }</td></tr>
                        { st.entry(i).map(|e| html! { <tr><th>{ Msg::Rank.text(lang) }</th><td>{ format!("{} / {}", e.rank, st.officer_count()) }</td>
                            <th>{ Msg::Flags.text(lang) }</th><td id="sheet-flags">{ flag_words(e, lang) }</td></tr> }) }
                    </table>
                    { score_table(&a, scheme, lang, None) }
                    <h3>{ Msg::Explanation.text(lang) }</h3>
                    { explanation_table(&a.explanation, dp, lang) }
                    { a.fingerprint.clone().map(|f| html! { <p class="fingerprint mono">{ format!("{}: {f}", Msg::Fingerprint.text(lang)) }</p> }) }
                    { quota_reasons(table.map(|t| t.changes.as_slice()).unwrap_or_default(), Some(i), lang) }
                    { opinions(lang, true) }
                    { signatures(lang, true, members) }
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

/// The quota changes, each with its reason: all of them, or one officer's.
fn quota_reasons(
    changes: &[kaoping_core::rules::cohort::QuotaChange],
    officer: Option<&kaoping_core::OfficerId>,
    lang: Lang,
) -> Html {
    let shown: Vec<_> = changes.iter().filter(|c| officer.is_none_or(|o| &c.officer == o)).collect();
    if shown.is_empty() {
        return html! {};
    }
    html! {
        <div class="quota-reasons">
            <h3>{ Msg::QuotaReasons.text(lang) }</h3>
            <ul>{ for shown.iter().map(|c| html! { <li>{ format!("{} {}", c.officer, c.reason) }</li> }) }</ul>
        </div>
    }
}

/// An officer's flags as the table shows them, joined (名额调整、否决).
fn flag_words(e: &kaoping_core::rules::cohort::CohortEntry, lang: Lang) -> String {
    crate::state::flags(e).into_iter().map(|(_, m)| m.text(lang)).collect::<Vec<_>>().join("、")
}
