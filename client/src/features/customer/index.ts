/** The customer card, search and link search as the desk, calls and chats see them. */
export { CustomerCard } from './CustomerCard';
export { CustomerSearch } from './CustomerSearch';
export { CustomerLinkSearch } from './CustomerLinkSearch';
export { useCustomer } from './useCustomer';
