import { useState, type FormEvent } from 'react';
import { skillsSchema, type AgentSkillsView } from '@shared/schemas/admin-routing';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import type { PlainMessageKey } from '../../app/i18n/translate';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { placeFieldErrors } from './field-errors';
import { parseSkills } from './queue-draft';
import { useUpdateAgentRouting } from './useUpdateAgentRouting';

const FIELDS = ['skills', 'capacity'] as const;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface AgentRoutingFormProps {
  agent: AgentSkillsView;
  onDone(saved: AgentSkillsView | null): void;
}

/** One agent's skills and how many contacts of each channel they take at once. */
export function AgentRoutingForm({ agent, onDone }: AgentRoutingFormProps) {
  const t = useT();
  const save = useUpdateAgentRouting();
  const [skills, setSkills] = useState(agent.skills.join(', '));
  const [voice, setVoice] = useState(String(agent.capacity.voice));
  const [chat, setChat] = useState(String(agent.capacity.chat));
  const [email, setEmail] = useState(String(agent.capacity.email));
  const [keepsChats, setKeepsChats] = useState(agent.keepsChatsDuringCall);
  const [localError, setLocalError] = useState<PlainMessageKey | null>(null);

  const placed = placeFieldErrors(save.error, FIELDS, (field, problem): PlainMessageKey => {
    if (field === 'skills') return 'admin.agents.skillsInvalid';
    const channel = problem.path.split('.')[1];
    return channel === 'voice' ? 'admin.agents.voiceInvalid' : channel === 'chat' ? 'admin.agents.chatInvalid' : 'admin.agents.emailInvalid';
  });
  const skillsError = localError ?? placed.byField.skills;
  const serverCapacity = placed.byField.capacity;
  const capacityErrorFor = (key: PlainMessageKey) => (serverCapacity === key ? t(key) : undefined);
  const emailValid = /^\d{1,2}$/.test(email.trim()) && Number(email.trim()) <= 20;
  const [emailChecked, setEmailChecked] = useState(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const parsedSkills = skillsSchema.safeParse(parseSkills(skills));
    setLocalError(parsedSkills.success ? null : 'admin.agents.skillsInvalid');
    setEmailChecked(true);
    if (!parsedSkills.success || !emailValid) return;
    save.mutate(
      { id: agent.id, request: { skills: parsedSkills.data, capacity: { voice: Number(voice), chat: Number(chat), email: Number(email.trim()) }, keepsChatsDuringCall: keepsChats } },
      { onSuccess: (saved) => onDone(saved) },
    );
  }

  const title = t('admin.agents.form', { name: agent.displayName });
  return (
    <form className="admin-form" aria-label={title} onSubmit={submit} noValidate>
      <h3 className="section-title">{title}</h3>
      <div className="admin-form__fields">
        <Field label={t('admin.agents.skills')} hint={t('admin.agents.skillsHint')} error={skillsError ? t(skillsError) : undefined}>
          {(control) => (
            <input {...control} className="input" type="text" autoComplete="off" spellCheck={false} value={skills} onChange={(event) => { setSkills(event.target.value); setLocalError(null); }} />
          )}
        </Field>
        <Field label={t('admin.agents.voice')} error={capacityErrorFor('admin.agents.voiceInvalid')}>
          {(control) => (
            <select {...control} className="input" value={voice} onChange={(event) => setVoice(event.target.value)}>
              {range(0, 1).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          )}
        </Field>
        <Field label={t('admin.agents.chat')} hint={t('admin.agents.chatHint')} error={capacityErrorFor('admin.agents.chatInvalid')}>
          {(control) => (
            <select {...control} className="input" value={chat} onChange={(event) => setChat(event.target.value)}>
              {range(0, 6).map((n) => <option key={n} value={n}>{n}</option>)}
            </select>
          )}
        </Field>
        <Field
          label={t('admin.agents.email')}
          error={(emailChecked && !emailValid) ? t('admin.agents.emailInvalid') : capacityErrorFor('admin.agents.emailInvalid')}
        >
          {(control) => (
            <input {...control} className="input" type="text" inputMode="numeric" autoComplete="off" maxLength={2} value={email} onChange={(event) => { setEmail(event.target.value); setEmailChecked(false); }} />
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={keepsChats} onChange={(event) => setKeepsChats(event.target.checked)} /> {t('admin.agents.keepsChats')}
        </label>
      </div>
      {save.isError && placed.unplaced ? <Banner tone="danger" role="alert" title={t(errorMessageKey(save.error))} /> : null}
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
