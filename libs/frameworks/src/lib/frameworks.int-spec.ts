import { FRAMEWORK_DEFINITIONS, flattenNodes, shippedDefinition, type FrameworkDefinition } from '@rapor/domain';
import { failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { Client } from 'pg';
import { FrameworksModule } from './frameworks.module';
import { seedFrameworks } from './frameworks.seed';
import { FrameworksRepository } from './frameworks.repository';
import { FrameworksService } from './frameworks.service';

describe('framework storage', () => {
  let h: ServiceHarness;
  let service: FrameworksService;
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const rb2020 = shippedDefinition('RB', '2020');
  // A copy of RB 2020 as a pilot framework of its own (its schemes follow its years), as an
  // operator would add one. (RB itself is open-ended from 2023, so a new RB year overlaps.)
  const newVersion = (patch: Partial<FrameworkDefinition>): string => {
    const years = patch.years ?? { from: 2040, to: 2041 };
    return JSON.stringify({ ...rb2020, code: 'RB_PILOT', version: 'test', years, schemes: rb2020.schemes.map((s) => ({ ...s, years })), ...patch });
  };

  beforeAll(async () => {
    h = await startServiceHarness([FrameworksModule], { poolSize: 2 });
    service = h.app.get(FrameworksService);
  });

  afterAll(() => h.close());

  it('holds every shipped definition with its flattened tree', async () => {
    const rows = await as(regionRole('region_viewer', '19.71'), (ctx) => service.list(ctx, null, null));
    expect(rows.map((r) => `${r.definition.code} ${r.definition.version}`).sort()).toEqual(
      FRAMEWORK_DEFINITIONS.map((d) => `${d.code} ${d.version}`).sort(),
    );
    const [{ n }] = await h.runner.run(operator, (m) => m.query(`select count(*)::int as n from framework_node`));
    expect(n).toBe(FRAMEWORK_DEFINITIONS.reduce((sum, d) => sum + flattenNodes(d).length, 0));
  });

  it('seeds idempotently', async () => {
    const again = await seedFrameworks(h.db.ownerUrl);
    expect(again).toEqual({ inserted: [], updated: [], unchanged: FRAMEWORK_DEFINITIONS.length });
  });

  it('picks the version of a code that applies to a year', async () => {
    const rows = await as(reviewerOf('19'), (ctx) => service.list(ctx, 'OMBUDSMAN', 2023));
    expect(rows).toHaveLength(1);
    expect(rows[0].definition.years).toEqual({ from: 2022, to: 2024 });
  });

  it('refuses anonymous readers', async () => {
    const error = await failure(as({ userId: null, role: null, provinceId: null, regionId: null }, (ctx) => service.list(ctx, null, null)));
    expect(error.code).toBe('UNAUTHENTICATED');
  });

  it('lets an operator add a valid version, with its tree', async () => {
    const row = await as(operator, (ctx) => service.add(ctx, newVersion({})));
    expect(row.source).toBe('operator');
    const [{ n }] = await h.runner.run(operator, (m) =>
      m.query(`select count(*)::int as n from framework_node where framework_version_id = $1`, [row.id]),
    );
    expect(n).toBe(flattenNodes(rb2020).length);
  });

  it('reports every problem of a broken definition with its path, and writes nothing', async () => {
    const broken = JSON.parse(newVersion({ version: 'broken' }));
    broken.nodes[0].weight = -5;
    broken.scale = { ...broken.scale, min: 100, max: 0 };
    const error = await failure(as(operator, (ctx) => service.add(ctx, JSON.stringify(broken))));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual(expect.arrayContaining(['definitionJson', 'definitionJson.nodes[0].weight', 'definitionJson.scale.max']));
    const rows = await as(operator, (ctx) => service.list(ctx, 'RB_PILOT', null));
    expect(rows.map((r) => r.definition.version)).not.toContain('broken');
  });

  it('rejects text that is not JSON, a duplicate version, and overlapping years', async () => {
    expect((await failure(as(operator, (ctx) => service.add(ctx, '{ nope')))).fields).toEqual(['definitionJson']);
    expect((await failure(as(operator, (ctx) => service.add(ctx, newVersion({}))))).code).toBe('CONFLICT');
    const overlap = await failure(as(operator, (ctx) => service.add(ctx, newVersion({ version: 'overlap', years: { from: 2041, to: 2042 } }))));
    expect(overlap.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(overlap.details)).toContain('VERSION_YEARS_OVERLAP');
  });

  it('lets nobody but an operator add a version, in the service and in the database', async () => {
    for (const p of [reviewerOf('19'), regionRole('region_admin', '19.71')]) {
      expect((await failure(as(p, (ctx) => service.add(ctx, newVersion({ version: 'sneaky' }))))).code).toBe('FORBIDDEN');
      const raw = await failure(
        h.runner.run(p, (m) => h.app.get(FrameworksRepository).insert(JSON.parse(newVersion({ version: 'raw' })) as FrameworkDefinition, null).then(() => m)),
      );
      expect(raw.driverError?.code).toBe('42501');
    }
  });

  it('freezes a locked version: no change, no deletion, no reseeding a changed definition', async () => {
    const owner = new Client({ connectionString: h.db.ownerUrl });
    await owner.connect();
    try {
      await owner.query(`update framework_version set locked_at = now() where code = 'SAKIP' and version = '2021'`);
      await expect(
        owner.query(`update framework_version set definition = definition || '{"notes": []}' where code = 'SAKIP' and version = '2021'`),
      ).rejects.toThrow(/in use/);
      await expect(owner.query(`delete from framework_version where code = 'SAKIP' and version = '2021'`)).rejects.toThrow(/in use/);
      await expect(owner.query(`delete from framework_node where framework_version_id = (select id from framework_version where code = 'SAKIP' and version = '2021')`)).rejects.toThrow(/in use/);
      const changed = { ...shippedDefinition('SAKIP', '2021'), notes: ['edited'] };
      await expect(seedFrameworks(h.db.ownerUrl, [changed])).rejects.toThrow(/new version/);
    } finally {
      await owner.end();
    }
  });
});
