/** Calls as the desk, chats, administration and realtime see them. */
export { CallPanels } from './CallPanels';
export { MissedCalls } from './MissedCalls';
export { RingingCallBanner } from './RingingCallBanner';
export { DispositionField } from './DispositionField';
export { useMyCalls } from './useMyCalls';
export { useOpenCallCustomers } from './useOpenCallCustomers';
export { useDispositions } from './useDispositions';
export { applyCallUpdate, insertRingingCall } from './call-cache';
