/** The supervision screen: imported by the desk alone, so it can be loaded lazily. */
export { SupervisionPage } from './SupervisionPage';
