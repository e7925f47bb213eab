import type { HangupCause } from '@shared/schemas/cti';

/**
 * One thing a PBX said about a call, whatever protocol it came by (CTI webhook, Asterisk AMI).
 * Channel adapters translate to this; the call service turns it into contacts, timeline events
 * and screen pops. Pure data: no transport here.
 */
export type CallSignal = CallSignalBase &
  (
    | {
        event: 'newCall';
        from: string;
        to: string;
        direction: 'in' | 'out';
        /** Who it rings for: extensions, phone numbers or names of agents. */
        users: string[];
        queue: string | null;
      }
    | { event: 'answer'; answeringNumber: string | null; users: string[] }
    | { event: 'hold' }
    | { event: 'unhold' }
    | { event: 'transfer'; transferTo: string; transferType: 'blind' | 'consult' }
    | { event: 'hangup'; cause: HangupCause }
  );

export interface CallSignalBase {
  /** The configured PBX this came from. */
  pbxId: string;
  /** The PBX's id for the call (webhook callId; AMI Linkedid). */
  callId: string;
  /** When the PBX says it happened; null when it did not say (the time of receipt is used). */
  at: Date | null;
  /**
   * Repeatable events (hold, unhold, transfer) need a key to tell a retry from a second hold:
   * the PBX timestamp, or the AMI event's own id. Once-only events (newCall, answer, hangup) need none.
   */
  dedupeKey?: string;
  /** The raw fields, kept with the stored event for audit. */
  raw: Record<string, unknown>;
}

export type IngestOutcome =
  | { status: 'accepted'; contactId: string }
  /** Already seen (same call, same event): nothing changed. */
  | { status: 'duplicate'; contactId: string | null }
  /** `newCall` from a blocked number: the PBX is told to reject it. */
  | { status: 'rejected'; reason: 'busy' };

/** Where adapters deliver signals. Resolves once the signal is stored (never before). */
export interface CallSignalSink {
  ingest(signal: CallSignal): Promise<IngestOutcome>;
}
