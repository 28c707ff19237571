import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('caffeine sources', () => {
  it('reads green tea, other teas, yerba mate and guarana as kinds of caffeine', () => {
    expect(ids('A cup of green tea at 3 AM put me back to sleep.')).toEqual(['green-tea']);
    expect(ids('Oolong gives me a gentler lift than coffee, and it never hurt my sleep.')).toEqual(['tea', 'caffeine']);
    expect(ids("I'm replacing coffee with Yerba Mate for 30 days to see if my sleep improves.")).toEqual(['caffeine', 'yerba-mate']);
    expect(ids('Guarana kept me alert through the night shift.')).toEqual(['guarana']);
    for (const id of ['green-tea', 'tea', 'yerba-mate', 'guarana']) expect(under(id, 'caffeine')).toBe(true);
  });

  it('keeps caffeine-free herbal teas apart from caffeine, under herbal medicine', () => {
    expect(ids('Herbal teas in the evening help me relax.')).toEqual(['herbal-tea']);
    expect(under('herbal-tea', 'herbal-medicine')).toBe(true);
    expect(under('herbal-tea', 'caffeine')).toBe(false);
  });

  it('does not read a person named Maté as yerba mate', () => {
    expect(ids('Dr. Maté lists a few personality types that are at risk.')).toEqual([]);
  });
});

describe('the sleep environment', () => {
  it('reads a dark, screen-free, cool bedroom and a fixed wake time as sleep hygiene', () => {
    expect(ids('I fixed my sleeping environment: pure darkness, zero electronics.')).toEqual(['sleep-hygiene', 'sleep-hygiene', 'sleep-hygiene']);
    expect(ids('I sleep better in a cool room.')).toEqual(['sleep-hygiene']);
    expect(ids('Get up at the same time every day, even on weekends.')).toEqual(['sleep-hygiene']);
  });

  it('does not read a darkroom or a dark night as sleep hygiene', () => {
    expect(ids('The dark room at the photo lab smelled of fixer.')).toEqual([]);
    expect(ids('It was pitch black outside when I left the bar.')).toEqual([]);
  });

  it('puts blackout curtains under sleep hygiene and a fan for noise under white noise', () => {
    expect(under('blackout-curtains', 'sleep-hygiene')).toBe(true);
    expect(under('earplugs', 'sleep-hygiene')).toBe(true);
    expect(ids('I slept with a fan on and it helped.')).toEqual(['white-noise']);
  });
});

describe('standing', () => {
  it('gives standing more its own id under less sitting, with the standing desk under it', () => {
    expect(ids('Standing more during the day and an hour of walking improved my sleep.')).toEqual(['standing', 'walking']);
    expect(under('standing', 'posture-habits')).toBe(true);
    expect(under('standing-desk', 'standing')).toBe(true);
  });

  it('does not read a comparison as standing more', () => {
    expect(ids('My knee can handle standing more than an hour now.')).toEqual([]);
  });
});

describe('sounds to sleep by', () => {
  it('reads a rain or sleep track as white noise', () => {
    expect(ids('I put my headphones on and listen to a rain track to fall back asleep.')).toEqual(['white-noise']);
  });
});

