import { ErrorCode } from '@passerelle/contracts';
import { DomainError } from '../common/domain-error';

export class InvalidCredentialsError extends DomainError {
  readonly status = 401;
  readonly code = ErrorCode.InvalidCredentials;
  constructor() {
    super('Adresse e-mail ou mot de passe incorrect.');
  }
}

export class InvalidRefreshTokenError extends DomainError {
  readonly status = 401;
  readonly code = ErrorCode.InvalidRefreshToken;
  constructor() {
    super('Votre session a expiré. Veuillez vous reconnecter.');
  }
}
