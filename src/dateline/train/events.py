"""Train the event decision (``annotate/eventcat.py``): type and factuality of every candidate word.

    dateline train events                       # corpus + dev pages -> the shipped model
    dateline train events --out /tmp/m --exclude-dev d11,d12   # for cross-validation by page

Training data:

* the labelled corpus (``data/events/sentences/*.jsonl``, ``data/events/GUIDE.md``): every
  candidate word inside a mention's trigger is labelled with the mention's type (or NONE when
  the mention is hypothetical or not an event) and factuality; every other candidate is NONE.
  A tenth of the sentences (by a hash of the id) is held out and scored: trigger type F1 and
  factuality accuracy are printed and written to the model's ``model.json``.
* the annotated dev pages (``../shared/corpus/dev`` and ``../shared/seeds`` with
  ``../shared/resources/dev_event_sentences.json``), when present: in a sentence that states a
  gold event of type T, the candidate whose lexicons offer T is labelled T; every other
  candidate is NONE. ``--exclude-dev`` leaves pages out (the benchmark's cross-validation).

The models are scikit-learn logistic regressions (``train`` extra) over sparse features, among them
the class of each word's contextual vector (k-means centroids fitted here on the corpus's verbs and
nouns, ``codebooks`` in the config; see ``eventcat.vector_classes``); only the weights and centroids
are kept (``weights.npz``, ``model.json``), so running the model needs NumPy alone. The config
(``data/events/train.json``) fixes every setting, and the result is deterministic.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.annotate.eventcat import NONE, cameo, features, is_candidate, sentence_context, verb_of
from dateline.annotate.events import DROPPED_FACTUALITY, _hits_by_token, rule_matches
from dateline.train.corpus import FACTUALITY, TYPES, Mention, Sentence, read

LOGGER = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[3]
CONFIG = ROOT / "data" / "events" / "train.json"
CORPUS = ROOT / "data" / "events" / "sentences"
SHARED = ROOT.parent / "shared"


@dataclass(slots=True)
class Example:
    """One candidate word: its features and labels (factuality None when unknown)."""

    feats: list[str]
    type: str
    factuality: str | None
    group: str
    held_out: bool


def held_out(sentence_id: str, share: float) -> bool:
    """Whether a corpus sentence is in the held-out split (a stable hash of its id)."""
    h = int(hashlib.sha1(sentence_id.encode("utf8")).hexdigest()[:8], 16)
    return h / 0xFFFFFFFF < share


def head_token(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the characters ``start:end`` (the token whose head lies outside)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return span.root


def learned_triggers(docs: list[tuple[Sentence, Doc]]) -> tuple[dict[str, dict[str, int]], dict[str, dict[str, str]]]:
    """Trigger words of the corpus by lemma: how often each type; and each (lemma, type)'s commonest mode."""
    types: dict[str, Counter[str]] = defaultdict(Counter)
    modes: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for sent, doc in docs:
        for m in sent.mentions:
            tok = head_token(doc, m.start, m.end)
            if tok is None:
                continue
            lemma = tok.lemma_.lower()
            types[lemma][m.type] += 1
            if m.mode:
                modes[lemma][m.type][m.mode] += 1
    return ({k: dict(v) for k, v in sorted(types.items())},
            {k: {t: c.most_common(1)[0][0] for t, c in v.items()} for k, v in sorted(modes.items())})


def corpus_examples(docs: list[tuple[Sentence, Doc]], nlp: Language, learned: dict[str, dict[str, int]],
                    share: float, books: Sequence[np.ndarray] = (), type_all: bool = False) -> list[Example]:
    """Candidate words of the corpus sentences with their labels.

    ``type_all``: a mention's type is its label whatever its factuality ("might meet" is a CONSULT that the
    factuality model then says is hypothetical); else only events to code keep their type and the rest are NONE.
    """
    out = []
    for sent, doc in docs:
        hits = _hits_by_token(rule_matches(doc, nlp))
        heads: dict[int, Mention] = {}
        for mention in sent.mentions:
            head = head_token(doc, mention.start, mention.end)
            if head is not None:
                heads[head.i] = mention
        spans = [(m.start, m.end, m) for m in sent.mentions]
        context = sentence_context(doc)
        test = held_out(sent.id, share)
        for tok in doc:
            m = heads.get(tok.i)
            if m is None:
                inside = [x for s, e, x in spans if s <= tok.idx < e]
                if inside and tok.pos_ in ("VERB", "NOUN"):
                    m = inside[0]
            if m is None and not is_candidate(tok, learned, hits):
                continue
            label = NONE if m is None or not (m.is_event or type_all) else m.type
            fact = m.factuality if m is not None else None
            out.append(Example(features(tok, learned, hits, context, books), label, fact, f"corpus:{sent.id}", test))
    return out


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _possible(tok: Token, learned: dict[str, dict[str, int]], hits: dict[int, list[tuple[str, str, bool]]]) -> dict[str, float]:
    """How strongly the lexicons offer each type for a word (rule match 3, constraint held +1, CAMEO share, corpus share)."""
    score: dict[str, float] = defaultdict(float)
    for _, typ, ok in hits.get(tok.i, ()):
        score[typ] = max(score[typ], 3.0 + ok)
    lemma = tok.lemma_.lower()
    base = verb_of(lemma, cameo()) if tok.pos_ == "NOUN" else lemma
    for table in (cameo().get(base or lemma, {}).get("types", {}), learned.get(lemma, {})):
        total = sum(table.values())
        for typ, n in table.items():
            score[typ] += n / total
    return score


