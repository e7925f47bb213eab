import { z } from 'zod';
import { LIMITS } from './limits';

export const pbxSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  signed: z.boolean(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
  lastEventAt: z.string().nullable(),
});
export type PbxSummary = z.infer<typeof pbxSummarySchema>;

export const createPbxRequestSchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  signingSecret: z.string().min(16, 'use at least 16 characters').max(200).optional(),
});
export type CreatePbxRequest = z.infer<typeof createPbxRequestSchema>;

/** The token is in this answer only: it is stored hashed. */
export const createPbxResponseSchema = z.object({ pbx: pbxSummarySchema, token: z.string() });
export type CreatePbxResponse = z.infer<typeof createPbxResponseSchema>;

export const blockedNumberSchema = z.object({
  id: z.string(),
  value: z.string(),
  reason: z.string().nullable(),
  createdAt: z.string(),
});
export type BlockedNumber = z.infer<typeof blockedNumberSchema>;

export const blockNumberRequestSchema = z.strictObject({
  number: z.string().trim().min(1).max(64),
  reason: z.string().trim().max(LIMITS.name).optional(),
});
export type BlockNumberRequest = z.infer<typeof blockNumberRequestSchema>;

export const upsertDispositionRequestSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,62}$/, 'lower-case letters, digits and _'),
  labelFr: z.string().trim().min(1).max(100),
  labelEn: z.string().trim().min(1).max(100),
  position: z.number().int().min(0).max(10_000).optional(),
});
export type UpsertDispositionRequest = z.infer<typeof upsertDispositionRequestSchema>;