describe('strength training named through its gear, lifts and techniques', () => {
  it('reads machines and the lifts done on them as machine training', () => {
    expect(ids('Three machines: leg press, mid row and lat pulldown.')).toEqual(['machine-training', 'machine-training', 'lifting-exercises', 'machine-training']);
    expect(ids('SuperSlow on machines is very easy on the joints.')).toEqual(['hit', 'machine-training']);
    expect(ids('The slot machines in Vegas ate my money.')).toEqual([]);
    expect(ids('In the gym I favour the elliptical and the stair machines.')).toEqual(['exercise', 'elliptical', 'stairs']);
  });

  it('gives the MedX lumbar machine its own id under machine training', () => {
    expect(ids('A careful lower back workout on a medex lower back machine cures my back pain.')).toContain('lumbar-extension');
    expect(under('lumbar-extension', 'machine-training')).toBe(true);
  });

  it('reads bands and their brands as resistance bands, not music bands', () => {
    expect(ids('Variable resistance HIT with bands (e.g. x3) does engage the core.')).toEqual(['hit', 'resistance-bands', 'resistance-bands']);
    expect(ids('I am trying to remember some of the other bands and players at that club.')).toEqual([]);
  });

  it('reads chins and bodyweight HIT as calisthenics, not a double chin', () => {
    expect(ids('I was doing chins and dips three times a week.')).toEqual(['chin-ups', 'calisthenics']);
    expect(ids('HIT on bodyweight can get you there.')).toEqual(['calisthenics']);
    expect(under('pull-ups', 'calisthenics')).toBe(true);
    expect(ids('Losing weight got rid of my double chins.')).not.toContain('chin-ups');
  });

  it('finds set techniques under HIT, and Pavel programmes and grip work under strength training', () => {
    expect(ids('I added rest-pause and drop sets to my sets.')).toEqual(['intensity-techniques', 'intensity-techniques']);
    expect(under('myo-reps', 'hit')).toBe(true);
    expect(ids('I started doing slowburn, ie, HIT style training.')).toEqual(['slow-burn', 'hit']);
    expect(ids('There was a slow burn of anger in the room.')).toEqual([]);
    expect(ids('I cycle between BBS and PTP.')).toEqual(['body-by-science', 'power-to-the-people']);
    expect(ids('My grippers and a wrist roller fixed my elbow.')).toEqual(['grip-training', 'grip-training']);
  });

  it('reads named lifts as strength training, not hair curls or a shrug of the shoulders', () => {
    expect(ids('Bent rows and bicep curls twice a week.')).toEqual(['lifting-exercises', 'lifting-exercises']);
    expect(under('lifting-exercises', 'strength-training')).toBe(true);
    expect(ids('She shrugs off the pain and smiles.')).toEqual([]);
  });
});

describe('cold weather and light at night', () => {
  it("reads this blog's cold weather training as cold exposure", () => {
    expect(ids('Today I can walk outside without a jacket in low temperatures with no problem.')).toContain('cold-exposure');
    expect(ids('I primarily do cold weather exposure for resiliency and not fat loss.')).toEqual(['cold-exposure']);
    expect(ids('I take cool showers, keep the thermostat lower and dress lighter.')).toContain('cold-exposure');
  });

  it('reads cutting blue light at night as sleep hygiene (lexicon13: its finer child blue-light-blocking)', () => {
    expect(ids('Reduce blue light exposure after 10 PM to sleep better.')).toEqual(['blue-light-blocking']);
    expect(under('blue-light-blocking', 'sleep-hygiene')).toBe(true);
  });
});

describe('supplements and drugs named one by one', () => {
  it('gives lithium and boron their own ids under trace minerals, not lithium in the water or a battery', () => {
    expect(ids('I take lithium and iodine every third day.')).toEqual(['lithium', 'iodine']);
    expect(ids('Boron helped my joints.')).toEqual(['boron']);
    expect(under('lithium', 'trace-minerals')).toBe(true);
    expect(ids('Louisiana has high levels of lithium in the water supply.')).toEqual([]);
    expect(ids('My lithium battery died on the trip.')).toEqual([]);
  });

  it('reads a homeopathic sleep aid as homeopathy, not as sleep medication', () => {
    expect(ids('Have you ever tried using a homeopathic sleep aid?')).toEqual(['homeopathy']);
    expect(ids('Calms Forte helped me sleep.')).toEqual(['homeopathy']);
  });

  it('finds named protein powders, andro, rapamycin and HRV biofeedback devices', () => {
    expect(ids('Egg protein and hemp protein are worth trying.')).toEqual(['protein-powder', 'protein-powder']);
    expect(ids('He took andro until it was banned.')).toEqual(['prohormones']);
    expect(ids('I used rapamycin to clear my injury.')).toEqual(['rapamycin']);
    expect(ids('I use HeartMath to calm down before bed.')).toEqual(['biofeedback']);
  });

  it('reads lactase pills as a digestive enzyme but not the enzyme the body lacks', () => {
    expect(ids('Lactase pills fixed my dairy trouble.')).toEqual(['digestive-enzymes']);
    expect(ids("If you don't have lactase, you don't have lactase.")).toEqual([]);
  });
});

