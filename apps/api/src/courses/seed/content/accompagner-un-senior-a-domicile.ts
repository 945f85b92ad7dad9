import type { SeedCourse } from '../seed-course';

export const course: SeedCourse = {
  key: 'accompagner-un-senior-a-domicile',
  title: 'Accompagner un senior à domicile',
  summary:
    'La formation de base de tout bénévole Passerelle, à suivre avant la première visite. Vous y découvrez la posture « simplifier sans infantiliser » : laisser faire, ne jamais prendre la tablette des mains, une seule chose à la fois, répéter sans lassitude, parler simplement et valoriser chaque progrès. Vous apprenez aussi à structurer une visite, à respecter le rythme de la personne et à bien terminer la séance.',
  audience: 'volunteer',
  level: 1,
  estimatedMinutes: 60,
  competenceCodes: ['2.4', '2.1'],
  requiredForVisits: true,
  modules: [
    {
      key: 'la-posture',
      title: 'La posture du bénévole',
      lessons: [
        {
          key: 'simplifier-sans-infantiliser',
          title: 'Simplifier sans infantiliser',
          required: true,
          steps: [
            {
              key: 'votre-role',
              type: 'text',
              title: 'Votre rôle',
              markdown: `Vous allez accompagner chez elle une personne âgée qui découvre la tablette. Beaucoup n’ont jamais touché un ordinateur. Certaines ont 70 ans, d’autres plus de 90.

Votre rôle n’est pas de faire à sa place. Il est de **rendre la personne capable de faire seule**, à son rythme, pour ce qui compte pour elle : voir ses petits-enfants, lire ses e-mails, suivre un atelier du centre.

Vous n’avez pas besoin d’être expert en informatique. Il vous faut surtout de la patience, de l’écoute et de la constance. Les gestes techniques, les parcours Passerelle vous les donnent.

Le centre social reste votre appui : votre coordinateur ou coordinatrice est là pour répondre à vos questions, avant comme après chaque visite.`,
            },
            {
              key: 'le-principe',
              type: 'text',
              title: 'Le principe : simplifier sans infantiliser',
              markdown: `Les personnes que vous accompagnez sont des **adultes**, avec une longue vie derrière elles. Elles ont élevé des enfants, exercé un métier, traversé des épreuves. Elles découvrent un outil, pas la vie.

**Simplifier**, c’est :

- découper en petites étapes ;
- utiliser des mots du quotidien ;
- supprimer ce qui distrait ;
- répéter autant que nécessaire.

**Ne pas infantiliser**, c’est éviter :

- le tutoiement non demandé, les surnoms (« ma petite dame », « mamie ») ;
- le ton que l’on prend avec un enfant, les « c’est bien ! » appuyés ;
- de parler de la personne à la troisième personne devant elle, surtout avec sa famille ;
- de décider à sa place de ce qui l’intéresse.

Vouvoyez, sauf si la personne vous propose le tutoiement. Demandez-lui comment elle souhaite être appelée.`,
            },
            {
              key: 'laisser-faire',
              type: 'text',
              title: 'Laisser faire : la tablette reste dans ses mains',
              markdown: `C’est la règle la plus importante, et la plus difficile à tenir : **ne prenez jamais la tablette des mains de la personne**.

Quand vous faites à sa place, elle regarde vos doigts aller trop vite. Elle n’apprend rien. Pire, elle en conclut qu’elle n’y arrivera pas.

À la place :

1. **Guidez par la parole.** « Vous voyez la bulle verte en bas ? Touchez-la. »
2. **Montrez du doigt, sans toucher.** Pointez l’endroit, à quelques centimètres de l’écran.
3. **Si vous devez montrer un geste**, faites-le sur votre propre téléphone, ou sur une feuille. Puis laissez la personne le refaire.
4. **Gardez les mains occupées** : un carnet, un stylo, ou les mains croisées. Beaucoup de bénévoles disent que c’est le meilleur truc.

Si vraiment vous devez toucher la tablette (un réglage bloquant, par exemple), **demandez d’abord la permission**, expliquez ce que vous faites, et rendez-la aussitôt.`,
            },
            {
              key: 'une-chose-a-la-fois',
              type: 'text',
              title: 'Une chose à la fois',
              markdown: `La mémoire de travail sature vite devant un outil nouveau, à tout âge. Trois consignes d’affilée, c’est souvent deux de trop.

- **Une consigne, puis on attend** que le geste soit fait.
- **Un objectif par visite.** « Aujourd’hui, on apprend à décrocher un appel. » Pas aussi le volume, le wifi et les photos.
- **Ignorez les détours.** Une notification apparaît ? Sauf si elle bloque, on la laisse de côté : « On verra ça une autre fois. »
- **Fermez ce qui ne sert pas.** Moins il y a de choses à l’écran, mieux c’est.

À la fin de la séance, il vaut mieux un seul geste bien acquis que cinq gestes entrevus.`,
            },
            {
              key: 'quiz-posture',
              type: 'quiz',
              title: 'La posture',
              passThreshold: 80,
              questions: [
                {
                  key: 'q-prendre-tablette',
                  prompt:
                    'Mme Lefèvre n’arrive pas à ouvrir WhatsApp depuis cinq minutes. Elle vous tend la tablette : « Faites-le, vous. » Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'guider-parole',
                      text: 'Je lui rends la tablette avec douceur et je la guide par la parole, étape par étape.',
                      correct: true,
                      feedback:
                        'Oui. Vous pouvez dire : « Je préfère que ce soit vous, c’est comme ça qu’on retient. Je vous guide. » Proposez une pause si elle est fatiguée.',
                    },
                    {
                      key: 'faire-vite',
                      text: 'Je le fais rapidement pour qu’elle ne se décourage pas.',
                      correct: false,
                      feedback:
                        'C’est tentant et bien intentionné. Mais elle ne saura pas le refaire seule, et retiendra surtout que « c’est trop dur pour elle ».',
                    },
                    {
                      key: 'passer-autre-chose',
                      text: 'Je passe à autre chose sans rien dire.',
                      correct: false,
                      feedback:
                        'Changer d’activité peut aider, mais dites-le. Mieux : découpez l’étape en plus petits gestes, ou proposez une pause.',
                    },
                  ],
                },
                {
                  key: 'q-infantiliser',
                  prompt: 'Quelles attitudes risquent d’infantiliser la personne ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'mamie',
                      text: 'L’appeler « mamie » pour créer une complicité.',
                      correct: true,
                      feedback:
                        'Oui. Même affectueux, ce surnom la réduit à son âge. Demandez-lui comment elle veut être appelée.',
                    },
                    {
                      key: 'troisieme-personne',
                      text: 'Dire à sa fille devant elle : « Elle a du mal avec le clavier ».',
                      correct: true,
                      feedback: 'Oui. Parlez-lui à elle, et laissez-la raconter elle-même ses progrès.',
                    },
                    {
                      key: 'vouvoyer',
                      text: 'La vouvoyer.',
                      correct: false,
                      feedback:
                        'Le vouvoiement est au contraire la règle, sauf si la personne propose le tutoiement.',
                    },
                    {
                      key: 'mots-simples',
                      text: 'Utiliser des mots simples.',
                      correct: false,
                      feedback:
                        'Les mots simples ne sont pas infantilisants. Ce qui l’est, c’est le ton, les surnoms et le fait de décider à sa place.',
                    },
                  ],
                },
                {
                  key: 'q-objectif',
                  prompt: 'Combien d’objectifs prévoir pour une visite d’une heure avec un débutant ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'un',
                      text: 'Un seul, à bien consolider.',
                      correct: true,
                      feedback: 'Exactement. Un geste bien acquis donne confiance pour la suite.',
                    },
                    {
                      key: 'cinq',
                      text: 'Cinq, pour avancer vite.',
                      correct: false,
                      feedback:
                        'Trop d’objectifs saturent la mémoire. Mieux vaut un geste acquis que cinq entrevus.',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          key: 'parler-et-encourager',
          title: 'Parler simplement, répéter, valoriser',
          required: true,
          steps: [
            {
              key: 'vocabulaire-simple',
              type: 'text',
              title: 'Un vocabulaire simple',
              markdown: `Le jargon est la première barrière. Des mots évidents pour vous ne le sont pas pour quelqu’un qui n’a jamais utilisé d’écran.

Quelques équivalents :

- Au lieu de « cliquez », dites : touchez.
- Au lieu de « l’appli », dites : l’application, l’outil, ou son nom (« WhatsApp »).
- Au lieu de « l’icône », dites : la petite image, le dessin (« la bulle verte »).
- Au lieu de « scroller », dites : faire glisser, faire défiler.
- Au lieu de « le menu burger », dites : les trois petits traits en haut.
- Au lieu de « le navigateur », dites : l’application pour aller sur internet (« Chrome »).
- Au lieu de « télécharger », dites : enregistrer une copie sur la tablette.
- Au lieu de « se loguer », dites : entrer son identifiant et son mot de passe.

Quand un mot technique est inévitable, **expliquez-le une fois** avec une image du quotidien, puis réutilisez-le. « Le wifi, c’est internet qui arrive sans fil depuis votre box. »

Décrivez ce que la personne **voit** : la couleur, la forme, la position. « Le bouton rouge, en bas à droite. »`,
            },
            {
              key: 'repeter-sans-lassitude',
              type: 'text',
              title: 'Répéter sans lassitude',
              markdown: `Il est normal qu’un geste appris la semaine dernière soit oublié. Ce n’est ni un manque de volonté, ni forcément un signe de trouble. C’est comme cela que l’on apprend à tout âge : par répétition espacée.

- **Réexpliquez comme si c’était la première fois**, sans soupir ni « je vous l’ai déjà dit ».
- **Variez les mots** si la première explication n’a pas marché.
- **Faites refaire plutôt que réexpliquer** : « Montrez-moi comment vous feriez. »
- **Commencez chaque visite par un rappel** de la fois précédente, fait par la personne elle-même.

Votre ton compte autant que vos mots. La personne perçoit très vite l’impatience, même polie.`,
            },
            {
              key: 'valoriser',
              type: 'text',
              title: 'Valoriser les progrès',
              markdown: `Beaucoup de personnes âgées arrivent avec une image d’elles-mêmes abîmée : « Je suis trop vieille pour ça », « Je vais tout casser ».

Votre rôle est de leur montrer qu’elles progressent, avec des faits :

- **Soulignez le concret.** « Vous avez décroché toute seule, sans que je dise rien. »
- **Comparez avec elle-même**, jamais avec d’autres. « La semaine dernière, vous cherchiez le bouton. Aujourd’hui, vous l’avez trouvé tout de suite. »
- **Dédramatisez l’erreur.** « Ça arrive à tout le monde. Moi aussi, je me trompe de bouton. »
- **Restez sincère et sobre.** Un compliment excessif sonne faux et peut vexer.

Les observations que vous notez dans Passerelle servent aussi à cela : montrer à la personne le chemin parcouru.`,
            },
            {
              key: 'rythme',
              type: 'text',
              title: 'Respecter le rythme',
              markdown: `- **Des visites courtes** : 45 minutes à une heure, pas plus. L’attention baisse vite.
- **Des pauses** : proposez un temps de discussion, un café si on vous l’offre.
- **Du silence** : quand la personne cherche, attendez. Comptez jusqu’à dix dans votre tête avant d’intervenir.
- **Son rythme de vie** : évitez les heures de sieste ou de repas, respectez les habitudes de la maison.
- **Ses envies** : partez de ce qu’elle veut faire. Une personne motivée par les photos de ses petits-enfants apprendra plus vite à faire défiler des photos qu’à régler le wifi.

Certaines personnes voient ou entendent moins bien. Adaptez-vous (grossir le texte, parler face à elle, plus lentement) sans commentaire, et sans rien noter de sa santé.`,
            },
            {
              key: 'mise-en-situation-jargon',
              type: 'practice',
              title: 'Mise en situation : traduire une consigne',
              instruction: `Voici une consigne pleine de jargon : « Cliquez sur l’appli Gmail, scrollez dans votre inbox et ouvrez la PJ du mail de votre fils. »

Réécrivez-la dans votre carnet en trois consignes courtes, dites une par une, avec des mots du quotidien et des repères visuels. Puis lisez-la à voix haute, comme à la personne.`,
              helpText: `Une proposition possible :

1. « Touchez l’enveloppe de couleur, en bas de l’écran : ce sont vos e-mails. »
2. « Faites glisser votre doigt vers le haut, jusqu’au message de votre fils. Touchez-le. »
3. « Tout en bas du message, il y a une petite image avec un trombone : c’est la photo qu’il vous envoie. Touchez-la. »

Attendez que chaque geste soit fait avant de donner le suivant.`,
            },
          ],
        },
      ],
    },
    {
      key: 'la-visite',
      title: 'Le déroulé d’une visite',
      lessons: [
        {
          key: 'deroule-et-fin-de-visite',
          title: 'Structurer la visite et bien la terminer',
          required: true,
          steps: [
            {
              key: 'avant-la-visite',
              type: 'text',
              title: 'Avant la visite',
              markdown: `- **Confirmez le rendez-vous** la veille ou le matin, par téléphone. Certaines personnes oublient, d’autres s’inquiètent d’une visite imprévue.
- **Relisez vos notes** de la séance précédente dans Passerelle : où en est la personne, quel est le prochain objectif.
- **Préparez le support** : le parcours du jour, éventuellement un message ou un appel d’essai à envoyer.
- **Présentez-vous** à l’arrivée, avec votre badge ou le document du centre s’il en existe. Rappelez votre prénom et le nom du centre.`,
            },
            {
              key: 'pendant-la-visite',
              type: 'text',
              title: 'Un déroulé en quatre temps',
              markdown: `1. **Accueil (5 à 10 minutes).** Prenez des nouvelles. Demandez ce que la personne a fait avec la tablette depuis la dernière fois, ce qui a marché, ce qui l’a gênée.
2. **Rappel (5 minutes).** Elle refait seule le geste de la dernière séance. C’est le meilleur moment pour noter une observation « fait seul ».
3. **Nouveau geste (20 à 30 minutes).** Un seul objectif. Expliquez, laissez faire, faites refaire deux ou trois fois.
4. **Clôture (10 minutes).** Récapitulez, notez, préparez la suite.

Installez-vous **à côté** de la personne, du côté de sa main dominante, plutôt qu’en face. Vous voyez l’écran comme elle, sans le lui prendre.

Assurez-vous qu’elle a ses lunettes ou son appareil auditif si elle en utilise, et une bonne lumière.`,
            },
            {
              key: 'fin-de-visite',
              type: 'text',
              title: 'La fin de visite',
              markdown: `La fin de visite compte autant que le début. Elle laisse la personne autonome jusqu’à la prochaine fois.

1. **Faites récapituler** la personne : « Qu’avez-vous appris aujourd’hui ? »
2. **Proposez un mémo papier**, écrit **par elle** si elle le souhaite, avec ses mots : « Pour appeler Julie : bulle verte, Julie, caméra. » Il sera plus utile que n’importe quelle fiche imprimée.
3. **Proposez un petit défi** pour la semaine, réaliste : « Essayez d’appeler votre fils dimanche. »
4. **Laissez la tablette en charge**, à sa place habituelle, écran d’accueil affiché.
5. **Convenez de la prochaine visite** et notez-la sur son calendrier à elle.
6. **Après la visite**, notez dans Passerelle les observations : fait seul, avec aide, pas encore. Seulement les compétences numériques.

Si quelque chose vous a inquiété pendant la visite, parlez-en à votre coordinateur. Le parcours « Limites du rôle et données personnelles » détaille comment.`,
            },
            {
              key: 'mise-en-situation-fin',
              type: 'practice',
              title: 'Mise en situation : préparer une fin de visite',
              instruction: `Imaginez : M. Haddad a appris aujourd’hui à décrocher un appel vidéo. Il est content mais fatigué.

Dans votre carnet, écrivez :

1. la question que vous lui posez pour récapituler ;
2. ce que pourrait contenir son mémo papier ;
3. le petit défi que vous lui proposez pour la semaine ;
4. l’observation que vous noterez dans Passerelle.`,
              helpText: `Exemple :

1. « Si votre fille vous appelle ce soir, vous faites comment ? »
2. « Ça sonne : je touche le bouton vert. Pour finir : bouton rouge. »
3. « Sa fille l’appelle mercredi à 18 heures, comme convenu avec elle. »
4. « Décrocher un appel vidéo seul » : fait avec aide (a eu besoin qu’on lui rappelle le bouton vert la première fois, puis seul au deuxième essai).

Aucun élément de santé ni de vie privée dans l’observation.`,
            },
            {
              key: 'quiz-visite',
              type: 'quiz',
              title: 'La visite',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-place',
                  prompt: 'Où vous installer pendant la séance ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'a-cote',
                      text: 'À côté de la personne, du côté de sa main dominante.',
                      correct: true,
                      feedback: 'Oui. Vous voyez l’écran comme elle, sans avoir à le prendre.',
                    },
                    {
                      key: 'en-face',
                      text: 'En face, pour bien voir son visage.',
                      correct: false,
                      feedback:
                        'En face, vous voyez l’écran à l’envers et êtes tenté de le tourner vers vous. Préférez le côté.',
                    },
                    {
                      key: 'debout-derriere',
                      text: 'Debout derrière elle.',
                      correct: false,
                      feedback:
                        'Avoir quelqu’un penché par-dessus l’épaule met mal à l’aise. Asseyez-vous à côté.',
                    },
                  ],
                },
                {
                  key: 'q-oubli',
                  prompt:
                    'La personne a oublié un geste appris la semaine dernière. Que faites-vous ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'reexpliquer',
                      text: 'Je réexplique calmement, comme si c’était la première fois.',
                      correct: true,
                      feedback: 'Oui. L’oubli est normal : on apprend par répétition.',
                    },
                    {
                      key: 'autres-mots',
                      text: 'J’essaie d’autres mots ou d’autres repères visuels.',
                      correct: true,
                      feedback: 'Oui. Une autre formulation débloque souvent la situation.',
                    },
                    {
                      key: 'deja-dit',
                      text: 'Je lui rappelle qu’on l’a déjà vu ensemble.',
                      correct: false,
                      feedback:
                        'Même dit gentiment, cela met la personne en échec. Reprenez simplement, sans commentaire.',
                    },
                  ],
                },
                {
                  key: 'q-memo',
                  prompt: 'Qui écrit le mémo papier de fin de séance ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'la-personne',
                      text: 'La personne elle-même, avec ses mots, si elle le souhaite.',
                      correct: true,
                      feedback: 'Oui. Elle se l’approprie et le comprend mieux.',
                    },
                    {
                      key: 'benevole',
                      text: 'Le bénévole, pour que ce soit propre.',
                      correct: false,
                      feedback:
                        'Vous pouvez aider si elle ne peut pas écrire, mais ses propres mots sont toujours plus parlants pour elle.',
                    },
                  ],
                },
                {
                  key: 'q-observation',
                  prompt: 'Que notez-vous dans Passerelle après la visite ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'competences',
                      text: 'Les gestes observés : fait seul, avec aide ou pas encore.',
                      correct: true,
                      feedback: 'Exactement. Rien d’autre n’est nécessaire.',
                    },
                    {
                      key: 'sante',
                      text: 'Son état de santé, pour que le prochain bénévole soit au courant.',
                      correct: false,
                      feedback:
                        'Non. Les informations de santé sont sensibles et ne doivent pas être notées. Si une situation vous inquiète, parlez-en oralement à votre coordinateur.',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          key: 'situations-delicates',
          title: 'Les situations délicates',
          required: true,
          steps: [
            {
              key: 'decouragement',
              type: 'text',
              title: '« Je n’y arriverai jamais »',
              markdown: `Le découragement arrive souvent, surtout au début.

- **Accueillez l’émotion** sans la nier. « Je comprends que ce soit frustrant. » Évitez « mais non, c’est facile ! » : si c’est facile et qu’elle n’y arrive pas, que doit-elle en conclure ?
- **Revenez à un geste déjà acquis**, pour retrouver confiance.
- **Proposez une pause** ou de s’arrêter là pour aujourd’hui.
- **Rappelez le pourquoi** : voir ses petits-enfants, ne plus dépendre des autres pour un papier.

La personne a aussi le **droit de ne pas vouloir**. L’accompagnement est un choix, jamais une obligation. Si elle souhaite arrêter, respectez-le et prévenez le centre, qui pourra récupérer la tablette.`,
            },
            {
              key: 'famille',
              type: 'text',
              title: 'Avec la famille présente',
              markdown: `Un proche assiste parfois à la séance. C’est souvent un atout, parfois une difficulté.

- Un proche pressé peut prendre la tablette « pour aller plus vite ». Expliquez-lui gentiment la règle, en aparté si possible : « Elle apprend mieux si c’est elle qui touche. »
- Adressez-vous d’abord à la personne accompagnée, pas à son proche.
- Associez la famille là où elle est utile : répondre aux appels d’essai, envoyer des photos, convenir d’un rendez-vous hebdomadaire.
- Ne prenez pas parti dans les désaccords familiaux. Si une situation vous semble préoccupante, parlez-en au coordinateur.`,
            },
            {
              key: 'faire-a-ma-place',
              type: 'text',
              title: '« Pendant que vous êtes là, vous pourriez… »',
              markdown: `On vous demandera peut-être : « Vous pouvez faire ma déclaration d’impôts ? », « Vous voulez bien noter mon code ? », « Vous pouvez commander ça pour moi ? »

Ces demandes sont compréhensibles. Mais elles dépassent votre rôle, et vous exposent, vous comme la personne. Répondez avec bienveillance :

« Ça, ce n’est pas moi qui peux le faire. Mais le centre social a quelqu’un dont c’est le métier. Je vous donne le contact, ou je préviens le centre si vous êtes d’accord. »

Le parcours « Limites du rôle et données personnelles » détaille ce que vous pouvez faire ou non, et vers qui orienter.`,
            },
            {
              key: 'mise-en-situation-decouragement',
              type: 'practice',
              title: 'Mise en situation : une séance qui patine',
              instruction: `Mme Rossi, 86 ans, pose la tablette sur la table : « C’est pas pour moi, tout ça. Mon fils a insisté, mais je suis trop vieille. »

Préparez à voix haute, ou dans votre carnet, ce que vous lui répondez. Puis ce que vous lui proposez pour la suite de la séance.`,
              helpText: `Quelques pistes :

- Accueillir : « C’est vrai que c’est nouveau, et c’est normal que ça fatigue. »
- Rappeler un succès concret : « Tout à l’heure, vous avez ouvert les photos toute seule. »
- Revenir au sens : « Qu’est-ce qui vous ferait plaisir de pouvoir faire avec ? »
- Proposer sans imposer : une pause, un geste déjà connu, ou s’arrêter pour aujourd’hui.
- Respecter un refus durable, et en parler au coordinateur.`,
            },
          ],
        },
      ],
    },
  ],
};
