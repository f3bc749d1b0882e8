import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsUUID, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CategoryLabel, EvaluatedUnit, WeakArea } from './leaderboard.model';
import { WeakIndicator } from './weak-indicator.model';
import { FrameworkCodeField, ProvinceCodeField, REGION_CODE, RegionCodeField, YearField } from '@rapor/common';

@ObjectType({ description: 'A region’s published result of one framework in one year.' })
export class StandingPoint {
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field({ description: 'Framework version of that period.' })
  frameworkVersion!: string;
  @Field(() => Float, { nullable: true, description: 'Composite value, at the framework’s precision.' })
  value!: number | null;
  @Field(() => String, { nullable: true, description: 'Category shown (published, else computed).' })
  category!: string | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels (Indonesian, English) of `category`.' })
  categoryLabel!: CategoryLabel | null;
  @Field({ description: 'True when published and computed categories disagree.' })
  categoryMismatch!: boolean;
  @Field(() => Int, { nullable: true, description: 'Rank in the province.' })
  rank!: number | null;
  @Field(() => Int, { description: 'How many regions were ranked.' })
  rankedCount!: number;
  @Field({
    description:
      'False when this point does not compare with the one before it in the history: another framework version, or (IPP/PEKPPP) other service units evaluated — see movementNote, unitsAdded, unitsDropped.',
  })
  movementComparable!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it does not compare with the point before; null when it does.' })
  movementNote!: string | null;
  @Field(() => [EvaluatedUnit], { nullable: true, description: 'Unit-level frameworks: units evaluated in this year but not in the point before; null for region-level frameworks or the first point.' })
  unitsAdded!: EvaluatedUnit[] | null;
  @Field(() => [EvaluatedUnit], { nullable: true, description: 'Unit-level frameworks: units evaluated in the point before but not in this year.' })
  unitsDropped!: EvaluatedUnit[] | null;
}

@ObjectType({ description: 'A region’s target for a framework and year, and how far it is.' })
export class TargetProgress {
  @Field(() => Int, { description: 'Year of the target.' })
  year!: number;
  @Field(() => String, { nullable: true, description: 'Target category.' })
  targetCategory!: string | null;
  @Field(() => CategoryLabel, { nullable: true, description: 'Labels (Indonesian, English) of `targetCategory`.' })
  targetCategoryLabel!: CategoryLabel | null;
  @Field(() => Int, { nullable: true, description: 'Target rank.' })
  targetRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Year of the result compared (the target year when published, else the latest).' })
  comparedYear!: number | null;
  @Field(() => Int, { nullable: true, description: 'Places still to climb (≤ 0 = reached).' })
  rankGap!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value still to gain to the target category (≤ 0 = reached).' })
  categoryGap!: number | null;
  @Field(() => String, { nullable: true, description: 'Note.' })
  note!: string | null;
}

@ObjectType({ description: 'A region’s standing in one framework.' })
export class FrameworkStanding {
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field(() => StandingPoint, { description: 'The latest published result.' })
  latest!: StandingPoint;
  @Field(() => [StandingPoint], { description: 'Rank history, oldest first.' })
  history!: StandingPoint[];
  @Field(() => [WeakArea], { description: 'Areas of the latest period ordered by weighted shortfall against the province median.' })
  weakestAreas!: WeakArea[];
  @Field(() => [WeakIndicator], {
    description:
      'Up to 5 indicators of the same period where the region trails the province, ordered by the composite points reaching the median would add, then the leader. Empty where only official composites were published.',
  })
  weakestIndicators!: WeakIndicator[];
  @Field(() => [TargetProgress], { description: 'Targets set for this framework (visible to the region’s team and reviewers).' })
  targets!: TargetProgress[];
}

@ObjectType({ description: 'Innovations of a region by status and KIPP stage.' })
export class InnovationCount {
  @Field({ description: 'draft, submitted or forwarded.' })
  status!: string;
  @Field(() => String, { nullable: true, description: 'KIPP stage reached, when known.' })
  stage!: string | null;
  @Field(() => Int, { description: 'How many.' })
  count!: number;
}

