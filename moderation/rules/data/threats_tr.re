# Threats and wishes of violence (N07), Turkish (folded: ş as s, ç as c, ğ as g, ö as o, ü as u; ı stays).
# Curses (2026.4): "elleri kırılsın", "Allah belasını versin", "gebersinler", "aynı işkenceyi yaşasınlar";
# "ölsün" folds into the everyday "olsun" and is left out.
\b(?:gebersin|gebersinler|geberip gitsin|curusun|curusunler|bogulsun|bogulsunlar|kudursun|kudursunlar|surunsun|surunsunler)\b
\b(?:elleri|eli|kollar[iı]|kolu|ayaklar[iı]|bacaklar[iı]|boyunlar[iı]|kemikleri)\s+k[iı]r[iı]ls[iı]n(?:lar)?\b
\b(?:allah|tanr[iı])\s+(?:\w+\s+)?(?:belas[iı]n[iı]|belalar[iı]n[iı])\s+versin\b
\b(?:kansere|kanser|felc|felce)\s+(?:yakalans[iı]n|olsunlar|yakalans[iı]nlar)\b
\b(?:araba|kamyon|tren|otob[uü]s)\s+(?:\w+\s+)?carps[iı]n\b
\b(?:evi|evleri|evleri\s+barklar[iı])\s+(?:\w+\s+)?(?:yans[iı]n|yak[iı]ls[iı]n|bas[iı]na\s+y[iı]k[iı]ls[iı]n)\b
\b(?:aynı|ayni)\s+(?:iskenceyi|acıyı|aciyi|zulmu|muameleyi|seyleri|seyi)\s+(?:\w+\s+)?(?:yasas[iı]n|yasas[iı]nlar|gors[uü]n|gors[uü]nler|ceksin|ceksinler|tats[iı]n|tats[iı]nlar)\b
\b(?:umarım|umarim)\b[^.!?\n]{0,60}?\b(?:geberir|geberirler|cur[uü]r|cur[uü]rler|bogulur|bogulurlar|kansere\s+yakalan[iı]r|araba\s+carpar|ayn[iı]\s+iskenceyi\s+yasar)\b
# Veiled threats: their address, "they will pay the price", "they will regret being born", "their turn will come".
\b(?:nerede)\s+(?:otur|yasa|kal)\w*\s+(?:cok\s+iyi\s+)?biliyoruz\b
\b(?:adreslerini|adresini|evlerini|evini|isimlerini ve adreslerini)\s+(?:cok\s+iyi\s+)?(?:biliyoruz|bulduk|ogrendik)\b
\b(?:bedelini)\s+(?:agir\s+|cok\s+agir\s+)?(?:odeyecek|odeyecekler|odeyeceksin|odetecegiz)\b
\b(?:dogduguna|dogduklar[iı]na)\s+pisman\b
\b(?:pisman)\s+(?:olacak|olacaklar)\b
\b(?:sıra|sira)\s+(?:onlara|ona|sizlere)\s+da\s+gelecek\b
\b(?:gununu)\s+(?:gosterecegiz|gosteririz|gorecekler|gorecek)\b
\b(?:kemiklerini)\s+(?:k[iı]racag[iı]z|k[iı]rar[iı]z|k[iı]rmak\s+laz[iı]m)\b
\b(?:yakacag[iı]z|yakar[iı]z|atese verecegiz)\b
\b(?:onlara|ona)\s+(?:iyi\s+|guzel\s+)?bir\s+ders\s+(?:vermek\s+laz[iı]m|verecegiz|verilmeli|verin)\b
