import type { Person, PersonDetail, PersonRef } from '@passerelle/contracts';
import type { PersonEntity } from './person.entity';

export function toPerson(entity: PersonEntity): Person {
  return {
    id: entity.id,
    centreId: entity.centreId,
    centreName: entity.centre?.name ?? null,
    role: entity.role,
    firstName: entity.firstName,
    lastName: entity.lastName,
    email: entity.email,
    phone: entity.phone,
    town: entity.town,
    birthYear: entity.birthYear,
    notes: entity.notes,
    active: entity.active,
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toPersonRef(entity: PersonEntity): PersonRef {
  return { id: entity.id, firstName: entity.firstName, lastName: entity.lastName };
}

export function toPersonDetail(
  entity: PersonEntity,
  links: { volunteers: PersonEntity[]; seniors: PersonEntity[] },
): PersonDetail {
  return {
    ...toPerson(entity),
    volunteers: links.volunteers.map(toPersonRef),
    seniors: links.seniors.map(toPersonRef),
  };
}
