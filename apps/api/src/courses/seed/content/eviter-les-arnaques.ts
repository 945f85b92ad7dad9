import type { SeedCourse } from '../seed-course';

const SVG_FAUX_SMS = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 440" role="img" font-family="Arial, sans-serif">
<rect width="640" height="440" fill="#ffffff"/>
<rect x="20" y="20" width="360" height="400" rx="28" fill="#1f2937"/>
<rect x="36" y="50" width="328" height="350" rx="8" fill="#f3f4f6"/>
<text x="200" y="84" font-size="20" font-weight="bold" text-anchor="middle" fill="#111827">+33 7 00 00 00 00</text>
<rect x="50" y="104" width="300" height="200" rx="16" fill="#e5e7eb"/>
<text x="64" y="136" font-size="19" fill="#111827">Votre colis n’a pas pu</text>
<text x="64" y="162" font-size="19" fill="#111827">être livré. Réglez 1,99 €</text>
<text x="64" y="188" font-size="19" fill="#111827">de frais AVANT CE SOIR :</text>
<text x="64" y="222" font-size="19" fill="#1d4ed8" text-decoration="underline">colis-suivi-info.top/fr</text>
<text x="64" y="256" font-size="19" fill="#111827">Sinon, il sera renvoyé.</text>
<rect x="400" y="60" width="224" height="60" rx="10" fill="#fee2e2" stroke="#b91c1c" stroke-width="3"/>
<text x="412" y="86" font-size="18" font-weight="bold" fill="#b91c1c">1. Numéro inconnu</text>
<text x="412" y="108" font-size="16" fill="#111827">pas un vrai service</text>
<rect x="400" y="140" width="224" height="60" rx="10" fill="#fee2e2" stroke="#b91c1c" stroke-width="3"/>
<text x="412" y="166" font-size="18" font-weight="bold" fill="#b91c1c">2. Urgence</text>
<text x="412" y="188" font-size="16" fill="#111827">« avant ce soir »</text>
<rect x="400" y="220" width="224" height="60" rx="10" fill="#fee2e2" stroke="#b91c1c" stroke-width="3"/>
<text x="412" y="246" font-size="18" font-weight="bold" fill="#b91c1c">3. Lien étrange</text>
<text x="412" y="268" font-size="16" fill="#111827">ne pas le toucher</text>
<rect x="400" y="300" width="224" height="60" rx="10" fill="#fee2e2" stroke="#b91c1c" stroke-width="3"/>
<text x="412" y="326" font-size="18" font-weight="bold" fill="#b91c1c">4. Petite somme</text>
<text x="412" y="348" font-size="16" fill="#111827">pour avoir votre carte</text>
<text x="200" y="380" font-size="22" font-weight="bold" text-anchor="middle" fill="#b91c1c">FAUX MESSAGE</text>
</svg>`;

const SVG_REFLEXES = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" role="img" font-family="Arial, sans-serif">
<rect width="640" height="300" fill="#ffffff"/>
<rect x="10" y="10" width="200" height="280" rx="18" fill="#fee2e2" stroke="#b91c1c" stroke-width="4"/>
<text x="110" y="70" font-size="26" font-weight="bold" text-anchor="middle" fill="#b91c1c">1. Je ne</text>
<text x="110" y="102" font-size="26" font-weight="bold" text-anchor="middle" fill="#b91c1c">donne</text>
<text x="110" y="134" font-size="26" font-weight="bold" text-anchor="middle" fill="#b91c1c">aucun code</text>
<text x="110" y="210" font-size="44" text-anchor="middle" fill="#b91c1c">✖</text>
<rect x="220" y="10" width="200" height="280" rx="18" fill="#fef3c7" stroke="#92400e" stroke-width="4"/>
<text x="320" y="70" font-size="26" font-weight="bold" text-anchor="middle" fill="#92400e">2. Je</text>
<text x="320" y="102" font-size="26" font-weight="bold" text-anchor="middle" fill="#92400e">raccroche</text>
<text x="320" y="210" font-size="44" text-anchor="middle" fill="#92400e">☎</text>
<rect x="430" y="10" width="200" height="280" rx="18" fill="#dcfce7" stroke="#166534" stroke-width="4"/>
<text x="530" y="70" font-size="26" font-weight="bold" text-anchor="middle" fill="#166534">3. Je</text>
<text x="530" y="102" font-size="26" font-weight="bold" text-anchor="middle" fill="#166534">rappelle le</text>
<text x="530" y="134" font-size="26" font-weight="bold" text-anchor="middle" fill="#166534">vrai numéro</text>
<text x="530" y="210" font-size="44" text-anchor="middle" fill="#166534">✔</text>
</svg>`;

