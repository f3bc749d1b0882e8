/// <reference lib="dom" />
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@rapor/demo';
import { startTestApp, type TestApp } from './app';
import { launchBrowser } from './browser';
import { createTestDatabase, type TestDatabase } from './database';

const ROOT = join(__dirname, '..', '..');
export const WEB_ROOT = join(ROOT, 'dist', 'apps', 'web');
export const SHOTS = join(ROOT, 'docs', 'screenshots');
export const DESKTOP = { width: 1280, height: 860 };
export const PHONE = { width: 390, height: 844 };

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';

type Variables = Record<string, unknown>;
/** A GraphQL answer as the API sends it. */
export type GqlAnswer<T> = Awaited<ReturnType<TestApp['gql']>> & { data: T | null };

/** What a browser spec runs against: the built web app served by the real API on a fresh database with the demo dataset, and a Chromium. */
export interface WebStack {
  db: TestDatabase;
  t: TestApp;
  browser: Browser;
  /** The API's address, e.g. http://127.0.0.1:40123. */
  base: string;
  /** Passwords of the logins that are not demo ones (fixture accounts, changed passwords), by email. */
  passwords: Map<string, string>;
  /** The GraphQL answer as it comes, for the bearer of `token` (anonymous without one). */
  gql<T>(query: string, variables?: Variables, token?: string): Promise<GqlAnswer<T>>;
  /** The data of a GraphQL answer for the bearer of `token`; throws with the errors if there are any. */
  api<T>(query: string, variables?: Variables, token?: string): Promise<T>;
  /** A fresh access token of `email` (a demo login unless `password` or `passwords` says otherwise); throws when refused. */
  tokenOf(email: string, password?: string): Promise<string>;
  /** The GraphQL answer as `email`, signed in on first use and remembered. */
  gqlAs<T>(email: string, query: string, variables?: Variables): Promise<GqlAnswer<T>>;
  /** The data of a GraphQL answer as `email`; throws with the errors if there are any. */
  apiAs<T>(email: string, query: string, variables?: Variables): Promise<T>;
  /** A page in a context of its own (Indonesian locale, downloads accepted) at `viewport`. */
  newPage(viewport?: { width: number; height: number }, options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>;
  /** Fills and sends the sign-in form on `page`; waits for nothing (a refusal is for the caller to see). */
  signIn(page: Page, email: string, password?: string): Promise<void>;
  /** A new page signed in as `email`, waited on until the app has left the sign-in page. */
  signedIn(email: string, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

function isRefused<T>(res: GqlAnswer<T>): res is GqlAnswer<T> & { errors: NonNullable<GqlAnswer<T>['errors']> } {
  return Boolean(res.errors);
}

/** The spec helpers bound to one running stack. */
function helpers(t: TestApp, browser: Browser, base: string): Omit<WebStack, 'db' | 't' | 'browser' | 'base' | 'close'> {
  const passwords = new Map<string, string>();
  const tokens = new Map<string, string>();
  const passwordOf = (email: string) => passwords.get(email) ?? DEMO_PASSWORD;
  const gql = <T>(query: string, variables: Variables = {}, token?: string) =>
    t.gql<T>(query, variables, token ? { authorization: `Bearer ${token}` } : {}) as Promise<GqlAnswer<T>>;
  const api = async <T>(query: string, variables: Variables = {}, token?: string): Promise<T> => {
    const res = await gql<T>(query, variables, token);
    if (isRefused(res)) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const tokenOf = async (email: string, password = passwordOf(email)) =>
    (await api<{ login: { accessToken: string } }>(LOGIN, { e: email, p: password })).login.accessToken;
  const gqlAs = async <T>(email: string, query: string, variables: Variables = {}) => {
    if (!tokens.has(email)) tokens.set(email, await tokenOf(email));
    return gql<T>(query, variables, tokens.get(email));
  };
  const newPage = async (viewport = DESKTOP, options: BrowserContextOptions = {}) => {
    const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'id-ID', ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    return { context, page };
  };
  const signIn = async (page: Page, email: string, password = passwordOf(email)) => {
    await page.goto(`${base}/`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
  };
  return {
    passwords,
    gql,
    api,
    tokenOf,
    gqlAs,
    async apiAs<T>(email: string, query: string, variables: Variables = {}) {
      const res = await gqlAs<T>(email, query, variables);
      if (isRefused(res)) throw new Error(JSON.stringify(res.errors));
      return res.data as T;
    },
    newPage,
    signIn,
    async signedIn(email, viewport = DESKTOP) {
      const opened = await newPage(viewport);
      await signIn(opened.page, email);
      await leftSignIn(opened.page);
      return opened;
    },
  };
}

/** Starts a WebStack (what `npm start` serves, with its demo logins); `env` adds settings to the app's. */
export async function startWebStack(env: Record<string, string> = {}): Promise<WebStack> {
  if (!readFileSync(join(WEB_ROOT, 'index.html'), 'utf8').includes('<div id="root">')) throw new Error('build the web app first');
  mkdirSync(SHOTS, { recursive: true });
  const db = await createTestDatabase({ demo: true });
  let t: TestApp | undefined;
  try {
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
      ...helpers(app, browser, base),
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

/** Waits until a sign-in went through: the app shows who is signed in and has moved on to their home page. */
export async function leftSignIn(page: Page): Promise<void> {
  await page.getByTestId('sign-out').waitFor();
  await page.waitForURL((url) => url.pathname !== '/' && url.pathname !== '/masuk');
}

/**
 * Takes the screenshots of one spec, named `<prefix>-<name>.png` in docs/screenshots, once
 * the fonts are in and the page has settled: the whole page, or what the screen shows
 * (`fullPage: false`), or one part of it (`of`).
 */
export function screenshots(prefix: string): (page: Page, name: string, options?: { fullPage?: boolean; of?: Locator }) => Promise<void> {
  return async (page, name, { fullPage = true, of } = {}) => {
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.waitForTimeout(150);
    const path = join(SHOTS, `${prefix ? `${prefix}-` : ''}${name}.png`);
    await (of ? of.screenshot({ path }) : page.screenshot({ path, fullPage }));
  };
}

/** How far the page is wider than the screen, in pixels (0 or less: no sideways scrolling of the page itself). */
export function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The page is no wider than the screen. */
export async function expectNoOverflow(page: Page): Promise<void> {
  expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
}
