import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { Role } from '@passerelle/contracts';
import type { AuthUser } from '../src/common/auth-user';
import { CentreEntity } from '../src/centres/centre.entity';
import { FederationEntity } from '../src/centres/federation.entity';
import { CentreMembershipEntity } from '../src/people/centre-membership.entity';
import { CoachingAssignmentEntity } from '../src/people/coaching-assignment.entity';
import { PersonEntity } from '../src/people/person.entity';

let counter = 0;
const next = () => ++counter;

/** Builders that write real rows: `const centre = await given.centre()`. */
export class Given {
  constructor(private readonly db: DataSource) {}

  async federation(name = `Fédération ${next()}`): Promise<FederationEntity> {
    return this.db.getRepository(FederationEntity).save({ name });
  }

  async centre(
    values: Partial<CentreEntity> & { federation?: FederationEntity } = {},
  ): Promise<CentreEntity> {
    const federation = values.federation ?? (await this.federation());
    const n = next();
    return this.db.getRepository(CentreEntity).save({
      name: values.name ?? `Centre social n°${n}`,
      town: values.town ?? 'Lille',
      postcode: values.postcode ?? '59000',
      federationId: federation.id,
    });
  }

  /** A person of a centre (or a federation admin when `role` is federation_admin and `federationId` is given). */
  async person(
    values: Partial<Omit<PersonEntity, 'centre'>> & { role: Role; centre?: CentreEntity; password?: string },
  ): Promise<PersonEntity> {
    const n = next();
    const { centre, password, ...rest } = values;
    const repo = this.db.getRepository(PersonEntity);
    const federationId = rest.federationId ?? centre?.federationId;
    if (!federationId) throw new Error('person() needs a centre or a federationId');
    const person = await repo.save(
      repo.create({
        firstName: `Prénom${n}`,
        lastName: `Nom${n}`,
        email: values.role === 'senior' ? null : `personne${n}@exemple.fr`,
        phone: null,
        town: null,
        birthYear: null,
        notes: null,
        active: true,
        deactivatedAt: null,
        ...rest,
        federationId,
        centreId: values.role === 'federation_admin' ? null : (centre?.id ?? null),
        passwordHash: password ? await argon2.hash(password) : null,
      }),
    );
    if (person.centreId) {
      await this.db
        .getRepository(CentreMembershipEntity)
        .insert({ centreId: person.centreId, personId: person.id, endedAt: null });
    }
    return person;
  }

  async assignment(volunteer: PersonEntity, senior: PersonEntity): Promise<void> {
    await this.db.getRepository(CoachingAssignmentEntity).insert({
      centreId: senior.centreId!,
      volunteerId: volunteer.id,
      seniorId: senior.id,
      endedAt: null,
      createdById: null,
    });
  }
}

export function asUser(person: PersonEntity): AuthUser {
  return {
    id: person.id,
    role: person.role,
    federationId: person.federationId,
    centreId: person.centreId,
    deviceId: null,
  };
}
