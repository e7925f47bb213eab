import { randomUUID } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { transferRequestSchema, type CallMove, type Directory, type Offer } from '@shared/schemas/transfer';
import { apiError, type createDeskBackend } from './handlers';
import { api } from '@shared/contract';
import { mswPath } from './contract-path';

type DeskBackend = ReturnType<typeof createDeskBackend>;

/** A transferred call offered to me, with its context packet, expiring in 30 s. */
export function buildOffer(
  overrides: Partial<Omit<Offer, 'contact'>> & { contact?: Partial<Offer['contact']> } = {},
): Offer {
  const { contact, ...rest } = overrides;
  return {
    id: randomUUID(),
    contact: {
      id: randomUUID(),
      channel: 'voice',
      customerId: null,
      customerName: 'Marie Dupont',
      queueName: 'Facturation',
      subject: null,
      waitingSince: new Date(Date.now() - 40_000).toISOString(),
      ...contact,
    },
    packet: {
      transferId: randomUUID(),
      mode: 'warm',
      from: { id: randomUUID(), name: 'Pieter Janssens' },
      reason: 'Needs a refund over my limit',
      summary: 'Charged twice for October',
      tried: 'Checked both payments in billing',
      identity: 'partially_verified',
    },
    offeredAt: new Date().toISOString(),
    expiresAt: new Date(Date.now() + 30_000).toISOString(),
    ...rest,
  };
}

export interface TransferOptions {
  directory?: Directory;
  /** Offer ids whose accept answers 409 (expired, taken elsewhere). */
  goneOfferIds?: string[];
  /** What a transfer answer says of the voice (null: not a phone call, or the PBX moves it). */
  callMove?: CallMove;
}

/** Offers and transfers on top of a desk backend. */
export function withTransfers(backend: DeskBackend, options: TransferOptions = {}) {
  const transfers = {
    directory: options.directory ?? { queues: [], agents: [] },
    goneOfferIds: new Set(options.goneOfferIds ?? []),
    callMove: options.callMove ?? null,
  };
  const handlers: HttpHandler[] = [
    http.get(
      mswPath(api.routing.directory),
      backend.signedInOnly(() => HttpResponse.json(transfers.directory)),
    ),
    http.post(
      mswPath(api.routing.acceptOffer),
      backend.signedInOnly((_entry, { id }) => {
        const offer = backend.state.offers.find((item) => item.id === id);
        if (!offer || transfers.goneOfferIds.has(id!)) return apiError('offer_already_decided');
        backend.state.offers = backend.state.offers.filter((item) => item !== offer);
        return HttpResponse.json({ contactId: offer.contact.id });
      }),
    ),
    http.post(
      mswPath(api.routing.declineOffer),
      backend.signedInOnly((_entry, { id }) => {
        backend.state.offers = backend.state.offers.filter((item) => item.id !== id);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.post(
      mswPath(api.routing.transfer),
      backend.signedInOnly(({ body }) => {
        const parsed = transferRequestSchema.safeParse(body);
        if (!parsed.success) {
          return apiError(
            'invalid_input',
            parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
          );
        }
        return HttpResponse.json(
          {
            transferId: randomUUID(),
            offeredTo: parsed.data.to.kind === 'agent' ? parsed.data.to.id : null,
            callMove: transfers.callMove,
          },
          { status: 201 },
        );
      }),
    ),
  ];
  return { handlers, transfers };
}
