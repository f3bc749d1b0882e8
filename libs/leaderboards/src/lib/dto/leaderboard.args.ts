import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { RegionKind } from '@rapor/regions';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LeaderboardSort, SortDirection } from '../models/leaderboard.model';
import { FrameworkCodeField, ProvinceCodeField, YearField } from '@rapor/common';

@ArgsType()
export class BoardArgs {
  @ProvinceCodeField({ description: 'Province code, e.g. "35".' })
  provinceCode!: string;

  @FrameworkCodeField({ description: 'Framework code, e.g. "SAKIP".' })
  frameworkCode!: string;

  @YearField({ description: 'Evaluation year.' })
  year!: number;

  @Field({ defaultValue: false, description: 'Provisional results of a period not yet published (the province’s reviewers only).' })
  @IsBoolean()
  provisional!: boolean;
}

@ArgsType()
export class LeaderboardArgs extends BoardArgs {
  @Field({ defaultValue: '*', description: '"*" for the composite, or an area or indicator code.' })
  @MaxLength(100)
  node!: string;

  @Field(() => RegionKind, { nullable: true, description: 'Only kabupaten or only kota (the built-in peer groups; the RegionKind enum, as in `regions(kind:)`).' })
  @IsOptional()
  @IsEnum(RegionKind, { message: 'kind must be KABUPATEN or KOTA' })
  kind?: RegionKind | null;

  @Field(() => ID, { nullable: true, description: 'Only the regions of a saved peer group.' })
  @IsOptional()
  @IsUUID('all', { message: 'peerGroupId must be a peer group id' })
  peerGroupId?: string | null;

  @Field(() => LeaderboardSort, { defaultValue: LeaderboardSort.RANK, description: 'Sort column.' })
  @IsEnum(LeaderboardSort)
  sortBy!: LeaderboardSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Sort direction.' })
  @IsEnum(SortDirection)
  direction!: SortDirection;
}

@ArgsType()
export class TrailingArgs extends BoardArgs {
  @Field(() => Int, { defaultValue: 3, description: 'How many trailing regions per list (1–20).' })
  @IsInt()
  @Min(1)
  @Max(20)
  n!: number;
}
