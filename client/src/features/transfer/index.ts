/** Transfers and offers as the desk, calls, chats and realtime see them. */
export { TransferForm } from './TransferForm';
export { OfferCards } from './OfferCards';
export { TransferStatuses } from './TransferStatuses';
export { useMyOffers } from './useMyOffers';
export { useOpenOfferCustomers } from './useOpenOfferCustomers';
export { applyCallMoveFailed, applyTransferDecided, insertOffer, removeOffer } from './offer-cache';
