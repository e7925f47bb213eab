import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { Field } from '../../ui/Field';
import { useTypingSignal } from '../../ui/useTypingSignal';
import { useWidgetT } from '../i18n/widget-i18n-context';

interface WidgetComposerProps {
  maxLength: number;
  /** A refusal to show under the field (rate limit…), already translated. */
  notice: string | null;
  onSend(body: string): void;
  onTyping(typing: boolean): void;
}

/** Enter sends, Shift+Enter starts a new line. Too long a message is explained, not cut. */
export function WidgetComposer({ maxLength, notice, onSend, onTyping }: WidgetComposerProps) {
  const t = useWidgetT();
  const [text, setText] = useState('');
  const typing = useTypingSignal(onTyping);
  const length = text.trim().length;
  const tooLong = length > maxLength;

  function send(event?: FormEvent) {
    event?.preventDefault();
    const body = text.trim();
    if (!body || tooLong) return;
    typing.stop();
    onSend(body);
    setText('');
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) send(event);
  }

  return (
    <form className="widget-composer" onSubmit={send} noValidate>
      <Field
        label={t('conversation.composer')}
        error={tooLong ? t('conversation.tooLong', { max: maxLength, length }) : (notice ?? undefined)}
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
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
      <button className="button button--primary" type="submit" disabled={tooLong}>
        {t('conversation.send')}
      </button>
    </form>
  );
}
