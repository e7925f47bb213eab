import { useEffect, useState, type ReactNode } from 'react';

interface TickerProps {
  /** Milliseconds between renders; one second by default. */
  intervalMs?: number;
  /** Renders from the current time: callers compute elapsed time from timestamps, never count ticks. */
  children: (now: number) => ReactNode;
}

/** Re-renders only its own output on each tick, so a running timer does not redraw the screen around it. */
export function Ticker({ intervalMs = 1000, children }: TickerProps) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return <>{children(now)}</>;
}
