import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FactStatus {
  CONFIRMED = 'confirmed',
  PARTLY = 'partly',
  UNCONFIRMED = 'unconfirmed',
}
registerEnumType(FactStatus, {
  name: 'FactStatus',
  description:
    'How sure Rapor is of a regulation fact: CONFIRMED (read in the regulation or an official page), PARTLY (indirect evidence), ' +
    'UNCONFIRMED (an editable assumption; the notes say what is uncertain — do not treat it as official).',
  valuesMap: {
    CONFIRMED: { description: 'Read in the regulation or an official page.' },
    PARTLY: { description: 'Indirect evidence.' },
    UNCONFIRMED: { description: 'An editable assumption; the notes say what is uncertain — do not treat it as official.' },
  },
});

export enum FrameworkLevel {
  REGION = 'region',
  UNIT = 'unit',
}
registerEnumType(FrameworkLevel, {
  name: 'FrameworkLevel',
  description: 'REGION: scores a whole kabupaten/kota. UNIT: scores each service unit (OPD), rolled up to the region.',
  valuesMap: {
    REGION: { description: 'Scores a whole kabupaten/kota.' },
    UNIT: { description: 'Scores each service unit (OPD), rolled up to the region.' },
  },
});

export enum ValueKind {
  NUMERIC = 'numeric',
  ORDINAL = 'ordinal',
}
registerEnumType(ValueKind, {
  name: 'ValueKind',
  description: 'NUMERIC: a measured value. ORDINAL: a position on an ordered list of levels (Opini BPK, KIPP stages).',
  valuesMap: {
    NUMERIC: { description: 'A measured value.' },
    ORDINAL: { description: 'A position on an ordered list of levels (Opini BPK, KIPP stages).' },
  },
});

@ObjectType({ description: 'Two names of one thing: Indonesian (as the regulations say it) and English.' })
export class LocalizedText {
  @Field({ description: 'Indonesian.' })
  id!: string;
  @Field({ description: 'English meaning.' })
  en!: string;
}

@ObjectType({ description: 'A regulation or official document a framework rests on.' })
export class Regulation {
  @Field({ description: 'Short citation, e.g. "PermenPAN-RB 26/2020".' })
  citation!: string;
  @Field({ description: 'Title of the regulation or document.' })
  title!: string;
  @Field(() => FactStatus, { description: 'Whether the framework really rests on this document.' })
  status!: FactStatus;
}

@ObjectType({ description: 'Evaluation years (the year a result refers to), inclusive; null means open.' })
export class YearRange {
  @Field(() => Int, { nullable: true, description: 'First evaluation year, or null when no start is recorded.' })
  from!: number | null;
  @Field(() => Int, { nullable: true, description: 'Last evaluation year, or null when still in force.' })
  to!: number | null;
}

@ObjectType({ description: 'A value scale: bounds, published precision and direction.' })
export class Scale {
  @Field(() => Float, { description: 'Lowest value.' })
  min!: number;
  @Field(() => Float, { description: 'Highest value.' })
  max!: number;
  @Field(() => Int, { description: 'Decimal places values are published with; ranks compare values rounded to this.' })
  precision!: number;
  @Field({ description: 'Whether a higher value is better.' })
  higherIsBetter!: boolean;
}

@ObjectType({ description: 'A node of a framework tree: an area, a sub-component or an indicator (a leaf takes a value).' })
export class FrameworkNode {
  @Field({ description: 'Code unique within the framework version, e.g. "PEMENUHAN".' })
  code!: string;
  @Field(() => LocalizedText, { description: 'Names in Indonesian and English.' })
  names!: LocalizedText;
  @Field(() => String, { nullable: true, description: 'Code of the parent node; null for a top-level area.' })
  parentCode!: string | null;
  @Field(() => Int, { description: '0 for top-level areas.' })
  depth!: number;
  @Field(() => Float, { description: 'Weight within the parent, read according to the parent’s aggregation; 0 = recorded, not scored.' })
  weight!: number;
  @Field(() => Scale, { description: 'The scale the node’s value is on (its own, or inherited).' })
  scale!: Scale;
  @Field(() => String, {
    nullable: true,
    description: 'How the node aggregates its children: weighted_sum (weights are points), weighted_mean, or mean; null on leaves.',
  })
  aggregation!: string | null;
  @Field({ description: 'True for indicators that take a value.' })
  isLeaf!: boolean;
  @Field({ description: 'Citation of the regulation the node comes from.' })
  regulation!: string;
  @Field(() => FactStatus, { description: 'How sure we are of this node and its weight.' })
  status!: FactStatus;
  @Field(() => [String], { description: 'What is uncertain or worth knowing about this node.' })
  notes!: string[];
  @Field(() => [String], { description: 'Codes of the node’s children, in order.' })
  childCodes!: string[];
}

