#!/usr/bin/env node
// `npm test`: the static checks (TypeScript, Biome lint and format, the dependency rules) run beside
// the client build and Jest instead of before them, so the type check's single core is not wall
// time added to the suite. Jest's output streams as it comes; each check's output is printed when
// it ends. Any failure fails the whole run. Arguments go to Jest (`npm test -- tests/unit`).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

const checks = [
  { name: 'typecheck (tsc)', command: bin('tsc'), args: ['--noEmit', '-p', root] },
  { name: 'lint and format (biome ci)', command: bin('biome'), args: ['ci', root, '--colors=off'] },
  {
    name: 'dependency rules (depcruise)',
    command: bin('depcruise'),
    args: ['client', 'server', 'shared', 'scripts', 'tests', '--config', '.dependency-cruiser.cjs'],
  },
];

function run(command, args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    if (capture) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const checkRuns = checks.map(async (check) => {
  const result = await run(check.command, check.args, { capture: true });
  const verdict = result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`;
  process.stdout.write(`\n== ${check.name}: ${verdict}\n${result.code === 0 ? '' : result.output}`);
  return result.code === 0;
});

const suite = (async () => {
  const build = await run(process.execPath, [path.join(root, 'scripts/build-client-if-needed.mjs')], {
    capture: false,
  });
  if (build.code !== 0) return false;
  const jest = await run(process.execPath, [bin('jest'), ...process.argv.slice(2)], { capture: false });
  return jest.code === 0;
})();

const [suitePassed, ...checksPassed] = await Promise.all([suite, ...checkRuns]);
const failed = [...checks.filter((_, i) => !checksPassed[i]).map((c) => c.name), ...(suitePassed ? [] : ['tests'])];
console.log(failed.length ? `\nnpm test failed: ${failed.join(', ')}` : '\nnpm test: checks and tests passed');
process.exit(failed.length ? 1 : 0);
