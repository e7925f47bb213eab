import { WEEK_DAYS, type WeekDay } from '@shared/schemas/admin-routing';
import { useT } from '../../app/i18n/i18n-context';
import { Field } from '../../ui/Field';
import type { DayDraft, DayMode } from './queue-draft';

interface BusinessHoursEditorProps {
  hours: Record<WeekDay, DayDraft>;
  onChange(hours: Record<WeekDay, DayDraft>): void;
  /** Days the admin must fix, with the message to show. */
  errorOf(day: WeekDay): string | undefined;
}

const MODES: DayMode[] = ['closed', 'one', 'two'];

/** Each day closed, or open for one or two HH:MM–HH:MM intervals. */
export function BusinessHoursEditor({ hours, onChange, errorOf }: BusinessHoursEditorProps) {
  const t = useT();

  const setDay = (day: WeekDay, next: DayDraft) => onChange({ ...hours, [day]: next });
  const setTime = (day: WeekDay, interval: 0 | 1, edge: 0 | 1, value: string) => {
    const intervals = hours[day].intervals.map((pair) => [...pair]) as DayDraft['intervals'];
    intervals[interval][edge] = value;
    setDay(day, { ...hours[day], intervals });
  };

  return (
    <fieldset className="hours-editor">
      <legend className="field__label">{t('admin.queues.hours')}</legend>
      {WEEK_DAYS.map((day) => {
        const dayName = t(`admin.day.${day}`);
        const draft = hours[day];
        const error = errorOf(day);
        const labels = [
          [t('admin.queues.opens', { day: dayName }), t('admin.queues.closes', { day: dayName })],
          [t('admin.queues.opensAgain', { day: dayName }), t('admin.queues.closesAgain', { day: dayName })],
        ] as const;
        const used = draft.mode === 'closed' ? 0 : draft.mode === 'one' ? 1 : 2;
        return (
          <div key={day} className="admin-form__fields hours-editor__day">
            <Field label={t('admin.queues.dayMode', { day: dayName })} error={error}>
              {(control) => (
                <select
                  {...control}
                  className="input"
                  value={draft.mode}
                  onChange={(event) => setDay(day, { ...draft, mode: event.target.value as DayMode })}
                >
                  {MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`admin.queues.mode.${mode}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {([0, 1] as const)
              .filter((interval) => interval < used)
              .flatMap((interval) =>
                ([0, 1] as const).map((edge) => (
                  <Field key={`${interval}-${edge}`} label={labels[interval][edge]} hint={t('admin.queues.timeHint')}>
                    {(control) => (
                      <input
                        {...control}
                        {...(error ? { 'aria-invalid': true as const } : {})}
                        className="input"
                        type="text"
                        inputMode="numeric"
                        autoComplete="off"
                        placeholder="08:00"
                        maxLength={5}
                        value={draft.intervals[interval][edge]}
                        onChange={(event) => setTime(day, interval, edge, event.target.value)}
                      />
                    )}
                  </Field>
                )),
              )}
          </div>
        );
      })}
    </fieldset>
  );
}
