import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { closeChatRequestSchema } from '@shared/schemas/chat';
import { LIMITS } from '@shared/schemas/limits';
import { problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useCloseChat } from './useCloseChat';
import { DispositionField } from '../phone';

/** A disposition must be picked; an empty note is left out. */
const formSchema = z
  .object({ disposition: z.string().min(1, problem('chat.close.dispositionRequired')), note: z.string().trim() })
  .transform(({ disposition, note }) => ({ disposition, ...(note ? { note } : {}) }))
  .pipe(closeChatRequestSchema);

/** Ends the chat with its outcome (the same dispositions as calls) and an optional note. */
export function CloseChatForm({ chatId, onCancel }: { chatId: string; onCancel(): void }) {
  const t = useT();
  const close = useCloseChat(chatId);
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: { disposition: '', note: '' } });
  const errorText = useFieldErrorText(form.formState.errors);

  const submit = form.handleSubmit((request) => {
    if (close.isPending) return;
    close.mutate(request);
  });

  return (
    <form className="chat-close" aria-label={t('chat.close.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('chat.close.form')}</h3>
      <Controller
        control={form.control}
        name="disposition"
        render={({ field }) => (
          <DispositionField
            label={t('chat.close.disposition')}
            chooseLabel={t('chat.close.choose')}
            value={field.value}
            error={errorText('disposition')}
            onChange={field.onChange}
          />
        )}
      />
      <Field label={t('chat.close.note')}>
        {(control) => (
          <textarea {...control} {...form.register('note')} className="textarea" rows={2} maxLength={LIMITS.noteBody} />
        )}
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
