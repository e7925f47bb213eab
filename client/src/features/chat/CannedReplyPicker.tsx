import { useState } from 'react';
import type { CannedReply } from '@shared/schemas/chat';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { useDebouncedValue } from '../../ui/useDebouncedValue';
import { useCannedReplies } from './useCannedReplies';

const TYPING_PAUSE_MS = 250;

/** Ready-made answers to pick from; the chosen one goes into the composer, where the agent can edit it. */
export function CannedReplyPicker({ onPick, onClose }: { onPick(reply: CannedReply): void; onClose(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const [text, setText] = useState('');
  const [term] = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const replies = useCannedReplies(term, locale, true);

  return (
    <div className="canned-replies" role="group" aria-label={t('chat.canned.list')}>
      <Field label={t('chat.canned.search')}>
        {(control) => (
          <input
            {...control}
            className="input"
            type="search"
            autoComplete="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      {replies.isPending ? <StatusMessage>{t('app.loading')}</StatusMessage> : null}
      {replies.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(replies.error))} /> : null}
      {replies.data?.length === 0 ? <StatusMessage>{t('chat.canned.none')}</StatusMessage> : null}
      {replies.data && replies.data.length > 0 ? (
        <ul className="plain-list canned-replies__list">
          {replies.data.map((reply) => (
            <li key={reply.id}>
              <button
                className="canned-reply"
                type="button"
                aria-label={t('chat.canned.insert', { title: reply.title })}
                onClick={() => onPick(reply)}
              >
                <span className="canned-reply__title">{reply.title}</span>
                <span className="canned-reply__body">{reply.body}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <button className="button button--ghost" type="button" onClick={onClose}>
        {t('chat.canned.close')}
      </button>
    </div>
  );
}
