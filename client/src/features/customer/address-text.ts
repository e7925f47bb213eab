import type { Address } from '@shared/schemas/customer';

export function oneLineAddress(address: Address): string {
  return [address.line1, address.line2, `${address.postalCode} ${address.city}`, address.country]
    .filter((part) => part && part.trim() !== '')
    .join(', ');
}

/** Today as YYYY-MM-DD in the agent's own time zone, to compare with address validity dates. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
