import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('breadth pass 3 entries', () => {
  it('finds single-leg squats under squats', () => {
    expect(ids('I added single-leg squats to my routine.')).toEqual(['single-leg-training']);
  });

  it('finds strongman work under strength training', () => {
    expect(ids('I started flipping tires and doing atlas stones.')).toEqual(['strongman-training']);
  });

  it('finds broccoli sprouts as sulforaphane', () => {
    expect(ids('I grow broccoli sprouts for the sulforaphane.')).toEqual(['sulforaphane', 'sulforaphane']);
  });

  it('finds flossing as oral hygiene', () => {
    expect(ids('Flossing every night fixed my gums.')).toEqual(['oral-hygiene']);
  });

  it('finds chemo as a cancer treatment', () => {
    expect(ids('My mother is on chemo.')).toEqual(['chemotherapy']);
  });
});
