import { Injectable } from '@nestjs/common';
import { receiptQuerySchema } from '@pitchdesk/contracts';
import { parseInput } from '../common/validation';
import { PropertiesService } from '../properties/properties.service';
import { FolioRepository } from './folio.repository';
import { folioOf } from './folio-view';
import { receiptLabels, receiptLanguage } from './receipt-labels';
import { renderReceipt } from './receipt-pdf';
import { StayLookup } from './stay-lookup';

/** A receipt ready to send: the PDF and the file name the guest's download gets. */
export interface ReceiptFile {
  readonly fileName: string;
  readonly pdf: Buffer;
}

/** The stay's receipt as a PDF, in Italian or English, from the folio as it is now (read on the primary). */
@Injectable()
export class ReceiptService {
  constructor(
    private readonly properties: PropertiesService,
    private readonly lookup: StayLookup,
    private readonly folios: FolioRepository,
  ) {}

  async receipt(slug: string, reservationId: string, query: unknown): Promise<ReceiptFile> {
    const { lang } = parseInput(receiptQuerySchema, query, 'query');
    const property = await this.properties.getForWrite(slug);
    const { folio, locale, today } = await this.lookup.read(property, reservationId, async ({ work, stay, today: day }) => ({
      folio: folioOf(stay, await this.folios.lines(work, stay.id), await this.folios.payments(work, stay.id)),
      locale: stay.locale,
      today: day,
    }));
    const language = receiptLanguage(lang, locale);
    const pdf = await renderReceipt(folio, { propertyName: property.name, issuedOn: today }, receiptLabels(language));
    const fileName = `${language === 'it' ? 'ricevuta' : 'receipt'}-${folio.reference}.pdf`;
    return { fileName, pdf };
  }
}
