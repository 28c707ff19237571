#!/usr/bin/env -S node --max-semi-space-size=64 --max-old-space-size=16384 --heap-growing-percent=25
// Entry for the `threadlens` bin: registers tsx so the TypeScript sources run without a build step. A 64 MB young
// generation (default 16) halves the garbage collector's share of the corpus stage on large inputs. The 16 GB heap
// limit (Node's default here is about 4 GB) lets a million comments (about 7 GB of heap) finish instead of aborting. A
// fixed 25% heap growth (V8 lets a large heap grow by up to 4x between collections) keeps the peak near the live heap:
// 100k synthetic comments peaked at 1.07 GB instead of 1.32 in the same time, a million at 7.3 GB instead of 9.8 in
// about 14% more time (more full collections of a heap of several GB).
import { register } from 'tsx/esm/api';

process.env.THREADLENS_BIN = '1';
register();
await import('./cli.ts');
