import {
  VisitErrorCode,
  VisitReportErrorCode,
  type SeriesOccurrence,
  type VisitConflict,
} from '@passerelle/contracts';
import { ConflictError, NotFoundError } from '../common/domain-error';
import { frenchTime } from './visits.mapper';

/** A booking or a move refused because the volunteer or the senior is busy then (travel included). */
export class VisitConflictError extends ConflictError {
  override readonly code = VisitErrorCode.Conflict;
  constructor(conflicts: VisitConflict[]) {
    const first = conflicts[0];
    super(
      first
        ? `${who(first)} a déjà une visite le ${frenchTime(first.visit.startsAt)} (trajet compris).`
        : 'Ce créneau vient d’être pris : choisissez-en un autre.',
      undefined,
      { conflicts },
    );
  }
}

/** A series refused as a whole: every clashing occurrence is listed, nothing was saved. */
export class VisitSeriesConflictError extends ConflictError {
  override readonly code = VisitErrorCode.SeriesConflict;
  constructor(occurrences: SeriesOccurrence[]) {
    const n = occurrences.length;
    const full = occurrences.filter((o) => o.weekFull).length;
    const why =
      full === 0
        ? 'un créneau déjà pris'
        : full === n
          ? 'une semaine où le bénévole a déjà son maximum de visites'
          : 'un créneau déjà pris ou une semaine déjà complète';
    super(
      `${n} ${n > 1 ? 'visites de la série tombent' : 'visite de la série tombe'} sur ${why} ; rien n’a été enregistré.`,
      undefined,
      { occurrences },
    );
  }
}

export class VisitNotPlannedError extends ConflictError {
  override readonly code = VisitErrorCode.NotPlanned;
  constructor() {
    super('Cette visite est déjà faite ou annulée : elle ne peut plus changer.');
  }
}

export class VisitSeriesEndedError extends ConflictError {
  override readonly code = VisitErrorCode.SeriesEnded;
  constructor() {
    super('Cette série a déjà été arrêtée ou remplacée.');
  }
}

/** The visit already has a report with other content (the same report again is accepted). */
export class VisitAlreadyReportedError extends ConflictError {
  override readonly code = VisitReportErrorCode.AlreadyReported;
  constructor() {
    super('Cette visite a déjà son compte rendu ; demandez à la coordination pour le corriger.');
  }
}

export class VisitNotStartedError extends ConflictError {
  override readonly code = VisitReportErrorCode.NotStarted;
  constructor() {
    super('Cette visite n’a pas encore commencé : le compte rendu se remplit pendant ou après la visite.');
  }
}

export class VisitNotReportedError extends NotFoundError {
  constructor() {
    super('Compte rendu');
  }
}

function who(conflict: VisitConflict): string {
  const { volunteer, senior } = conflict.visit;
  if (conflict.clash === 'senior') return `${senior.firstName} ${senior.lastName}`;
  if (conflict.clash === 'volunteer') return `${volunteer.firstName} ${volunteer.lastName}`;
  return `${volunteer.firstName} ${volunteer.lastName} (avec ${senior.firstName} ${senior.lastName})`;
}
