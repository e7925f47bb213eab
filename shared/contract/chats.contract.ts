import { z } from 'zod';
import { idParamsSchema, uuidSchema } from '../schemas/common';
import {
  agentReceiptRequestSchema,
  agentSendRequestSchema,
  agentTypingRequestSchema,
  cannedReplyListResponseSchema,
  cannedReplyQuerySchema,
  chatDetailSchema,
  chatListResponseSchema,
  chatMessageResponseSchema,
  chatResponseSchema,
  closeChatRequestSchema,
  linkChatRequestSchema,
} from '../schemas/chat';
import { route } from './route';

export const contactParamsSchema = z.strictObject({ contactId: uuidSchema });

/** The agent's chat tabs: same-origin, signed-in desks only. */
export const chatsRoutes = {
  /** My chats (active and in wrap-up). */
  mine: route({ method: 'GET', path: '/api/chats', status: 200, response: chatListResponseSchema }),
  cannedReplies: route({
    method: 'GET',
    path: '/api/chats/canned-replies',
    query: cannedReplyQuerySchema,
    status: 200,
    response: cannedReplyListResponseSchema,
  }),
  byContact: route({
    method: 'GET',
    path: '/api/chats/by-contact/:contactId',
    params: contactParamsSchema,
    status: 200,
    response: chatDetailSchema,
  }),
  get: route({
    method: 'GET',
    path: '/api/chats/:id',
    params: idParamsSchema,
    status: 200,
    response: chatDetailSchema,
  }),
  send: route({
    method: 'POST',
    path: '/api/chats/:id/messages',
    params: idParamsSchema,
    body: agentSendRequestSchema,
    status: 201,
    response: chatMessageResponseSchema,
  }),
  typing: route({
    method: 'POST',
    path: '/api/chats/:id/typing',
    params: idParamsSchema,
    body: agentTypingRequestSchema,
    status: 204,
    response: null,
  }),
  receipt: route({
    method: 'POST',
    path: '/api/chats/:id/receipts',
    params: idParamsSchema,
    body: agentReceiptRequestSchema,
    status: 204,
    response: null,
  }),
  close: route({
    method: 'POST',
    path: '/api/chats/:id/close',
    params: idParamsSchema,
    body: closeChatRequestSchema,
    status: 200,
    response: chatResponseSchema,
  }),
  link: route({
    method: 'POST',
    path: '/api/chats/:id/link',
    params: idParamsSchema,
    body: linkChatRequestSchema,
    status: 200,
    response: chatResponseSchema,
  }),
};
