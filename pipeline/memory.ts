/**
 * A warning before a run that will likely outgrow the heap: every post's record stays in memory until the corpus
 * stage, so the peak heap grows with the input. Measured: about 13 bytes of heap per byte of Markdown (100k synthetic
 * comments, 84 MB: about 1.1 GB; 1M comments, 837 MB: the run finished with a 16 GB limit, where Node's default of
 * about 4 GB aborted it).
 */
import { getHeapStatistics } from 'node:v8';
import { cliHeapShort } from '../src/messages/cli.ts';

const HEAP_PER_INPUT_BYTE = 13;

/** The warning's text when `inputBytes` of Markdown likely need more heap than `limitBytes`; null when they fit. */
export function heapShortfall(inputBytes: number, limitBytes = getHeapStatistics().heap_size_limit): string | null {
  const need = inputBytes * HEAP_PER_INPUT_BYTE;
  if (need <= limitBytes * 0.9) return null;
  const gb = (n: number) => Math.round((n / 2 ** 30) * 10) / 10;
  return cliHeapShort(Math.round(inputBytes / 2 ** 20), gb(need), gb(limitBytes));
}
