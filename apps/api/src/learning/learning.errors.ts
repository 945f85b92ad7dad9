import { ConflictError, DomainError } from '../common/domain-error';

export class UnknownStepError extends DomainError {
  readonly status = 404;
  readonly code = 'unknown_step';
  constructor() {
    super('Cette étape n’existe pas dans la version publiée du cours.');
  }
}

export class VerbNotForStepError extends DomainError {
  readonly status = 400;
  readonly code = 'verb_not_for_step';
  constructor(verb: string, stepType: string) {
    super(`« ${verb} » ne s’applique pas à une étape de type « ${stepType} ».`);
  }
}

export class RecordConflictError extends ConflictError {
  override readonly code = 'record_conflict';
  constructor() {
    super('Un autre enregistrement porte déjà cet identifiant.');
  }
}

export class NotForThisAudienceError extends ConflictError {
  override readonly code = 'not_for_this_audience';
  constructor() {
    super('Cette formation ne s’adresse pas à cette personne.');
  }
}