@ObjectType({ description: 'A region across every framework.' })
export class RegionProfile {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field({ description: '"kabupaten" or "kota".' })
  kind!: string;
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field(() => [FrameworkStanding], { description: 'One entry per framework with a published result.' })
  frameworks!: FrameworkStanding[];
  @Field(() => [InnovationCount], { description: 'Innovations by status and stage (the region’s team and reviewers).' })
  innovations!: InnovationCount[];
  @Field(() => Int, { description: 'Consecutive latest years with an unqualified audit opinion (WTP).' })
  consecutiveWtpYears!: number;
}

@InputType({ description: 'A changed indicator value for a what-if.' })
export class WhatIfChange {
  @Field({ description: 'Indicator (leaf) code.' })
  @MinLength(1)
  @MaxLength(100)
  nodeCode!: string;
  @Field(() => Float, { description: 'The value to try, on the indicator’s scale.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

@InputType({ description: 'A change of an area (or sub-component) for a what-if: "raise Pengukuran Kinerja by 3 points".' })
export class WhatIfAreaChange {
  @Field({ description: 'Area or sub-component code (a leaf code changes that leaf).' })
  @MinLength(1)
  @MaxLength(100)
  nodeCode!: string;
  @Field(() => Float, {
    description:
      'Points to add to the area’s value on its own scale (negative to lower it). Spread over its indicators by their room: each closes the same share of its room to the best end of its scale, rounded up to the indicator’s precision.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  delta!: number;
}

export enum WhatIfBasis {
  PUBLISHED = 'PUBLISHED',
  DRAFT = 'DRAFT',
  PROVISIONAL = 'PROVISIONAL',
}
registerEnumType(WhatIfBasis, {
  name: 'WhatIfBasis',
  description: 'What a what-if starts from and ranks against.',
  valuesMap: {
    PUBLISHED: { description: 'The region’s published indicator values, ranked on the period’s published board.' },
    DRAFT: {
      description:
        'The region’s current values in the period, drafts included (its own team and the province’s reviewers), ranked on the last published board of the framework in the province up to that year; no other region’s unpublished value is read.',
    },
    PROVISIONAL: { description: 'Submitted and verified values, ranked on the other regions’ provisional results (the province’s reviewers only).' },
  },
});

/** Which period a what-if or a path to a target is about, and from what basis. */
@InputType({ isAbstract: true })
export class WhatIfPeriodInput {
  @RegionCodeField({ description: 'Region code. What-ifs are for the region’s own team, the province’s reviewers and operators (others: FORBIDDEN).' })
  regionCode!: string;
  @Field(() => ID, { nullable: true, description: 'The period; or give frameworkCode and year instead.' })
  @IsOptional()
  @IsUUID('all', { message: 'periodId must be an id' })
  periodId?: string | null;
  @FrameworkCodeField({ nullable: true, description: 'Framework code (with year, when no periodId is given).' })
  frameworkCode?: string | null;
  @YearField({ nullable: true, description: 'Evaluation year (with frameworkCode, when no periodId is given).' })
  year?: number | null;
  @Field({ defaultValue: false, description: 'Deprecated, kept for existing clients: true is basis PROVISIONAL.' })
  @IsBoolean()
  provisional!: boolean;
  @Field(() => WhatIfBasis, { nullable: true, description: 'What to start from and rank against; PUBLISHED when not given.' })
  @IsOptional()
  @IsEnum(WhatIfBasis)
  basis?: WhatIfBasis | null;
}

@InputType({ description: 'A what-if question.' })
export class WhatIfInput extends WhatIfPeriodInput {
  @Field(() => [WhatIfChange], { defaultValue: [], description: 'Changed indicator values (at most 200); they win over area changes for the same indicator.' })
  @ArrayMinSize(0)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WhatIfChange)
  changes!: WhatIfChange[];
  @Field(() => [WhatIfAreaChange], { defaultValue: [], description: 'Changed areas (at most 50), applied in order before the indicator changes.' })
  @ArrayMinSize(0)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WhatIfAreaChange)
  areaChanges!: WhatIfAreaChange[];
}

@InputType({ description: 'A target to reach: a category, a rank, or both.' })
export class PathToTargetInput extends WhatIfPeriodInput {
  @Field(() => String, {
    nullable: true,
    description: 'Target category: a band code of the year’s scheme, e.g. "A". Without a category and a rank, the region’s saved target for the framework and year.',
  })
  @IsOptional()
  @MinLength(1)
  @MaxLength(40)
  targetCategory?: string | null;
  @Field(() => Int, { nullable: true, description: 'Target rank among the province’s regions (1 = first).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  targetRank?: number | null;
}

@ObjectType({ description: 'An indicator value a what-if changed.' })
export class WhatIfValueChange {
  @Field({ description: 'Indicator code.' })
  nodeCode!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field(() => Float, { nullable: true, description: 'The current value; null when there is none yet.' })
  from!: number | null;
  @Field(() => Float, { description: 'The value tried.' })
  to!: number;
}

@ObjectType({ description: 'A top-level area in a what-if: its value now and with the changes.' })
export class WhatIfArea {
  @Field({ description: 'Area code.' })
  areaCode!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field(() => Float, { nullable: true, description: 'Current value on the area’s scale (null while incomplete), at one decimal finer than the framework.' })
  currentValue!: number | null;
  @Field(() => Float, { nullable: true, description: 'Value with the changes (null while incomplete).' })
  value!: number | null;
  @Field(() => Float, { description: 'Best value of the area’s scale (its maximum, or its minimum where lower is better): where a slider ends.' })
  best!: number;
}

@ObjectType({ description: 'What the composite, category and rank would be — computed, stored nowhere.' })
export class WhatIfResult {
  @Field(() => ID, { description: 'The period.' })
  periodId!: string;
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field(() => WhatIfBasis, { description: 'What the what-if started from.' })
  basis!: WhatIfBasis;
  @Field(() => Int, { nullable: true, description: 'Year of the board the region is ranked on (an earlier year for DRAFT while the period is not published); null when there is none, and then no rank.' })
  boardYear!: number | null;
  @Field(() => Float, { nullable: true, description: 'Current composite (null while incomplete).' })
  currentValue!: number | null;
  @Field(() => String, { nullable: true, description: 'Current computed category.' })
  currentCategory!: string | null;
  @Field(() => Int, { nullable: true, description: 'Current rank among the province’s regions.' })
  currentRank!: number | null;
  @Field(() => Float, { nullable: true, description: 'Composite with the changes; null when still incomplete.' })
  value!: number | null;
  @Field({ description: 'False when an indicator is still missing.' })
  complete!: boolean;
  @Field(() => [String], { description: 'Missing indicators.' })
  missing!: string[];
  @Field(() => String, { nullable: true, description: 'Computed category with the changes (none for published-only schemes).' })
  category!: string | null;
  @Field(() => Int, { nullable: true, description: 'Rank with the changes.' })
  rank!: number | null;
  @Field(() => Int, { description: 'How many regions would be ranked.' })
  rankedCount!: number;
  @Field(() => [WhatIfValueChange], { description: 'Every indicator value the what-if changed (area changes spread over their indicators, then indicator changes).' })
  changedValues!: WhatIfValueChange[];
  @Field(() => [WhatIfArea], { description: 'The top-level areas now and with the changes, in framework order.' })
  areas!: WhatIfArea[];
}

@ObjectType({ description: 'One indicator improvement on the way to a target, and where the region would stand after it and the steps before.' })
export class TargetPathStep {
  @Field({ description: 'Indicator code.' })
  nodeCode!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field({ description: 'Code of the top-level area of the indicator.' })
  areaCode!: string;
  @Field(() => Float, { description: 'The indicator’s current value.' })
  from!: number;
  @Field(() => Float, { description: 'The value to reach: its scale’s best, or less on the last step (at the indicator’s precision).' })
  to!: number;
  @Field(() => Float, { description: 'Composite points this step adds.' })
  compositeGain!: number;
  @Field(() => Float, { description: 'The composite after this step.' })
  value!: number;
  @Field(() => String, { nullable: true, description: 'Computed category after this step.' })
  category!: string | null;
  @Field(() => Int, { nullable: true, description: 'Rank after this step.' })
  rank!: number | null;
}

@ObjectType({
  description:
    'The cheapest way to a target: the fewest indicator improvements, largest room first (the composite points an indicator can still add), each raised to its best but the last, which goes only as far as needed. Computed, stored nowhere.',
})
export class TargetPath {
  @Field(() => ID, { description: 'The period.' })
  periodId!: string;
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field(() => WhatIfBasis, { description: 'What the path started from.' })
  basis!: WhatIfBasis;
  @Field(() => Int, { nullable: true, description: 'Year of the board the region is ranked on.' })
  boardYear!: number | null;
  @Field(() => String, { nullable: true, description: 'The target category asked.' })
  targetCategory!: string | null;
  @Field(() => Int, { nullable: true, description: 'The target rank asked.' })
  targetRank!: number | null;
  @Field(() => Float, { nullable: true, description: 'The least composite that meets the whole target; null when any complete composite reaches the rank asked.' })
  targetValue!: number | null;
  @Field(() => Float, { description: 'Current composite.' })
  currentValue!: number;
  @Field(() => String, { nullable: true, description: 'Current computed category.' })
  currentCategory!: string | null;
  @Field(() => Int, { nullable: true, description: 'Current rank.' })
  currentRank!: number | null;
  @Field({ description: 'True when the target is already met (no steps).' })
  reached!: boolean;
  @Field({ description: 'False when even every indicator at its best does not meet the target.' })
  reachable!: boolean;
  @Field(() => [TargetPathStep], { description: 'The improvements, in order; each step’s standing includes the steps before it.' })
  steps!: TargetPathStep[];
  @Field(() => Float, { description: 'The composite after every step.' })
  value!: number;
  @Field(() => String, { nullable: true, description: 'Computed category after every step.' })
  category!: string | null;
  @Field(() => Int, { nullable: true, description: 'Rank after every step.' })
  rank!: number | null;
  @Field(() => Int, { description: 'How many regions would be ranked.' })
  rankedCount!: number;
}

export enum NationalUnrankedReason {
  NO_DATA = 'NO_DATA',
  LOW_COVERAGE = 'LOW_COVERAGE',
}
registerEnumType(NationalUnrankedReason, {
  name: 'NationalUnrankedReason',
  description: 'Why a province of the national board has no rank.',
  valuesMap: {
    NO_DATA: { description: 'None of its kab/kota has a published value for this framework and year.' },
    LOW_COVERAGE: { description: 'Fewer of its kab/kota have a value than the coverage threshold (minCoveragePercent) asks.' },
  },
});

@ObjectType({
  description:
    'A province among all provinces for one framework and year: the mean and median of its kab/kota’s published composite values, how many of them have a value, and its rank when its coverage reaches the threshold.',
})
export class NationalProvince {
  @Field({ description: 'Province code (Kemendagri), e.g. "35".' })
  provinceCode!: string;
  @Field({ description: 'Province name.' })
  provinceName!: string;
  @Field(() => Int, { description: 'Its kab/kota with a published composite value in this board.' })
  regionsWithValue!: number;
  @Field(() => Int, { description: 'All its kab/kota (with a value or not).' })
  regionsInProvince!: number;
  @Field(() => Float, { description: 'regionsWithValue ÷ regionsInProvince, in percent (one decimal).' })
  coveragePercent!: number;
  @Field(() => Int, {
    description: 'Its kab/kota with a published value (the same as regionsWithValue).',
    deprecationReason: 'Use regionsWithValue (and regionsInProvince for the coverage).',
  })
  regionCount!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean of its kab/kota’s values, exact, rounded to one decimal more than the framework’s precision; null without values.',
  })
  mean!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Median of its kab/kota’s values (mean of the two middle ones for an even count), exact, rounded to one decimal more than the framework’s precision; null without values.',
  })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lowest kab/kota value, at the framework’s precision; null without values.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'Highest kab/kota value, at the framework’s precision; null without values.' })
  max!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Competition rank by mean (1 = best; lower values win where the framework says so) among the ranked provinces; null when unranked (see unrankedReason).',
  })
  rankByMean!: number | null;
  @Field(() => Int, { nullable: true, description: 'Competition rank by median among the ranked provinces; null when unranked.' })
  rankByMedian!: number | null;
  @Field(() => NationalUnrankedReason, { nullable: true, description: 'Why the province is not ranked; null when it is.' })
  unrankedReason!: NationalUnrankedReason | null;
  @Field(() => String, { nullable: true, description: 'The reason in words, e.g. "8 of 35 kab/kota (22.9%) have a value; 80% needed to be ranked".' })
  unrankedNote!: string | null;
  @Field({ description: 'True when its values come from the generated demo dataset: NOT real evaluation results.' })
  demo!: boolean;
}

