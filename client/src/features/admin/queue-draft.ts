import type { FieldProblem } from '@shared/errors';
import {
  WEEK_DAYS,
  type AfterHoursAction,
  type BusinessHours,
  type CreateQueueRequest,
  type QueueView,
  type WeekDay,
} from '@shared/schemas/admin-routing';
import type { Channel } from '@shared/schemas/common';
import { ApiRequestError } from '../../api/http';

/** Zones offered in the form; a queue saved with another zone keeps it as an extra option. */
export const TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Zurich',
  'Indian/Reunion',
  'America/Martinique',
  'UTC',
];

export type DayMode = 'closed' | 'one' | 'two';
export interface DayDraft {
  mode: DayMode;
  /** Always two intervals of text; the mode says how many are used. */
  intervals: [[string, string], [string, string]];
}

export interface QueueDraft {
  /** Set when editing an existing queue. */
  id: string | null;
  name: string;
  channels: Channel[];
  skills: string;
  priority: string;
  timeZone: string;
  hours: Record<WeekDay, DayDraft>;
  serviceLevelPercent: string;
  serviceLevelSeconds: string;
  afterHoursAction: AfterHoursAction;
}

const closedDay = (): DayDraft => ({
  mode: 'closed',
  intervals: [
    ['', ''],
    ['', ''],
  ],
});

export function emptyQueueDraft(): QueueDraft {
  return {
    id: null,
    name: '',
    channels: [],
    skills: '',
    priority: '0',
    timeZone: 'Europe/Paris',
    hours: Object.fromEntries(WEEK_DAYS.map((day) => [day, closedDay()])) as Record<WeekDay, DayDraft>,
    serviceLevelPercent: '80',
    serviceLevelSeconds: '20',
    afterHoursAction: 'wait',
  };
}

export function draftOfQueue(queue: QueueView): QueueDraft {
  const hours = Object.fromEntries(
    WEEK_DAYS.map((day): [WeekDay, DayDraft] => {
      const intervals = queue.businessHours[day] ?? [];
      const first = intervals[0] ?? ['', ''];
      const second = intervals[1] ?? ['', ''];
      return [
        day,
        {
          mode: intervals.length === 0 ? 'closed' : intervals.length === 1 ? 'one' : 'two',
          intervals: [
            [first[0], first[1]],
            [second[0], second[1]],
          ],
        },
      ];
    }),
  ) as Record<WeekDay, DayDraft>;
  return {
    id: queue.id,
    name: queue.name,
    channels: queue.channels,
    skills: queue.requiredSkills.join(', '),
    priority: String(queue.priority),
    timeZone: queue.timeZone,
    hours,
    serviceLevelPercent: String(queue.serviceLevelPercent),
    serviceLevelSeconds: String(queue.serviceLevelSeconds),
    afterHoursAction: queue.afterHoursAction,
  };
}

/** "a, b ,c" -> ["a","b","c"]; empty pieces dropped. */
export function parseSkills(text: string): string[] {
  return text
    .split(',')
    .map((skill) => skill.trim())
    .filter(Boolean);
}

/** Whole numbers only; anything else becomes NaN so the shared schema names the field. */
function wholeNumber(text: string): number {
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
}

export function requestOfDraft(draft: QueueValues): CreateQueueRequest {
  const businessHours = Object.fromEntries(
    WEEK_DAYS.map((day) => {
      const { mode, intervals } = draft.hours[day];
      const used = mode === 'closed' ? [] : mode === 'one' ? intervals.slice(0, 1) : intervals;
      return [day, used.map(([start, end]) => [start.trim(), end.trim()] as [string, string])];
    }),
  ) as BusinessHours;
  return {
    name: draft.name.trim(),
    channels: draft.channels,
    requiredSkills: parseSkills(draft.skills),
    priority: wholeNumber(draft.priority),
    timeZone: draft.timeZone,
    businessHours,
    serviceLevelPercent: wholeNumber(draft.serviceLevelPercent),
    serviceLevelSeconds: wholeNumber(draft.serviceLevelSeconds),
    afterHoursAction: draft.afterHoursAction,
  };
}

/** The form's values: the draft without the id of the queue being edited. */
export type QueueValues = Omit<QueueDraft, 'id'>;

/** The fields that show a problem: one per value, one per day for the hours. */
export const QUEUE_FORM_FIELDS = [
  'name',
  'channels',
  'skills',
  'priority',
  'timeZone',
  'serviceLevelPercent',
  'serviceLevelSeconds',
  'afterHoursAction',
  ...WEEK_DAYS.map((day) => `hours.${day}` as const),
] as const;
export type QueueFormField = (typeof QUEUE_FORM_FIELDS)[number];

/** A request problem's path to the form field that shows it (`requiredSkills` is typed as `skills`, `businessHours.mon.0` is Monday). */
export function formFieldOfPath(path: string): QueueFormField | undefined {
  const [first, second] = path.split('.');
  if (first === 'businessHours') return QUEUE_FORM_FIELDS.find((field) => field === `hours.${second}`);
  if (first === 'requiredSkills') return 'skills';
  return QUEUE_FORM_FIELDS.find((field) => field === first);
}

export function serverQueueProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiRequestError)) return [];
  // A taken name is told by its reason (an older server without reasons: a bare conflict); it lands
  // on the name, marked 'taken' for the form (our own marker, not the server's text).
  if (error.reason === 'queue_name_taken' || (error.reason === null && error.code === 'conflict'))
    return [{ path: 'name', message: 'taken' }];
  return error.fields;
}

/** "Mon–Fri 08:00–22:00 · Sat 09:00–17:30": consecutive days with the same hours grouped. */
export function summariseHours(hours: BusinessHours, dayName: (day: WeekDay) => string): string[] {
  const groups: { from: WeekDay; to: WeekDay; text: string }[] = [];
  for (const day of WEEK_DAYS) {
    const intervals = hours[day] ?? [];
    if (intervals.length === 0) continue;
    const text = intervals.map(([start, end]) => `${start}–${end}`).join(', ');
    const last = groups[groups.length - 1];
    if (last && last.text === text && WEEK_DAYS.indexOf(last.to) === WEEK_DAYS.indexOf(day) - 1) last.to = day;
    else groups.push({ from: day, to: day, text });
  }
  return groups.map(
    (group) =>
      `${group.from === group.to ? dayName(group.from) : `${dayName(group.from)}–${dayName(group.to)}`} ${group.text}`,
  );
}