def dev_examples(nlp: Language, learned: dict[str, dict[str, int]], exclude: set[str],
                 books: Sequence[np.ndarray] = ()) -> list[Example]:
    """Candidate words of the dev pages, labelled from the gold events' sentences."""
    from dateline.pipeline import clean_page, read_pages
    from dateline.settings import Options
    from dateline.model import Document

    gold_path = SHARED / "resources" / "dev_event_sentences.json"
    if not gold_path.exists():
        return []
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in json.loads(gold_path.read_text(encoding="utf8")):
        gold[g["doc"]].append(g)
    paths = [p for p in dev_pages() if p.stem not in exclude and p.stem.split("_")[0] not in exclude]
    opts = Options(site_templates=False)
    out = []
    for page in read_pages([str(p) for p in paths], opts):
        doc = clean_page(page, opts)
        if not isinstance(doc, Document):
            continue
        name = Path(doc.source.path or "").name
        golds = [(g["type"], [_norm(e) for e in g["evidence"] if _norm(e)]) for g in gold.get(name, [])]
        for parsed in nlp.pipe([doc.body, *doc.captions]):
            hits = _hits_by_token(rule_matches(parsed, nlp))
            context = sentence_context(parsed)
            for sent in parsed.sents:
                out += _label_sentence(sent, golds, learned, hits, name, context, books)
    return out


def _label_sentence(sent: Span, golds: list[tuple[str, list[str]]], learned: dict[str, dict[str, int]],
                    hits: dict[int, list[tuple[str, str, bool]]], name: str,
                    context: dict[int, tuple[int, tuple[str, ...]]], books: Sequence[np.ndarray] = ()
                    ) -> list[Example]:
    text = _norm(sent.text)
    types = {t for t, evs in golds if text and any(e in text or text in e for e in evs)}
    cands = [t for t in sent if is_candidate(t, learned, hits)]
    labels = {t.i: NONE for t in cands}
    for typ in sorted(types):  # a set's order changes with the hash seed; the labels must not
        offered = [(s[typ], -len(list(t.ancestors)), t.i) for t in cands if (s := _possible(t, learned, hits)).get(typ)]
        if offered:
            labels[max(offered)[2]] = typ
    return [Example(features(t, learned, hits, context, books), labels[t.i], None, f"dev:{name}", False)
            for t in cands]


LEXICAL = ("w=", "lower=", "phrase=", "w_pos=", "w_obj=", "w_obj_ent=", "w_prep=", "w_gov=", "deriv=", "seen_top",
           "rule_id=")
"""Features that name the candidate word itself; ``_delexicalised`` drops them."""


def _delexicalised(feats: list[str]) -> list[str]:
    """The features of a word the model has never seen: its context and lexicon classes, not its identity."""
    return [f for f in feats if not f.startswith(LEXICAL)]


