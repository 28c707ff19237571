import { GROUP_WORDS, MODIFIED_HEADS_KEPT, REMEDY_HEADS, TOPIC_PASSIVES, TOPIC_WORDS } from './cues.ts';
import { BODY_PARTS, BUSINESS_VERBS, FLAVOUR_TAILS, LIST_GLUE, PLACE_WORDS, PROFESSION_WORDS, RELIEF_WORDS, STRATEGY_WORDS, SYMPTOM_WORDS, TEACH_WORDS, TRIGGER_WORDS, WORK_WORDS } from './context-words.ts';

/** Why a matched remedy name names something else: the people who follow or practise it, a topic spoken about, or another thing it qualifies. */
export type OtherSense = 'group' | 'profession' | 'topic' | 'modifier';

const NEAR = 4;

/** A sentence's first and last token. */
export type TokenSpan = readonly [number, number];

/**
 * Returns the other sense of the remedy name at tokens `start..end` (by token normal forms), or undefined when it may
 * name the remedy: followed by a group word (`keto crowd`, `Blue Zones folks`) it names people, by a profession
 * (`rehab doctor`, `cardio surgeons`) the people who practise it; followed by a topic word (`vitamin D production`)
 * or a passive of study (`how vitamin D is measured`) it names a topic.
 */
export function otherSenseOf(normals: readonly string[], end: number): OtherSense | undefined {
  const next = normals[end + 1] ?? '';
  if (GROUP_WORDS.has(next)) return 'group';
  if (PROFESSION_WORDS.has(next)) return 'profession';
  if (TOPIC_WORDS.has(next)) return 'topic';
  if (/^(is|are|was|were|being|been)$/.test(next) && TOPIC_PASSIVES.has(normals[end + 2] ?? '')) return 'topic';
  return undefined;
}

/**
 * Returns whether the one-word plain name at token `t` qualifies the noun after it (`gym bag`, `workout days`,
 * `coffee table`) or names a taste (`lemon flavored`): it then names that other thing. A remedy head
 * (`coffee enema`, `gym routine`) keeps it.
 */
export function isModifier(normals: readonly string[], pos: readonly string[], t: number): boolean {
  const next = normals[t + 1] ?? '';
  if (FLAVOUR_TAILS.has(next) || (next === '-' && FLAVOUR_TAILS.has(normals[t + 2] ?? ''))) return true;
  return (pos[t + 1] === 'NOUN' || pos[t + 1] === 'PROPN') && /^[a-z]/.test(next) && !REMEDY_HEADS.has(next) && !MODIFIED_HEADS_KEPT.has(next);
}

/** Returns whether the plain word at token `t` is an item of a list of body parts (`joints, liver/stomach, back`): it names the organ. */
export function isInBodyPartList(normals: readonly string[], t: number): boolean {
  const beside = (step: -1 | 1) => {
    let i = t + step;
    if (!LIST_GLUE.has(normals[i] ?? '')) return false;
    while (LIST_GLUE.has(normals[i] ?? '')) i += step;
    return BODY_PARTS.has(normals[i] ?? '');
  };
  return beside(-1) || beside(1);
}

/**
 * Returns whether the movement at tokens `start..end` is named as what provokes a symptom in its sentence `span`:
 * after a symptom and a trigger word close together (`it feels worse when I bend into a squat`), or right after a
 * trigger word with the symptom close behind (`when I sprint my calf aches`). A sentence that reports relief
 * (`hurts less when I walk`) keeps it.
 */
export function isSymptomTrigger(normals: readonly string[], span: TokenSpan, start: number, end: number): boolean {
  const before = normals.slice(span[0], start);
  const after = normals.slice(end + 1, span[1] + 1);
  if ([...before, ...after].some((w) => RELIEF_WORDS.has(w))) return false;
  const trigger = before.findLastIndex((w) => TRIGGER_WORDS.has(w));
  if (trigger < 0 || before.slice(trigger + 1).some((w) => SYMPTOM_WORDS.has(w))) return false;
  // Near means a few tokens: `if you enjoy running, ... stop worrying about hurting yourself` is advice, not a trigger.
  if (before.slice(Math.max(0, trigger - NEAR), trigger).some((w) => SYMPTOM_WORDS.has(w))) return true;
  return before.length - trigger <= NEAR && after.slice(0, NEAR + 2).some((w) => SYMPTOM_WORDS.has(w));
}

