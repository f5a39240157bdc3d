//! TypeScript declarations that the derives cannot produce: types with hand-written serde forms
//! in the core, and the typed-array shapes of the columnar batch.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_SCALARS: &str = r#"
/** An exact decimal (six fractional digits), as a JS number: `83.05`. */
export type Decimal = number;
/** A calendar date, `YYYY-MM-DD`. */
export type Date = string;
/** A stable problem code, e.g. `E_WEIGHT_SUM`; codes starting with `W_` are warnings. */
export type Code = string;

/** Any JSON value (in tolerance requests: a built-in id or an object). */
export type Value = unknown;

/** The Engine's methods written in the package's JS glue. */
export interface Engine {
    /** Assesses a cohort given as columns (typed arrays), without one object per officer.
     * Column lengths that disagree throw; a bad row fails alone (see `problems`). */
    assessColumns(input: ColumnsInput): ColumnScores;
    /** Assesses, ranks and grades under the scheme's quotas a cohort given as columns: the ranked
     * table as typed arrays. Lengths that disagree, or any row's problem, come back as errors. */
    assessCohortColumns(input: ColumnsInput, options?: CohortOptions | null): Answer<CohortColumns>;
    /** Decides whether an incident is tolerated (免责 / 从轻 / 减轻 / 不予容错), given the officer's
     * earlier incidents. Apply the decision with `engine.assess(dossier, { waivers: decision.effect.waivers })`. */
    evaluateTolerance(incident: Incident, history: PriorIncident[] | undefined | null, options: ToleranceCallOptions): Answer<Decision>;
}

/** Options of `Engine.evaluateTolerance`. */
export interface ToleranceCallOptions {
    /** The date the decision speaks for (correction deadlines are judged against it). */
    asOf: Date;
    /** A built-in policy id or a policy object; default `"tolerance-default"`. */
    policy?: string | Policy;
    /** Language of the reasons; default Chinese. */
    lang?: Lang;
}

/** Input of `Engine.assessColumns`: row `i` is officer `officers[i]`. */
export interface ColumnsInput {
    officers: string[];
    /** One column per input key; `NaN` means absent. */
    inputs: Record<string, Float64Array | number[]>;
    caseReview?: { excellent: Uint32Array; pass: Uint32Array; flawed: Uint32Array; error: Uint32Array };
    /** Occurrences of list items and vetoes: `{ row, occurrence: { id, item, date, count? } }`. */
    occurrences?: RowOccurrence[];
    /** Occurrence counts by list item or veto id, one per row (0: none); a count is one
     * occurrence whose id is the item id, dated the last day of the scheme's period. */
    counts?: Record<string, Uint32Array | number[]>;
}

/** Answer of `Engine.assessCohortColumns`: entry `i` of every typed array belongs to row `i`. */
export interface CohortColumns {
    /** Totals at the scheme's precision. */
    totals: Float64Array;
    /** Ranks, 1 = best. */
    ranks: Uint32Array;
    /** Row indices in rank order, best first. */
    order: Uint32Array;
    /** Index into `gradeIds` of the grade the total alone gives. */
    scoreGrades: Int32Array;
    /** Index into `gradeIds` after vetoes, before quotas; -1 when withheld. */
    preQuotaGrades: Int32Array;
    /** Index into `gradeIds` after quotas; -1 when withheld. */
    grades: Int32Array;
    /** 1 when a veto applies. */
    vetoed: Uint8Array;
    /** The scheme's grade ids, best first. */
    gradeIds: string[];
    /** The tie-break order used. */
    tieBreak: TieBreakKey[];
    /** What each quota did. */
    quotas: QuotaOutcome[];
    /** Officers whose grade a quota changed, and why. */
    changes: QuotaChange[];
}

/** Answer of `Engine.assessColumns`: entry `i` belongs to row `i`. */
export interface ColumnScores {
    /** 1 when the row was assessed, 0 when it has problems. */
    ok: Uint8Array;
    /** Totals at the scheme's precision (0 where not ok). */
    totals: Float64Array;
    /** Index into `gradeIds`; -1 when withheld or not ok. */
    grades: Int32Array;
    /** The scheme's grade ids, best first. */
    gradeIds: string[];
    /** 1 when a veto applies. */
    vetoed: Uint8Array;
    /** Every problem of every failed row; paths start with `rows[i]`. */
    problems: Problem[];
}
"#;
