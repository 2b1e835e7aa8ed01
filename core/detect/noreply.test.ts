import { describe, expect, it } from 'vitest';
import { isNoReplyAddress, isSystemName } from './noreply';
import { looksLikePersonName } from './text';

describe('isNoReplyAddress', () => {
  it.each([
    // "do not reply" in every language, anywhere in the local part
    ['noreply@qonto.com'],
    ['no-reply@accounts.google.com'],
    ['no_reply@billing.example-shop.fr'],
    ['jobs-noreply@linkedin.com'],
    ['donotreply@agenda-sante.fr'],
    ['do-not-reply@steuerportal-mitte.de'],
    ['do.not.reply@bank-nord.de'],
    ['ne-pas-repondre@banque-alizee.fr'],
    ['nepasrepondre@mutuelle-orsane.fr'],
    ['ne_pas_repondre@impots-ville.fr'],
    ['pas-de-reponse@assurance-lys.fr'],
    ['keine-antwort@bahnreisen-nord.de'],
    ['keineantwort@stadtwerke-halbach.de'],
    ['nicht-antworten@versand.de'],
    ['no-responder@banco-sol.es'],
    ['non-rispondere@poste-example.it'],
    ['niet-beantwoorden@bank-example.nl'],
    // system senders
    ['mailer-daemon@googlemail.com'],
    ['MAILER-DAEMON@mx.example-host.net'],
    ['postmaster@cabinet-servant.fr'],
    ['MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hartmann-druck.de'],
    ['bounce-123@mail.shop-news.fr'],
    ['bounces+4410-abc@em.newsletter-tool.io'],
    ['bounce-mc.us21_88120.4410-x=y.fr@mail78.suw13.mcsv.net'],
    ['notifications@github.com'],
    ['notification@druckportal.de'],
    ['benachrichtigung@druckportal-mitte.de'],
    ['calendar-notification@google.com'],
    ['dse_na4@docusign.net'],
    ['dse@eumail.docusign.net'],
    ['invitations@linkedin.com'],
    ['messages-noreply@linkedin.com'],
    ['reply+ABCDEF123@reply.github.com'],
    ['notifications@stripe.com'],
    ['no-reply@calendly.com'],
    ['noreply-94292212@plus.google.com'],
    // a web service's mailer (scheduling polls, forms)
    ['mailer@sondage-express.com'],
    ['mailbot@formulaires-pro.fr'],
  ])('%s is automated', (a) => expect(isNoReplyAddress(a)).toBe(true));
  it.each([
    ['j.reyes@northwind-logistics.com'],
    ['c.rouvier@atelier-ferrand.fr'],
    ['info@kessler-antriebe.de'],
    ['contact@batiroc.fr'],
    ['noemie.replo@cabinet.fr'],
    ['bernard.ouncey@acme.fr'],
    ['repondeur@studio-son.fr'],
    ['anna.kroeger@kroeger-bau.de'],
    ['sales@stripe-consulting.fr'],
    ['antoine@bouncer-events.fr'],
  ])('%s is a person or a contact', (a) => expect(isNoReplyAddress(a)).toBe(false));
});

describe('isSystemName', () => {
  it.each([
    ['Google'],
    ['Google Agenda'],
    ['Google Kalender'],
    ['Mail Delivery Subsystem'],
    ['Mail Delivery System'],
    ['Microsoft Outlook'],
    ['LinkedIn Member'],
    ['Équipe Qonto'],
    ['Druckportal Benachrichtigungen'],
    ['moi'],
    ['Postmaster'],
    ['Do Not Reply'],
    ['Ne Pas Répondre'],
    ['Bitte Nicht Antworten'],
    ['Keine-Antwort Versand'],
    // a German compound naming what the mailbox sends, then the firm (issue 7)
    ['Versandbenachrichtigung Kornfeld'],
    ['Rechnungsversand Haller Armaturen'],
    ['Auftragsbestätigung Brennwerk'],
    ['Kundenmitteilungen Elbtal'],
  ])('%s is not a person', (n) => expect(isSystemName(n)).toBe(true));
  it.each([
    ['Membre de LinkedIn'],
    ['Mitglied von LinkedIn'],
    ['LinkedIn Member'],
    ['Google Agenda'],
    ['Envoyé de mon iPhone'],
    ['Von meinem iPhone gesendet'],
    // shared mailboxes by their display name
    ['Secrétariat Vallon'],
    ['Service Client'],
    ['Kundenservice Lieferwerk'],
    ['Buchhaltung Ellwanger'],
    ['Équipe Achats'],
    ['Support Larchmont'],
    ['Ne pas répondre'],
    ['Bitte nicht antworten'],
    // a department or function word first, then the firm; an organisation's kind first
    ['Dispatch Norrland'],
    ['Disposition Weserhafen'],
    ['Accounts Payable Brightmoor'],
    ['Compta Rivoire'],
    ['Einkauf Halbach'],
    ['Vertrieb Ostwerk'],
    ['Logistique Vanel'],
    ['Festival Bois Rennes'],
    ['Association Voiles Caen'],
  ])('%s is not a person name', (n) => expect(looksLikePersonName(n)).toBe(false));
  it.each([['Camille Rouvier'], ['Jonas Weißenberg'], ['Hélène Marchetti'], ['Marta Versandi'], ['Lena Mitteis']])(
    '%s may be a person',
    (n) => expect(isSystemName(n)).toBe(false),
  );
});
