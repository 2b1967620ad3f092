# Generalising attacks on a group said in so many words (N04). Matched on the folded text.
\bgo\s+back\s+to\s+(?:your|their)\s+(?:own\s+)?(?:country|countries|desert|jungle|caves?)\b
\b(?:rentrez|retournez|retourne)\s+(?:chez vous|dans (?:votre|ton|leur) pays)\b
\b(?:vuelvan|vuelve|regresen)\s+a\s+(?:su|tu)\s+pais\b
\b(?:all|every)\s+(?:muslims|jews|arabs|africans|blacks|chinese|russians|gays|immigrants|refugees|women)\s+(?:are|should)\b
\b(?:kill|gas|deport|ban|exterminate|eradicate)\s+(?:all\s+)?(?:the\s+)?(?:muslims|jews|arabs|africans|blacks|gays|immigrants|refugees|migrants|trans people)\b
