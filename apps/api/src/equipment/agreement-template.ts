/** The agreement a centre starts with; each centre can rewrite it (title and body). */
export const DEFAULT_AGREEMENT_TITLE = 'Convention de mise à disposition de matériel numérique';

export const DEFAULT_AGREEMENT_BODY = `Entre {{centre}}, ci-après « le centre », et {{beneficiaire}}, ci-après « le bénéficiaire ».

Objet
Le centre remet au bénéficiaire, à titre de {{nature}}, le matériel suivant :
{{materiel}}

Ce matériel est remis le {{date}}. Date de retour prévue : {{date_retour}}.

Engagements du centre
- Le centre explique le fonctionnement du matériel et propose un accompagnement, au centre ou à domicile, par un salarié ou un bénévole.
- Le centre ne demande aucune somme d’argent, ni pour le matériel ni pour l’accompagnement.

Engagements du bénéficiaire
- Utiliser le matériel pour un usage personnel et en prendre soin.
- Prévenir le centre en cas de panne, de perte ou de vol.
- Pour un prêt : rendre le matériel et ses accessoires à la date prévue, ou demander une prolongation.

Données personnelles
Avant un retour, le centre efface les comptes et les données personnelles présents sur l’appareil, avec l’accord du bénéficiaire. Le centre conserve seulement ce qui est nécessaire au suivi du prêt.

Le bénéficiaire peut mettre fin à la convention à tout moment en rendant le matériel.`;

export interface AgreementFacts {
  centre: string;
  recipient: string;
  nature: 'loan' | 'gift';
  items: string[];
  dueOn: string | null;
  startedOn: string;
}

/** Fills the placeholders; unknown ones are left as typed so a coordinator sees their mistake. */
export function fillAgreement(body: string, f: AgreementFacts): string {
  const values: Record<string, string> = {
    centre: f.centre,
    beneficiaire: f.recipient,
    nature: f.nature === 'loan' ? 'prêt gratuit' : 'don',
    materiel: f.items.map((i) => `- ${i}`).join('\n'),
    date: frenchDate(f.startedOn),
    date_retour: f.dueOn ? frenchDate(f.dueOn) : 'sans objet (don)',
  };
  return body.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, key: string) => values[key] ?? whole);
}

/** '2026-03-05' → '5 mars 2026'. */
export function frenchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y!, m! - 1, d!)));
}
