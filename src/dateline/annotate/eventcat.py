"""Decide which words of a text are events, of which type and how factual: the learned event decision.

Candidates are every verb or noun that some evidence says may be an event: a trigger lexicon
entry (``lexicons/event_triggers.jsonl``, matched with or without its constraints), a verb of
PETRARCH2's CAMEO dictionary (``lexicons/event_candidates.jsonl``), a trigger word of the
labelled corpus, or a noun derived from any of these ("resignation" from "resign",
``lexicons/derivations.tsv``). Each candidate is described by sparse features of its parse
(lemma, particle, object and subject heads and entity types, governor, auxiliaries, negation,
the candidate types its lexicons give) and scored by two linear models trained by
``dateline train events`` (``dateline.train.events``): one gives its type or ``NONE``, one its
factuality (asserted, planned, negated, hypothetical, not_event).

The weights ship in ``annotate/models/events/`` (``DATELINE_EVENT_MODEL`` names another
folder). Inference is a sparse dot product in NumPy: no learning library is needed at run
time. This is our own code because the decision needs the parse features of spaCy's pipeline
and the project's lexicons; a spaCy ``textcat`` over sentences could not say *which* word is
the event, and a span categoriser over all spans costs far more than these few candidates.

The component ``dateline_events`` (registered in ``events.py``, beside the trigger lexicon it
reads) writes ``Doc._.event_candidates``: one ``Candidate`` per candidate token with the
model's type, its probability and the factuality.
"""

from __future__ import annotations

import bisect
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Collection, Iterable, Sequence

import numpy as np
from spacy.attrs import ENT_TYPE, POS
from spacy.parts_of_speech import ADJ, NOUN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from threadpoolctl import ThreadpoolController

from dateline.annotate.nlp import sentences
from dateline.lexicons import load_table, word_class, word_map

