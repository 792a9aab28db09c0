"""Words that people in Belgium put in passphrases and that zxcvbn's English lists lack:
Dutch (Flemish), French and German common words, password words, names of months, days
and seasons, family and pet words, football clubs, Belgian places, first names, and the
words of this program's own field. Written for this program (no outside list), most
common first: zxcvbn rates an earlier word as easier to guess."""

from __future__ import annotations


def _words(text: str) -> list[str]:
    return text.split()


PASSWORD_WORDS = _words("""
wachtwoord paswoord passwoord motdepasse passwort kennwort geheim secret geheimnis
welkom bienvenue willkommen bonjour hallo salut hoi dag goedendag bonsoir servus tschuss
azerty azertyuiop qwertz qwertzuiop admin administrateur beheerder gebruiker utilisateur
benutzer test essai proef nieuw nouveau neu toegang acces zugang inloggen connexion
anmelden login wachtwoord1 motdepasse1 passwort1 ikhouvanjou jetaime ichliebedich
liefde amour liebe schatje schat schatz cheri cherie lieveling mamour doudou
""")

COMMON_WORDS = _words("""
zon zonneschijn soleil sonne maan lune mond ster etoile stern hemel ciel himmel
zomer ete sommer winter hiver lente printemps fruhling fruehling herfst automne herbst
januari februari maart april mei juni juli augustus september oktober november december
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
januar februar marz maerz juni juli august oktober dezember
maandag dinsdag woensdag donderdag vrijdag zaterdag zondag lundi mardi mercredi jeudi
vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
vakantie vacances urlaub ferien weekend feest fete fest verjaardag anniversaire geburtstag
kerstmis noel weihnachten pasen paques ostern nieuwjaar
familie famille mama maman mutti mutter papa vader pere vater moeder mere oma opa
bomma bompa mamie papi grandmere grandpere zoon fils sohn dochter fille tochter
broer frere bruder zus zuster soeur schwester kind kinderen enfant enfants kinder baby
hond chien hund kat chat katze poes minou paard cheval pferd vogel oiseau konijn lapin
hase leeuw lion lowe loewe tijger tigre tiger beer ours bar baer vis poisson fisch
draak dragon drache prinses princesse prinzessin prins prince koning roi konig koenig
koningin reine konigin engel ange schatz held heros
rood rouge rot blauw bleu blau groen vert grun gruen geel jaune gelb zwart noir schwarz
wit blanc weiss oranje orange paars violet lila roze rose rosa grijs gris grau
bloem fleur blume roos tulp tulipe tulpe boom arbre baum bos foret wald zee mer meer
strand plage berg montagne bergen rivier riviere fluss water eau wasser vuur feu feuer
aarde terre erde lucht air luft wind vent regen pluie sneeuw neige schnee
huis maison haus thuis chezmoi zuhause tuin jardin garten straat rue strasse stad ville
dorp village dorf land pays kerk eglise kirche school ecole schule werk travail arbeit
bureau kantoor buro computer ordinateur rechner telefoon telephone gsm handy auto voiture
fiets velo fahrrad trein train zug
voetbal football fussball fuessball tennis basket hockey wielrennen cyclisme radsport
muziek musique musik dans danse tanz film cinema kino boek livre buch spel jeu spiel
koffie cafe kaffee thee the tee bier biere wein wijn vin chocolade chocolat schokolade
frieten frites pommes friet pizza pasta brood pain brot kaas fromage kase kaese
vrijheid liberte freiheit vrede paix frieden geluk bonheur gluck glueck hoop espoir
hoffnung leven vie leben dood mort tod tijd temps zeit dromen reve traum
goed bon gut slecht mauvais schlecht groot grand gross klein petit mooi beau schon
schoen lief gentil lieb sterk fort stark snel rapide schnell
een twee drie vier vijf zes zeven acht negen tien un deux trois quatre cinq six sept
huit neuf dix eins zwei drei vier funf fuenf sechs sieben acht neun zehn honderd cent
hundert duizend mille tausend
anderlecht standard clubbrugge brugge genk gent antwerp antwerpen beerschot mechelen
charleroi eupen kortrijk leuven ohl westerlo lokeren waregem oostende zulte
belgie belgique belgien vlaanderen flandre flandern wallonie wallonien brussel bruxelles
brussels bruessel europa europe ostbelgien
gent antwerpen brugge leuven mechelen aalst hasselt kortrijk oostende roeselare genk
sint niklaas lier turnhout namen namur luik liege luttich bergen mons doornik tournai
aarlen arlon eupen malmedy verviers seraing waver wavre nijvel nivelles sankt vith
kelmis raeren lontzen burgreuland amel bullingen butgenbach
jan piet peter luc marc paul jos jef johan dirk bart tom wim geert koen kris stijn
pieter jonas lucas arthur noah louis victor jules mohamed adam liam emma marie julie
sarah lisa laura lotte louise olivia mila elise anna sofie ines nina lena hanna
jean pierre michel philippe alain francois nicolas thomas julien sophie nathalie isabelle
claire camille chloe lea manon klaus hans jurgen stefan andreas michael sabine petra
""")

FIELD_WORDS = _words("""
livc csil livcr csilr lokale locale integrale integree veiligheidscel cellule securite
sicherheitszelle radicalisering radicalisation radikalisierung extremisme extremismus
terrorisme terrorismus preventie prevention pravention praevention gemeente commune
gemeinde stad ville stadt politie police polizei burgemeester bourgmestre burgermeister
buergermeister korpschef ocmw cpas csa caw jac clb jeugddienst casus dossier signaal
signalement melding vlag drapeau flagge vergadering reunion sitzung notulen verslag
registre register dienst service preventiedienst
""")


def _once(words: list[str]) -> list[str]:
    """Each word once, in its first place."""
    seen: set[str] = set()
    out: list[str] = []
    for word in words:
        if word and word not in seen:
            seen.add(word)
            out.append(word)
    return out


WORDS: tuple[str, ...] = tuple(_once(PASSWORD_WORDS + COMMON_WORDS + FIELD_WORDS))
