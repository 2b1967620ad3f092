# Advertising and calls to action (N13), French, Spanish, Portuguese (folded: no accents).
\bsuivez[- ](?:moi|nous)\b
\babonnez[- ]vous\b
\b(?:visitez|decouvrez|consultez|rejoignez|soutenez|signez|partagez|achetez|commandez|regardez|ecoutez)\s+(?:ma|mon|mes)\b
\b(?:decouvrez|achetez|commandez)\s+(?:nos|notre)\b
\b(?:ma|mon)(?<!\bsur ma)(?<!\bsur mon)(?<!\bdans ma)(?<!\bdans mon)(?<!\bde ma)(?<!\bde mon)\s+(?:chaine|boutique|site web|site internet|blog|compte instagram|instagram|insta|tiktok|youtube|podcast|petition)\b
\b(?:livraison gratuite|code promo|soldes|prix imbattables?|a vendre|revenus? passifs?|gagner de l'argent|rendement garanti)\b
\b(?:contactez|appelez)[- ]moi\b
\b(?:sigueme|siganme|siganos)\b
\bsuscrib\w+
\b(?:descubre|descubran|compra|compren|firma|firmen|firmad)\s+(?:mi|mis)\b
\b(?:compra|compren|descubre|descubran)\s+(?:nuestro|nuestra|nuestros|nuestras)\b
\b(?:mi|nuestro|nuestra)(?<!\ben mi)(?<!\ben nuestro)(?<!\ben nuestra)(?<!\bde mi)(?<!\bpor mi)(?<!\bdesde mi)\s+(?:canal|tienda|pagina web|blog|instagram|tiktok|youtube|podcast|emprendimiento|peticion)\b
\b(?:envio gratis|envio gratuito|descuento|descuentos|codigo promocional|ofertas|precios? bajos?|ingresos pasivos|gana dinero|ganar dinero|inversion garantizada)\b
\b(?:escribeme|llamame|contactame|contactenme|mandame un mensaje|escribanme|llamenme)\b
\b(?:siga|sigam)-me\b
\binscreva[- ]se\b
\b(?:meu|minha)(?<!\bno meu)(?<!\bna minha)(?<!\bdo meu)(?<!\bda minha)(?<!\bpelo meu)(?<!\bpela minha)(?<!\bem meu)(?<!\bem minha)\s+(?:canal|loja|pagina|blog|instagram|perfil|peticao)\b
\b(?:frete gratis|desconto|descontos|renda passiva|ganhar dinheiro)\b
# Autres pétitions, propres groupes / otras peticiones (2026.3).
\b(?:signez|signe|signer)\s+(?:cette|cet autre|une autre)\s+(?:autre\s+)?petition\s*:
\b(?:une autre|autre)\s+petition\b
\babonne[- ]toi\b
\b(?:rejoignez|rejoins)\s+(?:mon|ma|notre)\s+(?:groupe|communaute|page|chaine|mouvement)\b
\b(?:firma|firmen|firmad)\s+(?:esta|esa|otra)\s+(?:otra\s+)?peticion\s*:
\b(?:otra|esta otra)\s+peticion\b
\b(?:unete|unanse|sigan|siganme en)\s+(?:a\s+)?(?:mi|nuestro|nuestra)\s+(?:grupo|comunidad|pagina|canal|movimiento)\b
\bsuscrib\w+\s+a\s+(?:mi|nuestro)\b
# Français (2026.4) : ses propres comptes, pages, chaînes ; autres causes et cagnottes ;
# argent facile ; contact. Pas ici : « j'ai vu ton histoire sur Instagram », « je suis ton
# affaire », la pétition pour la personne (advertising.py).
\b(?:suivez|rejoignez|rejoins|visitez|decouvrez|consultez|soutenez|abonnez[- ]vous a|abonne[- ]toi a|likez|partagez|ecoutez|regardez|allez voir|passez sur|faites un tour sur)\s+(?:aussi\s+|egalement\s+)?(?:ma|mon|mes|notre|nos)\s+(?:\S+\s+){0,3}?(?:page|chaine|compte|profil|blog|site|boutique|podcast|emission|groupe|communaute|association|cagnotte|collecte|petition|campagne|entreprise|magasin|videos?|publications?|instagram|facebook|tiktok|youtube|telegram)s?\b
\b(?:j'invite|je vous invite|nous invitons|nous vous invitons|j'encourage|je demande a)\s+(?:\S+\s+){0,3}?a\s+(?:\S+\s+)?(?:suivre|rejoindre|soutenir|signer|visiter|decouvrir|vous abonner|s'abonner|liker|acheter|commander|investir|donner|contribuer|participer)\b[^.!?\n]{0,80}?\b(?:page|chaine|compte|groupe|boutique|site|cagnotte|collecte|petition|campagne|association|crypto|bitcoin)\b
\b(?:signez|signe|signer|soutenez|soutiens|partagez|relayez)\s+(?:aussi\s+|egalement\s+|s'il vous plait\s+)?(?:notre|ma|mon|nos|cette autre|une autre|l'autre)\s+(?:\S+\s+){0,2}?(?:petition|cagnotte|collecte|campagne|cause|appel aux dons|association)\b
\b(?:donnez|contribuez|participez)\s+(?:aussi\s+)?(?:a|pour|au|aux)\s+(?:ma|mon|notre|la|cette|une)\s+(?:\S+\s+){0,2}?(?:cagnotte|collecte|association|refuge|campagne|levee de fonds)\b
\b(?:cagnotte|leetchi|helloasso|kisskissbankbank|ulule|levee de fonds|appel aux dons|faites un don)\b
\b(?:investissez|placez votre argent|gains garantis|profits? garantis|benefices garantis|revenu complementaire|travail a domicile|argent facile|cryptomonnaies?|crypto[- ]monnaies?)\b
\b(?:je gagne|on gagne|gagnez)\s+(?:plus de\s+|jusqu'a\s+)?\d[\d\s.,]*\s*(?:€|euros?|\$|dollars?|fcfa|francs)\b
\b(?:ecrivez[- ]moi|contactez[- ]moi|appelez[- ]moi|envoyez[- ]moi un message|ecris[- ]moi|contacte[- ]moi)\s+(?:sur|par|via|au|en)\b
\b(?:sur|par|via)\s+(?:whatsapp|telegram|signal)\s+au\b
\ben (?:mp|message prive|dm)\b
\b(?:consultation|premiere consultation|devis|essai)\s+(?:est\s+)?(?:gratuite?|offerte?)\b
\b(?:mon|notre)\s+(?:cabinet|entreprise|societe|agence|magasin|salon|restaurant|atelier)\s+(?:\S+\s+){0,3}?(?:offre|propose|vend|livre)\b
\b(?:livraison|livre|livrons|expedition)\s+(?:partout|dans le monde entier|dans toute)\b
\b(?:promo|promotion)\s+(?:de\s+)?\d{1,3}\s*%
\b(?:retrouvez|retrouve)[- ](?:moi|nous)\b
\b(?:retrouvez|retrouve)\s+(?:\S+\s+){0,4}?sur\s+(?:ma|mon|notre|nos|mes)\s+(?:\S+\s+){0,2}?(?:page|chaine|compte|boutique|site|blog|podcast|profil|instagram|facebook|tiktok|youtube|telegram)\b
