import { z } from 'zod';
import { CANNED_REPLY_PLACEHOLDERS, unknownPlaceholders } from '../utils/canned-reply-placeholders';
import { localeSchema } from './common';

/** Chat canned replies as admins manage them (agents read the active ones through /api/chats/canned-replies). */

export const CANNED_REPLY_LIMITS = {
  title: 100,
  /** Below one chat message (4 000) so the names filled in still fit. */
  body: 2_000,
  tags: 10,
  tag: 30,
  position: 10_000,
} as const;

export const DEFAULT_CANNED_REPLY_POSITION = 100;

const known = CANNED_REPLY_PLACEHOLDERS.map((name) => `{${name}}`).join(' and ');

export const cannedReplyBodySchema = z
  .string()
  .trim()
  .min(1, 'enter the text of the reply')
  .max(CANNED_REPLY_LIMITS.body, `at most ${CANNED_REPLY_LIMITS.body} characters`)
  .superRefine((body, ctx) => {
    const unknown = unknownPlaceholders(body);
    if (unknown.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown placeholder ${unknown.join(', ')}: only ${known} are filled in`,
      });
    }
  });

export const cannedReplyTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    new RegExp(`^[\\p{L}\\p{N}_-]{1,${CANNED_REPLY_LIMITS.tag}}$`, 'u'),
    `letters, digits, _ and -, at most ${CANNED_REPLY_LIMITS.tag} characters`,
  );

export const cannedReplyTagsSchema = z
  .array(cannedReplyTagSchema)
  .max(CANNED_REPLY_LIMITS.tags, `at most ${CANNED_REPLY_LIMITS.tags} tags`)
  .transform((tags) => [...new Set(tags)]);

const cannedReplyFields = {
  title: z
    .string()
    .trim()
    .min(1, 'enter a title')
    .max(CANNED_REPLY_LIMITS.title, `at most ${CANNED_REPLY_LIMITS.title} characters`),
  body: cannedReplyBodySchema,
  locale: localeSchema,
  tags: cannedReplyTagsSchema,
  position: z.number().int().min(0).max(CANNED_REPLY_LIMITS.position),
};

/** POST /api/admin/canned-replies -> 201 { reply }; a new reply is in use at once. */
export const createCannedReplyRequestSchema = z.strictObject({
  ...cannedReplyFields,
  tags: cannedReplyFields.tags.default([]),
  position: cannedReplyFields.position.default(DEFAULT_CANNED_REPLY_POSITION),
});
export type CreateCannedReplyRequest = z.input<typeof createCannedReplyRequestSchema>;
export type CreateCannedReplyInput = z.output<typeof createCannedReplyRequestSchema>;

/** PUT /api/admin/canned-replies/:id -> { reply }; only the fields sent change, `active: true` puts a retired reply back. */
export const updateCannedReplyRequestSchema = z.strictObject({ ...cannedReplyFields, active: z.boolean() }).partial();
export type UpdateCannedReplyRequest = z.input<typeof updateCannedReplyRequestSchema>;
export type UpdateCannedReplyInput = z.output<typeof updateCannedReplyRequestSchema>;

export const cannedReplyAdminViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  locale: localeSchema,
  tags: z.array(z.string()),
  position: z.number().int(),
  /** false once retired: agents no longer see it; it stays listed here. */
  active: z.boolean(),
  createdAt: z.string(),
});
export type CannedReplyAdminView = z.infer<typeof cannedReplyAdminViewSchema>;
