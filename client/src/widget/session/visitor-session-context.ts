import { createContext, useContext } from 'react';
import type { VisitorConversation } from '@shared/schemas/chat';
import type { OutboxEntry } from './outbox';
import type { VisitorSocket } from './visitor-socket';

export type VisitorConnection = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export interface VisitorSession {
  token: string | null;
  socket: VisitorSocket | null;
  connection: VisitorConnection;
  /** Messages written but not acknowledged yet, oldest first. */
  outbox: readonly OutboxEntry[];
  /** The adviser is typing: their name, '' when unnamed; null when not typing. */
  agentTyping: string | null;
  /** The token was refused (conversation gone): the pre-chat form says so. */
  expired: boolean;
  begin(token: string, conversation: VisitorConversation): void;
  /** Forgets the conversation on this browser (after the end screen, or when it is gone). */
  forget(options?: { expired?: boolean }): void;
  send(body: string): void;
  retry(clientMessageId: string): void;
  typing(typing: boolean): void;
}

export const VisitorSessionContext = createContext<VisitorSession | null>(null);

export function useVisitorSession(): VisitorSession {
  const session = useContext(VisitorSessionContext);
  if (!session) throw new Error('useVisitorSession must be used inside <VisitorSessionProvider>');
  return session;
}
