//! The scheme: pick a built-in one or import JSON; dimensions, indicators with function plots,
//! positive and negative lists, vetoes, grades and quotas; validation problems with paths.

use crate::components::app::Ctx;
use crate::components::function_plot::FunctionPlot;
use crate::components::problems::ProblemList;
use crate::components::scheme_text::{scoring_text, source_text};
use crate::i18n::{pick, Msg};
use crate::state::Action;
use kaoping_core::model::scheme::{ItemList, VetoEffect};
use kaoping_core::{Lang, Problems};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// How a quota rounds, in the screen's language.
fn rounding(r: kaoping_core::model::scheme::QuotaRounding, lang: Lang) -> &'static str {
    use kaoping_core::model::scheme::QuotaRounding as Q;
    match (r, lang == Lang::Zh) {
        (Q::Floor, true) => "向下取整",
        (Q::Nearest, true) => "四舍五入",
        (Q::Ceil, true) => "向上取整",
        (Q::Floor, false) => "rounded down",
        (Q::Nearest, false) => "rounded to nearest",
        (Q::Ceil, false) => "rounded up",
    }
}

/// A scheme note: shown as written, except that a note written only in English is shown in the
/// Chinese screen as a marker with the text as its tooltip.
fn note(text: Option<&str>, lang: crate::i18n::Lang) -> Html {
    let Some(text) = text else { return html! {} };
    let cjk = text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    if lang == crate::i18n::Lang::Zh && !cjk {
        return html! { <div class="sub" title={text.to_owned()}>{ Msg::NoteInEnglish.text(lang) }</div> };
    }
    html! { <div class="sub">{ text }</div> }
}

/// A source key (`S31`), or the scheme's marker of an unsourced default in the screen's language.
fn source(text: Option<&str>, lang: crate::i18n::Lang) -> String {
    match text {
        Some(t) if t.starts_with("unsourced") => Msg::Unsourced.text(lang).to_owned(),
        Some(t) => t.to_owned(),
        None => String::new(),
    }
}

fn list_table(list: &ItemList, lang: Lang, id: &'static str) -> Html {
    html! {
        <table class="grid" id={id}>
            <thead><tr>
                <th>{ Msg::Code.text(lang) }</th><th>{ Msg::Item.text(lang) }</th><th class="num">{ Msg::Points.text(lang) }</th>
                <th class="num">{ Msg::ItemCap.text(lang) }</th><th>{ Msg::Source.text(lang) }</th>
            </tr></thead>
            <tbody>
            { for list.items.iter().map(|it| html! {
                <tr>
                    <td class="mono">{ it.id.as_str() }</td>
                    <td>{ pick(lang, &it.title, it.title_en.as_deref()) }
                        { note(it.note.as_deref(), lang) }</td>
                    <td class="num">{ it.points.to_string() }</td>
                    <td class="num">{ it.cap.map(|c| c.to_string()).unwrap_or_else(|| "—".into()) }</td>
                    <td>{ source(it.source.as_deref(), lang) }</td>
                </tr>
            }) }
            <tr class="dim-row"><td colspan="3">{ Msg::ListCap.text(lang) }</td>
                <td class="num">{ list.cap.map(|c| c.to_string()).unwrap_or_else(|| "—".into()) }</td><td></td></tr>
            </tbody>
        </table>
    }
}

