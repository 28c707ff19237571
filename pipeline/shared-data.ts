/** Where the workplace's shared data lives: `../shared` beside the repository, or `THREADLENS_SHARED`. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared folder (corpus, gold labels, sentiment sets). */
export const SHARED = process.env.THREADLENS_SHARED ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');
/** The real archive's posts folder. */
export const ARCHIVE_POSTS = path.join(SHARED, 'corpus/criticalmas/posts');
/** The archive root (`post_path` of labelled threads is relative to it). */
export const ARCHIVE_ROOT = path.join(SHARED, 'corpus/criticalmas');
/** The hand-labelled reference thread. */
export const SEED_GOLD = path.join(SHARED, 'gold/seed-thread.json');
