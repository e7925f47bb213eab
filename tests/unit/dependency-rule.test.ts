import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** The dependency rule of architecture.md, checked on every import of every source file. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

// The checkout, from this file's place: the test passes whatever folder Jest starts from.
const root = path.resolve(__dirname, '../..');

function resolvedTopFolder(file: string, specifier: string): string | null {
  if (specifier.startsWith('@shared/')) return 'shared';
  if (!specifier.startsWith('.')) return null;
  const target = path.relative(root, path.resolve(path.dirname(file), specifier));
  return target.split(path.sep)[0] ?? null;
}


describe('dependency rule', () => {
  it('client never imports server, server never imports client', () => {
    for (const [side, other] of [['client', 'server'], ['server', 'client']] as const) {
      for (const file of sourceFiles(path.join(root, side))) {
        for (const spec of importsOf(file)) {
          expect({ file, spec, top: resolvedTopFolder(file, spec) }).not.toEqual({ file, spec, top: other });
        }
      }
    }
  });

  it('shared imports neither side, nor express, socket.io, React or the database', () => {
    const forbidden = /^(express|socket\.io|socket\.io-client|react|react-dom|drizzle-orm|pg|@electric-sql\/pglite)(\/|$)/;
    for (const file of sourceFiles(path.join(root, 'shared'))) {
      for (const spec of importsOf(file)) {
        expect({ file, spec, bad: forbidden.test(spec) || ['client', 'server'].includes(resolvedTopFolder(file, spec) ?? '') }).toEqual({
          file,
          spec,
          bad: false,
        });
      }
    }
  });

  it('server domain rules and services do not import express or socket.io', () => {
    const forbidden = /^(express|socket\.io)(\/|$)/;
    for (const folder of ['server/src/domain', 'server/src/services']) {
      for (const file of sourceFiles(path.join(root, folder))) {
        for (const spec of importsOf(file)) expect({ file, spec, bad: forbidden.test(spec) }).toEqual({ file, spec, bad: false });
      }
    }
  });
});
