import { useState } from 'react';
import type { CreatePbxResponse } from '@shared/schemas/admin-telephony';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useFormat, useT } from '../../app/i18n/i18n-context';
import { Badge } from '../../ui/Badge';
import { Banner } from '../../ui/Banner';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { DataTable } from '../../ui/DataTable';
import { Ticker } from '../../ui/Ticker';
import { CreatePbxForm } from './CreatePbxForm';
import { PbxTokenReveal } from './PbxTokenReveal';
import { usePbxConnections } from './usePbxConnections';
import { useRevokePbx } from './useRevokePbx';
import { AdminSection } from './AdminSection';

function LastEventCell({ lastEventAt }: { lastEventAt: string | null }) {
  const t = useT();
  const format = useFormat();
  if (!lastEventAt) return <span className="muted">{t('admin.pbx.noEvent')}</span>;
  return (
    <time dateTime={lastEventAt} title={format.dateTime(lastEventAt)}>
      <Ticker intervalMs={60_000}>
        {(now) => format.relativeTime(lastEventAt, now) ?? format.dateTime(lastEventAt)}
      </Ticker>
    </time>
  );
}

/** PBXs allowed to send call events: list, connect one (token shown once), revoke. */
export function PbxSection() {
  const t = useT();
  const format = useFormat();
  const pbxs = usePbxConnections();
  const revokePbx = useRevokePbx();
  const [created, setCreated] = useState<CreatePbxResponse | null>(null);

  return (
    <AdminSection
      title={t('admin.pbx.heading')}
      query={pbxs}
      emptyText={t('admin.pbx.none')}
      renderItems={(items) => (
        <DataTable
          caption={t('admin.pbx.table')}
          rows={items}
          rowKey={(pbx) => pbx.id}
          columns={[
            { key: 'name', header: t('admin.pbx.col.name'), rowHeader: true, cell: (pbx) => pbx.name },
            {
              key: 'signature',
              header: t('admin.pbx.col.signature'),
              cell: (pbx) => (pbx.signed ? t('admin.pbx.signed') : t('admin.pbx.unsigned')),
            },
            {
              key: 'created',
              header: t('admin.pbx.col.created'),
              cell: (pbx) => <time dateTime={pbx.createdAt}>{format.dateTime(pbx.createdAt)}</time>,
            },
            {
              key: 'lastEvent',
              header: t('admin.pbx.col.lastEvent'),
              cell: (pbx) => <LastEventCell lastEventAt={pbx.lastEventAt} />,
            },
            {
              key: 'status',
              header: t('admin.pbx.col.status'),
              cell: (pbx) =>
                pbx.revokedAt ? (
                  <Badge tone="neutral">{t('admin.pbx.revoked')}</Badge>
                ) : (
                  <Badge tone="success">{t('admin.pbx.active')}</Badge>
                ),
            },
          ]}
          actions={{
            header: t('admin.pbx.col.actions'),
            cell: (pbx) =>
              pbx.revokedAt ? null : (
                <ConfirmAction
                  label={t('admin.pbx.revoke')}
                  accessibleLabel={t('admin.pbx.revokeNamed', { name: pbx.name })}
                  question={t('admin.pbx.revokeQuestion', { name: pbx.name })}
                  confirmLabel={t('admin.pbx.revokeConfirm')}
                  cancelLabel={t('admin.cancel')}
                  busy={revokePbx.isPending && revokePbx.variables === pbx.id}
                  onConfirm={() => revokePbx.mutate(pbx.id)}
                />
              ),
          }}
        />
      )}
    >
      {revokePbx.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(revokePbx.error))} /> : null}
      {created ? <PbxTokenReveal created={created} onDismiss={() => setCreated(null)} /> : null}
      <CreatePbxForm onCreated={setCreated} />
    </AdminSection>
  );
}
