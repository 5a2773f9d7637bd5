"""Writing a segment in an indexing worker: postings pooled per term in document order
(``CompactPool``), documents added without a posting tuple per word
(``worker_add_document``), and the pool flushed straight to the postings file as
Whoosh's W3 codec writes it (``term_blocks``) under ``FastCodec``."""

from __future__ import annotations

import functools
import struct
from array import array
from datetime import datetime

from whoosh import formats
from whoosh.writing import SegmentWriter

from ..schema import FastText
from .codec import FIELD_ID, TERM_EXTENT, FastCodec, term_blocks

# Segments are written as separate files (compound=False): opening the index then maps
# them instead of copying them whole into memory (~0.3 s and ~1 GiB at 100k articles).
WRITER_LIMIT_MB = 64


class CompactPool:
    """Postings of a segment being written, grouped by field and term as they arrive.

    Stands in for whoosh's PostingPool in the indexing workers, where documents are
    only ever added in document-number order: each term's postings are then already
    sorted, so the pool needs no sort of millions of tuples and no spill to pickled run
    files merged back in Python (what made whoosh's commit ~45% of a build).

    ``fields`` maps a field name to {term: postings}. A text field's terms are the str
    objects ``index_terms`` returns (shared with its cache; encoded to UTF-8 at flush,
    which sorts them the same), other fields' are whoosh's bytes. A term's postings are
    a bytearray of 12-byte records (_POSTING: document number, weight, value tag), the
    weight as float32, the precision whoosh writes. Most postings hold one position:
    the tag is that position, and the value (its ``Positions`` encoding) is made at
    flush. Any other value is kept in ``values`` (its length, then its bytes) and the
    tag is _VALUE_AT + its offset there; _NO_VALUE stands for an empty one. A weight
    that float32 does not hold exactly is kept in ``exact_weights`` too, so the flush
    writes what whoosh would.

    That is ~13 bytes a posting and ~150 a term (against ~30 and ~500 for a dict of
    arrays per (field, term) key); ``size`` counts them (within a few % of the memory
    the pool takes), and the worker starts a new segment when it passes the budget."""

    def __init__(self, text_fields=frozenset()) -> None:
        self.text_fields = frozenset(text_fields)  # fields whose terms are str
        self.fields: dict[str, dict] = {}
        self.values = bytearray()
        self.exact_weights: dict[tuple[str, str | bytes], dict[int, float]] = {}
        self.size = 0
        self._last_docnum: dict[str, int] = {}  # per field, for add_positions

    def _terms(self, fieldname: str) -> dict:
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
        return terms

    def add_positions(
        self,
        fieldname: str,
        docnum: int,
        poses: dict[str, list[int]],
        field_boost: float,
        boost: float,
        max_count: int,
    ) -> None:
        """Add a text field's postings for document ``docnum``: ``poses`` maps each term
        to its positions (as ``index_terms`` returns them), each weighted as
        FastText.index weighs it, ``len(positions) * field_boost * boost``. No term has
        more than ``max_count`` positions, nor a position past it (the text's length
        bounds both)."""
        if docnum <= self._last_docnum.get(fieldname, -1):
            raise ValueError("postings must arrive in document order")
        self._last_docnum[fieldname] = docnum
        terms = self._terms(fieldname)
        if max_count >= _exact_counts(field_boost, boost):
            # a weight float32 might round, or a position too big for a tag: the slow way
            for term, plist in poses.items():
                weight = len(plist) * field_boost * boost
                self._add(fieldname, terms, term, docnum, weight, _positions_encode(plist))
            return
        pack = _POSTING.pack
        pack_length = _VALUE_LENGTH.pack
        values = self.values
        values_before = len(values)
        one = field_boost * boost  # the weight of a one-position posting
        new_terms = 0
        for term, plist in poses.items():
            postings = terms.get(term)
            if postings is None:
                postings = terms[term] = bytearray()
                new_terms += 1
            if len(plist) == 1:
                postings += pack(docnum, one, plist[0])
            else:
                postings += pack(docnum, len(plist) * field_boost * boost, _VALUE_AT + len(values))
                value = _positions_encode(plist)
                values += pack_length(len(value))
                values += value
        if len(values) >= _NO_VALUE - _VALUE_AT:
            raise ValueError("too many postings for one segment")
        self.size += (
            len(poses) * _POSTING_BYTES + new_terms * _TERM_BYTES + len(values) - values_before
        )

    def add(self, item) -> None:
        """Add one posting, given as whoosh's PostingPool.add takes it."""
        fieldname, tbytes, docnum, weight, vbytes = item
        key = tbytes.decode("utf-8") if fieldname in self.text_fields else tbytes
        self._add(fieldname, self._terms(fieldname), key, docnum, weight, vbytes)

    def _add(
        self, fieldname: str, terms: dict, key, docnum: int, weight: float, vbytes: bytes
    ) -> None:
        postings = terms.get(key)
        if postings is None:
            postings = terms[key] = bytearray()
            self.size += _TERM_BYTES + (0 if type(key) is str else len(key) + 33)
        elif docnum <= _POSTING.unpack_from(postings, len(postings) - _POSTING.size)[0]:
            raise ValueError("postings must arrive in document order")
        weight32 = array("f", (weight,))[0]
        if weight32 != weight:  # (or NaN)
            self.exact_weights.setdefault((fieldname, key), {})[docnum] = weight
            weight32 = 0.0  # not used
        if vbytes:
            values = self.values
            tag = _VALUE_AT + len(values)
            if tag >= _NO_VALUE:
                raise ValueError("too many postings for one segment")
            values += _VALUE_LENGTH.pack(len(vbytes))
            values += vbytes
            self.size += _VALUE_LENGTH.size + len(vbytes)
        else:
            tag = _NO_VALUE
        postings += _POSTING.pack(docnum, weight32, tag)
        self.size += _POSTING_BYTES

    def term_postings(
        self, fieldname: str, key
    ) -> tuple[array[int], array[float], list[float] | None, list[bytes]]:
        """A term's postings as whoosh's posting writer takes them: (document numbers
        as array('I'), weights as array('f'), their exact values as a list of floats
        (None when float32 holds them all), encoded values as a list of bytes with b""
        for an empty one)."""
        raw = self.fields[fieldname][key]
        records = array("I")  # document, weight bits, tag; three per posting
        records.frombytes(raw)
        weights = array("f")
        weights.frombytes(raw)
        weights = weights[1::3]
        exact = None
        overrides = self.exact_weights.get((fieldname, key))
        docs = records[0::3]
        if overrides:
            exact = [overrides.get(docnum, w) for docnum, w in zip(docs, weights)]
            weights = array("f", exact)
        values = self.values
        one_position = _ONE_POSITION_VALUE
        encoded: list[bytes] = []
        append = encoded.append
        for tag in records[2::3]:
            if tag < _VALUE_AT:
                value = one_position.get(tag)
                if value is None:
                    value = one_position[tag] = bytearray(_positions_encode([tag]))
                # a new bytes object each time: whoosh pickles a block's values, and
                # pickle writes an object it has seen before as a reference to it
                append(bytes(value))
            elif tag == _NO_VALUE:
                append(b"")
            else:
                at = tag - _VALUE_AT + _VALUE_LENGTH.size
                end = at + _VALUE_LENGTH.unpack_from(values, tag - _VALUE_AT)[0]
                append(bytes(values[at:end]))
        return docs, weights, exact, encoded

    def cleanup(self) -> None:
        self.fields = {}
        self.values = bytearray()
        self.exact_weights = {}


