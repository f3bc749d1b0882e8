import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'An indicator (leaf) where a region trails its province, against the median and the leader of the regions of the province with a value. Only within the region’s own province: indicator values of another province are never shown.',
})
export class WeakIndicator {
  @Field({ description: 'Indicator code.' })
  nodeCode!: string;
  @Field({ description: 'Indonesian name.' })
  nameId!: string;
  @Field({ description: 'English name.' })
  nameEn!: string;
  @Field({ description: 'Code of the top-level area the indicator belongs to.' })
  areaCode!: string;
  @Field(() => Float, { description: 'The region’s value, on the indicator’s scale.' })
  value!: number;
  @Field(() => Float, { description: 'Median of the province’s regions with a value (the region included), one decimal finer than the indicator.' })
  median!: number;
  @Field(() => Float, { description: 'The best value in the province.' })
  leader!: number;
  @Field(() => Float, { description: 'Share of the composite the indicator carries (0–1; the shares of all indicators add up to 1).' })
  share!: number;
  @Field(() => Float, { description: 'Shortfall against the median as a share of the indicator’s scale (0–1; negative = ahead of the median).' })
  shortfallToMedian!: number;
  @Field(() => Float, { description: 'Shortfall against the leader as a share of the indicator’s scale (0–1, > 0).' })
  shortfallToLeader!: number;
  @Field(() => Float, {
    description: 'Composite points the region would gain by reaching the median here (shortfall × share × the composite’s scale span; negative = ahead): the ordering key.',
  })
  weightedShortfallToMedian!: number;
  @Field(() => Float, { description: 'Composite points the region would gain by matching the leader here; the second ordering key.' })
  weightedShortfallToLeader!: number;
}
