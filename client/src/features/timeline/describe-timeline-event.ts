import type { Actor, TimelineEvent, TimelinePayload } from '@shared/schemas/timeline';
import type { MessageKey } from '../../app/i18n/en';
import type { Formatters } from '../../app/i18n/formatters';
import type { PlainMessageKey, Translate } from '../../app/i18n/translate';

export interface EventDescription {
  summary: string;
  /** Short facts taken from the payload: direction, duration, outcome… */
  details: string[];
}

const SUMMARY_BY_TYPE: Record<TimelineEvent['type'], PlainMessageKey> = {
  'note.added': 'event.note.added',
  'customer.created': 'event.customer.created',
  'call.received': 'event.call.received',
  'call.placed': 'event.call.placed',
  'call.answered': 'event.call.answered',
  'call.ended': 'event.call.ended',
  'call.missed': 'event.call.missed',
  'call.ringing': 'event.call.ringing',
  'call.held': 'event.call.held',
  'call.resumed': 'event.call.resumed',
  'call.transferred': 'event.call.transferred',
  'call.wrapped_up': 'event.call.wrapped_up',
  'email.received': 'event.email.received',
  'email.sent': 'event.email.sent',
  'chat.started': 'event.chat.started',
  'chat.ended': 'event.chat.ended',
  'chat.message_left': 'event.chat.message_left',
  'callback.requested': 'event.callback.requested',
  'callback.completed': 'event.callback.completed',
  'case.opened': 'event.case.opened',
  'case.transferred': 'event.case.transferred',
  'case.closed': 'event.case.closed',
};

const TEXT_DETAILS = [
  ['subject', 'event.detail.subject'],
  ['from', 'event.detail.from'],
  ['to', 'event.detail.to'],
  // Transfers name the people: who handed over, who took over.
  ['fromName', 'event.detail.from'],
  ['toName', 'event.detail.to'],
  ['reason', 'event.detail.reason'],
  ['disposition', 'event.detail.disposition'],
] as const satisfies ReadonlyArray<readonly [string, MessageKey]>;

function text(payload: TimelinePayload, key: string): string | null {
  const value = payload[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function payloadDetails(payload: TimelinePayload, t: Translate, format: Formatters): string[] {
  const details: string[] = [];
  const direction = payload.direction;
  if (direction === 'inbound' || direction === 'outbound') details.push(t(`event.detail.direction.${direction}`));
  const duration = payload.durationSeconds;
  if (typeof duration === 'number' && Number.isFinite(duration)) {
    details.push(t('event.detail.duration', { value: format.duration(duration) }));
  }
  for (const [key, message] of TEXT_DETAILS) {
    const value = text(payload, key);
    if (value) details.push(t(message, { value }));
  }
  return details;
}

/** One translated sentence per event type; a type this client does not know yet still shows up. */
export function describeTimelineEvent(event: TimelineEvent, t: Translate, format: Formatters): EventDescription {
  const summaryKey: PlainMessageKey | undefined = SUMMARY_BY_TYPE[event.type];
  const summary = summaryKey ? t(summaryKey) : t('event.unknown', { type: String(event.type) });
  return { summary, details: payloadDetails(event.payload, t, format) };
}

/** The name at the time of the event; people without one get a translated label. */
export function actorLabel(actor: Actor, t: Translate): string {
  return actor.name ?? t(`actor.${actor.kind}`);
}
