// Two projects: `node` (shared rules, server, store, sockets, end-to-end) and `client` (React
// components in jsdom with MSW). Tests are compiled to CommonJS by SWC.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const esmPackages = ['rettime', 'until-async', '@open-draft/deferred-promise', '@electric-sql/[^/]+'];
const shared = {
  transform: { '^.+\\.(t|j|mj|cj)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleNameMapper: { '^@shared/(.*)$': '<rootDir>/shared/$1' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

/** @type {import('jest').Config} */
module.exports = {
  // A safety net for hooks that start PGlite, servers or a browser: not a performance bound.
  testTimeout: 60_000,
  // Jest's default on a 2-core machine is one worker (cores - 1), which leaves a core idle while a
  // test waits on PGlite, a socket or Chromium; two workers fill both (measured: 330 s -> 235 s).
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: 'node',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/{unit,integration,e2e}/**/*.test.ts'],
      // One migrated template store per run, copied by each test file (tests/support/template-store.ts).
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'client',
      testEnvironment: 'jest-fixed-jsdom',
      testMatch: ['<rootDir>/tests/client/**/*.test.tsx'],
      setupFilesAfterEnv: ['<rootDir>/tests/client/setup.ts'],
      moduleNameMapper: { ...shared.moduleNameMapper, '\\.css$': '<rootDir>/tests/client/style-stub.cjs' },
    },
  ],
};
