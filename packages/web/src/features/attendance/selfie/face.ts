/**
 * The on-device face reading: @vladmandic/human (its npm package ships the models; this server serves
 * them at /models/human/, copied there by the build, and the service worker keeps them for offline use).
 * Loaded only from the selfie screen: Human and TensorFlow.js are a chunk of their own.
 *
 * Liveness: the antispoof ("real") and liveness ("live") models on several frames, averaged.
 *
 * Tests: a browser test whose fake camera shows no face may set `window.__kinerjaFaceEngine` before
 * the app loads (an engine with the same two functions); the app itself never sets it.
 */
export interface FaceReading {
  descriptor: number[];
  liveness: number;
  antispoof: number;
  faces: number;
}

export interface FaceEngine {
  read(video: HTMLVideoElement): Promise<FaceReading | null>;
  similarity(a: readonly number[], b: readonly number[]): number;
}

export const MODEL_BASE = '/models/human/';

let engine: Promise<FaceEngine> | null = null;

export function loadFaceEngine(): Promise<FaceEngine> {
  const injected = (globalThis as { __kinerjaFaceEngine?: FaceEngine }).__kinerjaFaceEngine;
  if (injected) return Promise.resolve(injected);
  engine ??= (async () => {
    const { Human } = await import('@vladmandic/human');
    const human = new Human({
      modelBasePath: MODEL_BASE,
      backend: 'webgl',
      debug: false,
      cacheSensitivity: 0,
      filter: { enabled: false },
      face: {
        enabled: true,
        detector: { modelPath: 'blazeface.json', rotation: false, maxDetected: 2, return: false },
        mesh: { enabled: true, modelPath: 'facemesh.json' },
        iris: { enabled: false },
        attention: { enabled: false },
        emotion: { enabled: false },
        gear: { enabled: false },
        description: { enabled: true, modelPath: 'faceres.json' },
        antispoof: { enabled: true, modelPath: 'antispoof.json' },
        liveness: { enabled: true, modelPath: 'liveness.json' },
      },
      body: { enabled: false },
      hand: { enabled: false },
      object: { enabled: false },
      gesture: { enabled: false },
      segmentation: { enabled: false },
    });
    await human.load();
    return {
      async read(video) {
        const r = await human.detect(video);
        const f = r.face[0];
        if (!f?.embedding?.length) return null;
        return { descriptor: Array.from(f.embedding), liveness: f.live ?? 0, antispoof: f.real ?? 0, faces: r.face.length };
      },
      similarity: (a, b) => human.match.similarity(a as number[], b as number[]),
    };
  })();
  engine.catch(() => (engine = null));
  return engine;
}

/** Reads `frames` frames apart in time: the descriptor of the last, liveness and antispoof averaged. */
export async function readLive(e: FaceEngine, video: HTMLVideoElement, frames = 3, gapMs = 250): Promise<FaceReading | null> {
  const got: FaceReading[] = [];
  for (let i = 0; i < frames * 3 && got.length < frames; i++) {
    const r = await e.read(video);
    if (r && r.faces === 1) got.push(r);
    await new Promise((res) => setTimeout(res, gapMs));
  }
  if (got.length < frames) return null;
  const avg = (k: 'liveness' | 'antispoof') => got.reduce((s, r) => s + r[k], 0) / got.length;
  return { descriptor: got.at(-1)!.descriptor, liveness: avg('liveness'), antispoof: avg('antispoof'), faces: 1 };
}
