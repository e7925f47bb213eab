import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { removeOffer } from './offer-cache';

export function useDeclineOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offerId, reason }: { offerId: string; reason?: string }) =>
      callApi(api.routing.declineOffer, { params: { id: offerId }, body: reason ? { reason } : {} }),
    onSuccess: (_result, { offerId }) => removeOffer(queryClient, offerId),
  });
}
