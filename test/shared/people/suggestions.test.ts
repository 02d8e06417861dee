// The people suggested while a name is typed: matching, most recent first, a few.
import { describe, expect, it } from 'vitest';
import type { PersonSeen } from '../../../shared/people/people-of-event';
import { rankSuggestions } from '../../../shared/people/suggestions';

const seen = (name: string, lastSeq: number): PersonSeen => ({ role: 'patient', name, address: 'Lyon', lastSeq, lastDate: '2026-03-01' });

describe('rankSuggestions', () => {
  const people = [seen('Jean Martin', 3), seen('Hélène Martineau', 12), seen('Paul Durand', 20), seen('Marthe Petit', 7)];

  it('keeps the names matching what is typed, the most recently seen first', () => {
    expect(rankSuggestions(people, 'mart').map((person) => person.name)).toEqual(['Hélène Martineau', 'Marthe Petit', 'Jean Martin']);
  });

  it('ignores accents and case, and reads every word typed', () => {
    expect(rankSuggestions(people, 'HELENE mar').map((person) => person.name)).toEqual(['Hélène Martineau']);
  });

  it('gives the most recent ones on an empty query, at most the limit', () => {
    expect(rankSuggestions(people, '', 2).map((person) => person.name)).toEqual(['Paul Durand', 'Hélène Martineau']);
  });
});
