import { describe, expect, it } from 'vitest';
import { frVatKey, isEuVatCountry, sirenOfFrVat, validateVat, vatFromSiren } from './vat';

/**
 * Real numbers found online, collected by python-stdnum (tests/test_eu_vat.doctest), copied as
 * written (odd separators included) so normalisation is exercised too.
 */
const VALID = `
ATU 142 43 102|ATU 15159209|ATU 28560205|ATU 54300000|ATU13585627|ATU46080404|ATU61195628
BE (0)468.561.072|BE 0202.239.951|BE 0402 918 402|BE 0462423150|BE 0897290877|BE 444.503.092|BE0428759497|BE697449992
BG 103873594|BG 124 551 319|BG 131202360|BG7111042925|BG7523169263|BG7542011030|BG8032056031|Bg 200442771
CY 10246672X|CY 10263870R|CY- 10277198H|CY-10008489 A|CY00632993 F
CZ 25123891|CZ 60 72 77 72|CZ 640229/4448|CZ 640903926|CZ 654123789|CZ 6956220612|CZ00023205|CZ6011270177|CZ7652046248
DE - 113866163|DE 118619592|DE 181 207 708|DE 221.304.969|DE 811 363 057|DE 813 11 38 75|DE119263782|DE136308783|DE812847601
DK 10 50 32 80|DK 2566 2202|DK-27630308|DK: 21599336|DK36149213
EE 100 931 558|EE 100523487|EE101256753
ES - Q0818001J|ES 54362315K|ES A-28184661|ES A08370314|ES B-58378431|ES B64240914|ES F13005293|ES J99216582|ES Q-2818015-F|ES R9600075G|ES U99216426|ES V99218067|ES W4003922D|ES X-5253868-R|ES X5277343Q|ES Y5277343F|ES Z5277343K|ES-x-2482300w|ESA78109592|Es-a58951310
EL 039868210|EL 094012834|EL 94051189|EL 998386804|EL-082857563|EL: 094279805|El 800 179 925
FI 02459042|FI 0982651-1|FI 2094606-3|FI-214 95 540|FI18261444
FR 04409414364|FR 114 248 728 36|FR 13 393 892 815|FR 19552143273|FR 2143 2146 546|FR 41-343848552|FR 83 404 833 048|FR K 7399859412|FR01712030113|FR16000063601|Fr 40 303 265 045|fr 71383076817
HU -12509403|HU 10672101|HU-14528114|HU11377304
IE 0005306C|IE 632 3420 C|IE 6433435F|IE 8223200u|IE-9696131F|IE6433435IH|IE6433435OA|IE8D79739I|IE9Y71814N
IT - 01404480202|IT 0 0 6 1 8 2 8 0 4 9 9|IT 00 595 000 217|IT 00118439991|IT 12920760159|IT00743110157|IT: 02331250163
LT 100001354118|LT 119511515|LT 235449811|LT-100000979812|LT100004801610|LT290068995116
LU 10059929|LU 109 676 28|LU.248.70.640|LU: 2294 4200|Lu 19980500
LV 4000 3521 600|LV 40003189718|LV 5000 399 3021|LV 90000528023|LV-42103048183
MT 1039-6417|MT 1465 8213|MT 17025737|MT 20630321
NL 001241 643 B01|NL 806753742B01|NL 8225.69.759 b01|NL-8197.38.116.B.01|NL001162938B28|NL00449544B01|NL4495445B01|NL802003217B01
PL 5211355116|PL 584-030-44-72|PL 645-000-67-50|PL 777 26 68 285|PL-951-157-77-68|PL5261025421
PT 500 019 720|PT 500135.495|PT 502448911|PT-505 856 468|PT503038083
RO 11358544|RO 1630615123457|RO 1822964|RO 185 472 90|RO 241 30 20|RO 573768|RO-23867797|Ro 15071875
SE 202 100-5000 01|SE 556.383.740.901|SE 556058115801|SE-5562245190-01|SE-556666-4438-01|Se 556250398601
SI 26808498|SI 3609 7152|SI-83815201|SI-89036999
SK 1078449064|SK 202 274 96 19|SK 2020 237 945|SK2022193459
`
  .trim()
  .split(/[|\n]/);

/** The same, mangled so that a check digit is wrong (same source). */
const BAD_CHECKSUM = `
ATU 143 43 102|ATU 15169209|ATU46080904|ATU61191628
BE 0406.139.583|BE 0793 013 186|BE 456.973.432|BE697449982
BG 1037735942|BG 131 172 009|BG 147147471|BG 200940556
CY 10246672F|CY-10009489 A|CY-10257074Y|CY00632893 F
CZ 25557481|CZ 48207726|CZ 640913926|CZ 8058018314
DE 125014855|DE 246 495 415|DE 813 91 38 75|DE - 266297673
DK 11 96 56 58|DK 2565 2202|DK-27996592|DK10159817
EE 100 941 558|EE 100525487|EE 101586639|EE101256754
ES 54362415K|ES K-2814015-F|ES-x-2322300w|Es-a48951310
EL 094013834|EL 094068733|EL094501140|EL: 094269805
FR 04409414264|FR 21 326 565 603|FR K 7399859312|FR L 7399859412
IE 4731823H|IE 632 3421 C|IE 5339273F|IE8D79729I
LV 40003189715|LV 90000528022|LV-42103048181
SK 1078449164|SK 2020457679
`
  .trim()
  .split(/[|\n]/);

