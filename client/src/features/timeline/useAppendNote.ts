import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppendNoteRequest, TimelineEventResponse } from '@shared/schemas/timeline';
import { http } from '../../api/http';
import { insertTimelineEvent } from './timeline-cache';

export function useAppendNote(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      http.post<TimelineEventResponse>(`/api/customers/${encodeURIComponent(customerId)}/timeline`, {
        body,
      } satisfies AppendNoteRequest),
    // The live push may arrive first or second; the cache keeps the event once either way.
    onSuccess: ({ event }) => insertTimelineEvent(queryClient, event),
  });
}
