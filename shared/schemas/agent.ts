import { z } from 'zod';
import { LIMITS } from './limits';
import { localeSchema } from './common';

export const roleSchema = z.enum(['agent', 'specialist', 'supervisor', 'admin']);
export type Role = z.infer<typeof roleSchema>;
export const ROLES = roleSchema.options;

export const presenceSchema = z.enum(['available', 'busy', 'away', 'wrap_up', 'offline']);
export type Presence = z.infer<typeof presenceSchema>;

/** The presences an agent may choose; `busy` and `wrap_up` are set by the system. */
export const selectablePresenceSchema = z.enum(['available', 'away', 'offline']);
export type SelectablePresence = z.infer<typeof selectablePresenceSchema>;

export const capacitySchema = z.strictObject({
  voice: z.number().int().min(0).max(1),
  chat: z.number().int().min(0).max(6),
  email: z.number().int().min(0).max(20),
});
export type Capacity = z.infer<typeof capacitySchema>;
export const DEFAULT_CAPACITY: Capacity = { voice: 1, chat: 3, email: 5 };

export const agentSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: roleSchema,
  skills: z.array(z.string()),
  capacity: capacitySchema,
  presence: presenceSchema,
  presenceChangedAt: z.string(),
  extension: z.string().nullable(),
  locale: localeSchema.nullable(),
});
export type Agent = z.infer<typeof agentSchema>;

export const loginRequestSchema = z.strictObject({
  email: z.email().max(LIMITS.email),
  password: z.string().min(1).max(LIMITS.password),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const setPresenceRequestSchema = z.strictObject({ presence: selectablePresenceSchema });
export type SetPresenceRequest = z.infer<typeof setPresenceRequestSchema>;

export const updateMeRequestSchema = z.strictObject({ locale: localeSchema.nullable() });
export type UpdateMeRequest = z.infer<typeof updateMeRequestSchema>;

export const meResponseSchema = z.object({ agent: agentSchema });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const agentListResponseSchema = z.object({ items: z.array(agentSchema) });
export type AgentListResponse = z.infer<typeof agentListResponseSchema>;
