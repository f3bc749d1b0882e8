// The shape of an evaluation framework version, as stored in the definition files.
// Everything here is data: bands, weights and regulations change by version, never in code.

/**
 * How sure we are of a fact, as recorded in domain-reference.md:
 * `confirmed` (read in a page), `partly` (indirect evidence),
 * `unconfirmed` (editable assumption; the item's notes say what is uncertain).
 */
export type FactStatus = 'confirmed' | 'partly' | 'unconfirmed';

/** The fact statuses, in order of certainty. */
export const FACT_STATUSES: readonly FactStatus[] = ['confirmed', 'partly', 'unconfirmed'];

/** A text in Indonesian (`id`) and English (`en`). */
export interface LocalizedText {
  /** Indonesian, as the users and the regulations say it. */
  readonly id: string;
  /** English meaning. */
  readonly en: string;
}

/** A regulation or official document a framework, scheme, node or band comes from. */
export interface RegulationReference {
  /** Short citation, unique within a definition, e.g. `PermenPAN-RB 26/2020`; referenced by `regulation` fields. */
  readonly citation: string;
  /** Title of the regulation or document. */
  readonly title: string;
  /** Whether the framework really rests on this document. */
  readonly status: FactStatus;
}

/**
 * Evaluation years (the year a result refers to, not the year it is announced), inclusive.
 * `from: null` means no recorded start; `to: null` means still in force.
 */
export interface YearRange {
  readonly from: number | null;
  readonly to: number | null;
}

/** Whether a framework scores a whole region (kab/kota) or each service unit (OPD or a unit in it). */
export type FrameworkLevel = 'region' | 'unit';

/** Whether values are measurements (`numeric`) or positions on an ordered list of levels (`ordinal`). */
export type ValueKind = 'numeric' | 'ordinal';

/** A value scale: its bounds, the decimals it is published (and ranked) at, and its direction. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Decimal places values are published with; ranks compare values rounded to this (0..6). */
  readonly precision: number;
  /** Whether a higher value is better. */
  readonly higherIsBetter: boolean;
}

/** What ranking, gaps and thresholds need of a scale: its precision and direction. */
export type RankingScale = Pick<Scale, 'precision' | 'higherIsBetter'>;

/**
 * How a node's value is computed from its children. Each child value is first placed at its
 * 0–1 position on its own scale (1 = best); the node's position is the weighted mean of those
 * positions and is mapped back onto the node's scale.
 * - `weighted_sum`: the weights are points — they must add up to the node's scale span
 *   (RB: Pengungkit 60 = 20 + 10 + 30), and a child without a scale is scored in points, 0..weight.
 * - `weighted_mean`: the weights are relative (IPP aspects 24/25/18/11/10/12); a child without a
 *   scale shares the node's scale.
 * - `mean`: every child counts the same (weights must be equal); children share the node's scale.
 */
export type Aggregation = 'weighted_sum' | 'weighted_mean' | 'mean';

/** The aggregations, for validation. */
export const AGGREGATIONS: readonly Aggregation[] = ['weighted_sum', 'weighted_mean', 'mean'];

/** A node of a framework tree: an area, sub-component or indicator (a leaf takes a value). */
export interface FrameworkNode {
  /** Code unique within the framework version, e.g. `PEMENUHAN`. */
  readonly code: string;
  readonly names: LocalizedText;
  /** Weight within its parent, read according to the parent's aggregation; 0 = recorded, not scored. */
  readonly weight: number;
  /** Own scale; when absent, see {@link Aggregation} for what the node inherits. */
  readonly scale?: Scale;
  /** Required on nodes with children, absent on leaves. */
  readonly aggregation?: Aggregation;
  /** Citation of one of the definition's regulations. */
  readonly regulation: string;
  readonly status: FactStatus;
  /** What is uncertain or worth knowing about this node. */
  readonly notes?: readonly string[];
  /** Sub-nodes; a node without children is a leaf. */
  readonly children?: readonly FrameworkNode[];
}

/**
 * How a value is matched to a band.
 * - `lower_exclusive`: RB/SAKIP ">80–90": a value belongs to the band whose lower bound it exceeds
 *   and whose upper bound it does not; the lowest band also includes its lower bound. Contiguous.
 * - `lower_inclusive`: SPBE "2.6–<3.5": lower bound included, upper excluded; the highest band also
 *   includes its upper bound. Contiguous.
 * - `lower_inclusive_rounded`: IKM/Ombudsman/IPP "65.00–76.60": the value is rounded to the scheme's
 *   `decimals`, then compared with each band's bounds inclusive; consecutive bands are one step
 *   (10^-decimals) apart, e.g. 64.99 | 65.00.
 * - `ordinal`: the value is the band's `level` (Opini BPK, KIPP stages).
 * - `published_only`: categories exist only as published; nothing is computed (RB 2023 onward).
 */
