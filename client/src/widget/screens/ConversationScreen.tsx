import type { VisitorConversation } from '@shared/schemas/chat';
import { Banner } from '../../ui/Banner';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { widgetErrorKey } from '../api/widget-error-key';
import { TypingLine } from '../conversation/TypingLine';
import { toWidgetMessages } from '../conversation/to-widget-messages';
import { WidgetComposer } from '../conversation/WidgetComposer';
import { WidgetMessageList } from '../conversation/WidgetMessageList';
import { useEndChat } from '../hooks/useEndChat';
import { useReportAgentMessagesSeen } from '../hooks/useReportAgentMessagesSeen';
import { useWidgetT } from '../i18n/widget-i18n-context';
import { useVisitorSession } from '../session/visitor-session-context';
import { WaitingNotice } from './WaitingNotice';

/** Entries stored by an older widget hold the refusal's code instead of its reason. */
function refusalKey(refusedWith: string) {
  if (refusedWith === 'rate_limited') return 'conversation.rateLimited' as const;
  return widgetErrorKey({ code: refusedWith, reason: refusedWith });
}

/** Waiting or talking: the whole history, what is still being sent, the adviser typing, the composer. */
export function ConversationScreen({
  conversation,
  maxLength,
}: {
  conversation: VisitorConversation;
  maxLength: number;
}) {
  const t = useWidgetT();
  const session = useVisitorSession();
  const endChat = useEndChat();
  useReportAgentMessagesSeen(session.socket, session.connection === 'connected', conversation.messages);

  const lastRefusal = [...session.outbox].reverse().find((entry) => entry.refusedWith)?.refusedWith ?? null;
  const typingName =
    session.agentTyping === null
      ? null
      : session.agentTyping
        ? t('conversation.typing', { name: session.agentTyping })
        : t('conversation.adviserTyping');

  return (
    <section className="widget-conversation" aria-label={t('conversation.region')}>
      {session.connection === 'reconnecting' ? (
        <Banner tone="warning" role="status" title={t('conversation.offline')} />
      ) : null}
      {conversation.state === 'waiting' ? (
        <WaitingNotice
          position={conversation.queue?.position ?? null}
          estimatedWaitSeconds={conversation.queue?.estimatedWaitSeconds ?? null}
        />
      ) : null}
      <WidgetMessageList messages={toWidgetMessages(conversation.messages, session.outbox)} onRetry={session.retry} />
      <TypingLine text={typingName} />
      <WidgetComposer
        maxLength={maxLength}
        notice={lastRefusal ? t(refusalKey(lastRefusal)) : null}
        onSend={session.send}
        onTyping={session.typing}
      />
      {endChat.isError ? <Banner tone="danger" role="alert" title={t(widgetErrorKey(endChat.error))} /> : null}
      <ConfirmAction
        label={t('conversation.end')}
        question={t('conversation.endConfirm')}
        confirmLabel={t('conversation.endYes')}
        cancelLabel={t('conversation.endNo')}
        busy={endChat.isPending}
        onConfirm={() => endChat.mutate()}
      />
    </section>
  );
}