describe('monitoring is not a remedy', () => {
  it('does not report trackers, glucose meters or self-tracking, but reads a daily step goal as walking', () => {
    expect(ids('My Oura ring and Apple Watch say my sleep improved.')).toEqual([]);
    expect(ids('The CGM showed my glucose spike after rice.')).toEqual([]);
    expect(ids('Quantified self helped me see the pattern.')).toEqual([]);
    expect(ids('I hit 10,000 steps a day and my back improved.')).toEqual(['walking']);
  });
});

describe('foods and drinks given up', () => {
  // The labelling protocol's `gluten-free` is "avoiding wheat / gluten": wheat and bread given up are gluten-free,
  // grains given up are grain-free.
  it('reads eliminating, removing or avoiding wheat or bread as gluten-free, and grains as grain-free', () => {
    expect(ids('I cured my rosacea by eliminating wheat.')).toEqual(['gluten-free']);
    expect(ids('When I removed bread, I got lean.')).toEqual(['gluten-free']);
    expect(ids('I have been avoiding wheat for the last 4 years.')).toEqual(['gluten-free']);
    expect(ids('When I eliminated all grains my joints stopped aching.')).toEqual(['grain-free']);
    expect(ids('I cut bread for the sandwiches.')).toEqual([]);
  });

  it('reads giving up beer or wine as cutting out alcohol, not a stain removed', () => {
    expect(ids('Eliminating beer has really helped that a lot.')).toEqual(['alcohol-free']);
    expect(ids('I gave up wine and slept better.')).toContain('alcohol-free');
    expect(ids('She removed the wine stain with salt.')).toEqual([]);
  });
});

describe('small gaps the archive showed', () => {
  it('finds dead bugs, a probiotic brand, a contoured pillow and raisins before bed', () => {
    expect(ids("I've been doing birddog and dead bugs for my back.")).toEqual(['core-training', 'core-training']);
    expect(ids('Now I take BioKult daily for my gut.')).toEqual(['probiotics']);
    expect(ids('A contoured pillow fixed my neck.')).toEqual(['pillow']);
    expect(under('pillow', 'mattress')).toBe(true);
    expect(ids('Raisins before bed help me sleep through.')).toEqual(['bedtime-snack']);
  });
});

describe('other things given up', () => {
  it('reads coffee eliminated or a month without it as caffeine reduction, not a coffee shop avoided', () => {
    expect(ids('I went a month without coffee and slept better.')).toEqual(['caffeine-reduction']);
    expect(ids('I stopped drinking coffee.')).toEqual(['caffeine-reduction']);
    expect(ids('I avoid coffee shops that hide their roaster.')).toEqual([]);
  });

  it('keeps stopped drinking soda or milk out of cutting out alcohol', () => {
    expect(ids('I stopped drinking diet coke.')).toEqual(['decaf']);
    expect(ids('I stopped drinking milk.')).toEqual([]);
    expect(ids('I stopped drinking and slept better.')).toEqual(['alcohol-free']);
  });

  it('reads sugar, processed food, carbs and meat given up as their diets', () => {
    expect(ids('Removing sugar cleared my skin.')).toEqual(['sugar-free']);
    expect(ids('I eliminated processed foods.')).toEqual(['whole-foods-diet']);
    expect(ids('Eliminating carbs helped.')).toEqual(['low-carb-diet']);
    expect(ids('I gave up meat for Lent.')).toEqual(['vegetarian-diet']);
  });
});

describe('named diets and small families of the archive', () => {
  it('gives Potatoes & Protein its own id under the potato diet', () => {
    expect(ids('Then I switched to Potatoes and Protein to lose another 20 pounds.')).toEqual(['potatoes-and-protein']);
    expect(under('potatoes-and-protein', 'potato-diet')).toBe(true);
  });

  it('finds deep breaths taken to calm down but not the idiom', () => {
    expect(ids('Whenever I feel stressed I take 10 deep breaths and it helps.')).toEqual(['breathing']);
    expect(ids("Why don't you relax and take a deep breath before you start.")).toEqual([]);
  });

  it('finds xylitol, Pero, statics and spelling variants of known herbs', () => {
    expect(ids('Spry gum with xylitol helped my sensitive teeth.')).toContain('xylitol');
    expect(ids('After noon I switch between Pero and decaf coffee.')).toEqual(['coffee-alternatives', 'decaf']);
    expect(ids('I have used statics in the past with great effect.')).toEqual(['isometric-exercise']);
    expect(ids("I took St John'swort for my mood.")).toEqual(['st-johns-wort']);
  });
});

