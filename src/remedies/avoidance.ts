/**
 * Leaving a food out, said with a pronoun: `how has your response to gluten evolved since you cut it out?`,
 * `if caffeine bumped my BP 20 points, I would quit it`. The lexicon's phrases name the food and the verb together
 * (`cut out gluten`); here the food stands earlier in the same sentence and the verb takes `it` or `them`.
 */

/**
 * The foods and drinks people leave out, by the word that names them, and whether that word is plural. The remedy that
 * leaving one out is comes from the lexicon's own phrase for it (`cut out wheat` -> gluten-free), so the two agree.
 */
const AVOIDED: ReadonlyMap<string, { plural: boolean }> = new Map(
  (
    [
      ['gluten', false],
      ['wheat', false],
      ['bread', false],
      ['grains', true],
      ['sugar', false],
      ['sugars', true],
      ['dairy', false],
      ['milk', false],
      ['coffee', false],
      ['caffeine', false],
      ['alcohol', false],
      ['booze', false],
      ['nightshades', true],
      ['legumes', true],
      ['soy', false],
    ] as const
  ).map(([word, plural]) => [word, { plural }]),
);

/** Verbs that leave something out with the pronoun right after them; `cut` needs `out` after it, `give` needs `up`. */
const LEAVE = /^(reject|rejects|rejected|rejecting|remove|removes|removed|removing|eliminate|eliminates|eliminated|eliminating|avoid|avoids|avoided|avoiding|quit|quits|quitting|ditch|ditches|ditched|ditching)$/;
const CUT = /^(cut|cuts|cutting)$/;
const GIVE = /^(give|gives|gave|given|giving)$/;

/** A cheap test of a text before its tokens are looked at: a leaving verb with `it` or `them` right after it. */
export const MAY_AVOID_BY_PRONOUN = /\b(?:reject|remov|eliminat|avoid|quit|ditch|cut|cutting|give|gave|giving|given)\w*\s+(?:it|them)\b/i;

/**
 * Returns each leaving-out said with a pronoun in the sentences `spans` of `normals` (token normal forms; `pos` their
 * parts of speech), with the remedy it names: the nearest food of `AVOIDED` before it in the same sentence, when its
 * number agrees with the pronoun, it qualifies no noun after it, and `owners` (the matcher's phrase -> remedy id) names
 * a remedy for `cut out <food>`.
 * `start..end` covers the verb, the pronoun and its `out` / `up`.
 */
export function avoidedByPronoun(
  normals: readonly string[],
  pos: readonly string[],
  spans: readonly (readonly [number, number])[],
  owners: ReadonlyMap<string, string>,
): { start: number; end: number; id: string }[] {
  const out: { start: number; end: number; id: string }[] = [];
  for (const [a, b] of spans) {
    for (let t = a; t < b; t++) {
      const verb = normals[t] ?? '';
      const pronoun = normals[t + 1];
      if (pronoun !== 'it' && pronoun !== 'them') continue;
      let end = t + 1;
      if (CUT.test(verb) || GIVE.test(verb)) {
        const particle = CUT.test(verb) ? 'out' : 'up';
        if (normals[t + 2] === particle) end = t + 2;
        else if (normals[t + 3] === particle && /^(completely|entirely|all)$/.test(normals[t + 2] ?? '')) end = t + 3;
        else continue;
      } else if (!LEAVE.test(verb)) continue;
      for (let i = t - 1; i >= a; i--) {
        const food = AVOIDED.get(normals[i] ?? '');
        if (food === undefined) continue;
        // A food word qualifying the noun after it (`the sugar tax`, `a coffee shop`) names that other thing.
        const qualifies = pos[i + 1] === 'NOUN' && i + 1 < t;
        const id = owners.get(`cut out ${normals[i]}`);
        if (!qualifies && food.plural === (pronoun === 'them') && id !== undefined) out.push({ start: t, end, id });
        break;
      }
    }
  }
  return out;
}

/**
 * Leaving several foods out in one list: `cutting out gluten and seed oils`, `reduce your intake of sugar, grains and
 * seed oils`, `I avoid wheat, sugar and vegetable oils`. The lexicon's phrases join the verb to the first food only
 * (`avoid wheat`); each food further on names its remedy the way `cut out <food>` does in the lexicon (`owners`).
 */

/**
 * A cheap test of a text before its tokens are looked at: a leaving verb as `afterLeavingVerb` reads it (a phrasal one
 * with its particles: `cut out`, `give up`, `stay away from`, `get rid of`) with a list mark some words after it.
 */
export const MAY_AVOID_A_LIST =
  /\b(?:(?:avoid|reject|eliminat|remov|quit|ditch|dropp|restrict|limit|reduc|minimi[sz])\w*|cut(?:s|ting)?\s+(?:out|back\s+on|down\s+on)|g(?:ive|ives|ave|iven|iving)\s+up|(?:stay|keep|kept)\w*\s+away\s+from|steer\w*\s+clear\s+of|abstain\w*\s+from|rid\s+of)\b[^.!?\n]{1,90}?(?:,|&|\/|\band\b|\bor\b|\bnor\b)/i;

