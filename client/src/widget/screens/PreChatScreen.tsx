import { useState } from 'react';
import type { ChatAvailability, WidgetConfig } from '@shared/schemas/chat';
import { Banner } from '../../ui/Banner';
import { widgetErrorKey } from '../api/widget-error-key';
import { useStartChat } from '../hooks/useStartChat';
import { useWidgetI18n } from '../i18n/widget-i18n-context';
import { PreChatForm, preChatProblems, type PreChatValues } from './PreChatForm';
import { UnavailableScreen } from './UnavailableScreen';

interface PreChatScreenProps {
  config: { data: WidgetConfig | undefined; isPending: boolean; isError: boolean; refetch(): unknown };
  presetTopicId: string | null;
  expired: boolean;
}

/** The pre-chat form; when nobody can answer, the alternatives instead of a wait with no end. */
export function PreChatScreen({ config, presetTopicId, expired }: PreChatScreenProps) {
  const { t, locale } = useWidgetI18n();
  const start = useStartChat();
  const [unavailable, setUnavailable] = useState<{ availability: ChatAvailability; visitor: PreChatValues } | null>(
    null,
  );
  const limits = config.data?.limits ?? { messageMaxLength: 4000, nameMaxLength: 200 };

  if (unavailable) {
    return (
      <UnavailableScreen
        availability={unavailable.availability}
        visitor={unavailable.visitor}
        maxLength={limits.messageMaxLength}
        onBack={() => setUnavailable(null)}
      />
    );
  }

  const topics = (config.data?.topics ?? []).map((topic) => ({ id: topic.id, label: topic.label[locale] }));
  const placed = preChatProblems(start.error).length > 0;
  return (
    <>
      {expired ? <Banner tone="info" role="status" title={t('error.expired')} /> : null}
      <PreChatForm
        topics={topics}
        presetTopicId={presetTopicId}
        topicsLoading={config.isPending}
        topicsFailed={config.isError}
        onRetryTopics={() => void config.refetch()}
        pending={start.isPending}
        serverError={start.error}
        formError={start.isError && !placed ? widgetErrorKey(start.error) : null}
        onSubmit={(visitor) =>
          start.mutate(
            {
              name: visitor.name,
              topicId: visitor.topicId,
              locale,
              ...(visitor.email ? { email: visitor.email } : {}),
              ...(visitor.phone ? { phone: visitor.phone } : {}),
              ...(visitor.question ? { firstMessage: visitor.question } : {}),
            },
            {
              onSuccess: (response) =>
                response.kind === 'unavailable'
                  ? setUnavailable({ availability: response.availability, visitor })
                  : undefined,
            },
          )
        }
      />
    </>
  );
}
