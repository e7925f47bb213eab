import { looksLikePhone } from './phone';

export type SearchIntent = 'phone' | 'email' | 'account' | 'name';

/** Account numbers in this product look like "ACC-123456" or "CL123456". */
const ACCOUNT_PATTERN = /^(acc|cl|cpt)[-\s]?\d{4,}$/i;

/** Guesses what an agent typed in the search box, so the right index is used. */
export function classifySearch(text: string): SearchIntent {
  const q = text.trim();
  if (q.includes('@')) return 'email';
  if (ACCOUNT_PATTERN.test(q)) return 'account';
  if (looksLikePhone(q)) return 'phone';
  return 'name';
}

/** Lower-case, accents removed, punctuation folded to spaces: how names are stored for search. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}@.+]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
