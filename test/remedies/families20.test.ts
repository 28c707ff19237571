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

describe('lexicon pass 19: combat sports, fall practice and fitness races', () => {
  it('reads MMA and wrestling under martial arts', () => {
    const found = ids('BJJ, wrestling, boxing, MMA, sometimes forget that it is in a controlled environment.');
    expect(found).toContain('wrestling');
    expect(found).toContain('mma');
    expect(under('mma', 'martial-arts')).toBe(true);
    expect(under('wrestling', 'martial-arts')).toBe(true);
  });

  it('leaves out wrestling with a problem and an MMA fighter as a person', () => {
    expect(ids('A few years ago I was wrestling with competing nutritional philosophies.')).not.toContain('wrestling');
    expect(ids('We may end up leg wrestling for the last bite!')).not.toContain('wrestling');
    expect(ids('I found a funny remix that sampled MMA fighter Nate Diaz on steroids.')).not.toContain('mma');
  });

  it('reads learning how to fall as fall practice, but not learning to fall asleep', () => {
    expect(ids('I wish I had learned how to fall and take a hit in my teens.')).toContain('fall-training');
    expect(ids('Judo breakfalls saved me when I slipped on the ice.')).toContain('fall-training');
    expect(ids('I finally learned how to fall asleep without pills.')).not.toContain('fall-training');
    expect(under('fall-training', 'exercise')).toBe(true);
  });

  it('reads Hyrox and DEKA races', () => {
    const found = ids('Those imitators include Deka Fitness races and Hyrox races.');
    expect(found).toContain('hyrox');
    expect(found).toContain('deka');
  });
});

describe('lexicon pass 19: eating habits, vinegar, energy flux and face masks', () => {
  it('reads eating slowly, chewing slower and pausing between bites as slow eating, under meal timing', () => {
    expect(ids('Still working on eating slow. Some habits are tough to break.')).toContain('slow-eating');
    const found = ids('Instead of focusing on chewing slower, I take breaks between bites.');
    expect(found).toContain('slow-eating');
    expect(found).not.toContain('rest-breaks');
    expect(ids('I eat slow carbs and feel better.')).not.toContain('slow-eating');
    expect(ids('Eat slower digesting foods to stay full and lose weight.')).not.toContain('slow-eating');
    expect(under('slow-eating', 'meal-timing')).toBe(true);
  });

  it('reads uniform eating and eating the same meals every day', () => {
    expect(ids('Uniform eating has been a nice tactic for fat loss for a long time.')).toContain('uniform-eating');
    expect(ids('Eating the same meals every day took the guesswork out of dieting.')).toContain('uniform-eating');
    expect(ids('I like us all to eat the same meal at dinner.')).not.toContain('uniform-eating');
    expect(ids('I have no problem eating the same meals ad nauseam.')).toContain('uniform-eating');
  });

  it('reads vinegar with food where it reports an effect, and apple cider vinegar under it', () => {
    expect(ids('Malt vinegar or even plain white vinegar works well too.')).toContain('vinegar');
    expect(ids('Potatoes with red wine vinegar lower my blood sugar spike.')).toContain('vinegar');
    expect(ids('Haven\u2019t tried red wine vinegar yet, it works well for my blood sugar.')).not.toContain('red-wine');
    expect(ids('I love cabbage with balsamic vinegar, it tasted great cooked in the pan.')).not.toContain('vinegar');
    // Bare `vinegar` is mostly a recipe's: only a named vinegar counts, in health talk.
    expect(ids('A true vindaloo requires vinegar, and it is good for your health.')).not.toContain('vinegar');
    expect(under('apple-cider-vinegar', 'vinegar')).toBe(true);
  });

  it('reads G-Flux and wearing masks', () => {
    expect(ids('Your comment reminded me of G-Flux.')).toContain('g-flux');
    expect(ids('People are already giving up wearing the masks.')).toContain('face-masks');
    expect(ids('The Red Cross is the only one that does not require mask wearing.')).not.toContain('face-masks');
  });
});

describe('lexicon pass 19: ordinary-English uses of remedy words', () => {
  it('leaves out heat the body keeps or makes, and heat as physics', () => {
    expect(ids('The body wants to retain heat while in water, which helps with the cold.')).not.toContain('heat');
    expect(ids('The body will learn to generate more heat when called upon, so my cold hands got better.')).not.toContain('heat');
    expect(ids('A cabana collects heat from the sun, good for my back pain.')).not.toContain('heat');
    expect(ids('Devices emit red light with no added heat for pain.')).not.toContain('heat');
    expect(ids('Heat helped my back pain a lot.')).toContain('heat');
  });

  it('leaves out weight loss as the benefit of something else', () => {
    expect(ids('The entire weight loss benefit of exercise consists of favorable changes in hormones.')).not.toContain('weight-loss');
    expect(ids('Losing weight helped my knees.')).toContain('weight-loss');
  });

  it('leaves out low fat and low glycemic said of a food, not of a diet', () => {
    expect(ids('If I use non fat or low fat cottage cheese as my protein, I may mix it.')).not.toContain('low-fat-diet');
    expect(ids('I went on a low fat diet and lost weight.')).toContain('low-fat-diet');
    expect(ids('Lentils are similarly low calorie and low glycemic index.')).not.toContain('low-glycemic-diet');
    expect(ids('Beans are very low glycemic.')).not.toContain('low-glycemic-diet');
    expect(ids('A low glycemic diet helped my energy.')).toContain('low-glycemic-diet');
  });

  it('leaves out more calories said of a food, and breaks between sets', () => {
    expect(ids('They pair the potato with something with more calories and flavor.')).not.toContain('calorie-surplus');
    expect(ids('I started eating more calories and my energy came back.')).toContain('calorie-surplus');
    expect(ids('Rest 2 minutes, and take breaks between sets.')).not.toContain('rest-breaks');
    expect(ids('I take breaks from the computer every hour and my back pain is gone.')).toContain('rest-breaks');
  });
});

describe('lexicon pass 19: a gym as a business', () => {
  it('leaves out a gym someone runs or owns, and gyms spoken of as a business', () => {
    expect(ids('There is a high cost to running a super-hygienic gym, and my back pain showed it.')).not.toContain('exercise');
    expect(ids('Gyms on a normal year lose half their members, which hurts their energy.')).not.toContain('exercise');
    expect(ids('If gyms reopen, people will go back to training for their back pain.')).not.toContain('exercise');
  });

  it('keeps a gym someone trains at', () => {
    expect(ids('I run at the gym every morning and it helped my back pain.')).toContain('exercise');
    expect(ids('He owns two gyms and swears by lifting for back pain.')).toContain('strength-training');
  });
});

describe('lexicon pass 19: recipe words keep a plain food a food', () => {
  it('leaves out vinegar among ingredients and seasonings', () => {
    expect(ids('Ingredients: 1 large potato, red wine vinegar, 1 onion. It helped my blood sugar.')).not.toContain('vinegar');
    expect(ids('The seasoning is salt, pepper and vinegar.')).not.toContain('vinegar');
    expect(ids('I splash some red wine vinegar on my potatoes to keep my blood sugar down.')).toContain('vinegar');
  });
});
