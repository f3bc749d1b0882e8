import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const PACKAGE = join(__dirname, '..', '..', 'node_modules', '@sparticuz', 'chromium', 'package.json');

/**
 * The Chromium shipped inside the `@sparticuz/chromium` npm package, so the browser tests need no
 * download. The package unpacks it into the temp folder and skips that when a `chromium` file is
 * there, so two test workers unpacking at once could leave a truncated binary for every later
 * run. Here each unpacks into a folder of its own and renames it into place, which succeeds for
 * one; the others use the winner's. The package is ES modules only, so a plain Node process
 * does the unpacking.
 */
export function chromiumExecutable(): string {
  const { version } = JSON.parse(readFileSync(PACKAGE, 'utf8')) as { version: string };
  const home = join(tmpdir(), `rapor-chromium-${version}`);
  const executable = join(home, 'chromium');
  if (existsSync(executable)) return executable;
  const staging = mkdtempSync(join(tmpdir(), 'rapor-chromium-unpack-'));
  execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "import c from '@sparticuz/chromium'; await c.executablePath();"],
    { env: { ...process.env, TMPDIR: staging }, timeout: 120000 },
  );
  try {
    renameSync(staging, home);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(executable)) throw error;
  }
  return executable;
}

/** Headless Chromium with the web's usual security (no flags that weaken it) and no network chatter. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumExecutable(),
    headless: true,
    args: [
      '--no-sandbox',
      '--no-zygote',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--font-render-hinting=none',
    ],
  });
}
