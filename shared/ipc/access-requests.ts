// The runtime schemas of the personal-code channels: a code is text of bounded length
// (its shape is judged by the store, which says why in French); a person is named by an
// order number; the sheet's establishment and head are what an edition prints.
import { z } from 'zod';

const registerId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const orderNumber = z.string().min(1).max(64);
/** A passphrase may be long, not unbounded: scrypt would hash whatever it is given. */
const code = z.string().max(256);
const sheet = {
  registerId,
  holder: z.object({ name: z.string().max(300), orderNumber }),
  establishment: z.object({ name: z.string().max(300), address: z.string().max(300), kind: z.enum(['officine', 'veterinaire']) }),
  head: z.object({ seq: z.number().int().positive(), hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  signingKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
};

export const accessRequestSchemas = {
  'access:status': z.object({ registerId }),
  'access:setUpHolder': z.object({ ...sheet, code }),
  'access:setOwnCode': z.object({ registerId, orderNumber, code }),
  'access:open': z.object({ registerId, orderNumber, code }),
  'access:reset': z.object({ registerId, holderCode: code, orderNumber }),
  'access:recover': z.object({ ...sheet, recoveryCode: z.string().max(64), newCode: code }),
};
