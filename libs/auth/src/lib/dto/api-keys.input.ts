import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ProvinceCodeField, RegionCodeField } from '@rapor/common';

@InputType({ description: 'A new read-only API key: a name and exactly one of provinceCode or regionCode.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for.' })
  @IsString()
  @Length(1, 100, { message: 'name must have 1 to 100 characters' })
  name!: string;

  @ProvinceCodeField({ nullable: true, description: 'A province-wide key, e.g. "19".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'A key limited to one region, e.g. "19.71".' })
  regionCode?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the key stops working (in the future); none by default.' })
  @IsOptional()
  @IsDate({ message: 'expiresAt must be a date-time' })
  expiresAt?: Date | null;
}

@ArgsType()
export class ApiKeysArgs {
  @ProvinceCodeField({ nullable: true, description: 'Only keys of this province, e.g. "19".' })
  provinceCode?: string | null;

  @RegionCodeField({ nullable: true, description: 'Only keys limited to this region, e.g. "19.71".' })
  regionCode?: string | null;

  @Field({ defaultValue: false, description: 'Include revoked keys.' })
  @IsBoolean()
  includeRevoked!: boolean;
}

@ArgsType()
export class ApiKeyIdArgs {
  @Field(() => ID, { description: 'The key.' })
  @IsUUID('all', { message: 'id must be an API key id' })
  id!: string;
}
