import { flattenNodes, isLeaf, shippedDefinition } from '@rapor/domain';
import { ANONYMOUS, TenantTransactionRunner, type Principal } from '@rapor/db';
import { NotificationsWorker, verifySignature } from '@rapor/notifications';
import { bearer, createTestDatabase, login, signInAll, type FixtureUser, type TestDatabase } from '@rapor/testing';
import { startTestApp, type TestApp } from './support/app';
import { pool } from './support/database';
import { startHookServer, startSmtpServer, type ReceivedMail } from './notifications.fixtures';

// Reminders and notifications over GraphQL, with a real SMTP server receiving the mails and a
// real HTTP server receiving the webhooks. Kota Pangkal Pinang (19.71) and Bangka Tengah (19.04)
// are regions of Kepulauan Bangka Belitung (19); Padang (13.71) is in Sumatera Barat (13).
const PK = '19.71';
const sakip = shippedDefinition('SAKIP', '2021');
const leaves = flattenNodes(sakip).filter((f) => isLeaf(f.node));
const rowsAt = (share: number) => leaves.map((f) => ({ nodeCode: f.node.code, value: Math.round(f.scale.max * share * 1000) / 1000 }));
const APP_URL = 'https://rapor.example.go.id';

const OPEN = `mutation($input: OpenPeriodInput!) { openPeriod(input: $input) { id } }`;
const SAVE = `mutation($input: SaveValuesInput!) { saveValues(input: $input) { id nodeCode value } }`;
const SUBMIT = `mutation($p: ID!, $r: String!) { submitRegionValues(periodId: $p, regionCode: $r) { state } }`;
const RETURN = `mutation($p: ID!, $r: String!, $c: String!) { returnSubmission(periodId: $p, regionCode: $r, comment: $c) { state } }`;
const REVIEW = `mutation($input: ReviewValueInput!) { reviewValue(input: $input) { state value } }`;
const ACCEPT = `mutation($p: ID!, $r: String!) { acceptSubmission(periodId: $p, regionCode: $r) { state } }`;
const CLOSE = `mutation($p: ID!) { closePeriodEntry(periodId: $p) { state } }`;
const PUBLISH = `mutation($p: ID!) { publishPeriod(periodId: $p) { state } }`;
const SET_TARGET = `mutation($r: String!, $y: Int!, $c: String, $k: Int) { setTarget(regionCode: $r, frameworkCode: "SAKIP", year: $y, targetCategory: $c, targetRank: $k) { year } }`;
const LIST = `query($unreadOnly: Boolean, $limit: Int, $offset: Int) { notifications(unreadOnly: $unreadOnly, limit: $limit, offset: $offset) {
  total unreadCount hasMore items { id kind title body link data regionCode regionName periodId readAt } } }`;
const COUNT = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFS = `{ notificationPreferences { kind email inApp } }`;
const SET_PREF = `mutation($kind: NotificationKind!, $email: Boolean!) { setNotificationPreference(kind: $kind, email: $email) { kind email inApp } }`;
const REMIND = `mutation($p: ID!, $r: [String!]) { remindRegions(periodId: $p, regionCodes: $r) { regionCodes people } }`;
const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { apiKey { id } secret } }`;
const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id url enabled } } }`;
const DELIVERIES = `query($w: ID!) { webhookDeliveries(webhookId: $w) { kind state attempts lastStatus lastError } }`;

interface Item {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  regionCode: string | null;
  regionName: string | null;
  periodId: string | null;
  readAt: string | null;
  data: string;
}

