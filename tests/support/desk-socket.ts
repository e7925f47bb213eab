import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@shared/events/socket-events';
import { TEST_PASSWORD, type BuiltAgent } from '../factories/agents';
import { ApiClient } from './http';

export type DeskClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A desk's socket as the browser opens it: same origin, the session cookie attached. */
export function connectDesk(url: string, cookie: string | null): Promise<DeskClientSocket> {
  const socket: DeskClientSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Resolves with the next event of that name, or rejects after `ms`. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: DeskClientSocket,
  event: E,
  ms = 3000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler as never);
      reject(new Error(`no ${String(event)} within ${ms} ms`));
    }, ms);
    const handler = (payload: unknown) => {
      clearTimeout(timer);
      resolve(payload as never);
    };
    socket.once(event, handler as never);
  });
}

export interface SignedInDesk {
  agent: BuiltAgent;
  api: ApiClient;
  socket: DeskClientSocket;
}

/** An agent signed in on the API with a presence, and their desk's socket connected. */
export async function signedInDesk(
  url: string,
  agent: BuiltAgent,
  presence: 'available' | 'away' = 'available',
): Promise<SignedInDesk> {
  const api = new ApiClient(url);
  await api.login(agent.email, TEST_PASSWORD);
  await api.request('PUT', '/api/me/presence', { presence });
  const socket = await connectDesk(url, api.cookie);
  return { agent, api, socket };
}
