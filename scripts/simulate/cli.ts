import { readFile } from 'node:fs/promises';
import { HELP, type ParsedCommand, UsageError, parseSimulateArgs } from './args';
import { generateScenario } from './scenario';
import { runSimulation } from './sender';

/** `npm run simulate -- calls --rate 5/s --duration 30 [--url ...] [--token ...]` (see --help). */
async function main(): Promise<number> {
  let parsed: ParsedCommand;
  try {
    parsed = parseSimulateArgs(process.argv.slice(2), process.env);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`simulate: ${err.message}\nRun "npm run simulate -- --help" for usage.\n`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const { args } = parsed;
  let knownNumbers: string[] = [];
  if (args.numbersFile) {
    try {
      knownNumbers = (await readFile(args.numbersFile, 'utf8'))
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));
    } catch (err) {
      process.stderr.write(`simulate: --numbers-file: ${(err as Error).message}\n`);
      return 2;
    }
    if (knownNumbers.some((n) => n.length > 64)) {
      process.stderr.write('simulate: --numbers-file: numbers longer than 64 characters are refused by the webhook\n');
      return 2;
    }
  }
  const runId = `sim${Date.now().toString(36)}`;
  const scripts = generateScenario({
    seed: args.seed,
    runId,
    ratePerSecond: args.ratePerSecond,
    durationSeconds: args.durationSeconds,
    extensions: args.extensions,
    knownNumbers,
  });
  process.stdout.write(
    `simulate: ${scripts.length} calls at ${args.ratePerSecond}/s for ${args.durationSeconds} s to ${args.url} (run ${runId}, seed ${args.seed}, extensions ${args.extensions.join(',')})\n`,
  );
  const stats = await runSimulation(scripts, {
    url: args.url,
    token: args.token,
    format: args.format,
    maxInFlight: args.maxInFlight,
    drainCapMs: args.drainSeconds * 1000,
    onProgress: (s) => process.stdout.write(`  … ${s.callsStarted} calls started, ${s.eventsSent} events sent\n`),
  });
  process.stdout.write(`${stats.summaryLines().join('\n')}\n`);
  if (stats.statusCounts.get('401'))
    process.stdout.write('hint: 401 means the token is unknown or revoked (--token / CTI_TOKEN)\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`simulate: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
