//! A small SVG plot of an indicator's scoring function, sampled through the core.

use crate::plot::curve;
use kaoping_core::model::scheme::ScoringFunction;
use kaoping_core::Decimal;
use yew::prelude::*;

/// Properties of [`FunctionPlot`].
#[derive(Properties, PartialEq)]
pub struct FunctionPlotProps {
    /// The function.
    pub function: ScoringFunction,
    /// The indicator's full score.
    pub max: Decimal,
    /// Text shown when there is no fixed plot.
    pub none: AttrValue,
}

const W: f64 = 180.0;
const H: f64 = 70.0;
const PAD: f64 = 12.0;

/// The plot.
#[function_component(FunctionPlot)]
pub fn function_plot(props: &FunctionPlotProps) -> Html {
    let Some(c) = curve(&props.function, props.max) else {
        return html! { <span class="sub">{ props.none.clone() }</span> };
    };
    let (lo, hi, max) = (c.lo.to_f64(), c.hi.to_f64(), c.max.to_f64().max(1e-9));
    let sx = |x: f64| PAD + (W - 2.0 * PAD) * (x - lo) / (hi - lo).max(1e-9);
    let sy = |y: f64| H - PAD - (H - 2.0 * PAD) * y / max;
    let path = c
        .points
        .iter()
        .enumerate()
        .map(|(k, (x, y))| {
            format!("{}{:.1},{:.1}", if k == 0 { "M" } else { "L" }, sx(x.to_f64()), sy(y.to_f64()))
        })
        .collect::<String>();
    html! {
        <svg class="fplot" viewBox={format!("0 0 {W} {H}")} width={W.to_string()} height={H.to_string()} role="img">
            <line x1={PAD.to_string()} y1={(H - PAD).to_string()} x2={(W - PAD).to_string()} y2={(H - PAD).to_string()} stroke="#888" stroke-width="0.8" />
            <line x1={PAD.to_string()} y1={PAD.to_string()} x2={PAD.to_string()} y2={(H - PAD).to_string()} stroke="#888" stroke-width="0.8" />
            <path d={path} fill="none" stroke="#1f5fa8" stroke-width="1.5" />
            <text x={PAD.to_string()} y={(H - 2.0).to_string()} font-size="8" fill="#555">{ c.lo.format_dp(2) }</text>
            <text x={(W - PAD).to_string()} y={(H - 2.0).to_string()} font-size="8" text-anchor="end" fill="#555">{ c.hi.format_dp(2) }</text>
            <text x="1" y={(PAD + 3.0).to_string()} font-size="8" fill="#555">{ c.max.format_dp(0) }</text>
        </svg>
    }
}
