//! The use of results (结果运用): the performance-bonus allocation (绩效奖金分配) of a pool entered
//! here over the current result, and the publication (公示) with its notice date and the end of
//! the objection window in working days under an imported holiday calendar, printable. The core
//! shares, counts and words; the screen passes what was typed.

use crate::browser;
use crate::components::app::Ctx;
use crate::components::notice::FormNotice;
use crate::components::problems::ProblemList;
use crate::components::sheets_view::today;
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, Form};
use kaoping_core::model::allocation::{Allocation, AllocationMethod};
use kaoping_core::{Date, Decimal, Problems};
use yew::prelude::*;

/// The coefficient typed at first for the grade at `at` (best first): 1.2, 1, 0.8, then 0.
fn default_coefficient(at: usize) -> &'static str {
    ["1.2", "1", "0.8"].get(at).copied().unwrap_or("0")
}

/// What the allocation form sent: pool, method, coefficients by grade (as typed).
#[derive(Clone, PartialEq)]
struct BonusForm {
    pool: String,
    method: String,
    coefficients: Vec<(kaoping_core::base::ids::GradeId, String)>,
}

/// The allocation the core gives for the form (`Err`: the text that is no number, or its problems).
fn allocation(st: &crate::state::AppState, form: &BonusForm) -> Result<Allocation, Html> {
    let lang = st.lang();
    let bad = |t: &str| html! { <p class="notice" id="bonus-bad">{ format!("{} {t}", Msg::InvalidNumber.text(lang)) }</p> };
    let pool = Decimal::parse(form.pool.trim()).ok_or_else(|| bad(&form.pool))?;
    let mut coefficients = Vec::new();
    for (g, t) in &form.coefficients {
        coefficients.push((g.clone(), Decimal::parse(t.trim()).ok_or_else(|| bad(t))?));
    }
    let method = match form.method.as_str() {
        "score" => AllocationMethod::Score,
        "both" => AllocationMethod::CoefficientTimesScore,
        _ => AllocationMethod::GradeCoefficient,
    };
    st.allocate(pool, method, coefficients).map_err(|p: Problems| html! { <ProblemList problems={p} /> })
}

/// The shares, each with the core's lines, and their sum (the pool).
fn shares_table(st: &crate::state::AppState, a: &Allocation, lang: Lang) -> Html {
    let grade = |id: &Option<kaoping_core::base::ids::GradeId>| {
        id.as_ref()
            .and_then(|g| st.scheme().grades.iter().find(|x| &x.id == g))
            .map(|g| pick(lang, &g.title, g.title_en.as_deref()).to_owned())
            .unwrap_or_else(|| "—".into())
    };
    html! {
        <>
        <ul class="summary" id="bonus-summary">{ for a.summary.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
        <table class="grid" id="bonus-shares">
            <thead><tr><th>{ Msg::OfficerId.text(lang) }</th><th>{ Msg::Name.text(lang) }</th><th class="num">{ Msg::Total.text(lang) }</th>
                <th>{ Msg::Grade.text(lang) }</th><th class="num">{ Msg::Coefficient.text(lang) }</th><th class="num">{ Msg::Share.text(lang) }</th><th>{ Msg::Explanation.text(lang) }</th></tr></thead>
            <tbody>{ for a.shares.iter().map(|s| html! {
                <tr data-officer={s.officer.as_str().to_owned()}>
                    <td class="mono">{ s.officer.as_str() }</td><td>{ &s.name }</td><td class="num">{ s.total.to_string() }</td>
                    <td>{ grade(&s.grade) }</td><td class="num">{ s.coefficient.map(|c| c.to_string()).unwrap_or_default() }</td>
                    <td class="num amount">{ if s.excluded.is_some() { Msg::Excluded.text(lang).to_owned() } else { s.amount.format_dp(2) } }</td>
                    <td class="small lines">{ for s.lines.iter().map(|l| html! { <div>{ l }</div> }) }</td>
                </tr>
            }) }
            <tr class="dim-row"><td colspan="5">{ Msg::AllocatedTotal.text(lang) }</td><td class="num" id="bonus-total">{ a.allocated.format_dp(2) }</td><td></td></tr>
            </tbody>
        </table>
        </>
    }
}

/// The allocation card.
#[function_component(BonusCard)]
fn bonus_card() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let grades = &st.scheme().grades;
    // what is typed is kept in the form (a re-render keeps it); the core answers what was sent
    let form = use_state(|| BonusForm {
        pool: String::new(),
        method: "coefficient".into(),
        coefficients: grades
            .iter()
            .enumerate()
            .map(|(i, g)| (g.id.clone(), default_coefficient(i).to_owned()))
            .collect(),
    });
    let sent = use_state(|| None::<BonusForm>);
    let edit = |f: fn(&mut BonusForm, String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*form).clone();
            f(&mut next, e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
            form.set(next);
        })
    };
    let on_method = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let mut next = (*form).clone();
            next.method = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
            form.set(next);
        })
    };
    let share = {
        let (sent, form) = (sent.clone(), form.clone());
        Callback::from(move |_| sent.set(Some((*form).clone())))
    };
    let answer = sent.as_ref().map(|f| match allocation(st, f) {
        Ok(a) => shares_table(st, &a, lang),
        Err(h) => h,
    });
    html! {
        <section class="card" id="bonus-card">
            <h3>{ Msg::BonusSection.text(lang) }</h3>
            <p class="hint noprint">{ Msg::BonusHint.text(lang) }</p>
            <div class="toolbar noprint">
                <label>{ Msg::Pool.text(lang) }<input id="bonus-pool" class="num-input" inputmode="decimal" value={form.pool.clone()} oninput={edit(|f, v| f.pool = v)} /></label>
                <label>{ Msg::Method.text(lang) }
                    <select id="bonus-method" onchange={on_method}>
                        { for [("coefficient", Msg::MethodCoefficient), ("score", Msg::MethodScore), ("both", Msg::MethodBoth)].into_iter().map(|(v, m)| html! {
                            <option value={v} selected={form.method == v}>{ m.text(lang) }</option>
                        }) }
                    </select></label>
                { for grades.iter().enumerate().map(|(i, g)| {
                    let typed = form.coefficients.get(i).map(|(_, t)| t.clone()).unwrap_or_default();
                    let form = form.clone();
                    let oninput = Callback::from(move |e: InputEvent| {
                        let mut next = (*form).clone();
                        if let Some(c) = next.coefficients.get_mut(i) {
                            c.1 = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                        }
                        form.set(next);
                    });
                    html! {
                        <label>{ format!("{}{}", pick(lang, &g.title, g.title_en.as_deref()), Msg::Coefficient.text(lang)) }
                            <input class="num-input bonus-coefficient" data-grade={g.id.as_str().to_owned()} value={typed} {oninput} /></label>
                    }
                }) }
                <button id="bonus-share" onclick={share}>{ Msg::Allocate.text(lang) }</button>
                <button class="noprint" onclick={Callback::from(|_| browser::print())}>{ Msg::PrintThis.text(lang) }</button>
            </div>
            { for answer }
        </section>
    }
}

