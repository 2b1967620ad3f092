# Advertising and calls to action (N13), Spanish (2026.4): own accounts, pages, channels and
# shops; other causes, petitions and collections; easy money; contact. Not here: "vi tu
# historia en Instagram", "mis alumnos siguen tu caso", the petition for the recipient.
\b(?:sigan|sigueme|siganme|sigue|visiten|visita|entren a|entra a|conozcan|apoyen|apoya|compartan|comparte|escuchen|miren|suscribanse a|suscribete a|unanse a|unete a)\s+(?:tambien\s+)?(?:mi|mis|nuestro|nuestra|nuestros|nuestras)\s+(?:\S+\s+){0,3}?(?:pagina|canal|cuenta|perfil|blog|sitio|web|tienda|podcast|programa|grupo|comunidad|colecta|vaquita|peticion|campana|causa|emprendimiento|negocio|videos?|instagram|facebook|tiktok|youtube|telegram)s?\b
\b(?:invito|los invito|las invito|les invito|invitamos|animo|pido)\s+(?:\S+\s+){0,3}?a\s+(?:\S+\s+)?(?:seguir|unirse|apoyar|firmar|visitar|suscribirse|comprar|invertir|donar|contribuir|colaborar)\b[^.!?\n]{0,80}?\b(?:pagina|canal|cuenta|grupo|tienda|sitio|colecta|peticion|campana|causa|cripto|bitcoin)\b
\b(?:firmen|firma|firmad|apoyen|apoya|compartan|difundan)\s+(?:tambien\s+)?(?:nuestra|nuestro|mi|esta otra|otra|la otra)\s+(?:\S+\s+){0,2}?(?:peticion|colecta|vaquita|campana|causa|recaudacion|recogida de firmas)\b
\b(?:donen|dona|contribuyan|colaboren|aporten)\s+(?:tambien\s+)?(?:a|para|con|en)\s+(?:mi|nuestra|nuestro|la|esta|una)\s+(?:\S+\s+){0,2}?(?:colecta|vaquita|campana|recaudacion|fundacion|refugio|asociacion)\b
\b(?:colecta|vaquita|recaudacion de fondos|hagan una donacion|hagan un donativo|gofundme|donaciones al)\b
\b(?:inviertan|invierte con|inversion garantizada|ganancias garantizadas|rentabilidad garantizada|ingresos extra|trabajo desde casa|trabaja desde casa|dinero facil|criptomonedas?)\b
\b(?:yo gano|gano|ganamos|gana|ganen)\s+(?:mas de\s+|hasta\s+)?\d[\d.,]*\s*(?:\$|€|dolares|euros|pesos|soles)?\s*(?:al|por|a la|cada)\s+(?:dia|semana|mes)\b
\b(?:escribanme|escribeme|mandenme un mensaje|contactenme|llamenme|mandame un mensaje)\s+(?:por|al|a mi|en)\b
\b(?:por|al|en)\s+(?:whatsapp|wasap|telegram|dm|privado|inbox)\s+(?:al|y les|te|les)\b
\b(?:hago|hacemos)\s+envios\b
\benvios\s+a\s+todo\s+el\s+(?:mundo|pais)\b
\b(?:consulta|primera consulta|asesoria)\s+(?:es\s+)?(?:gratis|gratuita)\b
\b(?:encuentrame|encuentranos|buscame|buscanos|busquenme|encuentrenme)\s+(?:en|por)\b
