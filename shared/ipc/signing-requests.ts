// The runtime schemas of the signing channels (electron/signing/): a register id, a public
// key in hexadecimal, and the text of a closure, bounded (an inventory of a large
// pharmacy is long, not unbounded).
import { z } from 'zod';
import { PUBLIC_KEY_PATTERN } from '../signature/ed25519';

const registerId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const publicKey = z.string().regex(PUBLIC_KEY_PATTERN);

export const MAX_SIGNED_MESSAGE = 8 * 1024 * 1024;

export const signingRequestSchemas = {
  'signing:newKey': z.object({ registerId }),
  'signing:holds': z.object({ publicKey }),
  'signing:sign': z.object({ publicKey, message: z.string().max(MAX_SIGNED_MESSAGE) }),
};
