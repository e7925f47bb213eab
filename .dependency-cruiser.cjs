/**
 * The dependency rules of ../shared/design/architecture.md ("Layout", "Dependency rule") and of issue 9,
 * checked on the real import graph (TypeScript-resolved, type-only imports included).
 * Run: `npm run deps` (exits non-zero on any violation).
 */

/** Packages that tie code to one side of the wire or to a store. */
const SERVER_FRAMEWORKS = '(^|/)node_modules/(express|socket\\.io|socket\\.io-client)/';
const UI_FRAMEWORKS = '(^|/)node_modules/(react|react-dom|socket\\.io-client)/';
const STORE_PACKAGES = '(^|/)node_modules/(drizzle-orm|pg|@electric-sql/pglite)/';

/** The public files of a client feature (see features-through-their-doors). */
const FEATURE_DOORS = '^client/src/features/[^/]+/(index|page)\\.ts$';

/** Entry points and tools that nothing imports on purpose (not orphans). */
const ENTRY_POINTS = [
  '^client/src/main\\.tsx$',
  '^client/src/widget/chat-main\\.tsx$',
  '^server/src/main\\.ts$',
  '^server/src/seed/run-seed\\.ts$',
  '^scripts/[^/]+\\.mjs$',
  '^scripts/[^/]+/cli\\.ts$',
  '^tests/',
  // Read from disk and served as /widget.js, never imported.
  '^server/src/http/widget/widget-loader\\.js$',
  '\\.d\\.ts$',
  '(^|/)\\.[^/]+\\.(js|cjs|mjs|ts|json)$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    // ---- the two sides and what they share ----
    {
      name: 'client-not-to-server',
      comment:
        'The client and the server share only shared/: a client import of server code would ship it to browsers.',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-to-client',
      comment:
        'The server serves the built client; it never imports client code (React in Node, two builds entangled).',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^client/' },
    },
    {
      name: 'shared-not-to-sides',
      comment: 'shared/ is imported by both sides, so it can import neither.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(client|server)/' },
    },
    {
      name: 'shared-no-frameworks-or-store',
      comment: 'shared/ runs in the browser and in Node: no HTTP/socket server, no React, no database driver or ORM.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: [SERVER_FRAMEWORKS, UI_FRAMEWORKS, STORE_PACKAGES] },
    },

    // ---- inside the server ----
    {
      name: 'domain-is-pure',
      comment:
        'server/src/domain holds pure rules (transitions, decisions): no transport, no store, no services or adapters, ' +
        'so it can be tested and reused without a database or a socket.',
      severity: 'error',
      from: { path: '^server/src/domain/' },
      to: {
        path: [SERVER_FRAMEWORKS, STORE_PACKAGES, '^server/src/(db|http|realtime|services|channels|jobs)/'],
      },
    },
    {
      name: 'services-no-orm',
      comment:
        'SQL lives in repositories only: services call db/repositories and db/unit-of-work (and may name the Db/Tx ' +
        'types of db/store), never drizzle-orm, the tables of db/schema or a driver.',
      severity: 'error',
      from: { path: '^server/src/services/' },
      to: { path: [STORE_PACKAGES, '^server/src/db/(schema|migrations)(\\.ts$|/)'] },
    },
    {
      name: 'services-store-types-only',
      comment: 'A service may name the Db/DbOrTx types of db/store, but opens and migrates no store itself.',
      severity: 'error',
      from: { path: '^server/src/services/' },
      to: { path: '^server/src/db/store\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-no-transport',
      comment:
        'Services own the rules and know nothing of how they are reached: no express, socket.io, http/ or realtime/ ' +
        '(they publish on the event bus; realtime listens).',
      severity: 'error',
      from: { path: '^server/src/services/' },
      to: { path: [SERVER_FRAMEWORKS, '^server/src/(http|realtime)/'] },
    },
    {
      name: 'realtime-not-to-http',
      comment:
        'The socket gateway and the HTTP API are siblings; what both need (cookies, origins) lives in server/src/web/.',
      severity: 'error',
      from: { path: '^server/src/realtime/' },
      to: { path: '^server/src/http/' },
    },
    {
      name: 'web-is-neutral',
      comment:
        'server/src/web holds what the HTTP API and the socket gateway both need (session cookie, allowed origins); ' +
        'it imports neither of them, nor services or the store, so both can depend on it.',
      severity: 'error',
      from: { path: '^server/src/web/' },
      to: { path: ['^server/src/(http|realtime|services|db|channels|jobs)/', SERVER_FRAMEWORKS, STORE_PACKAGES] },
    },
    {
      name: 'http-not-to-realtime',
      comment: 'Routes answer requests; pushes go through the event bus, not by calling the socket gateway.',
      severity: 'error',
      from: { path: '^server/src/http/' },
      to: { path: '^server/src/realtime/' },
    },
    {
      name: 'transport-calls-services',
      comment:
        'HTTP routes and socket handlers are thin translators: they call services, never repositories, the ORM or a ' +
        'driver. Naming the Store/Db types (to pass them on) is allowed.',
      severity: 'error',
      from: { path: '^server/src/(http|realtime)/' },
      to: {
        path: [STORE_PACKAGES, '^server/src/db/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'channels-call-services',
      comment: 'Channel adapters (CTI webhook, AMI) translate signals into service calls; they do not query the store.',
      severity: 'error',
      from: { path: '^server/src/channels/' },
      to: {
        path: [STORE_PACKAGES, '^server/src/db/', '^server/src/(http|realtime)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'jobs-call-services',
      comment:
        'Background jobs (server/src/jobs) are triggers on a timer, like routes are on a request: they call services, ' +
        'not repositories, the ORM or the transport.',
      severity: 'error',
      from: { path: '^server/src/jobs/' },
      to: {
        path: [STORE_PACKAGES, SERVER_FRAMEWORKS, '^server/src/db/', '^server/src/(http|realtime)/'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'repositories-are-the-bottom',
      comment:
        'Repositories hold SQL and row mapping; calling up into services, transport or adapters would invert the layers.',
      severity: 'error',
      from: { path: '^server/src/db/' },
      to: { path: ['^server/src/(services|http|realtime|channels|jobs)/', SERVER_FRAMEWORKS] },
    },
    {
      name: 'seed-is-a-tool',
      comment:
        'server/src/seed is a tool, not a service: it may write bulk SQL through drizzle and db/schema directly ' +
        '(nothing above forbids it), but nothing in the running server may import it except the app wiring.',
      severity: 'error',
      from: { path: '^server/src/(services|http|realtime|channels|domain|db)/' },
      to: { path: '^server/src/seed/' },
    },

    // ---- inside the client ----
    {
      name: 'features-through-their-doors',
      comment:
        'A feature has two public doors: index.ts (what other features, the shell and realtime use) and page.ts (its ' +
        'screen, kept apart so the desk can load it lazily without dragging it in through index.ts). Its other files ' +
        'are internal and can move without breaking anyone.',
      severity: 'error',
      from: { path: '^client/src/features/([^/]+)/' },
      to: {
        path: '^client/src/features/[^/]+/',
        pathNot: ['^client/src/features/$1/', FEATURE_DOORS],
      },
    },
    {
      name: 'outside-features-through-their-doors',
      comment: 'The app shell and realtime also reach a feature only through its index.ts or page.ts.',
      severity: 'error',
      from: { path: '^client/src/', pathNot: '^client/src/features/' },
      to: { path: '^client/src/features/[^/]+/', pathNot: FEATURE_DOORS },
    },
    {
      name: 'ui-is-generic',
      comment: 'client/src/ui holds generic building blocks; a feature import would make them feature-specific.',
      severity: 'error',
      from: { path: '^client/src/ui/' },
      to: { path: '^client/src/(features|app|widget)/' },
    },
    {
      name: 'widget-not-to-desk',
      comment: 'The chat widget is its own small bundle on third-party sites: it must not pull in the agent desk.',
      severity: 'error',
      from: { path: '^client/src/widget/' },
      to: { path: '^client/src/(features|app|realtime)/' },
    },

    // ---- hygiene ----
    {
      name: 'no-circular',
      comment:
        'Import cycles make load order matter and hide layering mistakes. A cycle closed only by type-only imports ' +
        'is erased at compile time and does not count.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-orphans',
      comment: 'A module nothing imports is dead code (entry points and tests excepted).',
      severity: 'error',
      from: { orphan: true, pathNot: ENTRY_POINTS },
      to: {},
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing on disk is a typo or a missing package.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep-from-app',
      comment: 'Code that ships (client, server, shared) must not need a devDependency at run time.',
      severity: 'error',
      from: { path: '^(client|server|shared)/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist/', '^data/', '^coverage/'] },
    // Type-only imports are edges too: a service naming a drizzle type is still bound to the ORM.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
