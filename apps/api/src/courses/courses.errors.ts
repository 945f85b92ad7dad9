import { ConflictError, InvalidFieldError } from '../common/domain-error';

export class NoDraftError extends ConflictError {
  override readonly code = 'no_draft';
  constructor() {
    super('Ce cours n’a pas de brouillon à publier.');
  }
}

export class UnknownMediaError extends InvalidFieldError {
  constructor(path: string) {
    super(path, 'Ce fichier est introuvable : envoyez-le de nouveau.');
  }
}

export class UnknownCompetenceError extends InvalidFieldError {
  constructor(code: string) {
    super('meta.competenceCodes', `Compétence inconnue : ${code}.`);
  }
}
