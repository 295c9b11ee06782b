// example: {"n": 10}
// Counts to $n the slow way: a statement whose running time the caller controls, for time-limit checks.
UNWIND range(1, $n) AS i
WITH i WHERE i % 7 = 0
RETURN count(i) AS sevens
