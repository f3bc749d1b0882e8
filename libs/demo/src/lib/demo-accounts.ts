import { hashPassword, provisionAccount } from '@rapor/auth';
import type { Principal } from '@rapor/db';
import { DEMO_PROVINCE, DEMO_REGIONS, type DemoIdentities } from './demo-data';

/**
 * The one password Rapor ships: demo accounts only, on the embedded demo installation that
 * `npm start` creates (never with DATABASE_URL). `npm start` prints it.
 */
export const DEMO_PASSWORD = 'rapor-demo-password';

export interface DemoLogin {
  email: string;
  role: string;
  scope: string;
}

type RegionRole = 'admin' | 'editor' | 'viewer';

const ACCOUNTS: { email: string; name: string; operator?: boolean; reviewerOf?: string[]; region?: [string, RegionRole]; role: string }[] = [
  { email: 'operator@demo.rapor.id', name: 'Demo Operator', operator: true, role: 'platform operator' },
  { email: 'reviewer.jatim@demo.rapor.id', name: 'Demo Reviewer Biro Organisasi Jawa Timur', reviewerOf: [DEMO_PROVINCE], role: 'province reviewer' },
  { email: 'admin.surabaya@demo.rapor.id', name: 'Demo Admin Kota Surabaya', region: [DEMO_REGIONS.surabaya, 'admin'], role: 'region admin' },
  { email: 'editor.surabaya@demo.rapor.id', name: 'Demo Editor Kota Surabaya', region: [DEMO_REGIONS.surabaya, 'editor'], role: 'region editor' },
  { email: 'viewer.surabaya@demo.rapor.id', name: 'Demo Viewer Kota Surabaya', region: [DEMO_REGIONS.surabaya, 'viewer'], role: 'region viewer' },
  { email: 'admin.sampang@demo.rapor.id', name: 'Demo Admin Kabupaten Sampang', region: [DEMO_REGIONS.sampang, 'admin'], role: 'region admin' },
  { email: 'editor.sampang@demo.rapor.id', name: 'Demo Editor Kabupaten Sampang', region: [DEMO_REGIONS.sampang, 'editor'], role: 'region editor' },
];

/**
 * Creates (once) the demo logins for each role and returns them with the principals the demo
 * loader acts as — the demo accounts where they exist, so the audit log names them.
 */
export async function provisionDemoAccounts(ownerUrl: string): Promise<{ logins: DemoLogin[]; identities: DemoIdentities }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const a of ACCOUNTS) {
    const { id } = await provisionAccount(ownerUrl, {
      email: a.email,
      displayName: a.name,
      passwordHash,
      isOperator: a.operator,
      reviewerOf: a.reviewerOf,
      regions: a.region ? { [a.region[0]]: a.region[1] } : undefined,
    });
    ids.set(a.email, id);
  }
  const idOf = (role: RegionRole, region: string) =>
    ids.get(ACCOUNTS.find((a) => a.region?.[0] === region && a.region[1] === role)?.email ?? '') ?? null;
  const operator: Principal = { userId: ids.get('operator@demo.rapor.id') ?? null, role: 'operator', provinceId: null, regionId: null };
  return {
    logins: ACCOUNTS.map((a) => ({
      email: a.email,
      role: a.role,
      scope: a.operator ? 'operator' : a.reviewerOf ? `province:${a.reviewerOf[0]}` : `region:${a.region![0]}`,
    })),
    identities: {
      operator,
      reviewer: { userId: ids.get('reviewer.jatim@demo.rapor.id') ?? null, role: 'reviewer', provinceId: DEMO_PROVINCE, regionId: null },
      region: (role, regionId) => ({
        userId: idOf(role === 'region_admin' ? 'admin' : 'editor', regionId),
        role,
        provinceId: regionId.slice(0, 2),
        regionId,
      }),
    },
  };
}
