// Serves the face models that @vladmandic/human ships in its npm package from our own origin: the build
// copies the ones the selfie check-in uses into dist/models/human/ (the server serves dist), and the
// dev server answers them from node_modules. Nothing is fetched from outside at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

export const HUMAN_MODELS = ['blazeface', 'facemesh', 'faceres', 'antispoof', 'liveness'];
const files = HUMAN_MODELS.flatMap((m) => [`${m}.json`, `${m}.bin`]);

function modelsDir(): string {
  // The package's exports do not name package.json; its main file sits in dist/.
  const main = createRequire(import.meta.url).resolve('@vladmandic/human');
  return join(dirname(main), '..', 'models');
}

export function humanModels(): Plugin {
  return {
    name: 'kinerja-human-models',
    generateBundle() {
      const dir = modelsDir();
      for (const f of files) this.emitFile({ type: 'asset', fileName: `models/human/${f}`, source: readFileSync(join(dir, f)) });
    },
    configureServer(server) {
      server.middlewares.use('/models/human/', (req, res, next) => {
        const f = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!files.includes(f)) return next();
        res.setHeader('content-type', f.endsWith('.json') ? 'application/json' : 'application/octet-stream');
        res.end(readFileSync(join(modelsDir(), f)));
      });
    },
  };
}
