/**
 * What a CSV column can fill, and the guess made from its header. Headers are compared folded
 * (case, accents, punctuation), in French, English and with the Axonaut API v2 field names, so that
 * an Axonaut export and our own export map themselves.
 */
import { foldText } from '../text/normalize';

export const COMPANY_TARGETS = [
  'name',
  'siret',
  'siren',
  'vat',
  'street',
  'postalCode',
  'city',
  'country',
  'isProspect',
  'isClient',
  'isSupplier',
  'website',
  'companyPhone',
  'companyLinkedin',
  'categories',
  'comment',
] as const;
export const PERSON_TARGETS = [
  'firstName',
  'lastName',
  'email',
  'jobTitle',
  'phone',
  'mobile',
  'isBillingContact',
  'personLinkedin',
] as const;
export const IMPORT_TARGETS = [...COMPANY_TARGETS, ...PERSON_TARGETS] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

/** Column index → target, or null for "ignore this column". */
export type ColumnMapping = (ImportTarget | null)[];

const SYNONYMS: Record<ImportTarget, string[]> = {
  name: [
    'name',
    'company',
    'company name',
    'companyname',
    'organisation',
    'organization',
    'org',
    'account',
    'account name',
    'societe',
    'nom de la societe',
    'raison sociale',
    'entreprise',
    'nom entreprise',
    'client',
    'fiche',
    'denomination',
  ],
  siret: ['siret', 'n siret', 'numero siret', 'no siret'],
  siren: ['siren', 'n siren', 'numero siren', 'no siren'],
  vat: [
    'intracommunity number',
    'intracommunity_number',
    'vat',
    'vat number',
    'tva',
    'tva intracommunautaire',
    'n tva',
    'numero tva',
    'numero de tva',
    'n tva intracommunautaire',
  ],
  street: ['address street', 'address_street', 'street', 'address', 'adresse', 'rue', 'adresse postale'],
  postalCode: [
    'address zip code',
    'address_zip_code',
    'zip',
    'zip code',
    'zipcode',
    'postal code',
    'postcode',
    'code postal',
    'cp',
  ],
  city: ['address city', 'address_city', 'city', 'town', 'ville', 'commune', 'localite'],
  country: ['address country', 'address_country', 'country', 'pays'],
  isProspect: ['is prospect', 'is_prospect', 'prospect'],
  isClient: ['is customer', 'is_customer', 'customer', 'client actif', 'est client'],
  isSupplier: ['is supplier', 'is_supplier', 'supplier', 'fournisseur'],
  website: ['website', 'web', 'site', 'site web', 'site internet', 'url'],
  companyPhone: ['company phone', 'company phone number', 'telephone societe', 'telephone entreprise', 'standard'],
  companyLinkedin: ['company linkedin', 'linkedin societe', 'linkedin entreprise'],
  categories: ['categories', 'category', 'tags', 'categorie', 'etiquettes'],
  comment: ['comment', 'comments', 'notes', 'note', 'commentaire', 'commentaires', 'remarques'],
  firstName: [
    'firstname',
    'first name',
    'given name',
    'prenom',
    'prenom du contact',
    'prenom contact',
    'contact prenom',
  ],
  lastName: [
    'lastname',
    'last name',
    'surname',
    'family name',
    'nom',
    'nom de famille',
    'nom du contact',
    'nom contact',
    'contact nom',
  ],
  email: ['email', 'e mail', 'mail', 'email address', 'courriel', 'adresse email', 'adresse e mail', 'adresse mail'],
  jobTitle: ['job', 'job title', 'title', 'position', 'role', 'fonction', 'poste', 'titre'],
  phone: [
    'phone number',
    'phone_number',
    'phone',
    'telephone',
    'tel',
    'work phone',
    'telephone fixe',
    'telephone pro',
    'telephone professionnel',
  ],
  mobile: [
    'cellphone number',
    'cellphone_number',
    'cellphone',
    'mobile',
    'mobile phone',
    'cell',
    'portable',
    'telephone portable',
    'tel portable',
    'telephone mobile',
  ],
  isBillingContact: [
    'is billing contact',
    'is_billing_contact',
    'billing contact',
    'contact facturation',
    'facturation',
  ],
  personLinkedin: ['linkedin', 'linkedin url', 'profil linkedin', 'linkedin contact'],
};

/** "N° SIRET" → "n siret", "address_zip_code" → "address zip code". */
export function headerKey(header: string): string {
  return foldText(header)
    .replace(/[°º]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LOOKUP = new Map<string, ImportTarget>();
for (const target of IMPORT_TARGETS) for (const s of SYNONYMS[target]) LOOKUP.set(headerKey(s), target);

/** The target a header names, or null. */
export function guessTarget(header: string): ImportTarget | null {
  return LOOKUP.get(headerKey(header)) ?? null;
}

/** Guesses every column; a target is given to its first column only (a second "Email" stays ignored). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const guessed = headers.map(guessTarget);
  // A bare "Nom" is the sheet's name in a list of companies ("Nom;SIRET;Ville", or beside a
  // "Nom du contact"), and the contact's last name beside a "Prénom" with no other last-name column.
  const nom = headers.findIndex((h) => headerKey(h) === 'nom');
  if (nom >= 0) {
    const otherLastName = guessed.some((t, i) => i !== nom && t === 'lastName');
    const firstName = guessed.includes('firstName');
    guessed[nom] = otherLastName || !firstName ? 'name' : 'lastName';
  }
  // A file with no contact column (Fiche's own sheet export: "phone_number", "linkedin") is a list of
  // sheets: its phone and LinkedIn columns are the sheet's.
  if (!guessed.some((t) => t === 'firstName' || t === 'lastName' || t === 'email')) {
    for (let i = 0; i < guessed.length; i++) {
      if (guessed[i] === 'phone') guessed[i] = 'companyPhone';
      else if (guessed[i] === 'personLinkedin') guessed[i] = 'companyLinkedin';
    }
  }
  const taken = new Set<ImportTarget>();
  return guessed.map((target) => {
    if (!target || taken.has(target)) return null;
    taken.add(target);
    return target;
  });
}
