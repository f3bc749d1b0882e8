import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { loadDemoData, provisionDemoAccounts } from '@rapor/demo';
import { startTestApp, type TestApp } from './app';
import { launchBrowser } from './browser';
import { createTestDatabase, type TestDatabase } from './database';

const ROOT = join(__dirname, '..', '..');
export const WEB_ROOT = join(ROOT, 'dist', 'apps', 'web');
export const SHOTS = join(ROOT, 'docs', 'screenshots');
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

/** What a browser spec runs against: the built web app served by the real API on a fresh database with the demo dataset, and a Chromium. */
export interface WebStack {
  db: TestDatabase;
  t: TestApp;
  browser: Browser;
  /** The API's address, e.g. http://127.0.0.1:40123. */
  base: string;
  close(): Promise<void>;
}

/** Starts a WebStack (what `npm start` serves, with its demo logins); `env` adds settings to the app's. */
export async function startWebStack(env: Record<string, string> = {}): Promise<WebStack> {
  if (!readFileSync(join(WEB_ROOT, 'index.html'), 'utf8').includes('<div id="root">')) throw new Error('build the web app first');
  mkdirSync(SHOTS, { recursive: true });
  const db = await createTestDatabase();
  let t: TestApp | undefined;
  try {
    const accounts = await provisionDemoAccounts(db.ownerUrl);
    await loadDemoData(db.apiUrl, accounts.identities);
    t = await startTestApp(db, { WEB_ROOT, API_KEY_RATE_LIMIT: '0', ...env });
    await t.app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
    const browser = await launchBrowser();
    const app = t;
    return {
      db,
      t: app,
      browser,
      base,
      async close() {
        await browser.close();
        await app.close();
        await db.drop();
      },
    };
  } catch (error) {
    await t?.close();
    await db.drop();
    throw error;
  }
}
