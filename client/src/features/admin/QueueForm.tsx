import { useId, useState, type FormEvent } from 'react';
import type { FieldProblem } from '@shared/errors';
import type { WeekDay } from '@shared/schemas/admin-routing';
import { CHANNELS, type Channel } from '@shared/schemas/common';
import { ApiRequestError } from '../../api/http';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { StatusMessage } from '../../ui/StatusMessage';
import { BusinessHoursEditor } from './BusinessHoursEditor';
import {
  emptyQueueDraft,
  fieldKeyOfPath,
  localQueueProblems,
  requestOfDraft,
  serverQueueProblems,
  TIME_ZONES,
  type QueueDraft,
  type QueueFieldKey,
} from './queue-draft';
import { useCreateQueue } from './useCreateQueue';
import { useUpdateQueue } from './useUpdateQueue';

const PROBLEMS: Record<Exclude<QueueFieldKey, `businessHours.${string}`>, PlainMessageKey> = {
  name: 'admin.queues.nameInvalid',
  channels: 'admin.queues.channelsInvalid',
  requiredSkills: 'admin.queues.skillsInvalid',
  priority: 'admin.queues.priorityInvalid',
  timeZone: 'admin.queues.timeZoneInvalid',
  serviceLevelPercent: 'admin.queues.percentInvalid',
  serviceLevelSeconds: 'admin.queues.secondsInvalid',
  afterHoursAction: 'admin.queues.afterHoursInvalid',
};

/** A taken name is told by the error's reason (or, from an older server, its conflict code). */
function isNameTaken(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.reason === 'queue_name_taken' || (error.reason === null && error.code === 'conflict'));
}

function messageOf(key: QueueFieldKey, nameTaken: boolean): PlainMessageKey {
  if (key.startsWith('businessHours.')) return 'admin.queues.hoursInvalid';
  if (key === 'name' && nameTaken) return 'admin.queues.nameTaken';
  return PROBLEMS[key as keyof typeof PROBLEMS];
}

function placeProblems(problems: FieldProblem[], nameTaken = false): { byField: Partial<Record<QueueFieldKey, PlainMessageKey>>; unplaced: boolean } {
  const byField: Partial<Record<QueueFieldKey, PlainMessageKey>> = {};
  for (const problem of problems) {
    const key = fieldKeyOfPath(problem.path);
    if (key && !byField[key]) byField[key] = messageOf(key, nameTaken);
  }
  return { byField, unplaced: problems.length > 0 && Object.keys(byField).length === 0 };
}

interface QueueFormProps {
  draft: QueueDraft;
  onDraftChange(draft: QueueDraft): void;
}

