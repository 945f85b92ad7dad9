import type { SeedCourse } from '../seed-course';

const SVG_AUTORISER = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 480 400" role="img" font-family="Arial, sans-serif">
<rect width="480" height="400" fill="#e5e7eb"/>
<rect x="30" y="30" width="420" height="340" rx="22" fill="#ffffff" stroke="#1f2937" stroke-width="3"/>
<circle cx="240" cy="82" r="26" fill="#dbeafe"/>
<rect x="232" y="64" width="16" height="26" rx="8" fill="#1d4ed8"/>
<path d="M224 84 q16 20 32 0" fill="none" stroke="#1d4ed8" stroke-width="4"/>
<text x="240" y="140" font-size="22" font-weight="bold" text-anchor="middle" fill="#111827">Autoriser l’application</text>
<text x="240" y="168" font-size="22" font-weight="bold" text-anchor="middle" fill="#111827">à utiliser le micro ?</text>
<rect x="60" y="196" width="360" height="50" rx="25" fill="#1d4ed8"/>
<text x="240" y="229" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">Autoriser</text>
<rect x="60" y="258" width="360" height="44" rx="22" fill="#ffffff" stroke="#6b7280" stroke-width="2"/>
<text x="240" y="287" font-size="20" text-anchor="middle" fill="#111827">Uniquement cette fois-ci</text>
<text x="240" y="340" font-size="20" text-anchor="middle" fill="#4b5563">Ne pas autoriser</text>
</svg>`;

const SVG_BARRE_REUNION = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 660 230" role="img" font-family="Arial, sans-serif">
<rect width="660" height="230" rx="20" fill="#111827"/>
<circle cx="95" cy="90" r="46" fill="#dc2626"/>
<rect x="84" y="60" width="22" height="40" rx="11" fill="#ffffff"/>
<path d="M74 92 q21 28 42 0" fill="none" stroke="#ffffff" stroke-width="5"/>
<line x1="66" y1="60" x2="124" y2="122" stroke="#ffffff" stroke-width="6"/>
<text x="95" y="175" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">Micro</text>
<text x="95" y="202" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">coupé</text>
<circle cx="255" cy="90" r="46" fill="#374151"/>
<rect x="226" y="72" width="40" height="34" rx="6" fill="#ffffff"/>
<path d="M266 89 l20 -13 v26 z" fill="#ffffff"/>
<text x="255" y="175" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">Caméra</text>
<circle cx="415" cy="90" r="46" fill="#374151"/>
<path d="M398 120 v-40 a5 5 0 0 1 10 0 v-12 a5 5 0 0 1 10 0 v8 a5 5 0 0 1 10 0 v6 a5 5 0 0 1 10 0 v38 q0 10 -10 10 h-22 q-8 0 -18 -10 z" fill="#fbbf24"/>
<text x="415" y="175" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">Lever</text>
<text x="415" y="202" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">la main</text>
<rect x="510" y="62" width="120" height="56" rx="28" fill="#dc2626"/>
<text x="570" y="98" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">Quitter</text>
</svg>`;

