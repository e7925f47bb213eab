/**
 * What the visitor is told for each error reason the widget can meet (`VISITOR_ERROR_REASONS` of
 * `@shared/errors`). Spread into `widget-en.ts`; the French is in `widget-reasons-fr.ts`.
 */
export const widgetReasonsEn = {
  'reason.invalid_input': 'Some fields are not valid. Check them and try again.',
  'reason.unsupported_encoding': 'Your message could not be read. Reload the page and try again.',
  'reason.malformed_json': 'Your request could not be read. Reload the page and try again.',
  'reason.payload_too_large': 'This is too long to send. Shorten it and try again.',
  'reason.unsupported_media_type': 'Your request could not be read. Reload the page and try again.',
  'reason.topic_unknown': 'This topic is no longer offered. Choose another one.',
  'reason.phone_not_callable':
    'We cannot call this number. Enter a full phone number, e.g. 06 12 34 56 78 or +32 2 123 45 67.',
  'reason.chat_link_expired': 'This conversation is no longer available. You can start a new one.',
  'reason.origin_not_allowed': 'The chat cannot be opened from this page.',
  'reason.conversation_not_found': 'This conversation is no longer available. You can start a new one.',
  'reason.route_not_found': 'The chat could not handle this request. Reload the page.',
  'reason.chat_ended': 'This chat has ended. Start a new one to write to us again.',
  'reason.chat_not_ended': 'The transcript can be sent once the chat has ended.',
  'reason.chat_start_throttled':
    'Too many chats were started from your network in the last hour. Please try again later.',
  'reason.chat_messages_throttled': 'You are sending messages too quickly. Wait a few seconds, then try again.',
  'reason.internal': 'Something went wrong on our side. Try again.',
  'reason.service_unavailable': 'The chat is temporarily unavailable. Try again shortly.',
} as const;
