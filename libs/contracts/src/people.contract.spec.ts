import { CreatePersonSchema, PeopleQuerySchema, UpdatePersonSchema } from './people.contract';
import { LoginRequestSchema } from './auth.contract';
import { DateOnlySchema } from './common.contract';

describe('people contracts', () => {
  it('accepts a senior without e-mail or password and turns empty optional fields into null', () => {
    const sut = CreatePersonSchema.parse({
      role: 'senior',
      firstName: ' Jeanne ',
      lastName: 'Martin',
      email: '',
      town: '  ',
    });
    expect(sut).toMatchObject({ firstName: 'Jeanne', email: null, town: null });
  });

  it('refuses a password for a senior', () => {
    const result = CreatePersonSchema.safeParse({
      role: 'senior',
      firstName: 'Marcel',
      lastName: 'Lefebvre',
      password: 'un-long-mot-de-passe',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['password']);
  });

  it('needs an e-mail when a volunteer gets a password', () => {
    const result = CreatePersonSchema.safeParse({
      role: 'volunteer',
      firstName: 'Camille',
      lastName: 'Dubois',
      password: 'un-long-mot-de-passe',
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['email']);
  });

  it('normalises e-mails to lower case without surrounding spaces', () => {
    expect(LoginRequestSchema.parse({ email: ' Camille.Dubois@Passerelle.Demo ', password: 'x' }).email).toBe(
      'camille.dubois@passerelle.demo',
    );
  });

  it('refuses an empty update', () => {
    expect(UpdatePersonSchema.safeParse({}).success).toBe(false);
    expect(UpdatePersonSchema.safeParse({ active: false }).success).toBe(true);
  });

  it('coerces query strings and applies defaults', () => {
    expect(PeopleQuerySchema.parse({ page: '2' })).toEqual({ page: 2, pageSize: 20, status: 'active' });
    expect(PeopleQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false);
  });

  it('accepts only real calendar dates as date-only values', () => {
    expect(DateOnlySchema.safeParse('2026-03-29').success).toBe(true);
    expect(DateOnlySchema.safeParse('2026-02-30').success).toBe(false);
    expect(DateOnlySchema.safeParse('2026-03-29T10:00:00Z').success).toBe(false);
  });
});
