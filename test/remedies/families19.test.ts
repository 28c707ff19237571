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

describe('lexicon pass 18: ordinary-English uses of remedy words', () => {
  it('leaves out walking a fine line', () => {
    expect(ids('There is definitely a fine line we walk.')).not.toContain('walking');
    expect(ids('We walk a fine line with our health.')).not.toContain('walking');
    expect(ids('I walk the line between eating well and enjoying life.')).not.toContain('walking');
    expect(ids('I walk every day and it helped my back pain.')).toContain('walking');
  });

  it('leaves out nuts as what someone reacts to', () => {
    expect(ids('Could be a severe reaction to peanuts, but there is another possibility: MSG.')).not.toContain('nuts');
    expect(ids('I am sensitive to almonds, they give me a stomach ache.')).not.toContain('nuts');
    expect(ids('A handful of almonds before bed helps my sleep.')).toContain('nuts');
  });

  it('leaves out an injection as a simile', () => {
    expect(ids('I had trouble speaking, almost like I had been injected with Novocaine.')).not.toContain('injections');
    expect(ids("It felt as if I'd been injected with something.")).not.toContain('injections');
    expect(ids('I got injected with cortisone for my back pain.')).toContain('injections');
  });

  it('leaves out sugar-free said of a product, not of a diet', () => {
    expect(ids("These are sugar-free and extremely calming to the stomach.")).not.toContain('sugar-free');
    expect(ids("It's sugar free and tasty.")).not.toContain('sugar-free');
    expect(ids('I went sugar-free and my headaches stopped.')).toContain('sugar-free');
    expect(ids('I have been sugar free for a year.')).toContain('sugar-free');
  });
});

describe('lexicon pass 18: cooking oils by omega ratio, and seed oils left out', () => {
  it('reads canola oil weighed for health as its own entry, not canola oil bought for frying', () => {
    expect(ids('I switched to canola oil for its omega ratio and my inflammation went down.')).toContain('canola-oil');
    expect(ids('I bought canola oil for the fryer.')).not.toContain('canola-oil');
  });

  it('reads canola oil and veggie oils left out, and the dangers of vegetable oils, as a seed-oil-free diet', () => {
    expect(ids('I avoid canola oil because of the inflammation.')).toContain('seed-oil-free');
    expect(ids('I avoid wheat, canola oil and sugar.')).toContain('seed-oil-free');
    expect(ids('We cut out veggie oils last year.')).toContain('seed-oil-free');
    expect(ids('The best thing I have read on the dangers of vegetable oils is Deep Nutrition.')).toContain('seed-oil-free');
  });
});

describe('lexicon pass 18: grass-fed meat named as such is a choice, bare grass-fed stays guarded', () => {
  it('reads grass-fed beef or meat without health talk around it', () => {
    expect(ids('I am reading disturbing reports that Australia is now grain finishing their grass fed beef.')).toContain('grass-fed-beef');
    expect(ids('At home it is only grass-fed meat and pastured eggs.')).toContain('grass-fed-beef');
  });

  it('leaves out bare grass-fed said of animals, and grass-fed dairy', () => {
    expect(ids('The cows on that farm are grass-fed in the summer.')).not.toContain('grass-fed-beef');
    expect(ids('I buy grass-fed butter from the farm.')).not.toContain('grass-fed-beef');
  });
});
