/** Every server-state key of the chat page. */
export const widgetQueryKeys = {
  config: ['widget', 'config'] as const,
  conversation: ['widget', 'conversation'] as const,
};
