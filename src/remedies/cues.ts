// Data, not logic: the words around a remedy mention that say how it went, and the words that introduce a
// remedy the lexicon may lack. Patterns are wink-nlp custom-entity patterns matched on token normal forms
// (lower case; write both `not` and `n't` where a contraction may stand).
import type { Outcome } from '../schema/mention.ts';

/**
 * One outcome cue: a wink-nlp pattern, the outcome it signals, whether a noun phrase before it is a discovery
 * candidate, and whether it is mere praise (`amazing`, `better`) that also describes food, so it does not make a
 * plain food word a remedy.
 */
export type Cue = { pattern: string; outcome: Exclude<Outcome, 'unknown'>; after?: true; praise?: true };

/** Outcome cue patterns; the nearest cue in a mention's sentence decides its outcome. */
export const OUTCOME_CUES: readonly Cue[] = [
  // helped
  // Bare `help` is a purpose or a request (`tutorials to help get you started`, `can anyone help`), not an outcome.
  { pattern: '[helps|helped|helping]', outcome: 'helped', after: true },
  { pattern: '[has|have|had|really|definitely|greatly|also|truly] [help|helps|helped]', outcome: 'helped', after: true },
  { pattern: '[helpful|beneficial|effective]', outcome: 'helped' },
  { pattern: '[cure|cured|cures|curing|healed|heals]', outcome: 'helped', after: true },
  { pattern: '[fix|fixed|fixes|solved|resolved]', outcome: 'helped', after: true },
  { pattern: '[saved|saves]', outcome: 'helped', after: true },
  { pattern: '[works|worked|work|working] [for|on] [me|us|him|her|them|my|everyone]', outcome: 'helped', after: true },
  { pattern: '[works|worked] [great|well|wonders|miracles]', outcome: 'helped', after: true },
  { pattern: '[it|that|this] [works|worked]', outcome: 'helped' },
  { pattern: '[did|does|do|done] [wonders|miracles]', outcome: 'helped', after: true },
  { pattern: '[did|does|do] [the] [trick]', outcome: 'helped', after: true },
  { pattern: '[relief|relieved|relieves|relieve]', outcome: 'helped' },
  { pattern: '[eliminated|eliminate|eliminates|eliminating]', outcome: 'helped' },
  { pattern: '[improved|improves|improvement|improvements]', outcome: 'helped' },
  { pattern: '[reduced|reduces|decreased|lessened]', outcome: 'helped' },
  // Bare `better` compares anything (`better than driving`); feeling, sleeping or getting better is an outcome.
  { pattern: '[feel|feeling|felt|feels|sleep|sleeping|slept|getting|got|gotten|much|lot|far|way|significantly|noticeably] [better]', outcome: 'helped' },
  { pattern: '[rocks|rock|amazing|awesome|wonderful|fantastic|miracle|miracles|godsend|lifesaver]', outcome: 'helped', praise: true },
  { pattern: '[swear] [by]', outcome: 'helped' },
  { pattern: '[recommend|recommended|recommends]', outcome: 'helped', praise: true },
  { pattern: '[benefit|benefits|benefited|benefitted]', outcome: 'helped' },
  { pattern: '[conquered|overcame|beat]', outcome: 'helped' },
  { pattern: '[pain] [free]', outcome: 'helped' },
  { pattern: '[gone|disappeared|vanished]', outcome: 'helped' },
  // no effect
  { pattern: '[did|does|do] [nothing]', outcome: 'no-effect' },
  { pattern: '[never] [did|does|do] [a] [thing|damn|bit]', outcome: 'no-effect' },
  { pattern: '[never] [did|does|do] [anything|much]', outcome: 'no-effect' },
  { pattern: "[did|does|do|would|has|have] [not|n't] [work|help|do]", outcome: 'no-effect' },
  { pattern: '[nothing] [helped|helps|worked|works]', outcome: 'no-effect' },
  { pattern: '[no] [effect|difference|change|help|relief|improvement|benefit|results]', outcome: 'no-effect' },
  { pattern: '[masked|masks|mask|masking]', outcome: 'no-effect' },
  { pattern: '[useless|pointless|worthless|ineffective]', outcome: 'no-effect' },
  { pattern: '[waste] [of] [time|money]', outcome: 'no-effect' },
  // `training to failure` is a method on this blog, not a result.
  { pattern: '[unsuccessful|unsucessful|failed]', outcome: 'no-effect' },
  { pattern: '[a|total|complete|utter|dismal|big|was] [failure|fail|flop|bust]', outcome: 'no-effect' },
  { pattern: '[stopped|quit] [working|helping]', outcome: 'no-effect' },
  { pattern: '[wore|wears] [off]', outcome: 'no-effect' },
  { pattern: '[only] [temporary|temporarily]', outcome: 'no-effect' },
  // worse
  { pattern: '[worse|worsened|worsen|worsens|worst]', outcome: 'worse' },
  { pattern: '[aggravated|aggravate|aggravates|aggravating|exacerbated]', outcome: 'worse' },
  { pattern: '[flare|flared|flares] [up|ups]', outcome: 'worse' },
  { pattern: '[side] [effect|effects]', outcome: 'worse' },
  { pattern: '[hurt|hurts|injured|reinjured|re-injured|irritated|inflamed]', outcome: 'worse' },
  { pattern: '[addicted|addiction|dependent]', outcome: 'worse' },
  { pattern: '[backfired|harmful]', outcome: 'worse' },
  // considering (asking, planning to try)
  { pattern: '[thinking|thought] [about|of]', outcome: 'considering' },
  { pattern: '[considering|consider|contemplating]', outcome: 'considering' },
  { pattern: '[plan|planning|plans|intend] [to|on]', outcome: 'considering' },
  { pattern: '[going] [to] [try|start|give]', outcome: 'considering' },
  { pattern: '[will|ll|might|may|should|could|gonna|to] [try]', outcome: 'considering' },
  { pattern: '[give] [it|them|that|this] [a] [try|shot|go|whirl]', outcome: 'considering' },
  { pattern: '[look|looking] [into]', outcome: 'considering' },
  { pattern: '[curious] [about]', outcome: 'considering' },
  { pattern: '[anyone|anybody] [tried|try|use|used|taken]', outcome: 'considering' },
  { pattern: '[worth] [trying|a]', outcome: 'considering' },
  { pattern: '[wonder|wondering] [if|whether]', outcome: 'considering' },
];

