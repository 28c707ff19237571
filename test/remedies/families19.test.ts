import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon pass 18: named protocols and practices the lexicon lacked', () => {
  it('reads the leptin reset, dietary hormesis, semen retention and sledgehammer work as their own entries', () => {
    expect(ids('All those specifics about his leptin reset just did not make any sense.')).toContain('leptin-reset');
    expect(ids("You're right about dietary hormesis.")).toContain('dietary-hormesis');
    expect(ids('How about not ejaculating for seven days?')).toContain('semen-retention');
    expect(ids('A few intense cycles of sledgehammering standing on an uneven surface.')).toContain('sledgehammer');
    expect(ids('I do ten minutes of sledgehammer swings on a tire.')).toContain('sledgehammer');
    expect(under('leptin-reset', 'diet')).toBe(true);
    expect(under('dietary-hormesis', 'diet')).toBe(true);
    expect(under('sledgehammer', 'strength-training')).toBe(true);
  });

  it('leaves out a sledgehammer as a figure of speech and ejaculation as a symptom', () => {
    expect(ids('He took a sledgehammer to the whole argument.')).not.toContain('sledgehammer');
    expect(ids('The drug caused trouble with ejaculation.')).not.toContain('semen-retention');
  });
});

describe('lexicon pass 18: spellings and phrasings of entries the lexicon had', () => {
  it('reads DGL licorice, a misspelt homeopathic, a run-together Bcomplex and carbs on a cyclic basis', () => {
    expect(ids('But I do often pop a DGL licorice.')).toContain('licorice-dgl');
    expect(ids('And this is, of course, the basis for homepathic medicine.')).toContain('homeopathy');
    expect(ids('I fixed it by adding a Bcomplex (w vit C).')).toContain('vitamin-b-complex');
    expect(ids('I eventually fixed it by throwing carbs on a cyclic basis.')).toContain('carb-cycling');
    expect(ids('Cyclical carbs worked better for me than strict keto.')).toContain('carb-cycling');
  });

  it('reads exposure to dirt as deliberate germ exposure', () => {
    expect(ids('Kids need exposure to dirt to build a healthy immune system.')).toContain('germ-exposure');
  });

  it('leaves out a cyclic process that is no carb intake', () => {
    expect(ids('Markets move on a cyclic basis.')).not.toContain('carb-cycling');
  });
});
