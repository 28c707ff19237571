import { isModelWord, type Doc } from '../nlp/wink.ts';
import { lineAt, maskForNlp } from '../nlp/prepare.ts';
import type { CandidateSighting, Mention, Outcome } from '../schema/mention.ts';
import { avoidedByPronoun, avoidedInList, freeOfList, MAY_AVOID_A_LIST, MAY_AVOID_BY_PRONOUN, MAY_BE_FREE_OF_A_LIST } from './avoidance.ts';
import { createFoodGuard } from './guard.ts';
import { isGenericWordInName, isInsideName } from './proper-name.ts';
import { isCyclingAsStrategy, isInBodyPartList, isModifier, isNamedAsPurpose, isNamedAsWish, isRunningSomething, isServiceToClients, isStoredFood, isSymptomTrigger, isTaughtForWork, isTimedPause, isWorkplace, otherSenseOf } from './sense.ts';
import { isInsideQuotedTitle } from './title.ts';
import { ingredientLines } from './recipe.ts';
import { isNamedAsSource } from './source-sense.ts';
import { discoverCandidates, type DocView, type Span } from './discover.ts';
import { key, type RemedyMatcher } from './matcher.ts';
import type { Cue } from './cues.ts';
import { mayNameTopic, topicsOf, topicSpans, type Topic } from './topic.ts';

/**
 * Where a text comes from: the caller passes `comment_id: ''` for the post body and the text's first source line, and
 * the thread's topics (`threadTopics`) when the text belongs to a post.
 */
export type ExtractContext = {
  post_id: string;
  comment_id: string;
  author: string;
  text: string;
  body_line: number;
  topics?: readonly Topic[];
  /** The text is a title: its capitals mark no name (`Update on My Ice Cream Experiment`). */
  heading?: boolean;
};

/**
 * Returns the remedy mentions of one text (in text order, one per occurrence) and the candidate terms the lexicon
 * lacks. `doc` must be `matcher.nlp.readDoc(maskForNlp(ctx.text))`; offsets and lines refer to `ctx.text`.
 */
