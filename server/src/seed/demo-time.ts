import type { SeededRandom } from '@shared/utils/seeded-random';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export function addMs(date: Date, ms: number): Date {
  return new Date(date.getTime() + ms);
}

export function addDays(date: Date, days: number): Date {
  return addMs(date, days * DAY_MS);
}

/** 'YYYY-MM-DD' (the date in UTC, which is the Paris date for every business-hours moment). */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last Sunday of a month, 01:00 UTC: when European summer time starts (March) and ends (October). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * DAY_MS;
}

/** Offset of Paris and Brussels local time from UTC at that moment, in minutes (60 or 120). */
export function parisOffsetMinutes(date: Date): number {
  const year = date.getUTCFullYear();
  const t = date.getTime();
  return t >= lastSundayOneUtc(year, 2) && t < lastSundayOneUtc(year, 9) ? 120 : 60;
}

/**
 * True when the centre is open (Paris time): weekdays 08:00-22:00, Saturday 09:00-17:30, as in
 * the queues' business hours. A moment a little before closing is kept as the start of a contact.
 */
export function isBusinessMoment(date: Date): boolean {
  const local = addMs(date, parisOffsetMinutes(date) * MINUTE_MS);
  const day = local.getUTCDay();
  const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
  if (day >= 1 && day <= 5) return minutes >= 8 * 60 && minutes < 21 * 60 + 30;
  if (day === 6) return minutes >= 9 * 60 && minutes < 17 * 60;
  return false;
}

/**
 * A moment in [from, to] during business hours, uniformly spread. Always draws the same number of
 * random values, whatever the dates: the demo people stay the same whatever day the seed runs.
 */
export function businessMomentBetween(rng: SeededRandom, from: Date, to: Date): Date {
  const start = from.getTime();
  const span = Math.max(0, to.getTime() - start);
  let chosen: Date | null = null;
  for (let attempt = 0; attempt < 12; attempt += 1) {
    const candidate = new Date(start + Math.floor(rng.next() * span));
    if (!chosen && isBusinessMoment(candidate)) chosen = candidate;
  }
  if (chosen) return chosen;
  // A window with (almost) no opening hours, e.g. a Sunday: the next opening after it starts.
  let probe = from;
  for (let step = 0; step < 4 * 24 * 3 && !isBusinessMoment(probe); step += 1) probe = addMs(probe, 15 * MINUTE_MS);
  return probe;
}

/** Any moment in [from, to] (customers write emails and callback requests at night too). */
export function momentBetween(rng: SeededRandom, from: Date, to: Date): Date {
  const span = Math.max(0, to.getTime() - from.getTime());
  return new Date(from.getTime() + Math.floor(rng.next() * span));
}

/** The earlier of two dates. */
export function minDate(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

/** The later of two dates. */
export function maxDate(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
