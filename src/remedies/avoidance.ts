/**
 * Leaving a food out, said with a pronoun: `how has your response to gluten evolved since you cut it out?`,
 * `if caffeine bumped my BP 20 points, I would quit it`. The lexicon's phrases name the food and the verb together
 * (`cut out gluten`); here the food stands earlier in the same sentence and the verb takes `it` or `them`.
 */

/** The foods and drinks people leave out, by the word that names them, and the remedy leaving them out is. */
const AVOIDED: ReadonlyMap<string, { id: string; plural: boolean }> = new Map(
  (
    [
      ['gluten', 'gluten-free', false],
      ['wheat', 'grain-free', false],
      ['bread', 'grain-free', false],
      ['grains', 'grain-free', true],
      ['sugar', 'sugar-free', false],
      ['sugars', 'sugar-free', true],
      ['dairy', 'dairy-free', false],
      ['milk', 'dairy-free', false],
      ['coffee', 'caffeine-reduction', false],
      ['caffeine', 'caffeine-reduction', false],
      ['alcohol', 'alcohol-free', false],
      ['booze', 'alcohol-free', false],
      ['nightshades', 'nightshade-free', true],
    ] as const
  ).map(([word, id, plural]) => [word, { id, plural }]),
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
 * number agrees with the pronoun and it qualifies no noun after it.
 * `start..end` covers the verb, the pronoun and its `out` / `up`.
 */
export function avoidedByPronoun(
  normals: readonly string[],
  pos: readonly string[],
  spans: readonly (readonly [number, number])[],
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
        if (!qualifies && food.plural === (pronoun === 'them')) out.push({ start: t, end, id: food.id });
        break;
      }
    }
  }
  return out;
}
