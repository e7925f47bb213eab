import { useState, type FormEvent } from 'react';
import { LIMITS } from '@shared/schemas/limits';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useCloseChat } from './useCloseChat';
import { DispositionField } from '../phone';

/** Ends the chat with its outcome (the same dispositions as calls) and an optional note. */
export function CloseChatForm({ chatId, onCancel }: { chatId: string; onCancel(): void }) {
  const t = useT();
  const close = useCloseChat(chatId);
  const [disposition, setDisposition] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (close.isPending) return;
    if (!disposition) {
      setMissing(true);
      return;
    }
    close.mutate({ disposition, ...(note.trim() ? { note: note.trim() } : {}) });
  }

  return (
    <form className="chat-close" aria-label={t('chat.close.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('chat.close.form')}</h3>
      <DispositionField
        label={t('chat.close.disposition')}
        chooseLabel={t('chat.close.choose')}
        value={disposition}
        error={missing ? t('chat.close.dispositionRequired') : undefined}
        onChange={(code) => {
          setDisposition(code);
          setMissing(false);
        }}
      />
      <Field label={t('chat.close.note')}>
        {(control) => <textarea {...control} className="textarea" rows={2} maxLength={LIMITS.noteBody} value={note} onChange={(event) => setNote(event.target.value)} />}
      </Field>
      {close.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(close.error))} /> : null}
      <div className="chat-close__actions">
        <button className="button button--primary" type="submit" aria-busy={close.isPending}>
          {t('chat.close.submit')}
        </button>
        <button className="button button--ghost" type="button" onClick={onCancel}>
          {t('chat.close.cancel')}
        </button>
      </div>
    </form>
  );
}
