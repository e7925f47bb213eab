import { createHmac } from 'node:crypto';

/** Posts a generic-CTI webhook as a PBX would: form-encoded (`user[]=…`) by default, or JSON. */
export async function postCti(
  baseUrl: string,
  token: string,
  fields: Record<string, string | string[] | undefined>,
  options: { json?: boolean; signingSecret?: string } = {},
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
      if (Array.isArray(value)) value.forEach((v) => params.append(`${key}[]`, v));
      else params.append(key, value);
    }
    body = params.toString();
    type = 'application/x-www-form-urlencoded';
  }
  const headers: Record<string, string> = { 'content-type': type };
  if (options.signingSecret) {
    headers['x-omnidesk-signature'] = `sha256=${createHmac('sha256', options.signingSecret).update(body).digest('hex')}`;
  }
  const response = await fetch(`${baseUrl}/api/cti/${token}`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
