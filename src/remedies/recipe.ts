/**
 * A recipe's ingredient list: lines that each open with an amount and a kitchen measure (`3 cups of Heavy Cream`,
 * `1 Tbsp of raw potato starch`, `1/2 cup Grade B maple syrup`). A food or drink named on such a line, with another
 * such line next to it, is an ingredient, not a remedy (`1 Tbsp of vodka (makes it easier to scoop)`). One measured line
 * alone (`a tablespoon of coconut oil each night`) is a dose and stays.
 */
const MEASURED_LINE =
  /^\s*(?:[-*•]\s*)?(?:\d+(?:[.,/]\d+)?|[½¼¾⅓⅔]|an?|one|two|three|half\s+an?)\s*(?:-\s*\d+\s*)?(?:cups?|c\.|tbsps?\.?|tablespoons?|tsps?\.?|teaspoons?|oz\.?|ounces?|pinch(?:es)?|dash(?:es)?|cloves?|sticks?|cans?|pints?|quarts?|lbs?\.?|pounds?|g|grams?|ml|liters?|litres?|yolks?|eggs?|whole)\b/i;

/**
 * Words that make a text a recipe: without one, measured lines are a day's food log or a diet's plan (`8 ounces of
 * yogurt`, `1 ounce of raw sprouted almonds`, `1 pint per week - Still losing weight`), whose foods may be remedies.
 */
const RECIPE_WORDS = /\b(?:recipes?|ingredients?|bake[ds]?|baking|simmer(?:ed|ing)?|oven|stir(?:red)?|whisk(?:ed)?|saut[eé](?:ed)?|preheat|slow cooker|crock ?pot|marinade|thickener)\b/i;

/**
 * Returns a test of whether the character at an offset of `text` lies on a measured line with another measured line
 * right before or after it, in a text that speaks of cooking. The text is read once, for every offset asked about.
 */
export function ingredientLines(text: string): (offset: number) => boolean {
  if (!RECIPE_WORDS.test(text)) return NOT_A_RECIPE;
  const lines = text.split('\n');
  const starts: number[] = [];
  for (let at = 0, n = 0; n < lines.length; at += lines[n]!.length + 1, n++) starts.push(at);
  const measured = lines.map((line) => MEASURED_LINE.test(line));
  return (offset) => {
    let lo = 0; // the last line starting at or before `offset`
    for (let hi = starts.length - 1; lo < hi; ) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return measured[lo]! && (measured[lo - 1] === true || measured[lo + 1] === true);
  };
}

const NOT_A_RECIPE = (): boolean => false;
