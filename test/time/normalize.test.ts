import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics.ts';
import { timeBeforePost, timeDstAmbiguous, timeDstGap, timeUnparseable } from '../../src/messages/time.ts';
import { RawComment, TimedComment } from '../../src/schema/comment.ts';
import type { ParsedPost } from '../../src/schema/post.ts';
import { normalizeTimes, timedComment } from '../../src/time/normalize.ts';
import { ACCEPTED_DATE_FORMS } from '../../src/time/parse-date.ts';

const post = (over: Partial<ParsedPost> = {}): ParsedPost => ({
  post_id: 'p', source_file: 'p.md', title: 'T', author: '', published_utc: '2011-01-01T00:00:00.000Z', modified_utc: null,
  categories: '', tags: '', timezone: '', declared_comment_count: null, comment_count: 1, declared_timezone: '', body: '', body_line: 7,
  ...over,
});
const comment = (written_at: string, over: Partial<RawComment> = {}): RawComment => ({
  comment_id: 'c', post_id: 'p', position: 1, author: 'Ann', written_at, is_post_author: false, word_count: 1, text: 'x',
  source_file: 'p.md', source_line: 10, date_line: 11, body_line: 13, ...over,
});
const run = (posts: ParsedPost[], comments: RawComment[], timezone = 'America/Los_Angeles') => {
  const diag = new Diagnostics();
  return { ...normalizeTimes({ posts, comments }, { timezone }, diag), diag: diag.items };
};

describe('normalizeTimes', () => {
  it('reads a wall time in the option zone', () => {
    const r = run([post()], [comment('February 4 at 2011 at 8:28 PM')]);
    expect(r.comments[0]).toMatchObject({ local_time: '2011-02-04T20:28:00', utc_offset: '-08:00', utc_time: '2011-02-05T04:28:00.000Z' });
    expect(r.zone).toEqual({ zone: 'America/Los_Angeles', source: 'option', evidence: 'America/Los_Angeles: set by the `timezone` option' });
    expect(r.posts[0]!.timezone).toBe('America/Los_Angeles');
    expect(r.diag).toEqual([]);
  });
  it('lets a post’s own timezone win over the option', () => {
    const r = run([post({ declared_timezone: 'Europe/Paris', timezone: 'Europe/Paris' })], [comment('2011-02-04 20:28')]);
    expect(r.comments[0]).toMatchObject({ utc_offset: '+01:00', utc_time: '2011-02-04T19:28:00.000Z' });
    expect(r.posts[0]!.timezone).toBe('Europe/Paris');
  });
  it('shows an instant on the post zone’s clock', () => {
    const r = run([post()], [comment('2011-02-05T04:28:00Z')]);
    expect(r.comments[0]).toMatchObject({ local_time: '2011-02-04T20:28:00', utc_offset: '-08:00', utc_time: '2011-02-05T04:28:00.000Z' });
  });
  it('keeps an unreadable date with null times and an error at the date text', () => {
    const r = run([post()], [comment('Yesterday')]);
    expect(r.comments[0]).toMatchObject({ local_time: null, utc_offset: null, utc_time: null, written_at: 'Yesterday' });
    expect(r.diag).toEqual([{ file: 'p.md', line: 11, column: 2, ...timeUnparseable('Yesterday', ACCEPTED_DATE_FORMS) }]);
  });
  it('adds nothing for a comment without a date line (ingest reported it)', () => {
    const r = run([post()], [comment('')]);
    expect(r.comments[0]!.utc_time).toBeNull();
    expect(r.diag).toEqual([]);
  });
  it('warns on a time in the spring-forward gap and moves it forward', () => {
    const r = run([post()], [comment('March 13 at 2011 at 2:30 AM')]);
    expect(r.comments[0]).toMatchObject({ local_time: '2011-03-13T03:30:00', utc_offset: '-07:00', utc_time: '2011-03-13T10:30:00.000Z' });
    expect(r.diag).toEqual([{ file: 'p.md', line: 11, column: 2, ...timeDstGap('March 13 at 2011 at 2:30 AM', 'America/Los_Angeles', '2011-03-13T03:30:00') }]);
  });
  it('notes an ambiguous fall-back time and takes the earlier instant', () => {
    const r = run([post()], [comment('November 6 at 2011 at 1:30 AM')]);
    expect(r.comments[0]).toMatchObject({ local_time: '2011-11-06T01:30:00', utc_offset: '-07:00', utc_time: '2011-11-06T08:30:00.000Z' });
    expect(r.diag).toEqual([{ file: 'p.md', line: 11, column: 2, ...timeDstAmbiguous('November 6 at 2011 at 1:30 AM', 'America/Los_Angeles', '-07:00') }]);
  });
  it('warns on a comment dated before its post', () => {
    const r = run([post({ published_utc: '2011-02-05T05:00:00.000Z' })], [comment('February 4 at 2011 at 8:28 PM')]);
    expect(r.diag).toEqual([{ file: 'p.md', line: 11, column: 2, ...timeBeforePost('2011-02-05T04:28:00.000Z', '2011-02-05T05:00:00.000Z', 'America/Los_Angeles') }]);
  });
  it('infers the zone with `auto` and says so', () => {
    const posts = Array.from({ length: 20 }, (_, i) => post({ post_id: `p${i}`, published_utc: new Date(Date.UTC(2011, 0, 10 + i, 4, 0)).toISOString() }));
    const comments = posts.map((p, i) => comment(`January ${10 + i - 1} at 2011 at 8:${String(10 + i).padStart(2, '0')} PM`, { post_id: p.post_id }));
    const r = run(posts, comments, 'auto');
    expect(r.zone.source).toBe('inferred');
    expect(r.zone.zone).toBe('America/Los_Angeles');
    expect(r.zone.evidence).toMatch(/^America\/Los_Angeles: 0 of 20 comments precede their post; UTC would put 20 before/);
    expect(r.posts.every((p) => p.timezone === 'America/Los_Angeles')).toBe(true);
  });
  it('refuses a zone option that is not IANA (a usage error, not content)', () => {
    expect(() => run([post()], [comment('2011-02-04 20:28')], 'Pacific Time')).toThrow(RangeError);
  });
});

