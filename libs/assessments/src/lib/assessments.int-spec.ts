import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { apiKeyFor, failure, operator, regionRole, reviewerOf, startServiceHarness, type ServiceHarness } from '@rapor/testing';
import { AssessmentsModule } from './assessments.module';
import { AssessmentsRepository, type NewValue } from './assessments.repository';
import { AssessmentsService } from './assessments.service';

// Two regions of Kepulauan Bangka Belitung (19) and one of Sumatera Barat (13).
const PK = '19.71';
const BT = '19.04';
const PADANG = '13.71';

const sakip = shippedDefinition('SAKIP', '2021');
const leaves = flattenNodes(sakip).filter((f) => isLeaf(f.node));
// Every leaf at `share` of its scale: the composite is share × 100.
const allLeaves = (share: number): NewValue[] =>
  leaves.map((f) => ({
    nodeCode: f.node.code,
    unitId: null,
    value: Math.round((f.scale.min + share * (f.scale.max - f.scale.min)) * 1e6) / 1e6,
    publishedCategory: null,
    evidenceUrl: 'https://example.go.id/lke.pdf',
    evidenceNote: null,
    evidenceRef: null,
  }));

describe('the flow of a period (service + row-level security)', () => {
  let h: ServiceHarness;
  let repo: AssessmentsRepository;
  let service: AssessmentsService;
  const as: ServiceHarness['as'] = (p, fn) => h.as(p, fn);
  const reviewer = reviewerOf('19');
  const editor = (r: string) => regionRole('region_editor', r);
  const admin = (r: string) => regionRole('region_admin', r);
  let periodId: string;

  beforeAll(async () => {
    h = await startServiceHarness([AssessmentsModule]);
    repo = h.app.get(AssessmentsRepository);
    service = h.app.get(AssessmentsService);
  });

  afterAll(() => h.close());

  it('lets only the province’s reviewers (and operators) open a period, once', async () => {
    const input = { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023, version: null, deadline: '2024-03-31' };
    expect((await failure(as(reviewerOf('13'), (c) => service.openPeriod(c, input)))).code).toBe('FORBIDDEN');
    expect((await failure(as(admin(PK), (c) => service.openPeriod(c, input)))).code).toBe('FORBIDDEN');
    const period = await as(reviewer, (c) => service.openPeriod(c, input));
    expect(period).toMatchObject({ state: 'open', frameworkCode: 'SAKIP', frameworkVersion: '2021', year: 2023, deadline: '2024-03-31' });
    periodId = period.id;
    expect((await failure(as(reviewer, (c) => service.openPeriod(c, input)))).code).toBe('CONFLICT');
    const [{ locked }] = await h.runner.run(reviewer, (m) => m.query(`select locked_at is not null as locked from framework_version where id = $1`, [period.frameworkVersionId]));
    expect(locked).toBe(true);
  });

  it('hides a province’s periods from another province', async () => {
    expect((await failure(as(regionRole('region_viewer', PADANG), (c) => service.period(c, periodId)))).code).toBe('NOT_FOUND');
    expect(await as(reviewerOf('13'), (c) => service.periods(c, { provinceCode: null, frameworkCode: null, year: null }))).toEqual([]);
  });

  it('saves a region’s drafts, and refuses every bad row with nothing written', async () => {
    await as(editor(PK), (c) => service.saveValues(c, { periodId, regionCode: PK, rows: allLeaves(0.75) }));
    await as(editor(BT), (c) => service.saveValues(c, { periodId, regionCode: BT, rows: allLeaves(0.85) }));
    const bad: NewValue[] = [
      { ...allLeaves(0.5)[0], value: 999 },
      { ...allLeaves(0.5)[1], nodeCode: 'NOPE' },
      { ...allLeaves(0.5)[2], nodeCode: 'PERENCANAAN' },
      allLeaves(0.5)[3],
      allLeaves(0.5)[3],
      // A bad link is reported with the other problems, not instead of them.
      { ...allLeaves(0.5)[4], evidenceUrl: 'ftp://example.go.id/lke.pdf', evidenceRef: 'x'.repeat(501) },
      { ...allLeaves(0.5)[5], unitId: 'not-a-unit' },
    ];
    const error = await failure(as(editor(PK), (c) => service.saveValues(c, { periodId, regionCode: PK, rows: bad })));
    expect(error.code).toBe('BAD_USER_INPUT');
    const rowErrors = (error.details as { rowErrors: { row: number; field: string; code: string }[] }).rowErrors;
    // Row numbers are 1-based; field paths index `rows` from 0.
    expect(rowErrors.map((e) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '1:rows.0.value:VALUE_OUT_OF_SCALE',
      '2:rows.1.nodeCode:UNKNOWN_NODE',
      '3:rows.2.nodeCode:UNKNOWN_NODE',
      '5:rows.4.nodeCode:DUPLICATE_ROW',
      '6:rows.5.evidenceUrl:INVALID_URL',
      '6:rows.5.evidenceRef:TOO_LONG',
      '7:rows.6.unitId:UNIT_NOT_ALLOWED',
      '7:rows.6.unitId:UNKNOWN_UNIT',
    ]);
    expect(error.fields).toEqual(expect.arrayContaining(['rows.0.value', 'rows.1.nodeCode', 'rows.5.evidenceUrl']));
    expect(error.message).toMatch(/row 2: "NOPE" is not an indicator \(leaf\) of SAKIP \(version 2021\)/);
    const values = await as(editor(PK), (c) => service.values(c, periodId, PK));
    expect(values).toHaveLength(leaves.length);
    expect(new Set(values.map((v) => v.value))).not.toContain(999);
  });

  it('keeps drafts private to the region, its reviewers and operators', async () => {
    expect(await as(editor(BT), (c) => service.values(c, periodId, PK))).toEqual([]);
    expect(await as(regionRole('region_viewer', PADANG), (c) => service.values(c, periodId, null))).toEqual([]);
    expect(await as(reviewerOf('13'), (c) => service.values(c, periodId, null))).toEqual([]);
    expect(await as(apiKeyFor('19'), (c) => service.values(c, periodId, null))).toEqual([]);
    expect((await as(reviewer, (c) => service.values(c, periodId, null))).length).toBe(2 * leaves.length);
  });

  it('lists every region of the province for review, the ones not started too, with names and completeness', async () => {
    // One region started but half done.
    const half = allLeaves(0.5).slice(0, Math.floor(leaves.length / 2));
    await as(editor('19.02'), (c) => service.saveValues(c, { periodId, regionCode: '19.02', rows: half }));
    const list = await as(reviewer, (c) => service.submissions(c, periodId, null));
    expect(list.map((s) => s.regionCode)).toEqual(['19.01', '19.02', '19.03', '19.04', '19.05', '19.06', '19.71']);
    const of = (code: string) => list.find((s) => s.regionCode === code)!;
    expect(of('19.01')).toMatchObject({
      regionName: 'Kabupaten Bangka',
      state: 'not_started',
      indicatorsFilled: 0,
      indicatorsTotal: leaves.length,
      completeness: 0,
      submittedAt: null,
      lastChangedAt: null,
      hasOfficialResult: false,
    });
    expect(of(PK)).toMatchObject({ regionName: 'Kota Pangkal Pinang', state: 'draft', indicatorsFilled: leaves.length, completeness: 1 });
    expect(of('19.02')).toMatchObject({ state: 'draft', indicatorsFilled: half.length, completeness: Math.round((half.length / leaves.length) * 1000) / 1000 });
    expect(of('19.02').lastChangedAt).toBeInstanceOf(Date);
    expect(await as(operator, (c) => service.submissions(c, periodId, '19.03'))).toEqual([expect.objectContaining({ regionCode: '19.03', state: 'not_started' })]);
    // A region's team sees its own region only; nobody else sees anything of the province.
    expect((await as(editor(PK), (c) => service.submissions(c, periodId, null))).map((s) => s.regionCode)).toEqual([PK]);
    expect(await as(editor(PK), (c) => service.submissions(c, periodId, BT))).toEqual([]);
    expect(await as(apiKeyFor('19'), (c) => service.submissions(c, periodId, null))).toEqual([]);
    expect(await as(reviewerOf('13'), (c) => service.submissions(c, periodId, null))).toEqual([]);
    expect(await as(regionRole('region_admin', PADANG), (c) => service.submissions(c, periodId, null))).toEqual([]);
  });

  it('names regions and indicators, with their scale, in values and provisional results', async () => {
    const [value] = await as(editor(PK), (c) => service.describedValues(c, periodId, PK));
    const leaf = leaves.find((f) => f.node.code === value.nodeCode)!;
    expect(value).toMatchObject({ regionName: 'Kota Pangkal Pinang', nodeNameId: leaf.node.names.id, nodeNameEn: leaf.node.names.en, scaleMin: leaf.scale.min, scaleMax: leaf.scale.max });
  });

  it('refuses writes into another region, by the service and by the database', async () => {
    expect((await failure(as(editor(PK), (c) => service.saveValues(c, { periodId, regionCode: BT, rows: allLeaves(0.1) })))).code).toBe('FORBIDDEN');
    const raw = await failure(
      h.runner.run(editor(PK), () => repo.upsertDrafts(periodId, '00000000-0000-0000-0000-000000000000', BT, allLeaves(0.1).slice(0, 1), null)),
    );
    expect(raw.driverError?.code).toBe('42501');
    // A reviewer cannot edit a region's draft values: the rows are not even visible to update.
    const touched = await h.runner.run(reviewer, (m) => m.query(`update assessment_value set value = 0 where period_id = $1 and state = 'draft'`, [periodId]));
    expect(touched[1]).toBe(0);
    expect((await failure(as(apiKeyFor('19', PK), (c) => service.saveValues(c, { periodId, regionCode: PK, rows: allLeaves(0.1) })))).code).toBe('FORBIDDEN');
  });

  it('locks values on submission and computes provisional results', async () => {
    expect((await failure(as(editor(PK), (c) => service.submit(c, periodId, PK)))).code).toBe('FORBIDDEN');
    const submission = await as(admin(PK), (c) => service.submit(c, periodId, PK));
    expect(submission.state).toBe('submitted');
    const again = await failure(as(editor(PK), (c) => service.saveValues(c, { periodId, regionCode: PK, rows: allLeaves(0.9).slice(0, 1) })));
    expect((again.details as { rowErrors: { code: string }[] }).rowErrors[0].code).toBe('VALUE_LOCKED');
    const [total] = await as(reviewer, (c) => service.describedRegionResults(c, periodId, PK, '*'));
    expect(total.value).toBeCloseTo(75, 6);
    expect(total).toMatchObject({ complete: true, computedCategory: 'BB', regionName: 'Kota Pangkal Pinang', nodeNameId: sakip.names.id, scaleMin: 0, scaleMax: 100 });
    expect(submission).toMatchObject({ regionName: 'Kota Pangkal Pinang', indicatorsFilled: leaves.length, indicatorsTotal: leaves.length });
    expect(await as(editor(BT), (c) => service.regionResults(c, periodId, PK, null))).toEqual([]);
  });

  it('returns a value with a comment, takes the fix and the resubmission, then verifies', async () => {
    const [first] = await as(reviewer, (c) => service.values(c, periodId, PK));
    expect((await failure(as(reviewer, (c) => service.review(c, { valueId: first.id, action: 'RETURN', value: null, reason: null, comment: ' ' })))).fields).toEqual(['comment']);
    await as(reviewer, (c) => service.review(c, { valueId: first.id, action: 'RETURN', value: null, reason: null, comment: 'Lampirkan LKE yang ditandatangani' }));
    const [returned] = await as(editor(PK), (c) => service.submissions(c, periodId, PK));
    expect(returned).toMatchObject({ state: 'returned', returnComment: 'Lampirkan LKE yang ditandatangani' });
    await as(editor(PK), (c) => service.saveValues(c, { periodId, regionCode: PK, rows: [{ ...allLeaves(0.75).find((r) => r.nodeCode === first.nodeCode)!, evidenceNote: 'signed' }] }));
    await as(admin(PK), (c) => service.submit(c, periodId, PK));
    const accepted = await as(reviewer, (c) => service.acceptSubmission(c, periodId, PK));
    expect(accepted.state).toBe('verified');
  });

  it('corrects a value with a reason and keeps the original', async () => {
    await as(admin(BT), (c) => service.submit(c, periodId, BT));
    const [v] = await as(reviewer, (c) => service.values(c, periodId, BT));
    expect((await failure(as(reviewer, (c) => service.review(c, { valueId: v.id, action: 'CORRECT', value: 1e6, reason: 'x', comment: null })))).code).toBe('VALUE_OUT_OF_SCALE');
    const corrected = await as(reviewer, (c) => service.review(c, { valueId: v.id, action: 'CORRECT', value: 0, reason: 'Dokumen tidak ditemukan', comment: null }));
    expect(corrected).toMatchObject({ state: 'verified', value: 0, originalValue: v.value, correctionReason: 'Dokumen tidak ditemukan' });
    await as(reviewer, (c) => service.acceptSubmission(c, periodId, BT));
    expect((await failure(as(reviewerOf('13'), (c) => service.acceptSubmission(c, periodId, BT)))).code).toBe('NOT_FOUND');
  });

  it('publishes only from review, with ranks, visible to the whole province and composites only to other provinces', async () => {
    expect((await failure(as(reviewer, (c) => service.publish(c, periodId)))).code).toBe('INVALID_PERIOD_STATE');
    await as(reviewer, (c) => service.closeEntry(c, periodId));
    const published = await as(reviewer, (c) => service.publish(c, periodId));
    expect(published).toMatchObject({ state: 'published', publishedRevision: 1 });
    const board = (await as(regionRole('region_viewer', PK), (c) => service.publishedResults(c, periodId, null, null))).filter((r) => r.nodeCode === '*');
    expect(board.map((r) => [r.regionCode, r.rank])).toEqual([
      [BT, 1],
      [PK, 2],
    ]);
    expect(await as(apiKeyFor('19'), (c) => service.publishedResults(c, periodId, null, PK))).not.toEqual([]);
    // Another province: the published composites (public nationally), never an area's result.
    const elsewhere = await as(apiKeyFor('13'), (c) => service.publishedResults(c, periodId, null, null));
    expect(elsewhere.map((r) => [r.regionCode, r.nodeCode, r.rank])).toEqual([
      [BT, '*', 1],
      [PK, '*', 2],
    ]);
    const raw: { node_code: string }[] = await h.runner.run(reviewerOf('13'), (m) => m.query(`select node_code from published_result`));
    expect(raw.length).toBe(2);
    expect(raw.every((r) => r.node_code === '*')).toBe(true);
  });

  it('freezes a published period until an amendment, which publishes a new revision and keeps the old', async () => {
    expect((await failure(as(editor(PK), (c) => service.saveValues(c, { periodId, regionCode: PK, rows: allLeaves(0.1) })))).code).toBe('PERIOD_ALREADY_PUBLISHED');
    const raw = await failure(h.runner.run(operator, (m) => m.query(`update assessment_value set value = 1 where period_id = $1`, [periodId])));
    expect(String(raw)).toMatch(/published/);
    expect((await failure(as(reviewer, (c) => service.amend(c, periodId, 'x')))).fields).toEqual(['reason']);
    expect((await failure(as(admin(PK), (c) => service.amend(c, periodId, 'Koreksi nilai')))).code).toBe('FORBIDDEN');
    await as(reviewer, (c) => service.amend(c, periodId, 'Koreksi nilai Pangkal Pinang setelah banding'));
    const values = await as(reviewer, (c) => service.values(c, periodId, PK));
    for (const v of values) {
      await as(reviewer, (c) => service.review(c, { valueId: v.id, action: 'CORRECT', value: Math.round((v.value ?? 0) / 0.75 * 0.95 * 1e6) / 1e6, reason: 'banding diterima', comment: null }));
    }
    const second = await as(reviewer, (c) => service.publish(c, periodId));
    expect(second.publishedRevision).toBe(2);
    const latest = await as(regionRole('region_viewer', BT), (c) => service.publishedResults(c, periodId, null, PK));
    const first = await as(regionRole('region_viewer', BT), (c) => service.publishedResults(c, periodId, 1, PK));
    const total = (rows: { nodeCode: string; value: number | null; rank: number | null }[]) => rows.find((r) => r.nodeCode === '*')!;
    expect(total(latest).value).toBeCloseTo(95, 4);
    expect(total(latest).rank).toBe(1);
    expect(total(first).value).toBeCloseTo(75, 4);
  });

  it('keeps every step in an append-only audit log, with reasons', async () => {
    const rows: { entity: string; action: string; reason: string | null; actor_role: string; request_id: string }[] = await h.runner.run(reviewer, (m) =>
      m.query(`select entity, action, reason, actor_role, request_id from audit_log where scope_region_id = $1 or entity = 'assessment_period' order by id`, [PK]),
    );
    expect(rows.map((r) => r.entity)).toEqual(expect.arrayContaining(['assessment_period', 'assessment_value', 'region_submission']));
    expect(rows.some((r) => r.reason === 'Koreksi nilai Pangkal Pinang setelah banding')).toBe(true);
    expect(rows.some((r) => r.reason === 'Lampirkan LKE yang ditandatangani' && r.actor_role === 'reviewer')).toBe(true);
    expect(await h.runner.run(editor(PK), (m) => m.query(`select count(*)::int as n from audit_log`))).toEqual([{ n: 0 }]);
    const [{ n }] = await h.runner.run(admin(PK), (m) => m.query(`select count(*)::int as n from audit_log`));
    expect(n).toBeGreaterThan(0);
    for (const sql of [`update audit_log set reason = 'x'`, `delete from audit_log`, `insert into audit_log (entity, entity_key, action) values ('x', '{}', 'insert')`]) {
      expect((await failure(h.runner.run(operator, (m) => m.query(sql)))).driverError?.code).toBe('42501');
    }
  });

  describe('official results import', () => {
    let rbPeriod: string;
    beforeAll(async () => {
      rbPeriod = (await as(reviewer, (c) => service.openPeriod(c, { provinceCode: '19', frameworkCode: 'RB', year: 2023, version: null, deadline: null }))).id;
    });
    const good = [
      { line: 2, region: '19.71', value: '59,32', category: 'B', source: null },
      { line: 3, region: 'Kabupaten Bangka Tengah', value: '67.10', category: 'BB', source: 'LHE 2023' },
    ];

    it('dry-runs with a report and writes nothing', async () => {
      const report = await as(reviewer, (c) => service.importOfficialResults(c, rbPeriod, good, { dryRun: true, source: 'KemenPAN-RB 2023' }));
      expect(report).toMatchObject({ valid: true, written: false });
      expect(report.rows.map((r) => [r.regionCode, r.value, r.publishedCategory, r.source])).toEqual([
        ['19.71', 59.32, 'B', 'KemenPAN-RB 2023'],
        ['19.04', 67.1, 'BB', 'LHE 2023'],
      ]);
      expect(await as(reviewer, (c) => service.values(c, rbPeriod, null))).toEqual([]);
    });

    it('imports as verified, idempotently', async () => {
      const first = await as(reviewer, (c) => service.importOfficialResults(c, rbPeriod, good, { dryRun: false, source: 'KemenPAN-RB 2023' }));
      expect(first).toMatchObject({ written: true, changed: 2 });
      const again = await as(reviewer, (c) => service.importOfficialResults(c, rbPeriod, good, { dryRun: false, source: 'KemenPAN-RB 2023' }));
      expect(again.changed).toBe(0);
      const values = await as(reviewer, (c) => service.values(c, rbPeriod, null));
      expect(values.map((v) => [v.regionCode, v.state, v.source])).toEqual([
        ['19.04', 'verified', 'import'],
        ['19.71', 'verified', 'import'],
      ]);
      const [total] = await as(admin(PK), (c) => service.regionResults(c, rbPeriod, PK, '*'));
      expect(total).toMatchObject({ value: 59.32, publishedCategory: 'B', source: 'official' });
    });

    it('reports every bad row and writes nothing', async () => {
      const bad = [
        { line: 2, region: '99.99', value: '50', category: null, source: 'x' },
        { line: 3, region: '13.71', value: '50', category: null, source: 'x' },
        { line: 4, region: '19.01', value: 'lima puluh', category: null, source: 'x' },
        { line: 5, region: '19.02', value: '50', category: 'Luar Biasa', source: 'x' },
        { line: 6, region: '19.03', value: '150', category: null, source: 'x' },
        { line: 7, region: '19.05', value: null, category: null, source: 'x' },
        { line: 8, region: '19.05', value: '50', category: null, source: 'x' },
        { line: 9, region: '19.06', value: '50', category: null, source: null },
      ];
      const report = await as(reviewer, (c) => service.importOfficialResults(c, rbPeriod, bad, { dryRun: false, source: null }));
      expect(report).toMatchObject({ valid: false, written: false });
      expect(report.rows.map((r) => r.errors.map((e) => e.code))).toEqual([
        ['UNKNOWN_REGION'],
        ['REGION_NOT_IN_PROVINCE'],
        ['NOT_A_NUMBER'],
        ['UNKNOWN_CATEGORY'],
        ['VALUE_OUT_OF_SCALE'],
        ['VALUE_OR_CATEGORY_REQUIRED'],
        ['DUPLICATE_ROW'],
        ['MISSING_SOURCE'],
      ]);
      expect((await as(reviewer, (c) => service.values(c, rbPeriod, null))).length).toBe(2);
    });

    it('reads published category phrases, says how, and shows the computed category and any mismatch', async () => {
      const ombudsman = (await as(reviewer, (c) => service.openPeriod(c, { provinceCode: '19', frameworkCode: 'OMBUDSMAN', year: 2023, version: null, deadline: null }))).id;
      const rows = [
        { line: 2, region: '19.71', value: '90,5', category: 'Zona Hijau - Kualitas Tertinggi', source: 'x' },
        { line: 3, region: 'KABUPATEN BANGKA BARAT', value: '80', category: 'Predikat B', source: 'x' },
        // Published A, but 70 is C on the band table: kept as published, flagged.
        { line: 4, region: 'Kabupaten Bélitung', value: '70', category: 'a (kualitas tertinggi)', source: 'x' },
        { line: 5, region: '19.01', value: '60', category: 'Zona Biru', source: 'x' },
      ];
      const report = await as(reviewer, (c) => service.importOfficialResults(c, ombudsman, rows, { dryRun: true, source: null }));
      expect(report.rows.map((r) => [r.regionCode, r.categoryText, r.publishedCategory, r.computedCategory, r.categoryMismatch])).toEqual([
        ['19.71', 'Zona Hijau - Kualitas Tertinggi', 'A', 'A', false],
        ['19.05', 'Predikat B', 'B', 'B', false],
        ['19.02', 'a (kualitas tertinggi)', 'A', 'C', true],
        ['19.01', 'Zona Biru', null, 'C', false],
      ]);
      expect(report.rows[0].categoryReading).toBe(
        '"Zona Hijau - Kualitas Tertinggi" read as A: "Zona Hijau" is a zone, not a category of this scheme (not checked); "Kualitas Tertinggi" is the label of A',
      );
      expect(report.rows[3].errors).toEqual([
        expect.objectContaining({ column: 'category', code: 'UNKNOWN_CATEGORY', message: expect.stringContaining('known: A "Kualitas Tertinggi", B "Tinggi", C "Sedang"') }),
      ]);
    });

    it('suggests the closest region names of the province for a near miss', async () => {
      const rows = [
        { line: 2, region: 'Kab. Bangka Tengh', value: '60', category: null, source: 'x' },
        { line: 3, region: 'Pangkalpinang', value: '60', category: null, source: 'x' },
        { line: 4, region: 'Kota Padang', value: '60', category: null, source: 'x' },
      ];
      const report = await as(reviewer, (c) => service.importOfficialResults(c, rbPeriod, rows, { dryRun: true, source: null }));
      expect(report.rows.map((r) => r.errors.map((e) => [e.code, e.suggestions]))).toEqual([
        [['UNKNOWN_REGION', ['Kabupaten Bangka Tengah']]],
        [['UNKNOWN_REGION', ['Kota Pangkal Pinang']]],
        [['UNKNOWN_REGION', []]],
      ]);
      expect(report.rows[0].errors[0].message).toBe('No kabupaten/kota "Kab. Bangka Tengh" in province 19; did you mean "Kabupaten Bangka Tengah"?');
    });

    it('dry-runs on a published period, writing nothing, and says a real run needs an amendment first', async () => {
      // The SAKIP period above is published.
      const rows = [{ line: 2, region: PK, value: '70,46', category: 'A', source: 'LHE' }];
      const before = await as(reviewer, (c) => service.values(c, periodId, null));
      const report = await as(reviewer, (c) => service.importOfficialResults(c, periodId, rows, { dryRun: true, source: null }));
      expect(report).toMatchObject({ valid: true, written: false, changed: 0 });
      expect(report.realRun).toEqual({ allowed: false, code: 'PERIOD_ALREADY_PUBLISHED', message: expect.stringMatching(/amend first/) });
      expect(report.rows[0]).toMatchObject({ publishedCategory: 'A', computedCategory: 'BB', categoryMismatch: true });
      expect(await as(reviewer, (c) => service.values(c, periodId, null))).toEqual(before);
      expect((await failure(as(reviewer, (c) => service.importOfficialResults(c, periodId, rows, { dryRun: false, source: null })))).code).toBe('PERIOD_ALREADY_PUBLISHED');
      const open = await as(reviewer, (c) => service.importOfficialResults(c, rbPeriod, rows, { dryRun: true, source: null }));
      expect(open.realRun).toEqual({ allowed: true, code: null, message: null });
      // Still the province's reviewers only (the published period itself is public now).
      expect((await failure(as(reviewerOf('13'), (c) => service.importOfficialResults(c, periodId, rows, { dryRun: true, source: null })))).code).toBe('FORBIDDEN');
      expect((await failure(as(admin(PK), (c) => service.importOfficialResults(c, periodId, rows, { dryRun: true, source: null })))).code).toBe('FORBIDDEN');
    });

    it('is for reviewers of the province only', async () => {
      expect((await failure(as(admin(PK), (c) => service.importOfficialResults(c, rbPeriod, good, { dryRun: true, source: 'x' })))).code).toBe('FORBIDDEN');
      expect((await failure(as(reviewerOf('13'), (c) => service.importOfficialResults(c, rbPeriod, good, { dryRun: true, source: 'x' })))).code).toBe('NOT_FOUND');
    });
  });
});
