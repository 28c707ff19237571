import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('psychotherapies and self-help methods', () => {
  it('finds REBT by its name and its founder, as a kind of CBT', () => {
    expect(ids('Reading Albert Ellis changed how I handle setbacks.')).toEqual(['rebt']);
    expect(ids('My counsellor used REBT with me last winter.')).toEqual(['psychotherapy', 'rebt']);
    expect(under('rebt', 'cbt')).toBe(true);
  });

  it('finds forgiveness and acceptance practices, not a polite apology', () => {
    expect(ids("I finally forgave my father and the anger lifted.")).toEqual(['forgiveness']);
    expect(ids('Self-acceptance did more for my nerves than any pill.')).toContain('acceptance');
    expect(ids('Forgive me for the long comment.')).toEqual([]);
  });

  it('finds named programmes and stress management said with a possessive', () => {
    expect(ids('The Presence Process took me ten weeks.')).toEqual(['presence-process']);
    expect(ids('Learning to manage my stress was the real fix.')).toEqual(['stress-reduction']);
    expect(ids('Lifting badly can put stress on the joint.')).not.toContain('stress-reduction');
  });
});

describe('digestive and detox remedies', () => {
  it('tells charcoal, clay and a packaged cleanse apart, all under detoxification', () => {
    expect(ids('After food poisoning I took charcoal, then bentonite clay.')).toEqual(['activated-charcoal', 'bentonite-clay']);
    expect(ids('The herbal cleanse kit sat in my cupboard for a year.')).toEqual(['cleanse']);
    for (const id of ['activated-charcoal', 'bentonite-clay', 'cleanse', 'juice-fast', 'colon-cleansing']) expect(under(id, 'detoxification')).toBe(true);
    expect(under('cleanse', 'fruits-and-vegetables')).toBe(false);
  });

  it('finds efforts to flush toxins, not the body pathways that do it', () => {
    expect(ids('Saunas help me flush out toxins.')).toContain('detoxification');
    expect(ids('The liver has its own detox pathways.')).toEqual([]);
  });

  it('finds dietary fibre but not muscle fibres or fibre optics', () => {
    expect(ids('More soluble fiber settled my gut.')).toEqual(['fiber']);
    expect(ids('Slow twitch fibers burn fat during long rides.')).toEqual([]);
    expect(ids('We finally got fiber optic internet.')).toEqual([]);
    expect(under('psyllium', 'fiber')).toBe(true);
  });

  it('finds rehydration and drinking a lot of water', () => {
    expect(ids('During the stomach flu I drank a lot of water and oral rehydration salts.')).toEqual(['hydration', 'hydration']);
  });
});

describe('named diets', () => {
  it('finds the rotation diet, Fit for Life and a bland diet', () => {
    expect(ids('A food rotation diet calmed my IBS.')).toEqual(['rotation-diet']);
    expect(ids('Fit for Life had us eating only fruit before noon.')).toContain('fit-for-life');
    expect(ids('Stay fit for life by walking.')).not.toContain('fit-for-life');
    expect(ids('A bland diet of rice and toast got me through the bug.')).toContain('bland-diet');
  });

  it('gives each low-fat programme its own id under low-fat diet', () => {
    expect(ids('The Ornish program lowered his cholesterol.')).toEqual(['ornish-diet']);
    expect(under('pritikin-diet', 'low-fat-diet')).toBe(true);
  });

  it('finds nose clips under the Shangri-La diet', () => {
    expect(ids('Wearing nose clips at dinner cut my appetite.')).toEqual(['nose-clips']);
    expect(under('nose-clips', 'shangri-la-diet')).toBe(true);
  });
});

describe('hormones and vitamins', () => {
  it('gives pregnenolone, progesterone cream and DHEA their own ids under hormone therapy', () => {
    expect(ids('Pregnenolone and a little progesterone cream eased my joint pain.')).toEqual(['pregnenolone', 'progesterone-cream']);
    expect(under('dhea', 'hormone-therapy')).toBe(true);
  });

  it('does not read a steroid hormone, the chemical class, as anabolic steroids', () => {
    expect(ids('Cortisol is a steroid hormone made by the adrenals.')).toEqual([]);
    expect(ids('He admitted to using steroids for the show.')).toEqual(['steroids']);
  });

  it('finds B complex and vitamin K with K2 under it', () => {
    expect(ids('I take a B complex with breakfast.')).toEqual(['vitamin-b-complex']);
    expect(ids('Vitamin K helps my bruising.')).toEqual(['vitamin-k']);
    expect(under('vitamin-k2', 'vitamin-k')).toBe(true);
  });
});