@ObjectType({ description: 'A kab/kota’s published composite, ranked among all kab/kota of the board nationally.' })
export class NationalRegion {
  @Field({ description: 'Region code (Kemendagri), e.g. "35.78".' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field({ description: '"kabupaten" or "kota".' })
  kind!: string;
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field({ description: 'Province name.' })
  provinceName!: string;
  @Field(() => Float, { description: 'Published composite value, at the framework’s precision.' })
  value!: number;
  @Field(() => String, { nullable: true, description: 'Category shown (published, else computed).' })
  category!: string | null;
  @Field(() => Int, { description: 'National competition rank (1 = best) at the framework’s precision.' })
  nationalRank!: number;
  @Field(() => Int, { description: 'Kab/kota ranked nationally in this board (after the kind filter).' })
  nationalCount!: number;
  @Field(() => Int, { nullable: true, description: 'Rank within its province, as published.' })
  provinceRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'Kab/kota ranked within its province, as published.' })
  provinceRankedCount!: number | null;
  @Field({ description: 'Framework version of its province’s period.' })
  frameworkVersion!: string;
  @Field({ description: 'True when the value comes from the generated demo dataset: NOT a real evaluation result.' })
  demo!: boolean;
}

@ObjectType({
  description:
    'National leaderboard of a framework and year, the same for everyone signed in (published composites are public): every province with mean, median and coverage, ranked only when its coverage reaches the threshold; and every kab/kota with a published value, ranked nationally. Demo periods are left out while real published data of that framework and year exists (includeDemo brings them back, labelled).',
})
export class NationalLeaderboard {
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field(() => Float, { description: 'The coverage a province needs to be ranked, in percent.' })
  minCoveragePercent!: number;
  @Field(() => [NationalProvince], { description: 'All provinces: ranked ones best mean first, then the unranked ones by coverage.' })
  provinces!: NationalProvince[];
  @Field(() => [NationalRegion], { description: 'Every kab/kota with a published value (of the kind asked), best first.' })
  regions!: NationalRegion[];
  @Field({ description: 'True when any row comes from the generated demo dataset (rows say which).' })
  includesDemo!: boolean;
  @Field({ description: 'True when demo periods of this framework and year exist but were left out because real data exists.' })
  demoLeftOut!: boolean;
}

