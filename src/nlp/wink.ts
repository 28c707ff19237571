import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance with the English lite model; remedies add custom entities to it before reading. */
export type Nlp = ReturnType<typeof winkNLP>;
/** A wink-nlp document read by `Nlp.readDoc`. */
export type Doc = ReturnType<Nlp['readDoc']>;

// wink-eng-lite-web-model's `metaCER()` re-stringifies its module-level meta model on every call, so a second
// instance in one process receives a doubly encoded model and `learnCustomEntities` breaks (and memory grows).
// The first result is kept and handed to every instance.
const original = model as unknown as { metaCER: () => unknown };
let metaCER: unknown;
const stableModel = { ...model, metaCER: () => (metaCER ??= original.metaCER()) } as typeof model;

/** Returns a new wink-nlp instance (each worker and each analyzer owns one: custom entities mutate it). */
export function createNlp(): Nlp {
  return winkNLP(stableModel);
}
