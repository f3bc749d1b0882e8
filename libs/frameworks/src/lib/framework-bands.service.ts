import { Injectable } from '@nestjs/common';
import { AppError } from '@rapor/db';
import {
  definitionForYear,
  DomainError,
  normalizeCategory,
  schemeForYear,
  type CategoryBand,
  type FrameworkDefinition,
} from '@rapor/domain';
import { FrameworksService } from './frameworks.service';
import type { RequestContext } from '@rapor/platform';

/** A band of a framework's grading scheme (a category such as "B", or a stage such as "TOP_99"). */
export interface FrameworkBand {
  code: string;
  label: string;
  /** Ordinal level (higher is better) for ordinal schemes; null for numeric bands. */
  level: number | null;
}

/** Which input field each part of a band reference came from, for BAD_USER_INPUT errors. */
export interface BandFields {
  framework: string;
  year: string;
  band: string;
}

function bandOf(band: CategoryBand & { level?: number }): FrameworkBand {
  return { code: band.code, label: band.labels.id, level: band.level ?? null };
}

/** Runs a domain rule; a DomainError it throws becomes BAD_USER_INPUT on `field`, its code in `reason`. */
export function asUserInput<T>(field: string, rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof DomainError) throw new AppError('BAD_USER_INPUT', error.message, [field], { reason: error.code });
    throw error;
  }
}

/** Reads framework definitions to check references to a framework, a year and its bands. */
@Injectable()
export class FrameworkBandsService {
  constructor(private readonly frameworks: FrameworksService) {}

  /**
   * The version of framework `code` that covers evaluation `year`. BAD_USER_INPUT on the framework
   * field when no version of the code exists, on the year field when none covers the year.
   */
  async definition(ctx: RequestContext, code: string, year: number, fields: BandFields): Promise<FrameworkDefinition> {
    const definitions = (await this.frameworks.list(ctx, code, null)).map((r) => r.definition);
    if (definitions.length === 0) throw new AppError('BAD_USER_INPUT', `Unknown framework code "${code}"`, [fields.framework]);
    return asUserInput(fields.year, () => definitionForYear(definitions, code, year));
  }

  /**
   * The band `text` names in the grading scheme framework `code` uses for `year`: its code,
   * label or an alias, in any case ("b" and "B (Baik)" → "B"; "Top 99" → "TOP_99"). An unknown
   * string is BAD_USER_INPUT on the band field, naming the string and the known codes.
   */
  async band(ctx: RequestContext, code: string, year: number, text: string, fields: BandFields): Promise<FrameworkBand> {
    const definition = await this.definition(ctx, code, year, fields);
    const scheme = schemeForYear(definition, year);
    if (!scheme) {
      throw new AppError('BAD_USER_INPUT', `${code} ${definition.version} has no grading scheme for evaluation year ${year}`, [
        fields.band,
      ]);
    }
    const bandCode = asUserInput(fields.band, () => normalizeCategory(text, scheme));
    const band = scheme.bands.find((b) => b.code === bandCode);
    if (!band) throw new Error(`band ${bandCode} vanished from scheme ${scheme.code}`);
    return bandOf(band);
  }

  /** Every band code of a framework across its versions and schemes (newest wins), for labelling counts. */
  async bandIndex(ctx: RequestContext, code: string): Promise<Map<string, FrameworkBand>> {
    const index = new Map<string, FrameworkBand>();
    for (const row of await this.frameworks.list(ctx, code, null)) {
      for (const scheme of row.definition.schemes) {
        for (const b of scheme.bands) index.set(b.code, bandOf(b));
      }
    }
    return index;
  }
}
