// A name field that remembers: as the name is typed, the people the register already
// named in this role are offered (accents and case aside, the most recent first), and
// choosing one fills the name and what goes with it (address, RPPS, profession). The
// list is a combobox of its own rather than a datalist: a datalist fills one field only
// and offers no order. Keyboard first: ↓ ↑ to move, Entrée to take, Échap to type on.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { PersonRole } from '../../shared/people/people-of-event';
import { formatDay } from '../../shared/register/dates';
import type { Person } from '../db/register-store';
import { useRegisterQuery } from '../db/use-register-query';
import { peopleWords } from '../features/people/messages';
import { LabelledField, type LabelledProps } from './LabelledField';
import './person-field.css';

interface PersonNameFieldProps extends LabelledProps {
  role: PersonRole;
  value: string;
  onChange: (value: string) => void;
  /** A suggestion taken: the form copies what it needs of the person. */
  onChoose: (person: Person) => void;
  /** The field the cursor goes to once a suggestion is taken (past the address it filled). */
  next?: string;
  /** Offers the most recent ones as soon as the empty field is entered (a delivery's supplier is usually a recent one). */
  recentOnFocus?: boolean;
}

export function PersonNameField({ role, value, onChange, onChoose, next, recentOnFocus = false, ...labelled }: PersonNameFieldProps) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  // The list opens as the person types, and closes once a suggestion is taken or dismissed.
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const typed = value.trim();
  const suggestions =
    useRegisterQuery((store) => (open && (typed !== '' || recentOnFocus) ? store.suggestPeople(role, typed) : Promise.resolve([])), [role, typed, open]) ?? [];
  // A suggestion that is exactly what is typed adds nothing.
  const offered = suggestions.filter((person) => !(person.name === value && suggestions.length === 1));
  const shown = open && offered.length > 0;
  const current = Math.min(active, offered.length - 1);

  const choose = (person: Person) => {
    setOpen(false);
    onChoose(person);
    if (next) input.current?.form?.querySelector<HTMLElement>(`[name="${next}"]`)?.focus();
  };
  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!shown) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current + (event.key === 'ArrowDown' ? 1 : offered.length - 1)) % offered.length);
    } else if (event.key === 'Enter') {
      const person = offered[current];
      if (!person) return;
      // Entrée takes the suggestion; it does not send the form.
      event.preventDefault();
      choose(person);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <LabelledField {...labelled} hint={shown ? peopleWords.suggestionHint : labelled.hint}>
      {(control) => (
        <div className="person-field">
          <input
            ref={input}
            type="text"
            value={value}
            autoComplete="off"
            required={labelled.required}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={shown}
            aria-controls={listId}
            aria-activedescendant={shown ? `${listId}-${current}` : undefined}
            onChange={(event) => {
              onChange(event.target.value);
              setActive(0);
              setOpen(true);
            }}
            onKeyDown={keyDown}
            onFocus={() => {
              if (recentOnFocus && value.trim() === '') setOpen(true);
            }}
            onBlur={() => setOpen(false)}
            {...control}
          />
          {shown ? (
            <ul className="person-field__list" id={listId} role="listbox" aria-label={peopleWords.suggestions(labelled.label)}>
              {offered.map((person, index) => (
                <li
                  key={person.key}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === current}
                  className="person-field__option"
                  // Taken before the field loses the focus, which would close the list.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(person);
                  }}
                >
                  <span>{person.name}</span>
                  <span className="person-field__detail">
                    {[
                      person.address,
                      person.rpps ? peopleWords.rpps(person.rpps) : '',
                      person.profession ?? '',
                      peopleWords.lastSeen(formatDay(person.lastDate)),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      )}
    </LabelledField>
  );
}