describe('training systems, rehab and procedures', () => {
  it('finds occlusion training, timed static contractions and grease the groove', () => {
    expect(ids('BFR bands let me train my quads light after surgery.')).toContain('blood-flow-restriction');
    expect(ids('Timed static contraction sessions twice a week kept my strength.')).toEqual(['timed-static-contraction']);
    expect(ids('Greasing the groove got me to ten pull-ups.')).toContain('grease-the-groove');
  });

  it('files zone 2 as base training with Maffetone under it', () => {
    expect(ids('Zone 2 training rebuilt my endurance.')).toEqual(['base-training']);
    expect(under('maffetone-method', 'base-training')).toBe(true);
  });

  it('finds an underwater treadmill under aquatic therapy', () => {
    expect(ids('The underwater treadmill at the clinic saved my knee.')).toContain('underwater-treadmill');
    expect(under('underwater-treadmill', 'aquatic-therapy')).toBe(true);
  });

  it('finds a new hip as a joint replacement but not a new knee injury', () => {
    expect(ids('My new hip lets me hike again.')).toContain('joint-replacement');
    expect(ids('A new knee injury kept me off the bike.')).not.toContain('joint-replacement');
  });

  it('splits prolotherapy and stem cells from PRP, and cold therapy above ice and cold exposure', () => {
    expect(ids('Prolotherapy fixed my loose ankle.')).toEqual(['prolotherapy']);
    expect(ids('Cold therapy calmed the swelling.')).toEqual(['cold-therapy']);
    expect(under('ice', 'cold-therapy') && under('cold-exposure', 'cold-therapy')).toBe(true);
  });

  it('finds activity modification as a kind of rest', () => {
    expect(ids('Activity modification let the tendon settle.')).toEqual(['activity-modification']);
  });
});

describe('vetoes that must not swallow a remedy', () => {
  it('reads the GAPS diet after `the`, but not the gaps in an argument', () => {
    expect(ids('The GAPS diet calmed my eczema.')).toEqual(['gaps-diet']);
    expect(ids('There are big gaps in that study.')).toEqual([]);
  });

  it("does not read the body's own detoxifying as a detox effort", () => {
    expect(ids('Your liver detoxifies alcohol without help.')).toEqual([]);
    expect(ids('I detoxed with a juice fast.')).toEqual(['detoxification', 'juice-fast']);
  });

  it('files ginger tea under ginger and a wobble board under balance training', () => {
    expect(ids('Ginger tea settled my nausea.')).toEqual(['ginger']);
    expect(ids('A wobble board rebuilt my ankle.')).toEqual(['balance-training']);
  });
});

describe('entries that held unrelated things, split', () => {
  it('gives somatic experiencing its own id beside EMDR', () => {
    expect(ids('Somatic experiencing eased my panic.')).toEqual(['somatic-experiencing']);
    expect(under('somatic-experiencing', 'emdr')).toBe(false);
  });

  it('keeps ketamine and MDMA out of psilocybin, all under psychedelics', () => {
    expect(ids('Ketamine infusions lifted my depression.')).toEqual(['ketamine']);
    expect(under('ketamine', 'psilocybin')).toBe(false);
    expect(under('psilocybin', 'psychedelics')).toBe(true);
  });

  it('keeps ayurveda out of Chinese medicine, and chelation and hyperbaric oxygen out of IV therapy', () => {
    expect(ids('An ayurvedic doctor put me on triphala.')).toEqual(['ayurveda', 'triphala']);
    expect(ids('Chelation therapy is sold as a cure for everything.')).toEqual(['chelation-therapy']);
    expect(under('hyperbaric-oxygen', 'iv-therapy')).toBe(false);
  });
});

describe('everyday phrasings of known remedies', () => {
  it('finds not drinking alcohol said in the present tense', () => {
    expect(ids("I don't drink alcohol during the week.")).toEqual(['alcohol-free']);
    expect(ids('I drink alcohol most nights.')).toEqual([]);
  });

  it('finds adding good bacteria as probiotics, not the gut flora spoken of', () => {
    expect(ids('After the antibiotics I added friendly bacteria with every meal.')).toContain('probiotics');
    expect(ids('Good bacteria in the colon ferment starch.')).toEqual([]);
  });

  it('finds a blend of herbs as herbal medicine', () => {
    expect(ids('The naturopath sold me an herbal blend for sleep.')).toContain('herbal-medicine');
  });
});

describe('bare words of these families that also name a topic', () => {
  it('reads bare fiber, progesterone and forgiveness only where health is spoken of', () => {
    expect(ids('Nature packs sugar with fiber.')).toEqual([]);
    expect(ids('Fiber at breakfast ended my constipation.')).toEqual(['fiber']);
    expect(ids('Milk carries more progesterone than estrogen.')).toEqual([]);
    expect(ids('I would never extend forgiveness to a cafe that burns its espresso.')).toEqual([]);
    expect(ids('Forgiveness took the stress out of my days.')).toEqual(['forgiveness']);
  });

  it('does not read a psychologist or a set of primal movement patterns as a remedy', () => {
    expect(ids('A psychologist might call it an instinct.')).toEqual([]);
    expect(ids('Chek lists seven primal movements.')).toEqual([]);
  });
});

describe('dairy eaten and dairy given up', () => {
  it('reads cutting out all dairy as a dairy-free diet, not as eating dairy', () => {
    expect(ids('I cut out all dairy and my sinuses cleared.')).toEqual(['dairy-free']);
    expect(ids('Full-fat dairy keeps my energy steady.')).toEqual(['dairy']);
  });
});
