# SPEC §14 for the indicators (SPEC §12): sif indicator, target list and indicator control
# speak the chosen language: an English run prints no Swedish word, a Swedish run no English
# one (the districts and the project's name, typed by users, aside).
$ sif init
$ sif project add P01 --name "X"
$ sif project add P02 --name "Y"
$ sif import participants $DATA/indicators/deltagare.csv
$ sif import outcomes $DATA/indicators/utfall.csv
$ sif target add P01 arbete 5
$ sif target add P01 deltagare 8 --year 2016 --gender K
$ sif target add P01 stegförflyttning 2 --district Öster
$ sif indicator control P01 deltagare 9 --year 2016
$ sif indicator control P01 arbetsträning 1 --gender M
<<< words.py
import re, sys
swedish = """deltagare Deltagare Kvinnor Män Annat Okänt kön Kön arbete studier praktik
arbetsträning stegförflyttning pågående avbrutit flytt Försäkringskassan annat Mål Tryckta
Tryckt Utfall Skillnad Kvar målet Vad År Stadsområde alla kvinna hushåll huvudboken hör till
tryckt raderna räknar skillnad Totalt senaste område utfall""".split()
english = """Participants participants Women Men Other Gender unknown work studies placement
training step ongoing dropped moved Agency Target Targets Printed Actual Difference Left What
Year District all woman households ledger belong printed rows count difference Total latest
outcomes and the""".split()
names = ["Öster", "Västra Innerstaden", "Södra"]
bad = 0
for path, words in (("en.txt", swedish), ("sv.txt", english)):
    text = open(path, encoding="utf-8").read()
    for n in names:
        text = text.replace(n, "")
    if len(text) < 400:
        print(path, "is too short:", text); bad = 1
    for w in words:
        if re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", text):
            print(f"{path}: {w!r} in {'English' if path == 'en.txt' else 'Swedish'} output")
            bad = 1
sys.exit(bad)
>>>
$$ ($SIF --lang en indicator P01; $SIF --lang en target list P01; $SIF --lang en indicator control P01 arbete 3) > en.txt
$$ ($SIF --lang sv indicator P01; $SIF --lang sv target list P01; $SIF --lang sv indicator control P01 arbete 3) > sv.txt
$$ /usr/bin/python3 words.py
$ sif --lang en indicator P01
> work training
> a step closer to work
# by hand (tests/data/indicators): 10 in P01, women D01 D02 D05 D06 D10, men D03 D04 D08
>= Participants                10      5    3      1               1      2                   3      4                 1
$ sif --lang en target list P01
# women taking part in 2016: D01 D02 D05 D06 (D10 ended in 2015)
> 2   participants           2016  all       woman        8       4               4
$ sif target list P01 --json
> [{"id":1,"outcome":"arbete","year":null,"district":null,"gender":null,"target":5,"actual":3},{"id":2,"outcome":"deltagare","year":2016,"district":null,"gender":"kvinna","target":8,"actual":4},
$ sif target list P01
# a step closer: D06, of Södra
> 3   stegförflyttning  alla  Öster        alla      2       0                2
$ sif target list NOPE
? 66
# target list is in the completion, from the command table
$ sif completion bash
> compgen -W 'add list --help'
