import { describe, expect, it } from 'vitest';
import { diffRuns, summarizeChanges } from '../../src/changes/diff.ts';
import { takeSnapshot } from '../../src/changes/snapshot.ts';
import * as aq from 'arquero';
import { rowViews } from '../../src/output/row-views.ts';

const c = (comment_id: string, post_id: string, position: number, author_key: string, utc_time = '2020-01-01T00:00:00.000Z') => ({ comment_id, post_id, position, author_key, utc_time });

function snap(comments: ReturnType<typeof c>[], remedies: string[] = [], posts = ['p']) {
  return takeSnapshot({ posts: posts.map((post_id) => ({ post_id })), comments, mentions: remedies.map((remedy_id, i) => ({ remedy_id, comment_id: comments[i]?.comment_id ?? 'x' })) });
}

describe('diffRuns', () => {
  it('lists nothing on a first run', () => {
    const next = snap([c('a', 'p', 1, 'Ann')]);
    expect(diffRuns(null, next, { comments: [], mentions: [], replies: [] })).toEqual([]);
    expect(summarizeChanges(null, [])).toMatch(/first run/);
  });
  it('finds a new comment, a new commenter and a reply to an older comment', () => {
    const prev = snap([c('a', 'p', 1, 'Ann')]);
    const comments = [c('a', 'p', 1, 'Ann'), c('b', 'p', 2, 'Bob', '2020-01-02T00:00:00.000Z')];
    const next = snap(comments);
    const changes = diffRuns(prev, next, { comments, mentions: [], replies: [{ comment_id: 'b', post_id: 'p', reply_to_comment_id: 'a', reply_to_author: 'Ann' }] });
    expect(changes.map((x) => [x.kind, x.comment_id])).toEqual([['new-comment', 'b'], ['new-commenter', 'b'], ['new-reply', 'b']]);
    expect(summarizeChanges(prev, changes)).toBe('since the last run: 1 new comment, 1 new commenter, 1 new reply to an older comment');
  });
  it('calls a changed text at the same place by the same author an edit, and a vanished one a removal', () => {
    const prev = snap([c('a', 'p', 1, 'Ann'), c('b', 'p', 2, 'Bob')]);
    const comments = [c('a2', 'p', 1, 'Ann')];
    const changes = diffRuns(prev, snap(comments), { comments, mentions: [], replies: [] });
    expect(changes.map((x) => [x.kind, x.comment_id, x.detail])).toEqual([['edited-comment', 'a2', 'was a'], ['removed-comment', 'b', '#2']]);
  });
  it('names a remedy mentioned for the first time once, at its earliest comment', () => {
    const prev = snap([c('a', 'p', 1, 'Ann')], ['msm']);
    const comments = [c('a', 'p', 1, 'Ann'), c('b', 'p', 2, 'Ann', '2020-02-01T00:00:00.000Z'), c('d', 'p', 3, 'Ann', '2020-03-01T00:00:00.000Z')];
    const mentions = [{ remedy_id: 'msm', comment_id: 'b', post_id: 'p' }, { remedy_id: 'yoga', comment_id: 'd', post_id: 'p' }, { remedy_id: 'yoga', comment_id: 'b', post_id: 'p' }];
    const next = takeSnapshot({ posts: [{ post_id: 'p' }], comments, mentions });
    const changes = diffRuns(prev, next, { comments, mentions, replies: [] }).filter((x) => x.kind === 'new-remedy');
    expect(changes.map((x) => [x.detail, x.comment_id])).toEqual([['yoga', 'b']]);
  });
  it('reads comments and mentions given as views over table columns (as the corpus stage gives them) like plain rows', () => {
    const prev = snap([c('a', 'p', 1, 'Ann')], ['msm']);
    const comments = [c('a', 'p', 1, 'Ann'), c('b', 'p', 2, 'Bob', '2020-02-01T00:00:00.000Z')];
    const mentions = [{ remedy_id: 'yoga', comment_id: 'b', post_id: 'p' }];
    const next = takeSnapshot({ posts: [{ post_id: 'p' }], comments, mentions });
    const views = <T extends object>(rows: T[]) => rowViews(aq.from(rows)) as unknown as T[];
    const plain = diffRuns(prev, next, { comments, mentions, replies: [] });
    expect(plain.map((x) => [x.kind, x.comment_id, x.author, x.detail])).toContainEqual(['new-remedy', 'b', 'Bob', 'yoga']);
    expect(diffRuns(prev, next, { comments: views(comments), mentions: views(mentions), replies: [] })).toEqual(plain);
  });
});
