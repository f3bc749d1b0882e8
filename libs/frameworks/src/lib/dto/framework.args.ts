import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class FrameworksArgs {
  @Field(() => String, { nullable: true, description: 'Only this framework code, e.g. "RB".' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'code must be a framework code such as "RB"' })
  code?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only versions that apply to this evaluation year.' })
  @IsOptional()
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number | null;
}

@ArgsType()
export class FrameworkArgs {
  @Field({ description: 'Framework code, e.g. "RB".' })
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'code must be a framework code such as "RB"' })
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
