# Risk to the recipient (N08), Portuguese (folded: no accents).
\b(?:derrubar)\s+(?:o|a|este|esta)\s+(?:\w+\s+)?(?:regime|governo|ditadura|ditador)\b
\bpegar\s+em\s+armas\b
\bunica\s+linguagem\s+que\s+(?:\w+\s+){0,3}?entende[m]?\s+e\s+a\s+(?:forca|violencia)\b
