// Before a dispensation that looks entered twice is recorded, the window asks: the same
// ordonnancier number for the same product, or the same patient, product and quantity on
// the same day (shared/people/duplicates.ts). Either may be right, so it only asks.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { DispensationDraft, LikelyDuplicate } from '../../../shared/people/duplicates';
import { formatDay } from '../../../shared/register/dates';
import { useStore } from '../../db/DatabaseContext';
import { peopleWords } from './messages';
import './people.css';

interface Pending {
  /** The draft asked about: edited since, the question no longer stands. */
  draft: string;
  found: LikelyDuplicate[];
  proceed: () => void;
}

export interface DuplicateCheck {
  /** Wraps the form's submit: it runs at once when nothing looks the same, after a yes otherwise. */
  guard: (submit: (event: FormEvent) => Promise<void> | void) => (event: FormEvent) => Promise<void>;
  pending: Pending | null;
  dismiss: () => void;
}

export function useDuplicateCheck(draftOf: () => DispensationDraft | null): DuplicateCheck {
  const store = useStore();
  const [pending, setPending] = useState<Pending | null>(null);
  const current = JSON.stringify(draftOf());
  const guard: DuplicateCheck['guard'] = (submit) => async (event) => {
    event.preventDefault();
    const draft = draftOf();
    const found = draft ? await store.likelyDuplicates(draft) : [];
    if (found.length === 0) {
      setPending(null);
      return submit(event);
    }
    setPending({
      draft: JSON.stringify(draft),
      found,
      proceed: () => {
        setPending(null);
        void submit(event);
      },
    });
  };
  return { guard, pending: pending && pending.draft === current ? pending : null, dismiss: () => setPending(null) };
}

export function DuplicateQuestion({ check }: { check: DuplicateCheck }) {
  const box = useRef<HTMLDivElement>(null);
  const { pending } = check;
  useEffect(() => {
    if (pending) box.current?.focus();
  }, [pending]);
  if (!pending) return null;
  const t = peopleWords.duplicate;
  return (
    <div ref={box} className="duplicate-question" role="alert" tabIndex={-1}>
      <p>{t.title}</p>
      <ul>
        {pending.found.map(({ event, reason }) => (
          <li key={event.seq}>{t[reason](event.seq, formatDay(event.operationDate))}</li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" onClick={pending.proceed}>
          {t.confirm}
        </button>
        <button type="button" className="secondary" onClick={check.dismiss}>
          {t.cancel}
        </button>
      </div>
    </div>
  );
}
