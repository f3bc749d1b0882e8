import { withOwnerTransaction } from '@rapor/db';

export interface ReferenceRegion {
  id: string;
  provinceId: string;
  name: string;
  kind: 'kabupaten' | 'kota';
}

export interface ReferenceData {
  provinces: { id: string; name: string }[];
  regions: ReferenceRegion[];
}

/** Kind from the official name ("Kabupaten ...", "Kota ..."). */
export function regionKind(name: string): 'kabupaten' | 'kota' {
  if (name.startsWith('Kota ')) return 'kota';
  if (name.startsWith('Kabupaten ')) return 'kabupaten';
  throw new Error(`Cannot tell whether "${name}" is a kabupaten or a kota`);
}

/** The 38 provinces and 514 kabupaten/kota, from the `idn-area-data` package. */
export async function loadReferenceData(): Promise<ReferenceData> {
  // idn-area-data is an ES module; Node >= 20.19 can require() it.
  const areas = (await import('idn-area-data')) as typeof import('idn-area-data');
  const [provinces, regencies] = await Promise.all([areas.getProvinces(), areas.getRegencies({ transform: true })]);
  return {
    provinces: provinces.map((p) => ({ id: p.code, name: p.name })),
    regions: regencies.map((r) => ({ id: r.code, provinceId: r.provinceCode, name: r.name, kind: regionKind(r.name) })),
  };
}

/**
 * Upserts the reference data as the schema owner. Idempotent: a second run changes
 * nothing; a renamed region in a newer package version is updated in place.
 */
export async function seedReferenceData(ownerUrl: string): Promise<{ provinces: number; regions: number }> {
  const data = await loadReferenceData();
  await withOwnerTransaction(ownerUrl, async (client) => {
    await client.query(
      `insert into province (id, name)
       select * from unnest($1::text[], $2::text[])
       on conflict (id) do update set name = excluded.name, updated_at = now()
       where province.name is distinct from excluded.name`,
      [data.provinces.map((p) => p.id), data.provinces.map((p) => p.name)],
    );
    await client.query(
      `insert into region (id, province_id, name, kind)
       select * from unnest($1::text[], $2::text[], $3::text[], $4::text[])
       on conflict (id) do update set name = excluded.name, kind = excluded.kind, updated_at = now()
       where (region.name, region.kind) is distinct from (excluded.name, excluded.kind)`,
      [
        data.regions.map((r) => r.id),
        data.regions.map((r) => r.provinceId),
        data.regions.map((r) => r.name),
        data.regions.map((r) => r.kind),
      ],
    );
  });
  return { provinces: data.provinces.length, regions: data.regions.length };
}
