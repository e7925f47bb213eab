import { z } from 'zod';
import { caseCategorySchema, caseStatusSchema, ownerSchema } from './customer';

/** Why an open case needs a supervisor's eye (field note 4: nothing sits unowned or overdue unseen). */
export const attentionReasonSchema = z.enum(['overdue', 'no_person_owner', 'no_due_time']);
export type AttentionReason = z.infer<typeof attentionReasonSchema>;

export const caseNeedingAttentionSchema = z.object({
  id: z.string(),
  subject: z.string(),
  status: caseStatusSchema,
  category: caseCategorySchema,
  priority: z.number().int(),
  customer: z.object({ id: z.string(), name: z.string() }),
  owner: ownerSchema.nullable(),
  dueAt: z.string().nullable(),
  /** How late it is, in seconds; 0 when not overdue. */
  overdueSeconds: z.number().int(),
  reasons: z.array(attentionReasonSchema),
  transferCount: z.number().int(),
});
export type CaseNeedingAttention = z.infer<typeof caseNeedingAttentionSchema>;

export const caseAttentionQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export const caseAttentionResponseSchema = z.object({ items: z.array(caseNeedingAttentionSchema) });

/** Closing a case: only when none of its contacts is still open (queued, offered, active, in wrap-up). */
export const closeCaseRequestSchema = z.strictObject({
  resolution: z.string().trim().min(1, 'required').max(2000),
});
export type CloseCaseRequest = z.infer<typeof closeCaseRequestSchema>;

/** A closed case: when it was closed. */
export const closeCaseResponseSchema = z.object({ caseId: z.string(), closedAt: z.string() });
export type CloseCaseResponse = z.infer<typeof closeCaseResponseSchema>;
