/** "CA généré": totals, average payment delay and unpaid/overdue amounts, per currency (SPEC §2.1). */
import type { Invoice } from '../core/domain';
import { revenueByCurrency } from '../core/revenue';
import { formatMoney, t, todayIso } from './i18n';
import { Section } from './sections/Section';
import { plural } from './plural';

export function RevenueBlock({ invoices }: { invoices: Invoice[] }) {
  const figures = revenueByCurrency(invoices, todayIso());
  return (
    <Section id="revenue" title={t('sectionRevenue')} testId="revenue">
      {figures.length === 0 ? (
        <span class="muted small">{t('revenueNone')}</span>
      ) : (
        figures.map((f) => (
          <div class="figures" key={f.currency} data-currency={f.currency}>
            <div class="figure">
              <div class="value" data-testid="revenue-excl">
                {formatMoney(f.totalExclTax, f.currency)}
              </div>
              <div class="label">{t('revenueExclTax')}</div>
            </div>
            <div class="figure">
              <div class="value">{formatMoney(f.totalInclTax, f.currency)}</div>
              <div class="label">{t('revenueInclTax')}</div>
            </div>
            <div class="figure">
              <div class="value">
                {f.averagePaymentDelayDays === null ? '—' : plural('days', f.averagePaymentDelayDays)}
              </div>
              <div class="label">{t('revenueDelay')}</div>
            </div>
            <div class={`figure${f.overdueInclTax > 0 ? ' alert' : ''}`}>
              <div class="value" data-testid="revenue-unpaid">
                {formatMoney(f.outstandingInclTax, f.currency)}
              </div>
              <div class="label">
                {t('revenueUnpaid')}
                {f.overdueInclTax > 0 ? ` · ${t('revenueOverdue', formatMoney(f.overdueInclTax, f.currency))}` : ''}
              </div>
            </div>
          </div>
        ))
      )}
    </Section>
  );
}
