import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 19: spellings and phrasings of entries the lexicon had', () => {
  it('reads flexibility work as stretching and a judoka as martial arts', () => {
    expect(ids('At 67 I love flexibility work, kicks, and shadowboxing.')).toContain('stretching');
    expect(ids('I added flexibility training twice a week and my hips feel better.')).toContain('stretching');
    expect(ids('You mentioned being 50 and a longtime judoka.')).toContain('martial-arts');
  });

  it('reads misspelt resistant starch and chlorella', () => {
    expect(ids('They never mentioned the cooking and cooling for resistance starch.')).toContain('resistant-starch');
    expect(ids('You used Chorella I think for chelation?')).toContain('greens-powder');
  });

  it('reads P&P, case-exact, as Potatoes & Protein, and the Cool Fat Burner as a cooling vest', () => {
    expect(ids('Feasting time is actually a great time to start P & P.')).toContain('potatoes-and-protein');
    expect(ids('Glad to hear another P&P success story.')).toContain('potatoes-and-protein');
    expect(ids('I read p&p in the minutes of the meeting.')).not.toContain('potatoes-and-protein');
    const vest = ids('I even helped to beta test the Cool-Fat-Burner vest.');
    expect(vest).toContain('ice-vest');
    expect(vest).not.toContain('pre-workout');
  });
});
