import { describe, expect, it } from 'vitest';
import { isOnBehalfSender, isPlatformSender } from './platform-sender';

describe('isPlatformSender', () => {
  it.each([
    // automated senders without a "do not reply": confirmations, alerts, platforms' functional mailboxes
    ['buchungsbestaetigung@bahn.de'],
    ['auftragsbestaetigung@versandhaus-nord.de'],
    ['booking-confirmation@hotels-example.com'],
    ['confirmation@sncf-connect.com'],
    ['alertes@banque-exemple.fr'],
    ['o365mc@microsoft.com'],
    ['service@paypal.de'],
    ['billing@xero.com'],
    ['rechnung@telekom.de'],
    ['bookings@info.thetrainline.com'],
    // a platform's own sub-domains and country suffixes: the registrable domain's name
    ['info@mail.booking.com'],
    ['billing@eu.stripe.com'],
    ['service@mail.paypal.co.uk'],
    ['orders@email.amazon.co.uk'],
    // notification mailboxes on a sending sub-domain, of any sender
    ['messaging-service@post.xero.com'],
    ['notifications@mail.planio-example.de'],
    ['mailer@mg.invoicely-example.com'],
    ['alerts@notify.bank-exemple.fr'],
    ['rappels@info.mutuelle-exemple.fr'],
    // newsletters in French, mailing lists, a platform's mailbox named after itself
    ['lettre@revue-du-bois.example'],
    ['infolettre@cci-exemple.fr'],
    ['woodworkers-uk@googlegroups.com'],
    ['members@groups.io'],
    ['announce@lists.rustacean-example.org'],
    ['stripe@stripe.com'],
    ['paypal@mail.paypal.de'],
    // a large platform's notification mailboxes at its own domain (receipts, statements, reminders)
    ['receipts@stripe.com'],
    ['statements@revolut.com'],
    ['rappels@sncf-connect.com'],
    ['quittungen@n26.com'],
    // tagged or compound mailboxes and greeting mailboxes of a large platform at its own domain
    ['invoice+statements@stripe.com'],
    ['billing-alerts@paypal.de'],
    ['hello@qonto.com'],
    ['team@revolut.com'],
    ['rechnung.service@telekom.de'],
    // any sender's functional mailbox on its bulk-mail sub-domain
    ['info@service.lohnportal-example.de'],
    ['news@newsletter.baumarkt-example.fr'],
    // a platform's greeting mailbox on its mail-sending sub-domain
    ['team@mail.notes-app-example.so'],
    ['hello@email.planner-example.io'],
    ['equipe@notifications.outil-exemple.fr'],
    ['team@e.kanban-example.com'],
    // a domain registered to send notifications: one of the words of its name says so
    ['suivi@notif-transports-rapides.fr'],
    ['tracking@notifications-parcelfast.co.uk'],
    ['status@paketdienst-alerts.de'],
  ])('%s is automated', (a) => expect(isPlatformSender(a)).toBe(true));
  it.each([
    // the same functional mailboxes at a small firm's own domain are contacts
    ['service@schreinerei-lindner.de'],
    ['billing@brightwell-joinery.co.uk'],
    ['info@baeckerei-sommerfeld.de'],
    ['rechnung@druckerei-haller.de'],
    ['satya@microsoft.com'],
    ['j.reyes@northwind-logistics.com'],
    // a platform's word as a sub-domain or a public suffix's label of a small firm: the firm's own mailbox
    ['info@booking.smallfirm.fr'],
    ['billing@paypal.hofladen-kruse.de'],
    ['service@amazon.werkstatt-ost.co.uk'],
    ['orders@shop.booking-berger.de'],
    ['info@bahn-reisen-kiel.de'],
    // the same words at a firm's own domain, or other mailboxes on a sub-domain
    ['mailer@druckerei-haller.de'],
    ['messages@atelier-roux.fr'],
    ['receipts@epicerie-lindner.de'],
    ['avis@cabinet-roux-expertise.fr'],
    ['contact@post.kanzlei-beispiel.de'],
    ['info@mail.schreinerei-lindner.de'],
    // a firm's team@ or hello@ at its own domain, or on a sub-domain that sends no bulk mail
    ['team@atelier-roux.fr'],
    ['hello@brightwell-joinery.co.uk'],
    ['team@studio.kanzlei-beispiel.de'],
    ['team@sales.example-robotics.ai'],
    // compound or tagged mailboxes of a small firm, a person's tagged address at a platform
    ['invoice+statements@atelier-roux.fr'],
    ['hello.team@kanzlei-beispiel.de'],
    ['jane.doe+news@stripe.com'],
    // a firm whose name merely contains such a word, or a hyphenated firm's domain
    ['contact@notifiantes-gascogne.fr'],
    ['m.keller@weinhaus-nord.de'],
    ['s.roux@transports-lagarde.fr'],
  ])('%s is a person or a contact', (a) => expect(isPlatformSender(a)).toBe(false));
});

describe('isOnBehalfSender', () => {
  it.each([
    ['jira@acme-legal.tracker.example', 'Ethan Roe (Tracker)', true],
    ['comments-noreply@docs.example.com', 'Anna Lind (Docs)', true],
    // a person's own address, a bracket that is no tool's, a name without brackets
    ['ethan.roe@acme.example', 'Ethan Roe (Acme)', false],
    ['e.roe@acme.example', 'Ethan Roe (Acme)', false],
    ['jira@acme.example', 'Ethan Roe', false],
  ])('%s "%s": %s', (a, n, want) => expect(isOnBehalfSender(a, n)).toBe(want));
});
