import { useMutation, useQueryClient } from '@tanstack/react-query';
import { http } from '../../api/http';
import { removeOffer } from './offer-cache';

export function useDeclineOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ offerId, reason }: { offerId: string; reason?: string }) =>
      http.post<void>(`/api/offers/${encodeURIComponent(offerId)}/decline`, reason ? { reason } : {}),
    onSuccess: (_result, { offerId }) => removeOffer(queryClient, offerId),
  });
}
