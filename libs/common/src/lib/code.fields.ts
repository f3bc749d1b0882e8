import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { FRAMEWORK_CODE, PROVINCE_CODE, REGION_CODE, YEAR_MAX, YEAR_MIN } from './code-formats';

/** Options of a shared argument or input field. */
export interface CodeFieldOptions {
  /** Optional (null or absent) when true. */
  nullable?: boolean;
  description?: string;
  deprecationReason?: string;
}

const optional = (nullable: boolean) => (nullable ? [IsOptional()] : []);

function codeField(pattern: RegExp, example: string, defaultDescription: string) {
  return ({ nullable = false, description = defaultDescription, deprecationReason }: CodeFieldOptions = {}): PropertyDecorator =>
    applyDecorators(
      Field(() => String, { nullable, description, ...(deprecationReason ? { deprecationReason } : {}) }),
      ...optional(nullable),
      Matches(pattern, { message: ({ property }) => `${property} must be ${example}` }),
    );
}

/** A Kemendagri region code argument or input field ("19.71"), validated. */
export const RegionCodeField = codeField(REGION_CODE, 'a region code such as "19.71"', 'Kemendagri code of the region, e.g. "19.71".');

/** A Kemendagri province code argument or input field ("19"), validated. */
export const ProvinceCodeField = codeField(PROVINCE_CODE, 'a two-digit province code such as "19"', 'Province code, e.g. "19".');

/** A framework code argument or input field ("RB"), validated. */
export const FrameworkCodeField = codeField(FRAMEWORK_CODE, 'a framework code such as "RB"', 'Framework code, e.g. "RB".');

/** An evaluation or competition year argument or input field, 1990–2100 (as the tables check). */
export function YearField({ nullable = false, description = 'Evaluation year.', deprecationReason }: CodeFieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable, description, ...(deprecationReason ? { deprecationReason } : {}) }),
    ...optional(nullable),
    IsInt(),
    Min(YEAR_MIN),
    Max(YEAR_MAX),
  );
}