@ObjectType({ description: 'A saved list of a province’s regions to compare.' })
export class PeerGroup {
  @Field(() => ID, { description: 'Id.' })
  id!: string;
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field({ description: 'Name.' })
  name!: string;
  @Field(() => [String], { description: 'Region codes.' })
  regionCodes!: string[];
}

@InputType({ description: 'A new peer group.' })
export class PeerGroupInput {
  @ProvinceCodeField({ description: 'Province code.' })
  provinceCode!: string;
  @Field({ description: 'Name, unique in the province.' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;
  @Field(() => [String], { description: 'Region codes of the province (1–100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(REGION_CODE, { each: true, message: 'each region code must look like "19.71"' })
  regionCodes!: string[];
}

@ObjectType({ description: 'A KIPP stage and how many of a region’s forwarded innovations reached it.' })
export class StageCount {
  @Field({ description: 'KIPP stage code, e.g. TOP_99.' })
  stage!: string;
  @Field(() => Int, { description: 'How many innovations reached it.' })
  count!: number;
}

@ObjectType({ description: 'A region’s public-service innovations forwarded to the national competition (counts only; titles stay private).' })
export class InnovationBoardRow {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field(() => Int, { description: 'Innovations forwarded to the national competition (KIPP).' })
  forwarded!: number;
  @Field(() => [StageCount], { description: 'Forwarded innovations by the stage they reached.' })
  stages!: StageCount[];
  @Field(() => Int, { nullable: true, description: 'Competition rank by forwarded innovations; null with none.' })
  rank!: number | null;
}
