import type { SeedCourse } from '../seed-course';

export const course: SeedCourse = {
  key: 'limites-du-role-et-donnees-personnelles',
  title: 'Limites du rôle et données personnelles',
  summary:
    'Ce que le bénévole fait, et ce qu’il ne fait jamais. Pas de démarche administrative à la place de la personne, pas de mot de passe, pas de code bancaire, pas de connexion FranceConnect en son nom : vous orientez vers le conseiller numérique du centre, France Services ou un aidant habilité Aidants Connect. Vous apprenez aussi les bases du RGPD appliquées aux visites, comment signaler une situation de fragilité au coordinateur, et quoi faire en cas d’urgence (15, 112). Formation obligatoire avant toute visite.',
  audience: 'volunteer',
  level: 1,
  estimatedMinutes: 50,
  competenceCodes: ['4.2', '2.4'],
  requiredForVisits: true,
  modules: [
    {
      key: 'limites-du-role',
      title: 'Les limites du rôle',
      lessons: [
        {
          key: 'ne-jamais-faire-a-la-place',
          title: 'Ne jamais faire les démarches à la place',
          required: true,
          steps: [
            {
              key: 'pourquoi-des-limites',
              type: 'text',
              title: 'Pourquoi des limites ?',
              markdown: `Vous entrez chez des personnes parfois isolées, parfois fragiles, qui vous font confiance. C’est précieux, et c’est aussi ce qui impose des règles claires.

Ces limites protègent **la personne** : ses droits, son argent, sa vie privée, son autonomie de décision.

Elles vous protègent **vous aussi**. Un bénévole qui a fait une démarche, connu un code ou manipulé un compte peut être mis en cause en cas de litige, d’erreur ou de soupçon d’abus de faiblesse. Même de bonne foi.

Enfin, elles protègent **la confiance** entre le centre social et les habitants.

Votre rôle : **apprendre à la personne à faire elle-même**. Quand ce n’est pas possible, **l’orienter** vers des professionnels dont c’est le métier.`,
            },
            {
              key: 'ce-que-vous-ne-faites-pas',
              type: 'text',
              title: 'Ce que vous ne faites jamais',
              markdown: `- **Réaliser une démarche administrative à sa place** : déclaration de revenus, demande d’aide, dossier de retraite, carte grise, rendez-vous médical en ligne…
- **Connaître, noter ou taper ses mots de passe**, y compris celui de sa messagerie.
- **Connaître ou utiliser ses codes bancaires** : code de carte, codes reçus par SMS, validation d’une opération dans l’application de sa banque.
- **Se connecter avec FranceConnect en son nom.** FranceConnect permet d’accéder à de nombreux services publics avec un seul compte (impots.gouv.fr, ameli.fr, le site de l’Assurance retraite…). S’y connecter pour quelqu’un, c’est agir en son nom.
- **Faire un achat, un paiement ou un virement** pour elle, même à sa demande, même avec son argent.
- **Accepter de l’argent, un cadeau de valeur, une procuration** ou un héritage.
- **Garder une copie** de ses documents, photos ou messages.

Et si la personne insiste ? Vous pouvez dire : « Je comprends. Ce n’est pas moi qui peux le faire, mais je connais quelqu’un dont c’est le métier. »`,
            },
            {
              key: 'ce-que-vous-faites',
              type: 'text',
              title: 'Ce que vous pouvez faire',
              markdown: `Vous pouvez tout à fait :

- **expliquer** ce qu’est un site, un formulaire, un champ, un PDF ;
- **guider par la parole** pendant que la personne remplit elle-même un formulaire **qui ne présente pas d’enjeu** (inscription à un atelier, par exemple) ;
- **l’entraîner** sur des formulaires d’exercice ou des démarches fictives ;
- **l’aider à reconnaître** un site officiel, une arnaque, un message douteux ;
- **tourner la tête** au moment où elle tape un mot de passe ou un code ;
- **l’orienter** vers le bon interlocuteur, et prévenir le centre avec son accord.

La frontière : dès qu’une démarche a des **conséquences** sur ses droits, son argent ou ses données (impôts, retraite, santé, aides, banque), vous orientez.`,
            },
            {
              key: 'orienter',
              type: 'text',
              title: 'Vers qui orienter',
              markdown: `**Le conseiller numérique** du centre social, s’il y en a un, ou de la commune. Les conseillers numériques sont des professionnels formés pour accompagner aux usages et aux démarches.

**Un espace France Services.** Il y en a plus de 2 800 en France, souvent à moins de 30 minutes de chez soi. Des agents formés y accompagnent les démarches de nombreux organismes : impôts, retraite, Assurance maladie, CAF, France Travail, etc. On trouve l’espace le plus proche sur france-services.gouv.fr, ou en demandant au centre.

**Un aidant habilité Aidants Connect.** Aidants Connect permet à des **professionnels habilités** (travailleurs sociaux, agents France Services, conseillers numériques) de faire une démarche **pour le compte** d’une personne, de façon sécurisée et légale, avec un mandat qu’elle signe. Les bénévoles n’y ont en principe pas accès : orientez vers une structure habilitée.

**Le centre social lui-même**, son accueil et son coordinateur, qui connaissent les ressources locales (CCAS, assistante sociale du Département, permanences juridiques…).

**Le 3939, Allô Service Public**, pour une question sur une démarche ou un droit.

Pour les décisions importantes, la personne peut aussi s’appuyer sur un proche de confiance qu’elle choisit.`,
            },
            {
              key: 'mise-en-situation-impots',
              type: 'practice',
              title: 'Mise en situation : la déclaration de revenus',
              instruction: `Pendant une visite, M. Petit vous dit : « Ma déclaration d’impôts doit être faite en ligne avant la fin du mois. Mon code est dans ce tiroir. Vous pouvez la faire, vous savez faire ça ? »

Écrivez dans votre carnet, ou dites à voix haute, votre réponse. Puis la solution concrète que vous lui proposez, avec les étapes.`,
              helpText: `Une réponse possible :

« Je comprends que ça vous tracasse. Mais je n’ai pas le droit de faire votre déclaration ni d’utiliser vos codes. C’est pour vous protéger. En revanche, il y a des personnes dont c’est le métier, et c’est gratuit. »

Solution concrète :

- proposer un rendez-vous avec le conseiller numérique du centre ou un espace France Services ;
- avec son accord, prévenir le coordinateur pour organiser le rendez-vous ;
- rappeler que la déclaration papier reste possible dans certains cas, et que le centre des finances publiques répond à ses questions ;
- lui conseiller de garder ses codes pour lui, et de ne pas vous les montrer.`,
            },
            {
              key: 'quiz-limites',
              type: 'quiz',
              title: 'Les limites du rôle',
              passThreshold: 80,
              questions: [
                {
                  key: 'q-france-connect',
                  prompt:
                    'La personne vous demande de vous connecter avec FranceConnect pour elle, « juste pour voir son attestation Ameli ». Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'refuser-guider',
                      text: 'Je refuse de me connecter à sa place, je peux la guider pendant qu’elle le fait elle-même, ou l’orienter.',
                      correct: true,
                      feedback:
                        'Oui. Se connecter pour elle, c’est agir en son nom. Elle peut le faire elle-même, vous tournez la tête pendant qu’elle tape ses codes. Si c’est trop difficile, orientez vers France Services.',
                    },
                    {
                      key: 'accepter',
                      text: 'J’accepte, ce n’est qu’une consultation.',
                      correct: false,
                      feedback:
                        'Même pour « voir », vous utiliseriez ses identifiants et accéderiez à des données de santé. Ce n’est pas votre rôle.',
                    },
                  ],
                },
                {
                  key: 'q-interdits',
                  prompt: 'Lesquelles de ces actions sont hors de votre rôle ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'noter-mdp',
                      text: 'Noter son mot de passe dans mon téléphone, pour le cas où elle l’oublie.',
                      correct: true,
                      feedback: 'Oui, c’est interdit. Elle le note elle-même, chez elle.',
                    },
                    {
                      key: 'commande',
                      text: 'Passer une commande en ligne pour elle avec sa carte.',
                      correct: true,
                      feedback: 'Oui, c’est hors de votre rôle, même à sa demande.',
                    },
                    {
                      key: 'demande-aide',
                      text: 'Remplir sa demande d’aide au logement.',
                      correct: true,
                      feedback:
                        'Oui. C’est une démarche à enjeu : orientez vers France Services ou un travailleur social.',
                    },
                    {
                      key: 'expliquer-formulaire',
                      text: 'Lui expliquer ce qu’est un champ obligatoire dans un formulaire.',
                      correct: false,
                      feedback:
                        'Ceci fait pleinement partie de votre rôle : expliquer, pour qu’elle fasse elle-même.',
                    },
                  ],
                },
                {
                  key: 'q-aidants-connect',
                  prompt: 'Qu’est-ce qu’Aidants Connect ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'pro-habilites',
                      text: 'Un service qui permet à des professionnels habilités de faire une démarche pour le compte d’une personne, avec son mandat.',
                      correct: true,
                      feedback:
                        'Exactement. Orientez vers une structure habilitée quand la personne ne peut pas faire seule.',
                    },
                    {
                      key: 'benevoles',
                      text: 'Une application qui permet aux bénévoles d’utiliser les codes des personnes.',
                      correct: false,
                      feedback:
                        'Non. Aucun dispositif n’autorise un bénévole à utiliser les codes d’une personne.',
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
      key: 'donnees-et-vigilance',
      title: 'Données personnelles et vigilance',
      lessons: [
        {
          key: 'rgpd-au-quotidien',
          title: 'Les données personnelles au quotidien',
          required: true,
          steps: [
            {
              key: 'rgpd-bases',
              type: 'text',
              title: 'Le RGPD, en quelques mots',
              markdown: `Le **RGPD** (Règlement général sur la protection des données) est la loi européenne qui protège les informations personnelles. Le centre social en est responsable pour tout ce qu’il collecte sur les personnes accompagnées, y compris dans Passerelle.

Trois principes suffisent pour vos visites :

1. **Ne collecter que le nécessaire.** Dans Passerelle, vous notez les visites et les compétences numériques observées. Rien de plus.
2. **Pour une raison précise.** Ces notes servent à suivre l’apprentissage, pas à « connaître » la personne.
3. **Garder confidentiel.** Ce que vous voyez et entendez chez la personne reste entre elle, vous et, si nécessaire, le coordinateur.

La personne a le droit de savoir ce qui est noté sur elle, de le faire corriger ou supprimer. Si elle vous pose la question, orientez-la vers le centre.`,
            },
            {
              key: 'ce-qu-on-ne-note-pas',
              type: 'text',
              title: 'Ce que l’on ne note jamais',
              markdown: `Ne notez nulle part, ni dans Passerelle, ni dans votre carnet, ni dans un message :

- **des informations de santé** : maladie, traitement, handicap, troubles de mémoire, hospitalisation ;
- **sa situation financière** : revenus, dettes, comptes ;
- **ses opinions** politiques, religieuses, syndicales ;
- **les conflits familiaux** ou ce qu’on vous a confié ;
- **ses codes, mots de passe, numéros de compte ou de sécurité sociale.**

Une observation bien rédigée ressemble à : « Décrocher un appel vidéo : fait seul. » Pas à : « Décroche seule malgré sa maladie de Parkinson. »

Si une information de ce type vous semble importante pour la suite de l’accompagnement, **parlez-en oralement** au coordinateur. Il décidera de ce qu’il convient de faire.`,
            },
            {
              key: 'discretion',
              type: 'text',
              title: 'Discrétion et bonnes pratiques',
              markdown: `- **Ne photographiez jamais ses documents** : courriers, ordonnances, relevés, pièce d’identité. Même pour « l’aider à s’en souvenir ».
- **Ne photographiez pas la personne ni son intérieur**, sauf démarche du centre avec un accord écrit.
- **Détournez le regard** quand elle tape un code, et dites-le : « Je regarde ailleurs. »
- **Ne lisez pas ses messages** au-delà de ce qu’elle vous montre pour l’exercice.
- **Ne parlez pas d’elle** à d’autres personnes accompagnées, à vos proches, ni sur les réseaux sociaux.
- **N’échangez pas ses informations** dans des groupes de messagerie de bénévoles. Passez par le coordinateur.
- **Votre téléphone** : verrouillez-le par un code. Évitez d’y garder ses coordonnées si ce n’est pas nécessaire ; utilisez de préférence Passerelle.
- **À la fin de votre engagement**, supprimez ce qui resterait sur vos appareils et rendez les documents du centre.`,
            },
            {
              key: 'mise-en-situation-observation',
              type: 'practice',
              title: 'Mise en situation : réécrire une observation',
              instruction: `Voici une note écrite par un bénévole après une visite :

« Mme D. a bien avancé malgré sa vue qui baisse (cataracte opérée en mars). Son fils ne l’appelle jamais, ils sont fâchés. Elle a décroché seule l’appel de sa voisine. Son code de tablette est 1942. »

Réécrivez-la pour ne garder que ce qui a sa place dans Passerelle. Puis listez ce qui, éventuellement, mérite d’être dit oralement au coordinateur.`,
              helpText: `Version correcte : « Décrocher un appel vidéo : fait seul. »

À supprimer : la santé (vue, cataracte), le conflit familial, le code (qui ne devait d’ailleurs jamais être connu du bénévole : conseillez à Mme D. de le changer elle-même).

À dire oralement au coordinateur, si cela vous inquiète : un isolement qui semble s’accentuer. Sans plus de détail que nécessaire.`,
            },
          ],
        },
        {
          key: 'fragilite-et-urgence',
          title: 'Fragilité et urgence',
          required: true,
          steps: [
            {
              key: 'reperer-fragilite',
              type: 'text',
              title: 'Repérer une situation de fragilité',
              markdown: `En venant régulièrement, vous êtes parfois la personne qui voit le plus souvent la personne accompagnée. Vous pouvez remarquer des changements.

Quelques signaux qui méritent d’être signalés :

- un **isolement qui s’aggrave**, une personne qui ne sort plus, ne mange plus, semble se négliger ;
- un **logement qui se dégrade** : froid, insalubrité, danger ;
- des **difficultés d’argent** soudaines, des factures impayées ;
- une **arnaque** en cours ou subie, des appels ou visites insistants ;
- des **signes de maltraitance**, physique, psychologique ou financière, par un proche ou un tiers ;
- une **confusion** nouvelle, des oublis inhabituels, des propos inquiétants.

Vous n’avez pas à enquêter, ni à diagnostiquer, ni à régler la situation vous-même.`,
            },
            {
              key: 'signaler-coordinateur',
              type: 'text',
              title: 'Signaler au coordinateur',
              markdown: `Votre réflexe : **en parler au coordinateur** du centre, le jour même ou le lendemain.

1. **Par téléphone ou de vive voix**, de préférence. Évitez d’écrire des détails sensibles par SMS ou e-mail.
2. **Décrivez des faits**, sans interprétation : « Elle n’avait pas de chauffage, il faisait 14 degrés », plutôt que « elle est en train de se laisser aller ».
3. **Dites à la personne**, si possible, que vous allez en parler au centre pour qu’on puisse l’aider. Dans la plupart des cas, elle l’accepte.
4. **Laissez le coordinateur** prendre le relais avec les services compétents : CCAS, services sociaux, médecin traitant, famille.

En cas de suspicion de maltraitance, le **3977** est le numéro national d’écoute contre les maltraitances des personnes âgées et des adultes en situation de handicap. Vous pouvez l’appeler pour demander conseil, en plus d’en parler au coordinateur.`,
            },
            {
              key: 'urgence',
              type: 'text',
              title: 'En cas d’urgence',
              markdown: `Si la personne fait un malaise, chute, a du mal à respirer, ou si sa vie semble en danger :

1. **Appelez le 15** (SAMU) pour une urgence médicale, ou le **112**, numéro d’urgence européen, valable partout et depuis n’importe quel portable.
2. **Dites clairement** : qui vous êtes, l’adresse exacte (étage, code d’entrée), ce que vous voyez. Répondez aux questions et **ne raccrochez pas** le premier.
3. **Suivez les consignes** données au téléphone.
4. **Restez avec la personne.** Ne la déplacez pas si elle est tombée et a mal, sauf danger immédiat.
5. **Facilitez l’arrivée des secours** : ouvrez la porte, allumez la lumière, éloignez les animaux.
6. **Prévenez ensuite le coordinateur.**

Autres numéros utiles :

- **18** : pompiers (incendie, fuite de gaz, personne coincée) ;
- **17** : police ou gendarmerie (danger, agression, intrusion) ;
- **114** : urgences par SMS ou application, pour les personnes sourdes ou qui ne peuvent pas parler.

Ne donnez pas de médicament vous-même. Vous n’êtes pas là pour soigner, mais pour alerter et rester présent.`,
            },
            {
              key: 'mise-en-situation-urgence',
              type: 'practice',
              title: 'Mise en situation : l’appel au 15',
              instruction: `Vous arrivez chez M. Leroy pour votre visite. Il est assis par terre dans la cuisine, conscient, et dit avoir très mal à la hanche.

À voix haute, ou dans votre carnet, déroulez ce que vous faites, dans l’ordre. Puis rédigez les trois premières phrases que vous direz au SAMU.`,
              helpText: `Dans l’ordre : ne pas le relever ; appeler le 15 (ou le 112) ; rester avec lui, le couvrir s’il a froid ; ouvrir aux secours ; prévenir le coordinateur ensuite.

Au SAMU : « Bonjour, je suis bénévole d’un centre social, en visite chez un monsieur âgé. Il est tombé dans sa cuisine, il est conscient et se plaint d’une douleur à la hanche. L’adresse est… (numéro, rue, ville, étage, code). »

Puis répondre aux questions et ne pas raccrocher le premier.`,
            },
            {
              key: 'quiz-donnees-urgence',
              type: 'quiz',
              title: 'Données, fragilité, urgence',
              passThreshold: 80,
              questions: [
                {
                  key: 'q-sante-note',
                  prompt: 'Pouvez-vous écrire dans Passerelle que la personne a des troubles de mémoire ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'non-oral',
                      text: 'Non. Si c’est utile, j’en parle oralement au coordinateur.',
                      correct: true,
                      feedback: 'Exactement. Les informations de santé ne sont pas notées par les bénévoles.',
                    },
                    {
                      key: 'oui-utile',
                      text: 'Oui, c’est utile pour les autres bénévoles.',
                      correct: false,
                      feedback:
                        'Non. C’est une donnée de santé, sensible. Et ce n’est pas votre rôle de poser un diagnostic. Parlez-en au coordinateur.',
                    },
                  ],
                },
                {
                  key: 'q-photo-courrier',
                  prompt:
                    'La personne vous montre un courrier de sa caisse de retraite qu’elle ne comprend pas. Que faites-vous ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'pas-photo',
                      text: 'Je ne le photographie pas.',
                      correct: true,
                      feedback: 'Oui, jamais de photo de ses documents.',
                    },
                    {
                      key: 'orienter',
                      text: 'Je lui propose un rendez-vous avec le conseiller numérique ou France Services.',
                      correct: true,
                      feedback: 'Oui, c’est leur métier. Elle apportera le courrier elle-même.',
                    },
                    {
                      key: 'repondre-pour-elle',
                      text: 'Je réponds pour elle sur le site de la caisse.',
                      correct: false,
                      feedback: 'Non, c’est une démarche à enjeu, à faire par elle ou avec un professionnel.',
                    },
                  ],
                },
                {
                  key: 'q-urgence',
                  prompt: 'La personne fait un malaise pendant la visite. Quel numéro appelez-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: '15-112',
                      text: 'Le 15 (SAMU) ou le 112.',
                      correct: true,
                      feedback: 'Oui. Donnez l’adresse exacte et ne raccrochez pas le premier.',
                    },
                    {
                      key: 'coordinateur',
                      text: 'D’abord le coordinateur du centre.',
                      correct: false,
                      feedback:
                        'Non : en urgence, appelez d’abord les secours. Le coordinateur est prévenu ensuite.',
                    },
                    {
                      key: '3977',
                      text: 'Le 3977.',
                      correct: false,
                      feedback: 'Le 3977 concerne les maltraitances. Pour un malaise, c’est le 15 ou le 112.',
                    },
                  ],
                },
                {
                  key: 'q-fragilite',
                  prompt: 'Vous trouvez la personne sans chauffage, en plein hiver. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'coordinateur',
                      text: 'J’en parle au coordinateur rapidement, en décrivant les faits.',
                      correct: true,
                      feedback:
                        'Oui. Il saura mobiliser les bons services. Si la personne est en danger immédiat, appelez les secours.',
                    },
                    {
                      key: 'regler-seul',
                      text: 'Je règle moi-même le problème avec le fournisseur d’énergie.',
                      correct: false,
                      feedback:
                        'Ce n’est pas votre rôle, et vous n’avez pas à accéder à ses contrats. Passez par le coordinateur.',
                    },
                    {
                      key: 'rien',
                      text: 'Je ne dis rien, cela ne me regarde pas.',
                      correct: false,
                      feedback:
                        'Votre regard est précieux. Signaler au coordinateur, c’est aider, pas trahir.',
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
