//! The explain layer: text rendered from the facts the lower layers produce.
