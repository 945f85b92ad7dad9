import { escapeLike, foldForSearch, searchText } from './search-text';

describe('search text', () => {
  it('folds accents, case and spaces', () => {
    expect(foldForSearch('  Hélène   LEFÈVRE ')).toBe('helene lefevre');
    expect(foldForSearch('Françoise Œuvray-Noël')).toBe('francoise œuvray-noel');
  });

  it('joins the known parts and skips missing ones', () => {
    expect(searchText(['Zoé', null, 'Saint-Omer', undefined])).toBe('zoe saint-omer');
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
