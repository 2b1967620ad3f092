# Risk to the recipient (N08), French and Spanish and Portuguese (folded: no accents).
\b(?:renverser|faire tomber|abattre|detruire)\s+(?:le|ce|la|cette|les)\s+(?:\w+\s+)?(?:regime|gouvernement|pouvoir|dictature|dictateur|junte|mollahs|makhzen|tyran|tyrannie)\b
\brenversement\s+du\s+(?:regime|gouvernement|pouvoir)\b
\bprendre\s+les\s+armes\b
\b(?:lutte|insurrection|revolte)\s+armee\b
\b(?:attaquer|prendre d'assaut|bruler|incendier|faire sauter)\s+(?:la|le|les|cette|ce)\s+(?:prison|commissariat|gardiens|policiers|police|caserne|tribunal|soldats|palais)\b
\b(?:vous|te|t')\s*(?:faire\s+)?evader\b
\b(?:evasion|s'evader)\b
\b(?:faire passer|faire entrer|introduire|cacher|glisser)\s+(?:\w+\s+){0,3}?(?:telephone|portable|puce|couteau|arme|lame|pistolet|cle|drogue)\b
\b(?:couteau|arme|pistolet|lame)\b[^.!?\n]{0,60}?\b(?:vous defendre|te defendre|vous proteger|te proteger)\b
\bsoyez\s+prete?s?\b[^.!?\n]{0,40}\b(?:gardiens|nuit|signal)\b
\bquand\s+les\s+gardiens\s+(?:changent|dorment|partent)\b
\bsoudoyer\s+les\s+(?:gardiens|juges)\b
\b(?:derribar|derrocar|tumbar|acabar con|tirar abajo|destruir)\s+(?:a\s+)?(?:el|la|los|este|esta|ese|esa)\s+(?:\w+\s+)?(?:regimen|gobierno|dictadura|dictador|tirano|tirania|castrismo|junta|partido)\b
\bderroc\w+
\blevantamiento\s+armado\b
\b(?:tomar|empunar|agarrar)\s+las\s+armas\b
\blucha\s+armada\b
\b(?:atacar|asaltar|quemar|incendiar|volar)\s+(?:la|el|los|las|esa|esta)\s+(?:carcel|prision|comisaria|estacion|cuartel|policia|guardias|carceleros|soldados|militares|tribunal)\b
\b(?:fuga|fugarte|fugarse|escaparte|evadirte|evasion)\b
\bsacarte\s+de\s+(?:ahi|alli|la carcel|la prision)\s+(?:de noche|esta noche|en secreto|por)\b
\b(?:meter|meterte|pasar|pasarte|esconder|colar|introducir|mandarte)\s+(?:\w+\s+){0,3}?(?:telefono|celular|movil|chip|cuchillo|navaja|arma|pistola|cuchilla|droga|llave)\b
\b(?:cuchillo|navaja|arma|pistola)\b[^.!?\n]{0,60}?\b(?:defenderte|protegerte)\b
\bcuando\s+(?:cambien|cambie)\s+(?:los\s+)?guardias\b
\bsobornar\s+a\s+(?:los\s+)?(?:guardias|carceleros|jueces)\b
\b(?:derrubar)\s+(?:o|a|este|esta)\s+(?:\w+\s+)?(?:regime|governo|ditadura|ditador)\b
\bpegar\s+em\s+armas\b
# Évasion et assaut, plus largement (folded: no accents).
\bprendre\s+(?:la|le|cette|ce|les)\s+(?:\w+\s+)?(?:prison|commissariat|caserne|tribunal|palais|prefecture|gendarmerie)\s+d'assaut\b
\b(?:on|nous)\s+(?:va|vais|allons|viendra|viendrons|peut|pourrait|pourrions|devrait|devons|doit)\s+(?:\w+\s+){0,2}?(?:vous|te|t')\s*(?:faire\s+)?(?:sortir|liberer|evader|chercher)\b[^.!?\n]{0,80}?\b(?:d'assaut|par la force|avec des armes|armes|de nuit|cette nuit|en secret|une voiture|un tunnel|par le mur|les barreaux)\b
\b(?:on|nous)\s+(?:va|vais|allons|viendra|viendrons|reviendra|reviendrons|ira|irons|peut|pourrait|pourra|pourrons|devrait|devons|doit|faut)\b[^.!?\n]{0,60}?\bavec\s+(?:des|nos|les)\s+(?:armes|fusils|kalachnikovs|pistolets|explosifs)\b
\b(?:une voiture|un chauffeur|un bateau)\s+(?:vous\s+|t'\s*)?(?:attendra|attend|attendra dehors|sera la)\b
\b(?:faux|fausse|faux papiers|faux passeport)\s+(?:papiers|passeport|identite)\b
\b(?:sacarte|sacarla|sacarlo|sacarlos)\s+de\s+(?:ahi|alli|la carcel|la prision|esa carcel|esa prision)\s+(?:a la fuerza|con armas|por la fuerza)\b
\bcon\s+(?:armas|pistolas|fusiles|explosivos)\b[^.!?\n]{0,60}?\b(?:sacarte|liberarte|asaltar|atacar|tomar)\b
\b(?:asaltar|tomar|atacar)\b[^.!?\n]{0,40}?\bcon\s+(?:armas|pistolas|fusiles|explosivos)\b
\b(?:un coche|un carro|un auto|un conductor)\s+(?:te\s+)?(?:estara|esperara|espera)\s+(?:esperando\s+)?(?:afuera|fuera|cerca)\b
\bpasaporte\s+falso\b
\bdocumentos\s+falsos\b
# Plans d'évasion sans le mot (2026.3).
\b(?:sacarte|sacaremos|te\s+sacamos|te\s+vamos\s+a\s+sacar)\b[^.!?\n]{0,60}?\b(?:coche|carro|auto|camioneta|furgoneta|guardias?|traslad\w*|hospital|esta noche|de noche|medianoche|list[oa]s?|preparad[oa]s?|senal|soborn\w*|frontera|esperando)\b
\bcuando\s+te\s+(?:trasladen|lleven|muevan)\b[^.!?\n]{0,60}?\b(?:este?s?\s+list[oa]|este?s?\s+preparad[oa]|prepar\w+)\b
\b(?:este?s?\s+list[oa]|este?s?\s+preparad[oa])\b[^.!?\n]{0,60}?\bcuando\s+te\s+(?:trasladen|lleven|muevan)\b
\b(?:te|vous)\s+(?:faire\s+)?sortir\b[^.!?\n]{0,60}?\b(?:voiture|camionnette|gardiens?|transfert|transfere\w*|hopital|cette nuit|la nuit|minuit|sois pret\w*|soyez pret\w*|signal|soudoy\w*|frontiere)\b
\bquand\s+(?:ils|on)\s+(?:te|vous)\s+(?:transfere\w*|emmene\w*|deplace\w*)\b[^.!?\n]{0,60}?\b(?:sois|soyez)\s+pret\w*
\b(?:sois|soyez)\s+pret\w*\b[^.!?\n]{0,60}?\bquand\s+(?:ils|on)\s+(?:te|vous)\s+(?:transfere\w*|emmene\w*|deplace\w*)\b
