import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsNumber, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CategoryLabel, EvaluatedUnit, WeakArea } from './leaderboard.model';

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
  @Field(() => Float, { description: 'The value to try.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;
}

@InputType({ description: 'A what-if question.' })
export class WhatIfInput {
  @Field({ description: 'Region code.' })
  @Matches(/^\d{2}\.\d{2}$/, { message: 'regionCode must be a region code such as "19.71"' })
  regionCode!: string;
  @Field({ description: 'Framework code.' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'frameworkCode must be a framework code such as "RB"' })
  frameworkCode!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;
  @Field(() => [WhatIfChange], { description: 'Changed values (at most 200).' })
  @ArrayMinSize(0)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => WhatIfChange)
  changes!: WhatIfChange[];
  @Field({ defaultValue: false, description: 'Against provisional results (the province’s reviewers only).' })
  @IsBoolean()
  provisional!: boolean;
}

@ObjectType({ description: 'What the composite, category and rank would be — computed, stored nowhere.' })
export class WhatIfResult {
  @Field(() => Float, { nullable: true, description: 'Current composite.' })
  currentValue!: number | null;
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
}

@ObjectType({ description: 'A province in a national leaderboard (aggregates published as such).' })
export class NationalProvince {
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field({ description: 'Province name.' })
  provinceName!: string;
  @Field(() => Int, { description: 'Regions with a published value.' })
  regionCount!: number;
  @Field(() => Float, { description: 'Mean of its regions.' })
  mean!: number;
  @Field(() => Float, { description: 'Median of its regions.' })
  median!: number;
  @Field(() => Float, { description: 'Lowest region value.' })
  min!: number;
  @Field(() => Float, { description: 'Highest region value.' })
  max!: number;
  @Field(() => Int, { description: 'Rank by mean.' })
  rankByMean!: number;
  @Field(() => Int, { description: 'Rank by median.' })
  rankByMedian!: number;
}

@ObjectType({ description: 'A region ranked nationally among regions of its kind.' })
export class NationalRegion {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field({ description: '"kabupaten" or "kota".' })
  kind!: string;
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field(() => Float, { description: 'Value.' })
  value!: number;
  @Field(() => String, { nullable: true, description: 'Category.' })
  category!: string | null;
  @Field(() => Int, { description: 'National rank.' })
  nationalRank!: number;
  @Field(() => Int, { description: 'Regions ranked nationally.' })
  nationalCount!: number;
}

@ObjectType({
  description:
    'National leaderboard: provinces by the mean and median of their regions (for everyone), and regions of one kind ranked nationally — other provinces’ regions are listed for operators only.',
})
export class NationalLeaderboard {
  @Field(() => [NationalProvince], { description: 'Provinces, best mean first.' })
  provinces!: NationalProvince[];
  @Field(() => [NationalRegion], { description: 'Regions you may see, with their national rank.' })
  regions!: NationalRegion[];
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
  @Field({ description: 'Province code.' })
  @Matches(/^\d{2}$/, { message: 'provinceCode must be a two-digit province code' })
  provinceCode!: string;
  @Field({ description: 'Name, unique in the province.' })
  @MinLength(1)
  @MaxLength(100)
  name!: string;
  @Field(() => [String], { description: 'Region codes of the province (1–100).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(/^\d{2}\.\d{2}$/, { each: true, message: 'each region code must look like "19.71"' })
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
