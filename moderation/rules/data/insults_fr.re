# Insults said of people (N07), French (folded: no accents), Spanish and Portuguese.
\b(?:est|sont|etaient|etait|c'est|ce sont|es|etes)\s+(?:(?:que|rien que|juste|tous|toutes|vraiment|des|de|d'|un|une|la|le|les|sale|sales|vrais?|vraies?|pauvres?|petite?s?|immondes?|minables?|laches?|ignobles?|betes?|stupides?|infectes?)\s*){0,4}(?:animaux|betes|rats|porcs|cochons|chiens|chacals|hyenes|vautours|serpents|vipere|viperes|cafards|vers|asticots|vermine|singes|ordures|dechets|raclures|pourritures|merdes|sauvages|brutes|parasites|charognes|demons)\b
\b(?:espece|bande|tas|troupeau|nid)\s+(?:de|d')\s*(?:\w+\s+)?(?:animaux|betes|rats|porcs|cochons|chiens|chacals|hyenes|serpents|cafards|vermines?|singes|ordures|raclures|pourritures|sauvages|brutes|parasites|charognes)\b
\b(?:sales?|saletes? de)\s+(?:rats?|porcs?|cochons?|chiens?|chacals?|serpents?|cafards?|vermines?|singes?|betes?|animaux)\b
\b(?:fils|fille|enfants)\s+de\s+(?:chien|chienne|pute|porc)\b
\b(?:es|son|eres|sois|eran|era|somos)\s+(?:(?:solo|solamente|unos|unas|un|una|todos|todas|puros|puras|simples?|vulgares?|asquerosos?|asquerosas?|miserables?|cobardes?|sucios?|sucias?|pobres?)\s+){0,4}(?:animales|bestias|ratas|rata|cerdos|cerdo|puercos|marranos|perros|perro|chacales|hienas|buitres|serpientes|viboras|cucarachas|gusanos|alimanas|sabandijas|basura|escoria|mierdas|parasitos|salvajes|brutos|monos|demonios)\b
\b(?:animales|bestias|ratas|cerdos|perros|hienas|cucarachas|gusanos|basura|escoria)\s+como\s+(?:tu|ustedes|ellos|ellas|el|ella|vosotros|esos|esas)\b
\b(?:hijos?|hijas?)\s+de\s+(?:perra|puta|su madre)\b
\b(?:sao|e|es)\s+(?:uns\s+|umas\s+|um\s+|uma\s+)?(?:animais|ratos|porcos|cachorros|caes|vermes|lixo|escoria|baratas)\b
