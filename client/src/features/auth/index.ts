/** The auth feature as other parts of the client see it: who is signed in, signing out, the session cache. */
export { useMe } from './useMe';
export { useLogout } from './useLogout';
export { forgetSession, rememberSignedInAgent } from './session-cache';
