import { Router, type Request } from 'express';
import { callbackRequestSchema, leaveMessageRequestSchema, startChatRequestSchema, transcriptRequestSchema, visitorTokenSchema } from '@shared/schemas/chat';
import { AppError } from '../../errors';
import type { ChatVisitorService, VisitorSession } from '../../services/chat/chat-visitor.service';
import type { ChatWidgetService } from '../../services/chat/chat-widget.service';
import { parseInput } from '../../validation';

const clientOf = (req: Request) => ({ address: req.ip ?? req.socket.remoteAddress ?? 'unknown' });

/** The public API of the chat widget (no session; a visitor token where a conversation is concerned). */
export function widgetRoutes(deps: { chatWidget: ChatWidgetService; chatVisitors: ChatVisitorService }): Router {
  const router = Router();

  async function visitorOf(req: Request): Promise<VisitorSession> {
    const header = req.headers.authorization ?? '';
    const token = visitorTokenSchema.safeParse(header.startsWith('Bearer ') ? header.slice(7).trim() : '');
    const session = token.success ? await deps.chatVisitors.authenticate(token.data) : null;
    if (!session) throw new AppError('chat_link_expired', 'this chat link is not valid any more; start a new conversation');
    return session;
  }

  router.get('/widget/config', async (_req, res) => {
    res.json(await deps.chatWidget.config());
  });

  router.post('/widget/conversations', async (req, res) => {
    const input = parseInput(startChatRequestSchema, req.body, 'body');
    const result = await deps.chatWidget.start(input, clientOf(req));
    res.status(result.kind === 'started' ? 201 : 200).json(result);
  });

  router.get('/widget/conversation', async (req, res) => {
    res.json(await deps.chatVisitors.conversation(await visitorOf(req)));
  });

  router.post('/widget/conversation/transcript', async (req, res) => {
    const session = await visitorOf(req);
    const input = parseInput(transcriptRequestSchema, req.body, 'body');
    res.status(202).json(await deps.chatVisitors.requestTranscript(session, input.email));
  });

  router.post('/widget/messages', async (req, res) => {
    const input = parseInput(leaveMessageRequestSchema, req.body, 'body');
    res.status(201).json(await deps.chatWidget.leaveMessage(input, clientOf(req)));
  });

  router.post('/widget/callbacks', async (req, res) => {
    const input = parseInput(callbackRequestSchema, req.body, 'body');
    res.status(201).json(await deps.chatWidget.requestCallback(input, clientOf(req)));
  });

  return router;
}
