import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { ApiRequestError } from '../../api/http';
import { queryKeys } from '../../api/query-keys';
import { removeOffer } from './offer-cache';

/** Takes the offered contact; a 409 means it is gone (expired, taken, or I am at capacity). */
export function useAcceptOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (offerId: string) => callApi(api.routing.acceptOffer, { params: { id: offerId } }),
    onSuccess: (_result, offerId) => {
      removeOffer(queryClient, offerId);
      // The accepted contact (a call, a chat, a case) now belongs on my desk.
      void queryClient.invalidateQueries({ queryKey: queryKeys.myCalls });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myChats, exact: true });
    },
  });
}

export function isOfferGone(error: unknown): boolean {
  return error instanceof ApiRequestError && (error.code === 'conflict' || error.code === 'not_found');
}
