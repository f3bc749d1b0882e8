import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { RegionKind } from '@rapor/regions';

@ObjectType({ description: 'One region’s published result for one year and node of a comparison.' })
export class ComparisonCell {
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field({ description: 'Node code ("*" is the composite).' })
  nodeCode!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Framework version of that year’s period; null when there is no visible published result.',
  })
  frameworkVersion!: string | null;
  @Field(() => Float, { nullable: true, description: 'The published value; null = no data (or not visible to you).' })
  value!: number | null;
  @Field(() => String, { nullable: true, description: 'The category shown (published, else computed).' })
  category!: string | null;
  @Field(() => Int, { nullable: true, description: 'Province rank frozen at publication.' })
  rank!: number | null;
  @Field(() => Int, { nullable: true, description: 'How many regions of its province were ranked.' })
  rankedCount!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'How far the best of the compared regions is ahead in this cell (0 for the best; direction-aware).',
  })
  gapToBest!: number | null;
  @Field({ description: 'True when the value comes from the generated demo dataset: NOT a real evaluation result.' })
  demo!: boolean;
}

@ObjectType({ description: 'A compared region and its cells, one per year and node, in the order asked.' })
export class ComparedRegion {
  @Field({ description: 'Region code.' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field(() => RegionKind, { description: 'Kabupaten or kota.' })
  kind!: RegionKind;
  @Field({ description: 'Province code.' })
  provinceCode!: string;
  @Field(() => [ComparisonCell], { description: 'Years × nodes, years first.' })
  cells!: ComparisonCell[];
}

@ObjectType({ description: 'Regions side by side on one framework over years (published results only).' })
export class Comparison {
  @Field({ description: 'Framework code.' })
  frameworkCode!: string;
  @Field(() => [Int], { description: 'Years compared, ascending.' })
  years!: number[];
  @Field(() => [String], { description: 'Nodes compared.' })
  nodes!: string[];
  @Field(() => [ComparedRegion], { description: 'The regions, in the order asked.' })
  regions!: ComparedRegion[];
}
