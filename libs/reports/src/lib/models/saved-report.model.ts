import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { JSONScalar } from './json.scalar';

@ObjectType({ description: 'A named GraphQL query saved for a province or one region, with its variables.' })
export class SavedReport {
  @Field(() => ID, { description: 'Report id (used by the CSV and XLSX exports).' })
  id!: string;
  @Field({ description: 'Name, unique within its scope; run it by name with `runSavedReport`.' })
  name!: string;
  @Field(() => String, { nullable: true, description: 'What the report shows.' })
  description!: string | null;
  @Field({ description: 'Who it is saved for: "province:35" or "region:35.78".' })
  scope!: string;
  @Field({ description: 'Province code of the scope.' })
  provinceCode!: string;
  @Field(() => String, { nullable: true, description: 'Region code when saved for one region.' })
  regionCode!: string | null;
  @Field({ description: 'The GraphQL query document.' })
  document!: string;
  @Field(() => String, { nullable: true, description: 'The operation to run when the document has several.' })
  operationName!: string | null;
  @Field(() => JSONScalar, { description: 'Saved variables (a JSON object); a run may override them.' })
  variables!: Record<string, unknown>;
  @Field({ description: 'Path of the CSV export (GET, same credentials as GraphQL).' })
  csvPath!: string;
  @Field({ description: 'Path of the XLSX export (GET, same credentials as GraphQL).' })
  xlsxPath!: string;
  @Field(() => GraphQLISODateTime, { description: 'When it was first saved.' })
  createdAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When it was last saved.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'An error of a report run, as the API would report it.' })
export class ReportRunError {
  @Field({ description: 'Message.' })
  message!: string;
  @Field({ description: 'Stable code (extensions.code), e.g. NOT_FOUND.' })
  code!: string;
  @Field(() => [String], { nullable: true, description: 'Path of the field that failed.' })
  path!: string[] | null;
}

@ObjectType({ description: 'The first list of a report’s result as a table: what the CSV and XLSX exports contain.' })
export class ReportTable {
  @Field(() => [String], {
    description: 'Path of the list in the result, e.g. ["scores", "edges"]; empty when the result has no list.',
  })
  listPath!: string[];
  @Field(() => [String], {
    description: 'Column names: dotted field paths of the list’s items (a connection’s "node." prefix dropped).',
  })
  columns!: string[];
  @Field(() => [[JSONScalar]], { description: 'One row per list item, one cell per column (null when absent).' })
  rows!: unknown[][];
  @Field(() => [String], {
    description:
      'Generated demo datasets the result was built from, e.g. ["SAKIP 2024, province 35"]; empty for real data. When not empty, every row has a last column "demoData" saying so, the files are named DEMO-… and carry an X-Rapor-Demo-Data header.',
  })
  demoData!: string[];
}

@ObjectType({ description: 'The result of running a saved report.' })
export class ReportRun {
  @Field(() => SavedReport, { description: 'The report that ran.' })
  report!: SavedReport;
  @Field(() => JSONScalar, { nullable: true, description: 'The raw `data` of the result.' })
  data!: unknown;
  @Field(() => [ReportRunError], { description: 'Errors of the run (empty when it succeeded).' })
  errors!: ReportRunError[];
  @Field(() => ReportTable, { description: 'The first list of the result, flattened.' })
  table!: ReportTable;
}
