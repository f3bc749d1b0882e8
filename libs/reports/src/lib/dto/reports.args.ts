import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { PeriodStateEnum } from '@rapor/assessments';
import { SortDirection } from '@rapor/leaderboards';
import { RegionKind } from '@rapor/regions';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { AggregateDimension, AggregateMetric } from '../models/aggregate.model';
import { ScoreOrderField, ScoreStatus } from '../models/score.model';
import { FRAMEWORK_CODE, FrameworkCodeField, PROVINCE_CODE, REGION_CODE, YearField } from '@rapor/common';


@InputType({
  description: 'Which scores to read; every condition given must hold. Row-level security decides what you may see at all.',
})
export class ScoreFilterInput {
  @Field(() => [String], { nullable: true, description: 'Only these provinces, e.g. ["35"].' })
  @IsOptional()
  @ArrayMaxSize(38)
  @Matches(PROVINCE_CODE, { each: true, message: 'provinces must be two-digit province codes such as "35"' })
  provinces?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these regions, e.g. ["35.78", "35.27"].' })
  @IsOptional()
  @ArrayMaxSize(514)
  @Matches(REGION_CODE, { each: true, message: 'regions must be region codes such as "35.78"' })
  regions?: string[] | null;

  @Field(() => RegionKind, { nullable: true, description: 'Only kabupaten or only kota.' })
  @IsOptional()
  @IsEnum(RegionKind)
  kind?: RegionKind | null;

  @Field(() => [String], { nullable: true, description: 'Only these frameworks, e.g. ["SAKIP", "RB"].' })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(FRAMEWORK_CODE, { each: true, message: 'frameworks must be framework codes such as "SAKIP"' })
  frameworks?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these nodes: "*" for composites, or area and indicator codes.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  nodes?: string[] | null;

  @YearField({ nullable: true, description: 'From this year on (inclusive).' })
  yearFrom?: number | null;

  @YearField({ nullable: true, description: 'Up to this year (inclusive).' })
  yearTo?: number | null;

  @Field(() => [ScoreStatus], { nullable: true, description: 'Published and/or provisional scores; PUBLISHED only by default.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(ScoreStatus, { each: true })
  status?: ScoreStatus[] | null;

  @Field(() => [PeriodStateEnum], { nullable: true, description: 'Only periods in these states.' })
  @IsOptional()
  @ArrayMinSize(1)
  @IsEnum(PeriodStateEnum, { each: true })
  periodStates?: PeriodStateEnum[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these categories (published, else computed), e.g. ["A", "BB"].' })
  @IsOptional()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(30, { each: true })
  categories?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Keep generated demo periods even where real published data of the same framework and year exists (left out by default; demo rows always say demo: true).',
  })
  @IsOptional()
  @IsBoolean()
  includeDemo?: boolean | null;
}

@InputType({ description: 'One ordering key of scores.' })
export class ScoreOrderInput {
  @Field(() => ScoreOrderField, { description: 'What to order by.' })
  @IsEnum(ScoreOrderField)
  field!: ScoreOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction; missing values come last either way.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@ArgsType()
export class ScoresArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Page size: at most 500 (PAGE_TOO_LARGE otherwise).' })
  @IsInt()
  @Min(1)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Read on after this cursor (an `endCursor` of the same ordering).' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  after?: string | null;

  @Field(() => ScoreFilterInput, { nullable: true, description: 'Which scores; published scores you may see by default.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoreFilterInput)
  filter?: ScoreFilterInput | null;

  @Field(() => [ScoreOrderInput], {
    nullable: true,
    description:
      'Ordering keys, first key first; by default YEAR descending, then FRAMEWORK, REGION and NODE ascending. Ties are broken by a stable unique key.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => ScoreOrderInput)
  orderBy?: ScoreOrderInput[] | null;
}

@ArgsType()
export class AggregatesArgs {
  @Field(() => [AggregateDimension], { description: 'Dimensions to group by, in output order; [] for one overall group.' })
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsEnum(AggregateDimension, { each: true })
  groupBy!: AggregateDimension[];

  @Field(() => [AggregateMetric], { description: 'Statistics to compute per group (at least one).' })
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(AggregateMetric, { each: true })
  metrics!: AggregateMetric[];

  @Field(() => ScoreFilterInput, { nullable: true, description: 'Which scores to aggregate (the same filter as `scores`).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScoreFilterInput)
  filter?: ScoreFilterInput | null;
}

@ArgsType()
export class CompareArgs {
  @Field(() => [String], { description: 'Region codes to put side by side (1–20), e.g. ["35.78", "35.27"].' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @Matches(REGION_CODE, { each: true, message: 'regions must be region codes such as "35.78"' })
  regions!: string[];

  @FrameworkCodeField({ nullable: true, description: 'Framework code, e.g. "SAKIP" (required, under this name or the deprecated `framework`).' })
  frameworkCode?: string | null;

  @FrameworkCodeField({ nullable: true, deprecationReason: 'Use frameworkCode, as every other query does.', description: 'Former name of frameworkCode.' })
  framework?: string | null;

  @Field(() => [Int], { description: 'Years to compare (1–10).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1990, { each: true })
  @Max(2100, { each: true })
  years!: number[];

  @Field(() => [String], { defaultValue: ['*'], description: 'Nodes to compare (1–20): "*" for the composite, or area codes.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  nodes!: string[];
}
