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
function loadConfig(): { options: ICruiseOptions; known: string[] } {
  const config = createRequire(import.meta.url)(CONFIG) as { forbidden: unknown[]; options: ICruiseOptions };
  const { knownViolations = [], ...options } = config.options;
  return {
    options: { ...options, validate: true, ruleSet: { forbidden: config.forbidden } as ICruiseOptions['ruleSet'] },
    known: knownViolations.map((v) => line(v)),
  };
}

function line(v: Pick<IViolation, 'rule' | 'from' | 'to' | 'cycle'>): string {
  const cycle = v.cycle?.length ? ` (cycle: ${[v.from, ...v.cycle.map((c) => c.name)].join(' → ')})` : '';
  return `${v.rule.name}: ${v.from} → ${v.to}${cycle}`;
}

/** Every import that breaks a rule, known ones included, as `<rule>: <from> → <to>` lines. */
async function violations(baseDir: string, sources: string[], options: ICruiseOptions): Promise<string[]> {
  const result = await cruise(sources, { ...options, baseDir });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not a result');
  return [...new Set(result.output.summary.violations.map(line))].sort();
}

describe('module boundaries (.dependency-cruiser.cjs)', () => {
  it('has no import across a boundary except the known ones, and every known one still exists', async () => {
    const { options, known } = loadConfig();
    const found = await violations(ROOT, SOURCES, options);
    const knownSet = new Set(known);
    expect(
      found.filter((v) => !knownSet.has(v)),
      'import through the other module’s index.ts (export what you need there), or cut the cycle',
    ).toEqual([]);
    const foundSet = new Set(found);
    expect(
      known.filter((v) => !foundSet.has(v)),
      'these known violations are fixed: delete their lines from KNOWN_VIOLATIONS',
    ).toEqual([]);
  });

  // The check proves itself on a throwaway tree laid out like the repository: each rule must catch its
  // import there, so deleting or loosening a rule in the config fails this test.
  it('catches a cross-module import, a cycle, a base that imports a module, web → server, a web feature’s insides, core I/O', async () => {
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
    };
    try {
      for (const [path, text] of Object.entries(files)) {
        await mkdir(dirname(join(tree, path)), { recursive: true });
        await writeFile(join(tree, path), text);
      }
      const found = await violations(tree, SOURCES, loadConfig().options);
      expect(found).toEqual([
        'core-does-io: packages/core/src/rule.ts → fs',
        'module-internals: packages/server/src/modules/journal/uses-org.ts → packages/server/src/modules/org/cache.ts',
        'no-circular: packages/server/src/modules/journal/a.ts → packages/server/src/modules/journal/b.ts (cycle: packages/server/src/modules/journal/a.ts → packages/server/src/modules/journal/b.ts → packages/server/src/modules/journal/a.ts)',
        'server-base-imports-module: packages/server/src/context.ts → packages/server/src/modules/org/cache.ts',
        'web-feature-internals: packages/web/src/features/validation/card.ts → packages/web/src/features/journal/parts.ts',
        'web-imports-server: packages/web/src/screen.ts → packages/server/src/modules/org/index.ts',
      ]);
    } finally {
      await rm(tree, { recursive: true, force: true });
    }
  });
});