def _fit(rows: list[list[str]], labels: list[str], classes: list[str], vocab: dict[str, int], c: float,
         max_iter: int, unseen_weight: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """A multinomial logistic regression; weights as (features x classes), biases per class.

    With ``unseen_weight`` > 0 every example is also given without its word's identity (``_delexicalised``)
    at that weight, so that a word of the lexicons the corpus never shows is judged by its context and its
    lexicon classes rather than taken for no event.
    """
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    weights = [1.0] * len(rows)
    if unseen_weight > 0:
        rows = rows + [_delexicalised(r) for r in rows]
        labels = labels + labels
        weights = weights + [unseen_weight] * len(weights)

    indptr, indices = [0], []
    for feats in rows:
        idx = sorted({vocab[f] for f in feats if f in vocab})
        indices += idx
        indptr.append(len(indices))
    x = csr_matrix((np.ones(len(indices), dtype=np.float32), indices, indptr), shape=(len(rows), len(vocab)))
    from threadpoolctl import threadpool_limits

    present = sorted(set(labels), key=classes.index)
    clf = LogisticRegression(C=c, max_iter=max_iter, tol=1e-4)
    with threadpool_limits(limits=1):  # one BLAS thread: the same data give bit-identical weights on any machine
        clf.fit(x, [present.index(y) for y in labels], sample_weight=np.array(weights))
    w = np.zeros((len(vocab), len(classes)), dtype=np.float32)
    b = np.full(len(classes), -30.0, dtype=np.float32)
    coef = clf.coef_ if len(present) > 2 else np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
    inter = clf.intercept_ if len(present) > 2 else np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    for k, cls in enumerate(present):
        w[:, classes.index(cls)] = coef[k]
        b[classes.index(cls)] = inter[k]
    return w, b


def _scores(pred: list[str], gold: list[str]) -> dict[str, float]:
    tp = sum(p == g != NONE for p, g in zip(pred, gold))
    n_pred = sum(p != NONE for p in pred)
    n_gold = sum(g != NONE for g in gold)
    p, r = tp / max(1, n_pred), tp / max(1, n_gold)
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "n_gold": n_gold}


def _prepare(nlp: Language, corpus: Iterable[Path], config: dict[str, Any] | None, limit: int | None
             ) -> tuple[dict[str, Any], list[Sentence], list[tuple[Sentence, Doc]], list[np.ndarray]]:
    """The training config (``train.json`` with ``config`` over it), the corpus sentences (the first ``limit``),
    each parsed, and the codebooks fitted on them."""
    cfg = {**json.loads(CONFIG.read_text(encoding="utf8")), **(config or {})}
    sentences = list(read(corpus))[:limit or None]
    docs = list(zip(sentences, nlp.pipe(s.text for s in sentences)))
    return cfg, sentences, docs, codebooks(docs, [int(k) for k in cfg.get("codebooks", [])])


def train(out: Path, nlp: Language, corpus: Iterable[Path] = (CORPUS,), exclude_dev: set[str] | None = None,
          use_dev: bool = True, config: dict[str, Any] | None = None, limit: int | None = None) -> dict[str, Any]:
    """Train both models and write them to ``out``; return the held-out figures."""
    cfg, sentences, docs, books = _prepare(nlp, corpus, config, limit)
    learned_all, modes = learned_triggers(docs)
    share = float(cfg["held_out_share"])
    # triggers known to the model come from the training split only, so the held-out figures are honest
    learned, _ = learned_triggers([(s, d) for s, d in docs if not held_out(s.id, share)])
    type_all = bool(cfg.get("type_all_mentions", False))
    examples = corpus_examples(docs, nlp, learned, share, books, type_all)
    if use_dev:
        examples += dev_examples(nlp, learned, exclude_dev or set(), books)
    train_ex = [e for e in examples if not e.held_out]
    test_ex = [e for e in examples if e.held_out]
    types, facts = [NONE, *TYPES], list(FACTUALITY)
    report: dict[str, Any] = {"train_examples": len(train_ex), "held_out_examples": len(test_ex),
                              "sentences": len(sentences)}
    if test_ex:
        from dateline.annotate.eventcat import EventModel

        fitted = _fit_models(train_ex, types, facts, cfg)
        report["features"] = len(fitted[0])
        with tempfile.TemporaryDirectory() as scratch:  # the held-out model never lands where the shipped one goes
            model = EventModel(_write(Path(scratch), *fitted, types, facts, learned, modes, cfg, report, books))
        pt, pf = model.decide([e.feats for e in test_ex])
        thr = float(cfg["threshold"])
        pred = [types[int(r.argmax())] if types[int(r.argmax())] != NONE and r.max() >= thr
                and facts[int(f.argmax())] not in DROPPED_FACTUALITY else NONE for r, f in zip(pt, pf)]
        gold = [NONE if e.factuality in DROPPED_FACTUALITY else e.type for e in test_ex]
        report["held_out_type"] = _scores(pred, gold)
        fx = [(facts[int(r.argmax())], e.factuality) for r, e in zip(pf, test_ex) if e.factuality]
        report["held_out_factuality_accuracy"] = round(sum(a == b for a, b in fx) / max(1, len(fx)), 4)
        report["held_out_factuality_n"] = len(fx)
    # the shipped model then learns from every sentence, with every corpus trigger word known
    examples = corpus_examples(docs, nlp, learned_all, share, books, type_all)
    if use_dev:
        examples += dev_examples(nlp, learned_all, exclude_dev or set(), books)
    _write(out, *_fit_models(examples, types, facts, cfg), types, facts, learned_all, modes, cfg, report, books)
    return report


