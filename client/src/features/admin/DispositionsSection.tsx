import { useState } from 'react';
import { errorMessageKey } from '../../app/i18n/error-messages';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { DataTable } from '../../ui/DataTable';
import { DispositionForm, EMPTY_DRAFT, type DispositionDraft } from './DispositionForm';
import { useDispositions } from './useDispositions';
import { useRetireDisposition } from './useRetireDisposition';
import { AdminSection } from './AdminSection';

/** The outcomes agents pick at wrap-up, in both languages. */
export function DispositionsSection() {
  const t = useT();
  const dispositions = useDispositions();
  const retire = useRetireDisposition();
  // Each Edit starts the form afresh from that disposition, even the same one twice.
  const [editing, setEditing] = useState<{ draft: DispositionDraft; revision: number }>({
    draft: EMPTY_DRAFT,
    revision: 0,
  });
  const edit = (draft: DispositionDraft) => setEditing((current) => ({ draft, revision: current.revision + 1 }));

  return (
    <AdminSection
      title={t('admin.dispositions.heading')}
      query={dispositions}
      emptyText={t('admin.dispositions.none')}
      renderItems={(items) => (
        <DataTable
          caption={t('admin.dispositions.table')}
          rows={items}
          rowKey={(item) => item.code}
          columns={[
            {
              key: 'code',
              header: t('admin.dispositions.col.code'),
              rowHeader: true,
              cell: (item) => <code>{item.code}</code>,
            },
            {
              key: 'fr',
              header: t('admin.dispositions.col.fr'),
              cellProps: () => ({ lang: 'fr' }),
              cell: (item) => item.label.fr,
            },
            {
              key: 'en',
              header: t('admin.dispositions.col.en'),
              cellProps: () => ({ lang: 'en' }),
              cell: (item) => item.label.en,
            },
          ]}
          actions={{
            header: t('admin.dispositions.col.actions'),
            cell: (item) => (
              <>
                <button
                  className="button button--ghost"
                  type="button"
                  aria-label={t('admin.dispositions.editNamed', { code: item.code })}
                  // The list does not carry positions: left empty, the server's default applies.
                  onClick={() =>
                    edit({ code: item.code, labelFr: item.label.fr, labelEn: item.label.en, position: '' })
                  }
                >
                  {t('admin.dispositions.edit')}
                </button>
                <ConfirmAction
                  label={t('admin.dispositions.retire')}
                  accessibleLabel={t('admin.dispositions.retireNamed', { code: item.code })}
                  question={t('admin.dispositions.retireQuestion', { code: item.code })}
                  confirmLabel={t('admin.dispositions.retireConfirm')}
                  cancelLabel={t('admin.cancel')}
                  busy={retire.isPending && retire.variables === item.code}
                  onConfirm={() => retire.mutate(item.code)}
                />
              </>
            ),
          }}
        />
      )}
    >
      {retire.isError ? <Banner tone="danger" role="alert" title={t(errorMessageKey(retire.error))} /> : null}
      <DispositionForm key={editing.revision} initial={editing.draft} />
    </AdminSection>
  );
}
