# Advertising and calls to action (N13), French, Spanish, Portuguese (folded: no accents).
\bsuivez[- ](?:moi|nous)\b
\babonnez[- ]vous\b
\b(?:visitez|decouvrez|consultez|rejoignez|soutenez|signez|partagez|achetez|commandez|regardez|ecoutez)\s+(?:ma|mon|mes)\b
\b(?:decouvrez|achetez|commandez)\s+(?:nos|notre)\b
\b(?:ma|mon)\s+(?:chaine|boutique|site web|site internet|blog|compte instagram|instagram|insta|tiktok|youtube|podcast|entreprise|magasin|petition)\b
\b(?:livraison gratuite|code promo|soldes|prix imbattables?|a vendre|revenus? passifs?|gagner de l'argent|rendement garanti)\b
\b(?:contactez|appelez|ecrivez)[- ]moi\b
\bs[ií]gueme\b|\bsiganme\b|\bsiganos\b
\bsuscrib\w+
\b(?:visita|visiten|visitad|mira|miren|descubre|descubran|compra|compren|firma|firmen|firmad|apoya|apoyen|comparte|compartan|sigue|sigan)\s+(?:mi|mis)\b
\b(?:compra|compren|descubre|descubran)\s+(?:nuestro|nuestra|nuestros|nuestras)\b
\b(?:mi|nuestro|nuestra)\s+(?:canal|tienda|pagina web|blog|instagram|tiktok|youtube|podcast|negocio|emprendimiento|peticion)\b
\b(?:envio gratis|envio gratuito|descuento|descuentos|codigo promocional|ofertas|precios? bajos?|ingresos pasivos|gana dinero|ganar dinero|inversion garantizada)\b
\b(?:escribeme|llamame|contactame|contactenme|mandame un mensaje|escribanme|llamenme)\b
\bsiga-me\b|\bsigam-me\b|\binscreva-se\b
\b(?:meu|minha)\s+(?:canal|loja|pagina|blog|instagram|perfil|peticao)\b
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
