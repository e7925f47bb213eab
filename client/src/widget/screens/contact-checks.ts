import { LIMITS } from '@shared/schemas/limits';

/** Loose on purpose: the server normalises and has the last word; this only catches typos early. */
export function looksLikeEmail(value: string): boolean {
  return value.length <= LIMITS.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

/** Digits with the usual separators, 6 to 20 digits: "+33 1 42 68 53 00", "0470/12.34.56". */
export function looksLikePhone(value: string): boolean {
  if (!/^\+?[\d\s()./-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20;
}
