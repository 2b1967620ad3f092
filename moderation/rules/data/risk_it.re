# Risk to the recipient (N08), Italian (folded: no accents). Most Italian cues are concepts
# of risk_cue_*.txt (risk.py); these phrases are risky on their own.
\b(?:prendere|prendete|prendiamo|impugnare|impugnate)\s+le\s+armi\b
\blotta\s+armata\b
\brovesciare\s+(?:il|questo|quel)\s+(?:\w+\s+)?(?:regime|governo|dittatore|dittatura)\b
\b(?:la\s+tua|la\s+vostra)\s+(?:evasione|fuga)\b
\b(?:evadere|scappare|fuggire)\s+(?:dal|di)\s+(?:carcere|prigione)\b
