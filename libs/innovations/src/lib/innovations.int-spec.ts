import { randomUUID } from 'node:crypto';
import { ANONYMOUS, type Principal } from '@rapor/db';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { UnitsService } from '@rapor/units';
import type { CreateInnovationInput } from './dto/innovation.args';
import { InnovationsModule } from './innovations.module';
import { InnovationsRepository, type InnovationRow } from './innovations.repository';
import { InnovationsService } from './innovations.service';

// A and B are kabupaten/kota of Kepulauan Bangka Belitung (19); C is Kota Padang in Sumatera Barat (13).
const A = '19.71';
const B = '19.04';
const C = '13.71';

describe('innovations', () => {
  let h: ServiceHarness;
  let service: InnovationsService;
  let unitA: string;
  let unitB: string;
  const adminA: Principal = { ...regionRole('region_admin', A), userId: randomUUID() };
  const editorA: Principal = { ...regionRole('region_editor', A), userId: randomUUID() };
  const adminB: Principal = { ...regionRole('region_admin', B), userId: randomUUID() };
  const reviewer19: Principal = { ...reviewerOf('19'), userId: randomUUID() };
  const create = (p: Principal, input: Partial<CreateInnovationInput> = {}) =>
    h.as(p, (ctx) => service.create(ctx, { regionCode: A, title: 'Kartu Identitas Anak keliling', year: 2024, ...input }));
  const submit = (p: Principal, i: InnovationRow, regionCode = A) => h.as(p, (ctx) => service.submit(ctx, regionCode, i.id));
  const forward = (p: Principal, i: InnovationRow, regionCode = A) => h.as(p, (ctx) => service.forward(ctx, regionCode, i.id));
  const stage = (p: Principal, i: InnovationRow, text: string, source: string | null = null, regionCode = A) =>
    h.as(p, (ctx) => service.recordStage(ctx, { regionCode, id: i.id, stage: text, source }));
  const list = (p: Principal, regionCode = A) => h.as(p, (ctx) => service.list(ctx, regionCode, null, null));
  const forwarded = async (input: Partial<CreateInnovationInput> = {}) => {
    const draft = await create(editorA, input);
    await submit(editorA, draft);
    return forward(adminA, draft);
  };

  beforeAll(async () => {
    h = await startServiceHarness([InnovationsModule]);
    service = h.app.get(InnovationsService);
    const units = h.app.get(UnitsService);
    unitA = (await h.as(adminA, (ctx) => units.create(ctx, { regionCode: A, name: 'Disdukcapil' }))).id;
    unitB = (await h.as(adminB, (ctx) => units.create(ctx, { regionCode: B, name: 'Disdukcapil' }))).id;
  });

  afterAll(() => h.close());

  it('takes an innovation from the OPD’s draft to the KIPP stage it reached', async () => {
    const draft = await create(editorA, { unitId: unitA, description: 'Layanan KIA di sekolah' });
    expect(draft).toMatchObject({
      regionCode: A,
      unitId: unitA,
      status: 'draft',
      stage: null,
      createdBy: editorA.userId,
      submittedAt: null,
    });
    const submitted = await submit(editorA, draft);
    expect(submitted).toMatchObject({ status: 'submitted', submittedAt: expect.any(Date), forwardedAt: null });
    const sent = await forward(adminA, draft);
    expect(sent).toMatchObject({ status: 'forwarded', forwardedAt: expect.any(Date) });
    expect((await stage(reviewer19, draft, 'Top 99')).stage).toBe('TOP_99');
    expect((await stage(adminA, draft, 'top 45')).stage).toBe('TOP_45');
    expect((await stage(operator, draft, 'TOP_5_OUTSTANDING')).stage).toBe('TOP_5_OUTSTANDING');
  });

  it('edits drafts only: title, year, unit and description, null clearing the unit', async () => {
    const draft = await create(editorA, { unitId: unitA });
    const edited = await h.as(editorA, (ctx) =>
      service.update(ctx, {
        regionCode: A,
        id: draft.id,
        title: 'Si Cantik: cari KIA',
        year: 2025,
        unitId: null,
        description: 'Baru',
      }),
    );
    expect(edited).toMatchObject({ title: 'Si Cantik: cari KIA', year: 2025, unitId: null, description: 'Baru' });
    const kept = await h.as(adminA, (ctx) => service.update(ctx, { regionCode: A, id: draft.id, unitId: unitA }));
    expect(kept).toMatchObject({ title: 'Si Cantik: cari KIA', year: 2025, unitId: unitA, description: 'Baru' });
    await submit(editorA, draft);
    const late = await failure(h.as(editorA, (ctx) => service.update(ctx, { regionCode: A, id: draft.id, title: 'Terlambat' })));
    expect(late).toMatchObject({
      code: 'INVALID_INNOVATION_TRANSITION',
      fields: ['id'],
      details: { status: 'SUBMITTED', step: 'UPDATE' },
    });
  });

  it('refuses every step out of order with INVALID_INNOVATION_TRANSITION and the status it is in', async () => {
    const draft = await create(editorA);
    const cases: [() => Promise<unknown>, string, string][] = [
      [() => forward(adminA, draft), 'DRAFT', 'FORWARD'],
      [() => stage(adminA, draft, 'TOP_99'), 'DRAFT', 'RECORD_STAGE'],
    ];
    for (const [attempt, status, step] of cases) {
      expect(await failure(attempt())).toMatchObject({
        code: 'INVALID_INNOVATION_TRANSITION',
        fields: ['id'],
        details: { status, step },
      });
    }
    await submit(editorA, draft);
    expect(await failure(submit(editorA, draft))).toMatchObject({
      code: 'INVALID_INNOVATION_TRANSITION',
      details: { status: 'SUBMITTED', step: 'SUBMIT' },
    });
    expect(await failure(stage(reviewer19, draft, 'TOP_99'))).toMatchObject({
      code: 'INVALID_INNOVATION_TRANSITION',
      details: { status: 'SUBMITTED' },
    });
    await forward(adminA, draft);
    expect(await failure(forward(adminA, draft))).toMatchObject({
      code: 'INVALID_INNOVATION_TRANSITION',
      details: { status: 'FORWARDED', step: 'FORWARD' },
    });
    expect(await failure(submit(adminA, draft))).toMatchObject({
      code: 'INVALID_INNOVATION_TRANSITION',
      details: { status: 'FORWARDED', step: 'SUBMIT' },
    });
  });

  it('checks the stage against the KIPP scheme of the innovation’s year', async () => {
    const recent = await forwarded({ year: 2024 });
    const unknown = await failure(stage(adminA, recent, 'Juara Umum'));
    expect(unknown).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stage'] });
    expect(unknown.message).toMatch(/"Juara Umum"/);
    // Top 40 was the top tier in 2017–2018 only.
    expect(await failure(stage(adminA, recent, 'TOP_40'))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stage'] });
    const early = await forwarded({ year: 2018 });
    expect((await stage(adminA, early, 'Top 40')).stage).toBe('TOP_40');
    const beforeKipp = await forwarded({ year: 2015 });
    const none = await failure(stage(adminA, beforeKipp, 'TOP_99'));
    expect(none).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stage'] });
    expect(none.message).toMatch(/2015/);
  });

  it('lets only editors create and submit, the admin forward, and the admin or reviewers record stages', async () => {
    const viewer = regionRole('region_viewer', A);
    for (const p of [viewer, reviewer19, apiKeyFor('19', A)]) expect((await failure(create(p))).code).toBe('FORBIDDEN');
    const draft = await create(adminA);
    for (const p of [viewer, reviewer19]) expect((await failure(submit(p, draft))).code).toBe('FORBIDDEN');
    await submit(adminA, draft);
    for (const p of [editorA, reviewer19]) expect((await failure(forward(p, draft))).code).toBe('FORBIDDEN');
    await forward(operator, draft);
    for (const p of [editorA, viewer, reviewerOf('13')])
      expect((await failure(stage(p, draft, 'TOP_99'))).code).toBe('FORBIDDEN');
  });

  it('rejects a unit of another region and an unknown region on their fields', async () => {
    expect(await failure(create(editorA, { unitId: unitB }))).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['unitId'] });
    const draft = await create(editorA);
    const moved = await failure(h.as(editorA, (ctx) => service.update(ctx, { regionCode: A, id: draft.id, unitId: unitB })));
    expect(moved).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['unitId'] });
    expect(await failure(create(operator, { regionCode: '19.99' }))).toMatchObject({ code: 'NOT_FOUND', fields: ['regionCode'] });
  });

  it('keeps another region, another province and API keys from reading', async () => {
    const mine = (await list(adminA)).map((i) => i.id);
    expect(mine.length).toBeGreaterThan(0);
    for (const p of [regionRole('region_viewer', A), reviewer19, operator])
      expect((await list(p)).map((i) => i.id)).toEqual(mine);
    for (const p of [
      adminB,
      regionRole('region_editor', B),
      regionRole('region_admin', C),
      reviewerOf('13'),
      apiKeyFor('19'),
      apiKeyFor('19', A),
    ]) {
      expect((await failure(list(p))).code).toBe('FORBIDDEN');
      expect((await failure(h.as(p, (ctx) => service.summary(ctx, A, null)))).code).toBe('FORBIDDEN');
    }
    expect((await failure(list(ANONYMOUS))).code).toBe('UNAUTHENTICATED');
    const repository = h.app.get(InnovationsRepository);
    for (const p of [adminB, regionRole('region_admin', C), reviewerOf('13'), apiKeyFor('19', A), ANONYMOUS]) {
      expect(await h.runner.run(p, () => repository.ofRegion(A, null, null))).toEqual([]);
      expect(await h.runner.run(p, () => repository.counts(A, null))).toEqual([]);
    }
  });

  it('keeps another region from writing: its rows look absent, and the database refuses', async () => {
    const draft = await create(editorA);
    const editorB = regionRole('region_editor', B);
    expect(await failure(submit(editorB, draft, B))).toMatchObject({ code: 'NOT_FOUND', fields: ['id'] });
    expect(await failure(submit(editorB, draft))).toMatchObject({ code: 'FORBIDDEN' });
    expect(
      await failure(h.as(editorB, (ctx) => service.update(ctx, { regionCode: B, id: draft.id, title: 'Dibajak' }))),
    ).toMatchObject({ code: 'NOT_FOUND' });
    for (const p of [editorB, regionRole('region_editor', C), reviewerOf('13'), apiKeyFor('19', A)]) {
      const raw = await failure(h.sql(p, `insert into innovation (region_id, title, year) values ($1, 'Palsu', 2024)`, [A]));
      // 42501: refused by the insert policy; 25006: an API key's transaction is read-only.
      expect(p.role === 'api_key' ? '25006' : '42501').toBe(raw.driverError?.code);
    }
    for (const p of [editorB, reviewerOf('13')]) {
      const touched = await h.sql(
        p,
        `with u as (update innovation set status = 'forwarded' where region_id = $1 returning 1) select count(*)::int as n from u`,
        [A],
      );
      expect(touched).toEqual([{ n: 0 }]);
    }
    expect((await h.as(editorA, (ctx) => service.list(ctx, A, null, 'forwarded'))).map((i) => i.id)).not.toContain(draft.id);
  });

  it('filters by year and status, and counts a region’s innovations by status and stage', async () => {
    const region = '19.01';
    const admin = regionRole('region_admin', region);
    const make = (title: string, year: number) => h.as(admin, (ctx) => service.create(ctx, { regionCode: region, title, year }));
    const go = async (title: string, year: number, stages: string[]) => {
      const i = await make(title, year);
      await h.as(admin, (ctx) => service.submit(ctx, region, i.id));
      await h.as(admin, (ctx) => service.forward(ctx, region, i.id));
      for (const s of stages) await h.as(admin, (ctx) => service.recordStage(ctx, { regionCode: region, id: i.id, stage: s }));
    };
    await make('Draf satu', 2024);
    const waiting = await make('Menunggu', 2024);
    await h.as(admin, (ctx) => service.submit(ctx, region, waiting.id));
    await go('Lapor Bupati', 2024, ['TOP_99']);
    await go('Sapa Warga', 2024, ['TOP_99', 'TOP_45']);
    await go('Posyandu Digital', 2024, ['Top 99']);
    await go('Kirim Obat', 2023, []);
    await go('Lama', 2018, ['TOP_40']);

    expect((await h.as(admin, (ctx) => service.list(ctx, region, 2024, 'forwarded'))).map((i) => i.title)).toEqual([
      'Lapor Bupati',
      'Posyandu Digital',
      'Sapa Warga',
    ]);
    expect(await h.as(reviewer19, (ctx) => service.summary(ctx, region, 2024))).toEqual({
      regionCode: region,
      year: 2024,
      total: 5,
      byStatus: [
        { status: 'draft', count: 1 },
        { status: 'submitted', count: 1 },
        { status: 'forwarded', count: 3 },
      ],
      byStage: [
        { stage: 'TOP_45', label: 'Top 45', level: 6, count: 1 },
        { stage: 'TOP_99', label: 'Top 99', level: 4, count: 2 },
      ],
    });
    const all = await h.as(admin, (ctx) => service.summary(ctx, region, null));
    expect(all.total).toBe(7);
    expect(all.byStage.map((s) => [s.stage, s.count])).toEqual([
      ['TOP_40', 1],
      ['TOP_45', 1],
      ['TOP_99', 2],
    ]);
    const empty = await h.as(regionRole('region_viewer', '19.02'), (ctx) => service.summary(ctx, '19.02', null));
    expect(empty).toMatchObject({ total: 0, byStage: [], byStatus: expect.arrayContaining([{ status: 'draft', count: 0 }]) });
  });

  it('audits every step with who, before, after and why', async () => {
    const i = await create(editorA, { title: 'Jemput Bola Adminduk' });
    await submit(editorA, i);
    await forward(adminA, i);
    await stage(reviewer19, i, 'TOP_99', 'SK MenPAN-RB 2024');
    const rows = await h.sql<{
      action: string;
      actor_user_id: string;
      actor_role: string;
      reason: string | null;
      before: { status: string } | null;
      after: { status: string; stage: string | null };
    }>(
      operator,
      `select action, actor_user_id, actor_role, reason, before, after from audit_log where entity = 'innovation' and entity_key ->> 'id' = $1 order by id`,
      [i.id],
    );
    expect(
      rows.map((r) => [
        r.action,
        r.actor_user_id,
        r.actor_role,
        r.before?.status ?? null,
        r.after.status,
        r.after.stage,
        r.reason,
      ]),
    ).toEqual([
      ['insert', editorA.userId, 'region_editor', null, 'draft', null, null],
      ['update', editorA.userId, 'region_editor', 'draft', 'submitted', null, 'innovation submitted to the Bagian Organisasi'],
      [
        'update',
        adminA.userId,
        'region_admin',
        'submitted',
        'forwarded',
        null,
        'innovation forwarded to the national KIPP competition',
      ],
      [
        'update',
        reviewer19.userId,
        'reviewer',
        'forwarded',
        'forwarded',
        'TOP_99',
        'stage reached per KIPP announcement: SK MenPAN-RB 2024',
      ],
    ]);
  });
});
