// Diagnostic texts of the time stage (see ./define.ts).
import { code, message } from './define.ts';

/** A date line in none of the accepted forms. */
export const timeUnparseable = (raw: string, accepted: string) =>
  message('time:unparseable', 'error', `Unexpected date ${code(raw)}, expected ${accepted}; the comment has no time, fix the date line`);

/** A wall-clock time that does not exist (spring-forward gap), moved forward. */
export const timeDstGap = (raw: string, zone: string, local: string) =>
  message('time:dst-gap', 'warning', `Unexpected ${code(raw)} in the daylight-saving gap of ${code(zone)}, expected a time that exists; read as ${code(local)}`);

/** A wall-clock time that occurs twice (fall back); the earlier instant is taken. */
export const timeDstAmbiguous = (raw: string, zone: string, offset: string) =>
  message('time:dst-ambiguous', 'info', `Ambiguous ${code(raw)} in ${code(zone)} (clocks fall back), read as the earlier ${code(offset)}; write an offset to choose`);

/** A comment dated before its post was published. */
export const timeBeforePost = (utc: string, published: string, zone: string) =>
  message('time:before-post', 'warning', `Unexpected comment time ${code(utc)} before the post's \`pubDate\` ${code(published)} (read in ${code(zone)}), expected a later time; the post may have been republished, or set \`timezone\``);
