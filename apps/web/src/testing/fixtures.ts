import type { Cohort, Me, Paginated, Person, TokenPair } from '@passerelle/contracts';
import { SESSION_STORAGE_KEY } from '../app/shared/auth/auth.service';

export function aMe(overrides: Partial<Me> = {}): Me {
  return {
    id: '11111111-1111-4111-8111-111111111111',
    role: 'coordinator',
    firstName: 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@example.fr',
    federationId: '22222222-2222-4222-8222-222222222222',
    federationName: 'Fédération des centres sociaux du Rhône',
    centreId: '33333333-3333-4333-8333-333333333333',
    centreName: 'Centre social des Lilas',
    locale: 'fr',
    ...overrides,
  };
}

export function aTokenPair(overrides: Partial<TokenPair> = {}): TokenPair {
  return {
    accessToken: 'access-token-1',
    expiresIn: 900,
    refreshToken: 'refresh-token-1-long-enough',
    user: aMe(),
    ...overrides,
  };
}

let personCounter = 0;

export function aPerson(overrides: Partial<Person> = {}): Person {
  personCounter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(personCounter).padStart(12, '0')}`,
    centreId: '33333333-3333-4333-8333-333333333333',
    centreName: 'Centre social des Lilas',
    role: 'senior',
    firstName: 'Jeanne',
    lastName: `Dupont ${personCounter}`,
    email: null,
    phone: '06 12 34 56 78',
    town: 'Villeurbanne',
    birthYear: 1944,
    notes: null,
    active: true,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

export function aPeoplePage(items: Person[], overrides: Partial<Paginated<Person>> = {}): Paginated<Person> {
  return { items, total: items.length, page: 1, pageSize: 20, ...overrides };
}

let cohortCounter = 0;

export function aCohort(overrides: Partial<Cohort> = {}): Cohort {
  cohortCounter += 1;
  return {
    id: `c0000000-0000-4000-8000-${String(cohortCounter).padStart(12, '0')}`,
    centreId: '33333333-3333-4333-8333-333333333333',
    name: `Groupe ${cohortCounter}`,
    members: [
      { id: '00000000-0000-4000-8000-000000000101', firstName: 'Jeanne', lastName: 'Dupont' },
      { id: '00000000-0000-4000-8000-000000000102', firstName: 'Marcel', lastName: 'Roux' },
    ],
    ...overrides,
  };
}

/** Puts a session in storage, as a previous sign-in would have; AuthService reads it when created. */
export function storeSession(pair: TokenPair = aTokenPair()): void {
  localStorage.setItem(
    SESSION_STORAGE_KEY,
    JSON.stringify({
      accessToken: pair.accessToken,
      refreshToken: pair.refreshToken,
      expiresAt: Date.now() + pair.expiresIn * 1000,
      user: pair.user,
    }),
  );
}
