import { describe, expect, it } from 'vitest';
import { buildAuthorResolver } from '../../src/replies/aliases.ts';
import { detectReplies, firstAddressees } from '../../src/replies/detect.ts';

const post = { post_id: '2011/02/p', author: 'MAS' };

function thread(...rows: [author: string, text: string][]) {
  return rows.map(([author, text], i) => ({ comment_id: `c${i + 1}`, author, text, position: i + 1 }));
}

function run(rows: [string, string][], aliases = {}) {
  const comments = thread(...rows);
  const resolve = buildAuthorResolver([post.author, ...comments.map((c) => c.author)], aliases);
  return detectReplies(post, comments, resolve);
}

describe('detectReplies', () => {
  it('answers the comment a nested reply sits under (cue `nested`), once, and not its own author', () => {
    const comments = [
      ...thread(['Ann', 'Magnesium helped.'], ['Bob', 'Nice post.']),
      { comment_id: 'c3', author: 'Cara', text: '@Ann which kind?', position: 3, nested_in: 'c1' },
      { comment_id: 'c4', author: 'Ann', text: 'Glycinate.', position: 4, nested_in: 'c1' },
    ];
    const resolve = buildAuthorResolver([post.author, ...comments.map((c) => c.author)], {});
    expect(detectReplies(post, comments, resolve).map((r) => [r.comment_id, r.reply_to_comment_id, r.reply_to_author, r.cue])).toEqual([
      ['c3', 'c1', 'Ann', 'nested'],
    ]);
  });
  it('finds an @-mention and resolves it to that person’s comment', () => {
    const replies = run([['Chris', 'Nice post.'], ['MAS', '@Chris - Thanks for the link.']]);
    expect(replies).toEqual([{ comment_id: 'c2', post_id: '2011/02/p', reply_to_comment_id: 'c1', reply_to_author: 'Chris', cue: 'at-mention' }]);
  });

  it('reads a name typed without its accents, or with accents its owner does not use, and prefers the exact spelling', () => {
    const replies = run([['Ondřej', 'Great book.'], ['Stuart', 'Ondrej, what bits do you disagree with?'], ['Chris', 'Thanks MÁS, good to hear.']]);
    expect(replies.map((r) => [r.comment_id, r.reply_to_author])).toEqual([
      ['c2', 'Ondřej'],
      ['c3', 'MAS'],
    ]);
    // Two people whose names differ only by accents: each address goes to the one spelled so.
    const both = run([['Ondřej', 'Hi.'], ['Ondrej', 'Hello.'], ['MAS', '@Ondřej - thanks.'], ['Ann', '@Ondrej - yes.']]);
    expect(both.map((r) => [r.comment_id, r.reply_to_author])).toEqual([
      ['c3', 'Ondřej'],
      ['c4', 'Ondrej'],
    ]);
  });

  it('finds an opening name followed by an ellipsis or by a new clause on `I`, but not by other words', () => {
    const replies = run([['Danny', 'I tried it.'], ['Chris', 'Hello.'], ['Will', 'Hi.'], ['Dave', 'Danny I replaced it years ago.'], ['Stuart', 'Chris…it was me.'], ['Ann', 'Chris Kresser says otherwise.'], ['Bo', 'Danny Irish was right.'], ['Cy', 'Will I need a brace?']]);
    expect(replies.map((r) => [r.comment_id, r.reply_to_author])).toEqual([
      ['c4', 'Danny'],
      ['c5', 'Chris'],
    ]);
  });

  it('finds an opening name followed by a second-person clause, but not a name that is itself the question word', () => {
    const replies = run([['MAS', 'Thanks.'], ['Tim', 'Hi.'], ['Will', 'Hi.'], ['Gokhan', 'MAS do you follow Taleb?'], ['Jo', "Tim you're right."], ['Ann', 'Tim your post helped.'], ['Bo', 'Will you post more?'], ['Cy', 'Tim yelled at me.']]);
    expect(replies.map((r) => [r.comment_id, r.reply_to_author])).toEqual([
      ['c4', 'MAS'],
      ['c5', 'Tim'],
      ['c6', 'Tim'],
    ]);
  });

  it('finds a leading `Name,` and a leading `Name -`', () => {
    const replies = run([['Ed', 'Hello.'], ['thomas', 'Hi.'], ['Ahrand', 'Thomas,\n\nI think so.'], ['Geoff', 'Ed - agreed.']]);
    expect(replies.map((r) => [r.comment_id, r.reply_to_author, r.cue])).toEqual([
      ['c3', 'thomas', 'leading-name'],
      ['c4', 'Ed', 'leading-name'],
    ]);
  });

  it('reads `Name wrote,` or `Name said:` opening the text or a paragraph as a quote to answer, not a name in passing', () => {
    const replies = run([
      ['Anemone', 'Why lose fat?'],
      ['Bob', 'Hi.'],
      ['Matt', 'Anemone wrote,\n\n> Why lose fat?\n\nFor my knees.'],
      ['Cy', 'Good point.\n\nBob said: "Hi." Hello to you.'],
      ['Di', 'As Bob said, it works. Bob says it often.'],
    ]);
    expect(replies.map((r) => [r.comment_id, r.reply_to_author, r.cue])).toEqual([
      ['c3', 'Anemone', 'leading-name'],
      ['c4', 'Bob', 'leading-name'],
    ]);
  });

  it('finds `Thanks Name` in the first sentence but not later', () => {
    expect(run([['Glenn', 'Hi.'], ['MAS', 'Right.'], ['Glenn', 'Thanks MAS. More later.']]).map((r) => r.cue)).toEqual(['thanks']);
    expect(run([['Mike', 'Long story here. In closing, thank you MAS for this.']])).toEqual([]);
  });

  it('finds several addressees in one comment, in text order', () => {
    const replies = run([['Kate', 'a'], ['Sol', 'b'], ['MAS', '@Kate - Great point.\n\n@Sol - I was thinking.']]);
    expect(replies.map((r) => [r.reply_to_author, r.reply_to_comment_id])).toEqual([['Kate', 'c1'], ['Sol', 'c2']]);
  });

  it('matches the longest earlier name, with spaces and punctuation', () => {
    const replies = run([['Dr. Ann O\'Neil', 'a'], ['Dave R.', 'b'], ['Dave', 'c'], ['Tom', "@Dr. Ann O'Neil and @Dave R. are right"]]);
    expect(replies.map((r) => [r.reply_to_author, r.reply_to_comment_id])).toEqual([["Dr. Ann O'Neil", 'c1'], ['Dave R.', 'c2']]);
  });

  it('ignores names of people who have not commented (Dr. Sarno)', () => {
    expect(run([['Tom', 'a'], ['Joy', '@Sarno rocks! Sarno, you saved me.']])).toEqual([]);
  });

  it('matches author names case-insensitively and reports the canonical spelling', () => {
    const replies = run([['Jim', 'a'], ['Erica', '@mas: thanks']]);
    expect(replies).toEqual([{ comment_id: 'c2', post_id: '2011/02/p', reply_to_comment_id: '', reply_to_author: 'MAS', cue: 'at-mention' }]);
  });

  it('resolves an alias variant to the canonical author', () => {
    const comments = thread(['MAS', 'Hello all.'], ['Luke', 'Dear Michael, thanks so much.']);
    const resolve = buildAuthorResolver(['MAS', 'MAS', 'Luke'], { MAS: ['Michael'] });
    const replies = detectReplies(post, comments, resolve, { extraNames: ['Michael'] });
    expect(replies.map((r) => [r.reply_to_author, r.reply_to_comment_id])).toEqual([['MAS', 'c1']]);
  });

  it('resolves to the most recent earlier comment by that person', () => {
    const replies = run([['Chris', 'a'], ['Chris', 'b'], ['MAS', '@Chris - yes'], ['Chris', 'c']]);
    expect(replies[0]?.reply_to_comment_id).toBe('c2');
  });

  it('never replies to the comment’s own author', () => {
    expect(run([['Chris', 'a'], ['Chris', '@Chris - note to self']])).toEqual([]);
  });

  it('does not invent a reply for a comment that addresses nobody', () => {
    const replies = run([['Joy', 'Sarno rocks!'], ['SMJ', 'Pure joy! I ran two miles.'], ['Ed', 'I agree with Joy.']]);
    expect(replies).toEqual([]);
  });

  it('ignores @ inside e-mail addresses and URLs', () => {
    expect(run([['Chris', 'a'], ['Tom', 'mail me at tom@chris.com or https://medium.com/@chris/x']])).toEqual([]);
  });

  it('finds a name spoken to in the first sentence', () => {
    const replies = run([['Chris', 'a'], ['Tim', 'Great tips, Chris. I also run.']]);
    expect(replies.map((r) => [r.reply_to_author, r.cue])).toEqual([['Chris', 'leading-name']]);
  });

  it('forgives a one-letter typo after @ when it fits one earlier name only', () => {
    expect(run([['Galina', 'a'], ['MAS', '@Galine - I tried that.']]).map((r) => r.reply_to_author)).toEqual(['Galina']);
  });

  it('reads @Name for a commenter who signs as a handle or an address with a site', () => {
    expect(run([['Beth@WeightMaven', 'a'], ['MAS', '@Beth - I wish I could.']]).map((r) => r.reply_to_author)).toEqual(['Beth@WeightMaven']);
    expect(run([['gwhitney@example.com', 'a'], ['MAS', '@GWhitney - Fortunately not.']]).map((r) => r.reply_to_author)).toEqual(['gwhitney@example.com']);
    // The part before the @ does not take the place of someone who really goes by it.
    expect(run([['Beth', 'a'], ['Beth@WeightMaven', 'b'], ['MAS', '@Beth - yes.']]).map((r) => r.reply_to_author)).toEqual(['Beth']);
  });

  it('reads @Chris as the one earlier commenter whose name is a longer form of it, and nobody when two are', () => {
    expect(run([['Christopher', 'a'], ['MAS', '@Chris - Thanks, Chris.']]).map((r) => r.reply_to_author)).toEqual(['Christopher']);
    expect(run([['Christopher', 'a'], ['Christine', 'b'], ['MAS', '@Chris - Thanks.']])).toEqual([]);
    // Only after @: a plain word that starts a name is no address.
    expect(run([['Christopher', 'a'], ['MAS', 'Chris - thanks.']])).toEqual([]);
  });

  it('reads a capitalised shorter form after thanks as the one earlier name it starts, and nobody when two or a lower-case word', () => {
    expect(run([['StuartG', 'a'], ['Glenn', 'Thanks Stuart. Putting that aside, ...']]).map((r) => [r.reply_to_author, r.cue])).toEqual([['StuartG', 'thanks']]);
    expect(run([['Christopher', 'a'], ['Christine', 'b'], ['MAS', 'Thanks Chris, good point.']])).toEqual([]);
    expect(run([['Goodman', 'a'], ['MAS', 'Thanks good sir.']])).toEqual([]);
  });

  it('reads a name run together from parts written with a space (Steve RN, V Hales, Big Tex), and thanx as thanks', () => {
    expect(run([['SteveRN', 'a'], ['Stuart', 'Steve RN - a fair point.']]).map((r) => [r.reply_to_author, r.cue])).toEqual([['SteveRN', 'leading-name']]);
    expect(run([['V.Hales', 'a'], ['MAS', '@V Hales - Yes.']]).map((r) => r.reply_to_author)).toEqual(['V.Hales']);
    expect(run([['Big', 'a'], ['BigTex', 'b'], ['MAS', '@Big Tex - Yes.']]).map((r) => r.reply_to_author)).toEqual(['BigTex']);
    expect(run([['Greg', 'a'], ['Dan', 'Thanx Greg for your reply.']]).map((r) => [r.reply_to_author, r.cue])).toEqual([['Greg', 'thanks']]);
  });

  it('reads an opening word of 5+ letters one typo from exactly one earlier name, before its punctuation, as that name', () => {
    expect(run([['Texdot', 'a'], ['Dan', 'Textdot, no, you do not need to peel them.']]).map((r) => [r.reply_to_author, r.cue])).toEqual([['Texdot', 'leading-name']]);
    expect(run([['Geoff', 'a'], ['MAS', 'b'], ['Stephan', 'Goeff, MAS, I have also been changing.']]).map((r) => r.reply_to_author)).toEqual(['Geoff', 'MAS']);
    // Shorter words are too often other words; without the punctuation it is no address.
    expect(run([['Will', 'a'], ['Ann', 'Well, I think so.']])).toEqual([]);
    expect(run([['Texdot', 'a'], ['Dan', 'Textdot is a funny name.']])).toEqual([]);
  });

  it('reads @gw as the one earlier commenter with those initials, and nobody when two have them or it is a name', () => {
    const replies = run([['GWhitney', 'Hi.'], ['Bob Smith', 'Hello.'], ['chuck', '@gw Re: leanness, yes.'], ['Ann', '@bs - thanks.']]);
    expect(replies.map((r) => [r.comment_id, r.reply_to_author, r.cue])).toEqual([
      ['c3', 'GWhitney', 'at-mention'],
      ['c4', 'Bob Smith', 'at-mention'],
    ]);
    expect(run([['Bob Smith', 'Hi.'], ['Bill Sykes', 'Hello.'], ['Ann', '@bs - which of you?']])).toEqual([]);
    expect(run([['GWhitney', 'Hi.'], ['Gw', 'Hello.'], ['Ann', '@gw - thanks.']]).map((r) => r.reply_to_author)).toEqual(['Gw']);
  });

  it('reads a title before an opening name, which still needs its own punctuation', () => {
    expect(run([['MAS', 'a'], ['Mike', 'Mr. MAS: I agree with you on paleo.']]).map((r) => [r.reply_to_author, r.cue])).toEqual([['MAS', 'leading-name']]);
    expect(run([['MAS', 'a'], ['Mike', 'Mr. MAS is right about paleo.']])).toEqual([]);
  });
});

describe('firstAddressees', () => {
  it('maps each replying comment to its first addressee only', () => {
    const replies = run([['Kate', 'a'], ['Sol', 'b'], ['MAS', '@Sol - yes. @Kate - no.']]);
    expect([...firstAddressees(replies)]).toEqual([['c3', 'Sol']]);
  });
});
