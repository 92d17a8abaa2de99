import { englishCount, OFFICES_ACCUSATIVE, OFFICES_EN, OFFICES_GENITIVE, polishCount } from './plurals';

describe('counts with their nouns', () => {
  it('chooses the Polish form the number asks for', () => {
    expect([1, 2, 4, 5, 12, 22, 25, 112].map((n) => polishCount(n, OFFICES_ACCUSATIVE))).toEqual([
      '1 urząd',
      '2 urzędy',
      '4 urzędy',
      '5 urzędów',
      '12 urzędów',
      '22 urzędy',
      '25 urzędów',
      '112 urzędów',
    ]);
    expect([1, 2, 5].map((n) => polishCount(n, OFFICES_GENITIVE))).toEqual(['1 urzędu', '2 urzędów', '5 urzędów']);
  });

  it('and the English one', () => {
    expect([1, 2, 0].map((n) => englishCount(n, OFFICES_EN))).toEqual(['1 office', '2 offices', '0 offices']);
  });
});
