import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/query-keys';

/** The chats I hold: read on load (a reloaded desk gets them back) and after a reconnect, then kept by pushes. */
export function useMyChats() {
  return useQuery({
    ...queries.myChats,
    staleTime: Infinity,
  });
}
