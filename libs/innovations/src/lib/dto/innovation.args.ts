import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { RegionCodeField, YearField } from '@rapor/common';
import { RegionRowArgs } from '@rapor/units';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { InnovationStatus } from '../models/innovation.model';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ArgsType()
export class InnovationSummaryArgs {
  @RegionCodeField()
  regionCode!: string;

  @YearField({ nullable: true, description: 'Only innovations of this competition year.' })
  year?: number | null;
}

@ArgsType()
export class InnovationsArgs extends InnovationSummaryArgs {
  @Field(() => InnovationStatus, { nullable: true, description: 'Only innovations in this status.' })
  @IsOptional()
  @IsEnum(InnovationStatus)
  status?: InnovationStatus | null;
}

@InputType({ description: 'A new innovation of a region, recorded as a draft.' })
export class CreateInnovationInput {
  @RegionCodeField()
  regionCode!: string;

  @Field({ description: 'Title (3–300 characters).' })
  @Transform(trimmed)
  @Length(3, 300)
  title!: string;

  @YearField({ description: 'Competition year.' })
  year!: number;

  @Field(() => ID, { nullable: true, description: 'Id of the OPD or service unit that runs it, in the same region.' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'What it changes for the public (up to 10,000 characters).' })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;
}

@InputType({ description: 'Changes to a draft innovation; omitted fields stay as they are, null clears unit or description.' })
export class UpdateInnovationInput {
  @RegionCodeField()
  regionCode!: string;

  @Field(() => ID, { description: 'Id of the innovation.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title (3–300 characters).' })
  @IsOptional()
  @Transform(trimmed)
  @Length(3, 300)
  title?: string | null;

  @YearField({ nullable: true, description: 'New competition year.' })
  year?: number | null;

  @Field(() => ID, { nullable: true, description: 'New unit; null clears it.' })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it.' })
  @IsOptional()
  @MaxLength(10000)
  description?: string | null;
}

@ArgsType()
export class RecordInnovationStageArgs extends RegionRowArgs {
  @Field({
    description:
      'Stage reached: a band code, label or alias of the KIPP scheme of the innovation’s year ("TOP_99", "Top 99", "top 45").',
  })
  @Length(1, 100)
  stage!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the result was announced (a decree, a page), kept in the audit log.',
  })
  @IsOptional()
  @MaxLength(500)
  source?: string | null;
}
