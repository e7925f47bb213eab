import {
  alternativeResponseSchema,
  callbackRequestSchema,
  leaveMessageRequestSchema,
  startChatRequestSchema,
  startChatResponseSchema,
  transcriptRequestSchema,
  transcriptResponseSchema,
  visitorConversationSchema,
  widgetConfigSchema,
} from '../schemas/chat';
import { route } from './route';

/**
 * The chat widget's public API (CORS, no session). The conversation routes take the visitor
 * token as `Authorization: Bearer <token>`.
 */
export const widgetRoutes = {
  config: route({ method: 'GET', path: '/api/widget/config', status: 200, response: widgetConfigSchema }),
  /** 201 when a conversation started, 200 when none could (the alternatives). */
  start: route({
    method: 'POST',
    path: '/api/widget/conversations',
    body: startChatRequestSchema,
    status: 201,
    otherStatuses: [200],
    response: startChatResponseSchema,
  }),
  conversation: route({
    method: 'GET',
    path: '/api/widget/conversation',
    status: 200,
    response: visitorConversationSchema,
  }),
  transcript: route({
    method: 'POST',
    path: '/api/widget/conversation/transcript',
    body: transcriptRequestSchema,
    status: 202,
    response: transcriptResponseSchema,
  }),
  leaveMessage: route({
    method: 'POST',
    path: '/api/widget/messages',
    body: leaveMessageRequestSchema,
    status: 201,
    response: alternativeResponseSchema,
  }),
  requestCallback: route({
    method: 'POST',
    path: '/api/widget/callbacks',
    body: callbackRequestSchema,
    status: 201,
    response: alternativeResponseSchema,
  }),
};
