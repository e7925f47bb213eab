import { z } from 'zod';

/** `{ items: [...] }`, the shape of every list the API answers. */
export const itemsOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item) });
