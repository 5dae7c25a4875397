// Module boundaries of the whole repository, checked by packages/server/src/module-boundaries.test.ts
// (so `npm test` runs it); by hand: `npx depcruise packages/core/src packages/server/src packages/web/src`
// (the command line lists the known violations below too; the test fails only on others).
//
// A server module (packages/server/src/modules/<area>/) shows others only its index.ts; the server's
// base (db, http, logging, jobs, context, config) is below every module and names none of them;
// core is pure rules (no I/O, no server, no web); the web talks to the server over HTTP only.
// Web features (packages/web/src/features/<area>/) have no index.ts yet, so no rule between them.

const MODULES = '^packages/server/src/modules/';
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
  'module-internals-in-tests: packages/server/src/modules/journal/entry-ids.test.ts → packages/server/src/modules/sync/batch-context.ts',
  'module-internals-in-tests: packages/server/src/modules/journal/entry-ids.test.ts → packages/server/src/modules/sync/push-at-once.ts',
  'module-internals-in-tests: packages/server/src/modules/journal/entry-ids.test.ts → packages/server/src/modules/sync/schemas.ts',
  'module-internals-in-tests: packages/server/src/modules/settings/settings.test.ts → packages/server/src/modules/journal/context.ts',
  'module-internals-in-tests: packages/server/src/modules/sync/push-at-once.test.ts → packages/server/src/modules/evidence/store.ts',
  'module-internals-in-tests: packages/server/src/modules/sync/sync.test.ts → packages/server/src/modules/evidence/store.ts',
  'module-internals-in-tests: packages/server/src/modules/validation/approve-many.test.ts → packages/server/src/modules/journal/context.ts',
  'module-internals-in-tests: packages/server/src/modules/validation/approve-set.test.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/access/check.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/auth/login.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/auth/password-change.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/auth/routes.ts → packages/server/src/modules/org/me.ts',
  'module-internals: packages/server/src/modules/evidence/routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/evidence/uploads.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/imports/apply.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/imports/apply.ts → packages/server/src/modules/org/snapshot.ts',
  'module-internals: packages/server/src/modules/imports/routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/journal/activity-routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/journal/admin-routes.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/journal/admin-routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/journal/auto-submit.ts → packages/server/src/modules/validation/auto-approve.ts',
  'module-internals: packages/server/src/modules/journal/day-actions.ts → packages/server/src/modules/validation/auto-approve.ts',
  'module-internals: packages/server/src/modules/journal/dictionary-routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/journal/dictionary-routes.ts → packages/server/src/modules/imports/sniff.ts',
  'module-internals: packages/server/src/modules/journal/dictionary-routes.ts → packages/server/src/modules/imports/upload.ts',
  'module-internals: packages/server/src/modules/journal/dictionary.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/journal/queries.ts → packages/server/src/modules/validation/decision-queries.ts',
  'module-internals: packages/server/src/modules/journal/settings-routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/journal/who.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/org/changes.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/org/changes.ts → packages/server/src/modules/auth/passwords.ts',
  'module-internals: packages/server/src/modules/org/changes.ts → packages/server/src/modules/auth/sessions.ts',
  'module-internals: packages/server/src/modules/org/me.ts → packages/server/src/modules/auth/sessions.ts',
  'module-internals: packages/server/src/modules/org/routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/settings/versions.ts → packages/server/src/modules/audit/record.ts',
  'module-internals: packages/server/src/modules/skp/actions.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/skp/create.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/skp/people.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/sync/push-at-once.ts → packages/server/src/modules/validation/auto-approve.ts',
  'module-internals: packages/server/src/modules/validation/apply-decision.ts → packages/server/src/modules/journal/queries.ts',
  'module-internals: packages/server/src/modules/validation/auto-approve.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/auto-approve.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/validation/day-view.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/day-view.ts → packages/server/src/modules/journal/days.ts',
  'module-internals: packages/server/src/modules/validation/decide.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/decide.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/validation/decision-queries.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/validation/flag-data.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/flag-data.ts → packages/server/src/modules/journal/days.ts',
  'module-internals: packages/server/src/modules/validation/history.ts → packages/server/src/modules/journal/dto.ts',
  'module-internals: packages/server/src/modules/validation/history.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/validation/inbox.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/inbox.ts → packages/server/src/modules/journal/days.ts',
  'module-internals: packages/server/src/modules/validation/inbox.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/validation/inbox.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/validation/person-day.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/person-day.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/validation/person-day.ts → packages/server/src/modules/org/today-chart.ts',
  'module-internals: packages/server/src/modules/validation/rates.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/rates.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/validation/rates.ts → packages/server/src/modules/org/snapshot.ts',
  'module-internals: packages/server/src/modules/validation/recap.ts → packages/server/src/modules/journal/context.ts',
  'module-internals: packages/server/src/modules/validation/recap.ts → packages/server/src/modules/org/people.ts',
  'module-internals: packages/server/src/modules/validation/report-routes.ts → packages/server/src/modules/auth/plugin.ts',
  'module-internals: packages/server/src/modules/validation/report-routes.ts → packages/server/src/modules/imports/template.ts',
  'module-internals: packages/server/src/modules/validation/review-entries.ts → packages/server/src/modules/journal/dto.ts',
  'module-internals: packages/server/src/modules/validation/routes.ts → packages/server/src/modules/auth/plugin.ts',
  'server-base-imports-module: packages/server/src/jobs/periodic.ts → packages/server/src/modules/journal/auto-submit.ts',
  'server-base-imports-module: packages/server/src/jobs/periodic.ts → packages/server/src/modules/sync/retention.ts',
  'server-base-imports-module: packages/server/src/jobs/periodic.ts → packages/server/src/modules/validation/auto-approve.ts',
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
