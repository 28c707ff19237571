import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon9 families', () => {
  it('reads home-environment practices: vacuuming, ventilation, air purifiers, water filters', () => {
    expect(ids('Microplastics collect in dust, so vacuum your floors.')).toEqual(['vacuuming']);
    expect(ids('I crack a window every night and sleep better.')).toEqual(['ventilation']);
    expect(ids('A HEPA air purifier in the bedroom cut my allergies.')).toEqual(['air-purifier']);
    expect(ids('To reduce exposure, use a reverse osmosis filter.')).toEqual(['water-filter']);
    expect(ids('The vacuum of space is cold.')).toEqual([]);
  });

  it('reads heat lamps and near-infrared as red-light therapy under light therapy', () => {
    expect(ids('Have you ever tried an incandescent heat lamp when a headache strikes?')).toEqual(['red-light-therapy']);
    expect(under('red-light-therapy', 'light-therapy')).toBe(true);
    expect(ids('He ran a red light on the way home.')).toEqual([]);
  });

  it('reads paper bag breathing as a breathing exercise', () => {
    expect(ids('That is why he advises paper bag breathing for headaches.')).toEqual(['bag-breathing']);
    expect(under('bag-breathing', 'breathing')).toBe(true);
  });

  it('reads resting squats and belt squats as squat variants', () => {
    expect(ids("I've been working on resting in the squat position with feet flat.")).toEqual(['grok-squat']);
    expect(ids('Hip belt squats saved my back.')).toEqual(['hip-belt-squat']);
    expect(under('hip-belt-squat', 'squats')).toBe(true);
  });

  it('reads avoiding seed oils, legumes and pesticides as eating patterns', () => {
    expect(ids('I did the strict seed oil restriction for a year.')).toEqual(['seed-oil-free']);
    
    expect(ids('I went legume-free and my gut calmed down.')).toEqual(['legume-free']);
    expect(ids('I try eating only organic veggies to avoid pesticides.')).toEqual(['organic-food']);
  });

  it('reads coffee substitutes, caffeinated mints, laxative tea and qigong', () => {
    expect(ids("Pero is a caffeine free coffee substitute made from barley.")).toContain('coffee-alternatives');
    expect(ids('I tapered the caffeine by using Penguin caffeinated mints.')).toContain('caffeinated-mints');
    expect(ids('Drink the laxative tea at night.')).toEqual(['laxative-tea']);
    expect(ids('Qigong every morning eased my headaches.')).toEqual(['qigong']);
  });
});

describe('lexicon9 sense rules', () => {
  it('does not read an amino acid described as ketogenic as the diet, nor `swings both ways` as kettlebells', () => {
    expect(ids('I thought only the Leucine was ketogenic; Valine is glucogenic and Isoleucine swings both ways.')).not.toContain('keto-diet');
    expect(ids('I thought only the Leucine was ketogenic; Valine is glucogenic and Isoleucine swings both ways.')).not.toContain('kettlebells');
    expect(ids('As you can see, BCAA are ketogenic AAs.')).not.toContain('keto-diet');
  });

  it('does not read liver fat, a laxative as a description, sugar beets as a source or the sun as weather', () => {
    expect(ids('They get turned into liver fat and cause trouble.')).toEqual([]);
    expect(ids('The oxide form is basically a laxative and therefore worthless.')).toEqual([]);
    expect(ids('It should be blackstrap molasses from sugar cane, not GMO sugar beets.')).not.toContain('beets');
    expect(ids('Maybe once the sun returns to Seattle I can try that.')).toEqual([]);
  });

  it('does not read a name inside a quoted title as the remedy', () => {
    expect(ids('"My Bench Press Sucks and I Don\'t Care" comes to mind.')).toEqual([]);
    expect(ids('I\'m reading "Low Carb Myth" right now.')).toEqual([]);
    expect(ids('I did "Foundation Training" for a month and it helped.')).toEqual(['foundation-training']);
  });

  it('does not read a sport someone teaches for a job as a remedy', () => {
    expect(ids('He has a very stressful job; he teaches wrestling and boxing full time.')).toEqual([]);
    expect(ids('My PT taught me squats and they fixed my knee.')).toContain('squats');
  });

  it('does not read a coffee-related event or a drug simile as a remedy', () => {
    expect(ids('I can relay messages about any coffee related events.')).toEqual([]);
    expect(ids('He uses it infrequently, like a drug, only when he needs a boost.')).toEqual([]);
  });
});
