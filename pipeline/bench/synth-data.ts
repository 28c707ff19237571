/**
 * Word lists, sentence templates and measured distributions for the synthetic corpus generator (`synth.ts`).
 * Templates use `{slot}` placeholders filled from `SLOTS`; nothing here contains a double quote, so titles and
 * descriptions can go into YAML double-quoted strings after escaping backslashes only.
 * Distributions were measured on the criticalmas archive (1,713 posts, 12,187 comments); see `MEASURED`.
 */

/** Figures measured on the real archive, the targets the generator draws from. */
export const MEASURED = {
  /** Share of all comments written by the post author `MAS`. */
  masShare: 0.33,
  /** Share of comments that contain an `@Name` reply mention; share that open with `Name,`. */
  atReplyShare: 0.33,
  leadingNameShare: 0.054,
  /** Comment length in words: lognormal target (real: median 51, mean 76, p99 411); whole sentences overshoot it, hence 47. */
  wordsMedian: 47,
  wordsSigma: 0.89,
  /** Bare URLs per comment; comments with an entity; comments with raw HTML. */
  urlsPerComment: 0.14,
  entityShare: 0.023,
  htmlShare: 0.023,
  /** Share of posts writing `_date_` lines with a blank line after the name (real: 4 of 1,399; raised so it shows). */
  underscorePostShare: 0.01,
  /** Probability of a paragraph break after a sentence (real: median 1 paragraph, mean 2, p90 4). */
  paragraphBreak: 0.16,
  /**
   * Share of sentences drawn from the templates that name a remedy, chosen so that remedy mentions come out near the
   * archive's 1.8 per comment and 10.6 per post body: 2.0 and 11.1 on the 10k corpus (with all templates drawn
   * alike they were 4.4 and 25; other slots such as topics name remedies too).
   */
  remedySentenceShare: 0.1,
} as const;

/**
 * Comments per post: weights of `[low, high]` buckets from the archive's histogram (20% of posts have none,
 * median 4, mean 7.1, max 84); the last bucket is an added thin tail so large threads occur.
 */
export const COMMENT_BUCKETS: readonly (readonly [number, number, number])[] = [
  [0, 0, 341], [1, 1, 112], [2, 2, 184], [3, 3, 113], [4, 4, 130], [5, 5, 85], [6, 6, 97], [7, 7, 73], [8, 8, 68],
  [9, 9, 51], [10, 19, 329], [20, 29, 92], [30, 39, 18], [40, 49, 8], [50, 69, 10], [70, 99, 2], [100, 160, 1],
];

/** Post categories with their archive frequencies. */
export const CATEGORIES: readonly (readonly [string, number])[] = [
  ['Fitness', 470], ['Nutrition', 393], ['Books', 217], ['General', 175], ['Web', 130], ['Finance', 105],
  ['Recipes', 102], ['Coffee', 89], ['Photos', 62], ['Travel', 61], ['Economics', 34],
];

/** Commenter first names and handles; lower-case ones occur in the archive too. Index order is popularity order. */
export const NAMES = (
  'Jim chuck Pauline Glenn thomas Geoff Stuart Mike Txomin TigerAl Marc Ed Anemone Chris dhammy Nick Matt garymar ' +
  'John Aaron Stephan Joe Dan Ondrej Becca GWhitney Tim Mark Brian Steve Dave Paul Kevin Sara Laura Anna Peter Rob ' +
  'Greg Tom Jeff Scott Eric Andrew Jason Ryan Adam Ben Sam Alex Kate Lisa Karen Julie Mary Susan Linda Nancy Emily ' +
  'George Frank Henry Jack Luke Noah Owen Ian Colin Neil Bruce Carl Derek Gary Hugh Ivan Jon Kurt Lance Max Nate ' +
  'Oscar Pete Ray Sean Ted Vic Wade Zack bob kim joel lee ann rick dan sue pat ron jen al mo ' +
  'Fitnessfan LowCarbDan PaleoPete Ironman Runner42 Barbara Debbie Gretchen Helga Ingrid Jana Kirsten Lotte Mette ' +
  'Nils Ola Piotr Rui Soren Tomas Uwe Viktor Wim Xavier Yusuf Zoltan Amir Bogdan Cyril Dmitri Eamon Fergus Gustav'
).split(' ');

