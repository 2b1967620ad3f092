# Insults said of people and harassment of the recipient (N07), Turkish (folded: ş as s, ç as c, ğ as
# g, ö as o, ü as u; ı stays): "hakim bir eşek", "sen aptalsın", "oh olsun", "müstahaksın".
\b(?:sen|siz|onlar|hakim|savc[iı]|gardiyan|gardiyanlar|polis|polisler|bakan|cumhurbaskan[iı])\s+(?:\w+\s+)?(?:bir\s+|tam\s+bir\s+|koca\s+bir\s+)?(?:esek|kopek|domuz|soytar[iı]|yalaka|kukla|aptal|salak|ahmak|gerizekal[iı]|beyinsiz|serefsiz|alcak|pislik)\w*\b
\b(?:oh)\s+olsun\b
\b(?:mustahak|mustahaksın|mustahaksin|mustahaksınız|mustahaksiniz)\b
\b(?:kendin)\s+ettin\b
\b(?:hapis)\s+sana\s+(?:ders\s+olsun|iyi\s+gelir|iyi\s+gelecek)\b
