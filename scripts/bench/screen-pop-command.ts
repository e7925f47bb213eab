import type { BenchCommand } from './bench-command';
import { intOption, storeOption } from './bench-command';
import { runScreenPop } from './screen-pop';

export const screenPopCommand: BenchCommand = {
  name: 'screen-pop',
  summary: 'time from a newCall webhook to the ringing pop on the agent socket',
  help: `Usage: npm run bench -- screen-pop [options]

Starts the real server in this process on a fresh store, logs in --agents agents and connects a
socket for each, then sends --calls newCall webhooks (form-encoded, a known caller in a varied
number format, ringing one random agent's extension) and measures, per call, the time from just
before the HTTP request to the 'call.ringing' pop arriving on that agent's socket.

The floor is measured in the same run, on the same store, in the same process: a bare express +
socket.io server that parses the same request, commits one row (table bench_floor) and emits a
pop of the same shape and size (captured from the real server) to the same agent, over a second
socket per agent. Real and floor calls alternate one by one. Warm-up calls are not counted; each
real call is hung up after its pop, outside the measurement.

Options:
  --agents <n>        connected agents (default 200)
  --calls <n>         measured calls, to the server and to the floor each (default 500)
  --store <kind>      pglite (default, in memory) or postgres (needs DATABASE_URL on loopback;
                      a throw-away database is created and dropped)
  --concurrency <n>   calls in flight at once (default 1: strictly sequential)
  --warmup <n>        warm-up calls to each, not counted (default 50)
  --customers <n>     customers with phone numbers (default 100)
  --seed <n>          PRNG seed for agents and numbers (default 1)

The last line reads: screen-pop p50=<ms> p95=<ms> p99=<ms> floor_p99=<ms> ratio=<x>
Target: p99 below 10 ms on loopback and within 3x of the floor (reported, never an exit code).
`,
  options: {
    agents: { type: 'string', default: '200' },
    calls: { type: 'string', default: '500' },
    store: { type: 'string', default: 'pglite' },
    concurrency: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '50' },
    customers: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
  },
  async run(values, log) {
    const options = {
      agents: intOption('agents', values.agents as string, 1, 2000),
      calls: intOption('calls', values.calls as string, 1, 100_000),
      concurrency: intOption('concurrency', values.concurrency as string, 1, 16),
      warmup: intOption('warmup', values.warmup as string, 0, 10_000),
      customers: intOption('customers', values.customers as string, 1, 10_000),
      seed: intOption('seed', values.seed as string, 0, 2 ** 31),
      store: storeOption(values.store as string),
    };
    log(
      `bench screen-pop: agents=${options.agents} calls=${options.calls} store=${options.store} concurrency=${options.concurrency} warmup=${options.warmup} (node ${process.version})`,
    );
    const result = await runScreenPop({ ...options, databaseUrl: process.env.DATABASE_URL, log });
    return [...result.lines, result.lastLine];
  },
};
