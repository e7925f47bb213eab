import type { BenchStoreKind } from './bench-store';

/** A wrong option or argument: reported with the usage hint, exit code 2. */
export class UsageError extends Error {}

/** Parses a whole number option within bounds, or refuses it with a clear message. */
export function intOption(name: string, text: string | undefined, min: number, max: number): number {
  if (text === undefined || !/^\d+$/.test(text) || Number(text) < min || Number(text) > max)
    throw new UsageError(`--${name}: expected an integer from ${min} to ${max}, got "${text ?? ''}"`);
  return Number(text);
}

/** The --store option: in-memory PGlite, or a throw-away database on the loopback PostgreSQL of DATABASE_URL. */
export function storeOption(text: string | undefined): BenchStoreKind {
  if (text !== 'pglite' && text !== 'postgres') throw new UsageError(`--store: pglite or postgres, got "${text}"`);
  if (text === 'postgres' && !process.env.DATABASE_URL)
    throw new UsageError(
      '--store postgres needs DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres',
    );
  return text;
}

/** One benchmark of `npm run bench -- <name>`: its options (all strings, parsed by run) and its report. */
export interface BenchCommand {
  name: string;
  /** One line for the list of benchmarks. */
  summary: string;
  /** The full usage text, ending with what the last line reads and the target. */
  help: string;
  /** Options as node:util parseArgs declares them (type 'string' or 'boolean'), with defaults. */
  options: Record<string, { type: 'string' | 'boolean'; default?: string | boolean }>;
  /** Runs it, writing progress lines through `log`; resolves to the lines to print, the last one being the result. */
  run(values: Record<string, string | boolean | undefined>, log: (line: string) => void): Promise<string[]>;
}
