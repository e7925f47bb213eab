import { ApiRequestError, NetworkError } from '../../api/http';
import type { PlainWidgetKey } from '../i18n/widget-translate';

/** What to tell the visitor about a failed request or command, by its code. */
export function widgetErrorKey(error: unknown): PlainWidgetKey {
  if (error instanceof NetworkError) return 'error.network';
  const code = error instanceof ApiRequestError ? error.code : typeof error === 'object' && error && 'code' in error ? (error as { code: unknown }).code : null;
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