export const course: SeedCourse = {
  key: 'eviter-les-arnaques',
  title: 'Éviter les arnaques',
  summary:
    'Faux SMS de colis, fausse carte Vitale, faux conseiller bancaire au téléphone : les escrocs visent tout le monde, et les seniors en particulier. Vous apprenez à reconnaître les signes d’une arnaque, à garder vos codes pour vous, à raccrocher et rappeler le numéro officiel. Vous savez aussi comment signaler un message, au 33700 ou sur internet-signalement.gouv.fr, et qui prévenir si vous avez été piégé. Il n’y a aucune honte à cela.',
  audience: 'senior',
  level: 1,
  estimatedMinutes: 80,
  competenceCodes: ['4.1', '4.2'],
  modules: [
    {
      key: 'reconnaitre',
      title: 'Reconnaître une arnaque',
      lessons: [
        {
          key: 'faux-sms-et-e-mails',
          title: 'Les faux SMS et les faux e-mails',
          required: true,
          steps: [
            {
              key: 'personne-n-est-a-l-abri',
              type: 'text',
              title: 'Personne n’est à l’abri',
              markdown: `Les escrocs envoient chaque jour des millions de faux messages. Ils visent tout le monde : jeunes, moins jeunes, personnes diplômées ou non.

Ces messages sont de mieux en mieux faits. Ils reprennent les logos de vrais organismes. Se faire piéger n’est **pas une question d’intelligence**. C’est une question de moment : fatigue, inquiétude, précipitation.

La bonne nouvelle : quelques réflexes simples suffisent à déjouer presque toutes les arnaques. Nous allons les voir ensemble.

On parle souvent d’**hameçonnage** : comme à la pêche, l’escroc lance un appât et attend que l’on morde.`,
            },
            {
              key: 'image-faux-sms',
              type: 'image',
              svg: SVG_FAUX_SMS,
              alt: 'Un téléphone affiche un SMS d’un numéro inconnu : « Votre colis n’a pas pu être livré. Réglez 1,99 € de frais avant ce soir », suivi d’un lien étrange. À côté, quatre étiquettes rouges signalent les pièges : numéro inconnu, urgence, lien étrange, petite somme pour obtenir votre carte bancaire. En bas : « FAUX MESSAGE ».',
              caption: 'Un faux SMS de colis : quatre signes d’alerte.',
            },
            {
              key: 'les-faux-classiques',
              type: 'text',
              title: 'Les faux messages les plus courants',
              markdown: `**Le faux colis.** « Votre colis est bloqué. Payez 1,99 € de frais. » Le but n’est pas la petite somme. C’est votre **numéro de carte bancaire**, pour la vider ensuite.

**La fausse carte Vitale ou l’Assurance maladie.** « Votre carte Vitale expire. Commandez-la ici. » L’Assurance maladie ne demande jamais vos coordonnées bancaires par SMS ou par e-mail.

**Le faux compte formation (CPF).** « Vos droits à la formation vont expirer. » Ce message peut arriver par SMS ou par un appel. Il vise à vous faire payer une fausse formation.

**La fausse amende.** « Vous avez une amende impayée, réglez-la vite. » Les vraies amendes arrivent par courrier, ou sur le site officiel de l’ANTAI.

**Le faux proche.** « Coucou maman, j’ai changé de numéro. Peux-tu me faire un virement ? » C’est souvent sur WhatsApp ou par SMS. Appelez votre proche à son **ancien** numéro, celui que vous connaissez.`,
            },
            {
              key: 'signes-d-alerte',
              type: 'text',
              title: 'Les signes d’alerte',
              markdown: `Un message doit vous alerter s’il présente l’un de ces signes :

1. **L’urgence.** « Avant ce soir », « dernier rappel », « votre compte sera bloqué ».
2. **Une demande d’argent**, même petite.
3. **Une demande de code** : mot de passe, code de carte, code reçu par SMS.
4. **Un lien** à toucher, souvent avec une adresse bizarre.
5. **Une bonne nouvelle trop belle** : remboursement, gain, cadeau.
6. **Un expéditeur inconnu**, ou un numéro qui ne ressemble à rien.

Un seul de ces signes suffit pour s’arrêter et réfléchir. Prenez votre temps : un vrai organisme vous laisse toujours le temps.`,
            },
            {
              key: 'pratique-reperer-sms',
              type: 'practice',
              title: 'Repérer les pièges d’un message',
              instruction: `Le bénévole vous montre un exemple de faux message, sur papier ou à l’écran. Ne touchez aucun lien.

1. Lisez le message à voix haute.
2. Trouvez au moins deux signes d’alerte.
3. Dites ce que vous feriez de ce message.`,
              helpText: `Cherchez ces mots : « urgent », « payer », « code », « cliquez ici ».

Regardez aussi l’expéditeur : est-ce un nom que vous connaissez ?

Il n’y a pas de mauvaise réponse tant que vous ne touchez pas le lien. Le bon réflexe est de ne rien faire, puis d’en parler.`,
            },
            {
              key: 'observation-reperer',
              type: 'observation',
              skill: 'Repérer seul un faux message (SMS ou e-mail)',
              description: `Le bénévole présente deux ou trois exemples de messages, sur papier ou en capture d’écran fictive : un vrai message anodin et un ou deux faux.

Il regarde si la personne :

- distingue le faux du vrai ;
- nomme au moins deux signes d’alerte (urgence, lien, argent, code) ;
- dit qu’elle ne toucherait pas le lien.

Ne jamais utiliser de vrais liens frauduleux pour l’exercice, ni les messages personnels de la personne.`,
            },
          ],
        },
        {
          key: 'faux-conseiller',
          title: 'Le faux conseiller au téléphone',
          required: true,
          steps: [
            {
              key: 'scenario-faux-conseiller',
              type: 'text',
              title: 'Comment se passe l’arnaque',
              markdown: `C’est l’une des arnaques les plus répandues. Elle se passe souvent ainsi.

1. Votre téléphone sonne. Une personne polie se présente : « Service fraude de votre banque ».
2. Elle connaît votre nom, parfois votre adresse ou le nom de votre banque.
3. Le numéro affiché peut même **ressembler à celui de votre banque**. Les escrocs savent le falsifier.
4. Elle vous annonce une mauvaise nouvelle : « Des paiements suspects sont en cours sur votre compte ».
5. Elle vous propose de vous « aider » : vous donnez un code reçu par SMS, ou vous validez une opération sur votre téléphone.
6. En réalité, vous validez vous-même un paiement vers l’escroc.

Parfois, elle annonce qu’un **coursier** va passer chercher votre carte bancaire « pour la détruire ». Ne la donnez jamais.`,
            },
            {
              key: 'ce-que-la-banque-ne-fait-jamais',
              type: 'text',
              title: 'Ce qu’un vrai conseiller ne fait jamais',
              markdown: `Votre banque, l’Assurance maladie, la police ou les impôts ne vous demanderont **jamais** :

- votre **code de carte bancaire** ;
- un **code reçu par SMS** ;
- votre **mot de passe** ;
- de **valider une opération** que vous n’avez pas faite vous-même ;
- de **remettre votre carte** à un coursier ;
- de faire un **virement** vers un « compte sécurisé ».

Si quelqu’un vous demande l’une de ces choses, c’est un escroc. Même s’il est très convaincant. Même s’il connaît votre nom.

Il en va de même pour les **faux techniciens**. Un message ou un appel annonce que votre tablette est « infectée ». On vous demande d’installer un logiciel ou de payer. Microsoft, Google ou votre opérateur n’appellent jamais pour cela.`,
            },
            {
              key: 'raccrocher-rappeler',
              type: 'text',
              title: 'Le bon réflexe : raccrocher et rappeler',
              markdown: `Si un appel vous met mal à l’aise :

1. **Raccrochez.** Vous avez le droit. Ce n’est pas impoli.
2. **Attendez un peu**, quelques minutes, avant de rappeler.
3. **Rappelez vous-même le numéro officiel.** Celui de votre agence, écrit sur vos papiers. Ou celui au dos de votre carte bancaire.
4. Ne rappelez **jamais** un numéro donné par l’appelant, ni celui qu’il a laissé dans un message.

Votre vrai conseiller vous dira tout de suite s’il y a un problème. Dans la grande majorité des cas, il n’y en a aucun.

Les escrocs cherchent à vous faire peur et à vous presser. Prendre son temps, c’est déjà se protéger.`,
            },
            {
              key: 'image-reflexes',
              type: 'image',
              svg: SVG_REFLEXES,
              alt: 'Trois grandes cases de couleur. Case rouge : « 1. Je ne donne aucun code », avec une croix. Case orange : « 2. Je raccroche », avec un téléphone. Case verte : « 3. Je rappelle le vrai numéro », avec une coche.',
              caption: 'Les trois réflexes à retenir.',
            },
            {
              key: 'pratique-jeu-de-role',
              type: 'practice',
              title: 'Jeu de rôle : l’appel du faux conseiller',
              instruction: `Le bénévole joue un faux conseiller bancaire. Il vous demande un code « pour bloquer une fraude ».

1. Écoutez-le sans donner aucune information.
2. Dites une phrase simple : « Je vais rappeler ma banque moi-même. Au revoir. »
3. Faites le geste de raccrocher.
4. Montrez où se trouve le vrai numéro de votre banque, par exemple au dos de votre carte.`,
              helpText: `Vous n’avez pas besoin d’argumenter ni de vous justifier. Une phrase suffit, puis vous raccrochez.

Si vous ne savez pas où trouver le numéro de votre banque, regardez au dos de votre carte bancaire, ou sur un relevé de compte papier.

Ne montrez pas votre code ni votre numéro de carte au bénévole. Montrez seulement l’endroit où est écrit le numéro de téléphone.`,
            },
            {
              key: 'observation-raccrocher',
              type: 'observation',
              skill: 'Refuser de donner un code et raccrocher face à un faux conseiller',
              description: `Pendant un jeu de rôle annoncé comme tel, le bénévole joue un faux conseiller qui insiste et presse.

Il regarde si la personne :

- ne donne aucun code ni aucune information ;
- met fin à l’appel d’elle-même ;
- sait où trouver le numéro officiel à rappeler.

Rester bienveillant : l’exercice ne doit pas inquiéter. Le bénévole ne demande ni ne note jamais de vrai numéro de carte, de code ou de nom de banque.`,
            },
            {
              key: 'quiz-reconnaitre',
              type: 'quiz',
              title: 'Vérifions ensemble',
              passThreshold: 80,
              questions: [
                {
                  key: 'q-sms-colis',
                  prompt:
                    'Vous recevez : « Votre colis est bloqué, payez 1,99 € ici ». Vous n’attendez rien. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'ignorer-signaler',
                      text: 'Je ne touche pas le lien. Je peux le signaler, puis le supprimer.',
                      correct: true,
                      feedback: 'Parfait. C’est un faux message classique. Nous verrons comment le signaler.',
                    },
                    {
                      key: 'payer',
                      text: 'Je paie, ce n’est pas cher.',
                      correct: false,
                      feedback:
                        'C’est le piège : l’escroc veut surtout votre numéro de carte. Ne payez jamais par un lien reçu par SMS.',
                    },
                    {
                      key: 'repondre-stop',
                      text: 'Je réponds « STOP » pour ne plus en recevoir.',
                      correct: false,
                      feedback:
                        'Mieux vaut ne pas répondre : l’escroc saurait que votre numéro est actif. Transférez plutôt le message au 33700.',
                    },
                  ],
                },
                {
                  key: 'q-codes',
                  prompt: 'Qui peut vous demander le code reçu par SMS de votre banque ? ',
                  multiple: false,
                  choices: [
                    {
                      key: 'personne',
                      text: 'Personne. Ce code est pour moi seul.',
                      correct: true,
                      feedback:
                        'Exactement. Ni la banque, ni la police, ni un bénévole, ni un proche au téléphone.',
                    },
                    {
                      key: 'banque',
                      text: 'Mon conseiller bancaire, s’il m’appelle.',
                      correct: false,
                      feedback:
                        'Non. Un vrai conseiller ne demande jamais ce code. Si on vous le demande, c’est un escroc.',
                    },
                    {
                      key: 'benevole',
                      text: 'Le bénévole qui m’aide.',
                      correct: false,
                      feedback:
                        'Non plus. Le bénévole n’a jamais besoin de vos codes. Il n’a d’ailleurs pas le droit de les connaître.',
                    },
                  ],
                },
                {
                  key: 'q-signes',
                  prompt: 'Quels sont des signes d’arnaque ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'urgence',
                      text: 'On me presse : « avant ce soir ».',
                      correct: true,
                      feedback: 'Oui. L’urgence empêche de réfléchir : c’est voulu.',
                    },
                    {
                      key: 'code',
                      text: 'On me demande un code ou un mot de passe.',
                      correct: true,
                      feedback: 'Oui. C’est le signe le plus sûr.',
                    },
                    {
                      key: 'remboursement',
                      text: 'On m’annonce un remboursement inattendu.',
                      correct: true,
                      feedback: 'Oui. Une bonne nouvelle trop belle est souvent un appât.',
                    },
                    {
                      key: 'courrier-mairie',
                      text: 'Je reçois une lettre de ma mairie, par la poste, sur un sujet que je connais.',
                      correct: false,
                      feedback:
                        'Ce cas n’a rien d’inquiétant. En cas de doute, vous pouvez toujours appeler la mairie.',
                    },
                  ],
                },
                {
                  key: 'q-numero-affiche',
                  prompt:
                    'Le numéro qui s’affiche est celui de votre banque. L’appelant est forcément votre banque ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'non',
                      text: 'Non, les escrocs savent imiter un numéro.',
                      correct: true,
                      feedback: 'Exactement. Raccrochez et rappelez vous-même le numéro officiel.',
                    },
                    {
                      key: 'oui',
                      text: 'Oui, je peux lui faire confiance.',
                      correct: false,
                      feedback:
                        'Malheureusement non. Un numéro peut être falsifié. Le seul moyen d’être sûr : raccrocher et rappeler vous-même.',
                    },
                  ],
                },
                {
                  key: 'q-coursier',
                  prompt:
                    'Un « conseiller » annonce qu’un coursier va venir chercher votre carte pour la détruire. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'refuser',
                      text: 'Je refuse, je raccroche et j’appelle ma banque au numéro officiel.',
                      correct: true,
                      feedback: 'Bravo. Aucune banque ne fait récupérer une carte à domicile.',
                    },
                    {
                      key: 'donner',
                      text: 'Je donne la carte au coursier, c’est plus sûr.',
                      correct: false,
                      feedback:
                        'C’est une arnaque connue. Ne donnez jamais votre carte. Si vous l’avez déjà remise, appelez tout de suite votre banque pour la bloquer.',
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
      key: 'reagir',
      title: 'Réagir et se faire aider',
      lessons: [
        {
          key: 'signaler',
          title: 'Signaler un message ou un appel',
          required: true,
          steps: [
            {
              key: 'pourquoi-signaler',
              type: 'text',
              title: 'Pourquoi signaler',
              markdown: `Signaler un faux message prend une minute. Cela aide les autorités et les opérateurs à bloquer les escrocs. Vous protégez ainsi d’autres personnes.

Signaler ne vous engage à rien, et c’est gratuit.`,
            },
            {
              key: 'le-33700',
              type: 'text',
              title: 'Un SMS douteux : le 33700',
              markdown: `Le **33700** est un numéro gratuit pour signaler les SMS et les appels indésirables. Il est géré avec les opérateurs téléphoniques.

Sur votre téléphone portable :

1. Gardez le doigt appuyé sur le message douteux.
2. Touchez **Transférer**. Parfois, il faut d’abord toucher les trois petits points.
3. Dans le destinataire, tapez **33700**.
4. Touchez **Envoyer**.
5. Vous recevez un SMS de réponse. Il vous demande le numéro de l’expéditeur.
6. Répondez en tapant ce numéro.

Vous pouvez aussi signaler un **appel** indésirable : envoyez au 33700 un SMS avec le mot **« spam vocal »**, suivi du numéro qui vous a appelé. Le site **33700.fr** explique aussi la démarche.

Ensuite, supprimez le message. Ne répondez jamais à l’expéditeur.`,
            },
            {
              key: 'signaler-sur-internet',
              type: 'text',
              title: 'Sur internet',
              markdown: `**internet-signalement.gouv.fr**, aussi appelé **Pharos**. C’est le site officiel de la police et de la gendarmerie pour signaler un contenu illégal ou une escroquerie vue sur internet.

**signal-spam.fr** permet de signaler les e-mails douteux.

**cybermalveillance.gouv.fr** est le site officiel d’aide aux victimes. Il explique quoi faire, arnaque par arnaque, et indique des professionnels près de chez vous.

Dans votre messagerie, vous pouvez aussi signaler un message comme **spam** ou **hameçonnage**. Ouvrez-le, touchez les trois petits points, puis **Signaler comme spam**.

Si vous ne savez pas comment faire, demandez au bénévole ou au centre social. Ils vous guideront. C’est vous qui faites le signalement.`,
            },
            {
              key: 'pratique-signaler',
              type: 'practice',
              title: 'Signaler un e-mail indésirable',
              instruction: `Sur votre tablette :

1. Ouvrez votre messagerie.
2. Trouvez un message indésirable, par exemple une publicité que vous n’avez pas demandée. Ne touchez aucun lien dedans.
3. Ouvrez-le, puis touchez les **trois petits points** en haut à droite.
4. Touchez **Signaler comme spam**.`,
              helpText: `Si vous ne voyez pas « Signaler comme spam », cherchez « Spam », « Indésirable » ou « Hameçonnage ». Le nom dépend de votre messagerie.

Si vous n’avez aucun message de ce genre, tant mieux ! Le bénévole vous montrera simplement où se trouve ce bouton.`,
            },
          ],
        },
        {
          key: 'qui-prevenir',
          title: 'J’ai été piégé : qui prévenir',
          required: true,
          steps: [
            {
              key: 'pas-de-honte',
              type: 'text',
              title: 'Il n’y a aucune honte',
              markdown: `Si vous avez donné un code, payé, ou remis votre carte, **ce n’est pas de votre faute**. Les escrocs sont des professionnels de la manipulation. Ils piègent aussi des médecins, des banquiers, des policiers.

Le plus important, c’est d’**agir vite**. Chaque minute compte pour bloquer l’argent.

Et parlez-en. À un proche, au bénévole, au centre social. Se taire par gêne aide seulement l’escroc.`,
            },
            {
              key: 'que-faire-vite',
              type: 'text',
              title: 'Que faire tout de suite',
              markdown: `**1. Si vous avez donné vos informations bancaires ou payé :**

- appelez **votre banque**, au numéro au dos de votre carte ou sur vos papiers ;
- faites **opposition** sur votre carte, c’est-à-dire bloquez-la ;
- si vous n’arrivez pas à joindre votre banque, le serveur interbancaire d’opposition répond jour et nuit au **0 892 705 705** (appel payant).

**2. Si vous avez donné un mot de passe :** changez-le vite, ou faites-vous aider pour le changer. Gardez le nouveau pour vous.

**3. Portez plainte** au commissariat ou à la gendarmerie. Gardez les preuves : les messages, le numéro qui a appelé, les relevés. Pour certaines escroqueries sur internet, la plainte peut se faire en ligne, sur service-public.gouv.fr.

**4. Demandez conseil** : la plateforme **Info Escroqueries** répond au **0 805 805 817** (appel gratuit). Le site **cybermalveillance.gouv.fr** vous guide aussi.

**En cas de danger immédiat**, par exemple si quelqu’un insiste devant votre porte, appelez le **17**.`,
            },
            {
              key: 'qui-autour-de-moi',
              type: 'text',
              title: 'Les personnes de confiance autour de vous',
              markdown: `Vous n’êtes pas seul. Autour de vous, plusieurs personnes peuvent vous aider :

- **un proche** de confiance : enfant, ami, voisin ;
- **le bénévole** qui vous accompagne : il vous écoute et prévient le centre si vous le souhaitez ;
- **le centre social**, son conseiller numérique ou un espace **France Services** : ils vous aident à faire les démarches ;
- **votre banque**, en agence.

Notez dès aujourd’hui, sur une feuille rangée près du téléphone :

1. le numéro de votre banque ;
2. le numéro du centre social ;
3. le numéro d’un proche de confiance.

Le jour où vous en aurez besoin, vous n’aurez pas à chercher.`,
            },
            {
              key: 'pratique-fiche-numeros',
              type: 'practice',
              title: 'Préparer votre fiche de numéros utiles',
              instruction: `Sur une feuille de papier, écrivez vous-même :

1. le numéro de votre banque (au dos de votre carte) ;
2. le numéro du centre social ;
3. le numéro d’un proche de confiance ;
4. le 17, le 33700 et le 0 805 805 817.

Rangez cette feuille près de votre téléphone.`,
              helpText: `Le bénévole peut vous dicter les numéros du centre social et ceux qui sont dans ce cours.

Le numéro de votre banque et celui de vos proches, c’est vous qui les recopiez. Le bénévole n’a pas besoin de les voir, ni de les noter.`,
            },
            {
              key: 'quiz-reagir',
              type: 'quiz',
              title: 'Et si cela arrive ?',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-33700',
                  prompt: 'À quel numéro transférer un SMS douteux ?',
                  multiple: false,
                  choices: [
                    {
                      key: '33700',
                      text: 'Le 33700.',
                      correct: true,
                      feedback: 'Oui. C’est gratuit, et cela aide à bloquer les escrocs.',
                    },
                    {
                      key: '15',
                      text: 'Le 15.',
                      correct: false,
                      feedback:
                        'Le 15, c’est le SAMU, pour les urgences médicales. Pour un SMS douteux, c’est le 33700.',
                    },
                    {
                      key: 'expediteur',
                      text: 'Je réponds directement à l’expéditeur.',
                      correct: false,
                      feedback: 'Ne répondez jamais à l’expéditeur. Transférez le message au 33700.',
                    },
                  ],
                },
                {
                  key: 'q-carte-donnee',
                  prompt:
                    'Vous avez donné votre numéro de carte sur un faux site. Que faites-vous en premier ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'opposition',
                      text: 'J’appelle ma banque pour faire opposition.',
                      correct: true,
                      feedback: 'Exactement. Bloquer la carte au plus vite limite les dégâts.',
                    },
                    {
                      key: 'attendre',
                      text: 'J’attends de voir s’il se passe quelque chose.',
                      correct: false,
                      feedback: 'Mieux vaut agir tout de suite. Chaque minute compte pour bloquer l’argent.',
                    },
                    {
                      key: 'cacher',
                      text: 'Je n’en parle à personne, j’ai trop honte.',
                      correct: false,
                      feedback:
                        'Vous n’avez pas à avoir honte : ce sont des professionnels de la tromperie. En parler vous aidera à agir vite.',
                    },
                  ],
                },
                {
                  key: 'q-qui-prevenir',
                  prompt: 'Qui pouvez-vous prévenir après une arnaque ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'banque',
                      text: 'Ma banque.',
                      correct: true,
                      feedback: 'Oui, en premier si de l’argent est en jeu.',
                    },
                    {
                      key: 'police',
                      text: 'La police ou la gendarmerie, pour porter plainte.',
                      correct: true,
                      feedback: 'Oui. Gardez les messages comme preuves.',
                    },
                    {
                      key: 'proche-centre',
                      text: 'Un proche, le bénévole ou le centre social.',
                      correct: true,
                      feedback: 'Oui, ils peuvent vous soutenir et vous aider dans les démarches.',
                    },
                    {
                      key: 'escroc',
                      text: 'La personne qui m’a appelé, pour lui demander de rembourser.',
                      correct: false,
                      feedback: 'Ne recontactez jamais l’escroc : il chercherait à vous piéger de nouveau.',
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
