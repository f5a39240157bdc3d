// Types of the npm package `kaoping`. The data types (Scheme, Dossier, Assessment, Problem, …)
// are generated from the Rust types by tsify; see dist/web/kaoping_wasm.d.ts.
// `engine.score(dossier): Answer<Score>` is the fast call for totals and grades (`{ officer, total,
// grade, scoreGrade, flags }`); `engine.assess` stays the full answer with breakdown and explanation.
export * from './dist/web/kaoping_wasm.js';
import type {
  Actor, Applied, Answer, OfficerChange, RankShift, AuditLog, Event, Timestamp, Anchor, CohortOptions, Date, Decision, Incident, Lang, Policy, PriorIncident, Problem, QuotaChange,
  QuotaOutcome, RowOccurrence, TieBreakKey, Verification,
} from './dist/web/kaoping_wasm.js';

// The JS glue's methods and functions (pkg/fast.js) and their types.
/** A diff's officer lists beside `officers`, read when first used (non-enumerable). */
export interface HeldOfficers {
  /** The officers whose change is more than one rank moved because another officer moved past
   * them (those listed in full: the event's own officers, grade and quota changes). */
  readonly listed: OfficerChange[];
  /** How many officers `officers` lists. */
  readonly count: number;
  /** The run of officers who each moved one rank and changed nothing else (ranks as they were). */
  readonly shifted: RankShift | null;
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

declare module './dist/web/kaoping_wasm.js' {
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
  /** What the package's glue adds to a diff (and to a `sinceSeal`): the officer list is read
   * from the instance when first used, so an event that moves thousands of officers one rank
   * costs nothing until its list is read. `JSON.stringify(diff)` writes `officers` as the core does. */
  export interface Diff extends HeldOfficers {}
  export interface SinceSeal extends HeldOfficers {}
  /** The Session's methods written in the package's JS glue. */
  export interface Session {
    /** Applies one event, or an array of events all or nothing: `{ ok, diff }` (`{ ok, diffs }`
     * for an array) or `{ ok: false, errors }` with the session unchanged. */
    apply(event: Event | Event[] | string): Applied;
    /** The applied events, in order (as the audit log holds them). */
    events(): Event[];
    /** One `addOfficers` event whose officers come as columns (those of `engine.assessColumns`,
     * plus `names`, `units`, `posts`, one per row): the fast way to load a roster. Problems are
     * located in the columns (`columns.inputs.closed[17]`). */
    addOfficersColumns(
      event: { at: Timestamp; actor: Actor; reason?: string },
      columns: ColumnsInput & { names?: string[]; units?: string[]; posts?: string[] },
    ): Applied;
  }
}

/** Verifies an audit log (`{ entries }`), against an anchor kept apart when given: names the
 * first edited, dropped, inserted or reordered entry. */
export function verifyAudit(log: AuditLog, anchor?: Anchor | null): Answer<Verification>;

/** Thrown on a contract breach; problems in the data are returned instead. */
export class KaopingError extends Error {
  /** Stable code of the (first) problem, e.g. `E_TYPE`. */
  readonly code: string;
  /** Every problem. */
  readonly errors: import('./dist/web/kaoping_wasm.js').Problem[];
}

/** What `init` accepts: a URL of the `.wasm`, a `Response`, bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/** Loads the engine (browsers, bundlers); a no-op in Node. */
export default function init(input?: InitInput | Promise<InitInput>): Promise<void>;

/** Instantiates the engine synchronously from bytes (browsers, bundlers); a no-op in Node. */
export function initSync(bytes: BufferSource | WebAssembly.Module): void;
