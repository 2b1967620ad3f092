# Claims that attack a group said of it (N04, 2026.4), Turkish. Folded (no cedillas,
# umlauts or breve; the dotless i stays). See hate_claims_en.re.
\b(?:gerici|hain|terorist|katil|hırsız|cahil|yobaz|barbar|vahsi|hayvan(?!\w*\s+(?:muamele|gibi\s+(?:davran|muamele)))|asagılık|sapık|tembel|aptal)\w*
\bvatan\s+hain\w*
\b(?:yuzunden|sayesinde)\s+(?:bu\s+)?(?:ulke\w*|memleket\w*)?\s*(?:batıyor|batti|batacak|mahvoldu|mahvoluyor|geri\s+kaldı|bu\s+halde)\b
\b(?:her seyin|tum sorunların|butun sorunların|tum kotuluklerin)\s+(?:sebebi|kaynagı|nedeni|koku)\b
\b(?:arkasında|arkasındalar)\s+(?:hep\s+)?(?:onlar|bunlar)\b
\b(?:vicdan|ahlak|namus|seref|utanma)\w*\s+(?:yok|yoktur)\b
\b(?:medyayı|bankaları|dunyayı|hukumeti|devleti|ekonomiyi)\s+(?:kontrol\s+ediyor|yonetiyor|ele\s+gecirdi)\w*
\bvicdansız\w*
\b(?:kole|kole ruhlu)\s+(?:millet|halk|bir\s+millet|bir\s+halk)\w*
\b(?:bu hukumeti|bu rejimi|boyle bir hukumeti)\s+hak\s+ediyor\w*
\b(?:kendi kafasıyla|kendi kafalarıyla)\s+dusunemiyor\w*
\b(?:siyaset|politika)\s+icin\s+(?:fazla|cok)\s+(?:duygusal|zayıf|aptal)\w*
\boy (?:kullanmamalı|hakkı\s+(?:alınmalı|ellerinden\s+alınmalı|olmamalı))\w*
\b(?:sınır dısı edilmeli|kovulmalı|defolsun|defolup gitsin|gitsinler|yok edilmeli|hapsedilmeli)\w*
\b(?:bu ulkede|burada)\s+(?:yeri\s+yok|yerleri\s+yok)\b
\bbir (?:hastalık|akıl\s+hastalıgı|sapkınlık)(?:tır|dır)?\b
\b(?:hastalıktır|sapkınlıktır|sapkınlık)\b
\b(?:psikiyatriste|tedaviye)\s+(?:ihtiyacı|ihtiyacları)\s+var\b
\b(?:hayvanlar|fareler|hamamboceklerı|tavsanlar)\s+gibi\s+(?:uruyor\w*|yasıyor\w*|davranıyor\w*)