/** Creates a queue, or edits the one picked in the table (the draft then carries its id). */
export function QueueForm({ draft, onDraftChange }: QueueFormProps) {
  const t = useT();
  const create = useCreateQueue();
  const update = useUpdateQueue();
  const [checked, setChecked] = useState<FieldProblem[]>([]);
  const [savedName, setSavedName] = useState<string | null>(null);
  const mutation = draft.id ? update : create;

  const local = placeProblems(checked);
  const server = placeProblems(serverQueueProblems(mutation.error), isNameTaken(mutation.error));
  const errorOf = (key: QueueFieldKey) => {
    const messageKey = local.byField[key] ?? server.byField[key];
    return messageKey ? t(messageKey) : undefined;
  };
  const change = (next: Partial<QueueDraft>) => {
    onDraftChange({ ...draft, ...next });
    setChecked([]);
    setSavedName(null);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending || update.isPending) return;
    const request = requestOfDraft(draft);
    const problems = localQueueProblems(request);
    setChecked(problems);
    if (problems.length > 0) return;
    const done = { onSuccess: () => {
      setSavedName(request.name);
      onDraftChange(emptyQueueDraft());
    } };
    if (draft.id) update.mutate({ id: draft.id, request }, done);
    else create.mutate(request, done);
  }

  const toggleChannel = (channel: Channel, on: boolean) =>
    change({ channels: on ? CHANNELS.filter((c) => c === channel || draft.channels.includes(c)) : draft.channels.filter((c) => c !== channel) });
  const zones = TIME_ZONES.includes(draft.timeZone) ? TIME_ZONES : [draft.timeZone, ...TIME_ZONES];
  const title = draft.id ? t('admin.queues.formEdit', { name: draft.name }) : t('admin.queues.formCreate');
  const channelsError = errorOf('channels');
  const channelsErrorId = useId();

  return (
    <form className="admin-form" aria-label={title} onSubmit={submit} noValidate>
      <h3 className="section-title">{title}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.queues.name')} error={errorOf('name')}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" maxLength={100} value={draft.name} onChange={(event) => change({ name: event.target.value })} />
          )}
        </Field>
        <fieldset className="field" aria-describedby={channelsError ? channelsErrorId : undefined}>
          <legend className="field__label">{t('admin.queues.channels')}</legend>
          {CHANNELS.map((channel) => (
            <label key={channel} className="checkbox">
              <input type="checkbox" checked={draft.channels.includes(channel)} onChange={(event) => toggleChannel(channel, event.target.checked)} />{' '}
              {t(`channel.${channel}`)}
            </label>
          ))}
          {channelsError ? (
            <div className="field__error" id={channelsErrorId}>
              {channelsError}
            </div>
          ) : null}
        </fieldset>
        <Field label={t('admin.queues.skills')} hint={t('admin.queues.skillsHint')} error={errorOf('requiredSkills')}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" spellCheck={false} value={draft.skills} onChange={(event) => change({ skills: event.target.value })} />
          )}
        </Field>
        <Field label={t('admin.queues.priority')} hint={t('admin.queues.priorityHint')} error={errorOf('priority')}>
          {(control) => (
            <input {...control} className="input" type="text" inputMode="numeric" autoComplete="off" maxLength={3} value={draft.priority} onChange={(event) => change({ priority: event.target.value })} />
          )}
        </Field>
        <Field label={t('admin.queues.timeZone')} error={errorOf('timeZone')}>
          {(control) => (
            <select {...control} className="input" value={draft.timeZone} onChange={(event) => change({ timeZone: event.target.value })}>
              {zones.map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.queues.serviceLevelPercent')} error={errorOf('serviceLevelPercent')}>
          {(control) => (
            <input {...control} className="input" type="text" inputMode="numeric" autoComplete="off" maxLength={3} value={draft.serviceLevelPercent} onChange={(event) => change({ serviceLevelPercent: event.target.value })} />
          )}
        </Field>
        <Field label={t('admin.queues.serviceLevelSeconds')} error={errorOf('serviceLevelSeconds')}>
          {(control) => (
            <input {...control} className="input" type="text" inputMode="numeric" autoComplete="off" maxLength={6} value={draft.serviceLevelSeconds} onChange={(event) => change({ serviceLevelSeconds: event.target.value })} />
          )}
        </Field>
        <Field label={t('admin.queues.afterHours')} error={errorOf('afterHoursAction')}>
          {(control) => (
            <select {...control} className="input" value={draft.afterHoursAction} onChange={(event) => change({ afterHoursAction: event.target.value as QueueDraft['afterHoursAction'] })}>
              <option value="wait">{t('admin.queues.afterHours.wait')}</option>
              <option value="callback">{t('admin.queues.afterHours.callback')}</option>
              <option value="message">{t('admin.queues.afterHours.message')}</option>
            </select>
          )}
        </Field>
      </div>
      <BusinessHoursEditor hours={draft.hours} onChange={(hours) => change({ hours })} errorOf={(day: WeekDay) => errorOf(`businessHours.${day}`)} />
      {mutation.isError && (server.unplaced || serverQueueProblems(mutation.error).length === 0) ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(mutation.error))} />
      ) : null}
      {savedName ? <StatusMessage>{t('admin.queues.saved', { name: savedName })}</StatusMessage> : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={mutation.isPending}>
          {draft.id ? t('admin.queues.save') : t('admin.queues.create')}
        </button>
        {draft.id ? (
          <button className="button button--ghost" type="button" onClick={() => change(emptyQueueDraft())}>
            {t('admin.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
