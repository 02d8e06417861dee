// The people suggested while a name is typed: those whose name matches every word typed
// (accents and case aside), the most recently seen first, as many as fit under the field.
import type { PersonSeen } from './people-of-event';
import { matchesQuery } from './search-text';

export const SUGGESTION_LIMIT = 8;

export function rankSuggestions<P extends PersonSeen>(people: readonly P[], query: string, limit = SUGGESTION_LIMIT): P[] {
  return people
    .filter((person) => matchesQuery(person.name, query))
    .sort((a, b) => b.lastSeq - a.lastSeq)
    .slice(0, limit);
}
