import { describe, expect, it } from 'vitest';
import { analyzePost } from '../../src/analyze/analyze-post.ts';
import { createAnalyzer } from '../../src/analyze/analyzer.ts';
import { packAnalysis } from '../../src/analyze/record-codec.ts';
import { planReuse } from '../../src/analyze/reuse.ts';
import { Diagnostics } from '../../src/diagnostics.ts';
import { parsePost } from '../../src/ingest/parse-post.ts';
import { createNlp } from '../../src/nlp/wink.ts';
import { maskForNlp } from '../../src/nlp/prepare.ts';
import { extractRemedies, threadTopics } from '../../src/remedies/extract.ts';
import { parseLexicon } from '../../src/remedies/lexicon.ts';
import { createRemedyMatcher } from '../../src/remedies/matcher.ts';
import { compileTopics, topicSpans } from '../../src/remedies/topic.ts';
import { builtinMatcher } from './helpers.ts';
import { parseConfig, readConfigTexts } from '../../pipeline/config.ts';

const post = (title: string, ...comments: string[]) =>
  parsePost(
    {
      bytes: Buffer.from(
        `---\ntitle: "${title}"\npubDate: 2015-11-24T08:00:00.000Z\nauthor: "MAS"\n---\n\nA week of eating.\n\n## Comments\n\n` +
          comments.map((c, i) => `### C${i}\n*November ${25 + i} at 2015 at 9:00 AM*\n\n${c}\n\n---\n\n`).join(''),
      ),
      source_file: 'p/index.md',
      post_id: 'p',
    },
    new Diagnostics(),
  );

describe('thread words (`topic`)', async () => {
  const analyzer = createAnalyzer(parseConfig(await readConfigTexts({ timezone: 'auto' }), { timezone: 'auto' }, new Diagnostics()).analyzer);
  const found = (title: string, text: string) => {
    const { post: p, comments } = post(title, text);
    return analyzePost(p, comments, analyzer).mentions.filter((m) => m.comment_id !== '').map((m) => `${m.remedy_id}:${m.matched_text}`);
  };

  it('name the topic in a thread whose title names it, and nothing elsewhere', () => {
    const text = 'I ate two pounds of potatoes for lunch and my stomach was fine.';
    expect(found('The Potato Diet - My Plan to Lose 15-20 Pounds', text)).toEqual(['potato-diet:potatoes']);
    expect(found('Weekend Notes', text)).toEqual([]);
  });

  it('leave a word another match or veto covers as it is', () => {
    const got = found('Potato Diet Week 1', 'Sweet potatoes are not the same. I am a couch potato. Cold taters for lunch.');
    expect(got).toContain('potato-diet:taters');
    expect(got).not.toContain('potato-diet:potatoes');
    expect(got).not.toContain('potato-diet:potato');
  });

  it('free a food the title names of its guard (`guarded`), and only a food', () => {
    expect(found('Update on My Ice Cream Experiment', 'We had ice cream at the beach.')).toEqual(['ice-cream:ice cream']);
    expect(found('Weekend Notes', 'We had ice cream at the beach.')).toEqual([]);
    // A scenery word keeps its guard under a title that names it.
    expect(found('Tales From the Gym', 'The gym was packed.')).toEqual([]);
    const m = builtinMatcher();
    expect(threadTopics('Update on My Ice Cream Experiment', m).map((t) => [t.id, t.unguarded])).toEqual([['ice-cream', true]]);
    expect(threadTopics('The Potato Diet is a Calorie Savings Account', m).map((t) => [t.id, t.unguarded])).toEqual([['potato-diet', false]]);
    // A title that names the food without health talk is about a kitchen: its thread keeps the guard.
    expect(threadTopics('The Pressure Cooker is a Game Changer', m)).toEqual([]);
    expect(found('The Pressure Cooker is a Game Changer', 'I love my pressure cooker!')).toEqual([]);
  });

  it('are read from the title as any text: its remedies, whatever their case', () => {
    const m = builtinMatcher();
    expect(threadTopics('The Potato Diet is a Calorie Savings Account', m).map((t) => t.id)).toEqual(['potato-diet']);
    expect(threadTopics('The Selfish Case For Donating Blood', m).map((t) => t.id)).toEqual(['blood-donation']);
    expect(threadTopics('Sleepy Starbucks in Phuket', m)).toEqual([]);
    expect(threadTopics('', m)).toEqual([]);
  });

  it('with a capital count only as written; lower-case ones in any case', () => {
    const entries = parseLexicon(
      '- { id: widget-diet, label: Widget diet, category: diet-and-food, phrases: [widget diet], topic: [widgets, WD] }\n',
      'user.yaml',
      new Diagnostics(),
    );
    const topics = compileTopics(entries);
    expect(topics.get('widget-diet')).toEqual({ id: 'widget-diet', words: new Set(['widgets']), exact: new Set(['WD']), unguarded: false });
    const matcher = createRemedyMatcher(entries, createNlp());
    const read = (text: string) => {
      const ctx = { post_id: 'p', comment_id: 'c', author: 'a', text, body_line: 1, topics: threadTopics('My Widget Diet', matcher) };
      return extractRemedies(matcher.nlp.readDoc(maskForNlp(text)), matcher, ctx).mentions.map((m) => m.matched_text);
    };
    expect(read('WD is easy. wd is not. Widgets for lunch, no widget.')).toEqual(['WD', 'Widgets']);
    expect(extractRemedies(matcher.nlp.readDoc('WD is easy.'), matcher, { post_id: 'p', comment_id: 'c', author: 'a', text: 'WD is easy.', body_line: 1 }).mentions).toEqual([]);
  });

  it('skip tokens inside remedy and veto spans, and give a word two topics share to the first', () => {
    const t = (id: string, w: string) => ({ id, words: new Set([w]), exact: new Set<string>(), unguarded: false });
    const spans = topicSpans(['a', 'b', 'c', 'b'], ['a', 'b', 'c', 'b'], [{ type: 'x', start: 0, end: 1 }], [t('one', 'b'), t('two', 'b')]);
    expect(spans).toEqual([{ type: 'r:one', start: 3, end: 3 }]);
  });

  it('must be single words: a lexicon entry with a spaced one is a positioned diagnostic', () => {
    const diag = new Diagnostics();
    const entries = parseLexicon('- id: a-diet\n  label: A diet\n  category: diet-and-food\n  topic: [two words]\n', 'user.yaml', diag);
    expect(entries).toEqual([]);
    expect(diag.items).toHaveLength(1);
    expect(diag.items[0]).toMatchObject({ file: 'user.yaml', line: 4 });
    expect(diag.items[0]!.message).toContain('one word');
  });

  it('make a changed title read every text of the post again', () => {
    const before = post('Weekend Notes', 'Potatoes for lunch.', 'Rice for dinner.');
    const after = post('Potato Diet Week 1', 'Potatoes for lunch.', 'Rice for dinner.');
    const read = (p: typeof before, comments = p.comments, readBody = true) => packAnalysis(analyzePost(p.post, comments, analyzer, readBody), p.post, comments);
    const previous = { ...before, analysis: read(before) };
    const plan = planReuse(previous, after.post, after.comments);
    expect(plan.readBody).toBe(true);
    expect(plan.toRead).toHaveLength(2);
    expect(plan.merge(read(after, plan.toRead, plan.readBody))).toEqual(read(after));
    expect(plan.merge(read(after, plan.toRead, plan.readBody)).mentions.remedy_id).toContain('potato-diet');
  });
});
