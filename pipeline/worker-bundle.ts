/**
 * The NLP worker's entry point. A worker thread does not inherit tsx's loader: registering it and compiling the
 * worker's modules one by one through it costs about half a second per worker, most of a one-comment rerun's NLP. So
 * the worker's TypeScript is bundled once per code version with esbuild (the compiler tsx itself runs on) into one
 * plain ES module under `node_modules/.cache/threadlens/`, packages left as imports (they resolve from there). When
 * bundling fails the worker starts through tsx (`nlp-worker-boot.mjs`), as it did before.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
/** The worker started through tsx: the fallback. */
export const TSX_WORKER = new URL('./nlp-worker-boot.mjs', import.meta.url);

/**
 * Returns the bundled worker for the code whose digest is `codeKey` (building it when missing) or `TSX_WORKER` when
 * it cannot be built. `cacheDir` is for tests.
 */
export async function workerEntry(codeKey: string, cacheDir = path.join(ROOT, 'node_modules/.cache/threadlens')): Promise<URL> {
  const name = `nlp-worker-${codeKey.slice(0, 16)}.mjs`;
  const file = path.join(cacheDir, name);
  if (existsSync(file)) return pathToFileURL(file);
  try {
    const { build } = await import('esbuild');
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await build({
      entryPoints: [path.join(HERE, 'nlp-worker.ts')],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      // Packages resolve from the bundle's folder up, so it must sit inside the project.
      absWorkingDir: ROOT,
      logLevel: 'silent',
    });
    renameSync(tmp, file);
    // Bundles of older code are of no use any more.
    for (const f of readdirSync(cacheDir)) if (/^nlp-worker-.*\.mjs$/.test(f) && f !== name) rmSync(path.join(cacheDir, f), { force: true });
    return pathToFileURL(file);
  } catch {
    return TSX_WORKER;
  }
}
