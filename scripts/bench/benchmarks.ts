import type { BenchCommand } from './bench-command';
import { screenPopCommand } from './screen-pop-command';

/** Every benchmark `npm run bench -- <name>` knows, in the order the help lists them. */
export const BENCHMARKS: readonly BenchCommand[] = [screenPopCommand];
