/**
 * The printable letter (`sidepanel.html?print=<exchange id>`): the sender block from the settings,
 * the recipient (the sheet and the address the letter goes to), the date in the UI's language, the
 * subject and the text; printed with the browser (PDF too). What the template already wrote in the
 * body (address, date) is not printed a second time (core/exchanges/letter.ts).
 */
import { formatAddressLines } from '../../core/addresses';
import { letterLayout, senderLines } from '../../core/exchanges/letter';
import { exchangeQueries } from '../../models/exchanges';
import { queries } from '../../models/sheets';
import { useLive } from '../hooks';
import { Icon } from '../icons';
import { formatDay, t, todayIso, uiLanguage } from '../i18n';

export function LetterPrint({ id }: { id: string }) {
  const item = useLive(() => exchangeQueries.get(id), [id]);
  const sheet = useLive(async () => (item ? queries.sheet(item.companyId) : null), [item?.companyId]);
  const settings = useLive(() => queries.settings(), []);
  if (item === undefined || sheet === undefined || settings === undefined)
    return <div class="loading">{t('loading')}</div>;
  if (!item || !sheet) return <div class="notice error">{t('notFound')}</div>;
  const address = sheet.addresses.find((a) => a.id === item.letter?.addressId);
  const recipientLines = [sheet.company.name, ...(address ? formatAddressLines(address) : [])];
  const day = todayIso(new Date(item.happensAt));
  const long = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(new Date(item.happensAt));
  const [y, m, d] = day.split('-');
  const layout = letterLayout({
    content: item.content,
    recipientLines,
    dateTexts: [long, formatDay(day), `${d}/${m}/${y}`],
  });
  const sender = senderLines(settings.sender);
  return (
    <article class="letter" data-testid="letter" lang={uiLanguage()}>
      <div class="row no-print">
        <button class="btn primary" onClick={() => window.print()}>
          <Icon name="print" /> {t('exPrint')}
        </button>
      </div>
      {sender.length ? (
        <div class="letter-sender" data-testid="letter-sender">
          {sender.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
      ) : null}
      {layout.showRecipient ? (
        <div class="letter-address" data-testid="letter-address">
          {recipientLines.map((l, i) => (
            <div key={i}>{l}</div>
          ))}
        </div>
      ) : null}
      {layout.showDate ? (
        <p class="letter-date" data-testid="letter-date">
          {long}
        </p>
      ) : null}
      {item.title ? <p class="letter-subject">{item.title}</p> : null}
      <div class="letter-body">{item.content}</div>
    </article>
  );
}
