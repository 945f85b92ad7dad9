import { ConflictError } from '../common/domain-error';

export class DeviceUnavailableError extends ConflictError {
  override readonly code = 'device_unavailable';
  constructor(assetTag: string, status: string) {
    super(`L’appareil ${assetTag} n’est pas disponible (${statusLabel(status)}).`);
  }
}

export class DeviceOnLoanError extends ConflictError {
  override readonly code = 'device_on_loan';
  constructor() {
    super('Cet appareil est prêté ou donné : enregistrez d’abord son retour.');
  }
}

export class AssetTagTakenError extends ConflictError {
  override readonly code = 'asset_tag_taken';
  constructor() {
    super('Ce numéro d’inventaire ou ce numéro de série est déjà utilisé.');
  }
}

export class LoanAlreadyReturnedError extends ConflictError {
  override readonly code = 'loan_already_returned';
  constructor() {
    super('Ce prêt est déjà terminé.');
  }
}

function statusLabel(status: string): string {
  return (
    { on_loan: 'déjà prêté', given: 'donné', in_repair: 'en réparation', lost: 'perdu', retired: 'retiré' }[
      status
    ] ?? status
  );
}
