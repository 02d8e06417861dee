// Runtime schemas of every request, checked by the main process before any handler
// runs: the window is treated as untrusted input.
import { z } from 'zod';
import type { Channel, RequestOf } from './contract';

export const requestSchemas = {
  'app:getInfo': z.null(),
} satisfies { [C in Channel]: z.ZodType<RequestOf<C>> };
