//! The cohort's distribution of totals over the scheme's grade bands, in SVG.

use crate::components::app::Ctx;
use crate::i18n::pick;
use yew::prelude::*;

/// Properties of [`Distribution`].
#[derive(Properties, PartialEq)]
pub struct DistributionProps {
    /// Dossier index to mark on the axis.
    #[prop_or_default]
    pub highlight: Option<kaoping_core::OfficerId>,
}

const W: f64 = 320.0;
const H: f64 = 150.0;
const LEFT: f64 = 24.0;
const BOTTOM: f64 = 20.0;
/// Room right of the axis for the last tick label ("100", centred on the axis end).
const RIGHT: f64 = 14.0;
const BINS: usize = 20;
const BAND_COLORS: [&str; 6] = ["#e3f1e4", "#e6eef8", "#fbf3dc", "#f8e1e1", "#eeeeee", "#f1e6f5"];

/// The distribution chart.
#[function_component(Distribution)]
pub fn distribution(props: &DistributionProps) -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let scheme = st.scheme();
    let (lo, hi) = (scheme.bounds.min.to_f64(), scheme.bounds.max.to_f64());
    let span = (hi - lo).max(1.0);
    let x_of = |v: f64| LEFT + (W - LEFT - RIGHT) * ((v - lo) / span).clamp(0.0, 1.0);
    // Display binning of the totals the core computed.
    let mut bins = [0usize; BINS];
    let entries = st.table().map(|t| t.officers.as_slice()).unwrap_or_default();
    for a in entries {
        let k = (((a.total.to_f64() - lo) / span) * BINS as f64).floor();
        let k = (k.max(0.0) as usize).min(BINS - 1);
        if let Some(b) = bins.get_mut(k) {
            *b += 1;
        }
    }
    let top = bins.iter().copied().max().unwrap_or(1).max(1) as f64;
    let plot_h = H - BOTTOM - 14.0;
    let bw = (W - LEFT - RIGHT) / BINS as f64;
    let mark = props.highlight.as_ref().and_then(|i| st.entry(i)).map(|e| x_of(e.total.to_f64()));
    html! {
        <svg class="distribution" viewBox={format!("0 0 {W} {H}")} width={W.to_string()} height={H.to_string()} role="img">
            { for scheme.grades.iter().enumerate().map(|(k, g)| {
                let (x0, x1) = (x_of(g.min.to_f64()), x_of(g.max.to_f64()));
                html! {
                    <g class="band">
                        <rect x={format!("{x0:.1}")} y="12" width={format!("{:.1}", (x1 - x0).max(0.0))} height={format!("{plot_h:.1}")}
                            fill={BAND_COLORS.get(k % BAND_COLORS.len()).copied().unwrap_or("#eee")} />
                        <title>{ format!("{} [{}, {})", pick(lang, &g.title, g.title_en.as_deref()), g.min, g.max) }</title>
                        if x1 - x0 >= 9.0 * pick(lang, &g.title, g.title_en.as_deref()).chars().count() as f64 * if lang == crate::i18n::Lang::Zh { 1.0 } else { 0.55 } {
                            <text x={format!("{:.1}", (x0 + x1) / 2.0)} y="10" font-size="9" text-anchor="middle" fill="#555">
                                { pick(lang, &g.title, g.title_en.as_deref()) }
                            </text>
                        }
                    </g>
                }
            }) }
            { for bins.iter().enumerate().filter(|(_, c)| **c > 0).map(|(k, c)| {
                let h = plot_h * (*c as f64) / top;
                html! {
                    <rect class="bin" x={format!("{:.1}", LEFT + bw * k as f64 + 1.0)} y={format!("{:.1}", 12.0 + plot_h - h)}
                        width={format!("{:.1}", bw - 2.0)} height={format!("{h:.1}")} fill="#1f5fa8"><title>{ c.to_string() }</title></rect>
                }
            }) }
            <line x1={LEFT.to_string()} y1={(12.0 + plot_h).to_string()} x2={(W - RIGHT).to_string()} y2={(12.0 + plot_h).to_string()} stroke="#333" />
            { for (0..=4).map(|k| { let v = lo + span * k as f64 / 4.0; html! {
                <text x={format!("{:.1}", x_of(v))} y={(H - 6.0).to_string()} font-size="9" text-anchor="middle" fill="#333">{ format!("{v:.0}") }</text>
            }}) }
            <text x="2" y="20" font-size="9" fill="#333">{ format!("{top:.0}") }</text>
            { mark.map(|x| html! { <line class="marker" x1={format!("{x:.1}")} y1="12" x2={format!("{x:.1}")} y2={(12.0 + plot_h).to_string()} stroke="#c0392b" stroke-width="2" /> }) }
        </svg>
    }
}
