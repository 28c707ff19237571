import { describe, expect, it } from 'vitest';
import { ids, under } from './helpers.ts';

describe('lexicon13 finer children', () => {
  it('reads plasma and platelet donation under blood donation, itself a way of lowering iron', () => {
    expect(ids('In Australia you can donate plasma every two weeks.')).toEqual(['plasma-donation']);
    expect(ids('They answered me with platelet donation information.')).toEqual(['platelet-donation']);
    // `donate` with a health word near names blood donation (a way of lowering iron) too.
    expect(ids('I donate to keep my ferritin low.')).toEqual(['blood-donation', 'iron-reduction']);
    expect(ids('Please donate to the blog if you like it.')).toEqual([]);
    expect(ids('Coffee can reduce iron absorption by 50%.')).not.toContain('iron-reduction');
    expect(under('plasma-donation', 'blood-donation')).toBe(true);
    expect(under('platelet-donation', 'blood-donation')).toBe(true);
    expect(under('blood-donation', 'iron-reduction')).toBe(true);
  });

  it('reads juicing and smoothies as their own ids under fruits and vegetables', () => {
    expect(ids('Things like juicing may help my health.')).toEqual(['juicing']);
    expect(ids("We don't juice but we eat our vegetables.")).toEqual(['juicing']);
    expect(ids('A fruit smoothie every morning helped my energy.')).toEqual(['smoothies']);
    expect(under('green-smoothies', 'smoothies')).toBe(true);
    expect(under('juicing', 'fruits-and-vegetables')).toBe(true);
  });

  it('reads mushroom powder under medicinal mushrooms', () => {
    expect(ids('I drink mushroom coffee for focus.')).toEqual(['mushroom-powder']);
    expect(ids('I also added garlic, onions, red peppers, corn, and mushroom powder.')).toEqual([]);
    expect(under('mushroom-powder', 'medicinal-mushrooms')).toBe(true);
  });

  it('reads blocking blue light as the parent of blue-blocker glasses and screen filters', () => {
    expect(ids('Blocking blue light after sunset fixed my sleep.')).toEqual(['blue-light-blocking']);
    expect(under('blue-light-glasses', 'blue-light-blocking')).toBe(true);
    expect(under('blue-light-filter', 'blue-light-blocking')).toBe(true);
  });

  it('reads sun-protective clothing and hats', () => {
    expect(ids('I wear a rash vest on vacation instead of sunblock.')).toEqual(['protective-clothing', 'sunscreen']);
    expect(ids('A wide-brimmed hat protects my skin from sunburn.')).toEqual(['protective-clothing']);
    expect(ids('Short-sleeved shirts cost less than long-sleeved shirts.')).toEqual([]);
  });
});

describe('lexicon13 named programmes and lifts', () => {
  it('reads Escalating Density Training by name and by its case-exact abbreviation', () => {
    expect(ids('EDT workouts are much better than the old 3x10 sets.')).toEqual(['escalating-density-training']);
    expect(ids('Escalating density training got me lean.')).toEqual(['escalating-density-training']);
    expect(under('escalating-density-training', 'strength-training')).toBe(true);
    expect(ids('The meeting is at 9 edt tomorrow.')).toEqual([]);
  });

  it('reads push presses, Viking push presses and cleans', () => {
    expect(ids('Pavel talks about Viking push presses as a great alternative.')).toEqual(['push-press']);
    expect(ids('I love your idea of mixing VPPs and gorilla cleans.')).toEqual(['push-press', 'cleans']);
    expect(under('cleans', 'olympic-weightlifting')).toBe(true);
  });

  it('reads Sprint 8 under sprints', () => {
    expect(ids('I started sprinting using the Sprint 8 template.')).toContain('sprint-8');
    expect(under('sprint-8', 'sprints')).toBe(true);
  });
});

describe('lexicon13 brand names that are everyday words', () => {
  it('reads Halls only as the capitalised brand', () => {
    expect(ids('NFL teams do not look to European weightlifting halls.')).not.toContain('lozenges');
    expect(ids('Sucking on Halls soothed my sore throat.')).toEqual(['lozenges']);
  });

  it('keeps Harris Teeter, sugar cane, weeding out and a one-man operation out', () => {
    expect(ids('My local Harris Teeter grocery sells russets.')).toEqual([]);
    expect(ids('It used raw cane sugar and no high fructose corn syrup.')).toEqual([]);
    expect(ids('His extreme workouts merely help him weed out people he considers weak.')).not.toContain('cannabis');
    expect(ids('Eric was a one-man operation.')).toEqual([]);
  });

  it('reads bare stock or stocks as no broth (mostly shares or supplies in the archive)', () => {
    expect(ids('After all, that is what stocks are: chunks of ownership in other businesses, like an energy fund.')).toEqual([]);
    expect(ids('Once stocks have a high valuation, the expected return falls.')).toEqual([]);
    expect(ids('Recently I let my stock dwindle down and had to restock.')).toEqual([]);
  });
});

describe('lexicon13 sense rules', () => {
  it('does not read warming the body as a warm-up', () => {
    expect(ids('I can always wiggle my fingers to warm up my hands.')).toEqual([]);
    expect(ids('He warmed up immediately on using Armour.')).not.toContain('warm-up');
  });

  it('does not read a good-morning person as the lift, nor give it a rest as rest', () => {
    expect(ids("I've never been a good morning-person when it comes to workouts.")).not.toContain('lifting-exercises');
    expect(ids('Please cut him some slack and give it a rest.')).toEqual([]);
  });

  it('does not read a smoothie that carries a supplement as the remedy', () => {
    expect(ids('I put a tablespoon of gelatin in a smoothie and it made me sleepy.')).not.toContain('smoothies');
    expect(ids('I use dried dandelion root in my fiber smoothie for health.')).not.toContain('smoothies');
  });

  it('does not read a promoter named alone as his method', () => {
    expect(ids('Love hearing more about Arthur Jones.')).toEqual([]);
  });
});
