import type { ReactNode } from 'react';

/** A quiet, announced line: loading, empty, nothing found. */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <p className="status-message" role="status">
      {children}
    </p>
  );
}