NONE = "NONE"
MODEL_ENV = "DATELINE_EVENT_MODEL"
POS_CANDIDATE = frozenset({"VERB", "NOUN", "ADJ", "PROPN"})
MODALS = word_class("modals")
NAME_ENTS = word_class("not_event_ent", "grammar")
"""Entity labels of names, dates and numbers: never an event candidate."""
PERSONAL_PRONOUNS = word_class("personal_pronoun", "annotate_words")
"""Pronouns the model's features see as the entity class PRON."""
POS_CANDIDATE_IDS = frozenset({ADJ, NOUN, VERB})
"""The part-of-speech ids (``Doc.to_array(POS)``) of ``POS_CANDIDATE`` that a token not matched by the trigger
lexicon may have and still be a candidate (a PROPN never is)."""
DATE_LABEL_IDS = frozenset({get_string_id("DATE"), get_string_id("TIME")})
"""The entity label ids (``Doc.to_array(ENT_TYPE)``) of dates and times."""
CORPUS_SPELLINGS = word_map("corpus_spellings", "event_words")
"""American word endings and the British ones the labelled corpus writes ("apologize" -> "apologise")."""
AMERICAN_ENDINGS = tuple(CORPUS_SPELLINGS)
"""The American endings, for one ``str.endswith`` call that tells a word needing no respelling."""
OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One candidate token and the learned decision on it."""

    i: int
    type: str
    p: float
    factuality: str
    p_factuality: float


@lru_cache(maxsize=1)
def cameo() -> dict[str, dict[str, Any]]:
    """The CAMEO candidate verbs by lemma or phrase (``lexicons/event_candidates.jsonl``)."""
    text = resources.files("dateline.lexicons").joinpath("event_candidates.jsonl").read_text(encoding="utf-8")
    out: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        entry = json.loads(line)
        if "lemma" in entry:
            out[entry["lemma"]] = entry
    return out


@lru_cache(maxsize=1)
def derivations() -> tuple[tuple[str, str], ...]:
    """Noun suffix -> verb ending pairs ("ation" -> "e": "negotiation" -> "negotiate")."""
    return tuple((row[0], "" if row[1] == "-" else row[1]) for row in load_table("derivations"))


@lru_cache(maxsize=1)
def derivation_suffixes() -> tuple[str, ...]:
    """Every noun suffix of ``derivations``, for one ``str.endswith`` call that tells a noun no derivation can
    apply to (most nouns: "drought", "border") without walking the table."""
    return tuple(dict.fromkeys(suffix for suffix, _ in derivations()))


def verb_of(noun: str, verbs: Iterable[str] | set[str]) -> str | None:
    """The verb a noun derives from, when the verb is in ``verbs`` ("resignation" -> "resign")."""
    pool = verbs if isinstance(verbs, (set, frozenset, dict)) else set(verbs)
    if noun in pool:
        return noun
    if not noun.endswith(derivation_suffixes()):
        return None
    for suffix, ending in derivations():
        if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
            stem = noun[: -len(suffix)] + ending
            if stem in pool:
                return stem
    return None


class EventModel:
    """Two linear models over one feature vocabulary: type (with NONE) and factuality."""

    def __init__(self, folder: Path) -> None:
        meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
        arrays = np.load(folder / "weights.npz")
        self.folder = folder
        self.vocab: dict[str, int] = {f: i for i, f in enumerate(meta["features"])}
        self.types: list[str] = meta["types"]
        self.factualities: list[str] = meta["factualities"]
        self.triggers: dict[str, dict[str, int]] = meta["triggers"]
        self.modes: dict[str, dict[str, str]] = meta.get("modes", {})
        self.threshold: float = meta.get("threshold", 0.5)
        self.noun_threshold: float = float(os.environ.get("DATELINE_EVENT_NOUN_THRESHOLD")
                                           or meta.get("noun_threshold", self.threshold))
        """How sure the model must be of a noun that no lexicon trigger holds: an event noun is as often a topic the
        sentence refers to ("talks on ending the war", "a day of protests") as an act it reports (set in
        ``data/events/train.json``; a model trained before the setting uses ``threshold``)."""
        self.veto: float = float(meta.get("veto", 0.85))
        """How sure the model must be that a lexicon trigger is no event to drop it."""
        self.fact_veto: float = float(meta.get("fact_veto", self.veto))
        """How sure the factuality model must be that a lexicon trigger is hypothetical or no event to drop it."""
        self.none_weight: float = float(os.environ.get("DATELINE_EVENT_NONE_WEIGHT") or meta.get("none_weight", 1.0))
        """NONE's probability is scaled by this before the decision: the corpus holds far more hard
        negatives than news does (a prior shift, set in ``data/events/train.json``)."""
        self.w_type, self.b_type = arrays["w_type"].astype(np.float32), arrays["b_type"].astype(np.float32)
        self.w_fact, self.b_fact = arrays["w_fact"].astype(np.float32), arrays["b_fact"].astype(np.float32)
        self.codebooks: list[np.ndarray] = [arrays[k].astype(np.float32) for k in sorted(arrays.files)
                                            if k.startswith("codebook")]
        """Unit centroids of the contextual word vectors, one array per size (``vector_classes``)."""

    def mode_of(self, lemma: str, typ: str) -> str | None:
        """The mode a trigger word most often has for a type: in the corpus, else in CAMEO's dictionary."""
        mode = self.modes.get(corpus_spelling(lemma, self.modes), {}).get(typ)
        if mode:
            return mode
        counts = {k.split(":", 1)[1]: n for k, n in (cameo().get(lemma, {}).get("modes") or {}).items()
                  if k.startswith(typ + ":")}
        return max(counts, key=counts.__getitem__) if counts else None

    @staticmethod
    def _softmax(z: np.ndarray) -> np.ndarray:
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        out: np.ndarray = e / e.sum(axis=1, keepdims=True)
        return out

    def predict(self, rows: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Type and factuality probabilities, one row per feature list."""
        if not rows:
            return np.zeros((0, len(self.types))), np.zeros((0, len(self.factualities)))
        vocab = self.vocab
        idx: list[int] = []
        counts = np.zeros(len(rows), dtype=np.int64)
        look_up = vocab.get
        for r, feats in enumerate(rows):
            known = {look_up(f, -1) for f in feats}  # one look-up per feature; -1 marks those the model lacks
            known.discard(-1)
            idx += known
            counts[r] = len(known)
        zt = np.tile(self.b_type, (len(rows), 1)).astype(np.float64)
        zf = np.tile(self.b_fact, (len(rows), 1)).astype(np.float64)
        if idx:
            # one gather for all rows, then a sum per row's run of feature indices
            starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
            some = counts > 0
            zt[some] += np.add.reduceat(self.w_type[idx], starts[some], axis=0)
            zf[some] += np.add.reduceat(self.w_fact[idx], starts[some], axis=0)
        return self._softmax(zt), self._softmax(zf)

    def decide(self, rows: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
        """``predict`` with NONE's probability scaled by ``none_weight`` and renormalised (the decision's view)."""
        pt, pf = self.predict(rows)
        if len(rows):
            pt[:, self.types.index(NONE)] *= self.none_weight
            pt /= pt.sum(axis=1, keepdims=True)
        return pt, pf


def default_model_dir() -> Path:
    """The shipped model, or the folder ``DATELINE_EVENT_MODEL`` names."""
    env = os.environ.get(MODEL_ENV)
    if env:
        return Path(env)
    return Path(str(resources.files("dateline.annotate").joinpath("models", "events")))


@lru_cache(maxsize=4)
def load_model(folder: str) -> EventModel | None:
    """The model in ``folder``, or None when there is none (candidates are then not scored)."""
    path = Path(folder)
    if not (path / "model.json").exists():
        return None
    return EventModel(path)


def corpus_spelling(lemma: str, learned: Collection[str]) -> str:
    """A word as the labelled corpus spells it: "apologize" is "apologise" when only that spelling was labelled, so
    American news is judged by the same evidence as British (the corpus writes British spellings)."""
    if lemma in learned or not lemma.endswith(AMERICAN_ENDINGS):
        return lemma
    for american, british in CORPUS_SPELLINGS.items():
        if lemma.endswith(american) and lemma[: -len(american)] + british in learned:
            return lemma[: -len(american)] + british
    return lemma


def _phrase(tok: Token, lemma: str | None = None) -> str:
    prt = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    lemma = lemma or tok.lemma_.lower()
    return f"{lemma} {prt[0]}" if prt else lemma


def is_candidate(tok: Token, learned: dict[str, dict[str, int]], rule_hits: dict[int, list[tuple[str, str, bool]]]) -> bool:
    """Whether a token is worth deciding on: a lexicon trigger, a CAMEO verb, a corpus trigger or a derived noun."""
    if tok.i in rule_hits:
        return True
    lemma = corpus_spelling(tok.lemma_.lower(), learned)
    if tok.pos_ not in POS_CANDIDATE or tok.is_stop and lemma not in learned:
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAME_ENTS:
        return False
    if lemma in learned:
        return True
    if tok.pos_ == "VERB":
        return lemma in cameo() or _phrase(tok) in cameo()
    if tok.pos_ == "NOUN":
        return verb_of(lemma, cameo()) is not None or verb_of(lemma, learned) is not None
    return False


def _ent_class(tok: Token) -> str:
    if tok.ent_type_:
        return tok.ent_type_
    if tok.lower_ in PERSONAL_PRONOUNS:
        return "PRON"
    return "-"


def sentence_context(doc: Doc) -> dict[int, tuple[int, tuple[str, ...]]]:
    """Token index -> its sentence's root index and entity labels, computed once per text (``Token.sent``
    walks every sentence of the document each time it is read)."""
    sents = sentences(doc)
    starts = [s.start for s in sents]
    labels: list[set[str]] = [set() for _ in sents]
    for ent in doc.ents:
        labels[bisect.bisect_right(starts, ent.start) - 1].add(ent.label_)
    out: dict[int, tuple[int, tuple[str, ...]]] = {}
    for sent, names in zip(sents, labels):
        info = (sent.root.i, tuple(sorted(names)))
        for i in range(sent.start, sent.end):
            out[i] = info
    return out


def _date_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens of DATE and TIME entities, sorted (kept on the document)."""
    key = "dateline.date_tokens"
    if key not in doc.user_data:
        # read from one array of entity label ids, not a Token and a label string per token
        doc.user_data[key] = [i for i, label in enumerate(doc.to_array(ENT_TYPE).tolist()) if label in DATE_LABEL_IDS]
    found: list[int] = doc.user_data[key]
    return found


