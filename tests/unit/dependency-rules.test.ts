import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The architecture rules themselves run as `npm run deps` (dependency-cruiser on the real tree).
 * This test proves the configuration is not vacuous: on a small tree of deliberate violations it
 * must name each broken rule, and stay quiet on the allowed imports next to them. A pattern that
 * silently matches nothing (a package resolved through a symlink, a misspelt folder) fails here.
 */
const root = path.resolve(__dirname, '../..');

const files: Record<string, string> = {
  'shared/ok.ts': `export const ok = 1;\n`,
  'shared/uses-react.ts': `import { useState } from 'react';\nexport const s = useState;\n`,
  'shared/uses-server.ts': `import { h } from '../server/src/http/h';\nexport const x = h;\n`,
  'client/src/main.tsx': `import { ok } from '@shared/ok';\nimport { A } from './features/a/A';\nimport { U } from './ui/U';\nexport const all = [ok, A, U];\n`,
  'client/src/uses-server.ts': `import { h } from '../../server/src/http/h';\nexport const x = h;\n`,
  'client/src/uses-dev-dependency.ts': `import { render } from '@testing-library/react';\nexport const x = render;\n`,
  'client/src/features/a/A.tsx': `import { b } from '../b';\nimport { inner } from '../b/inner';\nexport const A = [b, inner];\n`,
  'client/src/features/b/index.ts': `export { inner as b } from './inner';\n`,
  'client/src/features/b/inner.ts': `export const inner = 1;\n`,
  'client/src/ui/U.tsx': `import { b } from '../features/b';\nexport const U = b;\n`,
  'server/src/main.ts': `import { r } from './realtime/r';\nimport { d } from './domain/d';\nimport { s } from './services/s';\nimport { route } from './http/routes/route';\nimport { x } from './cycle/x';\nexport const all = [r, d, s, route, x];\n`,
  'server/src/uses-client.ts': `import { inner } from '../../client/src/features/b/inner';\nexport const x = inner;\n`,
  'server/src/http/h.ts': `export const h = 1;\n`,
  'server/src/realtime/r.ts': `import { h } from '../http/h';\nexport const r = h;\n`,
  'server/src/domain/d.ts': `import { sql } from 'drizzle-orm';\nexport const d = sql;\n`,
  'server/src/db/schema.ts': `export const table = 1;\n`,
  'server/src/db/store.ts': `export type Db = { kind: string };\nexport const open = () => 1;\n`,
  'server/src/db/repositories/things.repository.ts': `import { table } from '../schema';\nexport const things = table;\n`,
  'server/src/services/s.ts':
    `import { eq } from 'drizzle-orm';\nimport express from 'express';\nimport { table } from '../db/schema';\n` +
    `import type { Db } from '../db/store';\nimport { things } from '../db/repositories/things.repository';\n` +
    `export const s = (db: Db) => [eq, express, table, things, db];\n`,
  'server/src/http/routes/route.ts':
    `import type { Db } from '../../db/store';\nimport { things } from '../../db/repositories/things.repository';\n` +
    `export const route = (db: Db) => [things, db];\n`,
  'server/src/cycle/x.ts': `import { y } from './y';\nexport const x = () => y();\n`,
  'server/src/cycle/y.ts': `import { x } from './x';\nexport const y = () => x;\n`,
  'server/src/lonely.ts': `export const lonely = 1;\n`,
  'server/src/broken.ts': `import { gone } from './gone';\nexport const broken = gone;\n`,
};

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

let workDir: string;
let violations: Violation[];

beforeAll(() => {
  workDir = mkdtempSync(path.join(tmpdir(), 'deps-rules-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workDir, file)), { recursive: true });
    writeFileSync(path.join(workDir, file), text);
  }
  copyFileSync(path.join(root, 'tsconfig.json'), path.join(workDir, 'tsconfig.json'));
  copyFileSync(path.join(root, 'package.json'), path.join(workDir, 'package.json'));
  symlinkSync(path.join(root, 'node_modules'), path.join(workDir, 'node_modules'));
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
      'client',
      'server',
      'shared',
      '--config',
      path.join(root, '.dependency-cruiser.cjs'),
      '--output-type',
      'json',
    ],
    { cwd: workDir, encoding: 'utf8' },
  );
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  violations = JSON.parse(run.stdout).summary.violations;
}, 60_000);

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const broken = (rule: string) =>
  violations
    .filter((v) => v.rule.name === rule)
    .map((v) => `${v.from} -> ${v.to.replace(/^.*node_modules\/([^/]+)\/.*$/, '$1')}`)
    .sort();

describe('dependency rules (.dependency-cruiser.cjs)', () => {
  it('keeps the client, the server and shared apart', () => {
    expect(broken('client-not-to-server')).toEqual(['client/src/uses-server.ts -> server/src/http/h.ts']);
    expect(broken('server-not-to-client')).toEqual(['server/src/uses-client.ts -> client/src/features/b/inner.ts']);
    expect(broken('shared-not-to-sides')).toEqual(['shared/uses-server.ts -> server/src/http/h.ts']);
    expect(broken('shared-no-frameworks-or-store')).toEqual(['shared/uses-react.ts -> react']);
  });

  it('keeps the domain pure and the ORM and transport out of services', () => {
    expect(broken('domain-is-pure')).toEqual(['server/src/domain/d.ts -> drizzle-orm']);
    expect(broken('services-no-orm')).toEqual([
      'server/src/services/s.ts -> drizzle-orm',
      'server/src/services/s.ts -> server/src/db/schema.ts',
    ]);
    expect(broken('services-no-transport')).toEqual(['server/src/services/s.ts -> express']);
  });

  it('makes routes call services and keeps realtime off http', () => {
    // The type-only import of the Db type beside it is allowed.
    expect(broken('transport-calls-services')).toEqual([
      'server/src/http/routes/route.ts -> server/src/db/repositories/things.repository.ts',
    ]);
    expect(broken('realtime-not-to-http')).toEqual(['server/src/realtime/r.ts -> server/src/http/h.ts']);
  });

  it('makes client features talk through their doors', () => {
    expect(broken('features-through-their-doors')).toEqual([
      'client/src/features/a/A.tsx -> client/src/features/b/inner.ts',
    ]);
    expect(broken('ui-is-generic')).toEqual(['client/src/ui/U.tsx -> client/src/features/b/index.ts']);
  });

  it('keeps test-only packages out of shipped code', () => {
    expect(broken('not-to-dev-dep-from-app')).toEqual(['client/src/uses-dev-dependency.ts -> @testing-library']);
  });

  it('finds cycles, orphans and unresolvable imports, and resolves the @shared alias', () => {
    expect(broken('no-circular').length).toBeGreaterThan(0);
    expect(broken('no-circular').every((v) => v.startsWith('server/src/cycle/'))).toBe(true);
    expect(broken('no-orphans')).toEqual(['server/src/lonely.ts -> server/src/lonely.ts']);
    expect(broken('not-to-unresolvable')).toEqual(['server/src/broken.ts -> ./gone']);
  });
});
