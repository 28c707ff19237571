/**
 * A Date whose local getters and setters are the UTC ones. date-fns `parse` builds its result through local
 * setters, so with a plain Date a wall time in the host zone's DST gap (e.g. 02:30 on a spring-forward day) would
 * silently move; reading wall-clock fields through this class keeps them exactly as written, whatever `TZ` is.
 */
export class UTCDate extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(year: number, month?: number, date?: number): number {
    return this.setUTCFullYear(year, month ?? this.getUTCMonth(), date ?? this.getUTCDate());
  }
  override setMonth(month: number, date?: number): number {
    return this.setUTCMonth(month, date ?? this.getUTCDate());
  }
  override setDate(date: number): number { return this.setUTCDate(date); }
  override setHours(hours: number, min?: number, sec?: number, ms?: number): number {
    return this.setUTCHours(hours, min ?? this.getUTCMinutes(), sec ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setMinutes(min: number, sec?: number, ms?: number): number {
    return this.setUTCMinutes(min, sec ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(sec: number, ms?: number): number {
    return this.setUTCSeconds(sec, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number { return this.setUTCMilliseconds(ms); }
}

/** date-fns context (`{ in: inUtc }`) that makes results `UTCDate`s. */
export function inUtc(value: Date | number | string): UTCDate {
  return new UTCDate(typeof value === 'string' ? Date.parse(value) : +value);
}
