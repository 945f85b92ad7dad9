import type { SeedCourse } from '../seed-course';

const SVG_BOITE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 400" role="img" font-family="Arial, sans-serif">
<rect width="600" height="400" fill="#ffffff" stroke="#1f2937" stroke-width="4"/>
<rect x="2" y="2" width="596" height="56" fill="#1d4ed8"/>
<text x="24" y="40" font-size="26" font-weight="bold" fill="#ffffff">Boîte de réception</text>
<circle cx="50" cy="102" r="22" fill="#16a34a"/>
<text x="50" y="110" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">C</text>
<text x="90" y="98" font-size="24" font-weight="bold" fill="#111827">Centre social</text>
<text x="90" y="126" font-size="20" font-weight="bold" fill="#111827">Atelier de jeudi</text>
<text x="440" y="98" font-size="18" font-weight="bold" fill="#111827">Non lu</text>
<line x1="20" y1="148" x2="580" y2="148" stroke="#9ca3af" stroke-width="2"/>
<circle cx="50" cy="190" r="22" fill="#7c3aed"/>
<text x="50" y="198" font-size="22" font-weight="bold" text-anchor="middle" fill="#ffffff">P</text>
<text x="90" y="186" font-size="24" fill="#4b5563">Paul</text>
<text x="90" y="214" font-size="20" fill="#4b5563">Photos des vacances</text>
<text x="440" y="186" font-size="18" fill="#4b5563">Déjà lu</text>
<line x1="20" y1="236" x2="580" y2="236" stroke="#9ca3af" stroke-width="2"/>
<rect x="370" y="300" width="210" height="70" rx="22" fill="#fde68a" stroke="#92400e" stroke-width="3"/>
<path d="M396 350 l8 -22 l24 -24 l14 14 l-24 24 z" fill="#92400e"/>
<text x="455" y="344" font-size="22" font-weight="bold" fill="#111827">Nouveau</text>
<text x="24" y="300" font-size="20" fill="#111827">En gras : pas encore lu.</text>
<text x="24" y="330" font-size="20" fill="#111827">En gris : déjà lu.</text>
</svg>`;

const SVG_NOUVEAU_MESSAGE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 420" role="img" font-family="Arial, sans-serif">
<rect width="600" height="420" fill="#ffffff" stroke="#1f2937" stroke-width="4"/>
<text x="24" y="48" font-size="26" font-weight="bold" fill="#111827">Nouveau message</text>
<path d="M520 22 l52 18 l-52 18 l8 -18 z" fill="#1d4ed8"/>
<text x="546" y="84" font-size="18" font-weight="bold" text-anchor="middle" fill="#1d4ed8">Envoyer</text>
<line x1="20" y1="100" x2="580" y2="100" stroke="#9ca3af" stroke-width="2"/>
<text x="24" y="140" font-size="24" font-weight="bold" fill="#111827">À :</text>
<text x="90" y="140" font-size="22" fill="#1f2937">claire.martin@exemple.fr</text>
<line x1="20" y1="160" x2="580" y2="160" stroke="#9ca3af" stroke-width="2"/>
<text x="24" y="200" font-size="24" font-weight="bold" fill="#111827">Objet :</text>
<text x="120" y="200" font-size="22" fill="#1f2937">Merci pour dimanche</text>
<line x1="20" y1="220" x2="580" y2="220" stroke="#9ca3af" stroke-width="2"/>
<text x="24" y="265" font-size="22" fill="#1f2937">Bonjour Claire,</text>
<text x="24" y="298" font-size="22" fill="#1f2937">Quel bon repas ! Je t’embrasse.</text>
<text x="24" y="331" font-size="22" fill="#1f2937">Jeanne</text>
<text x="24" y="395" font-size="18" fill="#4b5563">À : l’adresse. Objet : le titre. Dessous : votre texte.</text>
</svg>`;

