// Names searched as they are typed at the counter: accents, case and punctuation aside.
import { describe, expect, it } from 'vitest';
import { matchesQuery, searchForm, searchWords } from '../../../shared/people/search-text';

describe('searchForm', () => {
  it('drops accents and case, and turns punctuation into single spaces', () => {
    expect(searchForm('  Mme  HÉLÈNE Lefèvre-Ça, 3 rue de l’Étang ')).toBe('mme helene lefevre ca 3 rue de l etang');
  });

  it('keeps the ligatures’ letters apart from accents', () => {
    expect(searchForm('Cœur Noël')).toBe('cœur noel');
  });
});

describe('searchWords', () => {
  it('gives each word once, in order', () => {
    expect(searchWords('Martin MARTIN Jean')).toEqual(['martin', 'jean']);
    expect(searchWords(' - ')).toEqual([]);
  });
});

describe('matchesQuery', () => {
  it('finds a name by the beginning of any of its words, in any order, whatever the accents', () => {
    expect(matchesQuery('Hélène Lefèvre', 'lef')).toBe(true);
    expect(matchesQuery('Hélène Lefèvre', 'LEFE hel')).toBe(true);
    expect(matchesQuery('Hélène Lefèvre', 'HÉLE')).toBe(true);
  });

  it('does not find a word typed in the middle of another, nor a word the name lacks', () => {
    expect(matchesQuery('Hélène Lefèvre', 'fèvre')).toBe(false);
    expect(matchesQuery('Hélène Lefèvre', 'lefevre paul')).toBe(false);
  });

  it('matches everything on an empty query', () => {
    expect(matchesQuery('Jean Martin', '  ')).toBe(true);
  });
});
