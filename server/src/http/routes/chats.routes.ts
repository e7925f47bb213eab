import { Router } from 'express';
import { z } from 'zod';
import { idParamsSchema, uuidSchema } from '@shared/schemas/common';
import {
  agentReceiptRequestSchema,
  agentSendRequestSchema,
  agentTypingRequestSchema,
  cannedReplyQuerySchema,
  closeChatRequestSchema,
  linkChatRequestSchema,
} from '@shared/schemas/chat';
import type { ChatAgentService } from '../../services/chat/chat-agent.service';
import { DESK_ROLES, requireRole, sessionOf } from '../middleware/auth';
import { parseInput } from '../../validation';

const contactParamsSchema = z.strictObject({ contactId: uuidSchema });

/** The agent's chat tabs: same-origin, signed-in desks only. */
export function chatsRoutes(deps: { chatAgents: ChatAgentService }): Router {
  const router = Router();
  const desk = requireRole(...DESK_ROLES);

  router.get('/chats', desk, async (req, res) => {
    res.json({ items: await deps.chatAgents.mine(sessionOf(req).agent) });
  });

  router.get('/chats/canned-replies', desk, async (req, res) => {
    const query = parseInput(cannedReplyQuerySchema, req.query, 'query');
    res.json({ items: await deps.chatAgents.cannedReplies(query) });
  });

  router.get('/chats/by-contact/:contactId', desk, async (req, res) => {
    const { contactId } = parseInput(contactParamsSchema, req.params, 'params');
    res.json(await deps.chatAgents.detailByContact(sessionOf(req).agent, contactId));
  });

  router.get('/chats/:id', desk, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    res.json(await deps.chatAgents.detail(sessionOf(req).agent, id));
  });

  router.post('/chats/:id/messages', desk, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(agentSendRequestSchema, req.body, 'body');
    res.status(201).json({ message: await deps.chatAgents.send(sessionOf(req).agent, id, input) });
  });

  router.post('/chats/:id/typing', desk, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(agentTypingRequestSchema, req.body, 'body');
    await deps.chatAgents.typing(sessionOf(req).agent, id, input.typing);
    res.status(204).end();
  });

  router.post('/chats/:id/receipts', desk, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(agentReceiptRequestSchema, req.body, 'body');
    await deps.chatAgents.receipt(sessionOf(req).agent, id, input);
    res.status(204).end();
  });

  router.post('/chats/:id/close', desk, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(closeChatRequestSchema, req.body, 'body');
    res.json({ chat: await deps.chatAgents.close(sessionOf(req).agent, id, input) });
  });

  router.post('/chats/:id/link', desk, async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'params');
    const input = parseInput(linkChatRequestSchema, req.body, 'body');
    res.json({ chat: await deps.chatAgents.link(sessionOf(req).agent, id, input.customerId) });
  });

  return router;
}
