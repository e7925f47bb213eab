import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { LIMITS } from '@shared/schemas/limits';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { useAppendNote } from './useAppendNote';

/** Field problems as the agent can act on them: the body one in their language, others as sent. */
function useFieldProblems(error: unknown): string[] {
  const t = useT();
  if (!(error instanceof ApiRequestError)) return [];
  return error.fields.map((field) =>
    field.path === 'body' ? t('note.bodyInvalid', { max: LIMITS.noteBody }) : `${field.path}: ${field.message}`,
  );
}

export function NoteComposer({ customerId }: { customerId: string }) {
  const t = useT();
  const appendNote = useAppendNote(customerId);
  const [body, setBody] = useState('');
  const [emptyTried, setEmptyTried] = useState(false);
  const fieldProblems = useFieldProblems(appendNote.error);
  const nearLimit = body.length > LIMITS.noteBody * 0.9;

  function submit() {
    if (appendNote.isPending) return;
    if (body.trim() === '') {
      setEmptyTried(true);
      return;
    }
    appendNote.mutate(body, { onSuccess: () => setBody('') });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form className="note-composer" onSubmit={onSubmit} noValidate>
      <Field
        label={t('note.label')}
        hint={
          <>
            <span className={nearLimit ? 'counter counter--near-limit' : 'counter'}>
              {t('note.counter', { count: body.length, max: LIMITS.noteBody })}
            </span>
            <span className="note-composer__shortcut">{t('note.shortcut')}</span>
          </>
        }
        error={emptyTried && body.trim() === '' ? t('note.empty') : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            className="textarea"
            rows={2}
            maxLength={LIMITS.noteBody}
            placeholder={t('note.placeholder')}
            value={body}
            onChange={(event) => {
              setBody(event.target.value);
              setEmptyTried(false);
            }}
            onKeyDown={onKeyDown}
          />
        )}
      </Field>
      {appendNote.isError ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(appendNote.error))}>
          {fieldProblems.length > 0 ? (
            <ul className="plain-list">
              {fieldProblems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </Banner>
      ) : null}
      <div className="note-composer__actions">
        <button className="button button--primary" type="submit" aria-busy={appendNote.isPending}>
          {t('note.submit')}
        </button>
      </div>
    </form>
  );
}
