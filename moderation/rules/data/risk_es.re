# Risk to the recipient (N08), Spanish (folded: no accents).
\b(?:derribar|derrocar|tumbar|acabar con|tirar abajo|destruir)\s+(?:a\s+)?(?:el|la|los|este|esta|ese|esa)\s+(?:\w+\s+)?(?:regimen|gobierno|dictadura|dictador|tirano|tirania|castrismo|junta|partido)\b
\bderroc(?!h)\w+
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
# Fuga y asalto, más ampliamente.
\b(?:sacarte|sacarla|sacarlo|sacarlos)\s+de\s+(?:ahi|alli|la carcel|la prision|esa carcel|esa prision)\s+(?:a la fuerza|con armas|por la fuerza)\b
\bcon\s+(?:armas|pistolas|fusiles|explosivos)\b[^.!?\n]{0,60}?\b(?:sacarte|liberarte|asaltar|atacar|tomar)\b
\b(?:asaltar|tomar|atacar)\b[^.!?\n]{0,40}?\bcon\s+(?:armas|pistolas|fusiles|explosivos)\b
\b(?:un coche|un carro|un auto|un conductor)\s+(?:te\s+)?(?:estara|esperara|espera)\s+(?:esperando\s+)?(?:afuera|fuera|cerca)\b
\bpasaporte\s+falso\b
\bdocumentos\s+falsos\b
# Planes de fuga sin la palabra (2026.3).
\b(?:sacarte|sacaremos|te\s+sacamos|te\s+vamos\s+a\s+sacar)\b[^.!?\n]{0,60}?\b(?:coche|carro|auto|camioneta|furgoneta|guardias?|traslad\w*|hospital|esta noche|de noche|medianoche|list[oa]s?|preparad[oa]s?|senal|soborn\w*|frontera|esperando)\b
\bcuando\s+te\s+(?:trasladen|lleven|muevan)\b[^.!?\n]{0,60}?\b(?:este?s?\s+list[oa]|este?s?\s+preparad[oa]|prepar\w+)\b
\b(?:este?s?\s+list[oa]|este?s?\s+preparad[oa])\b[^.!?\n]{0,60}?\bcuando\s+te\s+(?:trasladen|lleven|muevan)\b
# "El único lenguaje que entiende ese régimen es la fuerza" (unbroken wordings, also in
# Portuguese and Italian, in risk_cue_forcelang.txt).
\bunico\s+lenguaje\s+que\s+(?:\w+\s+){0,3}?entiende[n]?\s+es\s+(?:la\s+)?(?:fuerza|violencia|las balas)\b
\bsabemos\s+donde\s+(?:vive|viven)\s+(?:el|la|los|ese|esa|tu)\s+(?:\w+\s+)?(?:juez|jueza|fiscal|carcelero|policia|investigador)\w*\b
