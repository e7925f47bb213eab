import { ROOMS, watchCustomerSchema } from '@shared/events/socket-events';
import type { Logger } from '../../log/logger';
import type { CustomerCardService } from '../../services/customer-card.service';
import { parseInput } from '../../validation';
import { acknowledged } from '../acknowledge';
import type { DeskSocket } from '../socket-types';

/** A desk showing a customer joins that customer's room and hears every new timeline event. */
export function registerCustomerWatch(socket: DeskSocket, deps: { cards: CustomerCardService; logger: Logger }): void {
  socket.on(
    'customer.watch',
    acknowledged(deps.logger, async (payload) => {
      const { customerId } = parseInput(watchCustomerSchema, payload, 'payload');
      await deps.cards.assertExists(customerId);
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
