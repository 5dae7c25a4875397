import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type IViolation } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const SOURCES = ['packages/core/src', 'packages/server/src', 'packages/web/src'];

/** The rules and options of .dependency-cruiser.cjs, as the command line reads them. */
function loadConfig(): { options: ICruiseOptions } {
  const config = createRequire(import.meta.url)(CONFIG) as { forbidden: unknown[]; options: ICruiseOptions };
  return { options: { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden } as ICruiseOptions['ruleSet'] } };
}

function line(v: Pick<IViolation, 'rule' | 'from' | 'to' | 'cycle'>): string {
  const cycle = v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`;
}

/** Every import that breaks a rule, as `<rule>: <from> → <to>` lines. */
async function violations(baseDir: string, sources: string[], options: ICruiseOptions): Promise<string[]> {
  const result = await cruise(sources, { ...options, baseDir });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a result');
  return [...new Set(result.output.summary.violations.map(line))].sort();
}

describe('module boundaries (.dependency-cruiser.cjs)', () => {
  it('has no import across a boundary', async () => {
    const { options } = loadConfig();
    expect(
      await violations(ROOT, SOURCES, options),
      'import through the other module’s index.ts (export what you need there), cut the cycle, or move the piece to the layer that may use it',
    ).toEqual([]);
  });

  // The check proves itself on a throwaway tree laid out like the repository: each rule must catch its
  // import there, so deleting or loosening a rule in the config fails this test.
  it('catches a cross-module import, a cycle, a base that imports a module, a module or base that imports the shell, web → server, a web feature’s insides, shared web pieces or features that import upwards, core I/O', async () => {
    const tree = await mkdtemp(join(tmpdir(), 'kinerja-boundaries-'));
    const files: Record<string, string> = {
      'packages/server/src/context.ts': "import type { Cache } from './modules/org/cache.js';\nexport type C = Cache;\n",
      'packages/server/src/modules/org/cache.ts': 'export class Cache {}\n',
      'packages/server/src/modules/org/index.ts': "export { Cache } from './cache.js';\n",
      'packages/server/src/modules/journal/uses-org.ts':
        "import { Cache } from '../org/index.js';\nimport { Cache as Inside } from '../org/cache.js';\nexport const both = [Cache, Inside];\n",
      'packages/server/src/modules/journal/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n",
      'packages/server/src/modules/journal/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n",
      'packages/web/src/screen.ts': "import { Cache } from '../../server/src/modules/org/index.js';\nexport const x = Cache;\n",
      'packages/web/src/features/journal/parts.ts': 'export const formatVolume = (n: number) => String(n);\n',
      'packages/web/src/features/journal/index.ts': "export { formatVolume } from './parts';\n",
      'packages/web/src/features/validation/card.ts':
        "import { formatVolume } from '../journal';\nimport { formatVolume as inside } from '../journal/parts';\nexport const both = [formatVolume, inside];\n",
      'packages/core/src/rule.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
      // The shell: a module's code may not import it, its tests only the harness (testing/) and the demo seed.
      'packages/server/src/scheduled-work.ts': 'export const work = [];\n',
      'packages/server/src/cli/tool.ts': 'export const tool = 1;\n',
      'packages/server/src/testing/index.ts': 'export const harness = 1;\n',
      'packages/server/src/modules/sync/uses-shell.ts': "import { work } from '../../scheduled-work.js';\nexport const w = work;\n",
      'packages/server/src/modules/sync/shell.test.ts':
        "import { harness } from '../../testing/index.js';\nimport { tool } from '../../cli/tool.js';\nexport const both = [harness, tool];\n",
      'packages/server/src/db/uses-cli.ts': "import { tool } from '../cli/tool.js';\nexport const t = tool;\n",
      // Web layers: shared pieces name no feature; features do not import the app shell.
      'packages/web/src/App.tsx': 'export const App = 1;\n',
      'packages/web/src/components/Badge.tsx': "import { formatVolume } from '../features/journal';\nexport const b = formatVolume;\n",
      'packages/web/src/features/home/Home.tsx': "import { App } from '../../App';\nexport const h = App;\n",
    };
    try {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(tree, path)), { recursive: true });
        await writeFile(join(tree, path), text);
      }
      const found = await violations(tree, SOURCES, loadConfig().options);
      expect(found).toEqual([
        'core-does-io: packages/core/src/rule.ts → fs',
        'module-imports-shell: packages/server/src/modules/sync/uses-shell.ts → packages/server/src/scheduled-work.ts',
        'module-internals: packages/server/src/modules/journal/uses-org.ts → packages/server/src/modules/org/cache.ts',
        'module-test-imports-shell: packages/server/src/modules/sync/shell.test.ts → packages/server/src/cli/tool.ts',
        'no-circular: packages/server/src/modules/journal/a.ts → packages/server/src/modules/journal/b.ts (cycle: packages/server/src/modules/journal/a.ts → packages/server/src/modules/journal/b.ts → packages/server/src/modules/journal/a.ts)',
        'server-base-imports-module: packages/server/src/context.ts → packages/server/src/modules/org/cache.ts',
        'server-base-imports-shell: packages/server/src/db/uses-cli.ts → packages/server/src/cli/tool.ts',
        'web-feature-imports-shell: packages/web/src/features/home/Home.tsx → packages/web/src/App.tsx',
        'web-feature-internals: packages/web/src/features/validation/card.ts → packages/web/src/features/journal/parts.ts',
        'web-imports-server: packages/web/src/screen.ts → packages/server/src/modules/org/index.ts',
        'web-shared-imports-feature: packages/web/src/components/Badge.tsx → packages/web/src/features/journal/index.ts',
      ]);
    } finally {
      await rm(tree, { recursive: true, force: true });
    }
  });
});
