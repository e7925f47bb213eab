import { z } from 'zod';

/**
 * The generic CTI webhook that PBXs and helpdesks already speak (Zammad's "CTI (generic)",
 * sipgate.io push API), plus our extensions: hold, unhold, transfer, and a PBX timestamp.
 */
export const ctiEventSchema = z.enum(['newCall', 'answer', 'hangup', 'hold', 'unhold', 'transfer']);
export type CtiEvent = z.infer<typeof ctiEventSchema>;

export const hangupCauseSchema = z.enum([
  'normalClearing',
  'busy',
  'cancel',
  'noAnswer',
  'congestion',
  'notFound',
  'forwarded',
]);
export type HangupCause = z.infer<typeof hangupCauseSchema>;

const numberText = z.string().trim().max(64);
const userText = z.string().trim().min(1).max(128);

/** Epoch seconds, epoch milliseconds, or an ISO 8601 date with an offset. */
export const pbxTimestampSchema = z.union([
  z.iso.datetime({ offset: true }),
  z
    .string()
    .regex(/^\d{10}(\d{3})?$/, 'epoch seconds or milliseconds')
    .transform((v) => new Date(v.length === 10 ? Number(v) * 1000 : Number(v)).toISOString()),
  z
    .number()
    .int()
    .positive()
    .transform((v) => new Date(v < 1e12 ? v * 1000 : v).toISOString()),
]);

export const ctiWebhookBodySchema = z
  .strictObject({
    event: ctiEventSchema,
    callId: z.string().trim().min(1).max(128),
    from: numberText.optional(),
    to: numberText.optional(),
    direction: z.enum(['in', 'out']).optional(),
    /** Who the call rings for / who answered: agent extensions, phone numbers or names. */
    user: z.union([userText, z.array(userText).max(50)]).optional(),
    queue: z.string().trim().max(128).optional(),
    answeringNumber: numberText.optional(),
    cause: hangupCauseSchema.optional(),
    transferTo: numberText.optional(),
    transferType: z.enum(['blind', 'consult']).optional(),
    timestamp: pbxTimestampSchema.optional(),
    // Fields sipgate.io sends too; accepted so those PBXs work unchanged, kept with the event.
    xcid: z.string().max(128).optional(),
    origCallId: z.string().max(128).optional(),
    diversion: z.string().max(64).optional(),
    userId: z.union([userText, z.array(userText).max(50)]).optional(),
    fullUserId: z.union([userText, z.array(userText).max(50)]).optional(),
  })
  .superRefine((body, ctx) => {
    const need = (field: 'from' | 'to' | 'direction' | 'transferTo') => {
      if (body[field] === undefined || body[field] === '') {
        ctx.addIssue({ code: 'custom', path: [field], message: `required for ${body.event}` });
      }
    };
    if (body.event === 'newCall') {
      need('from');
      need('to');
      need('direction');
    }
    if (body.event === 'transfer') need('transferTo');
  });
export type CtiWebhookBody = z.infer<typeof ctiWebhookBodySchema>;

/** What the webhook answers: `{}`, or for `newCall` from a blocked number, a rejection. */
export const ctiWebhookResponseSchema = z.union([
  z.strictObject({ action: z.literal('reject'), reason: z.literal('busy') }),
  z.strictObject({}),
]);
export type CtiWebhookResponse = Record<string, never> | { action: 'reject'; reason: 'busy' };

/** Signature header, when a PBX has a signing secret: `sha256=<hex HMAC of the raw body>`. */
export const CTI_SIGNATURE_HEADER = 'x-omnidesk-signature';
