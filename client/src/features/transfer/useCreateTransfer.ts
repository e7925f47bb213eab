import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferRequest } from '@shared/schemas/transfer';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { queryKeys } from '../../api/query-keys';
import { recordSentTransfer } from './offer-cache';

export interface CreateTransferVariables {
  contactId: string;
  request: TransferRequest;
  targetName: string;
}

/** Sends the contact with its context packet; warm waits for the receiver, cold lets go now. */
export function useCreateTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, request }: CreateTransferVariables) =>
      callApi(api.routing.transfer, { params: { id: contactId }, body: request }),
    onSuccess: ({ transferId, callMove }, { contactId, request, targetName }) => {
      recordSentTransfer(queryClient, {
        transferId,
        contactId,
        mode: request.mode,
        targetName,
        state: request.mode === 'warm' ? 'waiting' : 'transferred',
        byName: null,
        declineReason: null,
        callMove,
        moveFailure: null,
      });
      if (request.mode === 'cold') void queryClient.invalidateQueries({ queryKey: queryKeys.myCalls });
    },
  });
}
