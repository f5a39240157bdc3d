//! Drill-down (指标下钻): the case records behind one indicator of the selected officer, as the
//! core's `drill` gives them — one table per derived input, the case number first, then the
//! record kind's fields by their titles, enum values by their titles, flags as 是 / 否.

use crate::components::app::Ctx;
use crate::components::problems::ProblemList;
use crate::i18n::Lang;
use kaoping_core::api::records::Drill;
use kaoping_core::model::records::{FieldValue, Record};
use kaoping_core::model::scheme::{FieldDef, FieldType, RecordKind};
use kaoping_core::{OfficerId, Scheme};
use yew::prelude::*;

/// What the panel shows: whose indicator, which one, and how to close it.
#[derive(Properties, PartialEq)]
pub struct RecordDrillProps {
    /// The officer.
    pub officer: OfficerId,
    /// The indicator (or derived input) drilled into.
    pub target: String,
    /// Closes the panel.
    pub on_close: Callback<()>,
}

fn t(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    if lang == Lang::Zh {
        zh
    } else {
        en
    }
}

/// A field's value as the panel shows it.
fn shown(def: &FieldDef, value: Option<&FieldValue>, lang: Lang) -> String {
    match value {
        None => "—".to_owned(),
        Some(FieldValue::Flag(b)) => {
            t(lang, if *b { "是" } else { "否" }, if *b { "yes" } else { "no" }).to_owned()
        }
        Some(FieldValue::Number(d)) => d.to_string(),
        Some(FieldValue::Text(s)) if def.field_type == FieldType::Enum => {
            def.values.iter().find(|v| &v.id == s).map_or_else(|| s.clone(), |v| v.title.clone())
        }
        Some(FieldValue::Text(s)) => s.clone(),
    }
}

/// One record as a table row: its number, then each field of its kind.
fn row(record: &Record, kind: Option<&RecordKind>, lang: Lang) -> Html {
    html! {
        <tr data-record={record.id.as_str().to_owned()}>
            <td class="mono">{ record.id.as_str() }</td>
            { for kind.into_iter().flat_map(|k| &k.fields).map(|f| html! {
                <td>{ shown(f, record.fields.get(&f.key), lang) }</td>
            }) }
        </tr>
    }
}

/// One derived input and its records.
fn drill_table(d: &Drill, scheme: &Scheme, lang: Lang) -> Html {
    let def = scheme.inputs.iter().find(|i| i.key.as_str() == d.key);
    let title = def.map_or(d.key.as_str(), |i| crate::i18n::pick(lang, &i.title, i.title_en.as_deref()));
    let from = def.and_then(|i| i.derive.as_ref()).map(|x| &x.from);
    let kind = from.and_then(|k| scheme.records.iter().find(|r| &r.id == k));
    let value = d.value.map_or_else(|| "—".to_owned(), |v| v.to_string());
    let count = d.records.len();
    let caption = match lang {
        Lang::Zh => format!("{title} = {value}（{count} 条{}）", kind.map_or("记录", |k| k.title.as_str())),
        Lang::En => format!("{title} = {value} ({count} records)"),
    };
    html! {
        <div class="drill-input" data-input={d.key.clone()}>
            <h4>{ caption }</h4>
            if d.records.is_empty() {
                <p class="hint">{ t(lang, "没有符合条件的案件记录", "no record qualifies") }</p>
            } else {
                <table class="grid drill-records">
                    <thead><tr>
                        <th>{ t(lang, "案号", "case number") }</th>
                        { for kind.into_iter().flat_map(|k| &k.fields).map(|f| html! { <th>{ &f.title }</th> }) }
                    </tr></thead>
                    <tbody>{ for d.records.iter().map(|r| row(r, kind, lang)) }</tbody>
                </table>
            }
        </div>
    }
}

/// The records behind one indicator of one officer, with a close button.
#[function_component(RecordDrill)]
pub fn record_drill(props: &RecordDrillProps) -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let (lang, scheme) = (st.lang(), st.scheme());
    let ind_title = scheme
        .indicators()
        .find(|(_, i)| i.id.as_str() == props.target)
        .map(|(_, i)| format!("{} {}", i.id, crate::i18n::pick(lang, &i.title, i.title_en.as_deref())))
        .unwrap_or_else(|| props.target.clone());
    let close = props.on_close.reform(|_: MouseEvent| ());
    let body = match st.drill(&props.officer, &props.target) {
        Ok(drills) => html! { <>{ for drills.iter().map(|d| drill_table(d, scheme, lang)) }</> },
        Err(p) => html! { <ProblemList problems={p} /> },
    };
    html! {
        <section id="record-drill" class="drill-panel" data-target={props.target.clone()}>
            <div class="drill-head">
                <h3>{ format!("{}{ind_title}", t(lang, "指标下钻：", "drill-down: ")) }</h3>
                <button id="drill-close" onclick={close}>{ t(lang, "关闭", "close") }</button>
            </div>
            { body }
        </section>
    }
}
