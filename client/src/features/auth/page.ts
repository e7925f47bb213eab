/** The auth feature's screen, for the app shell. */
export { SignInPage } from './SignInPage';
