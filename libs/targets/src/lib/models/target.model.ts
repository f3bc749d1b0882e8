import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'What a region aims for in a framework and evaluation year: a category and/or a rank in its province ("B, at least top 3"). ' +
    'Private to the region’s team, its province’s reviewers and operators.',
})
export class Target {
  @Field({ description: 'Kemendagri code of the region, e.g. "19.71".' })
  regionCode!: string;

  @Field({ description: 'Framework code, e.g. "RB".' })
  frameworkCode!: string;

  @Field(() => Int, { description: 'Evaluation year the target is for.' })
  year!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Target category: a band code of the framework’s scheme for the year, e.g. "B" (as leaderboard rows’ targetCategory).',
  })
  targetCategory!: string | null;

  @Field(() => Int, { nullable: true, description: 'Target rank in the province: at least this place (1 = first), as leaderboard rows’ targetRank.' })
  targetRank!: number | null;

  @Field(() => String, { nullable: true, deprecationReason: 'Use targetCategory.', description: 'Former name of targetCategory.' })
  category!: string | null;

  @Field(() => Int, { nullable: true, deprecationReason: 'Use targetRank.', description: 'Former name of targetRank.' })
  rank!: number | null;

  @Field(() => String, { nullable: true, description: 'Why, or how the region means to get there.' })
  note!: string | null;

  @Field(() => ID, { nullable: true, description: 'Id of the user who last set the target.' })
  setBy!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Role of that user when setting it: "region_admin", "reviewer" (of the province) or "operator"; null for targets set before roles were recorded.',
  })
  setByRole!: string | null;

  @Field({ description: 'When the target was last set.' })
  updatedAt!: Date;
}
