"""De-duplication: syndicated copies of one story, and one real-world event reported by
several articles.

* :mod:`marsad.dedup.minhash` — MinHash signatures of article texts and an LSH index.
* :mod:`marsad.dedup.stories` — incremental clustering of near-duplicate articles into stories.
* :mod:`marsad.dedup.events` — the ACLED merge rule for events (type, actors, recipients,
  day, place).
"""
from marsad.dedup.events import EventMerger, MergeResult, merge_key, party_identity
from marsad.dedup.minhash import (
    LSHIndex,
    from_bytes,
    jaccard,
    signature,
    stack_bytes,
    to_bytes,
)
from marsad.dedup.stories import StoryClusterer

__all__ = [
    "EventMerger", "LSHIndex", "MergeResult", "StoryClusterer", "from_bytes", "jaccard",
    "merge_key", "party_identity", "signature", "stack_bytes", "to_bytes",
]
