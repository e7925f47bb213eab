import { useEffect, type RefObject } from 'react';

/**
 * Calls `onVisible` when the element nears the viewport. Where IntersectionObserver is missing
 * (old browsers, jsdom) it does nothing and the caller's button remains the way to load more.
 * Re-arming (enabled going false then true after each load) fires again if the element is still
 * visible, so a short page is followed by the next one.
 */
export function useLoadWhenVisible(ref: RefObject<Element | null>, enabled: boolean, onVisible: () => void): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onVisible();
      },
      { rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled, onVisible]);
}