# a CompactPool posting: document number, weight, value tag; in native byte order, so
# that a term's records read back as array('I') and array('f') at flush
_POSTING = struct.Struct("=IfI")
_VALUE_LENGTH = struct.Struct("=I")
_VALUE_AT = 1 << 31  # tags from here on: a value at (tag - _VALUE_AT) in the pool's values
_NO_VALUE = (1 << 32) - 1
# what a posting and a term take in a CompactPool, allocator overheads included
# (measured: a term is a dict entry and a bytearray; its records grow by ~1/16 slack)
_POSTING_BYTES = 13
_TERM_BYTES = 150
# the Positions encoding of [p], by p: made once, copied for each posting at flush
_ONE_POSITION_VALUE: dict[int, bytearray] = {}
_positions_encode = formats.Positions().encode


@functools.lru_cache(maxsize=16)
def _exact_counts(field_boost: float, boost: float) -> int:
    """How many positions a text posting may have for its weight (count * field_boost *
    boost) to be exact in float32, and its position to fit in a CompactPool tag."""
    try:
        num1, den1 = float(field_boost).as_integer_ratio()
        num2, den2 = float(boost).as_integer_ratio()
    except (OverflowError, ValueError):  # inf, nan
        return 0
    num, den = abs(num1 * num2), den1 * den2  # den: a power of 2
    if den > 1 << 100:  # too small for a normal float32
        return 0
    # count * num / den is exact while count * num fits float32's 24-bit mantissa
    return min((1 << 24) // num if num else _VALUE_AT, _VALUE_AT)


def worker_add_document(writer, fields_: dict) -> None:
    """``SegmentWriter.add_document`` for an indexing worker's writer (whose pool is a
    CompactPool): a FastText field's ``index_terms`` go to the pool whole, with no
    generator, posting tuple or method call per posting. The same postings, weights,
    stored values and columns as whoosh's own code."""
    writer._check_state()
    perdocwriter = writer.perdocwriter
    schema = writer.schema
    docnum = writer.docnum
    pool: CompactPool = writer.pool
    add_post = pool.add
    docboost = writer._doc_boost(fields_)
    fieldnames = sorted(name for name in fields_ if not name.startswith("_"))
    writer._check_fields(schema, fieldnames)
    perdocwriter.start_doc(docnum)
    try:
        for fieldname in fieldnames:
            value = fields_.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            length = 0
            if field.indexed:
                fieldboost = writer._field_boost(fields_, fieldname, docboost)
                scorable = field.scorable
                if (
                    type(field) is FastText
                    and field.analysis is not None
                    and isinstance(value, str)
                    and type(field.format) is formats.Positions
                ):
                    poses = field.analysis.index_terms(value)
                    pool.add_positions(
                        fieldname, docnum, poses, field.format.field_boost, fieldboost, len(value)
                    )
                    if scorable:
                        length = sum(map(len, poses.values()))
                else:
                    for tbytes, freq, weight, vbytes in _field_postings(field, fieldname, value):
                        weight *= fieldboost
                        if scorable:
                            length += freq
                        add_post((fieldname, tbytes, docnum, weight, vbytes))
            if field.separate_spelling() or field.vector:
                raise ValueError("spelling fields and vectors are not supported here")
            customval = fields_.get(f"_stored_{fieldname}", value)
            sv = customval if field.stored else None
            perdocwriter.add_field(fieldname, field, sv, length)
            column = field.column_type
            if column and customval is not None:
                cv = field.to_column_value(customval)
                perdocwriter.add_column_value(fieldname, column, cv)
    except Exception:
        perdocwriter.cancel_doc()
        raise
    perdocwriter.finish_doc()
    writer._added = True
    writer.docnum += 1


# field.index(value) of the other indexed fields, by value: sources, languages and dates
# repeat from article to article, and whoosh's analysers and numeric encodings cost tens
# of microseconds a value
_FIELD_POSTINGS: dict[tuple, list] = {}
_FIELD_POSTINGS_MAX = 20_000


def _field_postings(field, fieldname: str, value) -> list:
    if field.unique or type(value) not in (str, int, datetime):
        return list(field.index(value))
    key = (fieldname, type(field), type(value), value)
    postings = _FIELD_POSTINGS.get(key)
    if postings is None:
        postings = list(field.index(value))  # (bytes, int, float, bytes) tuples: immutable
        if len(_FIELD_POSTINGS) < _FIELD_POSTINGS_MAX:
            _FIELD_POSTINGS[key] = postings
    return postings


def worker_segment_writer(ix):
    """A SegmentWriter for an indexing worker: no lock (the parent holds it), postings
    in a CompactPool (for the FastText fields that index positions) flushed by
    ``_flush_compact``; documents go in through ``worker_add_document``."""

    writer = SegmentWriter(
        ix, _lk=False, limitmb=WRITER_LIMIT_MB, compound=False, codec=FastCodec()
    )
    writer.pool = CompactPool(
        name
        for name, field in ix.schema.items()
        if type(field) is FastText and type(field.format) is formats.Positions
    )
    writer._flush_segment = functools.partial(_flush_compact, writer)
    return writer


def _flush_compact(writer) -> None:
    """``SegmentWriter._flush_segment`` for a CompactPool: each term's postings go
    straight to the postings file as whoosh's W3PostingsWriter would write them (see
    ``term_blocks``), with no posting-writer object, term info object or method call
    a block. Same bytes: the worker-writer test compares the segment files."""
    writer.perdocwriter.close()
    fw = writer.fieldwriter
    schema = writer.schema
    pool: CompactPool = writer.pool
    postfile = fw._postfile
    add_term = fw._tindex.add
    for fieldname in sorted(pool.fields):
        fw.start_field(fieldname, schema[fieldname])
        pw = fw._postwriter
        if pw._inlinelimit > 1 or pw._compression or pw._byteids:
            raise ValueError("_flush_compact writes FastCodec's postings only")
        limit = pw._blocklimit
        value_size = fw._format.fixed_value_size()
        field_key = FIELD_ID.pack(fw._fieldid)
        text = fieldname in pool.text_fields
        terms = pool.fields[fieldname]
        for key in sorted(terms):
            # str terms sort as their UTF-8 bytes do: code point order
            offset = postfile.tell()
            blocks, info = term_blocks(*pool.term_postings(fieldname, key), limit, value_size)
            postfile.write(blocks)
            add_term(
                field_key + (key.encode("utf-8") if text else key),
                info + TERM_EXTENT.pack(offset, len(blocks)),
            )
        # the pool's terms are done with: free them as the flush goes
        terms.clear()
        fw.finish_field()
    fw.close()
    pool.cleanup()
