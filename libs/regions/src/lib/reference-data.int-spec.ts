import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@rapor/testing';
import { regionKind, seedReferenceData } from './reference-data.seed';

describe('reference data', () => {
  let db: TestDatabase;
  let api: Client;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = new Client({ connectionString: db.apiUrl });
    await api.connect();
  });

  afterAll(async () => {
    await api.end();
    await db.drop();
  });

  it('holds all 38 provinces and 514 kabupaten/kota, readable by the API role', async () => {
    const { rows } = await api.query(`select (select count(*) from province)::int as p, (select count(*) from region)::int as r,
      (select count(*) from region where kind = 'kota')::int as kota`);
    expect(rows[0]).toEqual({ p: 38, r: 514, kota: expect.any(Number) });
    expect(rows[0].kota).toBeGreaterThan(90);
    expect(rows[0].kota).toBeLessThan(100);
  });

  it.each([
    ['19.71', 'Kota Pangkal Pinang', 'kota', '19'],
    ['13.71', 'Kota Padang', 'kota', '13'],
    ['82.71', 'Kota Ternate', 'kota', '82'],
    ['64.02', 'Kabupaten Kutai Kartanegara', 'kabupaten', '64'],
    ['91.71', 'Kota Jayapura', 'kota', '91'],
  ])('knows %s as %s', async (code, name, kind, province) => {
    const { rows } = await api.query(`select name, kind, province_id from region where id = $1`, [code]);
    expect(rows).toEqual([{ name, kind, province_id: province }]);
  });

  it('names province 19 Kepulauan Bangka Belitung', async () => {
    const { rows } = await api.query(`select name from province where id = '19'`);
    expect(rows[0].name).toBe('Kepulauan Bangka Belitung');
  });

  it('is idempotent: seeding again changes nothing', async () => {
    const before = await api.query(`select max(updated_at) as t, count(*)::int as n from region`);
    await seedReferenceData(db.ownerUrl);
    const after = await api.query(`select max(updated_at) as t, count(*)::int as n from region`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });

  it('cannot be changed by the API role', async () => {
    await expect(api.query(`update region set name = 'x' where id = '19.71'`)).rejects.toMatchObject({ code: '42501' });
    await expect(api.query(`insert into province (id, name) values ('99', 'x')`)).rejects.toMatchObject({ code: '42501' });
  });

  it('tells kabupaten from kota by name and rejects anything else', () => {
    expect(regionKind('Kota Padang')).toBe('kota');
    expect(regionKind('Kabupaten Bangka')).toBe('kabupaten');
    expect(() => regionKind('Kotamadya X')).toThrow(/Kotamadya X/);
  });
});