export const course: SeedCourse = {
  key: 'rejoindre-une-reunion-a-distance',
  title: 'Rejoindre une réunion à distance',
  summary:
    'Participer depuis chez vous à une réunion, un atelier ou une rencontre du centre social. Vous apprenez à reconnaître une invitation reçue par e-mail ou par SMS, à ouvrir le lien et à autoriser la caméra et le micro. Vous savez ensuite couper votre micro, lever la main pour prendre la parole et quitter la réunion. Ces gestes sont les mêmes avec Zoom, Teams, Google Meet ou Jitsi.',
  audience: 'senior',
  level: 2,
  estimatedMinutes: 70,
  competenceCodes: ['2.1', '2.3'],
  modules: [
    {
      key: 'entrer-dans-la-reunion',
      title: 'Entrer dans la réunion',
      lessons: [
        {
          key: 'recevoir-une-invitation',
          title: 'Recevoir une invitation',
          required: true,
          steps: [
            {
              key: 'reunion-c-est-quoi',
              type: 'text',
              title: 'Une réunion à distance, c’est quoi ?',
              markdown: `Une réunion à distance réunit plusieurs personnes, chacune chez soi. Tout le monde se voit et s’entend sur son écran. On dit aussi **visio**, ou **visioconférence**.

Depuis 2020, beaucoup de centres sociaux se réunissent ainsi. Vous pouvez suivre un atelier, participer à l’assemblée du centre, ou retrouver votre club sans vous déplacer. Pratique quand il fait froid, ou quand on se déplace difficilement.

Ce n’est pas si différent d’un appel vidéo en famille. La grande différence : vous êtes nombreux. Il faut donc un peu de discipline pour ne pas parler tous en même temps.`,
            },
            {
              key: 'le-lien',
              type: 'text',
              title: 'Le lien d’invitation',
              markdown: `Pour entrer dans une réunion, vous recevez un **lien d’invitation**. C’est une adresse internet, une suite de lettres souvent écrite en bleu et soulignée.

Il arrive de deux façons :

1. **Par e-mail**, dans votre boîte aux lettres électronique.
2. **Par SMS** ou par message WhatsApp, sur votre téléphone ou votre tablette.

Le message indique aussi **la date et l’heure** de la réunion. Notez-les dans votre agenda papier, ou sur le calendrier de la cuisine.

Le lien ressemble par exemple à ceci : meet.google.com, suivi de lettres. Ou : zoom.us, suivi de chiffres. Ou encore : teams.microsoft.com.

Parfois, le message donne aussi un **code** ou un **mot de passe de réunion**. Gardez le message : vous en aurez peut-être besoin.`,
            },
            {
              key: 'les-outils',
              type: 'text',
              title: 'Les outils de réunion les plus courants',
              markdown: `Il existe plusieurs outils de réunion. Vous n’avez pas à choisir : c’est celui qui organise qui décide. Le lien d’invitation vous y mène directement.

- **Zoom** : très répandu pour les ateliers et les associations. Il propose souvent d’installer son application.
- **Microsoft Teams** : utilisé par beaucoup d’entreprises et d’administrations. Il a aussi remplacé Skype, fermé en 2025.
- **Google Meet** : fonctionne souvent directement dans le navigateur, sans rien installer.
- **Jitsi** : un outil libre et gratuit, qui marche lui aussi dans le navigateur.
- **WhatsApp** : pour les petites réunions en famille ou entre amis, avec un appel vidéo de groupe.

Tous se ressemblent : un micro, une caméra, une main, et un bouton rouge pour partir. Une fois que vous savez utiliser l’un, vous saurez vous débrouiller avec les autres.

Les applications de réunion sont gratuites pour les participants. Si l’on vous demande de payer pour rejoindre une réunion, méfiez-vous.`,
            },
            {
              key: 'verifier-invitation',
              type: 'text',
              title: 'Vérifier que l’invitation est sérieuse',
              markdown: `Les escrocs envoient eux aussi des liens. Avant de toucher un lien, posez-vous trois questions :

1. **Est-ce que j’attendais cette réunion ?** Le centre ou un proche vous en a parlé ?
2. **Est-ce que je connais l’expéditeur ?** Son nom vous dit quelque chose ?
3. **Est-ce qu’on me demande de l’argent ou mes codes ?** Une vraie invitation ne le fait jamais.

Si vous avez un doute, ne touchez pas le lien. Appelez le centre social ou la personne qui organise, à son numéro habituel. Demandez-lui si elle vous a bien envoyé cette invitation.`,
            },
            {
              key: 'pratique-trouver-invitation',
              type: 'practice',
              title: 'Retrouver l’invitation',
              instruction: `Le bénévole ou le centre vous a envoyé une invitation d’essai.

1. Sur votre tablette, ouvrez vos e-mails ou vos messages.
2. Trouvez le message d’invitation.
3. Repérez la date, l’heure et le lien.
4. Ne touchez pas encore le lien : nous le ferons dans la leçon suivante.`,
              helpText: `Le message peut mettre quelques minutes à arriver. Attendez un peu, puis regardez de nouveau.

Dans les e-mails, regardez aussi le dossier « Spam » ou « Courrier indésirable ». Il arrive qu’un vrai message y soit rangé par erreur.

Le bénévole peut vous dire de qui vient le message, pour que vous le cherchiez vous-même.`,
            },
          ],
        },
        {
          key: 'ouvrir-le-lien',
          title: 'Ouvrir le lien et autoriser caméra et micro',
          required: true,
          steps: [
            {
              key: 'avant-de-commencer',
              type: 'text',
              title: 'Cinq minutes avant',
              markdown: `Préparez-vous un peu en avance, comme pour un rendez-vous.

1. **Chargez la tablette**, ou branchez-la pendant la réunion.
2. **Vérifiez le wifi** : le symbole en éventail est en haut de l’écran.
3. **Installez-vous** : lumière face à vous, tablette posée, caméra à hauteur des yeux.
4. **Ouvrez le message** d’invitation.
5. Entrez dans la réunion **cinq minutes avant l’heure**. Vous aurez le temps de régler le son.`,
            },
            {
              key: 'ouvrir-etapes',
              type: 'text',
              title: 'Entrer dans la réunion',
              markdown: `1. Dans le message, touchez le **lien**.
2. La tablette ouvre la réunion. Cela peut prendre quelques secondes.
3. Selon l’outil, trois cas sont possibles :
   - la réunion s’ouvre directement dans le navigateur internet ;
   - la tablette ouvre l’application, si elle est déjà installée (Zoom ou Teams par exemple) ;
   - la tablette propose d’installer une application. Dans ce cas, cherchez plutôt un bouton comme **Rejoindre depuis le navigateur**. Sinon, demandez au centre de l’installer avec vous à l’avance.
4. On vous demande souvent **votre nom**. Tapez votre prénom et votre nom, pour que les autres vous reconnaissent.
5. Touchez **Rejoindre**, **Participer** ou **Demander à participer**.

Le **navigateur**, c’est l’application qui sert à aller sur internet. Sur une tablette Android, c’est souvent **Chrome**, une boule de couleurs.`,
            },
            {
              key: 'image-autoriser',
              type: 'image',
              svg: SVG_AUTORISER,
              alt: 'Fenêtre qui s’affiche sur la tablette. Une icône de micro, puis la question : « Autoriser l’application à utiliser le micro ? ». Dessous, un gros bouton bleu « Autoriser », un bouton blanc « Uniquement cette fois-ci », et tout en bas « Ne pas autoriser ».',
              caption:
                'Le texte exact change selon la tablette et l’application. Cherchez le mot « Autoriser ».',
            },
            {
              key: 'autoriser',
              type: 'text',
              title: 'Autoriser la caméra et le micro',
              markdown: `La première fois, la tablette vous pose une question. Elle demande si l’application peut utiliser **la caméra**, puis **le micro**.

C’est une protection : aucune application ne peut vous filmer ou vous écouter sans votre accord.

Pour une réunion que vous attendiez :

1. Lisez la question.
2. Touchez **Autoriser**, ou **Lorsque vous utilisez l’appli**, ou **Uniquement cette fois-ci**.
3. Faites de même pour la seconde question.

Si vous touchez **Ne pas autoriser** par erreur, les autres ne vous verront pas et ne vous entendront pas. Quittez la réunion et revenez : la question est souvent reposée. Sinon, le bénévole vous aidera à corriger le réglage après la réunion.`,
            },
            {
              key: 'salle-attente',
              type: 'text',
              title: 'La salle d’attente',
              markdown: `Parfois, un message dit : « Veuillez patienter, l’organisateur va vous faire entrer ». C’est la **salle d’attente**.

Vous n’avez rien à faire. Patientez. L’organisateur vous fait entrer quand la réunion commence.

Si rien ne se passe après dix minutes, vérifiez l’heure de la réunion. Puis appelez l’organisateur si besoin.`,
            },
            {
              key: 'pratique-rejoindre',
              type: 'practice',
              title: 'Rejoindre une réunion d’essai',
              instruction: `Sur votre tablette :

1. Ouvrez le message d’invitation d’essai.
2. Touchez le lien.
3. Tapez votre nom si on vous le demande.
4. Touchez **Autoriser** pour la caméra, puis pour le micro.
5. Touchez **Rejoindre** ou **Participer**.
6. Dites bonjour au bénévole, qui est dans la réunion.`,
              helpText: `Si la tablette vous propose d’installer une application, cherchez d’abord un bouton « Rejoindre depuis le navigateur ». Sinon, demandez au bénévole de vous guider pour l’installation.

Si vous ne voyez pas votre image, la caméra n’est peut-être pas autorisée. Regardez si le dessin de la caméra est barré, et touchez-le.

Si vous êtes bloqué, quittez (bouton rouge) et touchez de nouveau le lien.`,
            },
            {
              key: 'observation-rejoindre',
              type: 'observation',
              skill: 'Ouvrir un lien d’invitation et entrer dans une réunion',
              description: `Le bénévole envoie une invitation d’essai, puis se connecte de son côté.

Il regarde si la personne :

- retrouve le message et le lien ;
- se pose la question de l’expéditeur avant de toucher le lien ;
- tape son nom et autorise caméra et micro ;
- entre dans la réunion et apparaît à l’écran.

L’installation d’une application peut se faire avec aide : notez-le, sans que cela compte comme un échec.`,
            },
          ],
        },
      ],
    },
    {
      key: 'participer-et-quitter',
      title: 'Participer et quitter',
      lessons: [
        {
          key: 'participer',
          title: 'Couper son micro et lever la main',
          required: true,
          steps: [
            {
              key: 'image-barre-reunion',
              type: 'image',
              svg: SVG_BARRE_REUNION,
              alt: 'Barre de boutons d’une réunion. De gauche à droite : un bouton rouge avec un micro barré, « Micro coupé » ; un bouton caméra ; un bouton avec une main jaune, « Lever la main » ; un bouton rouge allongé « Quitter ».',
              caption: 'La place des boutons change selon l’outil, mais les dessins se ressemblent.',
            },
            {
              key: 'couper-micro',
              type: 'text',
              title: 'Couper son micro quand on écoute',
              markdown: `À plusieurs, chaque bruit s’entend : une porte, la télévision, un chien. La règle est simple : **micro coupé quand on écoute, micro ouvert quand on parle**.

1. Cherchez le dessin du **micro**, en bas ou en haut de l’écran.
2. Touchez-le. Il devient **barré**, souvent rouge. Les autres ne vous entendent plus.
3. Pour parler, touchez-le de nouveau. Il n’est plus barré.
4. Après avoir parlé, coupez-le encore.

Si les boutons ont disparu, touchez l’écran une fois.

Il arrive à tout le monde de parler micro coupé. Si on vous fait signe, regardez votre micro : c’est souvent ça. On en rit et on recommence.`,
            },
            {
              key: 'lever-la-main',
              type: 'text',
              title: 'Lever la main pour demander la parole',
              markdown: `Pour ne pas couper la parole, la plupart des outils ont un bouton **Lever la main**. Son dessin est une petite main.

1. Touchez le bouton **main**. Sur certains outils, il est rangé derrière un bouton **Plus** ou **Réactions**, avec trois petits points ou un sourire.
2. Une main apparaît à côté de votre nom. L’animateur la voit.
3. Attendez qu’il vous donne la parole.
4. Ouvrez votre micro et parlez.
5. Touchez de nouveau la main pour la baisser.

Vous pouvez aussi, tout simplement, lever votre vraie main devant la caméra. Tout le monde comprend.`,
            },
            {
              key: 'discussion-ecrite',
              type: 'text',
              title: 'La discussion écrite',
              markdown: `Beaucoup d’outils ont aussi une **discussion écrite**, souvent appelée **chat** (on prononce « tchatte »). Son dessin est une bulle.

Elle sert à écrire un petit message à tous, sans interrompre : « Je vous entends mal », « Merci ! ».

Vous n’êtes pas obligé de l’utiliser. Si l’animateur y partage un lien, soyez aussi prudent qu’avec un e-mail.`,
            },
            {
              key: 'bonnes-manieres',
              type: 'text',
              title: 'Les bonnes manières de la visio',
              markdown: `Une réunion à distance a ses petites règles de politesse. Elles ressemblent beaucoup à celles d’une vraie réunion.

1. **Arrivez à l’heure**, ou même un peu avant.
2. **Dites bonjour** en arrivant, micro ouvert, puis coupez-le.
3. **Parlez chacun son tour.** Attendez que l’autre ait fini. Le son arrive parfois avec un petit retard.
4. **Regardez la caméra** quand vous parlez, pas seulement l’écran.
5. **Restez visible** si vous le pouvez. Si vous devez vous absenter un instant, coupez la caméra.
6. **Prévenez** si vous devez partir avant la fin : un mot dans la discussion écrite suffit.

Et n’oubliez pas : tout le monde a connu un jour le micro coupé ou le chat qui passe devant la caméra. On sourit, et on continue.`,
            },
            {
              key: 'pratique-micro-main',
              type: 'practice',
              title: 'Couper le micro et lever la main',
              instruction: `Dans la réunion d’essai :

1. Touchez le **micro** pour le couper. Vérifiez qu’il est barré.
2. Touchez la **main** pour lever la main.
3. Quand le bénévole vous donne la parole, rouvrez le micro et dites une phrase.
4. Baissez la main, puis coupez de nouveau le micro.`,
              helpText: `Si vous ne trouvez pas la main, cherchez un bouton « Plus », « Réactions » ou trois petits points. La main est souvent rangée dedans.

Si vous ne trouvez toujours pas, levez votre vraie main devant la caméra. C’est parfaitement accepté.`,
            },
            {
              key: 'observation-micro',
              type: 'observation',
              skill: 'Gérer son micro et demander la parole en réunion',
              description: `Pendant une réunion d’essai à plusieurs (le bénévole et, si possible, une autre personne), le bénévole regarde si la personne :

- coupe son micro pendant qu’elle écoute ;
- le rouvre pour parler, sans rappel ;
- demande la parole (bouton main ou main levée à l’écran).

L’important est le réflexe du micro. Le bouton main est un plus.`,
            },
          ],
        },
        {
          key: 'quitter-la-reunion',
          title: 'Quitter la réunion',
          required: true,
          steps: [
            {
              key: 'quitter',
              type: 'text',
              title: 'Partir proprement',
              markdown: `À la fin, dites au revoir, comme en vrai. Puis quittez la réunion.

1. Touchez l’écran si les boutons ont disparu.
2. Touchez le **bouton rouge**. Il s’appelle **Quitter**, **Raccrocher** ou porte un téléphone raccroché.
3. Une question peut apparaître : « Quitter la réunion ? ». Touchez **Quitter**.
4. Touchez **Accueil** pour revenir à vos icônes.

Vérifiez bien que la caméra ne filme plus. Sur beaucoup de tablettes, un petit point vert en haut de l’écran indique que la caméra ou le micro fonctionnent. Quand il disparaît, vous êtes bien sorti.

Si vous êtes sorti par erreur, touchez de nouveau le lien d’invitation. Vous revenez dans la réunion.`,
            },
            {
              key: 'quiz-reunion',
              type: 'quiz',
              title: 'Vérifions ensemble',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-lien-inattendu',
                  prompt:
                    'Vous recevez un SMS d’un numéro inconnu : « Réunion urgente, cliquez ici ». Vous n’attendiez rien. Que faites-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'ne-pas-toucher',
                      text: 'Je ne touche pas le lien et j’en parle au centre ou au bénévole.',
                      correct: true,
                      feedback:
                        'Très bon réflexe. Une invitation sérieuse vient d’une personne ou d’un organisme que vous connaissez.',
                    },
                    {
                      key: 'toucher-pour-voir',
                      text: 'Je touche le lien pour voir ce que c’est.',
                      correct: false,
                      feedback:
                        'Mieux vaut s’abstenir. Un lien inattendu peut mener vers une arnaque. Vérifiez d’abord auprès de quelqu’un de confiance.',
                    },
                  ],
                },
                {
                  key: 'q-autoriser',
                  prompt:
                    'La tablette demande : « Autoriser l’accès au micro ? ». Vous attendiez cette réunion. Que touchez-vous ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'autoriser',
                      text: 'Autoriser.',
                      correct: true,
                      feedback: 'Oui. Sans cela, personne ne vous entendrait.',
                    },
                    {
                      key: 'refuser',
                      text: 'Ne pas autoriser.',
                      correct: false,
                      feedback:
                        'Les autres ne pourraient pas vous entendre. Pour une réunion attendue, touchez Autoriser.',
                    },
                  ],
                },
                {
                  key: 'q-micro-ecoute',
                  prompt: 'Que faire de votre micro quand vous écoutez les autres ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'couper',
                      text: 'Le couper : il devient barré.',
                      correct: true,
                      feedback: 'Parfait. Vos bruits de fond ne gênent personne.',
                    },
                    {
                      key: 'laisser',
                      text: 'Le laisser ouvert tout le temps.',
                      correct: false,
                      feedback:
                        'À plusieurs, chaque bruit s’entend. Coupez-le quand vous écoutez, rouvrez-le pour parler.',
                    },
                    {
                      key: 'eteindre-tablette',
                      text: 'Éteindre la tablette.',
                      correct: false,
                      feedback: 'Vous quitteriez la réunion. Il suffit de toucher le dessin du micro.',
                    },
                  ],
                },
                {
                  key: 'q-parole',
                  prompt: 'Comment demander la parole sans couper quelqu’un ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'bouton-main',
                      text: 'Toucher le bouton « Lever la main ».',
                      correct: true,
                      feedback: 'Oui, l’animateur voit une petite main à côté de votre nom.',
                    },
                    {
                      key: 'main-camera',
                      text: 'Lever ma vraie main devant la caméra.',
                      correct: true,
                      feedback: 'Oui, c’est simple et tout le monde comprend.',
                    },
                    {
                      key: 'parler-fort',
                      text: 'Parler plus fort que les autres.',
                      correct: false,
                      feedback:
                        'À distance, deux voix en même temps deviennent incompréhensibles. Mieux vaut lever la main.',
                    },
                  ],
                },
                {
                  key: 'q-quitter',
                  prompt: 'Comment quitter la réunion ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'bouton-rouge',
                      text: 'Toucher le bouton rouge « Quitter » ou « Raccrocher ».',
                      correct: true,
                      feedback: 'Exactement. Puis touchez Accueil.',
                    },
                    {
                      key: 'poser-tablette',
                      text: 'Poser la tablette écran contre la table.',
                      correct: false,
                      feedback:
                        'Les autres vous entendraient encore. Touchez le bouton rouge pour partir vraiment.',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          key: 'aller-plus-loin-reunion',
          title: 'Pour aller plus loin : quand ça ne marche pas',
          required: false,
          steps: [
            {
              key: 'problemes-courants',
              type: 'text',
              title: 'Les petits soucis les plus fréquents',
              markdown: `**On ne m’entend pas.** Regardez si votre micro est barré. Touchez-le.

**Je n’entends personne.** Montez le son avec les boutons du volume, sur le côté de la tablette.

**On ne me voit pas.** Regardez si la caméra est barrée. Touchez-la. Vérifiez aussi que rien ne cache la caméra, comme un doigt ou un étui.

**L’image saute ou se fige.** Internet est un peu lent. Rapprochez-vous de la box. Vous pouvez aussi couper votre caméra : le son passera mieux.

**J’ai été sorti de la réunion.** Touchez de nouveau le lien d’invitation.

**Le lien ne marche plus.** La réunion est peut-être finie, ou pas encore commencée. Vérifiez la date et l’heure dans le message.

Dans tous les cas, gardez le numéro de téléphone de l’organisateur à portée de main. Un coup de fil règle bien des problèmes.`,
            },
            {
              key: 'pratique-probleme',
              type: 'practice',
              title: 'Résoudre un petit souci',
              instruction: `Pendant une réunion d’essai, le bénévole vous dit : « Je ne vous entends pas ».

1. Regardez le dessin du micro.
2. S’il est barré, touchez-le.
3. Demandez : « Vous m’entendez maintenant ? »`,
              helpText: `Si le micro n’est pas barré, vérifiez le volume de la tablette et demandez au bénévole s’il a, lui, coupé son son.

Vous pouvez aussi quitter la réunion et toucher de nouveau le lien : cela règle souvent le problème.`,
            },
          ],
        },
      ],
    },
  ],
};
