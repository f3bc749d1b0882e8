import { ArgsType, Field, Int } from '@nestjs/graphql';
import { RegionCodeField } from '@rapor/common';
import { IsInt, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditLogArgs {
  @RegionCodeField({
    nullable: true,
    description: 'Only changes of this region’s records, e.g. "19.71". Region admins read their own region by default.',
  })
  regionCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes of this kind of record (its table), e.g. "innovation".' })
  @IsOptional()
  @Matches(/^[a-z][a-z_]{0,62}$/, { message: 'entity must be a record kind such as "innovation"' })
  entity?: string | null;

  @Field(() => Int, { defaultValue: 50, description: 'Page size, 1–200.' })
  @IsInt()
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @MaxLength(100)
  after?: string | null;
}
