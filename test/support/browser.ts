import { execFileSync } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';

let executable: string | null = null;

/**
 * The Chromium shipped inside the `@sparticuz/chromium` npm package (unpacked to the temp
 * folder on first use), so the browser tests need no download. The package is ES modules
 * only, so its path is asked of a plain Node process.
 */
export function chromiumExecutable(): string {
  executable ??= execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "import c from '@sparticuz/chromium'; process.stdout.write(await c.executablePath());"],
    { encoding: 'utf8', timeout: 120000 },
  ).trim();
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