export const course: SeedCourse = {
  key: 'ecrire-et-lire-ses-e-mails',
  title: 'Écrire et lire ses e-mails',
  summary:
    'L’e-mail, c’est le courrier d’internet. Il sert à échanger avec vos proches, mais aussi avec votre mairie, votre caisse de retraite ou le centre social. Vous apprenez à lire vos messages, à ouvrir une pièce jointe, à répondre et à écrire un nouveau message. Vous découvrez aussi comment ranger votre boîte et reconnaître un message douteux.',
  audience: 'senior',
  level: 2,
  estimatedMinutes: 90,
  competenceCodes: ['2.1', '4.1'],
  modules: [
    {
      key: 'lire-et-ecrire',
      title: 'Lire et écrire',
      lessons: [
        {
          key: 'comprendre-l-e-mail',
          title: 'Comprendre l’e-mail',
          required: true,
          steps: [
            {
              key: 'e-mail-c-est-quoi',
              type: 'text',
              title: 'Le courrier d’internet',
              markdown: `Un **e-mail**, c’est une lettre envoyée par internet. On dit aussi **courriel** ou **mail**. Il arrive en quelques secondes, sans timbre.

Comme pour le courrier, il vous faut une **adresse**. Elle s’appelle l’**adresse e-mail**. Elle ressemble à ceci :

**jeanne.dupont@exemple.fr**

Elle comprend trois parties :

1. Un nom, souvent votre prénom et votre nom : **jeanne.dupont**.
2. Un petit signe, l’**arobase**, qui se dit « at » : **@**.
3. Le nom du service qui gère votre boîte : **exemple.fr**. Par exemple gmail.com, orange.fr ou laposte.net.

Une adresse s’écrit sans espace et sans accent. Une seule lettre fausse, et le message n’arrive pas.`,
            },
            {
              key: 'boite-et-mot-de-passe',
              type: 'text',
              title: 'Votre boîte aux lettres électronique',
              markdown: `Les e-mails arrivent dans votre **boîte de réception**. C’est votre boîte aux lettres, mais sur la tablette.

Pour l’ouvrir, on utilise une application de **messagerie**. Sur une tablette Android, c’est souvent **Gmail**, une enveloppe aux couleurs rouge, jaune, vert et bleu. Sur une tablette simplifiée, elle peut s’appeler **E-mails** ou **Messagerie**.

Votre boîte est protégée par un **mot de passe**. Ce mot de passe est à vous, et à vous seul.

- Ne le donnez jamais, ni par téléphone, ni par e-mail.
- Le bénévole ne doit pas le connaître.
- Notez-le dans un carnet rangé chez vous.

Une banque, une administration ou un bénévole ne vous demanderont jamais votre mot de passe.`,
            },
            {
              key: 'image-boite',
              type: 'image',
              svg: SVG_BOITE,
              alt: 'Écran d’une boîte de réception. Deux messages : en haut, en gras, « Centre social – Atelier de jeudi », marqué non lu ; en dessous, en gris, « Paul – Photos des vacances », déjà lu. En bas à droite, un gros bouton jaune avec un crayon : « Nouveau ».',
              caption: 'Les messages non lus sont écrits en gras.',
            },
          ],
        },
        {
          key: 'lire-ses-e-mails',
          title: 'Lire ses e-mails',
          required: true,
          steps: [
            {
              key: 'lire-etapes',
              type: 'text',
              title: 'Ouvrir et lire un message',
              markdown: `1. Sur l’écran d’accueil, touchez l’icône de votre messagerie.
2. La **boîte de réception** s’ouvre. Les messages les plus récents sont en haut.
3. Chaque ligne est un message. Vous voyez le nom de l’expéditeur et l’**objet**. L’objet, c’est le titre du message.
4. Les messages **en gras** ne sont pas encore lus.
5. Touchez un message pour l’ouvrir.
6. Faites glisser le doigt vers le haut pour lire la suite.
7. Touchez **Retour**, la flèche vers la gauche, pour revenir à la liste.

Pour voir si de nouveaux messages sont arrivés, posez le doigt en haut de la liste et glissez vers le bas. La liste se met à jour.`,
            },
            {
              key: 'pieces-jointes',
              type: 'text',
              title: 'Les pièces jointes',
              markdown: `Un message peut contenir une **pièce jointe** : une photo, un document, une facture. C’est comme une photo glissée dans l’enveloppe.

On la reconnaît au dessin d’un **trombone**, ou à une petite vignette en bas du message.

1. Ouvrez le message.
2. Descendez jusqu’en bas.
3. Touchez la vignette de la pièce jointe.
4. Elle s’ouvre. Touchez **Retour** pour revenir au message.

**Prudence :** n’ouvrez une pièce jointe que si vous connaissez l’expéditeur et si vous l’attendiez. Une pièce jointe inattendue peut cacher un piège.`,
            },
            {
              key: 'les-dossiers',
              type: 'text',
              title: 'Les dossiers de votre messagerie',
              markdown: `Comme dans un classeur, votre messagerie range les messages dans des **dossiers**. On les trouve en touchant les **trois petits traits**, en haut à gauche.

1. **Boîte de réception** : les messages que vous recevez.
2. **Envoyés** : une copie de chaque message que vous avez envoyé. Pratique pour vérifier qu’il est bien parti.
3. **Brouillons** : les messages commencés mais pas encore envoyés. La tablette les garde pour vous.
4. **Spam** ou **Courrier indésirable** : les messages que la messagerie trouve suspects.
5. **Corbeille** : les messages supprimés, gardés quelques semaines.

Vous n’avez pas besoin de tout retenir. Retenez surtout la boîte de réception. Et, si un message attendu n’arrive pas, pensez à regarder dans le dossier Spam.

Pour revenir à la boîte de réception, touchez de nouveau les trois petits traits, puis **Boîte de réception**.`,
            },
            {
              key: 'pratique-lire',
              type: 'practice',
              title: 'Lire le message du bénévole',
              instruction: `Le bénévole vous a envoyé un e-mail avec une photo.

1. Sur votre tablette, touchez l’icône de la messagerie.
2. Trouvez le message du bénévole, écrit en gras.
3. Touchez-le pour le lire.
4. Descendez et touchez la photo pour l’ouvrir.
5. Touchez **Retour** deux fois pour revenir à la liste.`,
              helpText: `Si le message n’apparaît pas, glissez la liste vers le bas pour la mettre à jour. Attendez une minute.

Regardez aussi le dossier « Spam » ou « Courrier indésirable ». Il est souvent dans le menu : les trois traits en haut à gauche.

Le bénévole peut vous rappeler le nom de l’application. Il ne touche pas la tablette à votre place.`,
            },
            {
              key: 'observation-lire',
              type: 'observation',
              skill: 'Ouvrir sa messagerie et lire un e-mail',
              description: `Le bénévole envoie un court message avec une photo en pièce jointe.

Il regarde si la personne :

- ouvre la messagerie seule ;
- distingue un message non lu (gras) ;
- ouvre et fait défiler le message ;
- ouvre la pièce jointe, puis revient à la liste.

Le bénévole ne lit pas les autres messages de la boîte : il détourne le regard si besoin.`,
            },
          ],
        },
        {
          key: 'ecrire-et-repondre',
          title: 'Répondre et écrire un message',
          required: true,
          steps: [
            {
              key: 'repondre',
              type: 'text',
              title: 'Répondre à un message',
              markdown: `Répondre est le plus simple : l’adresse est déjà remplie.

1. Ouvrez le message reçu.
2. Touchez **Répondre**. Son dessin est une flèche courbée vers la gauche. Il est en haut, ou tout en bas du message.
3. Le clavier apparaît. Tapez votre réponse.
4. Touchez **Envoyer**. Son dessin est un petit avion en papier, ou une flèche vers la droite.

Attention à **Répondre à tous** : votre réponse part alors à toutes les personnes du message. Pour répondre à une seule personne, choisissez simplement **Répondre**.`,
            },
            {
              key: 'image-nouveau-message',
              type: 'image',
              svg: SVG_NOUVEAU_MESSAGE,
              alt: 'Écran « Nouveau message ». Ligne « À : » avec l’adresse claire.martin@exemple.fr. Ligne « Objet : » avec « Merci pour dimanche ». Dessous, le texte : « Bonjour Claire, Quel bon repas ! Je t’embrasse. Jeanne ». En haut à droite, une flèche bleue en forme d’avion en papier : Envoyer.',
            },
            {
              key: 'ecrire-nouveau',
              type: 'text',
              title: 'Écrire un nouveau message',
              markdown: `1. Dans la boîte de réception, touchez le bouton **Nouveau message**. Il porte souvent un **crayon**, en bas à droite.
2. Touchez la ligne **À**. Tapez l’adresse de la personne. Souvent, la tablette propose l’adresse après quelques lettres : touchez-la.
3. Touchez la ligne **Objet**. Écrivez un titre court, par exemple « Merci pour dimanche ».
4. Touchez la grande zone en dessous. Écrivez votre message.
5. Relisez-vous.
6. Touchez **Envoyer**, l’avion en papier.

Un e-mail peut être court. « Bonjour », votre message, « Je t’embrasse » ou « Cordialement », et votre prénom : c’est parfait.`,
            },
            {
              key: 'clavier',
              type: 'text',
              title: 'Quelques astuces de clavier',
              markdown: `- Pour une **majuscule**, touchez la flèche vers le haut, puis la lettre.
- Pour **effacer**, touchez la touche avec une croix ou une flèche vers la gauche, en haut à droite du clavier.
- Pour les **chiffres** et la ponctuation, touchez la touche **?123**.
- Pour l’**arobase @**, elle est souvent dans les chiffres, ou directement sur le clavier quand vous tapez une adresse.
- Pour un **accent**, gardez le doigt sur la lettre : les accents apparaissent. Glissez sur celui que vous voulez.
- Pour **aller à la ligne**, touchez la grande touche avec une flèche coudée.

Vous pouvez aussi **dicter** : touchez le petit micro du clavier et parlez. La tablette écrit pour vous. Relisez toujours avant d’envoyer.`,
            },
            {
              key: 'carnet-adresses',
              type: 'text',
              title: 'Garder les adresses de vos proches',
              markdown: `Retenir une adresse e-mail par cœur, c’est difficile. Heureusement, la tablette peut s’en souvenir pour vous.

Quand vous avez écrit une fois à quelqu’un, ou reçu un message de lui, la messagerie retient souvent son adresse. La fois suivante, tapez les premières lettres de son prénom dans la ligne **À** : l’adresse complète apparaît. Touchez-la.

Vous pouvez aussi enregistrer l’adresse dans vos **Contacts**, avec le nom et le numéro de téléphone de la personne. Le bénévole ou un proche peut vous montrer comment faire, à votre rythme.

Gardez aussi, sur papier, les adresses les plus importantes : celles de vos enfants, du centre social, de votre médecin si vous échangez avec lui par e-mail. Le papier ne tombe jamais en panne.

**Une bonne habitude :** ne donnez votre adresse e-mail qu’aux personnes et organismes que vous connaissez. Sur internet, chaque formulaire n’a pas besoin de votre adresse.`,
            },
            {
              key: 'pratique-ecrire',
              type: 'practice',
              title: 'Répondre au bénévole',
              instruction: `Sur votre tablette :

1. Ouvrez le message du bénévole.
2. Touchez **Répondre**, la flèche courbée.
3. Écrivez une phrase, par exemple : « Bonjour, j’ai bien reçu votre message. »
4. Ajoutez votre prénom.
5. Touchez **Envoyer**, l’avion en papier.`,
              helpText: `Si le clavier n’apparaît pas, touchez la zone blanche où l’on écrit.

Si vous avez fait une faute, touchez la touche d’effacement, en haut à droite du clavier.

Le message n’est pas parti ? Regardez dans le dossier « Boîte d’envoi » ou « Brouillons » : le bénévole peut vous y guider.`,
            },
            {
              key: 'observation-ecrire',
              type: 'observation',
              skill: 'Écrire et envoyer un e-mail',
              description: `Le bénévole demande à la personne de répondre à son message, puis d’écrire un nouveau message à un proche dont elle connaît l’adresse.

Il regarde si la personne :

- utilise le bouton Répondre ;
- crée un nouveau message et remplit À et Objet ;
- tape un texte court et se relit ;
- envoie le message.

La frappe peut être lente : seul compte le résultat. Le bénévole ne dicte pas le texte.`,
            },
          ],
        },
      ],
    },
    {
      key: 'ranger-et-se-proteger',
      title: 'Ranger et se protéger',
      lessons: [
        {
          key: 'ranger-et-messages-douteux',
          title: 'Ranger sa boîte et repérer les messages douteux',
          required: true,
          steps: [
            {
              key: 'supprimer',
              type: 'text',
              title: 'Supprimer un message',
              markdown: `Votre boîte se remplit vite de publicités. Vous pouvez les supprimer.

1. Ouvrez le message.
2. Touchez la **corbeille**, en haut de l’écran.
3. Le message part dans la **corbeille**. Il y reste quelques semaines.

Si vous l’avez supprimé par erreur, pas d’inquiétude. Ouvrez le menu (les trois traits en haut à gauche), puis **Corbeille**. Vous pouvez le récupérer.`,
            },
            {
              key: 'spam',
              type: 'text',
              title: 'Les messages indésirables',
              markdown: `Les **spams**, ou **courriers indésirables**, sont des messages non demandés. Publicités, faux gains, fausses alertes… La messagerie en range beaucoup dans un dossier à part, appelé **Spam**.

Certains sont de vraies **arnaques**. On parle d’**hameçonnage** : le message imite une banque, l’Assurance maladie ou la Poste, pour vous soutirer des informations ou de l’argent.

Méfiez-vous si le message :

1. vous presse : « dernier délai », « votre compte sera bloqué » ;
2. vous demande un mot de passe, un code ou un numéro de carte bancaire ;
3. vous annonce un gain, un remboursement ou un colis inattendu ;
4. contient des fautes ou une adresse d’expéditeur étrange.

Dans le doute : **ne touchez aucun lien**, n’ouvrez aucune pièce jointe, ne répondez pas. Supprimez-le, ou montrez-le au bénévole.

Le parcours « Éviter les arnaques » vous en dira plus.`,
            },
            {
              key: 'publicites-desabonner',
              type: 'text',
              title: 'Moins de publicités dans votre boîte',
              markdown: `Si vous recevez souvent les publicités d’un magasin que vous connaissez, vous pouvez demander à ne plus les recevoir. C’est **se désabonner**.

1. Ouvrez la publicité.
2. Descendez tout en bas du message.
3. Cherchez un petit lien écrit en tout petit : **Se désabonner** ou **Ne plus recevoir**.
4. Touchez-le, puis confirmez si on vous le demande.

**Attention :** ne le faites que pour des magasins ou des sites que vous connaissez vraiment. Pour un message douteux ou inconnu, ne touchez rien : supprimez-le ou signalez-le comme spam.

Dans certaines messageries, un bouton **Se désabonner** apparaît aussi en haut du message. C’est le plus sûr.`,
            },
            {
              key: 'pratique-corbeille',
              type: 'practice',
              title: 'Supprimer une publicité',
              instruction: `Sur votre tablette :

1. Dans la boîte de réception, trouvez une publicité ou un message dont vous n’avez plus besoin.
2. Ouvrez-le.
3. Touchez la **corbeille**.
4. Vérifiez qu’il a disparu de la liste.`,
              helpText: `La corbeille est souvent en haut de l’écran, quand le message est ouvert.

Si vous n’êtes pas sûr de pouvoir supprimer un message, gardez-le. Demandez l’avis du bénévole. Un message en trop ne gêne pas.`,
            },
            {
              key: 'quiz-e-mails',
              type: 'quiz',
              title: 'Vérifions ensemble',
              passThreshold: 70,
              questions: [
                {
                  key: 'q-adresse',
                  prompt: 'Laquelle de ces adresses e-mail est bien écrite ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'correcte',
                      text: 'jeanne.dupont@exemple.fr',
                      correct: true,
                      feedback: 'Oui : un nom, l’arobase @, puis le service. Sans espace ni accent.',
                    },
                    {
                      key: 'espace',
                      text: 'jeanne dupont@exemple.fr',
                      correct: false,
                      feedback:
                        'Presque ! Une adresse ne contient jamais d’espace. Le point remplace souvent l’espace.',
                    },
                    {
                      key: 'sans-arobase',
                      text: 'jeanne.dupont.exemple.fr',
                      correct: false,
                      feedback: 'Il manque l’arobase @. Elle est obligatoire dans toute adresse e-mail.',
                    },
                  ],
                },
                {
                  key: 'q-gras',
                  prompt:
                    'Dans la boîte de réception, un message est écrit en gras. Qu’est-ce que cela veut dire ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'non-lu',
                      text: 'Je ne l’ai pas encore lu.',
                      correct: true,
                      feedback: 'Exactement. Une fois ouvert, il s’écrit normalement.',
                    },
                    {
                      key: 'urgent',
                      text: 'Il est urgent.',
                      correct: false,
                      feedback: 'Non, le gras signale seulement un message non lu.',
                    },
                  ],
                },
                {
                  key: 'q-envoyer',
                  prompt: 'Quel dessin sert souvent à envoyer un e-mail ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'avion',
                      text: 'Un avion en papier, ou une flèche vers la droite.',
                      correct: true,
                      feedback: 'Bravo. Touchez-le quand votre message est prêt.',
                    },
                    {
                      key: 'corbeille',
                      text: 'Une corbeille.',
                      correct: false,
                      feedback: 'La corbeille supprime le message. Pour envoyer, cherchez l’avion en papier.',
                    },
                    {
                      key: 'trombone',
                      text: 'Un trombone.',
                      correct: false,
                      feedback:
                        'Le trombone sert à joindre un document ou une photo. L’envoi, c’est l’avion en papier.',
                    },
                  ],
                },
                {
                  key: 'q-douteux',
                  prompt:
                    'Un e-mail dit : « Votre compte sera bloqué ce soir. Donnez votre mot de passe ici. » Que faites-vous ? (plusieurs réponses)',
                  multiple: true,
                  choices: [
                    {
                      key: 'pas-de-lien',
                      text: 'Je ne touche pas le lien.',
                      correct: true,
                      feedback: 'Oui. L’urgence et la demande de mot de passe sont deux signes d’arnaque.',
                    },
                    {
                      key: 'supprimer-ou-montrer',
                      text: 'Je le supprime, ou je le montre au bénévole.',
                      correct: true,
                      feedback: 'Très bien. En cas de doute, demander un avis est toujours une bonne idée.',
                    },
                    {
                      key: 'donner-mot-de-passe',
                      text: 'Je donne mon mot de passe pour éviter le blocage.',
                      correct: false,
                      feedback:
                        'Surtout pas. Aucun service sérieux ne demande votre mot de passe par e-mail. C’est une arnaque.',
                    },
                  ],
                },
                {
                  key: 'q-corbeille',
                  prompt: 'Vous avez supprimé un message par erreur. Est-il perdu ?',
                  multiple: false,
                  choices: [
                    {
                      key: 'corbeille',
                      text: 'Non, il est dans la corbeille pendant quelques semaines.',
                      correct: true,
                      feedback: 'Oui, vous pouvez le récupérer dans le dossier Corbeille.',
                    },
                    {
                      key: 'perdu',
                      text: 'Oui, il a disparu pour toujours.',
                      correct: false,
                      feedback:
                        'Rassurez-vous : il reste un moment dans la corbeille. Vous pouvez le récupérer.',
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          key: 'envoyer-une-photo',
          title: 'Pour aller plus loin : envoyer une photo',
          required: false,
          steps: [
            {
              key: 'joindre-photo',
              type: 'text',
              title: 'Joindre une photo à un message',
              markdown: `Vous voulez envoyer une photo de votre jardin à vos petits-enfants ? Voici comment faire.

1. Écrivez un nouveau message, avec l’adresse et l’objet.
2. Touchez le **trombone**, en haut de l’écran.
3. Touchez **Joindre un fichier** ou **Galerie**, selon votre messagerie.
4. Touchez la photo que vous voulez envoyer. Elle apparaît en bas du message.
5. Touchez **Envoyer**.

Une vidéo est souvent trop lourde pour un e-mail. Pour les vidéos, WhatsApp est plus pratique.

Ne joignez jamais la photo d’une pièce d’identité, d’une carte bancaire ou d’un document de santé, sauf si vous l’avez décidé vous-même, pour un organisme que vous connaissez.`,
            },
            {
              key: 'pratique-photo',
              type: 'practice',
              title: 'Envoyer une photo au bénévole',
              instruction: `Sur votre tablette :

1. Touchez **Nouveau message**, le crayon.
2. Écrivez l’adresse du bénévole et un objet, par exemple « Une photo ».
3. Touchez le **trombone**, puis choisissez une photo.
4. Touchez **Envoyer**.`,
              helpText: `Si vous ne voyez pas le trombone, touchez les trois petits points en haut à droite : il est parfois rangé dedans, sous le nom « Joindre un fichier ».

Si aucune photo n’apparaît, la tablette n’en contient peut-être pas encore. Prenez d’abord une photo avec l’appareil photo.`,
            },
          ],
        },
      ],
    },
  ],
};
