// Module boundaries of the whole repository, checked by packages/server/src/module-boundaries.test.ts
// (so `npm test` runs it); by hand: `npx depcruise packages/core/src packages/server/src packages/web/src`
// (the command line lists the known violations below too; the test fails only on others).
//
// A server module (packages/server/src/modules/<area>/) shows others only its index.ts; the server's
// base (db, http, logging, jobs, context, config) is below every module and names none of them;
// core is pure rules (no I/O, no server, no web); the web talks to the server over HTTP only.
// A web feature (packages/web/src/features/<area>/) shows other features only its index.ts, likewise;
// presentational pieces several features share belong in packages/web/src/components/.

const MODULES = '^packages/server/src/modules/';
const FEATURES = '^packages/web/src/features/';
const TESTS = '\\.(test|bench)\\.ts$';

/** The server's own plumbing that every module builds on; it must not know any module. */
const SERVER_BASE = [
  '^packages/server/src/db/',
  '^packages/server/src/http/',
  '^packages/server/src/logging/',
  '^packages/server/src/jobs/',
  '^packages/server/src/context\\.ts$',
  '^packages/server/src/config\\.ts$',
];

/**
 * Imports that break a rule today and are being fixed. This list may only shrink: the boundary test
 * fails when a listed import no longer exists, so delete its line with the fix. Each entry is
 * `<rule>: <from> → <to>`, paths from the repository root. Cycles are not listed: fix them.
 */
const KNOWN_VIOLATIONS = [
  // journal and validation use each other: a submitted day may be approved at once (journal →
  // validation's index), while validation reads journal's context and appends entry events, and
  // journal's queries read validation's latest decisions. Through both index.ts files that is an
  // import cycle, so these three wait for the decision queries and entry events to find one home.
  'module-internals: packages/server/src/modules/journal/queries.ts → packages/server/src/modules/validation/decision-queries.ts',
  'module-internals: packages/server/src/modules/validation/apply-decision.ts → packages/server/src/modules/journal/queries.ts',
  'module-internals: packages/server/src/modules/validation/auto-approve.ts → packages/server/src/modules/journal/context.ts',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle makes load order matter and ties its files into one unit; cut it with a third file.',
      severity: 'error',
      from: { path: '^packages/[^/]+/src/' },
      to: { circular: true },
    },
    {
      name: 'module-internals',
      comment: 'Another module is used through its index.ts only: export what you need there instead of importing the file.',
      severity: 'error',
      from: { path: `${MODULES}([^/]+)/`, pathNot: TESTS },
      to: { path: MODULES, pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'module-internals-in-tests',
      comment: 'A test may also use another module’s test fixtures (test-support.ts, samples.ts), nothing else of its insides.',
      severity: 'error',
      from: { path: [`${MODULES}([^/]+)/.*${TESTS}`] },
      to: {
        path: MODULES,
        pathNot: [`${MODULES}$1/`, `${MODULES}[^/]+/(index|test-support|samples)\\.ts$`],
      },
    },
    {
      name: 'server-base-imports-module',
      comment: 'The base is below every module: declare the interface it needs in the base and let the module implement it.',
      severity: 'error',
      from: { path: SERVER_BASE, pathNot: TESTS },
      to: { path: MODULES },
    },
    {
      name: 'web-imports-server',
      comment: 'The web reaches the server over HTTP only; shapes both sides need live in @kinerja/core.',
      severity: 'error',
      from: { path: '^packages/web/' },
      to: { path: '^packages/server/' },
    },
    {
      name: 'web-feature-internals',
      comment: 'Another web feature is used through its index.ts only: export what you need there, or move a piece several features show to src/components/.',
      severity: 'error',
      from: { path: `${FEATURES}([^/]+)/` },
      to: { path: FEATURES, pathNot: [`${FEATURES}$1/`, `${FEATURES}[^/]+/index\\.ts$`] },
    },
    {
      name: 'core-imports-server-or-web',
      comment: 'Core is the bottom layer: pure rules both sides use.',
      severity: 'error',
      from: { path: '^packages/core/' },
      to: { path: '^packages/(server|web)/' },
    },
    {
      name: 'core-does-io',
      comment: 'Core does no I/O (no Node built-ins: files, network, processes), so browser and server run the same rules.',
      severity: 'error',
      from: { path: '^packages/core/src/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/dist/'] },
    // Type-only imports tie modules together as much as value imports do.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    knownViolations: KNOWN_VIOLATIONS.map((line) => {
      const [, rule, from, to] = /^([\w-]+): (\S+) → (\S+)$/.exec(line) ?? [];
      if (!rule) throw new Error(`.dependency-cruiser.cjs: known violation "${line}" is not "<rule>: <from> → <to>"`);
      return { rule: { name: rule, severity: 'error' }, from, to };
    }),
  },
};
