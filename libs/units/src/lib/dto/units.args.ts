import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { RegionCodeField } from '@rapor/common';

@ArgsType()
export class RegionArgs {
  @RegionCodeField()
  regionCode!: string;
}

/** A row of a region's table, addressed by its tenant key and id. */
@ArgsType()
export class RegionRowArgs {
  @RegionCodeField()
  regionCode!: string;

  @Field(() => ID, { description: 'Id of the record.' })
  @IsUUID()
  id!: string;
}
