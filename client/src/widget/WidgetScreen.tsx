import { useEffect } from 'react';
import { ApiRequestError } from '../api/http';
import { Banner } from '../ui/Banner';
import { StatusMessage } from '../ui/StatusMessage';
import { widgetErrorKey } from './api/widget-error-key';
import { useRequestTranscript } from './hooks/useRequestTranscript';
import { useVisitorConversation } from './hooks/useVisitorConversation';
import { useWidgetConfig } from './hooks/useWidgetConfig';
import { useWidgetT } from './i18n/widget-i18n-context';
import { ConversationScreen } from './screens/ConversationScreen';
import { EndScreen } from './screens/EndScreen';
import { PreChatScreen } from './screens/PreChatScreen';
import { useVisitorSession } from './session/visitor-session-context';

function isGone(error: unknown): boolean {
  return (
    error instanceof ApiRequestError &&
    (error.code === 'not_found' || error.code === 'unauthenticated' || error.code === 'forbidden')
  );
}

/** Which screen the visitor is on follows from the server: no conversation, waiting or active, ended. */
export function WidgetScreen({ presetTopicId }: { presetTopicId: string | null }) {
  const t = useWidgetT();
  const session = useVisitorSession();
  const config = useWidgetConfig();
  const conversation = useVisitorConversation(session.token);
  const transcript = useRequestTranscript();
  const gone = conversation.isError && isGone(conversation.error);
  const { forget } = session;

  useEffect(() => {
    if (gone) forget({ expired: true });
  }, [gone, forget]);

  if (!session.token) return <PreChatScreen config={config} presetTopicId={presetTopicId} expired={session.expired} />;
  if (conversation.isPending || gone) return <StatusMessage>{t('widget.loading')}</StatusMessage>;
  if (conversation.isError) {
    return (
      <Banner tone="danger" role="alert" title={t(widgetErrorKey(conversation.error))}>
        <button className="button" type="button" onClick={() => void conversation.refetch()}>
          {t('widget.retry')}
        </button>
      </Banner>
    );
  }
  const maxLength = config.data?.limits.messageMaxLength ?? 4000;
  if (conversation.data.state === 'ended') {
    return (
      <EndScreen
        endedBy={conversation.data.endedBy === 'system' ? null : conversation.data.endedBy}
        initialEmail={conversation.data.email ?? ''}
        pending={transcript.isPending}
        sentTo={transcript.data?.to ?? null}
        error={transcript.isError ? widgetErrorKey(transcript.error) : null}
        onSendTranscript={(email) => transcript.mutate(email)}
        onNewChat={() => forget()}
      />
    );
  }
  return <ConversationScreen conversation={conversation.data} maxLength={maxLength} />;
}
