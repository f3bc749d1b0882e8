import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { WeakIndicator } from './weak-indicator.model';

export enum LeaderboardSort {
  RANK = 'RANK',
  VALUE = 'VALUE',
  NAME = 'NAME',
  CODE = 'CODE',
  RANK_CHANGE = 'RANK_CHANGE',
  VALUE_CHANGE = 'VALUE_CHANGE',
  GAP_TO_LEADER = 'GAP_TO_LEADER',
  GAP_TO_MEDIAN = 'GAP_TO_MEDIAN',
  CATEGORY = 'CATEGORY',
}
registerEnumType(LeaderboardSort, {
  name: 'LeaderboardSort',
  description: 'Column to sort a leaderboard by; regions without data always come last.',
  valuesMap: {
    RANK: { description: 'Rank among the shown regions.' },
    VALUE: { description: 'The value.' },
    NAME: { description: 'Region name.' },
    CODE: { description: 'Region code.' },
    RANK_CHANGE: { description: 'Places gained since the previous period.' },
    VALUE_CHANGE: { description: 'Value change since the previous period.' },
    GAP_TO_LEADER: { description: 'Distance to the leader.' },
    GAP_TO_MEDIAN: { description: 'Distance to the province median.' },
    CATEGORY: { description: 'The category shown, in the scheme’s band order (AA, A, BB, B, CC, C, D; Zona Hijau, Kuning, Merah): ASC = best band first; within a band by rank; unknown categories, then none, last.' },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesMap: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

export enum MovementBasis {
  PROVINCE_RANKS = 'PROVINCE_RANKS',
  SAME_REGIONS = 'SAME_REGIONS',
}
registerEnumType(MovementBasis, {
  name: 'MovementBasis',
  description: 'What a leaderboard’s rankChange compares.',
  valuesMap: {
    PROVINCE_RANKS: { description: 'Published boards: the province rank as published now against the province rank published for the previous period.' },
    SAME_REGIONS: {
      description:
        'Provisional boards: ranks of both periods recomputed among the same regions — those with a value now (submitted) and in the previous period (rankAmongCompared, previousRankAmongCompared), so a rank among 15 submitters is never compared with a rank among 38.',
    },
  },
});

@ObjectType({ description: 'A category code with its labels, as the framework’s grading scheme for the year publishes them.' })
export class CategoryLabel {
  @Field({ description: 'Category code, e.g. "BB" or "HIJAU".' })
  code!: string;
  @Field({ description: 'Indonesian label, e.g. "Sangat Baik", "Zona Hijau".' })
  nameId!: string;
  @Field({ description: 'English label, e.g. "Very good", "Green zone".' })
  nameEn!: string;
}

@ObjectType({ description: 'A service unit (OPD or a unit inside it) a unit-level result (IPP/PEKPPP) rests on.' })
export class EvaluatedUnit {
  @Field(() => ID, { description: 'Unit id.' })
  unitId!: string;
  @Field(() => String, { nullable: true, description: 'Unit name; null when the caller may not see the region’s units (they are private to its team and the province’s reviewers).' })
  name!: string | null;
}

@ObjectType({ description: 'One region on a leaderboard.' })
export class LeaderboardRow {
  @Field({ description: 'Region code, e.g. "35.78".' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field({ description: '"kabupaten" or "kota".' })
  kind!: string;
  @Field(() => Float, { nullable: true, description: 'The value; null = no data (unranked, listed last).' })
  value!: number | null;
  @Field(() => String, { nullable: true, description: 'Category as published by the ministry.' })
  publishedCategory!: string | null;
  @Field(() => String, { nullable: true, description: 'Category computed from the value by the band table.' })
  computedCategory!: string | null;
  @Field(() => String, { nullable: true, description: 'What to show: the published category, else the computed one.' })
  category!: string | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels (Indonesian, English) of `category`; null without a category or when the scheme does not know it.' })
  categoryLabel!: CategoryLabel | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels of `publishedCategory`.' })
  publishedCategoryLabel!: CategoryLabel | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels of `computedCategory`.' })
  computedCategoryLabel!: CategoryLabel | null;
  @Field({ description: 'True when published and computed categories disagree.' })
  categoryMismatch!: boolean;
  @Field(() => Int, { nullable: true, description: 'Competition rank (1, 2, 2, 4) within the shown regions, at the framework’s precision; null = no data.' })
  rank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the whole province as frozen at publication (null for provisional boards).' })
  provinceRank!: number | null;
  @Field(() => Int, { description: 'How many shown regions have a value (are ranked); on provisional boards, how many submitted a complete result.' })
  rankedCount!: number;
  @Field(() => Int, { description: 'How many regions the board shows (ranked or not).' })
  regionCount!: number;
  @Field(() => Int, { nullable: true, description: 'Provisional boards: how many shown regions have not submitted (they are unranked, not last); null on published boards.' })
  notSubmittedCount!: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Provisional boards: true when this region has submitted (submitted or verified); null on published boards.' })
  submitted!: boolean | null;
  @Field(() => Float, { nullable: true, description: 'Value in the previous published period of the same framework, at the precision.' })
  previousValue!: number | null;
  @Field(() => Int, { nullable: true, description: 'Province rank in the previous published period, as published.' })
  previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank now among the regions with a value in both periods (the like-with-like basis of provisional movement).' })
  rankAmongCompared!: number | null;
  @Field(() => Int, { nullable: true, description: 'Rank in the previous period among those same regions.' })
  previousRankAmongCompared!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Places gained since the previous period (positive = moved up), on the board’s movementBasis: published province ranks, or for provisional boards previousRankAmongCompared − rankAmongCompared. Check movementComparable.',
  })
  rankChange!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value change since the previous period (of the values at the precision). Check movementComparable.' })
  valueChange!: number | null;
  @Field({
    description:
      'False when this region’s movement compares unlike things: another framework version, or (IPP/PEKPPP) other service units evaluated — see movementNote and unitsAdded/unitsDropped. The numbers are still given.',
  })
  movementComparable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why movement is not comparable, in words; null when it is.' })
  movementNote!: string | null;
  @Field(() => [EvaluatedUnit], { nullable: true, description: 'Unit-level frameworks (IPP/PEKPPP): units evaluated now but not in the previous period; null for region-level frameworks or without a previous result.' })
  unitsAdded!: EvaluatedUnit[] | null;
  @Field(() => [EvaluatedUnit], { nullable: true, description: 'Unit-level frameworks: units evaluated in the previous period but not now.' })
  unitsDropped!: EvaluatedUnit[] | null;
  @Field(() => Float, { nullable: true, description: 'How far the leader is ahead (0 for the leader), at the framework’s precision.' })
  gapToLeader!: number | null;
  @Field(() => Float, { nullable: true, description: 'How far the region one place up is ahead; null for the leader.' })
  gapToNextRankUp!: number | null;
  @Field(() => Float, { nullable: true, description: 'How far the province median is ahead (negative = above the median), exact at one more decimal than the precision.' })
  gapToMedian!: number | null;
  @Field(() => String, { nullable: true, description: 'The region’s target category for this framework and year (visible to its own team and reviewers).' })
  targetCategory!: string | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels of `targetCategory`.' })
  targetCategoryLabel!: CategoryLabel | null;
  @Field(() => Int, { nullable: true, description: 'The region’s target rank.' })
  targetRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places still to climb to the target rank (≤ 0 = reached).' })
  targetRankGap!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value still to gain to the least value of the target category (≤ 0 = reached); null when not computable.' })
  targetCategoryGap!: number | null;
}

@ObjectType({ description: 'A province leaderboard of one framework, year and node.' })
export class Leaderboard {
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field({ description: 'Framework version of the period.' })
  frameworkVersion!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field({ description: 'Node ranked: "*" (composite) or an area or indicator code.' })
  nodeCode!: string;
  @Field({ description: 'True for a provisional board (reviewers only; results not yet published).' })
  provisional!: boolean;
  @Field({ description: 'State of the period.' })
  periodState!: string;
  @Field(() => ID, { description: 'Period id.' })
  periodId!: string;
  @Field(() => Int, { description: 'Published revision shown (0 for provisional boards).' })
  revision!: number;
  @Field(() => Int, { nullable: true, description: 'Year of the previous published period movement is measured against.' })
  previousYear!: number | null;
  @Field(() => String, { nullable: true, description: 'Framework version of that previous period.' })
  previousFrameworkVersion!: string | null;
  @Field({ description: 'False when the previous period used another framework version: movement is shown but not comparable.' })
  comparableWithPrevious!: boolean;
  @Field(() => String, { nullable: true, description: 'Why movement is not comparable.' })
  comparabilityNote!: string | null;
  @Field(() => MovementBasis, { description: 'What rankChange compares: published province ranks, or (provisional) ranks among the same regions in both periods.' })
  movementBasis!: MovementBasis;
  @Field(() => Int, { description: 'How many shown regions have a value in both periods (the regions movement is measured among on provisional boards).' })
  comparedCount!: number;
  @Field(() => Int, { description: 'How many regions the board shows.' })
  regionCount!: number;
  @Field(() => Int, { description: 'How many of them are ranked (have a value).' })
  rankedCount!: number;
  @Field(() => Int, { nullable: true, description: 'Provisional boards: how many have not submitted; null on published boards.' })
  notSubmittedCount!: number | null;
  @Field(() => Float, { nullable: true, description: 'Province median of the shown regions’ values, exact at one more decimal than the precision.' })
  median!: number | null;
  @Field(() => [LeaderboardRow], { description: 'Ranked regions first, then regions without data.' })
  rows!: LeaderboardRow[];
}

@ObjectType({ description: 'A top-level area of a framework (or "*", the composite).' })
export class HeatmapArea {
  @Field({ description: 'Area code; "*" is the composite.' })
  code!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field(() => Float, { description: 'Weight of the area.' })
  weight!: number;
}

@ObjectType({ description: 'A region’s standing in one area.' })
export class HeatmapCell {
  @Field({ description: 'Area code.' })
  areaCode!: string;
  @Field(() => Float, { nullable: true, description: 'Value at the area’s precision; null = no data.' })
  value!: number | null;
  @Field(() => Int, { nullable: true, description: 'The region’s rank in this area.' })
  rank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Quartile in this area: 1 = top quarter, 4 = bottom quarter.' })
  quartile!: number | null;
}

@ObjectType({ description: 'A region’s row of the heatmap.' })
export class HeatmapRow {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field({ description: '"kabupaten" or "kota".' })
  kind!: string;
  @Field(() => String, { nullable: true, description: 'The composite’s category (published, else computed).' })
  category!: string | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels (Indonesian, English) of `category`.' })
  categoryLabel!: CategoryLabel | null;
  @Field(() => Boolean, { nullable: true, description: 'Provisional heatmaps: true when the region has submitted; null on published ones.' })
  submitted!: boolean | null;
  @Field(() => HeatmapCell, { description: 'The composite cell.' })
  composite!: HeatmapCell;
  @Field(() => [HeatmapCell], { description: 'One cell per area, in the areas’ order.' })
  cells!: HeatmapCell[];
}

@ObjectType({ description: 'Regions × top-level areas: who trails in which area.' })
export class Heatmap {
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field({ description: 'True for provisional results (reviewers only).' })
  provisional!: boolean;
  @Field(() => Int, { description: 'Regions of the province (rows).' })
  regionCount!: number;
  @Field(() => Int, { description: 'Regions with a composite value (ranked).' })
  rankedCount!: number;
  @Field(() => Int, { nullable: true, description: 'Provisional heatmaps: regions that have not submitted; null on published ones.' })
  notSubmittedCount!: number | null;
  @Field(() => [HeatmapArea], { description: 'Columns: the top-level areas.' })
  areas!: HeatmapArea[];
  @Field(() => [HeatmapRow], { description: 'Rows, best composite first; regions without data last.' })
  rows!: HeatmapRow[];
}

@ObjectType({ description: 'An area where a region trails the province median, weighted by the area’s weight.' })
export class WeakArea {
  @Field({ description: 'Area code.' })
  areaCode!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field(() => Float, { description: 'The region’s value in the area, at the area’s precision.' })
  value!: number;
  @Field(() => Float, { description: 'Shortfall against the province median, as a share of the area’s scale (0–1).' })
  shortfall!: number;
  @Field(() => Float, { description: 'Shortfall × the area’s weight: what trailing here costs the composite; the ordering key.' })
  weightedShortfall!: number;
}

@ObjectType({ description: 'A trailing region in one area (or overall).' })
export class TrailingEntry {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field(() => Float, { description: 'Value at the precision.' })
  value!: number;
  @Field(() => String, { nullable: true, description: 'The composite’s category (overall list only; null in area lists).' })
  category!: string | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels (Indonesian, English) of `category`.' })
  categoryLabel!: CategoryLabel | null;
  @Field(() => Int, { description: 'Rank.' })
  rank!: number;
  @Field(() => Int, { description: 'How many regions were ranked (on provisional lists: how many submitted a complete result).' })
  rankedCount!: number;
  @Field(() => Int, { description: 'Regions of the province.' })
  regionCount!: number;
  @Field(() => Int, { nullable: true, description: 'Provisional lists: regions that have not submitted (not ranked, so never "last"); null on published lists.' })
  notSubmittedCount!: number | null;
  @Field({
    description:
      'The rank in words, saying what it is out of: "6 of 6 ranked" or, provisional, "15 of the 15 submitted (23 have not submitted)".',
  })
  standing!: string;
  @Field(() => [WeakArea], { description: 'The region’s weakest areas (up to 3), worst first.' })
  weakestAreas!: WeakArea[];
  @Field(() => [WeakIndicator], {
    description: 'The region’s weakest indicators (up to 3; in a by-area list, those of that area), by the composite points reaching the province median would add, then the leader.',
  })
  weakestIndicators!: WeakIndicator[];
}

@ObjectType({ description: 'The bottom regions of an area.' })
export class TrailingArea {
  @Field({ description: 'Area code.' })
  areaCode!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field(() => [TrailingEntry], { description: 'Bottom regions, last first.' })
  bottom!: TrailingEntry[];
}

@ObjectType({ description: 'Who trails: the bottom n overall and in each area, each with its weakest areas.' })
export class Trailing {
  @Field({ description: 'True for provisional results (reviewers only): ranks are among the regions that submitted.' })
  provisional!: boolean;
  @Field(() => Int, { description: 'Regions of the province.' })
  regionCount!: number;
  @Field(() => Int, { description: 'Regions ranked on the composite.' })
  rankedCount!: number;
  @Field(() => Int, { nullable: true, description: 'Provisional lists: regions that have not submitted; null on published lists.' })
  notSubmittedCount!: number | null;
  @Field(() => [TrailingEntry], { description: 'Bottom n on the composite, last first.' })
  overall!: TrailingEntry[];
  @Field(() => [TrailingArea], { description: 'Bottom n in each top-level area.' })
  byArea!: TrailingArea[];
}
