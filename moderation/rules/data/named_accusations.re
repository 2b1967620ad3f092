# Accusing a named person of crimes (N04), by any capitalised personal name, with or without a
# title: "X personally ordered the torture", "X is a murderer", "X stole". Matched on the folded
# text that keeps capitals; {NAME} is one to three capitalised words, none of them a common
# word, place or institution (name_stopwords.txt), nor the rights holders' names. A passive
# ("X was tortured") describes what was done to someone and is no accusation.
{NAME}(?:\s+(?:has|had|have|personally|himself|herself|also|then|just|once|allegedly|clearly|openly|already|even|directly)){0,3}\s+(?:ordered|commanded|authori[sz]ed|directed|organi[sz]ed|oversaw|orchestrated|sanctioned|approved|signed off on)\s+(?:\w+\s+){0,3}?(?:torture|tortures|torturing|killing|killings|murder|murders|massacres?|abductions?|kidnappings?|executions?|rapes?|disappearances?|shootings?|beatings?|assassinations?|genocide|bombing|bombings)\b
{NAME}(?:\s+(?:has|had|personally|himself|herself|also|then|just|once|directly)){0,2}\s+(?:tortured|murdered|raped|killed|stole|steals|embezzled|embezzles|looted|kidnapped|abducted|massacred|assassinated|took bribes|takes bribes|laundered|extorted|pocketed)\b
{NAME}(?:'s|\s+is|\s+was|\s+remains|\s+has always been|\s*,)\s+(?:(?:just|nothing but|simply|clearly|obviously|really|truly|a|an|the|real|common|known|notorious|corrupt|brutal|cruel|sadistic|vile|cowardly|disgusting|evil|bloody|filthy|lying|old|little|fucking)\s+){0,4}(?:murderer|murderers|rapist|criminal|war criminal|thief|torturer|killer|butcher|crook|gangster|paedophile|pedophile|mass murderer|child killer|kidnapper|embezzler|mobster|psychopath)\b(?!\s+(?:regime|state|government|system|organi[sz]ation|enterprise|network|act|acts|case|cases|record|records|court|justice|law|laws|charges?|code|policy|policies|investigation|trial|proceedings|complaint))
{NAME}(?:\s+(?:is|was))\s+(?:utterly\s+|totally\s+|deeply\s+|so\s+)?corrupt\b
{NAME}\s+(?:\w+\s+){0,6}?(?:belongs|should be|must be|deserves to be|needs to be)\s+(?:locked up\s+)?(?:in|behind)\s+(?:prison|jail|bars)\b
{NAME}\s+(?:a\s+)?(?:personnellement\s+|lui-meme\s+|elle-meme\s+)?(?:a\s+)?(?:ordonne|commandite|orchestre)\s+(?:\w+\s+){0,3}?(?:torture|tortures|meurtre|meurtres|assassinat|assassinats|enlevement|enlevements|execution|executions|massacre|viols?|disparitions?)\b
{NAME}\s+(?:a\s+(?:personnellement\s+)?)(?:torture|tue|vole|viole|assassine|detourne|massacre|enleve)\b
{NAME}\s+(?:est|etait|reste)\s+(?:(?:un|une|le|la|vrai|vraie|simple|sale|grand|gros)\s+){0,3}(?:assassin|criminel|criminelle|meurtrier|meurtriere|violeur|voleur|voleuse|tortionnaire|bourreau|corrompu|corrompue|pedophile|criminel de guerre)\b(?!\s+(?:de\s+)?(?:regime|etat|gouvernement|systeme|code|dossier|proces))
{NAME}\s+(?:\w+\s+){0,5}?(?:merite|doit|devrait)\s+(?:etre\s+|finir\s+|aller\s+)?(?:en|derriere les)\s+(?:prison|barreaux)\b
{NAME}\s+(?:personalmente\s+)?(?:ordeno|mando|dirigio|orquesto)\s+(?:\w+\s+){0,3}?(?:tortura|torturas|asesinato|asesinatos|secuestro|secuestros|ejecucion|ejecuciones|desaparicion|desapariciones|masacre|violaciones?|matanza)\b
{NAME}\s+(?:personalmente\s+)?(?:torturo|asesino|robo|violo|mato|secuestro|malverso|saqueo)\b
{NAME}\s+(?:es|era|fue)\s+(?:(?:un|una|el|la|simple|vulgar|verdadero|gran)\s+){0,3}(?:asesino|asesina|criminal|ladron|ladrona|violador|torturador|torturadora|corrupto|corrupta|narco|genocida|pedofilo|criminal de guerra)\b(?!\s+(?:de\s+)?(?:regimen|estado|gobierno|sistema|codigo|caso|juicio))
{NAME}\s+(?:\w+\s+){0,5}?(?:merece|debe|deberia)\s+(?:estar\s+|ir\s+|terminar\s+)?(?:en la carcel|en prision|preso|presa|tras las rejas)\b
{CYRNAME}\s+(?:(?:лично|сам|сама)\s+)?(?:приказал|приказала|отдал приказ|отдала приказ|пытал|пытала|убил|убила|украл|украла|изнасиловал|похитил|расстрелял|ворует|грабит)\b
{CYRNAME}\s*(?:—|–|-|это|\s)\s*(?:(?:просто|настоящий|настоящая|обычный|обычная|кровавый|кровавая)\s+)?(?:убийца|преступник|преступница|вор|воровка|палач|насильник|педофил|коррупционер|военный преступник)\b
# 2026.4: money taken and bought officials; German, Portuguese, Italian, Turkish.
{NAME}(?:\s+(?:has|had|personally|also|then|just|once|openly|secretly)){0,2}\s+(?:took|takes|accepted|accepts|pocketed|pockets)\s+(?:\w+\s+){0,3}?(?:bribes|kickbacks|backhanders|bribe\s+money)\b
{NAME}\s+(?:was|is|has\s+been|got)\s+(?:paid\s+off|bribed|on\s+the\s+take)\b
{NAME}\s+(?:a\s+)?(?:touche|empoche|accepte)\s+(?:\w+\s+){0,3}?(?:pots-de-vin|pot-de-vin|dessous-de-table)\b
{NAME}\s+(?:cobro|recibio|acepto)\s+(?:\w+\s+){0,3}?(?:sobornos|soborno|coimas|mordidas)\b
{NAME}\s+(?:hat|hatte)\s+(?:personlich\s+|selbst\s+)?(?:\w+\s+){0,3}?(?:gefoltert|ermordet|vergewaltigt|gestohlen|unterschlagen|bestechungsgeld\w*\s+(?:angenommen|kassiert)|schmiergeld\w*\s+(?:angenommen|kassiert))\b
{NAME}\s+(?:ist|war)\s+(?:(?:ein|eine|der|die|ein\s+echter|nur\s+ein)\s+)?(?:morder|morderin|verbrecher|verbrecherin|folterer|dieb|diebin|kriegsverbrecher|korrupt)\b
{NAME}\s+(?:pessoalmente\s+)?(?:torturou|matou|roubou|estuprou|assassinou|recebeu\s+propinas?|desviou)\b
{NAME}\s+(?:e|era)\s+(?:(?:um|uma)\s+)?(?:assassin[oa]|ladrao|ladra|criminos[oa]|torturador[a]?|corrupt[oa]|estuprador)\b
{NAME}\s+ha\s+(?:personalmente\s+)?(?:torturato|ucciso|rubato|violentato|preso\s+(?:delle\s+)?(?:tangenti|mazzette)|intascato\s+(?:tangenti|mazzette))\b
{NAME}\s+(?:e|era)\s+(?:(?:un|una)\s+)?(?:assassin[oa]|ladro|ladra|criminale|torturatore|torturatrice|corrott[oa]|mafioso)\b
{NAME}\s+(?:\w+\s+){0,3}?(?:rusvet\s+(?:aldı|alıyor|yedi)|rusvetci\w*|iskence\s+(?:yaptı|etti|ettirdi)|tecavuz\s+etti)
{NAME}\s+(?:bir\s+)?(?:katil|hırsız|iskenceci|rusvetci)(?:dir|dır|tir|tır)?\b
{CYRNAME}\s+(?:(?:лично|сам|сама|особисто)\s+)?(?:берет\s+взятки|брал\s+взятки|брала\s+взятки|получил\s+взятку|бере\s+хабарі|брав\s+хабарі|катував|вбив|вкрав|зґвалтував)\b