describe('normalizeTimes with a memo', () => {
  // Posts in Los Angeles (comments from the evening before to a few days after), one with a gap time, one declaring Paris.
  const posts = Array.from({ length: 12 }, (_, i) =>
    post({ post_id: `p${i}`, published_utc: new Date(Date.UTC(2011, i, 10, 4, 0)).toISOString(), ...(i === 5 ? { declared_timezone: 'Europe/Paris', timezone: 'Europe/Paris' } : {}) }),
  );
  const comments = posts.flatMap((p, i) => [
    comment(`${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][i]} 9 at 2011 at 8:${String(10 + i)} PM`, { post_id: p.post_id, comment_id: `${p.post_id}a`, date_line: 11 }),
    comment(i === 2 ? 'March 13 at 2011 at 2:30 AM' : i === 3 ? 'someday' : `2011-${String(i + 1).padStart(2, '0')}-12 09:00`, { post_id: p.post_id, comment_id: `${p.post_id}b`, position: 2, date_line: 21 }),
  ]);
  const first = (timezone: string) => {
    const diag = new Diagnostics();
    return { ...normalizeTimes({ posts, comments }, { timezone }, diag), diag: diag.items };
  };

  it('gives what a run without it gives, reusing what still holds and redoing what changed', () => {
    for (const timezone of ['auto', 'America/Los_Angeles']) {
      const clean = first(timezone);
      // Drop the memo of two posts (as if they changed) and rerun on the rest.
      const memo = new Map([...clean.memo].filter(([id]) => id !== 'p2' && id !== 'p7'));
      const diag = new Diagnostics();
      const again = normalizeTimes({ posts, comments }, { timezone }, diag, memo);
      expect(again.comments).toEqual(clean.comments);
      expect(again.zone).toEqual(clean.zone);
      expect(diag.items).toEqual(clean.diag);
      expect(again.memo.get('p1')).toBe(memo.get('p1'));
      expect(again.memo.get('p2')).toEqual(clean.memo.get('p2'));
    }
  });

  it('rereads a post whose zone changed and tallies the zone from stored tallies', () => {
    const inLa = first('America/Los_Angeles');
    const auto = first('auto');
    const diag = new Diagnostics();
    // The memo from an option run holds no tallies: the auto run tallies every post.
    const again = normalizeTimes({ posts, comments }, { timezone: 'auto' }, diag, inLa.memo);
    expect(again.zone).toEqual(auto.zone);
    expect(again.comments).toEqual(auto.comments);
    // Summer comments minutes after 04:00Z fall before the post in Los Angeles: the inferred zone is another one, so
    // the posts read in Los Angeles are read again, and the post that declares Paris is kept.
    expect(auto.zone.zone).not.toBe('America/Los_Angeles');
    expect(again.memo.get('p1')!.zone).toBe(auto.zone.zone);
    expect(again.memo.get('p5')!.times).toBe(inLa.memo.get('p5')!.times);
    const inParis = normalizeTimes({ posts, comments }, { timezone: 'Europe/Paris' }, new Diagnostics(), auto.memo);
    expect(inParis.comments).toEqual(first('Europe/Paris').comments);
    expect(inParis.memo.get('p5')).toBe(auto.memo.get('p5'));
  });

  it('does not memoise a post id that two posts share', () => {
    const twice = [...posts, posts[0]!];
    const r = normalizeTimes({ posts: twice, comments }, { timezone: 'auto' }, new Diagnostics());
    expect(r.memo.has('p0')).toBe(false);
    expect(r.memo.has('p1')).toBe(true);
  });
});

describe('timedComment', () => {
  it('keeps every field of the raw comment but its nesting and adds the three times (written out field by field, not spread)', () => {
    const raw = Object.fromEntries(Object.keys(RawComment.shape).map((k) => [k, `v-${k}`])) as unknown as RawComment;
    const timed = timedComment(raw, 'a', 'b', 'c');
    expect(Object.keys(timed).sort()).toEqual(Object.keys(TimedComment.shape).sort());
    for (const k of Object.keys(TimedComment.shape).filter((k) => k in RawComment.shape)) {
      expect(timed[k as keyof TimedComment]).toBe(raw[k as keyof RawComment]);
    }
    expect('nested_in' in timed).toBe(false);
    expect([timed.local_time, timed.utc_offset, timed.utc_time]).toEqual(['a', 'b', 'c']);
  });
});