/**
 * Returns whether the place word at token `t` (`gym`, `clinic`) is named as someone's workplace in its sentence `span`,
 * or as a business someone runs (`running a super-hygienic gym`, `he owns two studios`): a business verb, then a
 * determiner, within a few tokens before it.
 */
export function isWorkplace(normals: readonly string[], span: TokenSpan, t: number): boolean {
  if (!PLACE_WORDS.has(normals[t] ?? '')) return false;
  for (let j = t - 1; j > span[0] && j >= t - NEAR - 1; j--) {
    if ((DETERMINERS.has(normals[j] ?? '') || /^\d|^(two|three|four|several|many)$/.test(normals[j] ?? '')) && BUSINESS_VERBS.has(normals[j - 1] ?? '')) return true;
    if (/^(to|at|in|into|from|on|of|with)$/.test(normals[j] ?? '')) break;
  }
  for (let i = span[0]; i <= span[1]; i++) {
    const w = normals[i] ?? '';
    if (WORK_WORDS.has(w)) return true;
    if (/^(work|works|worked|working)$/.test(w) && /^(at|from|in|for)$/.test(normals[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * Returns whether the movement at token `start` is what someone teaches for a living in its sentence `span`: a teaching
 * word a few tokens before it (`he teaches wrestling/boxing`) in a sentence about work (`job`, `full time`). Taught
 * to the writer (`my PT taught me squats`) it stays a remedy, since such a sentence does not speak of a job.
 */
export function isTaughtForWork(normals: readonly string[], span: TokenSpan, start: number): boolean {
  const before = normals.slice(Math.max(span[0], start - NEAR), start);
  if (!before.some((w) => TEACH_WORDS.has(w))) return false;
  const sentence = normals.slice(span[0], span[1] + 1);
  return sentence.some((w, i) => WORK_WORDS.has(w) || (w === 'full' && /^(time|-time)$/.test(sentence[i + 1] ?? '')) || w === 'full-time' || (w === 'a' && sentence[i + 1] === 'living'));
}

const SHORT_UNITS = new Set(['seconds', 'second', 'secs', 'sec', 'minutes', 'minute', 'mins', 'min']);

/**
 * Returns whether the word at token `t` is `rest` (or `resting`) as a pause within a workout, timed in seconds or minutes (`sprint, then rest for
 * 2-3 minutes`, `3 minutes of rest`): a number and a short unit close after it, or a short unit and `of` right before
 * it. Rest for days or weeks (time off) keeps it.
 */
export function isTimedPause(normals: readonly string[], span: TokenSpan, t: number): boolean {
  if (normals[t] !== 'rest' && normals[t] !== 'resting') return false;
  if (SHORT_UNITS.has(normals[t - 2] ?? '') && normals[t - 1] === 'of') return true;
  const after = normals.slice(t + 1, Math.min(span[1], t + 6) + 1);
  const unit = after.findIndex((w) => SHORT_UNITS.has(w));
  return unit > 0 && after.slice(0, unit).some((w) => /^\d/.test(w));
}

const RUN_WORDS = new Set(['run', 'runs', 'ran', 'running']);
const AMOUNT_WORDS = new Set(['few', 'couple', 'lot', 'bit', 'little', 'while', 'long', 'number', 'year', 'month', 'week', 'day', 'heck', 'ton', 'tad', 'bunch']);
const DETERMINERS = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'your', 'this', 'that', 'its']);
const RUN_OBJECTS = new Set(
  `marathon marathons 5k 10k 15k 5km 10km mile miles km kilometer kilometers kilometre kilometres race races half ultra
  sprint sprints hill hills stairs steps trail trails track lap laps loop loops distance route course leg workout
  interval intervals tempo pace`.split(/\s+/),
);

/**
 * Returns whether the run word at token `t` runs something (`running a business`, `who's running a net neutral book`):
 * a determiner right after it, and no running object (a race, miles, a hill) among the next three words.
 */
export function isRunningSomething(normals: readonly string[], t: number): boolean {
  if (!RUN_WORDS.has(normals[t] ?? '') || !DETERMINERS.has(normals[t + 1] ?? '')) return false;
  // `running a few years ago`, `ran a lot`: an amount, not an object.
  if (normals[t + 1] === 'a' && AMOUNT_WORDS.has(normals[t + 2] ?? '')) return false;
  return !normals.slice(t + 2, t + 5).some((w) => RUN_OBJECTS.has(w) || /^\d/.test(w));
}

const PURPOSE_BEFORE = new Set(['for', 'regarding', 'about', 're']);
const PURPOSE_PAIRS = new Set(['respect to', 'regard to', 'regards to', 'terms of', 'comes to', 'aid in', 'aids in', 'help with', 'helps with']);
/** Words before `to` that make the goal after it a wish (`striving to lose weight`) or a task weighed (`easy to lose weight`). */
const WISH_BEFORE_TO = new Set(
  `want wants wanted wanting need needs needed wish wishes wished hope hopes hoped hoping strive strives striving strove
  struggle struggles struggled struggling desire desperate easy easier hard harder difficult tough impossible`.split(/\s+/),
);
/** Words of difficulty right before a goal (`how difficult losing weight is`): the goal as a task weighed. */
const DIFFICULTY_BEFORE = new Set(['easy', 'easier', 'hard', 'harder', 'difficult', 'tough']);

/**
 * Returns whether the goal phrase at token `start` (`weight loss`, `losing fat`) is named as a purpose or a topic:
 * after `for`, `about`, `regarding`, or `with respect to`, `in terms of`, `when it comes to`
 * (`doctors prescribed amphetamine for weight loss, and it worked`, `with respect to weight loss, we are where doctors
 * were`). A cue later in the sentence then speaks of what was taken for it, not of the goal.
 */
export function isNamedAsPurpose(normals: readonly string[], start: number): boolean {
  const before = normals[start - 1] ?? '';
  return PURPOSE_BEFORE.has(before) || PURPOSE_PAIRS.has(`${normals[start - 2] ?? ''} ${before}`);
}

/**
 * Returns whether the goal phrase at token `start` (`lose weight`, `losing weight`) is named as a wish or a task weighed,
 * not reached: after `to` behind a verb of wanting or striving or a word of difficulty (`a 340lb man who is striving to
 * lose weight for my health, and to feel better`, `I didn't need to lose weight`, `it's easy to lose weight`), or right
 * after a word of difficulty (`how difficult losing weight is`). A cue later in the sentence then speaks of something
 * else. `trying to` is kept out: `trying to lose weight` is often the effort itself (`I was trying to lose weight and
 * my knees got better`).
 */
export function isNamedAsWish(normals: readonly string[], start: number): boolean {
  const before = normals[start - 1] ?? '';
  if (DIFFICULTY_BEFORE.has(before) || isWishedLuck(normals, start)) return true;
  return before === 'to' && WISH_BEFORE_TO.has(normals[start - 2] ?? '');
}

const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'their', 'our']);

/**
 * Returns whether the goal phrase at token `start` is what someone is wished luck or success with (`Good luck with
 * your weight loss and knee improvements`, `best of luck on losing weight`): a wish to another, not a goal reached.
 */
export function isWishedLuck(normals: readonly string[], start: number): boolean {
  const at = POSSESSIVES.has(normals[start - 1] ?? '') ? start - 1 : start;
  return /^(with|on|in)$/.test(normals[at - 1] ?? '') && /^(luck|success)$/.test(normals[at - 2] ?? '');
}

const STORING_VERBS = new Set(
  `freeze freezes freezing froze frozen refrigerate refrigerates refrigerating refrigerated thaw thaws thawing thawed
  defrost defrosts defrosting defrosted store stores storing stored canning canned preserve preserves preserving
  preserved dehydrate dehydrates dehydrating dehydrated`.split(/\s+/),
);
const STORED_WINDOW = 6;

/**
 * Returns whether the food at token `start` is named as what someone keeps or stores (`I freeze a lot of fruit and
 * beet juice`, `to store potatoes in the fridge`): the nearest verb before it in its sentence `span`, a few tokens
 * back, is a storing verb (freeze, store, thaw, can, dehydrate). The food is then a kitchen's stock, not a remedy. A
 * participle right before the food or after a determiner qualifies it (`frozen blueberries`, `a frozen square of beef
 * liver`) and keeps it.
 */
export function isStoredFood(normals: readonly string[], pos: readonly string[], span: TokenSpan, start: number): boolean {
  for (let i = start - 1; i >= Math.max(span[0], start - STORED_WINDOW); i--) {
    if (pos[i] !== 'VERB') continue;
    const w = normals[i] ?? '';
    // A participle after a determiner or before another noun qualifies it (`a frozen square of beef liver`, `a bag of
    // frozen broccoli and oatmeal`, `access stored body fat via low carb`): no verb.
    const participle = /(ed|en)$/.test(w);
    if (participle && (/^(DET|ADJ|NUM)$/.test(pos[i - 1] ?? '') || (i + 1 < start && /^(NOUN|PROPN|ADJ)$/.test(pos[i + 1] ?? '')))) continue;
    if (!STORING_VERBS.has(w)) return false;
    return !(i === start - 1 && participle);
  }
  return false;
}

/** Objects of a transitive `cycling` (`the rationality of cycling anything`): something cycled, not a ride. */
const CYCLED_OBJECTS = new Set(['anything', 'everything', 'something', 'it', 'them', 'things']);

/**
 * Returns whether `cycling` at token `t` is the strategy of alternating phases (of calories, carbs, intensity) rather
 * than the sport: it takes an object (`cycling anything`), or its sentence `span` names a strategy or an idea (`I
 * think cycling is a good approach`, `the rationale behind cycling`, `thoughts on cycling`). A ride (`easy cycling to
 * work`, `I'll try cycling first`) names neither.
 */
export function isCyclingAsStrategy(normals: readonly string[], span: TokenSpan, t: number): boolean {
  if (normals[t] !== 'cycling') return false;
  if (CYCLED_OBJECTS.has(normals[t + 1] ?? '')) return true;
  for (let i = span[0]; i <= span[1]; i++) if (STRATEGY_WORDS.has(normals[i] ?? '')) return true;
  return false;
}

const SERVICE_VERBS = new Set(['train', 'trains', 'trained', 'training', 'treat', 'treats', 'treated', 'treating', 'coach', 'coaches', 'coached', 'coaching', 'see', 'sees', 'saw', 'seeing']);
const CLIENT_WORDS = new Set(['client', 'clients']);

/**
 * Returns whether its sentence `span` names the writer's work with clients (`my PT sessions before training a Client`,
 * `when I treat clients`): a verb of service (train, treat, coach, see) with a client word at most two tokens after it.
 * A therapy named there is the work someone gives, not a remedy they take; one given to the writer (`my physio sees
 * me weekly`) names no client.
 */
export function isServiceToClients(normals: readonly string[], span: TokenSpan): boolean {
  for (let i = span[0]; i <= span[1]; i++) {
    if (!SERVICE_VERBS.has(normals[i] ?? '')) continue;
    if (CLIENT_WORDS.has(normals[i + 1] ?? '') || CLIENT_WORDS.has(normals[i + 2] ?? '')) return true;
  }
  return false;
}