/** Verbs that take the list right after them. */
const LEAVE_LIST = /^(avoid|avoids|avoided|avoiding|reject|rejects|rejected|rejecting|eliminate|eliminates|eliminated|eliminating|remove|removes|removed|removing|quit|quits|quitting|ditch|ditches|ditched|ditching|dropped|dropping|restrict|restricts|restricted|restricting|limit|limits|limited|limiting|reduce|reduces|reduced|reducing|minimize|minimizes|minimized|minimizing|minimise|minimises|minimised|minimising)$/;
/** Verbs that take the list after a particle or two: `cut out`, `cut back on`, `give up`, `stay away from`, `get rid of`. */
const PHRASAL: readonly (readonly [RegExp, readonly (readonly string[])[]])[] = [
  [CUT, [['out'], ['back', 'on'], ['down', 'on']]],
  [GIVE, [['up']]],
  [/^(stay|stays|stayed|staying|keep|keeps|kept|keeping)$/, [['away', 'from']]],
  [/^(steer|steers|steered|steering)$/, [['clear', 'of']]],
  [/^(abstain|abstains|abstained|abstaining)$/, [['from']]],
  [/^(get|gets|got|gotten|getting)$/, [['rid', 'of']]],
];
/** `reduce your intake of`: a leaving verb, an optional owner word, then `intake` or `consumption` and `of`. */
const OWNER = /^(my|your|our|their|his|her|the|all|daily)$/;
const INTAKE = /^(intake|consumption)$/;
/** Words between the verb and the list that name no food: `avoid all`, `cut out most`. */
const QUANTIFIER = /^(all|most|any|completely|entirely)$/;
/** A word (no mark) standing between a leaving verb and a bracket or colon that opens its list. */
const WORD = /^[a-z0-9][a-z0-9-]*$/;
/** Words for stuff in general that may follow a food in a list: `N-6 crap`. */
const GENERIC = /^(crap|junk|stuff)$/;
/** Words that join the items of a list. */
const JOIN = /^(,|and|or|nor|&|\/)$/;
/**
 * Words no listed food holds though tagged as adjectives: time (`milk last year`), and amounts that ask for more of a
 * thing rather than less (`reducing carbs, more caffeine`, `higher carbs`), which start another verb's object.
 */
const AFTER_ITEM = /^(last|this|next|every|each|altogether|too|daily|entirely|completely|more|extra|additional|plenty|lots|higher|high|lower|low|less|fewer)$/;
/** Words a list item may hold besides nouns and adjectives. */
const ITEM_WORD = /^(all|most|any|some|refined|processed|added|industrial|fried)$/;

/** Returns the token just after a leaving verb at `t` and its particles (and `intake of`), or -1 when `t` is no leaving verb. */
function afterLeavingVerb(normals: readonly string[], t: number): number {
  const verb = normals[t] ?? '';
  let at = -1;
  if (LEAVE_LIST.test(verb)) at = t + 1;
  else {
    for (const [head, particles] of PHRASAL) {
      if (!head.test(verb)) continue;
      const p = particles.find((words) => words.every((w, i) => normals[t + 1 + i] === w));
      if (p !== undefined) at = t + 1 + p.length;
    }
  }
  if (at < 0) return -1;
  // `reduce your intake of`, `cut back on the consumption of`.
  const o = OWNER.test(normals[at] ?? '') ? at + 1 : at;
  if (INTAKE.test(normals[o] ?? '') && normals[o + 1] === 'of') return o + 2;
  while (QUANTIFIER.test(normals[at] ?? '')) at++;
  // `avoiding all the N-6 crap & grain products`.
  if (at > t + 1 && QUANTIFIER.test(normals[at - 1] ?? '') && normals[at] === 'the') at++;
  return at;
}

/**
 * Returns each food of a coordinated list (two items or more, joined by commas, `and`, `or`, `&`, `/`) that follows a
 * leaving verb in the sentences `spans` of `normals` (`pos` their parts of speech), with the remedy `owners` gives to
 * `cut out <food>`. An item is a few nouns and adjectives; its food is the whole item or the item without its leading
 * adjectives (`industrial seed oils` -> `seed oils`), never a noun's qualifier (`rice milk` names no dairy). A later
 * item followed by a verb is the subject of a new clause (`I avoid sugar, and coffee is fine`) and ends the list.
 * `start..end` covers the item.
 */
