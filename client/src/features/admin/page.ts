/** The administration screen: imported by the desk alone, so it can be loaded lazily. */
export { AdminPage } from './AdminPage';
