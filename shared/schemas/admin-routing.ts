import { z } from 'zod';
import { roleSchema } from './agent';
import { channelSchema } from './common';

/** Queue and agent routing settings that admins edit (issue 4, point 1). */

export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

export const skillSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9_-]{1,40}$/, 'lower-case letters, digits, _ and -, at most 40 characters');
export const skillsSchema = z
  .array(skillSchema)
  .max(20, 'at most 20 skills')
  .transform((skills) => [...new Set(skills)]);

/** A real IANA zone: the runtime's own time-zone database decides. */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
export const timeZoneSchema = z.string().trim().max(64).refine(isTimeZone, 'not a known IANA time zone');

/** "HH:MM" from 00:00 to 24:00; as fixed-width strings they compare in time order. */
export const clockTimeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'use HH:MM between 00:00 and 24:00');
export const hoursIntervalSchema = z
  .tuple([clockTimeSchema, clockTimeSchema])
  .refine(([start, end]) => start < end, 'the start must be before the end');
export type HoursInterval = [string, string];

export const dayHoursSchema = z
  .array(hoursIntervalSchema)
  .max(4, 'at most 4 intervals a day')
  .superRefine((intervals, ctx) => {
    const sorted = intervals
      .map((interval, index) => ({ interval, index }))
      .sort((a, b) => (a.interval[0] < b.interval[0] ? -1 : 1));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.interval[0] < sorted[i - 1]!.interval[1]) {
        ctx.addIssue({ code: 'custom', path: [sorted[i]!.index], message: 'intervals of one day must not overlap' });
      }
    }
  })
  .transform((intervals) => [...intervals].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** Every day present; an empty list means closed that day. */
export const businessHoursSchema = z.strictObject({
  mon: dayHoursSchema.default([]),
  tue: dayHoursSchema.default([]),
  wed: dayHoursSchema.default([]),
  thu: dayHoursSchema.default([]),
  fri: dayHoursSchema.default([]),
  sat: dayHoursSchema.default([]),
  sun: dayHoursSchema.default([]),
});
export type BusinessHours = Record<WeekDay, HoursInterval[]>;

export const queueChannelsSchema = z
  .array(channelSchema)
  .min(1, 'choose at least one channel')
  .transform((channels) => [...new Set(channels)]);

/** Outside business hours: keep contacts waiting for the opening, or offer a callback / a message instead. */
export const afterHoursActionSchema = z.enum(['wait', 'callback', 'message']);
export type AfterHoursAction = z.infer<typeof afterHoursActionSchema>;

export const queueViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  channels: z.array(channelSchema),
  requiredSkills: z.array(z.string()),
  priority: z.number().int(),
  timeZone: z.string(),
  businessHours: z.record(z.enum(WEEK_DAYS), z.array(z.tuple([z.string(), z.string()]))),
  serviceLevelPercent: z.number().int(),
  serviceLevelSeconds: z.number().int(),
  afterHoursAction: afterHoursActionSchema,
});
export type QueueView = Omit<z.infer<typeof queueViewSchema>, 'businessHours'> & { businessHours: BusinessHours };

const queueFields = {
  name: z.string().trim().min(1).max(100),
  channels: queueChannelsSchema,
  requiredSkills: skillsSchema,
  priority: z.number().int().min(-10).max(10),
  timeZone: timeZoneSchema,
  businessHours: businessHoursSchema,
  serviceLevelPercent: z.number().int().min(1).max(100),
  serviceLevelSeconds: z.number().int().min(1).max(604_800),
  afterHoursAction: afterHoursActionSchema,
};

export const createQueueRequestSchema = z.strictObject({
  ...queueFields,
  requiredSkills: queueFields.requiredSkills.default([]),
  priority: queueFields.priority.default(0),
  timeZone: queueFields.timeZone.default('Europe/Paris'),
  serviceLevelPercent: queueFields.serviceLevelPercent.default(80),
  serviceLevelSeconds: queueFields.serviceLevelSeconds.default(20),
  afterHoursAction: queueFields.afterHoursAction.default('wait'),
});
export type CreateQueueRequest = z.input<typeof createQueueRequestSchema>;
export type CreateQueueInput = z.output<typeof createQueueRequestSchema>;

/** Only the fields sent change. */
export const updateQueueRequestSchema = z.strictObject(queueFields).partial();
export type UpdateQueueRequest = z.input<typeof updateQueueRequestSchema>;
export type UpdateQueueInput = z.output<typeof updateQueueRequestSchema>;

/** Capacity per channel: one call at most; chat 0 means the agent takes no chats. */
export const agentCapacitySchema = z.strictObject({
  voice: z.number().int().min(0).max(1),
  chat: z.number().int().min(0).max(6),
  email: z.number().int().min(0).max(20),
});
export type AgentCapacity = z.infer<typeof agentCapacitySchema>;

export const agentSkillsViewSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  skills: z.array(z.string()),
  capacity: z.object({ voice: z.number(), chat: z.number(), email: z.number() }),
  /** Still offered chats while on a phone call. */
  keepsChatsDuringCall: z.boolean(),
});
export type AgentSkillsView = z.infer<typeof agentSkillsViewSchema>;

export const updateAgentRoutingRequestSchema = z.strictObject({
  skills: skillsSchema,
  capacity: agentCapacitySchema,
  /** Left out: unchanged. */
  keepsChatsDuringCall: z.boolean().optional(),
});
export type UpdateAgentRoutingRequest = z.input<typeof updateAgentRoutingRequestSchema>;
