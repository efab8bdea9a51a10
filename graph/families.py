"""Relation families: the five groups of stance relations that measures and thresholds name.

``graph/data/relation_families.tsv`` gives each relation of ``relations.tsv`` one family. The
analysis stage counts only the ``support`` family (support, aid, cooperate) as support and treats
``contact`` (meet, mediate) as contact between actors, enemies included; the stance scorer may
set its thresholds per family.

>>> relation_families()["condemn"], relation_families()["agree"]
('opposition', 'accord')
"""

from __future__ import annotations

import csv
from functools import lru_cache

from .errors import DataFileError
from .relations import relations
from .resources import data_path

#: The families, in the order reports list them.
FAMILIES = ("support", "contact", "accord", "appeal", "opposition")


@lru_cache(maxsize=1)
def relation_families() -> dict[str, str]:
    """Relation name -> family, checked: every relation has a family and every family is known.

    >>> f = relation_families()
    >>> f["aid"], f["meet"], f["mediate"], f["appeal"], f["attack"]
    ('support', 'contact', 'contact', 'appeal', 'opposition')
    """
    path = data_path("relation_families.tsv")
    with open(path, encoding="utf-8", newline="") as fh:
        table = {row["relation"]: row["family"] for row in csv.DictReader(fh, delimiter="\t")}
    missing = sorted(set(relations()) - set(table))
    unknown = sorted(set(table.values()) - set(FAMILIES))
    if missing or unknown:
        raise DataFileError(f"{path}: relations without a family: {missing}; unknown families: {unknown}")
    return table
