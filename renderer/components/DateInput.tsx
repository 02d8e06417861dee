// The application's own date field: JJ/MM/AAAA whatever the system language, one Tab
// stop, the arrows to move by a day (PageUp/PageDown by a month), and a French sentence
// when the typed date does not exist. The browser's date control shows mm/dd/yyyy on an
// English system and takes three Tab stops, which shifts every value typed after it.
import { useEffect, useId, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { readFrenchDay, shiftMonth, withSlashes } from '../../shared/format/french-day';
import { addDays, formatDay, isIsoDay, localDay } from '../../shared/register/dates';
import { fr } from '../messages/fr';

export interface DateInputProps {
  /** The day as the register stores it (YYYY-MM-DD), or what was typed while it is not one. */
  value: string;
  onChange: (value: string) => void;
  /** The latest day the arrows reach (a movement is not dated in the future). */
  max?: string;
  id?: string;
  name?: string;
  required?: boolean;
  'aria-label'?: string;
  'aria-invalid'?: true | undefined;
  'aria-describedby'?: string | undefined;
}

const shown = (value: string) => (isIsoDay(value) ? formatDay(value) : value);

export function DateInput({ value, onChange, max, 'aria-describedby': describedBy, 'aria-invalid': invalid, ...control }: DateInputProps) {
  const [text, setText] = useState(() => shown(value));
  // What this field last handed up: a change of `value` from elsewhere (a form reset) is shown.
  const emitted = useRef(value);
  const reasonId = useId();
  useEffect(() => {
    if (value !== emitted.current) {
      emitted.current = value;
      setText(shown(value));
    }
  }, [value]);

  const read = readFrenchDay(text);
  const emit = (display: string) => {
    setText(display);
    const typed = readFrenchDay(display);
    const next = typed.kind === 'day' ? typed.day : typed.kind === 'empty' ? '' : display;
    emitted.current = next;
    onChange(next);
  };

  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.target.value;
    // Slashes are added only while typing forward: a deleted slash stays deleted.
    const display = raw.length > text.length ? withSlashes(raw) : raw;
    emit(display);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const steps: Record<string, (day: string) => string> = {
      ArrowUp: (day) => addDays(day, 1),
      ArrowDown: (day) => addDays(day, -1),
      PageUp: (day) => shiftMonth(day, 1),
      PageDown: (day) => shiftMonth(day, -1),
    };
    const step = steps[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const from = read.kind === 'day' ? read.day : localDay(new Date());
    const moved = step(from);
    const day = max !== undefined && moved > max ? max : moved;
    emit(formatDay(day));
  };

  const blur = () => {
    if (read.kind === 'day') setText(formatDay(read.day));
  };

  const impossible = read.kind === 'impossible';
  const described = [describedBy, impossible ? reasonId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={fr.dateField.placeholder}
        className="date-input"
        maxLength={10}
        value={text}
        onChange={change}
        onKeyDown={keyDown}
        onBlur={blur}
        aria-invalid={impossible || invalid ? true : undefined}
        aria-describedby={described}
        {...control}
      />
      {impossible ? (
        <p className="field__error" id={reasonId} role="alert">
          {read.reason}
        </p>
      ) : null}
    </>
  );
}
