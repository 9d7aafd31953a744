import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import { basisText, type Price, type PriceLine } from "../pricing/index.js";
import { frenchDateText } from "../../platform/i18n/dates.js";
import { translate } from "../../platform/i18n/messages.js";

/** What a priced quote's PDF shows (in French): everything comes from the stored quote. */
export interface QuoteDocument {
  insurerName: string;
  number: string;
  issuedOn: string;
  holder: { name: string; addressLines: string[] };
  productLabel: string;
  formulaLabel: string;
  effectiveDate: string;
  validUntil: string;
  beneficiaries: Array<{ role: string; name: string; birthDate: string }>;
  price: Price;
}

/** A beneficiary's role as the pricing engine names it in its explanations. */
const roleLabel = (role: string): string => translate(`pricing.role.${role}`, "fr");
/** Only the lines the customer pays; the introducer's commission is internal. */
const customerComponents = new Set(["contribution", "discount", "fee", "tax", "one_off_fee", "one_off_tax"]);

/** 1234567 → "12 345,67 €", spaces the standard fonts can draw. */
export function euros(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const [units = "0", decimals = "00"] = (Math.abs(cents) / 100).toFixed(2).split(".");
  return `${sign}${units.replace(/\B(?=(\d{3})+(?!\d))/g, " ")},${decimals} €`;
}

/** "2026-09-01" → "01/09/2026". */

/** The standard PDF fonts encode WinAnsi: other characters (narrow spaces, emoji…) become plain spaces or "?". */
function drawable(text: string): string {
  return text.replace(/[\u00a0\u202f\u2009]/g, " ").replace(/[^\u0020-\u00ff€—–’‘“”…•]/g, "?");
}

const MARGIN = 50;
const LINE = 14;
const CELL_SIZE = 9;

/** Words laid on lines no wider than `width` points; a single word wider than that keeps its own line. */
export function wrapToWidth(text: string, font: PDFFont, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(" ")) {
    const candidate = current === "" ? word : `${current} ${word}`;
    if (current !== "" && font.widthOfTextAtSize(candidate, CELL_SIZE) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  return [...lines, current];
}

/** A quote is a French document whatever the language of the request that priced it. */
const frenchBasis = (line: PriceLine): string => (line.basisDetail ? basisText(line.basisDetail, "fr") : line.basis);

/** A page writer that starts a new page when the current one is full. */
class Writer {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly document: PDFDocument,
    private readonly font: PDFFont,
    private readonly bold: PDFFont,
  ) {
    this.page = document.addPage([595.28, 841.89]);
    this.y = this.page.getHeight() - MARGIN;
  }

  text(value: string, options: { size?: number; bold?: boolean; x?: number; gap?: number } = {}): void {
    const size = options.size ?? 10;
    this.room(size + 4);
    this.page.drawText(drawable(value), { x: options.x ?? MARGIN, y: this.y, size, font: options.bold ? this.bold : this.font, color: rgb(0.1, 0.1, 0.15) });
    this.y -= options.gap ?? size + 4;
  }

  /**
   * A row of cells at fixed x positions, the last one right-aligned at the margin; a cell wider than
   * its column wraps onto more lines (an explanation is never cut short), the row as tall as its tallest cell.
   */
  row(cells: string[], columns: number[], bold = false): void {
    const font = bold ? this.bold : this.font;
    const right = this.page.getWidth() - MARGIN;
    const wrapped = cells.map((cell, index) => {
      const last = index === cells.length - 1;
      return last ? [drawable(cell)] : wrapToWidth(drawable(cell), font, (columns[index + 1] ?? right) - (columns[index] ?? MARGIN) - 8);
    });
    const height = Math.max(...wrapped.map((lines) => lines.length));
    this.room(LINE * height);
    wrapped.forEach((lines, index) => {
      const last = index === cells.length - 1;
      lines.forEach((value, lineIndex) => {
        const x = last ? right - font.widthOfTextAtSize(value, CELL_SIZE) : (columns[index] ?? MARGIN);
        this.page.drawText(value, { x, y: this.y - lineIndex * LINE, size: CELL_SIZE, font, color: rgb(0.1, 0.1, 0.15) });
      });
    });
    this.y -= LINE * height;
  }

  space(points = 8): void {
    this.y -= points;
  }

  private room(needed: number): void {
    if (this.y - needed > MARGIN) return;
    this.page = this.document.addPage([595.28, 841.89]);
    this.y = this.page.getHeight() - MARGIN;
  }
}