/** Syllables for extra made-up handles, so a large corpus has many distinct commenters as the archive does. */
export const SYLLABLES = 'ka lo mi ra ten vo shi an del bru ny qua zen pix tor ell'.split(' ');

/** Remedy names, as readers write them; several occur in the project's remedy lexicon. */
const REMEDIES = [
  'MSM', 'magnesium', 'foam rolling', 'ibuprofen', 'a paleo diet', 'squats', 'deadlifts', 'fish oil', 'vitamin D',
  'yoga', 'stretching', 'walking', 'kettlebell swings', 'intermittent fasting', 'cold showers', 'acupuncture',
  'massage', 'chiropractic', 'physical therapy', 'meditation', 'Dr. Sarno', 'a standing desk', 'glucosamine',
  'turmeric', 'creatine', 'a low carb diet', 'sprints', 'swimming', 'the McKenzie method', 'heat', 'ice',
  'Advil', 'Tylenol', 'melatonin', 'coconut oil', 'bone broth', 'cutting out sugar', 'more sleep', 'pull-ups',
  'a foam roller', 'Pilates', 'cycling', 'whey protein', 'coffee', 'green tea', 'epsom salt baths', 'zinc',
];

/** Slot name to the phrases that may fill it. */
export const SLOTS: Record<string, readonly string[]> = {
  R: REMEDIES,
  P: ['my wife', 'my husband', 'my doctor', 'a friend of mine', 'my brother', 'my trainer', 'my physio', 'my dad',
    'a coworker', 'my sister', 'my neighbor', 'my chiropractor', 'my mom', 'a guy at the gym'],
  N: ['lower back', 'knee', 'shoulder', 'neck', 'hip', 'sleep', 'digestion', 'energy', 'blood sugar', 'weight',
    'cholesterol', 'mood', 'joints', 'hamstrings', 'posture', 'recovery', 'appetite', 'elbow', 'wrist', 'feet'],
  D: ['two weeks', 'a month', 'three months', 'about a year', 'six weeks', 'a few days', 'most of last year',
    'ten days', 'a couple of years', 'the past month', 'several weeks', 'five years'],
  G: ['better', 'a lot better', 'worse', 'much worse', 'no different', 'slightly better', 'stronger', 'stiffer',
    'back to normal', 'a little worse', 'noticeably better', 'way better'],
  A: ['great', 'interesting', 'helpful', 'useful', 'solid', 'excellent', 'thoughtful', 'fascinating', 'good',
    'practical', 'clear', 'refreshing'],
  B: ['confusing', 'misleading', 'frustrating', 'overrated', 'expensive', 'boring', 'painful', 'pointless',
    'annoying', 'disappointing', 'risky', 'useless'],
  T: ['back pain', 'fat loss', 'strength training', 'the paleo crowd', 'conventional wisdom', 'insulin',
    'cardio', 'the food pyramid', 'saturated fat', 'running injuries', 'stress', 'willpower', 'habits',
    'coffee roasting', 'index funds', 'minimalism', 'sleep quality', 'fasting', 'protein intake', 'aging'],
  X: ['every morning', 'before bed', 'twice a week', 'after workouts', 'on weekends', 'most days', 'at lunch',
    'when it flares up', 'every other day', 'in the evening'],
  W: ['I think', 'Honestly', 'To be fair', 'In my experience', 'For what it is worth', 'Funny enough',
    'Like you', 'Oddly', 'Then again', 'Either way', 'Personally', 'As always'],
  K: ['the study', 'the article', 'that book', 'the video', 'your last post', 'the research', 'this podcast',
    'the interview', 'the chart', 'the new book'],
};

