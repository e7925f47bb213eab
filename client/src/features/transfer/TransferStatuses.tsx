import { useQueryClient } from '@tanstack/react-query';
import { useT } from '../../app/i18n/i18n-context';
import { Banner } from '../../ui/Banner';
import { forgetSentTransfer, type SentTransfer } from './offer-cache';
import { useSentTransfers } from './useSentTransfers';

function message(t: ReturnType<typeof useT>, sent: SentTransfer): string {
  switch (sent.state) {
    case 'waiting':
      return t('transfer.waiting', { target: sent.targetName });
    case 'transferred':
      return t('transfer.done');
    case 'accepted':
      return t('transfer.accepted', { name: sent.byName ?? sent.targetName });
    case 'declined':
      return sent.declineReason
        ? t('transfer.declined', { name: sent.byName ?? sent.targetName, reason: sent.declineReason })
        : t('transfer.declinedNoReason', { name: sent.byName ?? sent.targetName });
  }
}

/** Who moves the voice of a transferred call, when it is not the PBX on our behalf. */
function CallMoveNote({ sent }: { sent: SentTransfer }) {
  const t = useT();
  if (sent.moveFailure)
    return <p className="transfer-statuses__move">{t('transfer.moveFailed', { reason: sent.moveFailure })}</p>;
  if (sent.callMove?.by !== 'agent' || sent.state === 'declined') return null;
  return (
    <p className="transfer-statuses__move">
      {sent.callMove.toExtension
        ? t('transfer.moveOnPhoneTo', { extension: sent.callMove.toExtension })
        : t('transfer.moveOnPhone')}
    </p>
  );
}

/** What became of the transfers I sent: waiting, taken over, declined with the reason. */
export function TransferStatuses() {
  const t = useT();
  const queryClient = useQueryClient();
  const sent = useSentTransfers();
  if (sent.length === 0) return null;
  return (
    <div className="transfer-statuses" role="group" aria-label={t('transfer.statuses')}>
      {sent.map((item) => (
        <Banner
          key={item.transferId}
          tone={item.moveFailure ? 'danger' : item.state === 'declined' ? 'warning' : 'info'}
          role={item.moveFailure ? 'alert' : 'status'}
          title={item.targetName ? message(t, item) : t('transfer.callNotMoved')}
        >
          <CallMoveNote sent={item} />
          {item.state === 'waiting' ? null : (
            <button
              className="button button--ghost"
              type="button"
              onClick={() => forgetSentTransfer(queryClient, item.transferId)}
            >
              {t('transfer.dismiss')}
            </button>
          )}
        </Banner>
      ))}
    </div>
  );
}
