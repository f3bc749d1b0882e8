import { ArgsType, Field } from '@nestjs/graphql';
import { Matches, MaxLength } from 'class-validator';
import { FrameworkCodeField, YearField } from '@rapor/common';

@ArgsType()
export class FrameworksArgs {
  @FrameworkCodeField({ nullable: true, description: 'Only this framework code, e.g. "RB".' })
  code?: string | null;

  @YearField({ nullable: true, description: 'Only versions that apply to this evaluation year.' })
  year?: number | null;
}

@ArgsType()
export class FrameworkArgs {
  @FrameworkCodeField({ description: 'Framework code, e.g. "RB".' })
  code!: string;

  @Field({ description: 'Version, e.g. "2020".' })
  @Matches(/^[A-Za-z0-9._-]{1,40}$/, { message: 'version must be 1–40 letters, digits, dots, dashes or underscores' })
  version!: string;
}

@ArgsType()
export class AddFrameworkVersionArgs {
  @Field({
    description:
      'The definition file’s JSON (the shape of libs/domain/src/frameworks/definitions/*.json). Validated: weights, scales, band order and overlaps, regulations, years.',
  })
  @MaxLength(1_000_000)
  definitionJson!: string;
}
