import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance with the English lite model; remedies add custom entities to it before reading. */
export type Nlp = ReturnType<typeof winkNLP>;
/** A wink-nlp document read by `Nlp.readDoc`. */
export type Doc = ReturnType<Nlp['readDoc']>;

/** Returns a new wink-nlp instance (each worker and each analyzer owns one: custom entities mutate it). */
export function createNlp(): Nlp {
  return winkNLP(model);
}
