import { Router, type Request, type RequestHandler, type Response } from 'express';
import { api } from '@shared/contract';
import { visitorTokenSchema } from '@shared/schemas/chat';
import { AppError } from '../../errors';
import type { ChatVisitorService, VisitorSession } from '../../services/chat/chat-visitor.service';
import type { ChatWidgetService } from '../../services/chat/chat-widget.service';
import { mountRoute } from '../contract-route';

const routes = api.widget;
const clientOf = (req: Request) => ({ address: req.ip ?? req.socket.remoteAddress ?? 'unknown' });

/** The public API of the chat widget (no session; a visitor token where a conversation is concerned). */
export function widgetRoutes(deps: { chatWidget: ChatWidgetService; chatVisitors: ChatVisitorService }): Router {
  const router = Router();

  async function visitorOf(req: Request): Promise<VisitorSession> {
    const header = req.headers.authorization ?? '';
    const token = visitorTokenSchema.safeParse(header.startsWith('Bearer ') ? header.slice(7).trim() : '');
    const session = token.success ? await deps.chatVisitors.authenticate(token.data) : null;
    if (!session)
      throw new AppError('chat_link_expired', 'this chat link is not valid any more; start a new conversation');
    return session;
  }

  mountRoute(router, routes.config, [], async () => deps.chatWidget.config());

  mountRoute(router, routes.start, [], async ({ body, req, status }) => {
    const result = await deps.chatWidget.start(body, clientOf(req));
    if (result.kind !== 'started') status(200);
    return result;
  });

  // The token is checked before the body: a stranger learns nothing from a 400.
  const visitor: RequestHandler = async (req, res, next) => {
    res.locals.visitor = await visitorOf(req);
    next();
  };
  const sessionIn = (res: Response) => res.locals.visitor as VisitorSession;

  mountRoute(router, routes.conversation, [visitor], async ({ res }) => deps.chatVisitors.conversation(sessionIn(res)));
  mountRoute(router, routes.transcript, [visitor], async ({ body, res }) =>
    deps.chatVisitors.requestTranscript(sessionIn(res), body.email),
  );

  mountRoute(router, routes.leaveMessage, [], async ({ body, req }) =>
    deps.chatWidget.leaveMessage(body, clientOf(req)),
  );
  mountRoute(router, routes.requestCallback, [], async ({ body, req }) =>
    deps.chatWidget.requestCallback(body, clientOf(req)),
  );

  return router;
}
