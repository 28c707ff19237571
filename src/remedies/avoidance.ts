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
    ] as const
  ).map(([word, plural]) => [word, { plural }]),
);

/** Verbs that leave something out with the pronoun right after them; `cut` needs `out` after it, `give` needs `up`. */
const LEAVE = /^(remove|removes|removed|removing|eliminate|eliminates|eliminated|eliminating|avoid|avoids|avoided|avoiding|quit|quits|quitting|ditch|ditches|ditched|ditching)$/;
const CUT = /^(cut|cuts|cutting)$/;
const GIVE = /^(give|gives|gave|given|giving)$/;

/** A cheap test of a text before its tokens are looked at: a leaving verb with `it` or `them` right after it. */
export const MAY_AVOID_BY_PRONOUN = /\b(?:remov|eliminat|avoid|quit|ditch|cut|cutting|give|gave|giving|given)\w*\s+(?:it|them)\b/i;

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
