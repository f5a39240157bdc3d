//! One officer's result: editable dossier, dimension and indicator scores, lists, vetoes, the
//! full explanation from the core, the radar chart and the cohort distribution.

use crate::components::app::Ctx;
use crate::components::distribution::Distribution;
use crate::components::occurrences::Occurrences;
use crate::components::officer_inputs::OfficerInputs;
use crate::components::problems::ProblemList;
use crate::components::radar::Radar;
use crate::components::record_drill::RecordDrill;
use crate::i18n::{pick, Lang, Msg};
use crate::state::{Action, PrintTarget};
use kaoping_core::model::assessment::{Assessment, InputTrace};
use kaoping_core::{ExplainLine, Scheme};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// What an explanation line accounts for, as its first column says it (the rule's path is kept
/// as the row's `data-rule` and the cell's tooltip).
fn line_kind(kind: kaoping_core::model::explanation::LineKind, lang: Lang) -> &'static str {
    use kaoping_core::model::explanation::LineKind as K;
    let (zh, en) = match kind {
        K::Indicator => ("指标", "indicator"),
        K::Bonus => ("加分项", "bonus"),
        K::BonusCap => ("加分上限", "bonus cap"),
        K::Deduction => ("扣分项", "deduction"),
        K::DeductionCap => ("扣分上限", "deduction cap"),
        K::Waiver => ("容错", "tolerance"),
        K::Veto => ("一票否决", "veto"),
        K::Clamp => ("分值范围", "bounds"),
        K::Rounding => ("舍入", "rounding"),
        K::Derived => ("案件记录", "records"),
        K::Grade => ("等次", "grade"),
        K::Total => ("总分", "total"),
    };
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// The explanation lines as a table (also printed).
pub fn explanation_table(lines: &[ExplainLine], dp: u32, lang: Lang) -> Html {
    html! {
        <table class="grid explanation">
            <thead><tr>
                <th>{ Msg::Rule.text(lang) }</th><th class="num">{ Msg::Points.text(lang) }</th><th>{ Msg::Text.text(lang) }</th>
            </tr></thead>
            <tbody>
            { for lines.iter().map(|l| html! {
                <tr class={classes!(format!("line-{:?}", l.kind).to_lowercase())} data-rule={l.rule.clone()}>
                    <td class="rule" title={l.rule.clone()}>{ line_kind(l.kind, lang) }</td>
                    <td class="num">{ l.points.format_dp(dp) }</td>
                    <td>{ &l.text }</td>
                </tr>
            }) }
            </tbody>
        </table>
    }
}

/// Whether an indicator reads an input derived from the officer's records: its raw value then
/// opens the records behind it.
fn drillable(a: &Assessment, input: &InputTrace) -> bool {
    let derived = |key: &kaoping_core::InputKey| a.derived.iter().any(|d| &d.key == key);
    match input {
        InputTrace::Value { key } => derived(key),
        InputTrace::Ratio { numerator, denominator, .. } => {
            numerator.iter().chain(denominator).any(|t| derived(&t.key))
        }
        _ => false,
    }
}

/// Dimension and indicator scores as a table (also printed). With `on_drill`, the raw value of
/// an indicator read from case records is a button that asks for the records behind it.
pub fn score_table(a: &Assessment, scheme: &Scheme, lang: Lang, on_drill: Option<&Callback<String>>) -> Html {
    let dp = scheme.precision;
    let dim_title = |id: &kaoping_core::DimensionId| {
        scheme
            .dimensions
            .iter()
            .find(|d| &d.id == id)
            .map(|d| pick(lang, &d.title, d.title_en.as_deref()).to_string())
    };
    let ind_title = |id: &kaoping_core::IndicatorId| {
        scheme
            .indicators()
            .find(|(_, i)| &i.id == id)
            .map(|(_, i)| pick(lang, &i.title, i.title_en.as_deref()).to_string())
    };
    html! {
        <table class="grid scores">
            <thead><tr>
                <th>{ Msg::Dimension.text(lang) }</th><th>{ Msg::Indicator.text(lang) }</th>
                <th class="num">{ Msg::RawValue.text(lang) }</th><th class="num">{ Msg::Score.text(lang) }</th>
                <th class="num">{ Msg::MaxScore.text(lang) }</th><th class="num">{ Msg::Weight.text(lang) }</th>
                <th class="num">{ Msg::Contribution.text(lang) }</th>
            </tr></thead>
            <tbody>
            { for a.dimensions.iter().map(|d| html! {
                <>
                <tr class="dim-row">
                    <td colspan="6">{ dim_title(&d.id).unwrap_or_else(|| d.title.clone()) }</td>
                    <td class="num">{ format!("{} / {}", d.score.format_dp(dp), d.max.format_dp(dp)) }</td>
                </tr>
                { for d.indicators.iter().map(|i| html! {
                    <tr data-indicator={i.id.as_str().to_string()}>
                        <td></td>
                        <td>{ format!("{} {}", i.id, ind_title(&i.id).unwrap_or_else(|| i.title.clone())) }</td>
                        <td class="num">{ match on_drill.filter(|_| drillable(a, &i.input)) {
                                Some(cb) => {
                                    let (cb, id) = (cb.clone(), i.id.as_str().to_string());
                                    html! { <button class="drill" data-drill={id.clone()} title={Msg::RawValue.text(lang)}
                                        onclick={Callback::from(move |_: MouseEvent| cb.emit(id.clone()))}>
                                        { i.raw.map(|r| r.format_dp(4)).unwrap_or_else(|| "—".into()) }</button> }
                                }
                                None => html! { i.raw.map(|r| r.format_dp(4)).unwrap_or_else(|| "—".into()) },
                            } }
                            { match &i.input { InputTrace::Ratio { numerator_sum, denominator_sum, .. } =>
                                html! { <span class="sub">{ format!(" ({numerator_sum}/{denominator_sum})") }</span> }, _ => html! {} } }
                        </td>
                        <td class="num">{ i.score.format_dp(2) }</td>
                        <td class="num">{ i.max_score.format_dp(0) }</td>
                        <td class="num">{ i.weight.to_string() }</td>
                        <td class="num">{ i.contribution.format_dp(dp) }</td>
                    </tr>
                }) }
                </>
            }) }
            <tr class="dim-row"><td colspan="6">{ Msg::Bonuses.text(lang) }</td><td class="num">{ format!("+{}", a.bonuses.total.format_dp(dp)) }</td></tr>
            <tr class="dim-row"><td colspan="6">{ Msg::Deductions.text(lang) }</td><td class="num">{ format!("-{}", a.deductions.total.format_dp(dp)) }</td></tr>
            <tr class="total-row"><td colspan="6">{ Msg::Total.text(lang) }</td><td class="num">{ a.total.format_dp(dp) }</td></tr>
            </tbody>
        </table>
    }
}

