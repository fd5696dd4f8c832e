"""A learned reader of background: is an act told with no modality cue the news, or the past
the news is set against?

The rules (:mod:`marsad.events.modality`) read modality from cues, the future prefix and dates;
an act with none of them is ``actual``. On the team's tuning gold that default is the commonest
modality error by far: a sixth of the matched events are background the coder calls actual
(قال ناشطون إن السلطات أعدمت 19 سجينا اعتقلتهم مؤخرا، بعد العقوبات التي أعادت واشنطن فرضها،
ومثلت الجبهات … جبهات استهداف). What gives them away is spread over many weak signs — where the
sentence stands in the article, the words just before the trigger (بعد، إثر، منذ، الذي), how the
sentence opens (وكان، يذكر أن), whether the act is a verbal noun, whether its doer was read from
a relative clause — so they are weighed by a logistic regression rather than by hand. When the
probability of background reaches the model's threshold the event becomes ``historical``
(``modality_cue: learned``) and takes no default date (guide §5: only an actual event with no
stated date takes the publication date).

The weights are trained on the gold set's tuning batches by ``eval/train_modality_model.py`` and
stored in ``data/events/modality_model.json``; scoring is the doer chooser's plain-Python
:func:`marsad.events.actor_model.probability`.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Optional

from ..doc import Document
from .actor_model import probability, read_model

MODEL_FILE = ("events", "modality_model.json")
BEFORE = 3  # words before the trigger whose forms are features
_SENTENCE_BANDS = ((0, "title"), (1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"))


def _band(si: int) -> str:
    return next((name for top, name in _SENTENCE_BANDS if si <= top), "9+")


def features(doc: Document, t0: int, t1: int, s_first: int, si: int, event_type: str, pos: str,
             how: str, dated: bool) -> dict[str, float]:
    """What the event's sentence and surroundings say, for trigger tokens ``t0``–``t1`` of a
    sentence starting at token ``s_first`` (index ``si`` in the article)."""
    tokens = doc.tokens
    band = _band(si)
    f: dict[str, float] = {"T=" + event_type: 1, "pos=" + pos: 1, "how=" + how: 1, "si=" + band: 1,
                           f"pos_si={pos}_{band}": 1, "dated": float(dated),
                           "open=" + tokens[s_first].norm: 1}
    for k in range(1, BEFORE + 1):
        if t0 - k < s_first:
            f[f"w-{k}=<s>"] = 1
            break
        f[f"w-{k}={tokens[t0 - k].norm}"] = 1
    for t in tokens[s_first:t0]:
        f["before=" + t.norm] = 1
    if t1 < len(tokens):
        f["w+1=" + tokens[t1].norm] = 1
    return f


@lru_cache(maxsize=1)
def load() -> dict[str, Any]:
    return read_model(*MODEL_FILE)


# Set by eval/train_modality_model.py to collect the features instead of deciding: called with
# the trigger's first character offset, the event type and the features.
collector: Optional[Callable[[int, str, dict[str, float]], None]] = None


def is_background(doc: Document, t0: int, t1: int, s_first: int, si: int, event_type: str, pos: str,
                  how: str, dated: bool) -> bool:
    """Whether an act the rules leave ``actual`` by default is background."""
    f = features(doc, t0, t1, s_first, si, event_type, pos, how, dated)
    if collector is not None:
        collector(doc.tokens[t0].start, event_type, f)
        return False
    model = load()
    return probability(f, model) >= model["threshold"]
