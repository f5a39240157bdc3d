//! The base layer: exact decimals, dates, identifiers, problems with their codes, input limits,
//! sorted-vector maps and fingerprints. It depends on nothing else in the crate.

pub mod code;
pub mod date;
pub mod decimal;
pub(crate) mod divide;
pub mod error;
pub mod fingerprint;
pub mod ids;
pub mod json;
pub mod lang;
pub mod limits;
pub mod message;
pub(crate) mod sort;
pub mod sorted;
