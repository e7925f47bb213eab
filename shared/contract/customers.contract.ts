import { z } from 'zod';
import { contactSummaryListResponseSchema } from '../schemas/call';
import { idParamsSchema } from '../schemas/common';
import {
  createCustomerRequestSchema,
  customerResponseSchema,
  customerSearchQuerySchema,
  customerSearchResponseSchema,
} from '../schemas/customer';
import {
  appendNoteRequestSchema,
  timelineEventResponseSchema,
  timelinePageSchema,
  timelineQuerySchema,
} from '../schemas/timeline';
import { route } from './route';

export const recentContactsQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(50).optional() });

export const customersRoutes = {
  search: route({
    method: 'GET',
    path: '/api/customers',
    query: customerSearchQuerySchema,
    status: 200,
    response: customerSearchResponseSchema,
  }),
  create: route({
    method: 'POST',
    path: '/api/customers',
    body: createCustomerRequestSchema,
    status: 201,
    response: customerResponseSchema,
  }),
  get: route({
    method: 'GET',
    path: '/api/customers/:id',
    params: idParamsSchema,
    status: 200,
    response: customerResponseSchema,
  }),
  /** The customer's last contacts on every channel, newest first. */
  recentContacts: route({
    method: 'GET',
    path: '/api/customers/:id/contacts',
    params: idParamsSchema,
    query: recentContactsQuerySchema,
    status: 200,
    response: contactSummaryListResponseSchema,
  }),
};

export const timelineRoutes = {
  page: route({
    method: 'GET',
    path: '/api/customers/:id/timeline',
    params: idParamsSchema,
    query: timelineQuerySchema,
    status: 200,
    response: timelinePageSchema,
  }),
  appendNote: route({
    method: 'POST',
    path: '/api/customers/:id/timeline',
    params: idParamsSchema,
    body: appendNoteRequestSchema,
    status: 201,
    response: timelineEventResponseSchema,
  }),
};
