# Advertising and calls to action (N13), German (2026.4): own accounts, pages, channels and
# shops; other causes, petitions and fundraisers; easy money; contact. Folded: ä→a, ö→o, ü→u,
# ß→ss. Not here: "ich habe deine Geschichte auf Instagram gesehen", the petition for the
# recipient.
\b(?:folgt|folge|folgen sie)\s+(?:mir|uns)\b
\b(?:abonniert|abonniere|abonnieren sie|besucht|besuche|besuchen sie|folgt|folgen sie|unterstutzt|unterstutze|unterstutzen sie|teilt|teilen sie|liked|schaut euch|hort euch|tretet|klickt auf)\s+(?:bitte\s+)?(?:auch\s+)?(?:meinen|meine|mein|unseren|unsere|unser)\s+(?:\S+\s+){0,3}?(?:kanal|seite|website|homepage|blog|shop|laden|konto|profil|account|podcast|gruppe|petition|spendenaktion|kampagne|sammlung|crowdfunding|videos?|instagram|facebook|tiktok|youtube|telegram)s?\b
\b(?:unterschreibt|unterschreibe|unterschreiben sie|zeichnet|unterstutzt|unterstutzen sie|teilt)\s+(?:bitte\s+)?(?:auch\s+)?(?:unsere|meine|diese andere|eine andere|die andere|noch eine)\s+(?:\S+\s+){0,2}?(?:petition|kampagne|spendenaktion|sache|initiative)\b
\b(?:andere|weitere|noch eine)\s+petition\b
\b(?:spendet|spenden sie|spende)\s+(?:bitte\s+)?(?:auch\s+)?(?:fur|an|fuer)\b
\b(?:spendenaktion|spendenkampagne|spendenkonto|spendenlink|betterplace|leetchi)\b
\b(?:investiert|investieren sie|investiere)\s+(?:mit mir|bei mir|jetzt|in)\b
\bgarantierte?n?\s+(?:rendite|gewinne?|einnahmen|ertrag)\b
\b(?:leicht|schnell|einfach)\s+geld\s+verdienen\b
\b(?:passives einkommen|von zu hause aus geld|nebenverdienst|kryptowahrung\w*|krypto)\b
\b(?:schreibt|schreib|kontaktiert|kontaktiere|meldet euch|melde dich|ruft)\s+(?:mir|mich|bei mir|mich an)\s+(?:auf|uber|per|bei|an)\b
\b(?:per|uber|auf)\s+(?:whatsapp|telegram|signal)\s+(?:an|unter)\b
\b(?:rabatt|rabattcode|gutscheincode|versandkostenfrei|kostenloser versand|jetzt bestellen|jetzt kaufen|kostenlose beratung|kostenloses erstgesprach)\b
\b(?:mein|meinen|unser|unseren)\s+(?:onlineshop|online-shop|youtube-kanal|telegram-kanal|instagram-account|podcast)\b
