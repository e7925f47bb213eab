import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { upsertDispositionRequestSchema } from '@shared/schemas/admin-telephony';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
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

/** Checked here too so the common slips are said at once; the request schema and the server have the last word. */
const formSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_]{1,62}$/, problem(PROBLEMS.code)),
    labelFr: z.string().trim().min(1, problem(PROBLEMS.labelFr)).max(100, problem(PROBLEMS.labelFr)),
    labelEn: z.string().trim().min(1, problem(PROBLEMS.labelEn)).max(100, problem(PROBLEMS.labelEn)),
    position: z
      .string()
      .trim()
      .refine(
        (position) => position === '' || (/^\d+$/.test(position) && Number(position) <= 10_000),
        problem(PROBLEMS.position),
      ),
  })
  .transform(({ position, ...labels }) => ({ ...labels, ...(position ? { position: Number(position) } : {}) }))
  .pipe(upsertDispositionRequestSchema);

interface DispositionFormProps {
  /** What the form starts from: empty, or the disposition being edited (the parent re-keys the form to switch). */
  initial: DispositionDraft;
}

/** One form for both: a new code adds a disposition, an existing one renames it. */
export function DispositionForm({ initial }: DispositionFormProps) {
  const t = useT();
  const save = useSaveDisposition();
  const form = useForm({ resolver: zodResolver(formSchema), defaultValues: initial });
  const errorText = useFieldErrorText(form.formState.errors);
  const placed = placeFieldErrors(save.error, FIELDS, (field) => PROBLEMS[field]);

  const submit = form.handleSubmit((request) => {
    if (save.isPending) return;
    save.mutate(request, {
      onSuccess: () => form.reset(EMPTY_DRAFT),
      onError: (error) =>
        setServerFieldErrors(fieldProblemsOf(error), form.setError, FIELDS, (field) => PROBLEMS[field]),
    });
  });

  return (
    <form className="admin-form" aria-label={t('admin.dispositions.form')} onSubmit={submit} noValidate>
      <h3 className="section-title">{t('admin.dispositions.form')}</h3>
      <div className="admin-form__fields">
        {FIELDS.map((field) => (
          <Field
            key={field}
            label={t(LABELS[field])}
            hint={
              field === 'code'
                ? t('admin.dispositions.codeHint')
                : field === 'position'
                  ? t('admin.dispositions.positionHint')
                  : undefined
            }
            error={errorText(field)}
          >
            {(control) => (
              <input
                {...control}
                {...form.register(field)}
                className="input"
                type="text"
                inputMode={field === 'position' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={field === 'code' ? false : undefined}
                maxLength={field === 'position' ? 5 : 100}
              />
            )}
          </Field>
        ))}
      </div>
      {save.isError && placed.unplaced ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(save.error))} />
      ) : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={save.isPending}>
          {t('admin.dispositions.submit')}
        </button>
      </div>
    </form>
  );
}
