import { parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText, tidyDateText } from '../../src/time/parse-date.ts';
import { inUtc } from '../../src/time/utc-date.ts';

const local = (year: number, month: number, day: number, hour: number, minute: number, second = 0) => ({ kind: 'local', year, month, day, hour, minute, second });

describe('parseDateText', () => {
  it('reads the archive form', () => {
    expect(parseDateText('February 4 at 2011 at 8:28 PM')).toEqual(local(2011, 2, 4, 20, 28));
  });
  it('reads 12 AM as midnight and 12 PM as noon', () => {
    expect(parseDateText('March 1 at 2011 at 12:05 AM')).toEqual(local(2011, 3, 1, 0, 5));
    expect(parseDateText('March 1 at 2011 at 12:05 PM')).toEqual(local(2011, 3, 1, 12, 5));
  });
  it('reads ISO 8601 without an offset as a wall-clock time', () => {
    expect(parseDateText('2011-02-04T20:28:00')).toEqual(local(2011, 2, 4, 20, 28));
  });
  it('reads ISO 8601 with an offset as an instant', () => {
    expect(parseDateText('2011-02-04T20:28:00-08:00')).toEqual({ kind: 'instant', utc: '2011-02-05T04:28:00.000Z' });
  });
  it("reads Jekyll's `2011-02-04 10:00:00 -0800` (a space before the offset) as an instant", () => {
    expect(parseDateText('2011-02-04 10:00:00 -0800')).toEqual({ kind: 'instant', utc: '2011-02-04T18:00:00.000Z' });
    expect(parseDateText('2011-02-04 10:00 +05:30')).toEqual({ kind: 'instant', utc: '2011-02-04T04:30:00.000Z' });
  });
  it('reads ISO 8601 with Z as an instant', () => {
    expect(parseDateText('2011-02-05T04:28:00.000Z')).toEqual({ kind: 'instant', utc: '2011-02-05T04:28:00.000Z' });
  });
  it('reads `2011-02-04 20:28`', () => {
    expect(parseDateText('2011-02-04 20:28')).toEqual(local(2011, 2, 4, 20, 28));
  });
  it('reads `Feb 4, 2011 8:28 PM`', () => {
    expect(parseDateText('Feb 4, 2011 8:28 PM')).toEqual(local(2011, 2, 4, 20, 28));
  });
  it('reads `4 February 2011 20:28`', () => {
    expect(parseDateText('4 February 2011 20:28')).toEqual(local(2011, 2, 4, 20, 28));
  });
  it('reads the forms blog engines commonly print', () => {
    for (const text of [
      'February 4, 2011 at 8:28 PM',
      'February 4, 2011 at 8:28 pm',
      'Feb 4, 2011 at 8:28pm',
      'February 4th, 2011 at 8:28 PM',
      'Friday, February 4, 2011 8:28 PM',
      'Fri, Feb 4 2011 @ 8:28 p.m.',
      'February 4, 2011 - 8:28 PM',
      'February 4, 2011, 8:28 PM',
      '8:28 pm on February 4, 2011',
      '4 February 2011 at 20:28',
      'Fri, 4 Feb 2011 20:28',
      '4 February 2011 8:28 PM',
    ]) {
      expect([text, parseDateText(text)]).toEqual([text, local(2011, 2, 4, 20, 28)]);
    }
    expect(parseDateText('February 4, 2011 8:28:15 PM')).toEqual(local(2011, 2, 4, 20, 28, 15));
  });
  it('reads a zone after the time (UTC, GMT, North American abbreviations, a numeric offset) as an instant', () => {
    expect(parseDateText('February 4, 2011 at 8:28 pm EST')).toEqual({ kind: 'instant', utc: '2011-02-05T01:28:00.000Z' });
    expect(parseDateText('Feb 4, 2011 8:28 PM PDT')).toEqual({ kind: 'instant', utc: '2011-02-05T03:28:00.000Z' });
    expect(parseDateText('4 February 2011 20:28 +0100')).toEqual({ kind: 'instant', utc: '2011-02-04T19:28:00.000Z' });
    expect(parseDateText('4 February 2011 20:28 GMT')).toEqual({ kind: 'instant', utc: '2011-02-04T20:28:00.000Z' });
    // An abbreviation that names several zones is not guessed; an offset out of range is refused.
    expect(parseDateText('February 4, 2011 at 8:28 pm IST')).toBeNull();
    expect(parseDateText('4 February 2011 20:28 +2500')).toBeNull();
  });
  it('still rejects a date without a time of day, a numeric day/month order and a day that does not exist', () => {
    expect(parseDateText('February 4, 2011')).toBeNull();
    expect(parseDateText('02/04/2011 8:28 PM')).toBeNull();
    expect(parseDateText('February 30, 2011 at 8:28 PM')).toBeNull();
    expect(parseDateText('Friday at 8:28 PM')).toBeNull();
  });
  it('reads a WordPress-style line as the archive form of the same time (property)', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const ordinal = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th'}`;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1990, max: 2040 }),
        fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('AM', 'PM', 'am', 'pm', 'a.m.', 'p.m.'),
        fc.constantFrom(' at ', ' @ ', ' - ', ', ', ' '), fc.boolean(), fc.boolean(),
        (m, day, year, h, min, ap, joiner, withOrdinal, short) => {
          const mm = String(min).padStart(2, '0');
          const archive = parseDateText(`${months[m]} ${day} at ${year} at ${h}:${mm} ${ap.replaceAll('.', '')}`);
          const month = short ? months[m]!.slice(0, 3) : months[m];
          const text = `${month} ${withOrdinal ? ordinal(day) : day}, ${year}${joiner}${h}:${mm} ${ap}`;
          expect([text, parseDateText(text)]).toEqual([text, archive]);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('tidies only what varies between engines', () => {
    expect(tidyDateText('Friday, February 4th, 2011 at 8:28pm')).toBe('February 4, 2011 8:28 PM');
    expect(tidyDateText('8:28 p.m. on 4 February 2011')).toBe('4 February 2011 8:28 PM');
    expect(tidyDateText('Yesterday around noon')).toBe('Yesterday around noon');
  });
  it('keeps a wall time in the host zone’s DST gap as written', () => {
    // The test script pins TZ=America/New_York, where this hour does not exist.
    expect(parseDateText('March 13 at 2011 at 2:30 AM')).toEqual(local(2011, 3, 13, 2, 30));
  });
  it('rejects a day that does not exist', () => {
    expect(parseDateText('February 29 at 2011 at 8:28 PM')).toBeNull();
    expect(parseDateText('February 29 at 2012 at 8:28 PM')).toEqual(local(2012, 2, 29, 20, 28));
  });
  it('rejects text in no accepted form', () => {
    expect(parseDateText('Yesterday')).toBeNull();
    expect(parseDateText('2011-13-01 10:00')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });
  it('agrees with date-fns `parse` on the archive form (the fast path)', () => {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1990, max: 2040 }),
        fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('AM', 'PM', 'am', 'pm'),
        (m, day, year, h, min, ap) => {
          const text = `${months[m]} ${day} at ${year} at ${h}:${String(min).padStart(2, '0')} ${ap}`;
          const d = parse(text, "MMMM d 'at' yyyy 'at' h:mm a", new Date(0), { in: inUtc });
          const expected = Number.isNaN(+d) ? null : local(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes());
          expect(parseDateText(text)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});
