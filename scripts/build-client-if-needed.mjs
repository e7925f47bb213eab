#!/usr/bin/env node
// Builds the client (vite build) when dist/client is missing or older than its sources, so
// `npm start` and `npm test` always serve the client that matches the checkout.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The checkout this script belongs to, whatever folder it is run from.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Every entry of vite.config.ts: the desk and the customer chat page.
const builtEntries = ['index.html', 'chat.html'].map((file) => path.join(root, 'dist/client', file));
const sources = ['client', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json'];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const builtAt = Math.min(...builtEntries.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
const sourcesAt = Math.max(...sources.map((s) => newestMtime(path.join(root, s))));
if (builtAt >= sourcesAt) process.exit(0);

console.log(builtAt === 0 ? 'Building the client (first start)…' : 'Client sources changed: rebuilding…');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
    cwd: root,
  },
);
process.exit(result.status ?? 1);