@ObjectType({ description: 'A category of a grading scheme (e.g. BB "Sangat Baik"), with its bounds or ordinal level.' })
export class GradingBand {
  @Field({ description: 'Code as published, e.g. "A-", "BB", "WTP", "TOP_99".' })
  code!: string;
  @Field(() => LocalizedText, { description: 'Labels in Indonesian and English.' })
  labels!: LocalizedText;
  @Field(() => [String], { description: 'Other spellings met in published strings, e.g. "Zona Hijau".' })
  aliases!: string[];
  @Field(() => Float, { nullable: true, description: 'Lower bound, read by the scheme’s boundary rule; null for ordinal bands.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound; null for ordinal bands.' })
  max!: number | null;
  @Field(() => Int, { nullable: true, description: 'Ordinal level (higher is better); null for numeric bands.' })
  level!: number | null;
  @Field({ description: 'Citation of the regulation the band comes from.' })
  regulation!: string;
  @Field(() => FactStatus, { description: 'How sure we are of this band and its bounds.' })
  status!: FactStatus;
  @Field(() => [String], { description: 'Notes, e.g. what is unconfirmed.' })
  notes!: string[];
}

@ObjectType({ description: 'Ordered bands, the rule that matches values to them, and their source and status, for a range of years.' })
export class GradingScheme {
  @Field({ description: 'Code unique within the framework version.' })
  code!: string;
  @Field(() => LocalizedText, { description: 'Names in Indonesian and English.' })
  names!: LocalizedText;
  @Field({ description: 'Citation of the regulation the scheme comes from.' })
  regulation!: string;
  @Field(() => FactStatus, { description: 'How sure we are of the scheme.' })
  status!: FactStatus;
  @Field(() => [String], { description: 'Notes, e.g. what is unconfirmed.' })
  notes!: string[];
  @Field(() => YearRange, { description: 'Evaluation years the scheme is used for.' })
  years!: YearRange;
  @Field({
    description:
      'lower_exclusive (RB/SAKIP ">80–90"), lower_inclusive ("2.6–<3.5"), lower_inclusive_rounded (round to `decimals`, then inclusive: IKM 64.99 | 65.00), ordinal, or published_only (categories only as published; none computed).',
  })
  boundaryRule!: string;
  @Field(() => Int, { nullable: true, description: 'Decimals the value is rounded to before comparison (lower_inclusive_rounded only).' })
  decimals!: number | null;
  @Field(() => [GradingBand], { description: 'Bands, best first.' })
  bands!: GradingBand[];
}

@ObjectType({
  description:
    'One version of an evaluation framework (RB, SAKIP, IKM, IPP/PEKPPP, Ombudsman, SPBE, Sistem Merit, IP ASN, Opini BPK, KIPP). ' +
    'Versioned data, never code: every regulation fact carries its status, and UNCONFIRMED facts are editable assumptions.',
})
export class FrameworkVersion {
  @Field(() => ID, { description: 'Stable id of this version.' })
  id!: string;
  @Field({ description: 'Framework code, e.g. "RB".' })
  code!: string;
  @Field({ description: 'Version within the code, e.g. "2020".' })
  version!: string;
  @Field(() => LocalizedText, { description: 'Names in Indonesian and English.' })
  names!: LocalizedText;
  @Field(() => [Regulation], { description: 'Regulations and documents the version rests on.' })
  regulations!: Regulation[];
  @Field(() => FactStatus, { description: 'Overall certainty of the version.' })
  status!: FactStatus;
  @Field(() => [String], { description: 'What is uncertain, and modelling choices.' })
  notes!: string[];
  @Field(() => YearRange, { description: 'Evaluation years this version applies to.' })
  years!: YearRange;
  @Field(() => FrameworkLevel, { description: 'Region-level or unit-level.' })
  level!: FrameworkLevel;
  @Field(() => ValueKind, { description: 'Numeric or ordinal values.' })
  valueKind!: ValueKind;
  @Field(() => Scale, { description: 'Scale of the framework’s composite value.' })
  scale!: Scale;
  @Field({ description: 'When true, the published category is authoritative and computed categories are not relied on (RB 2023 onward).' })
  publishedGradeAuthoritative!: boolean;
  @Field({ description: '"shipped" with Rapor, or "operator" when added through the API.' })
  source!: string;
  @Field({ description: 'True once a period uses the version: from then on it is immutable.' })
  locked!: boolean;
  @Field(() => [FrameworkNode], { description: 'Every node of the tree, parents before children.' })
  nodes!: FrameworkNode[];
  @Field(() => [GradingScheme], { description: 'Grading schemes, each for a range of evaluation years.' })
  schemes!: GradingScheme[];
}
