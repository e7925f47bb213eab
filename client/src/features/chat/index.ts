/** Chats as the desk and realtime see them. */
export { ChatArea } from './ChatArea';
export { useActiveChat } from './useActiveChat';
export { useMyChats } from './useMyChats';
export { useOpenActiveChatCustomer } from './useOpenActiveChatCustomer';
export { applyChatTyping, applyVisitorReceipt, insertChatMessage, removeChat, upsertChat } from './chat-cache';
