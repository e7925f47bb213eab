import { useState, type FormEvent } from 'react';
import type { UpsertDispositionRequest } from '@shared/schemas/admin-telephony';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { placeFieldErrors } from './field-errors';
import { useSaveDisposition } from './useSaveDisposition';

const FIELDS = ['code', 'labelFr', 'labelEn', 'position'] as const;
type FieldName = (typeof FIELDS)[number];
export type DispositionDraft = Record<FieldName, string>;
export const EMPTY_DRAFT: DispositionDraft = { code: '', labelFr: '', labelEn: '', position: '' };

const LABELS: Record<FieldName, PlainMessageKey> = {
  code: 'admin.dispositions.code',
  labelFr: 'admin.dispositions.labelFr',
  labelEn: 'admin.dispositions.labelEn',
  position: 'admin.dispositions.position',
};
const PROBLEMS: Record<FieldName, PlainMessageKey> = {
  code: 'admin.dispositions.codeInvalid',
  labelFr: 'admin.dispositions.labelRequired',
  labelEn: 'admin.dispositions.labelRequired',
  position: 'admin.dispositions.positionInvalid',
};
const CODE_PATTERN = /^[a-z][a-z0-9_]{1,62}$/;

/** Checked here too so the common slips are said at once; the server has the last word. */
function localProblems(draft: DispositionDraft): Partial<Record<FieldName, PlainMessageKey>> {
  const problems: Partial<Record<FieldName, PlainMessageKey>> = {};
  if (!CODE_PATTERN.test(draft.code.trim())) problems.code = PROBLEMS.code;
  if (draft.labelFr.trim() === '') problems.labelFr = PROBLEMS.labelFr;
  if (draft.labelEn.trim() === '') problems.labelEn = PROBLEMS.labelEn;
  const position = draft.position.trim();
  if (position !== '' && !(/^\d+$/.test(position) && Number(position) <= 10_000)) problems.position = PROBLEMS.position;
  return problems;
}

interface DispositionFormProps {
  draft: DispositionDraft;
  onDraftChange(draft: DispositionDraft): void;
}

/** One form for both: a new code adds a disposition, an existing one renames it. */
export function DispositionForm({ draft, onDraftChange }: DispositionFormProps) {
  const t = useT();
  const save = useSaveDisposition();
  const [checked, setChecked] = useState<Partial<Record<FieldName, PlainMessageKey>>>({});

  const placed = placeFieldErrors(save.error, FIELDS, (field) => PROBLEMS[field]);
  const errorOf = (field: FieldName) => {
    const key = checked[field] ?? placed.byField[field];
    return key ? t(key) : undefined;
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const problems = localProblems(draft);
    setChecked(problems);
    if (Object.keys(problems).length > 0) return;
    const position = draft.position.trim();
    const request: UpsertDispositionRequest = {
      code: draft.code.trim(),
      labelFr: draft.labelFr.trim(),
      labelEn: draft.labelEn.trim(),
      ...(position ? { position: Number(position) } : {}),
    };
    save.mutate(request, { onSuccess: () => onDraftChange(EMPTY_DRAFT) });
  }

  return (
    <form className="admin-form" aria-label={t('admin.dispositions.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('admin.dispositions.form')}</h3>
      <div className="admin-form__fields">
        {FIELDS.map((field) => (
          <Field
            key={field}
            label={t(LABELS[field])}
            hint={field === 'code' ? t('admin.dispositions.codeHint') : field === 'position' ? t('admin.dispositions.positionHint') : undefined}
            error={errorOf(field)}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="text"
                inputMode={field === 'position' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={field === 'code' ? false : undefined}
                maxLength={field === 'position' ? 5 : 100}
                value={draft[field]}
                onChange={(event) => {
                  onDraftChange({ ...draft, [field]: event.target.value });
                  setChecked((current) => ({ ...current, [field]: undefined }));
                }}
              />
            )}
          </Field>
        ))}
      </div>
      {save.isError && placed.unplaced ? <Banner tone="danger" role="alert" title={t(errorMessageKey(save.error))} /> : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={save.isPending}>
          {t('admin.dispositions.submit')}
        </button>
      </div>
    </form>
  );
}
