import { idParamsSchema } from '../schemas/common';
import { queueDepthsResponseSchema } from '../schemas/queue-depth';
import {
  declineOfferRequestSchema,
  directorySchema,
  offerAcceptedSchema,
  offerSchema,
  sentTransfersResponseSchema,
  transferCreatedSchema,
  transferRequestSchema,
} from '../schemas/transfer';
import { itemsOf } from './lists';
import { route } from './route';

export const routingRoutes = {
  /** Who a contact can be transferred to. */
  directory: route({ method: 'GET', path: '/api/directory', status: 200, response: directorySchema }),
  myOffers: route({ method: 'GET', path: '/api/offers/mine', status: 200, response: itemsOf(offerSchema) }),
  acceptOffer: route({
    method: 'POST',
    path: '/api/offers/:id/accept',
    params: idParamsSchema,
    status: 200,
    response: offerAcceptedSchema,
  }),
  declineOffer: route({
    method: 'POST',
    path: '/api/offers/:id/decline',
    params: idParamsSchema,
    body: declineOfferRequestSchema,
    bodyOptional: true,
    status: 204,
    response: null,
  }),
  queueDepths: route({ method: 'GET', path: '/api/queues/depths', status: 200, response: queueDepthsResponseSchema }),
  /** Transfers I sent that the receiver has not decided yet. */
  sentTransfers: route({
    method: 'GET',
    path: '/api/transfers/sent',
    status: 200,
    response: sentTransfersResponseSchema,
  }),
  transfer: route({
    method: 'POST',
    path: '/api/contacts/:id/transfers',
    params: idParamsSchema,
    body: transferRequestSchema,
    status: 201,
    response: transferCreatedSchema,
  }),
};
