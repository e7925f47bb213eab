import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import type { FieldProblem } from '@shared/errors';
import {
  afterHoursActionSchema,
  createQueueRequestSchema,
  WEEK_DAYS,
  type WeekDay,
} from '@shared/schemas/admin-routing';
import { CHANNELS, channelSchema } from '@shared/schemas/common';
import { useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { checkedAgainst } from '../../ui/form/contract-checks';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { StatusMessage } from '../../ui/StatusMessage';
import { BusinessHoursEditor } from './BusinessHoursEditor';
import {
  emptyQueueDraft,
  formFieldOfPath,
  requestOfDraft,
  serverQueueProblems,
  TIME_ZONES,
  type DayDraft,
  type QueueDraft,
  type QueueFormField,
  type QueueValues,
} from './queue-draft';
import { useCreateQueue } from './useCreateQueue';
import { useUpdateQueue } from './useUpdateQueue';
import { NumericInput } from '../../ui/form/NumericInput';

const PROBLEMS: Record<Exclude<QueueFormField, `hours.${string}`>, PlainMessageKey> = {
  name: 'admin.queues.nameInvalid',
  channels: 'admin.queues.channelsInvalid',
  skills: 'admin.queues.skillsInvalid',
  priority: 'admin.queues.priorityInvalid',
  timeZone: 'admin.queues.timeZoneInvalid',
  serviceLevelPercent: 'admin.queues.percentInvalid',
  serviceLevelSeconds: 'admin.queues.secondsInvalid',
  afterHoursAction: 'admin.queues.afterHoursInvalid',
};

function messageOf(field: QueueFormField, problem: FieldProblem): PlainMessageKey {
  if (field.startsWith('hours.')) return 'admin.queues.hoursInvalid';
  if (field === 'name' && problem.message === 'taken') return 'admin.queues.nameTaken';
  return PROBLEMS[field as keyof typeof PROBLEMS];
}

const dayDraftSchema = z.object({
  mode: z.enum(['closed', 'one', 'two']),
  intervals: z.tuple([z.tuple([z.string(), z.string()]), z.tuple([z.string(), z.string()])]),
});

/** The draft as typed, turned into the request and checked by the same contract the server applies, before sending. */
const formSchema = z
  .object({
    name: z.string(),
    channels: z.array(channelSchema),
    skills: z.string(),
    priority: z.string(),
    timeZone: z.string(),
    hours: z.record(z.enum(WEEK_DAYS), dayDraftSchema),
    serviceLevelPercent: z.string(),
    serviceLevelSeconds: z.string(),
    afterHoursAction: afterHoursActionSchema,
  })
  .transform((values) => requestOfDraft(values))
  .transform(checkedAgainst(createQueueRequestSchema, formFieldOfPath, messageOf));

const valuesOf = ({ id: _id, ...values }: QueueDraft): QueueValues => values;

interface QueueFormProps {
  /** Empty, or the queue picked in the table (it carries its id); the parent re-keys the form for each pick. */
  initial: QueueDraft;
  /** The form emptied itself (saved, or editing cancelled): the parent forgets the picked queue without re-keying. */
  onReset(): void;
}

/** Creates a queue, or edits the one picked in the table. */
export function QueueForm({ initial, onReset }: QueueFormProps) {
  const t = useT();
  const create = useCreateQueue();
  const update = useUpdateQueue();
  const [savedName, setSavedName] = useState<string | null>(null);
  const mutation = initial.id ? update : create;
  const form = useForm<z.input<typeof formSchema>, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: valuesOf(initial),
  });
  const errorText = useFieldErrorText(form.formState.errors);
  const serverProblems = serverQueueProblems(mutation.error);
  const placed = serverProblems.some((problem) => formFieldOfPath(problem.path));

  const clear = () => {
    form.reset(valuesOf(emptyQueueDraft()));
    onReset();
  };
  // Changing anything takes back the last "saved" note.
  const onChange = () => setSavedName(null);

  const submit = form.handleSubmit((request) => {
    if (create.isPending || update.isPending) return;
    const done = {
      onSuccess: () => {
        setSavedName(request.name);
        clear();
      },
      onError: (error: unknown) => {
        const problems = serverQueueProblems(error).flatMap((problem) => {
          const field = formFieldOfPath(problem.path);
          return field ? [{ ...problem, path: field }] : [];
        });
        setServerFieldErrors(
          problems,
          form.setError,
          [...new Set(problems.map((problem) => problem.path as QueueFormField))],
          messageOf,
        );
      },
    };
    if (initial.id) update.mutate({ id: initial.id, request }, done);
    else create.mutate(request, done);
  });

  const timeZone = form.watch('timeZone');
  const zones = TIME_ZONES.includes(timeZone) ? TIME_ZONES : [timeZone, ...TIME_ZONES];
  const title = initial.id ? t('admin.queues.formEdit', { name: initial.name }) : t('admin.queues.formCreate');
  const channelsError = errorText('channels');
  const channelsErrorId = useId();
  const field = (name: Parameters<typeof form.register>[0]) => form.register(name, { onChange });

  return (
    <form className="admin-form" aria-label={title} onSubmit={submit} noValidate>
      <h3 className="section-title">{title}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.queues.name')} error={errorText('name')}>
          {(control) => (
            <input {...control} {...field('name')} className="input" type="text" autoComplete="off" maxLength={100} />
          )}
        </Field>
        <Controller
          control={form.control}
          name="channels"
          render={({ field: channels }) => (
            <fieldset className="field" aria-describedby={channelsError ? channelsErrorId : undefined}>
              <legend className="field__label">{t('admin.queues.channels')}</legend>
              {CHANNELS.map((channel) => (
                <label key={channel} className="checkbox">
                  <input
                    type="checkbox"
                    checked={channels.value.includes(channel)}
                    onChange={(event) => {
                      // Kept in the order of CHANNELS, whatever the order of the clicks.
                      const on = event.target.checked;
                      channels.onChange(
                        on
                          ? CHANNELS.filter((c) => c === channel || channels.value.includes(c))
                          : channels.value.filter((c) => c !== channel),
                      );
                      onChange();
                    }}
                  />{' '}
                  {t(`channel.${channel}`)}
                </label>
              ))}
              {channelsError ? (
                <div className="field__error" id={channelsErrorId}>
                  {channelsError}
                </div>
              ) : null}
            </fieldset>
          )}
        />
        <Field label={t('admin.queues.skills')} hint={t('admin.queues.skillsHint')} error={errorText('skills')}>
          {(control) => (
            <input
              {...control}
              {...field('skills')}
              className="input"
              type="text"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field label={t('admin.queues.priority')} hint={t('admin.queues.priorityHint')} error={errorText('priority')}>
          {(control) => <NumericInput {...control} {...field('priority')} maxLength={3} />}
        </Field>
        <Field label={t('admin.queues.timeZone')} error={errorText('timeZone')}>
          {(control) => (
            <select {...control} {...field('timeZone')} className="input">
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.queues.serviceLevelPercent')} error={errorText('serviceLevelPercent')}>
          {(control) => <NumericInput {...control} {...field('serviceLevelPercent')} maxLength={3} />}
        </Field>
        <Field label={t('admin.queues.serviceLevelSeconds')} error={errorText('serviceLevelSeconds')}>
          {(control) => <NumericInput {...control} {...field('serviceLevelSeconds')} maxLength={6} />}
        </Field>
        <Field label={t('admin.queues.afterHours')} error={errorText('afterHoursAction')}>
          {(control) => (
            <select {...control} {...field('afterHoursAction')} className="input">
              <option value="wait">{t('admin.queues.afterHours.wait')}</option>
              <option value="callback">{t('admin.queues.afterHours.callback')}</option>
              <option value="message">{t('admin.queues.afterHours.message')}</option>
            </select>
          )}
        </Field>
      </div>
      <Controller
        control={form.control}
        name="hours"
        render={({ field: hours }) => (
          <BusinessHoursEditor
            hours={hours.value as Record<WeekDay, DayDraft>}
            onChange={(next) => {
              hours.onChange(next);
              onChange();
            }}
            errorOf={(day: WeekDay) => errorText(`hours.${day}`)}
          />
        )}
      />
      {mutation.isError && !placed ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(mutation.error))} />
      ) : null}
      {savedName ? <StatusMessage>{t('admin.queues.saved', { name: savedName })}</StatusMessage> : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={mutation.isPending}>
          {initial.id ? t('admin.queues.save') : t('admin.queues.create')}
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
