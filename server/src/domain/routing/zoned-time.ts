/**
 * Wall-clock time in an IANA time zone, with nothing but Intl (no time-zone library). A "local
 * stamp" is the local wall-clock time written as if it were UTC milliseconds: it makes local
 * dates and times plain numbers that compare and add like instants.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        // h23: some ICU versions print midnight as "24" with hour12: false.
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new RangeError(`Unknown time zone "${timeZone}": expected an IANA name such as Europe/Paris`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The local wall-clock time of an instant, as a local stamp (milliseconds kept). */
export function localStampOf(instantMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wholeSeconds = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wholeSeconds + (((instantMs % 1000) + 1000) % 1000);
}

export function localDateOf(localStamp: number): LocalDate {
  const date = new Date(localStamp);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  // getUTCDay counts from Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay() + 6) % 7]!;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return localDateOf(Date.UTC(date.year, date.month - 1, date.day + days));
}

export function localStampAt(date: LocalDate, minuteOfDay: number): number {
  return Date.UTC(date.year, date.month - 1, date.day) + minuteOfDay * 60_000;
}

/** Milliseconds the zone is ahead of UTC at that instant (Paris: 1 h in winter, 2 h in summer). */
function offsetAt(instantMs: number, timeZone: string): number {
  return localStampOf(instantMs, timeZone) - instantMs;
}

/**
 * The instants at which the local clock shows `localStamp`, earliest first:
 * - one in the usual case;
 * - two when the clocks go back and that time happens twice (02:30 on the last Sunday of
 *   October in Paris);
 * - none when the clocks go forward over it (02:30 on the last Sunday of March): then the
 *   single instant returned is the moment the clocks jump, the first instant whose local time
 *   is later than the one asked for.
 */
export function instantsAtLocal(localStamp: number, timeZone: string): number[] {
  // Offsets a day either side frame any transition near that time; zones change at most once a day.
  const offsets = new Set([offsetAt(localStamp - DAY_MS, timeZone), offsetAt(localStamp + DAY_MS, timeZone)]);
  const exact = [...offsets]
    .map((offset) => localStamp - offset)
    .filter((instant) => localStampOf(instant, timeZone) === localStamp)
    .sort((a, b) => a - b);
  if (exact.length > 0) return exact;
  return [firstInstantAfterGap(localStamp, timeZone)];
}

function firstInstantAfterGap(localStamp: number, timeZone: string): number {
  // The local clock only moves forward across a gap, so a binary search is sound there.
  const bounds = [...new Set([offsetAt(localStamp - DAY_MS, timeZone), offsetAt(localStamp + DAY_MS, timeZone)])].map(
    (offset) => localStamp - offset,
  );
  let before = Math.min(...bounds); // local time earlier than asked
  let after = Math.max(...bounds); // local time later than asked
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (localStampOf(middle, timeZone) >= localStamp) after = middle;
    else before = middle;
  }
  return after;
}
