import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum InnovationStatus {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  FORWARDED = 'forwarded',
}
registerEnumType(InnovationStatus, {
  name: 'InnovationStatus',
  description:
    'DRAFT: being written in the OPD. SUBMITTED: handed to the region’s Bagian Organisasi. ' +
    'FORWARDED: entered in the national competition (KIPP); the stage it reached is recorded on it.',
  valuesMap: {
    DRAFT: { description: 'Being written in the OPD.' },
    SUBMITTED: { description: 'Handed to the region’s Bagian Organisasi.' },
    FORWARDED: { description: 'Entered in the national competition (KIPP); the stage it reached is recorded on it.' },
  },
});

@ObjectType({
  description:
    'A public-service innovation of an OPD, on its way to the national competition (KIPP). Private to the region’s team, its province’s reviewers and operators.',
})
export class Innovation {
  @Field(() => ID, { description: 'Stable id of the innovation.' })
  id!: string;

  @Field({ description: 'Kemendagri code of the region, e.g. "19.71".' })
  regionCode!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the OPD or service unit that runs it.' })
  unitId!: string | null;

  @Field({ description: 'Title of the innovation.' })
  title!: string;

  @Field(() => Int, { description: 'Competition year.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'What it changes for the public.' })
  description!: string | null;

  @Field(() => InnovationStatus, { description: 'Where it is between the OPD, the Bagian Organisasi and the ministry.' })
  status!: InnovationStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'KIPP stage reached, as a band code of the KIPP scheme of its year (e.g. "TOP_99", "TOP_45"); null until recorded.',
  })
  stage!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the user who recorded it.' })
  createdBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was submitted to the Bagian Organisasi.' })
  submittedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was forwarded to the competition.' })
  forwardedAt!: Date | null;

  @Field({ description: 'When it was recorded.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'How many of a region’s innovations are in one status.' })
export class InnovationStatusCount {
  @Field(() => InnovationStatus, { description: 'The status.' })
  status!: InnovationStatus;

  @Field(() => Int, { description: 'Number of innovations in it.' })
  count!: number;
}

@ObjectType({ description: 'How many of a region’s innovations reached one KIPP stage.' })
export class InnovationStageCount {
  @Field({ description: 'Band code of the stage, e.g. "TOP_99".' })
  stage!: string;

  @Field({ description: 'Name of the stage, e.g. "Top 99".' })
  label!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Level of the stage (1 = proposal … 7 = Top 5 Outstanding); higher is further.',
  })
  level!: number | null;

  @Field(() => Int, { description: 'Number of innovations that reached it.' })
  count!: number;
}

@ObjectType({ description: 'Counts of a region’s innovations by status and by KIPP stage reached (what leaderboards rank on).' })
export class InnovationSummary {
  @Field({ description: 'Kemendagri code of the region.' })
  regionCode!: string;

  @Field(() => Int, { nullable: true, description: 'The year counted, or null for all years.' })
  year!: number | null;

  @Field(() => Int, { description: 'Number of innovations.' })
  total!: number;

  @Field(() => [InnovationStatusCount], { description: 'Counts per status, every status listed (zero included).' })
  byStatus!: InnovationStatusCount[];

  @Field(() => [InnovationStageCount], {
    description: 'Counts per stage reached, furthest stage first; stages nobody reached are left out.',
  })
  byStage!: InnovationStageCount[];
}