def features(tok: Token, learned: dict[str, dict[str, int]], rule_hits: dict[int, list[tuple[str, str, bool]]],
             context: dict[int, tuple[int, tuple[str, ...]]] | None = None,
             codebooks: Sequence[np.ndarray] = (), classes: list[str] | None = None) -> list[str]:
    """The sparse features of one candidate token (strings; the model knows which matter).

    ``context``: ``sentence_context`` of the token's document (computed here when not given);
    ``codebooks``: the model's centroids for ``vector_classes``; ``classes``: the token's vector classes when the
    caller computed them for all its candidates at once (``document_classes``).
    """
    lemma = corpus_spelling(tok.lemma_.lower(), learned)
    phrase = _phrase(tok, lemma)
    f = [f"w={lemma}", f"pos={tok.pos_}", f"tag={tok.tag_}", f"dep={tok.dep_}", f"w_pos={lemma}|{tok.pos_}",
         f"lower={tok.lower_}"]
    if phrase != lemma:
        f.append(f"phrase={phrase}")
    verbs = cameo()
    base = lemma if tok.pos_ != "NOUN" else (verb_of(lemma, verbs) or verb_of(lemma, learned) or lemma)
    if base != lemma:
        f += [f"deriv={base}", "derived"]
    for key in {phrase, base, lemma}:
        entry = verbs.get(key)
        if entry:
            total = sum(entry["types"].values())
            top = max(entry["types"], key=entry["types"].__getitem__)
            f.append(f"cam_top={top}")
            f += [f"cam={t}" for t, n in entry["types"].items() if n / total >= 0.2]
            f.append(f"cam_pos={top}|{tok.pos_}")
        seen = learned.get(key)
        if seen:
            top = max(seen, key=seen.__getitem__)
            f += [f"seen_top={top}", f"seen_top_pos={top}|{tok.pos_}"]
    for entry_id, typ, ok in rule_hits.get(tok.i, ()):
        f += [f"rule={typ}", f"rule_id={entry_id}"] + ([f"rule_ok={typ}"] if ok else [f"rule_fail={typ}"])
    cam = (verbs.get(phrase) or verbs.get(base) or {}).get("objects", {})
    # arguments
    objs, subjs = [], []
    for c in tok.children:
        if c.dep_ in OBJECT_DEPS:
            objs.append(c)
        elif c.dep_ in SUBJECT_DEPS:
            subjs.append(c)
        elif c.dep_ == "prep":
            pobj = [g for g in c.children if g.dep_ == "pobj"]
            f.append(f"prep={c.lower_}")
            f.append(f"w_prep={lemma}|{c.lower_}")
            for g in pobj[:1]:
                f += [f"pobj={c.lower_}|{g.lemma_.lower()}", f"pobj_ent={c.lower_}|{_ent_class(g)}"]
                if g.lemma_.lower() in cam:
                    f.append(f"cam_obj={cam[g.lemma_.lower()]}")
        elif c.dep_ in ("neg",):
            f.append("neg")
        elif c.dep_ in ("aux", "auxpass") and c.lower_ in MODALS:
            f.append(f"modal={c.lower_}")
        elif c.dep_ == "aux" and c.lower_ == "to":
            f.append("to_inf")
        elif c.dep_ == "auxpass":
            f.append("passive")
        elif c.dep_ == "mark":
            f.append(f"mark={c.lower_}")
        elif c.dep_ in ("amod", "compound") and tok.pos_ == "NOUN":
            f.append(f"mod={c.lemma_.lower()}")
            if c.ent_type_:
                f.append(f"mod_ent={c.ent_type_}")
        elif c.dep_ == "poss":
            f.append(f"poss_ent={_ent_class(c)}")
        elif c.dep_ == "det":
            f.append(f"det={c.lower_}")
        elif c.dep_ == "advmod":
            f.append(f"advmod={c.lemma_.lower()}")
    for o in objs[:2]:
        f += [f"obj={o.lemma_.lower()}", f"obj_ent={_ent_class(o)}", f"w_obj={lemma}|{o.lemma_.lower()}",
              f"w_obj_ent={lemma}|{_ent_class(o)}"]
        if o.lemma_.lower() in cam:
            f.append(f"cam_obj={cam[o.lemma_.lower()]}")
    if not objs:
        f.append("no_obj")
    for s in subjs[:1]:
        f += [f"subj_ent={_ent_class(s)}", f"subj={s.lemma_.lower()}"]
    if not subjs and tok.pos_ == "VERB":
        f.append("no_subj")
    # a stated time in the candidate's own phrase: "will arrive next week" is planned, "will arrive" is not
    dates = _date_tokens(tok.doc)
    first = bisect.bisect_left(dates, tok.left_edge.i)
    if first < len(dates) and dates[first] <= tok.right_edge.i and any(
            t.ent_type_ in ("DATE", "TIME") for t in tok.subtree if t.i != tok.i and t.dep_ not in ("ccomp", "relcl")):
        f.append("dated")
    # where the candidate sits
    head = tok.head
    if head.i != tok.i:
        f += [f"gov={head.lemma_.lower()}", f"gov_dep={tok.dep_}|{head.pos_}", f"w_gov={lemma}|{head.lemma_.lower()}"]
        if tok.dep_ == "pobj" and head.head.i != head.i:
            f.append(f"gov2={head.lower_}|{head.head.lemma_.lower()}")
    for k, anc in enumerate(tok.ancestors):
        if k >= 3:
            break
        f.append(f"anc={anc.lemma_.lower()}")
        for c in anc.children:
            if c.dep_ in ("aux", "mark", "neg") and (c.lower_ in MODALS or c.dep_ != "aux"):
                f.append(f"anc_{c.dep_}={c.lower_}")
    if tok.i > 0:
        f.append(f"prev={tok.doc[tok.i - 1].lower_}")
    if tok.i + 1 < len(tok.doc):
        f.append(f"next={tok.doc[tok.i + 1].lower_}")
    f += vector_classes(tok, codebooks) if classes is None else classes
    root, labels = (context or sentence_context(tok.doc))[tok.i]
    f += [f"sent_ent={e}" for e in labels]
    if tok.i == root:
        f.append("root")
    return f


