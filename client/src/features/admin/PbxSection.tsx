import { useState } from 'react';
import type { CreatePbxResponse, PbxSummary } from '@shared/schemas/admin-telephony';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { Ticker } from '../../ui/Ticker';
import { CreatePbxForm } from './CreatePbxForm';
import { PbxTokenReveal } from './PbxTokenReveal';
import { usePbxConnections } from './usePbxConnections';
import { useRevokePbx } from './useRevokePbx';
import { AdminSection } from './AdminSection';

function PbxRow({ pbx, onRevoke, revoking }: { pbx: PbxSummary; onRevoke(): void; revoking: boolean }) {
  const t = useT();
  const format = useFormat();
  const lastEventAt = pbx.lastEventAt;
  return (
    <tr>
      <th scope="row">{pbx.name}</th>
      <td>{pbx.signed ? t('admin.pbx.signed') : t('admin.pbx.unsigned')}</td>
      <td>
        <time dateTime={pbx.createdAt}>{format.dateTime(pbx.createdAt)}</time>
      </td>
      <td>
        {lastEventAt ? (
          <time dateTime={lastEventAt} title={format.dateTime(lastEventAt)}>
            <Ticker intervalMs={60_000}>{(now) => format.relativeTime(lastEventAt, now) ?? format.dateTime(lastEventAt)}</Ticker>
          </time>
        ) : (
          <span className="muted">{t('admin.pbx.noEvent')}</span>
        )}
      </td>
      <td>
        {pbx.revokedAt ? <Badge tone="neutral">{t('admin.pbx.revoked')}</Badge> : <Badge tone="success">{t('admin.pbx.active')}</Badge>}
      </td>
      <td>
        {pbx.revokedAt ? null : (
          <ConfirmAction
            label={t('admin.pbx.revoke')}
            accessibleLabel={t('admin.pbx.revokeNamed', { name: pbx.name })}
            question={t('admin.pbx.revokeQuestion', { name: pbx.name })}
            confirmLabel={t('admin.pbx.revokeConfirm')}
            cancelLabel={t('admin.cancel')}
            busy={revoking}
            onConfirm={onRevoke}
          />
        )}
      </td>
    </tr>
  );
}

/** PBXs allowed to send call events: list, connect one (token shown once), revoke. */
export function PbxSection() {
  const t = useT();
  const pbxs = usePbxConnections();
  const revokePbx = useRevokePbx();
  const [created, setCreated] = useState<CreatePbxResponse | null>(null);

  return (
    <AdminSection title={t('admin.pbx.heading')} query={pbxs} emptyText={t('admin.pbx.none')} renderItems={(items) => (
        <table className="data-table">
          <caption className="visually-hidden">{t('admin.pbx.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.pbx.col.name')}</th>
              <th scope="col">{t('admin.pbx.col.signature')}</th>
              <th scope="col">{t('admin.pbx.col.created')}</th>
              <th scope="col">{t('admin.pbx.col.lastEvent')}</th>
              <th scope="col">{t('admin.pbx.col.status')}</th>
              <th scope="col">{t('admin.pbx.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((pbx) => (
              <PbxRow
                key={pbx.id}
                pbx={pbx}
                revoking={revokePbx.isPending && revokePbx.variables === pbx.id}
                onRevoke={() => revokePbx.mutate(pbx.id)}
              />
            ))}
          </tbody>
        </table>
            )}>
      {revokePbx.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(revokePbx.error))} /> : null}
      {created ? <PbxTokenReveal created={created} onDismiss={() => setCreated(null)} /> : null}
      <CreatePbxForm onCreated={setCreated} />
    </AdminSection>
  );
}
