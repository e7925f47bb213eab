import { classifySearch, foldForSearch } from '@shared/utils/search-query';

describe('what an agent typed in the search box', () => {
  it.each([
    ['01 23 45 67 89', 'phone'],
    ['+32 2 123 45 67', 'phone'],
    ['06.12.34.56.78', 'phone'],
    ['emilie.dupin@example.fr', 'email'],
    ['dupin@', 'email'],
    ['ACC-104233', 'account'],
    ['acc 104233', 'account'],
    ['Émilie Dupin', 'name'],
    ['Van den Bossche', 'name'],
    ['123', 'name'],
  ])('%s is searched as a %s', (q, intent) => {
    expect(classifySearch(q)).toBe(intent);
  });

  it('folds accents, case and punctuation for name search', () => {
    expect(foldForSearch('  Émilie   DUPIN-Lefèvre ')).toBe('emilie dupin lefevre');
    expect(foldForSearch("Maëlle D'Hondt")).toBe('maelle d hondt');
  });
});
