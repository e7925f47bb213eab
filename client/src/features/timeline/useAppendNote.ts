import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@shared/contract';
import { callApi } from '../../api/call-api';
import { insertTimelineEvent } from './timeline-cache';

export function useAppendNote(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => callApi(api.timeline.appendNote, { params: { id: customerId }, body: { body } }),
    // The live push may arrive first or second; the cache keeps the event once either way.
    onSuccess: ({ event }) => insertTimelineEvent(queryClient, event),
  });
}
