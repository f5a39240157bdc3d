//! Chinese names and units in the order a clerk expects: by pinyin (the browser's `zh-CN`
//! collation, `Intl.Collator`), not by code point. Outside a browser (the app's native tests)
//! the order falls back to code points.

use std::cmp::Ordering;

/// Compares two texts in `zh-CN` collation order (pinyin), ties by code point.
pub fn compare(a: &str, b: &str) -> Ordering {
    collated(a, b).unwrap_or(Ordering::Equal).then_with(|| a.cmp(b))
}

#[cfg(target_arch = "wasm32")]
fn collated(a: &str, b: &str) -> Option<Ordering> {
    use wasm_bindgen::JsValue;
    thread_local! {
        static COMPARE: Option<js_sys::Function> = {
            let locales = js_sys::Array::of1(&JsValue::from_str("zh-CN-u-co-pinyin"));
            Some(js_sys::Intl::Collator::new(&locales, &js_sys::Object::new()).compare())
        };
    }
    let n = COMPARE.with(|f| f.as_ref()?.call2(&JsValue::NULL, &a.into(), &b.into()).ok()?.as_f64())?;
    Some(n.partial_cmp(&0.0).unwrap_or(Ordering::Equal))
}

#[cfg(not(target_arch = "wasm32"))]
fn collated(_: &str, _: &str) -> Option<Ordering> {
    None
}
