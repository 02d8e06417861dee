// Listens to the whole window for what a keyboard-wedge scanner types, wherever the
// focus is: keys a few milliseconds apart ending with Enter (shared/scan/wedge-burst.ts).
// The characters land in the focused field as they come, since nobody can tell a scan
// from typing before it ends; once it ends, the field gets back what it held before, the
// scanner's Enter is kept from submitting the form, and the code is handed on.
import { useEffect, useRef } from 'react';
import { GROUP_SEPARATOR } from '../../../shared/scan/scan-text';
import { isWedgeBurst, MAX_SCAN_PAUSE_MS } from '../../../shared/scan/wedge-burst';

type Editable = HTMLInputElement | HTMLTextAreaElement;

/** Keys that say nothing about a burst: held with the characters, or typed by nobody. */
const SILENT_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'CapsLock', 'NumLock', 'Meta', 'Unidentified', 'Dead']);

function editable(target: EventTarget | null): Editable | null {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ? target : null;
}

/** Puts a value back the way React sees a person's edit (its onChange runs). */
function putBack(field: Editable, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
  setter?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * The character a key event stands for; null for a key that neither adds to nor breaks a
 * burst; 'break' for a key a scanner never sends (Backspace, Tab, arrows…).
 */
function characterOf(event: KeyboardEvent): string | null | 'break' {
  // FNC1 as Ctrl+] (on an AZERTY keyboard the key is $, its code still BracketRight).
  if (event.ctrlKey && !event.altKey && (event.code === 'BracketRight' || event.key === ']')) return GROUP_SEPARATOR;
  // Alt+0029 on Windows: the digits typed with Alt held are not characters; what they make arrives as input.
  if (event.altKey && event.code.startsWith('Numpad')) return null;
  if (SILENT_KEYS.has(event.key)) return null;
  // A shortcut (Ctrl+C…) is not typing; AltGr (Ctrl+Alt on Windows) is.
  if ((event.ctrlKey && !event.altKey) || event.metaKey) return 'break';
  return [...event.key].length === 1 ? event.key : 'break';
}

interface WedgeScannerOptions {
  enabled?: boolean;
  /** The fewest characters a scan has at this moment (a box code's when not said). */
  shortest?: () => number;
}

/** Calls `onScan` with what the scanner typed, Enter excluded, each time a scan ends. */
export function useWedgeScanner(onScan: (typed: string) => void, { enabled = true, shortest }: WedgeScannerOptions = {}): void {
  const latest = useRef({ onScan, shortest });
  useEffect(() => {
    latest.current = { onScan, shortest };
  });

  useEffect(() => {
    if (!enabled) return undefined;
    let characters: string[] = [];
    let times: number[] = [];
    let before: { field: Editable; value: string } | null = null;
    /** The character the last key stands for: its own input event must not count it twice. */
    let keyed: string | null = null;

    const forget = () => {
      characters = [];
      times = [];
      before = null;
    };
    const add = (character: string, time: number, target: EventTarget | null) => {
      const last = times.at(-1);
      // A scanner types into one field: a pause, or another field, starts a new burst.
      const field = editable(target);
      if (last === undefined || time - last > MAX_SCAN_PAUSE_MS || (before !== null && before.field !== field)) {
        forget();
        before = field ? { field, value: field.value } : null;
      }
      characters.push(character);
      times.push(time);
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.repeat) return forget();
      if (event.key === 'Enter') {
        if (!isWedgeBurst(times, event.timeStamp, latest.current.shortest?.())) return forget();
        // The scanner's Enter: it must not submit the form nor reach any other handler.
        event.preventDefault();
        event.stopPropagation();
        const typed = characters.join('');
        if (before) putBack(before.field, before.value);
        forget();
        latest.current.onScan(typed);
        return undefined;
      }
      const character = characterOf(event);
      keyed = typeof character === 'string' && character !== 'break' ? character : null;
      if (character === 'break') return forget();
      if (character === null) return undefined;
      // GS has no business in a field, even for the few milliseconds of a scan.
      if (character === GROUP_SEPARATOR) event.preventDefault();
      add(character, event.timeStamp, event.target);
      return undefined;
    };

    // Characters that come without a key of their own: Alt codes, and text sent by
    // automation or an input method. A key's own character is already counted.
    // Text inserted whole (pasted, filled in, autocompleted) is no key: it ends a burst.
    const onBeforeInput = (event: InputEvent) => {
      const character = event.inputType === 'insertText' && event.data !== null && [...event.data].length === 1 ? event.data : null;
      if (character === null) return forget();
      if (character === keyed) {
        keyed = null;
        return undefined;
      }
      keyed = null;
      add(character, event.timeStamp, event.target);
      // A control character has no business in a field, even for the few milliseconds of a scan.
      if (/[\u0000-\u001f\u007f-\u009f]/.test(character)) event.preventDefault();
      return undefined;
    };

    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('beforeinput', onBeforeInput, true);
    };
  }, [enabled]);
}
