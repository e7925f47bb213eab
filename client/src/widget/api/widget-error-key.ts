import { VISITOR_ERROR_REASONS, type VisitorErrorReason } from '@shared/errors';
import { ApiRequestError, NetworkError } from '../../api/http';
import type { WidgetMessageKey } from '../i18n/widget-en';
import type { PlainWidgetKey } from '../i18n/widget-translate';

/** Each reason the widget can meet has its own message; a missing one does not compile. */
type MissingReasonMessage = Exclude<`reason.${VisitorErrorReason}`, WidgetMessageKey>;
const everyVisitorReasonHasAMessage: [MissingReasonMessage] extends [never] ? true : MissingReasonMessage = true;
void everyVisitorReasonHasAMessage;

function isVisitorReason(value: unknown): value is VisitorErrorReason {
  return (VISITOR_ERROR_REASONS as readonly unknown[]).includes(value);
}

export function widgetReasonKey(reason: VisitorErrorReason): `reason.${VisitorErrorReason}` & PlainWidgetKey {
  return `reason.${reason}`;
}

/** A failed request (ApiRequestError) or a refused socket command (`{code, reason}`). */
function partsOf(error: unknown): { code: unknown; reason: unknown } {
  if (error instanceof ApiRequestError) return { code: error.code, reason: error.reason };
  if (typeof error === 'object' && error)
    return { code: (error as { code?: unknown }).code, reason: (error as { reason?: unknown }).reason };
  return { code: null, reason: null };
}

/** What to tell the visitor about a failed request or command: by its reason, else by its code. */
export function widgetErrorKey(error: unknown): PlainWidgetKey {
  if (error instanceof NetworkError) return 'error.network';
  const { code, reason } = partsOf(error);
  if (isVisitorReason(reason)) return widgetReasonKey(reason);
  switch (code) {
    case 'rate_limited':
      return 'error.rateLimited';
    case 'payload_too_large':
      return 'error.payloadTooLarge';
    case 'validation_failed':
      return 'error.validation';
    case 'not_found':
    case 'unauthenticated':
      return 'error.expired';
    case 'unavailable':
      return 'error.unavailable';
    default:
      return 'error.unknown';
  }
}
