import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ChatSummary } from '@shared/schemas/chat';
import { LIMITS } from '@shared/schemas/limits';
import { fillCannedReply } from '@shared/utils/canned-reply-placeholders';
import { useT } from '../../app/i18n/i18n-context';
import { Field } from '../../ui/Field';
import { useTypingSignal } from '../../ui/useTypingSignal';
import { newClientMessageId } from '../../api/client-message-id';
import { CannedReplyPicker } from './CannedReplyPicker';
import { useSendChatMessage } from './useSendChatMessage';
import { useSendChatTyping } from './useSendChatTyping';

/** My reply: Enter sends, Shift+Enter starts a line; canned replies are inserted where the cursor is. */
export function ChatComposer({
  chat,
  agentName,
  drafts,
}: {
  chat: ChatSummary;
  agentName: string;
  drafts: Map<string, string>;
}) {
  const t = useT();
  const send = useSendChatMessage(chat.id);
  const sendTyping = useSendChatTyping(chat.id);
  const typing = useTypingSignal((value) => sendTyping.mutate(value));
  const [text, setTextState] = useState(() => drafts.get(chat.id) ?? '');
  const setText = (next: string) => {
    setTextState(next);
    drafts.set(chat.id, next);
  };
  const [picking, setPicking] = useState(false);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const length = text.trim().length;
  const tooLong = length > LIMITS.chatMessage;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const body = text.trim();
    if (!body || tooLong) return;
    typing.stop();
    send.mutate({ chatId: chat.id, clientMessageId: newClientMessageId(), body });
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  }

  function insert(snippet: string) {
    const field = fieldRef.current;
    const start = field?.selectionStart ?? text.length;
    const end = field?.selectionEnd ?? text.length;
    const next = text.slice(0, start) + snippet + text.slice(end);
    setText(next);
    setPicking(false);
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + snippet.length, start + snippet.length);
    });
  }

  return (
    <form className="chat-composer" onSubmit={submit} noValidate>
      <Field
        label={t('chat.composer')}
        error={tooLong ? t('chat.tooLong', { max: LIMITS.chatMessage, length }) : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            ref={fieldRef}
            className="textarea"
            rows={3}
            value={text}
            onKeyDown={onKeyDown}
            onChange={(event) => {
              setText(event.target.value);
              if (event.target.value) typing.keystroke();
              else typing.stop();
            }}
          />
        )}
      </Field>
      {picking ? (
        <CannedReplyPicker
          onClose={() => setPicking(false)}
          onPick={(reply) => insert(fillCannedReply(reply.body, { agentName, visitorName: chat.visitorName }))}
        />
      ) : null}
      <div className="chat-composer__actions">
        {picking ? null : (
          <button className="button" type="button" aria-expanded={false} onClick={() => setPicking(true)}>
            {t('chat.canned.open')}
          </button>
        )}
        <button className="button button--primary" type="submit" disabled={tooLong}>
          {t('chat.send')}
        </button>
      </div>
    </form>
  );
}
