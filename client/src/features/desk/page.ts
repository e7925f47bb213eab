/** The agent desk's screen, for the app shell. */
export { DeskPage } from './DeskPage';
