import { createHmac } from 'node:crypto';
import { fetchApi } from './http';

/** Posts a generic-CTI webhook as a PBX would: form-encoded (`user[]=…`) by default, or JSON. */
export async function postCti(
  baseUrl: string,
  token: string,
  fields: Record<string, string | string[] | undefined>,
  options: { json?: boolean; signingSecret?: string } = {},
  // biome-ignore lint/suspicious/noExplicitAny: tests read the webhook answer loosely; it is checked against the contract before it is returned
): Promise<{ status: number; body: any }> {
  let body: string;
  let type: string;
  if (options.json) {
    body = JSON.stringify(Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
    type = 'application/json';
  } else {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      if (Array.isArray(value)) for (const v of value) params.append(`${key}[]`, v);
      else params.append(key, value);
    }
    body = params.toString();
    type = 'application/x-www-form-urlencoded';
  }
  const headers: Record<string, string> = { 'content-type': type };
  if (options.signingSecret) {
    headers['x-omnidesk-signature'] =
      `sha256=${createHmac('sha256', options.signingSecret).update(body).digest('hex')}`;
  }
  // Checked against the contract's CTI route like every API answer in the tests.
  const { status, body: answer } = await fetchApi(`${baseUrl}/api/cti/${token}`, { method: 'POST', headers, body });
  return { status, body: answer };
}
