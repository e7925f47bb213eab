import type { Locale } from '@shared/schemas/common';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface Formatters {
  /** An instant, in the agent's time zone: "22 Nov 2026, 14:05". */
  dateTime(iso: string): string;
  /** The time of day only, for what happened minutes ago: "14:05". */
  clockTime(iso: string): string;
  /** A calendar date written YYYY-MM-DD (no time zone shift). */
  calendarDate(isoDate: string): string;
  /** "5 min ago", "yesterday"; null past a month, where only the absolute date helps. */
  relativeTime(iso: string, now: number): string | null;
  /** "45 s", "4 min 05 s", "1 h 02 min". */
  duration(totalSeconds: number): string;
  /** A language code ("fr", "pt-BR") as a name in the agent's language; the code if unknown. */
  languageName(code: string): string;
}

export function createFormatters(locale: Locale): Formatters {
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const clockTime = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' });
  const languages = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });

  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    clockTime: (iso) => clockTime.format(new Date(iso)),
    calendarDate: (isoDate) => calendarDate.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    relativeTime(iso, now) {
      const seconds = Math.round((Date.parse(iso) - now) / 1000);
      const distance = Math.abs(seconds);
      if (distance < 45) return relative.format(0, 'second');
      if (distance < HOUR) return relative.format(Math.round(seconds / MINUTE), 'minute');
      if (distance < DAY) return relative.format(Math.round(seconds / HOUR), 'hour');
      if (distance < 30 * DAY) return relative.format(Math.round(seconds / DAY), 'day');
      return null;
    },
    duration(totalSeconds) {
      const seconds = Math.max(0, Math.round(totalSeconds));
      const h = Math.floor(seconds / HOUR);
      const m = Math.floor((seconds % HOUR) / MINUTE);
      const s = seconds % MINUTE;
      const pad = (n: number) => String(n).padStart(2, '0');
      if (h > 0) return `${h} h ${pad(m)} min`;
      if (m > 0) return `${m} min ${pad(s)} s`;
      return `${s} s`;
    },
    languageName(code) {
      try {
        return languages.of(code) ?? code;
      } catch {
        return code; // Not a well-formed language tag.
      }
    },
  };
}
