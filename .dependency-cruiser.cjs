// Module boundaries of the whole repository, checked by packages/server/src/module-boundaries.test.ts
// (so `npm test` runs it); by hand: `npx depcruise packages/core/src packages/server/src packages/web/src`.
// There is no list of tolerated violations: an import that breaks a rule fails the test.
//
// Server, bottom to top: the base (db, http, logging, jobs, context, config) names no module and no
// shell file; a module (packages/server/src/modules/<area>/) shows others only its index.ts and never
// reaches up into the shell; the shell (app.ts, runtime.ts, main.ts, index.ts, scheduled-work.ts, cli/,
// demo/, backup/, testing/, access/) assembles modules (it may still mount a module's route files).
// Module tests may use the shell's test harness (testing/, backup/testing.ts) and the demo seed.
// Core is pure rules (no I/O, no server, no web); the web talks to the server over HTTP only.
// Web, bottom to top: shared pieces (components/, lib/, api/, i18n/, errors, format, router, session)
// name no feature and not the app shell; a feature (packages/web/src/features/<area>/) shows other
// features only its index.ts and never imports the app shell (App, Shell, main); presentational
// pieces several features share belong in packages/web/src/components/.

const MODULES = '^packages/server/src/modules/';
const FEATURES = '^packages/web/src/features/';
const TESTS = '\\.(test|bench)\\.tsx?$';
/** A module's test code: its tests and the fixtures they share (test-support.ts, samples.ts). */
const MODULE_TEST_CODE = [TESTS, `${MODULES}[^/]+/(test-support|samples)\\.ts$`];

/** The server's own plumbing that every module builds on; it must not know any module. */
const SERVER_BASE = [
  '^packages/server/src/db/',
  '^packages/server/src/http/',
  '^packages/server/src/logging/',
  '^packages/server/src/jobs/',
  '^packages/server/src/context\\.ts$',
  '^packages/server/src/config\\.ts$',
];

/** What assembles the server from its modules: entry points, scheduled work, operator tools, the test harness. */
const SERVER_SHELL = [
  '^packages/server/src/(app|runtime|main|index|scheduled-work)\\.ts$',
  '^packages/server/src/(cli|demo|backup|testing|access)/',
];

/** What every web feature builds on; it names no feature. */
const WEB_SHARED = ['^packages/web/src/(components|lib|api|i18n)/', '^packages/web/src/(errors|format|router|session)\\.tsx?$'];
const WEB_SHELL = '^packages/web/src/(App|Shell|main)\\.tsx$';

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
      name: 'module-imports-shell',
      comment: 'The shell assembles modules; a module never reaches up into it (app, runtime, scheduled work, CLI, demo, backup, test harness).',
      severity: 'error',
      from: { path: MODULES, pathNot: MODULE_TEST_CODE },
      to: { path: SERVER_SHELL },
    },
    {
      name: 'module-test-imports-shell',
      comment: 'A module’s tests may use the test harness (testing/, backup/testing.ts) and the demo seed, nothing else of the shell.',
      severity: 'error',
      from: { path: [`${MODULES}.*${TESTS}`, `${MODULES}[^/]+/(test-support|samples)\\.ts$`] },
      to: { path: SERVER_SHELL, pathNot: ['^packages/server/src/testing/', '^packages/server/src/backup/testing\\.ts$', '^packages/server/src/demo/'] },
    },
    {
      name: 'server-base-imports-shell',
      comment: 'The base is below the shell too.',
      severity: 'error',
      from: { path: SERVER_BASE, pathNot: TESTS },
      to: { path: SERVER_SHELL },
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
      name: 'web-shared-imports-feature',
      comment: 'Shared web pieces are below every feature and the app shell: pass what they need in, or move the piece into the feature.',
      severity: 'error',
      from: { path: WEB_SHARED },
      to: { path: ['^packages/web/src/features/', WEB_SHELL] },
    },
    {
      name: 'web-feature-imports-shell',
      comment: 'The app shell (App, Shell, main) mounts features; a feature never imports it.',
      severity: 'error',
      from: { path: FEATURES },
      to: { path: WEB_SHELL },
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
      // Test fixtures (test-support.ts) may read their data files; the browser never loads them.
      from: { path: '^packages/core/src/', pathNot: [TESTS, '/test-support\\.ts$'] },
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
  },
};