/// The selected officer's detail.
#[function_component(OfficerDetail)]
pub fn officer_detail() -> Html {
    // the indicator whose records are shown (指标下钻), if any
    let drill = use_state(|| None::<String>);
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let dp = scheme.precision;
    let Some(i) = st.ui.selected.clone() else {
        return html! { <p class="hint">{ Msg::SelectOfficer.text(lang) }</p> };
    };
    let Some(dossier) = st.dossier(&i) else {
        return html! { <p class="hint">{ Msg::SelectOfficer.text(lang) }</p> };
    };
    let result = st.detail(&i);
    let oid = dossier.officer.id.as_str().to_string();
    let on_name = {
        let store = store.clone();
        let i = i.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::SetName { officer: i.clone(), name: input.value() });
        })
    };
    let on_unit = {
        let store = store.clone();
        let i = i.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            store.dispatch(Action::SetUnit { officer: i.clone(), unit: input.value() });
        })
    };
    let print = {
        let store = store.clone();
        let i = i.clone();
        Callback::from(move |_| store.dispatch(Action::Print(PrintTarget::Officer(i.clone()))))
    };
    let on_drill = {
        let drill = drill.clone();
        Callback::from(move |target: String| drill.set(Some(target)))
    };
    let close_drill = {
        let drill = drill.clone();
        Callback::from(move |()| drill.set(None))
    };
    let result_html = match &result {
        Ok(a) => html! {
            <>
            <div class="summary">
                <div class="big"><span class="label">{ Msg::Total.text(lang) }</span><span id="detail-total" class="value">{ a.total.format_dp(dp) }</span></div>
                <div class="big"><span class="label">{ Msg::Grade.text(lang) }</span><span id="detail-grade" class="value">{ st.grade_title(st.final_grade(&i).map(|g| &g.id)) }</span></div>
                { st.entry(&i).map(|e| html! { <div class="big"><span class="label">{ Msg::Rank.text(lang) }</span><span id="detail-rank" class="value">{ format!("{} / {}", e.rank, st.officer_count()) }</span></div> }) }
                <div class="big"><span class="label">{ Msg::ScoreGrade.text(lang) }</span><span class="value">{ st.grade_title(Some(&a.score_grade.id)) }</span></div>
            </div>
            <div class="charts">
                <figure><figcaption>{ Msg::Radar.text(lang) }</figcaption><Radar assessment={a.clone()} /></figure>
                <figure><figcaption>{ Msg::Distribution.text(lang) }</figcaption><Distribution highlight={Some(i.clone())} /></figure>
            </div>
            { score_table(a, scheme, lang, Some(&on_drill)) }
            { (*drill).clone().map(|target| html! { <RecordDrill officer={i.clone()} {target} on_close={close_drill.clone()} /> }) }
            <h3>{ Msg::Explanation.text(lang) }</h3>
            { explanation_table(&a.explanation, dp, lang) }
            { a.fingerprint.clone().map(|f| html! { <p class="fingerprint mono">{ format!("{}: {f}", Msg::Fingerprint.text(lang)) }</p> }) }
            </>
        },
        Err(p) => {
            html! { <div class="error-box"><h3>{ Msg::ResultProblems.text(lang) }</h3><ProblemList problems={p.clone()} /></div> }
        }
    };
    html! {
        <div class="detail" key={oid.clone()} data-officer={oid.clone()}>
            <div class="detail-head">
                <label>{ Msg::Name.text(lang) }<input id="officer-name" value={dossier.officer.name.clone()} onchange={on_name} /></label>
                <label>{ Msg::Unit.text(lang) }<input id="officer-unit" value={dossier.officer.unit.clone().unwrap_or_default()} onchange={on_unit} /></label>
                <span class="mono">{ &oid }</span>
                { dossier.synthetic.then(|| html! { <span class="tag">{ Msg::Synthetic.text(lang) }</span> }) }
                <button id="print-officer" onclick={print}>{ Msg::PrintOfficer.text(lang) }</button>
            </div>
            { result_html }
            <div class="two-col">
                <div><h3>{ Msg::Inputs.text(lang) }</h3><OfficerInputs officer={i.clone()} /></div>
                <div><h3>{ Msg::Occurrences.text(lang) }</h3><Occurrences officer={i.clone()} /></div>
            </div>
        </div>
    }
}
