# Threats and wishes of violence (N07), Spanish and Portuguese (folded: no accents).
\b(?:te|los|las|lo|la|les)\s+(?:voy|vamos|van)\s+a\s+(?:matar|liquidar|colgar|fusilar|quemar|reventar|partir la cara|romper la cara|dar una paliza)\b
\b(?:voy|vamos)\s+a\s+(?:matar(?:te|los|las|lo|la)|colgar(?:los|las|lo)|fusilar(?:los|lo)|quemar(?:los|lo)|reventar(?:te|los|lo))\b
\bojala\b[^.!?\n]{0,80}?\b(?:mueran|muera|se pudran|se pudra|pudran|sufran|sufra|ardan|arda|paliza|golpiza|un tiro|los maten|lo maten|la maten|los fusilen|los cuelguen)\b
\bque\s+(?:se\s+)?(?:mueran|pudran|revienten|ardan en el infierno)\b
\bmerece(?:n|rian|ria)?\s+(?:morir|la muerte|la pena de muerte|pudrirse|ser (?:fusilados?|ahorcados?|asesinados?|colgados?|golpeados?|torturados?|quemados?))\b
\bdeberian?\s+(?:ser\s+)?(?:fusilados?|ahorcados?|colgados?|asesinados?|quemados?|linchados?|morir)\b
\bhay\s+que\s+(?:matar|fusilar|colgar|quemar|linchar)(?:los|las|lo|la)?\b
\bmuerte\s+a\s+(?:los|las|el|la)\b
\b(?:darles?|pegarles?|meterles?)\s+(?:una paliza|una golpiza|un tiro|un balazo|plomo)\b
\b(?:partirles?|romperles?)\s+la\s+(?:cara|madre|crisma)\b
\bque\s+(?:se\s+)?vayan\s+al\s+infierno\b
\bal\s+paredon\b
\b(?:espero|tomara|oxala)\b[^.!?\n]{0,60}?\b(?:morram|morra|apodrecam|apodreca|sofram)\b
\bmerece(?:m)?\s+(?:morrer|a morte|apodrecer)\b
\b(?:vou|vamos)\s+(?:te\s+|os\s+)?matar\b
# Amenazas veladas y deseos de violencia masiva.
\b(?:van|vas|va|vais)\s+a\s+pagar(?:\s+(?:caro|muy caro|por esto|por eso|por todo|por lo que (?:hicieron|hizo|han hecho|ha hecho)|con (?:su|sus|tu) vidas?|con sangre))?\s*(?:[.!,;:\n]|$|\by\b)
\b(?:pagaran|pagaras|pagara|pagareis)(?:\s+(?:caro|con (?:su|sus) vidas?))?\s*(?:[.!,;:\n]|$|\by\b)
\b(?:sabemos|se|sabe|conozco|conocemos)\s+donde\s+(?:\w+\s+){0,3}?(?:viven|vives|vive|vivis|duermen|duerme|trabajan|trabaja)\b
\b(?:sus|tus|vuestros)\s+dias\s+estan\s+contados\b
\b(?:te|se|os)\s+(?:vas|van|vais)\s+a\s+arrepentir\b
\b(?:borrar|bombardear|arrasar)\s+(?:\w+\s+){0,2}?(?:del mapa|pais|ciudad)\b
\bdeberia(?:n)?\s+ser\s+(?:borrados?|borradas?|bombardeados?|bombardeadas?|arrasados?|arrasadas?)\b
# Deseos de daño como esperanza (2026.3).
\b(?:ojala|espero|deseo)\b[^.!?\n]{0,60}?\b(?:se\s+muera|se\s+mueran|se\s+pudra|se\s+pudran|reviente|revienten|se\s+queme|se\s+quemen|le\s+peguen\s+un\s+tiro|lo\s+maten|la\s+maten|le\s+llegue\s+(?:su|la)\s+hora)\b
\bque\s+se\s+(?:muera|pudra|queme\s+vivo|queme\s+viva)\b
