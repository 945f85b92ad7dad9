import type { SeedCourse } from '../seed-course';

export const course: SeedCourse = {
  key: 'preparer-et-preter-une-tablette',
  title: 'Préparer et prêter une tablette',
  summary:
    'Une tablette bien préparée, c’est la moitié de l’accompagnement réussi. Cette formation explique comment charger et mettre à jour la tablette, simplifier son écran d’accueil, créer les comptes avec la personne (et non à sa place), faire signer la convention de prêt et noter l’état du matériel. Elle détaille enfin le retour : récupérer les souvenirs de la personne, retirer ses comptes et effacer toutes ses données avant un nouveau prêt.',
  audience: 'volunteer',
  level: 2,
  estimatedMinutes: 50,
  competenceCodes: ['5.2', '4.2', '4.1'],
  requiredForVisits: false,
  modules: [
    {
      key: 'avant-le-pret',
      title: 'Avant le prêt',
      lessons: [
        {
          key: 'preparer-le-materiel',
          title: 'Charger, mettre à jour, simplifier',
          required: true,
          steps: [
            {
              key: 'pourquoi-preparer',
              type: 'text',
              title: 'Pourquoi préparer avec soin',
              markdown: `La première rencontre avec la tablette marque durablement. Une batterie vide, une mise à jour de vingt minutes ou une pluie de notifications suffisent à décourager une personne qui doutait déjà.

La préparation se fait **au centre**, avant la remise. Selon l’organisation de votre centre, elle est faite par un salarié, un conseiller numérique ou un bénévole formé. Ce parcours vous donne les repères communs.

Prévoyez environ une heure par tablette la première fois, surtout pour les mises à jour.`,
            },
            {
              key: 'charger-mettre-a-jour',
              type: 'text',
              title: 'Charger et mettre à jour',
              markdown: `1. **Chargez complètement** la tablette, avec le chargeur qui sera prêté.
2. **Connectez-la au wifi du centre.**
3. **Mettez à jour le système.** Dans **Paramètres** (la roue dentée), cherchez **Mise à jour logicielle**, ou **Système**, puis **Mise à jour**. L’emplacement varie selon les marques. Redémarrez si demandé, et recommencez jusqu’à ce qu’il n’y ait plus rien.
4. **Mettez à jour les applications** : ouvrez le **Play Store**, touchez votre photo de profil, puis **Gérer les applications et l’appareil**, et **Tout mettre à jour**.
5. **Vérifiez la date et l’heure** : une date fausse empêche certains services de fonctionner.

Les mises à jour corrigent des failles de sécurité. Une tablette à jour protège la personne. Notez la date de la mise à jour sur la fiche de prêt.

Si la tablette ne reçoit plus de mises à jour de sécurité depuis longtemps, signalez-le au coordinateur : elle n’est peut-être plus adaptée au prêt.`,
            },
            {
              key: 'simplifier-accueil',
              type: 'text',
              title: 'Simplifier l’écran d’accueil',
              markdown: `Le but : un écran d’accueil qui tient sur une seule page, avec peu d’icônes, grandes et bien nommées.

**Sur une tablette simplifiée** (Facilotab par exemple), l’interface est déjà pensée pour cela. Suivez la documentation du fabricant pour choisir les fonctions visibles.

**Sur une tablette Android classique :**

1. Activez le **mode simplifié** s’il existe. Chez Samsung, il s’appelle **Mode Facile** : dans Paramètres, cherchez « Mode Facile ». D’autres marques ont un équivalent.
2. Sinon, **retirez les icônes inutiles** de l’écran d’accueil (appui long, puis **Supprimer** ou **Retirer**) et **désactivez les widgets** superflus.
3. **Gardez quatre à six icônes** : appels vidéo (WhatsApp), photos, appareil photo, e-mails, internet, et éventuellement le parcours Passerelle.
4. **Grossissez le texte et les icônes** : Paramètres, **Affichage**, taille de la police et zoom de l’écran. Réglez-les de nouveau avec la personne, selon sa vue.
5. **Limitez les notifications** : dans Paramètres, **Notifications**, désactivez celles des applications inutiles.
6. **Allongez la mise en veille** : deux à cinq minutes, pour que l’écran ne s’éteigne pas pendant qu’elle lit.

Ne désinstallez pas d’applications système : cela peut bloquer la tablette. Masquez-les ou retirez-les simplement de l’accueil.`,
            },
            {
              key: 'accessoires-entretien',
              type: 'text',
              title: 'Accessoires utiles et entretien',
              markdown: `Quelques accessoires simples font une grande différence pour une personne âgée :

- **une housse avec support**, qui permet de poser la tablette debout pour les appels vidéo ;
- **un câble de charge assez long**, pour charger près du fauteuil habituel ;
- **un stylet à bout large**, pour les doigts secs ou qui tremblent ;
- **un film de protection d’écran**, si la tablette n’en a pas.

Avant chaque prêt, **nettoyez** la tablette et ses accessoires : un chiffon microfibre légèrement humide, puis sec, tablette éteinte. Pas de produit ménager sur l’écran.

Vérifiez aussi l’**état de la batterie** : si la tablette ne tient plus une journée d’usage modéré, signalez-le au coordinateur. Une batterie fatiguée décourage vite.`,
            },
            {
              key: 'pratique-checklist-preparation',
              type: 'practice',
              title: 'Préparer une tablette avec la liste de contrôle',
              instruction: `Sur une tablette du centre destinée au prêt, en suivant la liste du centre :

1. Chargez-la et connectez-la au wifi du centre.
2. Lancez les mises à jour du système puis des applications.
3. Simplifiez l’écran d’accueil : une seule page, quatre à six icônes.
4. Réglez la taille du texte sur « grand » et la mise en veille sur cinq minutes.
5. Notez la date de préparation sur la fiche de prêt.`,
              helpText: `Si vous ne trouvez pas un réglage, utilisez la loupe en haut des Paramètres et tapez un mot-clé : « mise à jour », « police », « veille », « facile ».

Si la mise à jour échoue, vérifiez la batterie (souvent au moins 50 % requis) et l’espace libre. En cas de doute, demandez au coordinateur ou au conseiller numérique du centre.`,
            },
          ],
        },
        {
          key: 'les-comptes',
          title: 'Les comptes de la personne',
          required: true,
          steps: [
            {
              key: 'comptes-principes',
              type: 'text',
              title: 'Un principe : les comptes appartiennent à la personne',
              markdown: `Pour fonctionner, une tablette Android demande un **compte Google**. WhatsApp demande un **numéro de téléphone**. Une adresse e-mail demande un **mot de passe**.

Ces comptes sont personnels : ils contiendront ses messages, ses photos, ses contacts. La règle est donc simple :

- **Les comptes sont créés avec la personne, à son nom**, lors d’une visite, avec son accord explicite.
- **Elle choisit son mot de passe** et le note elle-même, dans un carnet qu’elle garde chez elle.
- **Vous ne notez, ne gardez et ne photographiez jamais ses mots de passe.**
- **Si elle a déjà une adresse e-mail**, on l’utilise plutôt que d’en créer une nouvelle.
- **Les options de récupération** (numéro de téléphone, adresse de secours) sont les siennes, ou celles d’un proche de confiance qu’elle choisit. Jamais les vôtres.

Certains centres utilisent en plus un compte de gestion pour le parc de tablettes. Suivez alors la procédure du centre, et ne mélangez jamais ce compte avec les données personnelles.`,
            },
            {
              key: 'whatsapp-numero',
              type: 'text',
              title: 'WhatsApp et le numéro de téléphone',
              markdown: `WhatsApp s’active avec un numéro de téléphone, qui reçoit un code de vérification.

- Si la tablette a une **carte SIM**, le code arrive par SMS sur la tablette.
- Sinon, on peut utiliser le **numéro de la personne**, portable ou fixe. Pour un fixe, choisissez la vérification par **appel** : un message vocal dicte le code.
- Le code est tapé **par la personne**, ou sous ses yeux avec son accord. Jamais avec votre propre numéro.

Ajoutez ensuite ses contacts **avec elle** : les numéros de ses proches, qu’elle vous dicte ou qu’elle tape. Ne copiez pas votre propre répertoire.`,
            },
            {
              key: 'quiz-comptes',
              type: 'quiz',
              title: 'Les comptes',
              passThreshold: 80,
              questions: [
                {
                  key: 'q-mot-de-passe',
                  prompt: 'Où doit être conservé le mot de passe du compte Google de la personne ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'chez-elle',
                      text: 'Dans un carnet qu’elle garde chez elle, écrit par elle.',
                      correct: true,
                      feedback: 'Oui. Le mot de passe reste sous son contrôle.',
                    },
                    {
                      key: 'fiche-centre',
                      text: 'Sur la fiche de prêt du centre, au cas où elle l’oublie.',
                      correct: false,
                      feedback:
                        'Non. Un mot de passe stocké par le centre expose la personne et le centre. En cas d’oubli, on utilise la récupération de compte.',
                    },
                    {
                      key: 'telephone-benevole',
                      text: 'Dans le téléphone du bénévole.',
                      correct: false,
                      feedback: 'Jamais. Vous ne devez pas connaître ses mots de passe.',
                    },
                  ],
                },
                {
                  key: 'q-recuperation',
                  prompt: 'Quel numéro indiquer comme numéro de récupération du compte ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'le-sien',
                      text: 'Le sien, ou celui d’un proche de confiance qu’elle choisit.',
                      correct: true,
                      feedback: 'Exactement.',
                    },
                    {
                      key: 'le-votre',
                      text: 'Le vôtre, pour pouvoir l’aider.',
                      correct: false,
                      feedback:
                        'Non. Vous auriez alors la main sur son compte. C’est précisément ce qu’il faut éviter.',
                    },
                  ],
                },
                {
                  key: 'q-contacts',
                  prompt: 'Comment remplir le carnet de contacts ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'avec-elle',
                      text: 'Avec la personne, qui dicte ou tape les numéros de ses proches.',
                      correct: true,
                      feedback: 'Oui, c’est aussi un bon exercice de clavier.',
                    },
                    {
                      key: 'centre',
                      text: 'Ajouter le numéro du centre social.',
                      correct: true,
                      feedback: 'Oui, c’est utile et rassurant.',
                    },
                    {
                      key: 'repertoire-benevole',
                      text: 'Copier mon propre répertoire pour gagner du temps.',
                      correct: false,
                      feedback:
                        'Non. Vos contacts n’ont rien à faire sur sa tablette, et ce serait une fuite de données.',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      key: 'pret-et-retour',
      title: 'Le prêt et le retour',
      lessons: [
        {
          key: 'convention-et-etat',
          title: 'La convention de prêt et l’état du matériel',
          required: true,
          steps: [
            {
              key: 'convention',
              type: 'text',
              title: 'La convention de prêt',
              markdown: `Aucune tablette ne sort du centre sans une **convention de prêt signée**. Elle protège la personne autant que le centre.

Elle précise, en général :

- la **durée** du prêt et ses conditions de prolongation ;
- la **gratuité** du prêt, ou le montant d’une éventuelle caution ;
- ce qui se passe en cas de **panne, perte, casse ou vol** ;
- ce que la personne s’engage à faire (en prendre soin, la rendre) ;
- le sort de ses **données personnelles** : ce qu’elles deviennent pendant le prêt, et leur effacement au retour ;
- les **coordonnées** du centre en cas de problème.

**Lisez-la avec la personne**, à son rythme, et répondez à ses questions. Elle signe en connaissance de cause. Elle en garde un exemplaire, le centre garde l’autre.

Si la personne fait l’objet d’une mesure de protection (tutelle, curatelle), le coordinateur vérifie qui doit signer. Ce n’est pas à vous d’en décider.`,
            },
            {
              key: 'etat-du-materiel',
              type: 'text',
              title: 'La fiche d’état du matériel',
              markdown: `Comme pour un état des lieux, on note l’état de la tablette au départ. On compare au retour.

Notez sur la fiche :

1. la **marque**, le **modèle** et le **numéro de série** (au dos, ou dans Paramètres, **À propos de la tablette**) ;
2. la liste des **accessoires** : chargeur, câble, housse, support, stylet, carte SIM éventuelle ;
3. l’**état** : rayures, écran intact, boutons qui fonctionnent, batterie qui tient la charge ;
4. la **date** de remise et la signature des deux parties.

Vous pouvez photographier **la tablette elle-même** pour documenter son état, si la procédure du centre le prévoit. Jamais la personne, son logement ni ses papiers.`,
            },
            {
              key: 'remise',
              type: 'text',
              title: 'La remise à domicile',
              markdown: `La remise se fait idéalement au domicile, lors de la première visite.

1. Choisissez avec la personne **l’endroit** où la tablette vivra, près d’une prise.
2. **Connectez-la à sa box**, en la laissant taper la clé wifi si elle le peut.
3. **Créez ou connectez ses comptes** avec elle (voir la leçon précédente).
4. **Réglez le confort** : taille du texte, volume, luminosité, selon ses besoins.
5. **Faites un premier geste réussi** : par exemple voir une photo, ou recevoir un appel du bénévole. La première impression compte.
6. **Laissez les coordonnées du centre**, écrites lisiblement.

N’essayez pas de tout faire le premier jour. Le reste viendra lors des visites suivantes.`,
            },
            {
              key: 'pratique-fiche-pret',
              type: 'practice',
              title: 'Remplir une fiche de prêt d’exercice',
              instruction: `Avec une tablette du centre et la fiche de prêt vierge :

1. Relevez la marque, le modèle et le numéro de série.
2. Listez les accessoires présents.
3. Décrivez l’état de l’écran, des boutons et de la coque.
4. Relisez la convention de prêt du centre à voix haute, comme vous le feriez avec la personne, et notez les passages qui pourraient demander une explication.`,
              helpText: `Le numéro de série se trouve souvent au dos, sur une étiquette, ou dans Paramètres, puis **À propos de la tablette** (ou **À propos de l’appareil**), parfois dans **Informations sur l’état**.

Si votre centre n’a pas encore de modèle de convention, signalez-le au coordinateur : c’est un document indispensable avant tout prêt.`,
            },
          ],
        },
        {
          key: 'retour-et-effacement',
          title: 'Le retour et l’effacement des données',
          required: true,
          steps: [
            {
              key: 'recuperer-souvenirs',
              type: 'text',
              title: 'D’abord, récupérer ce qui compte pour la personne',
              markdown: `La tablette contient peut-être des photos de petits-enfants, des messages, des documents. Avant d’effacer, proposez à la personne de les **récupérer** :

- sur **son propre appareil**, si elle en a un ;
- sur l’appareil d’un **proche de confiance**, qu’elle désigne ;
- dans **son compte** en ligne (Google Photos, par exemple), qu’elle pourra retrouver ailleurs.

Faites-le **avec elle**, sous ses yeux et avec son accord. Ne transférez jamais ses photos ou documents sur votre propre téléphone, ni sur un ordinateur du centre, même « temporairement ».

Si elle ne souhaite rien garder, notez simplement son accord pour l’effacement.`,
            },
            {
              key: 'retirer-comptes-reinitialiser',
              type: 'text',
              title: 'Retirer les comptes, puis réinitialiser',
              markdown: `L’ordre compte.

1. **Retirez d’abord les comptes** de la personne : Paramètres, **Comptes** (ou **Comptes et sauvegarde**), choisissez le compte Google, puis **Supprimer le compte**. Le mot de passe peut être demandé : c’est la personne qui le tape.
   Sans cette étape, après réinitialisation, la tablette réclamera l’ancien compte Google au démarrage. C’est une protection antivol d’Android. La tablette serait alors inutilisable pour le prêt suivant.
2. **Retirez la carte SIM** et la carte mémoire éventuelles.
3. **Réinitialisez** : Paramètres, **Système** (ou **Gestion globale**), **Réinitialiser**, puis **Effacer toutes les données** (ou **Rétablir la configuration d’usine**). Les noms varient selon les marques.
4. **Vérifiez** au redémarrage que la tablette affiche l’écran de première configuration.
5. **Notez** sur la fiche la date de l’effacement, et qui l’a fait.

La réinitialisation se fait de préférence **au centre**, par la personne désignée par la procédure du centre.`,
            },
            {
              key: 'etat-retour',
              type: 'text',
              title: 'Contrôler l’état et clore le prêt',
              markdown: `- Comparez l’état et les accessoires avec la fiche de départ.
- Une rayure ou un accessoire perdu ne justifie pas de reproche : signalez-le simplement au coordinateur, qui applique la convention.
- Nettoyez la tablette et ses accessoires.
- Faites signer le retour, et remettez un exemplaire à la personne.
- Remerciez-la. Proposez-lui, si elle le souhaite, de continuer autrement : ateliers collectifs du centre, aide à l’achat d’un appareil reconditionné, accompagnement par un conseiller numérique.`,
            },
            {
              key: 'pratique-retour',
              type: 'practice',
              title: 'Mise en situation : le retour d’une tablette',
              instruction: `M. Bernard rend sa tablette après six mois. Il veut garder les photos de son arrière-petite-fille, mais n’a pas d’autre appareil.

Écrivez dans votre carnet :

1. deux solutions que vous pourriez lui proposer pour garder ses photos ;
2. les étapes, dans l’ordre, avant de remettre la tablette en prêt ;
3. ce que vous ne devez surtout pas faire.`,
              helpText: `Pistes :

1. Transférer les photos sur le téléphone d’un proche qu’il désigne, en sa présence ; ou vérifier qu’elles sont sauvegardées dans son compte Google Photos, qu’il pourra consulter plus tard ailleurs (au centre, chez un proche).
2. Récupérer les photos, retirer son compte Google, retirer la SIM, réinitialiser, vérifier l’écran de configuration, noter la date.
3. Copier ses photos sur votre téléphone « pour les lui rendre plus tard » ; réinitialiser sans retirer le compte Google.`,
            },
            {
              key: 'quiz-pret',
              type: 'quiz',
              title: 'Le prêt et le retour',
              passThreshold: 75,
              questions: [
                {
                  key: 'q-convention',
                  prompt:
                    'Une tablette peut-elle être remise sans convention signée si la personne est pressée ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'non',
                      text: 'Non, la convention est signée avant toute remise.',
                      correct: true,
                      feedback: 'Exactement. Elle protège la personne autant que le centre.',
                    },
                    {
                      key: 'oui-plus-tard',
                      text: 'Oui, on la fera signer à la prochaine visite.',
                      correct: false,
                      feedback:
                        'Non. En cas de problème entre-temps, rien ne serait clair. La signature vient d’abord.',
                    },
                  ],
                },
                {
                  key: 'q-ordre',
                  prompt:
                    'Avant de réinitialiser une tablette rendue, que faut-il faire ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'souvenirs',
                      text: 'Proposer à la personne de récupérer ses photos et documents.',
                      correct: true,
                      feedback: 'Oui, avec elle et sur un appareil de son choix.',
                    },
                    {
                      key: 'compte-google',
                      text: 'Retirer son compte Google de la tablette.',
                      correct: true,
                      feedback: 'Oui, sinon la protection antivol bloquera la tablette au redémarrage.',
                    },
                    {
                      key: 'sim',
                      text: 'Retirer la carte SIM et la carte mémoire.',
                      correct: true,
                      feedback: 'Oui, elles peuvent contenir des données.',
                    },
                    {
                      key: 'copie-benevole',
                      text: 'Copier ses photos sur mon téléphone par sécurité.',
                      correct: false,
                      feedback: 'Non. Vous ne devez jamais détenir de copie de ses données personnelles.',
                    },
                  ],
                },
                {
                  key: 'q-photo',
                  prompt: 'Pour documenter l’état du matériel, que pouvez-vous photographier ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'tablette',
                      text: 'La tablette et ses accessoires, si la procédure du centre le prévoit.',
                      correct: true,
                      feedback: 'Oui, et rien d’autre.',
                    },
                    {
                      key: 'personne',
                      text: 'La personne avec sa tablette, pour le souvenir.',
                      correct: false,
                      feedback:
                        'Non, sauf démarche spécifique du centre avec un accord écrit (droit à l’image). Ce n’est pas nécessaire au prêt.',
                    },
                    {
                      key: 'papiers',
                      text: 'Sa pièce d’identité, pour la fiche.',
                      correct: false,
                      feedback: 'Non. Ne photographiez jamais les documents de la personne.',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
