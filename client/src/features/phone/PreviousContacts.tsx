import { useId } from 'react';
import type { ContactSummary } from '@shared/schemas/call';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useLocale, useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { StatusMessage } from '../../ui/StatusMessage';
import { CHANNEL_GLYPHS } from '../timeline';
import { useDispositions } from './useDispositions';
import { useRecentContacts } from './useRecentContacts';

function ContactRow({ contact, dispositionLabel }: { contact: ContactSummary; dispositionLabel: string | null }) {
  const t = useT();
  const format = useFormat();
  return (
    <li className="contact-row">
      <span className="contact-row__channel">
        <span aria-hidden="true">{CHANNEL_GLYPHS[contact.channel]} </span>
        {t(`channel.${contact.channel}`)}
      </span>
      <time className="contact-row__time" dateTime={contact.startedAt}>
        {format.dateTime(contact.startedAt)}
      </time>
      <span className="contact-row__agent">
        {t('phone.contact.handledBy', { name: contact.agentName ?? t('phone.contact.noAgent') })}
      </span>
      <span className="contact-row__subject">{contact.subject ?? t('phone.contact.noSubject')}</span>
      {dispositionLabel ? (
        <span className="contact-row__disposition">{t('phone.contact.disposition', { value: dispositionLabel })}</span>
      ) : null}
    </li>
  );
}

/** "Previous communications, including the name of the agent who handled each one" (field note 5). */
export function PreviousContacts({ customerId }: { customerId: string }) {
  const t = useT();
  const { locale } = useLocale();
  const headingId = useId();
  const contacts = useRecentContacts(customerId);
  const dispositions = useDispositions();

  const labelOf = (code: string | null) =>
    code === null ? null : (dispositions.data?.find((item) => item.code === code)?.label[locale] ?? code);

  return (
    <section className="previous-contacts" aria-labelledby={headingId}>
      <h3 className="section-title" id={headingId}>
        {t('phone.previousContacts')}
      </h3>
      {contacts.isPending ? <StatusMessage>{t('app.loading')}</StatusMessage> : null}
      {contacts.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(contacts.error))} /> : null}
      {contacts.data && contacts.data.length === 0 ? <p className="muted">{t('phone.previousContacts.none')}</p> : null}
      {contacts.data && contacts.data.length > 0 ? (
        <ul className="plain-list contact-list" aria-labelledby={headingId}>
          {contacts.data.map((contact) => (
            <ContactRow key={contact.id} contact={contact} dispositionLabel={labelOf(contact.disposition)} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
