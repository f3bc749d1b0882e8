import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import type { FrameworksQuery } from '../gql/graphql';
import { request } from './client';

const FrameworksDocument = graphql(`
  query Frameworks {
    frameworks {
      code
      version
      names {
        id
        en
      }
      years {
        from
        to
      }
      scale {
        min
        max
        precision
        higherIsBetter
      }
      schemes {
        code
        years {
          from
          to
        }
        bands {
          code
          level
          labels {
            id
            en
          }
          aliases
        }
      }
      nodes {
        code
        parentCode
        depth
        isLeaf
        weight
        names {
          id
          en
        }
        scale {
          min
          max
          precision
          higherIsBetter
        }
      }
    }
  }
`);

export type FrameworkVersion = FrameworksQuery['frameworks'][number];
export type FrameworkNode = FrameworkVersion['nodes'][number];

let cache: Promise<FrameworkVersion[]> | null = null;

/** Every framework version (names, scales, bands, trees): read once per page load. */
export function loadFrameworks(): Promise<FrameworkVersion[]> {
  cache ??= request(FrameworksDocument).then((r) => r.frameworks, (e: unknown) => {
    cache = null;
    throw e;
  });
  return cache;
}

export function useFrameworks(): FrameworkVersion[] | null {
  const [list, setList] = useState<FrameworkVersion[] | null>(null);
  useEffect(() => {
    let live = true;
    loadFrameworks().then((l) => live && setList(l), () => live && setList([]));
    return () => {
      live = false;
    };
  }, []);
  return list;
}

/** The version of a framework in use for a year (or the named version). */
export function frameworkFor(list: FrameworkVersion[] | null, code: string, yearOrVersion?: number | string): FrameworkVersion | null {
  if (!list) return null;
  const versions = list.filter((f) => f.code === code);
  if (typeof yearOrVersion === 'string') return versions.find((f) => f.version === yearOrVersion) ?? versions[0] ?? null;
  if (typeof yearOrVersion === 'number') {
    const hit = versions.find((f) => (f.years.from ?? 0) <= yearOrVersion && (f.years.to === null || f.years.to === undefined || yearOrVersion <= f.years.to));
    if (hit) return hit;
  }
  return versions[versions.length - 1] ?? null;
}

/** An area's shortfall (given by the API as a share of the area's scale) in the area's points. */
export function shortfallPoints(framework: FrameworkVersion | null, areaCode: string, share: number): number {
  const area = framework?.nodes.find((n) => n.code === areaCode);
  return area ? share * (area.scale.max - area.scale.min) : share;
}

export interface BandInfo {
  code: string;
  labelId: string;
  labelEn: string;
  /** 0 for the best band, 1 for the worst. */
  position: number;
}

/** A category code (or alias) read against the framework's grading bands. */
export function bandOf(framework: FrameworkVersion | null, category: string | null | undefined): BandInfo | null {
  if (!framework || !category) return null;
  const wanted = category.trim().toUpperCase();
  for (const scheme of framework.schemes) {
    const bands = [...scheme.bands];
    const index = bands.findIndex((b) => b.code.toUpperCase() === wanted || b.aliases.some((a) => a.toUpperCase() === wanted));
    if (index >= 0) {
      const b = bands[index];
      return { code: b.code, labelId: b.labels.id, labelEn: b.labels.en, position: bands.length > 1 ? index / (bands.length - 1) : 0 };
    }
  }
  return null;
}
