/** Export: one CSV per entity (Axonaut column names, French Excel ready) and contacts as vCard 4.0. */
import { useState } from 'preact/hooks';
import { CSV_ENTITIES, exportCsvFile, exportVcardFile, listSheets, type CsvEntity } from '../../../models/interchange';
import { SelectField, useSave } from '../../Field';
import { useLive } from '../../hooks';
import { t, todayIso, type MessageKey } from '../../i18n';
import { Section } from '../common';
import { downloadBlob } from '../../download';

const LABELS: Record<CsvEntity, MessageKey> = {
  companies: 'ioExportCompanies',
  contacts: 'ioExportContacts',
  events: 'ioExportEvents',
  invoices: 'ioExportInvoices',
};
const FILES: Record<CsvEntity, string> = {
  companies: 'sheets',
  contacts: 'contacts',
  events: 'exchanges',
  invoices: 'invoices',
};

export function ExportSection() {
  const { busy, run: save } = useSave();
  const [sheet, setSheet] = useState('');
  const sheets = useLive(listSheets, [], []);
  const run = (fn: () => Promise<number>) => save(fn, (rows) => t('ioExportDone', rows));

  return (
    <Section id="io-export-title" title={t('ioExportTitle')} intro={t('ioExportIntro')}>
      <div class="row" style="flex-wrap:wrap">
        {CSV_ENTITIES.map((entity) => (
          <button
            key={entity}
            type="button"
            class="btn"
            disabled={busy}
            onClick={() =>
              run(async () => {
                const { blob, rows } = await exportCsvFile(entity);
                downloadBlob(blob, `fiche-${FILES[entity]}-${todayIso()}.csv`);
                return rows;
              })
            }
          >
            {t(LABELS[entity])}
          </button>
        ))}
      </div>
      <div class="row" style="flex-wrap:wrap;align-items:flex-end">
        <div style="flex:1;min-width:12em">
          <SelectField
            label={t('ioExportSheet')}
            name="vcardSheet"
            value={sheet}
            empty={t('ioAllSheets')}
            choices={sheets.map((s) => ({ value: s.id, label: s.name }))}
            onChange={setSheet}
          />
        </div>
        <button
          type="button"
          class="btn"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const { blob, count } = await exportVcardFile(sheet || undefined);
              downloadBlob(blob, `fiche-contacts-${todayIso()}.vcf`);
              return count;
            })
          }
        >
          {t(sheet ? 'ioExportVcardSheet' : 'ioExportVcard')}
        </button>
      </div>
    </Section>
  );
}