/** Comment sentence templates, short and long, so sentence length spreads like the archive's (median 12 words). */
export const SENTENCES: readonly string[] = [
  'I tried {R} for {D} and my {N} got {G}.',
  '{W}, {R} did more for my {N} than {R} ever did.',
  'Have you ever looked into {R}?',
  '{P} swears by {R} but I am not convinced yet.',
  'Thanks for the {A} post.',
  '{W}, the problem with {T} is that nobody agrees on what works.',
  'I started doing {R} {X} and it has made my {N} {G}.',
  'That was a {A} read, and the part about {T} really hit home for me.',
  'I found {K} on {T} {A}, although some of it was {B}.',
  'My {N} was a mess until {P} suggested {R}.',
  'Do you still take {R}?',
  'Great point.',
  '{W}, {R} is {B} if you do it wrong.',
  'After {D} of {R} my {N} is {G} and I sleep through the night.',
  'I agree with you on {T}.',
  'We went back and forth on {T} for years before we settled on {R} {X}.',
  'The more I read about {T}, the less I trust {K}.',
  'I would add {R} to that list.',
  '{P} had the same issue with the {N} and {R} fixed it in {D}.',
  'Not sure I buy the argument about {T}, but {K} is worth a look.',
  'Keep up the good work.',
  'What dose of {R} do you use?',
  'I stopped {R} after {D} because it felt {B}.',
  '{W}, it took me {D} to notice any change in my {N}.',
  'It is {A} to see someone question {T} for once.',
  'I do {R} {X}, then {R} when my {N} acts up, and that combination has kept me out of the doctor office for {D}.',
  'So true.',
  'My experience was the opposite: {R} made my {N} {G} within {D}.',
  'When I first read about {T} I dismissed it, but after {P} tried {R} for {D} and told me the {N} was {G}, I had to give it a fair try myself.',
  'The thing nobody mentions about {R} is that it only works if you stay consistent for {D}, and most people give up long before their {N} gets {G}.',
  'I have been reading your blog for {D} now and the posts on {T} and {R} changed how I think about my {N} more than anything {P} ever said.',
  'If I had to pick one thing it would be {R} {X}, because everything else I tried for my {N} over {D} was either {B} or too {B} to keep up.',
];

/** Openers of a post body paragraph and post titles (the body reuses the comment sentences). */
export const TITLES: readonly string[] = [
  'The Truth About {T}', 'Why I Quit {R}', 'What {D} of {R} Taught Me', 'Notes on {T}', '{R} and {T}',
  'How I Fixed My {N}', 'A Second Look at {R}', 'Rethinking {T}', 'Is {R} Overrated', 'My {A} Experiment With {R}',
];

/** Tags, two or three of which go on each post. */
export const TAGS: readonly string[] = [
  'back pain', 'psychology', 'paleo', 'supplements', 'strength', 'sleep', 'coffee', 'books', 'running', 'diet',
  'fasting', 'injury', 'stress', 'seattle', 'recipes', 'finance', 'habits', 'walking', 'kettlebells', 'aging',
];

/** Hosts and paths for the links readers paste. */
export const HOSTS: readonly string[] = [
  'conditioningresearch.blogspot.com', 'www.marksdailyapple.com', 'pubmed.ncbi.nlm.nih.gov', 'en.wikipedia.org',
  'www.nytimes.com', 'examine.com', 'www.youtube.com', 'www.amazon.com', 'chriskresser.com', 'www.bbc.co.uk',
];
/** URL paths the synthetic links draw from. */
export const PATHS: readonly string[] = [
  '2009/06/running-pain-interview', 'wiki/Magnesium', 'watch?v=dQw4w9WgXcQ', '12345678/', 'dp/0446675156',
  'health/2012/03/fat-study.html', 'article/why-we-sleep', 'blog/the-case-for-squats/',
];

/** Raw HTML and entity snippets as they occur in the archive's comment bodies. */
export const ENTITY_SNIPPETS: readonly string[] = [
  'pain &amp; stiffness', 'salt &amp; pepper', 'Q&amp;A', 'weights &gt; cardio', 'carbs &lt; 50g',
  'the &quot;experts&quot;', 'it&#039;s true', 'R&amp;D',
];
/** Inline HTML as it occurs in the archive's comment bodies. */
export const HTML_SNIPPETS: readonly string[] = [
  '<i>really</i>', '<em>not</em>', '<b>important</b>', '<strong>every day</strong>',
  '<blockquote>Pain is real. The roots however are psychological.</blockquote>',
];
