import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsObject, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { JSONScalar } from '../models/json.scalar';
import { ProvinceCodeField, RegionCodeField } from '@rapor/common';

const SCOPE = /^(province:\d{2}|region:\d{2}\.\d{2})$/;
const SCOPE_MESSAGE = 'scope must be "province:<code>" or "region:<code>", e.g. "region:35.78"';

@InputType({
  description:
    'A report to save (created, or replaced when its scope already has a report of that name). Scope: provinceCode or regionCode, by default your own (your region, or a reviewer’s province).',
})
export class SaveReportInput {
  @Field({ description: 'Name, unique within the scope (1–100 characters).' })
  @IsString()
  @Length(1, 100, { message: 'name must have 1 to 100 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the report shows (up to 2,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @Field({ description: 'A GraphQL query document (no mutations; it may not run other saved reports).' })
  @IsString()
  @Length(1, 20000, { message: 'document must have 1 to 20,000 characters' })
  document!: string;

  @Field(() => String, { nullable: true, description: 'Which operation to run when the document has several.' })
  @IsOptional()
  @Matches(/^[_A-Za-z][_0-9A-Za-z]{0,99}$/, { message: 'operationName must be a GraphQL name' })
  operationName?: string | null;

  @Field(() => JSONScalar, {
    nullable: true,
    description: 'Variables of the operation, a JSON object; checked against the document.',
  })
  @IsOptional()
  @IsObject({ message: 'variables must be a JSON object' })
  variables?: Record<string, unknown> | null;

  @ProvinceCodeField({ nullable: true, description: 'Save for this whole province, e.g. "35".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'Save for this one region, e.g. "35.78".' })
  regionCode?: string | null;
}

@ArgsType()
export class SavedReportsArgs {
  @ProvinceCodeField({ nullable: true, description: 'Only reports of this province (both scopes), e.g. "35".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'Only reports saved for this region, e.g. "35.78".' })
  regionCode?: string | null;
}

@ArgsType()
export class SavedReportIdArgs {
  @Field(() => ID, { description: 'Report id.' })
  @IsUUID('all', { message: 'id must be a saved report id' })
  id!: string;
}

@ArgsType()
export class RunSavedReportArgs {
  @Field({
    description: 'The report’s name (case-insensitive). Your own region’s report wins over the province’s of the same name.',
  })
  @IsString()
  @Length(1, 100, { message: 'name must have 1 to 100 characters' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Which scope to look in, "province:35" or "region:35.78", when a name is ambiguous.',
  })
  @IsOptional()
  @Matches(SCOPE, { message: SCOPE_MESSAGE })
  scope?: string | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Variables overriding the saved ones (a JSON object).' })
  @IsOptional()
  @IsObject({ message: 'variables must be a JSON object' })
  variables?: Record<string, unknown> | null;
}