def vector_classes(tok: Token, codebooks: Sequence[np.ndarray]) -> list[str]:
    """The class of a word in context: its contextual vector (the pipeline's ``tok2vec`` output, ``Doc.tensor``)
    quantised to the nearest of k centroids learned from the corpus's verbs and nouns, one feature per codebook
    ("vq64=17"). A word the corpus never shows is then judged by words used like it, which a feature naming the
    word cannot do; the vectors are computed by the parse anyway, so this costs one small product per candidate."""
    tensor = tok.doc.tensor
    if not len(codebooks) or tensor is None or tensor.ndim != 2 or tok.i >= len(tensor):
        return []
    v = tensor[tok.i].astype(np.float32)
    v = v / (float(np.linalg.norm(v)) or 1.0)
    return [f"vq{len(cb)}={int((cb @ v).argmax())}" for cb in codebooks]


@lru_cache(maxsize=1)
def _blas() -> ThreadpoolController:
    """The BLAS libraries this process loaded (numpy's OpenBLAS, or MKL), found once."""
    return ThreadpoolController()


def document_classes(toks: list[Token], codebooks: Sequence[np.ndarray]) -> list[list[str]] | None:
    """``vector_classes`` of several tokens of one document in one product per codebook (None: compute them one by
    one, when the document has no usable tensor)."""
    tensor = toks[0].doc.tensor if toks else None
    if not len(codebooks) or tensor is None or tensor.ndim != 2 or any(t.i >= len(tensor) for t in toks):
        return None
    v = tensor[[t.i for t in toks]].astype(np.float32)
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    v = (v / np.where(norms == 0, 1.0, norms)).astype(np.float32)
    # on one BLAS thread: for a few hundred rows, a threaded BLAS spends ~40 times the product's own CPU waking
    # its threads and spinning them afterwards, on the cores the parse needs (bench/throughput.py); same result
    with _blas().limit(limits=1, user_api="blas"):
        best = [(v @ cb.T).argmax(axis=1) for cb in codebooks]
    return [[f"vq{len(cb)}={int(b[r])}" for cb, b in zip(codebooks, best)] for r in range(len(toks))]