export function extractRemedies(doc: Doc, matcher: RemedyMatcher, ctx: ExtractContext): { mentions: Mention[]; candidates: CandidateSighting[] } {
  const its = matcher.nlp.its;
  const spans: Span[] = [];
  doc.customEntities().each((e: { out: (f: unknown) => unknown }) => {
    const [start, end] = e.out(its.span) as unknown as [number, number];
    spans.push({ type: (e.out(its.detail) as unknown as { type: string }).type, start, end });
  });
  // Read before the early return only for the few texts that may leave a food out by pronoun or in a list; kept for below.
  let early: { normals: string[]; pos: string[]; sentences: [number, number][] } | null = null;
  const sortSpans = () => spans.sort((x, y) => x.start - y.start || x.end - y.end);
  // The remedy readings and vetoes a listed food's tokens overlap.
  const readingsOver = (f: { start: number; end: number }) => spans.filter((s) => (s.type.startsWith('r:') || s.type === 'x') && s.start <= f.end && s.end >= f.start);
  const readEarly = () => ({ normals: doc.tokens().out(its.normal), pos: doc.tokens().out(its.pos), sentences: doc.sentences().out(its.span) as unknown as [number, number][] });
  if (MAY_AVOID_BY_PRONOUN.test(ctx.text)) {
    early = readEarly();
    const found = avoidedByPronoun(early.normals, early.pos, early.sentences, matcher.owners);
    for (const f of found) if (matcher.entries.has(f.id)) spans.push({ type: `r:${f.id}`, start: f.start, end: f.end });
    if (found.length > 0) sortSpans();
  }
  // A food further on in a list after a leaving verb (`I avoid wheat, sugar and seed oils`) is left out too. A phrase
  // that reaches past its words (`avoid wheat`) stays, and so does the food's own reading where it counts (`dairy` in
  // health talk): the list's reading stands in for it only where it does not (`fallbackOf`). A veto inside the words
  // gives way (`vegetable oils` is no vegetable, but `cut out vegetable oils` names a remedy).
  const fallbackOf = new Map<Span, Span>();
  const listed = new Set<Span>(); // the verb settles what a listed food means: it needs no health talk (`guarded`)
  if (MAY_AVOID_A_LIST.test(ctx.text)) {
    early ??= readEarly();
    const found = avoidedInList(early.normals, early.pos, early.sentences, matcher.owners);
    let added = false;
    for (const f of found) {
      if (!matcher.entries.has(f.id)) continue;
      const overlapping = readingsOver(f);
      if (overlapping.some((s) => s.start < f.start || s.end > f.end)) continue;
      const own = overlapping.filter((s) => s.type.startsWith('r:'));
      if (own.length > 1) continue;
      for (const s of overlapping) if (s.type === 'x') spans.splice(spans.indexOf(s), 1);
      const span = { type: `r:${f.id}`, start: f.start, end: f.end };
      spans.push(span); // after the food's own reading: the sort below is stable
      listed.add(span);
      if (own[0] !== undefined) fallbackOf.set(span, own[0]);
      added = true;
    }
    if (added) sortSpans();
  }
  // The earlier foods of a list that ends in `free` (`sugar and grain free`) are left out too.
  if (MAY_BE_FREE_OF_A_LIST.test(ctx.text)) {
    early ??= readEarly();
    // The list's reading stands in for the item's own (`dairy` the food); a phrase reaching past the item stays.
    let added = false;
    for (const f of freeOfList(early.normals, early.pos, matcher.owners)) {
      const overlapping = readingsOver(f);
      if (!matcher.entries.has(f.id) || overlapping.some((s) => s.start < f.start || s.end > f.end)) continue;
      for (const s of overlapping) spans.splice(spans.indexOf(s), 1);
      const span = { type: `r:${f.id}`, start: f.start, end: f.end };
      spans.push(span);
      listed.add(span); // `free` settles what the food means, as a leaving verb does
      added = true;
    }
    if (added) sortSpans();
  }
  // A thread word of the thread's topic (`potatoes` under "The Potato Diet") names it where nothing else is matched;
  // the title settles what it means, so it needs no health talk around it (`topical`).
  const topical = new Set<Span>();
  if (ctx.topics !== undefined && ctx.topics.length > 0 && mayNameTopic(ctx.text, ctx.topics)) {
    early ??= readEarly();
    const found = topicSpans(doc.tokens().out(its.value), early.normals, spans, ctx.topics);
    for (const span of found) {
      spans.push(span);
      topical.add(span);
    }
    if (found.length > 0) sortSpans();
  }
  if (!spans.some((s) => s.type.startsWith('r:') || s.type === 'd' || s.type.startsWith('c:'))) return { mentions: [], candidates: [] };

  const values = doc.tokens().out(its.value);
  const spaces = doc.tokens().out(its.precedingSpaces);
  const offsets: number[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += (spaces[i] ?? '').length;
    offsets.push(at);
    at += (values[i] ?? '').length;
  }
  const startOf = (t: number) => offsets[t] ?? 0;
  const endOf = (t: number) => startOf(t) + (values[t] ?? '').length;
  const sentenceSpans = early?.sentences ?? (doc.sentences().out(its.span) as unknown as [number, number][]);
  const sentenceOf = (t: number) => {
    let lo = 0;
    let hi = sentenceSpans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((sentenceSpans[mid]?.[0] ?? 0) <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const sentenceText = (s: number) => {
    const [a = 0, b = 0] = sentenceSpans[s] ?? [];
    return ctx.text.slice(startOf(a), endOf(b)).trim();
  };
  const negation = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const normals = early?.normals ?? doc.tokens().out(its.normal);
  const pos = early?.pos ?? doc.tokens().out(its.pos);

  const cues = spans.filter((s) => s.type.startsWith('c:'));
  const matchedText = (s: Span) => ctx.text.slice(startOf(s.start), endOf(s.end));
  const foodGuard = createFoodGuard({
    normals,
    sentenceSpans,
    cueSentences: new Set(cues.filter((c) => matcher.cues[Number(c.type.slice(2))]?.praise !== true).map((c) => sentenceOf(c.start))),
    effectSentences: new Set(cues.filter((c) => reportsAnEffect(matcher.cues[Number(c.type.slice(2))])).map((c) => sentenceOf(c.start))),
    remedySentences: new Set(
      spans
        // A case-exact form written otherwise (`mg` the unit for `Mg`, `art` for `ART`) names no remedy, so it opens no guard.
        .filter((s) => s.type.startsWith('r:') && matcher.entries.get(s.type.slice(2))?.category !== 'diet-and-food' && !matcher.guarded.has(key(matchedText(s))) && !matcher.goals.has(key(matchedText(s))))
        .filter((s) => matcher.exact.get(key(matchedText(s)))?.has(matchedText(s)) ?? true)
        .map((s) => sentenceOf(s.start)),
    ),
  });
  const helpedSentences = new Set(cues.filter((c) => matcher.cues[Number(c.type.slice(2))]?.outcome === 'helped').map((c) => sentenceOf(c.start)));
  const mentions: Mention[] = [];
  const counted = new Set<Span>();
  let ingredientAt: ((offset: number) => boolean) | undefined; // read once, for the first food that asks
  for (const s of spans) {
    if (!s.type.startsWith('r:')) continue;
    const stoodFor = fallbackOf.get(s);
    if (stoodFor !== undefined && counted.has(stoodFor)) continue;
    const id = s.type.slice(2);
    const entry = matcher.entries.get(id);
    const matched = matchedText(s);
    if (entry === undefined) continue;
    const allowed = topical.has(s) ? undefined : matcher.exact.get(key(matched));
    if (allowed !== undefined && !allowed.has(matched)) continue;
    const sentence = sentenceOf(s.start);
    const plain = !listed.has(s) && !topical.has(s) && matcher.guarded.has(key(matched));
    // A food the thread's title names as a remedy is the thread's subject: it needs no health talk (`topic.ts`).
    if (plain && !foodGuard(sentence) && ctx.topics?.some((t) => t.id === id && t.unguarded) !== true) continue;
    if (plain && ctx.heading !== true && isInsideName(values, sentenceSpans[sentence]?.[0] ?? 0, s.start)) continue;
    const span = sentenceSpans[sentence] ?? [s.start, s.end];
    if (plain && s.start === s.end && (isModifier(normals, pos, s.end) || isInBodyPartList(normals, s.start) || isWorkplace(normals, span, s.start))) continue;
    if (otherSenseOf(normals, s.end) !== undefined) continue;
    if (isInsideQuotedTitle(values, span, s.start, s.end)) continue;
    if (s.start === s.end && isGenericWordInName(values, normals, span[0], s.start)) continue;
    if (isNamedAsSource(normals, pos, span[0], s.start)) continue;
    if (entry.category === 'exercise-and-movement' && isTaughtForWork(normals, span, s.start)) continue;
    if (entry.category === 'manual-therapy' && isServiceToClients(normals, span)) continue;
    const movement = entry.category === 'exercise-and-movement' && s.start === s.end;
    if (movement && !helpedSentences.has(sentence) && isSymptomTrigger(normals, span, s.start, s.end)) continue;
    if (movement && isRunningSomething(normals, s.start)) continue;
    if (movement && isCyclingAsStrategy(normals, span, s.start)) continue;
    if (s.start === s.end && isTimedPause(normals, span, s.start)) continue;
    if (entry.category === 'diet-and-food' && !listed.has(s) && isStoredFood(normals, pos, span, s.start)) continue;
    if (INGREDIENT_CATEGORIES.has(entry.category) && (ingredientAt ??= ingredientLines(ctx.text))(startOf(s.start))) continue;
    if (matcher.goals.has(key(matched)) && (isNamedAsPurpose(normals, s.start) || isNamedAsWish(normals, s.start) || !reportsEffect(s, sentence, cues, sentenceOf, matcher, normals))) continue;
    let negated = false;
    for (let t = s.start; t <= s.end; t++) negated ||= negation[t] === true;
    counted.add(s);
    mentions.push({
      post_id: ctx.post_id,
      comment_id: ctx.comment_id,
      remedy_id: id,
      category: entry.category,
      matched_text: matched,
      negated,
      outcome: outcomeOf(s, sentence, sentenceText(sentence), cues, sentenceOf, negation, matcher),
      sentence: sentenceText(sentence),
      sentence_index: sentence,
      source_line: lineAt(ctx.text, startOf(s.start), ctx.body_line),
    });
  }

  const view: DocView = {
    values,
    normals,
    pos,
    stop: doc.tokens().out(its.stopWordFlag) as unknown as boolean[],
    negation,
    sentenceOf,
    sentenceStart: (s) => sentenceSpans[s]?.[0] ?? 0,
    sentenceText,
    isModelWord,
  };
  const candidates = discoverCandidates(view, spans, matcher, ctx);
  return { mentions, candidates };
}

/**
 * A thread's topics (see `topic.ts`): the remedies its post's `title` names that list thread words or are foods with
 * guarded words. The title is read like any text (a food in it needs the health talk it needs anywhere: `Ice Cream
 * Experiment`, not `Pressure Cooker is a Game Changer`) but as a heading (`heading`), and only when the lexicon has such
 * entries.
 */
export function threadTopics(title: string, matcher: RemedyMatcher): Topic[] {
  if (matcher.topics.size === 0 || title.trim() === '') return [];
  const doc = matcher.nlp.readDoc(maskForNlp(title));
  const { mentions } = extractRemedies(doc, matcher, { post_id: '', comment_id: '', author: '', text: title, body_line: 1, heading: true });
  return topicsOf(mentions.map((m) => m.remedy_id), matcher.topics);
}

// What a recipe's ingredient line may name: foods, drinks, and supplements that are also foods (potato starch, gelatin).
const INGREDIENT_CATEGORIES: ReadonlySet<string> = new Set(['diet-and-food', 'supplements', 'lifestyle']);

// An effect is reported by a cue that is neither praise nor a plan (`helped`, `did nothing`, `made it worse`).
function reportsAnEffect(cue: Cue | undefined): boolean {
  return cue !== undefined && cue.praise !== true && cue.outcome !== 'considering';
}

// A goal phrase (`lose weight`) names a remedy only as the subject of a reported effect: an outcome cue after it in
// its sentence that is neither praise nor a plan (`losing weight cured my knees`, not `exercise helps you lose weight`),
// and in its clause: a cue past `but` speaks of something else (`weight loss isn't an issue anymore, but I think it
// works really well`).
function reportsEffect(s: Span, sentence: number, cues: readonly Span[], sentenceOf: (t: number) => number, matcher: RemedyMatcher, normals: readonly string[]): boolean {
  return cues.some(
    (c) => c.start > s.end && sentenceOf(c.start) === sentence && reportsAnEffect(matcher.cues[Number(c.type.slice(2))]) && !normals.slice(s.end + 1, c.start).includes('but'),
  );
}

function outcomeOf(
  s: Span,
  sentence: number,
  text: string,
  cues: readonly Span[],
  sentenceOf: (t: number) => number,
  negation: readonly boolean[],
  matcher: RemedyMatcher,
): Outcome {
  if (text.endsWith('?')) return 'considering';
  let best: { d: number; outcome: Outcome } | undefined;
  for (const c of cues) {
    if (sentenceOf(c.start) !== sentence) continue;
    const cue = matcher.cues[Number(c.type.slice(2))];
    if (cue === undefined) continue;
    const d = c.start > s.end ? c.start - s.end : s.start - c.end;
    let outcome: Outcome = cue.outcome;
    if (negation[c.start] === true && cue.outcome === 'helped') outcome = 'no-effect';
    else if (negation[c.start] === true && cue.outcome !== 'no-effect') outcome = 'unknown';
    if (best === undefined || d < best.d) best = { d, outcome };
  }
  return best?.outcome ?? 'unknown';
}
