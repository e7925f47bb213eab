/**
 * When a queue is open: weekly opening hours in the queue's own IANA time zone, as stored in
 * queues.business_hours, e.g. weekdays 08:00-22:00 and Saturday 09:00-17:30 in Europe/Paris.
 * Times are local wall-clock times, so a queue opening at 08:00 opens at 08:00 in Paris in
 * winter and in summer; the zone arithmetic (on @date-fns/tz) and the daylight-saving edge
 * cases are in zoned-time.ts.
 */
import { addDays, instantsAt, WEEKDAYS, wallClockAt, weekdayOf, type Weekday } from './zoned-time';

export { WEEKDAYS, type Weekday } from './zoned-time';

/** ["HH:MM", "HH:MM"]: open from the first time (included) to the second (excluded); "24:00" ends at midnight. */
export type OpeningInterval = readonly [start: string, end: string];
/** Every day present; a closed day has no interval. */
export type BusinessHours = Readonly<Record<Weekday, readonly OpeningInterval[]>>;

export class BusinessHoursError extends Error {
  override name = 'BusinessHoursError';
}

const TIME_OF_DAY = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;

/** Minutes since local midnight of "HH:MM", or null if it is not a time between 00:00 and 24:00. */
function minuteOfDay(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = TIME_OF_DAY.exec(text);
  if (!match) return null;
  const hours = Number(match[1] ?? match[3]);
  const minutes = Number(match[2] ?? match[4]);
  return hours * 60 + minutes;
}

function parseDay(day: Weekday, value: unknown): OpeningInterval[] {
  if (!Array.isArray(value))
    throw new BusinessHoursError(`business hours for ${day} must be a list of ["HH:MM", "HH:MM"] pairs`);
  let previousEnd = -1;
  return value.map((pair: unknown, index): OpeningInterval => {
    const where = `business hours ${day}[${index}]`;
    if (!Array.isArray(pair) || pair.length !== 2)
      throw new BusinessHoursError(`${where} must be a ["HH:MM", "HH:MM"] pair`);
    const [startText, endText] = pair as unknown[];
    const start = minuteOfDay(startText);
    const end = minuteOfDay(endText);
    if (start === null || end === null) {
      throw new BusinessHoursError(
        `${where}: times must be written HH:MM between 00:00 and 24:00, got ${JSON.stringify(pair)}`,
      );
    }
    if (start >= end)
      throw new BusinessHoursError(
        `${where}: opening ${String(startText)} must come before closing ${String(endText)}`,
      );
    // Touching intervals (12:00-13:00 then 13:00-14:00) are allowed; overlaps and disorder are
    // refused because they are almost always a typing mistake.
    if (start < previousEnd) {
      throw new BusinessHoursError(
        `${where}: intervals must be in order and must not overlap (${String(startText)} starts before the previous one ends)`,
      );
    }
    previousEnd = end;
    return [startText as string, endText as string];
  });
}

/**
 * Validates stored or submitted business hours. Days left out are closed; unknown keys (such as
 * "monday") are refused rather than silently ignored.
 */
export function parseBusinessHours(json: unknown): BusinessHours {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new BusinessHoursError('business hours must be an object keyed by day: mon, tue, wed, thu, fri, sat, sun');
  }
  const unknownDays = Object.keys(json).filter((key) => !(WEEKDAYS as readonly string[]).includes(key));
  if (unknownDays.length > 0) {
    throw new BusinessHoursError(
      `unknown day ${unknownDays.map((d) => JSON.stringify(d)).join(', ')} in business hours; expected mon, tue, wed, thu, fri, sat, sun`,
    );
  }
  const record = json as Partial<Record<Weekday, unknown>>;
  const parsed = {} as Record<Weekday, readonly OpeningInterval[]>;
  for (const day of WEEKDAYS) parsed[day] = record[day] === undefined ? [] : parseDay(day, record[day]);
  return parsed;
}

export function isOpen(hours: BusinessHours, timeZone: string, at: Date): boolean {
  const { weekday, msSinceMidnight } = wallClockAt(at, timeZone);
  return hours[weekday].some(
    ([start, end]) => minuteOfDay(start)! * 60_000 <= msSinceMidnight && msSinceMidnight < minuteOfDay(end)! * 60_000,
  );
}

/**
 * The first instant at or after `at` when the queue is open: `at` itself when open now, null
 * when the hours have no opening at all. An opening time the clocks skip (02:30 on the day
 * summer time starts) opens when the clocks jump, if the interval is still running then; an
 * opening time that happens twice (the day winter time starts) opens at its first occurrence.
 */
export function nextOpening(hours: BusinessHours, timeZone: string, at: Date): Date | null {
  if (isOpen(hours, timeZone, at)) return at;
  const startDate = wallClockAt(at, timeZone).date;
  // The week repeats, so 8 local days always reach an opening if there is one, even when a
  // daylight-saving gap swallows the only interval of this week.
  for (let dayOffset = 0; dayOffset <= 7; dayOffset += 1) {
    const date = addDays(startDate, dayOffset);
    for (const [start] of hours[weekdayOf(date)]) {
      for (const instant of instantsAt(date, minuteOfDay(start)!, timeZone)) {
        const opening = new Date(instant);
        if (instant >= at.getTime() && isOpen(hours, timeZone, opening)) return opening;
      }
    }
  }
  return null;
}
