import express, { Router } from 'express';
import { api } from '@shared/contract';
import { CTI_SIGNATURE_HEADER, type CtiWebhookResponse } from '@shared/schemas/cti';
import { AppError } from '../../errors';
import type { CallSignalSink } from '../../channels/cti/call-signal';
import { formFieldsToObject, webhookToSignal } from '../../channels/cti/cti-webhook';
import type { PbxService } from '../../services/pbx.service';
import { parseInput } from '../../validation';
import { checkResponse, routerPathOf } from '../contract-route';

// Its own body reading (raw, signed, form or JSON), so not `mountRoute`; the contract still rules.
const webhook = api.cti.webhook;
const CTI_BODY_LIMIT = 32 * 1024;

/**
 * `POST /api/cti/:token`: the generic CTI webhook. The token authenticates the PBX (no session);
 * the body is form-encoded or JSON; every accepted event is stored before the 2xx.
 */
export function ctiRoutes(deps: { pbx: PbxService; calls: CallSignalSink }): Router {
  const router = Router();
  router.post(routerPathOf(webhook), express.raw({ type: () => true, limit: CTI_BODY_LIMIT }), async (req, res) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const { token } = parseInput(webhook.params, req.params, 'params');
    const pbx = await deps.pbx.authenticate(token, raw, req.header(CTI_SIGNATURE_HEADER));
    const type = req.headers['content-type'] ?? '';
    let fields: unknown;
    if (/^application\/json\b/i.test(type)) {
      try {
        fields = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new AppError('malformed_json', 'request body is not valid JSON', [
          { path: '', message: 'malformed JSON' },
        ]);
      }
    } else if (/^application\/x-www-form-urlencoded\b/i.test(type) || type === '') {
      fields = formFieldsToObject(new URLSearchParams(raw.toString('utf8')));
    } else {
      throw new AppError('unsupported_media_type', 'send application/x-www-form-urlencoded or application/json');
    }
    const body = parseInput(webhook.body, fields, 'body');
    const outcome = await deps.calls.ingest(webhookToSignal(pbx.id, body));
    const answer: CtiWebhookResponse = outcome.status === 'rejected' ? { action: 'reject', reason: 'busy' } : {};
    checkResponse(webhook, webhook.status, answer);
    res.status(webhook.status).json(answer);
  });
  return router;
}
