import { flattenNodes, type FrameworkDefinition, type GradingScheme as DomainScheme } from '@rapor/domain';
import type { FrameworkVersionRow } from './frameworks.repository';
import {
  FactStatus,
  FrameworkLevel,
  ValueKind,
  type FrameworkNode,
  type FrameworkVersion,
  type GradingBand,
  type GradingScheme,
} from './models/framework.model';

function schemeModel(s: DomainScheme): GradingScheme {
  return {
    code: s.code,
    names: s.names,
    regulation: s.regulation,
    status: s.status as FactStatus,
    notes: [...s.notes],
    years: s.years,
    boundaryRule: s.boundaryRule,
    decimals: s.boundaryRule === 'lower_inclusive_rounded' ? s.decimals : null,
    bands: s.bands.map(
      (b): GradingBand => ({
        code: b.code,
        labels: b.labels,
        aliases: [...(b.aliases ?? [])],
        min: 'min' in b ? b.min : null,
        max: 'max' in b ? b.max : null,
        level: 'level' in b ? b.level : null,
        regulation: b.regulation,
        status: b.status as FactStatus,
        notes: [...(b.notes ?? [])],
      }),
    ),
  };
}

function nodeModels(d: FrameworkDefinition): FrameworkNode[] {
  return flattenNodes(d).map((f) => ({
    code: f.node.code,
    names: f.node.names,
    parentCode: f.parentCode,
    depth: f.depth,
    weight: f.node.weight,
    scale: f.scale,
    aggregation: f.node.aggregation ?? null,
    isLeaf: (f.node.children ?? []).length === 0,
    regulation: f.node.regulation,
    status: f.node.status as FactStatus,
    notes: [...(f.node.notes ?? [])],
    childCodes: (f.node.children ?? []).map((c) => c.code),
  }));
}

/** Maps a stored version to its GraphQL model (the definition holds everything). */
export function frameworkModel(row: FrameworkVersionRow): FrameworkVersion {
  const d = row.definition;
  return {
    id: row.id,
    code: d.code,
    version: d.version,
    names: d.names,
    regulations: d.regulations.map((r) => ({ ...r, status: r.status as FactStatus })),
    status: d.status as FactStatus,
    notes: [...d.notes],
    years: d.years,
    level: d.level as FrameworkLevel,
    valueKind: d.valueKind as ValueKind,
    scale: d.scale,
    publishedGradeAuthoritative: d.publishedGradeAuthoritative,
    source: row.source,
    locked: row.locked,
    nodes: nodeModels(d),
    schemes: d.schemes.map(schemeModel),
  };
}
