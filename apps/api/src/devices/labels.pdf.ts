import { PDFDocument, type PDFPage, StandardFonts, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import { winAnsiSafe } from '../common/pdf-text';

export interface LabelFacts {
  assetTag: string;
  kindLabel: string;
  model: string;
  centreName: string;
  /** What the QR code opens: the device's page in Passerelle. */
  url: string;
}

const MM = 72 / 25.4;
// A4 sheet of 3 × 8 labels of 70 × 37 mm (the common "L7160-like" office sheet), no margins lost.
const PAGE = { width: 210 * MM, height: 297 * MM };
const GRID = { columns: 3, rows: 8, width: 70 * MM, height: 37 * MM };
const TOP = (PAGE.height - GRID.rows * GRID.height) / 2;

/** One A4 page per 24 devices; each label carries a QR code, the asset tag in large type, and the owner. */
export async function renderLabelsPdf(labels: LabelFacts[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Étiquettes d’inventaire Passerelle');
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const perPage = GRID.columns * GRID.rows;
  let page = pdf.addPage([PAGE.width, PAGE.height]);
  for (const [i, label] of labels.entries()) {
    if (i > 0 && i % perPage === 0) page = pdf.addPage([PAGE.width, PAGE.height]);
    const slot = i % perPage;
    const x = (slot % GRID.columns) * GRID.width;
    const yTop = PAGE.height - TOP - Math.floor(slot / GRID.columns) * GRID.height;
    const qrSize = GRID.height - 8 * MM;
    drawQr(page, label.url, x + 4 * MM, yTop - 4 * MM - qrSize, qrSize);
    const textX = x + 6 * MM + qrSize;
    const textWidth = GRID.width - qrSize - 9 * MM;
    let size = 14;
    const tag = winAnsiSafe(label.assetTag);
    while (bold.widthOfTextAtSize(tag, size) > textWidth && size > 8) size--;
    page.drawText(tag, { x: textX, y: yTop - 10 * MM, size, font: bold, color: rgb(0, 0, 0) });
    const what = label.model.toLowerCase().startsWith(label.kindLabel.toLowerCase())
      ? label.model
      : `${label.kindLabel} ${label.model}`;
    const lines = [what, label.centreName, 'Si trouvé, merci de le rapporter'];
    lines.forEach((line, n) => {
      page.drawText(fit(winAnsiSafe(line), regular, 7, textWidth), {
        x: textX,
        y: yTop - 16 * MM - n * 4 * MM,
        size: 7,
        font: regular,
        color: rgb(0.1, 0.1, 0.1),
      });
    });
  }
  return pdf.save();
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  // One SVG path per code (runs of dark modules as rectangles): a single drawing operation, fast
  // enough for a sheet of 500 labels.
  let path = '';
  for (let row = 0; row < n; row++) {
    let start = -1;
    for (let col = 0; col <= n; col++) {
      const dark = col < n && qr.modules.get(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        path += `M${start} ${row}h${col - start}v1h${start - col}z`;
        start = -1;
      }
    }
  }
  page.drawSvgPath(path, { x, y: y + size, scale: size / n, color: rgb(0, 0, 0), borderWidth: 0 });
}

function fit(
  text: string,
  font: { widthOfTextAtSize(t: string, s: number): number },
  size: number,
  max: number,
) {
  let out = text;
  while (out.length > 1 && font.widthOfTextAtSize(out, size) > max) out = out.slice(0, -2) + '…';
  return out;
}
