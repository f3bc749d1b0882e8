import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, id } from './error-messages';

const ROOT = join(__dirname, '..', '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every code the API throws (`new AppError('CODE'`, and the codes of the error type). */
function apiCodes(): Set<string> {
  const codes = new Set<string>();
  for (const file of [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps', 'api'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'([A-Z_]+)'/g)) codes.add(m[1]);
  }
  const errorType = readFileSync(join(ROOT, 'libs', 'db', 'src', 'lib', 'errors.ts'), 'utf8');
  for (const m of /type ErrorCode =([^;]+);/.exec(errorType)?.[1].matchAll(/'([A-Z_]+)'/g) ?? []) codes.add(m[1]);
  return codes;
}

describe('error messages of the web app', () => {
  const codes = [...apiCodes()].sort();

  it('finds the API codes it checks', () => {
    expect(codes).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'FORBIDDEN', 'PERIOD_NOT_OPEN', 'RATE_LIMITED']));
  });

  it.each(codes)('says what %s means in Indonesian and English', (code) => {
    const key = `err_${code}` as keyof typeof id;
    expect(id[key]).toEqual(expect.any(String));
    expect(en[key]).toEqual(expect.any(String));
    expect(id[key]).not.toBe(en[key]);
  });
});
