import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

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

describe('lexicon pass 22: barefoot running as an entry under running', () => {
  it('reads running barefoot, a barefoot runner and minimalist running as barefoot running, not as shoes', () => {
    const tribes = ids('Those tribes run barefoot or run with the same style as a barefoot runner, which is much kinder on the joints.');
    expect(tribes).toContain('barefoot-running');
    expect(tribes).not.toContain('minimalist-shoes');
    const calves = ids('I found that barefoot and minimalist running had the effect of strengthening my arches.');
    expect(calves).toContain('barefoot-running');
    expect(calves).not.toContain('minimalist-shoes');
    expect(ids('She made the transition to minimalist running in 2011 and is now injury free.')).toContain('barefoot-running');
    expect(under('barefoot-running', 'running')).toBe(true);
    expect(ids('I wear Vivo barefoot shoes at work and my feet feel better.')).toContain('minimalist-shoes');
  });
});
