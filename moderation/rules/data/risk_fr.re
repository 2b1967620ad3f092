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