/** The quote as a PDF in French: holder, product and formula, beneficiaries, amounts, the explanation of every line, validity. */
export async function renderQuotePdf(quote: QuoteDocument): Promise<Buffer> {
  const document = await PDFDocument.create();
  document.setTitle(`Devis ${quote.number}`);
  document.setAuthor(quote.insurerName);
  document.setLanguage("fr-FR");
  const writer = new Writer(document, await document.embedFont(StandardFonts.Helvetica), await document.embedFont(StandardFonts.HelveticaBold));
  const { price } = quote;

  writer.text(quote.insurerName, { size: 12, bold: true });
  writer.text(`Devis n° ${quote.number}`, { size: 18, bold: true, gap: 26 });
  writer.text(`Établi le ${frenchDateText(quote.issuedOn)} — valable jusqu'au ${frenchDateText(quote.validUntil)}`);
  writer.space();
  writer.text("Souscripteur", { bold: true, size: 12 });
  writer.text(quote.holder.name);
  for (const line of quote.holder.addressLines) writer.text(line);
  writer.space();
  writer.text("Garantie proposée", { bold: true, size: 12 });
  writer.text(`${quote.productLabel} — formule ${quote.formulaLabel}`);
  writer.text(`Date d'effet : ${frenchDateText(quote.effectiveDate)}`);
  writer.space();
  writer.text("Bénéficiaires", { bold: true, size: 12 });
  const beneficiaryColumns = [MARGIN, 170, 420];
  writer.row(["Qualité", "Nom", "Date de naissance"], beneficiaryColumns, true);
  for (const beneficiary of quote.beneficiaries) writer.row([roleLabel(beneficiary.role), beneficiary.name, frenchDateText(beneficiary.birthDate)], beneficiaryColumns);
  writer.space();
  writer.text("Cotisation", { bold: true, size: 12 });
  const amountColumns = [MARGIN, 420];
  writer.row(["Cotisation mensuelle TTC", euros(price.monthly.grossCents)], amountColumns, true);
  writer.row(["Cotisation annuelle TTC", euros(price.annual.grossCents)], amountColumns, true);
  if (price.oneOff.grossCents > 0) writer.row(["À la souscription (frais d'adhésion TTC)", euros(price.oneOff.grossCents)], amountColumns);
  writer.space();
  writer.text("Détail du calcul (montants mensuels, frais uniques à part)", { bold: true, size: 12 });
  const lineColumns = [MARGIN, 230, 420];
  writer.row(["Ligne", "Base", "Montant"], lineColumns, true);
  for (const line of price.lines.filter((candidate) => customerComponents.has(candidate.component))) {
    const role = line.beneficiary === null ? undefined : quote.beneficiaries[line.beneficiary]?.role;
    const who = line.beneficiary === null ? "" : ` (${role ? roleLabel(role) : `bénéficiaire ${line.beneficiary + 1}`})`;
    writer.row([`${line.label}${who}`, `${frenchBasis(line)}${line.rate ? ` × ${line.rate.replace(".", ",")} %` : ""}`, euros(line.amountCents)], lineColumns);
  }
  writer.space();
  writer.text(`Tarif version ${price.tariffVersion}. Devis sans engagement, établi selon les informations déclarées.`, { size: 8 });
  return Buffer.from(await document.save());
}
