/** What other features reuse from administration (kept apart from the page so it can load lazily). */
export { AdminSection } from './AdminSection';
