# What ties a group to what is said of it (N04): copulas and generalisers. Matched on the
# folded text between a group and a "weak" attack word.
\b(?:is|are|was|were|be|been|being|become|becomes|remain|remains|'re|'s|all|always|every one of them|as a people|nothing but|just|who are|are all|are just)\b
\b(?:est|sont|etaient|etait|tous|toutes|ce sont|c'est|que des|rien que des)\b
\b(?:es|son|eran|era|todos|todas|unos|unas|puros|solo)\b
\b(?:это|все|всегда)\b
—
\b(?:هم|هي|كلهم|کلهم|مجرد|هستند|است|اند|همه)\b
是|都是|就是|全是
\b(?:সব|হল|হলো)\b
# 2026.4: German, Portuguese, Italian, Turkish, Ukrainian and more Persian copulas.
\b(?:ist|sind|war|waren|alle|immer|nur|nichts als|einfach|fur|halte|halten|bloss)\b
\b(?:e|sao|eram|todos|todas|apenas|uns|umas|sempre)\b
\b(?:sono|erano|tutti|tutte|solo|sempre|dei|delle|degli)\b
\b(?:hepsi|hep|tamamı|zaten|bile|gercekten|tam bir|birer)\b
\b(?:це|всі|усі|завжди|є)\b
\b(?:همهشان|همگی|همشون|ذاتا)\b
