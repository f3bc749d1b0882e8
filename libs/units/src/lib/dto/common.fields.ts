import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

interface FieldOptions {
  nullable?: boolean;
  description?: string;
}

const optional = (nullable: boolean) => (nullable ? [IsOptional()] : []);

/** A Kemendagri region code argument or input field ("19.71"), validated; optional when `nullable`. */
export function RegionCodeField({
  nullable = false,
  description = 'Kemendagri code of the region, e.g. "19.71".',
}: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => String, { nullable, description }),
    ...optional(nullable),
    Matches(/^\d{2}\.\d{2}$/, { message: ({ property }) => `${property} must be a region code such as "19.71"` }),
  );
}

/** An evaluation or competition year argument or input field, 1990–2100 (as the tables check); optional when `nullable`. */
export function YearField({ nullable = false, description = 'Evaluation year.' }: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable, description }),
    ...optional(nullable),
    IsInt(),
    Min(1990),
    Max(2100),
  );
}
