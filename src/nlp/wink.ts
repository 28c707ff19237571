import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A wink-nlp instance with the English lite model; remedies add custom entities to it before reading. */
export type Nlp = ReturnType<typeof winkNLP>;
/** A wink-nlp document read by `Nlp.readDoc`. */
export type Doc = ReturnType<Nlp['readDoc']>;

// wink-eng-lite-web-model's `metaCER()` re-stringifies its module-level meta model on every call, so a second
// instance in one process receives a doubly encoded model and `learnCustomEntities` breaks (and memory grows).
// The first result is kept and handed to every instance.
const original = model as unknown as { metaCER: () => unknown; core: () => CoreModel };
let metaCER: unknown;

type CoreModel = { features: { lexeme: { hash: Record<string, number>; list: string[]; intrinsicSize: number } } };

/**
 * wink-nlp remembers every out-of-vocabulary word it has read, and its tokenizer keeps a remembered word whole, so
 * `H.I.T.` splits differently the first time it is read than afterwards: results would depend on which texts an
 * instance read before (worker assignment, cache hits). So before each document the words the previous document
 * taught it are forgotten again, except words of letters only: the tokenizer never splits those, so remembering them
 * changes nothing but saves extracting their features again in every document that uses them. The model's vocabulary
 * and the custom-entity words stay. (Slots of forgotten words stay in wink's lists, so old token indices resolve.)
 */
class LexemeScope {
  private mark: number;

  constructor(private readonly lexeme: CoreModel['features']['lexeme']) {
    this.mark = lexeme.list.length;
  }

  /** Keeps every word known now (after learning custom entities). */
  keep(): void {
    this.mark = this.lexeme.list.length;
  }

  /** Forgets the words learned since the last call or `keep()`, but words of letters only. */
  forget(): void {
    const { hash, list } = this.lexeme;
    for (let i = this.mark; i < list.length; i++) {
      const word = list[i] as string;
      if (hash[word] === i && !LETTERS_ONLY.test(word)) delete hash[word];
    }
    this.mark = list.length;
  }
}

const LETTERS_ONLY = /^\p{L}+$/u;

let lastScope: LexemeScope | null = null;
let lastLexeme: CoreModel['features']['lexeme'] | null = null;
const stableModel = {
  ...model,
  metaCER: () => (metaCER ??= original.metaCER()),
  core: () => {
    const core = original.core();
    lastScope = new LexemeScope(core.features.lexeme);
    lastLexeme = core.features.lexeme;
    return core;
  },
} as typeof model;

/** A wink-nlp pipe: the annotators a read runs (`sbd`, `negation`, `sentiment`, `pos`, `ner`, `cer`). */
export type Pipe = NonNullable<Parameters<typeof winkNLP>[1]>;

/**
 * What the analysis reads with: wink's default pipe without `ner` (its named entities, dates and the like, are not
 * used, and cost about a quarter of a read). Tokens, sentences, negation, sentiment and POS are the same as with it.
 */
export const ANALYSIS_PIPE: Pipe = ['sbd', 'negation', 'sentiment', 'pos', 'cer'];

/**
 * Returns a new wink-nlp instance (each worker and each analyzer owns one: custom entities mutate it) whose results
 * for a text do not depend on the texts it read before. `pipe` defaults to wink's own default (all annotators).
 */
export function createNlp(pipe?: Pipe): Nlp {
  const nlp = pipe ? winkNLP(stableModel, pipe) : winkNLP(stableModel);
  const scope = lastScope as LexemeScope;
  scope.keep();
  const readDoc = nlp.readDoc.bind(nlp);
  const learn = nlp.learnCustomEntities.bind(nlp);
  nlp.readDoc = (text: string) => {
    scope.forget();
    return readDoc(text);
  };
  // Words of the patterns must stay known to the matcher.
  nlp.learnCustomEntities = ((...args: Parameters<typeof learn>) => {
    scope.forget();
    try {
      return learn(...args);
    } finally {
      scope.keep();
    }
  }) as typeof learn;
  return nlp;
}

/**
 * The model's vocabulary, by lexeme id: that of an instance this thread already made (decoding the core model again
 * costs about 0.2 s), else freshly decoded. Ids of the model's own words never change; later words are appended.
 */
export function modelLexemes(): readonly string[] {
  return modelLexeme().list;
}

/**
 * Whether `normal` (a lower-case word) is a word of the model's own English vocabulary, as opposed to one it met in a
 * text or a custom-entity pattern: `impact`, `bonus`, `pressure` are; `ashwagandha`, `feldenkrais`, `duolingo` are not.
 * The answer does not depend on what was read before: read words get ids after the model's own.
 */
export function isModelWord(normal: string): boolean {
  const lexeme = modelLexeme();
  const id = lexeme.hash[normal];
  return id !== undefined && id < lexeme.intrinsicSize;
}

// The lexeme table of the last instance made in this thread, else a freshly decoded one (kept for later calls).
function modelLexeme(): CoreModel['features']['lexeme'] {
  return (lastLexeme ??= original.core().features.lexeme);
}
