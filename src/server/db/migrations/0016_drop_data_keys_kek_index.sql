-- data_keys_kek indexed a column with one value in nearly every row (the active KEK): the planner never
-- uses such an index to find rows (rotation reads every data key not under the new KEK in id order, and
-- retiring a KEK is one anti-join per rotation), yet every report, message and file paid for an entry in
-- it. Measured on intake's one statement: about 20 µs of its ~300 µs. KEKs are never deleted (only
-- retired), so the foreign key from data_keys does not need it either.
DROP INDEX data_keys_kek;
