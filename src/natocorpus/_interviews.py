"""Stage 3: interview transcripts (turns) and reported interviews.

``find_interviews(text, blocks, people, layout)`` returns the blocks, with a
transcript's paragraphs relabelled ``question`` / ``answer`` (its intro as
``standfirst``, stage directions as ``note``), and the interviews found: at
most one transcript, then one record per distinct interview the article
reports. The work is done by :mod:`._transcripts` and :mod:`._reported`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import attrs

from ._interview_names import NameBook
from ._layout import Layout
from ._people import PeopleIndex
from ._records import Block, BlockRole, Interview, InterviewFormat, Span, TurnRole
from ._reported import find_reported, resolve_date
from ._transcripts import Transcript, find_transcript

__all__ = ["find_interviews"]


def find_interviews(
    text: str, blocks: Sequence[Block], people: PeopleIndex, layout: Layout
) -> tuple[tuple[Block, ...], tuple[Interview, ...]]:
    """Return ``(blocks, interviews)``: relabelled blocks and the interviews.

    >>> from natocorpus._layout import analyse_layout
    >>> from natocorpus._sources import SourceParser
    >>> page = "\\n\\n".join([
    ...     "Q: Will the alliance grow?", "A: Yes, we expect two new members.",
    ...     "Q: When?", "A: I think next year.",
    ... ])
    >>> layout = analyse_layout(page, SourceParser())
    >>> blocks, interviews = find_interviews(page, layout.blocks, PeopleIndex(), layout)
    >>> [b.role.value for b in blocks]
    ['question', 'answer', 'question', 'answer']
    >>> for question, answers in interviews[0].pairs():
    ...     print(question.words, "->", [a.words for a in answers])
    Will the alliance grow? -> ['Yes, we expect two new members.']
    When? -> ['I think next year.']
    """
    book = NameBook(text, people)
    transcript = find_transcript(text, blocks, layout, book)
    interviews: list[Interview] = []
    skip: list[Span] = []
    reports: tuple[Interview, ...] = ()
    if transcript is not None:
        blocks = _relabel(text, blocks, transcript)
        reports = find_reported(text, blocks, people, book, [transcript.span])
        transcript = _told_in_intro(transcript, reports)
        interviews.append(
            Interview(
                interviewee=transcript.interviewee,
                interviewer=transcript.interviewer,
                outlet=transcript.outlet,
                date_text=transcript.date_text,
                format=InterviewFormat.TRANSCRIPT,
                turns=transcript.turns,
                span=transcript.span,
                date=resolve_date(transcript.date_text),
            )
        )
        skip.append(transcript.span)
    else:
        reports = find_reported(text, blocks, people, book, skip)
    for report in reports:
        if transcript is not None and _same_interview(report, transcript):
            continue
        interviews.append(report)
    return tuple(blocks), tuple(interviews)


def _surname(name: str | None) -> str:
    return name.split()[-1].lower() if name else ""


def _told_in_intro(transcript: Transcript, reports: Sequence[Interview]) -> Transcript:
    """The transcript, completed from the interview its intro reports.

    "In an interview with Le Soir, Minister Luc Dewael discussed ..." or "He spoke to the
    Arctic Post last week." above the turns tells who answers (when nothing else on the
    page did: see ``Transcript.guessed``), for which outlet, who asked and when; the
    nearest such report above the turns is read. A report of someone who asks in the
    transcript is another interview.
    """
    above = [r for r in reports if all(m.end <= transcript.span.start for m in r.mentions)]
    if not above:
        return transcript
    report = max(above, key=lambda r: r.span.start)
    askers = {
        _surname(turn.speaker) for turn in transcript.turns if turn.role is not TurnRole.ANSWER
    }
    who = _surname(report.interviewee)
    if who in askers:
        return transcript
    interviewee = transcript.interviewee
    turns = transcript.turns
    if transcript.guessed and who != _surname(interviewee):
        interviewee = report.interviewee
        turns = tuple(
            attrs.evolve(turn, speaker=interviewee)
            if turn.speaker == transcript.interviewee and turn.role is not TurnRole.QUESTION
            else turn
            for turn in turns
        )
    elif who != _surname(interviewee):
        return transcript
    return attrs.evolve(
        transcript,
        interviewee=interviewee,
        interviewer=transcript.interviewer or report.interviewer,
        outlet=transcript.outlet or report.outlet,
        date_text=transcript.date_text or report.date_text,
        turns=turns,
        guessed=False,
    )


def _same_interview(report: Interview, transcript: Transcript) -> bool:
    """Whether a reported interview is the transcript on the same page, told again."""
    if _surname(report.interviewee) != _surname(transcript.interviewee):
        return False
    if report.span.end <= transcript.span.start or report.span.start >= transcript.span.end:
        return True
    return report.outlet is None or (
        transcript.outlet is not None and report.outlet.lower() == transcript.outlet.lower()
    )


def _relabel(text: str, blocks: Sequence[Block], transcript: Transcript) -> tuple[Block, ...]:
    """Give the transcript's paragraphs their roles, splitting a block where lines differ."""
    relabels = sorted(transcript.relabels, key=lambda item: item[0].start)
    starts = [span.start for span, _ in relabels]
    out: list[Block] = []
    for block in blocks:
        first = bisect_left(starts, block.span.start)
        last = bisect_right(starts, block.span.end)
        inside = [item for item in relabels[first:last] if block.span.contains(item[0])]
        if not inside:
            out.append(block)
            continue
        if len(inside) == 1 and inside[0][0] == block.span:
            role = inside[0][1]
            out.append(block if role is block.role else Block(role, block.text, block.span))
            continue
        cursor = block.span.start
        pieces: list[tuple[Span, BlockRole]] = []
        for span, role in inside:
            if span.start > cursor:
                pieces.extend(_lines(text, Span(cursor, span.start), block.role))
            pieces.append((span, role))
            cursor = span.end
        if cursor < block.span.end:
            pieces.extend(_lines(text, Span(cursor, block.span.end), block.role))
        out.extend(Block(role, span.slice(text), span) for span, role in pieces)
    if len(out) == len(blocks) and all(a is b for a, b in zip(out, blocks, strict=True)):
        return tuple(blocks)  # nothing relabelled: the blocks as they were
    return tuple(out)


def _lines(text: str, span: Span, role: BlockRole) -> list[tuple[Span, BlockRole]]:
    """The non-blank stripped pieces of *span*, each with *role*."""
    chunk = span.slice(text)
    stripped = chunk.strip()
    if not stripped:
        return []
    start = span.start + chunk.index(stripped[0])
    return [(Span(start, start + len(stripped)), role)]
