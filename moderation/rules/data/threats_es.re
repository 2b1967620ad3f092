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
