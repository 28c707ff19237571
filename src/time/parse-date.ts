import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';
import { parseISO } from 'date-fns/parseISO';
import type { ParsedDate } from '../schema/time.ts';
import { inUtc } from './utc-date.ts';

/**
 * The wall-clock date formats read, in the order tried (date-fns `parse` tokens), after `tidyDateText`. The first is the
 * archive's own; the others are the forms blog engines commonly print (WordPress's `February 4, 2011 at 8:28 pm`,
 * Blogger's `4 February 2011 20:28`...), with 12- or 24-hour times, with or without seconds.
 */
export const LOCAL_FORMATS = [
  "MMMM d 'at' yyyy 'at' h:mm a",
  'MMM d, yyyy h:mm a',
  'MMMM d, yyyy h:mm a',
  'MMM d yyyy h:mm a',
  'MMMM d yyyy h:mm a',
  'MMMM d, yyyy h:mm:ss a',
  'MMM d, yyyy h:mm:ss a',
  'MMMM d, yyyy HH:mm',
  'MMM d, yyyy HH:mm',
  'd MMMM yyyy HH:mm',
  'd MMM yyyy HH:mm',
  'd MMMM yyyy h:mm a',
  'd MMM yyyy h:mm a',
  'd MMMM yyyy HH:mm:ss',
  'yyyy-MM-dd HH:mm',
  'yyyy-MM-dd HH:mm:ss',
] as const;

/** A short human list of the accepted forms, for messages. */
export const ACCEPTED_DATE_FORMS =
  '`February 4 at 2011 at 8:28 PM`, `February 4, 2011 at 8:28 pm`, `Friday, Feb 4th, 2011 - 8:28 PM`, `4 February 2011 20:28`, `2011-02-04 20:28` or ISO 8601';

// Jekyll writes `2011-02-04 10:00:00 -0800`: a space may come before the offset.
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?$/i;
const HAS_OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const REFERENCE = new Date(0);
// The archive's own form, read without date-fns: `parse` costs ~30 µs a call and runs on every comment of a corpus.
// test/time/parse-date.test.ts checks with fast-check that this agrees with date-fns on the same format.
const NATIVE = /^([A-Za-z]+) (\d{1,2}) at (\d{4}) at (\d{1,2}):(\d{2}) ?([AaPp])\.?[Mm]\.?$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Returns what the date text says (a wall-clock reading, or an instant when it carries `Z` or an offset),
 * or null when it matches none of the accepted forms.
 */
export function parseDateText(raw: string): ParsedDate | null {
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  if (ISO_SHAPE.test(text)) return parseIso(text);
  const native = NATIVE.exec(text);
  if (native) return parseNative(native);
  const zoned = ZONE_SUFFIX.exec(text);
  if (zoned) {
    // `... 8:28 pm EST`, `... 20:28 +0100`: the wall reading in that offset is an instant.
    const local = parseWithFormats(text.slice(0, zoned.index));
    const offset = offsetMinutes(zoned[1]!);
    return local?.kind === 'local' && offset !== null ? { kind: 'instant', utc: new Date(wallMillis(local) - offset * 60_000).toISOString() } : null;
  }
  return parseWithFormats(text);
}

// A zone after the time: UTC, GMT, the unambiguous North American abbreviations, or a numeric offset.
const ZONE_SUFFIX = / (UTC|GMT|[ECMP][SD]T|[+-]\d{2}:?\d{2})$/i;
const ABBREVIATIONS: Record<string, number> = { UTC: 0, GMT: 0, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420 };

/** Minutes east of UTC of a zone suffix, or null when it is out of range. */
function offsetMinutes(zone: string): number | null {
  const named = ABBREVIATIONS[zone.toUpperCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)!;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return Number(m[2]) > 14 || Number(m[3]) > 59 ? null : (m[1] === '-' ? -minutes : minutes);
}

function parseIso(text: string): ParsedDate | null {
  // Only the part after the date may hold an offset; `2011-02-04` alone ends in `-04` but has none.
  const offsetPart = text.length > 10 && HAS_OFFSET.test(text.slice(10));
  if (offsetPart) {
    const d = parseISO(text.replace(/ (?=(?:Z|[+-]\d{2}(?::?\d{2})?)$)/i, ''));
    return isValid(d) ? { kind: 'instant', utc: new Date(+d).toISOString() } : null;
  }
  for (const format of ['yyyy-MM-dd HH:mm', 'yyyy-MM-dd HH:mm:ss'] as const) {
    const d = parse(text, format, REFERENCE, { in: inUtc });
    if (isValid(d)) return localFrom(d);
  }
  const d = parseISO(text, { in: inUtc });
  return isValid(d) ? localFrom(d) : null;
}

function parseNative(m: RegExpExecArray): ParsedDate | null {
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  const year = Number(m[3]);
  const day = Number(m[2]);
  const hour12 = Number(m[4]);
  const minute = Number(m[5]);
  // Not a plain English month name (or an odd form): leave it to date-fns.
  if (month === 0) return parseWithFormats(m.input);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth || hour12 < 1 || hour12 > 12 || minute > 59) return null;
  const pm = m[6]!.toLowerCase() === 'p';
  const hour = (hour12 % 12) + (pm ? 12 : 0);
  return { kind: 'local', year, month, day, hour, minute, second: 0 };
}

function parseWithFormats(text: string): ParsedDate | null {
  const tidy = tidyDateText(text);
  for (const candidate of tidy === text ? [text] : [text, tidy]) {
    for (const format of LOCAL_FORMATS) {
      const d = parse(candidate, format, REFERENCE, { in: inUtc });
      if (isValid(d)) return localFrom(d);
    }
  }
  return null;
}

/**
 * Returns a date text with what varies between blog engines but says nothing more taken out: a leading weekday, the
 * ordinal suffix of a day (`4th`), the word or mark joining date and time (`at`, `@`, `-`, `|`, `,`), dots in `p.m.`
 * and the missing space in `8:28pm`. A time written first (`8:28 pm on February 4, 2011`) is moved after the date.
 */
export function tidyDateText(text: string): string {
  let t = text.replace(WEEKDAY, '');
  const timeFirst = TIME_FIRST.exec(t);
  if (timeFirst) t = `${timeFirst[2]} ${timeFirst[1]}`;
  return t
    .replace(ORDINAL, '$1')
    .replace(/(\d)\s*([ap])\.?m\.?(?=$|\s)/gi, (_, digit: string, ap: string) => `${digit} ${ap.toUpperCase()}M`)
    .replace(JOINER, (_, year: string) => `${year} `)
    .trim();
}

const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s+/i;
const ORDINAL = /\b(\d{1,2})(?:st|nd|rd|th)\b/gi;
// The year, then what joins it to the time: `, 2011 at 8:28`, `2011 - 20:28`, `2011 @ 8:28`, `2011, 8:28`.
const JOINER = /\b(\d{4})\s*(?:,\s*)?(?:(?:at|@|-|\u2013|\||,)\s*)?(?=\d{1,2}:\d{2})/i;
const TIME_FIRST = /^(\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:on\s+|,\s*|-\s*)?(.*\d{4})$/i;

function localFrom(d: Date): ParsedDate {
  return {
    kind: 'local',
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Returns the wall-clock reading as milliseconds on a UTC time line (the zone math works on these). */
export function wallMillis(d: Pick<ParsedDate & { kind: 'local' }, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>): number {
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second);
}
