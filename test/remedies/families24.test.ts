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
