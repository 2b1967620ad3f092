# Claims that attack a group said of it (N04, 2026.4), Spanish. See hate_claims_en.re.
\b(?:estan|esta|estaban|son|es)\s+(?:(?:siempre|todos|todas|realmente|en\s+realidad)\s+)*(?:detras\s+de|responsables?\s+de)\s+(?:todo|todos|todas|cada|esto|eso|este\s+\w+|nuestros?\s+\w+|(?:la|las|los|el)\s+(?:guerra|crisis|corrupcion|injusticias?|males|problemas|violencia|crimenes|miseria))\b
\b(?:controlan|controla|dominan|domina|manipulan|manipula|manejan|son duenos de)\s+(?:(?:todo|toda|todos|todas|los|la|el|las|nuestro|nuestra)\s+)*(?:medios|prensa|bancos|finanzas|dinero|mundo|gobierno|gobiernos|politicos|economia|tribunales|pais|occidente)\b
\b(?:mueven|mueve|manejan|maneja)\s+los\s+hilos\b
\b(?:quieren|quiere|buscan|planean|conspiran para)\s+(?:destruir|reemplazar|dominar|controlar|islamizar|conquistar|invadir|esclavizar|acabar\s+con)(?:nos)?\b
\b(?:son|es)\s+(?:la\s+)?(?:verdadera\s+)?(?:raiz|causa|fuente|origen)\s+de\s+(?:todos|todas|todo|nuestros|nuestras|este|esta)\b
\b(?:son|es)\s+(?:los?|las?|unos?|unas?)?\s*(?:verdaderos?\s+|peores\s+)?enemig(?:o|a|os|as)\s+de\s+(?:la\s+|las\s+|los\s+|nuestra\s+|nuestro\s+)?(?:libertad|mujer|mujeres|humanidad|civilizacion|democracia|progreso|pueblo|nacion|paz)\b
\b(?:siempre|odian)\s+(?:(?:han\s+)?(?:odiado|odiaron)\s+)?(?:a\s+)?(?:todo\s+el\s+mundo|los\s+demas|nuestr[ao]s?\s+\w+|nosotros)\b
\bcarecen\s+de\s+(?:conciencia|moral|verguenza|honor|alma|dignidad|cultura|valores|cerebro)\b
\b(?:son|es)\s+(?:(?:solo|todos|todas|simplemente)\s+)*(?:un|una)\s+(?:pueblo|nacion|raza|banda|manada|rebano)\s+de\s+(?:esclavos|ladrones|mentirosos|cobardes|salvajes|criminales|traidores|borregos|ovejas|barbaros|animales|borrachos|parasitos|bandidos|asesinos|terroristas|fanaticos)\b
\b(?:pueblo|nacion|raza|mentalidad|alma)\s+(?:de\s+esclavos|servil|esclava)\b
\bnacen\s+(?:mentirosos|ladrones|criminales|esclavos|traidores)\b
\b(?:llevan|tienen)\s+en\s+la\s+sangre\b
\b(?:denunciarian|venderian|traicionarian)\s+a\s+(?:\w+\s+)?(?:propios?\s+|propias?\s+)?(?:padres|madres?|hermanos?|familias?|hijos|vecinos)\b
\b(?:se merecen|merecen|se merecian)\s+(?:(?:a|el|la|su|sus|este|esta|ese|esa)\s+)+(?:gobierno|regimen|dictador|dictadura|gobernantes|carceles|destino|miseria|tirano|cadenas)\b
\btienen\s+lo\s+que\s+se\s+merecen\b
\b(?:estan|son)\s+(?:todos\s+)?(?:seniles|chochos|gaga)\b
\b(?:son|es)\s+(?:(?:todas|todos|solo|simplemente|naturalmente)\s+)?(?:demasiado|muy)\s+(?:emocionales|emotivas|histericas|debiles|irracionales|tontas|estupidas|sensibles|fragiles|inestables|ingenuas|infantiles|primitivos|atrasados|flojos|seniles)\s+para\b
\b(?:deberian|deben|tienen que)\s+(?:quedarse\s+(?:en\s+casa|en\s+la\s+cocina|en\s+su\s+lugar)|callarse|obedecer)\b
\b(?:deberian|deben|tienen que|habria que|hay que)\s+(?:todos\s+|todas\s+)?(?:ser\s+)?(?:expulsados|deportados|echados|desterrados|encerrados|esterilizados|exterminados|eliminados|prohibidos|expulsarlos|deportarlos|echarlos|encerrarlos|exterminarlos|eliminarlos|largarse|irse\s+de\s+aqui|volver\s+a\s+su\s+pais|quitarles\s+el\s+voto)\b
\b(?:quitarles|quitenles|retirarles)\s+(?:el\s+(?:derecho\s+al\s+)?voto|los\s+derechos|la\s+nacionalidad|la\s+ciudadania)\b
\b(?:son|es)\s+(?:(?:una?|solo|simplemente|claramente)\s+)*(?:enfermedad|enfermedad\s+mental|trastorno|perversion|desviacion|aberracion|anomalia)\b
\b(?:necesitan|necesita)\s+(?:un\s+)?(?:psiquiatra|terapia|tratamiento|curarse|ser\s+curados)\b
\b(?:son|viven|se comportan|se reproducen|se multiplican)\s+como\s+(?:(?:los|las|unos|unas)\s+)?(?:animales|ratas|alimanas|cucarachas|insectos|perros|cerdos|monos|bestias|salvajes|conejos|langostas|piojos|un\s+virus|una\s+plaga|un\s+cancer)\b

\bno (?:(?:tienen|tiene)\s+(?:ninguna?\s+)?(?:conciencia|moral|verguenza|honor|alma|dignidad|cultura|valores|cerebro)|(?:piensan|razonan)\s+(?:con\s+su\s+(?:propia\s+)?cabeza|por\s+si\s+mismos)|son\s+(?:realmente\s+)?(?:humanos|personas|mujeres\s+de\s+verdad|hombres\s+de\s+verdad|normales)|(?:deberian|deben|merecen)\s+(?:tener\s+(?:el\s+)?derecho\s+a\s+|poder\s+)?(?:votar|gobernar|dirigir|hacer\s+politica|existir|casarse|adoptar|ensenar|tener\s+derechos)|tienen\s+(?:lugar|nada\s+que\s+hacer)\s+(?:aqui|en))\b
\benemig(?:o|a|os|as)\s+(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|del\s+|de\s+nuestra\s+|de\s+)(?:libertad|mujer|mujeres|humanidad|civilizacion|democracia|progreso|pueblo|nacion|paz)\b
