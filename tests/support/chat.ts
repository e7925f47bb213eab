import { io, type Socket } from 'socket.io-client';
import { eq } from 'drizzle-orm';
import type { Ack } from '@shared/errors';
import {
  VISITOR_NAMESPACE,
  type VisitorClientToServerEvents,
  type VisitorServerToClientEvents,
} from '@shared/events/chat-events';
import type { StartChatRequest, VisitorConversation } from '@shared/schemas/chat';
import { agents, chatTopics, queues } from '../../server/src/db/schema';
import type { Db } from '../../server/src/db/store';
import { buildAgent, type BuiltAgent } from '../factories/agents';
import { signedInDesk, type DeskClientSocket } from './desk-socket';
import { ApiClient } from './http';

export type VisitorClientSocket = Socket<VisitorServerToClientEvents, VisitorClientToServerEvents>;

const ALWAYS_OPEN = Object.fromEntries(
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, [['00:00', '24:00']]]),
);

/** A chat queue and the widget topic that leads to it. Open all week unless told otherwise. */
export async function buildChatTopic(
  db: Db,
  options: {
    name?: string;
    businessHours?: Record<string, [string, string][]>;
    afterHoursAction?: 'wait' | 'callback' | 'message';
    requiredSkills?: string[];
  } = {},
): Promise<{ queueId: string; topicId: string }> {
  const name = options.name ?? `Chat ${Math.random().toString(36).slice(2, 8)}`;
  const [queue] = await db
    .insert(queues)
    .values({
      name,
      channels: ['chat', 'callback', 'email'],
      requiredSkills: options.requiredSkills ?? ['general'],
      businessHours: options.businessHours ?? (ALWAYS_OPEN as Record<string, [string, string][]>),
      afterHoursAction: options.afterHoursAction ?? 'wait',
    })
    .returning();
  const [topic] = await db
    .insert(chatTopics)
    .values({ labelFr: `Sujet ${name}`, labelEn: `Topic ${name}`, queueId: queue!.id })
    .returning();
  return { queueId: queue!.id, topicId: topic!.id };
}

export interface Desk {
  agent: BuiltAgent;
  api: ApiClient;
  socket: DeskClientSocket;
}

/** A signed-in, available agent with their desk socket; chat capacity as asked (default 3). */
export async function openDesk(
  url: string,
  db: Db,
  options: { displayName?: string; chat?: number } = {},
): Promise<Desk> {
  const agent = await buildAgent(db, { ...(options.displayName ? { displayName: options.displayName } : {}) });
  await db
    .update(agents)
    .set({ capacity: { voice: 1, chat: options.chat ?? 3, email: 5 } })
    .where(eq(agents.id, agent.id));
  return signedInDesk(url, agent);
}

/** Starts a conversation as the widget does. */
export async function startChat(
  url: string,
  form: Partial<StartChatRequest> & { topicId: string },
  headers: Record<string, string> = {},
) {
  const api = new ApiClient(url);
  return api.request('POST', '/api/widget/conversations', { name: 'Léa Visiteur', ...form }, headers);
}

export async function startedChat(
  url: string,
  form: Partial<StartChatRequest> & { topicId: string },
): Promise<{ token: string; conversation: VisitorConversation }> {
  const res = await startChat(url, form);
  if (res.status !== 201 || res.body.kind !== 'started')
    throw new Error(`chat not started: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.visitorToken, conversation: res.body.conversation };
}

/** The widget's socket: its own namespace, the visitor token in the handshake. */
export function connectVisitor(
  url: string,
  token: string,
  extraHeaders: Record<string, string> = {},
): Promise<VisitorClientSocket> {
  const socket: VisitorClientSocket = io(`${url}${VISITOR_NAMESPACE}`, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: { token },
    extraHeaders,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Sends a visitor command and resolves with its acknowledgement. */
export function command<E extends keyof VisitorClientToServerEvents>(
  socket: VisitorClientSocket,
  event: E,
  payload: Parameters<VisitorClientToServerEvents[E]>[0],
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the acknowledged data loosely; the ack shape is checked by the error schema
): Promise<Ack<any>> {
  return new Promise((resolve) => {
    (socket.emit as (e: string, p: unknown, ack: (r: Ack<unknown>) => void) => void)(event, payload, resolve);
  });
}

export function nextVisitorEvent<E extends keyof VisitorServerToClientEvents>(
  socket: VisitorClientSocket,
  event: E,
  accept: (payload: Parameters<VisitorServerToClientEvents[E]>[0]) => boolean = () => true,
  ms = 3000,
): Promise<Parameters<VisitorServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const handler = (payload: Parameters<VisitorServerToClientEvents[E]>[0]) => {
      if (!accept(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler as never);
      resolve(payload);
    };
    socket.on(event, handler as never);
  });
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
