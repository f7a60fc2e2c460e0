# Attack 6 (issue 11): payment rows could be moved between households or months as long as
# each batch kept its count and sum. verify recomputes each batch's digest over its rows.
$ sif init
<<< p.csv
hushall;manad;belopp;stadsomrade
H1;2016-01;900;Öster
H1;2016-02;800;Öster
H2;2016-01;700;
H2;2016-03;600;Väster
>>>
$ sif import payments p.csv
$ sif verify
>= ok
$$ sqlite3 sif.db "select count(*) from payment_digest"
>= 1
# the same count and sum, but a payment moved from H1 to H2
$$ python3 $SRC/tests/cli/rechain.py sif.db "UPDATE payment SET household = 'H2' WHERE household = 'H1' AND month = 201602"
$ sif verify
? 65
> the payment rows are not the ones imported
# and a month moved
$$ python3 $SRC/tests/cli/rechain.py sif.db "UPDATE payment SET household = 'H1' WHERE month = 201602; UPDATE payment SET month = 201604 WHERE month = 201603"
$ sif verify
? 65
> the payment rows are not the ones imported
$$ python3 $SRC/tests/cli/rechain.py sif.db "UPDATE payment SET month = 201603 WHERE month = 201604"
$ sif verify
>= ok
