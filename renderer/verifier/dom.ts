// The few DOM helpers of the verifier's page: one element at a time, French typography,
// sizes and durations as a French reader writes them. No framework: the page is one file.
import { formatInteger, frenchTypography } from '../../shared/french';

export type Child = Node | string | null | undefined | false;

export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

export const t = frenchTypography;
export const byId = (id: string) => document.getElementById(id)!;

const megabytes = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${formatInteger(bytes)} octets` : `${megabytes.format(bytes / (1024 * 1024))} Mo`;
}

export function formatSeconds(ms: number): string {
  if (ms < 1000) return `${formatInteger(Math.round(ms))} ms`;
  return `${new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(ms / 1000)} s`;
}
