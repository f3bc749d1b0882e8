import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ReviewActionEnum } from '../models/assessment.model';
import { FrameworkCodeField, ProvinceCodeField, RegionCodeField, YearField } from '@rapor/common';

@InputType({ description: 'Opens a period.' })
export class OpenPeriodInput {
  @ProvinceCodeField({ description: 'Province code, e.g. "19".' })
  provinceCode!: string;

  @FrameworkCodeField({ description: 'Framework code, e.g. "RB".' })
  frameworkCode!: string;

  @YearField({ description: 'Evaluation year.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'Framework version; by default the one covering the year.' })
  @IsOptional()
  @MaxLength(40)
  version?: string | null;

  @Field(() => String, { nullable: true, description: 'Submission deadline, ISO date (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'deadline must be an ISO date such as 2025-03-31' })
  deadline?: string | null;
}

@InputType({ description: 'One value to save as a draft.' })
export class ValueInput {
  @Field({ description: 'Indicator (leaf) code of the period’s framework.' })
  @MinLength(1)
  @MaxLength(100)
  nodeCode!: string;

  @Field(() => ID, { nullable: true, description: 'Service unit (unit-level frameworks only); checked by the service with the rest of the row.' })
  @IsOptional()
  @IsString()
  unitId?: string | null;

  @Field(() => Float, { description: 'The value on the indicator’s scale.' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  // Evidence is checked by the service with the rest of the row (INVALID_URL, TOO_LONG), so that
  // every problem of every row comes back at once.
  @Field(() => String, { nullable: true, description: 'Link to the evidence (http or https, at most 2,000 characters).' })
  @IsOptional()
  @IsString()
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'Note about the evidence (at most 4,000 characters).' })
  @IsOptional()
  @IsString()
  evidenceNote?: string | null;

  @Field(() => String, { nullable: true, description: 'Document reference (number, file name; at most 500 characters).' })
  @IsOptional()
  @IsString()
  evidenceRef?: string | null;
}

@InputType({ description: 'Draft values of a region for a period: all saved, or none.' })
export class SaveValuesInput {
  @Field(() => ID, { description: 'Period id.' })
  @IsUUID('all', { message: 'periodId must be a period id' })
  periodId!: string;

  @RegionCodeField({ description: 'Region code, e.g. "19.71".' })
  regionCode!: string;

  @Field(() => [ValueInput], { description: 'The values (at most 2,000).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ValueInput)
  rows!: ValueInput[];
}

@InputType({ description: 'A reviewer’s decision on one value.' })
export class ReviewValueInput {
  @Field(() => ID, { description: 'Value id.' })
  @IsUUID('all', { message: 'valueId must be a value id' })
  valueId!: string;

  @Field(() => ReviewActionEnum, { description: 'ACCEPT, CORRECT or RETURN.' })
  @IsIn(Object.values(ReviewActionEnum))
  action!: ReviewActionEnum;

  @Field(() => Float, { nullable: true, description: 'The corrected value (CORRECT).' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value?: number | null;

  @Field(() => String, { nullable: true, description: 'Why the value is corrected (CORRECT).' })
  @IsOptional()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment for the region (required for RETURN).' })
  @IsOptional()
  @MaxLength(4000)
  comment?: string | null;
}

@ArgsType()
export class PeriodsArgs {
  @ProvinceCodeField({ nullable: true, description: 'Province code.' })
  provinceCode?: string | null;

  @FrameworkCodeField({ nullable: true, description: 'Framework code.' })
  frameworkCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Evaluation year.' })
  @IsOptional()
  @IsInt()
  year?: number | null;
}

@ArgsType()
export class PeriodIdArgs {
  @Field(() => ID, { description: 'Period id.' })
  @IsUUID('all', { message: 'periodId must be a period id' })
  periodId!: string;
}

@ArgsType()
export class PeriodRegionArgs extends PeriodIdArgs {
  @RegionCodeField({ description: 'Region code, e.g. "19.71".' })
  regionCode!: string;
}

@ArgsType()
export class PeriodRegionFilterArgs extends PeriodIdArgs {
  @RegionCodeField({ nullable: true, description: 'Only this region.' })
  regionCode?: string | null;
}

@ArgsType()
export class ResultsArgs extends PeriodRegionFilterArgs {
  @Field(() => String, { nullable: true, description: 'Only this node ("*" = composite).' })
  @IsOptional()
  @MaxLength(100)
  nodeCode?: string | null;
}

@ArgsType()
export class PublishedResultsArgs extends PeriodRegionFilterArgs {
  @Field(() => Int, { nullable: true, description: 'Publication revision; the latest by default.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  revision?: number | null;
}

@ArgsType()
export class ReturnSubmissionArgs extends PeriodRegionArgs {
  @Field({ description: 'What the region must fix.' })
  @MinLength(3)
  @MaxLength(4000)
  comment!: string;
}

@ArgsType()
export class AmendPeriodArgs extends PeriodIdArgs {
  @Field({ description: 'Why the published period is amended (kept in the audit log).' })
  @MinLength(5)
  @MaxLength(2000)
  reason!: string;
}
