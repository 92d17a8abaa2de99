import { formPath, reminderMail } from './reminder-mail';

const facts = {
  officeName: 'Urząd Miasta Zator',
  programmeName: 'Program testowy',
  periodLabel: '2030-Q1',
  deadline: new Date('2030-04-20T21:59:00Z'),
  formUrl: `https://bench.example.pl${formPath('p', 'o', 'q')}`,
};

describe('reminderMail', () => {
  it('names the office, the period, the deadline (in Poland) and the form, in Polish then English', () => {
    const mail = reminderMail('k@example.pl', facts, new Date('2030-04-18T10:00:00Z'));
    expect(mail.to).toBe('k@example.pl');
    expect(mail.subject).toContain('2030-Q1');
    expect(mail.text).toContain('sprawozdanie urzędu Urząd Miasta Zator za okres 2030-Q1');
    expect(mail.text).toContain('należy przesłać do 20 kwietnia 2030');
    expect(mail.text).toContain('23:59');
    expect(mail.text).toContain('is due by 20 April 2030');
    expect(mail.text).toContain('https://bench.example.pl/programmes/p/offices/o/periods/q');
    expect(mail.text.indexOf('Dzień dobry')).toBeLessThan(mail.text.indexOf('A reminder'));
  });

  it('says the deadline has passed once it has', () => {
    const mail = reminderMail('k@example.pl', facts, new Date('2030-04-22T10:00:00Z'));
    expect(mail.text).toContain('minął 20 kwietnia 2030');
    expect(mail.text).toContain('was due on 20 April 2030');
    expect(mail.text).toContain('has not been submitted yet');
  });
});
