import { PDFDocument, type PDFFont, StandardFonts, rgb } from 'pdf-lib';
import { winAnsiSafe, wrapText } from '../common/pdf-text';

export interface SignedAgreementFacts {
  centreName: string;
  title: string;
  text: string;
  signerName: string;
  signedAt: Date;
  witnessName: string | null;
  signaturePng: Uint8Array;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;

/** The signed agreement as a PDF: the frozen text, then the drawn signature and who witnessed it. */
export async function renderAgreementPdf(f: SignedAgreementFacts): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(winAnsiSafe(f.title));
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const ink = rgb(0.05, 0.1, 0.2);
  let page = pdf.addPage([A4.width, A4.height]);
  let y = A4.height - MARGIN;
  const width = A4.width - 2 * MARGIN;
  const line = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const chunk of wrapText(winAnsiSafe(text), font, size, width)) {
      if (y < MARGIN + size) {
        page = pdf.addPage([A4.width, A4.height]);
        y = A4.height - MARGIN;
      }
      page.drawText(chunk, { x: MARGIN, y: y - size, size, font, color: ink });
      y -= size + gap;
    }
  };
  line(f.centreName, regular, 10, 10);
  line(f.title, bold, 16, 14);
  for (const paragraph of f.text.split('\n')) line(paragraph, regular, 11);
  y -= 16;
  const signedOn = new Intl.DateTimeFormat('fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(f.signedAt);
  line(`Signé par ${f.signerName}, le ${signedOn}.`, bold, 11);
  if (f.witnessName) line(`En présence de ${f.witnessName}, pour le centre.`, regular, 11);
  const image = await pdf.embedPng(f.signaturePng);
  const scale = Math.min(220 / image.width, 90 / image.height, 1);
  const h = image.height * scale;
  if (y - h < MARGIN) {
    page = pdf.addPage([A4.width, A4.height]);
    y = A4.height - MARGIN;
  }
  page.drawImage(image, { x: MARGIN, y: y - h - 6, width: image.width * scale, height: h });
  return pdf.save();
}
