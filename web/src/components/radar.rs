//! Radar chart of one officer's dimension scores (share of each dimension's maximum), in SVG.

use crate::components::app::Ctx;
use crate::i18n::pick;
use yew::prelude::*;

/// Properties of [`Radar`].
#[derive(Properties, PartialEq)]
pub struct RadarProps {
    /// Dossier index.
    pub assessment: kaoping_core::model::assessment::Assessment,
}

const R: f64 = 80.0;
const C: f64 = 120.0;

fn point(k: usize, n: usize, share: f64) -> (f64, f64) {
    let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n.max(1) as f64;
    (C + R * share * angle.cos(), C + R * share * angle.sin())
}

fn polygon(points: &[(f64, f64)]) -> String {
    points.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
}

/// The radar chart.
#[function_component(Radar)]
pub fn radar(props: &RadarProps) -> Html {
    let Some(store) = use_context::<Ctx>() else { return html! {} };
    let st = &store.state;
    let lang = st.lang();
    let a = &props.assessment;
    let n = a.dimensions.len();
    // Geometry only: each dimension's score as a share of its maximum, both from the core.
    let shares: Vec<f64> = a
        .dimensions
        .iter()
        .map(|d| if d.max.to_f64() > 0.0 { (d.score.to_f64() / d.max.to_f64()).clamp(0.0, 1.0) } else { 0.0 })
        .collect();
    let rings = [0.25, 0.5, 0.75, 1.0];
    html! {
        // room beside the 240 × 240 chart for the labels (English titles are long)
        <svg class="radar" viewBox="-60 -6 360 252" width="300" height="210" role="img">
            { for rings.iter().map(|r| html! {
                <polygon points={polygon(&(0..n).map(|k| point(k, n, *r)).collect::<Vec<_>>())} fill="none" stroke="#c8ccd2" stroke-width="0.8" />
            }) }
            { for (0..n).map(|k| { let (x, y) = point(k, n, 1.0); html! {
                <line x1={C.to_string()} y1={C.to_string()} x2={format!("{x:.1}")} y2={format!("{y:.1}")} stroke="#c8ccd2" stroke-width="0.8" />
            }}) }
            <polygon class="radar-shape" points={polygon(&shares.iter().enumerate().map(|(k, s)| point(k, n, *s)).collect::<Vec<_>>())}
                fill="#1f5fa8" fill-opacity="0.25" stroke="#1f5fa8" stroke-width="1.5" />
            { for a.dimensions.iter().enumerate().map(|(k, d)| {
                let (x, y) = point(k, n, 1.22);
                let title = st.scheme().dimensions.iter().find(|sd| sd.id == d.id)
                    .map(|sd| pick(lang, &sd.title, sd.title_en.as_deref()).to_string()).unwrap_or_else(|| d.title.clone());
                html! {
                    <text x={format!("{x:.1}")} y={format!("{y:.1}")} text-anchor="middle" font-size="10" fill="#333">
                        <tspan x={format!("{x:.1}")}>{ title }</tspan>
                        <tspan x={format!("{x:.1}")} dy="12">{ d.score.format_dp(st.scheme().precision) }</tspan>
                    </text>
                }
            }) }
        </svg>
    }
}
