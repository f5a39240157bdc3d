//! Any text as a cohort request (scheme, dossiers, committee, sheets, waivers, decisions):
//! never panics; the result does not depend on the order of the inputs; ranks are 1..n; no
//! quota gives more places than it has; every officer's assessment keeps its promises.
#![no_main]
use kaoping_core::api::cohort::CohortRequest;
use libfuzzer_sys::fuzz_target;

fn reversed(mut c: CohortRequest) -> CohortRequest {
    c.dossiers.reverse();
    c.sheets.reverse();
    for s in &mut c.sheets {
        s.ratings.reverse();
    }
    if let Some(committee) = &mut c.committee {
        committee.members.reverse();
        committee.recusals.reverse();
    }
    c.decisions.reverse();
    c
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(request) = CohortRequest::from_json(text) else { return };
    let scheme = match &request.scheme {
        kaoping_json::Json::String(id) => kaoping_core::api::builtin::scheme(id).ok(),
        other => kaoping_core::base::json::from_json_value::<kaoping_core::Scheme>(other).ok(),
    };
    let result = request.clone().run();
    let again = reversed(request).run();
    match (&result, &again) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a.officers, b.officers, "input order changed the officers");
            assert_eq!(a.changes, b.changes, "input order changed the quota changes");
            assert_eq!(a.quotas, b.quotas, "input order changed the quotas");
            assert_eq!(a.fingerprint, b.fingerprint, "input order changed the fingerprint");
        }
        (Err(a), Err(b)) => {
            let mut ca: Vec<_> = a.0.iter().map(|p| p.code).collect();
            let mut cb: Vec<_> = b.0.iter().map(|p| p.code).collect();
            ca.sort();
            cb.sort();
            assert_eq!(ca, cb, "input order changed the problems");
        }
        _ => panic!("input order changed success: {result:?} vs {again:?}"),
    }
    let Ok(r) = result else { return };
    let ranks: Vec<u32> = r.officers.iter().map(|e| e.rank).collect();
    let expected: Vec<u32> = (1..=u32::try_from(ranks.len()).unwrap()).collect();
    assert_eq!(ranks, expected, "ranks are not 1..n in order");
    for q in &r.quotas {
        let holders = r
            .officers
            .iter()
            .filter(|e| !e.flags.veto && e.grade.as_ref().is_some_and(|g| g.id == q.grade))
            .count();
        assert!(
            holders <= q.places as usize,
            "quota {} has {} places but {holders} officers",
            q.grade,
            q.places
        );
    }
    if let Some(scheme) = scheme {
        for e in &r.officers {
            if let Some(a) = &e.assessment {
                kaoping_fuzz::check_assessment(&scheme, a);
            }
        }
    }
});