/// The scheme screen.
#[function_component(SchemeView)]
pub fn scheme_view() -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let on_builtin = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            store.dispatch(Action::UseBuiltin(s.value()));
        })
    };
    let on_import = crate::components::data_panel::on_json_file(&store, Action::ImportScheme);
    let problems: Problems = st.ui.scheme_problems.clone().unwrap_or_default();
    let effect = |e: &VetoEffect| kaoping_core::api::words::veto_effect_words(scheme, e, lang);
    let rounding = |r| rounding(r, lang);
    html! {
        <div class="scheme-view">
            <div class="toolbar">
                <label>{ Msg::BuiltinScheme.text(lang) }
                    <select id="builtin-scheme" onchange={on_builtin}>
                        { for kaoping_core::api::builtin::scheme_ids().into_iter().map(|id| html! {
                            <option value={id} selected={st.ui.builtin.as_deref() == Some(id)}>{ kaoping_core::api::builtin::scheme(id).map_or_else(|_| id.to_string(), |s| pick(lang, &s.title, s.title_en.as_deref()).to_string()) }</option>
                        }) }
                    </select>
                </label>
                <label class="file-pick">{ Msg::ImportScheme.text(lang) }
                    <span class="file-button">{ Msg::ChooseFile.text(lang) }</span><input id="import-scheme" type="file" accept=".json,application/json" onchange={on_import} /></label>
            </div>
            <h2>{ pick(lang, &scheme.title, scheme.title_en.as_deref()) }</h2>
            <p class="meta">{ format!("{} {} · {}: {} ({} – {})", Msg::Version.text(lang), scheme.version, Msg::Period.text(lang), scheme.period.label, scheme.period.start, scheme.period.end) }</p>
            <h3>{ Msg::Validation.text(lang) }</h3>
            <div id="scheme-problems">
                if problems.is_empty() { <p class="ok">{ Msg::ValidationOk.text(lang) }</p> }
                else { <ProblemList problems={problems.clone()} /> }
            </div>
            <h3>{ format!("{} / {}", Msg::Dimension.text(lang), Msg::Indicator.text(lang)) }</h3>
            <table class="grid" id="indicators">
                <thead><tr>
                    <th>{ Msg::Dimension.text(lang) }</th><th>{ Msg::Indicator.text(lang) }</th><th class="num">{ Msg::Weight.text(lang) }</th>
                    <th>{ Msg::Input.text(lang) }</th><th>{ Msg::Function.text(lang) }</th><th>{ Msg::Plot.text(lang) }</th>
                </tr></thead>
                <tbody>
                { for scheme.dimensions.iter().map(|d| html! {
                    <>
                    <tr class="dim-row"><td colspan="6">{ format!("{} · {} {}", pick(lang, &d.title, d.title_en.as_deref()), Msg::Weight.text(lang), d.weight) }</td></tr>
                    { for d.indicators.iter().map(|i| html! {
                        <tr>
                            <td></td>
                            <td><span class="mono">{ i.id.as_str() }</span>{ " " }{ pick(lang, &i.title, i.title_en.as_deref()) }
                                { note(i.note.as_deref(), lang) }</td>
                            <td class="num">{ i.weight.to_string() }</td>
                            <td class="small">{ source_text(scheme, &i.input, lang) }</td>
                            <td class="small">{ scoring_text(&i.scoring, lang) }
                                <div class="sub">{ format!("{} {}", Msg::MaxScore.text(lang), i.max_score) }</div></td>
                            <td><FunctionPlot function={i.scoring.clone()} max={i.max_score} none={Msg::NoPlot.text(lang)} /></td>
                        </tr>
                    }) }
                    </>
                }) }
                </tbody>
            </table>
            <div class="two-col">
                <div><h3>{ Msg::Bonuses.text(lang) }</h3>{ list_table(&scheme.bonuses, lang, "bonus-list") }</div>
                <div><h3>{ Msg::Deductions.text(lang) }</h3>{ list_table(&scheme.deductions, lang, "deduction-list") }</div>
            </div>
            <div class="two-col">
                <div>
                    <h3>{ Msg::Vetoes.text(lang) }</h3>
                    <table class="grid"><thead><tr><th>{ Msg::Code.text(lang) }</th><th>{ Msg::Item.text(lang) }</th><th>{ Msg::Effect.text(lang) }</th><th>{ Msg::Source.text(lang) }</th></tr></thead>
                    <tbody>{ for scheme.vetoes.iter().map(|v| html! {
                        <tr><td class="mono">{ v.id.as_str() }</td><td>{ pick(lang, &v.title, v.title_en.as_deref()) }</td>
                            <td>{ effect(&v.effect) }</td><td>{ source(v.source.as_deref(), lang) }</td></tr>
                    }) }</tbody></table>
                </div>
                <div>
                    <h3>{ Msg::Grades.text(lang) }</h3>
                    <table class="grid"><thead><tr><th>{ Msg::Grade.text(lang) }</th><th>{ Msg::Range.text(lang) }</th><th>{ Msg::MaxShare.text(lang) }</th></tr></thead>
                    <tbody>{ for scheme.grades.iter().map(|g| {
                        let quota = scheme.quotas.iter().find(|q| q.grade == g.id);
                        html! {
                            <tr><td>{ pick(lang, &g.title, g.title_en.as_deref()) }</td>
                                <td class="mono">{ format!("[{}, {})", g.min, g.max) }</td>
                                <td class="mono">{ quota.map(|q| format!("{}（{}）", q.max_share, rounding(q.rounding))).unwrap_or_else(|| "—".into()) }</td></tr>
                        }
                    }) }</tbody></table>
                </div>
            </div>
        </div>
    }
}
