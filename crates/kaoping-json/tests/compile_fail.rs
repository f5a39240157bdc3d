//! What the derives refuse at compile time (tests/ui/*.rs with their expected errors), and the
//! `#[serde(...)]` attributes they accept without serde's own derive.
//! `TRYBUILD=overwrite cargo test -p kaoping-json --test compile_fail` rewrites the `.stderr`
//! files (read the diff before committing it).

#[test]
fn the_derives_refuse_what_they_do_not_implement() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/fail_*.rs");
    t.pass("tests/ui/pass_*.rs");
}
