import { ErrorCode } from '@passerelle/contracts';
import { ConflictError } from '../common/domain-error';

export class EmailTakenError extends ConflictError {
  override readonly code = ErrorCode.EmailTaken;
  constructor() {
    super('Cette adresse e-mail est déjà utilisée par une autre personne.');
  }
}

export class CannotDeactivateSelfError extends ConflictError {
  override readonly code = 'cannot_deactivate_self';
  constructor() {
    super('Vous ne pouvez pas désactiver votre propre compte.');
  }
}

export class InactivePersonError extends ConflictError {
  override readonly code = 'person_inactive';
  constructor() {
    super('Cette personne est désactivée.');
  }
}