/// The publication card: the calendar, the notice date, the window and the scope; the document.
#[function_component(PublicationCard)]
fn publication_card() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let form = use_state(|| (today(), "5".to_owned(), false));
    let sent = use_state(|| None::<(String, String, bool)>);
    let edit = |f: fn(&mut (String, String, bool), String)| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*form).clone();
            f(&mut next, e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
            form.set(next);
        })
    };
    let on_scope = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let mut next = (*form).clone();
            next.2 = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value() == "every";
            form.set(next);
        })
    };
    let make = {
        let (sent, form) = (sent.clone(), form.clone());
        Callback::from(move |_| sent.set(Some((*form).clone())))
    };
    let on_calendar = crate::components::data_panel::on_json_file(&store, Action::ImportCalendar);
    let document = sent.as_ref().map(|(day, days, every)| {
        let Some(day) = Date::parse(day.trim()) else {
            return html! { <p class="notice" id="publication-bad">{ format!("{} {day}", Msg::BadDate.text(lang)) }</p> };
        };
        match st.publication(day, days.trim().parse::<u16>().ok(), *every) {
            Ok(p) => html! {
                <div class="publication" id="publication">
                    <p id="window-end"><strong>{ format!("{}：{}", Msg::WindowEnd.text(lang), p.window_end) }</strong></p>
                    { for p.lines.iter().map(|l| html! { <p class="publication-line">{ l }</p> }) }
                </div>
            },
            Err(p) => html! { <ProblemList problems={p} /> },
        }
    });
    let calendar = st.ui.calendar.as_ref().map_or_else(
        || Msg::NoCalendar.text(lang).to_owned(),
        |c| format!("{}：{}", Msg::CalendarLoaded.text(lang), c.source),
    );
    html! {
        <section class="card" id="publication-card">
            <h3>{ Msg::PublicationSection.text(lang) }</h3>
            <p class="hint noprint">{ Msg::PublicationHint.text(lang) }</p>
            <div class="toolbar noprint">
                <span id="calendar-state">{ calendar }</span>
                <label class="file-pick">{ Msg::ImportCalendar.text(lang) }<span class="file-button">{ Msg::ChooseFile.text(lang) }</span>
                    <input id="import-calendar" type="file" accept=".json,application/json" onchange={on_calendar} /></label>
            </div>
            <FormNotice form={Form::Calendar} />
            <div class="toolbar noprint">
                <label>{ Msg::PublicationDate.text(lang) }<input id="notice-date" type="date" value={form.0.clone()} oninput={edit(|f, v| f.0 = v)} /></label>
                <label>{ Msg::WindowDays.text(lang) }<input id="window-days" class="num-input" value={form.1.clone()} oninput={edit(|f, v| f.1 = v)} /></label>
                <label><select id="publication-scope" onchange={on_scope}>
                    <option value="excellent" selected={!form.2}>{ Msg::ScopeExcellent.text(lang) }</option>
                    <option value="every" selected={form.2}>{ Msg::ScopeEvery.text(lang) }</option>
                </select></label>
                <button id="make-publication" onclick={make}>{ Msg::MakePublication.text(lang) }</button>
                <button onclick={Callback::from(|_| browser::print())}>{ Msg::PrintThis.text(lang) }</button>
            </div>
            { for document }
        </section>
    }
}

/// The use-of-results screen.
#[function_component(ResultsView)]
pub fn results_view() -> Html {
    html! { <div class="setup-view results-view"><BonusCard /><PublicationCard /></div> }
}
