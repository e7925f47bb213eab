import { useEffect, useId, useRef, useState } from 'react';

interface ConfirmActionProps {
  /** Visible text of the first button, e.g. "Revoke". */
  label: string;
  /** Its accessible name when the text alone is ambiguous in a list, e.g. "Revoke Asterisk Paris". */
  accessibleLabel?: string;
  /** What will happen, read when the confirm step opens. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  onConfirm(): void;
}

/**
 * A destructive action in two steps, inline: the button opens a labelled group with the question,
 * a confirm button and a cancel button (focused, so a double Enter does not confirm).
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  cancelLabel,
  busy,
  onConfirm,
}: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const questionId = useId();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) cancelRef.current?.focus();
    else if (wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button
        ref={triggerRef}
        className="button button--ghost button--danger-text"
        type="button"
        aria-label={accessibleLabel}
        aria-busy={busy}
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="confirm-action" role="group" aria-labelledby={questionId}>
      <p className="confirm-action__question" id={questionId}>
        {question}
      </p>
      <button
        className="button button--danger"
        type="button"
        onClick={() => {
          setOpen(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button ref={cancelRef} className="button button--ghost" type="button" onClick={() => setOpen(false)}>
        {cancelLabel}
      </button>
    </div>
  );
}
