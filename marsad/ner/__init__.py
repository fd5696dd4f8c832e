"""Statistical named-entity recognition: a CRF tagger for PERS, LOC, ORG and MISC.

Rules and gazetteers (:mod:`marsad.entities`) find the names they already know; this package
finds the others. It is trained and measured on the standard CAMeL Lab split of ANERcorp
(:mod:`marsad.ner.camel_split`), scored the way CoNLL scores entities (:mod:`marsad.ner.score`).

* :mod:`marsad.ner.features` — token features (word, stems through clitics, affixes, shape,
  the project's gazetteer/role/trigger lexicons, word clusters, silver types, windows);
* :mod:`marsad.ner.lexicons` — the snapshot of those lexicons the tagger was trained on, which
  it reads instead of the live ones;
* :mod:`marsad.ner.clusters` — word clusters learned without labels from the news corpora;
* :mod:`marsad.ner.silver` — entity types projected onto news vocabulary by a context-only tagger;
* :mod:`marsad.ner.document` — second-stage features: what the first stage said elsewhere in
  the document;
* :mod:`marsad.ner.train` — training (two stacked CRFs, jackknifed), evaluation, and the
  ``marsad ner train|eval|tag`` entry points;
* :mod:`marsad.ner.decode` — the plain-Python decoder compiled from the crfsuite models;
* :mod:`marsad.ner.model` — the shipped tagger: ``tag``, ``tag_sentences``, ``spans``.

Shipped artefacts live in ``marsad/data/ner/`` (the project README gives scores and rebuilding).
"""