describe('notifications, e-mail and webhooks', () => {
  let db: TestDatabase;
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let hook: Awaited<ReturnType<typeof startHookServer>>;
  let people: Record<string, FixtureUser>;
  let h: Record<string, Record<string, string>>;
  let periodId = '';
  let deadlinePeriodId = '';
  let webhookId = '';
  let webhookSecret = '';
  const env = () => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Rapor <rapor@bangka.go.id>', APP_URL, WEBHOOK_ALLOW_LOOPBACK: 'true' });
  const worker = (app: TestApp = t) => app.app.get(NotificationsWorker);

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The first delivery attempt is answered 500: the retry must deliver it.
    hook = await startHookServer([500]);
    db = await createTestDatabase();
    t = await startTestApp(db, env());
    const accounts = {
      reviewer: { reviewerOf: ['19'], name: 'Reviewer Babel' },
      reviewer13: { reviewerOf: ['13'] },
      adminPK: { regions: { [PK]: 'admin' as const }, name: 'Admin Pangkal Pinang' },
      editorPK: { regions: { [PK]: 'editor' as const } },
      viewerPK: { regions: { [PK]: 'viewer' as const } },
      adminBT: { regions: { '19.04': 'admin' as const } },
      viewerPadang: { regions: { '13.71': 'viewer' as const } },
    };
    ({ people, headers: h } = await signInAll(db, t, accounts));
  });

  afterAll(async () => {
    await t.close();
    await db.drop();
    await smtp.close();
    await hook.close();
  });

  const ok = async <T>(query: string, variables: Record<string, unknown>, who: string, app: TestApp = t): Promise<T> => {
    const res = await app.gql<T>(query, variables, h[who]);
    if (res.errors) throw new Error(`${who}: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  };
  const error = async (query: string, variables: Record<string, unknown>, who: string) => (await t.gql(query, variables, h[who])).errors?.[0];
  const inbox = async (who: string, unreadOnly = false) => (await ok<{ notifications: { total: number; unreadCount: number; items: Item[] } }>(LIST, { unreadOnly }, who)).notifications;
  const mailsTo = (who: string, kindWord?: string): ReceivedMail[] =>
    smtp.mails.filter((m) => m.to.includes(people[who].email.toLowerCase()) && (!kindWord || m.subject.includes(kindWord)));
  const submitPK = async (period: string, share: number) => {
    await ok(SAVE, { input: { periodId: period, regionCode: PK, rows: rowsAt(share) } }, 'editorPK');
    await ok(SUBMIT, { p: period, r: PK }, 'adminPK');
  };

  it('lets the creator of an API key register a webhook, and no one else', async () => {
    const key = await ok<{ createApiKey: { apiKey: { id: string } } }>(CREATE_KEY, { input: { name: 'Dasbor kota', regionCode: PK } }, 'adminPK');
    const apiKeyId = key.createApiKey.apiKey.id;
    // Not the key's creator: it looks absent.
    expect((await error(REGISTER, { input: { apiKeyId, url: hook.url } }, 'reviewer'))?.extensions).toMatchObject({ code: 'NOT_FOUND', fields: ['apiKeyId'] });
    for (const url of ['ftp://example.org/hook', 'http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data', 'not a url']) {
      expect((await error(REGISTER, { input: { apiKeyId, url } }, 'adminPK'))?.extensions).toMatchObject({ code: 'UNSAFE_WEBHOOK_URL', fields: ['url'] });
    }
    const reg = await ok<{ registerWebhook: { secret: string; webhook: { id: string; url: string; enabled: boolean } } }>(
      REGISTER,
      { input: { apiKeyId, url: hook.url, description: 'Uji' } },
      'adminPK',
    );
    expect(reg.registerWebhook.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(reg.registerWebhook.webhook).toMatchObject({ url: hook.url, enabled: true });
    webhookId = reg.registerWebhook.webhook.id;
    webhookSecret = reg.registerWebhook.secret;
    // The secret is never read back, and another person cannot see the webhook or its log.
    expect((await ok<{ webhooks: Record<string, unknown>[] }>(`{ webhooks { id url } }`, {}, 'adminPK')).webhooks).toEqual([{ id: webhookId, url: hook.url }]);
    expect((await ok<{ webhooks: unknown[] }>(`{ webhooks { id } }`, {}, 'reviewer')).webhooks).toEqual([]);
    expect((await error(DELIVERIES, { w: webhookId }, 'reviewer'))?.extensions.code).toBe('NOT_FOUND');
  });

  it('refuses loopback, private and link-local webhook targets in production, whatever the test flag says', async () => {
    const prod = await startTestApp(db, { ...env(), NODE_ENV: 'production', WEBHOOK_ALLOW_LOOPBACK: 'false' });
    try {
      const { accessToken } = await login(prod, people.adminPK);
      const key = await prod.gql<{ createApiKey: { apiKey: { id: string } } }>(CREATE_KEY, { input: { name: 'Produksi', regionCode: PK } }, bearer(accessToken));
      const apiKeyId = key.data!.createApiKey.apiKey.id;
      for (const url of ['https://127.0.0.1/hook', 'https://10.20.30.40/hook', 'https://169.254.169.254/latest/meta-data', 'https://[::1]/x', 'http://example.org/hook']) {
        const res = await prod.gql(REGISTER, { input: { apiKeyId, url } }, bearer(accessToken));
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNSAFE_WEBHOOK_URL', fields: ['url'] });
      }
    } finally {
      await prod.close();
    }
  });

  it('tells every team of the province that a period opened: in the app at once, by mail through the outbox', async () => {
    const input = { provinceCode: '19', frameworkCode: 'SAKIP', year: 2023 };
    periodId = (await ok<{ openPeriod: { id: string } }>(OPEN, { input }, 'reviewer')).openPeriod.id;
    const [opened] = (await inbox('adminPK')).items;
    expect(opened).toMatchObject({ kind: 'PERIOD_OPENED', regionCode: PK, regionName: 'Kota Pangkal Pinang', periodId, readAt: null, link: `/wilayah/${PK}?periode=${periodId}` });
    expect(opened.title).toMatch(/SAKIP|Akuntabilitas/);
    expect(opened.title).toContain('2023 dibuka');
    expect((await inbox('adminBT')).items.map((i) => [i.kind, i.regionCode])).toEqual([['PERIOD_OPENED', '19.04']]);
    expect((await inbox('viewerPadang')).total).toBe(0);
    expect((await ok<{ unreadNotificationCount: number }>(COUNT, {}, 'viewerPK')).unreadNotificationCount).toBe(1);
    // Nothing is mailed inside the request: the worker sends from the outbox.
    expect(smtp.mails).toEqual([]);
    const pass = await worker().runOnce();
    expect(pass).toMatchObject({ mailsSent: 4, mailsFailed: 0 });
    expect(smtp.mails.flatMap((m) => m.to).sort()).toEqual([people.adminPK, people.editorPK, people.viewerPK, people.adminBT].map((p) => p.email.toLowerCase()).sort());
    const [mail] = mailsTo('adminPK');
    expect(mail.from).toBe('rapor@bangka.go.id');
    expect(mail.subject).toMatch(/^\[Rapor\] .*2023 dibuka$/);
    expect(mail.text).toContain('Yth. Admin Pangkal Pinang');
    expect(mail.text).toContain(`${APP_URL}/wilayah/${PK}?periode=${periodId}`);
    expect(mail.html).toContain(`<a href="${APP_URL}/wilayah/${PK}?periode=${periodId}">`);
    // A second pass finds nothing left to send.
    expect(await worker().runOnce()).toMatchObject({ mailsSent: 0 });
    expect(smtp.mails).toHaveLength(4);
  });

  it('delivers signed webhooks, retrying after a 500, with a delivery log', async () => {
    const now = new Date();
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0].status).toBe(500);
    let log = (await ok<{ webhookDeliveries: Record<string, unknown>[] }>(DELIVERIES, { w: webhookId }, 'adminPK')).webhookDeliveries;
    expect(log).toEqual([{ kind: 'PERIOD_OPENED', state: 'PENDING', attempts: 1, lastStatus: 500, lastError: 'HTTP 500' }]);
    // Not due yet: the backoff is 30 seconds.
    expect(await worker().runOnce(new Date(now.getTime() + 5_000))).toMatchObject({ webhooksDelivered: 0, webhooksFailed: 0 });
    expect(await worker().runOnce(new Date(now.getTime() + 60_000))).toMatchObject({ webhooksDelivered: 1 });
    log = (await ok<{ webhookDeliveries: Record<string, unknown>[] }>(DELIVERIES, { w: webhookId }, 'adminPK')).webhookDeliveries;
    expect(log).toEqual([{ kind: 'PERIOD_OPENED', state: 'DELIVERED', attempts: 2, lastStatus: 200, lastError: null }]);
    const [first, second] = hook.received;
    expect(second.body).toBe(first.body);
    const body = JSON.parse(second.body);
    expect(body).toMatchObject({ kind: 'PERIOD_OPENED', provinceCode: '19', regionCode: PK, periodId, data: { year: 2023, frameworkCode: 'SAKIP' } });
    expect(second.headers['x-rapor-event']).toBe('PERIOD_OPENED');
    const header = second.headers['x-rapor-signature'] as string;
    const nowSeconds = Math.floor(now.getTime() / 1000) + 60;
    expect(verifySignature(webhookSecret, second.body, header, nowSeconds)).toBe(true);
    // A changed body, another secret or an old signature do not verify.
    expect(verifySignature(webhookSecret, second.body.replace('19.71', '19.04'), header, nowSeconds)).toBe(false);
    expect(verifySignature('whsec_other', second.body, header, nowSeconds)).toBe(false);
    expect(verifySignature(webhookSecret, second.body, header, nowSeconds + 3600)).toBe(false);
  });

  it('calls a webhook with no database connection held, and no other worker takes the leased delivery meanwhile', async () => {
    const slow = await startHookServer([], 2000);
    const owner = pool(db.ownerUrl, 1);
    try {
      const key = await ok<{ createApiKey: { apiKey: { id: string } } }>(CREATE_KEY, { input: { name: 'Sistem lambat', regionCode: PK } }, 'adminPK');
      const reg = await ok<{ registerWebhook: { webhook: { id: string } } }>(REGISTER, { input: { apiKeyId: key.createApiKey.apiKey.id, url: slow.url } }, 'adminPK');
      const slowId = reg.registerWebhook.webhook.id;
      // The period-opened event again, now also due to the slow receiver.
      await owner.query(
        `insert into webhook_delivery (webhook_id, owner_id, event_id, kind, body) select $1, owner_id, event_id, kind, body from webhook_delivery where webhook_id = $2`,
        [slowId, webhookId],
      );
      const pass = worker().runOnce();
      while (slow.inFlight() === 0) await new Promise((r) => setTimeout(r, 20));
      // The receiver holds the request: no transaction of this database waits for it...
      const waiting = await owner.query(`select count(*)::int as n from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`);
      expect(waiting.rows).toEqual([{ n: 0 }]);
      // ...and another worker finds nothing due: the delivery is leased.
      const runner = t.app.get(TenantTransactionRunner);
      expect(await runner.run(ANONYMOUS, (m) => m.query(`select id from webhook_lease(now(), 10, 60)`))).toEqual([]);
      expect(await pass).toMatchObject({ webhooksDelivered: 1, webhooksFailed: 0 });
      expect(slow.received.map((r) => r.headers['x-rapor-event'])).toEqual(['PERIOD_OPENED']);
      const log = (await ok<{ webhookDeliveries: Record<string, unknown>[] }>(DELIVERIES, { w: slowId }, 'adminPK')).webhookDeliveries;
      expect(log).toEqual([{ kind: 'PERIOD_OPENED', state: 'DELIVERED', attempts: 1, lastStatus: 200, lastError: null }]);
      await ok(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: slowId }, 'adminPK');
    } finally {
      await owner.end();
      await slow.close();
    }
  });

  it('mails a returned submission with the comment, except to whoever turned that kind off, who still sees it in the app', async () => {
    expect((await ok<{ notificationPreferences: { kind: string; email: boolean }[] }>(PREFS, {}, 'editorPK')).notificationPreferences).toHaveLength(8);
    expect(await ok(SET_PREF, { kind: 'SUBMISSION_RETURNED', email: false }, 'editorPK')).toEqual({
      setNotificationPreference: { kind: 'SUBMISSION_RETURNED', email: false, inApp: true },
    });
    const prefs = (await ok<{ notificationPreferences: { kind: string; email: boolean }[] }>(PREFS, {}, 'editorPK')).notificationPreferences;
    expect(prefs.filter((p) => !p.email).map((p) => p.kind)).toEqual(['SUBMISSION_RETURNED']);
    // Another person's preferences are their own.
    expect((await ok<{ notificationPreferences: { email: boolean }[] }>(PREFS, {}, 'adminPK')).notificationPreferences.every((p) => p.email)).toBe(true);

    await submitPK(periodId, 0.6);
    await ok(RETURN, { p: periodId, r: PK, c: 'Lampirkan bukti LKE yang ditandatangani' }, 'reviewer');
    await worker().runOnce();
    for (const who of ['adminPK', 'viewerPK']) {
      const [mail] = mailsTo(who, 'dikembalikan');
      expect(mail.text).toContain('“Lampirkan bukti LKE yang ditandatangani”');
    }
    expect(mailsTo('editorPK', 'dikembalikan')).toEqual([]);
    const [returned] = (await inbox('editorPK')).items;
    expect(returned).toMatchObject({ kind: 'SUBMISSION_RETURNED' });
    expect(returned.body).toContain('Lampirkan bukti LKE yang ditandatangani');
    // Another region's team hears nothing of it.
    expect((await inbox('adminBT')).items.map((i) => i.kind)).toEqual(['PERIOD_OPENED']);
  });

  it('tells the team what a reviewer corrected: original, new value and reason', async () => {
    await ok(SUBMIT, { p: periodId, r: PK }, 'adminPK');
    const values = (await ok<{ assessmentValues: { id: string; nodeCode: string }[] }>(
      `query($p: ID!, $r: String) { assessmentValues(periodId: $p, regionCode: $r) { id nodeCode } }`,
      { p: periodId, r: PK },
      'reviewer',
    )).assessmentValues;
    const leaf = leaves.find((f) => f.node.code === values[0].nodeCode)!;
    const original = Math.round(leaf.scale.max * 0.6 * 1000) / 1000;
    const corrected = Math.round(leaf.scale.max * 0.5 * 1000) / 1000;
    await ok(REVIEW, { input: { valueId: values[0].id, action: 'CORRECT', value: corrected, reason: 'Bukti tidak mendukung' } }, 'reviewer');
    const [item] = (await inbox('adminPK')).items;
    expect(item.kind).toBe('VALUE_CORRECTED');
    expect(item.title).toContain(leaf.node.names.id);
    const idNumber = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 3 });
    expect(item.body).toContain(`dari ${idNumber(original)} menjadi ${idNumber(corrected)}`);
    expect(item.body).toContain('Alasan: Bukti tidak mendukung');
    expect(JSON.parse(item.data)).toMatchObject({ nodeCode: leaf.node.code, original, value: corrected, reason: 'Bukti tidak mendukung', year: 2023 });
    await worker().runOnce();
    expect(mailsTo('editorPK', 'dikoreksi')).toHaveLength(1);
  });

  it('keeps my notifications mine: another region or province cannot read or mark them, in the API and in the database', async () => {
    const mine = await inbox('adminPK');
    expect(mine.unreadCount).toBeGreaterThan(2);
    const ids = mine.items.map((i) => i.id);
    for (const who of ['adminBT', 'viewerPadang', 'reviewer13', 'reviewer']) {
      expect((await inbox(who)).items.filter((i) => ids.includes(i.id))).toEqual([]);
      expect(await ok(MARK, { ids }, who)).toEqual({ markNotificationsRead: 0 });
    }
    expect((await inbox('adminPK')).unreadCount).toBe(mine.unreadCount);
    // Underneath, row-level security and grants say the same.
    const runner = t.app.get(TenantTransactionRunner);
    const sql = (p: Principal, text: string, params: unknown[] = []) => runner.run(p, (m) => m.query(text, params));
    const other: Principal = { userId: people.viewerPadang.id, role: 'region_viewer', provinceId: '13', regionId: '13.71' };
    const neighbour: Principal = { userId: people.adminBT.id, role: 'region_admin', provinceId: '19', regionId: '19.04' };
    for (const p of [other, neighbour]) {
      expect(await sql(p, `select count(*)::int as n from notification where id = any($1::uuid[])`, [ids])).toEqual([{ n: 0 }]);
      expect(await sql(p, `with u as (update notification set read_at = now() where id = any($1::uuid[]) returning 1) select count(*)::int as n from u`, [ids])).toEqual([{ n: 0 }]);
      await expect(sql(p, `insert into notification (user_id, event_id, kind) select user_id, event_id, kind from notification limit 1`)).rejects.toMatchObject({ driverError: { code: '42501' } });
      await expect(sql(p, `select count(*) from mail_outbox`)).rejects.toMatchObject({ driverError: { code: '42501' } });
      await expect(sql(p, `select count(*) from notification_event`)).rejects.toMatchObject({ driverError: { code: '42501' } });
      await expect(sql(p, `select secret from webhook`)).rejects.toMatchObject({ driverError: { code: '42501' } });
    }
    // Raising events about a region one cannot speak for is refused in the database.
    await expect(sql(other, `select notify_event('reminder', '19.71', null, '{}'::jsonb, false)`)).rejects.toMatchObject({ driverError: { code: '42501' } });
    await expect(sql(neighbour, `select notify_event('reminder', '19.71', null, '{}'::jsonb, false)`)).rejects.toMatchObject({ driverError: { code: '42501' } });
    // Marking one's own: one id, then all.
    expect(await ok(MARK, { ids: [ids[0]] }, 'adminPK')).toEqual({ markNotificationsRead: 1 });
    expect((await inbox('adminPK', true)).items.map((i) => i.id)).not.toContain(ids[0]);
    expect(await ok(MARK, {}, 'adminPK')).toEqual({ markNotificationsRead: mine.unreadCount - 1 });
    expect((await ok<{ unreadNotificationCount: number }>(COUNT, {}, 'adminPK')).unreadNotificationCount).toBe(0);
    // API keys and anonymous callers have no notifications.
    expect((await t.gql(COUNT, {})).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('tells each team its published rank and category, and the team and reviewers when it fell below its target', async () => {
    await ok(SET_TARGET, { r: PK, y: 2023, c: 'AA', k: 1 }, 'adminPK');
    await ok(ACCEPT, { p: periodId, r: PK }, 'reviewer');
    await ok(CLOSE, { p: periodId }, 'reviewer');
    await ok(PUBLISH, { p: periodId }, 'reviewer');
    const items = (await inbox('adminPK', true)).items;
    expect(items.map((i) => i.kind).sort()).toEqual(['BELOW_TARGET', 'PERIOD_PUBLISHED']);
    const published = items.find((i) => i.kind === 'PERIOD_PUBLISHED')!;
    expect(published.body).toMatch(/Kota Pangkal Pinang peringkat 1 dari 1, nilai [\d,]+, kategori [A-D]+/);
    expect(JSON.parse(published.data)).toMatchObject({ rank: 1, rankedCount: 1, previousYear: null, rankChange: null, frameworkCode: 'SAKIP', year: 2023 });
    const below = items.find((i) => i.kind === 'BELOW_TARGET')!;
    expect(below.body).toContain('Target: kategori AA, peringkat 1 teratas');
    expect((await inbox('reviewer', true)).items.map((i) => i.kind)).toEqual(['BELOW_TARGET']);
    // Bangka Tengah had no result: nothing published to tell it.
    expect((await inbox('adminBT')).items.map((i) => i.kind)).toEqual(['PERIOD_OPENED']);
    await worker().runOnce();
    expect(mailsTo('reviewer', 'di bawah target')).toHaveLength(1);
    expect(mailsTo('viewerPK', 'diterbitkan')).toHaveLength(1);
  });

  it('reminds of a deadline 7 days and 1 day ahead while a region has not submitted, once each, on an injected clock', async () => {
    const input = { provinceCode: '19', frameworkCode: 'SAKIP', year: 2024, deadline: '2030-03-31' };
    deadlinePeriodId = (await ok<{ openPeriod: { id: string } }>(OPEN, { input }, 'reviewer')).openPeriod.id;
    const at = (iso: string) => new Date(`${iso}T03:00:00Z`); // 10:00 in Jakarta
    const deadlineKinds = async (who: string) => (await inbox(who)).items.filter((i) => i.kind.startsWith('DEADLINE')).map((i) => i.kind);
    expect((await worker().runOnce(at('2030-03-23'))).deadlineReminders).toBe(0);
    // Seven regions of province 19; four people in two of them have memberships.
    expect((await worker().runOnce(at('2030-03-24'))).deadlineReminders).toBe(4);
    // The same day again, or another replica: nothing more.
    expect((await worker().runOnce(at('2030-03-24'))).deadlineReminders).toBe(0);
    expect((await worker().runOnce(at('2030-03-27'))).deadlineReminders).toBe(0);
    expect(await deadlineKinds('adminPK')).toEqual(['DEADLINE_7']);
    const [seven] = (await inbox('adminBT')).items;
    expect(seven.title).toContain('7 hari lagi');
    expect(seven.body).toContain('31 Maret 2030');
    // Pangkal Pinang submits; only Bangka Tengah hears of the last day.
    await submitPK(deadlinePeriodId, 0.7);
    expect((await worker().runOnce(at('2030-03-30'))).deadlineReminders).toBe(1);
    expect(await deadlineKinds('adminPK')).toEqual(['DEADLINE_7']);
    expect(await deadlineKinds('adminBT')).toEqual(['DEADLINE_1', 'DEADLINE_7']);
    expect(mailsTo('adminBT', 'Batas waktu')).toHaveLength(2);
    // After the deadline nothing more.
    expect((await worker().runOnce(at('2030-04-01'))).deadlineReminders).toBe(0);
  });

  it('lets a reviewer remind the regions that have not submitted, rate-limited per period', async () => {
    expect((await error(REMIND, { p: deadlinePeriodId }, 'adminPK'))?.extensions.code).toBe('FORBIDDEN');
    expect((await error(REMIND, { p: deadlinePeriodId }, 'reviewer13'))?.extensions.code).toBe('NOT_FOUND');
    expect((await error(REMIND, { p: deadlinePeriodId, r: ['13.71'] }, 'reviewer'))?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['regionCodes'] });
    const reminded = await ok<{ remindRegions: { regionCodes: string[]; people: number } }>(REMIND, { p: deadlinePeriodId }, 'reviewer');
    // Every region of 19 but Pangkal Pinang, which submitted; one person (Bangka Tengah's admin) is a member.
    expect(reminded.remindRegions.regionCodes).toHaveLength(6);
    expect(reminded.remindRegions.regionCodes).not.toContain(PK);
    expect(reminded.remindRegions.people).toBe(1);
    const again = await error(REMIND, { p: deadlinePeriodId, r: ['19.04'] }, 'reviewer');
    expect(again?.extensions).toMatchObject({ code: 'RATE_LIMITED', fields: ['periodId'] });
    expect(again?.extensions.retryAfter).toBeGreaterThan(3500);
    expect((await inbox('adminBT')).items[0].kind).toBe('REMINDER');
  });

  it('mails an event committed just before the process stopped exactly once, after a restart, even with two workers', async () => {
    await worker().runOnce();
    const before = smtp.mails.length;
    // The event commits in one application, which stops before its worker runs.
    const first = await startTestApp(db, env());
    await ok(RETURN, { p: deadlinePeriodId, r: PK, c: 'Periksa kembali indikator 2' }, 'reviewer', first);
    await first.close();
    expect(smtp.mails).toHaveLength(before);
    // Two fresh processes on the same database drain the outbox at the same moment.
    const [a, b] = [await startTestApp(db, env()), await startTestApp(db, env())];
    try {
      const passes = await Promise.all([worker(a).runOnce(), worker(b).runOnce()]);
      // Pangkal Pinang's admin and viewer; its editor turned returned submissions off.
      expect(passes.reduce((n, p) => n + p.mailsSent, 0)).toBe(2);
      expect((await Promise.all([worker(a).runOnce(), worker(b).runOnce()])).every((p) => p.mailsSent === 0)).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
    const returned = smtp.mails.slice(before).filter((m) => m.text.includes('Periksa kembali indikator 2'));
    expect(returned.flatMap((m) => m.to).sort()).toEqual([people.adminPK.email, people.viewerPK.email].map((e) => e.toLowerCase()).sort());
    expect(new Set(returned.map((m) => m.messageId)).size).toBe(returned.length);
  });
});
