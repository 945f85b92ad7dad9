import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, IsNull, SelectQueryBuilder } from 'typeorm';
import { isUniqueViolation } from '../common/pg-errors';
import type {
  CreatePerson,
  Paginated,
  PeopleQuery,
  Person,
  PersonDetail,
  UpdatePerson,
} from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { ForbiddenError, InvalidFieldError, NotFoundError } from '../common/domain-error';
import { AuthService } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { CentreEntity } from '../centres/centre.entity';
import { PersonEntity } from './person.entity';
import { CentreMembershipEntity } from './centre-membership.entity';
import { CoachingAssignmentEntity } from './coaching-assignment.entity';
import { toPerson, toPersonDetail } from './people.mapper';
import { CannotDeactivateSelfError, EmailTakenError, InactivePersonError } from './people.errors';
import { escapeLike, foldForSearch } from './search-text';

export interface PersonSummary {
  id: string;
  role: PersonEntity['role'];
  centreId: string | null;
  centreName: string | null;
  firstName: string;
  lastName: string;
  active: boolean;
}

@Injectable()
export class PeopleService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Coordinators list their centre; federation admins every centre of their federation. */
  async list(user: AuthUser, query: PeopleQuery): Promise<Paginated<Person>> {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
    const qb = this.visibleTo(user, this.people().leftJoinAndSelect('p.centre', 'centre'));
    if (query.centreId) qb.andWhere('p.centreId = :centreId', { centreId: query.centreId });
    if (query.role) qb.andWhere('p.role = :role', { role: query.role });
    if (query.status !== 'all') qb.andWhere('p.active = :active', { active: query.status === 'active' });
    const words = query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : [];
    words.forEach((word, i) =>
      qb.andWhere(`p.searchText LIKE :w${i} ESCAPE '\\'`, { [`w${i}`]: `%${escapeLike(word)}%` }),
    );
    const [rows, total] = await qb
      .orderBy('p.lastName', 'ASC')
      .addOrderBy('p.firstName', 'ASC')
      .addOrderBy('p.id', 'ASC')
      // offset/limit, not skip/take: the only join is many-to-one, so TypeORM's DISTINCT pre-query is waste.
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toPerson), total, page: query.page, pageSize: query.pageSize };
  }

  /** One person the caller may see; anyone else answers 404 so foreign ids are not even confirmed. */
  async get(user: AuthUser, id: string): Promise<PersonDetail> {
    return this.detail(this.db.manager, await this.findVisible(user, id));
  }

  async create(user: AuthUser, input: CreatePerson): Promise<PersonDetail> {
    const centre = await this.targetCentre(user, input.centreId);
    const email = input.email ?? null;
    if (email) await this.assertEmailFree(email);
    const passwordHash = input.password ? await this.hasher.hash(input.password) : null;
    return this.db.transaction(async (tx) => {
      const person = tx.getRepository(PersonEntity).create({
        federationId: centre.federationId,
        centreId: centre.id,
        role: input.role,
        firstName: input.firstName,
        lastName: input.lastName,
        email,
        phone: input.phone ?? null,
        town: input.town ?? null,
        birthYear: input.birthYear ?? null,
        notes: input.notes ?? null,
        passwordHash,
        active: true,
        deactivatedAt: null,
      });
      await this.saveTranslatingConflicts(tx, person);
      await tx
        .getRepository(CentreMembershipEntity)
        .insert({ centreId: centre.id, personId: person.id, endedAt: null });
      person.centre = centre;
      return this.detail(tx, person);
    });
  }

  async update(user: AuthUser, id: string, input: UpdatePerson): Promise<PersonDetail> {
    this.assertManager(user);
    const person = await this.findVisible(user, id);
    if (input.email && input.email.toLowerCase() !== person.email?.toLowerCase()) {
      await this.assertEmailFree(input.email, person.id);
    }
    if (input.active === false && person.id === user.id) throw new CannotDeactivateSelfError();
    return this.db.transaction(async (tx) => {
      const { active, ...fields } = input;
      Object.assign(person, fields);
      if (active !== undefined && active !== person.active) {
        person.active = active;
        person.deactivatedAt = active ? null : new Date();
        if (!active) await this.onDeactivated(tx, person);
      }
      await this.saveTranslatingConflicts(tx, person);
      return this.detail(tx, person);
    });
  }

  /** Makes a volunteer coach a senior of the same centre. Assigning twice changes nothing. */
  async assignVolunteer(user: AuthUser, seniorId: string, volunteerId: string): Promise<PersonDetail> {
    this.assertManager(user);
    const senior = await this.findVisible(user, seniorId, 'senior');
    const volunteer = await this.findVisible(user, volunteerId, 'volunteer');
    if (volunteer.centreId !== senior.centreId) throw new NotFoundError('Bénévole');
    if (!senior.active || !volunteer.active) throw new InactivePersonError();
    await this.db.query(
      `INSERT INTO coaching_assignments (centre_id, volunteer_id, senior_id, created_by_id)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (volunteer_id, senior_id) WHERE ended_at IS NULL DO NOTHING`,
      [senior.centreId, volunteer.id, senior.id, user.id],
    );
    return this.detail(this.db.manager, senior);
  }

  /** Ends a coaching link; the row stays as history. Ending one that is not open changes nothing. */
  async unassignVolunteer(user: AuthUser, seniorId: string, volunteerId: string): Promise<PersonDetail> {
    this.assertManager(user);
    const senior = await this.findVisible(user, seniorId, 'senior');
    await this.db
      .getRepository(CoachingAssignmentEntity)
      .createQueryBuilder()
      .update()
      .set({ endedAt: () => 'now()' })
      .where('senior_id = :seniorId AND volunteer_id = :volunteerId AND ended_at IS NULL', {
        seniorId: senior.id,
        volunteerId,
      })
      .execute();
    return this.detail(this.db.manager, senior);
  }

  /** The active seniors a volunteer currently coaches. */
  async seniorsOf(user: AuthUser): Promise<Person[]> {
    if (user.role !== 'volunteer') throw new ForbiddenError();
    const rows = await this.people()
      .leftJoinAndSelect('p.centre', 'centre')
      .innerJoin(CoachingAssignmentEntity, 'a', 'a.seniorId = p.id AND a.endedAt IS NULL')
      .where('a.volunteerId = :me', { me: user.id })
      .andWhere('p.active = true')
      .orderBy('p.lastName', 'ASC')
      .addOrderBy('p.firstName', 'ASC')
      .getMany();
    return rows.map(toPerson);
  }

  /** A person the caller may see, as other areas need them (learning, devices, visits). */
  async visiblePerson(user: AuthUser, id: string, role?: PersonEntity['role']): Promise<PersonSummary> {
    const p = await this.findVisible(user, id, role);
    return {
      id: p.id,
      role: p.role,
      centreId: p.centreId,
      centreName: p.centre?.name ?? null,
      firstName: p.firstName,
      lastName: p.lastName,
      active: p.active,
    };
  }

  /** Whether a volunteer currently coaches a senior. */
  async coaches(
    volunteerId: string,
    seniorId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<boolean> {
    return manager
      .getRepository(CoachingAssignmentEntity)
      .existsBy({ volunteerId, seniorId, endedAt: IsNull() });
  }

  private people(manager: EntityManager = this.db.manager): SelectQueryBuilder<PersonEntity> {
    return manager.getRepository(PersonEntity).createQueryBuilder('p');
  }

  /** Row-level scope: what each role may see of the people table. */
  private visibleTo(user: AuthUser, qb: SelectQueryBuilder<PersonEntity>): SelectQueryBuilder<PersonEntity> {
    switch (user.role) {
      case 'federation_admin':
        return qb.andWhere('p.federationId = :fed', { fed: user.federationId });
      case 'coordinator':
        return qb.andWhere('p.centreId = :centre', { centre: user.centreId });
      case 'volunteer':
        return qb.andWhere(
          new Brackets((w) =>
            w.where('p.id = :me', { me: user.id }).orWhere(
              `EXISTS (SELECT 1 FROM coaching_assignments a
                         WHERE a.senior_id = p.id AND a.volunteer_id = :me AND a.ended_at IS NULL)`,
            ),
          ),
        );
      case 'senior':
        return qb.andWhere('p.id = :me', { me: user.id });
    }
  }

  private async findVisible(user: AuthUser, id: string, role?: PersonEntity['role']): Promise<PersonEntity> {
    const qb = this.visibleTo(user, this.people().leftJoinAndSelect('p.centre', 'centre')).andWhere(
      'p.id = :id',
      { id },
    );
    if (role) qb.andWhere('p.role = :role', { role });
    const person = await qb.getOne();
    if (!person)
      throw new NotFoundError(role === 'volunteer' ? 'Bénévole' : role === 'senior' ? 'Senior' : 'Personne');
    return person;
  }

  private async detail(manager: EntityManager, person: PersonEntity): Promise<PersonDetail> {
    const linked = (side: 'volunteer' | 'senior') => {
      const other = side === 'volunteer' ? 'senior' : 'volunteer';
      return this.people(manager)
        .innerJoin(CoachingAssignmentEntity, 'a', `a.${side}Id = p.id AND a.endedAt IS NULL`)
        .where(`a.${other}Id = :id`, { id: person.id })
        .orderBy('p.lastName', 'ASC')
        .addOrderBy('p.firstName', 'ASC')
        .getMany();
    };
    const [volunteers, seniors] = await Promise.all([
      person.role === 'senior' ? linked('volunteer') : Promise.resolve([]),
      person.role === 'volunteer' ? linked('senior') : Promise.resolve([]),
    ]);
    return toPersonDetail(person, { volunteers, seniors });
  }

  private assertManager(user: AuthUser): void {
    if (user.role !== 'coordinator' && user.role !== 'federation_admin') throw new ForbiddenError();
  }

  private async targetCentre(user: AuthUser, requested: string | undefined): Promise<CentreEntity> {
    this.assertManager(user);
    let centreId: string;
    if (user.role === 'coordinator') {
      if (requested && requested !== user.centreId) throw new NotFoundError('Centre');
      centreId = user.centreId!;
    } else {
      if (!requested) throw new InvalidFieldError('centreId', 'Choisissez le centre de cette personne.');
      centreId = requested;
    }
    const centre = await this.db
      .getRepository(CentreEntity)
      .findOneBy({ id: centreId, federationId: user.federationId });
    if (!centre) throw new NotFoundError('Centre');
    return centre;
  }

  private async assertEmailFree(email: string, exceptId?: string): Promise<void> {
    const qb = this.people().where('lower(p.email) = lower(:email)', { email });
    if (exceptId) qb.andWhere('p.id <> :exceptId', { exceptId });
    if (await qb.getExists()) throw new EmailTakenError();
  }

  /** A concurrent request can take the e-mail between the check and the insert: the index decides. */
  private async saveTranslatingConflicts(tx: EntityManager, person: PersonEntity): Promise<void> {
    try {
      await tx.getRepository(PersonEntity).save(person);
    } catch (error) {
      if (isUniqueViolation(error, 'people_email_unique')) throw new EmailTakenError();
      throw error;
    }
  }

  private async onDeactivated(tx: EntityManager, person: PersonEntity): Promise<void> {
    await this.auth.revokeAllSessions(person.id, tx);
    await tx
      .getRepository(CoachingAssignmentEntity)
      .createQueryBuilder()
      .update()
      .set({ endedAt: () => 'now()' })
      .where('(senior_id = :id OR volunteer_id = :id) AND ended_at IS NULL', { id: person.id })
      .execute();
  }
}