/** Patterns after which a noun phrase in a remedy-like context may name a remedy (`I tried X`, `started X`). */
export const DISCOVERY_BEFORE: readonly string[] = [
  '[tried|trying]',
  '[taking|took]',
  '[started|starting|began|begun] [taking|doing|using]',
  '[started|starting|began]',
  '[doing]',
  '[added|adding]',
  '[switched] [to]',
  '[try]',
  '[recommend|recommended|suggest|suggested]',
];

/** Words that name a kind of remedy: they may end a new compound term (`potato diet`, `ginger tea`), never stand alone. */
export const REMEDY_HEADS: ReadonlySet<string> = new Set(
  `diet diets tea teas oil oils powder extract root tincture drops capsules pills supplement supplements tablets cleanse
  bath baths juice protocol therapy training workout workouts stretch method technique exercises exercise shots shot
  spray balm cream ointment salve rub patch massage yoga`.split(/\s+/).filter((w) => w !== ''),
);

/** Words that are too generic to be a remedy candidate on their own (besides wink-nlp stop words). */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  `thing things stuff something everything anything nothing time times lot lots way ways pain back book books doctor doctors
  approach method methods program programs treatment treatments therapy product products advice idea ideas people person
  day days week weeks month months year years work life body mind problem problems help change changes food foods
  technique techniques routine routines plan plans protocol regimen version brand brands kind type bit couple piece site
  blog post posts article articles link links research study studies tips tip recommendation recommendations suggestion
  suggestions option options solution solutions combination mix amount dose doses level levels morning night evening
  hour hours minute minutes mile miles pound pounds lb lbs kg percent name guy guys man woman friend friends wife husband
  family kid kids son daughter mom dad god luck results result difference progress effect effects benefit benefits side
  knee knees shoulder shoulders neck leg legs foot feet hip hips arm arms muscle muscles joint joints spine gut skin
  weight health energy sense experience story question answer comment comments thanks point part place home job issue
  issues injury injuries condition conditions symptoms symptom meal meals breakfast lunch dinner water course advantage
  care look note attention place trouble shape form control account action steps step look interest chance lots fun
  approach course notice reading book video videos podcast exercises exercise supplement supplements pill pills routine
  session sessions class classes workout workouts stretches drug drugs medication treatment number numbers set sets rep
  reps mg gram grams cup cups teaspoon tablespoon website websites blog blogs site sites post posts page pages book books
  recipe recipes test tests break load word words term terms bunch copy hand hands internet math momentum app apps
  feeling feelings yesterday today tomorrow sort sorts experiment experiments machine machines mood sugar potato potatoes
  forum comment email video photo picture pictures movie movies song show article paper papers author authors dr doctor
  approach approaches habit habits hack hacks thought thoughts words lot stuff amount amounts advice bit while
  system systems phone computer car cars house room job jobs school work life world country question questions
  everything anything nothing something someone anyone everyone position positions volume calories intake movement
  movements weather ability activity activities addiction version google`.split(/\s+/).filter((w) => w !== ''),
);

