import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PeriodStateEnum } from '@rapor/assessments';
import { RegionKind } from '@rapor/regions';

export enum ScoreStatus {
  PUBLISHED = 'PUBLISHED',
  PROVISIONAL = 'PROVISIONAL',
}
registerEnumType(ScoreStatus, {
  name: 'ScoreStatus',
  description: 'Whether a score is frozen by publication or still provisional.',
  valuesMap: {
    PUBLISHED: {
      description: 'The latest published revision of a period: visible to everyone scoped to the province (API keys included).',
    },
    PROVISIONAL: {
      description:
        'The current computed result of a period not (or no longer) published: visible only to the region’s own team, its province’s reviewers and operators; never to API keys.',
    },
  },
});

export enum ScoreOrderField {
  REGION = 'REGION',
  REGION_NAME = 'REGION_NAME',
  PROVINCE = 'PROVINCE',
  YEAR = 'YEAR',
  FRAMEWORK = 'FRAMEWORK',
  NODE = 'NODE',
  VALUE = 'VALUE',
  RANK = 'RANK',
  CATEGORY = 'CATEGORY',
}
registerEnumType(ScoreOrderField, {
  name: 'ScoreOrderField',
  description: 'What to order scores by; rows without a value, rank or category come last in either direction.',
  valuesMap: {
    REGION: { description: 'Region code.' },
    REGION_NAME: { description: 'Region name.' },
    PROVINCE: { description: 'Province code.' },
    YEAR: { description: 'Evaluation year.' },
    FRAMEWORK: { description: 'Framework code.' },
    NODE: { description: 'Node code ("*" is the composite).' },
    VALUE: { description: 'The value.' },
    RANK: { description: 'The published province rank.' },
    CATEGORY: { description: 'The category shown (published, else computed).' },
  },
});

@ObjectType({ description: 'One result of one region for one framework node in one period.' })
export class Score {
  @Field(() => ID, { description: 'Stable id of the row: status, period, region and node.' })
  id!: string;
  @Field(() => ScoreStatus, { description: 'Published or provisional.' })
  status!: ScoreStatus;
  @Field({ description: 'Region code, e.g. "35.78".' })
  regionCode!: string;
  @Field({ description: 'Region name.' })
  regionName!: string;
  @Field(() => RegionKind, { description: 'Kabupaten or kota.' })
  kind!: RegionKind;
  @Field({ description: 'Province code, e.g. "35".' })
  provinceCode!: string;
  @Field({ description: 'Framework code, e.g. "SAKIP".' })
  frameworkCode!: string;
  @Field({ description: 'Framework version of the period.' })
  frameworkVersion!: string;
  @Field(() => Int, { description: 'Evaluation year.' })
  year!: number;
  @Field(() => ID, { description: 'Period id.' })
  periodId!: string;
  @Field(() => PeriodStateEnum, { description: 'Where the period is in its flow.' })
  periodState!: PeriodStateEnum;
  @Field(() => Int, { nullable: true, description: 'Published revision (null for provisional scores).' })
  revision!: number | null;
  @Field({ description: 'Node code: "*" for the framework’s composite, else an area or indicator code.' })
  nodeCode!: string;
  @Field({ description: 'Indonesian name of the node (the framework’s name for "*").' })
  nodeNameId!: string;
  @Field({ description: 'English name of the node.' })
  nodeNameEn!: string;
  @Field(() => Float, { nullable: true, description: 'The value on the node’s scale; null when only a category exists.' })
  value!: number | null;
  @Field({ description: 'False when some inputs of a computed value are missing.' })
  complete!: boolean;
  @Field(() => String, { nullable: true, description: 'Category as published by the ministry.' })
  publishedCategory!: string | null;
  @Field(() => String, { nullable: true, description: 'Category computed from the value by the band table.' })
  computedCategory!: string | null;
  @Field(() => String, { nullable: true, description: 'What to show: the published category, else the computed one.' })
  category!: string | null;
  @Field({ description: 'True when published and computed categories disagree.' })
  categoryMismatch!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: 'Province rank frozen at publication (competition ranking); null when unranked or provisional.',
  })
  rank!: number | null;
  @Field(() => Int, { nullable: true, description: 'How many regions were ranked with it.' })
  rankedCount!: number | null;
  @Field({ description: '"computed" from indicator values, or "official" (imported from a ministry).' })
  source!: string;
  @Field(() => GraphQLISODateTime, { description: 'When the score was published (or, provisional, last computed).' })
  recordedAt!: Date;
  @Field({ description: 'True when the score comes from the generated demo dataset: NOT a real evaluation result.' })
  demo!: boolean;
}

@ObjectType({ description: 'A score and its cursor.' })
export class ScoreEdge {
  @Field({ description: 'Opaque cursor of this row: pass it as `after` to read on.' })
  cursor!: string;
  @Field(() => Score, { description: 'The score.' })
  node!: Score;
}

@ObjectType({ description: 'Where a page sits in its connection (Relay).' })
export class PageInfo {
  @Field({ description: 'True when more rows follow this page.' })
  hasNextPage!: boolean;
  @Field({ description: 'True when this page was read after a cursor (rows precede it).' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: 'Cursor of the first row of the page.' })
  startCursor!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last row of the page: pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'A page of scores (Relay cursor connection, forward pagination).' })
export class ScoreConnection {
  @Field(() => [ScoreEdge], { description: 'The rows of this page.' })
  edges!: ScoreEdge[];
  @Field(() => [Score], { description: 'The rows of this page, without cursors.' })
  nodes!: Score[];
  @Field(() => PageInfo, { description: 'Cursors and whether more rows follow.' })
  pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many rows match the filter in all pages (those you may see).' })
  totalCount!: number;
}
