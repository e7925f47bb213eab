import { ROOMS, watchCustomerSchema } from '@shared/events/socket-events';
import { notFound } from '../../errors';
import type { Logger } from '../../log/logger';
import type { Db } from '../../db/store';
import { customersRepository } from '../../db/repositories/customers.repository';
import { parseInput } from '../../validation';
import { acknowledged } from '../acknowledge';
import type { DeskSocket } from '../socket-types';

/** A desk showing a customer joins that customer's room and hears every new timeline event. */
export function registerCustomerWatch(socket: DeskSocket, deps: { db: Db; logger: Logger }): void {
  socket.on(
    'customer.watch',
    acknowledged(deps.logger, async (payload) => {
      const { customerId } = parseInput(watchCustomerSchema, payload, 'payload');
      if (!(await customersRepository.exists(deps.db, customerId))) throw notFound('customer_not_found');
      await socket.join(ROOMS.customer(customerId));
      return { customerId };
    }),
  );
  socket.on(
    'customer.unwatch',
    acknowledged(deps.logger, async (payload) => {
      const { customerId } = parseInput(watchCustomerSchema, payload, 'payload');
      await socket.leave(ROOMS.customer(customerId));
      return { customerId };
    }),
  );
}
