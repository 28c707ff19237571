import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 25: cold exposure written other ways', () => {
  it('reads cold water, temperature or air exposure as cold exposure', () => {
    expect(ids('My other concern is the potential negative effects of chronic cold water exposure.')).toContain('cold-exposure');
    expect(ids('I eased into experimenting with Intermittent Fasting and cold temperature exposure.')).toContain('cold-exposure');
    expect(ids('Cold air exposure via 1-2 less layers in the colder weather has become my norm.')).toContain('cold-exposure');
  });

  it('reads wearing one layer less as cold exposure', () => {
    expect(ids('Wear one less layer than you normally would.')).toContain('cold-exposure');
    expect(ids('I already do the less layers for air exposure.')).toContain('cold-exposure');
  });

  it('reads icy and freezing showers as cold showers', () => {
    expect(ids("I'd prefer to hike outdoors than endure an icy shower.")).toContain('cold-showers');
    expect(ids("I'm planning on doing freezing showers in the evenings from now on.")).toContain('cold-showers');
    expect(under('cold-showers', 'cold-exposure')).toBe(true);
  });
});

describe('lexicon pass 25: warmth and heat as scenery', () => {
  it('reads water that starts to warm up as no warm-up', () => {
    expect(ids('After about 10 seconds the water starts to warm up and I can relax.')).not.toContain('warm-up');
    expect(ids('Once the weather warmed up I went back outside.')).not.toContain('warm-up');
    expect(ids('I warm up with light sets before squats.')).toContain('warm-up');
  });

  it('reads a heat sink as no heat therapy', () => {
    expect(ids('Heat helped my back. Cool water works as a heat sink.')).toEqual(['heat']);
  });

  it('reads a body that steams as no steam inhalation', () => {
    expect(ids('Sauna helped my back. When it snows your body steams through the woods.')).toEqual(['sauna']);
    expect(ids('The steam room helped my sinuses.')).toContain('steam');
  });

  it('reads dancing with it as a figure of speech', () => {
    expect(ids('I began to envision that I was playing with the cold, dancing with it.')).not.toContain('dance');
    expect(ids('I love dancing with my wife, it keeps me fit.')).toContain('dance');
  });
});

describe('lexicon pass 25: diets and foods named other ways', () => {
  it('reads low food reward meals and using food reward as the bland, low-reward diet', () => {
    expect(ids('Let us know if you come across any other good low food reward meals.')).toContain('bland-diet');
    expect(ids("I'd like to see if I can drop 10-15 pounds using food reward as the primary strategy.")).toContain('bland-diet');
    expect(ids('Food reward is a theory about why we overeat.')).toEqual([]);
  });

  it('reads PHD as the Perfect Health Diet, not the degree', () => {
    expect(ids('One way to hedge the PHD vs Peat view on fermented foods is to pick a season.')).toContain('perfect-health-diet');
    expect(ids('Of the ten, I was the only one without a Masters or PHD.')).toEqual([]);
    expect(ids('He presents himself as a PHD and says we are lied to.')).toEqual([]);
    expect(ids('She has a PhD in nutrition.')).toEqual([]);
  });

  it('reads a raw carrot or a carrot salad as a remedy (Peat)', () => {
    expect(ids('The raw carrot salad in the morning deals with the endotoxins.')).toContain('carrot');
    expect(ids('I also consume a raw carrot daily.')).toContain('carrot');
    expect(under('carrot', 'fruits-and-vegetables')).toBe(true);
  });

  it('reads a high or higher fiber diet as fiber', () => {
    expect(ids('The longest living cultures tend to eat higher fiber, high plant food diets.')).toContain('fiber');
    expect(ids('My doctor put me on a high fiber diet.')).toContain('fiber');
  });

  it('reads Primal Blueprint certifications as a product sold, not the diet', () => {
    expect(ids('Mark Sisson is selling Primal Blueprint Certifications for $995.')).toEqual([]);
    expect(ids('I went primal and lost weight.')).toContain('primal-diet');
  });
});

describe('lexicon pass 25: states and stock, not remedies', () => {
  it('reads staying or keeping warm as a state, not dressing warmly', () => {
    expect(ids('It requires a high work rate, but you stay warm for hours.')).not.toContain('warm-clothing');
    expect(ids('I have to be careful just to stay warm.')).not.toContain('warm-clothing');
    expect(ids('I dress warmly and wear wool socks, and my Raynaud improved.')).toContain('warm-clothing');
  });

  it('reads an intermittent fast as intermittent fasting', () => {
    expect(ids("Sometimes I do an intermittent fast and the next day I've gained weight.")).toContain('intermittent-fasting');
  });

  it('reads a food someone freezes or stores as stock, not a remedy', () => {
    expect(ids('I am trying to get away from plastic. I freeze a lot of fruit and beet juice etc.')).toEqual([]);
    expect(ids('To store potatoes in the fridge for my gut health, I use jars.')).not.toContain('potatoes');
    expect(ids('I eat frozen blueberries every day and my gut improved.')).toContain('berries');
    expect(ids('I eat a frozen square of beef liver a few times a week, it helped my energy.')).toContain('organ-meats');
    expect(ids('Beet juice before runs helped my endurance.')).toContain('beets');
  });
});

describe('lexicon pass 25: archive check', () => {
  it('keeps a participle that qualifies another noun out of the stored-food reading', () => {
    expect(ids('Paleo pushed the message that one needs to access stored body fat directly via low carb to lose weight.')).toContain('low-carb-diet');
  });

  it('reads a lower food reward as a property, lowering it as the diet', () => {
    expect(ids('Lower carbohydrate foods tend to have a lower food reward.')).not.toContain('bland-diet');
    expect(ids('I tried lowering food reward and lost weight.')).toContain('bland-diet');
  });

  it('reads PHD after a name and a comma as the degree', () => {
    expect(ids('It was an interview with Art De Vany, PHD, on fitness.')).toEqual([]);
  });
});
