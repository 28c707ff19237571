import model from 'wink-eng-lite-web-model';
import { modelLexemes } from '../nlp/wink.ts';

/** wink's sentiment lexicon as plain data: single-word polarity by normal, in [-1, 1]. */
export type WinkLexicon = ReadonlyMap<string, number>;

// The automaton's `otherwise` event id (see wink-nlp src/automaton.js); a terminal reached through it ends a pattern.
const OTHERWISE = '2070003';

type Fsm = Record<string, Record<string, number>>;
type WinkModel = { sa: () => { machines: string[] } };

let cached: WinkLexicon | undefined;

/**
 * Returns the single-word entries of the sentiment lexicon wink-nlp scores with, decoded once from the model's
 * automaton. The scorer needs a token's own polarity to take a neutralised word back out of wink's sentence average.
 */
export function winkLexicon(): WinkLexicon {
  if (cached) return cached;
  const m = model as unknown as WinkModel;
  const words = modelLexemes();
  const machine = m.sa().machines[0];
  const lexicon = new Map<string, number>();
  if (machine === undefined) return (cached = lexicon);
  const [, , fsm, terminal] = JSON.parse(machine) as [number, number, Fsm, Record<string, string>];
  const root = fsm['0'] ?? {};
  for (const [event, state] of Object.entries(root)) {
    if (event === OTHERWISE) continue;
    const word = words[Number(event)];
    if (word === undefined) continue;
    // A word that also starts longer patterns is terminal only through its `otherwise` branch.
    const score = terminal[String(state)] ?? terminal[String(fsm[String(state)]?.[OTHERWISE])];
    if (score !== undefined) lexicon.set(word, Number(score) / 1000);
  }
  return (cached = lexicon);
}