export type BoundaryRule = 'lower_exclusive' | 'lower_inclusive' | 'lower_inclusive_rounded' | 'ordinal' | 'published_only';

/** The boundary rules, for validation. */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [
  'lower_exclusive',
  'lower_inclusive',
  'lower_inclusive_rounded',
  'ordinal',
  'published_only',
];

/** A category of a grading scheme, as published. */
export interface CategoryBand {
  /** Code as published, e.g. `A-`, `BB`, `WTP`, `TOP_99`. */
  readonly code: string;
  readonly labels: LocalizedText;
  /** Other spellings met in published strings, e.g. `Zona Hijau`, `Wajar Tanpa Pengecualian`. */
  readonly aliases?: readonly string[];
  /** Citation of one of the definition's regulations. */
  readonly regulation: string;
  readonly status: FactStatus;
  readonly notes?: readonly string[];
}

/** A band with numeric bounds, read according to its scheme's boundary rule. */
export interface RangeBand extends CategoryBand {
  readonly min: number;
  readonly max: number;
}

/** A level of an ordinal scheme: the value that stands for it (higher = better on a higher-is-better scale). */
export interface OrdinalBand extends CategoryBand {
  readonly level: number;
}

/** What framework versions and grading schemes both record: identity, certainty and years. */
export interface DatedFacts {
  /** Code: `RB`, `SAKIP`... for a framework; unique within its definition for a scheme (`OMBUDSMAN_2022`). */
  readonly code: string;
  readonly names: LocalizedText;
  /** Overall certainty. */
  readonly status: FactStatus;
  /** What is uncertain, and modelling choices. */
  readonly notes: readonly string[];
  /** Evaluation years it applies to: versions of one code do not overlap; a definition's schemes tile its years. */
  readonly years: YearRange;
}

/** What every grading scheme carries. */
interface GradingSchemeBase<B extends CategoryBand> extends DatedFacts {
  /** Citation of one of the definition's regulations. */
  readonly regulation: string;
  /** Bands listed best first, as the tables publish them. */
  readonly bands: readonly B[];
}

/** A scheme whose bounds are compared with the value as it is (no rounding). */
export interface ContiguousRangeScheme extends GradingSchemeBase<RangeBand> {
  readonly boundaryRule: 'lower_exclusive' | 'lower_inclusive';
}

/** A scheme that rounds the value to `decimals` before comparing it with inclusive bounds. */
export interface RoundedRangeScheme extends GradingSchemeBase<RangeBand> {
  readonly boundaryRule: 'lower_inclusive_rounded';
  /** Decimal places the value is rounded to before comparison (0..6). */
  readonly decimals: number;
}

/** A scheme of ordered levels. */
export interface OrdinalScheme extends GradingSchemeBase<OrdinalBand> {
  readonly boundaryRule: 'ordinal';
}

/** A scheme whose categories are only ever published, never computed from the value. */
export interface PublishedOnlyScheme extends GradingSchemeBase<CategoryBand> {
  readonly boundaryRule: 'published_only';
}

/** A scheme with numeric bands. */
export type RangeScheme = ContiguousRangeScheme | RoundedRangeScheme;

/** A grading scheme: ordered bands, the rule that matches values to them, source and status. */
export type GradingScheme = RangeScheme | OrdinalScheme | PublishedOnlyScheme;

/** A band of any scheme. */
export type Band = GradingScheme['bands'][number];

/** What composite scoring needs: the root's scale and aggregation and its top-level nodes. */
export interface ScoringTree {
  readonly scale: Scale;
  readonly aggregation: Aggregation;
  readonly nodes: readonly FrameworkNode[];
}

/** Identifies a framework version. */
export interface FrameworkVersionRef {
  /** Framework code, e.g. `RB`. */
  readonly code: string;
  /** Version within the code, e.g. `2020`. */
  readonly version: string;
}

/**
 * One version of an evaluation framework. Immutable once in use: a change is a new version.
 * The definition is the root of its own tree (its `scale` and `aggregation` apply to `nodes`).
 */
export interface FrameworkDefinition extends ScoringTree, FrameworkVersionRef, DatedFacts {
  /** Framework code: RB, SAKIP, IKM, IPP, OMBUDSMAN, SPBE, SISTEM_MERIT, IP_ASN, OPINI_BPK, KIPP... */
  readonly code: string;
  /** Regulations and documents the version rests on; `regulation` fields cite these. */
  readonly regulations: readonly RegulationReference[];
  readonly level: FrameworkLevel;
  readonly valueKind: ValueKind;
  /** Scale of the framework's value (the composite). */
  readonly scale: Scale;
  /** When true, the published category wins and computed categories are not to be relied on (RB 2023+). */
  readonly publishedGradeAuthoritative: boolean;
  /** Grading schemes, each for a range of evaluation years. */
  readonly schemes: readonly GradingScheme[];
}
