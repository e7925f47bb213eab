/** The language picker and the effect applying the signed-in agent's language. */
export { AgentLocaleEffect } from './AgentLocaleEffect';
export { LanguageSelect } from './LanguageSelect';
