import { DOCUMENT, Injectable, inject } from '@angular/core';
import type { Agreement } from '@passerelle/contracts';
import { Observable, map } from 'rxjs';
import { DevicesApiService } from '../shared/api/devices-api.service';
import { saveFile } from '../shared/files/save-file';

/** A signed agreement's PDF, fetched with the access token and handed to the browser as a file. */
@Injectable({ providedIn: 'root' })
export class AgreementDownloadService {
  private readonly api = inject(DevicesApiService);
  private readonly document = inject(DOCUMENT);

  download(agreementId: string, agreement: Pick<Agreement, 'assetTags'>): Observable<void> {
    const filename = `convention-${agreement.assetTags.join('-') || agreementId}.pdf`;
    return this.api.agreementPdf(agreementId).pipe(map((blob) => saveFile(this.document, blob, filename)));
  }
}
