import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { VisitorConversation } from '@shared/schemas/chat';
import { widgetQueryKeys } from '../api/widget-query-keys';
import { newClientMessageId } from '../../api/client-message-id';
import { insertVisitorMessage } from './conversation-cache';
import { applyVisitorPushes } from './apply-visitor-pushes';
import { emitVisitorMessage } from './emit-visitor-message';
import { readOutbox, writeOutbox, type OutboxEntry } from './outbox';
import { VisitorSessionContext, type VisitorConnection, type VisitorSession } from './visitor-session-context';
import type { VisitorSocket, VisitorSocketFactory } from './visitor-socket';
import { forgetVisitorToken, readVisitorToken, storeVisitorToken } from './visitor-token';

/**
 * The visitor's conversation on this browser: the token (kept across reloads), the socket, and the
 * outbox of messages not yet acknowledged (kept across reloads too, sent again on each reconnect).
 */
export function VisitorSessionProvider({
  socketFactory,
  children,
}: {
  socketFactory: VisitorSocketFactory;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const [token, setToken] = useState<string | null>(readVisitorToken);
  const [socket, setSocket] = useState<VisitorSocket | null>(null);
  const [connection, setConnection] = useState<VisitorConnection>('idle');
  const [outbox, setOutbox] = useState<OutboxEntry[]>(readOutbox);
  const [agentTyping, setAgentTyping] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const outboxRef = useRef(outbox);
  outboxRef.current = outbox;

  useEffect(() => {
    writeOutbox(outbox);
  }, [outbox]);

  const removeFromOutbox = useCallback((clientMessageId: string) => {
    setOutbox((entries) => entries.filter((entry) => entry.clientMessageId !== clientMessageId));
  }, []);

  const emitEntry = useCallback(
    (target: VisitorSocket, entry: OutboxEntry) =>
      emitVisitorMessage(target, entry, {
        stored(message) {
          insertVisitorMessage(queryClient, message);
          removeFromOutbox(entry.clientMessageId);
        },
        refused(reason) {
          setOutbox((entries) =>
            entries.map((item) =>
              item.clientMessageId === entry.clientMessageId ? { ...item, refusedWith: reason } : item,
            ),
          );
        },
      }),
    [queryClient, removeFromOutbox],
  );

  const forget = useCallback(
    (options: { expired?: boolean } = {}) => {
      forgetVisitorToken();
      setToken(null);
      setOutbox([]);
      setAgentTyping(null);
      setExpired(Boolean(options.expired));
      queryClient.removeQueries({ queryKey: widgetQueryKeys.conversation });
    },
    [queryClient],
  );

  useEffect(() => {
    if (!token) return;
    const opened = socketFactory(token);
    setSocket(opened);
    setConnection(opened.connected ? 'connected' : 'connecting');
    const down = () => setConnection('reconnecting');
    // A failed (re)connection that socket.io will retry: say so; a refusal is handled by the pushes.
    const failed = () => (opened.active ? down() : undefined);
    opened.on('disconnect', down);
    opened.on('connect_error', failed);
    const stopPushes = applyVisitorPushes(opened, queryClient, {
      onAgentTyping: (name, typing) => setAgentTyping(typing ? (name ?? '') : null),
      onOwnMessageStored: removeFromOutbox,
      onConnected() {
        setConnection('connected');
        for (const entry of outboxRef.current) if (!entry.refusedWith) emitEntry(opened, entry);
      },
      onRefused: () => forget({ expired: true }),
    });
    return () => {
      stopPushes();
      opened.off('disconnect', down);
      opened.off('connect_error', failed);
      opened.disconnect();
      setSocket(null);
      setConnection('idle');
    };
  }, [token, socketFactory, queryClient, emitEntry, removeFromOutbox, forget]);

  const value = useMemo<VisitorSession>(
    () => ({
      token,
      socket,
      connection,
      outbox,
      agentTyping,
      expired,
      begin(newToken: string, conversation: VisitorConversation) {
        storeVisitorToken(newToken);
        queryClient.setQueryData(widgetQueryKeys.conversation, conversation);
        setExpired(false);
        setToken(newToken);
      },
      forget,
      send(body: string) {
        const entry: OutboxEntry = {
          clientMessageId: newClientMessageId(),
          body,
          createdAt: new Date().toISOString(),
          refusedWith: null,
        };
        setOutbox((entries) => [...entries, entry]);
        if (socket) emitEntry(socket, entry);
      },
      retry(clientMessageId: string) {
        const entry = outbox.find((item) => item.clientMessageId === clientMessageId);
        if (!entry) return;
        setOutbox((entries) => entries.map((item) => (item === entry ? { ...item, refusedWith: null } : item)));
        if (socket) emitEntry(socket, { ...entry, refusedWith: null });
      },
      typing(typing: boolean) {
        if (socket?.connected) socket.emit('chat.typing', { typing });
      },
    }),
    [token, socket, connection, outbox, agentTyping, expired, queryClient, forget, emitEntry],
  );

  return <VisitorSessionContext.Provider value={value}>{children}</VisitorSessionContext.Provider>;
}
