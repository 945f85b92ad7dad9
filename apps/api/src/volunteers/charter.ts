/**
 * The volunteer charter, signed in the app before any home visit. Changing the text means a new
 * version: every volunteer then signs again before their next booking.
 */
export const CHARTER_VERSION = 1;

export const CHARTER_TITLE = 'Charte du bénévole Passerelle';

export const CHARTER_TEXT = `En tant que bénévole, je rends visite à des personnes âgées chez elles pour les aider à se servir d’une tablette. Je m’engage à :

1. Garder pour moi ce que je vois et ce que j’entends chez la personne. Je n’en parle qu’à la coordination du centre, et seulement quand c’est utile pour l’accompagner.

2. Ne jamais accepter d’argent, de cadeau de valeur ni de procuration. Je ne fais aucun achat, aucun paiement et aucune démarche à la place de la personne. Je ne demande et ne note jamais un mot de passe ou un code bancaire.

3. Ne rien écrire sur la santé de la personne dans mes comptes rendus de visite. Je décris seulement ce que nous avons fait avec la tablette.

4. Respecter les choix de la personne : son rythme, ses envies, son droit de dire non ou d’arrêter. Je laisse faire, je ne prends pas la tablette des mains.

5. Veiller à ma sécurité et à la sienne : je préviens le centre de mes visites, j’annule si je suis malade, et en cas d’urgence j’appelle le 15 ou le 112.

6. Prévenir le centre dès que quelque chose m’inquiète : la personne semble en danger, isolée, sollicitée par un inconnu ou victime d’une arnaque, ou je ne me sens pas à l’aise.

Je peux arrêter mon engagement quand je le souhaite, en prévenant le centre.`;
