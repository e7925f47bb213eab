import { useCallback, useEffect, useRef } from 'react';

/** How long after the last keystroke someone counts as no longer typing. */
export const TYPING_IDLE_MS = 3000;

/**
 * Turns keystrokes into "started typing" / "stopped typing" signals: one `true` when typing starts,
 * one `false` after a pause, on send, or when the composer goes away; never one per keystroke.
 */
export function useTypingSignal(onTyping: (typing: boolean) => void): { keystroke(): void; stop(): void } {
  const typing = useRef(false);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(onTyping);
  latest.current = onTyping;

  const stop = useCallback(() => {
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = null;
    if (typing.current) {
      typing.current = false;
      latest.current(false);
    }
  }, []);

  const keystroke = useCallback(() => {
    if (!typing.current) {
      typing.current = true;
      latest.current(true);
    }
    if (idleTimer.current) clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stop, TYPING_IDLE_MS);
  }, [stop]);

  useEffect(() => stop, [stop]);
  return { keystroke, stop };
}