export function avoidedInList(
  normals: readonly string[],
  pos: readonly string[],
  spans: readonly (readonly [number, number])[],
  owners: ReadonlyMap<string, string>,
): { start: number; end: number; id: string }[] {
  const out: { start: number; end: number; id: string }[] = [];
  const isItemWord = (i: number) =>
    !AFTER_ITEM.test(normals[i] ?? '') &&
    (ITEM_WORD.test(normals[i] ?? '') || pos[i] === 'NOUN' || pos[i] === 'PROPN' || pos[i] === 'ADJ' || (pos[i] === 'VERB' && /ed$/.test(normals[i] ?? '')));
  for (const [a, b] of spans) {
    for (let t = a; t < b; t++) {
      let i = afterLeavingVerb(normals, t);
      if (i < 0 || i > b) continue;
      // A list given in brackets or after a colon behind a counted or general object: `remove 2 triggers (wheat and
      // alcohol)`, `cut out three things: sugar, wheat and dairy`.
      for (let j = i; j < i + 4 && j < b && WORD.test(normals[j] ?? '') && !JOIN.test(normals[j] ?? ''); j++) {
        if (normals[j + 1] === '(' || normals[j + 1] === ':') {
          i = j + 2;
          break;
        }
      }
      const items: [number, number][] = [];
      for (;;) {
        const start = i;
        while (i <= b && i - start < 4 && !JOIN.test(normals[i] ?? '') && isItemWord(i)) i++;
        if (i === start) break;
        // A later item the verb after it takes as its subject starts a new clause.
        if (items.length > 0 && (pos[i] === 'AUX' || pos[i] === 'VERB')) break;
        // A word joined by a hyphen to the next (`wheat-based foods`) qualifies it.
        if (normals[i] !== '-') items.push([start, i - 1]);
        if (!JOIN.test(normals[i] ?? '')) break;
        while (i <= b && JOIN.test(normals[i] ?? '')) i++;
      }
      if (items.length < 2) continue;
      for (const [s, e] of items) {
        // A food may be named with a word for stuff in general after it (`N-6 crap`, `sugary junk`).
        const ends = e > s && GENERIC.test(normals[e] ?? '') ? [e, e - 1] : [e];
        found: for (const last of ends) {
          for (let k = s; k <= last; k++) {
            const food = normals.slice(k, last + 1).join(' ');
            // The lexicon's phrase for leaving it out, else its phrase for this very verb and the food
            // (`restricting macronutrients and overall calories` -> `restricting calories`).
            const id = owners.get(`cut out ${food}`) ?? owners.get(`${normals[t]} ${food}`);
            if (id !== undefined) {
              out.push({ start: k, end: e, id });
              break found;
            }
            // Only a leading adjective or quantifier may be left off; a noun before the food qualifies it.
            if (pos[k] === 'NOUN' || pos[k] === 'PROPN') break;
          }
        }
      }
      t = i - 1;
    }
  }
  return out;
}

/**
 * Several foods left out with one `free` after the last: `are you sugar and grain free?`, `gluten, dairy and soy free`.
 * The lexicon reads the last item with `free` itself (`grain free`); each earlier item names the remedy `owners` gives
 * to `<item> free` (`sugar free` -> sugar-free). Items are single words joined by commas, `and`, `or`, `nor`, `&`, `/`.
 * A list before a noun describes a product (`Grain/Gluten Free Granolas`, `sugar and gluten free cookies`), as the
 * lexicon's vetoes read `sugar-free gum` and `grain-free cookies`; before a word for a way of eating (`diet`) it stays.
 */
export const MAY_BE_FREE_OF_A_LIST = /\b(?:and|or|nor|&|\/)\s*[a-z]+\s*-?\s*free\b/i;

/** Returns each earlier item of a list that ends in `free` in `normals` (token normal forms), with its remedy; `start..end` covers the item. */
export function freeOfList(normals: readonly string[], pos: readonly string[], owners: ReadonlyMap<string, string>): { start: number; end: number; id: string }[] {
  const out: { start: number; end: number; id: string }[] = [];
  for (let f = 2; f < normals.length; f++) {
    if (normals[f] !== 'free') continue;
    if (/^(NOUN|PROPN)$/.test(pos[f + 1] ?? '') && !FREE_WAY_OF_EATING.test(normals[f + 1] ?? '')) continue;
    let i = normals[f - 1] === '-' ? f - 2 : f - 1; // the last item
    const found: { start: number; end: number; id: string }[] = [];
    while (i >= 2 && FREE_LIST_JOIN.test(normals[i - 1] ?? '')) {
      i -= 2;
      const id = owners.get(`${normals[i]} free`);
      if (id === undefined) break;
      found.push({ start: i, end: i, id });
    }
    out.push(...found.reverse());
  }
  return out;
}

const FREE_LIST_JOIN = /^(,|and|or|nor|&|\/)$/;
const FREE_WAY_OF_EATING = /^(diet|diets|eating|lifestyle|living|life|way|ways|regimen|protocol)$/;
