import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { CANNED_REPLY_LIMITS, createCannedReplyRequestSchema } from '@shared/schemas/admin-canned-replies';
import { localeSchema } from '@shared/schemas/common';
import { CANNED_REPLY_PLACEHOLDERS, unknownPlaceholders } from '@shared/utils/canned-reply-placeholders';
import { ApiRequestError } from '../../api/http';
import { fieldProblemsOf, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { checkedAgainst } from '../../ui/form/contract-checks';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { StatusMessage } from '../../ui/StatusMessage';
import {
  CANNED_REPLY_FIELDS,
  requestOfDraft,
  type CannedReplyDraft,
  type CannedReplyField,
} from './canned-reply-draft';
import { placeFieldErrors } from './field-errors';
import { useSaveCannedReply } from './useSaveCannedReply';
import { NumericInput } from '../../ui/form/NumericInput';

const PROBLEMS: Record<CannedReplyField, PlainMessageKey> = {
  title: 'admin.canned.titleInvalid',
  body: 'admin.canned.bodyInvalid',
  locale: 'admin.canned.localeInvalid',
  tags: 'admin.canned.tagsInvalid',
  position: 'admin.canned.positionInvalid',
};
const KNOWN_PLACEHOLDERS = CANNED_REPLY_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

/** The form as typed, turned into the request and checked by the server's own schema before sending. */
function formSchemaFor(adminLocale: z.infer<typeof localeSchema>) {
  return z
    .object({ title: z.string(), body: z.string(), locale: localeSchema, tags: z.string(), position: z.string() })
    .transform((draft) => requestOfDraft(draft, adminLocale))
    .transform(checkedAgainst(createCannedReplyRequestSchema, CANNED_REPLY_FIELDS, (field) => PROBLEMS[field]));
}

interface CannedReplyFormProps {
  /** Empty, or the reply picked in the table (it carries its id); the parent re-keys the form for each pick. */
  initial: CannedReplyDraft;
  /** The form emptied itself (saved, or editing cancelled): the parent forgets the picked reply without re-keying. */
  onReset(): void;
}

/** Adds a canned reply, or edits the one picked in the table. */
export function CannedReplyForm({ initial, onReset }: CannedReplyFormProps) {
  const t = useT();
  const { locale: adminLocale } = useLocale();
  const save = useSaveCannedReply();
  const [savedTitle, setSavedTitle] = useState<string | null>(null);
  const formSchema = useMemo(() => formSchemaFor(adminLocale), [adminLocale]);
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: {
      title: initial.title,
      body: initial.body,
      locale: initial.locale ?? adminLocale,
      tags: initial.tags,
      position: initial.position,
    },
  });
  const errorText = useFieldErrorText(form.formState.errors);
  // Until the admin picks a language, a new reply is in theirs, even when it changes (e.g. once their profile loads).
  const { resetField, getFieldState } = form;
  useEffect(() => {
    if (!initial.locale && !getFieldState('locale').isDirty) resetField('locale', { defaultValue: adminLocale });
  }, [adminLocale, initial.locale, resetField, getFieldState]);
  const body = form.watch('body');
  const bodyError = (): string | undefined => {
    if (!errorText('body')) return undefined;
    const unknown = unknownPlaceholders(body);
    return unknown.length > 0
      ? t('admin.canned.bodyUnknownPlaceholder', { found: unknown.join(' '), known: KNOWN_PLACEHOLDERS })
      : errorText('body');
  };
  const unplaced =
    save.isError && placeFieldErrors(save.error, CANNED_REPLY_FIELDS, (field) => PROBLEMS[field]).unplaced;

  // Typing again takes back the last answer: the saved note and the server's error banner.
  const onChange = () => {
    setSavedTitle(null);
    save.reset();
  };
  const field = (name: CannedReplyField) => form.register(name, { onChange });

  const clear = () => {
    form.reset({ title: '', body: '', locale: adminLocale, tags: '', position: '' });
    onReset();
  };

  const submit = form.handleSubmit((request) => {
    if (save.isPending) return;
    save.mutate(
      { id: initial.id, request },
      {
        onSuccess: () => {
          setSavedTitle(request.title);
          clear();
        },
        onError: (error) => {
          // A title clash has its own reason; it lands on the title.
          const taken = error instanceof ApiRequestError && error.reason === 'canned_reply_title_taken';
          setServerFieldErrors(fieldProblemsOf(error), form.setError, CANNED_REPLY_FIELDS, (name) =>
            name === 'title' && taken ? 'admin.canned.titleTaken' : PROBLEMS[name],
          );
        },
      },
    );
  });

  const heading = initial.id ? t('admin.canned.formEdit', { title: initial.title }) : t('admin.canned.formCreate');
  return (
    <form className="admin-form" aria-label={heading} onSubmit={submit} noValidate>
      <h3 className="section-title">{heading}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.canned.title')} error={errorText('title')}>
          {(control) => (
            <input
              {...control}
              {...field('title')}
              className="input"
              type="text"
              autoComplete="off"
              maxLength={CANNED_REPLY_LIMITS.title}
            />
          )}
        </Field>
        <Field label={t('admin.canned.locale')} error={errorText('locale')}>
          {(control) => (
            <select {...control} {...field('locale')} className="input">
              <option value="fr">{t('admin.canned.language.fr')}</option>
              <option value="en">{t('admin.canned.language.en')}</option>
            </select>
          )}
        </Field>
        <Field label={t('admin.canned.tags')} hint={t('admin.canned.tagsHint')} error={errorText('tags')}>
          {(control) => <input {...control} {...field('tags')} className="input" type="text" autoComplete="off" />}
        </Field>
        <Field label={t('admin.canned.position')} hint={t('admin.canned.positionHint')} error={errorText('position')}>
          {(control) => <NumericInput {...control} {...field('position')} maxLength={5} />}
        </Field>
        <Field
          className="admin-form__wide"
          label={t('admin.canned.body')}
          hint={t('admin.canned.bodyHint', { placeholders: KNOWN_PLACEHOLDERS })}
          error={bodyError()}
        >
          {(control) => (
            <textarea
              {...control}
              {...field('body')}
              className="textarea"
              rows={3}
              maxLength={CANNED_REPLY_LIMITS.body}
            />
          )}
        </Field>
      </div>
      {unplaced ? <Banner tone="danger" role="alert" title={t(errorMessageKey(save.error))} /> : null}
      {savedTitle ? <StatusMessage>{t('admin.canned.saved', { title: savedTitle })}</StatusMessage> : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={save.isPending}>
          {initial.id ? t('admin.canned.submitEdit') : t('admin.canned.submitCreate')}
        </button>
        {initial.id ? (
          <button
            className="button button--ghost"
            type="button"
            onClick={() => {
              onChange();
              clear();
            }}
          >
            {t('admin.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
