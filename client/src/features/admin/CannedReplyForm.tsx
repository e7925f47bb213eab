import { useState, type FormEvent } from 'react';
import type { FieldProblem } from '@shared/errors';
import { CANNED_REPLY_LIMITS } from '@shared/schemas/admin-canned-replies';
import type { Locale } from '@shared/schemas/common';
import { CANNED_REPLY_PLACEHOLDERS, unknownPlaceholders } from '@shared/utils/canned-reply-placeholders';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useLocale, useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import {
  emptyCannedReplyDraft,
  localCannedReplyProblems,
  problemsByField,
  requestOfDraft,
  serverCannedReplyProblems,
  type CannedReplyDraft,
  type CannedReplyField,
} from './canned-reply-draft';
import { useSaveCannedReply } from './useSaveCannedReply';

const PROBLEMS: Record<CannedReplyField, PlainMessageKey> = {
  title: 'admin.canned.titleInvalid',
  body: 'admin.canned.bodyInvalid',
  locale: 'admin.canned.localeInvalid',
  tags: 'admin.canned.tagsInvalid',
  position: 'admin.canned.positionInvalid',
};
const KNOWN_PLACEHOLDERS = CANNED_REPLY_PLACEHOLDERS.map((name) => `{${name}}`).join(', ');

interface CannedReplyFormProps {
  draft: CannedReplyDraft;
  onDraftChange(draft: CannedReplyDraft): void;
}

/** Adds a canned reply, or edits the one picked in the table (the draft then carries its id). */
export function CannedReplyForm({ draft, onDraftChange }: CannedReplyFormProps) {
  const t = useT();
  const { locale: adminLocale } = useLocale();
  const save = useSaveCannedReply();
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const [savedTitle, setSavedTitle] = useState<string | null>(null);

  const serverProblems = serverCannedReplyProblems(save.error);
  const byField = problemsByField(checked.length > 0 ? checked : serverProblems);
  const duplicate = save.error instanceof ApiRequestError && save.error.reason === 'canned_reply_title_taken';
  const errorOf = (field: CannedReplyField): string | undefined => {
    if (!byField[field]) return undefined;
    if (field === 'title' && duplicate && checked.length === 0) return t('admin.canned.titleTaken');
    const unknown = field === 'body' ? unknownPlaceholders(draft.body) : [];
    if (unknown.length > 0) return t('admin.canned.bodyUnknownPlaceholder', { found: unknown.join(' '), known: KNOWN_PLACEHOLDERS });
    return t(PROBLEMS[field]);
  };
  const unplaced = save.isError && Object.keys(problemsByField(serverProblems)).length === 0;

  const change = (next: Partial<CannedReplyDraft>) => {
    onDraftChange({ ...draft, ...next });
    setChecked([]);
    setSavedTitle(null);
    save.reset();
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const request = requestOfDraft(draft, adminLocale);
    const problems = localCannedReplyProblems(request);
    setChecked(problems);
    if (problems.length > 0) return;
    save.mutate(
      { id: draft.id, request },
      {
        onSuccess: () => {
          setSavedTitle(request.title);
          onDraftChange(emptyCannedReplyDraft());
        },
      },
    );
  }

  const heading = draft.id ? t('admin.canned.formEdit', { title: draft.title }) : t('admin.canned.formCreate');
  return (
    <form className="admin-form" aria-label={heading} onSubmit={submit} noValidate>
      <h3 className="section-title">{heading}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.canned.title')} error={errorOf('title')}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" maxLength={CANNED_REPLY_LIMITS.title} value={draft.title} onChange={(event) => change({ title: event.target.value })} />
          )}
        </Field>
        <Field label={t('admin.canned.locale')} error={errorOf('locale')}>
          {(control) => (
            <select {...control} className="input" value={draft.locale ?? adminLocale} onChange={(event) => change({ locale: event.target.value as Locale })}>
              <option value="fr">{t('admin.canned.language.fr')}</option>
              <option value="en">{t('admin.canned.language.en')}</option>
            </select>
          )}
        </Field>
        <Field label={t('admin.canned.tags')} hint={t('admin.canned.tagsHint')} error={errorOf('tags')}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" value={draft.tags} onChange={(event) => change({ tags: event.target.value })} />
          )}
        </Field>
        <Field label={t('admin.canned.position')} hint={t('admin.canned.positionHint')} error={errorOf('position')}>
          {(control) => (
            <input {...control} className="input" type="text" inputMode="numeric" autoComplete="off" maxLength={5} value={draft.position} onChange={(event) => change({ position: event.target.value })} />
          )}
        </Field>
        <Field className="admin-form__wide" label={t('admin.canned.body')} hint={t('admin.canned.bodyHint', { placeholders: KNOWN_PLACEHOLDERS })} error={errorOf('body')}>
          {(control) => (
            <textarea {...control} className="textarea" rows={3} maxLength={CANNED_REPLY_LIMITS.body} value={draft.body} onChange={(event) => change({ body: event.target.value })} />
          )}
        </Field>
      </div>
      {unplaced ? <Banner tone="danger" role="alert" title={t(errorMessageKey(save.error))} /> : null}
      {savedTitle ? <StatusMessage>{t('admin.canned.saved', { title: savedTitle })}</StatusMessage> : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={save.isPending}>
          {draft.id ? t('admin.canned.submitEdit') : t('admin.canned.submitCreate')}
        </button>
        {draft.id ? (
          <button className="button button--ghost" type="button" onClick={() => change(emptyCannedReplyDraft())}>
            {t('admin.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
