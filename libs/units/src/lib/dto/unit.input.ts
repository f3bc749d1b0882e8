import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsUUID, Matches, MaxLength } from 'class-validator';
import { UnitType } from '../models/unit.model';
import { RegionCodeField } from '@rapor/common';

// At least one visible character; the table allows 1–200 after trimming.
const NOT_BLANK = /\S/;

@InputType({ description: 'A new OPD or service unit of a region.' })
export class CreateUnitInput {
  @RegionCodeField()
  regionCode!: string;

  @Field({ description: 'Name, unique within the region (1–200 characters).' })
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200)
  name!: string;

  @Field(() => UnitType, { nullable: true, description: 'Kind of unit; OPD when omitted.' })
  @IsOptional()
  @IsEnum(UnitType)
  type?: UnitType | null;

  @Field(() => ID, { nullable: true, description: 'Id of the OPD it belongs to, in the same region.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}

@InputType({ description: 'Changes to a unit; omitted fields stay as they are.' })
export class UpdateUnitInput {
  @RegionCodeField()
  regionCode!: string;

  @Field(() => ID, { description: 'Id of the unit.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New name, unique within the region.' })
  @IsOptional()
  @Matches(NOT_BLANK, { message: 'name must not be blank' })
  @MaxLength(200)
  name?: string | null;

  @Field(() => UnitType, { nullable: true, description: 'New kind of unit.' })
  @IsOptional()
  @IsEnum(UnitType)
  type?: UnitType | null;

  @Field(() => ID, { nullable: true, description: 'New parent OPD; null makes the unit top-level, omitted keeps the parent.' })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;
}
