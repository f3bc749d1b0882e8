import { ArgsType, Field, Int } from '@nestjs/graphql';
import { FrameworkCodeField, RegionCodeField, YearField } from '@rapor/common';
import { IsInt, IsOptional, MaxLength, Min } from 'class-validator';

@ArgsType()
export class TargetsArgs {
  @RegionCodeField()
  regionCode!: string;

  @FrameworkCodeField({ nullable: true, description: 'Only targets of this framework code, e.g. "RB".' })
  frameworkCode?: string | null;
}

/** One target slot: a region, a framework code and an evaluation year. */
@ArgsType()
export class TargetKeyArgs {
  @RegionCodeField()
  regionCode!: string;

  @FrameworkCodeField({ description: 'Framework code, e.g. "RB".' })
  frameworkCode!: string;

  @YearField()
  year!: number;
}

@ArgsType()
export class SetTargetArgs extends TargetKeyArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Target category as a band code, label or alias of the framework’s scheme for the year ("B", "b", "Predikat B", "B (Baik)"); stored as the code.',
  })
  @IsOptional()
  @MaxLength(100)
  targetCategory?: string | null;

  @Field(() => Int, { nullable: true, description: 'Target rank in the province, from 1 to the number of its kabupaten/kota.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'targetRank must be at least 1' })
  targetRank?: number | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use targetCategory, as leaderboard rows name it.', description: 'Former name of targetCategory.' })
  @IsOptional()
  @MaxLength(100)
  category?: string | null;

  @Field(() => Int, { nullable: true, deprecationReason: 'Use targetRank, as leaderboard rows name it.', description: 'Former name of targetRank.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  rank?: number | null;

  @Field(() => String, { nullable: true, description: 'Why, or how the region means to get there (up to 2000 characters).' })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}
