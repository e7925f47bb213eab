import type { CtiWebhookBody } from '@shared/schemas/cti';
import type { CallSignal } from './call-signal';

const list = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Form bodies name arrays `user[]=a&user[]=b` (sipgate, Zammad); JSON ones send arrays. Both end
 * up as plain keys here so one schema checks them.
 */
export function formFieldsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (key.endsWith('[]')) out[key.slice(0, -2)] = values;
    else out[key] = values.length === 1 ? values[0]! : values;
  }
  return out;
}

/** The generic CTI webhook's fields as the internal call signal. */
export function webhookToSignal(pbxId: string, body: CtiWebhookBody): CallSignal {
  const base = {
    pbxId,
    callId: body.callId,
    at: body.timestamp ? new Date(body.timestamp) : null,
    ...(body.timestamp ? { dedupeKey: body.timestamp } : {}),
    raw: body as unknown as Record<string, unknown>,
  };
  const users = [...list(body.user), ...list(body.userId)];
  switch (body.event) {
    case 'newCall':
      return {
        ...base,
        event: 'newCall',
        from: body.from!,
        to: body.to!,
        direction: body.direction!,
        users,
        queue: body.queue ?? null,
      };
    case 'answer':
      return { ...base, event: 'answer', answeringNumber: body.answeringNumber ?? null, users };
    case 'hold':
      return { ...base, event: 'hold' };
    case 'unhold':
      return { ...base, event: 'unhold' };
    case 'transfer':
      return { ...base, event: 'transfer', transferTo: body.transferTo!, transferType: body.transferType ?? 'blind' };
    case 'hangup':
      return { ...base, event: 'hangup', cause: body.cause ?? 'normalClearing' };
  }
}