describe('ids the annotators coined', () => {
  it('has seeds under nuts and seeds, protein cycling under low-protein diet, Body for Life under workout programmes', () => {
    expect(ids('I eat sunflower seeds for the magnesium.')).toEqual(['seeds', 'magnesium']);
    expect(under('seeds', 'nuts-and-seeds')).toBe(true);
    expect(ids('I did the Protein Cycling Diet for autophagy.')).toEqual(['protein-cycling']);
    expect(under('protein-cycling', 'low-protein-diet')).toBe(true);
    expect(ids('I had great success with the Body for Life approach.')).toEqual(['body-for-life']);
  });
});

describe('words in another sense', () => {
  it('does not read being unable to walk, sleep intervals or a stretched band as remedies', () => {
    expect(ids('Could hardly walk down the street for a week.')).toEqual([]);
    expect(ids('Getting tired enough for longer sleep intervals was my only chance.')).toEqual([]);
    expect(ids('The resistance gets higher the further the band is stretched.')).toEqual([]);
    expect(ids('I walk daily and it helped my back.')).toEqual(['walking']);
  });
});

describe('training words read in random archive threads', () => {
  it('finds swings, barre, free weights, interval work, HFT and H.I.T.', () => {
    expect(ids('I did swings and push-ups three times a week.')).toEqual(['kettlebells', 'push-ups']);
    expect(ids('I have also taken barre and pilates classes.')).toEqual(['barre', 'pilates']);
    expect(ids('Maybe my health would improve with some interval work?')).toEqual(['sprints']);
    expect(ids("I'm giving my left leg solo HFT a shot.")).toEqual(['high-frequency-training']);
    expect(ids("Now that I'm older, H.I.T. makes so much sense.")).toEqual(['hit']);
  });

  it('does not read mood or temperature swings, or cycling back to a weight, as training', () => {
    expect(ids('My blood sugar swings made me tired.')).toEqual([]);
    expect(ids('I feel big swings of energy throughout the day.')).toEqual([]);
    expect(ids('Use less weight, more reps, then cycling back to more weight.')).toEqual([]);
  });
});

describe('more from reading random threads', () => {
  it('reads cool showers, the Cool Diet and sleeping in a cold room as cold practices', () => {
    expect(ids('I was able to take a 4 minute cool shower.')).toEqual(['cold-showers']);
    expect(ids('The Cool Diet arrived just now.')).toEqual(['cold-exposure']);
    expect(ids('Darden recommended sleeping in a cold environment.')).toEqual(['sleep-hygiene']);
  });

  it("reads giving up the grains as grain-free and not eating wheat as gluten-free, but not a day's missed bread", () => {
    expect(ids('I had IBS for years before giving up the grains.')).toEqual(['grain-free']);
    expect(ids("I don't eat wheat, legumes or seed oils.")).toEqual(['gluten-free']);
    expect(ids("I didn't eat bread that day.")).toEqual([]);
  });

  it('finds a better pillow and water fasting in the past tense', () => {
    expect(ids('Since I got a better pillow my headaches stopped.')).toEqual(['pillow']);
    expect(ids("I've water fasted quite a bit.")).toEqual(['extended-fasting']);
  });
});

describe('everyday senses found in non-health threads', () => {
  it('does not read warming weather, a sprint to a meeting or an ATM machine as remedies', () => {
    expect(ids('The weather is starting to warm up again.')).toEqual([]);
    expect(ids('It was then a sprint to meet the president.')).toEqual([]);
    expect(ids('This ATM machine works better than Blogger.')).toEqual([]);
  });
});

describe('footwear', () => {
  it('reads flat shoes and flat-shoe brands as minimalist shoes', () => {
    expect(ids('I think wearing flat shoes has helped my back.')).toEqual(['minimalist-shoes']);
    expect(ids('Have you tried Vivo barefoot shoes for your knees?')).toContain('minimalist-shoes');
  });
});
