import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 31: oils, sweet drinks and sugar', () => {
  it('reads extra light olive oil (ELOO) as olive oil, not as the Shangri-La Diet itself', () => {
    expect(ids('He picks ELOO because it has almost no flavor.')).toEqual(['olive-oil']);
    expect(ids('I take a tablespoon of extra light olive oil between meals.')).toEqual(['olive-oil']);
    expect(ids('I lost 15 lbs on the Shangri-La Diet.')).toEqual(['shangri-la-diet']);
  });
});
