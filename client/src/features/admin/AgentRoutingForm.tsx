import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { FieldProblem } from '@shared/errors';
import { skillsSchema, updateAgentRoutingRequestSchema, type AgentSkillsView } from '@shared/schemas/admin-routing';
import { fieldProblemsOf, problem, useFieldErrorText } from '../../app/forms/form-errors';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { checkedAgainst, checkedBy } from '../../ui/form/contract-checks';
import { setServerFieldErrors } from '../../ui/form/server-field-errors';
import { placeFieldErrors } from './field-errors';
import { parseSkills } from './queue-draft';
import { useUpdateAgentRouting } from './useUpdateAgentRouting';
import { NumericInput } from '../../ui/form/NumericInput';

const FIELDS = ['skills', 'capacity.voice', 'capacity.chat', 'capacity.email'] as const;
const PROBLEMS = {
  skills: 'admin.agents.skillsInvalid',
  'capacity.voice': 'admin.agents.voiceInvalid',
  'capacity.chat': 'admin.agents.chatInvalid',
  'capacity.email': 'admin.agents.emailInvalid',
} as const satisfies Record<string, PlainMessageKey>;

/** A capacity problem that names no voice or chat box is the e-mail one: the only capacity typed by hand. */
function onFormFields(problems: FieldProblem[]): FieldProblem[] {
  return problems.map((item) => {
    const [first, channel] = item.path.split('.');
    if (first !== 'capacity' || channel === 'voice' || channel === 'chat') return item;
    return { ...item, path: 'capacity.email' };
  });
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Skills as typed (comma-separated) checked by the shared rule; capacities from the pickers and the e-mail box. */
const formSchema = z
  .object({
    skills: z
      .string()
      .transform(parseSkills)
      .transform(checkedBy(skillsSchema, problem(PROBLEMS.skills))),
    capacity: z.object({
      voice: z.string().transform(Number),
      chat: z.string().transform(Number),
      email: z
        .string()
        .trim()
        .refine((email) => /^\d{1,2}$/.test(email) && Number(email) <= 20, problem(PROBLEMS['capacity.email']))
        .transform(Number),
    }),
    keepsChatsDuringCall: z.boolean(),
  })
  .transform(checkedAgainst(updateAgentRoutingRequestSchema, FIELDS, (field) => PROBLEMS[field]));

interface AgentRoutingFormProps {
  agent: AgentSkillsView;
  onDone(saved: AgentSkillsView | null): void;
}

/** One agent's skills and how many contacts of each channel they take at once. */
export function AgentRoutingForm({ agent, onDone }: AgentRoutingFormProps) {
  const t = useT();
  const save = useUpdateAgentRouting();
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: {
      skills: agent.skills.join(', '),
      capacity: {
        voice: String(agent.capacity.voice),
        chat: String(agent.capacity.chat),
        email: String(agent.capacity.email),
      },
      keepsChatsDuringCall: agent.keepsChatsDuringCall,
    },
  });
  const errorText = useFieldErrorText(form.formState.errors);
  const placed = placeFieldErrors(save.error, ['skills', 'capacity'] as const, () => PROBLEMS.skills);

  const submit = form.handleSubmit((request) => {
    if (save.isPending) return;
    save.mutate(
      { id: agent.id, request },
      {
        onSuccess: (saved) => onDone(saved),
        onError: (error) =>
          setServerFieldErrors(onFormFields(fieldProblemsOf(error)), form.setError, FIELDS, (field) => PROBLEMS[field]),
      },
    );
  });

  const title = t('admin.agents.form', { name: agent.displayName });
  return (
    <form className="admin-form" aria-label={title} onSubmit={submit} noValidate>
      <h3 className="section-title">{title}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.agents.skills')} hint={t('admin.agents.skillsHint')} error={errorText('skills')}>
          {(control) => (
            <input
              {...control}
              {...form.register('skills')}
              className="input"
              type="text"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </Field>
        <Field label={t('admin.agents.voice')} error={errorText('capacity.voice')}>
          {(control) => (
            <select {...control} {...form.register('capacity.voice')} className="input">
              {range(0, 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.agents.chat')} hint={t('admin.agents.chatHint')} error={errorText('capacity.chat')}>
          {(control) => (
            <select {...control} {...form.register('capacity.chat')} className="input">
              {range(0, 6).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.agents.email')} error={errorText('capacity.email')}>
          {(control) => <NumericInput {...control} {...form.register('capacity.email')} maxLength={2} />}
        </Field>
        <label className="checkbox">
          <input type="checkbox" {...form.register('keepsChatsDuringCall')} /> {t('admin.agents.keepsChats')}
        </label>
      </div>
      {save.isError && placed.unplaced ? (
        <Banner tone="danger" role="alert" title={t(errorMessageKey(save.error))} />
      ) : null}
      <div className="admin-form__actions">
        <button className="button button--primary" type="submit" aria-busy={save.isPending}>
          {t('admin.agents.save')}
        </button>
        <button className="button button--ghost" type="button" onClick={() => onDone(null)}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
