# Reklam ve eyleme çağrı (N13), Türkçe (2026.4). Katlanmış: ç→c, ş→s, ğ→g, ö→o, ü→u, ı kalır.
# Burada değil: «hikayeni Instagram'da gördüm», «öğrencilerim davanı takip ediyor».
\b(?:beni|bizi)\s+(?:\S+\s+){0,2}?takip\s+(?:edin|et|ediniz)\b
\b(?:sayfam\S*|kanal[ıi]m\S*|hesab[ıi]m\S*|profilim\S*|blogum\S*|sitem\S*|magazam\S*|dukkan[ıi]m\S*|podcastim\S*|grubum\S*|sayfam[ıi]z\S*|kanal[ıi]m[ıi]z\S*|hesab[ıi]m[ıi]z\S*|grubumuz\S*)\s+(?:\S+\s+){0,2}?(?:takip|abone|uye|katil|katıl|ziyaret|destek|begen|beğen)\w*
\babone\s+(?:olun|olunuz|ol)\b
\b(?:bagis|bağış)\s+(?:yapin|yapın|yapiniz|yapınız|kampanya\w*|toplu\w*)\b
\b(?:imza kampanya\w*|dilekce\w*|dilekçe\w*)\s+(?:\S+\s+){0,2}?(?:imzalay\w*|destek\w*|paylas\w*|paylaş\w*)
\b(?:baska|başka|diger|diğer|bizim)\s+(?:bir\s+)?(?:imza kampanya\w*|kampanya\w*|dilekce\w*)\b
\b(?:yat[ıi]r[ıi]m)\s+(?:yap[ıi]n|yap[ıi]n[ıi]z|firsat\w*|fırsat\w*)\b
\b(?:garantili|garanti)\s+(?:kazanc\w*|kazanç\w*|getiri\w*|kar|kâr|gelir\w*)\b
\b(?:pasif gelir|evden calis\w*|evden çalış\w*|kripto\w*|bitcoin)\b
\b(?:kolay|hizli|hızlı|evden)\s+para\s+kazan\w*
\b(?:bana|bize)\s+(?:\S+\s+)?(?:ulas[ıi]n|ulaş[ıi]n|mesaj at[ıi]n|dm at[ıi]n|whatsapp\S*\s+yaz[ıi]n)\b
\b(?:whatsapp|telegram|dm)\S*\s+(?:\S+\s+)?(?:yaz[ıi]n|ulas[ıi]n|ulaş[ıi]n|mesaj at[ıi]n)\b
\b(?:indirim kodu|indirimli fiyat\w*|ucretsiz kargo|ücretsiz kargo|siparis verin|sipariş verin)\b
