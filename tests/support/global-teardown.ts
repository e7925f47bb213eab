import { removeTemplateStore } from './template-store';

/** Jest globalTeardown (node project): removes the template dump file or database. */
export default async function globalTeardown(): Promise<void> {
  await removeTemplateStore();
}
