import { parseArgs } from 'node:util';
import { UsageError } from './bench-command';
import { BENCHMARKS } from './benchmarks';

const names = BENCHMARKS.map((b) => b.name).join(', ');

function generalHelp(): string {
  const width = Math.max(...BENCHMARKS.map((b) => b.name.length));
  return `Usage: npm run bench -- <benchmark> [options]
       npm run bench -- <benchmark> --help

Benchmarks (each prints percentiles, a floor measured in the same run, and its result on the last line):
${BENCHMARKS.map((b) => `  ${b.name.padEnd(width)}  ${b.summary}`).join('\n')}
`;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith('-'));
  const command = BENCHMARKS.find((b) => b.name === name);
  try {
    if (!command) {
      if (!name && args.some((a) => a === '-h' || a === '--help')) {
        process.stdout.write(generalHelp());
        return 0;
      }
      throw new UsageError(
        name ? `unknown benchmark "${name}" (available: ${names})` : `missing benchmark name: ${names}`,
      );
    }
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
    });
    if (values.help) {
      process.stdout.write(command.help);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
    const lines = await command.run(values, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      const hint = command ? `npm run bench -- ${command.name} --help` : 'npm run bench -- --help';
      process.stderr.write(`bench: ${(err as Error).message}\nRun "${hint}" for usage.\n`);
      return 2;
    }
    throw err;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`bench: ${(err as Error).stack ?? err}\n`);
    process.exitCode = 1;
  },
);
