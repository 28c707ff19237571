import { describe, expect, it } from 'vitest';
import { otherSenseOf } from '../../src/remedies/sense.ts';
import { ids } from './helpers.ts';

describe('otherSenseOf', () => {
  it('reads a group word after the name as people and a topic word as a topic', () => {
    expect(otherSenseOf(['the', 'keto', 'crowd'], 1)).toBe('group');
    expect(otherSenseOf(['zinc', 'metabolism'], 0)).toBe('topic');
    expect(otherSenseOf(['how', 'iron', 'is', 'measured'], 1)).toBe('topic');
    expect(otherSenseOf(['zinc', 'helped'], 0)).toBeUndefined();
  });
});

describe('remedy names spoken of as people or topics', () => {
  it('does not read the followers of a diet as the diet', () => {
    expect(ids('The vegan folks at my office bring lentil soup.')).toEqual([]);
    expect(ids('I went vegan last spring and my skin cleared.')).toEqual(['vegan-diet']);
  });

  it("does not read the body's own production or the research on a vitamin as taking it", () => {
    expect(ids('Winter lowers skin vitamin D production.')).toEqual([]);
    expect(ids('She explained how magnesium is measured in blood.')).toEqual([]);
    expect(ids('I take vitamin D every winter.')).toEqual(['vitamin-d']);
  });

  it('keeps levels, which people say of what they take', () => {
    expect(ids('My vitamin D levels rose once I started the drops.')).toEqual(['vitamin-d']);
  });
});

describe('goal phrases', () => {
  it('does not read weight loss sought as a goal as a remedy', () => {
    expect(ids('Swimming can help you lose weight.')).toEqual(['swimming']);
    expect(ids('Fat loss is mostly about appetite.')).toEqual([]);
  });

  it('reads weight loss reported to have had an effect as a remedy', () => {
    expect(ids('Losing weight cured my knee pain.')).toEqual(['weight-loss']);
  });
});

describe("people's names", () => {
  it("does not read a diet author's name alone as the diet", () => {
    expect(ids('Robb Wolf said so on a podcast.')).toEqual([]);
  });

  it('reads a method that bears its inventor\'s name', () => {
    expect(ids('Egoscue exercises fixed my hip.')).toContain('egoscue');
  });
});

describe('plain words that qualify another noun', () => {
  it('does not read a plain word modifying an ordinary noun as the remedy', () => {
    expect(ids('I keep my shoes in a gym bag by the door.')).toEqual([]);
    expect(ids('She only eats eggs on workout days.')).toEqual([]);
  });

  it('keeps one modifying how it is taken or who takes it', () => {
    expect(ids('Cutting my coffee intake helped my headaches.')).toEqual(['caffeine']);
    expect(ids('As a coffee drinker I get fewer headaches.')).toEqual(['caffeine']);
  });
});

describe('ordinary senses of ice, cycling and drugs', () => {
  it('does not read ice naming a sport, a trade or the weather as an ice pack', () => {
    expect(ids('The ice fishermen were out on the lake.')).toEqual([]);
    expect(ids('Light bounces off snow/ice on a clear day.')).toEqual([]);
    expect(ids('Ice on the ankle twice a day helped.')).toEqual(['ice']);
  });

  it('does not read cycling between two options as riding a bike', () => {
    expect(ids('I keep cycling between two diets.')).toContain('diet');
    expect(ids('I keep cycling between two diets.')).not.toContain('cycling');
    expect(ids('Cycling to work helped my knees.')).toEqual(['cycling']);
  });

  it('does not read drugs as a research topic as medication', () => {
    expect(ids('Labs try to develop zinc based drugs.')).not.toContain('medication');
    expect(ids('The drugs my doctor gave me helped.')).toEqual(['medication']);
  });
});

describe('relaxation as a state', () => {
  it('reads a relaxation practice, not the relaxation a massage or a stretch brings', () => {
    expect(ids('Afterwards the relaxation feels complete.')).toEqual([]);
    expect(ids('They are movements designed to lengthen muscles via relaxation.')).toEqual([]);
    expect(ids('I do progressive muscle relaxation every night and sleep better.')).toEqual(['progressive-muscle-relaxation']);
    expect(ids('Benson called it the relaxation response.')).toEqual(['relaxation']);
  });
});
