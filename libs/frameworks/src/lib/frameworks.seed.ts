import { withOwnerTransaction } from '@rapor/db';
import { FRAMEWORK_DEFINITIONS, type FrameworkDefinition } from '@rapor/domain';
import { INSERT_NODES, INSERT_VERSION, nodeColumns, versionColumns } from './framework-rows';

export interface FrameworkSeedResult {
  inserted: string[];
  updated: string[];
  unchanged: number;
}

/**
 * Loads the shipped framework definitions (libs/domain/src/frameworks/definitions) as the
 * schema owner. Idempotent: an unchanged version is left alone; a changed definition of a
 * version no period uses yet is replaced; a changed definition of a locked version is an
 * error (a change to a version in use must be a new version).
 */
export async function seedFrameworks(
  ownerUrl: string,
  definitions: readonly FrameworkDefinition[] = FRAMEWORK_DEFINITIONS,
): Promise<FrameworkSeedResult> {
  const result: FrameworkSeedResult = { inserted: [], updated: [], unchanged: 0 };
  await withOwnerTransaction(ownerUrl, async (client) => {
    for (const d of definitions) {
      const label = `${d.code} ${d.version}`;
      const { rows } = await client.query<{ id: string; same: boolean; locked: boolean }>(
        `select id, definition = $3::jsonb as same, locked_at is not null as locked
         from framework_version where code = $1 and version = $2`,
        [d.code, d.version, JSON.stringify(d)],
      );
      const existing = rows[0];
      if (existing?.same) {
        result.unchanged++;
        continue;
      }
      if (existing?.locked) throw new Error(`Framework ${label} is in use and its definition changed: ship it as a new version`);
      if (existing) {
        await client.query(`delete from framework_version where id = $1`, [existing.id]);
        result.updated.push(label);
      } else {
        result.inserted.push(label);
      }
      const inserted = await client.query<{ id: string }>(INSERT_VERSION, [...versionColumns(d), 'shipped', null]);
      await client.query(INSERT_NODES, [inserted.rows[0].id, ...nodeColumns(d)]);
    }
  });
  return result;
}
