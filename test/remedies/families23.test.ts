import { describe, expect, it } from 'vitest';
import { ids } from './helpers.ts';

describe('lexicon pass 22: ordinary senses kept out', () => {
  it('keeps a raise in wages, prices or rates out of hiking', () => {
    expect(ids('Seems much less disruptive than an abrupt minimum wage hike.')).not.toContain('hiking');
    expect(ids('The rent hikes pushed them out of the city.')).not.toContain('hiking');
    expect(ids('A long hike in the hills cleared my head and my knee felt fine.')).toContain('hiking');
  });

  it('keeps supplemental income, insurance and information out of supplements', () => {
    expect(ids('A recent retiree looking for supplemental income has 30 years of work experience.')).not.toContain('supplements');
    expect(ids('Buy supplemental insurance if your plan has a high deductible.')).not.toContain('supplements');
    expect(ids('Supplemental magnesium helped my sleep.')).toContain('magnesium');
  });

  it('keeps Christopher McDougall, the author of Born to Run, out of the McDougall diet', () => {
    expect(ids("Some excellent explanations are laid out in Christopher McDougall's book Born to Run.")).not.toContain('vegan-diet');
    expect(ids('The McDougall diet helped me lose 20 pounds.')).toContain('vegan-diet');
  });

  it('keeps the body\u2019s own growth hormone out of steroids', () => {
    expect(ids('Exercise in a fasting state stimulates production and release of growth hormone.')).not.toContain('steroids');
    expect(ids('The small amount of growth hormone released after high intensity exercise is good.')).not.toContain('steroids');
    expect(ids('The higher quantities of growth hormone provoked by exercise are probably not good.')).not.toContain('steroids');
    expect(ids('Deep sleep raises your growth hormone levels.')).not.toContain('steroids');
    expect(ids('Pro bodybuilders use steroids and growth hormone to get that big.')).toContain('steroids');
  });
});
