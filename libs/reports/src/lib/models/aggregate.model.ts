import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { RegionKind } from '@rapor/regions';

export enum AggregateDimension {
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
  KIND = 'KIND',
  YEAR = 'YEAR',
  FRAMEWORK = 'FRAMEWORK',
  NODE = 'NODE',
  CATEGORY = 'CATEGORY',
}
registerEnumType(AggregateDimension, {
  name: 'AggregateDimension',
  description: 'What to group scores by.',
  valuesMap: {
    PROVINCE: { description: 'Province code.' },
    REGION: { description: 'Region (code and name).' },
    KIND: { description: 'Kabupaten or kota.' },
    YEAR: { description: 'Evaluation year.' },
    FRAMEWORK: { description: 'Framework code (values of different frameworks are on different scales: group or filter by it).' },
    NODE: { description: 'Node code ("*" is the composite).' },
    CATEGORY: { description: 'The category shown (published, else computed).' },
  },
});

export enum AggregateMetric {
  COUNT = 'COUNT',
  MEAN = 'MEAN',
  MEDIAN = 'MEDIAN',
  MIN = 'MIN',
  MAX = 'MAX',
  STDDEV = 'STDDEV',
  P25 = 'P25',
  P75 = 'P75',
}
registerEnumType(AggregateMetric, {
  name: 'AggregateMetric',
  description:
    'A statistic of a group; all but COUNT are over the scores that have a value. Groups mixing frameworks use the finest precision among them.',
  valuesMap: {
    COUNT: { description: 'How many scores the group has (with or without a value).' },
    MEAN: { description: 'Arithmetic mean of the values, exact, at one decimal more than the framework’s precision.' },
    MEDIAN: { description: 'Median (continuous percentile 0.5), exact, at one decimal more than the framework’s precision.' },
    MIN: { description: 'Smallest value, at the framework’s precision.' },
    MAX: { description: 'Largest value, at the framework’s precision.' },
    STDDEV: { description: 'Sample standard deviation (null for fewer than two values), at one decimal more than the framework’s precision.' },
    P25: { description: 'First quartile (continuous percentile 0.25), exact, at one decimal more than the framework’s precision.' },
    P75: { description: 'Third quartile (continuous percentile 0.75), exact, at one decimal more than the framework’s precision.' },
  },
});

@ObjectType({
  description:
    'One group of scores: the grouped dimensions (null when not grouped by) and the asked metrics (null when not asked).',
})
export class AggregateRow {
  @Field(() => String, { nullable: true, description: 'Province code (PROVINCE).' })
  provinceCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Region code (REGION).' })
  regionCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Region name (REGION).' })
  regionName!: string | null;
  @Field(() => RegionKind, { nullable: true, description: 'Kabupaten or kota (KIND).' })
  kind!: RegionKind | null;
  @Field(() => Int, { nullable: true, description: 'Evaluation year (YEAR).' })
  year!: number | null;
  @Field(() => String, { nullable: true, description: 'Framework code (FRAMEWORK).' })
  frameworkCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Node code (NODE).' })
  nodeCode!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Category (CATEGORY); null within the group means scores without a category.',
  })
  category!: string | null;
  @Field(() => Int, { nullable: true, description: 'COUNT.' })
  count!: number | null;
  @Field(() => Float, { nullable: true, description: 'MEAN.' })
  mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'MEDIAN.' })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: 'MIN.' })
  min!: number | null;
  @Field(() => Float, { nullable: true, description: 'MAX.' })
  max!: number | null;
  @Field(() => Float, { nullable: true, description: 'STDDEV.' })
  stddev!: number | null;
  @Field(() => Float, { nullable: true, description: 'P25.' })
  p25!: number | null;
  @Field(() => Float, { nullable: true, description: 'P75.' })
  p75!: number | null;
  @Field({ description: 'True when any score of the group comes from the generated demo dataset: NOT real evaluation results.' })
  demo!: boolean;
}
