import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt } from 'node:crypto';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { Certificate, CertificateVerification, Competence } from '@passerelle/contracts';
import type { AuthUser } from '../common/auth-user';
import { NotFoundError } from '../common/domain-error';
import { CertificateEntity } from './learning.entities';
import { wrapText } from '../common/pdf-text';

/** Unambiguous characters only (no 0/O, 1/I/L), so a code read aloud over the phone is typed right. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newCertificateCode(): string {
  const part = () => Array.from({ length: 4 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `PAS-${part()}-${part()}`;
}

export interface CertificateFacts {
  centreId: string;
  personId: string;
  courseId: string;
  courseVersion: number;
  learnerName: string;
  courseTitle: string;
  centreName: string;
  durationMinutes: number;
  competences: Competence[];
}

@Injectable()
export class CertificatesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Issues the attestation once per person and course, inside the completing transaction. */
  async issue(tx: EntityManager, facts: CertificateFacts): Promise<CertificateEntity> {
    const repo = tx.getRepository(CertificateEntity);
    const existing = await repo.findOneBy({ personId: facts.personId, courseId: facts.courseId });
    if (existing) return existing;
    return repo.save({ ...facts, code: newCertificateCode(), revokedAt: null });
  }

  async mine(user: AuthUser): Promise<Certificate[]> {
    const rows = await this.db
      .getRepository(CertificateEntity)
      .find({ where: { personId: user.id, revokedAt: IsNull() }, order: { issuedAt: 'DESC' } });
    return rows.map(toCertificate);
  }

  /** The learner, or a coordinator of the learner's centre, may download it; others get 404. */
  async pdf(user: AuthUser, id: string): Promise<{ filename: string; bytes: Uint8Array }> {
    const cert = await this.db.getRepository(CertificateEntity).findOneBy({ id, revokedAt: IsNull() });
    const allowed =
      cert &&
      (cert.personId === user.id ||
        (user.role === 'coordinator' && cert.centreId === user.centreId) ||
        (user.role === 'federation_admin' && (await this.inFederation(cert.centreId, user.federationId))));
    if (!cert || !allowed) throw new NotFoundError('Attestation');
    return { filename: `attestation-${cert.code}.pdf`, bytes: await renderCertificatePdf(cert) };
  }

  async verify(code: string): Promise<CertificateVerification> {
    const cert = await this.db.getRepository(CertificateEntity).findOneBy({ code, revokedAt: IsNull() });
    if (!cert) return { valid: false, certificate: null };
    const { id: _id, ...rest } = toCertificate(cert);
    return { valid: true, certificate: rest };
  }

  private async inFederation(centreId: string, federationId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `SELECT 1 FROM centres WHERE id = $1 AND federation_id = $2`,
      [centreId, federationId],
    );
    return rows.length > 0;
  }
}

export function toCertificate(c: CertificateEntity): Certificate {
  return {
    id: c.id,
    code: c.code,
    learnerName: c.learnerName,
    courseTitle: c.courseTitle,
    centreName: c.centreName,
    issuedAt: c.issuedAt.toISOString(),
    durationMinutes: c.durationMinutes,
    competences: c.competences,
  };
}

const FRENCH_DATE = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

function formatDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} minutes`;
  return m === 0 ? `${h} heure${h > 1 ? 's' : ''}` : `${h} h ${String(m).padStart(2, '0')}`;
}

/** A one-page French attestation (A4). Standard fonts cover French accents (WinAnsi). */
export async function renderCertificatePdf(c: CertificateEntity): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Attestation de formation — ${c.courseTitle}`);
  pdf.setAuthor(c.centreName);
  pdf.setSubject(`Code de vérification ${c.code}`);
  pdf.setLanguage('fr-FR');
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const navy = rgb(0.043, 0.145, 0.271);
  const { width } = page.getSize();
  let y = 760;
  const line = (text: string, size: number, font = regular, gap = 10) => {
    for (const chunk of wrapText(text, font, size, width - 140)) {
      page.drawText(chunk, { x: 70, y, size, font, color: navy });
      y -= size + gap / 2;
    }
    y -= gap;
  };
  page.drawRectangle({ x: 40, y: 40, width: width - 80, height: 761, borderColor: navy, borderWidth: 2 });
  line(c.centreName, 14, bold, 4);
  line('Passerelle — accompagnement numérique des centres sociaux', 10, regular, 30);
  line('Attestation de formation', 28, bold, 24);
  line(`Nous attestons que ${c.learnerName}`, 15);
  line(`a suivi avec succès la formation « ${c.courseTitle} »`, 15, bold);
  line(`Durée estimée : ${formatDuration(c.durationMinutes)}`, 13);
  line(`Date : ${FRENCH_DATE.format(c.issuedAt)}`, 13, regular, 24);
  if (c.competences.length > 0) {
    line('Compétences travaillées (référentiel Pix) :', 13, bold, 6);
    for (const comp of c.competences) line(`• ${comp.code} ${comp.title} (${comp.area})`, 12, regular, 2);
    y -= 16;
  }
  line(`Code de vérification : ${c.code}`, 13, bold, 4);
  line(
    'Pour vérifier cette attestation, saisissez ce code sur la page « Vérifier une attestation » de Passerelle (/verifier).',
    10,
  );
  return pdf.save();
}
