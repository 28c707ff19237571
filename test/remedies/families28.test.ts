import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 27: salt beside sugar and fat', () => {
  it('reads salt in the sugar-fat-salt triad as a food constituent, not salt taken', () => {
    expect(ids('The combo of sugar, fat, and salt will short circuit your appetite centers, or worse.')).not.toContain('salt');
    expect(ids('I see the sentence about salt-sugar-fat as a pathway to short circuit appetite as potentially therapeutic guidance.')).not.toContain('salt');
    expect(ids('Combining sugar, salt and fat has a negative impact on appetite control, which makes it worse.')).not.toContain('salt');
    expect(ids('More salt helped my cramps.')).toContain('salt');
  });
});
