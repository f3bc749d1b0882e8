import { flattenNodes, isLeaf, type FrameworkDefinition } from '@rapor/domain';

/** The columns of framework_version derived from a definition. */
export function versionColumns(d: FrameworkDefinition): unknown[] {
  return [
    d.code,
    d.version,
    d.names.id,
    d.names.en,
    d.status,
    d.level,
    d.valueKind,
    d.years.from,
    d.years.to,
    d.scale.min,
    d.scale.max,
    d.scale.precision,
    d.scale.higherIsBetter,
    d.publishedGradeAuthoritative,
    JSON.stringify(d),
  ];
}

/** SQL inserting a version (parameters $1..$16: the columns above, then the source). */
export const INSERT_VERSION = `
  insert into framework_version (code, version, name_id, name_en, status, level, value_kind, years_from, years_to,
    scale_min, scale_max, precision, higher_is_better, published_grade_authoritative, definition, source, created_by)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16, $17)
  returning id`;

/** SQL inserting the flattened tree of version $1 from parallel arrays. */
export const INSERT_NODES = `
  insert into framework_node (framework_version_id, code, parent_code, depth, position, name_id, name_en, weight,
    aggregation, scale_min, scale_max, precision, higher_is_better, is_leaf, status, regulation)
  select $1, * from unnest($2::text[], $3::text[], $4::int[], $5::int[], $6::text[], $7::text[], $8::numeric[],
    $9::text[], $10::numeric[], $11::numeric[], $12::int[], $13::boolean[], $14::boolean[], $15::text[], $16::text[])`;

/** The parallel arrays INSERT_NODES takes after the version id (parents come before children). */
export function nodeColumns(d: FrameworkDefinition): unknown[][] {
  const flat = flattenNodes(d);
  const col = <T>(f: (n: (typeof flat)[number], i: number) => T) => flat.map(f);
  return [
    col((n) => n.node.code),
    col((n) => n.parentCode),
    col((n) => n.depth),
    col((_, i) => i),
    col((n) => n.node.names.id),
    col((n) => n.node.names.en),
    col((n) => n.node.weight),
    col((n) => n.node.aggregation ?? null),
    col((n) => n.scale.min),
    col((n) => n.scale.max),
    col((n) => n.scale.precision),
    col((n) => n.scale.higherIsBetter),
    col((n) => isLeaf(n.node)),
    col((n) => n.node.status),
    col((n) => n.node.regulation),
  ];
}