def dev_pages() -> list[Path]:
    """The annotated dev pages in fold order: the seeds, then ``corpus/dev``, each sorted by name."""
    return sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "dev").glob("*.txt"))


def train_folds(out: Path, nlp: Language, k: int, corpus: Iterable[Path] = (CORPUS,),
                config: dict[str, Any] | None = None, limit: int | None = None) -> list[list[str]]:
    """Cross-validation models: ``out/fold{i}`` learns from the corpus and the dev pages outside fold ``i`` (page
    ``j`` of ``dev_pages()`` is in fold ``j % k``). The corpus and the pages are parsed once for all folds, so five
    folds cost little more than one training. Returns the page stems of each fold.
    """
    cfg, _, docs, books = _prepare(nlp, corpus, config, limit)
    learned, modes = learned_triggers(docs)
    examples = corpus_examples(docs, nlp, learned, float(cfg["held_out_share"]), books,
                               bool(cfg.get("type_all_mentions", False)))
    dev = dev_examples(nlp, learned, set(), books)
    pages = dev_pages()
    types, facts = [NONE, *TYPES], list(FACTUALITY)
    folds = []
    for fold in range(k):
        held = {p.name for i, p in enumerate(pages) if i % k == fold}
        train_ex = examples + [e for e in dev if e.group.split(":", 1)[1] not in held]
        _write(out / f"fold{fold}", *_fit_models(train_ex, types, facts, cfg), types, facts, learned, modes, cfg,
               {"fold": fold, "held_out_pages": sorted(held)}, books)
        folds.append([p.stem for i, p in enumerate(pages) if i % k == fold])
    return folds


def codebooks(docs: list[tuple[Sentence, Doc]], sizes: list[int]) -> list[np.ndarray]:
    """k-means centroids (unit length) of the contextual vectors of the corpus's verbs and nouns, one array per
    size in ``codebooks`` of train.json (``eventcat.vector_classes`` reads them)."""
    if not sizes:
        return []
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    rows = [d.tensor[t.i] for _, d in docs for t in d if t.pos_ in ("VERB", "NOUN")]
    x = np.asarray(rows, dtype=np.float32)
    x /= np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-6)
    out = []
    for k in sizes:
        with threadpool_limits(limits=1):  # as for the models: the same centroids on any machine
            centres = KMeans(n_clusters=k, random_state=0, n_init=1).fit(x).cluster_centers_.astype(np.float32)
        out.append(centres / np.maximum(np.linalg.norm(centres, axis=1, keepdims=True), 1e-6))
    return out


def _fit_models(examples: list[Example], types: list[str], facts: list[str], cfg: dict[str, Any]
                ) -> tuple[dict[str, int], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The feature vocabulary (features seen in ``min_feature_count`` examples) and both models fitted on it."""
    counts = Counter(f for e in examples for f in set(e.feats))
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= int(cfg["min_feature_count"])))}
    w_type, b_type = _fit([e.feats for e in examples], [e.type for e in examples], types, vocab,
                          float(cfg["C_type"]), int(cfg["max_iter"]), float(cfg["unseen_weight"]))
    fact_ex = [e for e in examples if e.factuality]
    w_fact, b_fact = _fit([e.feats for e in fact_ex], [e.factuality or "" for e in fact_ex], facts, vocab,
                          float(cfg["C_factuality"]), int(cfg["max_iter"]))
    return vocab, w_type, b_type, w_fact, b_fact


def _write(out: Path, vocab: dict[str, int], w_type: np.ndarray, b_type: np.ndarray, w_fact: np.ndarray,
           b_fact: np.ndarray, types: list[str], facts: list[str], learned: dict[str, dict[str, int]],
           modes: dict[str, dict[str, str]], cfg: dict[str, Any], report: dict[str, Any],
           books: Sequence[np.ndarray] = ()) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    meta = {"features": sorted(vocab, key=vocab.__getitem__), "types": types, "factualities": facts,
            "triggers": learned, "modes": modes, "threshold": float(cfg["threshold"]),
            "noun_threshold": float(cfg.get("noun_threshold", cfg["threshold"])),
            "none_weight": float(cfg["none_weight"]), "veto": float(cfg["veto"]),
            "fact_veto": float(cfg.get("fact_veto", cfg["veto"])), "config": cfg,
            "report": report}
    (out / "model.json").write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")), encoding="utf8")
    arrays: dict[str, Any] = {"w_type": w_type.astype(np.float16), "b_type": b_type,
                              "w_fact": w_fact.astype(np.float16), "b_fact": b_fact}
    arrays.update({f"codebook_{i}": cb for i, cb in enumerate(books)})  # read back sorted by name (fewer than 10)
    np.savez_compressed(out / "weights.npz", **arrays)
    return out
