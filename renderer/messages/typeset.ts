// Applies French typography (narrow no-break spaces before « : ; ! ? ») to every
// message once, so the text in fr.ts stays easy to type and to read.
import { frenchTypography } from '../../shared/french';

type Typeset<T> = T extends string ? string : T extends (...args: infer A) => string ? (...args: A) => string : { readonly [K in keyof T]: Typeset<T[K]> };

export function typeset<T>(messages: T): Typeset<T> {
  if (typeof messages === 'string') return frenchTypography(messages) as Typeset<T>;
  if (typeof messages === 'function') {
    const format = messages as (...args: unknown[]) => string;
    return ((...args: unknown[]) => frenchTypography(format(...args))) as Typeset<T>;
  }
  if (typeof messages === 'object' && messages !== null) {
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, typeset(value)])) as Typeset<T>;
  }
  return messages as Typeset<T>;
}