const BAD_FORMAT = `
AT1 142 43 102|ATU 1515B209|ATU 151592092
BE 02A2.239.951|BE 0220,764.971
BG 10X8735941
CY-102590Z3P|CY-12259033P|CY-1225903322
DE 246X595 415|DE 011125440
ES B-583784312
FR000076090|FRIO334175221
IE 4550C59S|IE 069385V8
IT 00687129980
LT 100001354|LT 100001509922
NL 001241643801|NL 009122746B00|NL B06753742B01|NL 82X569759b01|NL006866304B021
SE 55643359201|SE 5567003255201
SK A078449064|SK 012 274 96 19|SK 2010 237 945
`
  .trim()
  .split(/[|\n]/);

describe('validateVat', () => {
  it.each(VALID)('accepts %s', (n) => {
    expect(validateVat(n)).toMatchObject({ ok: true });
  });
  it.each(BAD_CHECKSUM)('rejects the checksum of %s', (n) => {
    expect(validateVat(n)).toEqual({ ok: false, reason: 'checksum' });
  });
  it.each(BAD_FORMAT)('rejects the format of %s', (n) => {
    expect(validateVat(n)).toEqual({ ok: false, reason: 'format' });
  });

  it.each([
    ['fr 83 404.833-048', 'FR83404833048', 'FR'],
    ['GR 094012834', 'EL094012834', 'EL'],
    ['BE 444.503.092', 'BE0444503092', 'BE'],
    ['NL4495445B01', 'NL004495445B01', 'NL'],
    ['GB 980 7806 84', 'GB980780684', 'GB'],
    ['XI 980 7806 84', 'XI980780684', 'XI'],
    ['GBGD001', 'GBGD001', 'GB'],
    ['CHE-116.281.710 MWST', 'CHE116281710', 'CH'],
    ['NO 974 760 673 MVA', 'NO974760673MVA', 'NO'],
    ['de 136 695 976', 'DE136695976', 'DE'],
  ])('normalises %s to %s', (input, normalized, country) => {
    expect(validateVat(input)).toEqual({ ok: true, normalized, country });
  });

  it.each([
    ['', 'format'],
    ['404833048', 'country'],
    ['US123456789', 'country'],
    ['QQ 124567', 'country'],
    ['GB 802311781', 'checksum'],
    ['CHE-116.281.711', 'checksum'],
    ['NO 974 760 674', 'checksum'],
    // A valid key on a SIREN that fails Luhn.
    ['FR12404833049', 'checksum'],
  ] as const)('%s → %s', (input, reason) => {
    expect(validateVat(input)).toEqual({ ok: false, reason });
  });

  it('assumes a default country for bare digits', () => {
    expect(validateVat('83 404 833 048', { defaultCountry: 'FR' })).toEqual({
      ok: true,
      normalized: 'FR83404833048',
      country: 'FR',
    });
  });

  it('checks a FR number against the sheet SIREN', () => {
    expect(validateVat('FR83404833048', { siren: '404 833 048' })).toMatchObject({ ok: true });
    expect(validateVat('FR83404833048', { siren: '732829320' })).toEqual({ ok: false, reason: 'siren-mismatch' });
    // A wrong key is a checksum error whatever SIREN is given.
    expect(validateVat('FR84404833048', { siren: '404833048' })).toEqual({ ok: false, reason: 'checksum' });
  });

  it('can refuse countries outside the EU VAT area', () => {
    expect(validateVat('GB980780684', { euOnly: true })).toEqual({ ok: false, reason: 'country' });
    expect(validateVat('XI980780684', { euOnly: true })).toMatchObject({ ok: true });
  });
});

describe('French key', () => {
  it.each([
    ['404833048', 'FR83404833048'],
    ['732829320', 'FR44732829320'],
    ['552008443', 'FR19552008443'],
    ['404 833 048', 'FR83404833048'],
  ])('vatFromSiren(%s) = %s', (siren, vat) => {
    expect(vatFromSiren(siren)).toBe(vat);
    expect(validateVat(vat)).toMatchObject({ ok: true });
  });
  it.each(['404833049', '12345', 'abcdefghi', ''])('vatFromSiren(%s) is null', (siren) => {
    expect(vatFromSiren(siren)).toBeNull();
  });
  it('pads a one-digit key', () => {
    // 12 + 3 × (SIREN mod 97) < 10 mod 97 happens: key 04 of FR 04409414364.
    expect(frVatKey('409414364')).toBe('04');
  });
  it('extracts the SIREN of a FR number', () => {
    expect(sirenOfFrVat('FR 83 404 833 048')).toBe('404833048');
    expect(sirenOfFrVat('DE136695976')).toBeNull();
  });
  it('lists EU countries', () => {
    expect(isEuVatCountry('FR')).toBe(true);
    expect(isEuVatCountry('XI')).toBe(true);
    expect(isEuVatCountry('GB')).toBe(false);
    expect(isEuVatCountry('GR')).toBe(false);
  });
});