def candidates(doc: Doc, model: EventModel | None, hits: dict[int, list[tuple[str, str, bool]]]) -> list[Candidate]:
    """Score every candidate token of a parsed text (empty without a model).

    ``hits``: the trigger lexicon's matches by token, (entry id, type, whether its constraints hold).
    """
    if model is None:
        return []
    # only a lexicon hit or a verb, noun or adjective can be one (``is_candidate``): the parts of speech are read
    # from one array, and a Token is built for those alone
    maybe = [i for i, pos in enumerate(doc.to_array(POS).tolist()) if pos in POS_CANDIDATE_IDS or i in hits]
    toks = [t for t in (doc[i] for i in maybe) if is_candidate(t, model.triggers, hits)]
    context = sentence_context(doc)
    found = document_classes(toks, model.codebooks)
    classes: list[list[str] | None] = list(found) if found is not None else [None] * len(toks)
    pt, pf = model.decide([features(t, model.triggers, hits, context, model.codebooks, c)
                           for t, c in zip(toks, classes)])
    out = []
    for r, tok in enumerate(toks):
        k, j = int(pt[r].argmax()), int(pf[r].argmax())
        out.append(Candidate(tok.i, model.types[k], float(pt[r, k]), model.factualities[j], float(pf[r, j])))
    return out


if not Doc.has_extension("event_candidates"):
    Doc.set_extension("event_candidates", default=None)
