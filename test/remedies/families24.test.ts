import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 23: leaving foods out, more phrasings', () => {
  it('reads rejecting a list of foods as leaving each out', () => {
    const tribe = ids('Is rejecting wheat, veggie oils and unfermented soy enough to keep me in the tribe?');
    expect(tribe).toContain('gluten-free');
    expect(tribe).toContain('seed-oil-free');
    expect(tribe).toContain('soy-free');
    expect(ids('I am rejecting the idea, and the book too.')).toEqual([]);
  });

  it('reads a list after `all the` and a food followed by `crap` or `junk`', () => {
    const sauce = ids('I suppose what makes it work for me is avoiding all the N-6 crap & grain products.');
    expect(sauce).toContain('omega-6-reduction');
    expect(sauce).toContain('grain-free');
    expect(under('seed-oil-free', 'omega-6-reduction')).toBe(true);
  });

  it('reads a list in brackets or after a colon behind a counted object', () => {
    const triggers = ids('Paleo helped me remove 2 triggers (wheat and alcohol).');
    expect(triggers).toContain('gluten-free');
    expect(triggers).toContain('alcohol-free');
    const three = ids('I cut out three things: sugar, wheat and dairy, and my skin cleared.');
    expect(three).toContain('sugar-free');
    expect(three).toContain('gluten-free');
    expect(three).toContain('dairy-free');
    expect(ids('I removed two chapters (the intro and the appendix).')).toEqual([]);
  });

  it('reads avoiding legumes or soy by a pronoun', () => {
    expect(ids('Legumes may be fine for most people, but I just avoid them because I never digested them well.')).toContain('legume-free');
    expect(ids('Soy bothered my thyroid, so I avoid it.')).toContain('soy-free');
    expect(ids('Soy milk tastes odd to me, so I avoid it.')).not.toContain('soy-free');
  });

  it('reads limiting sugar as low-sugar eating', () => {
    expect(ids("I don't shy away from starches, but I do greatly limit sugar.")).toContain('sugar-free');
    expect(ids('I try to limit my sugar intake.')).toContain('sugar-free');
  });

  it('reads eating less processed food as a whole-food diet, not calorie restriction', () => {
    const less = ids('You wisely said to eat less processed food.');
    expect(less).toContain('whole-foods-diet');
    expect(less).not.toContain('caloric-restriction');
    expect(ids('I eat less and my weight dropped.')).toContain('caloric-restriction');
  });
});

describe('lexicon pass 23: entries', () => {
  it('reads fasting after a workout as post-workout fasting, under intermittent fasting', () => {
    const occasional = ids('I think occasional post workout fasting is Ok, sometimes Grok missed the Mastodon and went hungry.');
    expect(occasional).toContain('post-workout-fasting');
    expect(occasional).not.toContain('intermittent-fasting');
    expect(ids('Post training fasting is counterproductive to that goal.')).toContain('post-workout-fasting');
    expect(under('post-workout-fasting', 'intermittent-fasting')).toBe(true);
  });

  it('reads carbs after training as post-workout carbs, under workout nutrition', () => {
    expect(ids('I need the carbs post workout to refill glycogen.')).toContain('post-workout-carbs');
    expect(ids('Post-workout carbs helped my recovery.')).toContain('post-workout-carbs');
    expect(under('post-workout-carbs', 'workout-nutrition')).toBe(true);
  });

  it('reads the Turkish get-up as its own entry under kettlebells', () => {
    expect(ids('10 swings, 1 TGU, one strength set, repeat 10x.')).toContain('turkish-get-up');
    expect(ids('Turkish get ups fixed my shoulder.')).toContain('turkish-get-up');
    expect(under('turkish-get-up', 'kettlebells')).toBe(true);
  });

  it('reads nut butters as their own food under nuts, eaten for an effect only', () => {
    expect(under('nut-butter', 'nuts')).toBe(true);
    expect(ids('Cutting back on nut butters helped me get leaner and my digestion improved.')).toContain('nut-butter');
    // Eating it names it, as eating almonds names nuts; the words `eating almond` no longer stand for almonds.
    const eating = ids('I am eating almond butter daily.');
    expect(eating).toContain('nut-butter');
    expect(eating).not.toContain('nuts');
    expect(ids('I love almond butter on toast.')).toEqual([]);
    expect(ids('On a whim, I just did a search for peanut butter rice.')).toEqual([]);
  });
});

describe('lexicon pass 23: ordinary senses kept out', () => {
  it('keeps the Pomodoro Technique (a way to work) out of rest breaks', () => {
    expect(ids('Ever hear of the Pomodoro Technique?')).not.toContain('rest-breaks');
    expect(ids('Taking breaks every hour helped my back.')).toContain('rest-breaks');
  });

  it("keeps a cooker's keep-warm setting out of dressing warmly", () => {
    expect(ids('Also can be set on keep warm where it has a clock timer which tells you how long its been on low.')).not.toContain('warm-clothing');
    expect(ids('The keep warm setting is handy.')).not.toContain('warm-clothing');
    expect(ids('Wool socks and a hat keep warm feet and a warm head; my Raynaud improved.')).toContain('warm-clothing');
  });

  it('keeps colonic surgery out of colonics', () => {
    expect(ids('Now is in the hospital recovering from colonic bypass surgery.')).not.toContain('colon-cleansing');
    expect(ids('A colonic helped my constipation.')).toContain('colon-cleansing');
  });
});

describe('lexicon pass 23: more senses and phrasings', () => {
  it('keeps paleolithic man, a resting rate, rests between sets, muscle fibers, a book title and a movement out', () => {
    expect(ids('For Paleo man, leanness was probably a counter indicator of prowess.')).not.toContain('paleo-diet');
    expect(ids('Going paleo fixed my gut.')).toContain('paleo-diet');
    expect(ids('He eats sucrose to keep his heart at a nice healthy 85 bpm resting rate.')).not.toContain('rest');
    expect(ids('Doing 10 to 20 rep sets with active recovery rests in between can be effective for a beginner.')).not.toContain('rest');
    expect(ids('And maybe a medium day for middle fibers on friday since they ought to be recovered.')).not.toContain('fiber');
    expect(ids('Noakes covers glycogen in Lore of Running, and it helped my training.')).not.toContain('running');
    expect(ids('These muscles cause injury later when you use them in a natural movement.')).not.toContain('natural-movement');
    expect(ids('MovNat helped my back.')).toContain('natural-movement');
  });

  it('reads eating a surplus of calories as a calorie surplus', () => {
    expect(ids('When I eat a surplus of calories, my sleep is much better.')).toContain('calorie-surplus');
  });

  it('reads fasting post workout in its other spellings', () => {
    expect(ids("One thing I should mention though, I don't fast post work out.")).toContain('post-workout-fasting');
    expect(ids('Extending the fast post exercise is a failure path.')).toContain('post-workout-fasting');
  });

  it('puts red wine under alcohol', () => {
    expect(under('red-wine', 'alcohol')).toBe(true);
  });
});

describe('lexicon pass 23: a list read through its own verb', () => {
  it("reads a later item by the verb's own phrase when the lexicon has no `cut out` one", () => {
    expect(ids("I've had bad experiences restricting macronutrients and overall calories.")).toContain('caloric-restriction');
    expect(ids('Restricting calories ruined my sleep.')).toContain('caloric-restriction');
  });
});
