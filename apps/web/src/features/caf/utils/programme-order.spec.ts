import { isOfficeOrder, orderOffices } from './programme-order';

const offices = [
  { officeName: 'Urząd Miasta Zator', change: 162, latestTotal: 414 },
  { officeName: 'Starostwo Powiatowe Kłodzko', change: null, latestTotal: 372 },
  { officeName: 'Urząd Gminy Łagiewniki', change: 32, latestTotal: 397 },
  { officeName: 'Urząd Gminy Lewin Kłodzki', change: null, latestTotal: null },
];
const names = (ordered: typeof offices) => ordered.map(({ officeName }) => officeName);

describe('orderOffices', () => {
  it('orders by name as the language collates it', () => {
    expect(names(orderOffices(offices, 'name', 'pl'))).toEqual([
      'Starostwo Powiatowe Kłodzko',
      'Urząd Gminy Lewin Kłodzki',
      'Urząd Gminy Łagiewniki',
      'Urząd Miasta Zator',
    ]);
  });

  it('puts the largest change or latest total first, offices without one last', () => {
    expect(names(orderOffices(offices, 'change', 'pl'))).toEqual([
      'Urząd Miasta Zator',
      'Urząd Gminy Łagiewniki',
      'Starostwo Powiatowe Kłodzko',
      'Urząd Gminy Lewin Kłodzki',
    ]);
    expect(names(orderOffices(offices, 'latest', 'pl'))[0]).toBe('Urząd Miasta Zator');
    expect(names(orderOffices(offices, 'latest', 'pl')).at(-1)).toBe('Urząd Gminy Lewin Kłodzki');
  });

  it('leaves the given list as it was', () => {
    orderOffices(offices, 'name', 'pl');
    expect(offices[0]?.officeName).toBe('Urząd Miasta Zator');
  });
});

describe('isOfficeOrder', () => {
  it('recognises the orders', () => {
    expect(isOfficeOrder('change')).toBe(true);
    expect(isOfficeOrder('total')).toBe(false);
  });
});
