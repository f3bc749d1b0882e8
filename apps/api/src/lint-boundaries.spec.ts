import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

// The domain library must stay pure: lint (and so `npm test`) fails when it imports a framework.
const root = join(__dirname, '..', '..', '..');
const lint = (file: string, code: string) =>
  spawnSync(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', file], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });

describe('module boundaries', () => {
  it.each([["import { Injectable } from '@nestjs/common';"], ["import { DataSource } from 'typeorm';"], ["import { GraphQLError } from 'graphql';"], ["import { Pool } from 'pg';"]])(
    'fails lint when libs/domain does %s',
    (code) => {
      const result = lint('libs/domain/src/probe.ts', `${code}\nexport const probe = 1;\n`);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/no frameworks or I\/O|banned|not allowed/i);
    },
  );

  it('lets the same import pass in a feature library', () => {
    const result = lint('libs/regions/src/probe.ts', "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n");
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });
});
