// Data, not logic: the words around a remedy name that show it is used in another sense (see guard.ts and sense.ts).
// All are token normal forms (lower case).

const words = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter((w) => w !== ''));

/**
 * Words of another field than health: taste and coffee culture, the kitchen and the larder, money, photo credits. A plain food or backdrop word
 * (a lexicon `guarded` phrase) in a sentence holding one of them, and no health word of its own, names the food,
 * the dish or the asset (`how good their coffee tasted`, `release the steam`, `biotech stocks`).
 */
export const OTHER_FIELD_WORDS: ReadonlySet<string> = words(`
  taste tasted tastes tasting tasty tastier delicious flavor flavour flavors flavours flavorful aroma aromas roast roasted
  roaster roasters roasting brewed brewing barista baristas beans culture cafe cafes café shop shops brand brands export
  exports exporter restaurant restaurants menu gourmet connoisseur snob snobs
  cook cooks cooked cooking recipe recipes oven stove stovetop pan pans skillet instantpot instant-pot cooker boil boiled
  boiling bake baked baking fry fried frying simmer simmered simmering saute sauteed microwave microwaved grill grilled
  kitchen lid steamer colander sauté sautéed sautee sauteing meatloaf casserole stir-fry
  crock crockpot crock-pot crockpots render renders rendered rendering simmers fries bakes boils grills roasts
  ingredients ingredient seasoning seasonings marinade marinated
  fridge pantry shelf shelves cabinet unsplash
  stocks shares shareholder investing invest invested investment investments investor investors portfolio portfolios
  dividend dividends bonds hedge trading trader traders biotech equity equities payoff brokerage nasdaq dow`);

/** Health words that only say something was tried; they do not by themselves make a sentence speak of health. */
export const TRIAL_WORDS: ReadonlySet<string> = words('try tried trying experiment experimenting experimented');

/**
 * Body parts that are not eaten: a plain food word listed among them (`joints, liver/stomach, back`) names the organ.
 * Organs that are also food (liver, heart, tongue, kidney) are left out: `liver, heart, tongue` is a list of meats.
 */
export const BODY_PARTS: ReadonlySet<string> = words(`
  stomach stomachs lungs lung skin hair nails joints joint back neck shoulder shoulders knee knees hip hips gut guts
  bowel bowels colon spleen pancreas gallbladder bladder eyes eye ears teeth gums thyroid adrenals adrenal arteries
  veins intestines`);

/** Tokens that join the items of a list. */
export const LIST_GLUE: ReadonlySet<string> = words('/ , & and or - –');

/** Words after a remedy name that make it a profession (`rehab doctor`, `cardio surgeons`): the people who practise it. */
export const PROFESSION_WORDS: ReadonlySet<string> = words(`
  doctor doctors doc docs physician physicians surgeon surgeons nurse nurses specialist specialists practitioner
  practitioners`);

/** Words that say something hurts or gets worse: a movement named after `when`/`if` next to one provokes a symptom. */
export const SYMPTOM_WORDS: ReadonlySet<string> = words(`
  hurt hurts hurting painful pain pains sore soreness ache aches aching achy worse twinge twinges clicks clicking pops
  popping throbs throbbing stiff stiffness swelling swollen tender`);

/** Subordinators that open the clause of a symptom's trigger (`it hurts when I squat`). */
export const TRIGGER_WORDS: ReadonlySet<string> = words('when whenever if while during');

/** Words that report relief in a sentence: with one, a movement next to a symptom is what eased it. */
export const RELIEF_WORDS: ReadonlySet<string> = words('less better easier fewer eased eases relieved relieves gone');

/** Plain place words: met in a sentence about someone's work (`the gym I work at`) they name a workplace. */
export const PLACE_WORDS: ReadonlySet<string> = words('gym gyms studio studios dojo pool pools clinic clinics spa spas');

/** Verbs of running a business: `running a gym`, `owns a small studio` name the place as a business, not a workout. */
export const BUSINESS_VERBS: ReadonlySet<string> = words('run runs ran running own owns owned owning manage manages managed managing operate operates operated operating');

/**
 * Words that make a sentence speak of someone's work, or of a place as a business (`gyms lose half their members`,
 * `if gyms reopen`): `work`/`works` followed by `at`, `from`, `in` or `for`, or these.
 */
export const WORK_WORDS: ReadonlySet<string> = words(`job employer employed employee employees coworkers co-workers colleagues boss clients shift
  business businesses revenue revenues profit profits profitable marketing customers franchise franchises members reopen reopened reopening`);

/** Words of teaching: a movement right after one, in a sentence about work, is someone's trade (`he teaches boxing`). */
export const TEACH_WORDS: ReadonlySet<string> = words('teach teaches teaching taught instructs instructor instructors coach coaches coaching');

/**
 * Word pairs that open a list of sources or constituents of a substance (`found in`, `loss of`) or of a product's
 * ingredients (`a coffee substitute made from barley, chicory and rye`); see source-sense.ts.
 */
export const SOURCE_TRIGGERS: ReadonlySet<string> = new Set(
  `found in|contained in|present in|occurs in|occur in|abundant in|loss of|losses of|excretion of|depletion of|depletes of|made from|made of|digestion of|flavored with|flavoured with|sweetened with`.split('|'),
);

/**
 * Generic remedy words that, written with a capital inside a run of capitalised words or before a number
 * (`The Anti-Estrogenic Diet`, `Diet Coke`, `Price Foundation`), are part of a name or title, not the practice; see proper-name.ts.
 */
export const TITLE_GENERIC_WORDS: ReadonlySet<string> = words('diet diets exercise exercises workout training nutrition detox cleanse foundation');

/** Beyond the health words: the body's weight and strength and training, which discovery also counts as health talk. */
export const FITNESS_WORDS: ReadonlySet<string> = words('health healthy weight pounds lbs kg fat muscle muscles strength stronger fitness workout workouts training trained pose posture diet');

/**
 * Words after a plain food word that make it name a taste or a scent (`lemon flavored`, `vanilla scented`): the food
 * then qualifies the product, it is not what is taken.
 */
export const FLAVOUR_TAILS: ReadonlySet<string> = words('flavored flavoured flavor flavour flavors flavours flavoring flavouring scented');

/**
 * Words that name a strategy or an idea: `cycling` in a sentence holding one is the strategy of alternating phases
 * (`I think cycling is a good approach`, `the rationale behind cycling`, `reminds me of the barbell method`), not the
 * sport; see sense.ts.
 */
export const STRATEGY_WORDS: ReadonlySet<string> = words(`
  approach approaches strategy strategies concept concepts idea ideas rationale rationality theory principle principles
  thoughts method methods hedging`);