/** Trailing words dropped from a candidate term when something specific remains (`egoscue exercises` -> `egoscue`). */
export const GENERIC_TAILS: ReadonlySet<string> = new Set(
  'exercise exercises routine program method technique techniques therapy treatment supplement supplements pills protocol workouts workout stretches'.split(' '),
);

/**
 * Words (token normal forms) that make a sentence speak of health or of an effect, so that a plain food word in it
 * (a lexicon `guarded` phrase) names a remedy: symptoms, ailments, body states, what a remedy is taken for, trial words.
 */
export const HEALTH_WORDS: ReadonlySet<string> = new Set(
  `sleep sleeps slept sleeping sleepy asleep insomnia bedtime nap wake waking woke awake alert tired fatigue fatigued
  exhausted energy energized jitters jittery wired stimulant
  pain pains painful ache aches aching achy headache headaches migraine migraines sore soreness cramp cramps
  cold colds flu cough coughs coughing sick sickness illness fever sinus sinuses congestion congested throat
  infection infections immune immunity virus viral symptom symptoms remedy remedies cure cures cured treat treats
  treatment therapeutic medicinal heal heals healing healed recovery recover recovering
  inflammation inflammatory anti-inflammatory inflamed swelling injury injuries injured arthritis gout
  digestion digestive gut stomach bloating bloated constipation constipated diarrhea reflux heartburn nausea ibs
  mucus phlegm phlegmy nasal stuffy runny inhale inhaled inhaling inhalation
  allergy allergies asthma eczema acne rash anxiety anxious stress stressed depression depressed calm calming relax
  relaxing thrive thriving try tried trying experiment experimenting experimented
  omega-3 omega-3s omega3 omega-6 epa dha
  irritable irritability hyperactive hypertension palpitations ferritin hemoglobin haemoglobin hemochromatosis`.split(/\s+/).filter((w) => w !== ''),
);

/**
 * Words that, right after a remedy name, make it a group of people (`keto crowd`, `Blue Zones folks`, `yoga types`):
 * the people who follow it are spoken of, not the remedy.
 */
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  `folks folk people crowd crowds community communities camp camps tribe bloggers blogger blogosphere sphere movement
  gurus guru advocates advocate enthusiasts enthusiast proponents proponent zealots zealot evangelists activists
  adherents followers devotees world experts expert`.split(/\s+/).filter((w) => w !== ''),
);

/**
 * Words that, right after a remedy name, make it a topic of talk rather than something taken: the body's own
 * stores and workings (`vitamin D production`, `melatonin receptors`), the research on it, or a comparison drawn
 * with it (`your tanning bed analogy`). Levels stay:
 * `my vitamin D levels` is said of what someone takes, and so does a deficiency (`magnesium deficiency`,
 * `taurine deficiency`), which annotators read as the nutrient's case for being taken.
 */
export const TOPIC_WORDS: ReadonlySet<string> = new Set(
  `production producing synthesis metabolism receptor receptors pathway
  pathways molecule molecules analog analogs analogue analogues research researchers industry market related notion notions belief beliefs
  analogy analogies metaphor metaphors equivalent equivalents`.split(/\s+/).filter((w) => w !== ''),
);

/** Participles that, after `is`/`are`/`was`/`were` following a remedy name, make it a topic (`how vitamin D is measured`). */
export const TOPIC_PASSIVES: ReadonlySet<string> = new Set(
  'measured tested produced synthesized synthesised metabolized metabolised made formed converted stored regulated'.split(' '),
);

/**
 * Nouns after a plain remedy word that keep it a remedy, besides the remedy heads: how it is taken (`coffee intake`,
 * `gym sessions`, `breathing patterns`, `steam treatment`, `steaming water`), who takes it (`coffee drinker`, `gym rat`) and its gear (`gym equipment`).
 */
export const MODIFIED_HEADS_KEPT: ReadonlySet<string> = new Set(
  `intake consumption habit habits routine routines session sessions class classes program programs regimen regime
  time membership trips trip visits visit pattern patterns practice practices schedule
  drinker drinkers eater eaters user users lover lovers addict addicts fan fans guy guys rat rats
  equipment machine machines gear treatment treatments water bowl`.split(/\s+/).filter((w) => w !== ''),
);
