import { z } from 'zod';
import { channelSchema, uuidSchema } from './common';

export const identityVerificationSchema = z.enum(['verified', 'partially_verified', 'not_verified']);
export type IdentityVerification = z.infer<typeof identityVerificationSchema>;

const packetText = (max: number) => z.string().trim().min(1, 'required').max(max);

/**
 * A transfer always carries the context packet: why, what the customer already said, what was
 * tried, and whether their identity was checked. The receiver sees it before accepting.
 */
export const transferRequestSchema = z.strictObject({
  to: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('agent'), id: uuidSchema }),
    z.strictObject({ kind: z.literal('queue'), id: uuidSchema }),
  ]),
  /** Cold: the sender lets go at once. Warm: the sender keeps the contact until the receiver accepts. */
  mode: z.enum(['cold', 'warm']),
  reason: packetText(500),
  summary: packetText(5000),
  tried: packetText(5000),
  identity: identityVerificationSchema,
});
export type TransferRequest = z.infer<typeof transferRequestSchema>;

export const contextPacketSchema = z.object({
  transferId: z.string(),
  mode: z.enum(['cold', 'warm']),
  from: z.object({ id: z.string(), name: z.string() }),
  reason: z.string(),
  summary: z.string(),
  tried: z.string(),
  identity: identityVerificationSchema,
});
export type ContextPacket = z.infer<typeof contextPacketSchema>;

export const offerSchema = z.object({
  id: z.string(),
  contact: z.object({
    id: z.string(),
    channel: channelSchema,
    customerId: z.string().nullable(),
    customerName: z.string().nullable(),
    queueName: z.string().nullable(),
    subject: z.string().nullable(),
    waitingSince: z.string(),
  }),
  /** Present when the contact comes by transfer. */
  packet: contextPacketSchema.nullable(),
  offeredAt: z.string(),
  expiresAt: z.string(),
});
export type Offer = z.infer<typeof offerSchema>;

export const declineOfferRequestSchema = z.strictObject({ reason: z.string().trim().max(500).optional() });

export const offerClosedSchema = z.object({
  offerId: z.string(),
  state: z.enum(['accepted', 'declined', 'expired', 'withdrawn']),
});
export type OfferClosed = z.infer<typeof offerClosedSchema>;

/**
 * What happens to the voice of a transferred phone call. `pbx`: Omnidesk asks the PBX to move the
 * caller (Asterisk over AMI), and says so if the PBX refuses (`call.moveFailed`). `agent`: this
 * PBX only reports calls (webhook), so the call stays where it is until someone transfers it on
 * their phone, to `toExtension` when known. Null for a contact that is no phone call.
 */
export const callMoveSchema = z
  .object({
    by: z.enum(['pbx', 'agent']),
    toExtension: z.string().nullable(),
  })
  .nullable();
export type CallMove = z.infer<typeof callMoveSchema>;

export const transferCreatedSchema = z.object({
  transferId: z.string(),
  offeredTo: z.string().nullable(),
  callMove: callMoveSchema,
});
export type TransferCreated = z.infer<typeof transferCreatedSchema>;

export const offerAcceptedSchema = z.object({ contactId: z.string(), callMove: callMoveSchema });
export type OfferAccepted = z.infer<typeof offerAcceptedSchema>;

/** Told to the sender and the receiver of a transfer when the PBX could not move the call. */
export const callMoveFailedSchema = z.object({
  commandId: z.string(),
  transferId: z.string().nullable(),
  contactId: z.string(),
  kind: z.enum(['redirect', 'attended', 'attended_complete', 'attended_cancel']),
  reason: z.string(),
});
export type CallMoveFailed = z.infer<typeof callMoveFailedSchema>;

/** Told to the sender of a transfer when the receiver decides. */
export const transferDecidedSchema = z.object({
  transferId: z.string(),
  contactId: z.string(),
  state: z.enum(['accepted', 'declined']),
  by: z.object({ id: z.string(), name: z.string() }),
  declineReason: z.string().nullable(),
  /** For a phone call: who moves the voice now (see `callMoveSchema`). */
  callMove: callMoveSchema.optional(),
});
export type TransferDecided = z.infer<typeof transferDecidedSchema>;

/** Who a contact can be transferred to: every queue, and every active agent with their presence. */
export const directorySchema = z.object({
  queues: z.array(z.object({ id: z.string(), name: z.string(), channels: z.array(z.string()) })),
  agents: z.array(
    z.object({
      id: z.string(),
      displayName: z.string(),
      role: z.string(),
      presence: z.string(),
      skills: z.array(z.string()),
    }),
  ),
});
export type Directory = z.infer<typeof directorySchema>;

/** A transfer this agent sent that the receiver has not decided yet: restored on reload. */
export const sentTransferViewSchema = z.object({
  transferId: z.string(),
  contactId: z.string(),
  mode: z.enum(['cold', 'warm']),
  targetName: z.string(),
  customerName: z.string().nullable(),
  createdAt: z.string(),
});
export type SentTransferView = z.infer<typeof sentTransferViewSchema>;
export const sentTransfersResponseSchema = z.object({ items: z.array(sentTransferViewSchema) });
