import type { QueryClient } from '@tanstack/react-query';
import type { CannedReplyAdminView } from '@shared/schemas/admin-canned-replies';
import { queryKeys } from '../../api/query-keys';

/**
 * After an admin's change: the saved reply shows at once, the list is read again for the server's
 * order, and the desk's picker in this browser searches afresh (other browsers see it on reload).
 */
export function applyCannedReplyChange(queryClient: QueryClient, saved: CannedReplyAdminView | null) {
  if (saved) {
    queryClient.setQueryData(queryKeys.adminCannedReplies, (items) =>
      !items
        ? items
        : items.some((item) => item.id === saved.id)
          ? items.map((item) => (item.id === saved.id ? saved : item))
          : [...items, saved],
    );
  }
  void queryClient.invalidateQueries({ queryKey: queryKeys.adminCannedReplies });
  void queryClient.invalidateQueries({ queryKey: queryKeys.allCannedReplies });
}
