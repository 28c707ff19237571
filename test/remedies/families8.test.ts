import { describe, expect, it } from 'vitest';
import { builtin, ids, under } from './helpers.ts';

const has = (id: string) => builtin.some((e) => e.id === id);

// The lexicon8 pass and the seventh pass named some families twice; each keeps the seventh pass's id.
describe('lexicon8 families under the ids the seventh pass chose', () => {
  it('drops the duplicate ids', () => {
    for (const id of ['caffeinated-tea', 'sleep-environment', 'sleep-sounds', 'band-training', 'bodyweight-programs', 'flat-shoes', 'step-goal', 'hrv-biofeedback', 'bodyweight-exercises'])
      expect(has(id)).toBe(false);
  });

  it('reads caffeinated tea as tea, and energy drinks under caffeine', () => {
    expect(ids('I switched to caffeinated tea in the afternoon and slept better.')).toEqual(['tea']);
    expect(ids('Energy drinks got me through the night shift.')).toEqual(['energy-drinks']);
    expect(under('energy-drinks', 'caffeine')).toBe(true);
    expect(ids('Earl Grey is a black tea with added bergamot oil.')).toEqual([]);
  });

  it('reads the dark, screen-free bedroom as sleep hygiene, not a dark night outside', () => {
    expect(ids('I keep my phone in another room at night and sleep much better.')).toEqual(['sleep-hygiene']);
    expect(ids('It was pitch black outside when the car broke down.')).toEqual([]);
  });

  it('reads rain and fan sounds for sleep as white noise', () => {
    expect(ids('Thunderstorm sounds help me fall asleep.')).toEqual(['white-noise']);
    expect(ids('A box fan on at night helps me sleep.')).toEqual(['white-noise']);
    expect(ids("I'm a big fan of the new album.")).toEqual([]);
  });

  it('reads band work as resistance bands, not music bands or cam machines', () => {
    expect(ids('Band exercises with a monster band helped my shoulder.')).toEqual(['resistance-bands', 'resistance-bands']);
    expect(ids('I saw two bands at the festival.')).toEqual([]);
    expect(ids('Variable resistance machines like Nautilus use a cam.')).not.toContain('resistance-bands');
  });

  it('reads bodyweight programmes as calisthenics and a bodyweight squat as a squat', () => {
    expect(ids('Project Kratos and other bodyweight protocols got me strong.')).toEqual(['calisthenics', 'calisthenics']);
    expect(ids('Two bodyweight squats a day is where I started.')).toEqual(['squats']);
    expect(ids('His total, based on bodyweight, was impressive.')).toEqual([]);
  });

  it('reads flat wide shoes as minimalist shoes and a step goal as walking', () => {
    expect(ids('Switching to Altra shoes with a wide toe box fixed my bunion.')).toEqual(['minimalist-shoes', 'minimalist-shoes']);
    expect(ids('I aim for 10,000 steps a day and my back pain is gone.')).toEqual(['walking']);
    expect(ids('I could barely walk after the fall.')).toEqual([]);
  });

  it('reads coherence breathing as biofeedback, not a coherent argument', () => {
    expect(ids('Coherent breathing with HeartMath calmed my anxiety.')).toEqual(['biofeedback', 'biofeedback']);
    expect(ids('We finally reached a state of coherence in the team meeting.')).toEqual([]);
  });

  it('keeps standing more under posture habits and bare MedX with machine training', () => {
    expect(ids('Standing more and sitting less fixed my back.')).toEqual(['standing', 'posture-habits']);
    expect(ids('Standing more than an hour hurts my feet.')).toEqual([]);
    expect(ids('The MedX lumbar extension machine fixed my back.')).toEqual(['lumbar-extension']);
    expect(ids('MedX machines are in every gym here.')).toContain('machine-training');
  });
});

describe('finer lexicon8 children kept under the seventh pass entry', () => {
  it('puts pillows under mattress, leg raises under core training, medicine balls under power training', () => {
    expect(ids('A thinner pillow fixed my neck pain.')).toEqual(['pillow']);
    expect(ids('Hanging leg raises made my core stronger.')).toEqual(['leg-raises']);
    expect(ids('Medicine ball throws build power.')).toEqual(['medicine-ball']);
    expect(under('pillow', 'mattress') && under('no-pillow', 'mattress')).toBe(true);
    expect(under('leg-raises', 'core-training') && under('medicine-ball', 'power-training')).toBe(true);
    expect(ids('We had a pillow fight.')).toEqual([]);
  });

  it('reads mouth taping under breathing, not CPAP, and water drunk, not water as a vehicle', () => {
    expect(ids('Taping my mouth at night stopped my snoring.')).toEqual(['mouth-taping']);
    expect(under('mouth-taping', 'cpap')).toBe(false);
    expect(ids('I drink a glass of water first thing and my headaches are gone.')).toEqual(['water-intake']);
    expect(ids("Put a drop of Lugol's in a glass of water.")).not.toContain('water-intake');
  });
});
