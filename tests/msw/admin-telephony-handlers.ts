import { http, HttpResponse, type HttpHandler } from 'msw';
import {
  blockNumberRequestSchema,
  createPbxRequestSchema,
  upsertDispositionRequestSchema,
  type BlockedNumber,
  type PbxSummary,
} from '@shared/schemas/admin-telephony';
import { normalisePhone } from '@shared/utils/phone';
import { buildBlockedNumber, buildDisposition, buildPbx } from './factories';
import { apiError, type createDeskBackend } from './handlers';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

type DeskBackend = ReturnType<typeof createDeskBackend>;

export interface AdminTelephonyOptions {
  pbxs?: PbxSummary[];
  blocked?: BlockedNumber[];
  /** The token the next created PBX receives. */
  nextToken?: string;
}

function invalid(issues: { path: PropertyKey[]; message: string }[]) {
  return apiError(
    'invalid_input',
    issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message })),
  );
}

/**
 * The admin telephony API on top of a desk backend (same agent, same dispositions, same request
 * log). Non-admins get 403 like on the real server.
 */
export function withAdminTelephony(backend: DeskBackend, options: AdminTelephonyOptions = {}) {
  const admin = {
    pbxs: options.pbxs ?? [],
    blocked: options.blocked ?? [],
    nextToken: options.nextToken ?? 'tok_test_0123456789',
  };
  let sequence = 0;
  const adminOnly: DeskBackend['signedInOnly'] = (resolver) =>
    backend.signedInOnly((entry, params) =>
      backend.state.agent.role === 'admin' ? resolver(entry, params) : apiError('role_required'),
    );

  const handlers: HttpHandler[] = [
    http.get(
      mswPath(api.adminTelephony.listPbx),
      adminOnly(() => HttpResponse.json({ items: admin.pbxs })),
    ),
    http.post(
      mswPath(api.adminTelephony.createPbx),
      adminOnly(({ body }) => {
        const parsed = createPbxRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        if (admin.pbxs.some((pbx) => pbx.name === parsed.data.name)) return apiError('pbx_name_taken');
        const pbx = buildPbx({
          id: `pbx-new-${++sequence}`,
          name: parsed.data.name,
          signed: parsed.data.signingSecret !== undefined,
          createdAt: new Date().toISOString(),
        });
        admin.pbxs = [...admin.pbxs, pbx];
        return HttpResponse.json({ pbx, token: admin.nextToken }, { status: 201 });
      }),
    ),
    http.delete(
      mswPath(api.adminTelephony.revokePbx),
      adminOnly((_, { id }) => {
        const pbx = admin.pbxs.find((item) => item.id === id && item.revokedAt === null);
        if (!pbx) return apiError('pbx_not_found');
        admin.pbxs = admin.pbxs.map((item) => (item === pbx ? { ...item, revokedAt: new Date().toISOString() } : item));
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(
      mswPath(api.adminTelephony.listBlocked),
      adminOnly(() => HttpResponse.json({ items: admin.blocked })),
    ),
    http.post(
      mswPath(api.adminTelephony.block),
      adminOnly(({ body }) => {
        const parsed = blockNumberRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        const phone = normalisePhone(parsed.data.number);
        if (phone.kind === 'withheld') {
          return apiError('withheld_number_not_blockable', [
            { path: 'number', message: 'a withheld number cannot be blocked' },
          ]);
        }
        const blocked = buildBlockedNumber({
          id: `blocked-new-${++sequence}`,
          value: phone.kind === 'e164' ? phone.e164 : parsed.data.number,
          reason: parsed.data.reason ?? null,
          createdAt: new Date().toISOString(),
        });
        admin.blocked = [...admin.blocked, blocked];
        return HttpResponse.json({ blocked }, { status: 201 });
      }),
    ),
    http.delete(
      mswPath(api.adminTelephony.unblock),
      adminOnly((_, { id }) => {
        if (!admin.blocked.some((item) => item.id === id)) return apiError('blocked_number_not_found');
        admin.blocked = admin.blocked.filter((item) => item.id !== id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.put(
      mswPath(api.adminTelephony.saveDisposition),
      adminOnly(({ body }) => {
        const parsed = upsertDispositionRequestSchema.safeParse(body);
        if (!parsed.success) return invalid(parsed.error.issues);
        const { code, labelEn, labelFr } = parsed.data;
        const next = buildDisposition(code, labelEn, labelFr);
        const exists = backend.state.dispositions.some((item) => item.code === code);
        backend.state.dispositions = exists
          ? backend.state.dispositions.map((item) => (item.code === code ? next : item))
          : [...backend.state.dispositions, next];
        return HttpResponse.json({ items: backend.state.dispositions });
      }),
    ),
    http.delete(
      mswPath(api.adminTelephony.retireDisposition),
      adminOnly((_, { code }) => {
        if (!backend.state.dispositions.some((item) => item.code === code)) return apiError('disposition_not_found');
        backend.state.dispositions = backend.state.dispositions.filter((item) => item.code !== code);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
  ];

  return { admin, handlers };
}
