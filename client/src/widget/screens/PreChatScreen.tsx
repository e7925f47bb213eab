import { useState } from 'react';
import type { ChatAvailability, WidgetConfig } from '@shared/schemas/chat';
import { ApiRequestError } from '../../api/http';
import { Banner } from '../../ui/Banner';
import { widgetErrorKey } from '../api/widget-error-key';
import { useStartChat } from '../hooks/useStartChat';
import { useWidgetI18n } from '../i18n/widget-i18n-context';
import { PreChatForm, type PreChatFieldErrors, type PreChatValues } from './PreChatForm';
import { UnavailableScreen } from './UnavailableScreen';

/** The server's field paths, to the form's fields and what to say there. */
const SERVER_FIELDS: Record<string, [keyof PreChatFieldErrors, NonNullable<PreChatFieldErrors[keyof PreChatFieldErrors]>]> = {
  name: ['name', 'prechat.nameRequired'],
  email: ['email', 'prechat.emailInvalid'],
  phone: ['phone', 'prechat.phoneInvalid'],
  topicId: ['topicId', 'prechat.topicRequired'],
  firstMessage: ['question', 'prechat.questionTooLong'],
};

function serverFieldErrors(error: unknown): PreChatFieldErrors {
  const errors: PreChatFieldErrors = {};
  if (!(error instanceof ApiRequestError)) return errors;
  for (const problem of error.fields) {
    const target = SERVER_FIELDS[problem.path];
    if (target) errors[target[0]] = target[1];
  }
  return errors;
}

interface PreChatScreenProps {
  config: { data: WidgetConfig | undefined; isPending: boolean; isError: boolean; refetch(): unknown };
  presetTopicId: string | null;
  expired: boolean;
}

/** The pre-chat form; when nobody can answer, the alternatives instead of a wait with no end. */
export function PreChatScreen({ config, presetTopicId, expired }: PreChatScreenProps) {
  const { t, locale } = useWidgetI18n();
  const start = useStartChat();
  const [unavailable, setUnavailable] = useState<{ availability: ChatAvailability; visitor: PreChatValues } | null>(null);
  const limits = config.data?.limits ?? { messageMaxLength: 4000, nameMaxLength: 200 };

  if (unavailable) {
    return <UnavailableScreen availability={unavailable.availability} visitor={unavailable.visitor} maxLength={limits.messageMaxLength} onBack={() => setUnavailable(null)} />;
  }

  const topics = (config.data?.topics ?? []).map((topic) => ({ id: topic.id, label: topic.label[locale] }));
  const fieldErrors = serverFieldErrors(start.error);
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
        serverErrors={fieldErrors}
        formError={start.isError && Object.keys(fieldErrors).length === 0 ? widgetErrorKey(start.error) : null}
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
            { onSuccess: (response) => (response.kind === 'unavailable' ? setUnavailable({ availability: response.availability, visitor }) : undefined) },
          )
        }
      />
    </>
  );
}
