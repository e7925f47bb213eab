/**
 * Wall-clock time in an IANA time zone, on @date-fns/tz: `TZDate` reads an instant's local date
 * and time in the zone, `tzOffset` gives the zone's offset at an instant. What the library leaves
 * to us is the way back from a local time to instants at the two daylight-saving edges business
 * hours care about: a local time that happens twice, and one the clocks skip (its constructor picks
 * a single instant for both).
 */
import { TZDate, tzOffset } from '@date-fns/tz';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

/** What a clock on the wall in the zone shows at one instant. */
export interface WallClock {
  date: LocalDate;
  weekday: Weekday;
  /** Wall-clock time since local midnight (the second 02:30 of a repeated hour is still 2.5 h). */
  msSinceMidnight: number;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

function unknownZone(timeZone: string): RangeError {
  return new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as Europe/Paris`);
}

/** Milliseconds the zone is ahead of UTC at that instant (Paris: 1 h in winter, 2 h in summer). */
function offsetMs(timeZone: string, instantMs: number): number {
  const minutes = tzOffset(timeZone, new Date(instantMs));
  if (Number.isNaN(minutes)) throw unknownZone(timeZone);
  // Historical offsets carry seconds (Paris was UTC+00:09:21 until 1911): whole seconds, as TZDate does.
  return Math.round(minutes * 60) * 1000;
}

export function wallClockAt(at: Date, timeZone: string): WallClock {
  const local = new TZDate(at.getTime(), timeZone);
  if (Number.isNaN(local.getTime())) throw unknownZone(timeZone);
  return {
    date: { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() },
    // getDay counts from Sunday; WEEKDAYS starts on Monday.
    weekday: WEEKDAYS[(local.getDay() + 6) % 7]!,
    msSinceMidnight:
      ((local.getHours() * 60 + local.getMinutes()) * 60 + local.getSeconds()) * 1000 + local.getMilliseconds(),
  };
}

/** Calendar arithmetic only (no zone involved): the day `days` after `date`. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  return WEEKDAYS[(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7]!;
}

/**
 * The instants at which the local clock shows `minuteOfDay` on `date`, earliest first:
 * - one in the usual case;
 * - two when the clocks go back and that time happens twice (02:30 on the last Sunday of
 *   October in Paris);
 * - none when the clocks go forward over it (02:30 on the last Sunday of March): then the
 *   single instant returned is the moment the clocks jump, the first instant whose local time
 *   is later than the one asked for.
 */
export function instantsAt(date: LocalDate, minuteOfDay: number, timeZone: string): number[] {
  // The asked wall time written as if it were UTC; minus an offset of the zone, it is an instant.
  const wall = Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * MINUTE_MS;
  const wallAt = (instant: number) => instant + offsetMs(timeZone, instant);
  // Offsets a day either side frame any change near that time; zones change at most once a day.
  const offsets = [...new Set([offsetMs(timeZone, wall - DAY_MS), offsetMs(timeZone, wall + DAY_MS)])];
  const exact = offsets
    .map((offset) => wall - offset)
    .filter((instant) => wallAt(instant) === wall)
    .sort((a, b) => a - b);
  if (exact.length > 0) return exact;
  // In a gap the local clock only moves forward, so a search between the two candidate instants
  // finds the jump (to the second, the precision of the zone data).
  const bounds = offsets.map((offset) => wall - offset);
  let before = Math.min(...bounds); // local time earlier than asked
  let after = Math.max(...bounds); // local time later than asked
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (wallAt(middle) >= wall) after = middle;
    else before = middle;
  }
  return [after];
}
