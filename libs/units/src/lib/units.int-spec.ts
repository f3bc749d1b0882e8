import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Principal } from '@rapor/db';
import { RequestContext } from '@rapor/platform';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { UnitType } from './models/unit.model';
import { UnitsModule } from './units.module';
import { UnitsRepository } from './units.repository';
import { UnitsService } from './units.service';

// A and B are kabupaten/kota of Kepulauan Bangka Belitung (19); C is Kota Padang in Sumatera Barat (13).
const A = '19.71';
const B = '19.04';
const C = '13.71';

describe('units', () => {
  let h: ServiceHarness;
  let service: UnitsService;
  const adminA: Principal = { ...regionRole('region_admin', A), userId: randomUUID() };
  const adminB: Principal = { ...regionRole('region_admin', B), userId: randomUUID() };
  const adminC: Principal = { ...regionRole('region_admin', C), userId: randomUUID() };
  const create = (p: Principal, name: string, extra: { regionCode?: string; type?: UnitType; parentId?: string } = {}) =>
    h.as(p, (ctx) => service.create(ctx, { regionCode: A, name, ...extra }));
  const list = (p: Principal, regionCode = A) => h.as(p, (ctx) => service.list(ctx, regionCode));

  beforeAll(async () => {
    h = await startServiceHarness([UnitsModule]);
    service = h.app.get(UnitsService);
  });

  afterAll(() => h.close());

  it('lets the region admin record OPDs and service units under them', async () => {
    const opd = await create(adminA, '  Dinas Kependudukan dan Pencatatan Sipil  ');
    expect(opd).toMatchObject({ regionCode: A, name: 'Dinas Kependudukan dan Pencatatan Sipil', type: 'opd', parentId: null });
    const counter = await create(adminA, 'Loket Pelayanan KTP', { type: UnitType.SERVICE_UNIT, parentId: opd.id });
    expect(counter).toMatchObject({ type: 'service_unit', parentId: opd.id });
    const names = (await list(adminA)).map((u) => u.name);
    expect(names).toEqual(['Dinas Kependudukan dan Pencatatan Sipil', 'Loket Pelayanan KTP']);
  });

  it('shows a region’s units to its whole team, its province’s reviewers and operators', async () => {
    await create(adminA, 'RSUD Depati Hamzah', { type: UnitType.HOSPITAL });
    const expected = (await list(adminA)).map((u) => u.id);
    for (const p of [regionRole('region_editor', A), regionRole('region_viewer', A), reviewerOf('19'), operator]) {
      expect((await list(p)).map((u) => u.id)).toEqual(expected);
    }
  });

  it('refuses reading another region’s units: another region of the province, another province, an API key, anonymous', async () => {
    await create(adminB, 'Dinas Sosial Bangka', { regionCode: B });
    for (const p of [adminB, regionRole('region_viewer', B), adminC, reviewerOf('13'), apiKeyFor('19'), apiKeyFor('19', A)]) {
      const error = await failure(list(p));
      expect(error.code).toBe('FORBIDDEN');
    }
    expect((await failure(list(ANONYMOUS))).code).toBe('UNAUTHENTICATED');
  });

  it('hides another region’s units in the database itself, whatever the service would allow', async () => {
    const repository = h.app.get(UnitsRepository);
    const visible = (p: Principal) => h.runner.run(p, () => repository.ofRegions([A]));
    expect((await visible(adminA)).length).toBeGreaterThan(0);
    for (const p of [adminB, adminC, reviewerOf('13'), apiKeyFor('19', A), ANONYMOUS]) {
      expect(await visible(p)).toEqual([]);
    }
  });

  it('lets only the region admin or an operator write, in the service and in the database', async () => {
    for (const p of [adminB, adminC, regionRole('region_editor', A), reviewerOf('19'), reviewerOf('13'), apiKeyFor('19', A)]) {
      expect((await failure(create(p, `Forged by ${p.role}`))).code).toBe('FORBIDDEN');
      const raw = await failure(h.sql(p, `insert into unit (region_id, name) values ($1, 'Forged')`, [A]));
      // 42501: refused by the insert policy; 25006: an API key's transaction is read-only.
      expect(p.role === 'api_key' ? '25006' : '42501').toBe(raw.driverError?.code);
    }
    expect(await create(operator, 'Kecamatan Bukit Intan', { type: UnitType.KECAMATAN })).toMatchObject({ regionCode: A });
  });

  it('makes another region’s unit look absent: updates and deletes through one’s own region find nothing', async () => {
    const [target] = await list(adminA);
    const update = await failure(h.as(adminB, (ctx) => service.update(ctx, { regionCode: B, id: target.id, name: 'Hijacked' })));
    expect(update).toMatchObject({ code: 'NOT_FOUND', fields: ['id'] });
    const remove = await failure(h.as(adminB, (ctx) => service.delete(ctx, B, target.id)));
    expect(remove).toMatchObject({ code: 'NOT_FOUND', fields: ['id'] });
    expect((await failure(h.as(adminB, (ctx) => service.update(ctx, { regionCode: A, id: target.id, name: 'x' })))).code).toBe(
      'FORBIDDEN',
    );
    const touched = await h.sql(
      adminB,
      `with u as (update unit set name = 'Hijacked' where region_id = $1 returning id) select count(*)::int as n from u`,
      [A],
    );
    expect(touched).toEqual([{ n: 0 }]);
    expect((await list(adminA)).map((u) => u.name)).not.toContain('Hijacked');
  });

  it('renames, retypes and moves a unit, and can make it top-level again', async () => {
    const parent = await create(adminA, 'Dinas Penanaman Modal dan PTSP');
    const unit = await create(adminA, 'Mal Pelayanan Publik');
    const moved = await h.as(adminA, (ctx) =>
      service.update(ctx, {
        regionCode: A,
        id: unit.id,
        name: 'Mal Pelayanan Publik Pangkalpinang',
        type: UnitType.SERVICE_UNIT,
        parentId: parent.id,
      }),
    );
    expect(moved).toMatchObject({ name: 'Mal Pelayanan Publik Pangkalpinang', type: 'service_unit', parentId: parent.id });
    const kept = await h.as(adminA, (ctx) => service.update(ctx, { regionCode: A, id: unit.id, name: 'MPP Pangkalpinang' }));
    expect(kept).toMatchObject({ name: 'MPP Pangkalpinang', type: 'service_unit', parentId: parent.id });
    const top = await h.as(adminA, (ctx) => service.update(ctx, { regionCode: A, id: unit.id, parentId: null }));
    expect(top.parentId).toBeNull();
  });

  it('rejects a taken name, a parent from another region, a loop and an unknown region, each on its field', async () => {
    const taken = await failure(create(adminA, 'RSUD Depati Hamzah'));
    expect(taken).toMatchObject({ code: 'CONFLICT', fields: ['name'] });
    const [foreign] = await list(adminB, B);
    expect(await failure(create(adminA, 'Orphan', { parentId: foreign.id }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: ['parentId'],
    });
    const top = await create(adminA, 'Dinas Sosial');
    const child = await create(adminA, 'UPTD Panti Sosial', { parentId: top.id });
    const grandchild = await create(adminA, 'Seksi Rehabilitasi', { parentId: child.id });
    for (const parentId of [top.id, grandchild.id]) {
      const loop = await failure(h.as(adminA, (ctx) => service.update(ctx, { regionCode: A, id: top.id, parentId })));
      expect(loop).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['parentId'] });
    }
    const renameTaken = await failure(
      h.as(adminA, (ctx) => service.update(ctx, { regionCode: A, id: child.id, name: 'Dinas Sosial' })),
    );
    expect(renameTaken).toMatchObject({ code: 'CONFLICT', fields: ['name'] });
    expect(await failure(create(operator, 'Nowhere', { regionCode: '19.99' }))).toMatchObject({
      code: 'NOT_FOUND',
      fields: ['regionCode'],
    });
  });

  it('refuses deleting a unit that still has sub-units or innovations, and deletes it once free', async () => {
    const opd = await create(adminA, 'Dinas Kesehatan');
    const puskesmas = await create(adminA, 'Puskesmas Taman Sari', { parentId: opd.id });
    const withChild = await failure(h.as(adminA, (ctx) => service.delete(ctx, A, opd.id)));
    expect(withChild).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'], details: { referencedBy: 'unit' } });
    expect(withChild.message).toMatch(/child units/);
    await h.sql(adminA, `insert into innovation (region_id, unit_id, title, year) values ($1, $2, 'Antrean daring', 2024)`, [
      A,
      puskesmas.id,
    ]);
    const withInnovation = await failure(h.as(adminA, (ctx) => service.delete(ctx, A, puskesmas.id)));
    expect(withInnovation).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['id'], details: { referencedBy: 'innovation' } });
    expect(withInnovation.message).toMatch(/innovations/);
    const free = await create(adminA, 'Satpol PP');
    expect(await h.as(adminA, (ctx) => service.delete(ctx, A, free.id))).toBe(true);
    expect((await list(adminA)).map((u) => u.id)).not.toContain(free.id);
    expect(await failure(h.as(adminA, (ctx) => service.delete(ctx, A, free.id)))).toMatchObject({
      code: 'NOT_FOUND',
      fields: ['id'],
    });
  });

  it('audits every change with who, when, before and after', async () => {
    const unit = await create(adminA, 'Bappeda');
    await h.as(adminA, (ctx) => service.update(ctx, { regionCode: A, id: unit.id, name: 'Bappelitbangda' }));
    await h.as(adminA, (ctx) => service.delete(ctx, A, unit.id));
    const rows = await h.sql<{
      action: string;
      actor_user_id: string;
      actor_role: string;
      request_id: string;
      before: { name: string } | null;
      after: { name: string } | null;
    }>(
      operator,
      `select action, actor_user_id, actor_role, request_id, before, after from audit_log where entity = 'unit' and entity_key ->> 'id' = $1 order by id`,
      [unit.id],
    );
    expect(rows.map((r) => [r.action, r.before?.name ?? null, r.after?.name ?? null])).toEqual([
      ['insert', null, 'Bappeda'],
      ['update', 'Bappeda', 'Bappelitbangda'],
      ['delete', 'Bappelitbangda', null],
    ]);
    for (const r of rows)
      expect(r).toMatchObject({
        actor_user_id: adminA.userId,
        actor_role: 'region_admin',
        request_id: expect.stringMatching(/^test-request-/),
      });
  });

  it('resolves Region.units for many regions in one batched statement, and nothing for regions the caller cannot read', async () => {
    const repository = h.app.get(UnitsRepository);
    const spy = jest.spyOn(repository, 'ofRegions');
    try {
      const ctx = new RequestContext('field-request', reviewerOf('19'));
      const [a, b, c] = await Promise.all([service.ofRegion(ctx, A), service.ofRegion(ctx, B), service.ofRegion(ctx, C)]);
      expect(a.map((u) => u.regionCode)).toEqual(expect.arrayContaining([A]));
      expect(new Set(a.map((u) => u.regionCode))).toEqual(new Set([A]));
      expect(b.map((u) => u.name)).toEqual(['Dinas Sosial Bangka']);
      expect(c).toEqual([]);
      expect(spy).toHaveBeenCalledTimes(1);
      expect(spy).toHaveBeenCalledWith([A, B]);
      const outsider = new RequestContext('field-request-2', adminB);
      expect(await service.ofRegion(outsider, A)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
  });
});
